"""Evaluating from the database: the evaluation table of a period, runs and
their results, the history of each unit's level, and what the cadence
rules (monitoring branch) need.

* :func:`evaluation_table` — one row per unit of a level with the current
  value of every indicator for the period (canonical field names, as the
  2016 chain reads them) and, per unit, the fields without a value;
  :func:`chain_inputs` gives the chain's sources (units, tables, base-year
  tables, air stations' daily values, water sections) in one call.
* :func:`write_run` — a run record (algorithm, plugin version, profile id,
  version and SHA-256, parameters, input file hashes, user, start/end,
  status) and its results per unit (every field of the 2016 chain; fields a
  profile adds beyond the table's columns go to ``extra``), and the 双评价
  class areas by unit, in one transaction. Nothing is ever overwritten: a
  later run for the same period supersedes the earlier one (view
  ``results_current``) and both stay queryable.
* :func:`level_history` — each unit's load type and warning level for
  every evaluated period, with the period's start and end dates (and until
  when the level held) for QGIS's temporal controller.
* :func:`latest_results`, :func:`latest_observation_times` — the inputs of
  the due list.
"""

import datetime
import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..core.errors import InputError
from ..core.i18n import tr
from .connection import sanitize
from .db import Store, plugin_version, profile_or_default, utc_now
from .errors import StoreError
from .importer import file_sha256

ALGORITHM_2016 = "carrying_capacity_2016"
_RESULT_KEYS = ("result_id", "run_id", "unit_code", "extra")


@dataclass
class EvaluationTable:
    """The evaluation table of a period: rows shaped as the 2016 chain reads
    them, and what is missing per unit."""

    period: str
    level: str
    fields: List[str]
    rows: List[Dict[str, Any]]
    missing: Dict[str, List[str]] = field(default_factory=dict)
    name: str = ""

    def source(self):
        """A :class:`core.m2016.units.Source` of the rows."""
        from ..core.m2016.units import Source

        headers = ["unit_code", "unit_name", "year"] + [
            f for f in self.fields if f not in ("unit_code", "unit_name", "year")
        ]
        return Source(
            self.name or tr("database, period {period}").format(period=self.period),
            [dict(r) for r in self.rows],
            [tr("unit {code}").format(code=r["unit_code"]) for r in self.rows],
            headers,
        )

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows)

    def missing_rows(self) -> List[dict]:
        return [{"unit_code": u, "missing": ", ".join(f)} for u, f in self.missing.items() if f]


def _period_year(code: str) -> int:
    try:
        return int(code)
    except ValueError:
        raise InputError(tr("Period {code!r} is not a year.").format(code=code)) from None


