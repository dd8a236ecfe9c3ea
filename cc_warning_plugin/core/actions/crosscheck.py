"""协同校验 / 纵向会商: a county's own evaluation against the city's, for the
same units and period.

Per unit and item (the four basic elements and the special evaluation:
index and class; the composite: overload type, depletion trend, warning
level) the two values and whether they agree (indices within
``cross_check.index_tolerance``). For each disagreement, the input
indicators of that item that differ (relative difference above
``cross_check.input_rel_tolerance``, or text that differs, or a value only
one side has), so that the consultation (会商) discusses data, not
conclusions. Inputs are read from the indicator tables when given, and
from the intermediate fields both results carry (``land_l0``,
``water_r_total``, ``env_r_pm25_annual`` …).

A consultation record (comment, agreed value, who, when) per disagreement is
kept in a sidecar table (:func:`write_consultation` /
:func:`load_consultation`) until the monitoring database holds it.
Pure Python."""

import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import tr
from ..indicators import field_title, match_headers, normalize_header, text_value
from ..m2016 import ecology, environment, land, special, trend, water
from ..profile import Profile
from . import sidecar
from .common import (
    ELEMENTS,
    code_label,
    columns,
    element_label,
    parse_date,
    period_key,
    period_value,
    row_label,
    unit_rows,
)

COMPOSITE = ("load", "trend", "warning")
_COMPOSITE_FIELDS = {
    "load": ("load_type", "load_classes"),
    "trend": ("trend_type", "trend_types"),
    "warning": ("warning_level", "warning_levels"),
}
#: result fields that are not inputs of an element (its own outputs)
_NOT_INPUTS = ("index", "class", "label", "note", "worst", "method", "source", "type")


@dataclass
class InputDiff:
    field: str
    title: str
    county: object
    city: object
    difference: Optional[float] = None  # city − county (numbers)
    relative: Optional[float] = None


@dataclass
class ItemCheck:
    unit_code: str
    unit_name: str
    item: str  # land, water, env, eco, special, load, trend, warning
    item_label: str
    county_class: str
    city_class: str
    county_index: Optional[float] = None
    city_index: Optional[float] = None
    inputs: List[InputDiff] = field(default_factory=list)

    @property
    def index_difference(self) -> Optional[float]:
        if self.county_index is None or self.city_index is None:
            return None
        return self.city_index - self.county_index

    @property
    def class_differs(self) -> bool:
        return self.county_class != self.city_class

    def agrees(self, tolerance: float) -> bool:
        if self.class_differs:
            return False
        if (self.county_index is None) != (self.city_index is None):
            return False
        d = self.index_difference
        return d is None or abs(d) <= tolerance


@dataclass
class CrossCheck:
    period: object
    county_name: str
    city_name: str
    items: List[ItemCheck]
    tolerance: float

    @property
    def disagreements(self) -> List[ItemCheck]:
        return [i for i in self.items if not i.agrees(self.tolerance)]

    def units(self) -> List[str]:
        return list(dict.fromkeys(i.unit_code for i in self.items))


def _index(rows_cols, row, name, where) -> Optional[float]:
    return rows_cols.number(row, name, where)


def _period(rows, cols, layer, given):
    found = set()
    for i, r in enumerate(rows):
        for name in ("period", "trend_eval_year"):
            if cols.has(name) and cols.text(r, name):
                found.add(period_value(cols.get(r, name), row_label(i), layer))
                break
    if len(found) > 1:
        raise InputError(
            tr(
                "{layer}: the rows belong to several periods ({periods}). Give the "
                "results of one period."
            ).format(layer=layer, periods=", ".join(sorted(map(str, found), key=str)))
        )
    return found.pop() if found else given


def _element_inputs(profile: Profile, item: str, special_type: str) -> List[str]:
    if item == "land":
        return list(land.INPUT_FIELDS)
    if item == "water":
        return list(water.INPUT_FIELDS)
    if item == "env":
        return environment.input_fields(profile)
    if item == "eco":
        return ecology.input_fields(profile)
    if item == "special":
        return list(special.INPUT_FIELDS.get(special_type, special.all_input_fields()))
    if item == "trend":
        return list(trend.INPUT_FIELDS)
    return []


def _same(a, b, rel_tol: float) -> Tuple[bool, Optional[float], Optional[float]]:
    if a is None and b is None:
        return True, None, None
    if a is None or b is None:
        return False, None, None
    if isinstance(a, float) and isinstance(b, float):
        d = b - a
        scale = max(abs(a), abs(b))
        rel = abs(d) / scale if scale else 0.0
        return rel <= rel_tol, d, rel
    return normalize_header(a) == normalize_header(b), None, None


