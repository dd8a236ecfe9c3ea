"""Rainfall erosivity R from daily rainfall: the daily erosive-rainfall model
used by the national soil-erosion survey (first national water census),
summed to half-months and years and averaged over years.

    R_day = α·P_d^β   for an erosive day, P_d ≥ threshold (mm); else 0
    α = alpha_warm in the warm-season months, alpha_cold otherwise
    R_year = Σ over the year's days;  R = mean of R_year over the years used

Units: P in mm, R in MJ·mm/(hm²·h·a) — the unit of R in
``dual_eco_soil_conservation``. Every number is in ``[erosivity]`` of the
method profile with its tag (docs/methods_extra.md section 4).

A year is used for a station (or a cell of daily rasters) when it has at
most ``max_missing_days`` days without a value; a station with fewer than
``min_years`` years used gets no R, and a note naming the years.
"""

import calendar
import math
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..indicators import MISSING_TEXT, normalize_header
from ..profile import Profile
from ..progress import as_progress
from ..series.trend import cell_text, code_text, is_missing
from ..table import row_id

#: half-months in a year
HALF_MONTHS = 24


@dataclass(frozen=True)
class Settings:
    """The ``[erosivity]`` rules of the daily model."""

    threshold: float
    beta: float
    alpha_warm: float
    alpha_cold: float
    warm_months: Tuple[int, ...]
    half_month_split: int
    max_missing_days: int
    min_years: int
    #: largest possible daily precipitation (mm); None: not checked
    max_daily: Optional[float] = None

    @classmethod
    def from_profile(cls, profile: Profile) -> "Settings":
        s = profile.get("erosivity")
        return cls(
            float(s["threshold"]),
            float(s["beta"]),
            float(s["alpha_warm"]),
            float(s["alpha_cold"]),
            tuple(int(m) for m in s["warm_months"]),
            int(s["half_month_split"]),
            int(s["max_missing_days"]),
            int(s["min_years"]),
            float(s["max_daily_precipitation"]),
        )

    def alpha(self, month) -> np.ndarray:
        """α of each month (array or scalar)."""
        m = np.asarray(month)
        return np.where(np.isin(m, self.warm_months), self.alpha_warm, self.alpha_cold)


