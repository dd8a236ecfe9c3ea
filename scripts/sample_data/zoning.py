"""三区三线: the ecological protection red line (生态保护红线), permanent basic farmland
(永久基本农田) and the urban development boundary (城镇开发边界), from one 400 m label grid so they
cannot overlap, then split by county."""

from __future__ import annotations

import numpy as np

from .counties import BY_CODE, CODES, COUNTIES
from .fields import coarse_mean, ellipse_d, polygonize, slope_deg, smooth_noise
from .frame import SEED, Grid
from .landcover import G_B, G_C, G_F, G_G, G_S, G_U, G_W, INDUSTRIAL
from .shapes import envelopes_overlap, polygon_parts
from .terrain import LAKE, RESERVOIR

Z_ECO, Z_FARM, Z_URBAN = 1, 2, 3
ECO_REDLINE_TYPE = {"990125": "水源涵养", "990126": "生物多样性维护", "990124": "防风固沙"}


def build_zones(gc: Grid, elev_f, grp):
    """One label raster: urban boundary first, then red line, then farmland."""
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


def zone_features(zones, gc: Grid, county_g: dict) -> dict[str, list]:
    """Features of the three layers, split by county: {layer: [(geometry, attributes)]}."""
    parts = {Z_ECO: [], Z_FARM: [], Z_URBAN: []}
    polys = [
        (v, g)
        for v, g in polygonize(zones, gc, mask=zones > 0)
        if v == Z_URBAN or g.Area() >= 0.5e6
    ]
    for code in CODES:
        env = county_g[code].GetEnvelope()
        for v, g in polys:
            if envelopes_overlap(g.GetEnvelope(), env):
                for part in polygon_parts(g.Intersection(county_g[code])):
                    if part.Area() >= 0.05e6:
                        parts[v].append((code, part))
    eco = [
        (
            g,
            {
                "红线编码": f"SFHX{i:03d}",
                "红线类型": ECO_REDLINE_TYPE.get(c, "水土保持"),
                "行政区划代码": c,
            },
        )
        for i, (c, g) in enumerate(parts[Z_ECO], 1)
    ]
    farm = [
        (g, {"图斑编号": f"SFJB{i:04d}", "行政区划代码": c})
        for i, (c, g) in enumerate(parts[Z_FARM], 1)
    ]
    urban = [
        (
            g,
            {
                "边界编码": f"SFCK{i:02d}",
                "名称": f"{BY_CODE[c]['name']}城镇开发边界",
                "行政区划代码": c,
            },
        )
        for i, (c, g) in enumerate(parts[Z_URBAN], 1)
    ]
    return {"eco_redline": eco, "farmland_protection": farm, "urban_boundary": urban}
