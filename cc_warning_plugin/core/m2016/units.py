"""Evaluation units of the 2016 method and the indicator tables joined to
them on the unit code (行政区划代码), the way a county technician has them:
a unit layer (or a plain table) plus one or more workbook sheets.

* :func:`join_units` matches every table's headers to canonical fields (the
  indicator dictionary), checks unit codes (empty, duplicate), and gives one
  :class:`Unit` per row of the unit layer whose values remember the table and
  row they came from, so every later error names them.
* A field found in several tables must agree for each unit; otherwise the
  join stops naming the unit, the field and both tables.
* :func:`split_years` turns a wide table with year-suffixed columns
  (``地区生产总值(可比价)2020``, ``gdp_2025``) into one table per year;
  :func:`period_year` reads and checks the year of a period.
"""

import math
import re
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from ..errors import InputError
from ..i18n import tr
from ..indicators import (
    check_range,
    dictionary,
    field_names,
    field_title,
    normalize_header,
    parse_flag,
    parse_number,
    text_value,
    value_range,
)
from ..table import Table, make_table, row_id, unit_codes
from .rows import MASK, NOT_PLAIN, SHIFT, RowLabels, _Numbers, _Text, plain_number


@dataclass
class Source:
    """One input table: a name for messages, its rows (header → value) and
    a label per row (``"row 3"``, ``"feature 12"``)."""

    name: str
    rows: List[dict]
    row_ids: List[str] = field(default_factory=list)
    headers: Optional[List[str]] = None

    def __post_init__(self):
        if not self.row_ids:
            self.row_ids = [row_id(i) for i in range(len(self.rows))]
        if self.headers is None:
            self.headers = list(self.rows[0].keys()) if self.rows else []


@dataclass(slots=True)
class Cell:
    value: Any
    layer: str
    row: str


