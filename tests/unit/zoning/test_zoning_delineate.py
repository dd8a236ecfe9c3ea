"""Delineation of control units: the overlay with precedence fitted to the
townships, sliver merges, codes, names, the summary, the gap/overlap check,
and bad input. Every expected area is a hand calculation on the rectangles
of the test (zoning_testdata: metres relative to a corner)."""

import math

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.zoning.delineate import BoundaryFields, ZoneLayer, delineate
from cc_warning_plugin.core.zoning.progress import ZoningCancelled
from cc_warning_plugin.core.zoning.tiling import TilingError, check_tiling, find_problems

import zoning_testdata as td

FIELDS = BoundaryFields("code", "name", "county")


def two_townships():
    return td.townships(
        ("990102001", "990102", td.rect(0, 0, 1000, 1000)),
        ("990102002", "990102", td.rect(1000, 0, 2000, 1000)),
    )


def by_code(result):
    return {u.code: u for u in result.units}


def test_precedence_overlay_fitted_to_townships():
    # priority 800–1300 × 200–600 crosses the township line x = 1000;
    # key 1100–1600 × 400–900 overlaps it (200 × 200 = 40 000 m² go to priority)
    prio = td.layer("红线", [("r1", td.rect(800, 200, 1300, 600), {})])
    key = td.layer("园区", [("k1", td.rect(1100, 400, 1600, 900), {})])
    d = delineate(
        two_townships(),
        FIELDS,
        [ZoneLayer("生态保护红线", "1", prio), ZoneLayer("工业园区", "2", key)],
        td.config(),
        county_names={"990102": "城关区"},
    )
    u = by_code(d)
    # class digit after the county code, sequence within county and class, townships in order
    assert sorted(u) == [
        "ZH99010210001",
        "ZH99010210002",
        "ZH99010220001",
        "ZH99010230001",
        "ZH99010230002",
    ]
    assert u["ZH99010210001"].area_m2 == pytest.approx(200 * 400)  # T1 part of priority
    assert u["ZH99010210002"].area_m2 == pytest.approx(300 * 400)  # T2 part
    assert u["ZH99010220001"].area_m2 == pytest.approx(500 * 500 - 200 * 200)
    assert u["ZH99010230001"].area_m2 == pytest.approx(1e6 - 80_000)
    assert u["ZH99010230002"].area_m2 == pytest.approx(1e6 - 120_000 - 210_000)
    assert u["ZH99010210001"].township == "990102001"
    assert u["ZH99010220001"].name == "城关区T002重点管控单元"
    assert u["ZH99010210002"].sources == ["生态保护红线"]
    assert u["ZH99010230001"].sources == []
    assert d.merges == []


def test_summary_counts_areas_and_priority_share():
    prio = td.layer("红线", [("r1", td.rect(800, 200, 1300, 600), {})])
    d = delineate(two_townships(), FIELDS, [ZoneLayer("红线", "1", prio)], td.config())
    rows = {(r["county"], r["class"]): r for r in d.summary()}
    assert rows[("990102", "1")]["units"] == 2
    assert rows[("990102", "1")]["area_km2"] == pytest.approx(0.2)  # 500 × 400 m
    assert rows[("990102", "1")]["share"] == pytest.approx(0.2 / 2.0)
    assert rows[("990102", "3")]["area_km2"] == pytest.approx(1.8)
    assert rows[("990102", "2")]["units"] == 0
    assert rows[("all", "")]["area_km2"] == pytest.approx(2.0)
    records = d.unit_records()
    assert records[0]["ZHGKDYFL"] == "1" and records[0]["MJ"] == pytest.approx(0.08)


