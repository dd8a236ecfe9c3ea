"""Import of indicator values from the workbooks departments send.

A file is CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or xlsx, in one of two
layouts, recognised from its headers:

* **wide** — a row per unit (and period), a column per indicator; the
  period comes from a year column (年份) or the ``period`` argument;
* **long** — columns unit code, indicator, period, value and optionally the
  unit of measure (计量单位).

Headers and indicator names are matched like everywhere in the plugin
(``core/indicators.py``: the canonical name, the Chinese name or an alias,
ignoring case, width and a bracketed unit) against the indicators of the
database, which link to the dictionary. A unit of measure in a header
(``用水总量(亿m³)``), in the long layout's unit column or in a cell
(``12.5%``) is converted to the indicator's unit (:mod:`.measures`).

Every cell is then one of

* **added** — the cell (unit × indicator × period) has no value yet;
* **changed** — it has a different value supplied by the same department
  and source: written as a new version that supersedes the stored one
  (which is kept: the history stays queryable);
* **unchanged** — the stored value is the same (re-importing a file
  changes nothing);
* **conflict** — a different value that another department or source
  supplied: listed, not written;
* **rejected** — bad input (row number, column, reason): a duplicate row,
  text or a blank in a numeric cell, a number outside the possible range
  of its indicator (the ``min`` / ``max`` of the dictionary field it links
  to), an unknown unit or indicator, a period in the future or not a year,
  a unit of measure that disagrees with the indicator's, an indicator
  another department supplies.

A file with a header and no rows is refused (:class:`InputError`).

``dry_run=True`` only reports. Otherwise all rows are written in one
transaction, or — if anything is rejected — none (:class:`ImportRejected`
carries the report). The file is read in chunks, so memory does not grow
with its length.
"""

import datetime
import hashlib
import os
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.indicators import (
    dictionary,
    field_names,
    format_range,
    normalize_header,
    percent_hint,
    value_range,
)
from ..core.progress import Progress
from . import measures
from .catalog import earliest_year, ensure_periods, parse_year
from .db import Store, utc_now
from .errors import ImportRejected
from .readers import TableFile, open_table

#: headers of the layout's own columns (besides the dictionary's names)
ROLE_NAMES = {
    "unit_code": list(field_names("unit_code")),
    "unit_name": list(field_names("unit_name")),
    "period": list(field_names("year")) + ["period", "期间", "评价期", "统计年度"],
    "indicator": ["indicator", "indicator_code", "指标", "指标代码", "指标名称", "指标项"],
    "value": ["value", "值", "数值", "指标值"],
    "measure": ["unit_of_measure", "uom", "计量单位", "单位"],
}
MISSING_TEXT = {"-", "--", "—", "/", "na", "n/a", "nan", "null", "none", "无数据", "缺测", "缺失"}
FLAG_TRUE = {"1", "是", "y", "yes", "true", "t", "有"}
FLAG_FALSE = {"0", "否", "n", "no", "false", "f", "无"}
CHUNK_ROWS = 2000


@dataclass
class Rejection:
    """A rejected row or cell: ``row`` None means the whole column."""

    row: Optional[int]
    column: str
    reason: str

    def text(self) -> str:
        if self.row is None:
            return tr("column {column}: {reason}").format(column=self.column, reason=self.reason)
        return tr("row {row}, column {column}: {reason}").format(
            row=self.row, column=self.column, reason=self.reason
        )


@dataclass
class CellChange:
    """One cell that would be (or was) added or changed, or is in conflict."""

    row: int
    column: str
    unit_code: str
    indicator: str
    period: str
    value: object
    old_value: object = None
    version: int = 1
    stored_department: str = ""
    stored_source: str = ""


@dataclass(kw_only=True)
class RejectingReport:
    """An import report that counts its rejections (``rejected``) and keeps
    the first ``max_details`` of them (``rejections``), and whether (as which
    import) it was written. Its fields are given by name only, after those of
    the report."""

    rejected: int = 0
    rejections: List[Rejection] = field(default_factory=list)
    written: bool = False
    import_id: Optional[int] = None
    max_details: int = 500

    def reject(self, row: Optional[int], column: str, reason: str) -> None:
        self.rejected += 1
        if len(self.rejections) < self.max_details:
            self.rejections.append(Rejection(row, column, reason))


