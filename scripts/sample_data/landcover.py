"""Land cover (ecosystem classes, 200 m), land use (三调 first-level classes, 400 m), soil texture
and silt content, and fractional vegetation cover."""

from __future__ import annotations

import numpy as np

from .counties import COUNTIES
from .fields import (
    coarse_mean,
    ellipse_d,
    fine_from_coarse,
    polyline_distance,
    slope_deg,
    smooth_noise,
    smoothstep,
)
from .frame import SEED, Grid
from .terrain import LAKE, RESERVOIR, RIVERS

LC_NAMES = {
    1: "常绿阔叶林",
    2: "常绿针叶林",
    3: "针阔混交林",
    4: "落叶阔叶林",
    5: "落叶针叶林",
    6: "稀疏林",
    7: "常绿阔叶灌丛",
    8: "落叶阔叶灌丛",
    9: "针叶灌丛",
    10: "稀疏灌丛",
    11: "草甸",
    12: "草原",
    13: "草丛",
    14: "稀疏草地",
    20: "耕地",
    30: "城镇建设用地",
    31: "农村居民点",
    40: "水域",
    50: "裸地",
}
LC_COLOURS = {
    1: (0, 100, 0),
    2: (0, 80, 60),
    3: (60, 130, 40),
    4: (80, 170, 60),
    5: (100, 120, 80),
    6: (150, 200, 120),
    7: (120, 160, 0),
    8: (160, 190, 60),
    9: (110, 140, 90),
    10: (200, 210, 150),
    11: (170, 220, 120),
    12: (220, 220, 110),
    13: (200, 230, 150),
    14: (235, 235, 190),
    20: (255, 230, 140),
    30: (220, 40, 40),
    31: (240, 130, 110),
    40: (60, 130, 220),
    50: (200, 190, 170),
}
LU_NAMES = {
    "01": "耕地",
    "02": "种植园用地",
    "03": "林地",
    "04": "草地",
    "05": "商业服务业用地",
    "06": "工矿用地",
    "07": "住宅用地",
    "08": "公共管理与公共服务用地",
    "09": "特殊用地",
    "10": "交通运输用地",
    "11": "水域及水利设施用地",
    "12": "其他土地",
}
SOIL_NAMES = {
    1: ("砂土", "sand"),
    2: ("壤砂土", "loamy sand"),
    3: ("砂壤土", "sandy loam"),
    4: ("壤土", "loam"),
    5: ("粉壤土", "silt loam"),
    6: ("粉土", "silt"),
    7: ("砂粘壤土", "sandy clay loam"),
    8: ("粘壤土", "clay loam"),
    9: ("粉粘壤土", "silty clay loam"),
    10: ("砂粘土", "sandy clay"),
    11: ("粉粘土", "silty clay"),
    12: ("粘土", "clay"),
    13: ("石砾/基岩", "gravel / bedrock"),
}
# land groups of the 400 m grid: water, urban, rural settlement, cropland, orchard, forest, shrub,
# grass, bare
G_W, G_U, G_R, G_C, G_O, G_F, G_S, G_G, G_B = range(1, 10)
# 东港 port zone, 城关 industrial park
INDUSTRIAL = [dict(c=(52.6, 19.4), r=1.6), dict(c=(37.8, 22.6), r=1.2)]
RIVER_HALF_WIDTH = 0.3  # km, at the 400 m land-use grid
VEG_BASE = {
    1: 0.86,
    2: 0.82,
    3: 0.84,
    4: 0.80,
    5: 0.76,
    6: 0.42,
    7: 0.70,
    8: 0.62,
    9: 0.58,
    10: 0.30,
    11: 0.78,
    12: 0.46,
    13: 0.62,
    14: 0.15,
    20: 0.50,
    30: 0.10,
    31: 0.24,
    40: 0.02,
    50: 0.05,
}


def _natural(elev, slope, precip, sandy_c, n2, n3, n4):
    nat = np.full(elev.shape, G_F)
    dry = precip < 560
    nat = np.where(dry, np.where(n2 > 0.9, G_S, G_G), nat)
    alpine = (~dry) & (elev > 1620)
    nat = np.where(alpine, np.where(n3 > 0.3, G_S, G_G), nat)
    steep = (~dry) & (~alpine) & (slope > 20) & (n3 > 0.4)
    nat = np.where(steep, G_S, nat)
    lowhill = (~dry) & (~alpine) & (~steep) & (elev < 350)
    nat = np.where(lowhill, np.where(n2 > 0.2, G_F, np.where(n2 > -0.5, G_S, G_G)), nat)
    mid = (~dry) & (~alpine) & (~steep) & (~lowhill)
    nat = np.where(mid & (n2 < -0.9), G_S, nat)
    bare = (slope > 33) | ((elev > 1650) & (slope > 22)) | (sandy_c & (n4 > 0.6))
    return np.where(bare, G_B, nat)


