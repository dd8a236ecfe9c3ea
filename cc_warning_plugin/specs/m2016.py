"""Specs of the 2016 monitoring and early-warning method's algorithms
(《资源环境承载能力监测预警技术方法（试行）》) on county units."""

from ..core.i18n import tr
from .base import N_, AlgorithmSpec, Rule
from .shared import ALLOW_PARTIAL, INDICATORS, PROFILE, PROVENANCE, RESULT_2016, UNITS_2016
from .texts import class_label, num, tag_of


def _water_rules(profile):
    w = profile.get("elements.water")
    tag = w.get("tag", "")
    over, crit = num(w["overload_ratio"]), num(w["critical_ratio"])
    out = [
        Rule(tr("W > {r}·W0 or G > {r}·G0 → {cls}").format(
            r=over, cls=class_label(profile, "load_classes", "overload")), tag),
        Rule(tr("W > {r}·W0 or G > {r}·G0 → {cls}").format(
            r=crit, cls=class_label(profile, "load_classes", "critical")), tag),
        Rule(tr("otherwise → {cls}").format(
            cls=class_label(profile, "load_classes", "none")), tag),
        Rule(tr("The comparisons are strict: W = {r}·W0 is not above {r}·W0.").format(r=crit),
             tag),
    ]
    states = profile.get("elements.water.overdraft")
    for key, entry in states.items():
        if not isinstance(entry, dict) or entry["class"] == "none":
            continue
        out.append(Rule(tr("Groundwater overdraft state {state} → at least {cls}").format(
            state=" / ".join(entry["aliases"][:2]),
            cls=class_label(profile, "load_classes", entry["class"])),
            tag_of(profile, "elements.water.overdraft")))
    return out


WATER_LOAD = AlgorithmSpec(
    id="water_load", group="single_element",
    name=N_("Water resources use against quotas (水资源开发利用量)"),
    summary=N_("Water element of the 2016 monitoring and early-warning method: total water "
               "use W against its control quota W0 and groundwater use G against its quota G0 "
               "(最严格水资源管理制度 red lines), and the groundwater overdraft state. A zero or "
               "negative quota is an error; a missing value marks the unit not_evaluated "
               "unless the values present already make it overloaded."),
    params=(UNITS_2016, INDICATORS, ALLOW_PARTIAL, PROFILE,
            RESULT_2016.but(label=N_("Water resources use against quotas (水资源开发利用量)"),
                            style="water_class")),
    outputs=(PROVENANCE,),
    rules=_water_rules,
    notes=(N_("Inputs per unit: total water use (用水总量), its control quota (用水总量控制指标), "
              "groundwater supply (地下水供水量), its quota (地下水开采控制指标) and the "
              "groundwater overdraft state (地下水超采状况: 无 / 一般超采 / 严重超采)."),),
    result_fields=(
        ("water_index", N_("the larger of W/W0 and G/G0")),
        ("water_class", N_("overload / critical / none / not_evaluated")),
        ("water_label", N_("the class label of the method profile")),
        ("water_note", N_("what was missing or assumed")),
        ("water_r_total", N_("W/W0")), ("water_r_gw", N_("G/G0")),
        ("water_overdraft", N_("the overdraft state")),
        ("water_worst", N_("what drove the class: total, groundwater or overdraft"))),
    doc="warning_2016.md")
