"""Sentences of the help built from the method profile: threshold rules,
gradings and class lists, with the profile's own numbers and labels and the
evidence tag of the section they come from. Every template is one
translatable sentence with placeholders."""

from typing import List, Optional, Sequence

from ..core.i18n import language, tr, translated
from .base import Rule

_OPS = {">": ">", ">=": "≥", "<": "<", "<=": "≤"}


def num(value) -> str:
    """A number as the profile writes it (no trailing zeros, minus sign)."""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace("-", "−")


def tag_of(profile, dotted: str, key: str = "tag") -> str:
    """The evidence tag of a profile section (``""`` if it has none)."""
    try:
        section = profile.get(dotted)
    except KeyError:
        return ""
    return section.get(key, "") if isinstance(section, dict) else ""


def section_rule(template: str, section: dict, **values) -> Rule:
    """One sentence of a profile section, with the section's evidence tag.

    ``template`` is an English source marked with ``N_`` whose placeholders
    name keys of the section (``{min_unit_area_m2}``): a number is shown as
    the profile writes it (:func:`num`), a text as it is. ``values`` fill the
    placeholders that are not keys of the section, or show a key otherwise
    (``coefficient=coef(…)``)."""
    shown = {
        key: num(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool)
        else value
        for key, value in section.items()
    }
    shown.update(values)
    return Rule(translated(template).format_map(shown), section.get("tag", ""))


def class_label(profile, set_name: str, code: str) -> str:
    return profile.class_label(set_name, code)


def threshold_rules(
    profile, dotted: str, symbol: str, set_name: str = "load_classes", tag: Optional[str] = None
) -> List[Rule]:
    """``rules = [{class, op, value}, …, {class}]`` as sentences:
    "D > 0 → 超载", …, "otherwise → 不超载"."""
    rules = profile.get(dotted)
    section = dotted.rsplit(".", 1)[0]
    tag = tag if tag is not None else tag_of(profile, section)
    out = []
    for r in rules:
        name = class_label(profile, set_name, r["class"])
        if "op" in r:
            out.append(
                Rule(
                    tr("{index} {op} {value} → {cls}").format(
                        index=symbol, op=_OPS[r["op"]], value=num(r["value"]), cls=name
                    ),
                    tag,
                )
            )
        else:
            out.append(Rule(tr("otherwise → {cls}").format(cls=name), tag))
    return out


def intervals(breaks: Sequence[float], closed: str, unit: str = "") -> List[str]:
    """The intervals of a grading as text: "≤ 2", "2–6", …, "> 25" for
    ``closed = "right"`` (a value on a break belongs to the lower interval)."""
    u = unit if unit == "°" else (f" {unit}" if unit else "")
    out = []
    n = len(breaks)
    for i in range(n + 1):
        if i == 0:
            op = "≤" if closed == "right" else "<"
            out.append(f"{op} {num(breaks[0])}{u}")
        elif i == n:
            op = ">" if closed == "right" else "≥"
            out.append(f"{op} {num(breaks[-1])}{u}")
        else:
            out.append(f"{num(breaks[i - 1])}–{num(breaks[i])}{u}")
    return out


def closed_note(closed: str) -> str:
    return (
        tr("a value on a break belongs to the lower class")
        if closed == "right"
        else tr("a value on a break belongs to the upper class")
    )


def grading_rule(
    profile, dotted: str, what: str, unit: str = "", level_names: Optional[dict] = None
) -> Rule:
    """A 双评价 grading (``breaks``, ``closed``, ``levels``) as one sentence:
    "slope (°): ≤ 2 高, 2–6 较高, … (a value on a break belongs to the lower
    class)". ``level_names`` gives the label of each level value."""
    g = profile.get(dotted)
    parts = intervals(g["breaks"], g["closed"], unit)
    names = [(level_names or {}).get(lev, str(lev)) for lev in g["levels"]]
    text = ", ".join(f"{p} {n}" for p, n in zip(parts, names))
    return Rule(
        tr("{what}: {intervals} ({closed}).").format(
            what=what, intervals=text, closed=closed_note(g["closed"])
        ),
        g.get("tag", ""),
    )


def dual_level_names(profile, set_name: str) -> dict:
    """{value: label} of a raster class set under [dual.classes]."""
    cs = profile.get(f"dual.classes.{set_name}")
    key = "labels_zh" if language() == "zh" else "labels_en"
    return dict(zip(cs["values"], cs[key]))


def code_names(profile, set_name: str) -> dict:
    """{code: label} of a raster class set under [dual.classes] (the codes a
    profile's rules name the classes by)."""
    cs = profile.get(f"dual.classes.{set_name}")
    return dict(zip(cs["codes"], dual_level_names(profile, set_name).values()))


def modifier_rules(profile, dotted: str, inputs: dict, set_name: str = "levels") -> List[Rule]:
    """The ``modifiers`` of a 双评价 grading as sentences: "silt ≥ 80 % →
    低", "silt ≥ 60 % → one level down". ``inputs`` maps an input name to
    (its name in the text, its unit)."""
    g = profile.get(dotted)
    names = dual_level_names(profile, set_name)
    out = []
    for m in g.get("modifiers", []):
        what, unit = inputs.get(m["input"], (m["input"], ""))
        what = translated(what)
        cond = f"{what} {_OPS[m['op']]} {num(m['value'])}{' ' + unit if unit else ''}"
        if "set" in m:
            text = tr("{condition} → {level}").format(
                condition=cond, level=names.get(m["set"], m["set"])
            )
        elif m["shift"] == 1:
            text = tr("{condition} → one level down").format(condition=cond)
        else:
            text = tr("{condition} → {n} levels down").format(condition=cond, n=m["shift"])
        out.append(Rule(text, g.get("tag", "")))
    return out


#: How a profile's unit code reads in a sentence
_UNITS = {
    "degree": "°",
    "degC day": "°C·d",
    "1e4 m3/km2": "10⁴ m³/km²",
    "mm": "mm",
    "mm/a": "mm/a",
    "h": "h",
    "t/(hm2·a)": "t/(hm²·a)",
    "gC/(m2·a)": "gC/(m²·a)",
}


def unit_text(unit: str) -> str:
    return _UNITS.get(unit, unit)
