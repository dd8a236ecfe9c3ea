"""Monitoring: the air-quality stations and their daily values of 2025, the surface-water sections
and their monthly values of 2025, and monthly climate normals at the air stations."""

from __future__ import annotations

import math

import numpy as np

from cc_warning_plugin.core.m2016.stations import hj663_percentile
from cc_warning_plugin.core.rules import OPS

from .counties import CODES
from .frame import SEED
from .method import daily_rule, percentile_of, section_limits
from .shapes import densify, point_in_ring
from .terrain import RESERVOIR, RIVERS

AIR_STATIONS = [  # code, name, county, local km
    ("9901A01", "市环境监测站", "990102", (33.0, 25.6)),
    ("9901A02", "城东", "990102", (35.6, 24.4)),
    ("9901A03", "西郊", "990102", (30.4, 26.6)),
    ("9901A04", "港区", "990103", (51.8, 19.8)),
    ("9901A05", "开发区", "990103", (47.2, 23.4)),
    ("9901A06", "湖滨镇", "990121", (42.6, 11.0)),
    ("9901A07", "莲塘", "990121", (50.0, 13.0)),
    ("9901A08", "南川镇", "990122", (24.8, 10.2)),
    ("9901A09", "平原镇", "990123", (49.2, 38.4)),
    ("9901A10", "杨庄", "990123", (51.3, 40.6)),
    ("9901A11", "河湾镇", "990124", (12.0, 39.2)),
    ("9901A12", "北岭镇", "990125", (30.9, 35.2)),
    ("9901A13", "西山镇", "990126", (15.5, 15.9)),
    ("9901A14", "云峰", "990126", (8.5, 21.0)),
]
# code, county, name, body type, location (river + fraction of its stretch in the county, or a
# point), design R_k, driving pollutant
WATER_SECTIONS = [
    ("9901W01", "990102", "大河北关桥", "河流", ("大河", 0.12), -0.10, "nh3n"),
    ("9901W02", "990102", "大河市区", "河流", ("大河", 0.50), 0.05, "codcr"),
    ("9901W03", "990102", "大河东郊", "河流", ("大河", 0.90), -0.25, "tp"),
    ("9901W04", "990103", "大河临河", "河流", ("大河", 0.25), -0.42, "do"),
    ("9901W05", "990103", "大河双桥", "河流", ("大河", 0.85), -0.40, "do"),
    ("9901W06", "990103", "东河新港", "河流", ("东河", 0.50), -0.44, "do"),
    ("9901W07", "990121", "镜湖湖心", "湖库", (45.4, 6.6), -0.10, "tp"),
    ("9901W08", "990121", "镜湖西湖区", "湖库", (43.0, 5.9), -0.07, "tp"),
    ("9901W09", "990121", "镜湖东湖区", "湖库", (47.7, 7.3), -0.13, "tp"),
    ("9901W10", "990122", "西河清河桥", "河流", ("西河", 0.25), -0.45, "do"),
    ("9901W11", "990122", "西河柳林", "河流", ("西河", 0.80), -0.43, "do"),
    ("9901W12", "990123", "东河高庄", "河流", ("东河", 0.15), -0.46, "do"),
    ("9901W13", "990123", "东河平原桥", "河流", ("东河", 0.55), -0.41, "do"),
    ("9901W14", "990123", "东河杨庄", "河流", ("东河", 0.92), -0.43, "do"),
    ("9901W15", "990124", "北河白沙", "河流", ("北河", 0.25), -0.47, "do"),
    ("9901W16", "990124", "北河河湾桥", "河流", ("北河", 0.80), -0.44, "do"),
    ("9901W17", "990125", "北岭水库", "湖库", RESERVOIR["c"], -0.45, "do"),
    ("9901W18", "990125", "大河石门", "河流", ("大河", 0.85), -0.46, "do"),
    ("9901W19", "990126", "西河云峰", "河流", ("西河", 0.20), -0.47, "do"),
    ("9901W20", "990126", "西河西山桥", "河流", ("西河", 0.80), -0.45, "do"),
]
# explicit annual DO (mg/L) where DO does not drive the section index
SECTION_DO = {
    "9901W01": 7.2,
    "9901W02": 6.6,
    "9901W03": 7.6,
    "9901W07": 7.8,
    "9901W08": 8.0,
    "9901W09": 7.9,
}