@dataclass
class ImportReport(RejectingReport):
    file: str
    path: str
    department: str
    source: str
    dry_run: bool
    encoding: str = ""
    layout: str = ""
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    added_items: List[CellChange] = field(default_factory=list)
    changed_items: List[CellChange] = field(default_factory=list)
    unchanged_items: List[CellChange] = field(default_factory=list)
    conflict_items: List[CellChange] = field(default_factory=list)
    ignored_columns: List[str] = field(default_factory=list)
    new_periods: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)

    def summary(self) -> str:
        text = tr(
            "{file} ({layout}, {encoding}): {added} added, {changed} changed (new "
            "version), {unchanged} unchanged, {conflicts} in conflict, {rejected} "
            "rejected."
        ).format(**dict(vars(self), encoding=self.encoding or "xlsx"))
        if self.dry_run:
            text += " " + tr("Dry run: nothing was written.")
        elif self.written:
            text += " " + tr("Written as import {id}.").format(id=self.import_id)
        else:
            text += " " + tr("Nothing to write.")
        return text

    def rejection_rows(self) -> List[dict]:
        return [
            {"file": self.file, "row": r.row, "column": r.column, "reason": r.reason}
            for r in self.rejections
        ]

    #: the statuses of :meth:`item_rows`, in their order
    STATUSES = ("rejected", "conflict", "changed", "added", "unchanged")

    def item_rows(self) -> List[dict]:
        """Every listed cell and rejection as one row each (rejected rows
        first, then conflicts, changes, additions, unchanged cells), with
        the file's row number: what a dry run shows before the import."""
        out = []
        for r in self.rejections:
            out.append(
                {
                    "status": "rejected",
                    "row": r.row,
                    "column": r.column,
                    "unit_code": None,
                    "indicator": None,
                    "period": None,
                    "value": None,
                    "stored_value": None,
                    "version": None,
                    "stored_department": None,
                    "stored_source": None,
                    "reason": r.reason,
                }
            )
        for status, items in (
            ("conflict", self.conflict_items),
            ("changed", self.changed_items),
            ("added", self.added_items),
            ("unchanged", self.unchanged_items),
        ):
            for c in items:
                out.append(
                    {
                        "status": status,
                        "row": c.row,
                        "column": c.column,
                        "unit_code": c.unit_code,
                        "indicator": c.indicator,
                        "period": c.period,
                        "value": c.value,
                        "stored_value": c.old_value,
                        "version": c.version,
                        "stored_department": c.stored_department or None,
                        "stored_source": c.stored_source or None,
                        "reason": None,
                    }
                )
        return out

    def listed_all(self) -> bool:
        """Whether every cell is in :meth:`item_rows` (else only the first
        ``max_details`` of each status are)."""
        return all(
            len(items) >= n
            for items, n in (
                (self.rejections, self.rejected),
                (self.conflict_items, self.conflicts),
                (self.changed_items, self.changed),
                (self.added_items, self.added),
                (self.unchanged_items, self.unchanged),
            )
        )


# -- the catalogue as the import needs it -------------------------------------------


class _Catalog:
    def __init__(self, store: Store):
        self.indicators = {
            r["code"]: r
            for r in store.query_dicts(
                "SELECT code, name_zh, name_en, unit, kind, department_code, dictionary_field, "
                "aliases FROM indicators"
            )
        }
        self.departments = {r[0] for r in store.query("SELECT code FROM departments")}
        self.units = {r[0] for r in store.query("SELECT code FROM units")}
        self.periods = {r[0] for r in store.query("SELECT code FROM periods")}
        self.by_name: Dict[str, str] = {}
        ambiguous = set()
        for code, ind in self.indicators.items():
            names = [code, ind["name_zh"], ind["name_en"]] + [
                a for a in (ind["aliases"] or "").split("|") if a
            ]
            if ind["dictionary_field"]:
                names += field_names(ind["dictionary_field"])
            for n in names:
                key = normalize_header(n) if n else ""
                if not key:
                    continue
                if self.by_name.get(key, code) != code:
                    ambiguous.add(key)
                self.by_name.setdefault(key, code)
        for key in ambiguous:
            self.by_name.pop(key, None)
        self.ranges = {code: _indicator_range(ind) for code, ind in self.indicators.items()}
        self.full_names = {
            code: {
                _nfkc(n).replace(" ", "").casefold()
                for n in (
                    [ind["name_zh"], ind["name_en"]]
                    + (field_names(ind["dictionary_field"]) if ind["dictionary_field"] else [])
                )
                if n
            }
            for code, ind in self.indicators.items()
        }

    def lookup(self, text: str) -> Optional[str]:
        return self.by_name.get(normalize_header(text))


def _indicator_range(ind: dict) -> Optional[Tuple[Optional[float], Optional[float]]]:
    """The possible range (min, max) of a number indicator in its unit of
    the database, from the indicator dictionary (``data/indicators.toml``)
    of the field it links to; ``None`` for an indicator without a range (a
    local one, an index of unknown scale, text) or whose unit cannot be
    converted from the dictionary's."""
    name = ind["dictionary_field"]
    if not name or ind["kind"] not in ("number", "integer"):
        return None
    lo, hi = value_range(name)
    if lo is None and hi is None:
        return None
    factor = measures.conversion((dictionary().get(name) or {}).get("unit", ""), ind["unit"] or "")
    if factor is None:
        return None
    return (None if lo is None else lo * factor, None if hi is None else hi * factor)


def _nfkc(text) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip()


def _role(header: str) -> Optional[str]:
    norm = normalize_header(header)
    for role, names in ROLE_NAMES.items():
        if any(norm == normalize_header(n) for n in names if n):
            return role
    return None


def _header_unit(header: str) -> Optional[str]:
    """The text in the last brackets of a header, if any."""
    s = _nfkc(header)
    if not s.endswith((")", "]")):
        return None
    close = s[-1]
    open_ = "(" if close == ")" else "["
    i = s.rfind(open_)
    return s[i + 1 : -1].strip() if i > 0 else None


# -- layouts -----------------------------------------------------------------------


@dataclass
class _Column:
    index: int
    header: str
    indicator: str
    factor: float = 1.0