def evaluation_table(
    store: Store,
    period,
    fields: Optional[Sequence[str]] = None,
    level: str = "county",
    profile=None,
) -> EvaluationTable:
    """The current value of every indicator for ``period`` per unit of
    ``level``. ``fields``: the indicators wanted (default: the 2016 chain's
    inputs if a profile is given, else every indicator of the database)."""
    store.require_current()
    period = str(period)
    if not store.scalar("SELECT count(*) FROM periods WHERE code = ?", (period,)):
        raise InputError(
            tr(
                "Period {period} is not in the database (periods: {known}). Import "
                "its indicators first."
            ).format(
                period=period,
                known=", ".join(r[0] for r in store.query("SELECT code FROM periods ORDER BY code"))
                or "—",
            )
        )
    kinds = {r[0]: r[1] for r in store.query("SELECT code, kind FROM indicators")}
    if fields is None:
        if profile is not None:
            from ..core.m2016.chain import input_fields

            fields = [f for f in input_fields(profile) if f != "year"]
        else:
            fields = list(kinds)
    fields = [f for f in fields if f != "year"]
    unknown = [f for f in fields if f not in kinds]
    if unknown:
        raise InputError(
            tr("Indicators {names} are not in table indicators.").format(names=", ".join(unknown))
        )
    unit_rows = store.query("SELECT code, name FROM units WHERE level = ? ORDER BY code", (level,))
    codes = [r[0] for r in unit_rows]
    fetched = store.query(
        "SELECT unit_code, indicator_code, value, value_text, version FROM "
        "observations WHERE period_code = ?",
        (period,),
    )
    cols = list(zip(*fetched)) if fetched else [(), (), (), (), ()]
    del fetched
    obs = pd.DataFrame(
        {
            "unit_code": np.array(cols[0], dtype=object),
            "indicator_code": np.array(cols[1], dtype=object),
            "value": np.array(cols[2], dtype=float),
            "value_text": np.array(cols[3], dtype=object),
            "version": np.array(cols[4], dtype=np.int64),
        }
    )
    if len(obs) and obs["version"].max() > 1:
        obs = obs.sort_values("version").drop_duplicates(
            ["unit_code", "indicator_code"], keep="last"
        )
    names = list(fields)
    ui = pd.Index(codes).get_indexer(obs["unit_code"])
    fi = pd.Index(names).get_indexer(obs["indicator_code"])
    keep = (ui >= 0) & (fi >= 0)
    text = obs["value_text"].to_numpy()
    vals = obs["value"].to_numpy().astype(object)
    has_text = pd.notna(text)
    vals[has_text] = text[has_text]
    grid = np.full((len(codes), len(names)), None, dtype=object)
    grid[ui[keep], fi[keep]] = vals[keep]
    absent = np.equal(grid, None)
    year = _period_year(period)
    rows, missing = [], {}
    for i, (code, name) in enumerate(unit_rows):
        row: Dict[str, Any] = {"unit_code": code, "unit_name": name, "year": year}
        row.update(zip(names, grid[i].tolist()))
        rows.append(row)
        missing[code] = [names[j] for j in np.flatnonzero(absent[i])]
    return EvaluationTable(period, level, list(fields), rows, missing)


def _valid_values(store: Store, kind: str, year: int, days_only: bool = False) -> pd.DataFrame:
    """Valid records of the stations of ``kind`` in ``year`` (daily records
    only with ``days_only``): station_code, observed_at, pollutant, value."""
    days = " AND s.resolution = 'day'" if days_only else ""
    return store.query_frame(
        "SELECT s.station_code, s.observed_at, s.pollutant, s.value FROM station_observations s "
        f"JOIN stations st ON st.code = s.station_code WHERE st.kind = ?{days} AND s.valid = ? "
        "AND s.observed_at >= ? AND s.observed_at < ?",
        (kind, True, f"{year:04d}-01-01", f"{year + 1:04d}-01-01"),
    )


def _by_day(df: pd.DataFrame, columns: str, id_name: str):
    """(rows, headers) of a table with one row per station and day:
    ``id_name`` (the station code), ``date`` and one column per value of
    ``columns`` holding the first value of the day (None where there is
    none)."""
    df = df.assign(date=pd.to_datetime(df["observed_at"]).dt.strftime("%Y-%m-%d"))
    wide = df.pivot_table(
        index=["station_code", "date"], columns=columns, values="value", aggfunc="first"
    ).reset_index()
    rows = []
    for r in wide.to_dict("records"):
        row = {id_name: r.pop("station_code"), "date": r.pop("date")}
        row.update({k: (None if v != v else v) for k, v in r.items()})
        rows.append(row)
    headers = [id_name, "date"] + [c for c in wide.columns if c not in ("station_code", "date")]
    return rows, headers


