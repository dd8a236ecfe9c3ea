"""符合性分析 of project sites: the geometry cases (straddling two units, an
edge only, multi-part, invalid, another CRS, outside every unit, a point
with a buffer), the 三区三线 overlaps, the county's warning result, and the
verdict of every kind of condition. Units: A = x 0–1000 (class 3), B = x
1000–2000 (class 2), both y 0–1000, county 990102; expected areas are hand
calculations."""

import math

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.zoning.access_list import clauses_from_rows
from cc_warning_plugin.core.zoning.compliance import (
    ComplianceContext,
    SiteFields,
    analyse,
    county_results,
)

import zoning_testdata as td

CFG = td.config()
A, B = "ZH99010230001", "ZH99010220001"


def units():
    return td.units_layer(
        [
            (A, "3", "990102", td.rect(0, 0, 1000, 1000)),
            (B, "2", "990102", td.rect(1000, 0, 2000, 1000)),
        ]
    )


def layers():
    return {
        "eco_redline": td.layer("红线", [("r", td.rect(0, 800, 300, 1000), {})]),
        "farmland": td.layer("农田", [("f", td.rect(300, 0, 600, 200), {})]),
        "urban_boundary": td.layer("城镇", [("u", td.rect(1000, 0, 2000, 1000), {})]),
    }


def sites(*items, epsg=4527):
    return td.layer("sites", [(i, g, dict({"name": i}, **a)) for i, g, a in items], epsg)


def context(access_list=None, results=None, **kw):
    return ComplianceContext(units(), CFG, access_list, layers(), results, **kw)


def one(site_geom, access_list=None, **attrs):
    res = analyse(sites(("s", site_geom, attrs)), context(access_list))
    return res.sites[0]


def pieces(site):
    return {p.unit.code: (round(p.area_m2, 3), round(p.share, 6)) for p in site.pieces}


# --------------------------------------------------------------------------- geometry cases
def test_site_straddling_two_units():
    s = one(td.rect(900, 0, 1100, 100))
    assert pieces(s) == {A: (10_000.0, 0.5), B: (10_000.0, 0.5)}
    assert s.outside_m2 == 0.0


def test_site_touching_a_unit_along_an_edge_only_is_not_in_it():
    s = one(td.rect(1000, 0, 1100, 100))
    assert pieces(s) == {B: (10_000.0, 1.0)}


def test_multi_part_site():
    s = one(td.multi(td.rect(100, 100, 200, 200), td.rect(1500, 500, 1800, 600)))
    assert pieces(s) == {A: (10_000.0, 0.25), B: (30_000.0, 0.75)}
    assert s.area_m2 == pytest.approx(40_000)


def test_invalid_site_is_repaired_with_a_note_or_refused_with_its_place():
    bowtie = td.ring((100, 100), (300, 300), (300, 100), (100, 300))
    s = one(bowtie)
    # two triangles of 200 × 100 / 2
    assert s.area_m2 == pytest.approx(20_000)
    assert any("repaired" in n and "Self-intersection" in n for n in s.notes)
    with pytest.raises(InputError) as err:
        analyse(sites(("bad", bowtie, {})), context(), repair=False)
    msg = str(err.value)
    assert "site bad" in msg and "Self-intersection" in msg
    assert f"({td.X0 + 200:.1f}, {td.Y0 + 200:.1f})" in msg


def test_a_site_whose_parts_overlap_is_repaired_to_their_union():
    # two 200 × 200 m squares overlapping by 100 × 100 m in unit A: 40 000 + 40 000
    # − 10 000 = 70 000 m² (GEOS's default "linework" repair would drop the overlap
    # as a hole: 60 000 m²)
    s = one(td.multi(td.rect(100, 100, 300, 300), td.rect(200, 200, 400, 400)))
    assert s.area_m2 == pytest.approx(70_000)
    assert pieces(s) == {A: (70_000.0, 1.0)}
    assert any("repaired" in n for n in s.notes)


