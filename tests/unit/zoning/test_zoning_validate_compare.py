"""An official unit layer: its checks (codes, classes, overlaps, gaps,
geometry, CRS), and the comparison of two versions of the units (added,
removed, re-coded, re-classed, area changed, totals), with hand-calculated
areas."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.zoning.compare import compare_versions
from cc_warning_plugin.core.zoning.validate import UnitFields, validate_units

import zoning_testdata as td

CFG = td.config()


def good():
    return [
        ("ZH99010210001", "1", "990102", td.rect(0, 0, 400, 1000)),
        ("ZH99010230001", "3", "990102", td.rect(400, 0, 1000, 1000)),
    ]


def test_a_good_layer_passes_and_reads_areas_and_counties():
    layer = validate_units(
        td.units_layer(good()),
        CFG,
        boundary=td.townships(("990102001", "990102", td.rect(0, 0, 1000, 1000))),
    )
    assert [(u.code, u.cls, u.county, u.area_m2) for u in layer.units] == [
        ("ZH99010210001", "1", "990102", pytest.approx(400_000)),
        ("ZH99010230001", "3", "990102", pytest.approx(600_000)),
    ]
    assert layer.problems == [] and layer.notes == []


def test_every_problem_is_listed_with_its_feature():
    items = [
        ("ZH99010210001", "1", "990102", td.rect(0, 0, 500, 1000)),
        ("ZH99010210001", "1", "990102", td.rect(2000, 0, 2100, 100)),  # duplicate
        ("ZH9901023", "3", "990102", td.rect(3000, 0, 3100, 100)),  # malformed
        ("ZH99010220002", "一般管控单元", "990102", td.rect(4000, 0, 4100, 100)),
        ("ZH99010230003", "4", "990102", td.rect(5000, 0, 5100, 100)),  # unknown class
        ("ZH99010230004", "3", "990102", td.rect(400, 0, 1000, 1000)),
    ]  # overlaps first
    with pytest.raises(InputError) as err:
        validate_units(td.units_layer(items), CFG)
    msg = str(err.value)
    assert "unit code ZH99010210001 appears in features ZH99010210001 and" in msg
    assert "ZH9901023 (feature ZH9901023) does not match the pattern" in msg
    assert "ZH99010220002 (feature ZH99010220002) says class 2 but the class field says 3" in msg
    assert "class '4' is not a class of the profile" in msg
    assert "overlap by 100000.00 m²" in msg  # 100 × 1000
    layer = validate_units(td.units_layer(items), CFG, raise_on_problems=False)
    assert len(layer.problems) == 5 and len(layer.places) == 1


def test_gaps_against_the_boundary_are_listed():
    items = [
        ("ZH99010210001", "1", "990102", td.rect(0, 0, 400, 1000)),
        ("ZH99010230001", "3", "990102", td.rect(450, 0, 1000, 1000)),
    ]
    bnd = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 1000)))
    with pytest.raises(InputError, match="50000.00 m² of boundary polygon 990102001 is in no unit"):
        validate_units(td.units_layer(items), CFG, boundary=bnd)


def test_invalid_geometry_repaired_by_default_or_refused_with_ids():
    bowtie = td.ring((0, 0), (400, 1000), (400, 0), (0, 1000))
    items = [("ZH99010210001", "1", "990102", bowtie)]
    layer = validate_units(td.units_layer(items), CFG)
    assert any("ZH99010210001" in n and "repaired" in n for n in layer.notes)
    assert layer.units[0].area_m2 == pytest.approx(2 * 400 * 500 / 2)
    with pytest.raises(InputError, match="invalid geometries in features ZH99010210001"):
        validate_units(td.units_layer(items), CFG, repair=False)


def test_other_field_names_county_from_the_code_and_geographic_crs():
    fs = td.layer("u", [("1", td.rect(0, 0, 10, 10), {"BM": "ZH99010310001", "FL": 1.0})])
    layer = validate_units(fs, CFG, fields=UnitFields(code="BM", cls="FL"))
    assert layer.units[0].county == "990103" and layer.units[0].cls == "1"
    with pytest.raises(InputError, match="field HJZHGKDYBM not found"):
        validate_units(fs, CFG)
    with pytest.raises(InputError, match="geographic"):
        validate_units(td.to_epsg(td.units_layer(good()), 4490), CFG)


# --------------------------------------------------------------------------- versions
def test_comparison_of_two_versions():
    old = td.units_layer(
        [
            ("ZH99010210001", "1", "990102", td.rect(0, 0, 400, 1000)),  # kept, shrinks
            ("ZH99010230001", "3", "990102", td.rect(400, 0, 1000, 1000)),  # re-coded, re-classed
            ("ZH99010230002", "3", "990102", td.rect(1000, 0, 2000, 1000)),  # removed
            ("ZH99010230005", "3", "990102", td.rect(0, 1000, 1000, 2000)),
        ],
        name="2020",
    )
    new = td.units_layer(
        [
            ("ZH99010210001", "1", "990102", td.rect(0, 0, 380, 1000)),  # −20 000 m² (5 %)
            ("ZH99010220009", "2", "990102", td.rect(380, 0, 1000, 1000)),  # ≥ 90 % of old …30001
            ("ZH99010230005", "3", "990102", td.rect(0, 1000, 1000, 2000.05)),  # +50 m²: within
            ("ZH99010230003", "3", "990102", td.rect(3000, 0, 3100, 100)),
        ],
        name="2025",
    )  # added
    cmp_ = compare_versions(old, new, CFG)
    got = [(c.kind, c.old.code if c.old else "", c.new.code if c.new else "") for c in cmp_.changes]
    assert got == [
        ("added", "", "ZH99010230003"),
        ("removed", "ZH99010230002", ""),
        ("recoded", "ZH99010230001", "ZH99010220009"),
        ("reclassed", "ZH99010230001", "ZH99010220009"),
        ("area_changed", "ZH99010210001", "ZH99010210001"),
        ("area_changed", "ZH99010230001", "ZH99010220009"),
    ]
    recoded = cmp_.changes[2]
    assert recoded.overlap_share == pytest.approx(600_000 / 620_000)
    shrink = cmp_.changes[4]
    assert (shrink.gained_m2, shrink.lost_m2) == (pytest.approx(0), pytest.approx(20_000))
    assert shrink.geom.GetArea() == pytest.approx(20_000)
    rows = {(r["county"], r["class"]): r for r in cmp_.totals}
    assert rows[("990102", "3")]["units_before"] == 3 and rows[("990102", "3")]["units_after"] == 2
    assert rows[("990102", "3")]["area_before_km2"] == pytest.approx(2.6)
    assert rows[("990102", "3")]["area_after_km2"] == pytest.approx(1.01 + 0.00005)
    assert rows[("990102", "2")]["area_after_km2"] == pytest.approx(0.62)
    assert rows[("all", "1")]["delta_km2"] == pytest.approx(-0.02)
    rec = cmp_.change_records()[0]
    assert rec["change_label"] == "added" and rec["new_class_label"] == "一般管控单元"


def test_new_version_in_another_crs_is_compared_in_the_old_crs():
    old = td.units_layer(good())
    new = td.to_epsg(td.units_layer(good()), 4490)
    assert compare_versions(old, new, CFG).changes == []
