"""Administrative geometry: the city outline, the counties (cells of a power diagram clipped to the
outline) and the townships (Lloyd-relaxed Voronoi cells of each county)."""

from __future__ import annotations

import math

import numpy as np

from .counties import COUNTIES, TOWNSHIPS, township_code
from .frame import HEIGHT_KM, SEED, WIDTH_KM
from .shapes import point_in_ring, power_cells, ring_centroid, snap_rings


def build_outline() -> list[tuple[float, float]]:
    rs = np.random.RandomState(SEED["outline"])
    n = 900
    th = np.linspace(0, 2 * np.pi, n, endpoint=False)
    a, b, p = 29.0, 23.0, 3.2
    base = (np.abs(np.cos(th) / a) ** p + np.abs(np.sin(th) / b) ** p) ** (-1.0 / p)
    mod = np.ones(n)
    for k in range(2, 40):
        amp = 0.07 / k**1.0 if k < 8 else 0.016 / k**0.5
        mod += amp * rs.uniform(-1, 1) * np.cos(k * th + rs.uniform(0, 2 * np.pi))
    r = base * mod
    x = 30.0 + r * np.cos(th)
    y = 24.0 + r * np.sin(th)
    x = np.clip(x, 0.5, WIDTH_KM - 0.5)
    y = np.clip(y, 0.5, HEIGHT_KM - 0.5)
    return [(round(float(u), 6), round(float(v), 6)) for u, v in zip(x, y, strict=True)]


def _township_seeds(
    rs: np.random.RandomState, seat: tuple[float, float], ring: list, n: int
) -> list:
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    pts = [seat]
    while len(pts) < n:
        x, y = rs.uniform(min(xs), max(xs)), rs.uniform(min(ys), max(ys))
        if point_in_ring(x, y, ring) and all(math.hypot(x - u, y - v) > 3.0 for u, v in pts):
            pts.append((x, y))
    for _ in range(8):  # Lloyd relaxation, the seat stays put
        cells = power_cells(ring, pts, [0.0] * len(pts))
        pts = [pts[0]] + [ring_centroid(cl) for cl in cells[1:]]
    return pts


def build_admin():
    """(outline ring, county rings in COUNTIES order, township rings, township attributes)."""
    outline = build_outline()
    seeds = [c["seed"] for c in COUNTIES]
    weights = [c["w"] for c in COUNTIES]
    county_rings = snap_rings(power_cells(outline, seeds, weights))
    for c, ring in zip(COUNTIES, county_rings, strict=True):
        assert point_in_ring(*c["seat"], ring), f"seat of {c['name']} outside its county"

    rs = np.random.RandomState(SEED["township"])
    town_rings, town_meta = [], []
    for c, ring in zip(COUNTIES, county_rings, strict=True):
        names = TOWNSHIPS[c["code"]]
        pts = _township_seeds(rs, c["seat"], ring, len(names))
        cells = power_cells(ring, pts, [0.0] * len(pts))
        ks = kt = kx = 0
        for name, cell in zip(names, cells, strict=True):
            if name.endswith("街道"):
                ks += 1
            elif name.endswith("镇"):
                kt += 1
            else:
                kx += 1
            town_rings.append(cell)
            town_meta.append(
                dict(code=township_code(c["code"], name, ks, kt, kx), name=name, county=c["code"])
            )
    snapped = snap_rings(county_rings + town_rings)
    town_rings = snapped[len(county_rings) :]
    return outline, county_rings, town_rings, town_meta
