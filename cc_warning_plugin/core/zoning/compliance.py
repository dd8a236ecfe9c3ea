"""符合性分析 (conformity analysis) of project sites against the control
units and their 准入清单.

For every site (polygon; point or line with a buffer; any CRS, transformed
to the units' CRS):

- the units it touches, with the area and share of the site in each (an
  intersection smaller than ``zoning.tolerances.min_piece_area_m2`` — a site
  touching a unit along an edge — is not "in" the unit);
- its overlap with 生态保护红线, 永久基本农田 and 城镇开发边界 (area and share);
- the counties it lies in (from the units) with their warning level and
  overload type (from a result table);
- every applicable clause of the list with a verdict and the reason, and an
  overall conclusion (the worst verdict in the profile's order, with the
  clauses that caused it). Without a list no verdict is given at all.

Loading (:class:`ComplianceContext`) cuts the units and layers into small
pieces under a grid index once; each site then costs a few small
intersections (docs/benchmark.md).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from osgeo import ogr

from ..errors import InputError
from ..i18n import label, tr
from ..progress import as_progress
from . import conditions as cond
from .access_list import AccessList, Clause
from .config import ZoningConfig
from .delineate import Unit
from .features import (
    Feature,
    FeatureSet,
    area_factor,
    crs_name,
    find_field,
    polygon_features,
    transformed,
)
from .geometry import Pieces, flat_type, grow, polygonal, polygons, repaired, union_all, validity
from .validate import UnitFields, UnitLayer, read_units

#: the 三区三线 layers of the compliance summary, by their key in [zoning.layers]
THREE_LINES = ("eco_redline", "farmland", "urban_boundary")
MATCH, MISMATCH, PARTIAL, UNDETERMINED, NA = (
    "match",
    "mismatch",
    "partial",
    "undetermined",
    "not_applicable",
)


class PieceIndex(Pieces):
    """The polygons of one layer as :class:`Pieces` (the id of a piece is
    the index of its feature), with the overlay queries of the analysis."""

    def __init__(
        self, name: str, items: Sequence[Tuple[int, ogr.Geometry]], max_vertices: int = 128
    ):
        super().__init__(items, max_vertices)
        self.name = name

    def intersections(self, g: ogr.Geometry) -> Dict[int, List[ogr.Geometry]]:
        """Polygonal intersections of ``g`` with the pieces, by owner."""
        out: Dict[int, List[ogr.Geometry]] = defaultdict(list)
        for j in self.index.query(g.GetEnvelope()):
            piece = self.geoms[j]
            if not piece.Intersects(g):
                continue
            inter = piece.Intersection(g)
            if inter is not None and not inter.IsEmpty():
                parts = polygons(inter)
                if parts:
                    out[self.ids[j]].extend(parts)
        return out

    def overlap(self, g: ogr.Geometry) -> Tuple[float, ogr.Geometry]:
        """Area of ``g`` covered by the layer (overlapping features counted
        once) and that part."""
        parts = [p for ps in self.intersections(g).values() for p in ps]
        if not parts:
            return 0.0, ogr.Geometry(ogr.wkbMultiPolygon)
        inside = union_all(parts)
        return inside.GetArea(), inside

    def distance(self, g: ogr.Geometry, limit: float) -> Optional[float]:
        """Least distance from ``g`` to the layer if it is at most ``limit``
        (map units), else None."""
        best = None
        for j in self.index.query(grow(g.GetEnvelope(), limit)):
            d = self.geoms[j].Distance(g)
            if d <= limit and (best is None or d < best):
                best = d
        return best


@dataclass
class SitePiece:
    unit: Unit
    area_m2: float
    share: float
    geom: ogr.Geometry


@dataclass
class ClauseVerdict:
    clause: Clause
    verdict: str
    reason: str
    units: List[str]


@dataclass
class SiteResult:
    fid: str
    name: str
    geom: ogr.Geometry
    area_m2: float
    pieces: List[SitePiece]
    outside_m2: float
    lines: Dict[str, Optional[Tuple[float, float]]]  # key → (area m², share) or None
    counties: List[dict]
    verdicts: List[ClauseVerdict]
    overall: Optional[str]
    causes: List[str]
    notes: List[str] = field(default_factory=list)


@dataclass
class ComplianceResult:
    sites: List[SiteResult]
    config: ZoningConfig
    access_list: Optional[AccessList]
    notes: List[str]
    srs: object

    @property
    def list_text(self) -> str:
        return self.access_list.describe() if self.access_list else ""

    def verdict_records(self, lang: str = "zh") -> List[dict]:
        """One row per site × applicable clause."""
        cfg = self.config
        rows = []
        for s in self.sites:
            for v in s.verdicts:
                c = v.clause
                rows.append(
                    {
                        "site_id": s.fid,
                        "site_name": s.name,
                        "clause_id": c.id,
                        "scope": _scope_text(c, cfg),
                        "dimension": cfg.dimension_label(c.dimension, lang),
                        "clause": c.text,
                        "condition": c.condition_text,
                        "units": ", ".join(v.units),
                        "verdict": v.verdict,
                        "verdict_label": cfg.verdict_label(v.verdict, lang),
                        "reason": v.reason,
                    }
                )
        return rows

    def site_records(self, lang: str = "zh") -> List[dict]:
        """One row per site: the conclusion, the units, the 三区三线 overlaps
        and the counties' warning results."""
        cfg = self.config
        rows = []
        for s in self.sites:
            rec = {
                "site_id": s.fid,
                "site_name": s.name,
                "area_m2": round(s.area_m2, 2),
                "verdict": s.overall or "",
                "verdict_label": cfg.verdict_label(s.overall, lang) if s.overall else "",
                "causes": ", ".join(s.causes),
                "units": ", ".join(p.unit.code for p in s.pieces),
                "outside_units_m2": round(s.outside_m2, 2),
                "outside_units_share": round(s.outside_m2 / s.area_m2, 6),
            }
            for key in THREE_LINES:
                ov = s.lines.get(key)
                rec[f"{key}_m2"] = round(ov[0], 2) if ov else None
                rec[f"{key}_share"] = round(ov[1], 6) if ov else None
            rec["counties"] = ", ".join(c["county"] for c in s.counties)
            rec["warning_level"] = ", ".join(c["warning_level"] for c in s.counties)
            rec["load_type"] = ", ".join(c["load_type"] for c in s.counties)
            rec["list"] = self.list_text
            rec["notes"] = " ".join(s.notes)
            rows.append(rec)
        return rows

    def piece_records(self, lang: str = "zh") -> List[dict]:
        """The site pieces by unit, with their geometry."""
        cfg = self.config
        return [
            {
                "site_id": s.fid,
                "site_name": s.name,
                "unit_code": p.unit.code,
                "unit_name": p.unit.name,
                "class": p.unit.cls,
                "class_label": cfg.class_label(p.unit.cls, lang) if p.unit.cls else "",
                "county": p.unit.county,
                "area_m2": round(p.area_m2, 2),
                "share": round(p.share, 6),
                "geometry": p.geom,
            }
            for s in self.sites
            for p in s.pieces
        ]


