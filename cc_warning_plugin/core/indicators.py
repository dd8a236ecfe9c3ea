"""The indicator dictionary (``data/indicators.toml``): matching a table's
headers to canonical fields and reading values with clear errors.

A header matches a field when, after normalisation, it equals the field's
canonical name, its Chinese name or one of its aliases. Normalisation: NFKC
(full-width → half-width), case folded, white space removed, and a trailing
unit in brackets dropped, so ``"建设用地面积（km²）"`` matches
``constr_land_area``.
"""

import math
import os
import re
import tomllib
import unicodedata
from functools import lru_cache
from typing import Container, Dict, Iterable, List, Optional, Sequence, Tuple

from .errors import InputError
from .i18n import language, tr

DICTIONARY_PATH = os.path.join(
    os.path.dirname(os.path.dirname(__file__)), "data", "indicators.toml"
)

_BRACKETS = re.compile(r"[\(\[].*?[\)\]]")
#: cell texts (case-folded) that mean "no value"
MISSING_TEXT = {
    "",
    "-",
    "--",
    "—",
    "/",
    "na",
    "n/a",
    "nan",
    "null",
    "none",
    "无数据",
    "缺测",
    "缺失",
}
_TRUE = {"1", "是", "y", "yes", "true", "t", "有"}
_FALSE = {"0", "否", "n", "no", "false", "f", "无"}


@lru_cache(maxsize=1)
def dictionary() -> Dict[str, dict]:
    """The indicator dictionary: canonical name → entry."""
    with open(DICTIONARY_PATH, "rb") as fh:
        return tomllib.load(fh)["fields"]


def normalize_header(text) -> str:
    """Normalised form of a header used for matching."""
    s = unicodedata.normalize("NFKC", str(text)).replace("\ufeff", "")
    s = _BRACKETS.sub("", s)
    return re.sub(r"\s+", "", s).casefold()


def headers_by_name(headers: Iterable) -> Dict[str, List]:
    """The headers of a table by their normalised form, in table order
    (several headers may share one)."""
    by_norm: Dict[str, List] = {}
    for h in headers:
        by_norm.setdefault(normalize_header(h), []).append(h)
    return by_norm


def matching_headers(by_norm: Dict[str, List], names: Iterable[str]) -> List:
    """Every header of ``by_norm`` (:func:`headers_by_name`) whose normalised
    form is that of one of ``names``: once each, in the order found."""
    hits: List = []
    for name in names:
        for h in by_norm.get(normalize_header(name), []):
            if h not in hits:
                hits.append(h)
    return hits


def first_header(headers: Sequence, names: Iterable[str]) -> Optional[str]:
    """The header named by the first of ``names`` that matches one (the
    first such header), or ``None``; several matches are no error here."""
    by_norm = headers_by_name(headers)
    for name in names:
        if name and normalize_header(name) in by_norm:
            return by_norm[normalize_header(name)][0]
    return None


def field_names(name: str) -> List[str]:
    """All names accepted for canonical field ``name``."""
    entry = dictionary().get(name, {})
    return [name, entry.get("name_zh", "")] + list(entry.get("aliases", []))


def field_title(name: str) -> str:
    """Field title in the user's language, with its unit."""
    entry = dictionary().get(name)
    if not entry:
        return name
    title = entry["name_zh"] if language() == "zh" else entry["name_en"]
    return f"{title} ({entry['unit']})" if entry.get("unit") else title


def _cell_words(layer: str, row: str, field: str, value) -> dict:
    """The format arguments of a message about one cell: the table, row,
    field with its title, and value."""
    return dict(
        layer=layer or tr("Input table"),
        row=row,
        field=field,
        title=field_title(field),
        value=value,
    )


def match_headers(
    headers: Sequence[str], wanted: Iterable[str], required: Iterable[str] = (), layer: str = ""
) -> Dict[str, str]:
    """Map canonical fields to the table's headers.

    Returns ``{canonical: header}`` for every field of ``wanted`` found.
    Raises :class:`InputError` if a field of ``required`` is missing (naming
    the accepted headers) or if two headers match one field.
    """
    by_norm = headers_by_name(headers)
    found: Dict[str, str] = {}
    required = list(required)
    for name in list(dict.fromkeys(list(wanted) + required)):
        hits = matching_headers(by_norm, field_names(name))
        if len(hits) > 1:
            raise InputError(
                tr(
                    "{layer}: the columns {columns} all match the field '{field}' ({title}). "
                    "Keep one of them or rename the others."
                ).format(
                    layer=layer or tr("Input table"),
                    columns=", ".join(repr(h) for h in hits),
                    field=name,
                    title=field_title(name),
                )
            )
        if hits:
            found[name] = hits[0]
        elif name in required:
            raise InputError(
                tr(
                    "{layer}: required field '{field}' ({title}) is missing. Add a column "
                    "named one of: {names}."
                ).format(
                    layer=layer or tr("Input table"),
                    field=name,
                    title=field_title(name),
                    names=", ".join(n for n in field_names(name) if n),
                )
            )
    return found


