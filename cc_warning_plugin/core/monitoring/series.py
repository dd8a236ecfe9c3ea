"""Observation frames turned into series: the checks of the input, one
integer id per series (kind × station × outlet × pollutant × resolution)
and the order that sorts the records by series and time.

All of it is vectorised: a frame of tens of millions of records (categorical
text columns are cheapest) is read without a Python loop over records.
"""

from dataclasses import dataclass
from typing import List, Optional, Union

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..profile import Profile
from ..profile.vocab import get_path
from .common import (
    choice,
    datetimes,
    factor,
    numbers,
    require_frame,
    require_text,
    row_name,
    section,
)
from .profile_schema import KINDS, RESOLUTIONS

HOUR_NS = 3600 * 10**9
DAY_NS = 24 * HOUR_NS
#: length of one time step by resolution index (a month has none: it is
#: counted in calendar months)
STEP_NS = np.array([HOUR_NS, DAY_NS, 0], dtype=np.int64)
REQUIRED = ("station_id", "time", "pollutant", "value")
#: records per chunk (whole series; a larger series makes a larger chunk)
CHUNK_RECORDS = 1_000_000


@dataclass
class Prepared:
    """An observation frame as arrays, in the frame's row order."""

    s: np.ndarray  # series id per record (int32)
    t: np.ndarray  # time per record, int64 ns
    v: np.ndarray  # value per record, float64 (NaN = none)
    lim: Optional[np.ndarray]  # limit per record (NaN = none), or None
    order: Optional[np.ndarray]  # positions sorting by (series, time); None = sorted
    series: pd.DataFrame  # per series id: kind, station_id, outlet_id, pollutant,
    #                               resolution, kind_idx, res_idx
    time: pd.Series  # the time column as datetime64[ns]

    @property
    def n(self) -> int:
        return len(self.t)


def _scalar_or(values: Union[int, np.ndarray], n: int) -> np.ndarray:
    return np.full(n, values, dtype=np.int64) if np.isscalar(values) else values


def prepare(
    obs: pd.DataFrame,
    profile: Profile,
    name: str,
    kind: Optional[str] = None,
    resolution: Optional[str] = None,
) -> Prepared:
    """Check ``obs`` and build its series. ``kind`` / ``resolution`` apply to
    rows that do not say (no column, or an empty cell)."""
    require_frame(obs, name, REQUIRED)
    cfg = section(profile)
    n = len(obs)
    for param, value, allowed in (("kind", kind, KINDS), ("resolution", resolution, RESOLUTIONS)):
        if value is not None and value not in allowed:
            raise InputError(
                tr("The {param} {value!r} is not one of {allowed}.").format(
                    param=param, value=value, allowed=", ".join(allowed)
                )
            )
    st, st_names = factor(obs["station_id"])
    require_text(obs, "station_id", name, st)
    po, po_names = factor(obs["pollutant"])
    require_text(obs, "pollutant", name, po)
    time = datetimes(obs, "time", name)
    v = numbers(obs, "value", name)

    kind_idx = choice(obs, "kind", name, KINDS, KINDS.index(kind or "air"))
    res_default = [RESOLUTIONS.index(resolution or cfg["default_resolution"][k]) for k in KINDS]
    if np.isscalar(kind_idx):
        res_fallback = res_default[int(kind_idx)]
    else:
        res_fallback = np.asarray(res_default, dtype=np.int64)[kind_idx]
    res_idx = choice(obs, "resolution", name, RESOLUTIONS, res_fallback)

    src = KINDS.index("source")
    is_source = (
        (kind_idx == src)
        if not np.isscalar(kind_idx)
        else (np.ones(n, dtype=bool) if kind_idx == src else None)
    )
    if "outlet_id" in obs.columns:
        out, out_names = factor(obs["outlet_id"])
        if is_source is not None:
            require_text(obs, "outlet_id", name, out, rows=is_source)
    else:
        if is_source is not None and is_source.any():
            raise InputError(
                tr(
                    "{table}: pollution-source records need the column 'outlet_id' (the outlet "
                    "each concentration was measured at)."
                ).format(table=name)
            )
        out, out_names = np.int64(-1), []

    lim = None
    if "limit" in obs.columns:
        lim = numbers(obs, "limit", name)
        bad = lim <= 0
        if bad.any():
            pos = int(np.flatnonzero(bad)[0])
            raise InputError(
                tr(
                    "{table}, row {row}: the limit {value:g} is not above zero. Give the permit "
                    "limit of the outlet, or leave the cell empty."
                ).format(table=name, row=row_name(obs, pos), value=lim[pos])
            )

    sizes = [
        len(KINDS),
        max(len(st_names), 1),
        len(out_names) + 1,
        max(len(po_names), 1),
        len(RESOLUTIONS),
    ]
    # one integer per row: kind, station, outlet, pollutant, resolution (built
    # in place: a frame of tens of millions of rows holds one such array)
    key = np.empty(n, dtype=np.int64)
    key[:] = kind_idx
    for size, part in (
        (sizes[1], st),
        (sizes[2], np.asarray(out) + 1),
        (sizes[3], po),
        (sizes[4], res_idx),
    ):
        key *= size
        key += part
    del st, po
    total = int(np.prod(sizes, dtype=np.float64))
    if total <= max(4 * n, 1 << 20) and total < (1 << 31):
        used = np.bincount(key, minlength=total) > 0
        remap = (np.cumsum(used, dtype=np.int64) - 1).astype(np.int32)
        s = remap[key]
        keys = np.flatnonzero(used)
    else:
        keys, s = np.unique(key, return_inverse=True)
        s = s.astype(np.int32)
    del key
    parts: List[np.ndarray] = []
    rest = keys.astype(np.int64)
    for size in reversed(sizes[1:]):
        rest, r = np.divmod(rest, size)
        parts.append(r)
    res_k, po_k, out_k, st_k = parts
    kind_k = rest
    series = pd.DataFrame(
        {
            "kind": [KINDS[k] for k in kind_k],
            "station_id": [st_names[k] for k in st_k],
            "outlet_id": ["" if k == 0 else out_names[k - 1] for k in out_k],
            "pollutant": [po_names[k] for k in po_k],
            "resolution": [RESOLUTIONS[k] for k in res_k],
            "kind_idx": kind_k.astype(np.int64),
            "res_idx": res_k.astype(np.int64),
        }
    )
    t = time.to_numpy().view(np.int64)
    return Prepared(
        s=s, t=t, v=v, lim=lim, order=_sort_order(s, t, len(series)), series=series, time=time
    )


