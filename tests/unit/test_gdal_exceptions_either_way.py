"""GDAL/OGR/OSR calls on a user's input or a damaged file behave the same
with GDAL's Python exceptions as QGIS 3.22 has them (off: None or an error
code) and on (as during the plugin's own work, and always on QGIS 3.40):
the plugin's own message naming the layer, file or feature, or the same
fallback; never GDAL's raw RuntimeError, never a silently wrong result."""

import pytest
from osgeo import ogr

from cc_warning_plugin.core.errors import InputError

from tests.helpers import damaged_raster, damaged_shapefile

pytestmark = pytest.mark.usefixtures("gdal_exceptions_either_way")


def _points_layer(points, epsg=4326):
    """A memory layer of ``points`` (x, y) in EPSG:``epsg``, and its source."""
    from cc_warning_plugin.core.zoning.features import make_srs

    ds = ogr.GetDriverByName("Memory").CreateDataSource("pts")
    lyr = ds.CreateLayer("stations", make_srs(epsg), ogr.wkbPoint)
    for x, y in points:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        lyr.CreateFeature(f)
    return ds, lyr


def test_a_zoning_feature_that_cannot_be_reprojected_is_named():
    # the error code was checked only: with exceptions on OGR's RuntimeError
    # ("Invalid coordinate") came instead of the message
    from cc_warning_plugin.core.zoning.features import Feature, FeatureSet, make_srs, transformed

    good = Feature("6", ogr.CreateGeometryFromWkt("POINT (117 30)"))
    fs = FeatureSet("sites", make_srs(4326), [good])
    x, y = transformed(fs, make_srs(4527)).features[0].geom.GetPoint_2D()
    assert (round(x), round(y)) == (39500000, 3320113)
    bad = Feature("7", ogr.CreateGeometryFromWkt("POINT (117 100)"))
    with pytest.raises(InputError) as err:
        transformed(FeatureSet("sites", make_srs(4326), [good, bad]), make_srs(4527))
    assert str(err.value).startswith("sites, feature 7: cannot be transformed from EPSG:4326")


def test_a_station_that_cannot_be_reprojected_is_named_not_kept_in_degrees():
    # with exceptions off the point stayed in degrees (a silently wrong
    # station), with them on GDAL's RuntimeError came
    from cc_warning_plugin.store.gpkg import layer_features

    ds, lyr = _points_layer([(117, 30)])
    ((n, _, geom),) = list(layer_features(lyr, 4527))
    assert (n, round(geom.GetX()), round(geom.GetY())) == (1, 39500000, 3320113)
    ds, lyr = _points_layer([(117, 30), (117, 100)])
    with pytest.raises(InputError) as err:
        list(layer_features(lyr, 4527))
    assert str(err.value).startswith("stations, feature 2: cannot be transformed from EPSG:4326")
    assert "to EPSG:4527" in str(err.value)


def test_class_counts_of_a_damaged_raster_name_the_rows(tmp_path):
    # the None of a failed read was checked only: with exceptions on GDAL's
    # RuntimeError ("IReadBlock failed …") came instead of the message
    from cc_warning_plugin.report.raster_stats import class_counts

    path = damaged_raster(tmp_path / "landuse.tif")
    with pytest.raises(InputError) as err:
        class_counts(path, 1, "landuse")
    assert str(err.value).startswith(f"Raster landuse ({path}): rows 0–64 cannot be read")
    assert "damaged or incomplete" in str(err.value)


def test_an_analysis_input_with_a_damaged_block_is_named_not_read_as_garbage(tmp_path):
    # the rows were read into an empty buffer and its result not looked at:
    # with exceptions off the buffer's garbage became the values, with them
    # on (every run) GDAL's RuntimeError came
    from cc_warning_plugin.raster.grid import Grid, Window
    from cc_warning_plugin.raster.inputs import CATEGORICAL, open_input

    path = damaged_raster(tmp_path / "soil.tif")
    grid = Grid.from_raster(path, "soil")
    inp = open_input(path, grid, CATEGORICAL, "soil", check_data=False)
    values, valid = inp.read(Window(0, 0, 64, 16))  # rows before the damaged strip
    assert valid.all() and set(values.ravel().tolist()) == {1, 2, 3}
    with pytest.raises(InputError) as err:
        inp.read(Window(0, 32, 64, 16))
    assert str(err.value).startswith(f"Raster soil ({path}): rows 32–48 cannot be read")
    inp.close()


