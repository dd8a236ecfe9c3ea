"""The class raster of the zonal summary and the carrying scale is named
when GDAL cannot open it (a tile service, a WMS, a file that is gone), with
GDAL's Python exceptions as QGIS has them and on, as the plugin's runs set
them."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.processing.dual.zonal import class_set_of_raster


@pytest.mark.parametrize(
    "source",
    [
        "type=xyz&url=https://tile.example.org/{z}/{x}/{y}.png&zmax=19",
        "/nonexistent/folder/result.tif",
    ],
)
def test_a_class_raster_gdal_cannot_open_is_named(source, gdal_exceptions_either_way, qgis_app):
    with pytest.raises(InputError, match="天地图影像 cannot be read as a raster file"):
        class_set_of_raster(source, load_profile(), "天地图影像")