def test_site_in_another_crs_is_transformed_to_the_units():
    geo = td.to_epsg(sites(("s", td.rect(900, 0, 1100, 100), {})), 4490)
    res = analyse(geo, context())
    s = res.sites[0]
    assert {k: v[0] for k, v in pieces(s).items()} == pytest.approx(
        {A: 10_000.0, B: 10_000.0}, abs=0.01
    )
    assert any("transformed" in n for n in res.notes)


def test_site_outside_every_unit():
    al = clauses_from_rows(
        [
            {
                "适用范围": "总体准入要求",
                "维度": "空间布局约束",
                "条款": "t",
                "条件": "outside eco_redline",
                "编号": "Z",
            },
            {
                "适用范围": "一般管控单元",
                "维度": "空间布局约束",
                "条款": "t2",
                "条件": "",
                "编号": "C",
            },
        ],
        CFG,
        "l",
    )
    s = one(td.rect(3000, 0, 3100, 100), al)
    assert s.pieces == [] and s.outside_m2 == pytest.approx(10_000)
    assert [(v.clause.id, v.verdict) for v in s.verdicts] == [("Z", "not_applicable")]
    assert s.overall == "not_applicable"
    assert any("outside every control unit" in n for n in s.notes)


def test_point_needs_a_buffer_and_gets_a_circle():
    with pytest.raises(InputError, match="give a buffer distance"):
        analyse(sites(("p", td.point(500, 500), {})), context())
    res = analyse(sites(("p", td.point(500, 500), {"buffer_m": 100})), context())
    # OGR buffers with 16 segments a quadrant: a 64-gon of radius 100 m
    assert res.sites[0].area_m2 == pytest.approx(32 * 100**2 * math.sin(2 * math.pi / 64))
    res = analyse(sites(("p", td.point(500, 500), {})), context(), buffer_m=50)
    assert res.sites[0].area_m2 == pytest.approx(32 * 50**2 * math.sin(2 * math.pi / 64))


def test_three_lines_overlaps_and_county_result():
    results = county_results([{"行政区划代码": "990102", "预警等级": "红色", "超载类型": "超载"}])
    res = analyse(sites(("s", td.rect(200, 100, 1200, 900), {})), context(results=results))
    s = res.sites[0]  # 1000 × 800 = 800 000 m²
    assert s.lines["eco_redline"] == pytest.approx((100 * 100, 10_000 / 800_000))
    assert s.lines["farmland"] == pytest.approx((300 * 100, 30_000 / 800_000))
    assert s.lines["urban_boundary"] == pytest.approx((200 * 800, 0.2))
    assert s.counties == [
        {
            "county": "990102",
            "share": pytest.approx(1.0),
            "warning_level": "红色",
            "load_type": "超载",
        }
    ]
    rec = res.site_records()[0]
    assert rec["warning_level"] == "红色" and rec["urban_boundary_share"] == pytest.approx(0.2)


def test_county_results_from_the_2016_result_layer_with_labels():
    rows = [{"行政区划代码": "990102", "warning_level": "red", "load_type": "overload"}]
    got = county_results(rows, labels={"red": "红色预警", "overload": "超载"})
    assert got == {"990102": {"warning_level": "红色预警", "load_type": "超载"}}
    with pytest.raises(InputError, match="warning level"):
        county_results([{"行政区划代码": "990102", "x": 1}], source="result.csv")


def test_without_a_list_no_verdict_is_given():
    fb = td.Feedback()
    res = analyse(sites(("s", td.rect(100, 100, 200, 200), {})), context(), feedback=fb)
    s = res.sites[0]
    assert s.verdicts == [] and s.overall is None
    assert res.verdict_records() == []
    assert "缺少官方清单时不判断符合性" in " ".join(s.notes)
    assert any("No access list" in w for w in fb.warnings)
    assert res.site_records()[0]["verdict"] == ""


