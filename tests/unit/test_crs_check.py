"""core.crs.check_projected: areas are never measured in degrees, nor
without a CRS; the OGR reader of the zoning functions refuses such layers."""

import pytest
from osgeo import osr

from cc_warning_plugin.core.crs import check_projected
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.zoning.features import FeatureSet, require_projected


def test_a_projected_crs_passes():
    assert check_projected("units", "the areas", "EPSG:4547", False) is None


def test_no_crs_is_refused_naming_layer_and_purpose():
    with pytest.raises(InputError) as err:
        check_projected("units", "the areas", None, False)
    msg = str(err.value)
    assert msg.startswith("units has no coordinate reference system, so the areas cannot")
    assert "EPSG:4513–4554" in msg


def test_a_geographic_crs_is_refused_naming_it():
    with pytest.raises(InputError) as err:
        check_projected("units", "the areas", "EPSG:4490 China Geodetic", True)
    msg = str(err.value)
    assert msg.startswith("units uses a geographic CRS (EPSG:4490 China Geodetic), in degrees")
    assert "the areas cannot be computed" in msg


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs


def test_feature_sets_are_checked_by_their_srs():
    require_projected(FeatureSet("units", _srs(4547), []), "unit areas")
    with pytest.raises(InputError, match=r"^units uses a geographic CRS \(EPSG:4490 "):
        require_projected(FeatureSet("units", _srs(4490), []), "unit areas")
    with pytest.raises(InputError, match="^units has no coordinate reference system"):
        require_projected(FeatureSet("units", None, []), "unit areas")
