"""水资源 element of the 2016 method: 水资源开发利用量 against the control
quotas of 最严格水资源管理制度.

    r_total = W / W0      (用水总量 / 用水总量控制指标)
    r_gw    = G / G0      (地下水供水量 / 地下水开采控制指标)

Rules, in order (ratios from the profile, strict comparisons):
  overdraft state whose class is overload, or r > overload_ratio → 超载
  overdraft state whose class is critical, or r > critical_ratio → 临界超载
  otherwise → 不超载
for r of either quota. The overdraft states (无 / 一般超采 / 严重超采) and the
class each forces are profile data, so the single-flag reading (S1: any
overdraft → 超载) and the graded one (一般 → 临界) are both a profile edit.

``water_index`` is the larger of the two ratios; ``water_worst`` says what
drove the class (``total``, ``groundwater`` or ``overdraft``).
"""

from typing import Dict, List, Optional

from ..errors import InputError
from ..i18n import tr
from ..indicators import field_title
from ..profile import Profile
from ..rules import classify as classify_rule
from .common import (
    CRITICAL,
    NOT_EVALUATED,
    OVERLOAD,
    SEVERITY,
    AliasLookup,
    Field,
    base_fields,
    result,
    worst_class,
)
from .units import SLOW, Units, checked_numbers

PREFIX = "water"
INPUT_FIELDS = ["water_use", "water_quota", "gw_use", "gw_quota", "gw_overdraft"]


def output_fields() -> List[Field]:
    return base_fields(PREFIX) + [
        ("water_r_total", "double"),
        ("water_r_gw", "double"),
        ("water_overdraft", "string"),
        ("water_worst", "string"),
    ]


def ratio_rules(profile: Profile) -> list:
    w = profile.get("elements.water")
    return [
        {"class": OVERLOAD, "op": ">", "value": w["overload_ratio"]},
        {"class": CRITICAL, "op": ">", "value": w["critical_ratio"]},
        {"class": "none"},
    ]


def overdraft_lookup(profile: Profile) -> AliasLookup:
    """The overdraft states of the profile by name (for many units)."""
    return AliasLookup(
        {k: v for k, v in profile.get("elements.water.overdraft").items() if isinstance(v, dict)}
    )


def overdraft_state(
    profile: Profile, unit, text: str, lookup: Optional[AliasLookup] = None
) -> Optional[str]:
    """Key of the overdraft state named by ``text`` ('' → None).
    ``lookup``: :func:`overdraft_lookup` of the profile, made once."""
    if not text:
        return None
    lookup = lookup or overdraft_lookup(profile)
    states = lookup.entries
    key = lookup(text)
    if key is None:
        raise InputError(
            tr(
                "{where}: field 'gw_overdraft' ({title}) holds {value!r}, which is not a known "
                "overdraft state. Use one of: {names} (or edit elements.water.overdraft in the "
                "method profile)."
            ).format(
                where=unit.where("gw_overdraft"),
                title=field_title("gw_overdraft"),
                value=text,
                names=", ".join(a for e in states.values() for a in e["aliases"]),
            )
        )
    return key


def read_water(units: Units, profile: Profile) -> List[Dict]:
    states = overdraft_lookup(profile)
    # read column by column; a value to parse or refuse from its unit, in order
    fields = (("water_use", False), ("water_quota", True), ("gw_use", False), ("gw_quota", True))
    cols = [(f, pos, checked_numbers(units.units, f, pos)) for f, pos in fields]
    out = []
    for j, u in enumerate(units.units):
        row = {}
        for f, pos, col in cols:
            v = col[j]
            if v is SLOW:
                v = u.positive(f) if pos else u.non_negative(f)
            row[f] = v
        row["gw_overdraft"] = overdraft_state(profile, u, u.text("gw_overdraft"), states)
        out.append(row)
    return out


def evaluate_water(
    units: Units, values: List[Dict], profile: Profile, allow_partial: bool = False
) -> List[Dict]:
    rules = ratio_rules(profile)
    states = profile.get("elements.water.overdraft")
    out = []
    for _u, v in zip(units.units, values):
        parts = {}  # part → (ratio or None, class or None)
        missing = []
        for part, use, quota in (
            ("total", "water_use", "water_quota"),
            ("groundwater", "gw_use", "gw_quota"),
        ):
            if v[use] is None or v[quota] is None:
                missing += [field_title(n) for n in (use, quota) if v[n] is None]
                continue
            r = v[use] / v[quota]
            parts[part] = (r, classify_rule(r, rules, profile.precision))
        state = v["gw_overdraft"]
        if state is None:
            missing.append(field_title("gw_overdraft"))
        else:
            parts["overdraft"] = (None, states[state]["class"])
        classes = {p: c for p, (_, c) in parts.items()}
        cls = worst_class(list(classes.values()))
        worst = ""
        if cls is not None:
            # what drove the class: the part of highest severity, a ratio part
            # before the overdraft flag when both give it, the larger ratio first
            order = sorted(
                parts,
                key=lambda p: (-SEVERITY[classes[p]], p == "overdraft", -(parts[p][0] or 0.0)),
            )
            worst = order[0]
        ratios = [r for r, _ in parts.values() if r is not None]
        index = max(ratios) if ratios else None
        note = ""
        if missing:
            if cls == OVERLOAD:
                note = tr("classed on the values present; missing: {missing}").format(
                    missing=", ".join(missing)
                )
            elif cls is None or not allow_partial:
                note = (
                    tr("missing values could change the class: {missing}").format(
                        missing=", ".join(missing)
                    )
                    if cls is not None
                    else tr("no value to evaluate ({missing} missing)").format(
                        missing=", ".join(missing)
                    )
                )
                cls, worst = NOT_EVALUATED, ""
            else:
                note = tr("partial: classed without {missing}").format(missing=", ".join(missing))
        out.append(
            result(
                PREFIX,
                profile,
                index,
                cls,
                note,
                r_total=parts.get("total", (None,))[0],
                r_gw=parts.get("groundwater", (None,))[0],
                overdraft=state or "",
                worst=worst,
            )
        )
    return out