@dataclass(slots=True)
class Unit:
    """One evaluation unit with the values of every joined table."""

    code: str
    index: int
    layer: str
    row: str
    cells: Dict[str, Cell] = field(default_factory=dict)
    #: the tables without a row for the unit (a join gives the units found
    #: in every table an empty tuple, not a list each)
    missing_in: Sequence[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.cells

    def raw(self, name: str):
        value = _fast_value(self.cells, name)
        return None if value is _ABSENT else value

    def where(self, name: Optional[str] = None) -> str:
        """``"<table>, <row> (unit <code>)"`` of a field's value."""
        cell = self.cells.get(name) if name else None
        layer, row = (cell.layer, cell.row) if cell else (self.layer, self.row)
        return tr("{layer}, {row} (unit {code})").format(layer=layer, row=row, code=self.code)

    def _row(self, cell: Cell) -> str:
        return tr("{row} (unit {code})").format(row=cell.row, code=self.code)

    def _parsed(self, name: str) -> Optional[float]:
        cells = self.cells
        if type(cells) is _RowOverCells and name in cells._row:
            value = cells._row[name]  # a result row over the unit's cells
        else:
            value = _fast_value(cells, name)
        if value is _ABSENT or value is None:
            return None
        kind = type(value)
        if kind is str:  # a plain number needs no parsing (plain_number)
            try:
                number = float(value)
            except ValueError:
                number = NOT_PLAIN
            else:
                if number != number or number == _INF or number == -_INF:
                    return None
                return number
        else:
            number = plain_number(value)
        if number is not NOT_PLAIN:
            return number
        cell = self.cells.get(name)
        return parse_number(cell.value, name, self._row(cell), cell.layer)

    def _in_range(self, name: str, value: Optional[float]) -> Optional[float]:
        """``value`` refused outside the possible range of field ``name``
        (indicator dictionary), naming the table, row, unit and value."""
        if value is not None:
            try:
                lo, hi = _RANGES[name]
            except KeyError:
                lo, hi = _RANGES[name] = value_range(name)
            if (lo is not None and value < lo) or (hi is not None and value > hi):
                cell = self.cells.get(name)  # the message is made only for a refusal
                if cell is not None:
                    check_range(value, name, self._row(cell), cell.layer)
        return value

    def number(self, name: str) -> Optional[float]:
        """The number of field ``name`` (``None`` if empty or absent), refused
        outside the field's possible range."""
        return self._in_range(name, self._parsed(name))

    def flag(self, name: str) -> Optional[bool]:
        cell = self.cells.get(name)
        if cell is None:
            return None
        return parse_flag(
            cell.value,
            name,
            tr("{row} (unit {code})").format(row=cell.row, code=self.code),
            cell.layer,
        )

    def text(self, name: str) -> str:
        cells = self.cells
        if type(cells) is _RowOverCells and name in cells._row:
            value = cells._row[name]  # a result row over the unit's cells
        else:
            value = _fast_value(cells, name)
        if type(value) is str:
            # what text_value gives: ASCII needs no normalising, other texts
            # (主体功能区 types, 超采 states) recur from unit to unit
            return value.strip() if value.isascii() else _normalised(value)
        return text_value(None if value is _ABSENT else value)

    # -- checked numbers -----------------------------------------------------
    def positive(self, name: str) -> Optional[float]:
        """A number that must be > 0 (a quota, area or base-year value that
        is divided by); ``None`` if empty."""
        v = self._parsed(name)
        if v is not None and v <= 0:
            raise InputError(
                tr(
                    "{where}: field '{field}' ({title}) is {value:g}, but it must be greater "
                    "than 0 (the evaluation divides by it). Correct the value, or leave the cell "
                    "empty to have the unit marked not evaluated."
                ).format(where=self.where(name), field=name, title=field_title(name), value=v)
            )
        return self._in_range(name, v)

    def non_negative(self, name: str) -> Optional[float]:
        v = self._parsed(name)
        if v is not None and v < 0:
            raise InputError(
                tr(
                    "{where}: field '{field}' ({title}) is negative ({value:g}). Areas, volumes, "
                    "lengths and concentrations cannot be negative; correct the value."
                ).format(where=self.where(name), field=name, title=field_title(name), value=v)
            )
        return self._in_range(name, v)


@dataclass
class Units:
    """The joined units, in the order of the unit layer."""

    layer: str
    units: List[Unit]
    found: Dict[str, List[str]]  # canonical field → tables holding it
    unmatched: Dict[str, List[str]]  # table → its codes that are no unit
    tables: List[str] = field(default_factory=list)

    @property
    def codes(self) -> List[str]:
        if type(self.units) is JoinedUnits:
            return self.units.codes
        return [u.code for u in self.units]

    def has(self, name: str) -> bool:
        return bool(self.found.get(name))

    def by_code(self) -> Dict[str, Unit]:
        return {u.code: u for u in self.units}

    def with_values(self, rows: Sequence[dict], layer: str) -> "Units":
        """A copy whose units also hold the values of ``rows`` (one dict per
        unit, e.g. element results), as coming from table ``layer``. The
        values are not copied: each unit's cells look in its row first."""
        units = []
        for u, row in zip(self.units, rows):
            units.append(
                Unit(
                    u.code,
                    u.index,
                    u.layer,
                    u.row,
                    _RowOverCells(row, layer, u.row, u.cells),
                    list(u.missing_in),
                )
            )
        found = {k: list(v) for k, v in self.found.items()}
        for row in rows[:1]:
            for k in row:
                found.setdefault(k, []).append(layer)
        return Units(self.layer, units, found, dict(self.unmatched), list(self.tables))

    def require(self, names: Iterable[str], purpose: str = "") -> None:
        """Raise if a field is in none of the tables, naming the headers
        accepted for it."""
        for name in names:
            if not self.has(name):
                tables = ", ".join([self.layer] + self.tables)
                raise InputError(
                    tr(
                        "Required field '{field}' ({title}) was found in none of the inputs "
                        "({tables}){purpose}. Add a column named one of: {names}."
                    ).format(
                        field=name,
                        title=field_title(name),
                        tables=tables,
                        purpose=(" — " + purpose) if purpose else "",
                        names=", ".join(n for n in field_names(name) if n),
                    )
                )


def _same(a, b) -> bool:
    ta, tb = text_value(a), text_value(b)
    if ta == tb:
        return True
    try:
        fa, fb = float(ta.replace(",", "")), float(tb.replace(",", ""))
    except ValueError:
        return False
    return math.isclose(fa, fb, rel_tol=1e-9, abs_tol=1e-12)


def merge_duplicate_columns(src: Source, fields: Iterable[str]) -> Source:
    """A table whose columns match one field more than once (a county layer
    joined with an indicator table has both 主体功能区 and 主体功能区类型) is
    usable when the columns agree in every row: they are merged into the
    first. Columns that disagree stop the run naming both and the row."""
    merged_rows = None
    drop = set()
    for name in fields:
        names = {normalize_header(n) for n in field_names(name) if n}
        hits = [h for h in src.headers if normalize_header(h) in names]
        if len(hits) < 2:
            continue
        keep = hits[0]
        for other in hits[1:]:
            for i, row in enumerate(src.rows):
                a, b = row.get(keep), row.get(other)
                if text_value(a) and text_value(b) and not _same(a, b):
                    raise InputError(
                        tr(
                            "{layer}: the columns {a!r} and {b!r} both give the field '{field}' "
                            "({title}) but differ in {row} ({va!r} and {vb!r}). Keep one of them "
                            "or correct the value."
                        ).format(
                            layer=src.name,
                            a=keep,
                            b=other,
                            field=name,
                            title=field_title(name),
                            row=src.row_ids[i],
                            va=text_value(a),
                            vb=text_value(b),
                        )
                    )
                if not text_value(a) and text_value(b):
                    if merged_rows is None:
                        merged_rows = [dict(r) for r in src.rows]
                    merged_rows[i][keep] = b
            drop.add(other)
    if not drop:
        return src
    return Source(
        src.name,
        merged_rows if merged_rows is not None else src.rows,
        list(src.row_ids),
        [h for h in src.headers if h not in drop],
    )


def require_rows(src: Source) -> None:
    """Refuse a table with a header and no rows: joined, it would only leave
    every unit without values (one warning per unit)."""
    if not src.rows:
        raise InputError(
            tr(
                "{layer}: the table has no rows (only a header). Give the table with one row per "
                "unit, or leave it out."
            ).format(layer=src.name or tr("Input table"))
        )


def join_units(
    units: Source,
    tables: Sequence[Source],
    fields: Iterable[str],
    unit_values: bool = True,
    like: Optional[Units] = None,
) -> Units:
    """Join ``tables`` to the rows of ``units`` on the unit code.

    ``fields`` are the canonical fields wanted; those found in no table are
    simply absent (the caller decides what is required, see
    :meth:`Units.require`). A table row whose code is not a unit is listed in
    ``unmatched`` (the caller warns); a unit without a row in a table has the
    table in ``missing_in``. ``unit_values=False`` takes only the codes from
    ``units`` (a base-year join must not read evaluation-year values that
    the unit layer may carry). ``like``: the units of another join of the
    same unit layer, whose code and row label texts are taken for units of
    the same code and row (not a second copy of them).

    The values stay in the tables' rows: the join records, per field and
    unit, which table and row give the value (a few bytes a value), and a
    unit's cells are read from there.
    """
    wanted = [f for f in dict.fromkeys(fields) if f != "unit_code"]
    for src in [units] + list(tables):
        require_rows(src)
    units = merge_duplicate_columns(units, ["unit_code"] + wanted)
    tables = [merge_duplicate_columns(t, ["unit_code"] + wanted) for t in tables]
    base = make_table(
        units.rows,
        units.name,
        required=["unit_code"],
        optional=wanted if unit_values else [],
        row_ids=units.row_ids,
        headers=units.headers,
    )
    codes = unit_codes(base)
    store = _Joined(len(codes))
    labels = base.row_ids
    if len(labels) != len(codes):
        labels = [labels[i] for i in range(len(codes))]
    numbers: Sequence[int] = range(len(codes))
    if like is not None and type(like.units) is JoinedUnits:
        # the same unit layer: its codes and row labels, not a second copy
        if like.units.codes == codes and _same_labels(like.units.labels, labels):
            codes, labels, numbers = like.units.codes, like.units.labels, like.units.numbers
    out = JoinedUnits(store, codes, labels, numbers, units.name)
    by_code = {code: i for i, code in enumerate(codes)}
    found: Dict[str, List[str]] = {}
    if unit_values:
        k = store.add(units.name, base)
        every = (array("H", [k]) * len(codes), array("i", range(len(codes))))
        for name in wanted:
            if base.has(name):
                found.setdefault(name, []).append(units.name)
                store.share(name, *every)
    unmatched: Dict[str, List[str]] = {}
    for src in tables:
        t = make_table(
            src.rows,
            src.name,
            required=["unit_code"],
            optional=wanted,
            row_ids=src.row_ids,
            headers=src.headers,
        )
        t_codes = unit_codes(t)
        unmatched[src.name] = [c for c in t_codes if c not in by_code]
        present = [n for n in wanted if t.has(n)]
        for n in present:
            found.setdefault(n, []).append(src.name)
        # (unit, row) of each row whose code is a unit, in table order
        # (two arrays, not a tuple per row: a table of 100,000 rows)
        matched = _Matched(by_code, t_codes)
        if t.packed is not None and t.packed.spilled is not None:
            t, matched = _in_unit_order(t, matched)
        k = store.add(src.name, t)
        # a field no table gave yet takes every matched row of this one (the
        # codes are unique, so nothing is compared), all such fields the same
        # arrays; the others are merged row by row below
        fresh = [n for n in present if not store.given(n)]
        if fresh:
            if len(matched) == len(codes) and matched.units == matched.rows:
                where = array("H", [k]) * len(codes)
                row = array("i", range(len(codes)))
            else:
                where, row = array("H", bytes(2 * len(codes))), array("i", bytes(4 * len(codes)))
                for ui, i in matched:
                    where[ui], row[ui] = k, i
            for n in fresh:
                store.share(n, where, row)
        columns = [(n,) + store.column(n) for n in present if n not in fresh]
        for ui, i in matched if columns else ():
            code = codes[ui]
            for n, where, row in columns:
                if not where[ui]:
                    where[ui], row[ui] = k, i
                    continue
                # the unit has a value already: an empty one here keeps it, a
                # different one stops the join
                value = t.raw(i, n)
                if _empty(value):
                    continue
                old = store.cell(n, ui)
                if not _empty(old.value) and not _same(old.value, value):
                    raise InputError(
                        tr(
                            "Unit {code}: field '{field}' ({title}) is {a!r} in {layer_a} "
                            "({row_a}) but {b!r} in {layer_b} ({row_b}). Keep the value in one "
                            "table only, or correct the one that is wrong."
                        ).format(
                            code=code,
                            field=n,
                            title=field_title(n),
                            a=text_value(old.value),
                            layer_a=old.layer,
                            row_a=old.row,
                            b=text_value(value),
                            layer_b=src.name,
                            row_b=t.row_ids[i],
                        )
                    )
                where[ui], row[ui] = k, i
        if len(matched) < len(codes):
            seen = bytearray(len(codes))
            for ui in matched.units:
                seen[ui] = 1
            out.missing(src.name, bytes(seen))
    return Units(units.name, out, found, unmatched, [t.name for t in tables])


class JoinedUnits(Sequence):
    """The units of a join (:func:`join_units`), each made when it is asked
    for: 38,000 units are not held as objects (the evaluation reads them a
    chunk at a time). Units made twice are equal, not the same object."""

    __slots__ = ("store", "codes", "labels", "numbers", "layer", "_missing")

    def __init__(self, store: "_Joined", codes, labels, numbers, layer: str):
        self.store = store
        self.codes = codes
        self.labels = labels
        self.numbers = numbers
        self.layer = layer
        #: (table, a byte per unit: 1 where the table has a row for it)
        self._missing: List[Tuple[str, bytes]] = []

    def missing(self, table: str, seen: bytes) -> None:
        """Table ``table`` has no row for the units whose byte in ``seen``
        is 0."""
        self._missing.append((table, seen))

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._unit(j) for j in range(*i.indices(len(self.codes)))]
        if i < 0:
            i += len(self.codes)
        if not 0 <= i < len(self.codes):
            raise IndexError(i)
        return self._unit(i)

    def __iter__(self):
        return map(self._unit, range(len(self.codes)))

    def __add__(self, other):
        return list(self) + list(other)

    def __radd__(self, other):
        return list(other) + list(self)

    def _unit(self, i: int) -> Unit:
        missing = [name for name, seen in self._missing if not seen[i]] or ()
        return Unit(
            self.codes[i],
            self.numbers[i],
            self.layer,
            self.labels[i],
            _UnitCells(self.store, i),
            missing,
        )