@dataclass
class _Layout:
    kind: str  # "wide" or "long"
    unit_col: int
    period_col: Optional[int] = None
    indicator_col: Optional[int] = None
    value_col: Optional[int] = None
    measure_col: Optional[int] = None
    columns: List[_Column] = field(default_factory=list)


def _layout(
    table: TableFile, cat: _Catalog, department: str, report: ImportReport, period: Optional[str]
) -> _Layout:
    roles: Dict[str, int] = {}
    seen_headers: Dict[str, int] = {}
    for i, h in enumerate(table.headers):
        if not h:
            continue
        if normalize_header(h) in seen_headers:
            raise InputError(
                tr(
                    "{file}: the header {header!r} appears twice (columns {a} and {b}). Keep one "
                    "of them."
                ).format(
                    file=table.name,
                    header=h,
                    a=table.col_refs[seen_headers[normalize_header(h)]],
                    b=table.col_refs[i],
                )
            )
        seen_headers[normalize_header(h)] = i
        role = _role(h)
        if role is not None and role not in roles:
            roles[role] = i
    if "unit_code" not in roles:
        raise InputError(
            tr("{file}: no column of unit codes. Add a column named one of: {names}.").format(
                file=table.name, names=", ".join(n for n in ROLE_NAMES["unit_code"] if n)
            )
        )
    long_layout = "indicator" in roles and "value" in roles
    if "period" not in roles and period is None:
        raise InputError(
            (
                tr(
                    "{file}: no period column (年份) and no period given. Add a column 年份 or "
                    "give the period of the file."
                )
                if long_layout
                else tr(
                    "{file}: no period column (年份) and no period given. Add a column 年份 with "
                    "the year of each row, or give the period of the file."
                )
            ).format(file=table.name)
        )
    if long_layout:
        lay = _Layout(
            "long",
            roles["unit_code"],
            roles.get("period"),
            roles["indicator"],
            roles["value"],
            roles.get("measure"),
        )
        used = {v for v in roles.values()}
        report.ignored_columns = [h for i, h in enumerate(table.headers) if h and i not in used]
        return lay
    lay = _Layout("wide", roles["unit_code"], roles.get("period"))
    used = set(roles.values())
    for i, h in enumerate(table.headers):
        if not h or i in used:
            continue
        code = cat.lookup(h)
        if code is None:
            report.ignored_columns.append(h)
            continue
        ind = cat.indicators[code]
        if any(c.indicator == code for c in lay.columns):
            other = next(c for c in lay.columns if c.indicator == code)
            raise InputError(
                tr(
                    "{file}: the columns {a!r} and {b!r} are both indicator {code}. Keep one of "
                    "them."
                ).format(file=table.name, a=other.header, b=h, code=code)
            )
        problem = _supplier_problem(ind, department)
        if problem:
            report.reject(None, h, problem)
            continue
        factor = 1.0
        unit = _header_unit(h)
        if (
            unit is not None
            and _nfkc(h).replace(" ", "").casefold() not in cat.full_names[code]
            and measures.quantity(unit) is not None
        ):
            factor = measures.conversion(unit, ind["unit"])
            if factor is None:
                report.reject(
                    None,
                    h,
                    tr(
                        "the unit of measure {unit} disagrees with indicator {code}, which is in "
                        "{expected}. Convert the values to {expected} or correct the "
                        "header"
                    ).format(unit=unit, code=code, expected=ind["unit"] or "—"),
                )
                continue
            if factor != 1.0:
                report.notes.append(
                    tr(
                        "column {column}: values in {unit} converted to {expected} (× {factor:g})"
                    ).format(column=h, unit=unit, expected=ind["unit"], factor=factor)
                )
        elif unit is not None and _nfkc(h).replace(" ", "").casefold() not in cat.full_names[code]:
            report.notes.append(
                tr(
                    "column {column}: {unit!r} is not a unit of measure the "
                    "plugin knows; the values are taken as {expected}"
                ).format(column=h, unit=unit, expected=ind["unit"] or "—")
            )
        lay.columns.append(_Column(i, h, code, factor))
    if not lay.columns and not report.rejected:
        raise InputError(
            tr(
                "{file}: no column is an indicator of the database. Name the columns by the "
                "indicator's Chinese name or code (docs/indicators.md), or use the long layout "
                "(unit code, indicator, period, value)."
            ).format(file=table.name)
        )
    return lay


def _supplier_problem(ind: dict, department: Optional[str]) -> Optional[str]:
    if not ind["department_code"]:
        return tr(
            "indicator {code} has no supplying department in table indicators. Ask the "
            "administrator to set it"
        ).format(code=ind["code"])
    if department is not None and ind["department_code"] != department:
        return tr(
            "indicator {code} is supplied by department {owner}, not {department}. "
            "Leave it out, or let {owner} import it"
        ).format(code=ind["code"], owner=ind["department_code"], department=department)
    return None


# -- cell parsing (vectorised) -------------------------------------------------------


def _clean(s: pd.Series) -> pd.Series:
    s = s.astype(str).str.strip()
    wide = s.str.contains(r"[^\x00-\x7f]", regex=True)
    if wide.any():
        s = s.where(~wide, s[wide].map(_nfkc))
    return s