def _as_value(v):
    """A number when the cell holds one, else its text (None when empty)."""
    text = text_value(v)
    if text == "":
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return text


def _inputs_table(
    rows: Optional[Sequence[dict]], wanted: List[str], layer: str
) -> Dict[str, Dict[str, object]]:
    """unit code → {canonical field: value} of an indicator table."""
    if not rows:
        return {}
    headers = list(rows[0].keys())
    hmap = match_headers(headers, wanted, ["unit_code"], layer)
    out = {}
    for r in rows:
        code = text_value(r.get(hmap["unit_code"]))
        out[code] = {k: _as_value(r.get(h)) for k, h in hmap.items() if k != "unit_code"}
    return out


def side_label(role: str, layer: str = "") -> str:
    """How a message names one side of the check: its role (the name given
    for it, else "County self-assessment" / "City evaluation") and the
    layer or file the user gave, e.g. "County self-assessment (county)"."""
    if not layer or layer == role:
        return role
    return tr("{role} ({layer})").format(role=role, layer=layer)


#: unit codes of each side shown when the two share none
SHOWN_CODES = 5


def require_common_units(
    county_codes: Sequence[str], city_codes: Sequence[str], county_label: str, city_label: str
) -> None:
    """Refuse two results that share no unit code, showing a few codes of
    each (a county result by county codes against a city result by
    township codes, or the results of two areas)."""
    a = sorted({c for c in county_codes if c})
    b = sorted({c for c in city_codes if c})
    if not a or not b or set(a) & set(b):
        return

    def some(codes):
        more = len(codes) - SHOWN_CODES
        text = ", ".join(codes[:SHOWN_CODES])
        return text + (tr(" … ({n} more)").format(n=more) if more > 0 else "")

    raise InputError(
        tr(
            "{a} and {b} share no unit code: {a} has {na} unit(s) ({ca}), {b} has {nb} "
            "({cb}). Both must be results of the same units (the same level: county codes "
            "on both sides, or township codes on both sides) and of the same area."
        ).format(a=county_label, b=city_label, na=len(a), ca=some(a), nb=len(b), cb=some(b))
    )