def air_daily_source(store: Store, year: int, profile=None):
    """Valid daily air records of ``year`` as the daily table the 2016 chain
    reads (station code, date, one column per daily field), and the unit of
    each air station; (None, {}) if there are none."""
    from ..core.m2016.units import Source
    from .stations import DAILY_POLLUTANTS

    daily_field = {v: k for k, v in DAILY_POLLUTANTS.items()}
    df = _valid_values(store, "air", year, days_only=True)
    station_unit = {
        r[0]: r[1]
        for r in store.query(
            "SELECT code, unit_code FROM stations WHERE kind = 'air' AND unit_code IS NOT NULL"
        )
    }
    if not len(df):
        return None, station_unit
    df["field"] = df["pollutant"].map(daily_field)
    rows, headers = _by_day(df[df["field"].notna()], "field", "station_id")
    return Source(
        tr("database, air stations {year}").format(year=year), rows, headers=headers
    ), station_unit


def section_sources(store: Store, year: int):
    """(sections, section observations) Sources of the water sections with
    valid records in ``year``: the sections' code, name, unit and water
    body, and their monthly (or daily) values; (None, None) if none."""
    from ..core.m2016.units import Source

    df = _valid_values(store, "water", year)
    if not len(df):
        return None, None
    meta = store.query_dicts(
        "SELECT code, name, unit_code, water_body FROM stations WHERE kind = 'water' ORDER BY code"
    )
    with_data = set(df["station_code"])
    sections = [
        {
            "section_id": m["code"],
            "section_name": m["name"],
            "unit_code": m["unit_code"] or "",
            "water_body": m["water_body"],
        }
        for m in meta
        if m["code"] in with_data
    ]
    obs, headers = _by_day(df, "pollutant", "section_id")
    name = tr("database, water sections {year}").format(year=year)
    return (
        Source(name, sections, headers=["section_id", "section_name", "unit_code", "water_body"]),
        Source(name, obs, headers=headers),
    )


def chain_inputs(
    store: Store,
    period,
    base_period=None,
    profile=None,
    level: str = "county",
    stations: bool = True,
) -> Dict[str, Any]:
    """Everything the 2016 chain takes, from the database:
    ``{"chain": {units_src, tables, base_tables}, "prepare": {...},
    "missing": {unit: [fields]}}`` — ``Chain(profile, **d["chain"])`` then
    ``.prepare(**d["prepare"], national_table=…)``."""
    from ..core.m2016.units import Source

    profile = profile_or_default(profile)
    ev = evaluation_table(store, period, level=level, profile=profile)
    units_src = Source(
        tr("database units ({level})").format(level=level),
        [{"unit_code": r["unit_code"], "unit_name": r["unit_name"]} for r in ev.rows],
    )
    out: Dict[str, Any] = {
        "chain": {"units_src": units_src, "tables": [ev.source()], "base_tables": []},
        "prepare": {},
        "missing": ev.missing,
    }
    if base_period is not None:
        base = evaluation_table(store, base_period, level=level, profile=profile)
        out["chain"]["base_tables"] = [base.source()]
    if stations:
        year = _period_year(str(period))
        air, station_unit = air_daily_source(store, year, profile)
        if air is not None:
            out["prepare"].update(air_daily=air, station_unit=station_unit)
        sections, obs = section_sources(store, year)
        if sections is not None:
            out["prepare"].update(sections=sections, section_obs=obs)
    return out


# -- runs and results ----------------------------------------------------------------


@dataclass
class RunRecord:
    algorithm: str
    profile_id: str
    profile_version: str
    profile_sha256: str
    parameters: Dict[str, Any] = field(default_factory=dict)
    inputs: Dict[str, str] = field(default_factory=dict)
    period: Optional[str] = None
    base_period: Optional[str] = None
    started_at: Optional[str] = None
    finished_at: Optional[str] = None
    status: str = "finished"
    message: str = ""
    user: Optional[str] = None


def make_run(
    algorithm: str,
    profile,
    parameters: Optional[Dict[str, Any]] = None,
    input_files: Iterable[str] = (),
    period=None,
    base_period=None,
    started_at: Optional[str] = None,
) -> RunRecord:
    """A run record from a :class:`Profile` (id, version, SHA-256) with the
    SHA-256 of every input file."""
    return RunRecord(
        algorithm,
        profile.id,
        profile.version,
        profile.digest,
        dict(parameters or {}),
        {p: file_sha256(p) for p in input_files},
        None if period is None else str(period),
        None if base_period is None else str(base_period),
        started_at or utc_now(),
    )


