"""The monitoring rules (``core/monitoring``: quality control, exceedance
alerts and outlet alarms, Spearman trends, station coverage, the cadence)
applied to the monitoring database. Qt-free; every number comes from the
method profile's ``[monitoring]`` section. What the algorithms of the group
监测预警数据库 and the dock's 数据库 tab call:

* :class:`MonitoringQC` — the store's QC hook
  (:func:`.stations.import_station_observations`) running
  :func:`core.monitoring.quality_control` on the records of a file;
* :func:`alerts` — exceedance alerts (air, water) and outlet alarms
  (pollution sources) of quality-controlled records;
* :func:`annual_values`, :func:`station_trends` — annual statistics per
  station, pollutant and year from the stored valid records, and their
  Spearman trend;
* :func:`coverage` — the units whose network must be extended (加密布点);
* :func:`due` — the due list from the latest results and the cadence rules;
* :func:`inventory` — units × periods: the values there and missing;
* :func:`findings` — the QC findings of the latest station imports.
"""

import datetime
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..core.i18n import label, tr
from ..core.indicators import field_title
from ..core.monitoring import (
    alarm_summary,
    annual_statistics,
    daily_values,
    due_list,
    exceedance_alerts,
    outlet_alarms,
    quality_control,
    spearman_trends,
    station_coverage,
)
from ..core.monitoring.alerts import ALARM_COLUMNS, ALERT_COLUMNS
from ..core.monitoring.common import code_label, section
from ..core.monitoring.series import pollutant_entry
from ..core.monitoring.trend import ANNUAL_COLUMNS
from ..core.progress import Progress
from . import evaluation
from .db import Store, profile_or_default
from .gpkg import geometry_of
from .units import unit_polygons

#: columns of the findings the store keeps (``qc_findings``) besides the
#: station, outlet and pollutant
FINDING_COLUMNS = [
    "station_id",
    "outlet_id",
    "pollutant",
    "qc_code",
    "label",
    "period",
    "count",
    "start",
    "end",
    "detail",
]
KEY = ["station_id", "outlet_id", "pollutant", "resolution", "time"]


def year_period(year: int) -> Tuple[str, str]:
    """(start, end) of a calendar year, end exclusive, as the QC takes it."""
    return f"{int(year):04d}-01-01", f"{int(year) + 1:04d}-01-01"


class MonitoringQC:
    """The quality control of ``core/monitoring`` as the store's QC hook:
    ``qc(frame) → (records with qc_code and valid, findings)``, called by the
    import once per group of whole stations.

    ``annual``: check the annual-statistic rules for every series-year of
    the file (leave it off for a file holding part of a year); ``year``:
    the calendar year the file should cover (gaps before the first and after
    the last record of a series are reported too). ``on_records(records)``
    is called with the checked records of each group (alerts, annual values
    … of a large file, group by group); with ``keep_records`` the checked
    records of every group are also kept in :attr:`records`. After the
    import :attr:`findings` holds the QC's own findings (with their
    ``code``, ``label``, ``period`` and ``count``) and :attr:`seconds` the
    time the QC took."""

    __name__ = "monitoring_qc"

    def __init__(
        self,
        profile=None,
        annual: bool = True,
        year: Optional[int] = None,
        air_standard: Optional[str] = None,
        name: str = "records",
        feedback=None,
        on_records=None,
        keep_records: bool = True,
    ):
        self.profile = profile_or_default(profile)
        self.annual = annual
        self.period = year_period(year) if year else None
        self.air_standard = air_standard or None
        self.name = name
        self.feedback = feedback
        self.on_records = on_records
        self.keep_records = keep_records
        self.seconds = 0.0
        self._records: List[pd.DataFrame] = []
        self._findings: List[pd.DataFrame] = []

    @property
    def records(self) -> Optional[pd.DataFrame]:
        """The checked records of every group (None before any, or when they
        are not kept)."""
        if not self._records:
            return None
        if len(self._records) > 1:
            self._records = [pd.concat(self._records, ignore_index=True)]
        return self._records[0]

    @property
    def findings(self) -> Optional[pd.DataFrame]:
        if not self._findings:
            return None
        if len(self._findings) > 1:
            self._findings = [pd.concat(self._findings, ignore_index=True)]
        return self._findings[0]

    def __call__(self, frame: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame]:
        import time

        t0 = time.perf_counter()
        result = quality_control(
            frame,
            self.profile,
            annual=self.annual,
            period=self.period,
            air_standard=self.air_standard,
            name=self.name,
        )
        self.seconds += time.perf_counter() - t0
        Progress(self.feedback).check()
        self._findings.append(result.findings)
        if self.keep_records:
            self._records.append(result.records)
        if self.on_records is not None:
            self.on_records(result.records)
        stored = result.findings.rename(columns={"code": "qc_code", "reason": "detail"})
        # the QC's text columns the store does not have go into the detail
        return result.records, stored[
            [c for c in stored.columns if c not in ("kind", "resolution")]
        ]


