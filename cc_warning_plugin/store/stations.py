"""Monitoring stations and their records in the monitoring database, with
the quality control (QC) called through a hook.

Stations (table ``stations``): air stations, water sections and pollution
sources (enterprises), each with its unit and location. Records (table
``station_observations``): one row per station, outlet, pollutant, time and
resolution, with the QC's ``valid`` flag and ``qc_code``.

File formats read by :func:`import_station_observations`:

* ``air_daily`` — station code, date, one column per pollutant (the daily
  table ``core/m2016/stations.py`` reads: ``SO2``, ``PM2.5``, ``O3_8h`` …);
* ``air_hourly`` — station code, time (``2025-01-01 13:00``), one column
  per pollutant (SO2, NO2, PM10, PM2.5, CO, O3);
* ``water`` — section code, month (with the ``year`` argument) or date, one
  column per pollutant (the section table's: 溶解氧, 高锰酸盐指数 …);
* ``source`` — pollution-source online monitoring, long: enterprise code,
  outlet, time, pollutant, concentration, permit limit.

The air and water formats may also come long: station code, time, a
pollutant column and a value column, one record per row (a row with an empty
value is a record without a value; in a wide table an empty cell is no
record).

The QC is not the store's: ``qc(frame)`` receives a pandas DataFrame with
the columns ``station_id, time (datetime64), pollutant, value, kind,
outlet_id, limit, resolution`` (every record of the file, duplicates
included) and
returns ``(frame with qc_code (text) and valid (bool), findings)``;
findings are rows with ``station_id``, ``pollutant``, ``qc_code`` and
optionally ``outlet_id``, ``start``, ``end``, ``detail``.
:func:`unchecked_qc` marks everything ``unchecked`` (valid), for data whose
QC is done elsewhere.

Re-importing a file changes nothing; a record whose stored value differs is
a conflict (listed, not written); a second record of the same station,
outlet, pollutant and time in a file is not stored (the QC sees it and can
report it). Rows that cannot be read — an unknown station, a time or value
that is not one — are rejected and nothing is written.
"""

import datetime
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.indicators import field_names, normalize_header
from ..core.progress import Progress
from .db import Store, profile_or_default, utc_now
from .errors import StoreError
from .gpkg import layer_rows
from .importer import RejectingReport, file_sha256
from .readers import open_table
from .units import unit_polygons

FORMATS = ("air_daily", "air_hourly", "water", "source")
KINDS = ("air", "water", "source")
_RESOLUTION = {"air_daily": "day", "air_hourly": "hour", "water": "month", "source": "hour"}
_KIND = {"air_daily": "air", "air_hourly": "air", "water": "water", "source": "source"}

#: pollutant code → accepted headers (hourly air)
HOURLY_POLLUTANTS = {
    "so2": ["SO2", "二氧化硫"],
    "no2": ["NO2", "二氧化氮"],
    "pm10": ["PM10", "可吸入颗粒物"],
    "pm25": ["PM2.5", "PM25", "细颗粒物"],
    "co": ["CO", "一氧化碳"],
    "o3": ["O3", "臭氧"],
}
#: daily field of the dictionary → pollutant code (daily air)
DAILY_POLLUTANTS = {
    "so2_daily": "so2",
    "no2_daily": "no2",
    "pm10_daily": "pm10",
    "pm25_daily": "pm25",
    "co_daily": "co",
    "o3_8h_daily": "o3_8h",
}
#: water pollutants: the dictionary's section fields
WATER_POLLUTANTS = ("do", "codmn", "bod5", "codcr", "nh3n", "tn", "tp")
#: pollution-source pollutant names → code
SOURCE_POLLUTANTS = {
    "codcr": ["化学需氧量", "COD", "CODcr"],
    "nh3n": ["氨氮", "NH3-N"],
    "tn": ["总氮", "TN"],
    "tp": ["总磷", "TP"],
    "so2": ["二氧化硫", "SO2"],
    "nox": ["氮氧化物", "NOx"],
    "dust": ["颗粒物", "烟尘", "PM"],
    "ph": ["pH", "pH值"],
}
ROLE_NAMES = {
    "station": list(field_names("station_id")) + list(field_names("section_id")),
    "enterprise": [
        "enterprise",
        "enterprise_code",
        "企业编码",
        "排污单位编码",
        "企业代码",
        "排污许可证编号",
        "许可证编号",
    ],
    "outlet": ["outlet", "outlet_id", "排放口编号", "排口编号", "排放口", "监测点位"],
    "time": ["time", "datetime", "监测时间", "时间", "日期时间", "数据时间"],
    "date": list(field_names("date")) + ["监测日期"],
    "month": list(field_names("month")),
    "pollutant": ["pollutant", "污染物", "监测因子", "污染物名称", "监测项目"],
    "value": ["value", "concentration", "浓度", "排放浓度", "实测浓度", "监测值"],
    "limit": ["limit", "permit_limit", "许可限值", "排放限值", "标准限值", "许可排放浓度"],
}
_TIME = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2})(?::(\d{2})"
    r"(?::(\d{2}))?)?时?)?$"
)


