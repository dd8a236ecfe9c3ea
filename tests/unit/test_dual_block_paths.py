"""The byte paths of the 双评价 block functions (gradings without a look-up
table, look-ups through pairs of bytes, shifts in bytes, the slope's scratch
arrays) give what the plain definitions give: answers typed here by hand, or
from the one-line definition written in the test."""

import threading

import numpy as np
import pytest

from cc_warning_plugin.core.dual import grading, terrain


def test_grade_levels_in_any_order_and_wrapping_steps():
    v = np.array([0.5, 1, 1.5, 2, 2.5, 3, 3.5, np.nan], dtype=np.float32)
    # right-closed (−∞, 1], (1, 2], (2, 3], (3, ∞)
    assert grading.grade(v, [1, 2, 3], [3, 1, 4, 1]).tolist() == [3, 3, 1, 1, 4, 4, 1, 0]
    # level steps of −255 and +254 across the edges (byte arithmetic wraps)
    assert grading.grade(v, [1, 2, 3], [0, 255, 1, 255], nodata=7).tolist() == [
        0,
        0,
        255,
        255,
        1,
        1,
        255,
        7,
    ]
    # left-closed (−∞, 1), [1, 2), [2, 3), [3, ∞)
    assert grading.grade(v, [1, 2, 3], [5, 4, 3, 2], "left").tolist() == [5, 4, 4, 3, 3, 2, 2, 0]


def test_grade_breaks_out_of_order_count_the_breaks_below():
    v = np.array([0.5, 1.5, 2.5, 3.5])
    # breaks 3, 1, 2: the number of breaks below a value picks the level
    assert grading.grade(v, [3, 1, 2], [10, 20, 30, 40]).tolist() == [10, 20, 30, 40]


def test_grade_wider_levels_and_a_large_block():
    v = np.array([0.0, 5.0, 50.0])
    out = grading.grade(v, [1, 10], [100, 1000, 20000], dtype=np.int32)
    assert out.dtype == np.int32 and out.tolist() == [100, 1000, 20000]
    rng = np.random.default_rng(5)
    big = (rng.random((300, 302)) * 40).astype(np.float32)
    above = (big >= 10).astype(int) + (big >= 20) + (big >= 30) + (big >= 35)
    expect = np.array([5, 4, 3, 2, 1], dtype=np.uint8)[above]
    assert np.array_equal(grading.grade(big, [10, 20, 30, 35], [5, 4, 3, 2, 1], "left"), expect)


@pytest.mark.parametrize("shape", [(3,), (4096,), (4097,), (64, 70), (65, 65)])
def test_take_bytes_is_the_table_look_up(shape):
    table = ((np.arange(256) * 7 + 3) % 256).astype(np.uint8)
    rng = np.random.default_rng(6)
    index = rng.integers(0, 256, shape).astype(np.uint8)
    out = grading.take_bytes(table, index)
    assert out.shape == index.shape and out.dtype == np.uint8
    assert out.ravel().tolist() == [(int(i) * 7 + 3) % 256 for i in index.ravel()]
    if index.ndim == 2:  # a strided index
        view = index[:, ::2]
        assert grading.take_bytes(table, view).tolist() == table[view].tolist()


def test_matrix_on_bytes_sends_values_beyond_the_table_to_nodata():
    table = [[1, 2], [3, 4], [5, 6]]  # 3 rows (land) × 2 columns (water)
    rows = np.array([1, 1, 2, 3, 0, 4, 255, 3] * 1024, dtype=np.uint8)
    cols = np.array([1, 2, 1, 2, 1, 1, 1, 3] * 1024, dtype=np.uint8)
    out = grading.matrix(rows, cols, table)
    assert out.dtype == np.uint8
    assert out[:8].tolist() == [1, 2, 3, 6, 0, 0, 0, 0]
    assert np.array_equal(out.reshape(1024, 8), np.tile(out[:8], (1024, 1)))


