"""The optional profile sections of the series trend, EI, construction
screen, erosivity and InVEST options: a complete profile written without
them loads and gets the built-in default's; mistakes in them are reported
with the exact key."""

import re

import pytest

from cc_warning_plugin.core.errors import ProfileError
from cc_warning_plugin.core.profile import builtin_path, load_profile

SECTIONS = ["series_trend", "eco_index", "construction_screen", "erosivity", "invest"]


def without_sections(text, names):
    """The TOML text with every table under the top-level ``names`` removed."""
    out, skip = [], False
    for line in text.splitlines(keepends=True):
        m = re.match(r"^\s*\[\[?([A-Za-z_][\w.]*)\]?\]", line)
        if m:
            skip = m.group(1).split(".")[0] in names
        if not skip:
            out.append(line)
    return "".join(out)


def test_profile_without_the_sections_gets_the_defaults(tmp_path):
    with open(builtin_path("default"), encoding="utf-8") as fh:
        full = fh.read()
    text = without_sections(full, SECTIONS)
    for name in SECTIONS:
        assert f"[{name}" not in text.replace("[[", "[")
    path = tmp_path / "old_copy.toml"  # a complete copy, no `extends`
    path.write_text(text, encoding="utf-8")
    p = load_profile(str(path))
    default = load_profile()
    assert sorted(set(p.filled_sections) & set(SECTIONS)) == sorted(SECTIONS)
    for name in SECTIONS:
        assert p.get(name) == default.get(name)
    # the rest of the file is its own
    assert p.get("elements.land.rules") == default.get("elements.land.rules")


def write(tmp_path, body):
    path = tmp_path / "p.toml"
    path.write_text('[profile]\nextends = "default"\n' + body, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "body,key",
    [
        ("[eco_index.weights]\nbiological = 0.5\n", "eco_index.weights"),
        ("[eco_index.grading.change]\nbreaks = [0, 3, 8]\n", "eco_index.grading.change.breaks"),
        ('[series_trend]\nchange_of = "median"\n', "series_trend.change_of"),
        ("[erosivity]\nwarm_months = [5, 5, 6]\n", "erosivity.warm_months"),
        ('[invest.ls]\nm_steep = "gamma"\n', "invest.ls.m_steep"),
        ("[invest.ls]\nm_values = [0.2, 0.3]\n", "invest.ls.m_values"),
        (
            "[invest.water_yield.biophysical]\nforest = { kc = 1.0, root_depth = 1, vegetated = "
            "true }\n",
            "invest.water_yield.biophysical.forest",
        ),
        (
            '[construction_screen]\nclasses = ["bad", "moderately_suitable", "suitable"]\n',
            "construction_screen.classes[0]",
        ),
        (
            '[eco_index.limit.levels]\nmajor = { label_zh = "x", label_en = "x", down_grades = 1, '
            'max_grade = "best" }\n',
            "eco_index.limit.levels.major.max_grade",
        ),
    ],
)
def test_mistakes_name_the_key(tmp_path, body, key):
    with pytest.raises(ProfileError) as err:
        load_profile(write(tmp_path, body))
    assert key in str(err.value)
