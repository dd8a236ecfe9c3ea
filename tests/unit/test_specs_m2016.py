"""The specs of the 2016-method algorithms: the help shows the numbers of
the method profile it is built with (a profile with other thresholds shows
those), the chain is composed from its steps (a parameter added to a step
appears in the chain, the 0.1 names and order stay), and the seven single
national rates are advanced parameters."""

import dataclasses
import json
import os

import pytest

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.specs import m2016
from cc_warning_plugin.specs.base import N_, Param
from cc_warning_plugin.specs.chains import (
    CARRYING_CAPACITY_2016,
    CARRYING_CAPACITY_2016_STEPS,
    compose_carrying_capacity_2016,
)
from cc_warning_plugin.specs.help import to_html, to_markdown

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

#: a profile whose thresholds all differ from the default's
OTHER_PROFILE = """
[profile]
extends = "default"
id = "other"
version = "1"

[elements.land]
rules = [
  { class = "overload", op = ">", value = 0.05 },
  { class = "critical", op = ">=", value = -0.25 },
  { class = "none" },
]

[elements.water]
overload_ratio = 0.95
critical_ratio = 0.8

[elements.environment]
rules = [
  { class = "overload", op = ">", value = 0.0 },
  { class = "critical", op = ">", value = -0.15 },
  { class = "none" },
]

[elements.ecology]
rules = [
  { class = "overload", op = ">", value = 0.12 },
  { class = "critical", op = ">", value = 0.07 },
  { class = "none" },
]

[special.black_grey.water.optimized]
den_breaks = [120, 520]

[special.black_grey.air]
optimized_core = { breaks = [35, 95, 185], classes = ["light", "moderate", "heavy", "severe"] }

[special.cropland_quality]
rules = [
  { class = "overload", op = ">", value = 0.08 },
  { class = "critical", op = ">", value = 0.0 },
  { class = "none" },
]

[trend]
emission_worse_min = 2

[integration]
critical_to_overload = 3

[warning_matrix]
critical = { worsening = "orange", easing = "blue" }
"""

