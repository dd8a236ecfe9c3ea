"""A raster input's cover of the analysis area, measured when it is opened
(GDAL alone): all nodata is refused naming the layer, mostly nodata is
reported with the share, inside the analysis area when there is one; large
grids are sampled in a bounded number of cells."""

import numpy as np
import pytest
from osgeo import gdal

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.raster import CATEGORICAL, CONTINUOUS, Grid, open_input
from cc_warning_plugin.raster.inputs import (
    COVERAGE_SAMPLE_CELLS,
    check_coverage,
    data_coverage,
    sample_windows,
)

from tests.helpers import write_raster


def dem_with_data(tmp_path, cols, shape=(50, 40), name="dem"):
    """A DEM of 30 m cells with data (100 m) in the given columns only."""
    arr = np.full(shape, -9999.0)
    arr[:, cols] = 100.0
    return write_raster(tmp_path / f"{name}.tif", arr, nodata=-9999.0)


def test_an_all_nodata_raster_is_refused_naming_it(tmp_path):
    path = dem_with_data(tmp_path, slice(0, 0), name="空的高程")
    grid = Grid.from_raster(path)
    with pytest.raises(InputError) as err:
        open_input(path, grid, CONTINUOUS, "空的高程")
    assert "空的高程" in str(err.value) and "no data" in str(err.value)
    assert "-9999" in str(err.value)


def test_a_mostly_nodata_raster_is_reported_with_the_share(tmp_path):
    # data in 10 of 40 columns: 75 % of the 2,000 cells are nodata
    path = dem_with_data(tmp_path, slice(0, 10))
    warnings = []
    inp = open_input(path, Grid.from_raster(path), CONTINUOUS, "dem", warn=warnings.append)
    assert len(warnings) == 1
    assert "dem" in warnings[0] and "75.0 %" in warnings[0] and "2,000" in warnings[0]
    assert inp.coverage.exact and inp.coverage.valid == 500


def test_half_or_more_data_gives_no_warning(tmp_path):
    path = dem_with_data(tmp_path, slice(0, 20))  # 50 % nodata: not "mostly"
    warnings = []
    open_input(path, Grid.from_raster(path), CONTINUOUS, "dem", warn=warnings.append)
    assert warnings == []


def test_the_share_is_measured_inside_the_analysis_area(tmp_path):
    # data in the left half (columns 0–19). Analysis area = columns 0–29: 50 rows × 30
    # = 1,500 cells, 50 × 10 = 500 without data → 33.3 %, no warning. Area = columns
    # 10–39: 50 × 20 = 1,000 of 1,500 without data → 66.7 %.
    path = dem_with_data(tmp_path, slice(0, 20))
    grid = Grid.from_raster(path)

    def area(cols, name):
        a = np.zeros((50, 40), dtype=np.uint8)
        a[:, cols] = 1
        mask = write_raster(tmp_path / f"{name}.tif", a, nodata=0, dtype=gdal.GDT_Byte)
        return open_input(mask, grid, CATEGORICAL, name, check_data=False)

    warnings = []
    open_input(
        path, grid.with_area(area(slice(0, 30), "west")), CONTINUOUS, "dem", warn=warnings.append
    )
    assert warnings == []
    inp = open_input(
        path, grid.with_area(area(slice(10, 40), "east")), CONTINUOUS, "dem", warn=warnings.append
    )
    assert len(warnings) == 1 and "66.7 %" in warnings[0]
    assert "inside the analysis area" in warnings[0]
    assert (inp.coverage.valid, inp.coverage.total) == (500, 1500)
    # data only outside the area: nothing to evaluate there
    with pytest.raises(InputError, match="inside the analysis area"):
        open_input(path, grid.with_area(area(slice(25, 40), "far_east")), CONTINUOUS, "dem")


def test_a_warning_goes_to_log_warn_when_given(tmp_path):
    path = dem_with_data(tmp_path, slice(0, 4))
    infos, warnings = [], []

    def log(text):
        infos.append(text)

    log.warn = warnings.append
    open_input(path, Grid.from_raster(path), CONTINUOUS, "dem", log=log)
    assert len(infos) == 1 and "read as is" in infos[0]
    assert len(warnings) == 1 and "90.0 %" in warnings[0]