@dataclass
class StationRecord:
    code: str
    name: str
    kind: str
    unit_code: Optional[str] = None
    water_body: str = ""
    enterprise: str = ""
    department: Optional[str] = None
    wkb: Optional[bytes] = None
    row: str = ""


def add_stations(
    store: Store, records: Sequence[StationRecord], layer: str = ""
) -> Dict[str, List[str]]:
    """Add stations (one transaction); existing codes are left as they are."""
    store.require_current()
    layer = layer or tr("stations")
    have = {r[0] for r in store.query("SELECT code FROM stations")}
    unit_codes = {r[0] for r in store.query("SELECT code FROM units")}
    problems = []
    seen = set()
    for r in records:
        where = r.row or r.code
        if not r.code:
            problems.append(tr("{row}: the station code is empty").format(row=where))
        if r.kind not in KINDS:
            problems.append(
                tr("{row}: kind {kind!r} is not air, water or source").format(
                    row=where, kind=r.kind
                )
            )
        if r.unit_code and r.unit_code not in unit_codes:
            problems.append(
                tr("{row}: unit {unit} is not in table units").format(row=where, unit=r.unit_code)
            )
        if r.code in seen:
            problems.append(tr("{row}: code {code} appears twice").format(row=where, code=r.code))
        seen.add(r.code)
    if problems:
        raise InputError(
            tr(
                "{layer}: {problems}. Correct the stations and add them again; nothing was written."
            ).format(layer=layer, problems="; ".join(problems[:20]))
        )
    out = {"added": [], "existing": []}
    with store.transaction(tr("adding stations to table stations")):
        for r in records:
            if r.code in have:
                out["existing"].append(r.code)
                continue
            store.execute(
                f"INSERT INTO stations (code, name, kind, unit_code, water_body, enterprise, "
                f"department_code, geom) VALUES (?, ?, ?, ?, ?, ?, ?, {store.geom_in()})",
                (
                    r.code,
                    r.name,
                    r.kind,
                    r.unit_code or None,
                    r.water_body,
                    r.enterprise,
                    r.department,
                    store.geom_value(r.wkb),
                ),
            )
            out["added"].append(r.code)
    return out


def read_stations_layer(
    path: str,
    layer_name: str,
    kind: str,
    code_field: str,
    name_field: str,
    water_body_field: Optional[str] = None,
    unit_field: Optional[str] = None,
    department: Optional[str] = None,
    target_srid: Optional[int] = None,
) -> List[StationRecord]:
    """Station records from a point layer (OGR), reprojected to ``target_srid``."""
    fields = (code_field, name_field, water_body_field, unit_field)
    out = []
    for _, values, geom, row in layer_rows(path, layer_name, fields, target_srid):
        wkb = None if geom is None else bytes(geom.ExportToIsoWkb())
        out.append(
            StationRecord(
                values[code_field],
                values[name_field],
                kind,
                values.get(unit_field),
                values.get(water_body_field, ""),
                department=department,
                wkb=wkb,
                row=row,
            )
        )
    return out


def locate_units(store: Store, records: Sequence[StationRecord], level: str = "county") -> None:
    """Give each record without a unit the unit (of ``level``) containing
    its point."""
    from osgeo import ogr

    polys = unit_polygons(store, level)
    for r in records:
        if r.unit_code or r.wkb is None:
            continue
        pt = ogr.CreateGeometryFromWkb(r.wkb)
        for code, poly in polys:
            if poly.Contains(pt):
                r.unit_code = code
                break


