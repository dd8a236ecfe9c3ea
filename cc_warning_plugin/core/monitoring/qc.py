"""Quality control of monitoring records: ambient air and water stations and
pollution-source online monitoring (outlets).

Input: a frame with ``station_id, time, pollutant, value`` and optionally
``kind`` (air / water / source), ``outlet_id`` (sources), ``limit`` (the
permit limit of a source record) and ``resolution`` (hour / day / month).
A *series* is one kind × station × outlet × pollutant × resolution.

Every record gets one code (``qc_code``) — the first fault of the profile's
``monitoring.codes.record_order`` it has, else "ok" — and ``valid`` from
that code's ``valid`` flag:

  missing      the record has no value
  negative     value < 0 (a concentration cannot be negative)
  above_range  value > the instrument range of the pollutant (profile)
  conflict     another record of the series has the same time slot (the
               hour, the day, or for monthly series the same time) and a
               different value: which one is right cannot be told
  duplicate    a later copy of a record with the same slot and value (the
               first copy keeps its code)
  flat_line    part of a run of at least N consecutive records (of those
               not flagged above) with the same value
  jump         differs from the previous such record by more than the
               pollutant's ``jump_step`` and more than ``jump_ratio`` times
               the previous value

Findings list the series and periods that fail, with a count and the reason:
the record codes per day (hourly series), month (daily series) or year
(monthly series), flat lines one by one; gaps in the time steps; HJ 663-2013 validity of daily
means, O3 daily maxima and annual statistics (:mod:`.daily`); water years
with too few months; and, per series and month, the tampering indicators
(one value making up too large a share of the records; values held just
below the limit).

The work is vectorised with numpy over chunks of whole series (no Python
loop over records), so a year of hourly data of 1,500 stations fits in a few
minutes and memory stays bounded by the chunk size beyond the input and the
output columns.
"""

from typing import List, NamedTuple, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..i18n import tr
from ..profile import Profile
from ..progress import as_progress
from .common import code_label, fmt_time, section
from .daily import DailyChunk, annual_check, daily_chunk
from .profile_schema import FINDING_CODES, KINDS, RECORD_CODES
from .series import (
    DAY_NS,
    Params,
    Prepared,
    chunks,
    month_start,
    months,
    prepare,
    series_params,
    slots,
)

#: categories of ``qc_code``: "ok" then the record codes
CODES = ("ok",) + RECORD_CODES
#: largest groups × values table of the repeated-value count (else: pairs)
TABLE_CELLS = 5_000_000
#: columns of the findings table
FINDING_COLUMNS = [
    "station_id",
    "pollutant",
    "period",
    "code",
    "count",
    "reason",
    "outlet_id",
    "kind",
    "resolution",
    "label",
    "start",
    "end",
]


class QCResult(NamedTuple):
    """``records``: the input rows (same order and index) with ``qc_code``
    and ``valid``; ``findings``: one row per failing series and period."""

    records: pd.DataFrame
    findings: pd.DataFrame