def _urban(X, Y, n3, n4):
    """(urban cells, industrial cells, relative distance to the nearest seat d / r_urban)."""
    urban = np.zeros(X.shape, dtype=bool)
    seat_u = np.full(X.shape, np.inf)
    for c in COUNTIES:
        d = np.hypot(X - c["seat"][0], Y - c["seat"][1]) / c["r_urban"]
        seat_u = np.minimum(seat_u, d)
        urban |= d < (1.0 + 0.18 * n3)
    industrial = np.zeros(X.shape, dtype=bool)
    for z in INDUSTRIAL:
        industrial |= np.hypot(X - z["c"][0], Y - z["c"][1]) / z["r"] < (1.0 + 0.15 * n4)
    return urban | industrial, industrial, seat_u


def _landuse_codes(grp, industrial, seat_u, n3, n4):
    """三调 first-level class per 400 m cell."""
    lu = np.zeros(grp.shape, dtype=np.int32)
    for gv, code in (
        (G_W, 11),
        (G_C, 1),
        (G_O, 2),
        (G_F, 3),
        (G_S, 3),
        (G_G, 4),
        (G_B, 12),
        (G_R, 7),
    ):
        lu[grp == gv] = code
    um = grp == G_U
    centre = seat_u < 0.3
    ring = (seat_u >= 0.3) & (seat_u < 0.75)
    sub = np.where(
        centre,
        np.where(n4 > 0, 5, 8),
        np.where(ring, np.where(n4 > -0.6, 7, np.where(n3 > 0, 8, 5)), np.where(n4 > -0.2, 7, 6)),
    )
    sub = np.where(industrial & ~centre, 6, sub)
    lu[um] = sub[um]
    return lu


def _ecosystems(gf: Grid, grp, elev_f, precip_f, sandy_f):
    """200 m ecosystem classes inside the 400 m land groups."""
    grp_f = fine_from_coarse(grp)
    sl_f = slope_deg(elev_f, gf.cell)
    e, p = elev_f, precip_f
    forest = np.select(
        [sl_f > 28, p < 620, (e < 500) & (p > 850), e < 950, e < 1300, e < 1550],
        [6, 6, 1, 4, 3, 2],
        5,
    )
    shrub = np.select([(p < 560) | (sl_f > 32), e > 1400, (p > 930) & (e < 500)], [10, 9, 7], 8)
    d_river = np.full(e.shape, np.inf)
    for line in RIVERS.values():
        d_river = np.minimum(d_river, polyline_distance(gf.X, gf.Y, line))
    grass = np.select(
        [e > 1550, (d_river < 0.7) & (e > 650), (p < 430) | sandy_f, p < 640], [11, 11, 14, 12], 13
    )
    lc = np.select(
        [
            grp_f == G_F,
            grp_f == G_S,
            grp_f == G_G,
            (grp_f == G_C) | (grp_f == G_O),
            grp_f == G_U,
            grp_f == G_R,
            grp_f == G_W,
            grp_f == G_B,
        ],
        [forest, shrub, grass, 20, 30, 31, 40, 50],
        0,
    )
    return lc.astype(np.uint8)


def build_landcover(gc: Grid, gf: Grid, elev_f, precip_f, sandy_c, sandy_f):
    """Return (group map 400 m, land-use code map 400 m, land-cover map 200 m)."""
    rs = np.random.RandomState(SEED["landuse"])
    X, Y = gc.X, gc.Y
    elev = coarse_mean(elev_f)
    slope = slope_deg(elev, gc.cell)
    precip = coarse_mean(precip_f)
    n1 = smooth_noise(rs, X.shape, 2.0)
    n2 = smooth_noise(rs, X.shape, 3.0)
    n3 = smooth_noise(rs, X.shape, 1.5)
    n4 = smooth_noise(rs, X.shape, 1.2)
    u_rand = rs.uniform(size=X.shape)

    # natural vegetation first, then agriculture, settlements, water on top
    grp = _natural(elev, slope, precip, sandy_c, n2, n3, n4).astype(np.int32)
    crop = (elev < 200) & (slope < 6) & (n1 > -1.7)
    crop |= (elev < 450) & (slope < 4) & (n1 > 0.2)
    crop |= (slope < 4) & (elev < 1100) & (precip > 400) & (n1 > 1.0)
    grp = np.where(crop, G_C, grp)
    orchard = (elev > 90) & (elev < 450) & (slope > 4) & (slope < 14) & (n3 > 0.5)
    grp = np.where(orchard, G_O, grp)

    urban, industrial, seat_u = _urban(X, Y, n3, n4)
    farm_like = (grp == G_C) | (grp == G_O)
    p_settle = np.where(elev < 320, 0.055, 0.02)
    rural = farm_like & (u_rand < p_settle) & (seat_u > 1.6)
    grp = np.where(rural, G_R, grp)
    grp = np.where(urban, G_U, grp)

    water = ellipse_d(X, Y, LAKE) < 1.0
    water |= ellipse_d(X, Y, RESERVOIR) < 1.0
    for line in RIVERS.values():
        water |= polyline_distance(X, Y, line) < RIVER_HALF_WIDTH
    grp = np.where(water, G_W, grp)
    lu = _landuse_codes(grp, industrial, seat_u, n3, n4)
    return grp, lu, _ecosystems(gf, grp, elev_f, precip_f, sandy_f)


