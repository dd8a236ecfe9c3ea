"""Bad input to the newer algorithm groups (monitoring database, zoning,
actions, methods) through Processing: a clear refusal naming the layer,
feature, row or field, or — for an invalid polygon — a repaired geometry and a
warning; never a silently wrong result."""

import pytest
from osgeo import ogr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from tests.qgis.test_cases import build_database, write_layer
from tests.qgis.test_input_checks import Log

SQUARE = (
    "POLYGON((39502000 4000000,39503000 4000000,39503000 4001000,"
    "39502000 4001000,39502000 4000000))"
)
#: a 1 km square crossed into two triangles of 0.25 km² each
BOWTIE = (
    "POLYGON((39500000 4000000,39501000 4001000,39501000 4000000,"
    "39500000 4001000,39500000 4000000))"
)


def run(plugin, alg_id, params, log=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(
        f"cc_warning:{alg_id}", params, context=context, feedback=log or QgsProcessingFeedback()
    )


def counties(tmp_path, features):
    return write_layer(
        str(tmp_path / "layers.gpkg"),
        "new_counties",
        {
            "geometry": "Polygon",
            "fields": {"行政区划代码": "string", "名称": "string"},
            "features": features,
        },
    )


def stored_units(path):
    ds = ogr.Open(path)
    out = {}
    for f in ds.GetLayerByName("units"):
        g = f.GetGeometryRef()
        out[f.GetField("code")] = (g.IsValid(), g.GetArea()) if g is not None else None
    ds = None
    return out


def test_load_units_refuses_a_layer_without_features(plugin, tmp_path):
    db = build_database("counties", str(tmp_path))
    before = stored_units(db)
    with pytest.raises(QgsProcessingException) as err:
        run(plugin, "db_load_units", {"DATABASE": db, "INPUT": counties(tmp_path, [])})
    assert "new_counties has no features" in str(err.value)
    assert stored_units(db) == before


def test_load_units_refuses_a_unit_without_geometry(plugin, tmp_path):
    db = build_database("counties", str(tmp_path))
    before = stored_units(db)
    layer = counties(
        tmp_path,
        [
            {"wkt": SQUARE, "行政区划代码": "990201", "名称": "甲县"},
            {"行政区划代码": "990202", "名称": "乙县"},
        ],
    )
    with pytest.raises(QgsProcessingException) as err:
        run(plugin, "db_load_units", {"DATABASE": db, "INPUT": layer})
    assert "new_counties, feature 2: the feature has no geometry" in str(err.value)
    assert stored_units(db) == before


def test_load_units_stores_a_bow_tie_repaired_and_names_it(plugin, tmp_path):
    db = build_database("counties", str(tmp_path))
    layer = counties(
        tmp_path,
        [
            {"wkt": BOWTIE, "行政区划代码": "990201", "名称": "甲县"},
            {"wkt": SQUARE, "行政区划代码": "990202", "名称": "乙县"},
        ],
    )
    log = Log()
    res = run(plugin, "db_load_units", {"DATABASE": db, "INPUT": layer}, log)
    assert res["ADDED"] == 2
    units = stored_units(db)
    assert units["990201"][0] and units["990201"][1] == pytest.approx(500000.0)
    assert units["990202"] == (True, pytest.approx(1000000.0))
    assert any("feature 1 (Self-intersection" in w and "stored repaired" in w for w in log.warnings)