def quality_control(
    obs: pd.DataFrame,
    profile: Profile,
    kind: Optional[str] = None,
    resolution: Optional[str] = None,
    annual: bool = True,
    period: Optional[Tuple] = None,
    air_standard: Optional[str] = None,
    name: str = "observations",
    feedback=None,
) -> QCResult:
    """QC codes of every record and the findings (see the module doc).

    ``kind`` / ``resolution``: for rows that do not say (default: air, and
    the profile's ``default_resolution`` of the kind). ``annual``: check the
    annual-statistic rules (324 days, 27 a month; water months) for every
    series-year present — leave it off for an import of part of a year.
    ``period``: (start, end) of the data expected, end exclusive; gaps before
    the first and after the last record of a series are then reported too.
    ``air_standard``: the GB 3095 edition whose O3 limit decides
    ``o3_valid_if_exceeds`` (default: the profile's). ``name`` names the
    table in messages.
    """
    step = as_progress(feedback)
    prep = prepare(obs, profile, name, kind=kind, resolution=resolution)
    step.check()
    P = series_params(prep.series, profile, air_standard)
    codes = np.zeros(prep.n, dtype=np.int8)
    parts: List[pd.DataFrame] = []
    lo_hi = _period_ns(period)
    spans = list(chunks(prep))
    for i, (a, b) in enumerate(spans):
        step.check()
        idx = slice(a, b) if prep.order is None else prep.order[a:b]
        c_codes, found = _qc_chunk(prep, idx, P, profile, annual, lo_hi)
        codes[idx] = c_codes
        parts.extend(found)
        step.set((i + 1) / len(spans))
    cfg = section(profile)
    valid_of = np.array([cfg["codes"][c]["valid"] for c in CODES], dtype=bool)
    records = obs.copy(deep=False)
    if not obs["time"].dtype == "datetime64[ns]":
        records["time"] = prep.time
    records["qc_code"] = pd.Categorical.from_codes(codes, categories=list(CODES))
    records["valid"] = valid_of[codes]
    findings = _findings_frame(parts, prep, P, profile)
    return QCResult(records, findings)


def _period_ns(period) -> Optional[Tuple[int, int]]:
    if period is None:
        return None
    start, end = (pd.Timestamp(p) for p in period)
    return int(start.value), int(end.value)


def _qc_chunk(
    prep: Prepared, idx, P: Params, profile: Profile, annual: bool, lo_hi
) -> Tuple[np.ndarray, List[pd.DataFrame]]:
    cfg = section(profile)
    s = prep.s[idx]
    t = prep.t[idx]
    v = prep.v[idx]
    lim = None if prep.lim is None else prep.lim[idx]
    n = len(s)
    step = P.step[s]
    slot = slots(t, step)
    found: List[pd.DataFrame] = []

    # --- faults of single records --------------------------------------
    missing = np.isnan(v)
    with np.errstate(invalid="ignore"):
        negative = v < 0
        above = v > P.range_max[s]
    # same slot: duplicates and conflicts, among records with a value
    has = ~missing
    hi = np.flatnonzero(has)
    sh, slh, vh = s[hi], slot[hi], v[hi]
    first = np.ones(len(hi), dtype=bool)
    first[1:] = (sh[1:] != sh[:-1]) | (slh[1:] != slh[:-1])
    gid = np.cumsum(first) - 1
    vfirst = vh[first][gid]
    conflict_g = np.bincount(gid, weights=vh != vfirst, minlength=int(first.sum())) > 0
    conflict = np.zeros(n, dtype=bool)
    conflict[hi] = conflict_g[gid]
    duplicate = np.zeros(n, dtype=bool)
    duplicate[hi] = ~first & ~conflict_g[gid]
    first_in_slot = np.zeros(n, dtype=bool)
    first_in_slot[hi] = first

    # --- runs over the records left: flat lines and jumps ---------------
    cand = ~(missing | negative | above | conflict | duplicate)
    ci = np.flatnonzero(cand)
    sc, vc = s[ci], v[ci]
    same = np.zeros(len(ci), dtype=bool)
    same[1:] = sc[1:] == sc[:-1]
    brk = np.ones(len(ci), dtype=bool)
    brk[1:] = ~same[1:] | (vc[1:] != vc[:-1])
    rid = np.cumsum(brk) - 1
    run_len = np.bincount(rid) if len(rid) else np.zeros(0, dtype=np.int64)
    flat = np.zeros(n, dtype=bool)
    flat[ci] = (P.flat_n[sc] > 0) & (run_len[rid] >= P.flat_n[sc])
    prev = np.empty(len(ci))
    prev[:1] = np.nan
    prev[1:] = vc[:-1]
    delta = np.abs(vc - prev)
    with np.errstate(invalid="ignore"):
        jump_c = same & (delta > P.jump_step[sc]) & (delta > P.jump_ratio[sc] * np.abs(prev))
    jump = np.zeros(n, dtype=bool)
    jump[ci] = jump_c

    masks = {
        "missing": missing,
        "negative": negative,
        "above_range": above,
        "conflict": conflict,
        "duplicate": duplicate,
        "flat_line": flat,
        "jump": jump,
    }
    codes = np.zeros(n, dtype=np.int8)
    for code in reversed(cfg["codes"]["record_order"]):
        codes[masks[code]] = CODES.index(code)
    valid_of = np.array([cfg["codes"][c]["valid"] for c in CODES], dtype=bool)
    valid = valid_of[codes]

    found.append(_record_findings(s, t, v, codes, P))
    found.append(_flat_findings(s[ci], t[ci], v[ci], rid, codes[ci]))
    found.append(_gaps(s, slot, _first_slot(s, slot), P, lo_hi))

    # --- validity (HJ 663) -------------------------------------------------
    use = valid & first_in_slot
    daily = daily_chunk(s, slot, v, use, P, cfg)
    if daily is not None:
        found.append(_daily_findings(daily, P, cfg))
        if annual:
            found.append(_annual_findings(daily, profile))
    if annual:
        found.append(_water_years(s, t, use, P, cfg))

    # --- tampering indicators ---------------------------------------------
    found.append(_repeated(s, t, v, cand, P, cfg))
    if lim is not None:
        found.append(_just_below(s, t, v, lim, use, P, cfg))
    return codes, [f for f in found if f is not None and len(f)]


