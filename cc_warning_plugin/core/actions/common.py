"""Pieces shared by the action modules: reading result and history rows
(unit code, period, codes), labels of profile entries, and the level order.

Rows are plain dicts (a layer's attributes, a CSV row, a database row);
headers are matched through the indicator dictionary (行政区划代码,
unit_code, …). Pure Python."""

import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import label, tr
from ..indicators import field_names, first_header, normalize_header, text_value
from ..m2016.common import BASIC
from ..profile import Profile
from ..table import unique_codes

ELEMENTS = BASIC + ("special",)
PERIOD_NAMES = ("period", "时期", "监测期", "评价期")
_ELEMENT_KEYS = {
    "land": "elements.land",
    "water": "elements.water",
    "env": "elements.environment",
    "eco": "elements.ecology",
}


def names_for(canonical: str) -> List[str]:
    """Headers accepted for a field: the indicator dictionary's names, and
    for ``period`` also those of ``year``."""
    if canonical == "period":
        return list(PERIOD_NAMES) + field_names("year")
    return field_names(canonical)


def find_header(headers: Sequence[str], canonical: str) -> Optional[str]:
    """The first header accepted for ``canonical`` (or ``None``)."""
    return first_header(headers, names_for(canonical))


def row_label(i: int, ids: Optional[Sequence[str]] = None) -> str:
    return ids[i] if ids and i < len(ids) else tr("row {n}").format(n=i + 1)


def period_value(value, where: str, layer: str):
    """A period as an int (a year) when it is one, else its text; empty →
    an error naming the row."""
    text = text_value(value)
    if not text:
        raise InputError(
            tr(
                "{layer}, {row}: the period (year) is empty. Give the year the result belongs to."
            ).format(layer=layer, row=where)
        )
    try:
        return int(float(text))
    except ValueError:
        return text


def period_key(p):
    """Sort key for periods: years numerically, other text after them."""
    return (0, p, "") if isinstance(p, int) else (1, 0, str(p))


@dataclass
class Columns:
    """Header map of a table of rows: canonical → actual header."""

    layer: str
    headers: Dict[str, str] = field(default_factory=dict)

    def get(self, row: dict, canonical: str):
        h = self.headers.get(canonical)
        return row.get(h) if h else None

    def text(self, row: dict, canonical: str) -> str:
        return text_value(self.get(row, canonical))

    def free(self, row: dict, canonical: str) -> str:
        """Free text as written (names, causes: full-width punctuation kept)."""
        v = self.get(row, canonical)
        return "" if v is None else str(v).strip()

    def has(self, canonical: str) -> bool:
        return canonical in self.headers

    def number(self, row: dict, canonical: str, where: str) -> Optional[float]:
        """The number of a cell (None when empty); text that is no number is
        an error naming the table, the row, the field and the value."""
        text = self.text(row, canonical)
        if text == "":
            return None
        try:
            return float(text.replace(",", ""))
        except ValueError:
            raise InputError(
                tr(
                    "{layer}, {row}: field '{field}' holds {value!r}, which is not a number. "
                    "Enter the number (without units) or leave the cell empty."
                ).format(layer=self.layer, row=where, field=self.headers[canonical], value=text)
            ) from None


def unit_rows(
    rows: Sequence[dict], cols: Columns, row_ids: Optional[Sequence[str]] = None
) -> Dict[str, Tuple[dict, str]]:
    """unit code → (row, row label) of a result table; an empty or a repeated
    unit code is an error naming the table and the rows."""
    pairs = [(cols.text(r, "unit_code"), row_label(i, row_ids)) for i, r in enumerate(rows)]
    unique_codes(pairs, cols.layer)
    return {code: (r, where) for (code, where), r in zip(pairs, rows)}


