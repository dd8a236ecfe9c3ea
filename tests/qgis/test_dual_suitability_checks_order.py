"""cc_warning:dual_agri_suitability counts the codes of its class rasters on
another thread while it opens its continuous inputs: the refusals come as
they did one after the other — a class raster's unknown code first, then a
continuous input's implausible value — and good inputs run as before."""

import functools

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException

from tests.helpers import read_array as read, write_raster as _write_raster

write_raster = functools.partial(_write_raster, cell=100.0)


def _inputs(tmp_path, hazard_code=1, precipitation=900.0):
    # 2 × 3 cells of 100 m: a flat DEM (slope 0 → 高, level 1), silt 10 %,
    # precipitation 900 mm (800–1200 → level 2): matrix M(1, 2) = 1, 适宜
    dem = write_raster(tmp_path / "dem.tif", np.full((2, 3), 100.0), dtype=gdal.GDT_Float32)
    silt = write_raster(tmp_path / "silt.tif", np.full((2, 3), 10.0), dtype=gdal.GDT_Float32)
    pr = np.full((2, 3), 900.0)
    pr[1, 2] = precipitation
    precip = write_raster(tmp_path / "precip.tif", pr, dtype=gdal.GDT_Float32)
    hz = np.ones((2, 3), dtype=np.uint8)
    hz[0, 1] = hazard_code
    hazard = write_raster(tmp_path / "hazard.tif", hz, nodata=0, dtype=gdal.GDT_Byte)
    return {
        "DEM": dem,
        "SILT": silt,
        "PRECIPITATION": precip,
        "METEOROLOGICAL_HAZARD": hazard,
        "CONTIGUITY": 2,
        "CLASSES": 1,
        "OUTPUT": str(tmp_path / "s.tif"),
    }


def test_good_inputs(run_alg, tmp_path):
    run_alg("dual_agri_suitability", _inputs(tmp_path))
    assert read(tmp_path / "s.tif").tolist() == [[1, 1, 1], [1, 1, 1]]


@pytest.mark.parametrize(
    "hazard_code, precipitation, words",
    [
        # hazard code 9 (the hazard classes are 1–5) and 20,000 mm of rain (above
        # 12,000): the class raster's code is reported first
        (9, 20000.0, ("hazard", "9 (1 ")),
        (1, 20000.0, ("precip", "20000")),
        (9, 900.0, ("hazard", "9 (1 ")),
    ],
)
def test_refusals_come_in_order_and_leave_nothing(
    run_alg, tmp_path, hazard_code, precipitation, words
):
    params = _inputs(tmp_path, hazard_code=hazard_code, precipitation=precipitation)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("dual_agri_suitability", params)
    assert all(w in str(err.value) for w in words), str(err.value)
    assert not (tmp_path / "s.tif").exists()
