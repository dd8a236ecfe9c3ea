"""The block-wise raster engine with GDAL alone (no QGIS): the analysis
grid, alignment of inputs, block processing with halos, outputs written
atomically with the class-set metadata, cancel, and the checks of bad input
before any work."""

import json
import math
import os

import numpy as np
import pytest
from osgeo import gdal, osr

from cc_warning_plugin.core.dual import land, terrain
from cc_warning_plugin.core.dual.classes import class_set
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.raster import (
    CATEGORICAL,
    CONTINUOUS,
    Cancelled,
    Grid,
    OutputSet,
    RasterOutput,
    open_input,
    run_blocks,
)
from cc_warning_plugin.raster.output import PROVENANCE_KEY

from tests.helpers import read_array as read, wkt, write_raster, X0, Y0

P = load_profile()


class Feedback:
    def __init__(self, cancel_after=None):
        self.progress = []
        self.cancel_after = cancel_after
        self.infos = []

    def setProgress(self, p):  # noqa: N802 (QGIS-like)
        self.progress.append(p)

    def isCanceled(self):  # noqa: N802
        return self.cancel_after is not None and len(self.progress) >= self.cancel_after

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)


@pytest.fixture(scope="module")
def hills(tmp_path_factory):
    """A rough 150 × 130 DEM (cell 30 m) with a nodata hole."""
    d = tmp_path_factory.mktemp("hills")
    y, x = np.mgrid[0:150, 0:130].astype(float)
    dem = 300 + 120 * np.sin(x / 9.0) * np.cos(y / 13.0) + 4.0 * x + 0.02 * (x * y % 17)
    dem[60:63, 40:44] = -9999.0
    return write_raster(d / "hills.tif", dem, nodata=-9999.0)


def slope_level_func(section, cw, ch):
    def func(block):
        slope = terrain.slope_degrees(block.values["dem"], cw, ch, block.halo)
        return {
            "level": land.land_level(slope, section),
            "slope": np.where(np.isnan(slope), -9999.0, slope),
        }

    return func


# -- grid -------------------------------------------------------------------


def test_grid_from_raster_and_from_extent(hills):
    g = Grid.from_raster(hills)
    assert (g.width, g.height, g.cell_x) == (130, 150, 30.0)
    assert g.bounds == (X0, Y0 - 150 * 30, X0 + 130 * 30, Y0)
    assert g.is_projected and g.cell_area_m2 == 900.0
    # extent snapped outwards to multiples of the cell size
    e = Grid.from_extent(wkt(4527), 100.0, 39500010.0, 3999950.0, 39500390.0, 4000020.0)
    assert (e.x0, e.y0, e.width, e.height) == (39500000.0, 4000100.0, 4, 2)


def test_geographic_grid_is_refused_with_a_projected_suggestion(tmp_path):
    path = write_raster(
        tmp_path / "geo.tif", np.zeros((10, 10)), cell=0.001, x0=117.0, y0=31.0, epsg=4490
    )
    g = Grid.from_raster(path)
    with pytest.raises(InputError) as err:
        g.require_projected("the slope")
    # 117° E lies in 3-degree zone 39 → EPSG:4527
    assert "EPSG:4527" in str(err.value) and "the slope" in str(err.value)


# -- block processing ---------------------------------------------------------


def test_block_size_64_gives_the_whole_raster_result(hills, tmp_path):
    """Halos make the block edges invisible: slope and levels are the same
    with blocks of 64 cells and with one block for the whole raster."""
    g = Grid.from_raster(hills)
    section = P.get("dual.land.agri_slope")
    cs = class_set(P, "levels")
    results = {}
    for bs in (64, 4096):
        dem = open_input(hills, g, CONTINUOUS, "hills")
        with OutputSet() as outs:
            lv = outs.add(RasterOutput(str(tmp_path / f"lv{bs}.tif"), g, "Byte", 0, class_set=cs))
            sl = outs.add(RasterOutput(str(tmp_path / f"sl{bs}.tif"), g, "Float32", -9999))
            run_blocks(
                g,
                {"dem": dem},
                {"level": lv, "slope": sl},
                slope_level_func(section, 30.0, 30.0),
                halo=1,
                block_size=bs,
            )
            outs.commit()
        results[bs] = (read(tmp_path / f"lv{bs}.tif"), read(tmp_path / f"sl{bs}.tif"))
    assert np.array_equal(results[64][0], results[4096][0])
    np.testing.assert_allclose(results[64][1], results[4096][1], rtol=0, atol=1e-6)
    lv = results[64][0]
    assert lv[61, 41] == 0  # the hole stays nodata
    assert set(np.unique(lv)) <= {0, 1, 2, 3, 4, 5} and (lv > 1).any()


