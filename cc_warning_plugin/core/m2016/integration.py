"""集成评价, 预警等级 and 成因解析 of the 2016 method.

超载类型 (short-board rule, ``integration`` of the profile), over the four
basic elements and the special evaluation matching the unit's 主体功能区
type:
  any element 超载, or ≥ ``critical_to_overload`` (2) elements 临界超载 → 超载
  exactly one element 临界超载 → 临界超载
  otherwise → 不超载
An element that could not be evaluated makes the type ``not_evaluated``
(with the reason) unless the elements present already give 超载 — the only
result no further element can change.

预警等级 from ``warning_matrix`` (超载 → 红 if 加剧型 else 橙; 临界超载 → 黄 / 蓝;
不超载 → 绿). A trend that could not be evaluated matters only where the
matrix row depends on it.

成因解析: a text per unit, in the interface language, listing the
overloaded, critical and not-evaluated elements with their index values
and what drove them (worst pollutant and section, the quota exceeded, the
main degradation type, the black-grey grades), and the depletion trend.
"""

from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import language, tr
from ..indicators import dictionary
from ..profile import Profile
from . import special as special_mod
from . import trend as trend_mod
from .common import BASIC, CRITICAL, NONE, NOT_EVALUATED, OVERLOAD, Field, element_name, index_name
from .units import Unit, Units

PREFIXES = BASIC + ("special",)
REQUIRED = [f"{p}_class" for p in PREFIXES] + ["trend_type"]
OPTIONAL = [f"{p}_{s}" for p in PREFIXES for s in ("index", "note")] + [
    "water_worst",
    "water_overdraft",
    "water_r_total",
    "water_r_gw",
    "env_worst",
    "eco_worst",
    "special_type",
    "special_bg_air",
    "special_bg_water",
    "special_bg_den",
    "special_bg_l",
    "special_bg_days",
    "trend_note",
    "trend_eff_worse",
    "trend_emis_worse",
    "trend_eco_worse",
    "mfz_type",
    "agri_type",
]
CLASS_CODES = (OVERLOAD, CRITICAL, NONE, NOT_EVALUATED)


def output_fields() -> List[Field]:
    return [
        ("load_type", "string"),
        ("load_label", "string"),
        ("warning_level", "string"),
        ("warning_label", "string"),
        ("cause", "text"),
        ("cause_elements", "string"),
    ]


def load_type(
    classes: Dict[str, Optional[str]], profile: Profile, need: Optional[int] = None
) -> Tuple[str, List[str]]:
    """超载类型 from element classes (``None``/``not_evaluated`` = unknown).
    Returns (type, the elements left unknown when that made it
    not_evaluated). ``need``: ``integration.critical_to_overload`` of the
    profile, when already looked up."""
    if need is None:
        need = profile.get("integration.critical_to_overload")
    values = list(classes.values())
    n_over = values.count(OVERLOAD)
    n_crit = values.count(CRITICAL)
    unknown = [p for p, c in classes.items() if c not in (OVERLOAD, CRITICAL, NONE)]
    if n_over >= 1 or n_crit >= need:
        return OVERLOAD, []
    if unknown:
        return NOT_EVALUATED, unknown
    return (CRITICAL if n_crit >= 1 else NONE), []


def warning_level(load: str, trend: Optional[str], profile: Profile) -> str:
    if load not in profile.get("warning_matrix"):
        return NOT_EVALUATED
    row = profile.get(f"warning_matrix.{load}")
    if trend in profile.class_codes("trend_types"):
        return row[trend]
    levels = {row[t] for t in profile.class_codes("trend_types")}
    return levels.pop() if len(levels) == 1 else NOT_EVALUATED


def warning_label(profile: Profile, level: str) -> str:
    return profile.class_label("warning_levels", level)


# ---------------------------------------------------------------------------
# Cause text
# ---------------------------------------------------------------------------


def plain_name(field: str) -> str:
    """A dictionary field's name in the interface language, without unit."""
    entry = dictionary().get(field)
    if not entry:
        return field
    return entry["name_zh"] if language() == "zh" else entry["name_en"]


def degradation_name(kind: str) -> str:
    """Short name of a degradation type (a table field or a polygon's type
    text, which is kept as written)."""
    names = {
        "soil_erosion_area": lambda: tr("soil erosion"),
        "desertification_area": lambda: tr("desertification"),
        "salinization_area": lambda: tr("salinisation"),
        "rocky_desert_area": lambda: tr("rocky desertification"),
    }
    return names[kind]() if kind in names else kind