# problems of a cell (codes of _parse, and of _range_problems)
_OK, _NOT_NUMBER, _NOT_FLAG, _PERCENT, _NOT_WHOLE, _OUT_OF_RANGE = 0, 1, 2, 3, 4, 5


def _range_problems(values, problem, rng):
    """``problem`` with the readable numbers outside the range ``rng``
    (min, max; ``None`` for an open side) marked ``_OUT_OF_RANGE``."""
    lo, hi = rng
    out = (problem == _OK) & ~np.isnan(values)
    inside = np.ones(len(values), dtype=bool)
    with np.errstate(invalid="ignore"):
        if lo is not None:
            inside &= values >= lo
        if hi is not None:
            inside &= values <= hi
    out &= ~inside
    if not out.any():
        return problem
    problem = problem.copy()
    problem[out] = _OUT_OF_RANGE
    return problem


def _range_text(cell, value: float, ind: dict, rng) -> str:
    """Why a cell is outside the possible range of its indicator: the cell
    as written (and the value in the indicator's unit when it was
    converted), the indicator and the range, with the fix."""
    lo, hi = rng
    unit = ind["unit"] or ""
    shown = repr(cell)
    written = str(cell).strip().rstrip("%‰").replace(",", "").strip()
    try:
        same = float(written) == value
    except ValueError:
        same = False
    if not same:
        shown += f" ({value:g} {unit})" if unit else f" ({value:g})"
    words = dict(value=shown, code=ind["code"], range=format_range(lo, hi, unit))
    if lo == 0 and value < 0:
        return tr(
            "{value} is negative; indicator {code} cannot be negative (possible range "
            "{range}). Correct the value"
        ).format(**words)
    hint = percent_hint(lo, hi, value)
    return tr(
        "{value} is outside the possible range {range} of indicator {code}.{hint} Correct the value"
    ).format(**words, hint=hint)


def _problem_text(code: int, value: str, unit: str) -> str:
    if code == _NOT_NUMBER:
        return tr(
            "{value!r} is not a number. Enter a number without units (or with % or ‰)"
        ).format(value=value)
    if code == _NOT_FLAG:
        return tr("{value!r} is not yes or no (1/0, 是/否)").format(value=value)
    if code == _PERCENT:
        return tr("{value!r} is a percentage, but the indicator is in {unit}").format(
            value=value, unit=unit or "—"
        )
    return tr("{value!r} is not a whole number").format(value=value)


def _parse(raw: pd.Series, kind: str, unit: str, factor):
    """(values, texts, blank mask, problem codes) of the cells ``raw``;
    ``factor`` (a number or an array along ``raw``) converts to the
    indicator's unit. Plain numbers take a vectorised path; only the other
    cells (text, separators, %, full-width digits, blanks) are looked at one
    by one."""
    n = len(raw)
    if kind not in ("number", "integer"):
        return _parse_text(_clean(raw), kind, unit, factor)
    fac = np.broadcast_to(np.asarray(factor, dtype=float), (n,)).copy()
    base = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float)
    good = np.isfinite(base)
    blank = np.zeros(n, dtype=bool)
    problem = np.zeros(n, dtype=np.int8)
    if not good.all():
        idx = np.flatnonzero(~good)
        b, f, bl, pr = _parse_numbers(_clean(raw.iloc[idx]), unit, fac[idx])
        base[idx], fac[idx], blank[idx], problem[idx] = b, f, bl, pr
    values = base * fac
    values[problem != _OK] = np.nan
    if kind == "integer":
        problem[(problem == _OK) & ~np.isnan(base) & (base != np.round(base))] = _NOT_WHOLE
    return values, np.full(n, None, dtype=object), blank, problem


def _parse_numbers(s: pd.Series, unit: str, fac: np.ndarray):
    """(base values, factors, blank, problems) of number cells that are not
    plain numbers."""
    low = s.str.casefold()
    blank = (s.eq("") | low.isin(MISSING_TEXT)).to_numpy()
    problem = np.zeros(len(s), dtype=np.int8)
    pct = s.str.endswith("%").to_numpy()
    pm = s.str.endswith("‰").to_numpy()
    core = s.str.rstrip("%‰").str.replace(",", "", regex=False).str.strip()
    base = pd.to_numeric(core.where(~blank, None), errors="coerce").to_numpy(dtype=float)
    base[~np.isfinite(base)] = np.nan
    problem[~blank & np.isnan(base)] = _NOT_NUMBER
    for mask, sign in ((pct, "%"), (pm, "‰")):
        m = mask & (problem == _OK) & ~blank
        if m.any():
            f = measures.conversion(sign, unit)
            if f is None:
                problem[m] = _PERCENT
            else:
                fac[m] = f
    return base, fac, blank, problem


def _parse_text(s: pd.Series, kind: str, unit: str, factor):
    low = s.str.casefold()
    blank = (s.eq("") | low.isin(MISSING_TEXT)).to_numpy()
    problem = np.zeros(len(s), dtype=np.int8)
    texts = np.full(len(s), None, dtype=object)
    values = np.full(len(s), np.nan)
    if kind == "flag":
        values = np.where(low.isin(FLAG_TRUE), 1.0, np.where(low.isin(FLAG_FALSE), 0.0, np.nan))
        problem[~blank & np.isnan(values)] = _NOT_FLAG
    else:
        texts[~blank] = s.to_numpy()[~blank]
    return values, texts, blank, problem


