"""Trend of a yearly series per evaluation unit and indicator.

Input is a table (a pandas DataFrame, as read from a layer, CSV or Excel
sheet) in one of two shapes:

* **long** — one row per unit and year: a unit column, a year column, and
  one column per indicator (``value_columns``), or an indicator column and
  one value column;
* **wide** — one row per unit (and indicator): a unit column and one column
  per year, headed ``2015``, ``2015年`` or ``Y2015``.

For every unit and indicator (:func:`analyse`): the least-squares slope per
year with R², t and its two-sided p; the change first → last year as
slope × span and as the observed difference; the annual rate of the fitted
line (the series counterpart of the 2016 method's annual rates); the
Mann–Kendall test (S, Var(S) with ties, Z, p) and Sen's slope; the level
class of the level (last value, mean or fitted last value) and the change
class of the change (fitted, observed or Sen's) from the indicator's
grading (``[series_trend]`` of the method profile, docs/methods_extra.md).

A series with fewer than ``min_years`` values, or with more missing years
inside its span than ``max_missing``, gets ``status`` ``too_few_years`` or
``gaps`` and a note naming the years — no numbers.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import tr
from ..indicators import (
    MISSING_TEXT,
    cell_number,
    dictionary,
    field_names,
    format_range,
    normalize_header,
    value_range,
)
from ..profile import Profile
from ..progress import as_progress
from ..table import row_id
from . import stats
from .grading import Grading

OK, TOO_FEW, GAPS = "ok", "too_few_years", "gaps"
INCREASING, DECREASING, NO_TREND = "increasing", "decreasing", "no_trend"
CHANGE_OF = ("fit", "observed", "sen")
LEVEL_OF = ("last", "mean", "fit_last")
GATES = ("none", "ols", "mk")

_YEAR_HEADER = re.compile(r"^(?:y|year_?)?(\d{4})(?:年|年度)?$", re.IGNORECASE)
_YEAR_MIN, _YEAR_MAX = 1900, 2200


@dataclass
class Series:
    """The yearly values of one unit and indicator (``None`` = missing),
    with the table row and column each came from."""

    unit: str
    indicator: str
    values: Dict[int, Optional[float]] = field(default_factory=dict)
    rows: Dict[int, str] = field(default_factory=dict)
    columns: Dict[int, str] = field(default_factory=dict)
    layer: str = ""

    @property
    def years(self) -> List[int]:
        return sorted(self.values)


@dataclass(frozen=True)
class Settings:
    """The ``[series_trend]`` rules."""

    min_years: int
    max_missing: int
    alpha: float
    exact_max_n: int
    change_of: str
    level_of: str
    significance_gate: str
    precision: int

    @classmethod
    def from_profile(cls, profile: Profile) -> "Settings":
        s = profile.get("series_trend")
        return cls(
            s["min_years"],
            s["max_missing"],
            s["alpha"],
            s["exact_max_n"],
            s["change_of"],
            s["level_of"],
            s["significance_gate"],
            profile.precision,
        )


# -- reading tables --------------------------------------------------------------


def cell_text(value) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip()


def code_text(value) -> str:
    """:func:`cell_text` of a code or year; a whole number read as a float
    keeps no ".0"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value)


def is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if hasattr(value, "isNull") and value.isNull():
        return True
    if isinstance(value, str) and cell_text(value).casefold() in MISSING_TEXT:
        return True
    # pandas NA / NaT
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def parse_value(value, layer: str, row: str, column: str) -> Optional[float]:
    """A number from a cell; ``None`` for an empty cell. Text that is not a
    number raises InputError naming the table, row and column."""
    if is_missing(value):
        return None
    try:
        # is_missing has read the empty texts, before thousands separators
        # are dropped: text that is only separators is not a number here
        return cell_number(value, missing_text=())
    except ValueError:
        raise InputError(
            tr(
                "{layer}, {row}: column '{column}' holds {value!r}, which is not a number. "
                "Enter a number without units, or leave the cell empty for a missing "
                "year."
            ).format(layer=layer, row=row, column=column, value=str(value))
        ) from None