def test_progress_per_block_and_mask(hills, tmp_path):
    g = Grid.from_raster(hills)
    mask_arr = np.zeros((150, 130), dtype=np.uint8)
    mask_arr[:, :65] = 1
    mpath = write_raster(tmp_path / "mask.tif", mask_arr, nodata=0, dtype=gdal.GDT_Byte)
    mask = open_input(mpath, g, CATEGORICAL, "mask")
    fb = Feedback()
    with OutputSet() as outs:
        out = outs.add(RasterOutput(str(tmp_path / "m.tif"), g, "Float32", -1.0))
        run_blocks(
            g,
            {"dem": open_input(hills, g, CONTINUOUS, "hills")},
            {"v": out},
            lambda b: {"v": np.ones(b.shape)},
            mask=mask,
            block_size=64,
            feedback=fb,
        )
        outs.commit()
    # 130 × 150 cells in blocks of 64: 3 × 3 windows, one progress step each
    assert len(fb.progress) == 9 and fb.progress[-1] == pytest.approx(100.0)
    a = read(tmp_path / "m.tif")
    assert (a[:, :65] == 1).all() and (a[:, 65:] == -1).all()


def test_cancel_stops_within_the_run_and_leaves_no_file(hills, tmp_path):
    g = Grid.from_raster(hills)
    dest = tmp_path / "cancelled.tif"
    with pytest.raises(Cancelled):
        with OutputSet() as outs:
            out = outs.add(RasterOutput(str(dest), g, "Byte", 0))
            run_blocks(
                g,
                {"dem": open_input(hills, g, CONTINUOUS, "hills")},
                {"v": out},
                lambda b: {"v": np.ones(b.shape)},
                block_size=64,
                feedback=Feedback(cancel_after=2),
            )
            outs.commit()
    assert os.listdir(tmp_path) == []


def test_failure_keeps_the_previous_output_untouched(hills, tmp_path):
    g = Grid.from_raster(hills)
    dest = tmp_path / "out.tif"
    dest.write_bytes(b"previous result")

    def boom(block):
        if block.window.yoff > 0:
            raise RuntimeError("disk on fire")
        return {"v": np.ones(block.shape)}

    with pytest.raises(RuntimeError):
        with OutputSet() as outs:
            out = outs.add(RasterOutput(str(dest), g, "Byte", 0))
            run_blocks(
                g,
                {"dem": open_input(hills, g, CONTINUOUS, "hills")},
                {"v": out},
                boom,
                block_size=64,
            )
            outs.commit()
    assert dest.read_bytes() == b"previous result"
    assert os.listdir(tmp_path) == ["out.tif"]


# -- outputs --------------------------------------------------------------------


def test_class_output_carries_the_class_set_contract(hills, tmp_path):
    g = Grid.from_raster(hills)
    cs = class_set(P, "levels")
    prov = {"algorithm": "test", "profile": {"id": "default"}}
    dest = tmp_path / "levels.tif"
    with OutputSet() as outs:
        out = outs.add(
            RasterOutput(
                str(dest), g, "Byte", 0, class_set=cs, description="农业耕作条件", provenance=prov
            )
        )
        run_blocks(
            g,
            {"dem": open_input(hills, g, CONTINUOUS, "hills")},
            {"v": out},
            lambda b: {"v": np.full(b.shape, 2)},
            block_size=64,
        )
        outs.commit()
    ds = gdal.Open(str(dest))
    band = ds.GetRasterBand(1)
    assert band.GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.levels"
    assert band.GetNoDataValue() == 0
    assert ds.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"
    assert band.GetBlockSize() == [256, 256]  # tiled
    assert json.loads(ds.GetMetadataItem(PROVENANCE_KEY))["algorithm"] == "test"
    info = gdal.Info(str(dest), format="json")["bands"][0]
    assert info["categories"][1:6] == ["High", "Fairly high", "Medium", "Fairly low", "Low"]
    entry = band.GetColorTable().GetColorEntry(1)
    assert "#%02x%02x%02x" % entry[:3] == cs.colors[0]
    assert band.GetDescription() == "农业耕作条件"
    assert out.value_counts == {2: 150 * 130}
    # no temporary file left next to the result
    assert sorted(os.listdir(tmp_path)) == ["levels.tif", "levels.tif.aux.xml"]