def _scope_text(c: Clause, cfg: ZoningConfig) -> str:
    if c.scope_kind == "overall":
        return cfg.overall_scope_words[0]
    if c.scope_kind == "class":
        return cfg.class_label(c.scope, "zh")
    return c.scope


def county_results(
    rows: Sequence[dict],
    code_field: Optional[str] = None,
    level_field: Optional[str] = None,
    type_field: Optional[str] = None,
    labels: Optional[Dict[str, str]] = None,
    source: str = "",
) -> Dict[str, dict]:
    """Warning level and overload type by county code from a result table
    (the 2016 evaluation's layer or table: ``warning_level``/``load_type`` or
    预警等级/超载类型). ``labels`` maps codes (red, overload …) to the text
    shown."""
    rows = list(rows)
    if not rows:
        return {}
    names = list(rows[0].keys())
    code = code_field or find_field(names, ["行政区划代码", "XZQHDM", "county", "code"])
    level = level_field or find_field(names, ["warning_label", "warning_level", "预警等级"])
    kind = type_field or find_field(names, ["load_label", "load_type", "超载类型"])
    for role, f in (
        (tr("county code"), code),
        (tr("warning level"), level),
        (tr("overload type"), kind),
    ):
        if f is None or f not in names:
            raise InputError(
                tr("{source}: no field for the {role} (fields: {fields}).").format(
                    source=source or tr("warning result"), role=role, fields=", ".join(names)
                )
            )
    labels = labels or {}
    out = {}
    for r in rows:
        c = str(r.get(code) or "").strip()
        if c:
            lv, lt = str(r.get(level) or ""), str(r.get(kind) or "")
            out[c] = {"warning_level": labels.get(lv, lv), "load_type": labels.get(lt, lt)}
    return out