def _same_labels(a, b) -> bool:
    if isinstance(a, RowLabels) and isinstance(b, RowLabels):
        return a.template == b.template and a.key == b.key and a.ids == b.ids
    return len(a) == len(b) and all(x == y for x, y in zip(a, b))


class _Matched:
    """The rows of a table whose code is a unit, in table order: ``units``
    and ``rows`` (arrays), iterated as (unit, row) pairs."""

    __slots__ = ("units", "rows")

    def __init__(self, by_code: Dict[str, int], t_codes: Sequence[str]):
        self.units, self.rows = array("i"), array("i")
        for i, ui in enumerate(map(by_code.get, t_codes)):
            if ui is not None:
                self.units.append(ui)
                self.rows.append(i)

    def __len__(self) -> int:
        return len(self.units)

    def __iter__(self):
        return zip(self.units, self.rows)


def _in_unit_order(t: Table, matched: _Matched) -> Tuple[Table, _Matched]:
    """A table kept in a spill file (:meth:`PackedRows.spill`) whose rows are
    not in the order of the units, made anew with its matched rows in that
    order (a unit's values are then read from the blocks in turn, not from
    any block at any time); ``matched`` for the new table."""
    units = np.frombuffer(matched.units, dtype=np.int32)
    if len(units) < 2 or bool((units[1:] > units[:-1]).all()):
        return t, matched
    by_unit = np.argsort(units, kind="stable")
    order = np.frombuffer(matched.rows, dtype=np.int32)[by_unit].tolist()
    ids = t.row_ids
    if isinstance(ids, RowLabels):
        ids = RowLabels(ids.template, [ids.ids[i] for i in order], ids.key)
    else:
        ids = [ids[i] for i in order]
    packed = t.packed.reordered(order)
    matched.units = array("i", units[by_unit].tobytes())
    matched.rows = array("i", range(len(order)))
    return Table(t.layer, packed, dict(t.headers), ids, packed), matched