def _plain(v):
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return str(v)


def _secrets(store: Store) -> List[str]:
    return [getattr(store, "_secret", None) or ""]


def _cell(v):
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    if hasattr(v, "item"):  # numpy scalars
        return v.item()
    return v


def write_run(
    store: Store,
    run: RunRecord,
    results: Sequence[Dict[str, Any]] = (),
    dual_summaries: Optional[Dict[str, Sequence[Dict[str, Any]]]] = None,
) -> int:
    """Write a run and its results (one transaction); returns the run id.
    ``results``: one dict per unit with ``unit_code`` and the chain's
    fields; ``dual_summaries``: {layer name: area rows of
    ``core/dual/zonal.py area_rows``}."""
    store.require_current()
    if run.status not in ("finished", "failed"):
        raise StoreError(
            tr("Run status {status!r} is not finished or failed.").format(status=run.status)
        )
    if len(run.profile_sha256 or "") != 64:
        raise StoreError(tr("The run has no SHA-256 of its profile (Profile.digest)."))
    columns = [c for c in store.table_columns("results") if c not in _RESULT_KEYS]
    known_units = {r[0] for r in store.query("SELECT code FROM units")}
    seen = set()
    for r in results:
        code = str(r.get("unit_code", ""))
        if code not in known_units:
            raise InputError(
                tr("Result of unit {code!r}: the unit is not in table units.").format(code=code)
            )
        if code in seen:
            raise InputError(tr("Two results for unit {code} in one run.").format(code=code))
        seen.add(code)
    secrets = _secrets(store)
    params = sanitize(
        json.dumps(_plain(run.parameters), ensure_ascii=False, sort_keys=True), secrets
    )
    inputs = sanitize(json.dumps(_plain(run.inputs), ensure_ascii=False, sort_keys=True), secrets)
    with store.transaction(tr("writing a run into tables runs and results")):
        for code in (run.period, run.base_period):
            if code is not None and not store.scalar(
                "SELECT count(*) FROM periods WHERE code = ?", (code,)
            ):
                from .catalog import ensure_periods

                ensure_periods(store, [_period_year(code)])
        run_id = store.insert_returning(
            "INSERT INTO runs (algorithm, plugin_version, profile_id, profile_version, "
            "profile_sha256, parameters, inputs, period_code, base_period_code, user_name, "
            "started_at, finished_at, status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?) RETURNING run_id",
            (
                run.algorithm,
                plugin_version(),
                run.profile_id,
                run.profile_version,
                run.profile_sha256,
                params,
                inputs,
                run.period,
                run.base_period,
                run.user or store.user,
                run.started_at or utc_now(),
                run.finished_at or utc_now(),
                run.status,
                sanitize(run.message, secrets),
            ),
        )
        names = ["run_id", "unit_code"] + columns + ["extra"]
        rows = []
        for r in results:
            extra = {
                k: _plain(_cell(v)) for k, v in r.items() if k not in columns and k != "unit_code"
            }
            rows.append(
                [run_id, str(r["unit_code"])]
                + [_cell(r.get(c)) for c in columns]
                + [json.dumps(extra, ensure_ascii=False, sort_keys=True)]
            )
        if rows:
            store.bulk_insert("results", names, rows)
        for layer, area_rows in (dual_summaries or {}).items():
            store.bulk_insert(
                "dual_summaries",
                [
                    "run_id",
                    "unit_code",
                    "layer",
                    "class_code",
                    "class_label",
                    "class_value",
                    "cells",
                    "area_km2",
                    "area_ha",
                    "area_mu",
                    "share_pct",
                ],
                [
                    (
                        run_id,
                        str(a["unit_code"]),
                        layer,
                        str(a["class_code"]),
                        str(a.get("class_label") or ""),
                        _cell(a.get("class_value")),
                        int(a["cells"]),
                        float(a["area_km2"]),
                        float(a["area_ha"]),
                        float(a["area_mu"]),
                        float(a["share_pct"]),
                    )
                    for a in area_rows
                ],
            )
    return run_id


