"""Building the whole sample in memory, theme after theme, in the order they depend on each other.

The result is one namespace (``s``) that the writers (:mod:`.outputs`) and the self-check
(:mod:`.check`) read; a new theme adds its builder call here and its attributes to ``s``."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from .admin import build_admin
from .counties import CODES
from .degradation import DEG_FIELD, build_degradation, counted
from .fields import polygonize, rasterize, slope_deg
from .frame import CELL, COARSE, HEIGHT_KM, NCOLS, NROWS, Grid
from .landcover import G_U, LU_NAMES, build_landcover, build_soil, build_veg_cover
from .monitoring import (
    AIR_POLS,
    AIR_STATIONS,
    air_stats,
    build_air,
    build_climate_monthly,
    build_water,
    county_daily,
    locate_sections,
    section_means,
)
from .shapes import envelopes_overlap, polygon_parts, ring_polygon
from .tables import county_row_2020, county_row_2025, load_fields
from .terrain import build_climate, build_terrain
from .zoning import build_zones, zone_features


def landuse_features(lu, gc: Grid, county_g: dict):
    """Land-use polygons split by county, and the area (km²) of every class per county."""
    polys = polygonize(lu, gc)
    feats, area = [], {c: {} for c in CODES}
    for code in CODES:
        cg = county_g[code]
        env = cg.GetEnvelope()
        k = 0
        for v, g in polys:
            if not envelopes_overlap(g.GetEnvelope(), env):
                continue
            for part in polygon_parts(g.Intersection(cg)):
                k += 1
                lcode = f"{v:02d}"
                feats.append(
                    (
                        part,
                        {
                            "图斑编号": f"{code}{k:05d}",
                            "行政区划代码": code,
                            "地类编码": lcode,
                            "地类名称": LU_NAMES[lcode],
                        },
                    )
                )
                area[code][lcode] = area[code].get(lcode, 0.0) + part.Area() / 1e6
    return feats, area


def degradation_features(patches, county_g: dict):
    """Patch features, the counted area per type and county (overlaps between types counted in each
    type, as the table fields do) and the dissolved counted area per county."""
    feats, area, union = [], {c: {f: 0.0 for f in DEG_FIELD.values()} for c in CODES}, {}
    k = 0
    for typ, deg, g, _cal in patches:
        for part in polygon_parts(g):
            k += 1
            feats.append((part, {"图斑编号": f"SFTH{k:03d}", "退化类型": typ, "程度": deg}))
        if counted(deg):
            for c in CODES:
                a = g.Intersection(county_g[c]).Area() / 1e6
                area[c][DEG_FIELD[typ]] += a
                if a > 0:
                    inter = g.Intersection(county_g[c])
                    union[c] = inter if c not in union else union[c].Union(inter)
    return feats, area, union


def _station_climate(elev, precip):
    def cell_of(x, y):
        return (
            min(NROWS - 1, int((HEIGHT_KM - y) * 1000 / CELL)),
            min(NCOLS - 1, int(x * 1000 / CELL)),
        )

    elev_at, precip_at, y_at = {}, {}, {}
    for code, _name, _county, (x, y) in AIR_STATIONS:
        i, j = cell_of(x, y)
        elev_at[code], precip_at[code], y_at[code] = float(elev[i, j]), float(precip[i, j]), y
    return build_climate_monthly(elev_at, precip_at, y_at)


def build() -> SimpleNamespace:
    s = SimpleNamespace()
    s.fields, s.per_unit = load_fields()

    # administrative geometry and grids
    outline, county_rings, s.town_rings, s.town_meta = build_admin()
    s.county_ring = dict(zip(CODES, county_rings, strict=True))
    s.outline_g = ring_polygon(outline)
    s.county_g = {c: ring_polygon(r) for c, r in s.county_ring.items()}
    gf, gc = Grid(1), Grid(COARSE)
    s.inside = rasterize([s.outline_g], [1], gf) > 0
    cid_c = rasterize([s.county_g[c] for c in CODES], list(range(1, 9)), gc)

    # terrain, climate, degradation, land cover, soil, vegetation, 三区三线
    s.elev = build_terrain(gf)
    s.precip, s.accum = build_climate(gf, s.elev, s.inside)
    s.slope = slope_deg(s.elev, CELL)
    patches = build_degradation(s.outline_g, s.county_g)
    sandy = [g for typ, deg, g, _cal in patches if typ == "土地沙化" and counted(deg)]
    sandy_f = rasterize(sandy, [1] * len(sandy), gf) > 0
    sandy_c = rasterize(sandy, [1] * len(sandy), gc) > 0
    degm = [g for _typ, deg, g, _cal in patches if counted(deg)]
    deg_f = rasterize(degm, [1] * len(degm), gf) > 0
    grp, lu, s.lc = build_landcover(gc, gf, s.elev, s.precip, sandy_c, sandy_f)
    s.tex, s.silt = build_soil(gf, s.elev, s.slope, s.precip, s.lc)
    s.fc = build_veg_cover(gf, s.lc, s.precip, deg_f)
    s.landuse_feats, lu_area = landuse_features(lu, gc, s.county_g)
    s.zone_feats = zone_features(build_zones(gc, s.elev, grp), gc, s.county_g)
    s.deg_feats, s.deg_area, s.deg_union = degradation_features(patches, s.county_g)

    # monitoring
    s.sec_xy = locate_sections(s.county_ring)
    s.st, stations_of = build_air()
    air = {
        c: air_stats({p: county_daily(s.st, stations_of[c], p) for p in AIR_POLS}) for c in CODES
    }
    s.monthly = build_water()
    s.sec_mean = section_means(s.monthly)
    s.climate = _station_climate(s.elev, s.precip)

    # county tables
    s.t25, s.t20 = {}, {}
    for ci, code in enumerate(CODES):
        urban_cells = float(np.sum((grp == G_U) & (cid_c == ci + 1)))
        builtup = round(urban_cells * (gc.cell / 1000.0) ** 2 * 0.9, 2)
        s.t25[code] = county_row_2025(
            code, s.county_g[code].Area() / 1e6, lu_area[code], air[code], builtup, s.deg_area[code]
        )
        s.t20[code] = county_row_2020(s.t25[code], air[code])
    return s