_ABSENT = object()


@lru_cache(maxsize=4096)
def _normalised(text: str) -> str:
    return text_value(text)


_INF = float("inf")
#: field → (min, max) of :func:`value_range`, for the checks of every value
_RANGES: Dict[str, Tuple[Optional[float], Optional[float]]] = {}


def _fast_value(cells, name: str):
    """:func:`_value_of` with the usual cells (a join's, a result row over
    them) read in place."""
    kind = type(cells)
    if kind is _RowOverCells:
        row = cells._row
        if name in row:
            return row[name]
        cells = cells._cells
        kind = type(cells)
    if kind is not _UnitCells:
        return _value_of(cells, name)
    store = cells._store
    col = store._columns.get(name)
    if col is None:
        return _ABSENT
    where, rows, by_source = col
    i = cells._i
    k = where[i]
    if not k:
        return _ABSENT
    src = by_source[k] if k < len(by_source) else None
    if src is None:
        return store.value(name, i)
    blocks = src[0]
    r = rows[i]
    if blocks is None:
        return src[1].raw(r, name)
    block = blocks[r >> SHIFT]
    if type(block) is _Text:
        j = r & MASK
        nulls = block.nulls
        if nulls is not None and nulls[j]:
            return None
        offsets = block.offsets
        return block.text[offsets[j] : offsets[j + 1]]
    return block.get(r & MASK)