def usda_texture(sand, silt, clay) -> np.ndarray:
    """USDA soil-texture triangle -> codes 1..12 (see SOIL_NAMES)."""
    conds = [
        (silt + 1.5 * clay < 15),
        (silt + 1.5 * clay >= 15) & (silt + 2 * clay < 30),
        ((clay >= 7) & (clay < 20) & (sand > 52) & (silt + 2 * clay >= 30))
        | ((clay < 7) & (silt < 50) & (silt + 2 * clay >= 30)),
        (clay >= 7) & (clay < 27) & (silt >= 28) & (silt < 50) & (sand <= 52),
        ((silt >= 50) & (clay >= 12) & (clay < 27)) | ((silt >= 50) & (silt < 80) & (clay < 12)),
        (silt >= 80) & (clay < 12),
        (clay >= 20) & (clay < 35) & (silt < 28) & (sand > 45),
        (clay >= 27) & (clay < 40) & (sand > 20) & (sand <= 45),
        (clay >= 27) & (clay < 40) & (sand <= 20),
        (clay >= 35) & (sand > 45),
        (clay >= 40) & (silt >= 40),
        (clay >= 40) & (sand <= 45) & (silt < 40),
    ]
    return np.select(conds, list(range(1, 13)), 4)


def build_soil(gf: Grid, elev, slope, precip, lc):
    """(texture code 200 m, silt content % 200 m)."""
    rs = np.random.RandomState(SEED["soil"])
    X, Y = gf.X, gf.Y
    ns = smooth_noise(rs, X.shape, 8.0)
    nc = smooth_noise(rs, X.shape, 6.0)
    nz = smooth_noise(rs, X.shape, 3.0)
    silt = 36.0 + 8.0 * ns - 6.0 * smoothstep(300, 1200, elev)
    dl = ellipse_d(X, Y, LAKE)
    clay = (
        17.0
        + 6.0 * nc
        + 16.0 * np.exp(-np.maximum(dl - 1.0, 0.0) / 0.8)
        - 8.0 * smoothstep(300, 1200, elev)
    )
    # lacustrine silty clay around the lake
    rim = np.exp(-np.maximum(dl - 1.0, 0.0) / 0.5)
    silt = silt + 12.0 * rim
    clay = clay + 10.0 * rim
    # dry north-west: sandy
    sandy = smoothstep(520, 380, precip)
    silt -= 20.0 * sandy
    clay -= 10.0 * sandy
    # loess-like silty patch (60-80 %) in 南川 and a small very silty patch (>= 80 %) in 平原
    d1 = np.hypot((X - 21.5) / 3.4, (Y - 5.8) / 2.4)
    loess = 60.5 + 17.0 * np.maximum(1 - d1, 0.0) ** 0.7 + 1.5 * nz
    silt = np.where(d1 < 1.0, np.maximum(silt, loess), silt)
    d2 = np.hypot((X - 47.6) / 0.9, (Y - 41.6) / 0.7)
    silt = np.where(d2 < 1.0, np.maximum(silt, 81.0 + 6.0 * (1 - d2)), silt)
    clay = np.where((d1 < 1.0) | (d2 < 1.0), np.minimum(clay, 10.0 + 1.5 * nz), clay)
    # a sandy-clay pocket (weathered granite with clay) in the hills of 西山
    d3 = np.hypot((X - 17.0) / 1.6, (Y - 22.5) / 1.2)
    clay = np.where(d3 < 1.0, 38.0 + 3 * nz, clay)
    silt = np.where(d3 < 1.0, 12.0 + 2 * nz, silt)
    silt = np.clip(silt, 3.0, 92.0)
    clay = np.clip(clay, 2.0, 60.0)
    over = np.maximum(silt + clay - 97.0, 0.0)
    clay -= over
    silt = np.round(silt, 1)
    clay = np.round(clay, 1)
    sand = 100.0 - silt - clay
    tex = usda_texture(sand, silt, clay)
    rock = (slope > 30) | ((elev > 1500) & (slope > 20)) | (lc == 50) & (elev > 1000)
    tex = np.where(rock, 13, tex)
    return tex.astype(np.uint8), silt.astype(np.float32)


def build_veg_cover(gf: Grid, lc, precip, deg_fine):
    """Fractional vegetation cover: by land-cover class, wetter = denser, lower in degraded land."""
    rs = np.random.RandomState(SEED["cover"])
    fc = np.zeros(lc.shape)
    for k, v in VEG_BASE.items():
        fc[lc == k] = v
    wet = smoothstep(350, 1100, precip)
    natural = lc < 20
    fc = np.where(natural, fc * (0.8 + 0.3 * wet), fc)
    fc = fc + 0.06 * smooth_noise(rs, lc.shape, 2.0)
    fc = np.where(deg_fine, fc * 0.6, fc)
    return np.round(np.clip(fc, 0.0, 1.0), 3).astype(np.float32)