def cross_check(
    county_rows: Sequence[dict],
    city_rows: Sequence[dict],
    profile: Profile,
    county_name: str = "",
    city_name: str = "",
    period=None,
    county_inputs: Optional[Sequence[dict]] = None,
    city_inputs: Optional[Sequence[dict]] = None,
    county_layer: str = "",
    city_layer: str = "",
) -> CrossCheck:
    """Compare two results of the same units and period (see the module
    text). Different unit sets or periods raise InputError listing them.
    ``county_layer`` / ``city_layer``: the layers or files the results come
    from, named in messages beside the two names."""
    county_name = county_name or tr("County self-assessment")
    city_name = city_name or tr("City evaluation")
    a_label, b_label = side_label(county_name, county_layer), side_label(city_name, city_layer)
    wanted = (
        ["unit_name", "period", "trend_eval_year", "special_type"]
        + [f"{p}_{s}" for p in ELEMENTS for s in ("index", "class")]
        + [f for f, _ in _COMPOSITE_FIELDS.values()]
    )
    for rows, name in ((county_rows, a_label), (city_rows, b_label)):
        if not rows:
            raise InputError(
                tr(
                    "{layer}: the table has no rows (only a header): there is no unit to "
                    "compare. Give the result with one row per unit."
                ).format(layer=name)
            )
    ca = columns(county_rows, a_label, ["unit_code"], wanted)
    cb = columns(city_rows, b_label, ["unit_code"], wanted)
    pa, pb = (
        _period(county_rows, ca, a_label, period),
        _period(city_rows, cb, b_label, period),
    )
    if pa is not None and pb is not None and period_key(pa) != period_key(pb):
        raise InputError(
            tr(
                "The two results are of different periods: {a} is {pa}, {b} is {pb}. "
                "Compare the county's and the city's results of the same "
                "period."
            ).format(a=a_label, pa=pa, b=b_label, pb=pb)
        )
    a_rows, b_rows = unit_rows(county_rows, ca), unit_rows(city_rows, cb)
    a_by = {code: r for code, (r, _) in a_rows.items()}
    b_by = {code: r for code, (r, _) in b_rows.items()}
    require_common_units(list(a_by), list(b_by), a_label, b_label)
    only_a, only_b = sorted(set(a_by) - set(b_by)), sorted(set(b_by) - set(a_by))
    if only_a or only_b:
        raise InputError(
            tr(
                "The two results do not hold the same units: only in {a}: {la}; only "
                "in {b}: {lb}. Compare results of the same units (filter the city's "
                "result to the county's units)."
            ).format(
                a=a_label,
                la=", ".join(only_a) or tr("none"),
                b=b_label,
                lb=", ".join(only_b) or tr("none"),
            )
        )
    all_inputs = ["unit_code"] + list(
        dict.fromkeys(
            f for item in ELEMENTS + ("trend",) for f in _element_inputs(profile, item, "")
        )
    )
    in_a = _inputs_table(county_inputs, all_inputs, tr("{layer} (inputs)").format(layer=a_label))
    in_b = _inputs_table(city_inputs, all_inputs, tr("{layer} (inputs)").format(layer=b_label))
    tol = profile.get("cross_check.index_tolerance")
    rel = profile.get("cross_check.input_rel_tolerance")
    common = sorted(set(county_rows[0]) & set(city_rows[0]))
    items = []
    for code in (ca.text(r, "unit_code") for r in county_rows):
        ra, rb = a_by[code], b_by[code]
        name = ca.free(ra, "unit_name") or cb.free(rb, "unit_name")
        stype = cb.text(rb, "special_type") or ca.text(ra, "special_type")
        for item in ELEMENTS + COMPOSITE:
            fname = _COMPOSITE_FIELDS[item][0] if item in COMPOSITE else f"{item}_class"
            if not (ca.has(fname) and cb.has(fname)):
                continue
            ic = ItemCheck(
                code,
                name,
                item,
                _item_label(profile, item, stype),
                ca.text(ra, fname),
                cb.text(rb, fname),
            )
            if item not in COMPOSITE and ca.has(f"{item}_index") and cb.has(f"{item}_index"):
                # indices are compared only when both results carry them
                ic.county_index = _index(ca, ra, f"{item}_index", a_rows[code][1])
                ic.city_index = _index(cb, rb, f"{item}_index", b_rows[code][1])
            if not ic.agrees(tol):
                ic.inputs = _input_diffs(
                    profile,
                    item,
                    stype,
                    ra,
                    rb,
                    common,
                    in_a.get(code, {}),
                    in_b.get(code, {}),
                    rel,
                )
            items.append(ic)
    return CrossCheck(pa if pa is not None else pb, county_name, city_name, items, tol)


def _item_label(profile: Profile, item: str, special_type: str) -> str:
    if item in ELEMENTS:
        return element_label(profile, item, special_type)
    return {
        "load": tr("Overload type"),
        "trend": tr("Depletion trend"),
        "warning": tr("Warning level"),
    }[item]


def _input_diffs(profile, item, stype, ra, rb, common, ia, ib, rel) -> List[InputDiff]:
    out = []
    names = _element_inputs(profile, item, stype)
    for n in names:
        if n in ia or n in ib:
            same, d, r = _same(ia.get(n), ib.get(n), rel)
            if not same:
                out.append(InputDiff(n, field_title(n), ia.get(n), ib.get(n), d, r))
    prefixes = [f"{item}_"] if item in ELEMENTS else (["trend_r_"] if item == "trend" else [])
    for h in common:
        low = h.lower()
        if not any(low.startswith(p) for p in prefixes):
            continue
        if low.split("_", 1)[1] in _NOT_INPUTS or low.endswith(("_label", "_note", "_class")):
            continue
        same, d, r = _same(_as_value(ra.get(h)), _as_value(rb.get(h)), rel)
        if not same:
            out.append(InputDiff(h, h, _as_value(ra.get(h)), _as_value(rb.get(h)), d, r))
    if item in ("load", "warning"):
        for p in ELEMENTS:
            f = f"{p}_class"
            if f in common and text_value(ra.get(f)) != text_value(rb.get(f)):
                out.append(
                    InputDiff(
                        f,
                        tr("{element} class").format(element=element_label(profile, p, stype)),
                        code_label(profile, "load_classes", text_value(ra.get(f))),
                        code_label(profile, "load_classes", text_value(rb.get(f))),
                    )
                )
        if (
            item == "warning"
            and "trend_type" in common
            and text_value(ra.get("trend_type")) != text_value(rb.get("trend_type"))
        ):
            out.append(
                InputDiff(
                    "trend_type",
                    tr("Depletion trend"),
                    code_label(profile, "trend_types", text_value(ra.get("trend_type"))),
                    code_label(profile, "trend_types", text_value(rb.get("trend_type"))),
                )
            )
    return out