@dataclass
class SiteFields:
    """Fields of the site layer; None = found from [zoning.attributes]
    aliases."""

    name: Optional[str] = None
    buffer: Optional[str] = None
    attributes: Dict[str, str] = field(default_factory=dict)


class ComplianceContext:
    """Units, layers, list and warning results loaded once for many sites.

    ``layers``: FeatureSets by key of ``[zoning.layers]`` (eco_redline,
    farmland, urban_boundary, drinking_water …), transformed to the units'
    CRS. ``units`` may be a FeatureSet (read with ``unit_fields`` and
    checked for codes and classes) or an already checked :class:`UnitLayer`.
    """

    def __init__(
        self,
        units,
        config: ZoningConfig,
        access_list: Optional[AccessList] = None,
        layers: Optional[Dict[str, FeatureSet]] = None,
        county_results: Optional[Dict[str, dict]] = None,
        unit_fields: Optional[UnitFields] = None,
        repair: bool = True,
        feedback=None,
    ):
        st = as_progress(feedback)
        self.config = config
        self.notes: List[str] = []
        if isinstance(units, FeatureSet):
            units = read_units(units, config, unit_fields, repair)
            if units.problems:
                raise InputError(
                    tr(
                        "{layer}: {problems}. Check the unit layer (or run its validation) first."
                    ).format(layer=units.name, problems="; ".join(units.problems[:20]))
                )
        self.units: UnitLayer = units
        self.notes += units.notes
        self.srs = units.srs
        self.unit_factor = area_factor(self.srs)
        self.unit_index = PieceIndex(units.name, list(enumerate(u.geom for u in units.units)))
        st.set(0.5)
        self.layers: Dict[str, PieceIndex] = {}
        for key, fs in (layers or {}).items():
            st.check()
            fs = polygon_features(transformed(fs, self.srs), repair, self.notes, allow_empty=True)
            self.layers[key] = PieceIndex(fs.name, list(enumerate(f.geom for f in fs.features)))
        self.access_list = access_list
        self.county_results = county_results
        self.number_attrs = [k for k, v in config.attributes.items() if v["kind"] == "number"]
        self.site_warnings: List[Tuple[str, str]] = []
        for n in self.notes:
            st.warn(n)
        st.set(1.0)

    # -----------------------------------------------------------------
    def prepare_sites(
        self,
        sites: FeatureSet,
        fields: Optional[SiteFields] = None,
        buffer_m: Optional[float] = None,
        repair: bool = True,
    ) -> List[Tuple[Feature, ogr.Geometry, dict, List[str]]]:
        """Sites in the units' CRS as polygons (points and lines buffered),
        with their attribute values, checked before any analysis."""
        fields = fields or SiteFields()
        if not sites.features:
            raise InputError(tr("{layer} has no sites.").format(layer=sites.name))
        names = list(sites.features[0].attrs)
        name_f = fields.name or find_field(names, ["name", "名称", "项目名称", "site_name"])
        buf_f = fields.buffer or find_field(names, ["buffer_m", "缓冲距离", "缓冲区", "buffer"])
        attr_f: Dict[str, Optional[str]] = {}
        for key, entry in self.config.attributes.items():
            given = fields.attributes.get(key)
            if given and given not in names:
                raise InputError(
                    tr(
                        "{layer}: field {field} (given for {attr}) not found (fields: {fields})."
                    ).format(layer=sites.name, field=given, attr=key, fields=", ".join(names))
                )
            attr_f[key] = given or find_field(names, list(entry["aliases"]) + [key])
        moved = transformed(sites, self.srs)
        if moved is not sites:
            self.notes.append(
                tr("{layer}: sites transformed from {src} to the units' CRS {dst}.").format(
                    layer=sites.name, src=crs_name(sites.srs), dst=crs_name(self.srs)
                )
            )
        unit = area_factor(self.srs) ** 0.5
        self.site_warnings = []
        out = []
        problems = []
        for f in moved.features:
            notes: List[str] = []
            g = f.geom
            if g is None or g.IsEmpty():
                problems.append(tr("site {fid}: the geometry is empty").format(fid=f.fid))
                continue
            g = g.Clone()
            g.FlattenTo2D()
            t = flat_type(g)
            if t in (ogr.wkbPoint, ogr.wkbMultiPoint, ogr.wkbLineString, ogr.wkbMultiLineString):
                dist = _number(f.attrs.get(buf_f)) if buf_f else None
                dist = dist if dist is not None else buffer_m
                if dist is None or dist <= 0:
                    problems.append(
                        tr(
                            "site {fid} is a point or line: give a buffer distance "
                            "(field {field} or the buffer parameter, in m)"
                        ).format(fid=f.fid, field=buf_f or "buffer_m")
                    )
                    continue
                g = polygonal(g.Buffer(dist / unit, 16))
                notes.append(tr("buffered by {d:g} m").format(d=dist))
            else:
                ok, why = validity(g)
                if not ok:
                    x, y = _where(g)
                    if not repair:
                        problems.append(
                            tr(
                                "site {fid}: invalid geometry ({why}) near ({x:.1f}, {y:.1f})"
                            ).format(fid=f.fid, why=why, x=x, y=y)
                        )
                        continue
                    before = g.GetArea()
                    g = repaired(g)
                    notes.append(
                        tr("invalid geometry ({why}) repaired: area {a:.1f} → {b:.1f} m²").format(
                            why=why or tr("GEOS gives no reason"),
                            a=before * unit * unit,
                            b=g.GetArea() * unit * unit,
                        )
                    )
                    self.site_warnings.append((f.fid, notes[-1]))
                g = polygonal(g)
            if g.IsEmpty() or g.GetArea() <= 0:
                problems.append(tr("site {fid} has no area").format(fid=f.fid))
                continue
            values = {}
            for key, entry in self.config.attributes.items():
                raw = f.attrs.get(attr_f[key]) if attr_f[key] else None
                if entry["kind"] == "code":
                    try:
                        values[key] = cond.normalise_industry(raw)
                    except ValueError:
                        problems.append(
                            tr(
                                "site {fid}: {field} = {value!r} is not a GB/T 4754 "
                                "industry code (C2614, 2614, C …)"
                            ).format(fid=f.fid, field=attr_f[key], value=raw)
                        )
                else:
                    try:
                        values[key] = _number(raw)
                    except ValueError:
                        problems.append(
                            tr("site {fid}: {field} = {value!r} is not a number").format(
                                fid=f.fid, field=attr_f[key], value=raw
                            )
                        )
            values["_name"] = str(f.attrs.get(name_f) or "") if name_f else ""
            out.append((f, g, values, notes))
        if problems:
            raise InputError(
                tr("{layer}: {problems}. Fix the sites and run again.").format(
                    layer=sites.name, problems="; ".join(problems[:20])
                )
            )
        return out

    # -----------------------------------------------------------------
    def analyse_site(
        self, feat: Feature, g: ogr.Geometry, values: dict, notes: List[str]
    ) -> SiteResult:
        cfg = self.config
        fac = self.unit_factor
        area = g.GetArea()
        min_piece = cfg.min_piece_area / fac
        pieces: List[SitePiece] = []
        for k, parts in sorted(self.unit_index.intersections(g).items()):
            inside = union_all(parts) if len(parts) > 1 else polygonal(parts[0])
            a = inside.GetArea()
            if a <= min_piece:
                continue
            pieces.append(SitePiece(self.units.units[k], a * fac, a / area, inside))
        pieces.sort(key=lambda p: (-p.area_m2, p.unit.code))
        covered = sum(p.area_m2 for p in pieces)
        outside = max(0.0, area * fac - covered)
        if outside <= cfg.min_piece_area:
            outside = 0.0
        lines: Dict[str, Optional[Tuple[float, float]]] = {}
        for key in THREE_LINES:
            idx = self.layers.get(key)
            if idx is None:
                lines[key] = None
            else:
                a, _ = idx.overlap(g)
                a = a if a > min_piece else 0.0
                lines[key] = (a * fac, a / area)
        counties = self._counties(pieces)
        site = SiteResult(
            feat.fid,
            values.get("_name", ""),
            g,
            area * fac,
            pieces,
            outside,
            lines,
            counties,
            [],
            None,
            [],
            list(notes),
        )
        if self.access_list is None:
            site.notes.append(tr("No access list given: no verdict (缺少官方清单时不判断符合性)."))
            return site
        if not pieces:
            site.notes.append(
                tr("The site lies outside every control unit given: the list does not cover it.")
            )
        for clause in self.access_list.clauses:
            scope_pieces = self._scope_pieces(clause, pieces)
            if scope_pieces is None:
                continue
            if not pieces:
                verdict, reason = NA, tr("the site lies outside every control unit")
            else:
                scope_geom = (
                    g
                    if clause.scope_kind == "overall"
                    else union_all([p.geom for p in scope_pieces])
                )
                verdict, reason = self._verdict(clause, values, scope_geom)
            units = [
                p.unit.code for p in (scope_pieces if clause.scope_kind != "overall" else pieces)
            ]
            site.verdicts.append(ClauseVerdict(clause, verdict, reason, units))
        if site.verdicts:
            site.overall = cfg.worst(v.verdict for v in site.verdicts)
            site.causes = [v.clause.id for v in site.verdicts if v.verdict == site.overall]
        return site

    def _scope_pieces(self, clause: Clause, pieces: List[SitePiece]) -> Optional[List[SitePiece]]:
        """The site pieces a clause applies to, or None if it does not apply
        (a clause for a class or unit the site does not touch)."""
        if clause.scope_kind == "overall":
            return pieces
        if clause.scope_kind == "class":
            sel = [p for p in pieces if p.unit.cls == clause.scope]
        else:
            sel = [p for p in pieces if p.unit.code == clause.scope]
        return sel or None

    def _counties(self, pieces: List[SitePiece]) -> List[dict]:
        share: Dict[str, float] = defaultdict(float)
        for p in pieces:
            share[p.unit.county] += p.share
        out = []
        for county, s in sorted(share.items(), key=lambda kv: (-kv[1], kv[0])):
            res = (self.county_results or {}).get(county)
            out.append(
                {
                    "county": county,
                    "share": s,
                    "warning_level": res["warning_level"] if res else "",
                    "load_type": res["load_type"] if res else "",
                }
            )
        return out

    # -----------------------------------------------------------------
    def _verdict(self, clause: Clause, values: dict, scope: ogr.Geometry) -> Tuple[str, str]:
        cfg = self.config
        c = clause.condition
        if c is None:
            return UNDETERMINED, tr(
                "text only: no machine-checkable condition; judge it from the clause text"
            )
        if c.test is not None:
            holds, why = self._test(c.test, values, scope)
            if holds is None:
                return UNDETERMINED, why
            if not holds:
                return NA, tr("the clause concerns projects where {test}; here {why}").format(
                    test=_term_text(c.test), why=why
                )
        results = [self._requirement(t, values, scope) for t in c.requirements]
        relevant = [r for r in results if r[0] != NA] or results
        verdict = cfg.worst(r[0] for r in relevant)
        reason = "; ".join(r[1] for r in results)
        return verdict, reason

    def _label(self, attr: str) -> str:
        if attr == cond.SITE_AREA:
            return tr("site area ({key}, ha)").format(key=attr)
        entry = self.config.attributes[attr]
        unit = f", {entry['unit']}" if entry.get("unit") else ""
        return f"{label(entry)} ({attr}{unit})"

    def _value(self, attr: str, values: dict, scope: ogr.Geometry) -> Optional[float]:
        if attr == cond.SITE_AREA:
            return scope.GetArea() * self.unit_factor / 10000.0
        return values.get(attr)

    def _test(self, t, values, scope) -> Tuple[Optional[bool], str]:
        if isinstance(t, cond.Industry):
            code = values.get("industry")
            if code is None:
                return None, tr("the project attribute {attr} is missing").format(
                    attr=self._label("industry")
                )
            hit = [
                c for c in t.codes if cond.industry_matches(code, c, self.config.industry_sections)
            ]
            inside = bool(hit)
            return (inside if t.mode == "in" else not inside), tr("industry {code}").format(
                code=code
            )
        v = self._value(t.attribute, values, scope)
        if v is None:
            return None, tr("the project attribute {attr} is missing").format(
                attr=self._label(t.attribute)
            )
        return cond.OPS[t.op](v, t.value), tr("{attr} = {v:g}").format(
            attr=self._label(t.attribute), v=v
        )

    def _requirement(self, t, values, scope) -> Tuple[str, str]:
        cfg = self.config
        if isinstance(t, cond.Industry):
            code = values.get("industry")
            label = self._label("industry")
            if code is None:
                return UNDETERMINED, tr("the project attribute {attr} is missing").format(
                    attr=label
                )
            hit = [c for c in t.codes if cond.industry_matches(code, c, cfg.industry_sections)]
            codes = ", ".join(t.codes)
            if t.mode == "not_in":
                if hit:
                    return MISMATCH, tr("industry {code} falls under the prohibited {hit}").format(
                        code=code, hit=", ".join(hit)
                    )
                return NA, tr(
                    "industry {code} is not among {codes}: the clause does not concern it"
                ).format(code=code, codes=codes)
            if t.mode == "restricted":
                if hit:
                    return PARTIAL, tr(
                        "industry {code} falls under the restricted {hit}: allowed "
                        "only on the terms of the clause"
                    ).format(code=code, hit=", ".join(hit))
                return NA, tr(
                    "industry {code} is not among {codes}: the clause does not concern it"
                ).format(code=code, codes=codes)
            if hit:
                return MATCH, tr("industry {code} is among the admitted {hit}").format(
                    code=code, hit=", ".join(hit)
                )
            return MISMATCH, tr("industry {code} is not among the admitted {codes}").format(
                code=code, codes=codes
            )
        if isinstance(t, cond.Compare):
            v = self._value(t.attribute, values, scope)
            label = self._label(t.attribute)
            if v is None:
                return UNDETERMINED, tr("the project attribute {attr} is missing").format(
                    attr=label
                )
            ok = cond.OPS[t.op](v, t.value)
            return (MATCH if ok else MISMATCH), tr(
                "{attr} = {v:g}, required {op} {limit:g}"
            ).format(attr=label, v=v, op=t.op, limit=t.value)
        layer_label = cfg.layer_label(t.layer)
        idx = self.layers.get(t.layer)
        if idx is None:
            return UNDETERMINED, tr("the layer {layer} ({key}) was not given").format(
                layer=layer_label, key=t.layer
            )
        if isinstance(t, cond.Spatial):
            a, _ = idx.overlap(scope)
            total = scope.GetArea()
            a = a if a > cfg.min_piece_area / self.unit_factor else 0.0
            share = a / total if total > 0 else 0.0
            area_m2 = a * self.unit_factor
            if t.kind == "outside":
                if a == 0.0:
                    return MATCH, tr("no part of the site in {layer}").format(layer=layer_label)
                return MISMATCH, tr("{area:.1f} m² ({share:.1%}) of the site in {layer}").format(
                    area=area_m2, share=share, layer=layer_label
                )
            if share >= 1.0 - 1e-9 or total - a <= cfg.min_piece_area / self.unit_factor:
                return MATCH, tr("the site lies wholly in {layer}").format(layer=layer_label)
            if a == 0.0:
                return MISMATCH, tr("no part of the site in {layer}").format(layer=layer_label)
            return PARTIAL, tr(
                "{area:.1f} m² ({share:.1%}) of the site in {layer}, the rest outside"
            ).format(area=area_m2, share=share, layer=layer_label)
        # distance
        unit = self.unit_factor**0.5
        limit = t.value / unit
        d = idx.distance(scope, limit * 1.000001 + 1.0)
        if d is None:
            ok = cond.OPS[t.op](float("inf"), t.value)
            return (MATCH if ok else MISMATCH), tr(
                "no part of {layer} within {d:g} m, required {op} {limit:g} m"
            ).format(layer=layer_label, d=t.value, op=t.op, limit=t.value)
        dm = d * unit
        ok = cond.OPS[t.op](dm, t.value)
        return (MATCH if ok else MISMATCH), tr(
            "distance to {layer} {d:.1f} m, required {op} {limit:g} m"
        ).format(layer=layer_label, d=dm, op=t.op, limit=t.value)


