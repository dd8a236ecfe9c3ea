"""The LS factor from flow accumulation (Desmet & Govers, InVEST SDR) and the
Budyko annual water yield (InVEST), on small grids worked out by hand."""

import math

import numpy as np
import pytest
from osgeo import gdal, osr

from cc_warning_plugin.core.dual import ecology
from cc_warning_plugin.core.invest import flow, ls, water_yield
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.raster import (
    CATEGORICAL,
    CONTINUOUS,
    Grid,
    OutputSet,
    RasterOutput,
    open_input,
    run_blocks,
)
from cc_warning_plugin.raster.flow import flow_accumulation, flow_directions

P = load_profile()
LS = P.get("invest.ls")
WY = P.get("invest.water_yield")


def with_halo(z):
    out = np.full((z.shape[0] + 2, z.shape[1] + 2), np.nan)
    out[1:-1, 1:-1] = z
    return out


# A 3 × 4 plane falling 0.4 m per 10 m cell eastwards (z = 10 − 0.4·col):
#   Horn (edges mirrored): dz/dx = −0.04, dz/dy = 0 → tanθ = 0.04, slope 4 %
#   sinθ = 0.04/√1.0016 = 0.0399680
#   m: 4 % in (3.5, 5] → 0.4;  S = 10.8·0.0399680 + 0.03 = 0.4616548 (below 9 %)
#   D8: E (0.04 beats the diagonals' 0.4/14.14 = 0.0283); the last column drains
#   nowhere (no lower neighbour) → flow accumulation of column c is c + 1
#   A_in = (FA − 1)·D² = 100·c m²;  x = |sin α| + |cos α| = 1 (aspect due east)
#   L = [(A_in + 100)^1.4 − A_in^1.4] / (10^2.4 · 1 · 22.13^0.4),
#   10^2.4 = 251.18864, 22.13^0.4 = 3.4513783 → denominator 866.94703
#   c = 0: 100^1.4 = 630.95734 → L = 0.7277923 (= (10/22.13)^0.4: λ = one cell)
#   c = 1: 200^1.4 − 100^1.4 = 1034.14907 → 1.1928630
#   c = 2: 300^1.4 − 200^1.4 = 1272.33867 → 1.4676083
#   c = 3: 400^1.4 − 300^1.4 = 1456.79709 → 1.6803761
PLANE = np.tile(10.0 - 0.4 * np.arange(4), (3, 1))
SIN = 0.04 / math.sqrt(1.0016)
S_LOW = 10.8 * SIN + 0.03
DEN = 10**2.4 * 22.13**0.4


def l_by_hand(c):
    a = 100.0 * c
    return ((a + 100.0) ** 1.4 - a**1.4) / DEN


def test_ls_desmet_govers_on_a_plane():
    dirs = flow.d8_directions(with_halo(PLANE), 10.0, 10.0)
    assert np.all(dirs[:, :3] == 1) and np.all(dirs[:, 3] == 0)
    recv = flow.tile_receivers(dirs)
    acc = flow.accumulate(recv, np.ones(12)).reshape(3, 4)
    assert np.array_equal(acc[0], [1, 2, 3, 4])
    out = ls.ls_desmet_govers(with_halo(PLANE), acc, 10.0, 10.0, 1, LS)
    for c, l_hand in enumerate([0.7277923, 1.1928630, 1.4676083, 1.6803761]):
        assert l_by_hand(c) == pytest.approx(l_hand, abs=1e-7)
        assert np.allclose(out[:, c], l_by_hand(c) * S_LOW, rtol=1e-12)
    # one cell of contributing length reduces to the constant-slope-length form with
    # λ = D: ecology.ls_factor(θ, 10 m) uses m 0.4 for slopes in [3, 5) % too; its S
    # for θ < 5° is the same 10.8 sinθ + 0.03
    theta = math.degrees(math.atan(0.04))
    fixed = ecology.ls_factor(np.array([theta]), 10.0, P.get("dual.ecology.soil_conservation"))[0]
    assert out[0, 0] == pytest.approx(fixed, rel=1e-12)


def test_steep_slope_uses_beta_and_the_high_s():
    # 10 % (1 m per 10 m): sinθ = 0.1/√1.01 = 0.0995037; sinθ^0.8 = 0.1578598
    #   β = (0.0995037/0.0896)/(3·0.1578598 + 0.56) = 1.1105326/1.0335794 = 1.0744532
    #   m = β/(1 + β) = 0.5179453;  S = 16.8·0.0995037 − 0.5 = 1.1716625 (≥ 9 %)
    #   first column: A_in = 0 → L = (10/22.13)^m
    plane = np.tile(10.0 - 1.0 * np.arange(3), (2, 1))
    acc = np.ones((2, 3))
    out = ls.ls_desmet_govers(with_halo(plane), acc, 10.0, 10.0, 1, LS)
    sin = 0.1 / math.sqrt(1.01)
    beta = (sin / 0.0896) / (3 * sin**0.8 + 0.56)
    assert beta == pytest.approx(1.0744532, abs=1e-7)
    m = beta / (1 + beta)
    assert out[0, 0] == pytest.approx((10 / 22.13) ** m * (16.8 * sin - 0.5), rel=1e-12)
    assert 16.8 * sin - 0.5 == pytest.approx(1.1716625, abs=1e-7)