def cell_number(value, missing_text: Container[str] = MISSING_TEXT) -> Optional[float]:
    """The number in a cell that is not ``None``: a bool or number as a float
    (NaN → ``None``); text after NFKC (full-width digits), stripped and with
    its thousands separators dropped, ``None`` where it is one of
    ``missing_text`` (case folded) or reads as NaN or ±inf. Raises
    ValueError for text that is not a number."""
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        v = float(value)
        return None if math.isnan(v) else v
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "")
    if text.casefold() in missing_text:
        return None
    v = float(text)
    return v if math.isfinite(v) else None


def parse_number(value, field: str, row: str, layer: str = "") -> Optional[float]:
    """A number from a cell; ``None`` for an empty cell.

    Accepts numbers, numeric text with thousands separators and full-width
    digits. Text that is not a number raises :class:`InputError` naming the
    row, the field and the value.
    """
    # QVariant NULL and similar objects
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        return cell_number(value)
    except ValueError:
        raise InputError(
            tr(
                "{layer}, {row}: field '{field}' ({title}) holds {value!r}, which is not "
                "a number. Enter a number (without units) or leave the cell empty."
            ).format(**_cell_words(layer, row, field, str(value)))
        ) from None


@lru_cache(maxsize=None)
def value_range(name: str) -> Tuple[Optional[float], Optional[float]]:
    """(min, max) of field ``name`` from the dictionary; ``None`` for an open
    side (a field without a range gives ``(None, None)``). Looked up once per
    field (the dictionary is read once)."""
    entry = dictionary().get(name) or {}
    lo, hi = entry.get("min"), entry.get("max")
    return (None if lo is None else float(lo), None if hi is None else float(hi))


def percent_hint(lo: Optional[float], hi: Optional[float], value: float) -> str:
    """ " If the table gives a percentage, divide it by 100." for a value of 1 to
    100 where a share of 0 to 1 is expected, else ""."""
    if lo == 0 and hi == 1 and 1 < value <= 100:
        return " " + tr("If the table gives a percentage, divide it by 100.")
    return ""


def range_text(name: str) -> str:
    """The possible range of a field for messages: ``0 … 366 d``, ``≥ 0 km2``."""
    lo, hi = value_range(name)
    return format_range(lo, hi, (dictionary().get(name) or {}).get("unit", ""))


def format_range(lo: Optional[float], hi: Optional[float], unit: str = "") -> str:
    """A range for messages: ``0 … 366 d``, ``≥ 0 km2``; "" without bounds."""
    unit = f" {unit}" if unit else ""
    if lo is not None and hi is not None:
        return f"{lo:g} … {hi:g}{unit}"
    if lo is not None:
        return f"≥ {lo:g}{unit}"
    if hi is not None:
        return f"≤ {hi:g}{unit}"
    return ""


def check_range(value: Optional[float], field: str, row: str, layer: str = "") -> None:
    """Refuse a number outside the possible range of its field (the
    dictionary's ``min`` / ``max``): PM2.5 exceedance days of 400, a share of
    1.3, a negative area. The message names the table, the row (and unit),
    the field and the value."""
    if value is None:
        return
    lo, hi = value_range(field)
    if (lo is None or value >= lo) and (hi is None or value <= hi):
        return
    where = dict(_cell_words(layer, row, field, value), range=range_text(field))
    if lo == 0 and value < 0:
        raise InputError(
            tr(
                "{layer}, {row}: field '{field}' ({title}) is negative ({value:g}); it cannot be "
                "negative (possible range {range}). Correct the value or leave the cell "
                "empty."
            ).format(**where)
        )
    hint = percent_hint(lo, hi, value)
    raise InputError(
        tr(
            "{layer}, {row}: field '{field}' ({title}) is {value:g}, outside its possible range "
            "{range}.{hint} Correct the value or leave the cell empty."
        ).format(**where, hint=hint)
    )


def parse_flag(value, field: str, row: str, layer: str = "") -> Optional[bool]:
    """A yes/no value (1/0, 是/否, yes/no, true/false); ``None`` if empty."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().casefold()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InputError(
        tr(
            "{layer}, {row}: field '{field}' ({title}) holds {value!r}; expected yes or "
            "no (1/0, 是/否)."
        ).format(**_cell_words(layer, row, field, str(value)))
    )


def text_value(value) -> str:
    """Trimmed text of a cell ('' for empty / NULL); integers keep no '.0'."""
    if type(value) is str and value.isascii():
        return value.strip()  # ASCII is its own NFKC form
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFKC", str(value)).strip()


def match_alias(value: str, entries: Dict[str, dict]) -> Optional[str]:
    """Key of the entry whose ``aliases`` contain ``value`` (normalised)."""
    norm = normalize_header(value)
    for key, entry in entries.items():
        if not isinstance(entry, dict):
            continue
        names = [key] + list(entry.get("aliases", []))
        names += [entry.get("label_zh", ""), entry.get("label_en", "")]
        if any(norm == normalize_header(n) for n in names if n):
            return key
    return None
