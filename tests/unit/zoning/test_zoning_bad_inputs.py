"""Bad input of the zoning methods that gave a result without a word: a
priority or key-control layer that adds nothing to the units because it has
no features, or because every feature lies outside the boundary layer (most
often a wrong CRS or the wrong layer). Areas are hand calculations on the
rectangles of zoning_testdata (metres relative to a corner)."""

import pytest
from osgeo import ogr

from cc_warning_plugin.core.zoning.delineate import BoundaryFields, ZoneLayer, delineate
from cc_warning_plugin.core.zoning.features import Feature, FeatureSet

import zoning_testdata as td

FIELDS = BoundaryFields("code", "name", "county")


def two_townships():
    # two townships of 1000 × 1000 m side by side: x 0–2000, y 0–1000
    return td.townships(
        ("990102001", "990102", td.rect(0, 0, 1000, 1000)),
        ("990102002", "990102", td.rect(1000, 0, 2000, 1000)),
    )


def classes(d):
    return {c: sum(u.area_m2 for u in d.units if u.cls == c) for c in ("1", "2", "3")}


def test_a_priority_layer_without_features_is_named_in_a_warning():
    fb = td.Feedback()
    d = delineate(
        two_townships(),
        FIELDS,
        [ZoneLayer("饮用水水源保护区", "1", td.layer("water", []))],
        td.config(),
        feedback=fb,
    )
    # nothing is priority: the two townships are the remainder, 2 × 10⁶ m²
    assert classes(d) == pytest.approx({"1": 0.0, "2": 0.0, "3": 2e6})
    hits = [w for w in fb.warnings if "饮用水水源保护区" in w]
    assert len(hits) == 1
    assert "no features" in hits[0] and "adds nothing" in hits[0]


def test_a_layer_wholly_outside_the_boundary_is_named_with_its_extent():
    # two red-line squares 10 km east of the townships (x 12 000–13 000, 14 000–14 500)
    far = td.layer(
        "红线",
        [
            ("r1", td.rect(12000, 0, 13000, 1000), {}),
            ("r2", td.rect(14000, 200, 14500, 700), {}),
        ],
    )
    fb = td.Feedback()
    d = delineate(
        two_townships(),
        FIELDS,
        [ZoneLayer("生态保护红线", "1", far)],
        td.config(),
        feedback=fb,
    )
    assert classes(d) == pytest.approx({"1": 0.0, "2": 0.0, "3": 2e6})
    hits = [w for w in fb.warnings if "生态保护红线" in w]
    assert len(hits) == 1
    text = hits[0]
    assert "2 feature(s)" in text and "CRS" in text and "extent" in text
    # the layer's extent (x 39 512 000 – 39 514 500, y 3 300 000 – 3 301 000) and its CRS
    assert "39512000" in text and "39514500" in text and "3301000" in text
    assert "EPSG:4527" in text
    # the boundary layer's extent for comparison (x 39 500 000 – 39 502 000)
    assert "township" in text and "39502000" in text


def test_a_layer_in_the_wrong_crs_lands_outside_and_is_named():
    # a square of 0.01° at 117° E, 36° N (CGCS2000 geographic) is far from the
    # townships of the test (zone 39 of the 3° Gauss–Krüger, about 117° E, 29.8° N)
    g = ogr.CreateGeometryFromWkt("POLYGON((117 36,117.01 36,117.01 36.01,117 36.01,117 36))")
    lonlat = FeatureSet("园区", td.srs(4490), [Feature("k1", g, {})])
    fb = td.Feedback()
    d = delineate(
        two_townships(),
        FIELDS,
        [ZoneLayer("工业园区", "2", lonlat)],
        td.config(),
        feedback=fb,
    )
    assert classes(d) == pytest.approx({"1": 0.0, "2": 0.0, "3": 2e6})
    hits = [w for w in fb.warnings if "工业园区" in w]
    assert len(hits) == 1 and "1 feature" in hits[0] and "EPSG:4490" in hits[0]
    assert "117" in hits[0] and "36.01" in hits[0]


def test_layers_that_add_area_or_lie_under_a_higher_class_give_no_warning():
    # priority x 800–1300 (inside), key x 900–1200 wholly under priority: the key
    # layer lies inside the boundary, it is only outranked — no warning
    prio = td.layer("红线", [("r1", td.rect(800, 200, 1300, 600), {})])
    key = td.layer("园区", [("k1", td.rect(900, 300, 1200, 500), {})])
    fb = td.Feedback()
    d = delineate(
        two_townships(),
        FIELDS,
        [ZoneLayer("生态保护红线", "1", prio), ZoneLayer("工业园区", "2", key)],
        td.config(),
        feedback=fb,
    )
    assert classes(d) == pytest.approx({"1": 500 * 400, "2": 0.0, "3": 2e6 - 500 * 400})
    assert not [w for w in fb.warnings if "adds nothing" in w]


def test_a_file_ogr_cannot_read_is_named(tmp_path, gdal_exceptions_either_way):
    from cc_warning_plugin.core.errors import InputError
    from cc_warning_plugin.core.zoning.features import read_layer

    path = tmp_path / "units.txt"
    path.write_text("not a layer\n", encoding="utf-8")
    with pytest.raises(InputError, match="is not a vector file OGR can read"):
        read_layer(str(path), name="管控单元")
