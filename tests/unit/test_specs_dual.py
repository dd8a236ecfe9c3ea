"""The specs of the 双评价 areas, carrying scale and whole chain: the chain is
composed from its steps' specs under its 0.1 names, a parameter added to a
step appears in the chain and is passed on to that step, the values the
chain passes on to each step, the help from the profile, and the registry of
specs (strict)."""

import dataclasses
import textwrap

import pytest

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.specs import chains, dual, ecology, registry
from cc_warning_plugin.specs import help as spec_help
from cc_warning_plugin.specs.base import N_, Param
from cc_warning_plugin.specs.chains import (
    DUAL_EVALUATION,
    DUAL_EVALUATION_STEPS,
    compose_dual_evaluation,
    step_values,
)

#: the parameters of cc_warning:dual_evaluation as released in 0.1, in order
NAMES_0_1 = [
    "DEM",
    "SILT",
    "PRECIPITATION",
    "ACCUM_TEMP",
    "CLIMATE_TABLE",
    "STATIONS",
    "UNITS",
    "URBAN_WATER_FIELD",
    "PER_AREA",
    "CODE_FIELD",
    "NAME_FIELD",
    "SUMMARY_UNITS",
    "SUMMARY_CODE_FIELD",
    "SUMMARY_NAME_FIELD",
    "LANDCOVER",
    "VEG_COVER",
    "SOIL_TEXTURE",
    "TEMPERATURE_VALUE",
    "HABITAT",
    "ECO_IMPORTANCE",
    "ECO_CRITICAL",
    "SCALE_WATER_FIELD",
    "AGRI_WATER_SHARE",
    "URBAN_WATER_SHARE",
    "IRRIGATION_QUOTA",
    "WATER_PER_PERSON",
    "LAND_PER_PERSON",
    "GRID_REFERENCE",
    "GRID_CRS",
    "CELL_SIZE",
    "MASK",
    "BLOCK_SIZE",
    "PROFILE",
    "OUTPUT_FOLDER",
]


def step(alg_id):
    return next(s for s in DUAL_EVALUATION_STEPS if s[0].id == alg_id)


#: parameters added to the steps after 0.1 (they reach the chain by composition)
ADDED = [p.name for p in DUAL_EVALUATION.params if p.name not in NAMES_0_1]


def test_the_chain_keeps_its_0_1_parameters_in_order():
    names = [p.name for p in DUAL_EVALUATION.params]
    assert [n for n in names if n not in ADDED] == NAMES_0_1
    assert {"INVALID_GEOMETRY", "DAILY_RAIN", "LS_METHOD", "WATER_METHOD"} <= set(ADDED)
    # a call or model saved with 0.1 runs unchanged: every added parameter is
    # optional or has a default that keeps the 0.1 behaviour
    for name in ADDED:
        p = DUAL_EVALUATION.param(name)
        assert p.optional or p.default is not None, name


def test_the_chain_takes_its_parameters_from_its_steps():
    chain = DUAL_EVALUATION
    assert chain.param("SILT") is dual.LAND_AGRI.param("SILT")
    assert chain.param("ACCUM_TEMP") is dual.HEAT.param("ACCUM_TEMP")
    assert chain.param("ECO_CRITICAL") is dual.AGRI_SUITABILITY.param("ECO_CRITICAL")
    assert chain.param("IRRIGATION_QUOTA") is dual.CARRYING_SCALE.param("IRRIGATION_QUOTA")
    assert chain.param("HABITAT") == ecology.BIODIVERSITY.param("VERY_IMPORTANT_HABITAT").but(
        name="HABITAT"
    )
    assert chain.param("CLIMATE_TABLE") == dual.COMFORT.param("TABLE").but(name="CLIMATE_TABLE")
    # a field follows its layer under the chain's name
    assert chain.param("SUMMARY_CODE_FIELD").parent == "SUMMARY_UNITS"
    assert chain.param("SCALE_WATER_FIELD").parent == "UNITS"
    assert chain.children == (
        "dual_land_agri",
        "dual_land_urban",
        "dual_water_agri",
        "dual_water_urban",
        "dual_climate_heat",
        "dual_climate_comfort",
        "dual_eco_water_conservation",
        "dual_eco_soil_conservation",
        "dual_eco_biodiversity",
        "dual_eco_vuln_soil_erosion",
        "dual_eco_importance",
        "dual_agri_suitability",
        "dual_urban_suitability",
        "dual_zonal_summary",
        "dual_carrying_scale",
    )


def test_the_urban_water_field_never_falls_back_on_the_first_field():
    field = DUAL_EVALUATION.param("URBAN_WATER_FIELD")
    assert not field.optional and field.default == "用水总量控制指标"
    assert field.indicator == "water_quota"
    # the scale's water fields stay optional, with no default
    for name in ("AGRI_WATER_FIELD", "URBAN_WATER_FIELD"):
        p = dual.CARRYING_SCALE.param(name)
        assert p.optional and p.default is None
    assert DUAL_EVALUATION.param("SCALE_WATER_FIELD").optional


