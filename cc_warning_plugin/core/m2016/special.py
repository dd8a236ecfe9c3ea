"""专项评价 of the 2016 method, chosen by a unit's 主体功能区 type
(``function_zones`` of the profile):

* 城市化地区 (优化/重点开发) — 水气环境黑灰指数 (``black_grey``): the water part
  grades 黑臭水体密度 Den = black-odorous length (m) / built-up area (km²) and
  the severe share L = severe length / measured length; the air part grades
  PM2.5 exceedance days by zone type and core-city status; the two grades
  combine by the profile's ordered rules.
* 农产品主产区（种植业） — 耕地质量变化指数 (``cropland_quality``):
  (grade_eval − grade_base) / grade_base; a higher 等别 number is a worse
  grade, so a positive index is a decline. UNVERIFIED rule and thresholds.
* 农产品主产区（牧业） — 草原草畜平衡指数 (``grassland_balance``):
  actual / rated livestock − 1. UNVERIFIED thresholds.
* 重点生态功能区 — 生态系统功能指数 (``eco_function``):
  (F_eval − F_base) / F_base. UNVERIFIED rule and thresholds.

Outputs carry the prefix ``special_``; ``special_type`` names the evaluation.
"""

from itertools import product
from typing import Dict, List, Optional, Sequence

from ..errors import InputError
from ..i18n import label, tr
from ..indicators import field_title
from ..profile import Profile
from ..rules import grade
from .common import NOT_EVALUATED, SPECIAL_TYPES, AliasLookup, Field, base_fields, classify, result
from .units import Unit, Units

PREFIX = "special"
ZONE_FIELDS = ["mfz_type", "agri_type", "core_city"]
INPUT_FIELDS = {
    "black_grey": [
        "builtup_area",
        "black_water_length",
        "severe_black_water_length",
        "pm25_exceed_days",
    ],
    "cropland_quality": ["cropland_quality_grade"],
    "grassland_balance": ["actual_livestock", "rated_livestock"],
    "eco_function": ["eco_function_index"],
}
NEEDS_BASE = {"cropland_quality": "cropland_quality_grade", "eco_function": "eco_function_index"}
AGRI = ("cropland_quality", "grassland_balance")


def all_input_fields() -> List[str]:
    out = list(ZONE_FIELDS)
    for names in INPUT_FIELDS.values():
        out += names
    return out


def output_fields() -> List[Field]:
    return (
        [("special_type", "string")]
        + base_fields(PREFIX)
        + [
            ("special_zone", "string"),
            ("special_ref", "double"),
            ("special_value", "double"),
            ("special_bg_air", "string"),
            ("special_bg_water", "string"),
            ("special_bg_den", "double"),
            ("special_bg_l", "double"),
            ("special_bg_days", "double"),
        ]
    )


def _zones(profile: Profile) -> Dict[str, dict]:
    return {k: v for k, v in profile.get("function_zones").items() if isinstance(v, dict)}


def _zone_names(zones: Dict[str, dict]) -> str:
    return ", ".join(dict.fromkeys(a for e in zones.values() for a in e["aliases"]))


def zone_lookup(profile: Profile) -> AliasLookup:
    """The 主体功能区 types of ``function_zones`` by name, for
    :func:`unit_zone` over many units."""
    return AliasLookup(_zones(profile))


def unit_zone(profile: Profile, unit: Unit, lookup: Optional[AliasLookup] = None) -> Optional[str]:
    """Key of the unit's 主体功能区 type in ``function_zones``; the
    农产品主产区 sub-type (种植业/牧业) refines an agricultural zone. ``None``
    if the unit states no type. ``lookup``: :func:`zone_lookup` of the
    profile, made once for many units."""
    lookup = lookup or zone_lookup(profile)
    zones = lookup.entries
    mfz, agri = unit.text("mfz_type"), unit.text("agri_type")
    key = None
    if mfz:
        key = lookup(mfz)
        if key is None:
            raise InputError(
                tr(
                    "{where}: 主体功能区 type {value!r} is not known. Use one of: {names} (or add "
                    "it to function_zones in the method profile)."
                ).format(where=unit.where("mfz_type"), value=mfz, names=_zone_names(zones))
            )
    if agri and (key is None or zones[key]["special"] in AGRI):
        sub = lookup(agri)
        if sub is None or zones[sub]["special"] not in AGRI:
            raise InputError(
                tr(
                    "{where}: 农产品主产区 type {value!r} is not known. Use 种植业 or 牧业 (or "
                    "another agricultural entry of function_zones in the method "
                    "profile)."
                ).format(where=unit.where("agri_type"), value=agri)
            )
        key = sub
    return key


