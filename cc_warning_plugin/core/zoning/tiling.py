"""The gap/overlap check of a set of control units against a boundary
layer: no two units overlap, no unit reaches outside the boundary, and the
units cover every boundary polygon — each within a tolerance (m²).

Large polygons are first cut into pieces of a few hundred vertices
(:func:`geometry.subdivide`); overlaps, gaps and overshoots are then found
between pieces whose envelopes meet (a grid index), so the cost grows with
the number of vertices, not with the square of the number of units.
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from osgeo import ogr

from ..errors import CCError
from ..i18n import tr
from ..progress import as_progress
from .geometry import GridIndex, LocalFrame, Pieces, polygons, union_all

MAX_LISTED = 20


@dataclass
class Place:
    """One problem: kind ("overlap", "gap", "outside"), the ids concerned,
    its area (m²) and a point inside it."""

    kind: str
    ids: Tuple[str, ...]
    area_m2: float
    x: float
    y: float

    def describe(self) -> str:
        if self.kind == "overlap":
            text = tr("units {a} and {b} overlap by {area:.2f} m² near ({x:.1f}, {y:.1f})")
            return text.format(a=self.ids[0], b=self.ids[1], area=self.area_m2, x=self.x, y=self.y)
        if self.kind == "gap":
            text = tr(
                "{area:.2f} m² of boundary polygon {a} is in no unit, near ({x:.1f}, {y:.1f})"
            )
        else:
            text = tr(
                "{area:.2f} m² of unit {a} lies outside the boundary layer, near ({x:.1f}, {y:.1f})"
            )
        return text.format(a=self.ids[0], area=self.area_m2, x=self.x, y=self.y)


class TilingError(CCError):
    """Units with gaps, overlaps or parts outside the boundary."""

    def __init__(self, message: str, places: List[Place]):
        self.places = places
        super().__init__(message)


def describe_places(places: Sequence[Place]) -> str:
    lines = [p.describe() for p in places[:MAX_LISTED]]
    if len(places) > MAX_LISTED:
        lines.append(tr("… and {n} more").format(n=len(places) - MAX_LISTED))
    return "; ".join(lines)


def _point(g: ogr.Geometry) -> Tuple[float, float]:
    p = g.PointOnSurface()
    if p is None or p.IsEmpty():
        p = g.Centroid()
    return p.GetX(), p.GetY()


def _add(acc: Dict, key, amount: float, where: int) -> None:
    """Sum ``amount`` under ``key``, remembering the piece with the most."""
    entry = acc.setdefault(key, [0.0, 0.0, -1])
    entry[0] += amount
    if amount > entry[1]:
        entry[1], entry[2] = amount, where


def _covered(g: ogr.Geometry, others: Sequence[ogr.Geometry]) -> float:
    """Area of ``g`` covered by ``others`` (which do not overlap each
    other), as a sum of pairwise intersections: no union, so no overlay of
    many shared edges at once."""
    total = 0.0
    for o in others:
        inter = g.Intersection(o)
        if inter is not None and not inter.IsEmpty():
            total += sum(p.GetArea() for p in polygons(inter))
    return total


def _locate(g: ogr.Geometry, others: Sequence[ogr.Geometry]) -> Tuple[float, float]:
    """A point of ``g`` outside ``others`` (the largest such part), or a
    point of ``g`` if the difference cannot be formed."""
    rest = g.Difference(union_all(others)) if others else g
    parts = polygons(rest)
    if parts:
        return _point(max(parts, key=lambda q: q.GetArea()))
    return _point(g)


def find_problems(
    units: Sequence[Tuple[str, ogr.Geometry]],
    boundary: Optional[Sequence[Tuple[str, ogr.Geometry]]],
    tolerance_m2: float,
    feedback=None,
    area_factor: float = 1.0,
) -> List[Place]:
    """Every overlap between two units, every part of a unit outside the
    boundary and every part of a boundary polygon in no unit, larger than
    ``tolerance_m2`` (summed per pair / unit / boundary polygon). Without a
    boundary only overlaps are looked for. Areas outside and in gaps are
    measured as area minus the sum of pairwise intersections with the pieces
    around (plus the overlaps counted twice), not by a union of many
    polygons: exact unless three units overlap at one place (the overlaps
    are reported then anyway). ``area_factor``: m² per squared map unit."""
    tol = tolerance_m2 / area_factor
    st = as_progress(feedback)
    envs = [g.GetEnvelope() for _, g in units] + [g.GetEnvelope() for _, g in boundary or []]
    frame = LocalFrame.around(envs)
    up = Pieces([(i, frame.local(g)) for i, g in units])
    n = len(up.geoms)
    overlaps: Dict = {}
    ov_parts: List[ogr.Geometry] = []
    for i, g in enumerate(up.geoms):
        if i % 200 == 0:
            st.check()
            st.set(0.5 * i / max(1, n))
        for j in up.near(g.GetEnvelope()):
            if j <= i or up.ids[j] == up.ids[i]:
                continue
            inter = g.Intersection(up.geoms[j])
            if inter is None or inter.IsEmpty():
                continue
            for part in polygons(inter):
                ov_parts.append(part)
                key = tuple(sorted((up.ids[i], up.ids[j])))
                entry = overlaps.setdefault(key, [0.0, 0.0, None])
                entry[0] += part.GetArea()
                if part.GetArea() > entry[1]:
                    entry[1], entry[2] = part.GetArea(), part
    places = [
        Place("overlap", k, v[0] * area_factor, *_world(frame, _point(v[2])))
        for k, v in overlaps.items()
        if v[0] > tol
    ]
    if boundary is not None:
        bp = Pieces([(i, frame.local(g)) for i, g in boundary])
        outside: Dict = {}
        for i, g in enumerate(up.geoms):
            if i % 200 == 0:
                st.check()
                st.set(0.5 + 0.25 * i / max(1, n))
            near = [bp.geoms[j] for j in bp.near(g.GetEnvelope())]
            _add(outside, (up.ids[i],), g.GetArea() - _covered(g, near), i)
        for k, v in outside.items():
            if v[0] > tol:
                g = up.geoms[v[2]]
                near = [bp.geoms[j] for j in bp.near(g.GetEnvelope())]
                places.append(
                    Place("outside", k, v[0] * area_factor, *_world(frame, _locate(g, near)))
                )
        gaps: Dict = {}
        ov_index = GridIndex([o.GetEnvelope() for o in ov_parts])
        m = len(bp.geoms)
        for i, g in enumerate(bp.geoms):
            if i % 200 == 0:
                st.check()
                st.set(0.75 + 0.25 * i / max(1, m))
            near = [up.geoms[j] for j in up.near(g.GetEnvelope())]
            twice = [ov_parts[j] for j in ov_index.query(g.GetEnvelope())]
            _add(gaps, (bp.ids[i],), g.GetArea() - _covered(g, near) + _covered(g, twice), i)
        for k, v in gaps.items():
            if v[0] > tol:
                g = bp.geoms[v[2]]
                near = [up.geoms[j] for j in up.near(g.GetEnvelope())]
                places.append(Place("gap", k, v[0] * area_factor, *_world(frame, _locate(g, near))))
    st.set(1.0)
    places.sort(key=lambda p: (p.kind, -p.area_m2, p.ids))
    return places


def _world(frame: LocalFrame, xy: Tuple[float, float]) -> Tuple[float, float]:
    return xy[0] + frame.x0, xy[1] + frame.y0


def check_tiling(
    units: Sequence[Tuple[str, ogr.Geometry]],
    boundary: Optional[Sequence[Tuple[str, ogr.Geometry]]],
    tolerance_m2: float,
    layer: str,
    feedback=None,
    area_factor: float = 1.0,
) -> None:
    """Raise :class:`TilingError` listing the places if the units overlap,
    leave gaps or reach outside the boundary."""
    places = find_problems(units, boundary, tolerance_m2, feedback, area_factor)
    if places:
        counts = defaultdict(int)
        for p in places:
            counts[p.kind] += 1
        raise TilingError(
            tr(
                "{layer}: the control units do not tile the area ({n_overlap} overlaps, {n_gap} "
                "gaps, {n_out} parts outside the boundary, each above {tol} m²): {places}. Fix "
                "the input layers at these places (or the boundary layer) and run again."
            ).format(
                layer=layer,
                n_overlap=counts["overlap"],
                n_gap=counts["gap"],
                n_out=counts["outside"],
                tol=tolerance_m2,
                places=describe_places(places),
            ),
            places,
        )
