"""Specs of the whole-chain algorithms, composed from their steps' specs
(:func:`~.base.compose`): a parameter added to a step appears in the
chain without touching the chain."""

from typing import Dict, List, Mapping

from ..core.i18n import tr, translated
from . import dual, ecology
from .base import N_, AlgorithmSpec, Output, Param, Rule, compose
from .m2016 import (
    DOC,
    ECOSYSTEM_HEALTH,
    INTEGRATED_WARNING,
    LAND_PRESSURE,
    POLLUTANT_EXCEEDANCE,
    PROCESS_TREND,
    SPECIAL_EVALUATION,
    WATER_LOAD,
    first_match,
    prefixed,
)
from .shared import GRID, PRECIPITATION, PROVENANCE, RESULT_2016

#: the steps of cc_warning:carrying_capacity_2016 with the names their
#: parameters take in the chain (0.1 names) and the inputs the chain makes
CARRYING_CAPACITY_2016_STEPS = (
    (LAND_PRESSURE, {"METHOD": "LAND_METHOD"}, ()),
    (WATER_LOAD, {}, ()),
    (POLLUTANT_EXCEEDANCE, {}, ()),
    (ECOSYSTEM_HEALTH, {}, ()),
    (SPECIAL_EVALUATION, {}, ()),
    (PROCESS_TREND, {}, ()),
    (INTEGRATED_WARNING, {}, ("RESULTS",)),  # the chain makes the results itself
)

#: the parameter order of 0.1 (a parameter a step adds later follows these)
_ORDER_0_1 = (
    "INPUT",
    "INDICATORS",
    "BASE_INDICATORS",
    "NATIONAL_RATES",
    "NATIONAL_LAND",
    "NATIONAL_WATER",
    "NATIONAL_COD",
    "NATIONAL_NH3N",
    "NATIONAL_SO2",
    "NATIONAL_NOX",
    "NATIONAL_COVER",
    "BASE_YEAR",
    "EVAL_YEAR",
    "AIR_STATIONS",
    "AIR_DAILY",
    "SECTIONS",
    "SECTION_OBSERVATIONS",
    "AIR_STANDARD",
    "WATER_AGGREGATION",
    "LANDUSE",
    "SUITABILITY",
    "SUITABLE_VALUES",
    "LAND_METHOD",
    "DEGRADATION",
    "DEGRADATION_RASTERS",
    "RASTER_VALUES",
    "ALLOW_PARTIAL",
    "PROFILE",
)


#: the short name that heads a step's rules in a chain's help
STEP_NAMES = {
    "land_pressure": lambda: tr("Land (土地资源)"),
    "water_load": lambda: tr("Water (水资源)"),
    "pollutant_exceedance": lambda: tr("Environment (环境)"),
    "ecosystem_health": lambda: tr("Ecology (生态)"),
    "special_evaluation": lambda: tr("Special evaluation (专项评价)"),
    "process_trend": lambda: tr("Trend (过程评价)"),
    "integrated_warning": lambda: tr("Integration (集成评价)"),
}


def steps_rules(steps, ordered: bool = True):
    """The rules of every step, each headed by the step's short name (or its
    name); with ``ordered`` the sentence that rules apply in order is said
    once, first."""

    def rules(profile) -> List[Rule]:
        once = first_match()
        out: List[Rule] = [once] if ordered else []
        for spec, _, _ in steps:
            if spec.rules is None:
                continue
            step = STEP_NAMES[spec.id]() if spec.id in STEP_NAMES else translated(spec.name)
            out += prefixed(step, [r for r in spec.rules(profile) if r.text != once.text])
        return out

    return rules


def step_values(chain: AlgorithmSpec, step, values: Mapping) -> Dict[str, object]:
    """The values a chain passes on to one of its steps ``(spec, renames,
    dropped)``: every input of the step that the chain composed, under the
    step's own name. A value the user left out is passed only where the
    chain's default differs from the step's (so the step's own default
    applies otherwise). A parameter added to a step is passed on without
    touching the chain."""
    spec, renames, dropped = step
    out = {}
    for p in spec.inputs:
        if p.name in dropped:
            continue
        mine = chain.param(renames.get(p.name, p.name))
        value = values.get(mine.name)
        if value is None and mine.default != p.default:
            value = mine.default
        if value is not None:
            out[p.name] = value
    return out