# -- classification against the stored values ------------------------------------------

_CUR_COLS = [
    "obs_id",
    "unit_code",
    "indicator",
    "period",
    "old_value",
    "old_text",
    "old_version",
    "old_department",
    "old_source",
]


def _current(store: Store, cells: pd.DataFrame) -> pd.DataFrame:
    units = sorted(cells["unit_code"].unique())
    periods = sorted(cells["period"].unique())
    frames = []
    for i in range(0, len(units), 1000):
        part = units[i : i + 1000]
        sql = (
            "SELECT obs_id, unit_code, indicator_code, period_code, value, value_text, "
            "version, department_code, source FROM observations WHERE unit_code IN "
            f"({', '.join('?' * len(part))}) AND period_code IN "
            f"({', '.join('?' * len(periods))})"
        )
        rows = store.query(sql, list(part) + list(periods))
        if rows:
            frames.append(pd.DataFrame.from_records(rows, columns=_CUR_COLS))
    if not frames:
        return pd.DataFrame(columns=_CUR_COLS)
    cur = pd.concat(frames, ignore_index=True)
    cur = cur.sort_values("old_version").drop_duplicates(
        ["unit_code", "indicator", "period"], keep="last"
    )
    return cur


def _classify(
    store: Store, cells: pd.DataFrame, cat: "_Catalog", department: Optional[str], source: str
) -> pd.DataFrame:
    """``cells`` with the stored current version of each (``obs_id``,
    ``old_*``) and a ``status``: added, unchanged, changed or conflict."""
    cur = _current(store, cells)
    m = cells.copy()
    n = len(m)
    if len(cur):
        keys = ["unit_code", "indicator", "period"]
        idx = pd.MultiIndex.from_frame(cur[keys]).get_indexer(pd.MultiIndex.from_frame(m[keys]))
    else:
        idx = np.full(n, -1)
    found = idx >= 0
    for col, fill in (
        ("obs_id", np.nan),
        ("old_value", np.nan),
        ("old_text", None),
        ("old_version", np.nan),
        ("old_department", None),
        ("old_source", None),
    ):
        numeric = fill is not None
        out = np.full(n, fill, dtype=float if numeric else object)
        if found.any():
            src = cur[col].to_numpy()
            out[found] = (
                pd.to_numeric(src[idx[found]], errors="coerce") if numeric else src[idx[found]]
            )
        m[col] = out
    m["department"] = (
        department
        if department is not None
        else m["indicator"].map({c: ind["department_code"] for c, ind in cat.indicators.items()})
    )
    new = ~found
    old_v = m["old_value"].to_numpy(dtype=float)
    new_v = m["value"].to_numpy(dtype=float)
    is_text = pd.notna(m["value_text"].to_numpy())
    with np.errstate(invalid="ignore"):
        num_equal = np.isclose(new_v, old_v, rtol=1e-12, atol=0.0)
    text_equal = m["value_text"].to_numpy(dtype=object) == m["old_text"].to_numpy(dtype=object)
    equal = np.where(is_text, text_equal, num_equal) & found
    same = (
        m["old_department"].to_numpy(dtype=object) == m["department"].to_numpy(dtype=object)
    ) & (pd.Series(m["old_source"]).fillna("").to_numpy(dtype=object) == source)
    m["status"] = np.where(
        new, "added", np.where(equal, "unchanged", np.where(same, "changed", "conflict"))
    )
    return m


# -- the import ----------------------------------------------------------------------


def file_sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _value_of(row) -> object:
    return (
        row.value_text
        if row.value_text is not None
        else (None if np.isnan(row.value) else float(row.value))
    )


