"""The [monitoring] profile section: the default's numbers, a profile
written without the section gets the default's, and numbers that are
well-formed but cannot be right are refused with the exact key."""

import textwrap

import pytest

from cc_warning_plugin.core.errors import ProfileError
from cc_warning_plugin.core.profile import builtin_path, load_profile


def write(tmp_path, text, name="p.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def extends(tmp_path, body):
    return write(tmp_path, '[profile]\nextends = "default"\n' + textwrap.dedent(body))


def test_default_section_holds_the_hj663_minima():
    p = load_profile()
    v = p.get("monitoring.validity")
    # GB 3095-2012 Table 4 / HJ 663-2013: 20 hours a day, 6 of 8 hours an
    # 8-h mean, 14 8-h means ending 08:00-24:00, 27 days a month (25 in Feb)
    assert (v["daily_min_hours"], v["o3_window_hours"], v["o3_window_min_hours"]) == (20, 8, 6)
    assert (v["o3_first_window_end"], v["o3_last_window_end"], v["o3_min_windows"]) == (8, 24, 14)
    assert (v["month_min_days"], v["february_min_days"]) == (27, 25)
    assert p.get("elements.environment.stations.min_valid_days") == 324
    crit = {r["n"]: r["values"] for r in p.get("monitoring.trend.critical")}
    assert crit[5] == [0.900, 1.000] and crit[10] == [0.564, 0.746]
    assert p.get("monitoring.codes.jump.valid") is True
    assert p.get("monitoring.codes.flat_line.valid") is False


def test_complete_profile_without_the_section_gets_the_default(tmp_path):
    text = open(builtin_path("default"), encoding="utf-8").read()
    cut = text[: text.index("# Monitoring: quality control")]
    assert "[monitoring" not in cut
    p = load_profile(write(tmp_path, cut))
    # the sections written before [monitoring] are the file's own; it and the
    # ones added after it come from the default
    assert "monitoring" in p.filled_sections and "actions" not in p.filled_sections
    assert p.get("monitoring") == load_profile().get("monitoring")


def test_the_default_itself_fills_nothing():
    assert load_profile().filled_sections == []


def refused(path):
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    return err.value.key, str(err.value)


@pytest.mark.parametrize(
    "body, key, words",
    [
        (
            "[monitoring.validity]\ndaily_min_hours = 0\n",
            "monitoring.validity.daily_min_hours",
            "at least 1",
        ),
        (
            "[monitoring.validity]\no3_min_windows = 18\n",
            "monitoring.validity.o3_min_windows",
            "(17)",
        ),
        (
            "[monitoring.validity]\no3_window_min_hours = 9\n",
            "monitoring.validity.o3_window_min_hours",
            "at most o3_window_hours",
        ),
        (
            "[monitoring.validity]\nfebruary_min_days = 29\n",
            "monitoring.validity.february_min_days",
            "at most 28",
        ),
        (
            "[monitoring.flat_line]\nrecords = { hour = 1, day = 5 }\n",
            "monitoring.flat_line.records.hour",
            "at least 2",
        ),
        (
            "[monitoring.tamper]\nrepeated_share = 1.5\n",
            "monitoring.tamper.repeated_share",
            "at most 1",
        ),
        (
            '[monitoring.codes]\nrecord_order = ["missing", "negative"]\n',
            "monitoring.codes.record_order",
            "exactly once",
        ),
        ("[monitoring.codes.ok]\nvalid = false\n", "monitoring.codes.ok.valid", "true"),
        (
            '[monitoring.pollutants.air]\no3 = { unit = "ug/m3", daily = "max_8h", '
            'limit = "daily.o3" }\n',
            "monitoring.pollutants.air.o3.limit",
            "daily.o3",
        ),
        (
            '[monitoring.pollutants.air]\nnox = { unit = "ug/m3", jump_step = 10 }\n',
            "monitoring.pollutants.air.nox",
            "jump_ratio",
        ),
        (
            '[monitoring.pollutants.air]\nco = { unit = "mg/m3", annual = "co_p99" }\n',
            "monitoring.pollutants.air.co.annual",
            "co_p95",
        ),
        (
            "[monitoring.trend]\ncritical = [{ n = 5, values = [0.9, 1.0] }, "
            "{ n = 6, values = [0.95, 1.0] }]\n",
            "monitoring.trend.critical[1].values",
            "row before",
        ),
        (
            "[monitoring.trend]\ncritical = [{ n = 5, values = [0.9, 0.8] }]\n",
            "monitoring.trend.critical[0].values",
            "must not decrease",
        ),
        ("[monitoring.trend]\nlevels = [0.01, 0.05]\n", "monitoring.trend.levels", "decreasing"),
        ("[monitoring.trend]\nmin_years = 4\n", "monitoring.trend.min_years", "(5)"),
        (
            '[monitoring.coverage]\nrequirements = [{ station_type = "air", min_stations = 0, '
            'min_valid_records = 1, label_zh = "a", label_en = "a" }]\n',
            "monitoring.coverage.requirements[0].min_stations",
            "at least 1",
        ),
        (
            '[monitoring.cadence]\nrules = [{ code = "x", load_types = ["severe"], '
            'every_months = 12, label_zh = "x", label_en = "x" }]\n',
            "monitoring.cadence.rules[0].load_types[0]",
            "overload",
        ),
        (
            '[monitoring.cadence]\nrules = [{ code = "x", load_types = [], every_months = 12, '
            'on_new_data = true, label_zh = "x", label_en = "x" }]\n',
            "monitoring.cadence.rules[0]",
            "one of them",
        ),
        (
            '[monitoring.cadence]\nrules = [{ code = "x", load_types = [], every_months = 0, '
            'label_zh = "x", label_en = "x" }]\n',
            "monitoring.cadence.rules[0].every_months",
            "at least 1",
        ),
    ],
)
def test_impossible_numbers_are_refused(tmp_path, body, key, words):
    found, text = refused(extends(tmp_path, body))
    assert found == key
    assert words in text
