"""Delineation of environmental control units (生态环境管控单元).

Rules (docs/zoning.md):

1. Overlay with precedence (profile ``zoning.delineation.precedence``,
   default 优先保护 > 重点管控 > 一般管控): inside every polygon of the boundary
   layer (township or county), the union of the layers of the first class,
   then of the second class minus the first, …; the remainder is the last
   class. Units therefore never cross a boundary line.
2. Slivers: a part (connected polygon) smaller than
   ``zoning.slivers.min_unit_area_m2`` or thinner than ``min_mean_width_m``
   (2 × area / perimeter) is merged into the neighbouring unit of the same
   boundary polygon with the longest shared boundary; every merge is logged.
3. Units: one per boundary polygon and class (``zoning.delineation.unit =
   "township_class"``, parts kept as a multipolygon) or one per part
   (``"part"``). Codes by the profile rule (``zoning.codes``), names, class,
   county, township, area (km²) and the four list dimensions.
4. The result is checked: no overlaps, no gaps, nothing outside the boundary
   layer (:mod:`.tiling`); a failure stops the run listing the places.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from osgeo import ogr

from ..errors import InputError
from ..i18n import tr
from ..progress import as_progress
from .config import ZoningConfig, cell_text
from .features import (
    FeatureSet,
    crs_name,
    linear_unit_m,
    polygon_features,
    require_projected,
    transformed,
)
from .geometry import (
    GridIndex,
    envelopes_intersect,
    grow,
    mean_width,
    multipolygon,
    polygonal,
    polygons,
    shared_boundary_length,
    union_all,
)
from .tiling import check_tiling

#: shared boundaries are measured within this distance (map units, 1 mm in
#: a metre CRS) of the neighbour: overlay results can leave a shared edge
#: in segments a few 10⁻⁸ m apart, or with a zero-width spike, which a plain
#: intersection of the two parts misses or counts twice
EDGE_TOLERANCE = 1e-3


@dataclass
class ZoneLayer:
    """One input layer of the overlay and the class it stands for."""

    name: str
    cls: str
    features: FeatureSet


@dataclass
class BoundaryFields:
    """Fields of the boundary layer: the township (or county) code, its name,
    and the county code and name (a county-level boundary: leave county
    empty, the code is the county's)."""

    code: str
    name: Optional[str] = None
    county: Optional[str] = None
    county_name: Optional[str] = None


@dataclass
class Unit:
    code: str
    name: str
    cls: str
    county: str
    township: str
    geom: ogr.Geometry
    area_m2: float
    sources: List[str] = field(default_factory=list)
    dimensions: Dict[str, str] = field(default_factory=dict)


@dataclass
class Merge:
    """A part merged into a neighbouring unit."""

    township: str
    part_class: str
    area_m2: float
    mean_width_m: float
    reason: str  # "area" or "width"
    into_class: str
    shared_m: float
    x: float
    y: float
    into_code: str = ""


@dataclass
class Delineation:
    units: List[Unit]
    merges: List[Merge]
    notes: List[str]
    srs: object
    config: ZoningConfig
    #: fragments under ``min_piece_area_m2`` the overlay left along shared
    #: edges, merged into their neighbours but not listed in ``merges`` (how
    #: many there are depends on the floating-point details of GEOS)
    fragments: int = 0

    def unit_records(self, lang: str = "zh") -> List[dict]:
        """One record per unit with the profile's field names and
        ``geometry`` (an OGR MultiPolygon)."""
        return [unit_record(u, self.config, lang) for u in self.units]

    def merge_records(self) -> List[dict]:
        cfg = self.config
        return [
            {
                "township": m.township,
                "part_class": m.part_class,
                "part_class_label": cfg.class_label(m.part_class, "zh"),
                "area_m2": round(m.area_m2, 2),
                "mean_width_m": round(m.mean_width_m, 2),
                "reason": m.reason,
                "into_unit": m.into_code,
                "into_class": m.into_class,
                "shared_boundary_m": round(m.shared_m, 2),
                "x": round(m.x, 2),
                "y": round(m.y, 2),
            }
            for m in self.merges
        ]

    def summary(self) -> List[dict]:
        return summarise(self.units, self.config)


def unit_fields(config: ZoningConfig) -> List[Tuple[str, str]]:
    """(field name, type) of a unit layer written by the plugin."""
    f = config.field
    out = [
        (f("code"), "string"),
        (f("name"), "string"),
        (f("class"), "string"),
        ("class_label", "string"),
        (f("county"), "string"),
        (f("township"), "string"),
        (f("area"), "real"),
    ]
    out += [(config.dimension_field(d), "string") for d in config.dimensions]
    out.append(("sources", "string"))
    return out


def unit_record(u: Unit, config: ZoningConfig, lang: str = "zh") -> dict:
    f = config.field
    rec = {
        f("code"): u.code,
        f("name"): u.name,
        f("class"): u.cls,
        "class_label": config.class_label(u.cls, lang),
        f("county"): u.county,
        f("township"): u.township,
        f("area"): round(u.area_m2 / 1e6, 6),
        "sources": ", ".join(u.sources),
        "geometry": u.geom,
    }
    for d in config.dimensions:
        rec[config.dimension_field(d)] = u.dimensions.get(d, "")
    return rec


def summarise(units: Sequence[Unit], config: ZoningConfig) -> List[dict]:
    """Unit counts and areas by county and class, a total per county and for
    all; ``share`` is the class's share of the area of its county (of the
    whole in the total rows), so the 优先保护 rows give the share of 优先保护."""
    by: Dict[Tuple[str, str], List[float]] = defaultdict(lambda: [0, 0.0])
    for u in units:
        by[(u.county, u.cls)][0] += 1
        by[(u.county, u.cls)][1] += u.area_m2
    counties = sorted({u.county for u in units})
    rows = []
    for county in counties + [""]:
        sel = [(c, v) for (k, c), v in by.items() if county == "" or k == county]
        total = sum(v[1] for _, v in sel)
        for cls in config.classes:
            n = sum(v[0] for c, v in sel if c == cls)
            a = sum(v[1] for c, v in sel if c == cls)
            rows.append(
                {
                    "county": county or tr("all"),
                    "class": cls,
                    "class_label": config.class_label(cls, "zh"),
                    "units": n,
                    "area_km2": round(a / 1e6, 6),
                    "share": round(a / total, 6) if total > 0 else 0.0,
                }
            )
        rows.append(
            {
                "county": county or tr("all"),
                "class": "",
                "class_label": tr("total"),
                "units": sum(v[0] for _, v in sel),
                "area_km2": round(total / 1e6, 6),
                "share": 1.0 if total > 0 else 0.0,
            }
        )
    return rows


@dataclass
class _Township:
    code: str
    name: str
    county: str
    county_name: str
    geom: ogr.Geometry


@dataclass
class _Part:
    cls: str
    geom: ogr.Geometry
    alive: bool = True
    unit_key: str = ""

    @property
    def area(self) -> float:
        return self.geom.GetArea()


def _townships(
    boundary: FeatureSet, fields: BoundaryFields, county_names: Dict[str, str]
) -> List[_Township]:
    out = []
    seen: Dict[str, str] = {}
    for f in boundary.features:
        code = cell_text(f.attrs.get(fields.code)) if fields.code in f.attrs else None
        if code is None:
            raise InputError(
                tr(
                    "{layer}: field {field} (boundary code) not found; the fields are {fields}."
                ).format(layer=boundary.name, field=fields.code, fields=", ".join(f.attrs))
            )
        if not code:
            raise InputError(
                tr(
                    "{layer}, feature {fid}: the boundary code ({field}) is empty. "
                    "Every township needs its code."
                ).format(layer=boundary.name, fid=f.fid, field=fields.code)
            )
        if code in seen:
            raise InputError(
                tr(
                    "{layer}: boundary code {code} appears in features {a} and {b}. "
                    "Merge the two polygons or give each its own code."
                ).format(layer=boundary.name, code=code, a=seen[code], b=f.fid)
            )
        seen[code] = f.fid
        county = cell_text(f.attrs.get(fields.county)) if fields.county else code
        if fields.county and not county:
            raise InputError(
                tr("{layer}, feature {fid}: the county code ({field}) is empty.").format(
                    layer=boundary.name, fid=f.fid, field=fields.county
                )
            )
        name = cell_text(f.attrs.get(fields.name)) if fields.name else ""
        cname = cell_text(f.attrs.get(fields.county_name)) if fields.county_name else ""
        cname = cname or county_names.get(county, "")
        out.append(_Township(code, name, county, cname, f.geom))
    return out


def _check_boundary_overlaps(towns: List[_Township], layer: str, tol: float) -> None:
    index = GridIndex([t.geom.GetEnvelope() for t in towns])
    bad = []
    for i, t in enumerate(towns):
        for j in index.query(t.geom.GetEnvelope()):
            if j <= i:
                continue
            a = polygonal(t.geom.Intersection(towns[j].geom)).GetArea()
            if a > tol:
                bad.append(
                    tr("{a} and {b} ({area:.1f} m²)").format(a=t.code, b=towns[j].code, area=a)
                )
    if bad:
        raise InputError(
            tr(
                "{layer}: boundary polygons overlap: {pairs}. Units are fitted to "
                "the boundary layer, so it must not overlap itself; fix it (e.g. "
                "Vector ▸ Geometry tools ▸ Check validity, or the topology "
                "checker) and run again."
            ).format(layer=layer, pairs="; ".join(bad[:20]))
        )


def delineate(
    boundary: FeatureSet,
    fields: BoundaryFields,
    zones: Sequence[ZoneLayer],
    config: ZoningConfig,
    county_names: Optional[Dict[str, str]] = None,
    repair: bool = True,
    check: bool = True,
    feedback=None,
) -> Delineation:
    """Control units of the area of ``boundary`` from the ``zones`` layers.

    ``boundary`` must be in a projected CRS (areas); zone layers in another
    CRS are transformed to it. Invalid geometries are repaired (a note names
    the features) or, with ``repair=False``, refused with their ids. Raises
    :class:`InputError` on bad input before the overlay and
    :class:`tiling.TilingError` if the result does not tile the boundary."""
    st = as_progress(feedback)
    notes: List[str] = []
    county_names = county_names or {}
    require_projected(boundary, tr("unit areas"))
    unit = linear_unit_m(boundary)
    area_factor = unit * unit
    prec = config.precedence
    remainder = config.remainder_class
    for z in zones:
        if z.cls not in prec:
            raise InputError(
                tr(
                    "Layer {layer} is tagged with class {cls}, which is not a class "
                    "of the profile ({classes})."
                ).format(layer=z.name, cls=z.cls, classes=", ".join(prec))
            )
        if z.cls == remainder:
            raise InputError(
                tr(
                    "Layer {layer} is tagged with class {cls}, the remainder class "
                    "(what no layer covers). Tag it with a class of higher "
                    "precedence ({classes}) or leave it out."
                ).format(layer=z.name, cls=z.cls, classes=", ".join(prec[:-1]))
            )
    boundary = polygon_features(boundary, repair, notes)
    towns = _townships(boundary, fields, county_names)
    if not towns:
        raise InputError(
            tr("{layer} has no features: give the township (or county) boundaries.").format(
                layer=boundary.name
            )
        )
    for t in towns:
        code = config.make_code(t.county, t.code, prec[0], 1)
        if not config.code_pattern.match(code):
            raise InputError(
                tr(
                    "{layer}, boundary {code}: the unit code rule gives {unit_code} "
                    "for it, which does not match the profile's pattern {pattern}. "
                    "Check the county code field, or the [zoning.codes] rule of "
                    "the profile."
                ).format(
                    layer=boundary.name,
                    code=t.code,
                    unit_code=code,
                    pattern=config.code_pattern.pattern,
                )
            )
    tol = config.gap_overlap_tolerance / area_factor
    _check_boundary_overlaps(towns, boundary.name, tol)
    # the zone polygons, by class, in the CRS of the boundary, indexed
    by_class: Dict[str, List[Tuple[str, ogr.Geometry]]] = defaultdict(list)
    for z in zones:
        fs = polygon_features(
            transformed(z.features, boundary.srs), repair, notes, allow_empty=True
        )
        if not fs.features:
            notes.append(
                tr(
                    "{layer} has no features (with a geometry): it adds nothing to "
                    "{label}. If it should hold polygons, check that it is the right layer."
                ).format(layer=z.name, label=config.class_label(z.cls, "zh"))
            )
        for f in fs.features:
            by_class[z.cls].append((z.name, f.geom))
    index = {c: GridIndex([g.GetEnvelope() for _, g in items]) for c, items in by_class.items()}
    for n in notes:
        st.warn(n)
    st.check()
    min_area = config.min_unit_area / area_factor
    min_width = config.min_mean_width / unit
    merges: List[Merge] = []
    raw_units: List[Tuple[_Township, str, List[ogr.Geometry], List[str]]] = []
    #: zone layers with area inside some boundary polygon
    inside: set = set()
    overlay = st.sub(0.0, 0.6)
    for k, t in enumerate(towns):
        overlay.check()
        overlay.set(k / len(towns))
        env = t.geom.GetEnvelope()
        covered = None
        parts: List[_Part] = []
        layer_zones: Dict[str, List[Tuple[str, ogr.Geometry]]] = {}
        for cls in prec[:-1]:
            items = by_class.get(cls, [])
            cand = [items[i] for i in index[cls].query(env)] if items else []
            if not cand:
                continue
            by_layer: Dict[str, List[ogr.Geometry]] = defaultdict(list)
            for name, g in cand:
                by_layer[name].append(g)
            zones_here = []
            for name in sorted(by_layer):
                z = polygonal(union_all(by_layer[name]).Intersection(t.geom))
                if z.GetArea() > 0:
                    inside.add(name)
                if covered is not None and not z.IsEmpty():
                    z = polygonal(z.Difference(covered))
                if z.GetArea() > 0:
                    zones_here.append((name, z))
            layer_zones[cls] = zones_here
            if not zones_here:
                continue
            zone = (
                zones_here[0][1] if len(zones_here) == 1 else union_all([z for _, z in zones_here])
            )
            parts.extend(_Part(cls, p) for p in polygons(zone))
            covered = zone if covered is None else union_all([covered, zone])
        rest = t.geom if covered is None else t.geom.Difference(covered)
        parts.extend(_Part(remainder, p) for p in polygons(rest))
        parts = [p for p in parts if p.area > 0]
        for i, p in enumerate(parts):
            p.unit_key = p.cls if config.unit_mode == "township_class" else f"{p.cls}#{i}"
        merged = _merge_small(t, parts, min_area, min_width, area_factor, unit, prec)
        merges.extend(merged)
        merged_classes = {m.part_class for m in merged}
        groups: Dict[str, List[ogr.Geometry]] = defaultdict(list)
        for p in parts:
            if p.alive:
                groups[p.unit_key].append(p.geom)
        for key in sorted(groups, key=lambda k: (prec.index(k.split("#")[0]), k)):
            cls = key.split("#")[0]
            geom = multipolygon(groups[key])
            # the layers that make up the unit (every layer with area in the class's zone,
            # unless parts were merged away or the unit is one part among several)
            exact = config.unit_mode != "township_class" or cls in merged_classes
            srcs = [
                n
                for n, z in layer_zones.get(cls, [])
                if not exact or polygonal(z.Intersection(geom)).GetArea() > 0
            ]
            raw_units.append((t, cls, groups[key], srcs))
    for z in zones:
        if z.name not in inside and any(name == z.name for name, _ in by_class.get(z.cls, [])):
            st.warn(_outside_note(z, boundary, config))
    st.sub(0.6, 0.65).check()
    units = _code_units(raw_units, config, area_factor)
    _resolve_merge_targets(merges, units)
    fragments = sum(1 for m in merges if m.area_m2 < config.min_piece_area)
    merges = [m for m in merges if m.area_m2 >= config.min_piece_area]
    for m in merges:
        st.info(
            tr(
                "Merged a part of class {cls} of {area:.1f} m² ({reason}) in {town} into unit "
                "{unit} (shared boundary {shared:.1f} m)."
            ).format(
                cls=m.part_class,
                area=m.area_m2,
                reason=_reason_text(m.reason),
                town=m.township,
                unit=m.into_code,
                shared=m.shared_m,
            )
        )
    if fragments:
        st.info(
            tr(
                "Merged {n} fragments smaller than {area} m² that the overlay left along "
                "shared edges (numerical slivers) into their neighbours; they are not in "
                "the merge records."
            ).format(n=fragments, area=config.min_piece_area)
        )
    if check:
        check_tiling(
            [(u.code, u.geom) for u in units],
            [(t.code, t.geom) for t in towns],
            config.gap_overlap_tolerance,
            boundary.name,
            st.sub(0.65, 1.0),
            area_factor,
        )
    st.set(1.0)
    return Delineation(units, merges, notes, boundary.srs, config, fragments)


def _extent(geoms) -> str:
    """ "xmin, ymin – xmax, ymax" of the geometries (None skipped)."""
    envs = [g.GetEnvelope() for g in geoms if g is not None and not g.IsEmpty()]
    if not envs:
        return "–"
    x0, x1 = min(e[0] for e in envs), max(e[1] for e in envs)
    y0, y1 = min(e[2] for e in envs), max(e[3] for e in envs)
    return f"{x0:.10g}, {y0:.10g} – {x1:.10g}, {y1:.10g}"


def _outside_note(z: ZoneLayer, boundary: FeatureSet, config: ZoningConfig) -> str:
    """A zone layer none of whose polygons has area inside the boundary
    polygons: its feature count and extent (in its own CRS) beside the
    boundary's, so that a wrong CRS or a layer of another area shows."""
    return tr(
        "{layer}: none of its {n} feature(s) lies inside the boundary layer {boundary}, "
        "so it adds nothing to {label}. Its extent is {extent} ({crs}); the boundary's "
        "is {bextent} ({bcrs}). Check its CRS and extent: is it the layer of this area, "
        "with its CRS set right?"
    ).format(
        layer=z.name,
        n=len(z.features.features),
        boundary=boundary.name,
        label=config.class_label(z.cls, "zh"),
        extent=_extent(f.geom for f in z.features.features),
        crs=crs_name(z.features.srs),
        bextent=_extent(f.geom for f in boundary.features),
        bcrs=crs_name(boundary.srs),
    )


def _reason_text(reason: str) -> str:
    return (
        tr("below the minimum area")
        if reason == "area"
        else tr("thinner than the minimum mean width")
    )


def _small(p: _Part, min_area: float, min_width: float) -> Optional[str]:
    if p.area < min_area:
        return "area"
    if min_width > 0 and mean_width(p.geom) < min_width:
        return "width"
    return None


def _merge_small(
    t: _Township,
    parts: List[_Part],
    min_area: float,
    min_width: float,
    area_factor: float,
    unit: float,
    prec: Sequence[str],
) -> List[Merge]:
    """Merge small or thin parts into the neighbouring unit (parts of the
    same unit key) with the longest shared boundary, smallest first."""
    out: List[Merge] = []
    if len(parts) < 2:
        return out
    order = sorted(range(len(parts)), key=lambda i: (parts[i].area, i))
    for i in order:
        p = parts[i]
        if not p.alive:
            continue
        reason = _small(p, min_area, min_width)
        if reason is None:
            continue
        env = grow(p.geom.GetEnvelope(), EDGE_TOLERANCE * 10)
        shared: Dict[str, Dict[int, float]] = defaultdict(dict)
        for j, q in enumerate(parts):
            if j == i or not q.alive or q.unit_key == p.unit_key:
                continue
            if not envelopes_intersect(env, q.geom.GetEnvelope()):
                continue
            length = shared_boundary_length(p.geom, q.geom, EDGE_TOLERANCE)
            if length > 0:
                shared[q.unit_key][j] = length
        if not shared:
            continue
        target = max(
            shared, key=lambda k: (sum(shared[k].values()), -prec.index(k.split("#")[0]), k)
        )
        touching = sorted(shared[target])
        x, y = _point(p.geom)
        out.append(
            Merge(
                t.code,
                p.cls,
                p.area * area_factor,
                mean_width(p.geom) * unit,
                reason,
                target.split("#")[0],
                sum(shared[target].values()) * unit,
                x,
                y,
            )
        )
        merged = union_all([p.geom] + [parts[j].geom for j in touching])
        p.alive = False
        for j in touching[1:]:
            parts[j].alive = False
        parts[touching[0]].geom = merged
    return out


def _point(g: ogr.Geometry) -> Tuple[float, float]:
    pt = g.PointOnSurface()
    return round(pt.GetX(), 3), round(pt.GetY(), 3)


def _code_units(raw_units, config: ZoningConfig, area_factor: float) -> List[Unit]:
    """Codes numbered within county and class: townships in code order, then
    the units north to south and west to east."""

    def key(item):
        t, cls, geoms, _ = item
        env = multipolygon(geoms).GetEnvelope()
        return (t.county, config.classes.index(cls), t.code, -round(env[3], 3), round(env[0], 3))

    seq: Dict[Tuple[str, str], int] = defaultdict(int)
    per_town_class: Dict[Tuple[str, str], int] = defaultdict(int)
    for t, cls, _, _ in raw_units:
        per_town_class[(t.code, cls)] += 1
    n_in_town: Dict[Tuple[str, str], int] = defaultdict(int)
    units: List[Unit] = []
    codes: Dict[str, str] = {}
    for t, cls, geoms, srcs in sorted(raw_units, key=key):
        seq[(t.county, cls)] += 1
        n_in_town[(t.code, cls)] += 1
        code = config.make_code(t.county, t.code, cls, seq[(t.county, cls)])
        if code in codes:
            raise InputError(
                tr(
                    "The unit code rule of the profile ({rule}) gives the same code "
                    "{code} to units in {a} and {b}: include {{seq}} in "
                    "[zoning.codes] format."
                ).format(rule=config.code_format, code=code, a=codes[code], b=t.code)
            )
        codes[code] = t.code
        n = str(n_in_town[(t.code, cls)]) if per_town_class[(t.code, cls)] > 1 else ""
        name = config.name_format.format(
            county=t.county_name, township=t.name, label=config.class_label(cls, "zh"), n=n
        )
        geom = multipolygon(geoms)
        units.append(
            Unit(code, name, cls, t.county, t.code, geom, geom.GetArea() * area_factor, srcs)
        )
    return units


def _resolve_merge_targets(merges: List[Merge], units: List[Unit]) -> None:
    """Set the target of every merge to the unit that finally holds the
    merged part (its point on surface): a part merged into a small part that
    was merged in turn ends in the unit of the last merge."""
    by_town: Dict[str, List[Unit]] = defaultdict(list)
    for u in units:
        by_town[u.township].append(u)
    for m in merges:
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(m.x, m.y)
        near = sorted(by_town[m.township], key=lambda u: u.geom.Distance(pt))
        if near:
            m.into_code, m.into_class = near[0].code, near[0].cls
