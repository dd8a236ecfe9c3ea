"""The class raster of the zonal summary and the carrying scale is named
when GDAL cannot open it (a tile service, a WMS, a file that is gone), with
GDAL's Python exceptions as QGIS has them and on, as the plugin's runs set
them."""

import contextlib

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.gdal_open import gdal_exceptions
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.processing.dual.zonal import class_set_of_raster


@pytest.mark.parametrize(
    "source",
    [
        "type=xyz&url=https://tile.example.org/{z}/{x}/{y}.png&zmax=19",
        "/nonexistent/folder/result.tif",
    ],
)
@pytest.mark.parametrize("exceptions", ["as QGIS has them", "on"])
def test_a_class_raster_gdal_cannot_open_is_named(source, exceptions, qgis_app):
    with gdal_exceptions() if exceptions == "on" else contextlib.nullcontext():
        with pytest.raises(InputError, match="天地图影像 cannot be read as a raster file"):
            class_set_of_raster(source, load_profile(), "天地图影像")
