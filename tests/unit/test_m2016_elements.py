"""Basic elements of the 2016 method (土地, 水, 生态): known answers worked by
hand from spec §1.2 (a), (b), (d), every threshold boundary on its
documented side, missing values and bad input."""

import textwrap

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.indicators import field_title
from cc_warning_plugin.core.m2016 import ecology, land, water
from cc_warning_plugin.core.m2016.units import Source, join_units
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


def units_of(rows, fields, tables=()):
    return join_units(
        Source("units", rows), [Source(f"t{i}", t) for i, t in enumerate(tables)], fields
    )


# ---------------------------------------------------------------------------
# 土地资源压力指数 D = (L − L0) / L0
# ---------------------------------------------------------------------------


def run_land(rows, method=None, allow_partial=False):
    u = units_of(rows, land.INPUT_FIELDS)
    return land.evaluate_land(u, land.read_land(u), P, method, allow_partial)


@pytest.mark.parametrize(
    "constr, l0, d, cls",
    [
        (30.3, 0.3, 0.01, "overload"),  # L 0.303: (0.303 − 0.3)/0.3 = 0.01 > 0
        (30.0, 0.3, 0.0, "critical"),  # D = 0 is not > 0: critical (0 inclusive)
        (21.0, 0.3, -0.3, "critical"),  # (0.21 − 0.3)/0.3 = −0.3: −0.3 inclusive
        (20.97, 0.3, -0.301, "none"),  # (0.2097 − 0.3)/0.3 = −0.301 < −0.3
    ],
)
def test_land_pressure_boundaries(constr, l0, d, cls):
    r = run_land(
        [
            {
                "行政区划代码": "A",
                "建设用地面积": constr,
                "评价区域土地面积": 100,
                "适宜建设开发程度阈值": l0,
            }
        ]
    )[0]
    assert r["land_index"] == pytest.approx(d)
    assert r["land_class"] == cls
    assert r["land_l"] == pytest.approx(constr / 100)
    assert r["land_method"] == "pressure"


@pytest.mark.parametrize(
    "constr, cls",
    [
        (15.01, "overload"),  # 0.1501 > 0.15
        (15.0, "critical"),  # 0.15 is not > 0.15; ≥ 0.10
        (10.0, "critical"),  # 0.10 inclusive
        (9.99, "none"),
    ],
)
def test_development_intensity_option(constr, cls):
    r = run_land(
        [{"行政区划代码": "A", "建设用地面积": constr, "行政区面积": 100}], method="intensity"
    )[0]
    assert r["land_index"] == pytest.approx(constr / 100)
    assert r["land_class"] == cls and r["land_l0"] is None


def test_land_missing_l0_is_not_evaluated_not_none():
    r = run_land(
        [
            {
                "行政区划代码": "A",
                "建设用地面积": 5,
                "评价区域土地面积": 100,
                "适宜建设开发程度阈值": "",
            }
        ]
    )[0]
    assert r["land_class"] == "not_evaluated" and r["land_index"] is None
    assert field_title("land_threshold_l0") in r["land_note"]


@pytest.mark.parametrize(
    "row, words",
    [
        ({"建设用地面积": 5, "评价区域土地面积": 0, "适宜建设开发程度阈值": 0.2}, "greater than 0"),
        (
            {"建设用地面积": 5, "评价区域土地面积": 100, "适宜建设开发程度阈值": 25},
            "divide it by 100",
        ),
        (
            {"建设用地面积": 120, "评价区域土地面积": 100, "适宜建设开发程度阈值": 0.2},
            "larger than",
        ),
        (
            {"建设用地面积": "12km2", "评价区域土地面积": 100, "适宜建设开发程度阈值": 0.2},
            "'12km2'",
        ),
        ({"建设用地面积": -1, "评价区域土地面积": 100, "适宜建设开发程度阈值": 0.2}, "negative"),
    ],
)
def test_land_bad_values_name_unit_and_field(row, words):
    row = dict(row, 行政区划代码="990102")
    with pytest.raises(InputError) as err:
        run_land([row])
    assert words in str(err.value) and "990102" in str(err.value)


# ---------------------------------------------------------------------------
# 水资源: W/W0, G/G0, overdraft
# ---------------------------------------------------------------------------


def water_row(w=50, w0=100, g=10, g0=100, od="无"):
    return {
        "行政区划代码": "A",
        "用水总量": w,
        "用水总量控制指标": w0,
        "地下水供水量": g,
        "地下水开采控制指标": g0,
        "地下水超采状况": od,
    }


def run_water(rows, profile=P, allow_partial=False):
    u = units_of(rows, water.INPUT_FIELDS)
    return water.evaluate_water(u, water.read_water(u, profile), profile, allow_partial)