# -- reading a file into records ------------------------------------------------------


def _norm(text) -> str:
    return normalize_header(text)


def _role_columns(headers: List[str]) -> Dict[str, int]:
    out = {}
    for i, h in enumerate(headers):
        n = _norm(h)
        for role, names in ROLE_NAMES.items():
            if role not in out and any(n == _norm(x) for x in names if x):
                out[role] = i
                break
    return out


def _pollutant_columns(headers, fmt: str, profile, used) -> Dict[int, str]:
    cols = {}
    if fmt == "air_daily":
        from ..core.m2016 import stations as m2016_stations

        stats = profile.get("elements.environment.stations.statistics")
        by_name = {}
        for daily in m2016_stations.daily_fields(profile):
            for n in field_names(daily):
                if n:
                    by_name[_norm(n)] = DAILY_POLLUTANTS.get(daily, daily)
        for annual, spec in stats.items():
            for n in field_names(annual):
                if n:
                    by_name.setdefault(_norm(n), DAILY_POLLUTANTS.get(spec["daily"], spec["daily"]))
    elif fmt == "air_hourly":
        by_name = {
            _norm(n): code for code, names in HOURLY_POLLUTANTS.items() for n in names + [code]
        }
    else:
        by_name = {_norm(n): p for p in WATER_POLLUTANTS for n in field_names(p) if n}
    for i, h in enumerate(headers):
        if i in used or not h:
            continue
        code = by_name.get(_norm(h))
        if code is not None and code not in cols.values():
            cols[i] = code
    return cols


def _parse_time(text: str, year: Optional[int] = None) -> Optional[datetime.datetime]:
    t = unicodedata.normalize("NFKC", text).strip()
    m = _TIME.match(t)
    if m:
        try:
            return datetime.datetime(
                int(m.group(1)),
                int(m.group(2)),
                int(m.group(3)),
                int(m.group(4) or 0),
                int(m.group(5) or 0),
                int(m.group(6) or 0),
            )
        except ValueError:
            return None
    if re.fullmatch(r"\d{8}", t):
        try:
            return datetime.datetime.strptime(t, "%Y%m%d")
        except ValueError:
            return None
    return None


#: the layouts of times most files use, tried first (the rest go through
#: :func:`_parse_time`)
_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d")


def _parse_times(raw: pd.Series) -> pd.Series:
    """The times of a column (NaT where a cell is not a time)."""
    out = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    left = np.ones(len(raw), dtype=bool)
    for fmt in _TIME_FORMATS:
        if not left.any():
            break
        parsed = pd.to_datetime(raw[left], format=fmt, errors="coerce")
        hit = parsed.notna().to_numpy()
        idx = np.flatnonzero(left)[hit]
        out.iloc[idx] = parsed[hit].to_numpy()
        left[idx] = False
    for i in np.flatnonzero(left):
        ts = _parse_time(raw.iat[i])
        if ts is not None:
            out.iat[i] = pd.Timestamp(ts)
    return out


def _source_pollutant(name: str) -> str:
    n = _norm(name)
    for code, names in SOURCE_POLLUTANTS.items():
        if n == code or any(n == _norm(x) for x in names):
            return code
    return unicodedata.normalize("NFKC", name).strip()


def _long_pollutants(fmt: str, profile) -> Callable[[str], str]:
    """Pollutant name of a long table → the stored code (names not known
    are kept as written)."""
    if fmt == "source":
        return _source_pollutant
    if fmt == "air_hourly":
        by_name = {
            _norm(n): code for code, names in HOURLY_POLLUTANTS.items() for n in names + [code]
        }
    elif fmt == "air_daily":
        by_name = {}
        for daily, code in DAILY_POLLUTANTS.items():
            for n in list(field_names(daily)) + [code, daily]:
                if n:
                    by_name.setdefault(_norm(n), code)
        for code, names in HOURLY_POLLUTANTS.items():
            for n in names + [code]:
                by_name.setdefault(_norm(n), "o3_8h" if code == "o3" else code)
    else:
        by_name = {_norm(n): p for p in WATER_POLLUTANTS for n in field_names(p) + [p] if n}

    def code_of(name: str) -> str:
        return by_name.get(_norm(name), unicodedata.normalize("NFKC", str(name)).strip())

    return code_of


