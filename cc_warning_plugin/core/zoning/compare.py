"""Two versions of the control units (the 5-yearly adjustment or a dynamic
update): units added, removed, re-classed, re-coded, or changed in area
beyond a tolerance, with the geometry of each change, and the totals by
county and class before and after.

Matching: units with the same code are the same unit. A new unit whose code
is not in the old version is the re-coded successor of an old unit whose
code is gone if their overlap is at least ``zoning.compare.recode_min_overlap``
of both areas. The rest of the new units are added, the rest of the old ones
removed. A matched pair is re-classed if the class differs, and changed in
area if the area differs by more than both ``area_tolerance_m2`` and
``area_tolerance_share`` of the old area.
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from osgeo import ogr

from ..i18n import tr
from ..progress import as_progress
from .config import ZoningConfig
from .delineate import Unit
from .features import FeatureSet, area_factor
from .geometry import GridIndex, polygonal
from .validate import UnitFields, UnitLayer, read_units

ADDED, REMOVED, RECLASSED, RECODED, AREA = (
    "added",
    "removed",
    "reclassed",
    "recoded",
    "area_changed",
)


@dataclass
class Change:
    kind: str
    old: Optional[Unit]
    new: Optional[Unit]
    geom: ogr.Geometry
    gained_m2: float = 0.0
    lost_m2: float = 0.0
    overlap_share: Optional[float] = None


@dataclass
class Comparison:
    changes: List[Change]
    totals: List[dict]
    config: ZoningConfig
    notes: List[str]

    def change_records(self, lang: str = "zh") -> List[dict]:
        cfg = self.config
        labels = {
            ADDED: tr("added"),
            REMOVED: tr("removed"),
            RECLASSED: tr("re-classed"),
            RECODED: tr("re-coded"),
            AREA: tr("area changed"),
        }
        rows = []
        for c in self.changes:
            o, n = c.old, c.new
            rows.append(
                {
                    "change": c.kind,
                    "change_label": labels[c.kind],
                    "old_code": o.code if o else "",
                    "new_code": n.code if n else "",
                    "old_class": o.cls if o else "",
                    "new_class": n.cls if n else "",
                    "old_class_label": cfg.class_label(o.cls, lang) if o and o.cls else "",
                    "new_class_label": cfg.class_label(n.cls, lang) if n and n.cls else "",
                    "county": (n or o).county,
                    "old_area_km2": round(o.area_m2 / 1e6, 6) if o else None,
                    "new_area_km2": round(n.area_m2 / 1e6, 6) if n else None,
                    "delta_km2": round(
                        ((n.area_m2 if n else 0.0) - (o.area_m2 if o else 0.0)) / 1e6, 6
                    ),
                    "gained_m2": round(c.gained_m2, 2),
                    "lost_m2": round(c.lost_m2, 2),
                    "overlap_share": round(c.overlap_share, 6)
                    if c.overlap_share is not None
                    else None,
                    "geometry": c.geom,
                }
            )
        return rows


def _totals(old: List[Unit], new: List[Unit], config: ZoningConfig) -> List[dict]:
    acc: Dict[Tuple[str, str], List[float]] = defaultdict(lambda: [0, 0.0, 0, 0.0])
    for units, off in ((old, 0), (new, 2)):
        for u in units:
            for county in (u.county, ""):
                acc[(county, u.cls)][off] += 1
                acc[(county, u.cls)][off + 1] += u.area_m2
    rows = []
    counties = sorted({k[0] for k in acc if k[0]}) + [""]
    for county in counties:
        for cls in config.classes:
            v = acc.get((county, cls))
            if v is None:
                continue
            rows.append(
                {
                    "county": county or tr("all"),
                    "class": cls,
                    "class_label": config.class_label(cls, "zh"),
                    "units_before": v[0],
                    "area_before_km2": round(v[1] / 1e6, 6),
                    "units_after": v[2],
                    "area_after_km2": round(v[3] / 1e6, 6),
                    "delta_km2": round((v[3] - v[1]) / 1e6, 6),
                }
            )
    return rows


def compare_versions(
    old,
    new,
    config: ZoningConfig,
    old_fields: Optional[UnitFields] = None,
    new_fields: Optional[UnitFields] = None,
    repair: bool = True,
    feedback=None,
) -> Comparison:
    """Compare two unit layers (FeatureSets, or :class:`UnitLayer` already
    read). The new version is put in the CRS of the old one."""
    st = as_progress(feedback)
    if isinstance(old, FeatureSet):
        old = read_units(old, config, old_fields, repair)
    if isinstance(new, FeatureSet):
        new = read_units(new, config, new_fields, repair, target_srs=old.srs)
    notes = list(old.notes) + list(new.notes)
    for layer in (old, new):
        notes += [
            tr("{layer}: {problem}").format(layer=layer.name, problem=p) for p in layer.problems
        ]
    for n in notes:
        st.warn(n)
    cc = config.compare
    tol_m2, tol_share = float(cc["area_tolerance_m2"]), float(cc["area_tolerance_share"])
    min_overlap = float(cc["recode_min_overlap"])
    old_by = {u.code: u for u in old.units}
    new_by = {u.code: u for u in new.units}
    pairs: List[Tuple[Unit, Unit, Optional[float]]] = [
        (old_by[c], new_by[c], None) for c in sorted(set(old_by) & set(new_by))
    ]
    old_rest = [u for u in old.units if u.code not in new_by]
    new_rest = [u for u in new.units if u.code not in old_by]
    index = GridIndex([u.geom.GetEnvelope() for u in old_rest])
    factor = area_factor(old.srs)
    taken = set()
    recoded = []
    for i, n in enumerate(new_rest):
        if i % 50 == 0:
            st.check()
            st.set(0.5 * i / max(1, len(new_rest)))
        best = None
        for j in index.query(n.geom.GetEnvelope()):
            if j in taken:
                continue
            o = old_rest[j]
            inter = polygonal(o.geom.Intersection(n.geom)).GetArea() * factor
            share = min(
                inter / o.area_m2 if o.area_m2 else 0.0, inter / n.area_m2 if n.area_m2 else 0.0
            )
            if share >= min_overlap and (best is None or share > best[1]):
                best = (j, share)
        if best is not None:
            taken.add(best[0])
            recoded.append((old_rest[best[0]], n, best[1]))
    changes: List[Change] = []
    matched_new = {n.code for _, n, _ in recoded}
    for o, n, share in recoded:
        changes.append(Change(RECODED, o, n, n.geom, overlap_share=share))
    for k, (o, n, share) in enumerate(pairs + recoded):
        if k % 50 == 0:
            st.check()
            st.set(0.5 + 0.5 * k / max(1, len(pairs) + len(recoded)))
        if o.cls != n.cls:
            changes.append(Change(RECLASSED, o, n, n.geom, overlap_share=share))
        delta = abs(n.area_m2 - o.area_m2)
        if delta > tol_m2 and delta > tol_share * o.area_m2:
            gained = polygonal(n.geom.Difference(o.geom))
            lost = polygonal(o.geom.Difference(n.geom))
            both = (
                polygonal(gained.Union(lost))
                if not gained.IsEmpty() and not lost.IsEmpty()
                else (gained if not gained.IsEmpty() else lost)
            )
            changes.append(
                Change(AREA, o, n, both, gained.GetArea() * factor, lost.GetArea() * factor, share)
            )
    for n in new_rest:
        if n.code not in matched_new:
            changes.append(Change(ADDED, None, n, n.geom, gained_m2=n.area_m2))
    for j, o in enumerate(old_rest):
        if j not in taken:
            changes.append(Change(REMOVED, o, None, o.geom, lost_m2=o.area_m2))
    order = [ADDED, REMOVED, RECODED, RECLASSED, AREA]
    changes.sort(key=lambda c: (order.index(c.kind), (c.new or c.old).code))
    st.set(1.0)
    return Comparison(changes, _totals(old.units, new.units, config), config, notes)


__all__ = ["compare_versions", "Comparison", "Change", "UnitLayer"]