def test_small_part_merges_into_the_neighbour_with_the_longest_shared_boundary():
    # priority covers x 0–600 with a 40 × 40 notch on its right edge, key x 600–1000:
    # the notch (1 600 m², class 3) touches priority on 3 sides (120 m), key on one (40 m)
    town = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 1000)))
    prio = td.layer(
        "p",
        [
            (
                "p",
                td.ring(
                    (0, 0),
                    (600, 0),
                    (600, 400),
                    (560, 400),
                    (560, 440),
                    (600, 440),
                    (600, 1000),
                    (0, 1000),
                ),
                {},
            )
        ],
    )
    key = td.layer("k", [("k", td.rect(600, 0, 1000, 1000), {})])
    fb = td.Feedback()
    d = delineate(
        town,
        FIELDS,
        [ZoneLayer("p", "1", prio), ZoneLayer("k", "2", key)],
        td.config(),
        feedback=fb,
    )
    u = by_code(d)
    assert sorted(u) == ["ZH99010210001", "ZH99010220001"]  # no class 3 left
    assert u["ZH99010210001"].area_m2 == pytest.approx(600 * 1000)
    assert u["ZH99010220001"].area_m2 == pytest.approx(400 * 1000)
    (m,) = d.merges
    assert (m.part_class, m.reason, m.into_code, m.into_class) == (
        "3",
        "area",
        "ZH99010210001",
        "1",
    )
    assert m.area_m2 == pytest.approx(1600)
    assert m.shared_m == pytest.approx(120, abs=0.005)  # measured within 1 mm of the edge
    assert (m.x - td.X0, m.y - td.Y0) == pytest.approx((580, 420), abs=20)
    assert any("1600.0 m²" in t and "ZH99010210001" in t for t in fb.info)


def test_thin_strip_merges_by_mean_width():
    # remainder strip 8 m × 2 000 m = 16 000 m² (above the 10 000 m² minimum) but its mean
    # width 2·16 000 / 4 016 = 7.97 m is under 10 m; its only neighbour is the key zone
    town = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 2000)))
    prio = td.layer("p", [("p", td.rect(0, 0, 600, 2000), {})])
    key = td.layer("k", [("k", td.rect(600, 0, 992, 2000), {})])
    d = delineate(town, FIELDS, [ZoneLayer("p", "1", prio), ZoneLayer("k", "2", key)], td.config())
    (m,) = d.merges
    assert m.reason == "width"
    assert m.mean_width_m == pytest.approx(2 * 16_000 / 4016)
    assert m.into_class == "2" and m.shared_m == pytest.approx(2000, abs=0.005)
    assert by_code(d)["ZH99010220001"].area_m2 == pytest.approx(400 * 2000)


def test_no_merge_when_the_profile_minimum_is_zero():
    town = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 2000)))
    prio = td.layer("p", [("p", td.rect(0, 0, 600, 2000), {})])
    key = td.layer("k", [("k", td.rect(600, 0, 992, 2000), {})])
    cfg = td.config(slivers__min_unit_area_m2=0.0, slivers__min_mean_width_m=0.0)
    d = delineate(town, FIELDS, [ZoneLayer("p", "1", prio), ZoneLayer("k", "2", key)], cfg)
    assert d.merges == []
    assert by_code(d)["ZH99010230001"].area_m2 == pytest.approx(8 * 2000)


def test_one_unit_per_part_numbers_the_names():
    town = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 1000)))
    prio = td.layer(
        "p", [("a", td.rect(100, 600, 300, 800), {}), ("b", td.rect(600, 100, 800, 300), {})]
    )
    d = delineate(town, FIELDS, [ZoneLayer("p", "1", prio)], td.config(delineation__unit="part"))
    prio_units = [u for u in d.units if u.cls == "1"]
    assert [u.code for u in prio_units] == ["ZH99010210001", "ZH99010210002"]
    # numbered north to south: the northern square first
    assert prio_units[0].geom.GetEnvelope()[2] == pytest.approx(td.Y0 + 600)
    assert [u.name for u in prio_units] == ["T001优先保护单元1", "T001优先保护单元2"]
    d2 = delineate(town, FIELDS, [ZoneLayer("p", "1", prio)], td.config())
    (u,) = [u for u in d2.units if u.cls == "1"]
    assert u.geom.GetGeometryCount() == 2 and u.name == "T001优先保护单元"