def _first_slot(s, slot) -> np.ndarray:
    """First record of each (series, slot), whatever its value."""
    out = np.ones(len(s), dtype=bool)
    out[1:] = (s[1:] != s[:-1]) | (slot[1:] != slot[:-1])
    return out


def _frame(s, code, start, end, count, x=None, y=None, bucket=None) -> pd.DataFrame:
    k = len(s)
    return pd.DataFrame(
        {
            "s": np.asarray(s, dtype=np.int64),
            "code": code if not np.isscalar(code) else np.full(k, code, dtype=object),
            "start": np.asarray(start, dtype=np.int64),
            "end": np.asarray(end, dtype=np.int64),
            "count": np.asarray(count, dtype=np.int64),
            "x": np.full(k, np.nan) if x is None else np.asarray(x, dtype=np.float64),
            "y": np.full(k, np.nan) if y is None else np.asarray(y, dtype=np.float64),
            "bucket": np.full(k, "", dtype=object) if bucket is None else bucket,
        }
    )


def _record_findings(s, t, v, codes, P: Params) -> Optional[pd.DataFrame]:
    """Faulty records (flat lines apart) per series, code and day (hourly
    series), month (daily) or year (monthly)."""
    bad = np.flatnonzero((codes > 0) & (codes != CODES.index("flat_line")))
    if not len(bad):
        return None
    sb, tb = s[bad], t[bad]
    res = P.res_idx[sb]
    mon = months(tb)
    bucket = np.where(
        res == 0, np.floor_divide(tb, DAY_NS), np.where(res == 1, mon, np.floor_divide(mon, 12))
    )
    df = pd.DataFrame({"s": sb, "c": codes[bad], "b": bucket, "res": res, "t": tb, "v": v[bad]})
    g = (
        df.groupby(["s", "c", "b"], sort=True)
        .agg(
            count=("t", "size"),
            start=("t", "min"),
            end=("t", "max"),
            vmin=("v", "min"),
            vmax=("v", "max"),
            res=("res", "first"),
        )
        .reset_index()
    )
    bucket = np.where(g["res"] == 0, "day", np.where(g["res"] == 1, "month", "year"))
    return _frame(
        g["s"],
        np.array([CODES[c] for c in g["c"]], dtype=object),
        g["start"],
        g["end"],
        g["count"],
        g["vmin"],
        g["vmax"],
        bucket=bucket.astype(object),
    )