def test_output_refuses_to_overwrite_an_input(hills):
    g = Grid.from_raster(hills)
    with OutputSet(inputs=[hills]) as outs:
        with pytest.raises(InputError) as err:
            outs.add(RasterOutput(hills, g, "Byte", 0))
    assert "overwrite the input" in str(err.value)


def test_disk_space_is_checked_before_the_work(hills, tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple

    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 40000, 25000)  # 10⁹ cells
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**12, 0, 2 * 1024**3))
    with OutputSet() as outs:
        outs.add(RasterOutput(str(tmp_path / "big.tif"), g, "Float32", -9999.0))
        with pytest.raises(InputError) as err:
            outs.check_space()
    # 10⁹ Float32 cells = 3.7 GiB uncompressed, 2 GiB free
    assert "3.7 GiB" in str(err.value) and "2.0 GiB" in str(err.value)
    assert os.listdir(tmp_path) == []


def test_class_values_must_fit_the_raster_type(hills):
    from cc_warning_plugin.core.dual.classes import ClassSet

    g = Grid.from_raster(hills)
    wide = ClassSet(
        "dual.classes.x", (1, 300), ("a", "b"), ("甲", "乙"), ("A", "B"), ("#000000", "#ffffff")
    )
    with pytest.raises(InputError) as err:
        RasterOutput("/tmp/never.tif", g, "Byte", 0, class_set=wide)
    assert "300" in str(err.value) and "Byte" in str(err.value)


# -- alignment ----------------------------------------------------------------


def test_offset_input_is_read_as_is(tmp_path):
    """A raster on the same lines but a larger extent (a province cut for a
    county) is read directly, shifted by whole cells."""
    big = np.arange(20 * 30, dtype=float).reshape(20, 30)
    path = write_raster(tmp_path / "big.tif", big, cell=10.0)
    g = Grid(wkt(4527), X0 + 50.0, Y0 - 30.0, 10.0, 10.0, 8, 6)
    inp = open_input(path, g, CONTINUOUS, "big")
    assert not inp.warped and "offset of 5, 3" in inp.report
    from cc_warning_plugin.raster import Window

    values, valid = inp.read(Window(0, 0, 8, 6), halo=1)
    np.testing.assert_array_equal(values[1:-1, 1:-1], big[3:9, 5:13])
    np.testing.assert_array_equal(values[0, 1:-1], big[2, 5:13])  # halo from the file
    assert valid.all()


def test_categorical_nearest_and_continuous_bilinear_are_reported(tmp_path):
    # a 2 × 2 categorical raster of 60 m cells onto a 30 m grid
    cat = np.array([[1, 2], [3, 4]], dtype=np.uint8)
    cpath = write_raster(tmp_path / "cat.tif", cat, cell=60.0, nodata=0, dtype=gdal.GDT_Byte)
    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 4, 4)
    inp = open_input(cpath, g, CATEGORICAL, "soil")
    assert inp.warped and "nearest neighbour" in inp.report
    from cc_warning_plugin.raster import Window

    v, ok = inp.read(Window(0, 0, 4, 4))
    np.testing.assert_array_equal(v, np.kron(cat, np.ones((2, 2), dtype=np.uint8)))
    # a continuous ramp of 60 m cells: bilinear on the 30 m grid
    ramp = np.array([[0.0, 60.0, 120.0]] * 3)
    rpath = write_raster(tmp_path / "ramp.tif", ramp, cell=60.0)
    g2 = Grid(wkt(4527), X0 + 30.0, Y0 - 30.0, 30.0, 30.0, 4, 2)
    inp = open_input(rpath, g2, CONTINUOUS, "precip")
    assert "bilinear interpolation" in inp.report
    v, ok = inp.read(Window(0, 0, 4, 2))
    # cell centres at x = 45, 75, 105, 135 m; source centres at 30, 90, 150 m
    # holding 0, 60, 120 → linear in x: value = x − 30
    np.testing.assert_allclose(v[0], [15.0, 45.0, 75.0, 105.0], atol=1e-9)
    # coarser grid than the input → average of the covered cells
    g3 = Grid(wkt(4527), X0, Y0, 180.0, 180.0, 1, 1)
    inp = open_input(rpath, g3, CONTINUOUS, "precip")
    assert "average" in inp.report
    v, ok = inp.read(Window(0, 0, 1, 1))
    assert v[0, 0] == pytest.approx(60.0)  # (0 + 60 + 120) / 3


