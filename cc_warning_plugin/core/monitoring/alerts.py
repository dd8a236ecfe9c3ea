"""Daily values, exceedance alerts on ambient values and exceedance alarms
of pollution-source outlets, from quality-controlled records (the ``valid``
column of :func:`.qc.quality_control`; a frame without it is checked first).

- :func:`daily_values`: the HJ 663-2013 daily statistic of every air series
  (24-h mean, O3 daily maximum 8-h mean) with its count and validity.
- :func:`exceedance_alerts`: valid daily air values above the 24-h limit of
  the GB 3095 edition (``ratio`` = value / limit − 1, the 超标倍数), and
  valid water values worse than the limit of the target class of GB 3838
  (DO: below it, ratio = limit / value − 1).
- :func:`outlet_alarms`: runs of consecutive time steps (hours) in which a
  source's valid value is above the limit of its record (the permit limit):
  start, end, length, highest value and ratio, and whether the run is long
  enough to raise an alarm (profile ``monitoring.source_alarms``).
"""

from typing import Dict, List, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..exceedance import water_limits
from ..i18n import tr
from ..indicators import match_alias
from ..profile import Profile
from ..progress import as_progress
from .common import fmt_time, row_name, section
from .daily import daily_chunk, exceeds
from .profile_schema import KINDS
from .qc import quality_control
from .series import (
    DAY_NS,
    Prepared,
    chunks,
    normalize_code,
    pollutant_entry,
    prepare,
    series_params,
    slots,
)

DAILY_COLUMNS = [
    "station_id",
    "pollutant",
    "date",
    "value",
    "n",
    "valid",
    "statistic",
    "resolution",
]
ALERT_COLUMNS = [
    "station_id",
    "pollutant",
    "kind",
    "period",
    "time",
    "value",
    "limit",
    "ratio",
    "standard",
    "reason",
]
ALARM_COLUMNS = [
    "station_id",
    "outlet_id",
    "pollutant",
    "start",
    "end",
    "steps",
    "max_value",
    "limit",
    "max_ratio",
    "alarm",
    "reason",
]


def _valid_flags(
    records: pd.DataFrame,
    profile: Profile,
    prep: Prepared,
    name: str,
    kind,
    resolution,
    annual=False,
) -> np.ndarray:
    if "valid" not in records.columns:
        qc = quality_control(
            records, profile, kind=kind, resolution=resolution, annual=annual, name=name
        )
        return qc.records["valid"].to_numpy(bool)
    col = records["valid"]
    if col.isna().any():
        pos = int(np.flatnonzero(col.isna().to_numpy())[0])
        raise InputError(
            tr(
                "{table}, row {row}: the column 'valid' is empty. Give true or false for every "
                "record (run the quality control again)."
            ).format(table=name, row=row_name(records, pos))
        )
    return col.to_numpy(dtype=bool)


def _first_valid(s, slot, use) -> np.ndarray:
    """``use`` restricted to the first valid record of each (series, slot)."""
    ui = np.flatnonzero(use)
    keep = np.ones(len(ui), dtype=bool)
    keep[1:] = (s[ui][1:] != s[ui][:-1]) | (slot[ui][1:] != slot[ui][:-1])
    out = np.zeros(len(s), dtype=bool)
    out[ui[keep]] = True
    return out


def _daily(prep: Prepared, valid: np.ndarray, P, cfg: dict, feedback):
    """The daily chunks of the air series."""
    step = as_progress(feedback)
    out = []
    spans = list(chunks(prep))
    for i, (a, b) in enumerate(spans):
        step.check()
        idx = slice(a, b) if prep.order is None else prep.order[a:b]
        s, t, v = prep.s[idx], prep.t[idx], prep.v[idx]
        slot = slots(t, P.step[s])
        use = _first_valid(s, slot, valid[idx] & ~np.isnan(v))
        d = daily_chunk(s, slot, v, use, P, cfg)
        if d is not None:
            out.append(d)
        step.set((i + 1) / len(spans))
    return out