def _flat_findings(s, t, v, rid, codes) -> Optional[pd.DataFrame]:
    """One finding per flat line (a run of identical values), from its first
    to its last record."""
    k = np.flatnonzero(codes == CODES.index("flat_line"))
    if not len(k):
        return None
    r = rid[k]
    brk = np.ones(len(k), dtype=bool)
    brk[1:] = r[1:] != r[:-1]
    starts = np.flatnonzero(brk)
    ends = np.append(starts[1:], len(k)) - 1
    value = v[k][starts]
    return _frame(
        s[k][starts],
        "flat_line",
        t[k][starts],
        t[k][ends],
        ends - starts + 1,
        x=value,
        y=value,
        bucket=np.full(len(starts), "span", dtype=object),
    )


def _gaps(s, slot, present, P: Params, lo_hi) -> Optional[pd.DataFrame]:
    """Runs of missing time steps between the slots holding a record."""
    pi = np.flatnonzero(present)
    sp, tp = s[pi], slot[pi]
    res = P.res_idx[sp]
    monthly = res == 2
    # position of each slot on its series' time axis, in steps
    pos = np.floor_divide(tp, np.where(monthly, 1, P.step[sp]))
    if monthly.any():
        pos[monthly] = months(tp[monthly])
    same = np.zeros(len(pi), dtype=bool)
    same[1:] = sp[1:] == sp[:-1]
    after = np.flatnonzero(same[1:] & (pos[1:] - pos[:-1] > 1)) + 1
    rows = [(sp[after], pos[after - 1] + 1, pos[after] - 1)]
    if lo_hi is not None and len(pi):
        lo, hi = lo_hi
        starts = np.flatnonzero(~same)
        ends = np.append(starts[1:] - 1, len(pi) - 1)
        ss = sp[starts]
        m_ = P.res_idx[ss] == 2
        st = np.where(m_, 1, P.step[ss])
        lo_pos = np.where(m_, months(np.full(len(ss), lo)), -np.floor_divide(-lo, st))
        hi_pos = np.where(m_, months(np.full(len(ss), hi - 1)), np.floor_divide(hi - 1, st))
        rows.append((ss, lo_pos, pos[starts] - 1))
        rows.append((ss, pos[ends] + 1, hi_pos))
    gs = np.concatenate([r[0] for r in rows])
    gf = np.concatenate([r[1] for r in rows])
    gt = np.concatenate([r[2] for r in rows])
    count = gt - gf + 1
    keep = count >= P.gap_min[gs]
    gs, gf, gt, count = gs[keep], gf[keep], gt[keep], count[keep]
    if not len(gs):
        return None
    monthly = P.res_idx[gs] == 2
    st = np.where(monthly, 1, P.step[gs])
    start = np.where(monthly, month_start(gf), gf * st)
    end = np.where(monthly, month_start(gt), gt * st)
    return _frame(gs, "gap", start, end, count, bucket=np.full(len(gs), "span", dtype=object))


def _daily_findings(daily: DailyChunk, P: Params, cfg: dict) -> Optional[pd.DataFrame]:
    bad = np.flatnonzero(~daily.valid & (P.res_idx[daily.s] == 0))
    if not len(bad):
        return None
    s = daily.s[bad]
    o3 = P.daily_stat[s] == 2
    code = np.where(o3, "o3_day_incomplete", "day_incomplete").astype(object)
    start = daily.day[bad] * DAY_NS
    val = cfg["validity"]
    need = np.where(o3, val["o3_min_windows"], val["daily_min_hours"])
    return _frame(
        s,
        code,
        start,
        start,
        daily.n[bad],
        x=daily.n[bad],
        y=need,
        bucket=np.full(len(bad), "day", dtype=object),
    )


