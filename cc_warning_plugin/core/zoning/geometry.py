"""Geometry helpers over ``osgeo.ogr`` (GEOS): polygonal parts, unions,
validity with the place GEOS reports, subdivision of large polygons, and a
grid index of envelopes (the plugin's own, so the core needs neither QGIS
nor shapely)."""

import math
from collections import defaultdict
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal, ogr

Envelope = Tuple[float, float, float, float]  # minx, maxx, miny, maxy (OGR order)

_POLY = (ogr.wkbPolygon, ogr.wkbMultiPolygon)


def flat_type(g: ogr.Geometry) -> int:
    return ogr.GT_Flatten(g.GetGeometryType())


def empty_multipolygon() -> ogr.Geometry:
    return ogr.Geometry(ogr.wkbMultiPolygon)


def polygons(g: Optional[ogr.Geometry]) -> List[ogr.Geometry]:
    """The polygons of any geometry (collections searched, lines and points
    dropped, empty parts dropped), as clones."""
    out: List[ogr.Geometry] = []
    if g is None or g.IsEmpty():
        return out
    t = flat_type(g)
    if t == ogr.wkbPolygon:
        out.append(
            ogr.ForceTo(g.Clone(), ogr.wkbPolygon) if g.Is3D() or g.IsMeasured() else g.Clone()
        )
    elif t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            out.extend(polygons(g.GetGeometryRef(i)))
    elif t in (ogr.wkbCurvePolygon, ogr.wkbMultiSurface):
        out.extend(polygons(g.GetLinearGeometry()))
    return [p for p in out if not p.IsEmpty()]


def multipolygon(parts: Iterable[ogr.Geometry]) -> ogr.Geometry:
    mp = empty_multipolygon()
    for p in parts:
        for poly in polygons(p):
            if poly.Is3D():
                poly.FlattenTo2D()
            mp.AddGeometry(poly)
    return mp


def polygonal(g: Optional[ogr.Geometry]) -> ogr.Geometry:
    """The polygonal part of ``g`` as a MultiPolygon (empty if none)."""
    return multipolygon(polygons(g))


def union_all(geoms: Sequence[ogr.Geometry]) -> ogr.Geometry:
    """Union of polygonal geometries (cascaded, GEOS UnaryUnion) as a
    MultiPolygon; empty if ``geoms`` is."""
    parts = [p for g in geoms for p in polygons(g)]
    if not parts:
        return empty_multipolygon()
    if len(parts) == 1:
        return multipolygon(parts)
    return polygonal(multipolygon(parts).UnionCascaded())


def area(g: Optional[ogr.Geometry]) -> float:
    return 0.0 if g is None or g.IsEmpty() else g.GetArea()


def envelope(g: ogr.Geometry) -> Envelope:
    return g.GetEnvelope()


def envelopes_intersect(a: Envelope, b: Envelope) -> bool:
    return a[0] <= b[1] and b[0] <= a[1] and a[2] <= b[3] and b[2] <= a[3]