def runs(store: Store, period=None, algorithm: Optional[str] = None) -> List[dict]:
    sql = (
        "SELECT run_id, algorithm, plugin_version, profile_id, profile_version, "
        "profile_sha256, parameters, inputs, period_code, base_period_code, user_name, "
        "started_at, finished_at, status, message FROM runs WHERE 1 = 1"
    )
    params: list = []
    if period is not None:
        sql += " AND period_code = ?"
        params.append(str(period))
    if algorithm:
        sql += " AND algorithm = ?"
        params.append(algorithm)
    rows = store.query_dicts(sql + " ORDER BY run_id", params)
    for r in rows:
        r["parameters"] = json.loads(r["parameters"])
        r["inputs"] = json.loads(r["inputs"])
        for k in ("started_at", "finished_at"):
            r[k] = None if r[k] is None else str(r[k])
    return rows


def _result_dicts(rows: List[dict]) -> List[dict]:
    for r in rows:
        extra = json.loads(r.pop("extra") or "{}")
        r.update(extra)
    return rows


def results(store: Store, run_id: int) -> List[dict]:
    """The results of one run (the extra fields merged in)."""
    return _result_dicts(
        store.query_dicts(
            "SELECT * FROM results WHERE run_id = ? ORDER BY unit_code", (int(run_id),)
        )
    )


def current_results(store: Store, period, algorithm: str = ALGORITHM_2016) -> List[dict]:
    """Per unit, the result of the latest finished run for ``period``."""
    rows = store.query_dicts(
        "SELECT * FROM results_current WHERE period_code = ? AND algorithm = ? ORDER BY unit_code",
        (str(period), algorithm),
    )
    for r in rows:
        r["finished_at"] = None if r["finished_at"] is None else str(r["finished_at"])
    return _result_dicts(rows)


def dual_summaries(store: Store, run_id: int) -> List[dict]:
    return store.query_dicts(
        "SELECT unit_code, layer, class_code, class_label, class_value, "
        "cells, area_km2, area_ha, area_mu, share_pct FROM dual_summaries "
        "WHERE run_id = ? ORDER BY layer, unit_code, summary_id",
        (int(run_id),),
    )


def level_history(
    store: Store,
    algorithm: str = ALGORITHM_2016,
    level: str = "county",
    with_geometry: bool = False,
) -> List[dict]:
    """Each unit's load type and warning level for every evaluated period
    (the latest run of each period), oldest first, with ``period_start`` /
    ``period_end`` and ``valid_until`` (the day before the unit's next
    evaluated period, or the period's end) as dates for the temporal
    controller."""
    geom = f", {store.geom_out('u.geom')} AS geom" if with_geometry else ""
    rows = store.query_dicts(
        "SELECT r.unit_code, u.name AS unit_name, r.period_code, p.start_date AS "
        "period_start, p.end_date AS period_end, r.load_type, r.load_label, "
        "r.warning_level, r.warning_label, r.cause, r.run_id, r.finished_at"
        + geom
        + " FROM results_current r JOIN periods p ON p.code = r.period_code JOIN units u ON "
        "u.code = r.unit_code WHERE r.algorithm = ? AND u.level = ? ORDER BY r.unit_code, "
        "p.start_date",
        (algorithm, level),
    )
    by_unit: Dict[str, List[dict]] = {}
    for r in rows:
        for k in ("period_start", "period_end"):
            r[k] = datetime.date.fromisoformat(str(r[k])[:10])
        r["finished_at"] = None if r["finished_at"] is None else str(r["finished_at"])
        if with_geometry:
            r["geom"] = store.wkb(r["geom"])
        by_unit.setdefault(r["unit_code"], []).append(r)
    for items in by_unit.values():
        for a, b in zip(items, items[1:]):
            a["valid_until"] = b["period_start"] - datetime.timedelta(days=1)
        items[-1]["valid_until"] = items[-1]["period_end"]
    return rows


