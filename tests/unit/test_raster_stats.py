"""Global statistics without loading the raster: the cumulative-share breaks
of the service-importance rule (ties exact), and connected patches with
their area and compactness, independent of the strip height."""

import functools
import math

import numpy as np
import pytest
from osgeo import gdal

from cc_warning_plugin.raster import CATEGORICAL, CONTINUOUS, Grid, OutputSet, RasterOutput
from cc_warning_plugin.raster import open_input
from cc_warning_plugin.raster.patches import convex_hull, min_enclosing_circle_radius, patch_metric
from cc_warning_plugin.raster.stats import classify_by_breaks, cumulative_share_breaks

from tests.helpers import write_raster as _write_raster

#: this module's rasters: cell=10.0
write_raster = functools.partial(_write_raster, cell=10.0)


def breaks_of(tmp_path, values, shares=(0.5, 0.8), shape=None, **kw):
    arr = np.asarray(values, dtype=float).reshape(shape or (1, len(values)))
    path = write_raster(tmp_path / "v.tif", arr, nodata=-9999.0)
    g = Grid.from_raster(path)
    return cumulative_share_breaks(g, open_input(path, g, CONTINUOUS, "service"), shares, **kw)


@pytest.mark.parametrize(
    "values, expected",
    [
        # T = 10. 50 %: S(4) = 4 ≤ 5, S(3) = 7 > 5 → t = 4.
        #         80 %: S(3) = 7 ≤ 8, S(2) = 9 > 8 → t = 3.
        ([4, 3, 2, 1], [4, 3]),
        # ties on the line: T = 20; S(5) = 10 ≤ 10 → t50 = 5; S(3) = 16 ≤ 16 → t80 = 3
        ([5, 5, 3, 3, 2, 2], [5, 3]),
        # a tie group straddling the line stays out whole: T = 20, S(6) = 6 ≤ 10 but
        # S(4) = 6 + 12 = 18 > 10 → t50 = 6 (cell by cell one 4 would be in);
        # 80 %: S(4) = 18 > 16 → t80 = 6 as well
        ([6, 4, 4, 4, 2], [6, 6]),
        # one dominating value: S(9) = 9 > 5 → no cell within the first 50 %
        ([9, 1], [math.inf, math.inf]),
        # negative values count as 0 (T = 10 as in the first case); nodata ignored
        ([-5, 4, 3, -9999, 2, 1], [4, 3]),
    ],
)
def test_cumulative_share_breaks_known_answers(tmp_path, values, expected):
    assert breaks_of(tmp_path, values) == expected


def test_many_passes_give_the_same_exact_breaks(tmp_path):
    """1…100, each three times, shuffled over a 30 × 10 raster; forcing the
    histogram passes (collect_limit 5) must not change the answer.
    S(v) = 3·Σ_{k=v}^{100} k = 3·(100 + v)(101 − v)/2, T = 3·5050.
    50 %: S(72) = 3·2494 ≤ 3·2525 < S(71) = 3·2565 → 72.
    80 %: S(46) = 3·4015 ≤ 3·4040 < S(45) = 3·4060 → 46."""
    rng = np.random.default_rng(7)
    values = rng.permutation(np.repeat(np.arange(1, 101), 3))
    assert breaks_of(tmp_path, values, shape=(10, 30)) == [72, 46]
    assert breaks_of(tmp_path, values, shape=(10, 30), collect_limit=5, block_size=16) == [72, 46]
    cls = classify_by_breaks(np.array([100.0, 72.0, 71.9, 46.0, 45.0, np.nan]), [72, 46], [1, 2, 3])
    assert cls.tolist() == [1, 1, 2, 2, 3, 0]


# -- patches --------------------------------------------------------------------


def metric_of(tmp_path, arr, metric="compactness", connectivity=4, strip_cells=1 << 22, cell=10.0):
    path = write_raster(
        tmp_path / "lv.tif", arr.astype(np.uint8), cell=cell, nodata=0, dtype=gdal.GDT_Byte
    )
    g = Grid.from_raster(path)
    dest = tmp_path / f"m_{metric}_{connectivity}_{strip_cells}.tif"
    with OutputSet() as outs:
        out = outs.add(RasterOutput(str(dest), g, "Float64", -1.0))
        summary = patch_metric(
            g,
            open_input(path, g, CATEGORICAL, "levels"),
            out,
            metric,
            connectivity,
            strip_cells=strip_cells,
        )
        outs.commit()
    ds = gdal.Open(str(dest))
    return ds.GetRasterBand(1).ReadAsArray(), summary


