"""The report's raster readers on a source GDAL cannot open — a tile
service, a WMS, a file that is gone — with GDAL's Python exceptions as QGIS
has them and on, as the plugin's runs set them (GDAL 3.10 raises where 3.6
returned None even so)."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.report.raster_stats import band_description, band_metadata, class_counts

SOURCES = [
    "type=xyz&url=https://tile.example.org/{z}/{x}/{y}.png&zmax=19",
    "/nonexistent/folder/result.tif",
]


@pytest.mark.parametrize("source", SOURCES)
def test_metadata_of_a_source_gdal_cannot_open_is_empty(source, gdal_exceptions_either_way):
    assert band_metadata(source) == {}
    assert band_description(source) == ""


@pytest.mark.parametrize("source", SOURCES)
def test_class_counts_of_a_source_gdal_cannot_open_name_the_layer(
    source, gdal_exceptions_either_way
):
    with pytest.raises(InputError, match="天地图影像.*cannot be opened"):
        class_counts(source, layer="天地图影像")