def test_m_band_edges_are_closed_right():
    # 1 % → 0.2 (≤ 1), 3.5 % → 0.3, 5 % → 0.4, 9 % → 0.5; 9.01 % → β/(1+β)
    pct = np.array([1.0, 3.5, 5.0, 9.0])
    sin = np.sin(np.arctan(pct / 100))
    assert ls.m_exponent(pct, sin, LS).tolist() == [0.2, 0.3, 0.4, 0.5]
    sin9 = math.sin(math.atan(0.0901))
    beta = (sin9 / 0.0896) / (3 * sin9**0.8 + 0.56)
    assert ls.m_exponent(np.array([9.01]), np.array([sin9]), LS)[0] == pytest.approx(
        beta / (1 + beta)
    )
    # S: 9 % exactly takes the steep formula (InVEST: slope < 9 % is the low one)
    assert ls.s_factor(np.array([9.0]), np.array([sin9]), LS)[0] == pytest.approx(16.8 * sin9 - 0.5)


def test_diagonal_aspect_and_the_invest_3_14_variant(tmp_path):
    # a plane falling 0.3 m per cell east and 0.3 m per cell south:
    #   dz/dx = dz/dy = −0.03 → tanθ = 0.03·√2 = 0.0424264 (4.24 % → m = 0.4)
    #   aspect 45°: x = |sin α| + |cos α| = (0.03 + 0.03)/0.0424264 = √2
    #   first cell (FA = 1): L = 10^1.4/(10^2.4·√2^0.4·22.13^0.4) = (10/22.13)^0.4/2^0.2
    r, c = np.mgrid[0:3, 0:3]
    plane = 10.0 - 0.3 * r - 0.3 * c
    acc = np.ones((3, 3))
    out = ls.ls_desmet_govers(with_halo(plane), acc, 10.0, 10.0, 1, LS)
    tan = 0.03 * math.sqrt(2)
    sin = tan / math.sqrt(1 + tan * tan)
    assert out[1, 1] == pytest.approx((10 / 22.13) ** 0.4 / 2**0.2 * (10.8 * sin + 0.03))
    # InVEST ≥ 3.14: A_in = √((FA − 1)·D²), x = |sinθ| + |cosθ|; with FA = 5:
    #   A_in = √400 = 20; x = 0.0424264/√1.0018 + 1/√1.0018 = 0.0423883 + 0.9991012 = 1.0414895
    #   L = (120^1.4 − 20^1.4)/(10^2.4 · x^0.4 · 22.13^0.4)
    path = tmp_path / "p.toml"
    path.write_text(
        '[profile]\nextends = "default"\n[invest.ls]\nvariant = "invest_3_14"\n', encoding="utf-8"
    )
    sec = load_profile(str(path)).get("invest.ls")
    acc5 = np.full((3, 3), 5.0)
    got = ls.ls_desmet_govers(with_halo(plane), acc5, 10.0, 10.0, 1, sec)[1, 1]
    x = (tan + 1) / math.sqrt(1 + tan * tan)
    assert x == pytest.approx(1.0414895, abs=1e-7)
    l_hand = (120**1.4 - 20**1.4) / (10**2.4 * x**0.4 * 22.13**0.4)
    assert got == pytest.approx(l_hand * (10.8 * sin + 0.03), rel=1e-12)


def test_l_max_caps_l():
    # FA = 10⁶ cells on the 4 % plane: L = [(10⁸ + 100)^1.4 − 10⁸^1.4]/866.947 ≈ 2.9 · 10³
    # → capped at l_max = 122
    acc = np.full((3, 4), 1e6 + 1)
    out = ls.ls_desmet_govers(with_halo(PLANE), acc, 10.0, 10.0, 1, LS)
    assert np.allclose(out, 122 * S_LOW)


