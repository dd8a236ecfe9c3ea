#!/usr/bin/env python3
"""Generate the bundled sample data of cc_warning_plugin: the fictional city 示范市 (Shifan).

Usage:
    /usr/bin/python3 scripts/make_sample_data.py [--out DIR]

The default output folder is ``cc_warning_plugin/sample_data`` next to this script's repository root.
The script builds everything in a temporary sibling folder and then swaps it in place of the output
folder, so a failed run leaves the previous data untouched. It never writes anywhere else.

Everything is deterministic: fixed seeds, no time stamps, fixed ordering. Running it twice gives
byte-identical CSV files, identical raster arrays and identical vector features.

Only numpy, the standard library and GDAL/OGR (osgeo) are used; no QGIS, no Qt.
See docs/sample_data.md for what the data contain and which evaluation results they are designed to give.
"""
from __future__ import annotations

import argparse
import csv
import math
import os
import shutil
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "cc_warning_plugin" / "sample_data"
INDICATORS_TOML = REPO / "cc_warning_plugin" / "data" / "indicators.toml"

# ---------------------------------------------------------------------------------------------
# Frame: CRS and grid
# ---------------------------------------------------------------------------------------------
EPSG = 4527                      # CGCS2000 / 3-degree Gauss-Kruger zone 39 (false easting 39 500 000)
X0, Y1 = 39_475_000.0, 4_049_000.0   # upper-left corner of the raster grid
CELL = 200.0                     # raster cell size (m)
NCOLS, NROWS = 300, 240          # 60 km x 48 km
COARSE = 2                       # land-use grid = 2 x 2 raster cells (400 m)
WIDTH_KM, HEIGHT_KM = NCOLS * CELL / 1000.0, NROWS * CELL / 1000.0
F_NODATA = -9999.0
B_NODATA = 255
BASE_YEAR, EVAL_YEAR = 2020, 2025
DT = EVAL_YEAR - BASE_YEAR

# Fixed seeds, one per independent random stream, so changing one part does not shift the others.
SEED = {"outline": 11, "township": 12, "terrain": 13, "climate": 14, "soil": 15, "cover": 16,
        "landuse": 17, "degradation": 18, "air": 19, "water": 20, "zones": 21, "settle": 22}


def to_abs(xk: float, yk: float) -> tuple[float, float]:
    """Local kilometres (origin = lower-left corner of the grid) -> EPSG:4527 metres."""
    return X0 + xk * 1000.0, (Y1 - HEIGHT_KM * 1000.0) + yk * 1000.0


# ---------------------------------------------------------------------------------------------
# Counties: hand-specified identity and design (the design targets are *not* computed from data)
# ---------------------------------------------------------------------------------------------
MFZ_OPT, MFZ_KEY, MFZ_AGRI, MFZ_ECO = "优化开发区域", "重点开发区域", "农产品主产区", "重点生态功能区"

# seed (km), power-diagram weight (km^2), county seat (km), urban radius (km)
COUNTIES = [
    dict(code="990102", name="城关区", en="Chengguan District", mfz=MFZ_OPT, agri="", core=1,
         seed=(33.0, 25.5), w=-75.0, seat=(33.2, 25.2), r_urban=4.6),
    dict(code="990103", name="东港区", en="Donggang District", mfz=MFZ_KEY, agri="", core=0,
         seed=(50.5, 23.0), w=0.0, seat=(48.6, 21.0), r_urban=2.6),
    dict(code="990121", name="湖滨县", en="Hubin County", mfz=MFZ_KEY, agri="", core=0,
         seed=(45.0, 8.0), w=0.0, seat=(42.3, 10.6), r_urban=1.9),
    dict(code="990122", name="南川县", en="Nanchuan County", mfz=MFZ_AGRI, agri="种植业", core=0,
         seed=(24.0, 9.0), w=0.0, seat=(24.5, 10.5), r_urban=1.6),
    dict(code="990123", name="平原县", en="Pingyuan County", mfz=MFZ_AGRI, agri="种植业", core=0,
         seed=(50.0, 38.5), w=0.0, seat=(49.0, 38.0), r_urban=1.7),
    dict(code="990124", name="河湾县", en="Hewan County", mfz=MFZ_AGRI, agri="牧业", core=0,
         seed=(9.0, 40.0), w=0.0, seat=(12.3, 38.7), r_urban=1.1),
    dict(code="990125", name="北岭县", en="Beiling County", mfz=MFZ_ECO, agri="", core=0,
         seed=(29.0, 41.5), w=0.0, seat=(30.6, 35.6), r_urban=1.0),
    dict(code="990126", name="西山县", en="Xishan County", mfz=MFZ_ECO, agri="", core=0,
         seed=(8.0, 18.0), w=0.0, seat=(15.8, 15.4), r_urban=1.1),
]
CODES = [c["code"] for c in COUNTIES]
BY_CODE = {c["code"]: c for c in COUNTIES}

TOWNSHIPS = {
    "990102": ["东关街道", "西关街道", "南门街道", "北门街道"],
    "990103": ["港口街道", "新港街道", "临河镇", "双桥镇"],
    "990121": ["湖滨镇", "莲塘镇", "芦湾乡", "青石乡"],
    "990122": ["南川镇", "稻香镇", "清河乡", "柳林乡", "石桥乡"],
    "990123": ["平原镇", "麦丰镇", "东河乡", "杨庄乡", "高庄乡"],
    "990124": ["河湾镇", "草原乡", "白沙乡"],
    "990125": ["北岭镇", "松林乡", "石门乡", "龙潭乡"],
    "990126": ["西山镇", "云峰乡", "竹坪乡", "鹰嘴乡"],
}


def township_code(county: str, name: str, k_street: int, k_town: int, k_xiang: int) -> str:
    if name.endswith("街道"):
        return f"{county}{k_street:03d}"
    if name.endswith("镇"):
        return f"{county}{100 + k_town:03d}"
    return f"{county}{200 + k_xiang:03d}"


# Design table (hand-specified; see docs/sample_data.md). Classes: 超载 / 临界超载 / 不超载.
OV, CR, NO = "超载", "临界超载", "不超载"
DESIGN = {
    # element classes, black-grey grades, trend components (True = 趋差), trend, load, warning, designed indices
    "990102": dict(land=OV, water=CR, env=OV, eco=NO, special=OV, bg_air="重度", bg_water="重度",
                   eff=True, emis=True, ecoq=False, trend="加剧型", load=OV, warn="红色",
                   D=0.12, W=0.947, G=0.55, R=0.486, H=0.0, note=""),
    "990103": dict(land=NO, water=NO, env=NO, eco=NO, special=CR, bg_air="轻度", bg_water="重度",
                   eff=False, emis=True, ecoq=True, trend="加剧型", load=CR, warn="黄色",
                   D=-0.60, W=0.72, G=0.60, R=-0.350, H=0.0,
                   note="black-grey critical via water 重度 (Den>=800, L>=0.33); a 中度 air grade (>=120 days) "
                        "cannot coexist with an annual PM2.5 <= 0.7*35"),
    "990121": dict(land=NO, water=NO, env=CR, eco=NO, special=NO, bg_air="轻度", bg_water="轻度",
                   eff=True, emis=False, ecoq=True, trend="加剧型", load=CR, warn="黄色",
                   D=-0.55, W=0.70, G=0.50, R=-0.10, H=0.0, note="env critical from lake TP (湖库 sections)"),
    "990122": dict(land=NO, water=CR, env=NO, eco=NO, special=NO, bg_air="", bg_water="",
                   eff=False, emis=False, ecoq=True, trend="趋缓型", load=CR, warn="蓝色",
                   D=-0.60, W=0.76, G=0.947, R=-0.375, H=0.0,
                   note="cropland-quality rule unverified in the spec (grade improved 2020->2025)"),
    "990123": dict(land=NO, water=NO, env=NO, eco=NO, special=NO, bg_air="", bg_water="",
                   eff=False, emis=False, ecoq=False, trend="趋缓型", load=NO, warn="绿色",
                   D=-0.55, W=0.74, G=0.75, R=-0.371, H=0.0,
                   note="cropland-quality rule unverified in the spec (grade unchanged 2020->2025)"),
    "990124": dict(land=CR, water=NO, env=NO, eco=CR, special=CR, bg_air="", bg_water="",
                   eff=True, emis=True, ecoq=True, trend="加剧型", load=OV, warn="红色",
                   D=-0.15, W=0.68, G=0.70, R=-0.350, H=0.075,
                   note="grassland rule unverified in the spec (default 15-30 % -> critical); I_p = 0.22"),
    "990125": dict(land=NO, water=OV, env=NO, eco=OV, special=CR, bg_air="", bg_water="",
                   eff=False, emis=True, ecoq=False, trend="趋缓型", load=OV, warn="橙色",
                   D=-0.70, W=0.78, G=0.84, R=-0.375, H=0.13,
                   note="water overload from 严重超采 flag alone; eco-function rule unverified in the spec "
                        "(index declines 8 %)"),
    "990126": dict(land=NO, water=NO, env=NO, eco=NO, special=NO, bg_air="", bg_water="",
                   eff=False, emis=True, ecoq=True, trend="加剧型", load=NO, warn="绿色",
                   D=-0.70, W=0.62, G=0.50, R=-0.400, H=0.0,
                   note="eco-function rule unverified in the spec (index stable)"),
}
SPECIAL_NAME = {MFZ_OPT: "水气环境黑灰指数", MFZ_KEY: "水气环境黑灰指数", "种植业": "耕地质量变化指数",
                "牧业": "草原草畜平衡指数", MFZ_ECO: "生态系统功能指数"}

# National average annual rates 2020->2025 (%/a), hand-chosen.
NATIONAL = [
    ("land_use_efficiency", "土地资源利用效率变化", 5.0),
    ("water_use_efficiency", "水资源利用效率变化", 5.5),
    ("cod_intensity", "化学需氧量排放强度变化", -8.0),
    ("nh3n_intensity", "氨氮排放强度变化", -8.0),
    ("so2_intensity", "二氧化硫排放强度变化", -10.0),
    ("nox_intensity", "氮氧化物排放强度变化", -9.0),
    ("forest_grass_cover_change", "林草覆盖率变化", 0.5),
]
NAT = {k: v for k, _, v in NATIONAL}

# County rates 2020->2025 (%/a): (land eff, water eff, COD, NH3-N, SO2, NOx intensity, cover), GDP growth.
RATES = {
    "990102": dict(land=3.0, water=4.0, cod=-6.0, nh3n=-5.5, so2=-8.5, nox=-10.5, cover=1.6, gdp=6.0),
    "990103": dict(land=6.2, water=4.2, cod=-6.5, nh3n=-6.0, so2=-7.5, nox=-7.0, cover=-0.6, gdp=7.0),
    "990121": dict(land=3.2, water=4.3, cod=-6.5, nh3n=-6.0, so2=-12.0, nox=-11.0, cover=-0.5, gdp=5.5),
    "990122": dict(land=3.5, water=7.0, cod=-9.5, nh3n=-6.5, so2=-12.0, nox=-11.5, cover=-0.6, gdp=5.0),
    "990123": dict(land=4.0, water=6.8, cod=-10.0, nh3n=-9.5, so2=-12.5, nox=-11.0, cover=1.5, gdp=5.2),
    "990124": dict(land=2.5, water=3.5, cod=-5.0, nh3n=-4.5, so2=-11.5, nox=-6.5, cover=-1.0, gdp=4.5),
    "990125": dict(land=3.0, water=7.5, cod=-6.0, nh3n=-10.0, so2=-7.0, nox=-6.5, cover=1.8, gdp=4.0),
    "990126": dict(land=3.8, water=6.9, cod=-5.5, nh3n=-6.0, so2=-8.0, nox=-7.5, cover=-0.7, gdp=4.8),
}


# ---------------------------------------------------------------------------------------------
# Small numeric helpers
# ---------------------------------------------------------------------------------------------
def gauss_blur(a: np.ndarray, sigma: float) -> np.ndarray:
    """Separable Gaussian blur with reflected edges (plain numpy, deterministic)."""
    r = max(1, int(math.ceil(3 * sigma)))
    k = np.exp(-0.5 * (np.arange(-r, r + 1) / sigma) ** 2)
    k /= k.sum()
    p = np.pad(a, r, mode="reflect")
    tmp = np.array([np.convolve(row, k, mode="valid") for row in p])
    out = np.array([np.convolve(col, k, mode="valid") for col in tmp.T]).T
    return out


def smooth_noise(rs: np.random.RandomState, shape: tuple[int, int], sigma: float) -> np.ndarray:
    """Gaussian-filtered white noise, rescaled to mean 0 and standard deviation 1."""
    n = gauss_blur(rs.standard_normal(shape), sigma)
    return (n - n.mean()) / n.std()


def smoothstep(e0: float, e1: float, x):
    t = np.clip((np.asarray(x, dtype=float) - e0) / (e1 - e0), 0.0, 1.0)
    return t * t * (3 - 2 * t)


