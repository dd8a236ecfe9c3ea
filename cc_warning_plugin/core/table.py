"""Reading evaluation units from a plain table (a list of dicts, as a
Processing algorithm gets them from a layer or a CSV): header matching,
unit codes, numbers, with errors naming the layer, row and field."""

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .errors import InputError
from .i18n import tr
from .indicators import check_range, match_headers, parse_flag, parse_number, text_value
from .m2016.rows import PackedRows, RowLabels


@dataclass
class Table:
    """Rows of one input table with its header map."""

    layer: str
    rows: List[dict]
    headers: Dict[str, str]  # canonical → actual header
    row_ids: List[str] = field(default_factory=list)
    #: the rows kept by column (``PackedRows``) that ``rows`` lists, if so
    packed: Optional[Sequence] = None

    def has(self, name: str) -> bool:
        return name in self.headers

    def raw(self, i: int, name: str):
        return self.rows[i].get(self.headers[name]) if name in self.headers else None

    def label(self, i: int) -> str:
        code = text_value(self.raw(i, "unit_code")) if self.has("unit_code") else ""
        rid = self.row_ids[i] if i < len(self.row_ids) else row_id(i)
        return tr("{row} (unit {code})").format(row=rid, code=code) if code else rid

    def number(self, i: int, name: str) -> Optional[float]:
        """The number in row ``i`` of field ``name`` (``None`` if empty),
        refused outside the field's possible range (indicator dictionary)."""
        if name not in self.headers:
            return None
        value = parse_number(self.raw(i, name), name, self.label(i), self.layer)
        check_range(value, name, self.label(i), self.layer)
        return value

    def flag(self, i: int, name: str) -> Optional[bool]:
        if name not in self.headers:
            return None
        return parse_flag(self.raw(i, name), name, self.label(i), self.layer)

    def text(self, i: int, name: str) -> str:
        return text_value(self.raw(i, name)) if name in self.headers else ""

    def column(self, name: str, start: int = 0, stop: Optional[int] = None) -> list:
        """``raw`` of field ``name`` in rows ``start`` to ``stop`` (every row
        by default)."""
        if name not in self.headers:
            return [None] * len(range(*slice(start, stop).indices(len(self.rows))))
        header = self.headers[name]
        if self.packed is not None:
            return self.packed.column(header, start, stop)
        if start == 0 and stop is None:
            return [row.get(header) for row in self.rows]
        return [row.get(header) for row in self.rows[start:stop]]

    def texts(self, name: str, start: int = 0, stop: Optional[int] = None) -> List[str]:
        """``text`` of field ``name`` in rows ``start`` to ``stop`` (every
        row by default)."""
        return [
            v.strip() if type(v) is str and v.isascii() else text_value(v)
            for v in self.column(name, start, stop)
        ]

    def __len__(self):
        return len(self.rows)


def row_id(i: int) -> str:
    """Label of the i-th (0-based) row of a plain table."""
    return tr("row {n}").format(n=i + 1)


def make_table(
    rows: Sequence[dict],
    layer: str,
    required: Iterable[str] = (),
    optional: Iterable[str] = (),
    row_ids: Optional[Sequence[str]] = None,
    headers: Optional[Sequence[str]] = None,
) -> Table:
    """Match headers (required ones must be present) and wrap the rows."""
    packed = rows if isinstance(rows, PackedRows) else None
    if packed is None:
        rows = list(rows)
    # rows kept by column are read in place: a row is made when it is asked for
    if headers is None:
        headers = list(rows[0].keys()) if rows else []
    required = list(required)
    hmap = match_headers(headers, list(required) + list(optional), required, layer)
    if isinstance(row_ids, RowLabels):
        ids = row_ids  # made on demand, read-only
    elif row_ids is not None:
        ids = list(row_ids)
    else:
        ids = [row_id(i) for i in range(len(rows))]
    return Table(layer, rows, hmap, ids, packed)


def unique_codes(pairs: Iterable[Tuple[str, str]], layer: str) -> Dict[str, str]:
    """{unit code: row label} of (code, row label) pairs in row order; an
    empty or a repeated code raises InputError naming the layer and the rows."""
    seen: Dict[str, str] = {}
    for code, rid in pairs:
        if not code:
            raise InputError(
                tr(
                    "{layer}, {row}: the unit code is empty. Every unit needs a unique "
                    "code (行政区划代码)."
                ).format(layer=layer, row=rid)
            )
        if code in seen:
            raise InputError(
                tr(
                    "{layer}: unit code {code!r} appears twice ({first} and {second}). "
                    "Unit codes must be unique; merge or recode the duplicates."
                ).format(layer=layer, code=code, first=seen[code], second=rid)
            )
        seen[code] = rid
    return seen


def unit_codes(table: Table, code_field: str = "unit_code") -> List[str]:
    """Unit codes of every row; empty or duplicate codes raise InputError."""
    codes = table.texts(code_field)
    if all(codes) and len(set(codes)) == len(codes):
        return codes  # the row labels are for the messages of unique_codes
    ids = table.row_ids
    if len(ids) < len(codes):
        ids = [ids[i] for i in range(len(codes))]
    return list(unique_codes(zip(codes, ids), table.layer))


def require_non_negative(value: Optional[float], table: Table, i: int, name: str) -> None:
    if value is not None and value < 0:
        raise InputError(
            tr(
                "{layer}, {row}: field '{field}' is negative ({value:g}). Concentrations, "
                "areas and volumes cannot be negative; correct the value."
            ).format(layer=table.layer, row=table.label(i), field=name, value=value)
        )
