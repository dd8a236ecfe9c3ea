"""Measures and 奖惩 per unit from a result and its history: level change,
persistence, "treated as" rules, catalogue entries picked by element, type,
level and change (expected codes typed from the default profile's
catalogue); bad rows and bad profile entries named."""

import os
import textwrap

import pytest

from cc_warning_plugin.core.actions.measures import (
    action_fields,
    evaluate_actions,
    history_from_results,
    unit_states,
)
from cc_warning_plugin.core.errors import InputError, ProfileError
from cc_warning_plugin.core.i18n import set_language
from cc_warning_plugin.core.profile import builtin_path, load_profile

from actions_cases import HISTORY, ROWS, row


@pytest.fixture(scope="module")
def profile():
    return load_profile()


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh")
    yield
    set_language("en")


@pytest.fixture(scope="module")
def result(profile):
    set_language("zh")
    out = {a.unit_code: a for a in evaluate_actions(ROWS, profile, HISTORY)}
    set_language("en")
    return out


def codes(items):
    return [m.code for m in items]


def test_raised_red_unit_gets_element_measures_region_freeze_and_penalties(result):
    a = result["A"]
    assert (a.state.period, a.state.previous_period, a.state.previous_level) == (
        2025,
        2020,
        "orange",
    )
    assert a.state.change == "raised" and not a.state.persistent
    assert codes(a.measures) == ["LAND-O", "WATER-C", "RED-LIMIT"]
    assert codes(a.incentives) == ["P-RED", "P-RAISED"]
    land = a.measures[0]
    assert land.why == "土地资源 超载" and land.element == "land"
    assert land.text.startswith("暂停新增建设用地指标审批")
    assert not land.verified  # no source cited in the default
    assert "红色预警（极重警）" in a.reason and "预警等级提高" in a.reason


def test_critical_to_overload_is_treated_as_red(result):
    b = result["B"]
    assert b.state.warning_level == "orange" and b.state.level == "red"
    assert codes(b.measures) == ["ENV-O", "RED-LIMIT"]  # not ORANGE-LIMIT
    assert codes(b.incentives) == ["P-RED", "P-RAISED"]
    assert "临界超载 → 超载" in b.reason and "红色预警（极重警）" in b.reason


def test_improved_unit_keeps_its_controls_and_is_rewarded_as_green(result):
    c = result["C"]
    assert c.state.change == "lowered"
    assert (c.state.level, c.state.incentive_level) == ("blue", "green")
    assert codes(c.measures) == ["WATER-C"]
    assert codes(c.incentives) == ["R-LOWERED", "C-GREEN"]


def test_red_in_two_consecutive_periods_persists(result):
    d = result["D"]
    assert d.state.change == "unchanged" and d.state.persistent
    assert d.state.run_length == 2  # 2015 orange, 2020 red, 2025 red
    assert codes(d.measures) == ["ECO-O", "RED-LIMIT"]
    assert codes(d.incentives) == ["P-RED", "P-PERSIST"]
    # messages are English source strings here (no translator installed in unit tests)
    assert d.incentives[1].why == "红色预警（极重警） in 2 consecutive periods"


def test_green_three_periods_is_kept_green_and_later_periods_are_ignored(result):
    e = result["E"]
    assert (e.state.previous_period, e.state.run_length) == (2020, 3)
    assert not e.state.persistent  # green is not a persistent level
    assert codes(e.measures) == []
    assert codes(e.incentives) == ["R-GREEN-KEPT", "C-GREEN"]


def test_unit_without_history_is_not_compared(result):
    f = result["F"]
    assert f.state.previous_period is None and f.state.change == "not_compared"
    assert codes(f.measures) == ["LAND-C"] and codes(f.incentives) == []


def test_unit_whose_type_did_not_move_is_not_treated_as_another_level(result):
    g = result["G"]  # critical in 2020 and in 2025
    assert g.state.change == "raised" and g.state.treated == []
    assert (g.state.level, g.state.incentive_level) == ("yellow", "yellow")
    assert codes(g.measures) == ["ENV-C"] and codes(g.incentives) == ["P-RAISED"]


def test_record_fields_match_the_declared_fields(result, profile):
    rec = result["A"].record(profile)
    assert list(rec) == [n for n, _ in action_fields()]
    assert rec["act_measure_codes"] == "LAND-O,WATER-C,RED-LIMIT"
    assert rec["act_change"] == "raised" and rec["act_unverified"] == 1


def test_history_from_two_result_files(profile):
    earlier = [{"行政区划代码": "A", "warning_level": "orange", "load_type": "overload"}]
    hist = history_from_results([(2020, earlier)])
    assert hist == [
        {"unit_code": "A", "period": 2020, "warning_level": "orange", "load_type": "overload"}
    ]
    (s,) = unit_states([ROWS[0]], profile, hist)
    assert s.change == "raised"