@pytest.mark.parametrize(
    "shift, lo, hi, expect",
    [
        (1, 1, 5, [0, 2, 4, 5, 5, 7]),  # 0 (nodata) is never hit here
        (3, 1, 5, [0, 4, 5, 5, 5, 7]),
        (-2, 1, 5, [0, 1, 1, 2, 3, 7]),
        (10, 1, 255, [0, 11, 13, 14, 15, 7]),
        (-300, 1, 5, [0, 1, 1, 1, 1, 7]),  # beyond a byte: the wide path
        (300, 1, 5, [0, 5, 5, 5, 5, 7]),
    ],
)
def test_shift_on_byte_levels(shift, lo, hi, expect):
    level = np.array([0, 1, 3, 4, 5, 7], dtype=np.uint8)
    x = np.array([0, 1, 1, 1, 1, 0], dtype=float)
    rules = [{"input": "x", "op": ">", "value": 0.5, "shift": shift}]
    grading.apply_modifiers(level, {"x": x}, rules, lo=lo, hi=hi)
    assert level.tolist() == expect


def _plane(ny, nx, a, b):
    y, x = np.mgrid[0:ny, 0:nx]
    return (a * x + b * y).astype(np.float32)


def test_slope_scratch_arrays_are_not_shared_between_blocks_or_threads():
    # a plane z = a·x + b·y on 1 m cells has tan² = a² + b² everywhere
    # (rows run south, so dz/dy = −b); blocks of other sizes and other
    # threads in between must not change that
    results = {}

    def run(key, ny, nx, a, b):
        for _ in range(3):
            results[key] = terrain.gradient_squared(_plane(ny, nx, a, b), 1.0, 1.0)

    threads = [
        threading.Thread(target=run, args=(i, 40 + 7 * i, 60 - 5 * i, i + 1, 2 * i))
        for i in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(4):
        g2 = results[i]
        assert g2.shape == (38 + 7 * i, 58 - 5 * i)
        assert np.all(g2 == (i + 1) ** 2 + (2 * i) ** 2)
    big = terrain.gradient_squared(_plane(200, 30, 3, 4), 1.0, 1.0)
    small = terrain.gradient_squared(_plane(5, 9, 1, 0), 1.0, 1.0)
    assert np.all(big == 25) and small.shape == (3, 7) and np.all(small == 1)


def _block(values, halo, xoff=0, yoff=0):
    from cc_warning_plugin.core.progress import as_progress
    from cc_warning_plugin.raster.engine import Block
    from cc_warning_plugin.raster.grid import Window

    ny, nx = values.shape[0] - 2 * halo, values.shape[1] - 2 * halo
    return Block(
        None,
        Window(xoff, yoff, nx, ny),
        halo,
        {"z": values},
        {"z": ~np.isnan(values)},
        np.ones((ny, nx), dtype=bool),
        as_progress(None),
    )


def test_block_strips_are_views_of_whole_rows_with_the_halo():
    z = np.arange(9 * 6, dtype=float).reshape(9, 6)  # 7 rows × 4 columns and a halo of 1
    block = _block(z, 1, xoff=10, yoff=20)
    strips = list(block.strips(cells=13))  # 13 // (4 + 2) = 2 rows a strip
    assert [(s.window.yoff, s.window.ysize) for s in strips] == [(20, 2), (22, 2), (24, 2), (26, 1)]
    assert all(s.window.xoff == 10 and s.window.xsize == 4 and s.halo == 1 for s in strips)
    assert strips[1].values["z"][0, 0] == z[2, 0] and strips[1].values["z"].shape == (4, 6)
    assert np.shares_memory(strips[1].values["z"], z)
    assert strips[3].inside.shape == (1, 4)
    assert list(block.strips(cells=100)) == [block]  # one strip: the block itself
    assert len(list(block.strips(cells=1))) == 7  # at least one row a strip


def test_by_strips_gives_the_block_result():
    # the 3 × 3 sum around every cell (halo 1), by hand on a 5 × 4 block
    z = np.arange(7 * 6, dtype=float).reshape(7, 6)
    block = _block(z, 1)

    def box(b):
        v = b.values["z"]
        ny, nx = b.shape
        s = sum(v[dy : dy + ny, dx : dx + nx] for dy in range(3) for dx in range(3))
        return {"sum": s, "row": np.full(b.shape, b.window.yoff, dtype=np.int16)}

    whole = box(block)
    # cell (0, 0): rows 0–2, columns 0–2 of z = 9 · z[1, 1] for a linear ramp
    assert whole["sum"][0, 0] == 9 * z[1, 1]
    parts = block.by_strips(box, cells=12)  # 2 rows a strip
    assert np.array_equal(parts["sum"], whole["sum"])
    assert parts["row"][:, 0].tolist() == [0, 0, 2, 2, 4]
    assert parts["sum"].dtype == whole["sum"].dtype


def test_byte_counts_are_the_counts_of_every_byte():
    from cc_warning_plugin.raster.output import byte_counts

    arr = np.array([0, 0, 1, 255, 7] * 1001, dtype=np.uint8)  # 5,005 cells, an odd number
    counts = byte_counts(arr.reshape(5, 1001))
    assert counts.shape == (256,) and counts.sum() == 5005
    assert {int(i): int(counts[i]) for i in np.nonzero(counts)[0]} == {
        0: 2002,
        1: 1001,
        7: 1001,
        255: 1001,
    }
    assert byte_counts(arr.reshape(5, 1001)[:, ::2]).sum() == 5 * 501  # strided


@pytest.mark.parametrize("nodata", [-9999.0, 1.5, None])
def test_plausible_float32_values_at_a_bound_float32_cannot_hold(tmp_path, nodata):
    # 0.7 lies between two float32 values; a float32 cell of 0.69999999 is
    # compared in float32 with the range's 0.7, as every cell read is: inside
    # (the range is set after opening: the check of the sampled minimum and
    # maximum at opening compares in float64)
    from osgeo import gdal

    from cc_warning_plugin.raster import CONTINUOUS, Grid, open_input
    from cc_warning_plugin.raster.grid import Window
    from tests.helpers import write_raster

    below = float(np.float32(0.7))
    assert below < 0.7
    values = np.full((4, 5), 1.0)
    values[1, 2] = below
    values[3, 4] = 2.5  # above the range: nodata, counted
    path = write_raster(tmp_path / "v.tif", values, nodata=nodata, dtype=gdal.GDT_Float32)
    grid = Grid.from_raster(path, "v")
    inp = open_input(path, grid, CONTINUOUS, "v", check_data=False)
    inp.valid_range = (0.7, 2.0)
    v, ok = inp.read(Window(0, 0, 5, 4))
    assert v.dtype == np.float32 and v[1, 2] == np.float32(0.7) and ok[1, 2]
    assert not ok[3, 4] and np.isnan(v[3, 4]) and inp.out_of_range == 1
    assert ok.sum() == 19
    values[3, 4] = 1.0
    path = write_raster(tmp_path / "w.tif", values, nodata=nodata, dtype=gdal.GDT_Float32)
    inp = open_input(path, grid, CONTINUOUS, "w", check_data=False)
    inp.valid_range = (0.7, 2.0)
    v, ok = inp.read(Window(0, 0, 5, 4))
    assert ok.all() and inp.out_of_range == 0 and v[1, 2] == np.float32(0.7)


@pytest.mark.parametrize("block", [1024, 512, 768])
def test_overview_tiles_flushed_by_the_writer_hold_every_fth_cell(tmp_path, block, monkeypatch):
    # blocks of 1024 fill whole tiles of both overviews (512 and 256 cells a
    # side), blocks of 512 only of the first, blocks of 768 of neither
    from osgeo import gdal

    from cc_warning_plugin.core.dual.classes import class_set
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.raster import Grid, OutputSet, RasterOutput, output, run_blocks
    from tests.helpers import X0, Y0, wkt

    monkeypatch.setattr(output, "OVERVIEW_MIN_CELLS", 1000)
    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 2100, 1300)
    yy, xx = np.mgrid[0:1300, 0:2100]
    pattern = ((xx // 3 + yy // 7) % 5 + 1).astype(np.uint8)

    def func(b):
        w = b.window
        return {"v": pattern[w.yoff : w.yoff + w.ysize, w.xoff : w.xoff + w.xsize]}

    levels = class_set(load_profile(), "levels")
    with OutputSet() as outs:
        out = outs.add(RasterOutput(str(tmp_path / "ov.tif"), g, "Byte", 0, class_set=levels))
        run_blocks(g, {}, {"v": out}, func, block_size=block)
        outs.commit()
    ds = gdal.Open(str(tmp_path / "ov.tif"))
    band = ds.GetRasterBand(1)
    np.testing.assert_array_equal(band.ReadAsArray(), pattern)
    assert band.GetOverviewCount() == 2  # 1300 / 4 ≥ 256 > 1300 / 8
    for i, f in enumerate((2, 4)):
        np.testing.assert_array_equal(band.GetOverview(i).ReadAsArray(), pattern[::f, ::f])


def test_inputs_read_without_the_halo(tmp_path):
    # a 40 × 20 grid, blocks of 16 with a halo of 1: "a" read with it, "b" without
    from osgeo import gdal

    from cc_warning_plugin.raster import CONTINUOUS, Grid, OutputSet, RasterOutput
    from cc_warning_plugin.raster import open_input, run_blocks
    from tests.helpers import write_raster

    values = np.arange(800, dtype=float).reshape(40, 20)
    pa = write_raster(tmp_path / "a.tif", values, dtype=gdal.GDT_Float32)
    pb = write_raster(tmp_path / "b.tif", values * 10, dtype=gdal.GDT_Float32)
    grid = Grid.from_raster(pa, "a")
    inputs = {
        n: open_input(p, grid, CONTINUOUS, n, check_data=False) for n, p in (("a", pa), ("b", pb))
    }
    shapes = []

    def func(block):
        a, b = block.values["a"], block.values["b"]
        shapes.append((block.shape, a.shape, b.shape))
        ny, nx = block.shape
        parts = list(block.strips(cells=3 * (nx + 2)))  # 3 rows a strip
        assert [p.values["b"].shape for p in parts] == [
            (min(3, ny - r), nx) for r in range(0, ny, 3)
        ]
        assert all(p.values["a"].shape == (p.shape[0] + 2, nx + 2) for p in parts)
        assert np.array_equal(np.vstack([p.core(p.values["b"]) for p in parts]), b)
        assert np.array_equal(np.vstack([p.core(p.values["a"]) for p in parts]), block.core(a))
        # "a" with the halo: the cell above the window's top-left cell
        w = block.window
        above = values[w.yoff - 1, w.xoff] if w.yoff else np.nan
        assert np.array_equal(a[0, 1], above, equal_nan=True)
        return {"v": (block.core(a) + block.core(b)).astype(np.float32)}

    with OutputSet() as outs:
        out = outs.add(RasterOutput(str(tmp_path / "v.tif"), grid, "Float32", -1.0))
        run_blocks(grid, inputs, {"v": out}, func, halo=1, block_size=16, halo_inputs=["a"])
        outs.commit()
    assert sorted(shapes) == [
        ((8, 4), (10, 6), (8, 4)),
        ((8, 16), (10, 18), (8, 16)),
        ((16, 4), (18, 6), (16, 4)),
        ((16, 4), (18, 6), (16, 4)),
        ((16, 16), (18, 18), (16, 16)),
        ((16, 16), (18, 18), (16, 16)),
    ]
    ds = gdal.Open(str(tmp_path / "v.tif"))
    assert ds.ReadAsArray().tolist() == (values * 11).tolist()


def test_convex_hull_of_cell_corners_drops_the_points_between_on_a_vertical_line():
    from cc_warning_plugin.raster.patches import convex_hull

    # an L of cells 1 m wide: rows 0–2 of column 0 and row 2 of columns 1–2
    # (4 corners a cell, many shared); the hull: (0,0) (0,3) (3,3) (3,2) (1,0),
    # counter-clockwise from the lowest x, lowest y; (0,1), (0,2) lie between
    corners = []
    for r, c in ((0, 0), (1, 0), (2, 0), (2, 1), (2, 2)):
        corners += [(c, r), (c + 1, r), (c, r + 1), (c + 1, r + 1)]
    hull = convex_hull(np.array(corners, dtype=float))
    assert hull.dtype == np.float64
    assert hull.tolist() == [[0, 0], [1, 0], [3, 2], [3, 3], [0, 3]]
    # points on one vertical line: its two ends
    line = np.array([[5.0, y] for y in (4, 1, 3, 2, 1)])
    assert convex_hull(line).tolist() == [[5, 1], [5, 4]]
    assert convex_hull(np.array([[2.0, 2.0], [2.0, 2.0]])).tolist() == [[2, 2]]
    # and on one horizontal line; a T whose bar holds points between its ends
    assert convex_hull(np.array([[x, 7.0] for x in (3, 9, 4, 3)])).tolist() == [[3, 7], [9, 7]]
    tee = [(x, 4.0) for x in range(5)] + [(2.0, y) for y in range(4)]
    assert convex_hull(np.array(tee, dtype=float)).tolist() == [[0, 4], [2, 0], [4, 4]]