def rectangle(env: Envelope) -> ogr.Geometry:
    minx, maxx, miny, maxy = env
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((minx, miny), (maxx, miny), (maxx, maxy), (minx, maxy), (minx, miny)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def point_count(g: ogr.Geometry) -> int:
    n = g.GetGeometryCount()
    if n == 0:
        return g.GetPointCount()
    return sum(point_count(g.GetGeometryRef(i)) for i in range(n))


def validity(g: ogr.Geometry) -> Tuple[bool, str]:
    """(valid, the problem GEOS reports — e.g. "Self-intersection at or near
    point 3 4" — or "")."""
    messages: List[str] = []

    def handler(_cls, _no, msg):
        messages.append(msg)

    gdal.PushErrorHandler(handler)
    try:
        ok = bool(g.IsValid())
    finally:
        gdal.PopErrorHandler()
    return ok, "; ".join(messages)


def make_valid(g: ogr.Geometry) -> Optional[ogr.Geometry]:
    """GEOS MakeValid by the "structure" method: the area the rings enclose, so
    a bow-tie becomes its two triangles and overlapping parts their union (the
    default "linework" method keeps the overlap of two parts as a hole). GEOS
    before 3.10 has only the linework method."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        try:
            fixed = g.MakeValid(["METHOD=STRUCTURE"])
        except RuntimeError:  # GEOS < 3.10 (with GDAL exceptions on)
            fixed = None
        return fixed if fixed is not None else g.MakeValid()
    finally:
        gdal.PopErrorHandler()


def repaired(g: ogr.Geometry) -> ogr.Geometry:
    """:func:`make_valid`, keeping the polygonal part."""
    fixed = make_valid(g)
    return polygonal(fixed) if fixed is not None else empty_multipolygon()


def mean_width(g: ogr.Geometry) -> float:
    """2 × area / perimeter: the width of a long strip, the radius of a
    disc; used to find slivers."""
    perimeter = g.Boundary().Length()
    return 2.0 * g.GetArea() / perimeter if perimeter > 0 else 0.0


def subdivide(g: ogr.Geometry, max_vertices: int = 256) -> List[ogr.Geometry]:
    """Cut a polygon into pieces of at most ``max_vertices`` vertices by
    halving its envelope (the longer side) recursively: the pieces tile the
    polygon, and a small geometry intersects a few small pieces instead of
    the whole outline."""
    out: List[ogr.Geometry] = []
    stack = polygons(g)
    while stack:
        poly = stack.pop()
        if point_count(poly) <= max_vertices:
            out.append(poly)
            continue
        minx, maxx, miny, maxy = poly.GetEnvelope()
        if maxx - minx >= maxy - miny:
            mid = (minx + maxx) / 2.0
            halves = ((minx, mid, miny, maxy), (mid, maxx, miny, maxy))
        else:
            mid = (miny + maxy) / 2.0
            halves = ((minx, maxx, miny, mid), (minx, maxx, mid, maxy))
        pieces = [polygons(poly.Intersection(rectangle(h))) for h in halves]
        if sum(point_count(p) for ps in pieces for p in ps) >= 4 * point_count(poly):
            out.append(poly)  # degenerate: stop cutting
            continue
        for ps in pieces:
            stack.extend(ps)
    return out


class GridIndex:
    """Envelopes in the buckets of a regular grid (cell ≈ the typical
    envelope size); :meth:`query` gives the ids whose envelope meets a given
    one. Query cost grows with the cells the query covers, not with the
    number of items."""

    def __init__(self, envelopes: Sequence[Envelope], cell: Optional[float] = None):
        self.env = np.asarray(envelopes, dtype=float).reshape(-1, 4)
        n = len(self.env)
        self.buckets: Dict[Tuple[int, int], List[int]] = defaultdict(list)
        if n == 0:
            self.cell = 1.0
            self.x0 = self.y0 = 0.0
            return
        w = self.env[:, 1] - self.env[:, 0]
        h = self.env[:, 3] - self.env[:, 2]
        if cell is None:
            cell = float(np.median(np.maximum(w, h)))
            extent = max(
                self.env[:, 1].max() - self.env[:, 0].min(),
                self.env[:, 3].max() - self.env[:, 2].min(),
            )
            # not finer than ~4 cells per item on average over the extent
            cell = max(cell, extent / max(1.0, math.sqrt(4.0 * n)), 1e-9)
        self.cell = cell
        self.x0 = float(self.env[:, 0].min())
        self.y0 = float(self.env[:, 2].min())
        for i, (minx, maxx, miny, maxy) in enumerate(self.env):
            for key in self._cells((minx, maxx, miny, maxy)):
                self.buckets[key].append(i)

    def _cells(self, env: Envelope):
        minx, maxx, miny, maxy = env
        c = self.cell
        i0, i1 = int(math.floor((minx - self.x0) / c)), int(math.floor((maxx - self.x0) / c))
        j0, j1 = int(math.floor((miny - self.y0) / c)), int(math.floor((maxy - self.y0) / c))
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                yield i, j

    def __len__(self):
        return len(self.env)

    def query(self, env: Envelope) -> List[int]:
        """Ids (ascending) of the envelopes that meet ``env``."""
        if len(self.env) == 0:
            return []
        minx, maxx, miny, maxy = env
        c = self.cell
        ncells = (math.floor((maxx - self.x0) / c) - math.floor((minx - self.x0) / c) + 1) * (
            math.floor((maxy - self.y0) / c) - math.floor((miny - self.y0) / c) + 1
        )
        if ncells > len(self.buckets):
            cand = np.arange(len(self.env))
        else:
            seen = set()
            for key in self._cells(env):
                bucket = self.buckets.get(key)
                if bucket:
                    seen.update(bucket)
            if not seen:
                return []
            cand = np.fromiter(seen, dtype=np.int64, count=len(seen))
        e = self.env[cand]
        hit = (e[:, 0] <= maxx) & (e[:, 1] >= minx) & (e[:, 2] <= maxy) & (e[:, 3] >= miny)
        return sorted(int(i) for i in cand[hit])


class Pieces:
    """Polygons cut into small pieces (:func:`subdivide`), with the id of
    their feature (``ids``, one per piece) and a grid index of the pieces."""

    def __init__(self, items: Sequence[Tuple[object, ogr.Geometry]], max_vertices: int = 256):
        self.ids: List[object] = []
        self.geoms: List[ogr.Geometry] = []
        for fid, geom in items:
            for piece in subdivide(geom, max_vertices):
                self.ids.append(fid)
                self.geoms.append(piece)
        self.index = GridIndex([g.GetEnvelope() for g in self.geoms])

    def near(self, env) -> List[int]:
        return self.index.query(env)


def shared_boundary_length(a: ogr.Geometry, b: ogr.Geometry, tolerance: float) -> float:
    """Length of the boundary of ``a`` (a part being merged) that lies within
    ``tolerance`` of ``b`` (a neighbour): their shared edge, robust to the
    last digits of coordinates. ``b`` is first clipped to the surroundings
    of ``a``, so a large neighbour costs a clip, not a buffer of its whole
    outline."""
    env = _grow(a.GetEnvelope(), 10 * tolerance)
    if not envelopes_intersect(env, b.GetEnvelope()):
        return 0.0
    near = b.Intersection(rectangle(env)) if point_count(b) > 64 else b
    if near is None or near.IsEmpty():
        return 0.0
    common = a.Boundary().Intersection(near.Buffer(tolerance, 2))
    return line_length(common)


def line_length(g: Optional[ogr.Geometry]) -> float:
    """Total length of the lines in any geometry (points and polygons in a
    collection count 0)."""
    if g is None or g.IsEmpty():
        return 0.0
    t = flat_type(g)
    if t in (ogr.wkbLineString, ogr.wkbMultiLineString, ogr.wkbLinearRing):
        return g.Length()
    if t == ogr.wkbGeometryCollection:
        return sum(line_length(g.GetGeometryRef(i)) for i in range(g.GetGeometryCount()))
    return 0.0


def _grow(env: Envelope, d: float) -> Envelope:
    return env[0] - d, env[1] + d, env[2] - d, env[3] + d


grow = _grow


class LocalFrame:
    """Coordinates relative to a round origin near the data, for checks that
    only measure. Gauss–Krüger coordinates with the zone prefix (x ≈ 3.9·10⁷
    m) leave GEOS about 10⁻⁸ m of resolution, and an overlay of polygons
    sharing computed edges can then come out wrong (an intersection returned
    as lines was seen); shifted to a local origin the same operation is
    right. The shift (a subtraction of nearby numbers) is exact; geometries
    are not shifted back — rounding them to map coordinates again can fold
    spikes narrower than 10⁻⁸ m into self-intersections."""

    def __init__(self, origin_x: float, origin_y: float):
        self.x0 = float(origin_x)
        self.y0 = float(origin_y)
        self._in = self._ct(-self.x0, -self.y0)
        self._out = self._ct(self.x0, self.y0)

    @staticmethod
    def _ct(dx: float, dy: float):
        from osgeo import osr

        opts = osr.CoordinateTransformationOptions()
        opts.SetOperation(f"+proj=affine +xoff={dx!r} +yoff={dy!r}")
        return osr.CreateCoordinateTransformation(None, None, opts)

    @classmethod
    def around(cls, envelopes: Iterable[Envelope], step: float = 1000.0) -> "LocalFrame":
        envs = list(envelopes)
        if not envs:
            return cls(0.0, 0.0)
        minx = min(e[0] for e in envs)
        miny = min(e[2] for e in envs)
        return cls(math.floor(minx / step) * step, math.floor(miny / step) * step)

    def local(self, g: Optional[ogr.Geometry]) -> Optional[ogr.Geometry]:
        if g is None:
            return None
        g = g.Clone()
        if not g.IsEmpty() and (self.x0 or self.y0):
            g.Transform(self._in)
        return g