def test_bad_rows_are_named(profile):
    with pytest.raises(InputError) as err:
        evaluate_actions([row("A", "红色", "overload")], profile, layer="结果2025")
    assert (
        "结果2025" in str(err.value)
        and "warning_level" in str(err.value)
        and "row 1" in str(err.value)
    )
    with pytest.raises(InputError) as err:
        evaluate_actions(ROWS, profile, HISTORY + [HISTORY[0]], history_name="历史")
    assert "历史" in str(err.value) and "A" in str(err.value)
    with pytest.raises(InputError) as err:
        evaluate_actions(
            [{"名称": "x", "warning_level": "red", "load_type": "overload"}], profile, period=2025
        )
    assert "unit_code" in str(err.value)
    no_year = dict(ROWS[0])
    del no_year["trend_eval_year"]
    with pytest.raises(InputError) as err:
        evaluate_actions([no_year], profile)
    assert "period" in str(err.value)


def bad_profile(tmp_path, body):
    path = tmp_path / "bad.toml"
    path.write_text('[profile]\nextends = "default"\n' + textwrap.dedent(body), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "body, key",
    [
        (
            """[[actions.measures]]
        code = "X"
        kind = "control"
        levels = ["purple"]
        text_zh = "x"
        text_en = "x"
     """,
            "actions.measures[0].levels[0]",
        ),
        (
            """[[actions.measures]]
        code = "X"
        kind = "control"
        element = "water"
        element_classes = ["overloaded"]
        text_zh = "x"
        text_en = "x"
     """,
            "actions.measures[0].element_classes[0]",
        ),
        (
            """[[actions.measures]]
        code = "X"
        kind = "control"
        element = "air"
        element_classes = ["overload"]
        text_zh = "x"
        text_en = "x"
     """,
            "actions.measures[0].element",
        ),
        (
            """[[actions.measures]]
        code = "X"
        kind = "control"
        changes = ["worse"]
        text_zh = "x"
        text_en = "x"
     """,
            "actions.measures[0].changes[0]",
        ),
        (
            """[[actions.measures]]
        code = "X"
        kind = "bonus"
        levels = ["red"]
        text_zh = "x"
        text_en = "x"
     """,
            "actions.measures[0].kind",
        ),
        (
            """[[actions.measures]]
        code = "X"
        kind = "control"
        text_zh = "x"
        text_en = "x"
     """,
            "actions.measures[0]",
        ),
        (
            """[[actions.treat_as]]
        from_load = ["critical"]
        to_load = ["overload"]
        level = "crimson"
        scope = "all"
     """,
            "actions.treat_as[0].level",
        ),
        (
            """[[actions.treat_as]]
        from_load = ["critical"]
        to_load = ["over"]
        level = "red"
        scope = "all"
     """,
            "actions.treat_as[0].to_load[0]",
        ),
        (
            """[actions.reminders.letters]
        title_zh = "关于{county}的{kinds}"
     """,
            "actions.reminders.letters.title_zh",
        ),
        (
            """[report.public]
        items = ["warning_level", "cause_text"]
     """,
            "report.public.items[1]",
        ),
    ],
)
def test_bad_profile_entries_name_the_key(tmp_path, body, key):
    with pytest.raises(ProfileError) as err:
        load_profile(bad_profile(tmp_path, body))
    assert err.value.key == key, str(err.value)
    assert f"'{key}'" in str(err.value)


def test_duplicate_measure_codes_are_refused(tmp_path, profile):
    entry = """[[actions.measures]]
        code = "X"
        kind = "control"
        levels = ["red"]
        text_zh = "x"
        text_en = "x"
    """
    with pytest.raises(ProfileError) as err:
        load_profile(bad_profile(tmp_path, entry + textwrap.dedent(entry)))
    assert err.value.key == "actions.measures[1].code"


def test_profile_without_the_action_sections_gets_the_defaults(tmp_path):
    """A complete profile written before these sections existed (not an
    `extends` file) loads, takes them from the built-in default, and says so."""
    text = open(builtin_path("default"), encoding="utf-8").read()
    cut = text.index("# From warning to action")
    cut = text.rindex("\n# ====", 0, cut)
    old = text[:cut]
    assert "[actions]" not in old and "[report]" not in old
    path = tmp_path / "old.toml"
    path.write_text(old, encoding="utf-8")
    p = load_profile(str(path))
    assert set(p.filled_sections) >= {"actions", "targets", "cross_check", "report"}
    assert p.get("report.area_km2_digits") == 2
    assert len(p.get("actions.measures")) == len(load_profile().get("actions.measures"))
    assert os.path.exists(path)