def import_indicators(
    store: Store,
    path: str,
    department: Optional[str],
    source: str = "",
    period=None,
    sheet: Optional[str] = None,
    dry_run: bool = True,
    skip_blank: bool = False,
    note: str = "",
    profile=None,
    feedback=None,
    chunk_rows: int = CHUNK_ROWS,
    max_details: int = 500,
    today: Optional[datetime.date] = None,
) -> ImportReport:
    """Import (or with ``dry_run`` only check) the indicator values of a
    department's file. See the module docstring for the rules; returns the
    report, raises :class:`ImportRejected` (with the report) if a real
    import has rejected rows — then nothing was written.

    ``department`` None imports a combined table (the lead department's,
    or the administrator's): each value counts as supplied by its
    indicator's department. On PostgreSQL only a role that may write all of
    them (the administrator) can do that."""
    progress = Progress(feedback)
    store.require_current()
    table = open_table(path, sheet)
    report = ImportReport(
        table.name,
        os.path.abspath(path),
        department,
        source,
        dry_run,
        encoding=table.encoding,
        max_details=max_details,
    )
    cat = _Catalog(store)
    if department is not None and department not in cat.departments:
        raise InputError(
            tr(
                "Department {dept!r} is not in table departments (known: {known}). Give the code "
                "of the department supplying the file."
            ).format(dept=department, known=", ".join(sorted(cat.departments)))
        )
    first_year = earliest_year(profile)
    fixed_period = None
    if period is not None and str(period).strip():
        try:
            fixed_period = str(parse_year(period, first_year, today))
        except ValueError as exc:
            raise InputError(
                tr(
                    "{file}: the period given, {value!r}: {reason}. Give a year such as 2025."
                ).format(file=table.name, value=period, reason=exc)
            ) from None
    lay = _layout(table, cat, department, report, fixed_period)
    report.layout = tr("wide") if lay.kind == "wide" else tr("long")
    if report.ignored_columns:
        report.notes.append(
            tr("columns not read (no indicator of the database): {columns}").format(
                columns=", ".join(report.ignored_columns)
            )
        )
    state = {"seen": {}, "import_id": None, "periods": set(cat.periods), "years": {}}
    total = max(table.estimate_rows(), 1)
    sha = file_sha256(path) if not dry_run else ""
    reading = _Reading(
        table, lay, cat, department, report, state, fixed_period, first_year, today, skip_blank
    )

    def run():
        done_rows = 0
        for rows, numbers in table.chunks(chunk_rows):
            progress.check()
            cells = _cells(reading, rows, numbers)
            done_rows += len(rows)
            if len(cells):
                m = _classify(store, cells, cat, department, source)
                _count(m, report)
                if not dry_run and not report.rejected:
                    _write(store, m, table, report, state, department, source, sha, note)
            progress.set(min(0.99, done_rows / total))
        if not done_rows:
            raise InputError(
                tr(
                    "{file}: the table has no rows (only a header). Fill in the values, one row "
                    "per unit (or per unit and indicator in the long layout), and import it again."
                ).format(file=table.name)
            )
        if not dry_run and report.rejected:
            first = "; ".join(r.text() for r in report.rejections[:3])
            raise ImportRejected(
                tr(
                    "{file}: {n} rejected row(s) or cell(s), for example {first}. Nothing was "
                    "written. Correct the file and import it again (a dry run lists every "
                    "rejection)."
                ).format(file=table.name, n=report.rejected, first=first),
                report,
            )

    if dry_run:
        run()
    else:
        with store.transaction(
            tr("importing {file} into table observations").format(file=table.name)
        ):
            run()
        report.written = state["import_id"] is not None
        report.import_id = state["import_id"]
    report.new_periods = sorted(
        {y for y in state["years"].values() if isinstance(y, str)} - set(cat.periods)
    )
    progress.set(1.0)
    return report


@dataclass
class _Reading:
    """What every chunk of one file is read with (see :func:`_cells`)."""

    table: TableFile
    lay: _Layout
    cat: _Catalog
    department: Optional[str]
    report: ImportReport
    state: dict
    fixed_period: Optional[str]
    first_year: int
    today: Optional[datetime.date]
    skip_blank: bool


def _cells(rd: _Reading, rows, numbers) -> pd.DataFrame:
    """The valid cells of a chunk (rejecting the rest into the report)."""
    lay, report, state, headers = rd.lay, rd.report, rd.state, rd.table.headers
    df = pd.DataFrame(rows)
    nums = np.asarray(numbers)
    codes = _clean(df[lay.unit_col])
    ok = np.ones(len(df), dtype=bool)
    unit_h = headers[lay.unit_col]
    for i in np.flatnonzero(codes.eq("").to_numpy()):
        report.reject(int(nums[i]), unit_h, tr("the unit code is empty"))
        ok[i] = False
    unknown = (~codes.isin(rd.cat.units) & codes.ne("")).to_numpy()
    for i in np.flatnonzero(unknown):
        report.reject(
            int(nums[i]),
            unit_h,
            tr(
                "unit code {code!r} is not in table units. Load the unit first or correct the code"
            ).format(code=codes.iat[i]),
        )
        ok[i] = False
    # period per row
    if lay.period_col is not None:
        raw = _clean(df[lay.period_col])
        years = state["years"]
        per = []
        for i, v in enumerate(raw):
            if v not in years:
                try:
                    years[v] = str(parse_year(v, rd.first_year, rd.today))
                except ValueError as exc:
                    years[v] = exc
            y = years[v]
            if isinstance(y, ValueError):
                if ok[i]:
                    report.reject(
                        int(nums[i]),
                        headers[lay.period_col],
                        tr(
                            "period {reason}. Write the year as YYYY, not later than this year"
                        ).format(reason=y),
                    )
                ok[i] = False
                per.append("")
            else:
                per.append(y)
        periods = pd.Series(per, index=df.index)
    else:
        periods = pd.Series(rd.fixed_period, index=df.index)
        state["years"][rd.fixed_period] = rd.fixed_period
    if lay.kind == "wide":
        return _wide_cells(rd, df, nums, ok, codes, periods)
    return _long_cells(rd, df, nums, ok, codes, periods)


_CELL_COLUMNS = ("row", "column", "unit_code", "indicator", "period", "value", "value_text")


def _cell_frame(parts: List[dict]) -> pd.DataFrame:
    """One frame of cells from parts ({column: array}); numpy concatenation
    (pandas' concat inspects object columns cell by cell)."""
    if not parts:
        return pd.DataFrame()
    out = {}
    for c in _CELL_COLUMNS:
        arrays = [
            np.broadcast_to(
                np.asarray(p[c], dtype=object if c != "value" else float), (len(p["row"]),)
            )
            for p in parts
        ]
        out[c] = np.concatenate(arrays)
    out["row"] = out["row"].astype(np.int64)
    return pd.DataFrame(out)