def locate_sections(county_rings: dict[str, list]) -> dict[str, tuple[float, float]]:
    """Local-km position of every water section; checks every point lies in its county."""
    out = {}
    for code, county, _name, _body, loc, _r, _drv in WATER_SECTIONS:
        if isinstance(loc[0], str):
            river, frac = loc
            pts = [
                p
                for p in densify(RIVERS[river], 0.05)
                if point_in_ring(p[0], p[1], county_rings[county])
            ]
            assert pts, f"river {river} does not cross county {county}"
            x, y = pts[min(len(pts) - 1, int(round(frac * (len(pts) - 1))))]
        else:
            x, y = loc
        assert point_in_ring(x, y, county_rings[county]), f"section {code} outside county {county}"
        out[code] = (round(x, 4), round(y, 4))
    for code, _name, county, (x, y) in AIR_STATIONS:
        assert point_in_ring(x, y, county_rings[county]), f"station {code} outside county {county}"
    return out


# ---------------------------------------------------------------------------------------------
# Daily air quality 2025
# ---------------------------------------------------------------------------------------------
AIR_POLS = ["SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h"]
# the county statistic each daily column gives (indicator dictionary names) and its key in
# AIR_TARGET and in the statistics of air_stats()
STATISTIC = {
    "SO2": "so2_annual",
    "NO2": "no2_annual",
    "PM10": "pm10_annual",
    "PM2.5": "pm25_annual",
    "CO": "co_p95",
    "O3_8h": "o3_8h_p90",
}
KEY = {"SO2": "SO2", "NO2": "NO2", "PM10": "PM10", "PM2.5": "PM25", "CO": "CO", "O3_8h": "O3"}
# County targets: annual means (SO2, NO2, PM10, PM2.5, µg/m³), CO 95th percentile (mg/m³),
# O3_8h 90th percentile
AIR_TARGET = {
    "990102": dict(SO2=12.0, NO2=36.0, PM10=88.0, PM25=52.0, CO=1.6, O3=158.0),
    "990103": dict(SO2=14.0, NO2=26.0, PM10=42.0, PM25=22.3, CO=1.2, O3=101.0),
    "990121": dict(SO2=9.0, NO2=22.0, PM10=45.0, PM25=25.5, CO=1.0, O3=110.0),
    "990122": dict(SO2=8.0, NO2=18.0, PM10=40.0, PM25=21.0, CO=0.9, O3=100.0),
    "990123": dict(SO2=9.0, NO2=20.0, PM10=43.0, PM25=22.0, CO=1.0, O3=98.0),
    "990124": dict(SO2=7.0, NO2=12.0, PM10=44.0, PM25=19.0, CO=0.8, O3=104.0),
    "990125": dict(SO2=6.0, NO2=10.0, PM10=30.0, PM25=16.0, CO=0.7, O3=100.0),
    "990126": dict(SO2=5.0, NO2=9.0, PM10=28.0, PM25=15.0, CO=0.6, O3=96.0),
}
# PM2.5 shape: (log-amplitude of the seasonal cosine, log-step of the heating season, log-spread);
# the urban core has strong winter episodes
PM_SHAPE = {"990102": (0.1, 1.4, 0.2), "990103": (0.40, 0.0, 0.38), "990121": (0.45, 0.0, 0.42)}
MISSING = {  # one station with a handful of gaps: (date, pollutants)
    "9901A02": [
        ("2025-02-11", AIR_POLS),
        ("2025-02-12", AIR_POLS),
        ("2025-05-06", ["PM10", "PM2.5"]),
        ("2025-07-23", AIR_POLS),
        ("2025-08-30", ["O3_8h"]),
        ("2025-08-31", ["O3_8h"]),
    ],
}
DAYS = np.arange(np.datetime64("2025-01-01"), np.datetime64("2026-01-01"))
DATES = [str(d) for d in DAYS]


def ar1(rs: np.random.RandomState, n: int, phi: float) -> np.ndarray:
    e = rs.standard_normal(n)
    x = np.zeros(n)
    x[0] = e[0]
    for t in range(1, n):
        x[t] = phi * x[t - 1] + math.sqrt(1 - phi * phi) * e[t]
    return x