def _term_text(t) -> str:
    if isinstance(t, cond.Industry):
        word = {"in": "in", "not_in": "not in", "restricted": "restricted"}[t.mode]
        return f"industry {word} {', '.join(t.codes)}"
    if isinstance(t, cond.Compare):
        return f"{t.attribute} {t.op} {t.value:g}"
    return str(t)


def _number(value) -> Optional[float]:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        v = float(value)
        return None if v != v else v
    text = str(value).strip()
    if not text:
        return None
    return float(text)


def _where(g: ogr.Geometry) -> Tuple[float, float]:
    env = g.GetEnvelope()
    return (env[0] + env[1]) / 2.0, (env[2] + env[3]) / 2.0


def analyse(
    sites: FeatureSet,
    context: ComplianceContext,
    fields: Optional[SiteFields] = None,
    buffer_m: Optional[float] = None,
    repair: bool = True,
    feedback=None,
) -> ComplianceResult:
    """符合性分析 of every site in ``sites`` (checked first, then analysed
    one by one with progress and cancel)."""
    st = as_progress(feedback)
    prepared = context.prepare_sites(sites, fields, buffer_m, repair)
    for fid, note in context.site_warnings:
        st.warn(tr("site {fid}: {note}").format(fid=fid, note=note))
    results = []
    for i, (f, g, values, notes) in enumerate(prepared):
        if i % 20 == 0:
            st.check()
            st.set(i / len(prepared))
        results.append(context.analyse_site(f, g, values, notes))
    st.set(1.0)
    if context.access_list is None:
        st.warn(tr("No access list given: no verdict (缺少官方清单时不判断符合性)."))
    return ComplianceResult(
        results, context.config, context.access_list, list(context.notes), context.srs
    )