def test_other_crs_is_reprojected_not_refused(tmp_path):
    """A geographic input lands on the projected grid by reprojection."""
    srs4490 = osr.SpatialReference()
    srs4490.ImportFromEPSG(4490)
    srs4490.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    proj = osr.SpatialReference()
    proj.ImportFromWkt(wkt(4527))
    proj.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(proj, srs4490).TransformPoint(X0 + 1500, Y0 - 1500)
    arr = np.full((100, 100), 7.0)
    path = write_raster(
        tmp_path / "geo.tif", arr, cell=0.001, x0=lon - 0.05, y0=lat + 0.05, epsg=4490
    )
    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 100, 100)
    inp = open_input(path, g, CONTINUOUS, "geo")
    assert inp.warped and "EPSG:4490" in inp.report
    from cc_warning_plugin.raster import Window

    v, ok = inp.read(Window(0, 0, 100, 100))
    assert ok.all() and np.allclose(v, 7.0)


# -- bad input ----------------------------------------------------------------


def test_no_crs_is_named(tmp_path):
    path = write_raster(tmp_path / "nocrs.tif", np.zeros((5, 5)), epsg=None)
    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 5, 5)
    with pytest.raises(InputError) as err:
        open_input(path, g, CONTINUOUS, "降水")
    assert "降水" in str(err.value) and "has no CRS" in str(err.value)
    with pytest.raises(InputError):
        Grid.from_raster(path, "降水")


def test_extent_that_misses_the_grid_is_named(tmp_path):
    path = write_raster(tmp_path / "far.tif", np.zeros((5, 5)), x0=X0 + 1e6)
    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 5, 5)
    with pytest.raises(InputError) as err:
        open_input(path, g, CONTINUOUS, "far layer")
    assert "far layer" in str(err.value) and "does not overlap" in str(err.value)


def test_undeclared_float_minimum_is_refused(tmp_path):
    arr = np.full((8, 8), 500.0, dtype=np.float32)
    arr[:2, :2] = -3.4028235e38
    path = write_raster(tmp_path / "dem.tif", arr, dtype=gdal.GDT_Float32)
    g = Grid.from_raster(path)
    with pytest.raises(InputError) as err:
        open_input(path, g, CONTINUOUS, "DEM")
    assert "undeclared nodata" in str(err.value) and "gdal_edit.py -a_nodata" in str(err.value)
    # declared: fine, and those cells are nodata
    path2 = write_raster(tmp_path / "dem2.tif", arr, dtype=gdal.GDT_Float32, nodata=-3.4028235e38)
    inp = open_input(path2, g, CONTINUOUS, "DEM")
    from cc_warning_plugin.raster import Window

    v, ok = inp.read(Window(0, 0, 8, 8))
    assert not ok[:2, :2].any() and ok.sum() == 60


def test_implausible_value_is_refused(tmp_path):
    arr = np.full((8, 8), 500.0)
    arr[0, 0] = -9999.0
    path = write_raster(tmp_path / "dem.tif", arr)
    g = Grid.from_raster(path)
    with pytest.raises(InputError) as err:
        open_input(path, g, CONTINUOUS, "DEM", valid_range=(-500.0, 9000.0))
    assert "-9999" in str(err.value) and "plausible range" in str(err.value)


def test_unknown_codes_are_listed(tmp_path):
    arr = np.array([[1, 2, 3], [4, 9, 12]], dtype=np.uint8)
    path = write_raster(tmp_path / "soil.tif", arr, dtype=gdal.GDT_Byte, nodata=0)
    g = Grid.from_raster(path)
    inp = open_input(path, g, CATEGORICAL, "土壤质地")
    with pytest.raises(InputError) as err:
        inp.require_codes(g, [1, 2, 3, 4, 5], "soil texture")
    assert "土壤质地" in str(err.value) and "9 (1" in str(err.value) and "12 (1" in str(err.value)
    assert inp.require_codes(g, range(1, 13), "soil texture") == {
        1: 1,
        2: 1,
        3: 1,
        4: 1,
        9: 1,
        12: 1,
    }


def test_relief_window_follows_the_cell_size():
    windows = P.get("dual.land.urban_slope")["relief_windows"]
    # S5: < 30 m → 15 cells, [30, 50) → 12, [50, 100) → 9, otherwise 3
    assert [terrain.relief_window(c, windows) for c in (10, 29.9, 30, 49, 50, 99, 100, 200)] == [
        15,
        15,
        12,
        12,
        9,
        9,
        3,
        3,
    ]
    assert math.isclose(Grid(wkt(4527), 0, 0, 30, 30, 1, 1).cell_area_m2, 900.0)