def test_a_daily_rainfall_raster_with_a_damaged_block_is_named(tmp_path):
    from cc_warning_plugin.raster.erosivity import read_window
    from cc_warning_plugin.raster.grid import Window

    path = damaged_raster(tmp_path / "rain_20150601.tif")
    assert read_window(path, Window(0, 0, 64, 16)).shape == (16, 64)
    with pytest.raises(InputError) as err:
        read_window(path, Window(0, 32, 64, 16))
    assert str(err.value).startswith(f"Raster rain_20150601 ({path}): rows 32–48 cannot be read")


def test_the_text_of_a_shapefile_ogr_cannot_open_is_refused_with_its_path(tmp_path):
    # OGR's None was used as a data source: AttributeError with exceptions
    # off (and GDAL 3.6 on), GDAL's RuntimeError on GDAL 3.10
    from cc_warning_plugin.core.encodings import shapefile_text

    path = damaged_shapefile(tmp_path)
    with pytest.raises(InputError) as err:
        list(shapefile_text(path))
    assert str(err.value) == f"{path} cannot be opened as a vector data source."


def test_a_unit_beyond_its_geographic_crs_is_named_in_the_public_edition(tmp_path):
    # its equal-area projection could not be made: TypeError with exceptions
    # off, GDAL's RuntimeError with them on
    from cc_warning_plugin.core.zoning.features import make_srs
    from cc_warning_plugin.report.public import read_units

    path = str(tmp_path / "units.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("county", make_srs(4326), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("行政区划代码", ogr.OFTString))
    for code, y in (("430102", 28), ("430103", 95)):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("行政区划代码", code)
        f.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON ((112 {y}, 112.1 {y}, 112.1 {y + 0.1}, 112 {y + 0.1}, 112 {y}))"
            )
        )
        lyr.CreateFeature(f)
    lyr = ds = None
    with pytest.raises(InputError) as err:
        read_units(path)
    assert str(err.value).startswith(
        f"Unit 430103 of layer county ({path}) has coordinates beyond what its geographic CRS "
        "allows"
    )
    assert "Check the layer's CRS" in str(err.value)


def _polygons(path, x0, y0):
    """A GeoPackage layer ``polygons`` (EPSG:4527) of one 120 m square at
    (x0, y0) with the integer field ``code`` = 3."""
    from cc_warning_plugin.core.zoning.features import make_srs

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("polygons", make_srs(4527), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("code", ogr.OFTInteger))
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("code", 3)
    x1, y1 = x0 + 120, y0 - 120
    f.SetGeometry(
        ogr.CreateGeometryFromWkt(
            f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"
        )
    )
    lyr.CreateFeature(f)
    f = lyr = ds = None
    return str(path)


def test_polygons_burnt_by_a_field_the_layer_lacks_are_refused_not_burnt_empty(tmp_path):
    # GDAL only warns "Failed to find field" and burns nothing: the input
    # would read as all nodata
    import numpy as np

    from cc_warning_plugin.raster.grid import Grid, Window
    from cc_warning_plugin.raster.vector import BurntInput
    from tests.helpers import X0, Y0, write_raster

    grid = Grid.from_raster(write_raster(tmp_path / "grid.tif", np.zeros((4, 4))), "grid")
    path = _polygons(tmp_path / "p.gpkg", X0, Y0)
    burnt = BurntInput(path, grid, layer_name="polygons", attribute="code", name="p")
    values, valid = burnt.read(Window(0, 0, 4, 4))  # 30 m cells: the square covers all 16
    assert valid.all() and (values == 3).all()
    burnt.close()
    with pytest.raises(ValueError, match="layer p has no field no_such to burn"):
        BurntInput(path, grid, layer_name="polygons", attribute="no_such", name="p")