LAYOUT = np.array(
    [
        [1, 0, 2, 2, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 3, 3, 3],
        [5, 0, 4, 0, 0, 3, 3, 3],
        [5, 5, 0, 4, 0, 3, 3, 3],
        [0, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 1],
        [0, 0, 0, 0, 0, 0, 0, 1],
        [0, 0, 0, 0, 0, 0, 0, 1],
    ]
)


def test_patch_compactness_known_answers(tmp_path):
    m, summary = metric_of(tmp_path, LAYOUT)
    # one cell: circle through its corners, r = a/√2 → ρ = a² / (π a²/2) = 2/π
    assert m[0, 0] == pytest.approx(2 / math.pi)
    # 2 × 1 cells: r = √5·a/2 → ρ = 2a² / (π·5a²/4) = 8/(5π)
    assert m[0, 2] == m[0, 3] == pytest.approx(8 / (5 * math.pi))
    # 3 × 3 square: ρ = 2/π like any square
    assert m[2, 6] == pytest.approx(2 / math.pi)
    # L of 3 cells: farthest corners (0,0)-(2,2) a → r = √2·a, ρ = 3/(2π)
    assert m[2, 0] == m[3, 0] == m[3, 1] == pytest.approx(3 / (2 * math.pi))
    # two diagonal cells of 4 are two patches with edge connectivity
    assert m[2, 2] == m[3, 3] == pytest.approx(2 / math.pi)
    # vertical 3 × 1: r = √10·a/2 → ρ = 3/(π·2.5)
    assert m[5, 7] == pytest.approx(3 / (2.5 * math.pi))
    assert m[1, 0] == -1.0  # no patch: nodata
    assert summary["patches"] == 7 and summary["largest_cells"] == 9


def test_corner_connectivity_joins_diagonal_cells(tmp_path):
    m, summary = metric_of(tmp_path, LAYOUT, connectivity=8)
    # two diagonal cells as one patch: r = √2·a (corner to corner) → ρ = 2/(2π)
    assert m[2, 2] == m[3, 3] == pytest.approx(1 / math.pi)
    assert summary["patches"] == 6


def test_patch_area_in_hectares(tmp_path):
    m, _ = metric_of(tmp_path, LAYOUT, metric="area_ha")
    # 9 cells of 10 m × 10 m = 900 m² = 0.09 ha
    assert m[1, 5] == pytest.approx(0.09) and m[0, 0] == pytest.approx(0.01)


def test_patches_do_not_depend_on_the_strip_height(tmp_path):
    rng = np.random.default_rng(3)
    arr = rng.integers(0, 4, size=(60, 45))
    arr[10:40, 5:30] = 2  # a large blob crossing strips
    whole, s1 = metric_of(tmp_path, arr)
    strips, s2 = metric_of(tmp_path, arr, strip_cells=45 * 4)  # 4-row strips
    one_row, s3 = metric_of(tmp_path, arr, strip_cells=1)  # 1-row strips
    np.testing.assert_allclose(strips, whole, rtol=1e-12)
    np.testing.assert_allclose(one_row, whole, rtol=1e-12)
    assert s1 == s2 == s3
    w8, _ = metric_of(tmp_path, arr, connectivity=8)
    s8, _ = metric_of(tmp_path, arr, connectivity=8, strip_cells=45 * 3)
    np.testing.assert_allclose(s8, w8, rtol=1e-12)


def test_enclosing_circle_and_hull():
    square = np.array([[0, 0], [2, 0], [2, 2], [0, 2], [1, 1]], dtype=float)
    assert len(convex_hull(square)) == 4
    assert min_enclosing_circle_radius(square) == pytest.approx(math.sqrt(2))
    tri = np.array([[0, 0], [4, 0], [2, 1]], dtype=float)  # obtuse: the long side
    assert min_enclosing_circle_radius(tri) == pytest.approx(2.0)
    eq = np.array([[0, 0], [2, 0], [1, math.sqrt(3)]])  # equilateral: 2/√3
    assert min_enclosing_circle_radius(eq) == pytest.approx(2 / math.sqrt(3))