def daily_erosivity(precip_mm, month, settings: Settings) -> np.ndarray:
    """α(month)·P^β for days with P ≥ threshold, 0 for the others; NaN
    stays NaN (a missing day)."""
    p = np.asarray(precip_mm, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        erosive = p >= settings.threshold
    out = np.where(
        erosive, settings.alpha(month) * np.power(np.where(erosive, p, 0.0), settings.beta), 0.0
    )
    return np.where(np.isnan(p), np.nan, out)


def half_month(month, day, split: int):
    """Half-month number 0 … 23: days 1 … split of a month are its first
    half."""
    return 2 * (np.asarray(month) - 1) + (np.asarray(day) > split)


# -- station tables ------------------------------------------------------------------

#: headers recognised in a daily rainfall table and a station layer (matched
#: ignoring case, spaces, full-width forms and a unit in brackets)
HEADERS = {
    "station": (
        "station",
        "station_id",
        "station_code",
        "stationid",
        "站号",
        "区站号",
        "台站号",
        "站点编码",
        "站点号",
        "站点",
    ),
    "date": ("date", "日期", "观测日期", "time", "datetime"),
    "year": ("year", "年", "年份"),
    "month": ("month", "月", "月份"),
    "day": ("day", "日"),
    "precipitation": (
        "precipitation",
        "precip",
        "prcp",
        "pre",
        "rain",
        "rainfall",
        "日降水量",
        "降水量",
        "日降雨量",
        "降雨量",
        "20-20时降水量",
    ),
}


def find_column(columns: Sequence, role: str) -> Optional[object]:
    """The first of ``columns`` whose header is one of :data:`HEADERS`
    [``role``]; None when none is."""
    wanted = [normalize_header(h) for h in HEADERS[role]]
    by_norm = {}
    for c in columns:
        by_norm.setdefault(normalize_header(c), c)
    for w in wanted:
        if w in by_norm:
            return by_norm[w]
    return None


def daily_columns(
    columns: Sequence,
    layer: str,
    station: Optional[str] = None,
    date: Optional[str] = None,
    precipitation: Optional[str] = None,
) -> Dict[str, object]:
    """``{"station", "date" or "ymd", "precipitation"}`` columns of a daily
    table: the ones given, else those recognised by :data:`HEADERS`. A role
    that cannot be found raises InputError naming the table, its columns and
    the headers accepted."""
    out: Dict[str, object] = {}

    def need(role, given):
        col = given if given else find_column(columns, role)
        if col is None:
            raise InputError(
                tr(
                    "{layer}: no {role} column. The table has: {have}. Choose the column, or "
                    "head it with one of: {accepted}."
                ).format(
                    layer=layer,
                    role=_ROLE_NAMES[role](),
                    have=", ".join(map(str, columns)),
                    accepted=", ".join(HEADERS[role]),
                )
            )
        return col

    out["station"] = need("station", station)
    out["precipitation"] = need("precipitation", precipitation)
    if date:
        out["date"] = date
    elif find_column(columns, "date") is not None:
        out["date"] = find_column(columns, "date")
    else:
        ymd = [find_column(columns, r) for r in ("year", "month", "day")]
        if any(c is None for c in ymd):
            raise InputError(
                tr(
                    "{layer}: no date column, nor year, month and day columns. The table has: "
                    "{have}. Choose the date column, or head it 日期 / date (or 年, 月, 日)."
                ).format(layer=layer, have=", ".join(map(str, columns)))
            )
        out["ymd"] = ymd
    return out


_ROLE_NAMES = {
    "station": lambda: tr("station"),
    "date": lambda: tr("date"),
    "year": lambda: tr("year"),
    "month": lambda: tr("month"),
    "day": lambda: tr("day"),
    "precipitation": lambda: tr("precipitation"),
}


def _dates(
    frame, layer: str, date_column: Optional[str], ymd_columns: Optional[Sequence[str]]
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(year, month, day) int arrays of every row; a bad date raises
    InputError naming the row."""
    if date_column is not None:
        col = frame[date_column]
        if np.issubdtype(col.dtype, np.datetime64):
            bad = col.isna().to_numpy()
            y = col.dt.year.to_numpy(dtype=float)
            m = col.dt.month.to_numpy(dtype=float)
            d = col.dt.day.to_numpy(dtype=float)
        else:
            text = col.astype(str).str.strip()
            parts = text.str.extract(r"^(\d{4})\D?(\d{1,2})\D?(\d{1,2})\D?$")
            y, m, d = (parts[i].astype(float).to_numpy() for i in range(3))
            bad = np.isnan(y)
        where_col = date_column
    else:
        cols = list(ymd_columns)
        y, m, d = (
            np.array([float("nan") if is_missing(v) else _num(v) for v in frame[c].tolist()])
            for c in cols
        )
        bad = np.isnan(y) | np.isnan(m) | np.isnan(d)
        where_col = "/".join(cols)
    valid = _valid_dates(y, m, d) & ~bad
    if not valid.all():
        i = int(np.flatnonzero(~valid)[0])
        value = (
            frame[date_column].iloc[i]
            if date_column is not None
            else "-".join(str(frame[c].iloc[i]) for c in ymd_columns)
        )
        raise InputError(
            tr(
                "{layer}, {row}: '{column}' holds {value!r}, which is not a date. Use "
                "YYYY-MM-DD (or year, month and day columns)."
            ).format(layer=layer, row=row_id(i), column=where_col, value=str(value))
        )
    return y.astype(np.int64), m.astype(np.int64), d.astype(np.int64)


_DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _valid_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Whether each (year, month, day) of float arrays (NaN = none) is a
    date of the calendar, for whole arrays at once."""
    with np.errstate(invalid="ignore"):
        ok = (
            np.isfinite(y)
            & np.isfinite(m)
            & np.isfinite(d)
            & (y == np.floor(y))
            & (m == np.floor(m))
            & (d == np.floor(d))
            & (y >= 1)
            & (y <= 9999)
            & (m >= 1)
            & (m <= 12)
            & (d >= 1)
        )
    yy = np.where(ok, y, 2001).astype(np.int64)
    mm = np.where(ok, m, 1).astype(np.int64)
    leap = ((yy % 4 == 0) & (yy % 100 != 0)) | (yy % 400 == 0)
    days = _DAYS_IN_MONTH[mm - 1] + ((mm == 2) & leap)
    return ok & (np.where(ok, d, 1) <= days)


def _num(value) -> float:
    try:
        return float(cell_text(value))
    except ValueError:
        return float("nan")


def _precip(frame, column: str, layer: str, scale: float) -> np.ndarray:
    """Daily precipitation (mm) of every row; empty cells → NaN; text or a
    negative value raises InputError naming the row."""
    col = frame[column]
    if col.dtype.kind in "fiu":
        out = col.to_numpy(dtype=np.float64)
    else:
        # text (e.g. a CSV read by OGR): whole columns at once, the same rules
        # as one cell (series.trend.is_missing, thousands separators)
        obj = col.astype(object)
        text = obj.where(obj.notna(), "").astype(str).str.normalize("NFKC").str.strip()
        missing = obj.isna().to_numpy() | text.str.casefold().isin(MISSING_TEXT).to_numpy()
        nums = pd.to_numeric(
            text.str.replace(",", "", regex=False).where(~missing), errors="coerce"
        ).to_numpy(dtype=np.float64)
        bad = ~missing & ~np.isfinite(nums)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise InputError(
                tr(
                    "{layer}, {row}: column '{column}' holds {value!r}, which is not a number of "
                    "millimetres. Enter the daily precipitation, or leave the cell empty for a "
                    "missing day."
                ).format(layer=layer, row=row_id(i), column=column, value=str(col.iloc[i]))
            )
        out = nums
    with np.errstate(invalid="ignore"):
        negative = out < 0
    if negative.any():
        i = int(np.flatnonzero(negative)[0])
        raise InputError(
            tr(
                "{layer}, {row}: column '{column}' is negative ({value:g}). Daily "
                "precipitation cannot be negative; a station file's special codes (e.g. "
                "trace or missing markers) must be cleaned first."
            ).format(layer=layer, row=row_id(i), column=column, value=out[i])
        )
    return out * scale


def above_maximum(mm: np.ndarray, settings: Settings) -> Optional[Tuple[int, ...]]:
    """The index of the first value of ``mm`` above the largest possible daily
    precipitation (``[erosivity] max_daily_precipitation``), or None."""
    if settings.max_daily is None:
        return None
    with np.errstate(invalid="ignore"):
        hits = np.argwhere(mm > settings.max_daily)
    return tuple(int(v) for v in hits[0]) if len(hits) else None


def _check_maximum(frame, p, stations, ymd, column, layer: str, settings: Settings) -> None:
    """Refuse a day above the largest possible daily precipitation
    (``[erosivity] max_daily_precipitation``, in mm after the table's scale),
    naming the row, station, date, column and value."""
    hit = above_maximum(p, settings)
    if hit is None:
        return
    (i,) = hit
    years, months, days = ymd
    raise InputError(
        tr(
            "{layer}, {row}: station {station}, {date}: column '{column}' holds {value} "
            "({mm:g} mm), above the largest possible daily precipitation, {max:g} mm "
            "([erosivity] max_daily_precipitation of the method profile). Correct the value, "
            "or set DAILY_RAIN_SCALE if the table is not in millimetres (0.1 for 0.1 mm)."
        ).format(
            layer=layer,
            row=row_id(i),
            station=stations[i],
            date="%04d-%02d-%02d" % (years[i], months[i], days[i]),
            column=column,
            value=code_text(frame[column].iloc[i]),
            mm=p[i],
            max=settings.max_daily,
        )
    )


def station_erosivity(
    frame,
    station_column: str,
    precip_column: str,
    settings: Settings,
    date_column: Optional[str] = None,
    ymd_columns: Optional[Sequence[str]] = None,
    scale: float = 1.0,
    layer: str = "",
    feedback=None,
) -> List[Dict[str, object]]:
    """R of every station of a daily table (one row per station and day).

    ``scale`` converts the table's unit to mm (0.1 for data in 0.1 mm).
    Returns one record per station: ``station``, ``r`` (mean annual R, None
    when too few years), ``years_used``, ``years_left_out`` (year: missing
    days), ``r_by_year`` {year: R}, ``half_month`` (24 mean half-month R),
    ``erosive_days`` (mean per year) and ``note``. A day given twice raises
    InputError naming both rows."""
    layer = layer or tr("Daily rainfall")
    for c in [station_column, precip_column] + (
        [date_column] if date_column else list(ymd_columns or [])
    ):
        if c not in frame.columns:
            raise InputError(
                tr("{layer}: column '{column}' not found. The table has: {have}.").format(
                    layer=layer, column=c, have=", ".join(map(str, frame.columns))
                )
            )
    if date_column is None and not ymd_columns:
        raise InputError(
            tr("{layer}: name the date column, or the year, month and day columns.").format(
                layer=layer
            )
        )
    years, months, days = _dates(frame, layer, date_column, ymd_columns)
    p = _precip(frame, precip_column, layer, scale)
    stations = [code_text(s) for s in frame[station_column].tolist()]
    _check_maximum(frame, p, stations, (years, months, days), precip_column, layer, settings)
    r_day = daily_erosivity(p, months, settings)
    half = half_month(months, days, settings.half_month_split)
    by_station: Dict[str, List[int]] = {}
    for i, s in enumerate(stations):
        by_station.setdefault(s, []).append(i)
    out = []
    progress = as_progress(feedback)
    for n_done, (station, idx) in enumerate(sorted(by_station.items())):
        idx = np.asarray(idx)
        out.append(_one_station(station, idx, years, months, days, p, r_day, half, settings, layer))
        progress.check()
        progress.set((n_done + 1) / len(by_station))
    return out


def _one_station(station, idx, years, months, days, p, r_day, half, settings, layer):
    key = years[idx] * 10000 + months[idx] * 100 + days[idx]
    order = np.argsort(key, kind="stable")
    sk = key[order]
    dup = np.flatnonzero(sk[1:] == sk[:-1])
    if dup.size:
        a, b = idx[order[dup[0]]], idx[order[dup[0] + 1]]
        raise InputError(
            tr(
                "{layer}: station {station}, {date} is given twice ({a} and {b}). Keep one row "
                "per station and day."
            ).format(
                layer=layer,
                station=station,
                date="%04d-%02d-%02d" % (years[a], months[a], days[a]),
                a=row_id(int(a)),
                b=row_id(int(b)),
            )
        )
    used, left_out = [], {}
    r_by_year: Dict[int, float] = {}
    half_sum = np.zeros(HALF_MONTHS)
    erosive = 0
    for year in sorted(set(years[idx].tolist())):
        sel = idx[years[idx] == year]
        n_days = 366 if calendar.isleap(year) else 365
        missing = n_days - int(np.count_nonzero(~np.isnan(p[sel])))
        if missing > settings.max_missing_days:
            left_out[year] = missing
            continue
        rd = np.nan_to_num(r_day[sel])
        used.append(year)
        r_by_year[year] = float(rd.sum())
        half_sum += np.bincount(half[sel], weights=rd, minlength=HALF_MONTHS)
        erosive += int(np.count_nonzero(rd > 0))
    notes = []
    if left_out:
        notes.append(
            tr("years left out (days without a value): {years}").format(
                years=", ".join(f"{y} ({n})" for y, n in left_out.items())
            )
        )
    rec = {
        "station": station,
        "years_used": used,
        "years_left_out": left_out,
        "r_by_year": r_by_year,
        "r": None,
        "half_month": None,
        "erosive_days": None,
    }
    if len(used) < settings.min_years:
        notes.insert(
            0,
            tr("{n} complete year(s); at least {min} are needed for a mean R").format(
                n=len(used), min=settings.min_years
            ),
        )
    else:
        n = len(used)
        rec.update(
            r=math.fsum(r_by_year.values()) / n,
            half_month=(half_sum / n).tolist(),
            erosive_days=erosive / n,
        )
    rec["note"] = "; ".join(notes)
    return rec


# -- daily rasters ---------------------------------------------------------------------


class DailyAccumulator:
    """Mean annual R of the cells of one block from daily rainfall arrays
    given in date order (:meth:`add`), memory five block-sized arrays
    whatever the number of days. A cell-year with more than
    ``max_missing_days`` missing days is left out for that cell."""

    def __init__(self, shape: Tuple[int, int], settings: Settings):
        self.settings = settings
        self.total = np.zeros(shape)
        self.years_ok = np.zeros(shape, dtype=np.int32)
        self.year_sum = np.zeros(shape)
        self.year_missing = np.zeros(shape, dtype=np.int32)
        self.year: Optional[int] = None
        self.days_in_year = 0

    def add(self, year: int, month: int, day: int, precip_mm: np.ndarray) -> None:
        if self.year is not None and year != self.year:
            self._close_year()
        self.year = year
        self.days_in_year += 1
        p = np.asarray(precip_mm, dtype=np.float64)
        self.year_missing += np.isnan(p)
        self.year_sum += np.nan_to_num(daily_erosivity(p, month, self.settings))

    def _close_year(self) -> None:
        n_days = 366 if calendar.isleap(self.year) else 365
        # days without a file count as missing in every cell
        missing = self.year_missing + (n_days - self.days_in_year)
        ok = missing <= self.settings.max_missing_days
        self.total += np.where(ok, self.year_sum, 0.0)
        self.years_ok += ok
        self.year_sum[:] = 0.0
        self.year_missing[:] = 0
        self.days_in_year = 0

    def result(self) -> Tuple[np.ndarray, np.ndarray]:
        """(mean annual R with NaN where fewer than ``min_years`` years were
        complete, number of complete years)."""
        if self.year is not None and self.days_in_year:
            self._close_year()
        with np.errstate(invalid="ignore", divide="ignore"):
            r = self.total / self.years_ok
        r[self.years_ok < self.settings.min_years] = np.nan
        return r, self.years_ok.copy()