def findings_table(findings: pd.DataFrame) -> pd.DataFrame:
    """The QC's findings as the QC report lists them (``FINDING_COLUMNS``)."""
    if findings is None or not len(findings):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in FINDING_COLUMNS})
    out = findings.rename(columns={"code": "qc_code", "reason": "detail"})
    for c in FINDING_COLUMNS:
        if c not in out.columns:
            out[c] = None
    return out[FINDING_COLUMNS].reset_index(drop=True)


def water_bodies(store: Store) -> Dict[str, str]:
    """The water body (河流 / 湖库 …) of every water section that has one."""
    return {
        code: body
        for code, body in store.query(
            "SELECT code, water_body FROM stations WHERE kind = 'water' AND water_body IS NOT "
            "NULL AND water_body <> ''"
        )
    }


def alerts(
    records: pd.DataFrame,
    profile=None,
    store: Optional[Store] = None,
    air_standard: Optional[str] = None,
    name: str = "records",
    feedback=None,
) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """(exceedance alerts of the air and water records, alarms of the
    pollution-source outlets) of quality-controlled records (``valid``);
    the sections' water bodies are read from ``store``."""
    profile = profile_or_default(profile)
    kind = (
        records["kind"].astype(str)
        if "kind" in records.columns
        else pd.Series("air", index=records.index)
    )
    ambient = records[kind != "source"]
    source = records[kind == "source"]
    step = Progress(feedback)
    found = pd.DataFrame(columns=ALERT_COLUMNS)
    if len(ambient):
        bodies = water_bodies(store) if store is not None else {}
        found = exceedance_alerts(
            ambient,
            profile,
            air_standard=air_standard or None,
            water_bodies=bodies,
            name=name,
            feedback=step.sub(0, 0.7),
        )
    alarms = pd.DataFrame(columns=ALARM_COLUMNS)
    if len(source):
        alarms = outlet_alarms(source, profile, name=name, feedback=step.sub(0.7, 1.0))
    return found, alarms


# -- annual values and trends ------------------------------------------------------


def _water_annual(records: pd.DataFrame, profile) -> pd.DataFrame:
    """Annual mean of the valid values of each water section and pollutant,
    valid with a valid value in at least ``monitoring.validity.
    water_min_months`` months (the rule of the QC's ``year_incomplete``)."""
    cols = ["station_id", "pollutant", "year", "statistic", "value", "valid_days", "valid", "note"]
    w = records[
        (records["kind"] == "water") & records["valid"].astype(bool) & records["value"].notna()
    ]
    if not len(w):
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    need = section(profile)["validity"]["water_min_months"]
    t = pd.to_datetime(w["time"])
    g = w.assign(year=t.dt.year, month=t.dt.month).groupby(
        ["station_id", "pollutant", "year"], sort=True
    )
    out = g.agg(value=("value", "mean"), months=("month", "nunique")).reset_index()
    ok = out["months"] >= need
    return pd.DataFrame(
        {
            "station_id": out["station_id"],
            "pollutant": out["pollutant"],
            "year": out["year"].astype(int),
            "statistic": "mean",
            "value": out["value"].where(ok, None),
            "valid_days": out["months"],
            "valid": ok,
            "note": [
                (
                    ""
                    if k
                    else tr("{n} months with a valid value (at least {min} needed)").format(
                        n=int(m), min=need
                    )
                )
                for k, m in zip(ok, out["months"])
            ],
        }
    )[cols]


