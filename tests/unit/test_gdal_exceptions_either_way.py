"""GDAL/OGR/OSR calls on a user's input or a damaged file behave the same
with GDAL's Python exceptions as QGIS 3.22 has them (off: None or an error
code) and on (as during the plugin's own work, and always on QGIS 3.40):
the plugin's own message naming the layer, file or feature, or the same
fallback; never GDAL's raw RuntimeError, never a silently wrong result."""

import pytest
from osgeo import ogr

from cc_warning_plugin.core.errors import InputError

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