def county_daily(st: dict[str, dict[str, np.ndarray]], codes: list[str], pol: str) -> np.ndarray:
    """A county's daily value: the mean of its stations' valid values that day (NaN if none)."""
    arr = np.array([st[c][pol] for c in codes])
    valid = ~np.isnan(arr)
    cnt = valid.sum(axis=0)
    s = np.where(valid, arr, 0.0).sum(axis=0)
    return np.where(cnt > 0, s / np.maximum(cnt, 1), np.nan)


def air_stats(daily: dict[str, np.ndarray]) -> dict[str, float]:
    """Annual statistics of a county's daily series, by the profile's station conventions."""

    def valid(v):
        return v[~np.isnan(v)]

    out = {}
    for p in AIR_POLS:
        name = STATISTIC[p]
        out[KEY[p]] = (
            float(np.mean(valid(daily[p])))
            if name.endswith("_annual")
            else hj663_percentile(valid(daily[p]), percentile_of(name))
        )
    limit, op = daily_rule()
    out["days"] = int(np.sum(OPS[op](valid(daily["PM2.5"]), limit)))
    return out


def _base_series(code: str, ci: int, t: np.ndarray) -> dict[str, np.ndarray]:
    n = len(t)
    rs = np.random.RandomState(SEED["air"] * 100 + ci)
    amp, step, sig = PM_SHAPE.get(code, (0.35, 0.0, 0.36))
    winter = np.cos(2 * np.pi * (t - 12) / 365.0)
    heating = 1.0 / (1.0 + np.exp(-(winter - 0.03) / 0.06))  # heating season, Nov to Mar
    pm = np.exp(amp * winter + step * heating + sig * ar1(rs, n, 0.68))
    dust = 0.35 * np.exp(-(((t - 95) / 18.0) ** 2))
    return {
        "PM2.5": pm,
        "PM10": pm * np.exp(dust + 0.12 * ar1(rs, n, 0.5)),
        "SO2": np.exp(0.45 * winter + 0.32 * ar1(rs, n, 0.7)),
        "NO2": np.exp(0.28 * winter + 0.28 * ar1(rs, n, 0.6)),
        "CO": np.exp(0.32 * winter + 0.26 * ar1(rs, n, 0.7)),
        "O3_8h": np.exp(0.50 * np.cos(2 * np.pi * (t - 170) / 365.0) + 0.20 * ar1(rs, n, 0.6)),
    }


def _first_guess(b: np.ndarray, p: str) -> float:
    name = STATISTIC[p]
    return b.mean() if name.endswith("_annual") else np.percentile(b, percentile_of(name))


def _station_values(base, scale, st_factor, st_noise, missing) -> dict[str, dict[str, np.ndarray]]:
    st = {}
    for scode, _name, county, _xy in AIR_STATIONS:
        st[scode] = {}
        for p in AIR_POLS:
            v = base[county][p] * scale[county][p] * st_factor[scode][p] * st_noise[scode][p]
            v = np.round(v, 1) if p == "CO" else np.round(v)
            v = np.maximum(v, 0.1 if p == "CO" else 2.0)
            for d_i, d in enumerate(DATES):
                if (scode, d, p) in missing:
                    v[d_i] = np.nan
            st[scode][p] = v
    return st


def build_air():
    """Station daily series; county targets are met by rescaling (4 passes, deterministic)."""
    n = len(DAYS)
    t = np.arange(n)
    stations_of = {c: [s[0] for s in AIR_STATIONS if s[2] == c] for c in CODES}
    base = {code: _base_series(code, ci, t) for ci, code in enumerate(CODES)}
    # fixed station factors and station noise
    st_factor, st_noise = {}, {}
    for si, (scode, _name, county, _xy) in enumerate(AIR_STATIONS):
        rs = np.random.RandomState(SEED["air"] * 1000 + si)
        k = stations_of[county].index(scode)
        m = len(stations_of[county])
        f = 1.0 + (0.06 * (k - (m - 1) / 2.0) if m > 1 else 0.0)
        st_factor[scode] = {p: f * (1.0 + 0.02 * rs.uniform(-1, 1)) for p in AIR_POLS}
        st_noise[scode] = {p: np.exp(0.05 * rs.standard_normal(n)) for p in AIR_POLS}
    scale = {
        c: {p: AIR_TARGET[c][KEY[p]] / _first_guess(base[c][p], p) for p in AIR_POLS} for c in CODES
    }
    missing = {(s, d, p) for s, lst in MISSING.items() for d, pols in lst for p in pols}
    for _ in range(4):
        st = _station_values(base, scale, st_factor, st_noise, missing)
        for c in CODES:
            s = air_stats({p: county_daily(st, stations_of[c], p) for p in AIR_POLS})
            for p in AIR_POLS:
                scale[c][p] *= AIR_TARGET[c][KEY[p]] / s[KEY[p]]
    return st, stations_of