#: spec → (sentences with the default profile's numbers, with the other's)
CASES = {
    "land_pressure": (
        [
            "D &gt; 0 → Overloaded",
            "D ≥ −0.3 → Critical",
            "L &gt; 0.15 → Overloaded",
            "L ≥ 0.1 → Critical",
        ],
        ["D &gt; 0.05 → Overloaded", "D ≥ −0.25 → Critical"],
    ),
    "water_load": (["W &gt; 1·W0", "W &gt; 0.9·W0"], ["W &gt; 0.95·W0", "W &gt; 0.8·W0"]),
    "pollutant_exceedance": (
        ["R &gt; 0 → Overloaded", "R &gt; −0.2 → Critical", "PM2.5 annual mean 35 µg/m³"],
        ["R &gt; −0.15 → Critical"],
    ),
    "ecosystem_health": (
        ["H &gt; 0.1 → Overloaded", "H &gt; 0.05 → Critical"],
        ["H &gt; 0.12 → Overloaded", "H &gt; 0.07 → Critical"],
    ),
    "urban_black_grey": (
        [
            "Den &lt; 100: L &lt; 0.25 light, L ≥ 0.25 moderate",
            "Den 100–500: L &lt; 0.25 light, L 0.25–0.5 moderate, L ≥ 0.5 heavy",
            "Den &lt; 300",
            "L 0.33–0.66 moderate",
            "core city: PM2.5 exceedance days &lt; 30 light, 30–90 moderate, "
            "90–180 heavy, ≥ 180 severe",
            "75 µg/m³",
            "60 µg/m³",
            "50 µg/m³",
            "air heavy and water heavy → Overloaded",
        ],
        [
            "Den &lt; 120",
            "Den 120–520",
            "core city: PM2.5 exceedance days &lt; 35 light, 35–95 moderate",
        ],
    ),
    "cropland_quality": (
        ["I &gt; 0.05 → Overloaded", "I &gt; 0 → Critical", "Unverified"],
        ["I &gt; 0.08 → Overloaded"],
    ),
    "grassland_balance": (["I &gt; 0.3 → Overloaded", "I &gt; 0.15 → Critical"], []),
    "eco_function": (["I &lt; −0.1 → Overloaded", "I &lt; −0.05 → Critical"], []),
    "process_trend": (
        [
            "at least 2 of its 2 rates",
            "at least 3 of its 4 rates",
            "At least 2 of the three worse → Worsening depletion",
        ],
        ["at least 2 of its 4 rates"],
    ),
    "integrated_warning": (
        [
            "at least 2 Critical → Overloaded",
            "Critical and Worsening depletion → Yellow (moderate)",
            "Overloaded and Easing depletion → Orange (severe)",
        ],
        ["at least 3 Critical → Overloaded", "Critical and Worsening depletion → Orange (severe)"],
    ),
}
#: sentences of the default that the other profile changes (must be gone)
GONE = {
    "land_pressure": ["D &gt; 0 → ", "D ≥ −0.3 "],
    "water_load": ["0.9·W0"],
    "pollutant_exceedance": ["R &gt; −0.2 "],
    "ecosystem_health": ["H &gt; 0.1 →"],
    "urban_black_grey": ["Den &lt; 100", "&lt; 30 light"],
    "cropland_quality": ["I &gt; 0.05 →"],
    "process_trend": ["at least 3 of its 4"],
    "integrated_warning": ["at least 2 Critical", "→ Yellow"],
}
SPECS = {
    s.id: s
    for s in (
        m2016.LAND_PRESSURE,
        m2016.WATER_LOAD,
        m2016.POLLUTANT_EXCEEDANCE,
        m2016.ECOSYSTEM_HEALTH,
        m2016.URBAN_BLACK_GREY,
        m2016.CROPLAND_QUALITY,
        m2016.GRASSLAND_BALANCE,
        m2016.ECO_FUNCTION,
        m2016.SPECIAL_EVALUATION,
        m2016.PROCESS_TREND,
        m2016.INTEGRATED_WARNING,
        CARRYING_CAPACITY_2016,
    )
}


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    path = tmp_path_factory.mktemp("profiles") / "other.toml"
    path.write_text(OTHER_PROFILE, encoding="utf-8")
    return load_profile(str(path))


@pytest.mark.parametrize("alg_id", sorted(CASES))
def test_help_shows_the_numbers_of_the_profile_it_is_built_with(alg_id, other):
    default_text, other_text = CASES[alg_id]
    spec = SPECS[alg_id]
    with_default = to_html(spec, load_profile())
    for sentence in default_text:
        assert sentence in with_default, (alg_id, sentence)
    with_other = to_html(spec, other)
    for sentence in other_text:
        assert sentence in with_other, (alg_id, sentence)
    for sentence in GONE.get(alg_id, []):
        assert sentence not in with_other, (alg_id, sentence)


def test_help_gives_the_evidence_tag_of_each_rule():
    text = to_html(m2016.LAND_PRESSURE, load_profile())
    assert (
        "D &gt; 0 → Overloaded; D ≥ −0.3 → Critical; otherwise → Not overloaded. "
        "<i>[V-impl S1 BLR.js v2; formula MEM]</i>" in text
    )
    assert "L ≥ 0.1 → Critical; otherwise → Not overloaded. <i>[V-impl S1 BLR.js v1]</i>" in text
    text = to_html(m2016.INTEGRATED_WARNING, load_profile())
    assert "→ Blue (light). <i>[V-off S2]</i>" in text