def parse_year(value, layer: str, row: str, column: str) -> int:
    """A year (e.g. 2015, "2015", "2015年", 2015.0) from a cell."""
    text = "" if is_missing(value) else code_text(value)
    m = _YEAR_HEADER.match(text)
    year = int(m.group(1)) if m else None
    if year is None or not (_YEAR_MIN <= year <= _YEAR_MAX):
        raise InputError(
            tr(
                "{layer}, {row}: column '{column}' holds {value!r}, which is not a year. "
                "Enter the year as four digits (e.g. 2015)."
            ).format(layer=layer, row=row, column=column, value="" if value is None else str(value))
        )
    return year


def unread_year_columns(columns: Sequence) -> List[object]:
    """The columns headed like a year that :func:`year_columns` does not read
    as one ("20x1年", "Y2O15", "1850年"): a header with a digit that ends
    with 年 / 年度, or of four characters after an optional Y / year_ that
    start with a digit. A wide table leaves them out: name them to the
    user."""
    read = year_columns(columns)
    out = []
    for c in columns:
        if c in read:
            continue
        text = cell_text(c)
        if not re.search(r"\d", text):
            continue
        stem = re.sub(r"^(?:y|year_?)", "", text, flags=re.IGNORECASE)
        four = len(stem) == 4 and (stem[0].isdigit() or stem != text)
        if four or text.endswith(("年", "年度")):
            out.append(c)
    return out


def year_columns(columns: Sequence) -> Dict[object, int]:
    """The columns of a wide table that are years: ``{column: year}``."""
    out = {}
    for c in columns:
        m = _YEAR_HEADER.match(cell_text(c))
        if m and _YEAR_MIN <= int(m.group(1)) <= _YEAR_MAX:
            out[c] = int(m.group(1))
    return out