def daily_values(
    records: pd.DataFrame,
    profile: Profile,
    kind: Optional[str] = None,
    resolution: Optional[str] = None,
    air_standard: Optional[str] = None,
    name: str = "observations",
    feedback=None,
) -> pd.DataFrame:
    """One row per air series and day: ``date``, ``value`` (24-h mean or O3
    daily maximum 8-h mean), ``n`` (valid hours, valid 8-h means, or daily
    records), ``valid`` (HJ 663-2013), ``statistic`` (mean / max_8h)."""
    prep = prepare(records, profile, name, kind=kind, resolution=resolution)
    valid = _valid_flags(records, profile, prep, name, kind, resolution)
    P = series_params(prep.series, profile, air_standard)
    parts = _daily(prep, valid, P, section(profile), feedback)
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DAILY_COLUMNS})
    s = np.concatenate([p.s for p in parts])
    ser = prep.series
    return pd.DataFrame(
        {
            "station_id": ser["station_id"].to_numpy()[s],
            "pollutant": ser["pollutant"].to_numpy()[s],
            "date": pd.to_datetime(np.concatenate([p.day for p in parts]) * DAY_NS),
            "value": np.concatenate([p.value for p in parts]),
            "n": np.concatenate([p.n for p in parts]),
            "valid": np.concatenate([p.valid for p in parts]),
            "statistic": np.where(P.daily_stat[s] == 2, "max_8h", "mean"),
            "resolution": ser["resolution"].to_numpy()[s],
        }
    )


def _water_bodies(
    records: pd.DataFrame,
    prep: Prepared,
    profile: Profile,
    water_bodies: Optional[Dict[str, str]],
    name: str,
) -> Dict[str, str]:
    """Water body (river / lake) of each water station: the ``water_body``
    column of the records, else ``water_bodies``."""
    bodies = profile.get("water_bodies")
    stations = sorted(set(prep.series.loc[prep.series["kind"] == "water", "station_id"]))
    found: Dict[str, str] = {}
    if "water_body" in records.columns:
        sub = records[["station_id", "water_body"]].dropna().drop_duplicates("station_id")
        for sid, text in zip(sub["station_id"].astype(str), sub["water_body"]):
            key = match_alias(str(text), bodies)
            if key is None:
                raise InputError(
                    tr(
                        "{table}: station {station}: the water body {value!r} is not one of "
                        "{allowed}."
                    ).format(table=name, station=sid, value=text, allowed=", ".join(bodies))
                )
            found[sid] = key
    for sid, text in (water_bodies or {}).items():
        if str(sid) not in found:
            key = match_alias(str(text), bodies)
            if key is None:
                raise InputError(
                    tr(
                        "Station {station}: the water body {value!r} is not one of {allowed}."
                    ).format(station=sid, value=text, allowed=", ".join(bodies))
                )
            found[str(sid)] = key
    lacking = [sid for sid in stations if sid not in found]
    if lacking:
        raise InputError(
            tr(
                "{table}: the water body (river or lake) of the section(s) {stations} is not "
                "known; the limits of TP and TN depend on it. Add a column 'water_body' or give "
                "the sections' water bodies."
            ).format(table=name, stations=", ".join(lacking[:5]))
        )
    return found