def air_daily(records: pd.DataFrame, profile=None, feedback=None) -> pd.DataFrame:
    """HJ 663 daily values of air records (``core.monitoring.daily_values``),
    one per station, pollutant and day: pollutants under their profile code
    (``o3_8h`` daily records are O3's), and where a station has both daily
    records and hourly ones for a day, the daily record (the platform's
    official daily value) counts."""
    profile = profile_or_default(profile)
    daily = daily_values(records.reset_index(drop=True), profile, feedback=feedback)
    if not len(daily):
        return daily
    codes = {}
    for pol in daily["pollutant"].unique():
        code, _ = pollutant_entry(profile, "air", pol)
        codes[pol] = code or pol
    daily["pollutant"] = daily["pollutant"].map(codes)
    first = np.where(daily["resolution"].to_numpy() == "day", 0, 1)
    return (
        daily.assign(_first=first)
        .sort_values(["station_id", "pollutant", "date", "_first"], kind="stable")
        .drop_duplicates(["station_id", "pollutant", "date"])
        .drop(columns="_first")
        .reset_index(drop=True)
    )


def annual_values(
    store: Store,
    profile=None,
    station_codes: Optional[Iterable[str]] = None,
    extra: Optional[pd.DataFrame] = None,
    feedback=None,
) -> pd.DataFrame:
    """Annual statistic of every air station and water section (and
    pollutant and year) from the stored records — air: the HJ 663 annual
    statistic of the valid daily values; water: the annual mean of the valid
    values — with its validity. ``extra``: quality-controlled records not
    stored yet (a dry run), added to the stored ones."""
    profile = profile_or_default(profile)
    if station_codes is None:
        station_codes = [
            r[0] for r in store.query("SELECT code FROM stations WHERE kind IN ('air', 'water')")
        ]
    codes = sorted(set(station_codes))
    parts = [_records_of(store, codes[i : i + 200]) for i in range(0, len(codes), 200)]
    recs = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if extra is not None and len(extra):
        e = extra.copy()
        if "resolution" not in e.columns:
            e["resolution"] = None
        e = e[
            [
                "station_id",
                "outlet_id",
                "pollutant",
                "time",
                "resolution",
                "value",
                "valid",
                "qc_code",
                "kind",
            ]
        ]
        recs = pd.concat([recs[list(e.columns)], e] if len(recs) else [e], ignore_index=True)
        recs = recs.drop_duplicates(KEY, keep="first")
    if not len(recs):
        return pd.DataFrame(columns=ANNUAL_COLUMNS)
    recs["valid"] = recs["valid"].astype(bool)
    air = recs[recs["kind"] == "air"]
    out = []
    if len(air):
        daily = air_daily(
            air[["station_id", "time", "pollutant", "value", "kind", "resolution", "valid"]],
            profile,
            feedback=feedback,
        )
        if len(daily):
            out.append(annual_statistics(daily, profile))
    water = _water_annual(recs, profile)
    if len(water):
        out.append(water)
    if not out:
        return pd.DataFrame(columns=ANNUAL_COLUMNS)
    return (
        pd.concat(out, ignore_index=True)
        .sort_values(["station_id", "pollutant", "year"], kind="stable")
        .reset_index(drop=True)
    )


def _records_of(store: Store, codes: Sequence[str]) -> pd.DataFrame:
    sql = (
        "SELECT s.station_code AS station_id, s.outlet_id, s.pollutant, s.observed_at AS "
        "time, s.resolution, s.value, s.valid, s.qc_code, st.kind FROM "
        "station_observations s JOIN stations st ON st.code = s.station_code WHERE "
        f"s.station_code IN ({', '.join('?' for _ in codes)}) AND st.kind <> 'source'"
    )
    df = store.query_frame(sql, list(codes))
    df["time"] = pd.to_datetime(df["time"])
    df["valid"] = df["valid"].astype(bool)
    return df


def station_trends(annual: pd.DataFrame, profile=None) -> pd.DataFrame:
    """The Spearman trend of every station and pollutant of ``annual`` (the
    valid annual values; years without one are left out)."""
    profile = profile_or_default(profile)
    use = annual[annual["valid"].astype(bool) & annual["value"].notna()] if len(annual) else annual
    return spearman_trends(
        use[["station_id", "pollutant", "year", "value"]].reset_index(drop=True),
        profile,
        name=tr("annual values"),
    )


# -- coverage ---------------------------------------------------------------------


