"""The sentence helpers of the specs' rules (specs/texts.py)."""

from cc_warning_plugin.core import i18n
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.specs import zoning
from cc_warning_plugin.specs.texts import code_names, section_rule


def test_section_rule_fills_the_keys_of_the_section_and_takes_its_tag():
    section = {"limit": -2.5, "count": 3, "name": "HJ-192", "on": True, "tag": "S1"}
    rule = section_rule("{name}: {count} values, limit {limit}, {on}, {extra}", section, extra="x")
    # numbers as the profile writes them (minus sign U+2212), texts and flags as they are
    assert rule.text == "HJ-192: 3 values, limit −2.5, True, x"
    assert rule.tag == "S1"


def test_section_rule_values_override_a_key_and_no_tag_is_empty():
    rule = section_rule("{ratio} of {area} m²", {"ratio": 0.25, "area": 1000.0}, ratio="25%")
    assert rule.text == "25% of 1000 m²"
    assert rule.tag == ""


def test_section_rule_translates_the_template_before_filling_it():
    i18n.set_translator(lambda text: {"{area} m²": "面积 {area} 平方米"}.get(text))
    try:
        assert section_rule("{area} m²", {"area": 2}).text == "面积 2 平方米"
    finally:
        i18n.set_translator(None)


def test_zoning_sentence_rules_show_the_profile_numbers():
    profile = load_profile()
    text = zoning.sentence_rule(profile, "sliver").text
    # [zoning.slivers] of the default profile: min_unit_area_m2 = 10000.0, min_mean_width_m = 10.0
    assert "A part smaller than 10000 m²" in text
    assert "below 10 m is merged" in text
    assert zoning.sentence_rule(profile, "code").tag == profile.get("zoning.codes")["tag"]


def test_code_names_label_each_code_of_a_class_set_in_the_language():
    profile = load_profile()
    # [dual.classes.vulnerability] of the default profile
    assert code_names(profile, "vulnerability") == {
        "very_vulnerable": "Very vulnerable",
        "vulnerable": "Vulnerable",
        "general": "Generally vulnerable",
    }
    i18n.set_language("zh")
    try:
        assert code_names(profile, "vulnerability")["general"] == "一般脆弱"
    finally:
        i18n.set_language("en")