def _annual_findings(daily: DailyChunk, profile: Profile) -> Optional[pd.DataFrame]:
    cfg = section(profile)
    check = annual_check(daily, cfg, profile.get("elements.environment.stations.min_valid_days"))
    parts = []
    if len(check.month_s):
        start = month_start((check.month_year - 1970) * 12 + check.month - 1)
        parts.append(
            _frame(
                check.month_s,
                "month_incomplete",
                start,
                start,
                check.month_n,
                x=check.month_n,
                y=check.month_min,
                bucket=np.full(len(start), "month", dtype=object),
            )
        )
    if len(check.year_s):
        start = month_start((check.year - 1970) * 12)
        need = profile.get("elements.environment.stations.min_valid_days")
        parts.append(
            _frame(
                check.year_s,
                "year_incomplete",
                start,
                start,
                check.year_n,
                x=check.year_n,
                y=np.full(len(start), need),
                bucket=np.full(len(start), "year", dtype=object),
            )
        )
    return pd.concat(parts, ignore_index=True) if parts else None


def _water_years(s, t, use, P: Params, cfg: dict) -> Optional[pd.DataFrame]:
    """Water series-years with a valid value in too few months."""
    w = np.flatnonzero(P.kind_idx[s] == KINDS.index("water"))
    if not len(w):
        return None
    sw = s[w]
    mon = months(t[w])
    year = np.floor_divide(mon, 12)
    # series-years present (any record), and distinct valid months in each
    brk = np.ones(len(w), dtype=bool)
    brk[1:] = (sw[1:] != sw[:-1]) | (year[1:] != year[:-1])
    sy = np.cumsum(brk) - 1
    first = np.flatnonzero(brk)
    u = use[w]
    new_month = u.copy()
    ui = np.flatnonzero(u)
    if len(ui):
        repeat = np.zeros(len(ui), dtype=bool)
        repeat[1:] = (sw[ui][1:] == sw[ui][:-1]) & (mon[ui][1:] == mon[ui][:-1])
        new_month[ui[repeat]] = False
    n_months = np.bincount(sy, weights=new_month, minlength=len(first)).astype(np.int64)
    need = cfg["validity"]["water_min_months"]
    bad = np.flatnonzero(n_months < need)
    if not len(bad):
        return None
    start = month_start(year[first][bad] * 12)
    return _frame(
        sw[first][bad],
        "year_incomplete",
        start,
        start,
        n_months[bad],
        x=n_months[bad],
        y=np.full(len(bad), need),
        bucket=np.full(len(bad), "water_year", dtype=object),
    )


def _repeated(s, t, v, cand, P: Params, cfg: dict) -> Optional[pd.DataFrame]:
    """Series-months where one value makes up too large a share."""
    tam = cfg["tamper"]
    r = np.flatnonzero(cand & P.repeated[s])
    if not len(r):
        return None
    sr, vr = s[r], v[r]
    month = months(t[r])
    gbrk = np.ones(len(r), dtype=bool)
    gbrk[1:] = (sr[1:] != sr[:-1]) | (month[1:] != month[:-1])
    g = np.cumsum(gbrk) - 1
    n_g = np.bincount(g)
    big = n_g >= tam["min_records"]
    if not big.any():
        return None
    sel = big[g]
    g, vr = g[sel], vr[sel]
    # how often each value occurs in its group (hash codes of the values, then
    # a table groups × values, or, when that is too large, the distinct pairs)
    cv, uniq = pd.factorize(vr, sort=False)
    uniq = np.asarray(uniq, dtype=np.float64)
    nu, ng = len(uniq), len(n_g)
    if ng * nu <= TABLE_CELLS:
        table = np.bincount(g * nu + cv, minlength=ng * nu).reshape(ng, nu)
        tg = np.flatnonzero(big)
        top = table[tg].argmax(axis=1)
        tlen, tval = table[tg, top], uniq[top]
    else:
        pair, keys = pd.factorize(g * nu + cv, sort=False)
        cnt = np.bincount(pair)
        kg, kv = keys // nu, keys % nu
        order = np.lexsort((-cnt, kg))
        first_of_g = np.ones(len(order), dtype=bool)
        first_of_g[1:] = kg[order][1:] != kg[order][:-1]
        best = order[first_of_g]
        tg, tlen, tval = kg[best], cnt[best], uniq[kv[best]]
    share = tlen / n_g[tg]
    hit = share >= tam["repeated_share"]
    if not hit.any():
        return None
    tg, tlen, tval, share = tg[hit], tlen[hit], tval[hit], share[hit]
    gfirst = np.flatnonzero(gbrk)[tg]  # a record of the group, in chunk order
    s_out = s[r][gfirst]
    start = month_start(months(t[r][gfirst]))
    return _frame(
        s_out,
        "repeated_value",
        start,
        start,
        n_g[tg],
        x=tval,
        y=share,
        bucket=np.full(len(tg), "month", dtype=object),
    )