def write(path, arr, dtype=gdal.GDT_Float32, nodata=-9999.0, cell=10.0):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, dtype)
    ds.SetGeoTransform((39500000.0, cell, 0, 4000000.0, 0, -cell))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def test_ls_chain_through_the_engine(tmp_path):
    # the 3 × 4 plane again, 8 rows high, blocks of 2: directions, accumulation, LS
    dem = np.tile(10.0 - 0.4 * np.arange(4), (8, 1)).astype(np.float32)
    dem_p = write(tmp_path / "dem.tif", dem)
    grid = Grid.from_raster(dem_p)
    with OutputSet() as outs:
        d = outs.add(RasterOutput(str(tmp_path / "d.tif"), grid, "Byte", 255))
        flow_directions(grid, open_input(dem_p, grid, CONTINUOUS, "dem"), d, block_size=2)
        outs.commit()
    with OutputSet() as outs:
        a = outs.add(RasterOutput(str(tmp_path / "a.tif"), grid, "Float32", -1.0))
        flow_accumulation(
            grid, open_input(str(tmp_path / "d.tif"), grid, CATEGORICAL, "d"), a, block_size=2
        )
        outs.commit()
    with OutputSet() as outs:
        o = outs.add(RasterOutput(str(tmp_path / "ls.tif"), grid, "Float32", -9999.0))
        inputs = {
            "dem": open_input(dem_p, grid, CONTINUOUS, "dem"),
            "acc": open_input(str(tmp_path / "a.tif"), grid, CONTINUOUS, "acc"),
        }
        run_blocks(
            grid,
            inputs,
            {"ls": o},
            ls.block_function(LS, grid.cell_size_m),
            halo=ls.HALO,
            block_size=2,
        )
        outs.commit()
    got = read(tmp_path / "ls.tif")
    for c in range(4):
        assert np.allclose(got[:, c], l_by_hand(c) * S_LOW, rtol=1e-6)


# -- water yield ---------------------------------------------------------------------------
# P = 1000 mm, ET₀ = 1200 mm, Kc 0.8 → PET = 960, PET/P = 0.96
# AWC = min(1500, 2000)·0.2 = 300 mm; Z = 5 → ω = 5·300/1000 + 1.25 = 2.75
# 0.96^2.75 = e^(2.75·ln 0.96) = e^(−0.1122605) = 0.8938114
# (1 + 0.8938114)^(1/2.75) = e^(ln 1.8938114/2.75) = e^(0.2322151) = 1.2613910
# AET/P = 1 + 0.96 − 1.2613910 = 0.6986090 (< PET/P) → Y = (1 − 0.6986090)·1000 = 301.3910 mm


def test_budyko_by_hand():
    frac = water_yield.aet_fraction(
        np.array([1000.0]),
        np.array([1200.0]),
        np.array([0.8]),
        np.array([2000.0]),
        np.array([1500.0]),
        np.array([0.2]),
        np.array([1.0]),
        5.0,
        1.25,
        5.0,
    )[0]
    fu = 1 + 0.96 - (1 + 0.96**2.75) ** (1 / 2.75)
    assert frac == pytest.approx(fu, rel=1e-14)
    assert frac == pytest.approx(0.6986090, abs=1e-7)
    assert (1 - frac) * 1000 == pytest.approx(301.3910, abs=1e-4)


def test_water_yield_by_land_cover():
    # codes: 20 cropland (Kc 0.65, root 1500, vegetated), 40 water (Kc 1.0, not
    # vegetated), 30 urban (Kc 0.3, not vegetated), 99 unknown
    codes = np.array([[20, 40, 30, 99]])
    valid = np.ones_like(codes, dtype=bool)
    p = np.full((1, 4), 1000.0)
    et0 = np.full((1, 4), 1200.0)
    soil = np.full((1, 4), 1000.0)
    pawc = np.full((1, 4), 0.15)
    y, aet = water_yield.water_yield(p, et0, codes, valid, soil, pawc, WY)
    # cropland: PET = 780, PET/P = 0.78; AWC = min(1000, 1500)·0.15 = 150; ω = 5·150/1000
    # + 1.25 = 2.0 → AET/P = 1.78 − √(1 + 0.78²) = 1.78 − √1.6084 = 1.78 − 1.2682271
    # = 0.5117729 → Y = 488.2271
    assert y[0, 0] == pytest.approx((1 - (1.78 - math.sqrt(1 + 0.78**2))) * 1000)
    assert y[0, 0] == pytest.approx(488.2271, abs=1e-4)
    # water: AET = min(1.0·1200, 1000) = 1000 → Y = 0; urban: AET = 360 → Y = 640
    assert y[0, 1] == 0.0 and aet[0, 1] == 1000.0
    assert y[0, 2] == pytest.approx(640.0)
    assert np.isnan(y[0, 3])


def test_omega_is_capped_and_p_zero_is_nodata():
    # Z = 5, AWC = 300, P = 200 → ω = 5·300/200 + 1.25 = 8.75 → capped at 5
    f = water_yield.aet_fraction(
        np.array([200.0, 0.0]),
        np.array([1200.0, 1200.0]),
        np.array([0.8, 0.8]),
        np.array([2000.0, 2000.0]),
        np.array([1500.0, 1500.0]),
        np.array([0.2, 0.2]),
        np.array([1.0, 1.0]),
        5.0,
        1.25,
        5.0,
    )
    phi = 960 / 200
    assert f[0] == pytest.approx(min(phi, 1 + phi - (1 + phi**5) ** (1 / 5)))
    assert np.isnan(f[1])