@pytest.mark.parametrize(
    "kw, cls, worst",
    [
        ({"w": 100.01}, "overload", "total"),  # 1.0001 > 1.0
        ({"w": 100}, "critical", "total"),  # W = W0: not > 1.0, > 0.9
        ({"w": 90.01}, "critical", "total"),  # 0.9001 > 0.9
        ({"w": 90}, "none", ""),  # W = 0.9·W0 is not > 0.9
        ({"g": 100.5}, "overload", "groundwater"),
        ({"g": 95}, "critical", "groundwater"),
        ({"g": 90}, "none", ""),
        ({"od": "严重超采"}, "overload", "overdraft"),  # flag alone, ratios 0.5 and 0.1
        ({"od": "一般超采"}, "overload", "overdraft"),  # S1 reading: any overdraft
    ],
)
def test_water_rules_and_boundaries(kw, cls, worst):
    r = run_water([water_row(**kw)])[0]
    assert r["water_class"] == cls
    if cls != "none":
        assert r["water_worst"] == worst
    # hand: index = max(W/W0, G/G0)
    row = water_row(**kw)
    assert r["water_index"] == pytest.approx(
        max(
            row["用水总量"] / row["用水总量控制指标"],
            row["地下水供水量"] / row["地下水开采控制指标"],
        )
    )


def test_graded_groundwater_rule_from_profile(tmp_path):
    path = tmp_path / "graded.toml"
    path.write_text(
        textwrap.dedent("""
        [profile]
        extends = "default"
        [elements.water.overdraft]
        general = { class = "critical", aliases = ["一般超采"] }
    """),
        encoding="utf-8",
    )
    graded = load_profile(str(path))
    assert run_water([water_row(od="一般超采")], graded)[0]["water_class"] == "critical"
    assert run_water([water_row(od="严重超采")], graded)[0]["water_class"] == "overload"


def test_water_missing_groundwater():
    # the values present (W/W0 = 0.5, no overdraft) cannot exclude an overload
    r = run_water([water_row(g="", g0="")])[0]
    assert r["water_class"] == "not_evaluated" and field_title("gw_use") in r["water_note"]
    # ... unless they already give overload
    r = run_water([water_row(w=120, g="", g0="")])[0]
    assert r["water_class"] == "overload" and r["water_note"]
    r = run_water([water_row(g="", g0="")], allow_partial=True)[0]
    assert r["water_class"] == "none" and "partial" in r["water_note"]


@pytest.mark.parametrize(
    "kw, words",
    [
        ({"w0": 0}, "greater than 0"),
        ({"g0": -5}, "greater than 0"),
        ({"od": "maybe"}, "'maybe'"),
        ({"w": "n/a?"}, "'n/a?'"),
    ],
)
def test_water_bad_input(kw, words):
    with pytest.raises(InputError) as err:
        run_water([water_row(**kw)])
    assert words in str(err.value)


# ---------------------------------------------------------------------------
# 生态系统健康度 H = A_d / A_t
# ---------------------------------------------------------------------------


def eco_row(ero=0, des=0, sal=0, karst=0, area=100, **extra):
    row = {
        "行政区划代码": "A",
        "中度及以上水土流失面积": ero,
        "中度及以上土地沙化面积": des,
        "中度及以上盐渍化面积": sal,
        "中度及以上石漠化面积": karst,
        "评价区域土地面积": area,
    }
    row.update(extra)
    return row


def run_eco(rows, overlay=None, allow_partial=False):
    u = units_of(rows, ecology.input_fields(P))
    return ecology.evaluate_ecology(u, ecology.read_ecology(u, P), P, overlay, allow_partial)


@pytest.mark.parametrize(
    "ero, cls",
    [
        (10.01, "overload"),  # 0.1001 > 0.10
        (10, "critical"),  # 0.10 inclusive in critical
        (5.01, "critical"),
        (5, "none"),  # 0.05 inclusive in none
    ],
)
def test_ecology_boundaries(ero, cls):
    r = run_eco([eco_row(ero=ero)])[0]
    assert r["eco_index"] == pytest.approx(ero / 100) and r["eco_class"] == cls


def test_ecology_type_sum_is_flagged():
    r = run_eco([eco_row(ero=4, karst=3)])[0]  # 7/100 = 0.07
    assert r["eco_index"] == pytest.approx(0.07) and r["eco_source"] == "type_fields"
    assert "overlaps" in r["eco_note"] and r["eco_worst"] == "soil_erosion_area"
    # a single type cannot overlap another: no warning
    assert "overlaps" not in run_eco([eco_row(ero=4)])[0]["eco_note"]


def test_ecology_overlay_replaces_table_values():
    overlay = {
        "A": {
            "degraded_area": 12.0,
            "land_area": 80.0,
            "by_type": {"石漠化": 9.0, "水土流失": 5.0},
            "source": "polygons",
        }
    }
    r = run_eco([eco_row(ero=1, area="")], overlay)[0]
    assert r["eco_index"] == pytest.approx(12 / 80)  # 0.15 → overload
    assert r["eco_class"] == "overload" and r["eco_worst"] == "石漠化"


def test_ecology_missing_type_area():
    # 3 of 4 types known, 0.04 so far: the fourth could push it over 0.05
    assert run_eco([eco_row(ero=4, sal="")])[0]["eco_class"] == "not_evaluated"
    # already 0.12 without it: overload is certain
    assert run_eco([eco_row(ero=12, sal="")])[0]["eco_class"] == "overload"


def test_ecology_degraded_larger_than_area():
    with pytest.raises(InputError, match="larger than the evaluated land area"):
        run_eco([eco_row(ero=60, des=50)])
