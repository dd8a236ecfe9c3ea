"""Windows read with a halo: the rows a window shares with the window below
are decompressed once and handed on (RasterInput keeps them), and the
values, validity and out-of-range count are those of the raster itself;
blocks computed on two threads give the same output as on one."""

import numpy as np
import pytest
from osgeo import gdal

from cc_warning_plugin.raster import (
    CONTINUOUS,
    Grid,
    OutputSet,
    RasterOutput,
    open_input,
    run_blocks,
)

from tests.helpers import X0, Y0, read_array, wkt

N = 100  # cells a side; tiles of 16, windows of 32: not a whole number of either


def tiled(path, arr, nodata):
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path),
        arr.shape[1],
        arr.shape[0],
        1,
        gdal.GDT_Float32,
        ["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16", "COMPRESS=DEFLATE"],
    )
    ds.SetGeoTransform((X0, 30.0, 0, Y0, 0, -30.0))
    ds.SetProjection(wkt(4527))
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


@pytest.fixture
def raster(tmp_path):
    rng = np.random.default_rng(7)
    arr = rng.uniform(0, 900, (N, N)).astype(np.float32)
    arr[10:14, 40:60] = -9999  # nodata
    arr[50, :] = 950  # out of the plausible range 0 … 930
    arr[77, 33] = np.nan
    return tiled(tmp_path / "dem.tif", arr, -9999), arr


def expected(arr, win, halo):
    """The window with its halo cut from the whole array by hand: NaN and
    invalid for nodata, NaN, values above 930 and cells beyond the raster."""
    x0, y0 = win.xoff - halo, win.yoff - halo
    h, w = win.ysize + 2 * halo, win.xsize + 2 * halo
    values = np.full((h, w), np.nan, dtype=np.float32)
    ys, xs = slice(max(0, y0), min(N, y0 + h)), slice(max(0, x0), min(N, x0 + w))
    values[ys.start - y0 : ys.stop - y0, xs.start - x0 : xs.stop - x0] = arr[ys, xs]
    bad = values > 930
    values[(values == -9999) | bad] = np.nan
    return values, ~np.isnan(values), int(np.count_nonzero(bad))


@pytest.mark.parametrize("halo", [1, 2, 5])
def test_windows_with_a_halo_read_the_raster_exactly(raster, halo):
    path, arr = raster
    grid = Grid.from_raster(path)
    inp = open_input(path, grid, CONTINUOUS, "dem")
    inp.valid_range = (0, 930)  # (open_input would refuse the 950s outright)
    reads = []
    band_read = inp._band.ReadAsArray

    def counted(x, y, xs, ys, **kwargs):  # rows GDAL is asked for
        reads.append((x, y, ys))
        return band_read(x, y, xs, ys, **kwargs)

    inp._band = type(
        "Band", (), {"ReadAsArray": staticmethod(counted), "DataType": inp._band.DataType}
    )()
    out_of_range = 0
    for win in grid.windows(32):
        values, valid = inp.read(win, halo)
        want, want_valid, bad = expected(arr, win, halo)
        np.testing.assert_array_equal(values, want)
        np.testing.assert_array_equal(valid, want_valid)
        out_of_range += bad
    assert inp.out_of_range == out_of_range
    # every row of 16-cell tiles decompressed once per column of windows, not
    # again for the halo of the window below (7 tile rows for 100 rows)
    for x in {x for x, _, _ in reads}:
        tile_rows = [
            t
            for _, y, ys in (r for r in reads if r[0] == x)
            for t in range(y // 16, -(-(y + ys) // 16))
        ]
        assert sorted(tile_rows) == list(range(7))


def test_rows_are_not_kept_without_a_halo_nor_beyond_the_cap(raster, monkeypatch):
    from cc_warning_plugin.raster import inputs

    path, _ = raster
    grid = Grid.from_raster(path)
    inp = open_input(path, grid, CONTINUOUS, "dem")
    for win in grid.windows(32):
        inp.read(win, 0)
    assert not inp._stash
    monkeypatch.setattr(inputs, "STASH_MB", 0)
    capped = open_input(path, grid, CONTINUOUS, "dem")
    for win in grid.windows(32):
        capped.read(win, 1)
    assert not capped._stash and capped._stash_bytes == 0


def test_two_threads_write_what_one_writes(raster, tmp_path):
    path, _ = raster
    grid = Grid.from_raster(path)

    def relief(block):
        v, ok = block.values["dem"], block.valid["dem"]
        h = block.halo
        core = v[h:-h, h:-h]
        # the largest of the 3 × 3 cells, NaN ignored (all NaN: NaN, without
        # nanmax's warning)
        neigh = np.fmax.reduce(
            np.stack(
                [
                    v[h + dy : v.shape[0] - h + dy, h + dx : v.shape[1] - h + dx]
                    for dy in (-1, 0, 1)
                    for dx in (-1, 0, 1)
                ]
            ),
            axis=0,
        )
        out = np.where(ok[h:-h, h:-h], neigh - core, -1).astype(np.float32)
        return {"relief": out}

    results = []
    for threads in (1, 2):
        inp = open_input(path, grid, CONTINUOUS, "dem")
        inp.valid_range = (0, 930)
        dest = str(tmp_path / f"relief_{threads}.tif")
        with OutputSet() as outs:
            out = outs.add(RasterOutput(dest, grid, "Float32", -1))
            run_blocks(
                grid, {"dem": inp}, {"relief": out}, relief, halo=1, block_size=32, threads=threads
            )
            outs.commit()
        results.append(read_array(dest))
    np.testing.assert_array_equal(results[0], results[1])
    assert np.count_nonzero(results[0] == -1) > 0


def test_the_number_of_threads_can_be_set(monkeypatch):
    from cc_warning_plugin.raster.engine import default_threads

    monkeypatch.setenv("CC_WARNING_THREADS", "3")
    assert default_threads() == 3
    monkeypatch.setenv("CC_WARNING_THREADS", "many")
    assert 1 <= default_threads() <= 4