def _dup_rows(keys: List[tuple], nums, ok, seen: dict, report, column: str, what: str):
    for i, key in enumerate(keys):
        if not ok[i]:
            continue
        first = seen.get(key)
        if first is not None:
            report.reject(
                int(nums[i]),
                column,
                tr("duplicate of row {first} ({what}). Keep one row").format(
                    first=first, what=what
                ),
            )
            ok[i] = False
        else:
            seen[key] = int(nums[i])


def _wide_cells(rd: _Reading, df, nums, ok, codes, periods):
    lay, cat, report, headers = rd.lay, rd.cat, rd.report, rd.table.headers
    _dup_rows(
        list(zip(codes, periods)),
        nums,
        ok,
        rd.state["seen"],
        report,
        headers[lay.unit_col],
        tr("same unit and period"),
    )
    frames = []
    sel = np.flatnonzero(ok)
    if not len(sel):
        return pd.DataFrame()
    for col in lay.columns:
        ind = cat.indicators[col.indicator]
        s = df[col.index].iloc[sel]
        values, texts, blank, problem = _parse(s, ind["kind"], ind["unit"], col.factor)
        keep = _reject_cells(
            report, nums[sel], col.header, s, ind, values, blank, problem, rd.skip_blank, cat
        )
        if not keep.any():
            continue
        idx = sel[keep]
        frames.append(
            {
                "row": nums[idx],
                "column": col.header,
                "unit_code": codes.to_numpy()[idx],
                "indicator": col.indicator,
                "period": periods.to_numpy()[idx],
                "value": values[keep],
                "value_text": texts[keep],
            }
        )
    return _cell_frame(frames)


def _reject_cells(report, nums, header, s, ind: dict, values, blank, problem, skip_blank, cat):
    """Report the bad cells of indicator ``ind`` (and, for numbers, the empty
    ones and those outside the indicator's possible range); returns the mask
    of the cells that give a value."""
    kind, unit = ind["kind"], ind["unit"]
    rng = cat.ranges.get(ind["code"])
    if rng is not None:
        problem = _range_problems(values, problem, rng)
    bad = problem != _OK
    empty = (
        blank & ~bad
        if kind in ("number", "integer") and not skip_blank
        else np.zeros(len(blank), dtype=bool)
    )
    idx = np.flatnonzero(bad | empty)
    room = max(0, report.max_details - len(report.rejections))
    for i in idx[:room]:
        if problem[i] == _OUT_OF_RANGE:
            report.reject(int(nums[i]), header, _range_text(s.iat[i], values[i], ind, rng))
        elif bad[i]:
            report.reject(int(nums[i]), header, _problem_text(int(problem[i]), s.iat[i], unit))
        else:
            report.reject(
                int(nums[i]),
                header,
                tr(
                    "the cell is empty ({value!r}). Enter the value, or leave the indicator out "
                    "of the file for this unit (long layout)"
                ).format(value=s.iat[i]),
            )
    report.rejected += max(0, len(idx) - room)
    return ~blank & ~bad


def _long_cells(rd: _Reading, df, nums, ok, codes, periods):
    lay, cat, report, headers = rd.lay, rd.cat, rd.report, rd.table.headers
    ind_h = headers[lay.indicator_col]
    names = _clean(df[lay.indicator_col])
    lookup = {n: cat.lookup(n) for n in names.unique()}
    inds = names.map(lookup)
    for i in np.flatnonzero(ok):
        code = inds.iat[i]
        if code is None or (isinstance(code, float) and np.isnan(code)):
            report.reject(
                int(nums[i]),
                ind_h,
                tr(
                    "{name!r} is not an indicator of table indicators. Use its code or Chinese "
                    "name (docs/indicators.md)"
                ).format(name=names.iat[i]),
            )
            ok[i] = False
            continue
        problem = _supplier_problem(cat.indicators[code], rd.department)
        if problem:
            report.reject(int(nums[i]), ind_h, problem)
            ok[i] = False
    factors = np.ones(len(df))
    if lay.measure_col is not None:
        mh = headers[lay.measure_col]
        meas = _clean(df[lay.measure_col])
        for i in np.flatnonzero(ok):
            u = meas.iat[i]
            if not u:
                continue
            ind = cat.indicators[inds.iat[i]]
            f = measures.conversion(u, ind["unit"])
            if f is None:
                report.reject(
                    int(nums[i]),
                    mh,
                    tr(
                        "the unit of measure {unit} disagrees with indicator {code}, which is in "
                        "{expected}. Convert the value or correct the unit"
                    ).format(unit=u, code=inds.iat[i], expected=ind["unit"] or "—"),
                )
                ok[i] = False
            else:
                factors[i] = f
    _dup_rows(
        list(zip(codes, inds, periods)),
        nums,
        ok,
        rd.state["seen"],
        report,
        headers[lay.unit_col],
        tr("same unit, indicator and period"),
    )
    sel = np.flatnonzero(ok)
    if not len(sel):
        return pd.DataFrame()
    raw = df[lay.value_col].iloc[sel]
    sub_inds = inds.iloc[sel]
    frames = []
    for code in sub_inds.unique():
        mask = (sub_inds == code).to_numpy()
        ind = cat.indicators[code]
        s = raw[mask]
        values, texts, blank, problem = _parse(s, ind["kind"], ind["unit"], factors[sel][mask])
        keep = _reject_cells(
            report,
            nums[sel][mask],
            headers[lay.value_col],
            s,
            ind,
            values,
            blank,
            problem,
            rd.skip_blank,
            cat,
        )
        idx = sel[mask][keep]
        if len(idx):
            frames.append(
                {
                    "row": nums[idx],
                    "column": headers[lay.value_col],
                    "unit_code": codes.to_numpy()[idx],
                    "indicator": code,
                    "period": periods.to_numpy()[idx],
                    "value": values[keep],
                    "value_text": texts[keep],
                }
            )
    return _cell_frame(frames)