def _just_below(s, t, v, lim, use, P: Params, cfg: dict) -> Optional[pd.DataFrame]:
    """Series-months where too many values lie just below their limit."""
    tam = cfg["tamper"]
    k = np.flatnonzero(use & ~np.isnan(lim) & (P.res_idx[s] == 0))
    if not len(k):
        return None
    sk, vk, lk = s[k], v[k], lim[k]
    month = months(t[k])
    gbrk = np.ones(len(k), dtype=bool)
    gbrk[1:] = (sk[1:] != sk[:-1]) | (month[1:] != month[:-1])
    g = np.cumsum(gbrk) - 1
    n_g = np.bincount(g)
    band = (vk >= (1.0 - tam["just_below_band"]) * lk) & (vk <= lk)
    n_band = np.bincount(g, weights=band, minlength=len(n_g))
    share = n_band / n_g
    hit = np.flatnonzero((n_g >= tam["min_records"]) & (share >= tam["just_below_share"]))
    if not len(hit):
        return None
    gfirst = np.flatnonzero(gbrk)[hit]
    lim_max = np.maximum.reduceat(lk, np.flatnonzero(gbrk))[hit]
    start = month_start(month[gfirst])
    return _frame(
        sk[gfirst],
        "just_below",
        start,
        start,
        n_g[hit],
        x=lim_max,
        y=share[hit],
        bucket=np.full(len(hit), "month", dtype=object),
    )


# --------------------------------------------------------------------------
# the findings table
# --------------------------------------------------------------------------


def _findings_frame(
    parts: Sequence[pd.DataFrame], prep: Prepared, P: Params, profile: Profile
) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in FINDING_COLUMNS})
    f = pd.concat(parts, ignore_index=True)
    order = [
        CODES.index(c) if c in CODES else len(CODES) + FINDING_CODES.index(c) for c in f["code"]
    ]
    f["_o"] = order
    f = f.sort_values(["s", "start", "_o"], kind="stable").reset_index(drop=True)
    ser = prep.series
    s = f["s"].to_numpy()
    f["res"] = ser["resolution"].to_numpy()[s]
    cfg = section(profile)
    labels = {c: code_label(profile, c) for c in CODES[1:] + FINDING_CODES}
    rows = list(f.itertuples())
    out = pd.DataFrame(
        {
            "station_id": ser["station_id"].to_numpy()[s],
            "pollutant": ser["pollutant"].to_numpy()[s],
            "period": [_period_text(row, row.res) for row in rows],
            "code": f["code"].to_numpy(),
            "count": f["count"].to_numpy(np.int64),
            "reason": [_reason(row, P, cfg, row.res) for row in rows],
            "outlet_id": ser["outlet_id"].to_numpy()[s],
            "kind": ser["kind"].to_numpy()[s],
            "resolution": ser["resolution"].to_numpy()[s],
            "label": [labels[c] for c in f["code"]],
            "start": pd.to_datetime(f["start"].to_numpy()),
            "end": pd.to_datetime(f["end"].to_numpy()),
        }
    )
    return out


def _dtype(column: str):
    return {"count": "int64", "start": "datetime64[ns]", "end": "datetime64[ns]"}.get(
        column, "object"
    )