#: a value :func:`checked_numbers` leaves to the unit's own method
SLOW = object()


def checked_numbers(units: Sequence[Optional[Unit]], name: str, positive: bool) -> list:
    """For each of ``units`` (``None`` for no unit, which gives ``None``):
    what ``unit.positive(name)`` (``positive``) or ``unit.non_negative(name)``
    gives, where the value is empty or a plain number that passes their
    checks; :data:`SLOW` where that method is to be called (text to parse, a
    value it refuses), so that reading a chunk of units column by column
    finds a value at fault where reading unit by unit finds it.

    Units of one join whose values lie in runs of consecutive rows of a
    table (the usual case: a table in the order of the unit layer) are read
    a run at a time, with numpy; others one by one."""
    try:
        lo, hi = _RANGES[name]
    except KeyError:
        lo, hi = _RANGES[name] = value_range(name)
    cells = [None if u is None else u.cells for u in units]
    if set(map(type, cells)) - {_UnitCells, type(None)}:
        return _checked_one_by_one(units, name, positive, lo, hi)
    stores = {c._store for c in cells if c is not None}
    if len(stores) != 1:
        return _checked_one_by_one(units, name, positive, lo, hi)
    store = stores.pop()
    col = store._columns.get(name)
    if col is None:
        return [None] * len(cells)
    where, rows, by_source = col
    given = [c for c in cells if c is not None]
    idx = np.array([c._i for c in given], dtype=np.intp)
    ks = np.frombuffer(where, dtype=np.uint16)[idx]
    rs = np.frombuffer(rows, dtype=np.int32)[idx]
    blk = rs >> SHIFT
    cuts = (
        np.flatnonzero((ks[1:] != ks[:-1]) | (rs[1:] != rs[:-1] + 1) | (blk[1:] != blk[:-1])) + 1
    ).tolist()
    if len(cuts) * 8 > len(given):  # rows in another order: one by one is quicker
        return _checked_one_by_one(units, name, positive, lo, hi)
    values = np.empty(len(given))
    slow = np.zeros(len(given), dtype=bool)
    for a, b in zip([0] + cuts, cuts + [len(given)]):
        k = int(ks[a])
        if not k:
            values[a:b] = _NAN
            continue
        src = by_source[k] if k < len(by_source) else None
        if src is None:
            store.value(name, int(idx[a]))  # finds the source's blocks
            src = by_source[k]
        blocks = src[0]
        if blocks is None:
            slow[a:b] = True
            continue
        r = int(rs[a])
        _run_values(blocks[r >> SHIFT], r & MASK, values[a:b], slow[a:b])
    finite = np.isfinite(values)
    refused = values <= 0 if positive else values < 0
    if lo is not None:
        refused |= values < lo
    if hi is not None:
        refused |= values > hi
    slow |= refused & finite
    out = values.tolist()
    for t in np.flatnonzero(~finite).tolist():
        out[t] = None
    for t in np.flatnonzero(slow).tolist():
        out[t] = SLOW
    if len(given) == len(cells):
        return out
    full: list = [None] * len(cells)
    it = iter(out)
    for t, c in enumerate(cells):
        if c is not None:
            full[t] = next(it)
    return full


