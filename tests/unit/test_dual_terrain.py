"""Slope and relief on DEM blocks: exact slope-class breaks on tilted planes
(interior, edges and around holes) and the relief window."""

import math

import numpy as np
import pytest

from cc_warning_plugin.core.dual import land, terrain
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


def plane(theta_deg, azimuth_deg, shape=(9, 11), cell_w=30.0, cell_h=30.0, halo=1):
    """z = tanθ·(x·cos α + y·sin α) on a padded block (halo cells of NaN, as
    beyond the edge of a DEM)."""
    ny, nx = shape
    y, x = np.mgrid[0:ny, 0:nx].astype(float)
    t = math.tan(math.radians(theta_deg))
    a = math.radians(azimuth_deg)
    z = 100.0 + t * (x * cell_w * math.cos(a) - y * cell_h * math.sin(a))
    out = np.full((ny + 2 * halo, nx + 2 * halo), np.nan)
    out[halo : halo + ny, halo : halo + nx] = z
    return out


@pytest.mark.parametrize(
    "theta, level",
    [
        # spec §2.1 农业: ≤ 2 → 1, (2, 6] → 2, (6, 15] → 3, (15, 25] → 4, > 25 → 5
        (0.0, 1),
        (2.0, 1),
        (2.01, 2),
        (6.0, 2),
        (6.01, 3),
        (15.0, 3),
        (15.01, 4),
        (25.0, 4),
        (25.01, 5),
        (40.0, 5),
    ],
)
@pytest.mark.parametrize("azimuth", [0.0, 37.0, 90.0])
def test_tilted_plane_slope_and_class(theta, level, azimuth):
    dem = plane(theta, azimuth)
    slope = terrain.slope_degrees(dem, 30.0, 30.0, 1)
    # every cell, the DEM's edges included, has the plane's slope
    np.testing.assert_allclose(slope, theta, rtol=0, atol=1e-9)
    lv = land.land_level(slope, P.get("dual.land.agri_slope"))
    assert (lv == level).all()
    # graded from tan² of the slope (no arctangent), the classes are the same
    tan2 = terrain.gradient_squared(dem, 30.0, 30.0, 1)
    assert (land.land_level(None, P.get("dual.land.agri_slope"), tan2=tan2) == level).all()


def test_rectangular_cells_use_their_own_ground_distances():
    dem = plane(15.0, 37.0, cell_w=10.0, cell_h=40.0)
    np.testing.assert_allclose(terrain.slope_degrees(dem, 10.0, 40.0, 1), 15.0, atol=1e-9)
    # read with a square cell by mistake, the slope would differ
    assert abs(terrain.slope_degrees(dem, 40.0, 40.0, 1)[4, 4] - 15.0) > 5


def test_holes_keep_the_plane_slope_and_stay_nodata():
    """(A cell with missing cells on both sides of it, e.g. between the DEM
    edge and a hole, falls back to its own elevation on that axis.)"""
    dem = plane(6.0, 20.0)
    dem[4, 5] = np.nan  # one missing cell
    dem[6:8, 6:8] = np.nan  # a 2 × 2 hole
    slope = terrain.slope_degrees(dem, 30.0, 30.0, 1)
    core_nan = np.isnan(dem[1:-1, 1:-1])
    assert np.isnan(slope[core_nan]).all()
    np.testing.assert_allclose(slope[~core_nan], 6.0, atol=1e-9)


def test_horn_slope_hand_computed():
    # 3 × 3 neighbourhood, cell 10 m:
    #  a b c     10 20 30
    #  d e f  =  10 20 30     dz/dx = ((30+60+30) − (10+20+10)) / 80 = 1
    #  g h i     40 50 60     dz/dy = ((40+100+60) − (10+40+30)) / 80 = 1.5
    dem = np.array([[10, 20, 30], [10, 20, 30], [40, 50, 60]], dtype=float)
    slope = terrain.slope_degrees(dem, 10.0, 10.0, 1)
    assert slope.shape == (1, 1)
    assert slope[0, 0] == pytest.approx(math.degrees(math.atan(math.hypot(1.0, 1.5))))


def test_relief_window_odd_and_even():
    z = np.arange(36, dtype=float).reshape(6, 6)  # z = 6·row + col
    # 3 × 3 window around (2, 2) of the 6 × 6 block, padded by 1: rows 1–3,
    # cols 1–3 → max 21 − min 7 = 14
    padded = np.pad(z, 1, constant_values=np.nan)
    r3 = terrain.relief(padded, 3, 1)
    assert r3[2, 2] == 14.0
    assert r3[0, 0] == 7.0  # corner: rows 0–1, cols 0–1
    # 4 × 4 window reaches one cell further up/left: rows 0–3, cols 0–3 of (2, 2)
    padded2 = np.pad(z, 2, constant_values=np.nan)
    r4 = terrain.relief(padded2, 4, 2)
    assert r4[2, 2] == (6 * 3 + 3) - 0
    holes = padded.copy()
    holes[3, 3] = np.nan  # the centre (2, 2) itself
    assert np.isnan(terrain.relief(holes, 3, 1)[2, 2])
