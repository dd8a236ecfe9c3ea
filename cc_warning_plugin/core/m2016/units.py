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
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import tr
from ..indicators import (check_range, dictionary, field_names, field_title,
                          normalize_header, parse_flag, parse_number, text_value)
from ..table import make_table, row_id, unit_codes


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


@dataclass
class Cell:
    value: Any
    layer: str
    row: str


@dataclass
class Unit:
    """One evaluation unit with the values of every joined table."""
    code: str
    index: int
    layer: str
    row: str
    cells: Dict[str, Cell] = field(default_factory=dict)
    missing_in: List[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.cells

    def raw(self, name: str):
        cell = self.cells.get(name)
        return None if cell is None else cell.value

    def where(self, name: Optional[str] = None) -> str:
        """``"<table>, <row> (unit <code>)"`` of a field's value."""
        cell = self.cells.get(name) if name else None
        layer, row = (cell.layer, cell.row) if cell else (self.layer, self.row)
        return tr("{layer}, {row} (unit {code})").format(layer=layer, row=row, code=self.code)

    def _row(self, cell: Cell) -> str:
        return tr("{row} (unit {code})").format(row=cell.row, code=self.code)

    def _parsed(self, name: str) -> Optional[float]:
        cell = self.cells.get(name)
        if cell is None:
            return None
        return parse_number(cell.value, name, self._row(cell), cell.layer)

    def _in_range(self, name: str, value: Optional[float]) -> Optional[float]:
        """``value`` refused outside the possible range of field ``name``
        (indicator dictionary), naming the table, row, unit and value."""
        cell = self.cells.get(name)
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
        return parse_flag(cell.value, name, tr("{row} (unit {code})").format(
            row=cell.row, code=self.code), cell.layer)

    def text(self, name: str) -> str:
        return text_value(self.raw(name))

    # -- checked numbers -----------------------------------------------------
    def positive(self, name: str) -> Optional[float]:
        """A number that must be > 0 (a quota, area or base-year value that
        is divided by); ``None`` if empty."""
        v = self._parsed(name)
        if v is not None and v <= 0:
            raise InputError(tr(
                "{where}: field '{field}' ({title}) is {value:g}, but it must be greater "
                "than 0 (the evaluation divides by it). Correct the value, or leave the cell "
                "empty to have the unit marked not evaluated.").format(
                where=self.where(name), field=name, title=field_title(name), value=v))
        return self._in_range(name, v)

    def non_negative(self, name: str) -> Optional[float]:
        v = self._parsed(name)
        if v is not None and v < 0:
            raise InputError(tr(
                "{where}: field '{field}' ({title}) is negative ({value:g}). Areas, volumes, "
                "lengths and concentrations cannot be negative; correct the value.").format(
                where=self.where(name), field=name, title=field_title(name), value=v))
        return self._in_range(name, v)


@dataclass
class Units:
    """The joined units, in the order of the unit layer."""
    layer: str
    units: List[Unit]
    found: Dict[str, List[str]]             # canonical field → tables holding it
    unmatched: Dict[str, List[str]]         # table → its codes that are no unit
    tables: List[str] = field(default_factory=list)

    @property
    def codes(self) -> List[str]:
        return [u.code for u in self.units]

    def has(self, name: str) -> bool:
        return bool(self.found.get(name))

    def by_code(self) -> Dict[str, Unit]:
        return {u.code: u for u in self.units}

    def with_values(self, rows: Sequence[dict], layer: str) -> "Units":
        """A copy whose units also hold the values of ``rows`` (one dict per
        unit, e.g. element results), as coming from table ``layer``."""
        units = []
        for u, row in zip(self.units, rows):
            cells = dict(u.cells)
            for k, v in row.items():
                cells[k] = Cell(v, layer, u.row)
            units.append(Unit(u.code, u.index, u.layer, u.row, cells, list(u.missing_in)))
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
                raise InputError(tr(
                    "Required field '{field}' ({title}) was found in none of the inputs "
                    "({tables}){purpose}. Add a column named one of: {names}.").format(
                    field=name, title=field_title(name), tables=tables,
                    purpose=(" — " + purpose) if purpose else "",
                    names=", ".join(n for n in field_names(name) if n)))


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
                    raise InputError(tr(
                        "{layer}: the columns {a!r} and {b!r} both give the field '{field}' "
                        "({title}) but differ in {row} ({va!r} and {vb!r}). Keep one of them "
                        "or correct the value.").format(
                        layer=src.name, a=keep, b=other, field=name, title=field_title(name),
                        row=src.row_ids[i], va=text_value(a), vb=text_value(b)))
                if not text_value(a) and text_value(b):
                    if merged_rows is None:
                        merged_rows = [dict(r) for r in src.rows]
                    merged_rows[i][keep] = b
            drop.add(other)
    if not drop:
        return src
    return Source(src.name, merged_rows if merged_rows is not None else src.rows,
                  list(src.row_ids), [h for h in src.headers if h not in drop])


def require_rows(src: Source) -> None:
    """Refuse a table with a header and no rows: joined, it would only leave
    every unit without values (one warning per unit)."""
    if not src.rows:
        raise InputError(tr(
            "{layer}: the table has no rows (only a header). Give the table with one row per "
            "unit, or leave it out.").format(layer=src.name or tr("Input table")))


def join_units(units: Source, tables: Sequence[Source], fields: Iterable[str],
               unit_values: bool = True) -> Units:
    """Join ``tables`` to the rows of ``units`` on the unit code.

    ``fields`` are the canonical fields wanted; those found in no table are
    simply absent (the caller decides what is required, see
    :meth:`Units.require`). A table row whose code is not a unit is listed in
    ``unmatched`` (the caller warns); a unit without a row in a table has the
    table in ``missing_in``. ``unit_values=False`` takes only the codes from
    ``units`` (a base-year join must not read evaluation-year values that
    the unit layer may carry).
    """
    wanted = [f for f in dict.fromkeys(fields) if f != "unit_code"]
    for src in [units] + list(tables):
        require_rows(src)
    units = merge_duplicate_columns(units, ["unit_code"] + wanted)
    tables = [merge_duplicate_columns(t, ["unit_code"] + wanted) for t in tables]
    base = make_table(units.rows, units.name, required=["unit_code"],
                      optional=wanted if unit_values else [], row_ids=units.row_ids,
                      headers=units.headers)
    codes = unit_codes(base)
    out = [Unit(code, i, units.name, base.row_ids[i]) for i, code in enumerate(codes)]
    by_code = {u.code: u for u in out}
    found: Dict[str, List[str]] = {}
    for name in wanted:
        if unit_values and base.has(name):
            found.setdefault(name, []).append(units.name)
            for i, u in enumerate(out):
                u.cells[name] = Cell(base.raw(i, name), units.name, base.row_ids[i])
    unmatched: Dict[str, List[str]] = {}
    for src in tables:
        t = make_table(src.rows, src.name, required=["unit_code"], optional=wanted,
                       row_ids=src.row_ids, headers=src.headers)
        t_codes = unit_codes(t)
        unmatched[src.name] = [c for c in t_codes if c not in by_code]
        present = [n for n in wanted if t.has(n)]
        for n in present:
            found.setdefault(n, []).append(src.name)
        seen = set()
        for i, code in enumerate(t_codes):
            u = by_code.get(code)
            if u is None:
                continue
            seen.add(code)
            for n in present:
                value = t.raw(i, n)
                if text_value(value) == "":
                    u.cells.setdefault(n, Cell(value, src.name, t.row_ids[i]))
                    continue
                old = u.cells.get(n)
                if old is not None and text_value(old.value) != "" and \
                        not _same(old.value, value):
                    raise InputError(tr(
                        "Unit {code}: field '{field}' ({title}) is {a!r} in {layer_a} ({row_a}) "
                        "but {b!r} in {layer_b} ({row_b}). Keep the value in one table only, "
                        "or correct the one that is wrong.").format(
                        code=code, field=n, title=field_title(n), a=text_value(old.value),
                        layer_a=old.layer, row_a=old.row, b=text_value(value),
                        layer_b=src.name, row_b=t.row_ids[i]))
                u.cells[n] = Cell(value, src.name, t.row_ids[i])
        for u in out:
            if u.code not in seen:
                u.missing_in.append(src.name)
    return Units(units.name, out, found, unmatched, [t.name for t in tables])


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
        raise InputError(tr(
            "{layer}: the table has both a year column ({column}) and columns for several "
            "years ({years}). Use one layout: one table per year with a year column, or one "
            "table with year-suffixed columns and no year column.").format(
            layer=src.name, column=year_cols[0],
            years=", ".join(str(y) for y in sorted(by_year))))
    out: Dict[Optional[int], Source] = {}
    for year, cols in sorted(by_year.items()):
        rows = []
        for r in src.rows:
            row = {h: r.get(h) for h in shared}
            for h, stem in cols.items():
                row[stem] = r.get(h)
            row["year"] = year
            rows.append(row)
        out[year] = Source(f"{src.name} [{year}]", rows, list(src.row_ids),
                           shared + list(cols.values()) + ["year"])
    return out


def resolve_periods(eval_tables: Sequence[Source], base_tables: Sequence[Source]
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
            raise InputError(tr(
                "{layer}: columns for {n} years found ({years}); the trend compares two. Keep "
                "the columns of the base year and of the evaluation year only.").format(
                layer=src.name, n=len(years), years=", ".join(map(str, years))))
        ev.append(parts[years[-1]])
        if len(years) == 2:
            bs.append(parts[years[0]])
    for src in base_tables:
        parts = split_years(src)
        if None in parts:
            bs.append(parts[None])
            continue
        if len(parts) > 1:
            raise InputError(tr(
                "{layer}: the base-year table has columns for several years ({years}). Give "
                "one year per table.").format(layer=src.name,
                                              years=", ".join(map(str, sorted(parts)))))
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
        t = make_table(src.rows, src.name, optional=["year"], row_ids=src.row_ids,
                       headers=src.headers)
        if not t.has("year"):
            continue
        for i in range(len(t)):
            v = parse_number(t.raw(i, "year"), "year", t.row_ids[i], src.name)
            if v is None:
                continue
            if v != int(v) or not 1900 <= v <= 2100:
                raise InputError(tr(
                    "{layer}, {row}: the year {value:g} is not a calendar year. Enter the year "
                    "as four digits, e.g. 2025.").format(layer=src.name, row=t.row_ids[i],
                                                         value=v))
            y = int(v)
            if years and y not in years:
                other, where = next(iter(years.items()))
                raise InputError(tr(
                    "Year mismatch in the {what}: {where} says {a}, but {layer}, {row} says "
                    "{b}. All tables of one period must be of the same year.").format(
                    what=what, where=where, a=other, layer=src.name, row=t.row_ids[i], b=y))
            years.setdefault(y, f"{src.name}, {t.row_ids[i]}")
    return next(iter(years)) if years else None