def polyline_distance(px: np.ndarray, py: np.ndarray, line: list[tuple[float, float]]) -> np.ndarray:
    """Distance (same units as the inputs) from points to a polyline."""
    d = np.full(px.shape, np.inf)
    for (ax, ay), (bx, by) in zip(line[:-1], line[1:]):
        vx, vy = bx - ax, by - ay
        t = np.clip(((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy), 0.0, 1.0)
        d = np.minimum(d, np.hypot(px - (ax + t * vx), py - (ay + t * vy)))
    return d


def densify(line: list[tuple[float, float]], step: float) -> list[tuple[float, float]]:
    out = []
    for (ax, ay), (bx, by) in zip(line[:-1], line[1:]):
        n = max(1, int(math.ceil(math.hypot(bx - ax, by - ay) / step)))
        out += [(ax + (bx - ax) * i / n, ay + (by - ay) * i / n) for i in range(n)]
    out.append(line[-1])
    return out


def chaikin(line: list[tuple[float, float]], n: int = 3) -> list[tuple[float, float]]:
    for _ in range(n):
        new = [line[0]]
        for (ax, ay), (bx, by) in zip(line[:-1], line[1:]):
            new += [(0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by), (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by)]
        new.append(line[-1])
        line = new
    return line


# ---------------------------------------------------------------------------------------------
# Vector helpers
# ---------------------------------------------------------------------------------------------
def srs_4527() -> osr.SpatialReference:
    s = osr.SpatialReference()
    s.ImportFromEPSG(EPSG)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def ring_polygon(pts_km: list[tuple[float, float]]) -> ogr.Geometry:
    """OGR polygon (EPSG:4527 metres) from a ring of local-km points (not closed)."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in pts_km:
        ring.AddPoint_2D(*to_abs(x, y))
    ring.AddPoint_2D(*to_abs(*pts_km[0]))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def polygon_parts(g: ogr.Geometry) -> list[ogr.Geometry]:
    """Polygon parts of any geometry (drops points/lines from degenerate intersections), from the
    top left down (:func:`top_left`): the order of GEOS's parts differs between GEOS versions."""
    return sorted(_polygon_parts(g), key=top_left)


def _polygon_parts(g: ogr.Geometry) -> list[ogr.Geometry]:
    if g is None or g.IsEmpty():
        return []
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbPolygon:
        return [g.Clone()] if g.Area() > 0 else []
    if t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        out = []
        for i in range(g.GetGeometryCount()):
            out += _polygon_parts(g.GetGeometryRef(i))
        return out
    return []


def top_left(poly: ogr.Geometry) -> tuple[float, float]:
    """Sort key of disjoint polygons, the same whatever the library version: (−y, x) of the leftmost
    of the topmost vertices of the outer ring (to the millimetre)."""
    pts = poly.GetGeometryRef(0).GetPoints()
    top = max(y for _, y in pts)
    return -round(top, 3), round(min(x for x, y in pts if y == top), 3)


def clip_halfplane(poly: list[tuple[float, float]], a: float, b: float, c: float) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: keep the part of a ring with a*x + b*y <= c.

    The same line given with opposite signs (the neighbouring cell) yields bitwise identical
    intersection points on the same edge, because IEEE negation is exact.
    """
    out = []
    n = len(poly)
    for i in range(n):
        px, py = poly[i - 1]
        qx, qy = poly[i]
        fp = (a * px + b * py) - c
        fq = (a * qx + b * qy) - c
        if fq <= 0:
            if fp > 0:
                t = fp / (fp - fq)
                out.append((px + t * (qx - px), py + t * (qy - py)))
            out.append((qx, qy))
        elif fp <= 0:
            t = fp / (fp - fq)
            out.append((px + t * (qx - px), py + t * (qy - py)))
    return out


def power_cells(region: list[tuple[float, float]], seeds: list[tuple[float, float]],
                weights: list[float]) -> list[list[tuple[float, float]]]:
    """Clip a ring into power-diagram (weighted Voronoi) cells; each cell is region ∩ half-planes."""
    cells = []
    for i, (pi, wi) in enumerate(zip(seeds, weights)):
        ring = list(region)
        for j, (pj, wj) in enumerate(zip(seeds, weights)):
            if i == j:
                continue
            a, b = 2 * (pj[0] - pi[0]), 2 * (pj[1] - pi[1])
            c = (pj[0] ** 2 + pj[1] ** 2 - wj) - (pi[0] ** 2 + pi[1] ** 2 - wi)
            ring = clip_halfplane(ring, a, b, c)
            if not ring:
                break
        cells.append(ring)
    return cells


def snap_rings(rings: list[list[tuple[float, float]]], tol: float = 1e-9) -> list[list[tuple[float, float]]]:
    """Make vertices computed twice (once per neighbouring cell) bitwise identical.

    Coordinates are in km; tol = 1e-9 km = 1 µm, far above the floating-point noise of the clipping and
    far below anything that moves an edge. Every vertex is replaced by the first vertex seen within the
    tolerance, then consecutive duplicates are removed.
    """
    reps: dict[tuple[int, int], tuple[float, float]] = {}
    out = []
    for ring in rings:
        new = []
        for x, y in ring:
            kx, ky = int(math.floor(x / tol)), int(math.floor(y / tol))
            hit = None
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    p = reps.get((kx + dx, ky + dy))
                    if p is not None and abs(p[0] - x) <= tol and abs(p[1] - y) <= tol:
                        hit = p
                        break
                if hit:
                    break
            if hit is None:
                hit = (x, y)
                reps[(kx, ky)] = hit
            if not new or new[-1] != hit:
                new.append(hit)
        while len(new) > 1 and new[0] == new[-1]:
            new.pop()
        out.append(new)
    return out


def ring_centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    x = np.array([p[0] for p in ring])
    y = np.array([p[1] for p in ring])
    cr = x * np.roll(y, -1) - np.roll(x, -1) * y
    a = 0.5 * cr.sum()
    return float(((x + np.roll(x, -1)) * cr).sum() / (6 * a)), float(((y + np.roll(y, -1)) * cr).sum() / (6 * a))


def point_in_ring(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i - 1]
        x2, y2 = ring[i]
        if (y1 > y) != (y2 > y):
            xc = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xc > x:
                inside = not inside
    return inside


def blob_ring(cx: float, cy: float, r: float, rs: np.random.RandomState, n: int = 72,
              rough: float = 0.22, aspect: float = 1.0, angle: float = 0.0) -> list[tuple[float, float]]:
    """Irregular star-shaped ring around (cx, cy) (km)."""
    th = np.linspace(0, 2 * np.pi, n, endpoint=False)
    rr = np.ones(n)
    for k in range(2, 7):
        rr += rough / k * rs.uniform(-1, 1) * np.cos(k * th + rs.uniform(0, 2 * np.pi))
    rr = np.clip(rr, 0.45, None) * r
    ex, ey = rr * np.cos(th) * aspect, rr * np.sin(th) / aspect
    ca, sa = math.cos(angle), math.sin(angle)
    return [(round(cx + ca * a - sa * b, 6), round(cy + sa * a + ca * b, 6)) for a, b in zip(ex, ey)]


# ---------------------------------------------------------------------------------------------
# 1. Administrative geometry: city outline, counties (power diagram), townships (Lloyd-relaxed Voronoi)
# ---------------------------------------------------------------------------------------------
def build_outline() -> list[tuple[float, float]]:
    rs = np.random.RandomState(SEED["outline"])
    n = 900
    th = np.linspace(0, 2 * np.pi, n, endpoint=False)
    a, b, p = 29.0, 23.0, 3.2
    base = (np.abs(np.cos(th) / a) ** p + np.abs(np.sin(th) / b) ** p) ** (-1.0 / p)
    mod = np.ones(n)
    for k in range(2, 40):
        amp = 0.07 / k ** 1.0 if k < 8 else 0.016 / k ** 0.5
        mod += amp * rs.uniform(-1, 1) * np.cos(k * th + rs.uniform(0, 2 * np.pi))
    r = base * mod
    x = 30.0 + r * np.cos(th)
    y = 24.0 + r * np.sin(th)
    x = np.clip(x, 0.5, WIDTH_KM - 0.5)
    y = np.clip(y, 0.5, HEIGHT_KM - 0.5)
    return [(round(float(u), 6), round(float(v), 6)) for u, v in zip(x, y)]


def build_admin():
    outline = build_outline()
    seeds = [c["seed"] for c in COUNTIES]
    weights = [c["w"] for c in COUNTIES]
    county_rings = snap_rings(power_cells(outline, seeds, weights))
    for c, ring in zip(COUNTIES, county_rings):
        assert point_in_ring(*c["seat"], ring), f"seat of {c['name']} outside its county"

    rs = np.random.RandomState(SEED["township"])
    town_rings, town_meta = [], []
    for c, ring in zip(COUNTIES, county_rings):
        names = TOWNSHIPS[c["code"]]
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        pts = [c["seat"]]
        while len(pts) < len(names):
            x, y = rs.uniform(min(xs), max(xs)), rs.uniform(min(ys), max(ys))
            if point_in_ring(x, y, ring) and all(math.hypot(x - u, y - v) > 3.0 for u, v in pts):
                pts.append((x, y))
        for _ in range(8):           # Lloyd relaxation, the seat stays put
            cells = power_cells(ring, pts, [0.0] * len(pts))
            pts = [pts[0]] + [ring_centroid(cl) for cl in cells[1:]]
        cells = power_cells(ring, pts, [0.0] * len(pts))
        ks = kt = kx = 0
        for name, cell in zip(names, cells):
            if name.endswith("街道"):
                ks += 1
            elif name.endswith("镇"):
                kt += 1
            else:
                kx += 1
            town_rings.append(cell)
            town_meta.append(dict(code=township_code(c["code"], name, ks, kt, kx), name=name, county=c["code"]))
    snapped = snap_rings(county_rings + town_rings)
    town_rings = snapped[len(county_rings):]
    return outline, county_rings, town_rings, town_meta


# ---------------------------------------------------------------------------------------------
# 2. Physical geography: rivers, lake, terrain, climate (local km coordinates)
# ---------------------------------------------------------------------------------------------
RIVERS = {
    "大河": [(27.0, 47.0), (28.0, 44.0), (29.3, 40.5), (30.0, 37.5), (31.2, 33.5), (32.0, 30.0), (33.8, 27.0),
            (36.5, 24.2), (40.5, 21.8), (44.5, 20.6), (48.0, 18.6), (48.6, 14.5), (47.8, 11.0), (46.6, 8.4)],
    "大河下游": [(49.2, 5.2), (52.0, 3.6), (55.0, 2.6), (58.0, 1.6), (60.0, 1.0)],
    "西河": [(2.5, 26.0), (5.5, 23.5), (9.0, 20.5), (12.5, 17.5), (15.0, 14.6), (20.0, 12.2), (25.0, 11.0),
            (30.0, 9.6), (35.0, 8.2), (39.0, 7.2), (41.6, 6.6)],
    "北河": [(3.0, 45.5), (6.5, 42.5), (10.0, 40.0), (12.5, 38.3), (15.5, 37.5), (19.0, 36.5), (23.0, 35.0),
            (27.0, 33.8), (31.2, 33.5)],
    "东河": [(53.0, 46.5), (51.5, 43.0), (50.3, 40.0), (50.8, 36.0), (52.5, 31.0), (54.5, 26.5), (56.0, 21.5),
            (57.5, 16.5), (59.5, 12.0)],
}
RIVERS = {k: chaikin(v, 3) for k, v in RIVERS.items()}
LAKE = dict(name="镜湖", c=(45.4, 6.6), a=4.1, b=2.2, angle=math.radians(18), level=21.0)
RESERVOIR = dict(name="北岭水库", c=(29.6, 39.6), a=1.4, b=0.55, angle=math.radians(-72))


def ellipse_d(x, y, e) -> np.ndarray:
    """Normalised elliptic distance (<1 inside)."""
    ca, sa = math.cos(e["angle"]), math.sin(e["angle"])
    u = (x - e["c"][0]) * ca + (y - e["c"][1]) * sa
    v = -(x - e["c"][0]) * sa + (y - e["c"][1]) * ca
    return np.hypot(u / e["a"], v / e["b"])


class Grid:
    """Cell-centre coordinates (local km) of the 200 m grid and of the 400 m land-use grid."""

    def __init__(self, factor: int = 1):
        self.cell = CELL * factor
        self.ncols, self.nrows = NCOLS // factor, NROWS // factor
        ck = self.cell / 1000.0
        self.xk = (np.arange(self.ncols) + 0.5) * ck
        self.yk = HEIGHT_KM - (np.arange(self.nrows) + 0.5) * ck
        self.X, self.Y = np.meshgrid(self.xk, self.yk)
        self.gt = (X0, self.cell, 0.0, Y1, 0.0, -self.cell)


def coarse_mean(a: np.ndarray) -> np.ndarray:
    return a.reshape(NROWS // COARSE, COARSE, NCOLS // COARSE, COARSE).mean(axis=(1, 3))


def fine_from_coarse(a: np.ndarray) -> np.ndarray:
    return np.repeat(np.repeat(a, COARSE, axis=0), COARSE, axis=1)


def slope_deg(dem: np.ndarray, cell: float) -> np.ndarray:
    gy, gx = np.gradient(dem, cell)
    return np.degrees(np.arctan(np.hypot(gx, gy)))


def build_terrain(g: Grid):
    rs = np.random.RandomState(SEED["terrain"])
    X, Y = g.X, g.Y
    plain = 22.0 + 0.55 * (WIDTH_KM - X) + 0.75 * Y
    xr = 6.5 + 1.5 * np.sin(Y / 6.5)
    west = 1450.0 * smoothstep(-3, 6, Y) * (1 - smoothstep(29, 37, Y)) * np.where(
        X > xr, np.exp(-((X - xr) / 5.5) ** 2), np.exp(-((X - xr) / 9.0) ** 2))
    yr = 43.0 + 1.2 * np.sin(X / 5.5)
    north = 1500.0 * smoothstep(14, 21, X) * (1 - smoothstep(37, 44, X)) * np.where(
        Y < yr, np.exp(-((Y - yr) / 4.8) ** 2), np.exp(-((Y - yr) / 8.0) ** 2))
    plateau = 820.0 * smoothstep(21, 13, X) * smoothstep(29, 35, Y)
    hills = 160.0 * smoothstep(30, 17, X) * smoothstep(2, 8, Y) + 90.0 * smoothstep(33, 22, X) * smoothstep(27, 37, Y) \
        * smoothstep(45, 38, X)
    ridge = np.maximum(west, north)
    mount = (ridge ** 4 + plateau ** 4 + hills ** 4) ** 0.25
    n_large = smooth_noise(rs, X.shape, 12.0)
    n_mid = smooth_noise(rs, X.shape, 4.0)
    n_fine = smooth_noise(rs, X.shape, 1.6)
    n_hill = smooth_noise(rs, X.shape, 6.0)
    rough = ridge / 1500.0
    elev = plain + mount * (0.85 + 0.22 * n_large) + rough ** 0.7 * (230.0 * n_mid + 120.0 * n_fine) \
        + (plateau / 820.0) * 45.0 * n_mid + (hills / 160.0) * 25.0 * n_hill
    elev = np.maximum(elev, plain * 0.9)
    excess = elev - plain            # scale the relief so that the highest peak is about 1 800 m
    elev = plain + excess * (1780.0 / float(excess.max()))
    # river valleys
    for name, line in RIVERS.items():
        d = polyline_distance(X, Y, line)
        elev -= 0.35 * np.maximum(elev - plain, 0) * np.exp(-(d / 1.1) ** 2) + 3.0 * np.exp(-(d / 0.35) ** 2)
    # lake and reservoir
    dl = ellipse_d(X, Y, LAKE)
    shore = LAKE["level"] + 0.5 + 25.0 * (dl - 1.0)
    elev = np.where(dl < 1.0, LAKE["level"], np.where(dl < 3.0, np.minimum(elev, shore), elev))
    dr = ellipse_d(X, Y, RESERVOIR)
    res_level = float(np.round(elev[dr < 1.0].min(), 1))
    blend = np.where(elev > res_level + 0.5, res_level + 0.5 + (elev - res_level - 0.5) * smoothstep(1.0, 4.5, dr),
                     elev)
    elev = np.where(dr < 1.0, res_level, np.where(dr < 4.5, blend, elev))
    return elev


def build_climate(g: Grid, elev: np.ndarray, inside: np.ndarray):
    rs = np.random.RandomState(SEED["climate"])
    X, Y = g.X, g.Y
    s_raw = -0.78 * X + 0.62 * Y
    lo, hi = s_raw[inside].min(), s_raw[inside].max()
    s = (s_raw - lo) / (hi - lo)
    precip = 1330.0 - 985.0 * s + 30.0 * smooth_noise(rs, X.shape, 15.0)
    accum = 5650.0 - 1.25 * (elev - 22.0) - 9.0 * Y + 25.0 * smooth_noise(rs, X.shape, 10.0)
    return precip, accum


def mem_raster(g: Grid, dtype=gdal.GDT_Byte, fill=0) -> gdal.Dataset:
    ds = gdal.GetDriverByName("MEM").Create("", g.ncols, g.nrows, 1, dtype)
    ds.SetGeoTransform(g.gt)
    ds.SetProjection(srs_4527().ExportToWkt())
    ds.GetRasterBand(1).Fill(fill)
    return ds


def rasterize(geoms: list[ogr.Geometry], values: list[int], g: Grid, all_touched: bool = False) -> np.ndarray:
    """Burn polygons into an int32 grid (cell-centre rule); later geometries overwrite earlier ones."""
    ds = mem_raster(g, gdal.GDT_Int32, 0)
    mds = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = mds.CreateLayer("r", srs_4527(), ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for geom, v in zip(geoms, values):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(geom)
        f.SetField("v", int(v))
        lyr.CreateFeature(f)
    opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(ds, [1], lyr, options=opts)
    return ds.GetRasterBand(1).ReadAsArray()


# ---------------------------------------------------------------------------------------------
# 3. Ecological degradation patches (生态退化图斑)
# ---------------------------------------------------------------------------------------------
DEG_TYPES = ["水土流失", "土地沙化", "盐渍化", "石漠化"]
DEG_DEGREES = ["轻度", "中度", "重度", "极重度"]
MODERATE_UP = {"中度", "重度", "极重度"}
# (type, degree, centre km, radius km, aspect, angle deg, calibration county or "")
DEG_SPECS = [
    ("水土流失", "重度", (24.6, 41.2), 2.6, 1.3, 20, "990125"),
    ("石漠化", "中度", (27.4, 42.9), 2.3, 1.2, -15, "990125"),     # overlaps the patch above on purpose
    ("水土流失", "极重度", (36.2, 44.0), 1.0, 1.1, 0, "990125"),
    ("水土流失", "中度", (37.6, 39.6), 1.6, 1.4, 60, "990125"),
    ("石漠化", "轻度", (33.4, 46.0), 1.2, 1.5, 10, ""),
    ("土地沙化", "中度", (6.0, 43.4), 2.2, 1.4, 35, "990124"),
    ("土地沙化", "重度", (9.8, 45.2), 1.0, 1.3, 0, "990124"),
    ("水土流失", "中度", (15.4, 41.2), 1.5, 1.2, -30, "990124"),
    ("土地沙化", "轻度", (4.6, 38.4), 1.8, 1.3, 70, ""),
    ("水土流失", "中度", (9.0, 12.0), 1.2, 1.2, 45, ""),
    ("水土流失", "轻度", (6.0, 24.0), 2.5, 1.5, 80, ""),
    ("石漠化", "轻度", (4.6, 8.2), 1.5, 1.2, 0, ""),
    ("盐渍化", "轻度", (55.0, 37.0), 1.8, 1.6, 0, ""),
    ("盐渍化", "中度", (56.3, 33.6), 0.8, 1.3, 30, ""),
    ("盐渍化", "中度", (51.6, 10.6), 0.9, 1.2, -20, ""),
    ("盐渍化", "轻度", (38.6, 4.2), 1.5, 1.5, 10, ""),
    ("水土流失", "轻度", (15.0, 6.2), 1.5, 1.3, -40, ""),
    ("盐渍化", "轻度", (56.2, 26.4), 1.0, 1.2, 0, ""),
]
H_TARGET = {code: d["H"] for code, d in DESIGN.items() if d["H"] > 0}


def build_degradation(outline_g: ogr.Geometry, county_g: dict[str, ogr.Geometry]):
    """Degradation patches; radii of the moderate-or-worse patches of 北岭/河湾 are scaled so that the
    dissolved moderate-or-worse share of the county hits the designed health index H."""
    def make(scale: dict[str, float]):
        out = []
        for i, (typ, deg, c, r, asp, ang, cal) in enumerate(DEG_SPECS):
            rs = np.random.RandomState(SEED["degradation"] * 100 + i)
            k = scale.get(cal, 1.0) if cal else 1.0
            g = ring_polygon(blob_ring(c[0], c[1], r * k, rs, aspect=asp, angle=math.radians(ang)))
            g = g.Intersection(outline_g)
            out.append((typ, deg, g, cal))
        return out

    def h_of(patches, code):
        u = None
        for typ, deg, g, cal in patches:
            if deg in MODERATE_UP:
                part = g.Intersection(county_g[code])
                u = part if u is None else u.Union(part)
        return (u.Area() if u is not None else 0.0) / county_g[code].Area()

    scale = {}
    for code, target in sorted(H_TARGET.items()):
        lo, hi = 0.3, 3.0
        for _ in range(40):
            mid = 0.5 * (lo + hi)
            if h_of(make({**scale, code: mid}), code) < target:
                lo = mid
            else:
                hi = mid
        scale[code] = round(0.5 * (lo + hi), 6)
    return make(scale)


# ---------------------------------------------------------------------------------------------
# 4. Land cover (ecosystem codes), land use (三调 first-level classes), soil, vegetation cover
# ---------------------------------------------------------------------------------------------
LC_NAMES = {1: "常绿阔叶林", 2: "常绿针叶林", 3: "针阔混交林", 4: "落叶阔叶林", 5: "落叶针叶林", 6: "稀疏林",
            7: "常绿阔叶灌丛", 8: "落叶阔叶灌丛", 9: "针叶灌丛", 10: "稀疏灌丛", 11: "草甸", 12: "草原", 13: "草丛",
            14: "稀疏草地", 20: "耕地", 30: "城镇建设用地", 31: "农村居民点", 40: "水域", 50: "裸地"}
LC_COLOURS = {1: (0, 100, 0), 2: (0, 80, 60), 3: (60, 130, 40), 4: (80, 170, 60), 5: (100, 120, 80),
              6: (150, 200, 120), 7: (120, 160, 0), 8: (160, 190, 60), 9: (110, 140, 90), 10: (200, 210, 150),
              11: (170, 220, 120), 12: (220, 220, 110), 13: (200, 230, 150), 14: (235, 235, 190), 20: (255, 230, 140),
              30: (220, 40, 40), 31: (240, 130, 110), 40: (60, 130, 220), 50: (200, 190, 170)}
LU_NAMES = {"01": "耕地", "02": "种植园用地", "03": "林地", "04": "草地", "05": "商业服务业用地", "06": "工矿用地",
            "07": "住宅用地", "08": "公共管理与公共服务用地", "09": "特殊用地", "10": "交通运输用地",
            "11": "水域及水利设施用地", "12": "其他土地"}
CONSTRUCTION_LU = ("05", "06", "07", "08", "09", "10")
SOIL_NAMES = {1: ("砂土", "sand"), 2: ("壤砂土", "loamy sand"), 3: ("砂壤土", "sandy loam"), 4: ("壤土", "loam"),
              5: ("粉壤土", "silt loam"), 6: ("粉土", "silt"), 7: ("砂粘壤土", "sandy clay loam"),
              8: ("粘壤土", "clay loam"), 9: ("粉粘壤土", "silty clay loam"), 10: ("砂粘土", "sandy clay"),
              11: ("粉粘土", "silty clay"), 12: ("粘土", "clay"), 13: ("石砾/基岩", "gravel / bedrock")}
G_W, G_U, G_R, G_C, G_O, G_F, G_S, G_G, G_B = range(1, 10)
INDUSTRIAL = [dict(c=(52.6, 19.4), r=1.6), dict(c=(37.8, 22.6), r=1.2)]   # 东港 port zone, 城关 industrial park
RIVER_HALF_WIDTH = 0.3   # km, at the 400 m land-use grid


def build_landcover(gc: Grid, gf: Grid, elev_f, precip_f, sandy_c, sandy_f):
    """Return (group map 400 m, land-use code map 400 m, land-cover map 200 m)."""
    rs = np.random.RandomState(SEED["landuse"])
    X, Y = gc.X, gc.Y
    elev = coarse_mean(elev_f)
    slope = slope_deg(elev, gc.cell)
    precip = coarse_mean(precip_f)
    n1 = smooth_noise(rs, X.shape, 2.0)
    n2 = smooth_noise(rs, X.shape, 3.0)
    n3 = smooth_noise(rs, X.shape, 1.5)
    n4 = smooth_noise(rs, X.shape, 1.2)
    u_rand = rs.uniform(size=X.shape)
    grp = np.zeros(X.shape, dtype=np.int32)

    # natural vegetation first, then agriculture, settlements, water on top
    nat = np.full(X.shape, G_F)
    dry = precip < 560
    nat = np.where(dry, np.where(n2 > 0.9, G_S, G_G), nat)
    alpine = (~dry) & (elev > 1620)
    nat = np.where(alpine, np.where(n3 > 0.3, G_S, G_G), nat)
    steep = (~dry) & (~alpine) & (slope > 20) & (n3 > 0.4)
    nat = np.where(steep, G_S, nat)
    lowhill = (~dry) & (~alpine) & (~steep) & (elev < 350)
    nat = np.where(lowhill, np.where(n2 > 0.2, G_F, np.where(n2 > -0.5, G_S, G_G)), nat)
    mid = (~dry) & (~alpine) & (~steep) & (~lowhill)
    nat = np.where(mid & (n2 < -0.9), G_S, nat)
    bare = (slope > 33) | ((elev > 1650) & (slope > 22)) | (sandy_c & (n4 > 0.6))
    nat = np.where(bare, G_B, nat)
    grp[:] = nat

    crop = (elev < 200) & (slope < 6) & (n1 > -1.7)
    crop |= (elev < 450) & (slope < 4) & (n1 > 0.2)
    crop |= (slope < 4) & (elev < 1100) & (precip > 400) & (n1 > 1.0)
    grp = np.where(crop, G_C, grp)
    orchard = (elev > 90) & (elev < 450) & (slope > 4) & (slope < 14) & (n3 > 0.5)
    grp = np.where(orchard, G_O, grp)

    urban = np.zeros(X.shape, dtype=bool)
    seat_u = np.full(X.shape, np.inf)       # relative distance to the nearest seat (d / r_urban)
    for c in COUNTIES:
        d = np.hypot(X - c["seat"][0], Y - c["seat"][1]) / c["r_urban"]
        seat_u = np.minimum(seat_u, d)
        urban |= d < (1.0 + 0.18 * n3)
    industrial = np.zeros(X.shape, dtype=bool)
    for z in INDUSTRIAL:
        industrial |= np.hypot(X - z["c"][0], Y - z["c"][1]) / z["r"] < (1.0 + 0.15 * n4)
    urban |= industrial
    farm_like = (grp == G_C) | (grp == G_O)
    plain = elev < 320
    p_settle = np.where(plain, 0.055, 0.02)
    rural = farm_like & (u_rand < p_settle) & (seat_u > 1.6)
    grp = np.where(rural, G_R, grp)
    grp = np.where(urban, G_U, grp)

    water = ellipse_d(X, Y, LAKE) < 1.0
    water |= ellipse_d(X, Y, RESERVOIR) < 1.0
    for name, line in RIVERS.items():
        water |= polyline_distance(X, Y, line) < RIVER_HALF_WIDTH
    grp = np.where(water, G_W, grp)

    # 三调 first-level class per 400 m cell
    lu = np.zeros(X.shape, dtype=np.int32)
    for gv, code in ((G_W, 11), (G_C, 1), (G_O, 2), (G_F, 3), (G_S, 3), (G_G, 4), (G_B, 12), (G_R, 7)):
        lu[grp == gv] = code
    um = grp == G_U
    centre = seat_u < 0.3
    ring = (seat_u >= 0.3) & (seat_u < 0.75)
    sub = np.where(centre, np.where(n4 > 0, 5, 8),
                   np.where(ring, np.where(n4 > -0.6, 7, np.where(n3 > 0, 8, 5)), np.where(n4 > -0.2, 7, 6)))
    sub = np.where(industrial & ~centre, 6, sub)
    lu[um] = sub[um]

    # 200 m ecosystem classes
    grp_f = fine_from_coarse(grp)
    sl_f = slope_deg(elev_f, gf.cell)
    e, p = elev_f, precip_f
    lc = np.zeros(grp_f.shape, dtype=np.uint8)
    forest = np.select([sl_f > 28, p < 620, (e < 500) & (p > 850), e < 950, e < 1300, e < 1550],
                       [6, 6, 1, 4, 3, 2], 5)
    shrub = np.select([(p < 560) | (sl_f > 32), e > 1400, (p > 930) & (e < 500)], [10, 9, 7], 8)
    d_river = np.full(e.shape, np.inf)
    for name, line in RIVERS.items():
        d_river = np.minimum(d_river, polyline_distance(gf.X, gf.Y, line))
    grass = np.select([e > 1550, (d_river < 0.7) & (e > 650), (p < 430) | sandy_f, p < 640],
                      [11, 11, 14, 12], 13)
    lc = np.select([grp_f == G_F, grp_f == G_S, grp_f == G_G, (grp_f == G_C) | (grp_f == G_O), grp_f == G_U,
                    grp_f == G_R, grp_f == G_W, grp_f == G_B], [forest, shrub, grass, 20, 30, 31, 40, 50], 0)
    return grp, lu, lc.astype(np.uint8)


def build_soil(gf: Grid, elev, slope, precip, lc):
    rs = np.random.RandomState(SEED["soil"])
    X, Y = gf.X, gf.Y
    ns = smooth_noise(rs, X.shape, 8.0)
    nc = smooth_noise(rs, X.shape, 6.0)
    nz = smooth_noise(rs, X.shape, 3.0)
    silt = 36.0 + 8.0 * ns - 6.0 * smoothstep(300, 1200, elev)
    dl = ellipse_d(X, Y, LAKE)
    clay = 17.0 + 6.0 * nc + 16.0 * np.exp(-np.maximum(dl - 1.0, 0.0) / 0.8) - 8.0 * smoothstep(300, 1200, elev)
    # lacustrine silty clay around the lake
    rim = np.exp(-np.maximum(dl - 1.0, 0.0) / 0.5)
    silt = silt + 12.0 * rim
    clay = clay + 10.0 * rim
    # dry north-west: sandy
    sandy = smoothstep(520, 380, precip)
    silt -= 20.0 * sandy
    clay -= 10.0 * sandy
    # loess-like silty patch (60-80 %) in 南川 and a small very silty patch (>= 80 %) in 平原
    d1 = np.hypot((X - 21.5) / 3.4, (Y - 5.8) / 2.4)
    silt = np.where(d1 < 1.0, np.maximum(silt, 60.5 + 17.0 * np.maximum(1 - d1, 0.0) ** 0.7 + 1.5 * nz), silt)
    d2 = np.hypot((X - 47.6) / 0.9, (Y - 41.6) / 0.7)
    silt = np.where(d2 < 1.0, np.maximum(silt, 81.0 + 6.0 * (1 - d2)), silt)
    clay = np.where((d1 < 1.0) | (d2 < 1.0), np.minimum(clay, 10.0 + 1.5 * nz), clay)
    # a sandy-clay pocket (weathered granite with clay) in the hills of 西山
    d3 = np.hypot((X - 17.0) / 1.6, (Y - 22.5) / 1.2)
    clay = np.where(d3 < 1.0, 38.0 + 3 * nz, clay)
    silt = np.where(d3 < 1.0, 12.0 + 2 * nz, silt)
    silt = np.clip(silt, 3.0, 92.0)
    clay = np.clip(clay, 2.0, 60.0)
    over = np.maximum(silt + clay - 97.0, 0.0)
    clay -= over
    silt = np.round(silt, 1)
    clay = np.round(clay, 1)
    sand = 100.0 - silt - clay
    tex = usda_texture(sand, silt, clay)
    rock = (slope > 30) | ((elev > 1500) & (slope > 20)) | (lc == 50) & (elev > 1000)
    tex = np.where(rock, 13, tex)
    return tex.astype(np.uint8), silt.astype(np.float32)


def usda_texture(sand, silt, clay) -> np.ndarray:
    """USDA soil-texture triangle -> codes 1..12 (see SOIL_NAMES)."""
    conds = [
        (silt + 1.5 * clay < 15),
        (silt + 1.5 * clay >= 15) & (silt + 2 * clay < 30),
        ((clay >= 7) & (clay < 20) & (sand > 52) & (silt + 2 * clay >= 30))
        | ((clay < 7) & (silt < 50) & (silt + 2 * clay >= 30)),
        (clay >= 7) & (clay < 27) & (silt >= 28) & (silt < 50) & (sand <= 52),
        ((silt >= 50) & (clay >= 12) & (clay < 27)) | ((silt >= 50) & (silt < 80) & (clay < 12)),
        (silt >= 80) & (clay < 12),
        (clay >= 20) & (clay < 35) & (silt < 28) & (sand > 45),
        (clay >= 27) & (clay < 40) & (sand > 20) & (sand <= 45),
        (clay >= 27) & (clay < 40) & (sand <= 20),
        (clay >= 35) & (sand > 45),
        (clay >= 40) & (silt >= 40),
        (clay >= 40) & (sand <= 45) & (silt < 40),
    ]
    return np.select(conds, list(range(1, 13)), 4)


def build_veg_cover(gf: Grid, lc, precip, deg_fine):
    rs = np.random.RandomState(SEED["cover"])
    base = {1: 0.86, 2: 0.82, 3: 0.84, 4: 0.80, 5: 0.76, 6: 0.42, 7: 0.70, 8: 0.62, 9: 0.58, 10: 0.30, 11: 0.78,
            12: 0.46, 13: 0.62, 14: 0.15, 20: 0.50, 30: 0.10, 31: 0.24, 40: 0.02, 50: 0.05}
    fc = np.zeros(lc.shape)
    for k, v in base.items():
        fc[lc == k] = v
    wet = smoothstep(350, 1100, precip)
    natural = lc < 20
    fc = np.where(natural, fc * (0.8 + 0.3 * wet), fc)
    fc = fc + 0.06 * smooth_noise(rs, lc.shape, 2.0)
    fc = np.where(deg_fine, fc * 0.6, fc)
    return np.round(np.clip(fc, 0.0, 1.0), 3).astype(np.float32)


# ---------------------------------------------------------------------------------------------
# 5. 三区三线 (ecological red line, permanent basic farmland, urban development boundary)
# ---------------------------------------------------------------------------------------------
Z_ECO, Z_FARM, Z_URBAN = 1, 2, 3


def build_zones(gc: Grid, elev_f, grp):
    """One label raster (so the three layers cannot overlap): urban boundary first, then red line, farmland."""
    rs = np.random.RandomState(SEED["zones"])
    X, Y = gc.X, gc.Y
    elev = coarse_mean(elev_f)
    slope = slope_deg(elev, gc.cell)
    nz = smooth_noise(rs, X.shape, 2.5)
    lab = np.zeros(X.shape, dtype=np.int32)
    urb = np.zeros(X.shape, dtype=bool)
    for c in COUNTIES:
        d = np.hypot(X - c["seat"][0], Y - c["seat"][1])
        urb |= d < c["r_urban"] + 0.9 + 0.6 * nz
    for z in INDUSTRIAL:
        urb |= np.hypot(X - z["c"][0], Y - z["c"][1]) < z["r"] + 0.5
    urb |= grp == G_U
    urb &= ellipse_d(X, Y, LAKE) >= 1.0
    lab[urb] = Z_URBAN
    mountain = (elev > 650) & ((X < 22) | (Y > 33)) & (nz > -0.8)
    eco = mountain & np.isin(grp, [G_F, G_S, G_G, G_B, G_W]) & ~urb
    eco |= (ellipse_d(X, Y, RESERVOIR) < 1.6) & ~urb
    lab[eco] = Z_ECO
    farm = (grp == G_C) & (slope < 8) & (elev < 400) & (nz > -0.9) & (lab == 0)
    lab[farm] = Z_FARM
    return lab


def polygonize(arr: np.ndarray, g: Grid, mask: np.ndarray | None = None) -> list[tuple[int, ogr.Geometry]]:
    """Polygons of equal-valued 4-connected cells, as (value, geometry), in the raster order of their
    first cell (:func:`top_left` is that cell's top-left corner); GDAL's own order changed in 3.7."""
    ds = mem_raster(g, gdal.GDT_Int32, 0)
    ds.GetRasterBand(1).WriteArray(arr.astype(np.int32))
    mds = None
    if mask is not None:
        mds = mem_raster(g, gdal.GDT_Byte, 0)
        mds.GetRasterBand(1).WriteArray(mask.astype(np.uint8))
    vds = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = vds.CreateLayer("p", srs_4527(), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(ds.GetRasterBand(1), mds.GetRasterBand(1) if mds else None, lyr, 0, [])
    out = []
    for f in lyr:
        out.append((f.GetField("v"), f.GetGeometryRef().Clone()))
    return sorted(out, key=lambda vg: top_left(vg[1]))


# ---------------------------------------------------------------------------------------------
# 6. Monitoring points: air stations and surface-water sections
# ---------------------------------------------------------------------------------------------
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
# code, county, name, body type, location (river + fraction of its stretch in the county, or a point), design R_k,
# driving pollutant
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
SECTION_DO = {"9901W01": 7.2, "9901W02": 6.6, "9901W03": 7.6, "9901W07": 7.8, "9901W08": 8.0, "9901W09": 7.9}


def locate_sections(county_rings: dict[str, list]):
    out = {}
    for code, county, name, body, loc, r, drv in WATER_SECTIONS:
        if isinstance(loc[0], str):
            river, frac = loc
            pts = [p for p in densify(RIVERS[river], 0.05) if point_in_ring(p[0], p[1], county_rings[county])]
            assert pts, f"river {river} does not cross county {county}"
            x, y = pts[min(len(pts) - 1, int(round(frac * (len(pts) - 1))))]
        else:
            x, y = loc
        assert point_in_ring(x, y, county_rings[county]), f"section {code} outside county {county}"
        out[code] = (round(x, 4), round(y, 4))
    for code, name, county, (x, y) in AIR_STATIONS:
        assert point_in_ring(x, y, county_rings[county]), f"station {code} outside county {county}"
    return out


# ---------------------------------------------------------------------------------------------
# 7. Daily air quality 2025
# ---------------------------------------------------------------------------------------------
AIR_POLS = ["SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h"]
# County targets: annual means (SO2, NO2, PM10, PM2.5, µg/m³), CO 95th percentile (mg/m³), O3_8h 90th percentile
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
# seasonal log-amplitude and day-to-day log-spread of PM2.5 (the urban core has strong winter episodes)
# (log-amplitude of the seasonal cosine, log-step of the heating season, log-spread)
PM_SHAPE = {"990102": (0.1, 1.4, 0.2), "990103": (0.40, 0.0, 0.38), "990121": (0.45, 0.0, 0.42)}
MISSING = {  # one station with a handful of gaps: (date, pollutants)
    "9901A02": [("2025-02-11", AIR_POLS), ("2025-02-12", AIR_POLS), ("2025-05-06", ["PM10", "PM2.5"]),
                ("2025-07-23", AIR_POLS), ("2025-08-30", ["O3_8h"]), ("2025-08-31", ["O3_8h"])],
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


def hj663_percentile(v: np.ndarray, p: float) -> float:
    """HJ 663-2013: ascending order, k = 1 + (n-1)p/100, linear interpolation (= numpy 'linear')."""
    v = np.sort(v[~np.isnan(v)])
    k = 1 + (len(v) - 1) * p / 100.0
    lo = int(math.floor(k))
    if lo >= len(v):
        return float(v[-1])
    return float(v[lo - 1] + (k - lo) * (v[lo] - v[lo - 1]))


def county_daily(st: dict[str, dict[str, np.ndarray]], codes: list[str], pol: str) -> np.ndarray:
    arr = np.array([st[c][pol] for c in codes])
    valid = ~np.isnan(arr)
    cnt = valid.sum(axis=0)
    s = np.where(valid, arr, 0.0).sum(axis=0)
    return np.where(cnt > 0, s / np.maximum(cnt, 1), np.nan)


def air_stats(daily: dict[str, np.ndarray]) -> dict[str, float]:
    def mean(v):
        return float(np.mean(v[~np.isnan(v)]))
    pm = daily["PM2.5"]
    return dict(SO2=mean(daily["SO2"]), NO2=mean(daily["NO2"]), PM10=mean(daily["PM10"]), PM25=mean(pm),
                CO=hj663_percentile(daily["CO"], 95), O3=hj663_percentile(daily["O3_8h"], 90),
                days=int(np.sum(pm[~np.isnan(pm)] > 75.0)))


def build_air():
    """Station daily series; county targets are met by rescaling (3 passes, deterministic)."""
    n = len(DAYS)
    t = np.arange(n)
    stations_of = {c: [s[0] for s in AIR_STATIONS if s[2] == c] for c in CODES}
    base = {}
    for ci, code in enumerate(CODES):
        rs = np.random.RandomState(SEED["air"] * 100 + ci)
        amp, step, sig = PM_SHAPE.get(code, (0.35, 0.0, 0.36))
        winter = np.cos(2 * np.pi * (t - 12) / 365.0)
        heating = 1.0 / (1.0 + np.exp(-(winter - 0.03) / 0.06))     # heating season, Nov to Mar
        pm = np.exp(amp * winter + step * heating + sig * ar1(rs, n, 0.68))
        dust = 0.35 * np.exp(-((t - 95) / 18.0) ** 2)
        base[code] = {
            "PM2.5": pm,
            "PM10": pm * np.exp(dust + 0.12 * ar1(rs, n, 0.5)),
            "SO2": np.exp(0.45 * winter + 0.32 * ar1(rs, n, 0.7)),
            "NO2": np.exp(0.28 * winter + 0.28 * ar1(rs, n, 0.6)),
            "CO": np.exp(0.32 * winter + 0.26 * ar1(rs, n, 0.7)),
            "O3_8h": np.exp(0.50 * np.cos(2 * np.pi * (t - 170) / 365.0) + 0.20 * ar1(rs, n, 0.6)),
        }
    # fixed station factors and station noise
    st_factor, st_noise = {}, {}
    for si, (scode, name, county, xy) in enumerate(AIR_STATIONS):
        rs = np.random.RandomState(SEED["air"] * 1000 + si)
        k = stations_of[county].index(scode)
        m = len(stations_of[county])
        f = 1.0 + (0.06 * (k - (m - 1) / 2.0) if m > 1 else 0.0)
        st_factor[scode] = {p: f * (1.0 + 0.02 * rs.uniform(-1, 1)) for p in AIR_POLS}
        st_noise[scode] = {p: np.exp(0.05 * rs.standard_normal(n)) for p in AIR_POLS}
    key = {"SO2": "SO2", "NO2": "NO2", "PM10": "PM10", "PM2.5": "PM25", "CO": "CO", "O3_8h": "O3"}
    scale = {c: {p: 1.0 for p in AIR_POLS} for c in CODES}
    for c in CODES:                      # first guess from the base series
        for p in AIR_POLS:
            b = base[c][p]
            cur = {"CO": np.percentile(b, 95), "O3_8h": np.percentile(b, 90)}.get(p, b.mean())
            scale[c][p] = AIR_TARGET[c][key[p]] / cur
    missing = {(s, d, p) for s, lst in MISSING.items() for d, pols in lst for p in pols}
    for _ in range(4):
        st = {}
        for scode, name, county, xy in AIR_STATIONS:
            st[scode] = {}
            for p in AIR_POLS:
                v = base[county][p] * scale[county][p] * st_factor[scode][p] * st_noise[scode][p]
                v = np.round(v, 1) if p == "CO" else np.round(v)
                v = np.maximum(v, 0.1 if p == "CO" else 2.0)
                for d_i, d in enumerate(DATES):
                    if (scode, d, p) in missing:
                        v[d_i] = np.nan
                st[scode][p] = v
        for c in CODES:
            daily = {p: county_daily(st, stations_of[c], p) for p in AIR_POLS}
            s = air_stats(daily)
            for p in AIR_POLS:
                scale[c][p] *= AIR_TARGET[c][key[p]] / s[key[p]]
    return st, stations_of


# ---------------------------------------------------------------------------------------------
# 8. Surface water 2025 (monthly) and climate normals (monthly)
# ---------------------------------------------------------------------------------------------
WATER_POLS = ["do", "codmn", "bod5", "codcr", "nh3n", "tn", "tp"]
CLASS_III = {"do": 5.0, "codmn": 6.0, "bod5": 4.0, "codcr": 20.0, "nh3n": 1.0, "tn": 1.0}
TP_III = {"河流": 0.2, "湖库": 0.05}
W_DECIMALS = {"do": 1, "codmn": 1, "bod5": 1, "codcr": 1, "nh3n": 3, "tn": 2, "tp": 3}
# month of the seasonal peak and relative amplitude
W_SEASON = {"do": (1, 0.18), "codmn": (7, 0.15), "bod5": (7, 0.12), "codcr": (7, 0.12), "nh3n": (2, 0.22),
            "tn": (3, 0.15), "tp": (7, 0.22)}


def limit(pol: str, body: str) -> float:
    return TP_III[body] if pol == "tp" else CLASS_III[pol]


def section_index(means: dict[str, float], body: str, tn_rivers: bool = False) -> float:
    vals = []
    for p in WATER_POLS:
        if p == "tn" and body == "河流" and not tn_rivers:
            continue
        s = limit(p, body)
        vals.append(s / means[p] - 1 if p == "do" else means[p] / s - 1)
    return max(vals)


def build_water():
    monthly = {}
    months = np.arange(1, 13)
    for i, (code, county, name, body, loc, r, drv) in enumerate(WATER_SECTIONS):
        rs = np.random.RandomState(SEED["water"] * 100 + i)
        target = {}
        ratio_drv = 1.0 + r
        for p in WATER_POLS:
            if p == "do":
                target[p] = SECTION_DO.get(code, 5.0 / ratio_drv) if drv != "do" else 5.0 / ratio_drv
                continue
            if p == drv:
                u = 1.0
            elif drv == "do":
                u = rs.uniform(0.55, 0.85)
            else:
                u = rs.uniform(0.45, 0.8)
            if p == "tn" and body == "河流":
                u = min(u, 0.9)          # keep TN below the driver even when TN is applied to rivers
            target[p] = limit(p, body) * ratio_drv * u
        monthly[code] = {}
        for p in WATER_POLS:
            peak, amp = W_SEASON[p]
            shape = (1 + amp * np.cos(2 * np.pi * (months - peak) / 12.0)) * (1 + 0.07 * rs.standard_normal(12))
            v = target[p] * shape / shape.mean()
            monthly[code][p] = np.round(v, W_DECIMALS[p])
    return monthly


def build_climate_monthly(elev_at: dict[str, float], precip_at: dict[str, float], y_at: dict[str, float]):
    rs = np.random.RandomState(SEED["climate"] * 10)
    out = {}
    m = np.arange(1, 13)
    for code, name, county, xy in AIR_STATIONS:
        t = 13.0 - 14.5 * np.cos(2 * np.pi * (m - 1) / 12.0) - 0.6 * (elev_at[code] - 40.0) / 100.0 \
            - 0.03 * (y_at[code] - 20.0) + 0.2 * rs.standard_normal(12)
        rh = 58.0 + 17.0 * np.cos(2 * np.pi * (m - 8) / 12.0) + 0.012 * (precip_at[code] - 800.0) \
            + 1.0 * rs.standard_normal(12)
        out[code] = (np.round(t, 1), np.round(np.clip(rh, 20, 98), 1))
    return out


# ---------------------------------------------------------------------------------------------
# 9. Hand-specified socio-economic inputs (2025) and how the 2020 values are derived
# ---------------------------------------------------------------------------------------------
WATER_QUOTA = {  # 用水总量控制指标 W0, 地下水开采控制指标 G0 (1e4 m³)
    "990102": (32000.0, 5000.0), "990103": (26000.0, 4000.0), "990121": (21000.0, 3000.0),
    "990122": (30000.0, 12000.0), "990123": (34000.0, 14000.0), "990124": (9000.0, 3000.0),
    "990125": (6500.0, 2500.0), "990126": (7000.0, 1500.0),
}
OVERDRAFT = {"990125": "严重超采"}     # others: 无
GDP_2025 = {"990102": 920.0, "990103": 680.0, "990121": 265.0, "990122": 185.0, "990123": 210.0,
            "990124": 96.0, "990125": 72.0, "990126": 88.0}   # 1e8 CNY at constant 2020 prices
EMISSIONS_2025 = {  # COD, NH3-N, SO2, NOx (t)
    "990102": (5200.0, 520.0, 1800.0, 6500.0), "990103": (4300.0, 410.0, 2600.0, 5200.0),
    "990121": (2600.0, 300.0, 700.0, 1900.0), "990122": (3900.0, 460.0, 520.0, 1300.0),
    "990123": (4200.0, 490.0, 610.0, 1500.0), "990124": (2100.0, 260.0, 380.0, 700.0),
    "990125": (800.0, 95.0, 260.0, 420.0), "990126": (900.0, 105.0, 240.0, 450.0),
}
BLACK_WATER = {  # target density Den (m/km²) and severe share L
    "990102": (650.0, 0.35), "990103": (950.0, 0.45), "990121": (120.0, 0.20), "990122": (60.0, 0.0),
    "990123": (80.0, 0.10), "990124": (0.0, 0.0), "990125": (0.0, 0.0), "990126": (40.0, 0.0),
}
CROPLAND_GRADE = {  # 耕地质量平均等别 (1 best ... 15 worst): 2020, 2025
    "990102": (8.40, 8.50), "990103": (8.10, 8.20), "990121": (7.90, 7.90), "990122": (7.62, 7.48),
    "990123": (8.10, 8.10), "990124": (11.20, 11.30), "990125": (10.60, 10.60), "990126": (10.90, 10.80),
}
GRAZING = {  # sheep units per ha of grassland (rated), overload index I_p 2020, 2025
    "990102": (0.6, -0.40, -0.45), "990103": (0.6, -0.35, -0.40), "990121": (0.7, -0.30, -0.32),
    "990122": (0.8, -0.25, -0.28), "990123": (0.8, -0.22, -0.25), "990124": (1.1, 0.12, 0.22),
    "990125": (0.9, -0.20, -0.24), "990126": (0.9, -0.18, -0.20),
}
ECO_FUNCTION = {  # 生态系统功能指数 (0-100 scale): 2020, 2025
    "990102": (41.5, 41.0), "990103": (43.0, 42.2), "990121": (58.5, 57.9), "990122": (52.0, 52.3),
    "990123": (50.5, 51.0), "990124": (55.2, 52.8), "990125": (66.4, 61.1), "990126": (72.3, 72.5),
}
AIR_2020_FACTOR = dict(SO2=1.55, NO2=1.10, PM10=1.16, PM25=1.20, CO=1.12, O3=0.95, days=1.35)
ECO_AREA_2020_FACTOR = {"990124": 0.88, "990125": 1.03}     # others: 1.08 (degradation has receded)


def rate_back(value_e: float, rate_pct: float, gdp_ratio_b_over_e: float, kind: str) -> float:
    """Base-year value from the evaluation-year value and the annual rate of §1.4."""
    f = (1 + rate_pct / 100.0) ** DT
    if kind == "efficiency":          # r = [(X_b/GDP_b)/(X_e/GDP_e)]^(1/DT) - 1
        return value_e * gdp_ratio_b_over_e * f
    if kind == "intensity":           # r = [(E_e/GDP_e)/(E_b/GDP_b)]^(1/DT) - 1
        return value_e * gdp_ratio_b_over_e / f
    if kind == "cover":               # r = (F_e/F_b)^(1/DT) - 1
        return value_e / f
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# 10. Output writers
# ---------------------------------------------------------------------------------------------
def write_tif(path: Path, arr: np.ndarray, dtype, nodata, colours: dict | None = None):
    drv = gdal.GetDriverByName("GTiff")
    pred = "3" if dtype == gdal.GDT_Float32 else "2"
    opts = ["TILED=YES", "BLOCKXSIZE=128", "BLOCKYSIZE=128", "COMPRESS=DEFLATE", "ZLEVEL=9", f"PREDICTOR={pred}"]
    if colours:
        opts = [o for o in opts if not o.startswith("PREDICTOR")]
    ds = drv.Create(str(path), NCOLS, NROWS, 1, dtype, options=opts)
    ds.SetGeoTransform((X0, CELL, 0.0, Y1, 0.0, -CELL))
    ds.SetProjection(srs_4527().ExportToWkt())
    b = ds.GetRasterBand(1)
    b.SetNoDataValue(nodata)
    # The colour table sets the TIFF photometric tag, which GDAL 3.10 refuses to
    # change once pixels are written: every tag goes before the data.
    if colours:
        ct = gdal.ColorTable()
        for k, rgb in colours.items():
            ct.SetColorEntry(int(k), (*rgb, 255))
        b.SetRasterColorTable(ct)
        b.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
    b.WriteArray(arr)
    b.FlushCache()
    ds = None


def write_csv(path: Path, header: list[str], rows: list[list]):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def fmt(v, nd: int | None):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if nd is None:
        return str(v)
    if nd == 0:
        return str(int(round(v)))
    return f"{v:.{nd}f}"


class Gpkg:
    def __init__(self, path: Path):
        # a fixed last_change time stamp keeps the file byte-identical from run to run
        gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-12-31T00:00:00.000Z")
        self.ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        self.srs = srs_4527()

    def layer(self, name: str, gtype, fields: list[tuple[str, int]], title: str, description: str,
              features: list[tuple[ogr.Geometry, dict]]):
        lyr = self.ds.CreateLayer(name, self.srs, gtype, options=[
            "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES", f"IDENTIFIER={title}",
            f"DESCRIPTION={description}"])
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        defn = lyr.GetLayerDefn()
        lyr.StartTransaction()
        for geom, attrs in features:
            f = ogr.Feature(defn)
            for k, v in attrs.items():
                f.SetField(k, v)
            f.SetGeometry(geom)
            lyr.CreateFeature(f)
        lyr.CommitTransaction()

    def close(self):
        self.ds = None
        gdal.SetConfigOption("OGR_CURRENT_DATE", None)


# ---------------------------------------------------------------------------------------------
# 11. Assembly
# ---------------------------------------------------------------------------------------------
SECTION_LEVEL = {"section_id", "section_name", "water_body", "do", "codmn", "bod5", "codcr", "nh3n", "tn", "tp"}
DECIMALS = {
    "unit_code": None, "unit_name": None, "year": None, "mfz_type": None, "core_city": None,
    "constr_land_area": 2, "eval_land_area": 2, "land_threshold_l0": 5, "water_use": 1, "water_quota": 1,
    "gw_use": 1, "gw_quota": 1, "gw_overdraft": None, "so2_annual": 1, "no2_annual": 1, "pm10_annual": 1,
    "pm25_annual": 1, "co_p95": 3, "o3_8h_p90": 1, "pm25_exceed_days": 0, "soil_erosion_area": 2,
    "desertification_area": 2, "salinization_area": 2, "rocky_desert_area": 2, "builtup_area": 2,
    "black_water_length": 0, "severe_black_water_length": 0, "cropland_quality_grade": 2,
    "actual_livestock": 0, "rated_livestock": 0, "eco_function_index": 1, "gdp": 2, "cod_emission": 1,
    "nh3n_emission": 1, "so2_emission": 1, "nox_emission": 1, "forest_grass_cover": 2,
    "agri_type": None,
}
DEG_FIELD = {"水土流失": "soil_erosion_area", "土地沙化": "desertification_area", "盐渍化": "salinization_area",
             "石漠化": "rocky_desert_area"}
ECO_REDLINE_TYPE = {"990125": "水源涵养", "990126": "生物多样性维护", "990124": "防风固沙"}


def load_fields() -> dict:
    with open(INDICATORS_TOML, "rb") as f:
        fields = tomllib.load(f)["fields"]
    per_unit = [k for k in fields if k not in SECTION_LEVEL and "scope" not in fields[k]]
    unknown = [k for k in per_unit if k not in DECIMALS]
    if unknown:
        raise SystemExit(f"indicators.toml has per-unit fields this generator does not fill: {unknown}")
    return fields


def envelopes_overlap(a, b) -> bool:
    return not (a[0] > b[1] or a[1] < b[0] or a[2] > b[3] or a[3] < b[2])


def r5(x: float) -> float:
    return float(round(x, 5))


def build(out: Path) -> dict:
    fields = load_fields()
    per_unit = [k for k in fields if k not in SECTION_LEVEL and "scope" not in fields[k]]
    res = {}

    # --- geometry and grids ---
    outline, county_rings, town_rings, town_meta = build_admin()
    county_ring = dict(zip(CODES, county_rings))
    outline_g = ring_polygon(outline)
    county_g = {c: ring_polygon(r) for c, r in county_ring.items()}
    gf, gc = Grid(1), Grid(COARSE)
    inside = rasterize([outline_g], [1], gf) > 0
    cid_c = rasterize([county_g[c] for c in CODES], list(range(1, 9)), gc)

    # --- physical fields ---
    elev = build_terrain(gf)
    precip, accum = build_climate(gf, elev, inside)
    slope = slope_deg(elev, CELL)
    patches = build_degradation(outline_g, county_g)
    sandy = [g for typ, deg, g, cal in patches if typ == "土地沙化" and deg in MODERATE_UP]
    sandy_f = rasterize(sandy, [1] * len(sandy), gf) > 0
    sandy_c = rasterize(sandy, [1] * len(sandy), gc) > 0
    degm = [g for typ, deg, g, cal in patches if deg in MODERATE_UP]
    deg_f = rasterize(degm, [1] * len(degm), gf) > 0
    grp, lu, lc = build_landcover(gc, gf, elev, precip, sandy_c, sandy_f)
    tex, silt = build_soil(gf, elev, slope, precip, lc)
    fc = build_veg_cover(gf, lc, precip, deg_f)
    zones = build_zones(gc, elev, grp)

    # --- land use polygons, split by county ---
    lu_polys = polygonize(lu, gc)
    landuse_feats, lu_area = [], {c: {} for c in CODES}
    for code in CODES:
        cg = county_g[code]
        env = cg.GetEnvelope()
        k = 0
        for v, g in lu_polys:
            if not envelopes_overlap(g.GetEnvelope(), env):
                continue
            for part in polygon_parts(g.Intersection(cg)):
                k += 1
                lcode = f"{v:02d}"
                landuse_feats.append((part, {"图斑编号": f"{code}{k:05d}", "行政区划代码": code,
                                             "地类编码": lcode, "地类名称": LU_NAMES[lcode]}))
                lu_area[code][lcode] = lu_area[code].get(lcode, 0.0) + part.Area() / 1e6

    # --- 三区三线, split by county like the land use ---
    zone_feats = {Z_ECO: [], Z_FARM: [], Z_URBAN: []}
    zone_polys = [(v, g) for v, g in polygonize(zones, gc, mask=zones > 0) if v == Z_URBAN or g.Area() >= 0.5e6]
    for code in CODES:
        env = county_g[code].GetEnvelope()
        for v, g in zone_polys:
            if envelopes_overlap(g.GetEnvelope(), env):
                for part in polygon_parts(g.Intersection(county_g[code])):
                    if part.Area() >= 0.05e6:
                        zone_feats[v].append((code, part))
    eco_feats = [(g, {"红线编码": f"SFHX{i:03d}", "红线类型": ECO_REDLINE_TYPE.get(c, "水土保持"), "行政区划代码": c})
                 for i, (c, g) in enumerate(zone_feats[Z_ECO], 1)]
    farm_feats = [(g, {"图斑编号": f"SFJB{i:04d}", "行政区划代码": c}) for i, (c, g) in enumerate(zone_feats[Z_FARM], 1)]
    urban_feats = [(g, {"边界编码": f"SFCK{i:02d}", "名称": f"{BY_CODE[c]['name']}城镇开发边界", "行政区划代码": c})
                   for i, (c, g) in enumerate(zone_feats[Z_URBAN], 1)]

    # --- degradation ---
    deg_feats, deg_area, deg_union = [], {c: {f: 0.0 for f in DEG_FIELD.values()} for c in CODES}, {}
    k = 0
    for typ, deg, g, cal in patches:
        for part in polygon_parts(g):
            k += 1
            deg_feats.append((part, {"图斑编号": f"SFTH{k:03d}", "退化类型": typ, "程度": deg}))
        if deg in MODERATE_UP:
            for c in CODES:
                a = g.Intersection(county_g[c]).Area() / 1e6
                deg_area[c][DEG_FIELD[typ]] += a
                if a > 0:
                    inter = g.Intersection(county_g[c])
                    deg_union[c] = inter if c not in deg_union else deg_union[c].Union(inter)

    # --- monitoring points, air, water, climate ---
    sec_xy = locate_sections(county_ring)
    st, stations_of = build_air()
    air_county = {c: air_stats({p: county_daily(st, stations_of[c], p) for p in AIR_POLS}) for c in CODES}
    monthly = build_water()
    sec_mean = {code: {p: float(round(float(np.mean(monthly[code][p])), 3)) for p in WATER_POLS}
                for code, *_ in WATER_SECTIONS}

    def cell_of(x, y):
        return min(NROWS - 1, int((HEIGHT_KM - y) * 1000 / CELL)), min(NCOLS - 1, int(x * 1000 / CELL))
    elev_at, precip_at, y_at = {}, {}, {}
    for code, name, county, (x, y) in AIR_STATIONS:
        i, j = cell_of(x, y)
        elev_at[code], precip_at[code], y_at[code] = float(elev[i, j]), float(precip[i, j]), y
    climate = build_climate_monthly(elev_at, precip_at, y_at)

    # --- county tables ---
    t25, t20 = {}, {}
    for ci, c in enumerate(COUNTIES):
        code = c["code"]
        d, rt = DESIGN[code], RATES[code]
        area = county_g[code].Area() / 1e6
        constr = sum(a for lcode, a in lu_area[code].items() if lcode in CONSTRUCTION_LU)
        area_r, constr_r = round(area, 2), round(constr, 2)
        l0 = r5((constr_r / area_r) / (1 + d["D"]))
        w0, g0 = WATER_QUOTA[code]
        wu, gu = round(w0 * d["W"], 1), round(g0 * d["G"], 1)
        a = air_county[code]
        builtup = round(float(np.sum((grp == G_U) & (cid_c == ci + 1))) * (gc.cell / 1000.0) ** 2 * 0.9, 2)
        den, sev = BLACK_WATER[code]
        blen = round(den * builtup)
        grass_ha = lu_area[code].get("04", 0.0) * 100.0
        su_ha, ip20, ip25 = GRAZING[code]
        rated = round(grass_ha * su_ha)
        fcover = (lu_area[code].get("03", 0.0) + lu_area[code].get("04", 0.0)) / area * 100.0
        cod, nh3n, so2e, noxe = EMISSIONS_2025[code]
        row = dict(unit_code=code, unit_name=c["name"], year=EVAL_YEAR, mfz_type=c["mfz"], core_city=c["core"],
                   constr_land_area=constr_r, eval_land_area=area_r, land_threshold_l0=l0,
                   water_use=wu, water_quota=w0, gw_use=gu, gw_quota=g0, gw_overdraft=OVERDRAFT.get(code, "无"),
                   so2_annual=a["SO2"], no2_annual=a["NO2"], pm10_annual=a["PM10"], pm25_annual=a["PM25"],
                   co_p95=a["CO"], o3_8h_p90=a["O3"], pm25_exceed_days=a["days"],
                   builtup_area=builtup, black_water_length=blen, severe_black_water_length=round(blen * sev),
                   cropland_quality_grade=CROPLAND_GRADE[code][1], actual_livestock=round(rated * (1 + ip25)),
                   rated_livestock=rated, eco_function_index=ECO_FUNCTION[code][1], gdp=GDP_2025[code],
                   cod_emission=cod, nh3n_emission=nh3n, so2_emission=so2e, nox_emission=noxe,
                   forest_grass_cover=round(fcover, 2), agri_type=c["agri"])
        for f in DEG_FIELD.values():
            row[f] = round(deg_area[code][f], 2)
        t25[code] = row
        # base year
        gdp_b = round(GDP_2025[code] / (1 + rt["gdp"] / 100.0) ** DT, 2)
        ratio = gdp_b / GDP_2025[code]
        wu_b = round(rate_back(wu, rt["water"], ratio, "efficiency"), 1)
        constr_b = round(rate_back(constr_r, rt["land"], ratio, "efficiency"), 2)
        eco_f = ECO_AREA_2020_FACTOR.get(code, 1.08)
        b = dict(row)
        b.update(year=BASE_YEAR, constr_land_area=constr_b, water_use=wu_b, gw_use=round(gu * wu_b / wu, 1),
                 so2_annual=a["SO2"] * AIR_2020_FACTOR["SO2"], no2_annual=a["NO2"] * AIR_2020_FACTOR["NO2"],
                 pm10_annual=a["PM10"] * AIR_2020_FACTOR["PM10"], pm25_annual=a["PM25"] * AIR_2020_FACTOR["PM25"],
                 co_p95=a["CO"] * AIR_2020_FACTOR["CO"], o3_8h_p90=a["O3"] * AIR_2020_FACTOR["O3"],
                 pm25_exceed_days=round(a["days"] * AIR_2020_FACTOR["days"]),
                 builtup_area=round(builtup * constr_b / constr_r, 2),
                 black_water_length=round(blen * 1.35),
                 severe_black_water_length=round(round(blen * 1.35) * min(0.9, sev * 1.3)),
                 cropland_quality_grade=CROPLAND_GRADE[code][0], actual_livestock=round(rated * (1 + ip20)),
                 eco_function_index=ECO_FUNCTION[code][0], gdp=gdp_b,
                 cod_emission=round(rate_back(cod, rt["cod"], ratio, "intensity"), 1),
                 nh3n_emission=round(rate_back(nh3n, rt["nh3n"], ratio, "intensity"), 1),
                 so2_emission=round(rate_back(so2e, rt["so2"], ratio, "intensity"), 1),
                 nox_emission=round(rate_back(noxe, rt["nox"], ratio, "intensity"), 1),
                 forest_grass_cover=round(rate_back(row["forest_grass_cover"], rt["cover"], 1.0, "cover"), 2))
        for f in DEG_FIELD.values():
            b[f] = round(row[f] * eco_f, 2)
        t20[code] = b

    res.update(fields=fields, per_unit=per_unit, outline_g=outline_g, county_g=county_g, county_ring=county_ring,
               town_rings=town_rings, town_meta=town_meta, elev=elev, precip=precip, accum=accum, slope=slope,
               inside=inside, lc=lc, tex=tex, silt=silt, fc=fc, landuse_feats=landuse_feats, lu_area=lu_area,
               eco_feats=eco_feats, farm_feats=farm_feats, urban_feats=urban_feats, deg_feats=deg_feats,
               deg_union=deg_union, sec_xy=sec_xy, st=st, stations_of=stations_of, air_county=air_county,
               monthly=monthly, sec_mean=sec_mean, climate=climate, t25=t25, t20=t20)
    return res


def write_all(res: dict, out: Path) -> list[Path]:
    written = []
    fields = res["fields"]

    # --- rasters ---
    inside = res["inside"]

    def fmask(a, nd):
        return np.where(inside, a, F_NODATA).astype(np.float32) if nd is None else \
            np.where(inside, np.round(a, nd), F_NODATA).astype(np.float32)
    rasters = [
        ("dem.tif", fmask(res["elev"], 1), gdal.GDT_Float32, F_NODATA, None),
        ("precip.tif", fmask(res["precip"], 0), gdal.GDT_Float32, F_NODATA, None),
        ("accum_temp.tif", fmask(res["accum"], 0), gdal.GDT_Float32, F_NODATA, None),
        ("soil_texture.tif", np.where(inside, res["tex"], B_NODATA).astype(np.uint8), gdal.GDT_Byte, B_NODATA, None),
        ("silt_content.tif", fmask(res["silt"], 1), gdal.GDT_Float32, F_NODATA, None),
        ("veg_cover.tif", fmask(res["fc"], 3), gdal.GDT_Float32, F_NODATA, None),
        ("landcover.tif", np.where(inside, res["lc"], B_NODATA).astype(np.uint8), gdal.GDT_Byte, B_NODATA,
         LC_COLOURS),
    ]
    for name, arr, dt, nd, col in rasters:
        write_tif(out / name, arr, dt, nd, col)
        written.append(out / name)

    # --- vectors ---
    gp = Gpkg(out / "shifan.gpkg")
    S, INT = ogr.OFTString, ogr.OFTInteger
    gp.layer("county", ogr.wkbPolygon,
             [("行政区划代码", S), ("名称", S), ("name_en", S), ("主体功能区", S), ("农产品主产区类型", S),
              ("是否核心城市主城区", INT)], "县级行政区", "示范市 county-level units (fictional)",
             [(res["county_g"][c["code"]], {"行政区划代码": c["code"], "名称": c["name"], "name_en": c["en"],
                                            "主体功能区": c["mfz"], "农产品主产区类型": c["agri"],
                                            "是否核心城市主城区": c["core"]}) for c in COUNTIES])
    gp.layer("township", ogr.wkbPolygon, [("乡镇代码", S), ("乡镇名称", S), ("行政区划代码", S)], "乡镇街道",
             "示范市 townships and sub-districts",
             [(ring_polygon(r), {"乡镇代码": m["code"], "乡镇名称": m["name"], "行政区划代码": m["county"]})
              for r, m in zip(res["town_rings"], res["town_meta"])])
    gp.layer("eco_redline", ogr.wkbPolygon, [("红线编码", S), ("红线类型", S), ("行政区划代码", S)], "生态保护红线",
             "ecological protection red line", res["eco_feats"])
    gp.layer("farmland_protection", ogr.wkbPolygon, [("图斑编号", S), ("行政区划代码", S)], "永久基本农田",
             "permanent basic farmland", res["farm_feats"])
    gp.layer("urban_boundary", ogr.wkbPolygon, [("边界编码", S), ("名称", S), ("行政区划代码", S)], "城镇开发边界",
             "urban development boundary", res["urban_feats"])
    gp.layer("landuse", ogr.wkbPolygon, [("图斑编号", S), ("行政区划代码", S), ("地类编码", S), ("地类名称", S)],
             "土地利用现状", "land use, 三调 first-level classes (400 m cells, split by county)", res["landuse_feats"])
    gp.layer("degradation", ogr.wkbPolygon, [("图斑编号", S), ("退化类型", S), ("程度", S)], "生态退化图斑",
             "soil erosion, desertification, salinisation and rocky desertification patches", res["deg_feats"])

    def pt(x, y):
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(*to_abs(x, y))
        return g
    gp.layer("air_station", ogr.wkbPoint, [("站点编码", S), ("站点名称", S)], "空气质量监测站点",
             "ambient air quality monitoring stations",
             [(pt(*xy), {"站点编码": code, "站点名称": name}) for code, name, county, xy in AIR_STATIONS])
    gp.layer("water_section", ogr.wkbPoint, [("断面编码", S), ("断面名称", S), ("水体类型", S)], "地表水监测断面",
             "surface-water monitoring sections",
             [(pt(*res["sec_xy"][code]), {"断面编码": code, "断面名称": name, "水体类型": body})
              for code, county, name, body, *_ in WATER_SECTIONS])
    gp.close()
    written.append(out / "shifan.gpkg")

    # --- county tables ---
    zh = {k: fields[k]["name_zh"] for k in fields}
    header = [zh[k] for k in res["per_unit"]]
    for year, table in ((BASE_YEAR, res["t20"]), (EVAL_YEAR, res["t25"])):
        rows = [[fmt(table[c][k], DECIMALS[k]) for k in res["per_unit"]] for c in CODES]
        write_csv(out / f"indicators_{year}.csv", header, rows)
        written.append(out / f"indicators_{year}.csv")

    write_csv(out / "national_rates.csv", ["指标代码", "指标名称", "全国平均年变化率(%)", "基准年", "评价年"],
              [[k, n, f"{v:.1f}", BASE_YEAR, EVAL_YEAR] for k, n, v in NATIONAL])
    written.append(out / "national_rates.csv")

    rows = []
    for code, name, county, xy in AIR_STATIONS:
        s = res["st"][code]
        for i, d in enumerate(DATES):
            rows.append([code, d] + [fmt(float(s[p][i]), 1 if p == "CO" else 0) for p in AIR_POLS])
    write_csv(out / "air_daily_2025.csv", ["站点编码", "日期"] + AIR_POLS, rows)
    written.append(out / "air_daily_2025.csv")

    wz = [zh[p] for p in WATER_POLS]
    rows = []
    for code, *_ in WATER_SECTIONS:
        for m in range(12):
            rows.append([code, m + 1] + [fmt(float(res["monthly"][code][p][m]), W_DECIMALS[p]) for p in WATER_POLS])
    write_csv(out / "water_monthly_2025.csv", [zh["section_id"], "月份"] + wz, rows)
    written.append(out / "water_monthly_2025.csv")

    rows = [[code, name, county, body] + [fmt(res["sec_mean"][code][p], 3) for p in WATER_POLS]
            for code, county, name, body, *_ in WATER_SECTIONS]
    write_csv(out / "water_sections_2025.csv",
              [zh["section_id"], zh["section_name"], zh["unit_code"], zh["water_body"]] + wz, rows)
    written.append(out / "water_sections_2025.csv")

    rows = []
    for code, *_ in AIR_STATIONS:
        t, rh = res["climate"][code]
        for m in range(12):
            rows.append([code, m + 1, f"{t[m]:.1f}", f"{rh[m]:.1f}"])
    write_csv(out / "climate_monthly.csv", ["站点编码", "月份", "月平均气温", "月平均相对湿度"], rows)
    written.append(out / "climate_monthly.csv")

    write_csv(out / "design.csv", DESIGN_HEADER, design_rows())
    written.append(out / "design.csv")

    (out / "README.md").write_text(README, encoding="utf-8")
    written.append(out / "README.md")
    return written


DESIGN_HEADER = ["行政区划代码", "名称", "主体功能区", "农产品主产区类型", "是否核心城市主城区",
                 "土地资源", "土地资源压力指数D设计值", "水资源", "用水总量/控制指标设计值", "地下水/控制指标设计值",
                 "环境", "污染物浓度超标指数R设计值", "生态", "生态系统健康度H设计值",
                 "专项评价类型", "专项评价", "黑灰指数大气分级", "黑灰指数水分级",
                 "资源利用效率", "污染物排放强度", "生态质量", "耗损类型", "超载类型", "预警等级", "备注"]


def design_rows() -> list[list]:
    rows = []
    for c in COUNTIES:
        d = DESIGN[c["code"]]
        special_type = SPECIAL_NAME[c["agri"] or c["mfz"]]
        rows.append([c["code"], c["name"], c["mfz"], c["agri"], c["core"],
                     d["land"], f"{d['D']:.3f}", d["water"], f"{d['W']:.3f}", f"{d['G']:.3f}",
                     d["env"], f"{d['R']:.3f}", d["eco"], f"{d['H']:.3f}",
                     special_type, d["special"], d["bg_air"], d["bg_water"],
                     "趋差" if d["eff"] else "趋良", "趋差" if d["emis"] else "趋良", "趋差" if d["ecoq"] else "趋良",
                     d["trend"], d["load"], d["warn"], d["note"]])
    return rows


README = """# 示范市 (Shifan) sample data

Fictional data for trying and testing cc_warning_plugin: a prefecture-level city with eight county-level
units (codes 9901xx), CRS EPSG:4527 (CGCS2000 / 3-degree Gauss-Kruger zone 39). Nothing here describes a
real place. The files are generated by `scripts/make_sample_data.py`; the full description of every file,
field, unit and code table, and the designed evaluation results (`design.csv`), is in `docs/sample_data.md`
of the source repository.
"""


# ---------------------------------------------------------------------------------------------
# 12. Self-check: the generated data must give the designed classes, with margins
# ---------------------------------------------------------------------------------------------
GB3095_II = dict(SO2=60.0, NO2=40.0, PM10=70.0, PM25=35.0, CO=4.0, O3=160.0)
BG_DAYS = {(MFZ_OPT, 1): (30, 90, 180), (MFZ_OPT, 0): (60, 120, 210), (MFZ_KEY, 1): (60, 120, 210),
           (MFZ_KEY, 0): (120, 180, 240)}


def classify(v: float, over: float, crit: float, over_strict: bool = True, crit_strict: bool = True) -> str:
    if (v > over) if over_strict else (v >= over):
        return OV
    if (v > crit) if crit_strict else (v >= crit):
        return CR
    return NO


def bg_air_grade(days: float, mfz: str, core: int) -> str:
    a, b, c = BG_DAYS[(mfz, core)]
    return "轻度" if days < a else "中度" if days < b else "重度" if days < c else "严重"


def bg_water_grade(den: float, sev: float, mfz: str) -> str:
    lo, hi, l1, l2 = (100, 500, 0.25, 0.5) if mfz == MFZ_OPT else (300, 800, 0.33, 0.66)
    if den < lo:
        return "轻度" if sev < l1 else "中度"
    if den < hi:
        return "轻度" if sev < l1 else "中度" if sev < l2 else "重度"
    return "中度" if sev < l1 else "重度"


def evaluate(res: dict) -> dict:
    """Spec §1.2-1.6 applied to what was written (rounded values). Returns per-county indices and classes."""
    out = {}
    t25, t20 = res["t25"], res["t20"]

    def rv(t, k):
        return float(fmt(t[k], DECIMALS[k]))
    for c in COUNTIES:
        code, e, b = c["code"], t25[c["code"]], t20[c["code"]]
        r = {}
        L = rv(e, "constr_land_area") / rv(e, "eval_land_area")
        r["D"] = (L - rv(e, "land_threshold_l0")) / rv(e, "land_threshold_l0")
        r["land"] = classify(r["D"], 0.0, -0.3, True, False)
        r["W"] = rv(e, "water_use") / rv(e, "water_quota")
        r["G"] = rv(e, "gw_use") / rv(e, "gw_quota")
        if e["gw_overdraft"] not in ("无", "") or r["W"] > 1 or r["G"] > 1:
            r["water"] = OV
        elif r["W"] > 0.9 or r["G"] > 0.9:
            r["water"] = CR
        else:
            r["water"] = NO
        air = {"SO2": rv(e, "so2_annual"), "NO2": rv(e, "no2_annual"), "PM10": rv(e, "pm10_annual"),
               "PM25": rv(e, "pm25_annual"), "CO": rv(e, "co_p95"), "O3": rv(e, "o3_8h_p90")}
        r["R_air"] = max(air[p] / GB3095_II[p] - 1 for p in air)
        secs = [(s[0], s[3]) for s in WATER_SECTIONS if s[1] == code]
        r["R_water"] = float(np.mean([section_index(res["sec_mean"][s], body) for s, body in secs]))
        r["R_water_alt"] = max(float(np.mean([
            (limit(p, body) / res["sec_mean"][s][p] - 1) if p == "do" else (res["sec_mean"][s][p] / limit(p, body) - 1)
            for s, body in secs])) for p in WATER_POLS if p != "tn" or all(body == "湖库" for _, body in secs))
        r["R_water_tn"] = float(np.mean([section_index(res["sec_mean"][s], body, True) for s, body in secs]))
        r["R"] = max(r["R_air"], r["R_water"])
        r["env"] = classify(r["R"], 0.0, -0.2, True, True)
        area = rv(e, "eval_land_area")
        r["H"] = (res["deg_union"][code].Area() / 1e6 / area) if code in res["deg_union"] else 0.0
        r["H_fields"] = sum(rv(e, f) for f in DEG_FIELD.values()) / area
        r["eco"] = classify(r["H"], 0.10, 0.05)
        r["eco_fields"] = classify(r["H_fields"], 0.10, 0.05)
        # special
        kind = c["agri"] or c["mfz"]
        if kind in (MFZ_OPT, MFZ_KEY):
            r["days"] = rv(e, "pm25_exceed_days")
            r["Den"] = rv(e, "black_water_length") / rv(e, "builtup_area")
            r["Lsev"] = rv(e, "severe_black_water_length") / max(rv(e, "black_water_length"), 1e-9)
            ga, gw = bg_air_grade(r["days"], c["mfz"], c["core"]), bg_water_grade(r["Den"], r["Lsev"], c["mfz"])
            r["bg"] = (ga, gw)
            if ga == "严重" or (ga == "重度" and gw == "重度"):
                r["special"] = OV
            elif ga == "重度" or gw == "重度" or (ga == "中度" and gw == "中度"):
                r["special"] = CR
            else:
                r["special"] = NO
        elif kind == "牧业":
            r["Ip"] = rv(e, "actual_livestock") / rv(e, "rated_livestock") - 1
            r["special"] = classify(r["Ip"], 0.30, 0.15)
        else:
            r["special"] = DESIGN[code]["special"]      # cropland quality / eco function: rule unverified
        # trend

        def eff(k):
            return ((rv(b, k) / rv(b, "gdp")) / (rv(e, k) / rv(e, "gdp"))) ** (1 / DT) * 100 - 100

        def inten(k):
            return ((rv(e, k) / rv(e, "gdp")) / (rv(b, k) / rv(b, "gdp"))) ** (1 / DT) * 100 - 100
        r["rates"] = dict(land=eff("constr_land_area"), water=eff("water_use"), cod=inten("cod_emission"),
                          nh3n=inten("nh3n_emission"), so2=inten("so2_emission"), nox=inten("nox_emission"),
                          cover=((rv(e, "forest_grass_cover") / rv(b, "forest_grass_cover")) ** (1 / DT) - 1) * 100)
        rr = r["rates"]
        r["eff"] = rr["land"] < NAT["land_use_efficiency"] and rr["water"] < NAT["water_use_efficiency"]
        r["emis"] = sum([rr["cod"] > NAT["cod_intensity"], rr["nh3n"] > NAT["nh3n_intensity"],
                         rr["so2"] > NAT["so2_intensity"], rr["nox"] > NAT["nox_intensity"]]) >= 3
        r["ecoq"] = rr["cover"] < NAT["forest_grass_cover_change"]
        r["trend"] = "加剧型" if (r["eff"] + r["emis"] + r["ecoq"]) >= 2 else "趋缓型"
        cl = [r["land"], r["water"], r["env"], r["eco"], r["special"]]
        r["load"] = OV if cl.count(OV) >= 1 or cl.count(CR) >= 2 else CR if cl.count(CR) == 1 else NO
        r["warn"] = {(OV, "加剧型"): "红色", (OV, "趋缓型"): "橙色", (CR, "加剧型"): "黄色",
                     (CR, "趋缓型"): "蓝色"}.get((r["load"], r["trend"]), "绿色")
        out[code] = r
    return out


def check_design(res: dict) -> dict:
    ev = evaluate(res)
    problems = []

    def margin(name, code, v, breaks):
        for t in breaks:
            if abs(v - t) < 0.05 * max(abs(t), 0.1):
                problems.append(f"{code} {name}={v:.4f} within 5 % of threshold {t}")
    for c in COUNTIES:
        code, d, r = c["code"], DESIGN[c["code"]], ev[c["code"]]
        for k in ("land", "water", "env", "eco", "special", "eff", "emis", "ecoq", "trend", "load", "warn"):
            if r[k] != d[k]:
                problems.append(f"{code} {k}: designed {d[k]}, computed {r[k]}")
        if r["eco_fields"] != d["eco"]:
            problems.append(f"{code} eco from table fields: {r['eco_fields']}")
        if classify(max(r["R_air"], r["R_water_alt"]), 0, -0.2) != d["env"]:
            problems.append(f"{code} env with mean-then-max water aggregation differs")
        if classify(max(r["R_air"], r["R_water_tn"]), 0, -0.2) != d["env"]:
            problems.append(f"{code} env with TN applied to rivers differs")
        if d["bg_air"] and r["bg"] != (d["bg_air"], d["bg_water"]):
            problems.append(f"{code} black-grey grades {r['bg']} != designed {(d['bg_air'], d['bg_water'])}")
        margin("D", code, r["D"], [0.0, -0.3])
        margin("W", code, r["W"], [0.9, 1.0])
        margin("G", code, r["G"], [0.9, 1.0])
        margin("R", code, r["R"], [0.0, -0.2])
        margin("R_water", code, r["R_water"], [0.0, -0.2])
        margin("H", code, r["H"], [0.05, 0.10])
        margin("H_fields", code, r["H_fields"], [0.05, 0.10])
        if "days" in r:
            margin("days", code, r["days"], list(BG_DAYS[(c["mfz"], c["core"])]))
            lo, hi = (100, 500) if c["mfz"] == MFZ_OPT else (300, 800)
            margin("Den", code, r["Den"], [lo, hi])
            margin("Lsev", code, r["Lsev"], [0.25, 0.5] if c["mfz"] == MFZ_OPT else [0.33, 0.66])
        if "Ip" in r:
            margin("Ip", code, r["Ip"], [0.15, 0.30])
        for k, nk in (("land", "land_use_efficiency"), ("water", "water_use_efficiency"), ("cod", "cod_intensity"),
                      ("nh3n", "nh3n_intensity"), ("so2", "so2_intensity"), ("nox", "nox_intensity"),
                      ("cover", "forest_grass_cover_change")):
            if abs(r["rates"][k] - NAT[nk]) < 0.9:
                problems.append(f"{code} rate {k}={r['rates'][k]:.2f} too close to national {NAT[nk]}")
        if d["land"] == NO and r["D"] > -0.4:
            problems.append(f"{code} D={r['D']:.3f} should be <= -0.4")
        if d["env"] == NO and r["R"] > -0.3:
            problems.append(f"{code} R={r['R']:.3f} should be <= -0.3")
        if d["eco"] == NO and r["H"] > 0.03:
            problems.append(f"{code} H={r['H']:.3f} should be <= 0.03")
        if d["water"] == NO and (r["W"] > 0.8 or r["G"] > 0.8):
            problems.append(f"{code} W or G above 0.8 of quota")
    if problems:
        raise SystemExit("design check failed:\n  " + "\n  ".join(problems))
    return ev


# ---------------------------------------------------------------------------------------------
# 13. Command line
# ---------------------------------------------------------------------------------------------
EXPECTED = {"shifan.gpkg", "dem.tif", "precip.tif", "accum_temp.tif", "soil_texture.tif", "silt_content.tif",
            "veg_cover.tif", "landcover.tif", "indicators_2020.csv", "indicators_2025.csv", "national_rates.csv",
            "air_daily_2025.csv", "water_monthly_2025.csv", "water_sections_2025.csv", "climate_monthly.csv",
            "design.csv", "README.md"}


def generate(out: Path) -> tuple[list[Path], dict]:
    out = out.resolve()
    if out.exists():
        if not out.is_dir():
            raise SystemExit(f"{out} exists and is not a folder")
        foreign = sorted(p.name for p in out.iterdir() if p.name not in EXPECTED)
        if foreign:
            raise SystemExit(f"{out} holds files this generator did not write ({', '.join(foreign[:5])}); "
                             "refusing to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)          # mkdtemp makes 0700; the data folder is an ordinary folder
    old = None
    try:
        res = build(tmp)
        ev = check_design(res)
        files = write_all(res, tmp)
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.rmdir(old)
            os.rename(out, old)
        os.rename(tmp, out)
        tmp = None
    finally:
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp)
        if old is not None and old.exists():
            shutil.rmtree(old)
    return [out / f.name for f in files], ev


def summary(ev: dict) -> str:
    lines = ["county    D(design/calc)   W/W0    G/G0    R(design/calc)   H(design/calc)  load   warning"]
    for c in COUNTIES:
        d, r = DESIGN[c["code"]], ev[c["code"]]
        lines.append(f"{c['name']}  {d['D']:+.3f}/{r['D']:+.3f}  {r['W']:.3f}  {r['G']:.3f}  "
                     f"{d['R']:+.3f}/{r['R']:+.3f}  {d['H']:.3f}/{r['H']:.3f}  {r['load']}  {r['warn']}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (replaced as a whole)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    files, ev = generate(Path(args.out))
    for f in files:
        print(f"wrote {f} ({f.stat().st_size:,} bytes)")
    print(summary(ev))
    print(f"done in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