def test_sample_city_units_tile_the_townships_without_gaps_or_overlaps(sample_zoning):
    """The union of the units equals the union of the townships and no two
    units overlap — checked here with plain OGR, not with the plugin's check."""
    d, towns = sample_zoning["delineation"], sample_zoning["townships"]
    union_units = td.multi()
    for u in d.units:
        for i in range(u.geom.GetGeometryCount()):
            union_units.AddGeometry(u.geom.GetGeometryRef(i))
    union_units = union_units.UnionCascaded()
    union_towns = td.multi(
        *[
            f.geom.GetGeometryRef(0) if f.geom.GetGeometryName() == "MULTIPOLYGON" else f.geom
            for f in towns.features
        ]
    ).UnionCascaded()
    assert union_units.SymDifference(union_towns).GetArea() < 1.0
    assert sum(u.area_m2 for u in d.units) == pytest.approx(union_towns.GetArea(), abs=1.0)
    units = d.units
    for i, a in enumerate(units):
        ea = a.geom.GetEnvelope()
        for b in units[i + 1 :]:
            eb = b.geom.GetEnvelope()
            if ea[0] > eb[1] or eb[0] > ea[1] or ea[2] > eb[3] or eb[2] > ea[3]:
                continue
            assert a.geom.Intersection(b.geom).GetArea() < 1.0, (a.code, b.code)
    # every unit inside one township
    town_geom = {f.attrs["乡镇代码"]: f.geom for f in towns.features}
    for u in units:
        assert u.geom.Difference(town_geom[u.township]).GetArea() < 1.0, u.code


def test_sample_city_every_class_and_merges_are_logged(sample_zoning):
    d = sample_zoning["delineation"]
    assert {u.cls for u in d.units} == {"1", "2", "3"}
    for m in d.merges:
        assert m.area_m2 < 10_000 or m.mean_width_m < 10
        assert m.into_code in {u.code for u in d.units}


def test_check_lists_overlaps_gaps_and_parts_outside():
    bnd = [("T1", td.rect(0, 0, 1000, 1000))]
    units = [
        ("U1", td.rect(0, 0, 600, 1000)),  # overlaps U2 by 100 × 1000
        ("U2", td.rect(500, 0, 1000, 900)),  # leaves 500 × 100 uncovered
        ("U3", td.rect(1000, 0, 1010, 100)),
    ]  # 10 × 100 outside T1
    places = find_problems(units, bnd, 1.0)
    kinds = {(p.kind, p.ids): p for p in places}
    ov = kinds[("overlap", ("U1", "U2"))]
    assert ov.area_m2 == pytest.approx(100 * 900)
    gap = kinds[("gap", ("T1",))]
    assert gap.area_m2 == pytest.approx(400 * 100)  # x 600–1000, y 900–1000
    assert 600 <= gap.x - td.X0 <= 1000 and 900 <= gap.y - td.Y0 <= 1000
    out = kinds[("outside", ("U3",))]
    assert out.area_m2 == pytest.approx(1000)
    with pytest.raises(TilingError) as err:
        check_tiling(units, bnd, 1.0, "units")
    assert "U1" in str(err.value) and "T1" in str(err.value) and "U3" in str(err.value)
    assert len(err.value.places) == 3


def test_check_tolerance_ignores_a_tiny_overlap():
    bnd = [("T1", td.rect(0, 0, 1000, 1000))]
    units = [("U1", td.rect(0, 0, 500.0005, 1000)), ("U2", td.rect(500, 0, 1000, 1000))]
    assert find_problems(units, bnd, 1.0) == []  # 0.5 m² overlap
    assert [p.kind for p in find_problems(units, bnd, 0.1)] == ["overlap"]