def class_text(profile: Profile, ic: ItemCheck, which: str) -> str:
    code = ic.county_class if which == "county" else ic.city_class
    if ic.item in COMPOSITE:
        return code_label(profile, _COMPOSITE_FIELDS[ic.item][1], code)
    return code_label(profile, "load_classes", code)


# ---------------------------------------------------------------------------
# Consultation record (会商记录)
# ---------------------------------------------------------------------------

#: canonical → (zh header, en header)
RECORD_COLUMNS = {
    **sidecar.UNIT_COLUMNS,
    "item": ("事项", "Item"),
    "county_value": ("县级结果", "County result"),
    "city_value": ("市级结果", "City result"),
    "inputs": ("差异数据", "Differing inputs"),
    "comment": ("会商意见", "Comment"),
    "agreed": ("商定结果", "Agreed value"),
    "who": ("参会人员", "Who"),
    "when": ("会商日期", "Date"),
}


@dataclass
class Record:
    unit_code: str
    item: str
    comment: str = ""
    agreed: str = ""
    who: str = ""
    when: Optional[datetime.date] = None
    unit_name: str = ""
    county_value: str = ""
    city_value: str = ""
    inputs: str = ""


def _describe_inputs(ic: ItemCheck) -> str:
    parts = []
    for d in ic.inputs:
        if d.difference is not None:
            parts.append(f"{d.title}: {d.county:g} → {d.city:g} ({d.difference:+.4g})")
        else:
            parts.append(
                f"{d.title}: {'' if d.county is None else d.county} → "
                f"{'' if d.city is None else d.city}"
            )
    return tr("; ").join(parts)


def _item_value(profile: Profile, ic: ItemCheck, which: str) -> str:
    cls = class_text(profile, ic, which)
    idx = ic.county_index if which == "county" else ic.city_index
    return f"{cls} ({idx:.4g})" if idx is not None else cls


def consultation_template(check: CrossCheck, profile: Profile) -> List[Record]:
    """One empty record per disagreement, for the 会商 to fill."""
    return [
        Record(
            ic.unit_code,
            ic.item,
            unit_name=ic.unit_name,
            county_value=_item_value(profile, ic, "county"),
            city_value=_item_value(profile, ic, "city"),
            inputs=_describe_inputs(ic),
        )
        for ic in check.disagreements
    ]


def record_headers() -> List[str]:
    return sidecar.headers(RECORD_COLUMNS)


def write_consultation(path: str, records: Sequence[Record]) -> str:
    rows = [
        [
            r.unit_code,
            r.unit_name,
            r.item,
            r.county_value,
            r.city_value,
            r.inputs,
            r.comment,
            r.agreed,
            r.who,
            r.when.isoformat() if r.when else "",
        ]
        for r in records
    ]
    return sidecar.write_rows(path, record_headers(), rows)


def read_consultation(
    rows: Sequence[dict], check: CrossCheck, layer: str, row_ids: Optional[Sequence[str]] = None
) -> List[Record]:
    """Records of a consultation table; a row naming a unit or item the
    cross-check does not hold, or a bad date, is an error naming the row."""
    found = sidecar.find_columns(rows, RECORD_COLUMNS, ("unit_code", "item"), layer)
    known = {(i.unit_code, i.item) for i in check.disagreements}
    out = []
    for i, r in enumerate(rows):
        where = row_label(i, row_ids)

        def free(key, r=r):
            return sidecar.free_text(r.get(found[key]) if key in found else None)

        code, item = text_value(r.get(found["unit_code"])), text_value(r.get(found["item"]))
        if (code, item) not in known:
            raise InputError(
                tr(
                    "{layer}, {row}: unit {code!r} item {item!r} is not a "
                    "disagreement of the cross-check. Disagreements: "
                    "{items}."
                ).format(
                    layer=layer,
                    row=where,
                    code=code,
                    item=item,
                    items=", ".join(f"{c} {it}" for c, it in sorted(known)) or tr("none"),
                )
            )
        when = parse_date(
            r.get(found["when"]) if "when" in found else None,
            layer,
            where,
            RECORD_COLUMNS["when"][0],
        )
        out.append(
            Record(
                code,
                item,
                free("comment"),
                free("agreed"),
                free("who"),
                when,
                free("unit_name"),
                free("county_value"),
                free("city_value"),
                free("inputs"),
            )
        )
    return out


def load_consultation(path: str, check: CrossCheck) -> List[Record]:
    rows, ids = sidecar.read_rows(path)
    return read_consultation(rows, check, path, ids)