def _station_units(store: Store, level: str) -> pd.DataFrame:
    """Air stations and water sections with the unit of ``level`` they lie
    in (the stored unit for counties; for townships, the township polygon
    holding the station's point)."""
    rows = store.query_dicts(
        f"SELECT code, kind, unit_code, {store.geom_out('geom')} AS geom FROM stations "
        f"WHERE kind IN ('air', 'water') ORDER BY code"
    )
    if level == "county":
        return pd.DataFrame(
            {
                "station_id": [r["code"] for r in rows],
                "station_type": [r["kind"] for r in rows],
                "unit_code": [r["unit_code"] or "" for r in rows],
            }
        )

    polys = unit_polygons(store, level)
    out = []
    for r in rows:
        wkb = store.wkb(r["geom"])
        unit = ""
        if wkb is not None:
            pt = geometry_of(wkb, tr("station {code}").format(code=r["code"]))
            unit = next((code for code, poly in polys if poly.Contains(pt)), "")
        out.append({"station_id": r["code"], "station_type": r["kind"], "unit_code": unit})
    return pd.DataFrame(out, columns=["station_id", "station_type", "unit_code"])


def valid_counts(store: Store, year: int, profile=None, feedback=None) -> Dict[str, int]:
    """Valid records of every air station and water section in ``year``, as
    the coverage requirements count them: air — valid daily values (HJ 663:
    daily records, or days with enough valid hours), the fewest among the
    station's pollutants; water — months with a valid value."""
    profile = profile_or_default(profile)
    start, end = year_period(year)
    recs = store.query_frame(
        "SELECT s.station_code AS station_id, s.outlet_id, s.pollutant, s.observed_at AS "
        "time, s.resolution, s.value, s.valid, st.kind FROM station_observations s JOIN "
        "stations st ON st.code = s.station_code WHERE st.kind IN ('air', 'water') AND "
        "s.observed_at >= ? AND s.observed_at < ?",
        (start, end),
    )
    out: Dict[str, int] = {}
    if not len(recs):
        return out
    recs["time"] = pd.to_datetime(recs["time"])
    recs["valid"] = recs["valid"].astype(bool)
    air = recs[recs["kind"] == "air"]
    if len(air):
        daily = air_daily(air, profile, feedback=feedback)
        if len(daily):
            per = daily[daily["valid"].astype(bool)].groupby(["station_id", "pollutant"]).size()
            per = per.reindex(
                pd.MultiIndex.from_frame(daily[["station_id", "pollutant"]].drop_duplicates()),
                fill_value=0,
            )
            for sid, n in per.groupby(level=0).min().items():
                out[str(sid)] = int(n)
    water = recs[(recs["kind"] == "water") & recs["valid"] & recs["value"].notna()]
    if len(water):
        months = water.assign(m=water["time"].dt.month).groupby("station_id")["m"].nunique()
        for sid, n in months.items():
            out[str(sid)] = int(n)
    return out


def coverage(
    store: Store,
    year: int,
    profile=None,
    level: str = "county",
    unit_fields: Optional[pd.DataFrame] = None,
    feedback=None,
) -> Tuple[pd.DataFrame, List[str]]:
    """The units (of ``level``) where a required station type is missing or
    has too few valid records in ``year``: (rows with the unit's name, notes).
    ``unit_fields``: ``unit_code`` and the yes/no fields the requirements
    name (``applies_if``, e.g. has_river); a requirement whose field is not
    given applies to every unit, and a note says so."""
    profile = profile_or_default(profile)
    units = store.query_frame(
        "SELECT code AS unit_code, name AS unit_name FROM units WHERE level = ? ORDER BY code",
        (level,),
    )
    notes = []
    flags = units[["unit_code"]].copy()
    given = None
    if unit_fields is not None and len(unit_fields):
        given = unit_fields.copy()
        given["unit_code"] = given["unit_code"].astype(str).str.strip()
        given = given.drop_duplicates("unit_code")
    for req in section(profile)["coverage"]["requirements"]:
        field = req.get("applies_if")
        if not field or field in flags.columns:
            continue
        if given is not None and field in given.columns:
            flags = flags.merge(given[["unit_code", field]], on="unit_code", how="left")
            flags[field] = flags[field].where(flags[field].notna(), None)
            unknown = flags.loc[flags[field].isna(), "unit_code"].tolist()
            if unknown:
                notes.append(
                    tr(
                        "The field {field} has no value for {n} unit(s) ({units}): "
                        "the requirement for {type} was not applied to them."
                    ).format(
                        field=field, n=len(unknown), units=", ".join(unknown[:10]), type=label(req)
                    )
                )
                flags[field] = flags[field].fillna(0)
        else:
            flags[field] = 1
            notes.append(
                tr(
                    "No table gives the field {field} of the units: the requirement "
                    "for {type} was applied to every unit."
                ).format(field=field, type=label(req))
            )
    st = _station_units(store, level)
    counts = valid_counts(store, year, profile, feedback)
    rows = station_coverage(
        flags,
        st,
        profile,
        valid_counts=counts or {},
        units_name=tr("units"),
        stations_name=tr("stations"),
    )
    rows = rows.merge(units, on="unit_code", how="left")
    return rows[
        ["unit_code", "unit_name"]
        + [c for c in rows.columns if c not in ("unit_code", "unit_name")]
    ], notes