def compose_carrying_capacity_2016(steps=CARRYING_CAPACITY_2016_STEPS) -> AlgorithmSpec:
    """The chain's spec from its steps' specs (a function so that a test can
    compose it from changed steps)."""
    return compose(
        id="carrying_capacity_2016",
        group="integrated",
        name=N_(
            "Carrying capacity monitoring and early warning, 2016 method (资源环境承载能力监测预警)"
        ),
        summary=N_(
            "Runs the whole 2016 monitoring and early-warning method on county units "
            "and writes one result layer: the four basic elements (land_pressure, "
            "water_load, pollutant_exceedance, ecosystem_health), the special "
            "evaluation matching each unit's 主体功能区 type (special_evaluation), the "
            "depletion trend (process_trend), the load type, the warning level and the "
            "cause (integrated_warning). Each step follows the rules of its own "
            "algorithm, listed below."
        ),
        children=steps,
        params_after=(
            RESULT_2016.but(label=N_("Carrying capacity warning 2016"), style="warning_level"),
        ),
        order=_ORDER_0_1,
        overrides={"INDICATORS": {"optional": False}, "LAND_METHOD": {"label": N_("Land index")}},
        outputs=(PROVENANCE,),
        rules=steps_rules(steps),
        notes=(
            N_(
                "Minimum inputs: the units and one indicator table of the evaluation year. "
                "Add the base-year table and the national rates for the trend, station and "
                "section data for the environment, land-use, suitability and degradation "
                "layers to compute those inputs by overlay instead of taking them from the "
                "table."
            ),
            N_(
                "The result keeps every index, class, label and note of every step "
                "(prefixes land_, water_, env_, eco_, special_, trend_) and adds load_type, "
                "load_label, warning_level, warning_label, cause and cause_elements; it is "
                "styled by the warning level (also saved as a .qml beside a file output and "
                "as the default style of a GeoPackage)."
            ),
        ),
        doc=DOC,
    )


CARRYING_CAPACITY_2016 = compose_carrying_capacity_2016()


# -- 双评价一键评价 ------------------------------------------------------------------

#: files of the output folder of cc_warning:dual_evaluation, in the order they are made
DUAL_FILES = {
    "agri_land": "agri_land.tif",
    "urban_land": "urban_land.tif",
    "agri_water": "agri_water.tif",
    "urban_water": "urban_water.tif",
    "heat": "heat.tif",
    "comfort": "comfort.tif",
    "agri_suitability": "agri_suitability.tif",
    "agri_level": "agri_level.tif",
    "agri_cause": "agri_cause.tif",
    "urban_suitability": "urban_suitability.tif",
    "urban_level": "urban_level.tif",
    "urban_cause": "urban_cause.tif",
    "agri_areas": "agri_areas.gpkg",
    "agri_areas_table": "agri_areas.xlsx",
    "urban_areas": "urban_areas.gpkg",
    "urban_areas_table": "urban_areas.xlsx",
    "scale": "carrying_scale.gpkg",
    "scale_table": "carrying_scale.xlsx",
}
#: files of its ecology stage (written when it runs)
DUAL_ECO_FILES = {
    "eco_water": "eco_water_conservation_importance.tif",
    "eco_soil": "eco_soil_conservation_importance.tif",
    "eco_biodiversity": "eco_biodiversity_importance.tif",
    "eco_erosion": "eco_soil_erosion_vulnerability.tif",
    "eco_importance": "eco_protection_importance.tif",
    "eco_critical": "eco_critical_areas.gpkg",
}
#: inputs its ecology stage needs together
DUAL_ECO_INPUTS = ("LANDCOVER", "VEG_COVER", "SOIL_TEXTURE")


def _downgrade_inputs(spec: AlgorithmSpec) -> tuple:
    """The class rasters of a suitability's downgrade steps (from the profile)."""
    fixed = {
        "LAND",
        "DEM",
        "SILT",
        "WATER",
        "PRECIPITATION",
        "CLIMATE",
        "ECO_IMPORTANCE",
        "ECO_CRITICAL",
        "CONTIGUITY",
        "CLASSES",
        "PROFILE",
    }
    grid = {p.name for p in GRID}
    return tuple(
        p.name for p in spec.inputs if p.name not in fixed | grid and p.kind == "raster" and p.style
    )