def zone_special(profile: Profile, zone: Optional[str]) -> Optional[str]:
    return _zones(profile)[zone]["special"] if zone else None


def zone_label(profile: Profile, zone: Optional[str]) -> str:
    return label(_zones(profile)[zone]) if zone else ""


# ---------------------------------------------------------------------------
# 水气环境黑灰指数
# ---------------------------------------------------------------------------


def bg_water_grade(profile: Profile, zone: str, den: float, share: float) -> str:
    """Severity of the water part: band by Den, then by L within the band
    (``[a, b)`` intervals: a value equal to a break falls in the upper one)."""
    table = profile.get(f"special.black_grey.water.{zone}")
    band = grade(
        den, table["den_breaks"], list(range(len(table["bands"]))), "left", profile.precision
    )
    b = table["bands"][band]
    return grade(share, b["l_breaks"], b["classes"], "left", profile.precision)


def bg_air_grade(profile: Profile, zone: str, core: bool, days: float) -> str:
    band = profile.get(f"special.black_grey.air.{zone}_{'core' if core else 'other'}")
    return grade(days, band["breaks"], band["classes"], "left", profile.precision)


def bg_combine(profile: Profile, air: str, water: str) -> str:
    for rule in profile.get("special.black_grey.combine.rules"):
        if "air" in rule and air not in rule["air"]:
            continue
        if "water" in rule and water not in rule["water"]:
            continue
        return rule["class"]
    raise ValueError("combine rules have no catch-all")


def severity_label(profile: Profile, code: str) -> str:
    if not code:
        return ""
    bg = profile.get("special.black_grey")
    return label(
        {
            "label_zh": bg["severity_labels_zh"].get(code, code),
            "label_en": bg["severity_labels_en"].get(code, code),
        }
    )


def _black_grey(
    profile: Profile, unit: Unit, zone: str, days: Optional[float], allow_partial: bool
) -> Dict:
    builtup = unit.positive("builtup_area")
    length = unit.non_negative("black_water_length")
    severe = unit.non_negative("severe_black_water_length")
    core = unit.flag("core_city")
    if length is not None and severe is not None and severe > length * (1 + 1e-9):
        raise InputError(
            tr(
                "{where}: the severely black-odorous length ({severe:g} m) is longer than the "
                "measured black-odorous length ({length:g} m). Check both values."
            ).format(where=unit.where("severe_black_water_length"), severe=severe, length=length)
        )
    missing = []
    water = den = share = None
    if builtup is None or length is None or (length and severe is None):
        missing += [
            field_title(n)
            for n, x in (
                ("builtup_area", builtup),
                ("black_water_length", length),
                ("severe_black_water_length", severe),
            )
            if x is None
        ]
    else:
        den = length / builtup
        share = severe / length if length else 0.0
        water = bg_water_grade(profile, zone, den, share)
    air = None
    if days is None or core is None:
        missing += [
            field_title(n)
            for n, x in (("pm25_exceed_days", days), ("core_city", core))
            if x is None
        ]
    else:
        air = bg_air_grade(profile, zone, core, days)
    order = profile.get("special.black_grey.severity_order")
    airs = [air] if air else order
    waters = [water] if water else order
    outcomes = {bg_combine(profile, a, w) for a, w in product(airs, waters)}
    note = ""
    if len(outcomes) == 1:
        cls = outcomes.pop()
        if missing:
            note = tr(
                "classed on the values present (the missing ones cannot change it); "
                "missing: {missing}"
            ).format(missing=", ".join(missing))
    elif allow_partial and (air or water):
        cls = bg_combine(profile, air or order[0], water or order[0])
        note = tr("partial: classed without {missing}").format(missing=", ".join(missing))
    else:
        cls = NOT_EVALUATED
        note = tr("missing values could change the class: {missing}").format(
            missing=", ".join(missing)
        )
    return result(
        PREFIX,
        profile,
        None,
        cls,
        note,
        bg_air=air or "",
        bg_water=water or "",
        bg_den=den,
        bg_l=share,
        bg_days=days,
    )


# ---------------------------------------------------------------------------
# Index-based special evaluations
# ---------------------------------------------------------------------------