def latest_results(store: Store, algorithm: str = ALGORITHM_2016) -> pd.DataFrame:
    """Per unit, its latest evaluated period: unit code, period, load type,
    warning level, evaluated at (the run's end) — the due list's input."""
    df = store.query_frame(
        "SELECT r.unit_code, r.period_code AS period, r.load_type, r.warning_level, "
        "r.finished_at AS evaluated_at FROM results_current r WHERE r.algorithm = ?",
        (algorithm,),
    )
    if not len(df):
        return pd.DataFrame(
            columns=["unit_code", "period", "load_type", "warning_level", "evaluated_at"]
        )
    df = df.sort_values(["unit_code", "period"]).drop_duplicates("unit_code", keep="last")
    df["evaluated_at"] = pd.to_datetime(df["evaluated_at"], utc=True)
    return df.reset_index(drop=True)


def latest_observation_times(store: Store) -> pd.DataFrame:
    """Per unit: the time of its latest valid station record
    (``last_station_record``, local time) and of the latest import of its
    indicator values (``last_indicator_import``, UTC)."""
    st = store.query_frame(
        "SELECT st.unit_code, max(s.observed_at) AS last_station_record FROM "
        "station_observations s JOIN stations st ON st.code = s.station_code WHERE s.valid = ? "
        "AND st.unit_code IS NOT NULL GROUP BY st.unit_code",
        (True,),
    )
    ind = store.query_frame(
        "SELECT o.unit_code, max(i.imported_at) AS last_indicator_import FROM observations o "
        "JOIN imports i ON i.import_id = o.import_id GROUP BY o.unit_code"
    )
    units = store.query_frame("SELECT code AS unit_code FROM units")
    out = units.merge(st, on="unit_code", how="left").merge(ind, on="unit_code", how="left")
    out["last_station_record"] = pd.to_datetime(out["last_station_record"])
    out["last_indicator_import"] = pd.to_datetime(out["last_indicator_import"], utc=True)
    return out


# -- remarks (会商 / 协同校验) ---------------------------------------------------------


def add_remark(
    store: Store,
    body: str,
    topic: str = "note",
    unit_code: Optional[str] = None,
    period=None,
    run_id: Optional[int] = None,
    department: Optional[str] = None,
) -> int:
    store.require_current()
    if not str(body).strip():
        raise InputError(tr("A remark needs a text."))
    with store.transaction(tr("writing table remarks")):
        return store.insert_returning(
            "INSERT INTO remarks (unit_code, period_code, run_id, topic, department_code, "
            "author, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING remark_id",
            (
                unit_code,
                None if period is None else str(period),
                run_id,
                topic,
                department,
                store.user,
                utc_now(),
                str(body).strip(),
            ),
        )


def remarks(store: Store, unit_code: Optional[str] = None) -> List[dict]:
    sql = (
        "SELECT remark_id, unit_code, period_code, run_id, topic, department_code, author, "
        "created_at, body FROM remarks"
    )
    params: tuple = ()
    if unit_code:
        sql += " WHERE unit_code = ?"
        params = (unit_code,)
    rows = store.query_dicts(sql + " ORDER BY remark_id", params)
    for r in rows:
        r["created_at"] = str(r["created_at"])
    return rows


__all__ = [
    "EvaluationTable",
    "evaluation_table",
    "chain_inputs",
    "air_daily_source",
    "section_sources",
    "RunRecord",
    "make_run",
    "write_run",
    "runs",
    "results",
    "current_results",
    "dual_summaries",
    "level_history",
    "latest_results",
    "latest_observation_times",
    "add_remark",
    "remarks",
    "ALGORITHM_2016",
]