def _run_values(block, j: int, values, slow) -> None:
    """The values of rows ``j`` … of ``block`` into ``values`` (NaN for
    none), ``slow`` set where the value is to be read by the unit (text that
    ``float`` does not read, values of mixed types)."""
    m = len(values)
    kind = type(block)
    if kind is _Text:
        offsets, text = block.offsets, block.text
        texts = [text[x:y] for x, y in zip(offsets[j : j + m], offsets[j + 1 : j + m + 1])]
        nulls = None
        if block.nulls is not None:
            nulls = np.flatnonzero(np.frombuffer(block.nulls, dtype=np.uint8)[j : j + m]).tolist()
            for t in nulls:
                texts[t] = "nan"
        try:
            values[:] = np.fromiter(map(float, texts), dtype=np.float64, count=m)
        except ValueError:
            for t, x in enumerate(texts):
                try:
                    values[t] = float(x)
                except ValueError:
                    values[t] = 0.0
                    slow[t] = True
    elif kind is _Numbers:
        values[:] = np.frombuffer(block.values, dtype=_DTYPES[block.values.typecode])[j : j + m]
        if block.nulls is not None:
            values[np.frombuffer(block.nulls, dtype=np.uint8)[j : j + m] != 0] = _NAN
    else:
        slow[:] = True


_NAN = float("nan")
#: the cell values period_year reads once per distinct value (others every time)
_PLAIN_YEAR_TYPES = (str, int, float)
_DTYPES = {"d": np.float64, "q": np.int64}


def _checked_one_by_one(units, name: str, positive: bool, lo, hi) -> list:
    """:func:`checked_numbers`, unit by unit."""
    out: list = []
    append = out.append
    store = col = None
    for u in units:
        if u is None:
            append(None)
            continue
        cells = u.cells
        if type(cells) is not _UnitCells:
            append(SLOW)
            continue
        if cells._store is not store:
            store = cells._store
            col = store._columns.get(name)
        if col is None:
            append(None)
            continue
        where, rows, by_source = col
        i = cells._i
        k = where[i]
        if not k:
            append(None)
            continue
        src = by_source[k] if k < len(by_source) else None
        if src is None:
            store.value(name, i)  # finds the source's blocks
            src = by_source[k]
        blocks = src[0]
        if blocks is None:
            append(SLOW)
            continue
        r = rows[i]
        block = blocks[r >> SHIFT]
        j = r & MASK
        kind = type(block)
        if kind is _Text:
            nulls = block.nulls
            if nulls is not None and nulls[j]:
                append(None)
                continue
            offsets = block.offsets
            try:
                v = float(block.text[offsets[j] : offsets[j + 1]])
            except ValueError:
                append(SLOW)
                continue
        elif kind is _Numbers:
            nulls = block.nulls
            if nulls is not None and nulls[j]:
                append(None)
                continue
            v = float(block.values[j])
        else:
            append(SLOW)
            continue
        if v != v or v == _INF or v == -_INF:
            append(None)
        elif (
            (v <= 0 if positive else v < 0)
            or (lo is not None and v < lo)
            or (hi is not None and v > hi)
        ):
            append(SLOW)
        else:
            append(v)
    return out


def _value_of(cells, name: str):
    """The value of field ``name`` in a unit's cells, ``_ABSENT`` if it has
    none; without making a :class:`Cell` where the cells are a join's."""
    if type(cells) is _UnitCells:
        return cells._store.value(name, cells._i)
    try:
        return cells.value(name)
    except AttributeError:  # a dict of Cells
        cell = cells.get(name)
        return _ABSENT if cell is None else cell.value


def _empty(value) -> bool:
    """``text_value(value) == ""``, quickly for plain text."""
    if value is None:
        return True
    if type(value) is str and value.isascii():
        return not value.strip()
    return text_value(value) == ""