def _count(m: pd.DataFrame, report: ImportReport) -> None:
    counts = m["status"].value_counts()
    report.added += int(counts.get("added", 0))
    report.changed += int(counts.get("changed", 0))
    report.unchanged += int(counts.get("unchanged", 0))
    report.conflicts += int(counts.get("conflict", 0))
    cap = report.max_details
    for status, items in (
        ("added", report.added_items),
        ("changed", report.changed_items),
        ("unchanged", report.unchanged_items),
        ("conflict", report.conflict_items),
    ):
        room = cap - len(items)
        if room <= 0:
            continue
        for r in m[m["status"] == status].head(room).itertuples(index=False):
            old = None
            if status != "added":
                old = (
                    r.old_text
                    if r.old_text is not None and r.old_text == r.old_text
                    else r.old_value
                )
            version = (
                1 if status == "added" else int(r.old_version) + (0 if status == "unchanged" else 1)
            )
            items.append(
                CellChange(
                    int(r.row),
                    r.column,
                    r.unit_code,
                    r.indicator,
                    r.period,
                    _value_of(r),
                    old,
                    version,
                    "" if status == "added" else r.old_department,
                    "" if status == "added" else (r.old_source or ""),
                )
            )


def _write(store, m, table, report, state, department, source, sha, note) -> None:
    w = m[m["status"].isin(["added", "changed"])]
    if not len(w):
        return
    new_periods = set(w["period"].unique()) - state["periods"]
    if new_periods:
        ensure_periods(store, [int(p) for p in new_periods])
        state["periods"] |= new_periods
    if state["import_id"] is None:
        state["import_id"] = store.insert_returning(
            "INSERT INTO imports (kind, file_name, file_sha256, department_code, source, "
            "imported_at, imported_by, note) VALUES ('indicators', ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING import_id",
            (table.name, sha, department, source, utc_now(), store.user, note),
            tr("writing table imports"),
        )
    iid = state["import_id"]
    changed = (w["status"] == "changed").to_numpy()
    version = np.where(
        changed, pd.to_numeric(w["old_version"], errors="coerce").fillna(0).to_numpy() + 1, 1
    ).astype(int)
    supersedes = w["obs_id"].to_numpy()
    values = w["value"].to_numpy(dtype=float)
    nums = values.astype(object)
    nums[np.isnan(values)] = None
    texts = w["value_text"].to_numpy(dtype=object)
    texts[pd.isna(texts)] = None
    sup = np.full(len(w), None, dtype=object)
    sup[changed] = [int(x) for x in supersedes[changed]]
    rows = zip(
        w["unit_code"].to_numpy(),
        w["indicator"].to_numpy(),
        w["period"].to_numpy(),
        nums.tolist(),
        texts.tolist(),
        version.tolist(),
        sup.tolist(),
        w["department"].tolist(),
        [source] * len(w),
        [iid] * len(w),
        w["row"].astype(int).tolist(),
    )
    store.bulk_insert(
        "observations",
        [
            "unit_code",
            "indicator_code",
            "period_code",
            "value",
            "value_text",
            "version",
            "supersedes",
            "department_code",
            "source",
            "import_id",
            "file_row",
        ],
        rows,
    )


# -- reading back ------------------------------------------------------------------------


def history(store: Store, unit_code: str, indicator: str) -> List[dict]:
    """Every version of an indicator's values for one unit, oldest first,
    with the file, time and user of its import."""
    rows = store.query_dicts(
        "SELECT o.period_code, o.version, o.value, o.value_text, o.department_code, "
        "o.source, o.supersedes, o.obs_id, i.file_name, i.imported_at, i.imported_by, "
        "o.file_row FROM observations o JOIN imports i ON i.import_id = o.import_id "
        "WHERE o.unit_code = ? AND o.indicator_code = ? ORDER BY o.period_code, o.version",
        (unit_code, indicator),
    )
    current = {
        r[0]
        for r in store.query(
            "SELECT obs_id FROM observations_current WHERE unit_code = ? AND indicator_code = ?",
            (unit_code, indicator),
        )
    }
    for r in rows:
        r["current"] = r["obs_id"] in current
        r["imported_at"] = str(r["imported_at"])
    return rows


__all__ = [
    "import_indicators",
    "ImportReport",
    "Rejection",
    "CellChange",
    "history",
    "file_sha256",
    "ImportRejected",
]