def _period_text(row, resolution: str) -> str:
    start = pd.Timestamp(row.start)
    if row.bucket == "day":
        return start.strftime("%Y-%m-%d")
    if row.bucket == "month":
        return start.strftime("%Y-%m")
    if row.bucket in ("year", "water_year"):
        return start.strftime("%Y")
    a, b = fmt_time(row.start, resolution), fmt_time(row.end, resolution)
    return a if a == b else f"{a} – {b}"


def _num(x: float) -> str:
    return f"{x:g}"


def _reason(row, P: Params, cfg: dict, resolution: str) -> str:
    code, n, s = row.code, int(row.count), int(row.s)
    unit = P.unit[s]
    val = cfg["validity"]
    tam = cfg["tamper"]
    if code == "missing":
        return tr("{n} record(s) without a value").format(n=n)
    if code == "negative":
        return tr("{n} negative value(s), the lowest {value}").format(n=n, value=_num(row.x))
    if code == "above_range":
        return (
            tr("{n} value(s) above the instrument range of {limit} {unit}, the highest {value}")
            .format(n=n, limit=_num(P.range_max[s]), unit=unit, value=_num(row.y))
            .replace("  ", " ")
        )
    if code == "conflict":
        return tr(
            "{n} records share their time with a record of another value; neither can be trusted"
        ).format(n=n)
    if code == "duplicate":
        return tr("{n} repeated record(s) of a time already given with the same value").format(n=n)
    if code == "flat_line":
        return tr(
            "{n} consecutive records of the same value {value} (a flat line from {min} records on)"
        ).format(n=n, value=_num(row.x), min=int(P.flat_n[s]))
    if code == "jump":
        return (
            tr(
                "{n} change(s) from the previous record larger than {step} {unit} and "
                "{ratio} times the previous value"
            )
            .format(n=n, step=_num(P.jump_step[s]), unit=unit, ratio=_num(P.jump_ratio[s]))
            .replace("  ", " ")
        )
    if code == "gap":
        what = {"hour": tr("hours"), "day": tr("days"), "month": tr("months")}[resolution]
        return tr("no record for {n} {what}").format(n=n, what=what)
    if code == "day_incomplete":
        return tr("{n} valid hourly values; a daily mean needs at least {min}").format(
            n=n, min=int(row.y)
        )
    if code == "o3_day_incomplete":
        return tr(
            "{n} valid 8-hour means ending between {first}:00 and {last}:00; the daily "
            "maximum needs at least {min}"
        ).format(
            n=n, first=val["o3_first_window_end"], last=val["o3_last_window_end"], min=int(row.y)
        )
    if code == "month_incomplete":
        return tr(
            "{n} valid days in the month; an annual statistic needs at least {min} in every month"
        ).format(n=n, min=int(row.y))
    if code == "year_incomplete":
        if row.bucket == "water_year":
            return tr("a valid value in {n} months; an annual mean needs at least {min}").format(
                n=n, min=int(row.y)
            )
        return tr("{n} valid days in the year; an annual statistic needs at least {min}").format(
            n=n, min=int(row.y)
        )
    if code == "repeated_value":
        return tr(
            "the value {value} makes up {share} % of the {n} records of the month "
            "(threshold {threshold} %): check for a stuck instrument or fabricated "
            "data"
        ).format(value=_num(row.x), share=_pct(row.y), n=n, threshold=_pct(tam["repeated_share"]))
    if code == "just_below":
        return tr(
            "{share} % of the {n} valid values of the month lie within {band} % below "
            "the limit {limit} (threshold {threshold} %): check for data held under "
            "the limit"
        ).format(
            share=_pct(row.y),
            n=n,
            band=_pct(tam["just_below_band"]),
            limit=_num(row.x),
            threshold=_pct(tam["just_below_share"]),
        )
    raise ValueError(code)


def _pct(x: float) -> str:
    return f"{100.0 * x:.0f}"