# --------------------------------------------------------------------------- verdicts
LIST = [
    ("O1", "总体准入要求", "空间布局约束", "outside eco_redline"),
    ("O2", "总体准入要求", "污染物排放管控", "emission_cod <= 50"),
    ("O3", "总体准入要求", "环境风险防控", "industry not in C26"),
    ("O4", "总体准入要求", "资源开发效率要求", ""),
    ("G1", "重点管控单元", "空间布局约束", "industry restricted C30"),
    ("G2", "重点管控单元", "空间布局约束", "inside urban_boundary"),
    ("G3", "重点管控单元", "环境风险防控", "distance(eco_redline) >= 800"),
    ("G4", "重点管控单元", "资源开发效率要求", "if industry in C30 then energy_use <= 100"),
    ("B1", "一般管控单元", "空间布局约束", "industry in C13, C14"),
    ("B2", "一般管控单元", "空间布局约束", "site_area <= 2"),
    ("B3", "一般管控单元", "环境风险防控", "outside drinking_water"),
    ("U1", A, "资源开发效率要求", "water_use < 10"),
]


def access_list(*only):
    items = [i for i in LIST if not only or i[0] in only]
    return clauses_from_rows(
        [
            {"编号": a, "适用范围": b, "维度": c, "条款": f"clause {a}", "条件": d}
            for a, b, c, d in items
        ],
        CFG,
        "l",
        unit_codes=[A, B],
    )


def verdicts(site):
    return {v.clause.id: v.verdict for v in site.verdicts}


def reasons(site):
    return {v.clause.id: v.reason for v in site.verdicts}


def test_verdicts_in_a_general_unit():
    # 100 × 100 m in A, touching the red line (x 0–300, y 800–1000) over 50 × 100
    s = one(td.rect(250, 800, 350, 900), access_list(), industry="C1371", emission_cod=60)
    assert verdicts(s) == {
        "O1": "mismatch",
        "O2": "mismatch",
        "O3": "not_applicable",
        "O4": "undetermined",
        "B1": "match",
        "B2": "match",
        "B3": "undetermined",
        "U1": "undetermined",
    }
    r = reasons(s)
    assert "5000.0 m² (50.0%)" in r["O1"]
    assert "= 60, required <= 50" in r["O2"]
    assert "text only" in r["O4"]
    assert "drinking_water" in r["B3"] and "not given" in r["B3"]
    assert "(water_use, 万m³/a)" in r["U1"] and "missing" in r["U1"]
    assert s.overall == "mismatch" and s.causes == ["O1", "O2"]


def test_verdicts_in_a_key_unit():
    # 200 × 200 m in B; nearest red-line point (300, 800) to the site corner (1300, 300):
    # √(1000² + 500²) = 1118 m, beyond the 800 m the clause asks for
    s = one(
        td.rect(1300, 100, 1500, 300),
        access_list(),
        industry="C3011",
        emission_cod=10,
        energy_use=80,
    )
    v = verdicts(s)
    assert v["G1"] == "partial" and v["G2"] == "match" and v["G4"] == "match"
    assert v["G3"] == "match"
    assert "U1" not in v and "B1" not in v  # clauses of units not touched
    assert "no part of" in reasons(s)["G3"] and "within 800 m" in reasons(s)["G3"]
    assert s.overall == "undetermined" and s.causes == ["O4"]


def test_distance_reason_gives_the_distance_when_within_reach():
    al = access_list("G3")
    s = one(td.rect(1000, 500, 1100, 600), al)
    # nearest points: site corner (1000, 600) and red-line corner (300, 800)
    d = math.hypot(700, 200)
    assert verdicts(s) == {"G3": "mismatch"}
    assert f"{d:.1f} m" in reasons(s)["G3"]