def columns(
    rows: Sequence[dict], layer: str, required: Sequence[str], optional: Sequence[str] = ()
) -> Columns:
    headers = list(rows[0].keys()) if rows else []
    found = {}
    for name in list(required) + list(optional):
        h = (
            find_header(headers, name)
            if name in ("unit_code", "unit_name", "period")
            else next((x for x in headers if normalize_header(x) == normalize_header(name)), None)
        )
        if h is not None:
            found[name] = h
        elif name in required:
            accepted = names_for(name) if name in ("unit_code", "unit_name", "period") else [name]
            raise InputError(
                tr(
                    "{layer}: required field '{field}' is missing. Add a column "
                    "named one of: {names}."
                ).format(layer=layer, field=name, names=", ".join(n for n in accepted if n))
            )
    return Columns(layer, found)


def check_code(
    value: str,
    allowed: Sequence[str],
    layer: str,
    where: str,
    field_name: str,
    empty_ok: bool = False,
) -> Optional[str]:
    """A class code of a result row; a label or an unknown code is an error
    naming the row and the codes accepted."""
    if not value:
        if empty_ok:
            return None
        raise InputError(
            tr("{layer}, {row}: field '{field}' is empty. Give one of {codes}.").format(
                layer=layer, row=where, field=field_name, codes=", ".join(allowed)
            )
        )
    if value not in allowed:
        raise InputError(
            tr(
                "{layer}, {row}: field '{field}' holds {value!r}; expected one of {codes} (the "
                "code written by the evaluation, not its label)."
            ).format(
                layer=layer, row=where, field=field_name, value=value, codes=", ".join(allowed)
            )
        )
    return value


def element_label(profile: Profile, prefix: str, special_type: str = "") -> str:
    """Name of an element (土地资源, 水资源, …; the special evaluation by its
    type when known)."""
    if prefix in _ELEMENT_KEYS:
        return label(profile.get(_ELEMENT_KEYS[prefix]), "name")
    if prefix == "special":
        node = profile.data.get("special", {}).get(special_type)
        if isinstance(node, dict):
            return label(node, "name")
        return tr("Special evaluation")
    return prefix


def code_label(profile: Profile, set_name: str, code: Optional[str]) -> str:
    """Label of a class code ('' for none; the code itself if unknown)."""
    if not code:
        return ""
    node = profile.data.get(set_name, {})
    if isinstance(node.get(code), dict):
        return label(node[code])
    return code


def change_label(profile: Profile, change: str) -> str:
    node = profile.get("maps.change_classes")
    return label(node[change]) if isinstance(node.get(change), dict) else change


def level_rank(profile: Profile, level: Optional[str]) -> Optional[int]:
    """Position of a warning level in the profile's order (0 = most severe);
    ``None`` for unknown or unranked codes (not_evaluated)."""
    order = [
        c for c in profile.class_codes("warning_levels") if c not in profile.get("maps.unranked")
    ]
    return order.index(level) if level in order else None


def more_severe(profile: Profile, a: str, b: str) -> str:
    ra, rb = level_rank(profile, a), level_rank(profile, b)
    if ra is None:
        return b if rb is not None else a
    if rb is None:
        return a
    return a if ra <= rb else b


def parse_date(
    value, layer: str, where: str, field_name: str, empty_ok: bool = True
) -> Optional[datetime.date]:
    """A date from a cell (a date, a datetime, or text YYYY-MM-DD,
    YYYY/MM/DD, YYYY年M月D日)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = text_value(value)
    if not text:
        if empty_ok:
            return None
        raise InputError(
            tr("{layer}, {row}: field '{field}' is empty. Give a date as YYYY-MM-DD.").format(
                layer=layer, row=where, field=field_name
            )
        )
    t = text.replace("年", "-").replace("月", "-").replace("日", "").replace("/", "-")
    t = t.split(" ")[0].split("T")[0]
    try:
        y, m, d = (int(x) for x in t.split("-"))
        return datetime.date(y, m, d)
    except ValueError:
        raise InputError(
            tr(
                "{layer}, {row}: field '{field}' holds {value!r}, which is not a "
                "date. Write it as YYYY-MM-DD (e.g. 2026-06-30)."
            ).format(layer=layer, row=where, field=field_name, value=text)
        ) from None