def test_class_contract_survives_blocks_flushed_early(tmp_path):
    """With a tiny GDAL cache, blocks reach the file long before the end of
    the run; the colour table (a TIFF photometric tag) must already be set."""
    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 1500, 1200)
    cs = class_set(P, "suitability_2")
    before = gdal.GetCacheMax()
    gdal.SetCacheMax(1024 * 1024)
    try:
        with OutputSet() as outs:
            out = outs.add(RasterOutput(str(tmp_path / "big.tif"), g, "Byte", 0, class_set=cs))
            run_blocks(g, {}, {"v": out}, lambda b: {"v": np.full(b.shape, 3)}, block_size=256)
            outs.commit()
    finally:
        gdal.SetCacheMax(before)
    ds = gdal.Open(str(tmp_path / "big.tif"))
    band = ds.GetRasterBand(1)
    assert (
        band.GetColorTable() is not None
        and band.GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.suitability_2"
    )
    assert band.GetStatistics(False, False)[:2] == [3.0, 3.0]


def test_parallel_blocks_write_the_same_raster(hills, tmp_path):
    """Blocks computed side by side land in their own windows, in order."""
    g = Grid.from_raster(hills)
    section = P.get("dual.land.agri_slope")
    results = []
    for threads in (1, 4):
        dest = tmp_path / f"t{threads}.tif"
        with OutputSet() as outs:
            lv = outs.add(RasterOutput(str(dest), g, "Byte", 0))
            sl = outs.add(RasterOutput(str(tmp_path / f"s{threads}.tif"), g, "Float32", -9999))
            run_blocks(
                g,
                {"dem": open_input(hills, g, CONTINUOUS, "hills")},
                {"level": lv, "slope": sl},
                slope_level_func(section, 30.0, 30.0),
                halo=1,
                block_size=32,
                threads=threads,
            )
            outs.commit()
        results.append((read(dest), read(tmp_path / f"s{threads}.tif")))
    assert np.array_equal(results[0][0], results[1][0])
    assert np.array_equal(results[0][1], results[1][1])


def test_category_names_follow_the_interface_language(tmp_path):
    from cc_warning_plugin.core import i18n

    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 4, 4)
    before = i18n.language()
    i18n.set_language("zh_CN")
    try:
        with OutputSet() as outs:
            out = outs.add(
                RasterOutput(
                    str(tmp_path / "zh.tif"), g, "Byte", 0, class_set=class_set(P, "suitability_2")
                )
            )
            run_blocks(g, {}, {"v": out}, lambda b: {"v": np.ones(b.shape)})
            outs.commit()
    finally:
        i18n.set_language(before)
    cats = gdal.Info(str(tmp_path / "zh.tif"), format="json")["bands"][0]["categories"]
    assert cats[1] == "适宜区" and cats[3] == "不适宜区" and cats[2] == ""


@pytest.mark.parametrize("block", [1024, 383])
def test_overviews_are_written_with_the_blocks(tmp_path, block, monkeypatch):
    """Above the size threshold, overviews are filled block by block (or, for
    blocks off the overview lattice, rebuilt at the end); either way they
    hold every f-th cell."""
    from cc_warning_plugin.raster import output

    monkeypatch.setattr(output, "OVERVIEW_MIN_CELLS", 1000)
    g = Grid(wkt(4527), X0, Y0, 30.0, 30.0, 1100, 600)
    yy, xx = np.mgrid[0:600, 0:1100]
    pattern = ((xx // 3 + yy // 5) % 5 + 1).astype(np.uint8)

    def func(b):
        w = b.window
        return {"v": pattern[w.yoff : w.yoff + w.ysize, w.xoff : w.xoff + w.xsize]}

    with OutputSet() as outs:
        out = outs.add(
            RasterOutput(str(tmp_path / "ov.tif"), g, "Byte", 0, class_set=class_set(P, "levels"))
        )
        run_blocks(g, {}, {"v": out}, func, block_size=block)
        outs.commit()
    ds = gdal.Open(str(tmp_path / "ov.tif"))
    band = ds.GetRasterBand(1)
    assert band.GetOverviewCount() == 1  # 600 / 2 ≥ 256, 600 / 4 < 256
    ov = band.GetOverview(0).ReadAsArray()
    assert ov.shape == (300, 550)
    np.testing.assert_array_equal(ov, pattern[::2, ::2])
