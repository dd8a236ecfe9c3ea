"""check_template: the one check of a profile's text templates (reminder
letters, zoning unit codes and names)."""

import pytest

from cc_warning_plugin.core.errors import ProfileError
from cc_warning_plugin.core.profile.vocab import Ctx, check_template


def run(value):
    check_template(
        value,
        "letters.title_zh",
        Ctx("p.toml", {}),
        ("county", "n"),
        lambda exc: f"broken: {exc}",
        lambda name, allowed: f"unknown {name} of {allowed}",
    )


def test_a_template_with_the_allowed_names_passes():
    run("{county}: {n:03d} units, a literal {{brace}}")
    run("no placeholder at all")


def test_a_template_that_does_not_parse_is_refused_with_the_parser_detail():
    with pytest.raises(ProfileError) as e:
        run("{county")
    assert e.value.key == "letters.title_zh"
    assert "broken: expected '}' before end of string" in str(e.value)


def test_a_template_with_another_name_is_refused_naming_it_and_the_allowed_ones():
    with pytest.raises(ProfileError) as e:
        run("{county} {city}")
    assert "unknown city of {county}, {n}" in str(e.value)


def test_a_value_that_is_not_text_is_refused_first():
    with pytest.raises(ProfileError) as e:
        run(12)
    assert "must be text, found 12." in str(e.value)
