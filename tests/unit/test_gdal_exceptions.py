"""``gdal_exceptions``: GDAL's, OGR's and OSR's Python exceptions on inside
the block, back as they were after the last block ends (nested blocks,
blocks of two threads, a block left by an exception)."""

import threading

import pytest
from osgeo import gdal, ogr, osr

from cc_warning_plugin.core.gdal_open import gdal_exceptions, with_gdal_exceptions


def switches():
    return gdal.GetUseExceptions(), ogr.GetUseExceptions(), osr.GetUseExceptions()


@pytest.fixture
def all_off():
    """The switches as QGIS 3.22 has them (QGIS 3.40 has them on)."""
    before = switches()
    for m in (osr, ogr, gdal):
        if m.GetUseExceptions():
            m.DontUseExceptions()
    yield
    for m, on in zip((gdal, ogr, osr), before):
        if on and not m.GetUseExceptions():
            m.UseExceptions()


def test_on_inside_and_off_after_nested_blocks(all_off):
    assert switches() == (0, 0, 0)
    with gdal_exceptions():
        assert switches() == (1, 1, 1)
        with gdal_exceptions():
            assert switches() == (1, 1, 1)
        assert switches() == (1, 1, 1)  # the outer block is still open
        with pytest.raises(RuntimeError):
            gdal.Open("/nonexistent/folder/dem.tif")
    assert switches() == (0, 0, 0)
    assert gdal.Open("/nonexistent/folder/dem.tif") is None


def test_set_back_when_the_block_ends_with_an_error(all_off):
    with pytest.raises(ValueError):
        with gdal_exceptions():
            raise ValueError("the run failed")
    assert switches() == (0, 0, 0)


def test_switches_that_were_on_stay_on(all_off):
    gdal.UseExceptions()
    try:
        with gdal_exceptions():
            assert switches() == (1, 1, 1)
        # GDAL 3.6 keeps one switch per module; from GDAL 3.7 gdal's sets all
        assert gdal.GetUseExceptions() == 1
        assert switches() in ((1, 0, 0), (1, 1, 1))
    finally:
        for m in (osr, ogr, gdal):
            if m.GetUseExceptions():
                m.DontUseExceptions()


def test_two_threads_share_one_count(all_off):
    first_in, second_done = threading.Event(), threading.Event()
    seen = {}

    def first():
        with gdal_exceptions():
            first_in.set()
            second_done.wait(10)
            seen["first, after the second ended"] = switches()

    def second():
        first_in.wait(10)
        with gdal_exceptions():
            seen["second"] = switches()
        second_done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert seen == {"second": (1, 1, 1), "first, after the second ended": (1, 1, 1)}
    assert switches() == (0, 0, 0)


def test_decorated_function(all_off):
    @with_gdal_exceptions
    def reader(path):
        """Reads a raster."""
        return gdal.Open(path)

    with pytest.raises(RuntimeError):
        reader("/nonexistent/folder/dem.tif")
    assert switches() == (0, 0, 0)
    assert reader.__doc__ == "Reads a raster."