def _num(value, digits: int) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _overdraft_name(state: str) -> str:
    return {
        "none": tr("no overdraft"),
        "general": tr("general overdraft"),
        "severe": tr("severe overdraft"),
    }.get(state, state)


def _detail(prefix: str, u: Unit, profile: Profile) -> str:
    if prefix == "env":
        worst = u.text("env_worst")
        if ":" in worst:
            section, pollutant = worst.split(":", 1)
            return tr("worst: section {section}, {pollutant}").format(
                section=section, pollutant=plain_name(pollutant)
            )
        return tr("worst: {pollutant}").format(pollutant=plain_name(worst)) if worst else ""
    if prefix == "water":
        worst = u.text("water_worst")
        if worst == "overdraft":
            return _overdraft_name(u.text("water_overdraft"))
        if worst == "total":
            return tr("driven by total water use")
        if worst == "groundwater":
            return tr("driven by groundwater use")
        return ""
    if prefix == "eco":
        worst = u.text("eco_worst")
        return tr("mainly {kind}").format(kind=degradation_name(worst)) if worst else ""
    return ""


def _name(names: Dict, what, profile: Profile, prefix: str, kind: str) -> str:
    """``what(profile, prefix, kind)`` (element_name, index_name), made once
    per ``names`` (a run over many units)."""
    key = (what, prefix, kind)
    try:
        return names[key]
    except KeyError:
        out = names[key] = what(profile, prefix, kind)
        return out


def _once(names: Dict, key, make, *args):
    """``make(*args)``, made once per ``names`` (a run over many units)."""
    try:
        return names[key]
    except KeyError:
        out = names[key] = make(*args)
        return out


def _texts() -> Dict[str, str]:
    """The fixed texts of the cause, translated (once per run over many
    units)."""
    return {
        "; ": tr("; "),
        ", ": tr(", "),
        "none": tr("none"),
        "no result": tr("no result"),
        "special": tr("special evaluation"),
        "element: reason": tr("{element}: {reason}"),
        "over": tr("Overloaded: {items}."),
        "crit": tr("Critical: {items}."),
        "not evaluated": tr("Not evaluated: {items}."),
        "also": tr("Also not evaluated (cannot change the result): {items}."),
        "no element": tr("No element is overloaded or critical."),
        "worse": tr("{type}; worse than the national rate: {groups}."),
        "no trend": tr("Depletion trend not evaluated: {reason}."),
    }


def _item(prefix: str, u: Unit, profile: Profile, digits: int, names: Optional[Dict] = None) -> str:
    names = {} if names is None else names
    kind = u.text("special_type") if prefix == "special" else ""
    if prefix == "special" and kind not in special_mod.INPUT_FIELDS:
        return tr("special evaluation")
    name = _name(names, element_name, profile, prefix, kind)
    if prefix == "special" and kind == "black_grey":
        values = special_mod.describe(
            profile,
            {
                "special_type": kind,
                "special_bg_air": u.text("special_bg_air"),
                "special_bg_water": u.text("special_bg_water"),
                "special_bg_days": u.number("special_bg_days"),
                "special_bg_den": u.number("special_bg_den"),
                "special_bg_l": u.number("special_bg_l"),
            },
        )
        return tr("{element} ({values})").format(element=name, values=values) if values else name
    index = _name(names, index_name, profile, prefix, kind)
    value = _num(u.number(f"{prefix}_index"), digits)
    inner = value if index == name else tr("{index} {value}").format(index=index, value=value)
    detail = _detail(prefix, u, profile)
    if detail:
        inner = tr("{values}, {detail}").format(values=inner, detail=detail)
    return tr("{element} ({values})").format(element=name, values=inner)