def _sort_order(s: np.ndarray, t: np.ndarray, n_series: int) -> Optional[np.ndarray]:
    """Positions sorting the records by series, then time (stable: records of
    the same time keep their order); ``None`` when already sorted."""
    if len(s) < 2:
        return None
    ds = np.diff(s)
    if (ds >= 0).all():
        same = ds == 0
        del ds
        if (np.diff(t)[same] >= 0).all():
            return None
    else:
        del ds
    whole_seconds = all(
        (t[a : a + 10_000_000] % 10**9 == 0).all() for a in range(0, len(t), 10_000_000)
    )
    if whole_seconds:
        t0 = int(t.min()) // 10**9
        span = int(t.max()) // 10**9 - t0 + 1
        if n_series * span < (1 << 62):
            key = s.astype(np.int64)
            key *= span
            for a in range(0, len(t), 10_000_000):
                key[a : a + 10_000_000] += t[a : a + 10_000_000] // 10**9 - t0
            return np.argsort(key, kind="stable")
    return np.lexsort((t, s))


def normalize_code(code: str) -> str:
    """A pollutant code compared without case, dots, dashes, underscores,
    spaces and subscript digits: "PM2.5" = "pm25", "SO₂" = "so2"."""
    text = str(code).strip().lower().translate(_SUBSCRIPTS)
    return "".join(ch for ch in text if ch not in "._- ")


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def pollutant_entry(profile: Profile, kind: str, pollutant: str):
    """(code, entry) of ``pollutant`` in ``monitoring.pollutants.<kind>``,
    matched by code or alias; (None, None) if not listed."""
    table = section(profile)["pollutants"][kind]
    want = normalize_code(pollutant)
    for code, entry in table.items():
        names = [code] + list(entry.get("aliases", []))
        if any(normalize_code(n) == want for n in names):
            return code, entry
    return None, None