def test_intermediate_rasters_are_not_checked(tmp_path):
    path = dem_with_data(tmp_path, slice(0, 0))
    inp = open_input(path, Grid.from_raster(path), CONTINUOUS, "tmp", check_data=False)
    assert inp.coverage is None


def test_large_grids_are_sampled_in_a_bounded_number_of_cells():
    """10⁸ cells (a province at 30 m): about COVERAGE_SAMPLE_CELLS are read,
    in windows spread over every part of the grid."""
    grid = Grid("", 0.0, 300000.0, 30.0, 30.0, 10000, 10000)

    class Warped:  # a reprojected input: square windows
        warped = True

    windows, exact = sample_windows(Warped(), grid)
    cells = sum(w.cells for w in windows)
    assert not exact and 0.9 * COVERAGE_SAMPLE_CELLS <= cells <= COVERAGE_SAMPLE_CELLS
    assert max(w.cells for w in windows) <= 256 * 256
    # every tenth of the rows and of the columns holds sampled windows
    assert {w.yoff * 10 // grid.height for w in windows} == set(range(10))
    assert {w.xoff * 10 // grid.width for w in windows} == set(range(10))


def test_a_sample_follows_the_stored_blocks_and_estimates_the_share(tmp_path):
    # 640 × 640 cells in 64 × 64 tiles; data in the top 160 rows (25 %)
    arr = np.full((640, 640), -1.0, dtype=np.float32)
    arr[:160] = 5.0
    path = str(tmp_path / "tiled.tif")
    ds = gdal.GetDriverByName("GTiff").Create(
        path, 640, 640, 1, gdal.GDT_Float32, ["TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"]
    )
    ds.SetGeoTransform((0, 30, 0, 19200, 0, -30))
    from tests.helpers import wkt

    ds.SetProjection(wkt())
    ds.GetRasterBand(1).SetNoDataValue(-1.0)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    grid = Grid.from_raster(path)
    inp = open_input(path, grid, CONTINUOUS, "tiled", check_data=False)
    windows, exact = sample_windows(inp, grid, budget=40 * 64 * 64)
    assert not exact and len(windows) == 40
    assert all(w.xoff % 64 == 0 and w.yoff % 64 == 0 and w.cells == 64 * 64 for w in windows)
    cov = data_coverage(inp, grid, budget=40 * 64 * 64)
    # rows of tiles spread evenly: 40 windows over 10 tile rows, 4 per row → 25 %
    assert cov.valid / cov.total == pytest.approx(0.25)


def test_little_data_missed_by_the_sample_is_not_refused(tmp_path):
    # one cell of data in 640 × 640: the sample (one strip of 3 rows) misses
    # it, the confirmation reads on until it finds it: not refused, but
    # reported as (nearly) all nodata from the sample
    arr = np.full((640, 640), -1.0, dtype=np.float32)
    arr[600, 3] = 7.0
    path = write_raster(tmp_path / "speck.tif", arr, nodata=-1.0, dtype=gdal.GDT_Float32)
    grid = Grid.from_raster(path)
    inp = open_input(path, grid, CONTINUOUS, "speck", check_data=False)
    warnings = []
    cov = check_coverage(inp, grid, warn=warnings.append, budget=4 * 640)
    assert cov.valid == 0 and not cov.exact and cov.total == 3 * 640
    assert len(warnings) == 1 and "100.0 %" in warnings[0] and "estimated" in warnings[0]
    arr[600, 3] = -1.0
    empty = write_raster(tmp_path / "empty.tif", arr, nodata=-1.0, dtype=gdal.GDT_Float32)
    inp = open_input(empty, grid, CONTINUOUS, "empty", check_data=False)
    with pytest.raises(InputError, match="empty"):
        check_coverage(inp, grid, budget=4 * 640)


def test_an_input_partial_by_design_gives_no_warning(tmp_path):
    # a 防风固沙 importance only where wind erosion occurs: 90 % nodata, no warning,
    # but still refused when it holds no data at all
    path = dem_with_data(tmp_path, slice(0, 4))
    grid = Grid.from_raster(path)
    warnings = []
    inp = open_input(path, grid, CONTINUOUS, "sand", warn=warnings.append, partial_ok=True)
    assert warnings == [] and inp.coverage.nodata_share == pytest.approx(0.9)
    void = dem_with_data(tmp_path, slice(0, 0), name="void")
    with pytest.raises(InputError, match="void"):
        open_input(void, grid, CONTINUOUS, "void", partial_ok=True)
