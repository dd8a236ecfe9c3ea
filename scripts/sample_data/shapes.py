"""Vector shapes in local kilometres: rings, power-diagram cells that share their edges vertex for
vertex, irregular blobs, and their OGR polygons in EPSG:4527 metres."""

from __future__ import annotations

import math

import numpy as np
from osgeo import ogr

from .frame import to_abs


def densify(line: list[tuple[float, float]], step: float) -> list[tuple[float, float]]:
    out = []
    for (ax, ay), (bx, by) in zip(line[:-1], line[1:], strict=True):
        n = max(1, int(math.ceil(math.hypot(bx - ax, by - ay) / step)))
        out += [(ax + (bx - ax) * i / n, ay + (by - ay) * i / n) for i in range(n)]
    out.append(line[-1])
    return out


def chaikin(line: list[tuple[float, float]], n: int = 3) -> list[tuple[float, float]]:
    for _ in range(n):
        new = [line[0]]
        for (ax, ay), (bx, by) in zip(line[:-1], line[1:], strict=True):
            new += [
                (0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by),
                (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by),
            ]
        new.append(line[-1])
        line = new
    return line


def ring_polygon(pts_km: list[tuple[float, float]]) -> ogr.Geometry:
    """OGR polygon (EPSG:4527 metres) from a ring of local-km points (not closed)."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in pts_km:
        ring.AddPoint_2D(*to_abs(x, y))
    ring.AddPoint_2D(*to_abs(*pts_km[0]))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def point(x: float, y: float) -> ogr.Geometry:
    """OGR point (EPSG:4527 metres) from local km."""
    g = ogr.Geometry(ogr.wkbPoint)
    g.AddPoint_2D(*to_abs(x, y))
    return g


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
    """Sort key of disjoint polygons, the same whatever the library version: (−y, x) of the
    leftmost of the topmost vertices of the outer ring (to the millimetre)."""
    pts = poly.GetGeometryRef(0).GetPoints()
    top = max(y for _, y in pts)
    return -round(top, 3), round(min(x for x, y in pts if y == top), 3)


def envelopes_overlap(a, b) -> bool:
    return not (a[0] > b[1] or a[1] < b[0] or a[2] > b[3] or a[3] < b[2])


def clip_halfplane(
    poly: list[tuple[float, float]], a: float, b: float, c: float
) -> list[tuple[float, float]]:
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


def power_cells(
    region: list[tuple[float, float]], seeds: list[tuple[float, float]], weights: list[float]
) -> list[list[tuple[float, float]]]:
    """Clip a ring into power-diagram (weighted Voronoi) cells: region ∩ half-planes."""
    cells = []
    for i, (pi, wi) in enumerate(zip(seeds, weights, strict=True)):
        ring = list(region)
        for j, (pj, wj) in enumerate(zip(seeds, weights, strict=True)):
            if i == j:
                continue
            a, b = 2 * (pj[0] - pi[0]), 2 * (pj[1] - pi[1])
            c = (pj[0] ** 2 + pj[1] ** 2 - wj) - (pi[0] ** 2 + pi[1] ** 2 - wi)
            ring = clip_halfplane(ring, a, b, c)
            if not ring:
                break
        cells.append(ring)
    return cells


def _snap_vertex(
    reps: dict[tuple[int, int], tuple[float, float]], x: float, y: float, tol: float
) -> tuple[float, float]:
    kx, ky = int(math.floor(x / tol)), int(math.floor(y / tol))
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            p = reps.get((kx + dx, ky + dy))
            if p is not None and abs(p[0] - x) <= tol and abs(p[1] - y) <= tol:
                return p
    reps[(kx, ky)] = (x, y)
    return (x, y)


def snap_rings(
    rings: list[list[tuple[float, float]]], tol: float = 1e-9
) -> list[list[tuple[float, float]]]:
    """Make vertices computed twice (once per neighbouring cell) bitwise identical.

    Coordinates are in km; tol = 1e-9 km = 1 µm, far above the floating-point noise of the clipping
    and far below anything that moves an edge. Every vertex is replaced by the first vertex seen
    within the tolerance, then consecutive duplicates are removed.
    """
    reps: dict[tuple[int, int], tuple[float, float]] = {}
    out = []
    for ring in rings:
        new = []
        for x, y in ring:
            hit = _snap_vertex(reps, x, y, tol)
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
    return (
        float(((x + np.roll(x, -1)) * cr).sum() / (6 * a)),
        float(((y + np.roll(y, -1)) * cr).sum() / (6 * a)),
    )


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


def blob_ring(
    cx: float,
    cy: float,
    r: float,
    rs: np.random.RandomState,
    n: int = 72,
    rough: float = 0.22,
    aspect: float = 1.0,
    angle: float = 0.0,
) -> list[tuple[float, float]]:
    """Irregular star-shaped ring around (cx, cy) (km)."""
    th = np.linspace(0, 2 * np.pi, n, endpoint=False)
    rr = np.ones(n)
    for k in range(2, 7):
        rr += rough / k * rs.uniform(-1, 1) * np.cos(k * th + rs.uniform(0, 2 * np.pi))
    rr = np.clip(rr, 0.45, None) * r
    ex, ey = rr * np.cos(th) * aspect, rr * np.sin(th) / aspect
    ca, sa = math.cos(angle), math.sin(angle)
    return [
        (round(cx + ca * a - sa * b, 6), round(cy + sa * a + ca * b, 6))
        for a, b in zip(ex, ey, strict=True)
    ]