# -- cadence ----------------------------------------------------------------------


def _local_naive(ts: pd.Series) -> pd.Series:
    """UTC times as naive local times (station records are in local time)."""
    local = datetime.datetime.now().astimezone().tzinfo
    return ts.dt.tz_convert(local).dt.tz_localize(None)


def first_observations_after(store: Store, latest: pd.DataFrame) -> pd.DataFrame:
    """Per unit of ``latest`` (``unit_code, evaluated_at`` in UTC): the first
    valid station record and the first import of indicator values after its
    evaluation (``unit_code, time`` in local time)."""
    out = []
    if not len(latest):
        return pd.DataFrame(columns=["unit_code", "time", "what"])
    for t, group in latest.groupby("evaluated_at"):
        codes = group["unit_code"].astype(str).tolist()
        t = pd.Timestamp(t)
        utc_text = t.tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        local = t.tz_convert(datetime.datetime.now().astimezone().tzinfo).tz_localize(None)
        local_text = local.strftime("%Y-%m-%dT%H:%M:%S")
        for i in range(0, len(codes), 500):
            part = codes[i : i + 500]
            marks = ", ".join("?" for _ in part)
            for code, first in store.query(
                "SELECT st.unit_code, min(s.observed_at) FROM station_observations s "
                "JOIN stations st ON st.code = s.station_code WHERE s.valid = ? AND "
                f"s.observed_at > ? AND st.unit_code IN ({marks}) GROUP BY st.unit_code",
                [True, local_text] + part,
            ):
                out.append({"unit_code": code, "time": pd.Timestamp(str(first)), "what": "station"})
            for code, first in store.query(
                "SELECT o.unit_code, min(i.imported_at) FROM observations o JOIN imports i "
                "ON i.import_id = o.import_id WHERE i.imported_at > ? AND o.unit_code IN "
                f"({marks}) GROUP BY o.unit_code",
                [utc_text] + part,
            ):
                ts = pd.Timestamp(str(first))
                ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts
                out.append(
                    {
                        "unit_code": code,
                        "time": ts.tz_convert(
                            datetime.datetime.now().astimezone().tzinfo
                        ).tz_localize(None),
                        "what": "indicators",
                    }
                )
    return pd.DataFrame(out, columns=["unit_code", "time", "what"])