@dataclass
class StationImportReport(RejectingReport):
    file: str
    format: str
    dry_run: bool
    records: int = 0
    added: int = 0
    unchanged: int = 0
    conflicts: int = 0
    duplicates: int = 0
    invalid: int = 0
    conflict_items: List[dict] = field(default_factory=list)
    findings: Optional[pd.DataFrame] = None

    def summary(self) -> str:
        text = tr(
            "{file} ({format}): {records} records, {added} added, {unchanged} unchanged, "
            "{conflicts} in conflict, {duplicates} duplicates not stored, {invalid} "
            "marked invalid by the QC, {rejected} rejected."
        ).format(**vars(self))
        if self.dry_run:
            text += " " + tr("Dry run: nothing was written.")
        return text


def read_station_file(
    store: Store,
    path: str,
    fmt: str,
    year: Optional[int] = None,
    sheet: Optional[str] = None,
    profile=None,
    report: Optional[StationImportReport] = None,
) -> pd.DataFrame:
    """The records of a file as the QC takes them (plus ``row``), rejecting
    what cannot be read into ``report``."""
    if fmt not in FORMATS:
        raise InputError(
            tr("Station file format {fmt!r} is not one of {formats}.").format(
                fmt=fmt, formats=", ".join(FORMATS)
            )
        )
    profile = profile_or_default(profile)
    table = open_table(path, sheet)
    report = report or StationImportReport(table.name, fmt, True)
    roles = _role_columns(table.headers)
    kind = _KIND[fmt]
    key_role = "enterprise" if fmt == "source" else "station"
    if key_role not in roles:
        names = ROLE_NAMES[key_role]
        raise InputError(
            tr("{file}: no column of {what} codes. Add a column named one of: {names}.").format(
                file=table.name, what=kind, names=", ".join(n for n in names if n)
            )
        )
    stations = {r[0]: r[1] for r in store.query("SELECT code, kind FROM stations")}
    pcols = (
        {}
        if fmt == "source"
        else _pollutant_columns(table.headers, fmt, profile, set(roles.values()))
    )
    # long layout: a pollutant and a value column, one record per row (the
    # only layout of pollution-source records)
    long = fmt == "source" or (not pcols and "pollutant" in roles and "value" in roles)
    if long:
        for role in ("pollutant", "value"):
            if role not in roles:
                raise InputError(
                    tr("{file}: no {role} column. Add a column named one of: {names}.").format(
                        file=table.name, role=role, names=", ".join(ROLE_NAMES[role])
                    )
                )
    elif not pcols:
        raise InputError(
            tr(
                "{file}: no pollutant column found for the {fmt} format (a "
                "column per pollutant, or the columns pollutant and value)."
            ).format(file=table.name, fmt=fmt)
        )
    pollutant_code = _long_pollutants(fmt, profile) if long else None
    time_role = next((r for r in ("time", "date", "month") if r in roles), None)
    if time_role is None:
        raise InputError(
            tr("{file}: no time column (监测时间, 日期 or 月份).").format(file=table.name)
        )
    if time_role == "month" and year is None:
        raise InputError(
            tr("{file}: the records have a month but no year. Give the year of the file.").format(
                file=table.name
            )
        )
    frames = []
    read_rows = 0
    for rows, numbers in table.chunks(20000):
        read_rows += len(rows)
        df = pd.DataFrame(rows)
        nums = np.asarray(numbers)
        sid = df[roles[key_role]].astype(str).str.strip()
        ok = (sid.map(stations) == kind).to_numpy()
        for i in np.flatnonzero(~ok):
            report.reject(
                int(nums[i]),
                table.headers[roles[key_role]],
                tr(
                    "{code!r} is not in table stations as a station of kind {kind}. Add the "
                    "station (with its location and unit) or correct the code"
                ).format(code=sid.iat[i], kind=kind),
            )
        raw_t = df[roles[time_role]].astype(str).str.strip()
        if time_role == "month":
            times = []
            for t in raw_t:
                try:
                    mth = int(float(t))
                    times.append(datetime.datetime(int(year), mth, 1) if 1 <= mth <= 12 else None)
                except ValueError:
                    times.append(None)
            times = pd.Series(pd.to_datetime(times), index=df.index)
        else:
            times = _parse_times(raw_t)
        for i in np.flatnonzero(times.isna().to_numpy() & ok):
            report.reject(
                int(nums[i]),
                table.headers[roles[time_role]],
                tr(
                    "{value!r} is not a time. Write it as YYYY-MM-DD HH:MM (or the month 1-12)"
                ).format(value=raw_t.iat[i]),
            )
            ok[i] = False
        outlet = (
            df[roles["outlet"]].astype(str).str.strip()
            if "outlet" in roles
            else pd.Series("", index=df.index)
        )
        if long:
            pol = df[roles["pollutant"]].astype(str).map(pollutant_code)
            val_cols = [(roles["value"], None)]
        else:
            val_cols = [(i, code) for i, code in pcols.items()]
        limit = (
            pd.to_numeric(
                df[roles["limit"]].astype(str).str.replace(",", "").str.strip().replace("", np.nan),
                errors="coerce",
            )
            if "limit" in roles
            else pd.Series(np.nan, index=df.index)
        )
        for col, code in val_cols:
            raw = df[col].astype(str).str.strip()
            blank = raw.eq("") | raw.str.casefold().isin(
                {"-", "—", "na", "nan", "null", "缺测", "无数据"}
            )
            vals = pd.to_numeric(raw.str.replace(",", "").where(~blank, None), errors="coerce")
            bad = (~blank & vals.isna()).to_numpy() & ok
            for i in np.flatnonzero(bad):
                report.reject(
                    int(nums[i]),
                    table.headers[col],
                    tr("{value!r} is not a number").format(value=raw.iat[i]),
                )
            # a blank cell of a wide table is no record; a row of a long table with
            # an empty value is a record without a value (the QC's "missing")
            keep = ok & ~bad if long and fmt != "source" else ok & ~blank.to_numpy() & ~bad
            if not keep.any():
                continue
            n = int(keep.sum())
            frames.append(
                {
                    "station_id": pd.Categorical(sid.to_numpy()[keep]),
                    "time": times.to_numpy()[keep],
                    "pollutant": pd.Categorical(
                        pol.to_numpy()[keep] if code is None else np.full(n, code, dtype=object)
                    ),
                    "value": vals.to_numpy(dtype=float)[keep],
                    "outlet_id": pd.Categorical(outlet.to_numpy()[keep]),
                    "limit": limit.to_numpy(dtype=float)[keep],
                    "row": np.asarray(nums[keep], dtype=np.int32),
                }
            )
    if not read_rows:
        raise InputError(
            tr(
                "{file}: the table has no rows (only a header). Fill in the records, one row "
                "per station and time, and import it again."
            ).format(file=table.name)
        )
    if not frames and not report.rejected:
        # rows with a station and a time but no value under any pollutant: the
        # file would import nothing (in a wide table a blank cell is no record)
        raise InputError(
            tr(
                "{file}: none of its {n} rows has a value under {columns}. Fill in the "
                "measured values (or check that these columns hold them) and import it again."
            ).format(
                file=table.name,
                n=read_rows,
                columns=", ".join(table.headers[c] for c in (pcols or [roles["value"]])),
            )
        )
    if not frames:
        return pd.DataFrame(
            columns=[
                "station_id",
                "time",
                "pollutant",
                "value",
                "kind",
                "outlet_id",
                "limit",
                "row",
            ]
        )
    # text columns as categories: a year of hourly records of many stations stays
    # compact (about 40 bytes a record)
    from pandas.api.types import union_categoricals

    out = pd.DataFrame(
        {
            "station_id": union_categoricals([f["station_id"] for f in frames]),
            "time": pd.to_datetime(np.concatenate([f["time"] for f in frames])),
            "pollutant": union_categoricals([f["pollutant"] for f in frames]),
            "value": np.concatenate([f["value"] for f in frames]),
            "kind": pd.Categorical([kind]).repeat(sum(len(f["row"]) for f in frames)),
            "outlet_id": union_categoricals([f["outlet_id"] for f in frames]),
            "limit": np.concatenate([f["limit"] for f in frames]),
            "row": np.concatenate([f["row"] for f in frames]),
        }
    )
    return out


