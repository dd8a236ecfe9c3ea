"""The algorithm specs: well-formed, composed chains carry their children's
parameters, and the help is built from the profile it is given (a user's
profile shows that profile's numbers)."""

import textwrap

import pytest

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.specs import help as spec_help
from cc_warning_plugin.specs.base import N_, AlgorithmSpec, Param, compose
from cc_warning_plugin.specs.registry import all_specs


def test_every_spec_is_complete():
    specs = all_specs()
    assert len(specs) >= 20
    profile = load_profile()
    for spec in specs:
        assert spec.name and spec.summary, spec.id
        assert spec.destinations or spec.outputs, spec.id
        for p in spec.params:
            assert p.label, f"{spec.id}.{p.name} has no label"
        html = spec_help.to_html(spec, profile)
        assert spec.summary[:30].split()[0] in html or spec.id in html


def test_ids_are_unique_and_stable_in_form():
    ids = [s.id for s in all_specs()]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() and " " not in i for i in ids)


def _child(extra=()):
    return AlgorithmSpec(
        id="child",
        group="single_element",
        name=N_("Child"),
        summary=N_("A child."),
        params=(
            Param("INPUT", "vector", N_("Units")),
            Param("METHOD", "enum", N_("Method"), options=(N_("a"), N_("b"))),
            Param("OUTPUT", "sink", N_("Result")),
        )
        + tuple(extra),
    )


def test_a_parameter_added_to_a_child_appears_in_the_chain():
    before = compose(
        "chain",
        "integrated",
        N_("Chain"),
        N_("A chain."),
        [(_child(), {"METHOD": "LAND_METHOD"}, ())],
        params_after=(Param("OUTPUT", "sink", N_("Chain result")),),
    )
    after = compose(
        "chain",
        "integrated",
        N_("Chain"),
        N_("A chain."),
        [
            (
                _child((Param("NEW_OPTION", "bool", N_("New"), default=False),)),
                {"METHOD": "LAND_METHOD"},
                (),
            )
        ],
        params_after=(Param("OUTPUT", "sink", N_("Chain result")),),
    )
    assert [p.name for p in before.params] == ["INPUT", "LAND_METHOD", "OUTPUT"]
    assert [p.name for p in after.params] == ["INPUT", "LAND_METHOD", "NEW_OPTION", "OUTPUT"]
    assert after.children == ("child",)


def test_a_shared_input_of_two_children_is_declared_once_optional_if_either_is():
    a = _child()
    b = AlgorithmSpec(
        id="other",
        group="single_element",
        name=N_("Other"),
        summary=N_("Other."),
        params=(
            Param("INPUT", "vector", N_("Units"), optional=True),
            Param("OUTPUT", "sink", N_("Result")),
        ),
    )
    chain = compose(
        "chain",
        "integrated",
        N_("Chain"),
        N_("A chain."),
        [(a, {}, ()), (b, {}, ())],
        params_after=(Param("OUTPUT", "sink", N_("Chain result")),),
    )
    inputs = [p for p in chain.params if p.name == "INPUT"]
    assert len(inputs) == 1 and inputs[0].optional


def test_compose_refuses_a_name_with_two_kinds():
    b = AlgorithmSpec(
        id="other",
        group="single_element",
        name=N_("Other"),
        summary=N_("Other."),
        params=(Param("INPUT", "raster", N_("Units")), Param("OUTPUT", "sink", N_("Result"))),
    )
    with pytest.raises(ValueError, match="INPUT"):
        compose(
            "chain", "integrated", N_("Chain"), N_("A chain."), [(_child(), {}, ()), (b, {}, ())]
        )


def test_help_shows_the_numbers_of_the_profile_it_is_given(tmp_path):
    from cc_warning_plugin.specs.dual import LAND_AGRI
    from cc_warning_plugin.specs.m2016 import WATER_LOAD

    path = tmp_path / "bureau.toml"
    path.write_text(
        textwrap.dedent("""
        [profile]
        extends = "default"
        [elements.water]
        overload_ratio = 1.1
        critical_ratio = 0.85
        [dual.land.agri_slope]
        breaks = [3, 7, 16, 26]
    """),
        encoding="utf-8",
    )
    bureau = load_profile(str(path))
    default = load_profile()
    text = spec_help.to_markdown(WATER_LOAD, bureau)
    assert "W > 1.1·W0 or G > 1.1·G0" in text and "W > 0.85·W0" in text
    assert "W > 0.9·W0" not in text
    assert "W > 0.9·W0" in spec_help.to_markdown(WATER_LOAD, default)
    slope = spec_help.to_html(LAND_AGRI, bureau)
    assert "≤ 3°" in slope and "16–26°" in slope and "≤ 2°" not in slope


def test_a_rule_carries_the_evidence_tag_of_its_profile_section():
    from cc_warning_plugin.specs.m2016 import WATER_LOAD

    profile = load_profile()
    rules = spec_help.rules_of(WATER_LOAD, profile)
    assert rules[0].tag == profile.get("elements.water.tag")