def test_the_chain_help_holds_every_step_with_the_other_profile(other):
    text = to_html(CARRYING_CAPACITY_2016, other)
    for alg_id, (_, other_text) in CASES.items():
        if alg_id in ("urban_black_grey", "cropland_quality"):
            continue  # the chain applies them through special_evaluation
        for sentence in other_text:
            assert sentence in text, (alg_id, sentence)
    assert "Den &lt; 120" in text and "I &gt; 0.08 → Overloaded" in text
    assert text.count("The rules apply in order") == 1


def test_help_and_pages_never_send_the_user_to_the_repository_docs():
    profile = load_profile()
    for spec in SPECS.values():
        assert "docs/" not in to_html(spec, profile), spec.id
        assert "methods.md" not in to_markdown(spec, profile), spec.id


def test_the_chain_keeps_the_0_1_parameters_in_their_order():
    with open(os.path.join(ROOT, "tests", "data", "interface_0.1.json"), encoding="utf-8") as fh:
        before = json.load(fh)["cc_warning:carrying_capacity_2016"]["params"]
    names, old = [p.name for p in CARRYING_CAPACITY_2016.params], [p["name"] for p in before]
    assert [n for n in names if n in old] == old
    # the parameters added since 0.1 are optional, so a saved call or model still runs
    added = [n for n in names if n not in old]
    assert sorted(added) == ["ECOLOGY_SERIES", "ECOLOGY_SERIES_FIELD", "INVALID_GEOMETRY"]
    assert all(CARRYING_CAPACITY_2016.param(n).optional for n in added)
    assert not CARRYING_CAPACITY_2016.param("INDICATORS").optional
    assert CARRYING_CAPACITY_2016.param("LAND_METHOD").option_values == (
        "",
        "pressure",
        "intensity",
    )


def test_the_chain_takes_its_parameters_from_its_steps():
    chain = CARRYING_CAPACITY_2016
    assert chain.param("LANDUSE") is m2016.LAND_PRESSURE.param("LANDUSE")
    assert chain.param("DEGRADATION_RASTERS") is m2016.ECOSYSTEM_HEALTH.param("DEGRADATION_RASTERS")
    assert chain.param("NATIONAL_COVER") is m2016.PROCESS_TREND.param("NATIONAL_COVER")
    assert chain.param("LAND_METHOD").options == m2016.LAND_PRESSURE.param("METHOD").options
    assert not chain.has("METHOD") and not chain.has("RESULTS")
    assert chain.children == (
        "land_pressure",
        "water_load",
        "pollutant_exceedance",
        "ecosystem_health",
        "special_evaluation",
        "process_trend",
        "integrated_warning",
    )


def test_a_parameter_added_to_a_step_appears_in_the_chain():
    extra = Param("CORE_CITY_FIELD", "string", N_("Core-city field"), N_("A field."), optional=True)
    trend = dataclasses.replace(m2016.PROCESS_TREND, params=m2016.PROCESS_TREND.params + (extra,))
    steps = tuple(
        (trend if spec is m2016.PROCESS_TREND else spec, renames, dropped)
        for spec, renames, dropped in CARRYING_CAPACITY_2016_STEPS
    )
    chain = compose_carrying_capacity_2016(steps)
    assert chain.param("CORE_CITY_FIELD") is extra
    names = [p.name for p in chain.params]
    assert names[-1] == "OUTPUT" and names[-2] == "CORE_CITY_FIELD"
    assert names[:-2] == [p.name for p in CARRYING_CAPACITY_2016.params][:-1]


def test_the_single_national_rates_are_advanced_and_the_table_is_not():
    for spec in (m2016.PROCESS_TREND, CARRYING_CAPACITY_2016):
        singles = [
            p for p in spec.params if p.name.startswith("NATIONAL_") and p.name != "NATIONAL_RATES"
        ]
        assert len(singles) == 7
        assert all(p.advanced and p.optional and p.unit == "%/a" for p in singles)
        assert not spec.param("NATIONAL_RATES").advanced


def test_the_unit_layer_must_hold_a_unit_code():
    for spec in SPECS.values():
        assert spec.param("INPUT").fields == ("unit_code",), spec.id