class _Joined:
    """Where the values of joined units come from: per field, the source
    (1-based index into ``sources``, 0 for none) and its row, per unit."""

    __slots__ = ("n", "sources", "where", "row", "_columns", "_shared")

    def __init__(self, n: int):
        self.n = n
        self.sources: List[Tuple[str, Any, Any]] = [("", None, None)]
        self.where: Dict[str, array] = {}
        self.row: Dict[str, array] = {}
        # field → (where, row, per source: (column blocks or None, table,
        # layer, row labels), made when first read)
        self._columns: Dict[str, tuple] = {}
        # fields whose arrays are those of other fields too (:meth:`share`)
        self._shared: set = set()

    def add(self, layer: str, table) -> int:
        # rows kept by column (PackedRows) are read from their column blocks
        packed = table.packed if table.packed is table.rows else None
        self.sources.append((layer, table, packed))
        return len(self.sources) - 1

    def given(self, name: str) -> bool:
        """Whether a source gives field ``name`` to any unit yet."""
        where = self.where.get(name)
        return where is not None and any(where)

    def share(self, name: str, where: array, row: array) -> None:
        """Field ``name`` set to the arrays ``where`` and ``row``, which
        other fields may hold too (the fields of one table found in no
        table before: one pair of arrays for them all, not one per field);
        :meth:`column` copies them before they are written to."""
        self.where[name], self.row[name] = where, row
        self._columns[name] = (where, row, [None] * 256)
        self._shared.add(name)

    def column(self, name: str) -> Tuple[array, array]:
        """The arrays of field ``name``, to be written to (made, or copied if
        shared, for this field alone)."""
        if name not in self.where or name in self._shared:
            self._shared.discard(name)
            where, row = self.where.get(name), self.row.get(name)
            self.where[name] = array("H", bytes(2 * self.n)) if where is None else array("H", where)
            self.row[name] = array("i", bytes(4 * self.n)) if row is None else array("i", row)
            self._columns[name] = (self.where[name], self.row[name], [None] * 256)
        return self.where[name], self.row[name]

    def value(self, name: str, i: int):
        """The value of :meth:`cell` (``_ABSENT`` for none)."""
        col = self._columns.get(name)
        if col is None:
            return _ABSENT
        where, row, by_source = col
        k = where[i]
        if not k:
            return _ABSENT
        blocks, table = self._known_source(by_source, k, name)[:2]
        r = row[i]
        if blocks is None:
            return table.raw(r, name)
        return blocks[r >> SHIFT].get(r & MASK)

    def _known_source(self, by_source: list, k: int, name: str) -> tuple:
        """``by_source[k]`` of a column, found (:meth:`_source`) the first
        time it is asked for."""
        src = by_source[k] if k < len(by_source) else None
        if src is None:
            if k >= len(by_source):
                by_source.extend([None] * (k + 1 - len(by_source)))
            src = by_source[k] = self._source(k, name)
        return src

    def _source(self, k: int, name: str) -> tuple:
        layer, table, packed = self.sources[k]
        blocks = packed.blocks(table.headers[name]) if packed is not None else None
        return blocks, table, layer, table.row_ids

    def cell(self, name: str, i: int) -> Optional[Cell]:
        col = self._columns.get(name)
        if col is None:
            return None
        where, row, by_source = col
        k = where[i]
        if not k:
            return None
        r = row[i]
        blocks, table, layer, labels = self._known_source(by_source, k, name)
        if blocks is None:
            return Cell(table.raw(r, name), layer, labels[r])
        return Cell(blocks[r >> SHIFT].get(r & MASK), layer, labels[r])


class _UnitCells(Mapping):
    """The cells (field → :class:`Cell`) of joined unit ``i``."""

    __slots__ = ("_store", "_i")

    def __init__(self, store: _Joined, i: int):
        self._store = store
        self._i = i

    def get(self, name, default=None):
        cell = self._store.cell(name, self._i)
        return default if cell is None else cell

    def value(self, name):
        return self._store.value(name, self._i)

    def __getitem__(self, name):
        cell = self._store.cell(name, self._i)
        if cell is None:
            raise KeyError(name)
        return cell

    def __contains__(self, name) -> bool:
        where = self._store.where.get(name)
        return where is not None and bool(where[self._i])

    def __iter__(self):
        return (n for n, w in self._store.where.items() if w[self._i])

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _RowOverCells(Mapping):
    """A unit's cells with the values of ``row`` (from table ``layer``) put
    over them."""

    __slots__ = ("_row", "_layer", "_label", "_cells")

    def __init__(self, row: dict, layer: str, label: str, cells):
        self._row = row
        self._layer = layer
        self._label = label
        self._cells = cells

    def get(self, name, default=None):
        if name in self._row:
            return Cell(self._row[name], self._layer, self._label)
        return self._cells.get(name, default)

    def value(self, name):
        if name in self._row:
            return self._row[name]
        return _value_of(self._cells, name)

    def __getitem__(self, name):
        if name in self._row:
            return Cell(self._row[name], self._layer, self._label)
        return self._cells[name]

    def __contains__(self, name) -> bool:
        return name in self._row or name in self._cells

    def __iter__(self):
        yield from self._cells
        yield from (k for k in self._row if k not in self._cells)

    def __len__(self) -> int:
        return sum(1 for _ in self)


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------

_YEAR_SUFFIX = re.compile(r"^(.*?\D)[\s_\-]*((?:19|20)\d\d)\s*年?$")
_BRACKETS = re.compile(r"[\(\[（【].*?[\)\]）】]")


