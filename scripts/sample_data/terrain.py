"""Terrain and climate: rivers, the lake 镜湖 and the reservoir 北岭水库, the DEM, mean annual
precipitation and the ≥ 0 °C accumulated temperature (local km coordinates)."""

from __future__ import annotations

import math

import numpy as np

from .fields import ellipse_d, polyline_distance, smooth_noise, smoothstep
from .frame import SEED, WIDTH_KM, Grid
from .shapes import chaikin

_RIVER_VERTICES = {
    "大河": [
        (27.0, 47.0),
        (28.0, 44.0),
        (29.3, 40.5),
        (30.0, 37.5),
        (31.2, 33.5),
        (32.0, 30.0),
        (33.8, 27.0),
        (36.5, 24.2),
        (40.5, 21.8),
        (44.5, 20.6),
        (48.0, 18.6),
        (48.6, 14.5),
        (47.8, 11.0),
        (46.6, 8.4),
    ],
    "大河下游": [(49.2, 5.2), (52.0, 3.6), (55.0, 2.6), (58.0, 1.6), (60.0, 1.0)],
    "西河": [
        (2.5, 26.0),
        (5.5, 23.5),
        (9.0, 20.5),
        (12.5, 17.5),
        (15.0, 14.6),
        (20.0, 12.2),
        (25.0, 11.0),
        (30.0, 9.6),
        (35.0, 8.2),
        (39.0, 7.2),
        (41.6, 6.6),
    ],
    "北河": [
        (3.0, 45.5),
        (6.5, 42.5),
        (10.0, 40.0),
        (12.5, 38.3),
        (15.5, 37.5),
        (19.0, 36.5),
        (23.0, 35.0),
        (27.0, 33.8),
        (31.2, 33.5),
    ],
    "东河": [
        (53.0, 46.5),
        (51.5, 43.0),
        (50.3, 40.0),
        (50.8, 36.0),
        (52.5, 31.0),
        (54.5, 26.5),
        (56.0, 21.5),
        (57.5, 16.5),
        (59.5, 12.0),
    ],
}
RIVERS = {k: chaikin(v, 3) for k, v in _RIVER_VERTICES.items()}
LAKE = dict(name="镜湖", c=(45.4, 6.6), a=4.1, b=2.2, angle=math.radians(18), level=21.0)
RESERVOIR = dict(name="北岭水库", c=(29.6, 39.6), a=1.4, b=0.55, angle=math.radians(-72))


def _relief(X, Y, rs: np.random.RandomState, plain):
    xr = 6.5 + 1.5 * np.sin(Y / 6.5)
    west = (
        1450.0
        * smoothstep(-3, 6, Y)
        * (1 - smoothstep(29, 37, Y))
        * np.where(X > xr, np.exp(-(((X - xr) / 5.5) ** 2)), np.exp(-(((X - xr) / 9.0) ** 2)))
    )
    yr = 43.0 + 1.2 * np.sin(X / 5.5)
    north = (
        1500.0
        * smoothstep(14, 21, X)
        * (1 - smoothstep(37, 44, X))
        * np.where(Y < yr, np.exp(-(((Y - yr) / 4.8) ** 2)), np.exp(-(((Y - yr) / 8.0) ** 2)))
    )
    plateau = 820.0 * smoothstep(21, 13, X) * smoothstep(29, 35, Y)
    hills = 160.0 * smoothstep(30, 17, X) * smoothstep(2, 8, Y) + 90.0 * smoothstep(
        33, 22, X
    ) * smoothstep(27, 37, Y) * smoothstep(45, 38, X)
    ridge = np.maximum(west, north)
    mount = (ridge**4 + plateau**4 + hills**4) ** 0.25
    n_large = smooth_noise(rs, X.shape, 12.0)
    n_mid = smooth_noise(rs, X.shape, 4.0)
    n_fine = smooth_noise(rs, X.shape, 1.6)
    n_hill = smooth_noise(rs, X.shape, 6.0)
    rough = ridge / 1500.0
    return (
        plain
        + mount * (0.85 + 0.22 * n_large)
        + rough**0.7 * (230.0 * n_mid + 120.0 * n_fine)
        + (plateau / 820.0) * 45.0 * n_mid
        + (hills / 160.0) * 25.0 * n_hill
    )


def build_terrain(g: Grid):
    rs = np.random.RandomState(SEED["terrain"])
    X, Y = g.X, g.Y
    plain = 22.0 + 0.55 * (WIDTH_KM - X) + 0.75 * Y
    elev = _relief(X, Y, rs, plain)
    elev = np.maximum(elev, plain * 0.9)
    excess = elev - plain  # scale the relief so that the highest peak is about 1 800 m
    elev = plain + excess * (1780.0 / float(excess.max()))
    # river valleys
    for line in RIVERS.values():
        d = polyline_distance(X, Y, line)
        elev -= 0.35 * np.maximum(elev - plain, 0) * np.exp(-((d / 1.1) ** 2)) + 3.0 * np.exp(
            -((d / 0.35) ** 2)
        )
    # lake and reservoir
    dl = ellipse_d(X, Y, LAKE)
    shore = LAKE["level"] + 0.5 + 25.0 * (dl - 1.0)
    elev = np.where(dl < 1.0, LAKE["level"], np.where(dl < 3.0, np.minimum(elev, shore), elev))
    dr = ellipse_d(X, Y, RESERVOIR)
    res_level = float(np.round(elev[dr < 1.0].min(), 1))
    blend = np.where(
        elev > res_level + 0.5,
        res_level + 0.5 + (elev - res_level - 0.5) * smoothstep(1.0, 4.5, dr),
        elev,
    )
    elev = np.where(dr < 1.0, res_level, np.where(dr < 4.5, blend, elev))
    return elev


def build_climate(g: Grid, elev: np.ndarray, inside: np.ndarray):
    """(mean annual precipitation mm/a, accumulated temperature °C·d) on the 200 m grid."""
    rs = np.random.RandomState(SEED["climate"])
    X, Y = g.X, g.Y
    s_raw = -0.78 * X + 0.62 * Y
    lo, hi = s_raw[inside].min(), s_raw[inside].max()
    s = (s_raw - lo) / (hi - lo)
    precip = 1330.0 - 985.0 * s + 30.0 * smooth_noise(rs, X.shape, 15.0)
    accum = 5650.0 - 1.25 * (elev - 22.0) - 9.0 * Y + 25.0 * smooth_noise(rs, X.shape, 10.0)
    return precip, accum