def due(
    store: Store,
    as_of=None,
    profile=None,
    within_days: int = 0,
    level: Optional[str] = "county",
    never: bool = True,
) -> pd.DataFrame:
    """The units due (or overdue) for evaluation on ``as_of`` (default
    today) by the cadence rules of the profile, from the latest results of
    the database and the observations that came after them; ``never``: also
    the units of ``level`` without any result. Rows of
    ``core.monitoring.due_list`` with ``unit_name``, ``rule_label`` and the
    labels of the load type and warning level."""
    profile = profile_or_default(profile)
    as_of = pd.Timestamp(as_of or datetime.date.today()).normalize()
    latest = evaluation.latest_results(store)
    names = dict(store.query("SELECT code, name FROM units"))
    if level:
        in_level = {r[0] for r in store.query("SELECT code FROM units WHERE level = ?", (level,))}
        latest = latest[latest["unit_code"].isin(in_level)]
    obs = first_observations_after(store, latest)
    res = latest.copy()
    if len(res):
        res["evaluated_at"] = _local_naive(pd.to_datetime(res["evaluated_at"], utc=True))
    units = None
    if never and level:
        units = [
            r[0]
            for r in store.query("SELECT code FROM units WHERE level = ? ORDER BY code", (level,))
        ]
    out = due_list(
        res.reset_index(drop=True),
        profile,
        as_of,
        observations=obs[["unit_code", "time"]] if len(obs) else None,
        units=units,
        within_days=within_days,
        name=tr("latest results"),
    )
    rules = {r["code"]: label(r) for r in section(profile)["cadence"]["rules"]}
    rules["never"] = tr("never evaluated")
    out.insert(1, "unit_name", [names.get(c, "") for c in out["unit_code"]])
    out["rule_label"] = [rules.get(r, r) for r in out["rule"]]
    out["load_label"] = [
        profile.class_label("load_classes", c) if c else "" for c in out["load_type"]
    ]
    out["warning_label"] = [
        profile.class_label("warning_levels", c) if c else ""
        for c in out["warning_level"].fillna("")
    ]
    return out


def reminder_lines(rows: pd.DataFrame) -> List[str]:
    """One sentence per due unit (the dock shows them when a database is
    opened)."""
    out = []
    for r in rows.itertuples(index=False):
        due_date = pd.Timestamp(r.due_date).strftime("%Y-%m-%d")
        if r.overdue_days > 0:
            text = tr("{name} ({code}): due {date}, {days} day(s) overdue — {why}")
        elif r.overdue_days == 0:
            text = tr("{name} ({code}): due today ({date}) — {why}")
        else:
            text = tr("{name} ({code}): due in {days} day(s), on {date} — {why}")
        out.append(
            text.format(
                name=r.unit_name,
                code=r.unit_code,
                date=due_date,
                days=abs(int(r.overdue_days)),
                why=r.reason,
            )
        )
    return out


# -- what the database holds ---------------------------------------------------------


def inventory(
    store: Store, profile=None, level: str = "county", fields: Optional[Sequence[str]] = None
) -> pd.DataFrame:
    """Units × periods: per unit and period the number of indicator values
    present and missing among ``fields`` (default: the 2016 chain's inputs
    the database has) and the missing fields."""
    profile = profile_or_default(profile)
    if fields is None:
        from ..core.m2016.chain import input_fields

        known = {r[0] for r in store.query("SELECT code FROM indicators")}
        fields = [f for f in input_fields(profile) if f != "year" and f in known]
    periods = [r[0] for r in store.query("SELECT code FROM periods ORDER BY code")]
    rows = []
    for p in periods:
        ev = evaluation.evaluation_table(store, p, fields=list(fields), level=level)
        for r in ev.rows:
            missing = ev.missing.get(r["unit_code"], [])
            rows.append(
                {
                    "unit_code": r["unit_code"],
                    "unit_name": r["unit_name"],
                    "period": p,
                    "present": len(fields) - len(missing),
                    "missing": len(missing),
                    "missing_fields": ", ".join(missing),
                }
            )
    return pd.DataFrame(
        rows, columns=["unit_code", "unit_name", "period", "present", "missing", "missing_fields"]
    )


#: the quota each use is held against in the 2016 water element (W / W0, G / G0)
WATER_QUOTAS = {"water_use": "water_quota", "gw_use": "gw_quota"}


