"""Ecological degradation patches (生态退化图斑): 水土流失, 土地沙化, 盐渍化 and 石漠化 of four
degrees, with the moderate-or-worse patches of 北岭县 and 河湾县 scaled to the designed health
index H."""

from __future__ import annotations

import math

import numpy as np
from osgeo import ogr

from .design import DESIGN
from .frame import SEED
from .method import counted_severities
from .shapes import blob_ring, ring_polygon

DEG_TYPES = ["水土流失", "土地沙化", "盐渍化", "石漠化"]
DEG_DEGREES = ["轻度", "中度", "重度", "极重度"]
# (type, degree, centre km, radius km, aspect, angle deg, calibration county or ""), by region;
# the order is that of the seeds and of the patch codes
_NORTHERN_MOUNTAINS = [
    ("水土流失", "重度", (24.6, 41.2), 2.6, 1.3, 20, "990125"),
    ("石漠化", "中度", (27.4, 42.9), 2.3, 1.2, -15, "990125"),  # overlaps the one above
    ("水土流失", "极重度", (36.2, 44.0), 1.0, 1.1, 0, "990125"),
    ("水土流失", "中度", (37.6, 39.6), 1.6, 1.4, 60, "990125"),
    ("石漠化", "轻度", (33.4, 46.0), 1.2, 1.5, 10, ""),
]
_NORTH_WESTERN_PLATEAU = [
    ("土地沙化", "中度", (6.0, 43.4), 2.2, 1.4, 35, "990124"),
    ("土地沙化", "重度", (9.8, 45.2), 1.0, 1.3, 0, "990124"),
    ("水土流失", "中度", (15.4, 41.2), 1.5, 1.2, -30, "990124"),
    ("土地沙化", "轻度", (4.6, 38.4), 1.8, 1.3, 70, ""),
]
_ELSEWHERE = [
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
DEG_SPECS = _NORTHERN_MOUNTAINS + _NORTH_WESTERN_PLATEAU + _ELSEWHERE
# per-type area fields of the county tables
DEG_FIELD = {
    "水土流失": "soil_erosion_area",
    "土地沙化": "desertification_area",
    "盐渍化": "salinization_area",
    "石漠化": "rocky_desert_area",
}


def counted(degree: str) -> bool:
    """Whether a patch of this degree counts for the health index (profile: 中度及以上)."""
    return degree in counted_severities()


def _patches(outline_g: ogr.Geometry, scale: dict[str, float]):
    out = []
    for i, (typ, deg, c, r, asp, ang, cal) in enumerate(DEG_SPECS):
        rs = np.random.RandomState(SEED["degradation"] * 100 + i)
        k = scale.get(cal, 1.0) if cal else 1.0
        g = ring_polygon(blob_ring(c[0], c[1], r * k, rs, aspect=asp, angle=math.radians(ang)))
        g = g.Intersection(outline_g)
        out.append((typ, deg, g, cal))
    return out


def _dissolved_share(patches, county: ogr.Geometry) -> float:
    u = None
    for _typ, deg, g, _cal in patches:
        if counted(deg):
            part = g.Intersection(county)
            u = part if u is None else u.Union(part)
    return (u.Area() if u is not None else 0.0) / county.Area()


def build_degradation(outline_g: ogr.Geometry, county_g: dict[str, ogr.Geometry]):
    """Degradation patches (type, degree, geometry, calibration county); radii of the counted
    patches of the calibrated counties are scaled so that the dissolved counted share of the
    county hits the designed health index H."""
    targets = {code: d["H"] for code, d in DESIGN.items() if d["H"] > 0}
    scale: dict[str, float] = {}
    for code, target in sorted(targets.items()):
        lo, hi = 0.3, 3.0
        for _ in range(40):
            mid = 0.5 * (lo + hi)
            if _dissolved_share(_patches(outline_g, {**scale, code: mid}), county_g[code]) < target:
                lo = mid
            else:
                hi = mid
        scale[code] = round(0.5 * (lo + hi), 6)
    return _patches(outline_g, scale)
