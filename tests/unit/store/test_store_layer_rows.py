"""store/gpkg.layer_rows, through which the unit and station layers are
read: the texts of the fields asked for (trimmed, NFKC, whole numbers
without '.0'), the geometry, the row's place for messages, and the
refusals of open_layer; and gpkg.geometry_of, through which both backends
read a geometry they store."""

import json
import os

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.store.gpkg import layer_rows

from store_testing import SAMPLE

GPKG = os.path.join(SAMPLE, "shifan.gpkg")


def test_sample_stations_come_with_their_texts_geometry_and_place():
    rows = layer_rows(GPKG, "air_station", ("站点编码", None, "站点名称"))
    i, texts, geom, row = next(rows)
    assert i == 1
    assert texts == {"站点编码": "9901A01", "站点名称": "市环境监测站"}
    assert (geom.GetX(), geom.GetY()) == (39508000, 4026600)
    assert row == "air_station, feature 1"
    i, texts, _, row = next(rows)
    assert (i, texts["站点编码"], texts["站点名称"], row) == (
        2,
        "9901A02",
        "城东",
        "air_station, feature 2",
    )


def test_texts_are_trimmed_and_whole_numbers_lose_their_point(tmp_path):
    path = str(tmp_path / "points.geojson")
    feature = {
        "type": "Feature",
        "properties": {"code": " 42 ", "n": 3.0, "name": "Ａ站", "empty": None},
        "geometry": None,
    }
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": [feature]}, fh)
    [(i, texts, geom, row)] = list(layer_rows(path, "points", ("code", "n", "name", "empty")))
    assert (i, geom, row) == (1, None, "points, feature 1")
    assert texts == {"code": "42", "n": "3", "name": "A站", "empty": ""}


def test_a_missing_field_is_refused_at_the_first_row():
    rows = layer_rows(GPKG, "air_station", ("站点编码", "no_such_field"))
    with pytest.raises(InputError) as err:
        next(rows)
    assert "there is no field no_such_field" in str(err.value)


@pytest.mark.usefixtures("gdal_exceptions_either_way")
def test_a_damaged_wkb_is_refused_and_a_whole_one_read():
    from cc_warning_plugin.store.errors import StoreError
    from cc_warning_plugin.store.gpkg import geometry_of

    with pytest.raises(StoreError) as err:
        geometry_of(b"\x01\x02")
    assert str(err.value) == "A geometry could not be read (its WKB is damaged)."
    # POINT (1 2), little endian: byte order 1, type 1, x = 1.0, y = 2.0
    point = bytes.fromhex("0101000000000000000000f03f0000000000000040")
    g = geometry_of(point)
    assert (g.GetGeometryName(), g.GetX(), g.GetY()) == ("POINT", 1.0, 2.0)


@pytest.mark.usefixtures("gdal_exceptions_either_way")
@pytest.mark.parametrize("srs", ["EPSG:999999", "nonsense crs"])
def test_an_unknown_crs_is_refused_with_the_fix_however_gdal_reports_it(srs):
    from cc_warning_plugin.store.errors import StoreError
    from cc_warning_plugin.store.gpkg import spatial_ref

    with pytest.raises(StoreError, match="is not known. Give an EPSG code such as EPSG:4527"):
        spatial_ref(srs)
    assert spatial_ref("EPSG:4527").GetAuthorityCode(None) == "4527"


@pytest.mark.parametrize("backend", ["gpkg"])  # PostGIS refuses such a value itself
def test_a_unit_geometry_damaged_in_the_database_is_named_not_skipped(sample_store):
    # the unit polygons locate stations: a geometry OGR cannot read was kept
    # as None and later broke the point-in-polygon step with AttributeError
    import contextlib
    import struct

    from cc_warning_plugin.core.gdal_open import gdal_exceptions
    from cc_warning_plugin.store.errors import StoreError
    from cc_warning_plugin.store.units import unit_polygons

    codes = sample_store.query_dicts("SELECT code FROM units WHERE level = 'county' ORDER BY code")
    first = codes[0]["code"]
    header = b"GP" + struct.pack("<BBi", 0, 0x01, 4527)  # no envelope: WKB at byte 8
    sample_store.execute("UPDATE units SET geom = ? WHERE code = ?", (header + b"\x01\x02", first))
    # read with GDAL's exceptions as QGIS 3.22 has them, and on
    for mode in (contextlib.nullcontext(), gdal_exceptions()):
        with mode, pytest.raises(StoreError) as err:
            unit_polygons(sample_store, "county")
        assert str(err.value).startswith(
            f"The geometry of unit {first} in the database could not be read"
        )
        assert "Import the layer again" in str(err.value)


@pytest.mark.usefixtures("gdal_exceptions_either_way")
def test_the_spatial_index_functions_give_null_for_a_damaged_geometry():
    # the GeoPackage RTree triggers call them on every edit: a value no
    # geometry can be read from must not abort the edit ("user-defined
    # function raised exception" with GDAL's exceptions on, QGIS 3.40)
    import sqlite3
    import struct

    from cc_warning_plugin.store.gpkg import register_functions

    con = sqlite3.connect(":memory:")
    register_functions(con)
    no_envelope = b"GP" + struct.pack("<BBi", 0, 0x01, 4527)
    # POINT (1 2) with no envelope in the header: read from the WKB
    point = no_envelope + bytes.fromhex("0101000000000000000000f03f0000000000000040")
    sql = "SELECT ST_IsEmpty(?), ST_MinX(?), ST_MaxY(?)"
    assert con.execute(sql, (point,) * 3).fetchone() == (0, 1.0, 2.0)
    for damaged in (no_envelope + b"\x01\x02", b"not a geopackage blob"):
        assert con.execute(sql, (damaged,) * 3).fetchone() == (1, None, None)