def _require_columns(frame, columns: Sequence[str], layer: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(
            tr(
                "{layer}: column(s) {columns} not found. The table has: {have}. Choose the "
                "right columns."
            ).format(
                layer=layer,
                columns=", ".join(map(repr, missing)),
                have=", ".join(map(str, frame.columns)),
            )
        )


def _unit_text(value, layer: str, row: str, column: str) -> str:
    if is_missing(value):
        raise InputError(
            tr(
                "{layer}, {row}: the unit column '{column}' is empty. Every row needs the code "
                "or name of its unit."
            ).format(layer=layer, row=row, column=column)
        )
    return code_text(value)


def _unit_rows(frame, unit_column: str, layer: str):
    """(row id, unit, record) of every row of ``frame``."""
    for i, rec in enumerate(frame.to_dict("records")):
        where = row_id(i)
        yield where, _unit_text(rec[unit_column], layer, where, unit_column), rec


def _indicator_text(rec: dict, column: str, layer: str, where: str) -> str:
    ind = rec[column]
    if is_missing(ind):
        raise InputError(
            tr(
                "{layer}, {row}: the indicator column '{column}' is empty. Name the indicator of "
                "every row."
            ).format(layer=layer, row=where, column=column)
        )
    return cell_text(ind)


def _add(
    store: Dict[Tuple[str, str], Series],
    unit: str,
    indicator: str,
    year: int,
    value: Optional[float],
    where: str,
    layer: str,
    column: str = "",
) -> None:
    s = store.setdefault((unit, indicator), Series(unit, indicator, layer=layer))
    if year in s.values:
        raise InputError(
            tr(
                "{layer}: unit {unit}, {indicator}, year {year} is given twice ({a} and {b}). "
                "Keep one row per unit and year."
            ).format(
                layer=layer, unit=unit, indicator=indicator, year=year, a=s.rows[year], b=where
            )
        )
    s.values[year] = value
    s.rows[year] = where
    s.columns[year] = column


def series_from_long(
    frame,
    unit_column: str,
    year_column: str,
    value_columns: Optional[Sequence[str]] = None,
    indicator_column: Optional[str] = None,
    value_column: Optional[str] = None,
    layer: str = "",
) -> List[Series]:
    """Series from a long table: either ``value_columns`` (one column per
    indicator, the column name is the indicator) or ``indicator_column`` +
    ``value_column``."""
    layer = layer or tr("Series table")
    if value_columns:
        _require_columns(frame, [unit_column, year_column] + list(value_columns), layer)
    elif indicator_column and value_column:
        _require_columns(frame, [unit_column, year_column, indicator_column, value_column], layer)
    else:
        raise InputError(
            tr(
                "{layer}: name the value column(s): one column per indicator, "
                "or an indicator column and a value column."
            ).format(layer=layer)
        )
    store: Dict[Tuple[str, str], Series] = {}
    for where, unit, rec in _unit_rows(frame, unit_column, layer):
        year = parse_year(rec[year_column], layer, where, year_column)
        if value_columns:
            for col in value_columns:
                _add(
                    store,
                    unit,
                    str(col),
                    year,
                    parse_value(rec[col], layer, where, str(col)),
                    where,
                    layer,
                    str(col),
                )
        else:
            _add(
                store,
                unit,
                _indicator_text(rec, indicator_column, layer, where),
                year,
                parse_value(rec[value_column], layer, where, value_column),
                where,
                layer,
                str(value_column),
            )
    return list(store.values())


def series_from_wide(
    frame,
    unit_column: str,
    indicator: Optional[str] = None,
    indicator_column: Optional[str] = None,
    layer: str = "",
) -> List[Series]:
    """Series from a wide table: one row per unit (and indicator), one
    column per year. The indicator is ``indicator`` for the whole table, or
    read from ``indicator_column``."""
    layer = layer or tr("Series table")
    _require_columns(frame, [unit_column] + ([indicator_column] if indicator_column else []), layer)
    years = year_columns(frame.columns)
    if len(years) < 2:
        raise InputError(
            tr(
                "{layer}: a wide table needs one column per year, headed with the year (2015, "
                "2015年 or Y2015); found {n}. Columns: {have}."
            ).format(layer=layer, n=len(years), have=", ".join(map(str, frame.columns)))
        )
    if len(set(years.values())) != len(years):
        raise InputError(
            tr("{layer}: two columns name the same year. Keep one column per year.").format(
                layer=layer
            )
        )
    store: Dict[Tuple[str, str], Series] = {}
    for where, unit, rec in _unit_rows(frame, unit_column, layer):
        if indicator_column:
            name = _indicator_text(rec, indicator_column, layer, where)
        else:
            name = indicator or tr("value")
        for col, year in years.items():
            value = parse_value(rec[col], layer, where, str(col))
            _add(store, unit, name, year, value, where, layer, str(col))
    return list(store.values())


# -- analysis ----------------------------------------------------------------------


def indicator_entry(profile: Profile, name: str) -> Tuple[Optional[str], Optional[Mapping]]:
    """The ``[series_trend.indicators]`` entry whose key or alias matches
    ``name``: (key, entry), or (None, None)."""
    entries = profile.get("series_trend.indicators")
    norm = normalize_header(name)
    for key, entry in entries.items():
        names = [key] + list(entry.get("aliases", [])) + [entry["name_zh"], entry["name_en"]]
        if any(norm == normalize_header(n) for n in names):
            return key, entry
    return None, None


def possible_range(profile: Profile, name: str) -> Optional[Tuple[float, float, str]]:
    """(lowest, highest, where it comes from) of the values of indicator
    ``name``: the ``min`` / ``max`` of its ``[series_trend.indicators]``
    entry, else those of the field of the indicator dictionary it names (by
    canonical, Chinese name or alias); an open side is ±inf. None when
    neither gives a range."""
    key, entry = indicator_entry(profile, name)
    if entry is not None and ("min" in entry or "max" in entry):
        return (
            float(entry.get("min", -math.inf)),
            float(entry.get("max", math.inf)),
            tr("[series_trend.indicators.{key}] of the method profile").format(key=key),
        )
    norm = normalize_header(name)
    for fname, fentry in dictionary().items():
        if fentry.get("kind") not in ("number", "integer"):
            continue
        if any(norm == normalize_header(n) for n in field_names(fname) if n):
            lo, hi = value_range(fname)
            if lo is None and hi is None:
                return None
            return (
                -math.inf if lo is None else lo,
                math.inf if hi is None else hi,
                tr("field {field} of the indicator dictionary").format(field=fname),
            )
    return None


def check_values(series: Series, profile: Profile) -> None:
    """Refuse a value of ``series`` outside the possible range of its
    indicator (:func:`possible_range`), naming the table, row, unit,
    indicator, column, value and range."""
    bounds = possible_range(profile, series.indicator)
    if bounds is None:
        return
    lo, hi, source = bounds
    for year in series.years:
        v = series.values[year]
        if v is None or lo <= v <= hi:
            continue
        raise InputError(
            tr(
                "{layer}, {row}: unit {unit}, {indicator}, year {year}: column '{column}' holds "
                "{value:g}, outside the possible range {range} of {indicator} ({source}). "
                "Correct the value or leave the cell empty."
            ).format(
                layer=series.layer or tr("Series table"),
                row=series.rows[year],
                unit=series.unit,
                indicator=series.indicator,
                year=year,
                column=series.columns.get(year, ""),
                value=v,
                range=format_range(None if math.isinf(lo) else lo, None if math.isinf(hi) else hi),
                source=source,
            )
        )


def grading_of(profile: Profile, entry: Optional[Mapping]) -> Optional[Grading]:
    """The grading of an indicator entry: its own ``level``/``change``, or
    with ``grading = "eco_index"`` the EI grades of ``[eco_index]``."""
    if entry is None:
        return None
    hib = bool(entry.get("higher_is_better", True))
    if entry.get("grading") == "eco_index":
        return Grading.from_profile(profile.get("eco_index.grading"), profile.precision, hib)
    if "level" in entry or "change" in entry:
        return Grading.from_profile(entry, profile.precision, hib)
    return None


def _empty(series: Series, status: str, note: str, n: int, missing: List[int]) -> Dict:
    years = series.years
    return {
        "unit": series.unit,
        "indicator": series.indicator,
        "status": status,
        "note": note,
        "n_years": n,
        "first_year": years[0] if years else None,
        "last_year": years[-1] if years else None,
        "missing_years": ", ".join(map(str, missing)),
    }


def _fmt_years(years: List[int]) -> str:
    return ", ".join(map(str, years))


def analyse(series: Series, settings: Settings, grading: Optional[Grading] = None) -> Dict:
    """Trend record of one series (fields in the module text and
    docs/methods_extra.md). Never raises for short or gappy series: their
    ``status`` and ``note`` say why there are no numbers."""
    valid = [(y, v) for y, v in sorted(series.values.items()) if v is not None]
    if not valid:
        return _empty(series, TOO_FEW, tr("no values"), 0, [])
    first, last = valid[0][0], valid[-1][0]
    present = {y for y, _ in valid}
    missing = [y for y in range(first, last + 1) if y not in present]
    n = len(valid)
    if n < settings.min_years:
        return _empty(
            series,
            TOO_FEW,
            tr("{n} year(s) with values ({years}); at least {min} are needed for a trend").format(
                n=n, years=_fmt_years(sorted(present)), min=settings.min_years
            ),
            n,
            missing,
        )
    if len(missing) > settings.max_missing:
        return _empty(
            series,
            GAPS,
            tr(
                "years without a value between {first} and {last}: {years} (at most {max} "
                "allowed). Fill them or shorten the period."
            ).format(first=first, last=last, years=_fmt_years(missing), max=settings.max_missing),
            n,
            missing,
        )
    x = [float(y) for y, _ in valid]
    y = [v for _, v in valid]
    span = last - first
    fit = stats.linear_fit(x, y)
    mk = stats.mann_kendall(y, settings.exact_max_n)
    sen = stats.sen_slope(x, y)
    fit_first = fit["intercept"] + fit["slope"] * first
    fit_last = fit["intercept"] + fit["slope"] * last
    rate = None
    if fit_first > 0 and fit_last > 0 and span > 0:
        rate = ((fit_last / fit_first) ** (1.0 / span) - 1.0) * 100.0
    sig_ols = fit["p"] is not None and fit["p"] < settings.alpha
    sig_mk = mk["p"] < settings.alpha
    if sig_mk and mk["s"] > 0:
        mk_trend = INCREASING
    elif sig_mk and mk["s"] < 0:
        mk_trend = DECREASING
    else:
        mk_trend = NO_TREND
    out = _empty(series, OK, "", n, missing)
    out.update(
        first_value=y[0],
        last_value=y[-1],
        mean_value=math.fsum(y) / n,
        slope=fit["slope"],
        intercept=fit["intercept"],
        r2=fit["r2"],
        t=fit["t"],
        p_ols=fit["p"],
        significant_ols=sig_ols,
        change_fit=fit["slope"] * span,
        change_observed=y[-1] - y[0],
        fit_first=fit_first,
        fit_last=fit_last,
        rate_fit_pct=rate,
        mk_s=mk["s"],
        mk_var=mk["var"],
        mk_z=mk["z"],
        mk_p=mk["p"],
        mk_p_method=mk["p_method"],
        significant_mk=sig_mk,
        mk_trend=mk_trend,
        sen_slope=sen,
        sen_change=sen * span,
    )
    notes = []
    if missing:
        notes.append(tr("missing years {years} left out").format(years=_fmt_years(missing)))
    if fit["r2"] is None:
        notes.append(tr("constant series"))
    level_value = {"last": y[-1], "mean": out["mean_value"], "fit_last": fit_last}[
        settings.level_of
    ]
    change_value = {
        "fit": out["change_fit"],
        "observed": out["change_observed"],
        "sen": out["sen_change"],
    }[settings.change_of]
    out.update(level_value=level_value, change_value=change_value)
    if grading is not None:
        lev = grading.level(level_value)
        chg = grading.change(change_value)
        gate = settings.significance_gate
        if chg is not None and gate != "none" and chg is not grading.stable:
            significant = sig_ols if gate == "ols" else sig_mk
            if not significant:
                chg = grading.stable
                notes.append(
                    tr(
                        "change not significant at α = {alpha} ({test}): graded as no change"
                    ).format(alpha=settings.alpha, test="OLS" if gate == "ols" else "MK")
                )
        out.update(
            level_class=lev.code if lev else None,
            level_label=lev.label if lev else "",
            change_class=chg.code if chg else None,
            change_label=chg.label if chg else "",
        )
    out["note"] = "; ".join(notes)
    return out


def ecology_worse(record: Mapping, national_rate_pct: float, precision: int) -> Optional[bool]:
    """The 生态质量 component of the 2016 过程评价 from a series: worse (趋差)
    when the annual rate of the fitted line (``rate_fit_pct``) is below the
    national rate of the same period, as ``m2016.trend`` compares
    r_E = (F_e/F_b)^(1/Δt) − 1 of two years; None when the series has no
    rate (too short, gaps, a fitted value ≤ 0)."""
    from ..m2016.trend import is_worse

    rate = record.get("rate_fit_pct")
    if record.get("status") != OK or rate is None:
        return None
    return is_worse("cover", rate, national_rate_pct, precision)


def trend_table(series_list: Sequence[Series], profile: Profile, feedback=None) -> List[Dict]:
    """Trend records of every series, in unit then indicator order; each
    indicator graded by its ``[series_trend.indicators]`` entry (matched by
    name or alias), ungraded when it has none."""
    settings = Settings.from_profile(profile)
    out = []
    progress = as_progress(feedback)
    ordered = sorted(series_list, key=lambda s: (s.unit, s.indicator))
    for s in ordered:
        check_values(s, profile)
    for i, s in enumerate(ordered):
        key, entry = indicator_entry(profile, s.indicator)
        rec = analyse(s, settings, grading_of(profile, entry))
        rec["indicator_key"] = key
        out.append(rec)
        progress.check()
        progress.set((i + 1) / max(1, len(ordered)))
    return out


#: output fields of :func:`analyse`, in order, with their types
FIELDS = [
    ("unit", "string"),
    ("indicator", "string"),
    ("indicator_key", "string"),
    ("status", "string"),
    ("note", "text"),
    ("n_years", "int"),
    ("first_year", "int"),
    ("last_year", "int"),
    ("missing_years", "string"),
    ("first_value", "double"),
    ("last_value", "double"),
    ("mean_value", "double"),
    ("slope", "double"),
    ("intercept", "double"),
    ("r2", "double"),
    ("t", "double"),
    ("p_ols", "double"),
    ("significant_ols", "bool"),
    ("change_fit", "double"),
    ("change_observed", "double"),
    ("fit_first", "double"),
    ("fit_last", "double"),
    ("rate_fit_pct", "double"),
    ("mk_s", "int"),
    ("mk_var", "double"),
    ("mk_z", "double"),
    ("mk_p", "double"),
    ("mk_p_method", "string"),
    ("significant_mk", "bool"),
    ("mk_trend", "string"),
    ("sen_slope", "double"),
    ("sen_change", "double"),
    ("level_value", "double"),
    ("level_class", "string"),
    ("level_label", "string"),
    ("change_value", "double"),
    ("change_class", "string"),
    ("change_label", "string"),
]
