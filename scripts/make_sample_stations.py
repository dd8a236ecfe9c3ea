#!/usr/bin/env python3
"""Generate sample monitoring records for three air stations of the sample
city 示范市 (layer ``air_station`` of ``cc_warning_plugin/sample_data/shifan.gpkg``),
with faults the quality control must find.

Usage:
    /usr/bin/python3 scripts/make_sample_stations.py [--out DIR]

Writes (default folder ``output/sample_stations``):

- ``air_hourly_2025.csv``: one year (2025) of hourly values of SO2, NO2,
  PM10, PM2.5, CO and O3 for the first three stations, one record per row
  (``station_id, time, pollutant, value``; µg/m³, CO mg/m³), with the faults
  of :data:`PLANTED` (some repeated rows are appended at the end, out of
  order, as an importer would receive them);
- ``air_annual_means.csv``: annual means 2019–2025 of two stations for the
  Spearman trend example of docs/monitoring.md.

Deterministic: fixed seeds, fixed order; two runs give identical files.
The module is importable (``hourly_records()``, ``annual_means()``,
``PLANTED``) so that the tests and the database demo use the same data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
GPKG = REPO / "cc_warning_plugin" / "sample_data" / "shifan.gpkg"
DEFAULT_OUT = REPO / "output" / "sample_stations"
YEAR = 2025
SEED = 663
POLLUTANTS = ["so2", "no2", "pm10", "pm25", "co", "o3"]
# level (annual mean), amplitude of the seasonal cycle (winter high, O3 summer
# high), amplitude of the daily cycle, noise; CO in mg/m3, the rest in ug/m3
SHAPE = {
    "so2": (10.0, 4.0, 2.0, 1.5),
    "no2": (30.0, 8.0, 8.0, 4.0),
    "pm10": (70.0, 25.0, 10.0, 8.0),
    "pm25": (40.0, 18.0, 6.0, 5.0),
    "co": (0.8, 0.3, 0.15, 0.08),
    "o3": (60.0, -25.0, 35.0, 6.0),
}
STATION_FACTOR = [1.0, 0.9, 1.1]

#: The faults written into the hourly records: what the quality control must
#: report, no more and no less (station index, pollutant, finding code,
#: period, count). The day of the flat line keeps 24 − 14 = 10 valid hourly
#: values, so its daily mean is invalid as well (HJ 663: at least 20).
PLANTED = [
    dict(
        station=0,
        pollutant="pm25",
        code="flat_line",
        period="2025-03-10 04:00 – 2025-03-10 17:00",
        count=14,
    ),
    dict(station=0, pollutant="pm25", code="day_incomplete", period="2025-03-10", count=10),
    dict(station=0, pollutant="no2", code="jump", period="2025-05-20", count=1),
    dict(station=1, pollutant="so2", code="negative", period="2025-02-03", count=2),
    dict(
        station=1,
        pollutant="pm10",
        code="gap",
        period="2025-07-15 00:00 – 2025-07-16 23:00",
        count=48,
    ),
    dict(station=2, pollutant="pm10", code="above_range", period="2025-04-02", count=1),
    dict(station=2, pollutant="co", code="duplicate", period="2025-09-01", count=3),
    dict(station=2, pollutant="o3", code="conflict", period="2025-10-05", count=2),
    dict(station=2, pollutant="pm25", code="missing", period="2025-11-11", count=1),
]

#: Annual means for the Spearman example (station index, pollutant, values
#: of 2019 … 2025).
ANNUAL = [
    (0, "pm25", [52, 49, 49, 45, 41, 43, 38]),
    (1, "o3", [150, 158, 149, 162, 155, 160, 157]),
]


def station_codes(gpkg: Path = GPKG, n: int = 3) -> list[str]:
    """The first ``n`` station codes (站点编码) of the sample air stations."""
    from osgeo import ogr

    ds = ogr.Open(str(gpkg))
    if ds is None:
        raise FileNotFoundError(f"{gpkg}: not a GeoPackage OGR can open")
    layer = ds.GetLayerByName("air_station")
    codes = sorted(f.GetField("站点编码") for f in layer)
    ds = None
    if len(codes) < n:
        raise SystemExit(f"{gpkg}: layer air_station has {len(codes)} stations, {n} needed")
    return codes[:n]


def _series(rs: np.random.RandomState, pollutant: str, factor: float, hours: pd.DatetimeIndex):
    level, season, daily, noise = SHAPE[pollutant]
    doy = hours.dayofyear.to_numpy()
    hod = hours.hour.to_numpy()
    winter = np.cos(2 * np.pi * (doy - 15) / 365.0)
    if pollutant == "o3":
        diurnal = np.cos(2 * np.pi * (hod - 15) / 24.0)
    else:
        diurnal = (
            np.cos(2 * np.pi * (hod - 8) / 24.0) * 0.6 + np.cos(2 * np.pi * (hod - 20) / 24.0) * 0.4
        )
    # AR(1) noise
    e = rs.normal(0.0, noise, len(hours))
    ar = np.empty(len(hours))
    ar[0] = e[0]
    for i in range(1, len(hours)):
        ar[i] = 0.7 * ar[i - 1] + e[i]
    v = factor * (level + season * winter + daily * diurnal) + ar
    floor = 0.2 if pollutant == "co" else 2.0
    v = np.maximum(v, floor)
    return np.round(v, 1) if pollutant == "co" else np.round(v)


def hourly_records(codes: list[str] | None = None) -> pd.DataFrame:
    """A year of hourly records of three stations with the faults of
    :data:`PLANTED` (long format, the order of the CSV file)."""
    codes = codes or station_codes()
    hours = pd.date_range(f"{YEAR}-01-01", f"{YEAR}-12-31 23:00", freq="h")
    rs = np.random.RandomState(SEED)
    frames = {}
    for k, code in enumerate(codes):
        for pol in POLLUTANTS:
            frames[(k, pol)] = pd.DataFrame(
                {
                    "station_id": code,
                    "time": hours,
                    "pollutant": pol,
                    "value": _series(rs, pol, STATION_FACTOR[k], hours),
                }
            )

    def at(k, pol, stamp):
        f = frames[(k, pol)]
        return f.index[f["time"] == pd.Timestamp(stamp)][0]

    # station 1: a flat line of PM2.5 (57 for 14 hours), neighbours kept apart
    f = frames[(0, "pm25")]
    a, b = at(0, "pm25", "2025-03-10 04:00"), at(0, "pm25", "2025-03-10 17:00")
    f.loc[a:b, "value"] = 57.0
    for j in (a - 1, b + 1):
        if f.at[j, "value"] == 57.0:
            f.at[j, "value"] = 58.0
    # station 1: a sudden NO2 spike
    f = frames[(0, "no2")]
    f.at[at(0, "no2", "2025-05-20 14:00"), "value"] = 420.0
    # station 2: two negative SO2 values
    f = frames[(1, "so2")]
    f.at[at(1, "so2", "2025-02-03 02:00"), "value"] = -3.0
    f.at[at(1, "so2", "2025-02-03 03:00"), "value"] = -2.0
    # station 2: PM10 missing for two whole days
    f = frames[(1, "pm10")]
    frames[(1, "pm10")] = f[(f["time"] < "2025-07-15") | (f["time"] >= "2025-07-17")]
    # station 3: PM10 above the instrument range
    f = frames[(2, "pm10")]
    f.at[at(2, "pm10", "2025-04-02 10:00"), "value"] = 1500.0
    # station 3: one PM2.5 record without a value
    f = frames[(2, "pm25")]
    f.at[at(2, "pm25", "2025-11-11 11:00"), "value"] = np.nan
    body = pd.concat(
        [frames[(k, p)] for k in range(len(codes)) for p in POLLUTANTS], ignore_index=True
    )
    # appended at the end: three CO records sent twice, one O3 record sent again
    # with another value
    co = frames[(2, "co")]
    again = co[(co["time"] >= "2025-09-01 00:00") & (co["time"] <= "2025-09-01 02:00")]
    o3 = frames[(2, "o3")]
    other = o3[o3["time"] == pd.Timestamp("2025-10-05 12:00")].copy()
    other["value"] = other["value"] + 17.0
    out = pd.concat([body, again, other], ignore_index=True)
    return out


def planted(codes: list[str] | None = None) -> pd.DataFrame:
    """:data:`PLANTED` with station codes."""
    codes = codes or station_codes()
    return pd.DataFrame([dict(p, station=codes[p["station"]]) for p in PLANTED]).rename(
        columns={"station": "station_id"}
    )


def annual_means(codes: list[str] | None = None) -> pd.DataFrame:
    codes = codes or station_codes()
    rows = [
        {"station_id": codes[k], "pollutant": pol, "year": 2019 + i, "value": float(v)}
        for k, pol, values in ANNUAL
        for i, v in enumerate(values)
    ]
    return pd.DataFrame(rows)


def write(out: Path) -> list[Path]:
    """Write both CSV files into ``out`` (each written to a temporary file
    first, then renamed)."""
    out.mkdir(parents=True, exist_ok=True)
    codes = station_codes()
    hourly = hourly_records(codes)
    hourly = hourly.assign(time=hourly["time"].dt.strftime("%Y-%m-%d %H:%M"))
    files = []
    for name, frame in (
        ("air_hourly_2025.csv", hourly),
        ("air_annual_means.csv", annual_means(codes)),
    ):
        path = out / name
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=out)
        os.close(fd)
        try:
            frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n", float_format="%g")
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        files.append(path)
    return files


def main(argv=None) -> int:
    from osgeo import ogr

    ogr.UseExceptions()  # a script of its own: GDAL's exceptions for the whole process
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output folder")
    args = ap.parse_args(argv)
    for path in write(Path(args.out)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