def test_inside_partly_and_if_then_not_applicable():
    al = access_list("G2", "G4")
    s = one(td.rect(1000, 0, 1100, 100), al, industry="C2614")
    assert verdicts(s) == {"G2": "match", "G4": "not_applicable"}
    # a key unit outside the urban boundary: shrink the urban layer
    lay = layers()
    lay["urban_boundary"] = td.layer("城镇", [("u", td.rect(1050, 0, 2000, 1000), {})])
    ctx = ComplianceContext(units(), CFG, al, lay)
    s = analyse(sites(("s", td.rect(1000, 0, 1100, 100), {"industry": "C3011"})), ctx).sites[0]
    assert verdicts(s) == {"G2": "partial", "G4": "undetermined"}
    assert "5000.0 m² (50.0%)" in reasons(s)["G2"]
    assert "energy_use" in reasons(s)["G4"] and "missing" in reasons(s)["G4"]


def test_spatial_clause_of_a_class_looks_at_the_part_in_that_class():
    # the site straddles A and B; the red line is in A only: the key-unit clause G3 measures
    # from the part in B (x 1000–1100), the overall O1 from the whole site
    al = access_list("O1", "G3")
    s = one(td.rect(250, 850, 1100, 900), al)
    v = verdicts(s)
    assert v["O1"] == "mismatch"
    assert v["G3"] == "mismatch" and "700.0 m" in reasons(s)["G3"]  # x 1000 to x 300


def test_missing_industry_is_undetermined_never_a_guess():
    s = one(td.rect(100, 100, 200, 200), access_list("O3", "B1"))
    assert verdicts(s) == {"O3": "undetermined", "B1": "undetermined"}
    assert all("(industry)" in r and "missing" in r for r in reasons(s).values())


def test_verdict_order_comes_from_the_profile():
    al = access_list("O2", "O4")
    site = sites(("s", td.rect(100, 100, 200, 200), {"emission_cod": 60}))
    s = analyse(site, ComplianceContext(units(), CFG, al)).sites[0]
    assert s.overall == "mismatch"
    cfg = td.config(
        verdicts__order=["undetermined", "mismatch", "partial", "match", "not_applicable"]
    )
    s = analyse(site, ComplianceContext(units(), cfg, al)).sites[0]
    assert s.overall == "undetermined" and s.causes == ["O4"]


def test_bad_site_attributes_are_refused_before_the_analysis():
    with pytest.raises(InputError, match="not a number"):
        analyse(sites(("s", td.rect(0, 0, 10, 10), {"年用水量": "很多"})), context())
    with pytest.raises(InputError, match="not a GB/T 4754"):
        analyse(sites(("s", td.rect(0, 0, 10, 10), {"行业代码": "化工"})), context())
    with pytest.raises(InputError, match="field 用水 .given for water_use. not found"):
        analyse(
            sites(("s", td.rect(0, 0, 10, 10), {})),
            context(),
            fields=SiteFields(attributes={"water_use": "用水"}),
        )


def test_records_one_row_per_site_and_clause_and_pieces_with_geometry():
    al = access_list("O1", "B2")
    res = analyse(
        sites(("s1", td.rect(900, 0, 1100, 100), {}), ("s2", td.rect(100, 100, 200, 200), {})),
        context(al),
    )
    rows = res.verdict_records()
    assert [(r["site_id"], r["clause_id"], r["verdict_label"]) for r in rows] == [
        ("s1", "O1", "匹配"),
        ("s1", "B2", "匹配"),
        ("s2", "O1", "匹配"),
        ("s2", "B2", "匹配"),
    ]
    assert rows[1]["units"] == A
    pcs = res.piece_records()
    assert [(p["site_id"], p["unit_code"], p["area_m2"]) for p in pcs] == [
        ("s1", B, 10_000.0),
        ("s1", A, 10_000.0),
        ("s2", A, 10_000.0),
    ]  # equal: by code
    assert pcs[0]["geometry"].GetArea() == pytest.approx(10_000)


def test_units_with_bad_codes_are_refused_when_loading():
    bad = td.units_layer([("ZH990102", "3", "990102", td.rect(0, 0, 1000, 1000))])
    with pytest.raises(InputError, match="does not match the pattern"):
        ComplianceContext(bad, CFG)