def _indexed(
    profile: Profile, kind: str, unit: Unit, base: Optional[Unit], allow_partial: bool
) -> Dict:
    rules = profile.get(f"special.{kind}.rules")
    ref = value = None
    missing = []
    if kind == "grassland_balance":
        value = unit.non_negative("actual_livestock")
        ref = unit.positive("rated_livestock")
        for n, x in (("actual_livestock", value), ("rated_livestock", ref)):
            if x is None:
                missing.append(field_title(n))
        index = value / ref - 1.0 if not missing else None
    else:
        name = NEEDS_BASE[kind]
        value = unit.positive(name)
        ref = base.positive(name) if base is not None else None
        if value is None:
            missing.append(field_title(name))
        if ref is None:
            missing.append(tr("{field} of the base year").format(field=field_title(name)))
        index = (value - ref) / ref if not missing else None
    cls, note = classify(index, missing, rules, profile, allow_partial)
    if profile.get(f"special.{kind}").get("unverified"):
        note = "; ".join(
            x for x in [note, tr("rule and thresholds unverified (method profile defaults)")] if x
        )
    return result(PREFIX, profile, index, cls, note, ref=ref, value=value)


def evaluate_special(
    units: Units,
    profile: Profile,
    *,
    base: Optional[Units] = None,
    only: Optional[str] = None,
    days: Optional[Dict[str, float]] = None,
    allow_partial: bool = False,
    zones: Optional[Sequence[Optional[str]]] = None,
) -> List[Dict]:
    """Special evaluation of every unit.

    ``only``: evaluate this type only (a unit whose 主体功能区 type calls for
    another gets an empty class and a note saying so; a unit without a type
    is evaluated). Without ``only`` each unit gets the evaluation of its type,
    and a unit without a type is not evaluated.
    ``days``: PM2.5 exceedance days per unit code computed from station data
    (they replace the table field).
    ``zones``: the 主体功能区 key of each unit (:func:`unit_zone`), when
    already read.
    """
    if only is not None and only not in SPECIAL_TYPES:
        raise ValueError(only)
    base_by_code = base.by_code() if base is not None else {}
    lookup = zone_lookup(profile)
    entries = lookup.entries
    out = []
    for j, u in enumerate(units.units):
        zone = zones[j] if zones is not None else unit_zone(profile, u, lookup)
        wanted = entries[zone]["special"] if zone else None
        kind = only or wanted
        if kind is None:
            row = result(
                PREFIX,
                profile,
                None,
                NOT_EVALUATED,
                tr(
                    "the 主体功能区 type is missing, so the special evaluation to apply is "
                    "unknown; add the field {field}"
                ).format(field=field_title("mfz_type")),
            )
        elif only and wanted and wanted != only:
            row = result(
                PREFIX,
                profile,
                None,
                "",
                tr("not applicable: the 主体功能区 type {zone} calls for {special}").format(
                    zone=zone_label(profile, zone),
                    special=label(profile.get(f"special.{wanted}"), "name"),
                ),
            )
            row["special_label"] = ""
        elif kind == "black_grey":
            if zone not in profile.get("special.black_grey.water"):
                raise InputError(
                    tr(
                        "{where}: the 水气环境黑灰指数 needs the 主体功能区 type (优化开发区域 or "
                        "重点开发区域) to choose its thresholds; the unit has {value!r}."
                    ).format(where=u.where("mfz_type"), value=u.text("mfz_type"))
                )
            d = (days or {}).get(u.code)
            if d is None:
                d = u.non_negative("pm25_exceed_days")
            row = _black_grey(profile, u, zone, d, allow_partial)
        else:
            row = _indexed(profile, kind, u, base_by_code.get(u.code), allow_partial)
        if kind in AGRI and wanted == kind and not u.text("agri_type"):
            row["special_note"] = "; ".join(
                x
                for x in [
                    row["special_note"],
                    tr("no 农产品主产区 sub-type ({field}) given: evaluated as {zone}").format(
                        field=field_title("agri_type"), zone=zone_label(profile, zone)
                    ),
                ]
                if x
            )
        row["special_type"] = kind or ""
        row["special_zone"] = zone or ""
        out.append(row)
    return out


def describe(profile: Profile, row: Dict, digits: int = 3) -> str:
    """Short text of the values behind a special class, for the cause text."""
    kind = row.get("special_type")
    if kind == "black_grey":
        parts = []
        if row.get("special_bg_air"):
            parts.append(
                tr("air {grade} ({days:g} PM2.5 exceedance days)").format(
                    grade=severity_label(profile, row["special_bg_air"]),
                    days=row.get("special_bg_days") or 0,
                )
            )
        if row.get("special_bg_water"):
            parts.append(
                tr("water {grade} (density {den:.0f} m/km², severe share {share:.2f})").format(
                    grade=severity_label(profile, row["special_bg_water"]),
                    den=row.get("special_bg_den") or 0,
                    share=row.get("special_bg_l") or 0,
                )
            )
        return tr(", ").join(parts)
    if row.get("special_index") is None:
        return ""
    return f"{row['special_index']:.{digits}f}"