def cause_text(
    u: Unit,
    classes: Dict[str, Optional[str]],
    load: str,
    trend: Optional[str],
    profile: Profile,
    special_problem: str = "",
    names: Optional[Dict] = None,
) -> str:
    """``names``: a dict kept over many units, where the element and index
    names are kept once made."""
    names = {} if names is None else names
    digits = _once(names, "digits", profile.get, "integration.cause.digits")
    texts = _once(names, "texts", _texts)
    sep = texts["; "]
    over = [_item(p, u, profile, digits, names) for p, c in classes.items() if c == OVERLOAD]
    crit = [_item(p, u, profile, digits, names) for p, c in classes.items() if c == CRITICAL]
    unknown = []
    for p, c in classes.items():
        if c in (OVERLOAD, CRITICAL, NONE):
            continue
        if p == "special" and special_problem:
            reason = special_problem
        else:
            reason = u.text(f"{p}_note") or texts["no result"]
        name = (
            _name(names, element_name, profile, p, u.text("special_type"))
            if (p != "special" or u.text("special_type") in special_mod.INPUT_FIELDS)
            else texts["special"]
        )
        unknown.append(texts["element: reason"].format(element=name, reason=reason))
    parts = []
    if over:
        parts.append(texts["over"].format(items=sep.join(over)))
    if crit:
        parts.append(texts["crit"].format(items=sep.join(crit)))
    if load == NOT_EVALUATED and unknown:
        parts.append(texts["not evaluated"].format(items=sep.join(unknown)))
    elif unknown:
        parts.append(texts["also"].format(items=sep.join(unknown)))
    if not over and not crit and load == NONE:
        parts.append(texts["no element"])
    if trend in (trend_mod.WORSE, trend_mod.EASING):
        worse = [
            _once(names, ("group", g), trend_mod.group_name, g)
            for g, f in (
                ("efficiency", "trend_eff_worse"),
                ("emission", "trend_emis_worse"),
                ("ecology", "trend_eco_worse"),
            )
            if u.number(f) == 1
        ]
        parts.append(
            texts["worse"].format(
                type=_once(names, ("type", trend), trend_mod.type_name, profile, trend),
                groups=texts[", "].join(worse) if worse else texts["none"],
            )
        )
    elif load in (OVERLOAD, CRITICAL):
        parts.append(texts["no trend"].format(reason=u.text("trend_note") or texts["no result"]))
    return ("" if language() == "zh" else " ").join(parts)


# ---------------------------------------------------------------------------
# Whole integration
# ---------------------------------------------------------------------------


def _code(u: Unit, name: str, allowed: Sequence[str]) -> Optional[str]:
    text = u.text(name)
    if not text:
        return None
    if text not in allowed:
        raise InputError(
            tr(
                "{where}: field '{field}' holds {value!r}; expected one of {codes} (the code "
                "written by the element algorithms, not the label)."
            ).format(where=u.where(name), field=name, value=text, codes=", ".join(allowed))
        )
    return text


def integrate(
    units: Units, profile: Profile, zones: Optional[Sequence[Optional[str]]] = None
) -> List[Dict]:
    """Load type, warning level and cause of every unit. ``units`` carry the
    element and trend fields (as written by the element algorithms).
    ``zones``: the 主体功能区 key of each unit (``special.unit_zone``), when
    already read."""
    units.require(REQUIRED, tr("run the element and trend algorithms first and give their results"))
    trend_codes = list(profile.class_codes("trend_types")) + [NOT_EVALUATED]
    lookup = special_mod.zone_lookup(profile)
    # made once per run: names, labels, the level of a load type and trend
    names: Dict = {}
    labels: Dict[Tuple[str, str], str] = {}
    levels: Dict[Tuple[str, Optional[str]], str] = {}
    class_fields = [(p, f"{p}_class") for p in PREFIXES]
    need = profile.get("integration.critical_to_overload")
    has_zone = units.has("mfz_type")
    out = []
    for j, u in enumerate(units.units):
        classes = {p: _code(u, name, CLASS_CODES) for p, name in class_fields}
        problem = ""
        kind = u.text("special_type")
        if has_zone:
            if zones is not None:
                zone = zones[j]
            elif u.text("mfz_type") or u.text("agri_type"):
                zone = special_mod.unit_zone(profile, u, lookup)
            else:
                zone = None  # what unit_zone gives a unit without a type
            expected = lookup.entries[zone]["special"] if zone else None
            if kind and expected and kind != expected:
                problem = tr(
                    "the special evaluation given is {given}, but the 主体功能区 "
                    "type calls for {expected}"
                ).format(given=kind, expected=expected)
                classes["special"] = None
        if classes["special"] is None and not problem:
            problem = u.text("special_note") or tr("no special evaluation result")
        trend = _code(u, "trend_type", trend_codes)
        load, _ = load_type(classes, profile, need)
        if (load, trend) not in levels:
            levels[load, trend] = warning_level(load, trend, profile)
        level = levels[load, trend]
        cause = cause_text(u, classes, load, trend, profile, problem, names)
        drivers = [p for p in PREFIXES if classes[p] in (OVERLOAD, CRITICAL)]
        if ("load", load) not in labels:
            labels["load", load] = profile.class_label("load_classes", load)
        if ("level", level) not in labels:
            labels["level", level] = warning_label(profile, level)
        out.append(
            {
                "load_type": load,
                "load_label": labels["load", load],
                "warning_level": level,
                "warning_label": labels["level", level],
                "cause": cause,
                "cause_elements": ",".join(drivers),
            }
        )
    return out
