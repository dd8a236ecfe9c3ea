"""The optional profile section ``database``: a profile written without it
(a complete copy of the default, not ``extends``) loads with the default's
section; wrong values are refused naming the key."""

import re

import pytest

from cc_warning_plugin.core.errors import ProfileError
from cc_warning_plugin.core.profile import builtin_path, load_profile


def default_text():
    with open(builtin_path("default"), encoding="utf-8") as fh:
        return fh.read()


def without_database(text):
    start = text.index("\n[database]")
    end = text.find("\n[", start + 1)
    return text[:start] + ("\n" + text[end + 1 :] if end >= 0 else "\n")


def test_a_profile_without_the_section_gets_the_default(tmp_path):
    path = tmp_path / "old.toml"
    path.write_text(without_database(default_text()), encoding="utf-8")
    p = load_profile(str(path))
    assert "database" in p.filled_sections
    assert p.get("database.county_code_digits") == [6]
    assert p.get("database.township_code_digits") == [9, 12]
    assert p.get("database.earliest_year") == 1949


@pytest.mark.parametrize(
    "line, key",
    [
        ("township_code_digits = [6]", "database.township_code_digits"),
        ("county_code_digits = []", "database.county_code_digits"),
        ("earliest_year = 1700", "database.earliest_year"),
    ],
)
def test_wrong_values_are_refused(tmp_path, line, key):
    text = default_text()
    name = line.split(" = ")[0]
    text = re.sub(rf"(?m)^{name} = .*$", line, text)
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile(str(path))
    assert err.value.key == key
