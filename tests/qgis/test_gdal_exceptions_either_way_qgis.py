"""GDAL calls of the plugin's QGIS code on a damaged file behave the same
with GDAL's Python exceptions as QGIS 3.22 has them (off) and on (as during
the plugin's runs, and always on QGIS 3.40): the plugin's own message naming
the layer, file and rows; never GDAL's raw RuntimeError, never a buffer's
garbage as values."""

import pytest

from cc_warning_plugin.core.errors import InputError

from tests.helpers import damaged_raster, damaged_shapefile


def test_m2016_raster_counts_name_a_damaged_block(tmp_path, gdal_exceptions_either_way, qgis_app):
    # a failed read was taken as an array: AttributeError ('NoneType' has no
    # 'astype') with exceptions off, GDAL's RuntimeError with them on
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsGeometry,
        QgsProcessingContext,
        QgsRasterLayer,
    )

    from cc_warning_plugin.processing.m2016.spatial import UnitGeometries, raster_counts

    path = damaged_raster(tmp_path / "landuse.tif")
    layer = QgsRasterLayer(path, "landuse")
    assert layer.isValid()
    feat = QgsFeature()
    feat.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON ((39500000 3298080, 39501920 3298080, 39501920 3300000, "
            "39500000 3300000, 39500000 3298080))"
        )
    )
    units = UnitGeometries([feat], ["430102"], QgsCoordinateReferenceSystem("EPSG:4527"), "units")
    # the rows before the damaged strip (0–32) read, then the block of rows 32–64 fails
    with pytest.raises(InputError) as err:
        raster_counts([layer], units, [1], QgsProcessingContext(), block_rows=32)
    assert str(err.value).startswith(f"Raster landuse ({path}): rows 32–64 cannot be read")
    assert "damaged or incomplete" in str(err.value)


def test_a_damaged_shapefile_input_is_refused_before_the_run(
    tmp_path, gdal_exceptions_either_way, run_alg
):
    # the encoding check before the run opened it with OGR and used OGR's None
    # as a data source (AttributeError, or GDAL's RuntimeError on QGIS 3.40)
    from qgis.core import QgsProcessingException

    units = damaged_shapefile(tmp_path)
    out = tmp_path / "w.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("water_load", {"INPUT": units, "OUTPUT": str(out)})
    text = str(err.value)
    assert f"{units} (Evaluation units" in text
    assert "cannot be read as a vector layer or table: GDAL does not recognise the file" in text
    assert not out.exists()