def thresholds(store: Store, unit_code: str, indicator: str, profile=None) -> List[dict]:
    """The thresholds an indicator of a unit is held against, by period, for
    its chart: ``[{label, short, values: {period: value}, tag}]`` — the water
    element's overload and critical lines (``elements.water`` ratios × the
    unit's quota of the period), or the annual limit of the air standard of
    the profile (``elements.environment.air_standard``); none otherwise."""
    profile = profile_or_default(profile)
    out = []
    if indicator in WATER_QUOTAS:
        quota = dict(
            store.query(
                "SELECT period_code, value FROM observations_current WHERE unit_code = ? AND "
                "indicator_code = ? AND value IS NOT NULL",
                (unit_code, WATER_QUOTAS[indicator]),
            )
        )
        water = profile.get("elements.water")
        for key, cls in (("overload_ratio", "overload"), ("critical_ratio", "critical")):
            ratio = water[key]
            out.append(
                {
                    "label": tr("{cls}: {ratio} × {quota}").format(
                        cls=profile.class_label("load_classes", cls),
                        ratio=f"{ratio:g}",
                        quota=field_title(WATER_QUOTAS[indicator]),
                    ),
                    "short": profile.class_label("load_classes", cls),
                    "values": {p: ratio * float(v) for p, v in quota.items()},
                    "tag": water.get("tag", ""),
                }
            )
        return out
    if indicator in profile.get("elements.environment.air_pollutants"):
        edition = profile.get("elements.environment.air_standard")
        std = profile.get(f"standards.air.{edition}")
        limit = std["limits"].get(indicator)
        if limit is not None:
            periods = [r[0] for r in store.query("SELECT code FROM periods ORDER BY code")]
            out.append(
                {
                    "label": tr("limit of {std}: {value}").format(
                        std=label(std, "name"), value=f"{limit:g}"
                    ),
                    "short": tr("limit {value}").format(value=f"{limit:g}"),
                    "values": {p: float(limit) for p in periods},
                    "tag": std.get("tag", ""),
                }
            )
    return out


def series(store: Store, unit_code: str, indicator: str) -> pd.DataFrame:
    """Every version of an indicator's value for a unit (``importer.history``)
    as a frame: period, version, value, current, file, imported at and by."""
    from .importer import history

    rows = history(store, unit_code, indicator)
    cols = [
        "period_code",
        "version",
        "value",
        "value_text",
        "current",
        "file_name",
        "imported_at",
        "imported_by",
        "department_code",
        "source",
    ]
    return pd.DataFrame(
        rows, columns=cols + [c for c in (rows[0] if rows else {}) if c not in cols]
    )[cols]


def findings(store: Store, profile=None, imports: int = 1) -> pd.DataFrame:
    """The QC findings of the latest ``imports`` station imports (with the
    file and the label of each code)."""
    profile = profile_or_default(profile)
    ids = [
        r[0]
        for r in store.query(
            "SELECT import_id FROM imports WHERE kind = 'stations' ORDER BY import_id DESC"
        )
    ]
    ids = ids[: max(1, imports)]
    cols = [
        "file_name",
        "imported_at",
        "station_id",
        "outlet_id",
        "pollutant",
        "qc_code",
        "label",
        "period_start",
        "period_end",
        "detail",
    ]
    if not ids:
        return pd.DataFrame(columns=cols)
    df = store.query_frame(
        "SELECT i.file_name, i.imported_at, f.station_code AS station_id, f.outlet_id, "
        "f.pollutant, f.qc_code, f.period_start, f.period_end, f.detail FROM qc_findings f "
        "JOIN imports i ON i.import_id = f.import_id WHERE f.import_id IN "
        f"({', '.join('?' for _ in ids)}) ORDER BY f.import_id DESC, f.finding_id",
        ids,
    )
    codes = section(profile)["codes"]
    df["label"] = [code_label(profile, c) if c in codes else c for c in df["qc_code"]]
    for c in ("imported_at", "period_start", "period_end"):
        df[c] = [None if v is None else str(v) for v in df[c]]
    reasons, periods, counts = [], [], []
    for text in df["detail"].fillna(""):
        reason, extra = _split_detail(text)
        reasons.append(reason)
        periods.append(str(extra.get("period", "")))
        counts.append(extra.get("count"))
    df["reason"], df["period"], df["count"] = reasons, periods, counts
    return df[cols + ["reason", "period", "count"]]


def _split_detail(text: str) -> Tuple[str, dict]:
    """(the reason, the QC's further columns) of a stored finding's detail
    (the store appends them as JSON)."""
    import json

    i = text.find(" {")
    if i < 0 and text.startswith("{"):
        i = 0
    if i < 0:
        return text, {}
    try:
        extra = json.loads(text[i:].strip())
    except ValueError:  # a reason that merely contains " {": no columns appended
        return text, {}
    return text[:i].strip(), extra


__all__ = [
    "MonitoringQC",
    "alerts",
    "alarm_summary",
    "annual_values",
    "station_trends",
    "valid_counts",
    "coverage",
    "due",
    "reminder_lines",
    "inventory",
    "findings",
    "thresholds",
    "series",
    "findings_table",
    "water_bodies",
    "year_period",
    "first_observations_after",
]
