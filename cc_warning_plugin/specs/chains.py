"""Specs of the whole-chain algorithms, composed from their steps' specs
(:func:`~.base.compose`): a parameter added to a step appears in the
chain without touching the chain."""

from typing import List

from ..core.i18n import tr
from .base import N_, AlgorithmSpec, Rule, compose
from .m2016 import (DOC, ECOSYSTEM_HEALTH, INTEGRATED_WARNING, LAND_PRESSURE,
                    POLLUTANT_EXCEEDANCE, PROCESS_TREND, SPECIAL_EVALUATION, WATER_LOAD,
                    first_match, prefixed)
from .shared import PROVENANCE, RESULT_2016

#: the steps of cc_warning:carrying_capacity_2016 with the names their
#: parameters take in the chain (0.1 names) and the inputs the chain makes
CARRYING_CAPACITY_2016_STEPS = (
    (LAND_PRESSURE, {"METHOD": "LAND_METHOD"}, ()),
    (WATER_LOAD, {}, ()),
    (POLLUTANT_EXCEEDANCE, {}, ()),
    (ECOSYSTEM_HEALTH, {}, ()),
    (SPECIAL_EVALUATION, {}, ()),
    (PROCESS_TREND, {}, ()),
    (INTEGRATED_WARNING, {}, ("RESULTS",)),      # the chain makes the results itself
)

#: the parameter order of 0.1 (a parameter a step adds later follows these)
_ORDER_0_1 = (
    "INPUT", "INDICATORS", "BASE_INDICATORS", "NATIONAL_RATES", "NATIONAL_LAND",
    "NATIONAL_WATER", "NATIONAL_COD", "NATIONAL_NH3N", "NATIONAL_SO2", "NATIONAL_NOX",
    "NATIONAL_COVER", "BASE_YEAR", "EVAL_YEAR", "AIR_STATIONS", "AIR_DAILY", "SECTIONS",
    "SECTION_OBSERVATIONS", "AIR_STANDARD", "WATER_AGGREGATION", "LANDUSE", "SUITABILITY",
    "SUITABLE_VALUES", "LAND_METHOD", "DEGRADATION", "DEGRADATION_RASTERS", "RASTER_VALUES",
    "ALLOW_PARTIAL", "PROFILE")


#: the short name that heads a step's rules in a chain's help
STEP_NAMES = {
    "land_pressure": lambda: tr("Land (土地资源)"), "water_load": lambda: tr("Water (水资源)"),
    "pollutant_exceedance": lambda: tr("Environment (环境)"),
    "ecosystem_health": lambda: tr("Ecology (生态)"),
    "special_evaluation": lambda: tr("Special evaluation (专项评价)"),
    "process_trend": lambda: tr("Trend (过程评价)"),
    "integrated_warning": lambda: tr("Integration (集成评价)"),
}


def steps_rules(steps):
    """The rules of every step, each headed by the step's short name; the
    sentence that rules apply in order is said once."""
    def rules(profile) -> List[Rule]:
        once = first_match()
        out: List[Rule] = [once]
        for spec, _, _ in steps:
            if spec.rules is None:
                continue
            step = STEP_NAMES[spec.id]() if spec.id in STEP_NAMES else spec.id
            out += prefixed(step, [r for r in spec.rules(profile) if r.text != once.text])
        return out
    return rules


def compose_carrying_capacity_2016(steps=CARRYING_CAPACITY_2016_STEPS) -> AlgorithmSpec:
    """The chain's spec from its steps' specs (a function so that a test can
    compose it from changed steps)."""
    return compose(
        id="carrying_capacity_2016", group="integrated",
        name=N_("Carrying capacity monitoring and early warning, 2016 method "
                "(资源环境承载能力监测预警)"),
        summary=N_("Runs the whole 2016 monitoring and early-warning method on county units "
                   "and writes one result layer: the four basic elements (land_pressure, "
                   "water_load, pollutant_exceedance, ecosystem_health), the special "
                   "evaluation matching each unit's 主体功能区 type (special_evaluation), the "
                   "depletion trend (process_trend), the load type, the warning level and the "
                   "cause (integrated_warning). Each step follows the rules of its own "
                   "algorithm, listed below."),
        children=steps,
        params_after=(RESULT_2016.but(label=N_("Carrying capacity warning 2016"),
                                      style="warning_level"),),
        order=_ORDER_0_1,
        overrides={"INDICATORS": {"optional": False},
                   "LAND_METHOD": {"label": N_("Land index")}},
        outputs=(PROVENANCE,),
        rules=steps_rules(steps),
        notes=(N_("Minimum inputs: the units and one indicator table of the evaluation year. "
                  "Add the base-year table and the national rates for the trend, station and "
                  "section data for the environment, land-use, suitability and degradation "
                  "layers to compute those inputs by overlay instead of taking them from the "
                  "table."),
               N_("The result keeps every index, class, label and note of every step "
                  "(prefixes land_, water_, env_, eco_, special_, trend_) and adds load_type, "
                  "load_label, warning_level, warning_label, cause and cause_elements; it is "
                  "styled by the warning level (also saved as a .qml beside a file output and "
                  "as the default style of a GeoPackage).")),
        doc=DOC)


CARRYING_CAPACITY_2016 = compose_carrying_capacity_2016()