def test_zone_layer_in_another_crs_is_transformed():
    prio = td.layer("p", [("p", td.rect(200, 200, 700, 600), {})])
    prio_geo = td.to_epsg(prio, 4490)
    town = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 1000)))
    d = delineate(town, FIELDS, [ZoneLayer("p", "1", prio_geo)], td.config())
    assert by_code(d)["ZH99010210001"].area_m2 == pytest.approx(500 * 400, abs=0.5)


def test_invalid_zone_geometry_is_repaired_with_a_note_or_refused():
    town = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 1000)))
    bowtie = td.ring((100, 100), (500, 500), (500, 100), (100, 500))  # two triangles
    prio = td.layer("红线", [("r7", bowtie, {})])
    d = delineate(town, FIELDS, [ZoneLayer("红线", "1", prio)], td.config())
    assert any("r7" in n and "repaired" in n for n in d.notes)
    # the repaired bow-tie: two triangles of 400 × 200 / 2 = 40 000 m² each
    assert by_code(d)["ZH99010210001"].area_m2 == pytest.approx(80_000)
    with pytest.raises(InputError, match="r7"):
        delineate(town, FIELDS, [ZoneLayer("红线", "1", prio)], td.config(), repair=False)


def test_geographic_boundary_is_refused_before_the_overlay():
    town = td.to_epsg(two_townships(), 4490)
    with pytest.raises(InputError, match="geographic"):
        delineate(town, FIELDS, [], td.config())


def test_overlapping_townships_are_named():
    town = td.townships(
        ("990102001", "990102", td.rect(0, 0, 1000, 1000)),
        ("990102002", "990102", td.rect(900, 0, 2000, 1000)),
    )
    with pytest.raises(InputError, match="990102001 and 990102002"):
        delineate(town, FIELDS, [], td.config())


def test_bad_class_tags_and_codes_are_refused():
    prio = td.layer("p", [("p", td.rect(0, 0, 10, 10), {})])
    with pytest.raises(InputError, match="remainder"):
        delineate(two_townships(), FIELDS, [ZoneLayer("p", "3", prio)], td.config())
    with pytest.raises(InputError, match="class 9"):
        delineate(two_townships(), FIELDS, [ZoneLayer("p", "9", prio)], td.config())
    town = td.townships(("990102001", "99010", td.rect(0, 0, 1000, 1000)))  # 5-digit county
    with pytest.raises(InputError, match="pattern"):
        delineate(town, FIELDS, [], td.config())
    dup = td.townships(
        ("990102001", "990102", td.rect(0, 0, 1000, 1000)),
        ("990102001", "990102", td.rect(1000, 0, 2000, 1000)),
    )
    with pytest.raises(InputError, match="appears in features"):
        delineate(dup, FIELDS, [], td.config())


def test_code_rule_without_sequence_is_refused_when_codes_collide():
    cfg = td.config(codes__format="ZH{admin}{cls}0001")
    with pytest.raises(InputError, match="same code"):
        delineate(two_townships(), FIELDS, [], cfg)


def test_cancel_stops_the_run():
    with pytest.raises(ZoningCancelled):
        delineate(two_townships(), FIELDS, [], td.config(), feedback=td.Feedback(cancel_after=1))


def test_areas_follow_the_linear_unit_of_the_crs():
    # EPSG:2249 (US survey feet): 1000 ft squares are 92 903 m² each
    town = td.townships(("990102001", "990102", td.rect(0, 0, 1000, 1000)))
    town = type(town)(town.name, td.srs(2249), town.features)
    d = delineate(town, FIELDS, [], td.config())
    ft = 1200 / 3937
    assert d.units[0].area_m2 == pytest.approx((1000 * ft) ** 2, rel=1e-9)
    assert math.isclose(d.summary()[-1]["area_km2"], (1000 * ft) ** 2 / 1e6, rel_tol=1e-5)