@dataclass
class Params:
    """Per-series rule parameters (arrays indexed by series id)."""

    kind_idx: np.ndarray
    res_idx: np.ndarray
    step: np.ndarray
    range_max: np.ndarray
    jump_step: np.ndarray
    jump_ratio: np.ndarray
    flat_n: np.ndarray  # 0: no flat-line check
    gap_min: np.ndarray
    daily_stat: np.ndarray  # 0 none, 1 mean, 2 max_8h
    daily_limit: np.ndarray  # 24-h limit of the daily statistic (NaN none)
    repeated: np.ndarray  # bool: the repeated-value check applies
    code: List[Optional[str]]  # profile code of the pollutant (None: not listed)
    unit: List[str]


def series_params(
    series: pd.DataFrame, profile: Profile, air_standard: Optional[str] = None
) -> Params:
    """The profile's rules for each series."""
    from ..exceedance import air_limits  # the edition check and its message

    cfg = section(profile)
    std = air_standard or profile.get("elements.environment.air_standard")
    air_limits(profile, std)
    edition = profile.get(f"standards.air.{std}")
    m = len(series)
    out = Params(
        kind_idx=series["kind_idx"].to_numpy(np.int64),
        res_idx=series["res_idx"].to_numpy(np.int64),
        step=STEP_NS[series["res_idx"].to_numpy(np.int64)],
        range_max=np.full(m, np.nan),
        jump_step=np.full(m, np.nan),
        jump_ratio=np.full(m, np.nan),
        flat_n=np.zeros(m, dtype=np.int64),
        gap_min=np.zeros(m, dtype=np.int64),
        daily_stat=np.zeros(m, dtype=np.int8),
        daily_limit=np.full(m, np.nan),
        repeated=np.zeros(m, dtype=bool),
        code=[None] * m,
        unit=[""] * m,
    )
    flat = cfg["flat_line"]["records"]
    gaps = cfg["gaps"]["min_missing"]
    repeated_kinds = set(cfg["tamper"]["repeated_kinds"])
    for i, row in enumerate(series.itertuples(index=False)):
        code, entry = pollutant_entry(profile, row.kind, row.pollutant)
        entry = entry or {}
        out.code[i] = code
        out.unit[i] = entry.get("unit", "")
        out.range_max[i] = entry.get("range_max", np.nan)
        out.jump_step[i] = entry.get("jump_step", np.nan)
        out.jump_ratio[i] = entry.get("jump_ratio", np.nan)
        out.flat_n[i] = entry.get("flat_records", {}).get(
            row.resolution, flat.get(row.resolution, 0)
        )
        out.gap_min[i] = gaps[row.resolution]
        out.repeated[i] = row.kind in repeated_kinds and row.resolution == "hour"
        if row.kind == "air" and "daily" in entry and row.resolution in ("hour", "day"):
            out.daily_stat[i] = 1 if entry["daily"] == "mean" else 2
            limit = get_path(edition, entry["limit"])
            out.daily_limit[i] = np.nan if limit is None else float(limit)
    return out


def chunks(prep: Prepared):
    """(start, end) positions in sorted order, at series boundaries."""
    n = prep.n
    if n == 0:
        return
    s_sorted = prep.s if prep.order is None else prep.s[prep.order]
    bounds = np.flatnonzero(np.diff(s_sorted)) + 1
    del s_sorted
    start = 0
    for b in np.append(bounds, n):
        if b - start >= CHUNK_RECORDS or b == n:
            yield start, int(b)
            start = int(b)


def slots(t: np.ndarray, step: np.ndarray) -> np.ndarray:
    """The time slot of each record: the hour or day it falls in; for monthly
    series the time itself."""
    has = step > 0
    return np.where(has, t - np.mod(t, np.where(has, step, 1)), t)


def months(t: np.ndarray) -> np.ndarray:
    """Calendar months since 1970-01 (through a table of the days spanned:
    the calendar conversion of every record would be slow)."""
    t = np.asarray(t, dtype=np.int64)
    if not len(t):
        return np.zeros(0, dtype=np.int64)
    day = np.floor_divide(t, DAY_NS)
    d0, d1 = int(day.min()), int(day.max())
    if d1 - d0 > 1_000_000:
        return t.astype("datetime64[ns]").astype("datetime64[M]").astype(np.int64)
    table = np.arange(d0, d1 + 1).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return table[day - d0]


def month_start(index: np.ndarray) -> np.ndarray:
    return (
        np.asarray(index, dtype=np.int64)
        .astype("datetime64[M]")
        .astype("datetime64[ns]")
        .astype(np.int64)
    )
