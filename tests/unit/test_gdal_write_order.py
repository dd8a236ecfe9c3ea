"""GDAL 3.10 refuses to change a TIFF tag once pixels are written ("Cannot
modify tag PhotometricInterpretation while writing"): the colour table, colour
interpretation, nodata, geotransform and projection of a GeoTIFF must be set
before the first block. These tests record the calls the two GeoTIFF writers
make — the sample-data generator and the raster engine's class outputs — and
check that order on any GDAL version, then read the file back."""

import sys
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr

from cc_warning_plugin.core.dual.classes import class_set
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.raster import Grid, OutputSet, RasterOutput
from cc_warning_plugin.raster.grid import Window

REPO = Path(__file__).resolve().parents[2]
#: calls that end up in the TIFF directory and must come before any pixel
TAGS = {
    "SetRasterColorTable",
    "SetRasterColorInterpretation",
    "SetNoDataValue",
    "SetGeoTransform",
    "SetProjection",
}


class _Recorded:
    """Forwards to a GDAL object, appending the name of every method called."""

    def __init__(self, target, calls, owner):
        self._target, self._calls, self._owner = target, calls, owner

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            self._calls.append((self._owner, name))
            result = attr(*args, **kwargs)
            if name in ("GetRasterBand", "GetOverview"):
                return _Recorded(result, self._calls, f"{self._owner}.{name}")
            return result

        return call


@pytest.fixture
def gdal_calls(monkeypatch):
    """Every GeoTIFF created through gdal.GetDriverByName records its calls."""
    calls = []
    real = gdal.GetDriverByName

    class Driver:
        def __init__(self, drv):
            self._drv = drv

        def Create(self, *args, **kwargs):  # noqa: N802 (GDAL's name)
            return _Recorded(self._drv.Create(*args, **kwargs), calls, "dataset")

        def __getattr__(self, name):
            return getattr(self._drv, name)

    monkeypatch.setattr(gdal, "GetDriverByName", lambda name: Driver(real(name)))
    return calls


def assert_tags_before_pixels(calls):
    names = [name for _, name in calls]
    assert "WriteArray" in names, calls
    first_write = names.index("WriteArray")
    late = [c for c in calls[first_write:] if c[1] in TAGS]
    assert not late, f"set after the first pixel write: {late}"


def test_sample_generator_sets_the_colour_table_before_the_pixels(gdal_calls, tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from sample_data import frame, writers  # the sample generator's package
    finally:
        sys.path.remove(str(REPO / "scripts"))
    arr = np.zeros((frame.NROWS, frame.NCOLS), dtype=np.uint8)
    arr[:, : frame.NCOLS // 2] = 1
    arr[0, 0] = frame.B_NODATA
    path = tmp_path / "landcover.tif"
    writers.write_tif(path, arr, gdal.GDT_Byte, frame.B_NODATA, {1: (10, 20, 30), 2: (40, 50, 60)})
    assert_tags_before_pixels(gdal_calls)
    assert ("dataset.GetRasterBand", "SetRasterColorTable") in gdal_calls
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    assert band.GetRasterColorInterpretation() == gdal.GCI_PaletteIndex
    assert band.GetColorTable().GetColorEntry(1)[:3] == (10, 20, 30)
    assert band.GetNoDataValue() == frame.B_NODATA
    assert (band.ReadAsArray() == arr).all()


def test_class_output_sets_the_colour_table_before_the_pixels(gdal_calls, tmp_path):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    grid = Grid(srs.ExportToWkt(), 39500000.0, 4000300.0, 30.0, 30.0, 20, 10)
    levels = class_set(load_profile(), "levels")
    dest = tmp_path / "levels.tif"
    with OutputSet() as outs:
        out = outs.add(RasterOutput(str(dest), grid, "Byte", 0, class_set=levels))
        out.write(Window(0, 0, 20, 10), np.full((10, 20), 3, dtype=np.uint8))
        outs.commit()
    assert_tags_before_pixels(gdal_calls)
    ds = gdal.Open(str(dest))
    band = ds.GetRasterBand(1)
    assert band.GetRasterColorInterpretation() == gdal.GCI_PaletteIndex
    assert "#%02x%02x%02x" % band.GetColorTable().GetColorEntry(3)[:3] == levels.colors[2]
    assert (band.ReadAsArray() == 3).all()