def _known_stem(stem: str) -> Optional[str]:
    norm = normalize_header(stem)
    if not norm:
        return None
    for name in dictionary():
        if any(norm == normalize_header(n) for n in field_names(name) if n):
            return name
    return None


def split_years(src: Source) -> Dict[Optional[int], Source]:
    """A wide table with year-suffixed columns, split into one table per
    year (shared columns copied to each). ``{None: src}`` if the table has no
    such columns."""
    by_year: Dict[int, Dict[str, str]] = {}
    shared = []
    for h in src.headers:
        text = _BRACKETS.sub("", str(h)).strip()
        m = _YEAR_SUFFIX.match(text)
        stem = _known_stem(m.group(1)) if m else None
        if m and stem and stem not in ("year", "base_year", "eval_year"):
            by_year.setdefault(int(m.group(2)), {})[h] = stem
        else:
            shared.append(h)
    if not by_year:
        return {None: src}
    year_cols = [h for h in shared if _known_stem(h) == "year"]
    if year_cols:
        raise InputError(
            tr(
                "{layer}: the table has both a year column ({column}) and columns for several "
                "years ({years}). Use one layout: one table per year with a year column, or one "
                "table with year-suffixed columns and no year column."
            ).format(
                layer=src.name,
                column=year_cols[0],
                years=", ".join(str(y) for y in sorted(by_year)),
            )
        )
    out: Dict[Optional[int], Source] = {}
    for year, cols in sorted(by_year.items()):
        rows = []
        for r in src.rows:
            row = {h: r.get(h) for h in shared}
            for h, stem in cols.items():
                row[stem] = r.get(h)
            row["year"] = year
            rows.append(row)
        out[year] = Source(
            f"{src.name} [{year}]", rows, list(src.row_ids), shared + list(cols.values()) + ["year"]
        )
    return out


def resolve_periods(
    eval_tables: Sequence[Source], base_tables: Sequence[Source]
) -> Tuple[List[Source], List[Source]]:
    """Evaluation-year and base-year tables. A table of the evaluation year
    with columns for two years gives both periods (earlier = base)."""
    ev, bs = [], []
    for src in eval_tables:
        parts = split_years(src)
        if None in parts:
            ev.append(parts[None])
            continue
        years = sorted(parts)
        if len(years) > 2:
            raise InputError(
                tr(
                    "{layer}: columns for {n} years found ({years}); the trend compares two. Keep "
                    "the columns of the base year and of the evaluation year only."
                ).format(layer=src.name, n=len(years), years=", ".join(map(str, years)))
            )
        ev.append(parts[years[-1]])
        if len(years) == 2:
            bs.append(parts[years[0]])
    for src in base_tables:
        parts = split_years(src)
        if None in parts:
            bs.append(parts[None])
            continue
        if len(parts) > 1:
            raise InputError(
                tr(
                    "{layer}: the base-year table has columns for several years ({years}). Give "
                    "one year per table."
                ).format(layer=src.name, years=", ".join(map(str, sorted(parts))))
            )
        bs += list(parts.values())
    return ev, bs


def has_year_columns(src: Source) -> bool:
    """Whether a table holds year-suffixed indicator columns."""
    return None not in split_years(src)


def period_year(sources: Sequence[Source], what: str) -> Optional[int]:
    """The year stated by the tables of one period (their year column), or
    ``None`` if none states it. Rows or tables that disagree raise."""
    years: Dict[int, str] = {}
    for src in sources:
        t = make_table(
            src.rows, src.name, optional=["year"], row_ids=src.row_ids, headers=src.headers
        )
        if not t.has("year"):
            continue
        read = set()  # texts and numbers read already (the same one gives the same year)
        for i, raw in enumerate(t.column("year")):
            if type(raw) in _PLAIN_YEAR_TYPES:
                if raw in read:
                    continue
                read.add(raw)
            v = parse_number(raw, "year", t.row_ids[i], src.name)
            if v is None:
                continue
            if v != int(v) or not 1900 <= v <= 2100:
                raise InputError(
                    tr(
                        "{layer}, {row}: the year {value:g} is not a calendar year. Enter the year "
                        "as four digits, e.g. 2025."
                    ).format(layer=src.name, row=t.row_ids[i], value=v)
                )
            y = int(v)
            if years and y not in years:
                other, where = next(iter(years.items()))
                raise InputError(
                    tr(
                        "Year mismatch in the {what}: {where} says {a}, but {layer}, {row} says "
                        "{b}. All tables of one period must be of the same year."
                    ).format(what=what, where=where, a=other, layer=src.name, row=t.row_ids[i], b=y)
                )
            years.setdefault(y, f"{src.name}, {t.row_ids[i]}")
    return next(iter(years)) if years else None