def exceedance_alerts(
    records: pd.DataFrame,
    profile: Profile,
    air_standard: Optional[str] = None,
    water_standard: Optional[str] = None,
    water_class: Optional[str] = None,
    water_bodies: Optional[Dict[str, str]] = None,
    kind: Optional[str] = None,
    resolution: Optional[str] = None,
    name: str = "observations",
    feedback=None,
) -> pd.DataFrame:
    """One row per station, pollutant and period whose valid value exceeds
    the standard: air days above the 24-h limit of ``air_standard`` (default
    the profile's ``elements.environment.air_standard``); water values worse
    than the ``water_class`` limit of ``water_standard`` (defaults from
    ``elements.environment``) for the section's water body."""
    cfg = section(profile)
    std_air = air_standard or profile.get("elements.environment.air_standard")
    std_water = water_standard or profile.get("elements.environment.water_standard")
    cls = water_class or profile.get("elements.environment.water_class")
    if std_water not in profile.get("standards.water"):
        raise InputError(
            tr(
                "Water standard {std!r} is not in the method profile. Choose one of: {names}."
            ).format(std=std_water, names=", ".join(profile.get("standards.water")))
        )
    classes = profile.get(f"standards.water.{std_water}.classes")
    if cls not in classes:
        raise InputError(
            tr(
                "Water quality class {cls!r} is not a class of {std}: choose one of {classes}."
            ).format(cls=cls, std=std_water, classes=", ".join(classes))
        )
    step = as_progress(feedback)
    prep = prepare(records, profile, name, kind=kind, resolution=resolution)
    valid = _valid_flags(records, profile, prep, name, kind, resolution)
    P = series_params(prep.series, profile, std_air)
    parts = _daily(prep, valid, P, cfg, step.sub(0, 0.7))
    ser = prep.series
    frames: List[pd.DataFrame] = []
    op = cfg["alerts"]["air_op"]
    for d in parts:
        lim = P.daily_limit[d.s]
        hit = np.flatnonzero(d.valid & exceeds(d.value, lim, op))
        if not len(hit):
            continue
        s, value, limit = d.s[hit], d.value[hit], lim[hit]
        frames.append(
            pd.DataFrame(
                {
                    "station_id": ser["station_id"].to_numpy()[s],
                    "pollutant": ser["pollutant"].to_numpy()[s],
                    "kind": "air",
                    "period": [fmt_time(x, "day") for x in d.day[hit] * DAY_NS],
                    "time": pd.to_datetime(d.day[hit] * DAY_NS),
                    "value": value,
                    "limit": limit,
                    "ratio": value / limit - 1.0,
                    "standard": std_air,
                    "reason": [
                        tr("daily value {value} above the 24-h limit {limit} of {std}").format(
                            value=f"{x:g}", limit=f"{y:g}", std=std_air
                        )
                        for x, y in zip(value, limit)
                    ],
                }
            )
        )

    water = np.flatnonzero((ser["kind"] == "water").to_numpy())
    if len(water):
        bodies = _water_bodies(records, prep, profile, water_bodies, name)
        limit_of = np.full(len(ser), np.nan)
        direction_max = np.ones(len(ser), dtype=bool)
        by_body = {
            b: {normalize_code(k): lv for k, lv in water_limits(profile, b, std_water, cls).items()}
            for b in set(bodies.values())
        }
        for i in water:
            code, _ = pollutant_entry(profile, "water", ser.at[i, "pollutant"])
            lv = by_body[bodies[ser.at[i, "station_id"]]].get(
                normalize_code(code or ser.at[i, "pollutant"])
            )
            if lv is not None:
                limit_of[i] = lv[0]
                direction_max[i] = lv[1] == "max"
        for a, b in chunks(prep):
            idx = slice(a, b) if prep.order is None else prep.order[a:b]
            s, t, v = prep.s[idx], prep.t[idx], prep.v[idx]
            use = _first_valid(s, slots(t, P.step[s]), valid[idx] & ~np.isnan(v))
            lim = limit_of[s]
            with np.errstate(invalid="ignore", divide="ignore"):
                worse = np.where(direction_max[s], v > lim, v < lim)
                ratio = np.where(direction_max[s], v / lim - 1.0, lim / v - 1.0)
            hit = np.flatnonzero(use & worse)
            if not len(hit):
                continue
            sh = s[hit]
            frames.append(
                pd.DataFrame(
                    {
                        "station_id": ser["station_id"].to_numpy()[sh],
                        "pollutant": ser["pollutant"].to_numpy()[sh],
                        "kind": "water",
                        "period": [
                            fmt_time(x, r) for x, r in zip(t[hit], ser["resolution"].to_numpy()[sh])
                        ],
                        "time": pd.to_datetime(t[hit]),
                        "value": v[hit],
                        "limit": lim[hit],
                        "ratio": ratio[hit],
                        "standard": f"{std_water} {cls}",
                        "reason": [
                            (
                                tr("value {value} above the class {cls} limit {limit}")
                                if up
                                else tr("value {value} below the class {cls} limit {limit}")
                            ).format(value=f"{x:g}", cls=cls, limit=f"{y:g}")
                            for x, y, up in zip(v[hit], lim[hit], direction_max[sh])
                        ],
                    }
                )
            )
    step.set(1.0)
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ALERT_COLUMNS})
    out = pd.concat(frames, ignore_index=True)
    return out.sort_values(["station_id", "pollutant", "time"], kind="stable").reset_index(
        drop=True
    )[ALERT_COLUMNS]


def alert_summary(alerts: pd.DataFrame) -> pd.DataFrame:
    """Per station, pollutant and year: the number of alert periods and the
    largest ratio."""
    if alerts.empty:
        return pd.DataFrame(
            {
                c: pd.Series(dtype=object)
                for c in ["station_id", "pollutant", "year", "periods", "max_ratio"]
            }
        )
    year = pd.to_datetime(alerts["time"]).dt.year
    g = alerts.assign(year=year).groupby(["station_id", "pollutant", "year"], sort=True)
    return g.agg(periods=("time", "size"), max_ratio=("ratio", "max")).reset_index()


