"""HJ 663-2013 / GB 3095-2012 daily statistics and data validity of air
series, vectorised over sorted record arrays.

- 24-h mean (SO2, NO2, CO, PM10, PM2.5): the mean of the valid hourly values
  of the day; valid with at least ``daily_min_hours`` (20) of them.
- O3 daily maximum 8-h mean: 8-h moving means ending at
  ``o3_first_window_end`` … ``o3_last_window_end`` (08:00 … 24:00) of the
  day, each the mean of its valid hours and valid with at least
  ``o3_window_min_hours`` (6) of its ``o3_window_hours`` (8); the daily value
  is the largest valid one, valid with at least ``o3_min_windows`` (14)
  valid windows — or with fewer when that largest value is already above
  the limit (``o3_valid_if_exceeds``).
- Daily records (resolution "day") are the daily values themselves.
- An annual statistic needs ``elements.environment.stations.min_valid_days``
  (324) valid days in the year and ``month_min_days`` (27) in every month,
  ``february_min_days`` (25) in February.

Record times mark the start of their hour, or its end when the profile's
``hour_stamp`` is "end" (the record of 24:00 then belongs to the day before).
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np

from .series import DAY_NS, HOUR_NS, Params


@dataclass
class DailyChunk:
    """One row per (series, day) holding records of a daily statistic."""

    s: np.ndarray  # series id
    day: np.ndarray  # days since 1970-01-01
    value: np.ndarray  # the daily statistic (NaN: none)
    n: np.ndarray  # valid hours (mean), valid 8-h windows (O3), records (daily)
    valid: np.ndarray  # bool


def hour_shift(cfg: dict) -> int:
    """What to subtract from a record's time to get the start of its hour."""
    return HOUR_NS if cfg["hour_stamp"] == "end" else 0


def exceeds(value: np.ndarray, limit: np.ndarray, op: str) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return value >= limit if op == ">=" else value > limit


def daily_chunk(
    s: np.ndarray, slot: np.ndarray, v: np.ndarray, use: np.ndarray, P: Params, cfg: dict
) -> Optional[DailyChunk]:
    """Daily statistics of the air series in sorted arrays (series, then
    time). ``use``: the record is valid and the first of its time slot."""
    stat = P.daily_stat[s]
    res = P.res_idx[s]
    keep = (stat > 0) & (res < 2)
    if not keep.any():
        return None
    s_, v_, use_ = s[keep], v[keep], use[keep]
    hourly = res[keep] == 0
    hs = slot[keep] - np.where(hourly, hour_shift(cfg), 0)
    day = np.floor_divide(hs, DAY_NS)
    brk = np.empty(len(s_), dtype=bool)
    brk[0] = True
    brk[1:] = (s_[1:] != s_[:-1]) | (day[1:] != day[:-1])
    pid = np.cumsum(brk) - 1
    first = np.flatnonzero(brk)
    ps, pday = s_[first], day[first]
    npair = len(first)
    cnt = np.bincount(pid, weights=use_, minlength=npair)
    total = np.bincount(pid, weights=np.where(use_, v_, 0.0), minlength=npair)
    with np.errstate(invalid="ignore", divide="ignore"):
        value = np.where(cnt > 0, total / cnt, np.nan)
    val = cfg["validity"]
    p_hourly = P.res_idx[ps] == 0
    valid = np.where(p_hourly, cnt >= val["daily_min_hours"], cnt >= 1)
    n = cnt.astype(np.int64)

    o3_pairs = np.flatnonzero((P.daily_stat[ps] == 2) & p_hourly)
    if len(o3_pairs):
        row_of = np.full(npair, -1, dtype=np.int64)
        row_of[o3_pairs] = np.arange(len(o3_pairs))
        rows = row_of[pid]
        take = (rows >= 0) & use_
        hour = np.floor_divide(hs, HOUR_NS) % 24
        arr = np.full((len(o3_pairs), 24), np.nan)
        arr[rows[take], hour[take]] = v_[take]
        ok = ~np.isnan(arr)
        ccount = np.zeros((len(o3_pairs), 25))
        csum = np.zeros((len(o3_pairs), 25))
        np.cumsum(ok, axis=1, out=ccount[:, 1:])
        np.cumsum(np.where(ok, arr, 0.0), axis=1, out=csum[:, 1:])
        w = val["o3_window_hours"]
        ends = np.arange(val["o3_first_window_end"], val["o3_last_window_end"] + 1)
        wc = ccount[:, ends] - ccount[:, ends - w]
        ws = csum[:, ends] - csum[:, ends - w]
        wvalid = wc >= val["o3_window_min_hours"]
        with np.errstate(invalid="ignore", divide="ignore"):
            wmean = np.where(wvalid, ws / np.maximum(wc, 1), -np.inf)
        nvw = wvalid.sum(axis=1)
        mx = wmean.max(axis=1)
        mx[nvw == 0] = np.nan
        ok_day = nvw >= val["o3_min_windows"]
        if val["o3_valid_if_exceeds"]:
            ok_day |= exceeds(mx, P.daily_limit[ps[o3_pairs]], cfg["alerts"]["air_op"])
        value[o3_pairs] = mx
        n[o3_pairs] = nvw
        valid[o3_pairs] = ok_day
    return DailyChunk(s=ps, day=pday, value=value, n=n, valid=valid)


@dataclass
class AnnualCheck:
    """Series-years failing the annual-statistic rules."""

    month_s: np.ndarray  # series of each month that fails
    month_year: np.ndarray
    month: np.ndarray  # 1-12
    month_n: np.ndarray  # valid days in it
    month_min: np.ndarray
    year_s: np.ndarray  # series-years that fail the yearly minimum
    year: np.ndarray
    year_n: np.ndarray


def annual_check(daily: DailyChunk, cfg: dict, min_days: int) -> AnnualCheck:
    """The month and year minima of valid days, for every series-year that
    has a daily record (every month of such a year is checked)."""
    months = daily.day.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    year = np.floor_divide(months, 12)
    mo = months - year * 12
    brk = np.empty(len(months), dtype=bool)
    brk[0] = True
    brk[1:] = (daily.s[1:] != daily.s[:-1]) | (year[1:] != year[:-1])
    sy = np.cumsum(brk) - 1
    first = np.flatnonzero(brk)
    nsy = len(first)
    counts = np.bincount(sy * 12 + mo, weights=daily.valid, minlength=nsy * 12)
    counts = counts.reshape(nsy, 12).astype(np.int64)
    val = cfg["validity"]
    mins = np.full(12, val["month_min_days"], dtype=np.int64)
    mins[1] = val["february_min_days"]
    bad_sy, bad_mo = np.nonzero(counts < mins)
    totals = counts.sum(axis=1)
    bad_year = np.flatnonzero(totals < min_days)
    return AnnualCheck(
        month_s=daily.s[first][bad_sy],
        month_year=1970 + year[first][bad_sy],
        month=bad_mo + 1,
        month_n=counts[bad_sy, bad_mo],
        month_min=mins[bad_mo],
        year_s=daily.s[first][bad_year],
        year=1970 + year[first][bad_year],
        year_n=totals[bad_year],
    )