# ---------------------------------------------------------------------------------------------
# Surface water 2025 (monthly) and climate normals (monthly)
# ---------------------------------------------------------------------------------------------
WATER_POLS = ["do", "codmn", "bod5", "codcr", "nh3n", "tn", "tp"]
W_DECIMALS = {"do": 1, "codmn": 1, "bod5": 1, "codcr": 1, "nh3n": 3, "tn": 2, "tp": 3}
# month of the seasonal peak and relative amplitude
W_SEASON = {
    "do": (1, 0.18),
    "codmn": (7, 0.15),
    "bod5": (7, 0.12),
    "codcr": (7, 0.12),
    "nh3n": (2, 0.22),
    "tn": (3, 0.15),
    "tp": (7, 0.22),
}


def _section_targets(rs: np.random.RandomState, code: str, body: str, r: float, drv: str):
    """Annual mean of every pollutant: the driving one at (1 + R_k) times its limit, the others
    below it (DO inverted: limit / (1 + R_k))."""
    limits = section_limits(body)
    target = {}
    ratio_drv = 1.0 + r
    for p in WATER_POLS:
        if p == "do":
            target[p] = (
                SECTION_DO.get(code, limits[p] / ratio_drv)
                if drv != "do"
                else limits[p] / ratio_drv
            )
            continue
        if p == drv:
            u = 1.0
        elif drv == "do":
            u = rs.uniform(0.55, 0.85)
        else:
            u = rs.uniform(0.45, 0.8)
        if p == "tn" and body == "河流":
            u = min(u, 0.9)  # keep TN below the driver even when TN is applied to rivers
        target[p] = limits[p] * ratio_drv * u
    return target


def build_water():
    monthly = {}
    months = np.arange(1, 13)
    for i, (code, _county, _name, body, _loc, r, drv) in enumerate(WATER_SECTIONS):
        rs = np.random.RandomState(SEED["water"] * 100 + i)
        target = _section_targets(rs, code, body, r, drv)
        monthly[code] = {}
        for p in WATER_POLS:
            peak, amp = W_SEASON[p]
            shape = (1 + amp * np.cos(2 * np.pi * (months - peak) / 12.0)) * (
                1 + 0.07 * rs.standard_normal(12)
            )
            v = target[p] * shape / shape.mean()
            monthly[code][p] = np.round(v, W_DECIMALS[p])
    return monthly


def section_means(monthly) -> dict[str, dict[str, float]]:
    """Annual mean of every pollutant per section, 3 decimals (as written)."""
    return {
        code: {p: float(round(float(np.mean(monthly[code][p])), 3)) for p in WATER_POLS}
        for code, *_ in WATER_SECTIONS
    }


def build_climate_monthly(
    elev_at: dict[str, float], precip_at: dict[str, float], y_at: dict[str, float]
):
    """Monthly mean temperature (−0.6 °C per 100 m) and relative humidity at every air station."""
    rs = np.random.RandomState(SEED["climate"] * 10)
    out = {}
    m = np.arange(1, 13)
    for code, _name, _county, _xy in AIR_STATIONS:
        t = (
            13.0
            - 14.5 * np.cos(2 * np.pi * (m - 1) / 12.0)
            - 0.6 * (elev_at[code] - 40.0) / 100.0
            - 0.03 * (y_at[code] - 20.0)
            + 0.2 * rs.standard_normal(12)
        )
        rh = (
            58.0
            + 17.0 * np.cos(2 * np.pi * (m - 8) / 12.0)
            + 0.012 * (precip_at[code] - 800.0)
            + 1.0 * rs.standard_normal(12)
        )
        out[code] = (np.round(t, 1), np.round(np.clip(rh, 20, 98), 1))
    return out