#: the steps of cc_warning:dual_evaluation: (spec, renames to the chain's 0.1
#: names, inputs the chain does not take from the user). Dropped are the inputs
#: the chain makes itself (levels, suitabilities, the grid reference), the
#: inputs it fixes (the water indicator: precipitation and the water-quota
#: modulus), the other input modes of a step (tables instead of rasters, the
#: levels computed from the DEM inside the suitability), and the options the
#: chain leaves at the step's default (service gradings, K/R/P factors, NPP,
#: the downgrade-step rasters, 连片度 and the class scheme: run the step alone
#: for those).
DUAL_EVALUATION_STEPS = (
    (dual.LAND_AGRI, {}, ()),
    (dual.LAND_URBAN, {}, ()),
    (
        dual.WATER_AGRI,
        {"INPUT": "PRECIPITATION"},
        ("INDICATOR", "UNITS", "FIELD", "PER_AREA", "REFERENCE"),
    ),
    (dual.WATER_URBAN, {"FIELD": "URBAN_WATER_FIELD"}, ("INDICATOR", "INPUT", "REFERENCE")),
    (
        dual.HEAT,
        {},
        (
            "DEM",
            "TABLE",
            "STATION_FIELD",
            "STATION",
            "MONTH_FIELD",
            "TEMPERATURE_FIELD",
            "REF_ELEVATION",
        ),
    ),
    (
        dual.COMFORT,
        {"TABLE": "CLIMATE_TABLE"},
        (
            "TEMPERATURE",
            "HUMIDITY",
            "TABLE_STATION",
            "MONTH_FIELD",
            "TEMPERATURE_FIELD",
            "HUMIDITY_FIELD",
            "STATION_ID",
            "REFERENCE",
        ),
    ),
    (ecology.WATER_CONSERVATION, {}, ("ET", "TEMPERATURE", "GRADING", "MANUAL_BREAKS")),
    (
        ecology.SOIL_CONSERVATION,
        {},
        (
            "R_FACTOR",
            "K_FACTOR",
            "SAND",
            "SILT",
            "CLAY",
            "ORGANIC_CARBON",
            "P_FACTOR",
            "P_FACTOR_VALUE",
            "SLOPE_LENGTH",
            "GRADING",
            "MANUAL_BREAKS",
        ),
    ),
    (
        ecology.BIODIVERSITY,
        {"VERY_IMPORTANT_HABITAT": "HABITAT"},
        ("NPP", "PRECIPITATION", "TEMPERATURE", "IMPORTANT_HABITAT", "GRADING", "MANUAL_BREAKS"),
    ),
    (ecology.SOIL_EROSION, {}, ("R_FACTOR",)),
    (ecology.ECO_IMPORTANCE, {}, ("SERVICES", "VULNERABILITIES")),
    (
        dual.AGRI_SUITABILITY,
        {},
        ("LAND", "DEM", "SILT", "WATER", "PRECIPITATION", "CLIMATE", "CONTIGUITY", "CLASSES")
        + _downgrade_inputs(dual.AGRI_SUITABILITY),
    ),
    (
        dual.URBAN_SUITABILITY,
        {},
        ("LAND", "DEM", "WATER", "COMFORT", "CONTIGUITY", "CLASSES")
        + _downgrade_inputs(dual.URBAN_SUITABILITY),
    ),
    (
        dual.ZONAL_SUMMARY,
        {
            "UNITS": "SUMMARY_UNITS",
            "CODE_FIELD": "SUMMARY_CODE_FIELD",
            "NAME_FIELD": "SUMMARY_NAME_FIELD",
        },
        ("INPUT", "CLASS_SET"),
    ),
    (
        dual.CARRYING_SCALE,
        {"AGRI_WATER_FIELD": "SCALE_WATER_FIELD", "URBAN_WATER_FIELD": "SCALE_WATER_FIELD"},
        ("AGRI_SUITABILITY", "URBAN_SUITABILITY"),
    ),
)

#: the parameter order of 0.1 (a parameter a step adds later follows these)
_DUAL_ORDER_0_1 = (
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
)