def test_a_parameter_added_to_a_step_appears_in_the_chain_and_reaches_the_step():
    extra = Param(
        "MIN_PATCH", "number", N_("Smallest patch (km²)"), N_("A number."), default=0.0, minimum=0.0
    )
    urban = dataclasses.replace(
        dual.URBAN_SUITABILITY, params=dual.URBAN_SUITABILITY.params + (extra,)
    )
    steps = tuple(
        (urban if spec is dual.URBAN_SUITABILITY else spec, renames, dropped)
        for spec, renames, dropped in DUAL_EVALUATION_STEPS
    )
    chain = compose_dual_evaluation(steps)
    names = [p.name for p in chain.params]
    assert chain.param("MIN_PATCH") is extra
    names = [n for n in names if n not in ADDED]
    assert names[:-2] == NAMES_0_1[:-1] and names[-2:] == ["MIN_PATCH", "OUTPUT_FOLDER"]
    urban_step = next(s for s in steps if s[0] is urban)
    assert step_values(chain, urban_step, {"MIN_PATCH": 2.5})["MIN_PATCH"] == 2.5
    agri_step = next(s for s in steps if s[0] is dual.AGRI_SUITABILITY)
    assert "MIN_PATCH" not in step_values(chain, agri_step, {"MIN_PATCH": 2.5})


def test_what_the_chain_passes_on_to_a_step():
    given = {
        "DEM": "dem.tif",
        "PRECIPITATION": "p.tif",
        "UNITS": "units.gpkg",
        "SCALE_WATER_FIELD": "用水总量控制指标",
        "IRRIGATION_QUOTA": 400,
        "SUMMARY_UNITS": "towns.gpkg",
        "PROFILE": "bureau.toml",
    }
    water = step_values(DUAL_EVALUATION, step("dual_water_agri"), given)
    # the precipitation under the step's own name; the indicator is the chain's to set
    assert water == {"INPUT": "p.tif", "PROFILE": "bureau.toml"}
    urban = step_values(DUAL_EVALUATION, step("dual_water_urban"), given)
    # the chain's own defaults where they differ from the step's (0.1: a total
    # divided by the unit area, in the dictionary's column)
    assert urban == {
        "UNITS": "units.gpkg",
        "FIELD": "用水总量控制指标",
        "PER_AREA": True,
        "PROFILE": "bureau.toml",
    }
    scale = step_values(DUAL_EVALUATION, step("dual_carrying_scale"), given)
    assert scale == {
        "UNITS": "units.gpkg",
        "NAME_FIELD": "名称",
        "AGRI_WATER_FIELD": "用水总量控制指标",
        "URBAN_WATER_FIELD": "用水总量控制指标",
        "AGRI_WATER_SHARE": 0.6,
        "URBAN_WATER_SHARE": 0.3,
        "IRRIGATION_QUOTA": 400,
        "PROFILE": "bureau.toml",
    }
    zonal = step_values(DUAL_EVALUATION, step("dual_zonal_summary"), given)
    assert zonal == {
        "UNITS": "towns.gpkg",
        "CODE_FIELD": "乡镇代码",
        "NAME_FIELD": "乡镇名称",
        "PROFILE": "bureau.toml",
    }
    # a value the user gave wins over the chain's default
    assert (
        step_values(DUAL_EVALUATION, step("dual_water_urban"), dict(given, PER_AREA=False))[
            "PER_AREA"
        ]
        is False
    )
    eco = step_values(DUAL_EVALUATION, step("dual_eco_water_conservation"), given)
    assert eco == {"PRECIPITATION": "p.tif", "TEMPERATURE_VALUE": 12.0, "PROFILE": "bureau.toml"}


def test_every_dropped_input_is_an_input_of_its_step():
    for spec, renames, dropped in DUAL_EVALUATION_STEPS:
        names = {p.name for p in spec.inputs}
        assert set(dropped) <= names, spec.id
        assert set(renames) <= names, spec.id


def test_the_help_gives_the_areas_and_the_scale_with_the_profile(tmp_path):
    path = tmp_path / "bureau.toml"
    path.write_text(
        textwrap.dedent("""
        [profile]
        extends = "default"
        [dual.scale]
        land_classes_agri = ["suitable"]
    """),
        encoding="utf-8",
    )
    bureau = load_profile(str(path))
    zonal = spec_help.to_markdown(dual.ZONAL_SUMMARY, bureau)
    assert "1 亩 = 10 000/15 m² ≈ 666.67 m², so 1 km² = 1500 亩 and 1 ha = 15 亩" in zonal
    assert "number of cells × the cell area" in zonal
    text = spec_help.to_markdown(dual.CARRYING_SCALE, bureau)
    assert (
        "Land constraint of agriculture: the area (km²) of the unit's cells classed "
        "Suitable in" in text
    )
    assert (
        "Land constraint of urban construction: the area (km²) of the unit's cells "
        "classed Suitable / Moderately suitable in" in text
    )
    assert "× 666.67 m²/亩 / 10⁶" in text
    tag = bureau.get("dual.scale.tag")
    assert f"*[{tag}]*" in text
    chain = spec_help.to_markdown(DUAL_EVALUATION, bureau)
    assert "Carrying scale (承载规模): Land constraint of agriculture" in chain
    assert "The rules apply in order" not in chain


def test_the_registry_of_specs_is_strict(monkeypatch):
    assert {s.id for s in registry.all_specs()} >= {
        "dual_zonal_summary",
        "dual_carrying_scale",
        "dual_evaluation",
    }
    monkeypatch.setattr(registry, "SPEC_MODULES", registry.SPEC_MODULES + (".no_such_group",))
    with pytest.raises(ModuleNotFoundError):
        registry.all_specs()


def test_the_chain_spec_is_the_registered_one():
    specs = {s.id: s for s in registry.all_specs()}
    assert specs["dual_evaluation"] is chains.DUAL_EVALUATION
    assert specs["dual_zonal_summary"] is dual.ZONAL_SUMMARY
