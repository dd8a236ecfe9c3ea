"""土地资源 element of the 2016 method: 土地资源压力指数.

    L = construction land area / evaluated land area   (现状建设开发程度)
    D = (L − L0) / L0                                   (L0 适宜建设开发程度阈值)

classed by ``elements.land.rules`` (default D > 0 超载, −0.3 ≤ D ≤ 0 临界超载,
D < −0.3 不超载). The profile option ``method = "intensity"`` classes the
开发强度 L itself by ``intensity_rules`` instead (an earlier simplification).

L may come from table fields or from a land-use layer (construction-land
area by overlay, computed by the algorithm and passed in ``overlay``); L0
from a table field or from a construction-suitability raster (the suitable
share of the unit).
"""

from typing import Dict, List, Optional

from ..errors import InputError
from ..i18n import tr
from ..indicators import field_title
from ..profile import Profile
from .common import Field, base_fields, classify, result
from .units import SLOW, Units, checked_numbers

PREFIX = "land"
INPUT_FIELDS = ["constr_land_area", "eval_land_area", "land_threshold_l0"]
METHODS = ("pressure", "intensity")


def output_fields() -> List[Field]:
    return base_fields(PREFIX) + [
        ("land_l", "double"),
        ("land_l0", "double"),
        ("land_constr_area", "double"),
        ("land_eval_area", "double"),
        ("land_method", "string"),
    ]


def read_land(units: Units) -> List[Dict[str, Optional[float]]]:
    """Table values of every unit, checked (areas ≥ 0 / > 0, 0 < L0 ≤ 1)."""
    # read column by column; a value to parse or refuse from its unit, in order
    constrs = checked_numbers(units.units, "constr_land_area", False)
    areas = checked_numbers(units.units, "eval_land_area", True)
    l0s = checked_numbers(units.units, "land_threshold_l0", True)
    out = []
    for j, u in enumerate(units.units):
        constr, area, l0 = constrs[j], areas[j], l0s[j]
        if constr is SLOW:
            constr = u.non_negative("constr_land_area")
        if area is SLOW:
            area = u.positive("eval_land_area")
        if l0 is SLOW:
            l0 = u.positive("land_threshold_l0")
        if l0 is not None and l0 > 1:
            raise InputError(
                tr(
                    "{where}: {title} is {value:g}, but L0 is a share of the land area (0–1). If "
                    "the table gives a percentage, divide it by 100."
                ).format(
                    where=u.where("land_threshold_l0"),
                    title=field_title("land_threshold_l0"),
                    value=l0,
                )
            )
        out.append({"constr_land_area": constr, "eval_land_area": area, "land_threshold_l0": l0})
    return out


def evaluate_land(
    units: Units,
    values: List[Dict[str, Optional[float]]],
    profile: Profile,
    method: Optional[str] = None,
    allow_partial: bool = False,
    sources: Optional[Dict[str, str]] = None,
) -> List[Dict]:
    """Class every unit. ``values`` are :func:`read_land`'s, possibly with
    overlay results put in; ``sources`` names where L and L0 came from (for
    the note)."""
    land = profile.get("elements.land")
    method = method or land["method"]
    if method not in METHODS:
        raise ValueError(method)
    rules = land["rules"] if method == "pressure" else land["intensity_rules"]
    out = []
    for u, v in zip(units.units, values):
        constr, area, l0 = v["constr_land_area"], v["eval_land_area"], v["land_threshold_l0"]
        missing = [
            field_title(n)
            for n, x in (("constr_land_area", constr), ("eval_land_area", area))
            if x is None
        ]
        if method == "pressure" and l0 is None:
            missing.append(field_title("land_threshold_l0"))
        l_share = None
        if constr is not None and area is not None:
            if constr > area * (1 + 1e-9):
                raise InputError(
                    tr(
                        "{where}: the construction land area ({constr:g} km²) is larger than the "
                        "evaluated land area ({area:g} km²). Check both values and their "
                        "units."
                    ).format(where=u.where("constr_land_area"), constr=constr, area=area)
                )
            l_share = constr / area
        index = None
        if l_share is not None:
            index = (
                (l_share - l0) / l0
                if method == "pressure" and l0 is not None
                else (l_share if method == "intensity" else None)
            )
        cls, note = classify(index, missing if index is None else [], rules, profile, allow_partial)
        if sources:
            note = "; ".join(x for x in [note, sources.get(u.code, "")] if x)
        out.append(
            result(
                PREFIX,
                profile,
                index,
                cls,
                note,
                l=l_share,
                l0=l0 if method == "pressure" else None,
                constr_area=constr,
                eval_area=area,
                method=method,
            )
        )
    return out