#: what the chain says differently from its steps: inputs a step may go
#: without but the chain needs (or the other way round), its own defaults
#: (0.1) and its wording
_DUAL_OVERRIDES = {
    "DEM": {"optional": False},
    "PRECIPITATION": {
        "label": PRECIPITATION.label,
        "unit": "mm",
        "optional": False,
        "help": N_(
            "Mean annual precipitation in mm: grades 农业供水条件, and "
            "gives the water balance and the rainfall erosivity of the "
            "ecology."
        ),
    },
    "UNITS": {
        "optional": False,
        "label": N_("Evaluation units (counties) with their water figures"),
        "help": N_(
            "Polygons of the units (e.g. the counties joined with their "
            "indicator table): urban water supply, areas and carrying scale per "
            "unit."
        ),
    },
    "URBAN_WATER_FIELD": {
        "optional": False,
        "label": N_("Urban water indicator field"),
        "indicator": "water_quota",
        "default": dual.dictionary_header("water_quota"),
        "help": N_(
            "用水总量控制指标模数 (10⁴ m³/km²), or a total such as 用水总量控制指标 "
            "(10⁴ m³) with 'divide by the unit area'. The dialog proposes the column "
            "用水总量控制指标 where the units have it."
        ),
    },
    "PER_AREA": {"default": True},
    "NAME_FIELD": {"default": "名称"},
    "SUMMARY_UNITS": {
        "optional": True,
        "label": N_("Units of the area tables (optional; e.g. townships)"),
        "help": N_("The class areas are tabulated by these units (default: the evaluation units)."),
    },
    "SUMMARY_CODE_FIELD": {
        "default": "乡镇代码",
        "label": N_("Code field of the table units"),
        "help": N_(
            "Field identifying each unit of the area tables (default "
            "乡镇代码; feature id if absent)."
        ),
    },
    "SUMMARY_NAME_FIELD": {
        "default": "乡镇名称",
        "label": N_("Name field of the table units"),
        "help": N_("Field with the name of each unit of the area tables, copied into the tables."),
    },
    "LANDCOVER": {
        "optional": True,
        "label": N_("Land cover / ecosystem type (codes) (optional, for the ecology)"),
    },
    "VEG_COVER": {
        "optional": True,
        "label": N_("Vegetation cover (0–1) (optional, for the ecology)"),
        "help": N_("Fractional vegetation cover: C of 水土保持 and of 水土流失."),
    },
    "SOIL_TEXTURE": {
        "label": N_("Soil texture (codes) (optional, for the ecology)"),
        "help": N_(
            "Codes of the profile's soil-texture table: K of 水土保持 and "
            "the soil score of 水土流失."
        ),
    },
    "TEMPERATURE_VALUE": {
        "optional": False,
        "default": 12.0,
        "label": N_("Mean annual air temperature (°C) (for the ecology)"),
        "help": N_("For Turc's evapotranspiration in 水源涵养."),
    },
    "SCALE_WATER_FIELD": {
        "label": N_("Water field for the carrying scale (10⁴ m³/a) (optional)"),
        "help": N_(
            "Water available per unit; the agricultural and urban shares below apply to it."
        ),
    },
    "AGRI_WATER_SHARE": {"default": 0.6, "label": N_("Agricultural share of that water (0–1)")},
    "URBAN_WATER_SHARE": {"default": 0.3, "label": N_("Urban share of that water (0–1)")},
}


def _folder_help() -> str:
    return tr(
        "Receives every raster and table of the evaluation: {files}; with the ecology "
        "also {eco}. They appear there only when the whole chain has succeeded."
    ).format(files=", ".join(DUAL_FILES.values()), eco=", ".join(DUAL_ECO_FILES.values()))


def compose_dual_evaluation(steps=DUAL_EVALUATION_STEPS) -> AlgorithmSpec:
    """The spec of cc_warning:dual_evaluation from its steps' specs (a
    function so that a test can compose it from changed steps)."""
    return compose(
        id="dual_evaluation",
        group="dual_evaluation",
        name=N_("Dual evaluation, whole chain (双评价一键评价)"),
        summary=N_(
            "Runs the grid 双评价 of a county or a city in one go, on one analysis grid "
            "(the DEM's unless you choose another CRS, cell size or analysis area): "
            "the single factors, the ecology when its layers are given, 农业生产适宜性 "
            "and 城镇建设适宜性 outside the 生态保护极重要区, the class areas by unit and "
            "the 承载规模. Each step follows the rules of its own algorithm, listed "
            "below."
        ),
        children=steps,
        params_after=(Param("OUTPUT_FOLDER", "folder_out", N_("Output folder"), _folder_help),),
        order=_DUAL_ORDER_0_1,
        overrides=_DUAL_OVERRIDES,
        outputs=(
            Output("AGRI_SUITABILITY", "file", N_("Agricultural production suitability")),
            Output("URBAN_SUITABILITY", "file", N_("Urban construction suitability")),
            Output("FILES", "string", N_("Files written")),
        ),
        rules=steps_rules(steps, ordered=False),
        notes=(
            N_(
                "The steps: 农业耕作条件 and 城镇建设条件 from the DEM (and the silt content); "
                "农业供水条件 from the precipitation; 城镇供水条件 from a water field of the "
                "units; 光热条件 from the accumulated temperature; 舒适度 from the stations' "
                "monthly climate; then the two suitabilities, the class areas by unit (km², "
                "ha, 亩) and the 承载规模."
            ),
            N_(
                "The ecology — 水源涵养, 水土保持, 生物多样性维护 (with habitat polygons) and "
                "水土流失, integrated into 生态保护重要性 and the 生态保护极重要区 — runs when "
                "land cover, vegetation cover and soil texture are given; otherwise give a "
                "生态保护重要性 raster or 极重要区 polygons evaluated beforehand."
            ),
            N_(
                "防风固沙 and 土地沙化 need wind-erosion factors that are usually known per "
                "area: run them alone and give the result of 生态保护重要性 here."
            ),
            N_("Every step is also an algorithm of its own in the 双评价 group."),
        ),
        doc="dual_evaluation.md",
    )


DUAL_EVALUATION = compose_dual_evaluation()