def outlet_alarms(
    records: pd.DataFrame,
    profile: Profile,
    kind: Optional[str] = "source",
    resolution: Optional[str] = None,
    name: str = "observations",
    feedback=None,
) -> pd.DataFrame:
    """Runs of consecutive time steps with a valid value above the record's
    limit, per station (enterprise), outlet and pollutant of the source
    records. ``alarm`` is true for runs of at least
    ``monitoring.source_alarms.min_hours`` steps."""
    if "limit" not in getattr(records, "columns", []):
        raise InputError(
            tr(
                "{table}: the column 'limit' is missing. Pollution-source records need the "
                "permit limit of their outlet to raise exceedance alarms."
            ).format(table=name)
        )
    step = as_progress(feedback)
    cfg = section(profile)
    prep = prepare(records, profile, name, kind=kind, resolution=resolution)
    valid = _valid_flags(records, profile, prep, name, kind, resolution)
    P = series_params(prep.series, profile)
    src = KINDS.index("source")
    rows = []
    spans = list(chunks(prep))
    for i, (a, b) in enumerate(spans):
        step.check()
        idx = slice(a, b) if prep.order is None else prep.order[a:b]
        s, t, v, lim = prep.s[idx], prep.t[idx], prep.v[idx], prep.lim[idx]
        st = P.step[s]
        slot = slots(t, st)
        use = _first_valid(s, slot, valid[idx] & ~np.isnan(v))
        over = use & (P.kind_idx[s] == src) & (st > 0) & exceeds(v, lim, cfg["source_alarms"]["op"])
        k = np.flatnonzero(over)
        if not len(k):
            continue
        sk, tk, vk, lk = s[k], slot[k], v[k], lim[k]
        brk = np.ones(len(k), dtype=bool)
        brk[1:] = (sk[1:] != sk[:-1]) | (tk[1:] - tk[:-1] != st[k][1:])
        starts = np.flatnonzero(brk)
        ends = np.append(starts[1:], len(k)) - 1
        ratio = vk / lk - 1.0
        rows.append(
            pd.DataFrame(
                {
                    "s": sk[starts],
                    "start": tk[starts],
                    "end": tk[ends],
                    "steps": ends - starts + 1,
                    "max_value": np.maximum.reduceat(vk, starts),
                    "limit": np.maximum.reduceat(lk, starts),
                    "max_ratio": np.maximum.reduceat(ratio, starts),
                }
            )
        )
        step.set((i + 1) / len(spans))
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ALARM_COLUMNS})
    ev = pd.concat(rows, ignore_index=True)
    ser = prep.series
    s = ev["s"].to_numpy()
    res = ser["resolution"].to_numpy()[s]
    steps = ev["steps"].to_numpy()
    what = {"hour": tr("hour(s)"), "day": tr("day(s)")}
    return pd.DataFrame(
        {
            "station_id": ser["station_id"].to_numpy()[s],
            "outlet_id": ser["outlet_id"].to_numpy()[s],
            "pollutant": ser["pollutant"].to_numpy()[s],
            "start": pd.to_datetime(ev["start"].to_numpy()),
            "end": pd.to_datetime(ev["end"].to_numpy()),
            "steps": steps,
            "max_value": ev["max_value"].to_numpy(),
            "limit": ev["limit"].to_numpy(),
            "max_ratio": ev["max_ratio"].to_numpy(),
            "alarm": steps >= cfg["source_alarms"]["min_hours"],
            "reason": [
                tr(
                    "{n} consecutive {what} above the limit {limit}; the highest value "
                    "{value} is {pct} % over it"
                ).format(
                    n=int(n), what=what[r], limit=f"{lim:g}", value=f"{mx:g}", pct=f"{100 * q:.0f}"
                )
                for n, r, lim, mx, q in zip(
                    steps, res, ev["limit"], ev["max_value"], ev["max_ratio"]
                )
            ],
        }
    )


def alarm_summary(alarms: pd.DataFrame) -> pd.DataFrame:
    """Per station, outlet and pollutant: alarm runs, hours above the limit,
    the longest run and the largest ratio."""
    cols = ["station_id", "outlet_id", "pollutant", "alarms", "steps", "longest", "max_ratio"]
    if alarms.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    g = alarms.groupby(["station_id", "outlet_id", "pollutant"], sort=True)
    return g.agg(
        alarms=("alarm", "sum"),
        steps=("steps", "sum"),
        longest=("steps", "max"),
        max_ratio=("max_ratio", "max"),
    ).reset_index()[cols]