def unchecked_qc(frame: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """No quality control: every record valid with qc_code ``unchecked``
    (the code says so in the database)."""
    out = frame.copy()
    out["qc_code"] = "unchecked"
    out["valid"] = True
    return out, pd.DataFrame(columns=["station_id", "pollutant", "qc_code"])


def _check_qc_output(frame: pd.DataFrame, out, name: str) -> Tuple[pd.DataFrame, pd.DataFrame]:
    if not (isinstance(out, tuple) and len(out) == 2):
        raise StoreError(
            tr(
                "The quality-control function {name} must return (records, "
                "findings); it returned {type}."
            ).format(name=name, type=type(out).__name__)
        )
    checked, findings = out
    if (
        not isinstance(checked, pd.DataFrame)
        or len(checked) != len(frame)
        or not checked.index.equals(frame.index)
    ):
        raise StoreError(
            tr(
                "The quality-control function {name} must return the records it "
                "was given (same rows, same index), with qc_code and valid."
            ).format(name=name)
        )
    for col in ("qc_code", "valid"):
        if col not in checked.columns:
            raise StoreError(
                tr("The quality-control function {name} returned no column {column}.").format(
                    name=name, column=col
                )
            )
    if findings is None:
        findings = pd.DataFrame(columns=["station_id", "pollutant", "qc_code"])
    return checked, findings


def _or_none(col: pd.Series) -> list:
    """The numbers of a column as floats, None where there is none."""
    v = col.to_numpy(dtype=float)
    out = v.astype(object)
    out[np.isnan(v)] = None
    return out.tolist()


def _iso(ts) -> str:
    return pd.Timestamp(ts).strftime("%Y-%m-%dT%H:%M:%S")


#: records the QC and the writing take at a time (whole stations: a series is
#: never split); memory stays bounded by this beyond the file's compact frame
BATCH_RECORDS = 500_000


def _station_batches(frame: pd.DataFrame, limit: int) -> List[np.ndarray]:
    """Row positions of the frame by groups of whole stations, each of at most
    ``limit`` records (a station with more is a group of its own)."""
    if not len(frame):
        return []
    codes = (
        frame["station_id"].cat.codes.to_numpy()
        if hasattr(frame["station_id"], "cat")
        else pd.factorize(frame["station_id"])[0]
    )
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
    ends = np.r_[starts[1:], len(order)]
    out, first, size = [], 0, 0
    for i, (a, b) in enumerate(zip(starts, ends)):
        if size and size + (b - a) > limit:
            out.append(order[starts[first] : a])
            first, size = i, 0
        size += b - a
    out.append(order[starts[first] :])
    return out


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """The batch as the QC hook receives it: text columns as text."""
    out = frame.copy()
    for col in ("station_id", "pollutant", "kind", "outlet_id"):
        if hasattr(out[col], "cat"):
            out[col] = out[col].astype(object)
    return out.reset_index(drop=True)


def import_station_observations(
    store: Store,
    path: str,
    fmt: str,
    qc: Callable[[pd.DataFrame], Tuple[pd.DataFrame, pd.DataFrame]],
    year: Optional[int] = None,
    sheet: Optional[str] = None,
    dry_run: bool = True,
    department: Optional[str] = None,
    note: str = "",
    profile=None,
    feedback=None,
    max_details: int = 500,
    batch_records: int = BATCH_RECORDS,
) -> StationImportReport:
    """Import (or with ``dry_run`` only check) a file of station records,
    running ``qc`` on them first. Nothing is written if a row is rejected.

    The records are checked, classified and written by groups of whole
    stations (``batch_records``), all in one transaction: ``qc`` is called
    once per group."""
    progress = Progress(feedback)
    store.require_current()
    if not callable(qc):
        raise StoreError(
            tr(
                "A quality-control function is needed (unchecked_qc to store the "
                "records unchecked)."
            )
        )
    name = os.path.basename(path)
    report = StationImportReport(name, fmt, dry_run, max_details=max_details)
    frame = read_station_file(store, path, fmt, year, sheet, profile, report)
    progress.set(0.3)
    report.records = len(frame)
    if report.rejected and not dry_run:
        from .errors import ImportRejected

        raise ImportRejected(
            tr(
                "{file}: {n} rejected row(s), for example {first}. Nothing was written. Correct "
                "the "
                "file and import it again."
            ).format(
                file=name,
                n=report.rejected,
                first="; ".join(r.text() for r in report.rejections[:3]),
            ),
            report,
        )
    resolution = _RESOLUTION[fmt]
    if fmt == "water" and len(frame) and (frame["time"].dt.day != 1).any():
        resolution = "day"
    batches = _station_batches(frame, max(1, int(batch_records)))
    qc_name = getattr(qc, "__name__", "qc")
    state: Dict[str, object] = {"import_id": None}
    found_parts: List[pd.DataFrame] = []
    key = ["station_id", "outlet_id", "pollutant", "time"]

    def run():
        for k, idx in enumerate(batches):
            progress.check()
            part = _plain(frame.iloc[idx])
            qc_in = part.drop(columns=["row"])
            qc_in["resolution"] = resolution
            checked, found = _check_qc_output(qc_in, qc(qc_in), qc_name)
            found_parts.append(found)
            checked = checked.assign(row=part["row"].to_numpy())
            checked["valid"] = checked["valid"].astype(bool)
            report.invalid += int((~checked["valid"]).sum())
            dup = checked.duplicated(key, keep="first")
            report.duplicates += int(dup.sum())
            recs = checked[~dup]
            stored = _stored(store, recs, resolution)
            if len(stored):
                m = recs.merge(stored, on=key, how="left")
                new = ~m["exists"].fillna(False).astype(bool).to_numpy()
                with np.errstate(invalid="ignore"):
                    same = np.isclose(
                        m["value"].to_numpy(dtype=float),
                        pd.to_numeric(m["old_value"], errors="coerce").to_numpy(dtype=float),
                        rtol=1e-12,
                        atol=0.0,
                        equal_nan=True,
                    )
            else:
                m = recs
                new = np.ones(len(recs), dtype=bool)
                same = np.zeros(len(recs), dtype=bool)
            report.added += int(new.sum())
            report.unchanged += int((~new & same).sum())
            conflict = ~new & ~same
            report.conflicts += int(conflict.sum())
            room = max_details - len(report.conflict_items)
            for r in m[conflict].head(max(0, room)).itertuples(index=False):
                report.conflict_items.append(
                    {
                        "row": int(r.row),
                        "station_id": r.station_id,
                        "outlet_id": r.outlet_id,
                        "pollutant": r.pollutant,
                        "time": _iso(r.time),
                        "value": float(r.value),
                        "stored": float(r.old_value),
                    }
                )
            if not dry_run and new.any():
                if state["import_id"] is None:
                    state["import_id"] = store.insert_returning(
                        "INSERT INTO imports (kind, file_name, file_sha256, department_code, "
                        "source, imported_at, imported_by, note) VALUES ('stations', ?, ?, ?, "
                        "'', ?, ?, ?) RETURNING import_id",
                        (name, file_sha256(path), department, utc_now(), store.user, note),
                    )
                _write_records(store, m[new], resolution, state["import_id"])
            progress.set(0.3 + 0.7 * (k + 1) / len(batches))
        findings = pd.concat(found_parts, ignore_index=True) if found_parts else None
        report.findings = findings
        if state["import_id"] is not None:
            _write_findings(store, findings, state["import_id"])

    if dry_run:
        run()
    else:
        with store.transaction(
            tr("importing {file} into table station_observations").format(file=name)
        ):
            run()
        report.written = state["import_id"] is not None
        report.import_id = state["import_id"]
    progress.set(1.0)
    return report


def _write_records(store: Store, w: pd.DataFrame, resolution: str, import_id: int) -> None:
    # in the order of the table's key: the index grows at its end
    w = w.sort_values(["station_id", "outlet_id", "pollutant", "time"], kind="stable")
    rows = zip(
        w["station_id"].tolist(),
        w["outlet_id"].tolist(),
        w["pollutant"].tolist(),
        np.datetime_as_string(w["time"].to_numpy("datetime64[s]"), unit="s").tolist(),
        [resolution] * len(w),
        _or_none(w["value"]),
        _or_none(w["limit"]),
        w["valid"].to_numpy(bool).tolist(),
        w["qc_code"].astype(str).tolist(),
        [import_id] * len(w),
    )
    store.bulk_insert(
        "station_observations",
        [
            "station_code",
            "outlet_id",
            "pollutant",
            "observed_at",
            "resolution",
            "value",
            "limit_value",
            "valid",
            "qc_code",
            "import_id",
        ],
        rows,
    )


def _stored(store: Store, recs: pd.DataFrame, resolution: str) -> pd.DataFrame:
    cols = ["station_id", "outlet_id", "pollutant", "time", "old_value", "exists"]
    if not len(recs):
        return pd.DataFrame(columns=cols)
    stations = sorted(recs["station_id"].unique())
    lo, hi = _iso(recs["time"].min()), _iso(recs["time"].max())
    rows = []
    for i in range(0, len(stations), 500):
        part = stations[i : i + 500]
        rows += store.query(
            "SELECT station_code, outlet_id, pollutant, observed_at, value FROM "
            f"station_observations WHERE station_code IN ({', '.join('?' * len(part))}) AND "
            "resolution = ? AND observed_at >= ? AND observed_at <= ?",
            list(part) + [resolution, lo, hi],
        )
    df = pd.DataFrame.from_records(rows, columns=cols[:5])
    df["time"] = pd.to_datetime(df["time"])
    df["exists"] = True
    return df


def _write_findings(store: Store, findings: pd.DataFrame, import_id: int) -> None:
    if findings is None or not len(findings):
        return
    known = {
        "station_id",
        "outlet_id",
        "pollutant",
        "start",
        "end",
        "period_start",
        "period_end",
        "qc_code",
        "detail",
        "message",
    }
    rows = []
    for r in findings.to_dict("records"):
        extra = {
            k: (str(v) if not isinstance(v, (int, float, str, bool)) else v)
            for k, v in r.items()
            if k not in known and v == v
        }
        detail = str(r.get("detail") or r.get("message") or "")
        if extra:
            detail = (detail + " " if detail else "") + json.dumps(extra, ensure_ascii=False)
        start = r.get("start", r.get("period_start"))
        end = r.get("end", r.get("period_end"))
        rows.append(
            (
                import_id,
                str(r.get("station_id") or ""),
                str(r.get("outlet_id") or ""),
                str(r.get("pollutant") or ""),
                None if start is None or start != start else _iso(start),
                None if end is None or end != end else _iso(end),
                str(r.get("qc_code") or ""),
                detail,
            )
        )
    store.bulk_insert(
        "qc_findings",
        [
            "import_id",
            "station_code",
            "outlet_id",
            "pollutant",
            "period_start",
            "period_end",
            "qc_code",
            "detail",
        ],
        rows,
    )


def records(
    store: Store,
    station: Optional[str] = None,
    valid_only: bool = False,
    start: Optional[str] = None,
    end: Optional[str] = None,
) -> pd.DataFrame:
    """Stored records (``time`` as datetime64), for charts, the QC of
    stored data and the evaluation."""
    sql = (
        "SELECT s.station_code AS station_id, s.outlet_id, s.pollutant, s.observed_at AS "
        "time, s.resolution, s.value, s.limit_value, s.valid, s.qc_code, st.kind, "
        "st.unit_code FROM station_observations s JOIN stations st ON st.code = "
        "s.station_code WHERE 1 = 1"
    )
    params: list = []
    for condition, value in (
        ("s.station_code = ?", station),
        ("s.valid = ?", True if valid_only else None),
        ("s.observed_at >= ?", start),
        ("s.observed_at < ?", end),
    ):
        if value:
            sql += f" AND {condition}"
            params.append(value)
    df = store.query_frame(sql + " ORDER BY s.station_code, s.pollutant, s.observed_at", params)
    df["time"] = pd.to_datetime(df["time"])
    df["valid"] = df["valid"].astype(bool)
    return df.rename(columns={"limit_value": "limit"})


__all__ = [
    "StationRecord",
    "add_stations",
    "read_stations_layer",
    "locate_units",
    "import_station_observations",
    "read_station_file",
    "unchecked_qc",
    "records",
    "StationImportReport",
    "FORMATS",
]
