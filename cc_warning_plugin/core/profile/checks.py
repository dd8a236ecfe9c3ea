"""Semantic checks of a whole profile, after the schema has accepted its
shape: numbers that are well-formed but cannot be right.

- ordered threshold rules (``rules = [{class, op, value}, …]``): every rule
  can be reached (a later rule is not shadowed by an earlier one) and the
  classes run from the most to the least severe, so that a 临界 threshold
  lies on the right side of the 超载 one;
- the water element's critical ratio lies below its overload ratio;
- grading breaks lie inside the physical range of what they grade (a slope
  break of 95° or a vegetation-cover break of 1.2 is refused).

Every problem names the dotted key, as the schema does.
"""

import math
from typing import Iterator, Optional, Tuple

from ..i18n import tr
from .vocab import Ctx, expect

#: Physical range of a graded quantity, by the ``unit`` of a grading table.
UNIT_RANGES = {
    "degree": (0.0, 90.0),
    "mm": (0.0, math.inf),
    "mm/a": (0.0, math.inf),
    "1e4 m3/km2": (0.0, math.inf),
    "degC day": (0.0, math.inf),
    "h": (0.0, math.inf),
    "t/(hm2·a)": (0.0, math.inf),
    "gC/(m2·a)": (0.0, math.inf),
    "%": (0.0, 100.0),
    "fraction": (0.0, 1.0),
    "day": (0.0, 366.0),
}

#: Physical range of a graded factor, by the name of its table (factor
#: tables of the vulnerabilities carry no unit).
FACTOR_RANGES = {
    "slope": (0.0, 90.0),
    "vegetation_cover": (0.0, 1.0),
    "carbonate_share": (0.0, 1.0),
    "wind_days": (0.0, 366.0),
    "relief": (0.0, math.inf),
    "rainfall_erosivity": (0.0, math.inf),
    "aridity": (0.0, math.inf),
    "evaporation_ratio": (0.0, math.inf),
    "groundwater_mineralization": (0.0, math.inf),
    "groundwater_depth": (0.0, math.inf),
    "l_breaks": (0.0, 1.0),
}


def _walk(node, key: str = "") -> Iterator[Tuple[str, object]]:
    """Every (dotted key, value) below ``node``, lists indexed ``[i]``."""
    yield key, node
    if isinstance(node, dict):
        for name, value in node.items():
            yield from _walk(value, f"{key}.{name}" if key else name)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{key}[{i}]")


def _is_rule_list(value) -> bool:
    return (
        isinstance(value, list)
        and len(value) >= 2
        and all(isinstance(r, dict) and "class" in r for r in value)
        and all("op" in r and "value" in r for r in value[:-1])
        and "op" not in value[-1]
    )


def _check_rules(rules: list, key: str, ctx: Ctx) -> None:
    order = ctx.root.get("load_classes", {}).get("order", [])
    if not all(r["class"] in order for r in rules):
        return
    for i in range(1, len(rules)):
        prev, cur = rules[i - 1], rules[i]
        if order.index(cur["class"]) < order.index(prev["class"]):
            ctx.fail(
                f"{key}[{i}].class",
                tr(
                    "is '{cur}', more severe than '{prev}' of the rule before it: the rules are "
                    "tried in order from the most to the least severe class. Swap the rules or "
                    "their thresholds."
                ).format(cur=cur["class"], prev=prev["class"]),
            )
    for i in range(1, len(rules) - 1):
        for j in range(i):
            a, b = rules[j], rules[i]
            up = {">", ">="}
            if (a["op"] in up) != (b["op"] in up):
                continue
            if a["op"] in up:
                shadowed = b["value"] > a["value"] or (
                    b["value"] == a["value"] and not (a["op"] == ">" and b["op"] == ">=")
                )
                problem = tr(
                    "is {value}: every value it would catch is already caught by rule [{j}] "
                    "({op} {limit}), so class '{cls}' could never be given. Its threshold "
                    "must lie below {limit}."
                )
            else:
                shadowed = b["value"] < a["value"] or (
                    b["value"] == a["value"] and not (a["op"] == "<" and b["op"] == "<=")
                )
                problem = tr(
                    "is {value}: every value it would catch is already caught by rule [{j}] "
                    "({op} {limit}), so class '{cls}' could never be given. Its threshold "
                    "must lie above {limit}."
                )
            if shadowed:
                ctx.fail(
                    f"{key}[{i}].value",
                    problem.format(
                        value=b["value"], j=j, op=a["op"], limit=a["value"], cls=b["class"]
                    ),
                )


def _range_of(name: str, value: dict) -> Optional[Tuple[float, float, str]]:
    unit = value.get("unit")
    if unit in UNIT_RANGES:
        return UNIT_RANGES[unit] + (unit,)
    if name in FACTOR_RANGES:
        return FACTOR_RANGES[name] + ("",)
    return None


def _check_breaks(value: dict, key: str, ctx: Ctx, field: str = "breaks") -> None:
    name = field if field != "breaks" else key.rsplit(".", 1)[-1]
    found = _range_of(name, value)
    if found is None:
        return
    low, high, unit = found
    for i, b in enumerate(value[field]):
        if isinstance(b, (int, float)) and not (low <= b <= high):
            limits = f"{low:g} … {high:g}" if math.isfinite(high) else f"≥ {low:g}"
            ctx.fail(
                f"{key}.{field}[{i}]",
                expect(
                    tr("a value inside the physical range {limits} {unit}")
                    .format(limits=limits, unit=unit)
                    .strip(),
                    b,
                ),
            )


def semantic_checks(data: dict, ctx: Ctx) -> None:
    for key, value in _walk(data):
        if _is_rule_list(value):
            _check_rules(value, key, ctx)
        elif isinstance(value, dict) and isinstance(value.get("breaks"), list):
            _check_breaks(value, key, ctx)
        elif isinstance(value, dict) and isinstance(value.get("l_breaks"), list):
            _check_breaks(value, key, ctx, field="l_breaks")
    water = (data.get("elements") or {}).get("water") or {}
    if (
        "critical_ratio" in water
        and "overload_ratio" in water
        and water["critical_ratio"] >= water["overload_ratio"]
    ):
        ctx.fail(
            "elements.water.critical_ratio",
            expect(
                tr(
                    "below the overload ratio elements.water.overload_ratio ({ratio}): a unit is "
                    "critical before it is overloaded"
                ).format(ratio=water["overload_ratio"]),
                water["critical_ratio"],
            ),
        )
