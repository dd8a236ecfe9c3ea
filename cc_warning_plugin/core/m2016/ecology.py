"""生态 element of the 2016 method: 生态系统健康度.

    H = A_d / A_t
    A_d = area of moderate-or-worse (中度及以上) 水土流失, 土地沙化, 盐渍化, 石漠化
    A_t = evaluated land area

classed by ``elements.ecology.rules`` (default H > 0.10 超载, 0.05 < H ≤ 0.10
临界超载, H ≤ 0.05 不超载).

Where A_d comes from:
1. degradation polygons or rasters, overlaid by the algorithm with the
   overlaps dissolved (no area counts twice), passed in as ``overlay``;
2. otherwise the four per-type area fields, summed — overlaps between types
   cannot be removed from plain numbers, so the note says the index may be
   too high.
"""

from typing import Dict, List, Optional

from ..errors import InputError
from ..i18n import tr
from ..indicators import field_title
from ..profile import Profile
from .common import Field, base_fields, classify, result
from .units import SLOW, Units, checked_numbers

PREFIX = "eco"


def input_fields(profile: Profile) -> List[str]:
    return ["eval_land_area"] + list(profile.get("elements.ecology.degradation_types"))


def output_fields() -> List[Field]:
    return base_fields(PREFIX) + [
        ("eco_degraded_area", "double"),
        ("eco_land_area", "double"),
        ("eco_worst", "string"),
        ("eco_source", "string"),
    ]


def read_ecology(units: Units, profile: Profile) -> List[Dict]:
    types = profile.get("elements.ecology.degradation_types")
    typed = [t for t in types if units.has(t)]  # the same for every unit
    # read column by column; a value to parse or refuse from its unit, in order
    areas = checked_numbers(units.units, "eval_land_area", True)
    cols = [(t, checked_numbers(units.units, t, False)) for t in types]
    out = []
    for j, u in enumerate(units.units):
        area = areas[j]
        if area is SLOW:
            area = u.positive("eval_land_area")
        values = {}
        for t, col in cols:
            v = col[j]
            values[t] = u.non_negative(t) if v is SLOW else v
        out.append({"eval_land_area": area, "types": values, "typed_columns": typed})
    return out


def evaluate_ecology(
    units: Units,
    values: List[Dict],
    profile: Profile,
    overlay: Optional[Dict[str, Dict]] = None,
    allow_partial: bool = False,
) -> List[Dict]:
    """``overlay``: per unit code ``{"degraded_area": km², "land_area": km²,
    "by_type": {type: km²}, "source": "polygons" | "raster"}`` from the
    algorithm's overlay of degradation layers, with ``"missing": [what]``
    where the overlay has nothing to measure the unit with (degraded_area
    None)."""
    rules = profile.get("elements.ecology.rules")
    out = []
    for u, v in zip(units.units, values):
        ov = (overlay or {}).get(u.code)
        land_area = v["eval_land_area"]
        if land_area is None and ov is not None:
            land_area = ov.get("land_area")
        missing = []
        worst = ""
        if ov is not None:
            degraded, source = ov["degraded_area"], ov["source"]
            missing += ov.get("missing", [])
            by_type = {k: a for k, a in ov.get("by_type", {}).items() if a > 0}
            worst = max(by_type, key=by_type.get) if by_type else ""
        else:
            source = "type_fields"
            present = {t: a for t, a in v["types"].items() if a is not None}
            missing = [field_title(t) for t, a in v["types"].items() if a is None]
            degraded = sum(present.values()) if present else None
            positive = {t: a for t, a in present.items() if a > 0}
            worst = max(positive, key=positive.get) if positive else ""
        if land_area is None:
            missing.append(field_title("eval_land_area"))
        index = None
        if degraded is not None and land_area is not None:
            if degraded > land_area * (1 + 1e-9):
                raise InputError(
                    tr(
                        "{where}: the degraded area ({deg:g} km²) is larger than the evaluated "
                        "land area ({area:g} km²). Check the values and their units."
                    ).format(where=u.where("eval_land_area"), deg=degraded, area=land_area)
                )
            index = degraded / land_area
        # a missing type can only add area: classify_with_missing keeps a
        # top class and marks the rest not evaluated
        cls, note = classify(index, missing, rules, profile, allow_partial)
        if (
            source == "type_fields"
            and index is not None
            and len([a for a in v["types"].values() if a]) > 1
        ):
            note = "; ".join(
                x
                for x in [
                    note,
                    tr(
                        "sum of the per-type areas: overlaps between types are not removed, so the "
                        "index may be too high (give the degradation polygons to dissolve them)"
                    ),
                ]
                if x
            )
        out.append(
            result(
                PREFIX,
                profile,
                index,
                cls,
                note,
                degraded_area=degraded,
                land_area=land_area,
                worst=worst,
                source=source,
            )
        )
    return out
