"""Special evaluations (专项评价): every cell of the 水气环境黑灰指数 tables of
spec §1.3 on both sides of each break, the combination table, the
unverified index rules at their boundaries, and the choice by 主体功能区."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.indicators import field_title
from cc_warning_plugin.core.m2016 import special
from cc_warning_plugin.core.m2016.units import Source, join_units
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


# ---------------------------------------------------------------------------
# Water part: Den bands (lower bound inclusive), L breaks ([a, b) intervals)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "zone, den, share, grade",
    [
        # 优化开发: Den < 100 → L < 0.25 轻度, else 中度
        ("optimized", 99.99, 0.0, "light"),
        ("optimized", 99.99, 0.2499, "light"),
        ("optimized", 99.99, 0.25, "moderate"),
        ("optimized", 0, 1.0, "moderate"),
        # 100 ≤ Den < 500 → L < 0.25 轻度; L < 0.5 中度; else 重度
        ("optimized", 100, 0.2499, "light"),
        ("optimized", 100, 0.25, "moderate"),
        ("optimized", 499.99, 0.4999, "moderate"),
        ("optimized", 499.99, 0.5, "heavy"),
        # Den ≥ 500 → L < 0.25 中度; else 重度
        ("optimized", 500, 0.2499, "moderate"),
        ("optimized", 500, 0.25, "heavy"),
        ("optimized", 5000, 0.0, "moderate"),
        # 重点开发: Den < 300 → L < 0.33 轻度, else 中度
        ("key", 299.99, 0.3299, "light"),
        ("key", 299.99, 0.33, "moderate"),
        # 300 ≤ Den < 800 → L < 0.33 轻度; L < 0.66 中度; else 重度
        ("key", 300, 0.3299, "light"),
        ("key", 300, 0.33, "moderate"),
        ("key", 799.99, 0.6599, "moderate"),
        ("key", 799.99, 0.66, "heavy"),
        # Den ≥ 800 → L < 0.33 中度; else 重度
        ("key", 800, 0.3299, "moderate"),
        ("key", 800, 0.33, "heavy"),
    ],
)
def test_black_grey_water_grade(zone, den, share, grade):
    assert special.bg_water_grade(P, zone, den, share) == grade


@pytest.mark.parametrize(
    "zone, core, breaks",
    [
        ("optimized", True, (30, 90, 180)),
        ("optimized", False, (60, 120, 210)),
        ("key", True, (60, 120, 210)),
        ("key", False, (120, 180, 240)),
    ],
)
def test_black_grey_air_grade_every_band(zone, core, breaks):
    a, b, c = breaks
    # [a, b) intervals: a value on a break belongs to the higher grade
    expected = [
        (0, "light"),
        (a - 1, "light"),
        (a, "moderate"),
        (b - 1, "moderate"),
        (b, "heavy"),
        (c - 1, "heavy"),
        (c, "severe"),
        (365, "severe"),
    ]
    for days, grade in expected:
        assert special.bg_air_grade(P, zone, core, days) == grade, (zone, core, days)


@pytest.mark.parametrize(
    "air, water, cls",
    [
        ("severe", "light", "overload"),
        ("severe", "moderate", "overload"),
        ("severe", "heavy", "overload"),
        ("heavy", "heavy", "overload"),
        ("heavy", "light", "critical"),
        ("heavy", "moderate", "critical"),
        ("light", "heavy", "critical"),
        ("moderate", "heavy", "critical"),
        ("moderate", "moderate", "critical"),
        ("light", "light", "none"),
        ("light", "moderate", "none"),
        ("moderate", "light", "none"),
    ],
)
def test_black_grey_combination_table(air, water, cls):
    assert special.bg_combine(P, air, water) == cls


# ---------------------------------------------------------------------------
# Whole special evaluation per unit
# ---------------------------------------------------------------------------

FIELDS = special.all_input_fields()


def evaluate(rows, base_rows=None, **kw):
    keys = list(dict.fromkeys(k for r in rows for k in r))  # a table: same columns
    rows = [{k: r.get(k, "") for k in keys} for r in rows]
    units = join_units(Source("units", rows), [], FIELDS)
    base = (
        join_units(Source("units", rows), [Source("base", base_rows)], FIELDS, unit_values=False)
        if base_rows is not None
        else None
    )
    return special.evaluate_special(units, P, base=base, **kw)


def urban(code="A", mfz="优化开发区域", core=1, built=10, length=6500, severe=2275, days=123):
    return {
        "行政区划代码": code,
        "主体功能区类型": mfz,
        "是否核心城市主城区": core,
        "城市建成区面积": built,
        "黑臭水体实测长度": length,
        "重度黑臭水体长度": severe,
        "PM2.5年超标天数": days,
    }


def test_black_grey_unit_known_answer():
    # hand: Den = 6500 m / 10 km² = 650 ≥ 500, L = 2275/6500 = 0.35 ≥ 0.25 → 重度;
    # 123 days, 优化开发 core city: 90 ≤ 123 < 180 → 重度; 重度 + 重度 → 超载
    r = evaluate([urban()])[0]
    assert (r["special_type"], r["special_bg_water"], r["special_bg_air"]) == (
        "black_grey",
        "heavy",
        "heavy",
    )
    assert r["special_bg_den"] == pytest.approx(650) and r["special_bg_l"] == pytest.approx(0.35)
    assert r["special_class"] == "overload" and r["special_index"] is None


def test_black_grey_without_black_water_has_l_zero():
    r = evaluate([urban(mfz="重点开发区域", core=0, length=0, severe="", days=10)])[0]
    assert r["special_bg_l"] == 0 and r["special_bg_water"] == "light"
    assert r["special_class"] == "none"


def test_black_grey_missing_part_only_when_it_cannot_matter():
    # air 严重 (200 ≥ 180): overload whatever the water grade
    r = evaluate([urban(built="", days=200)])[0]
    assert r["special_class"] == "overload"
    assert field_title("builtup_area") in r["special_note"]
    # water 重度, air unknown: critical (air light) or overload (air 重度) → not evaluated
    r = evaluate([urban(days="")])[0]
    assert r["special_class"] == "not_evaluated"
    # ... unless partial classing is asked for: the missing part counts as light
    r = evaluate([urban(days="")], allow_partial=True)[0]
    assert r["special_class"] == "critical" and "partial" in r["special_note"]


def test_station_days_replace_the_table_value():
    # the table says 123 days (重度); the stations counted 200 (严重 ≥ 180)
    r = evaluate([urban(length=0, severe=0)], days={"A": 200.0})[0]
    assert r["special_bg_days"] == 200 and r["special_bg_air"] == "severe"
    assert r["special_class"] == "overload"


@pytest.mark.parametrize(
    "base, current, index, cls",
    [
        (8.4, 8.4, 0.0, "none"),  # unchanged: 0 is not > 0
        (8.4, 8.5, 0.1 / 8.4, "critical"),  # 0.0119 > 0, ≤ 0.05
        (8.0, 8.4, 0.05, "critical"),  # 0.4/8 = 0.05 is not > 0.05
        (8.0, 8.41, 0.05125, "overload"),
        (7.62, 7.48, -0.14 / 7.62, "none"),  # improvement
    ],
)
def test_cropland_quality_change(base, current, index, cls):
    row = {
        "行政区划代码": "A",
        "主体功能区类型": "农产品主产区",
        "农产品主产区类型": "种植业",
        "耕地质量平均等别": current,
    }
    r = evaluate([row], [{"行政区划代码": "A", "耕地质量平均等别": base}])[0]
    assert r["special_type"] == "cropland_quality"
    assert r["special_index"] == pytest.approx(index) and r["special_class"] == cls
    assert (r["special_ref"], r["special_value"]) == (base, current)
    assert "unverified" in r["special_note"]


@pytest.mark.parametrize(
    "actual, cls",
    [
        (130.01, "overload"),
        (130, "critical"),  # I = 0.30 is not > 0.30
        (115.01, "critical"),
        (115, "none"),  # I = 0.15 is not > 0.15
    ],
)
def test_grassland_balance(actual, cls):
    row = {
        "行政区划代码": "A",
        "主体功能区类型": "农产品主产区",
        "农产品主产区类型": "牧业",
        "实际载畜量": actual,
        "合理载畜量": 100,
    }
    r = evaluate([row])[0]
    assert r["special_type"] == "grassland_balance"
    assert r["special_index"] == pytest.approx(actual / 100 - 1) and r["special_class"] == cls


@pytest.mark.parametrize(
    "current, cls",
    [
        (89.99, "overload"),
        (90, "critical"),  # −0.10 is not < −0.10
        (94.99, "critical"),
        (95, "none"),  # −0.05 is not < −0.05
    ],
)
def test_eco_function_change(current, cls):
    row = {"行政区划代码": "A", "主体功能区类型": "重点生态功能区", "生态系统功能指数": current}
    r = evaluate([row], [{"行政区划代码": "A", "生态系统功能指数": 100}])[0]
    assert r["special_index"] == pytest.approx(current / 100 - 1) and r["special_class"] == cls


def test_change_index_without_base_year_is_not_evaluated():
    row = {"行政区划代码": "A", "主体功能区类型": "重点生态功能区", "生态系统功能指数": 90}
    r = evaluate([row])[0]
    assert r["special_class"] == "not_evaluated" and "base year" in r["special_note"]


def test_type_chooses_the_special_evaluation():
    rows = [
        dict(urban("U"), 农产品主产区类型=""),
        dict(
            urban("G", mfz="农产品主产区"), 农产品主产区类型="牧业", 实际载畜量=120, 合理载畜量=100
        ),
        # a 种植业 sub-type on an urban unit is ignored
        dict(urban("K", mfz="重点开发区域", core=0), 农产品主产区类型="种植业"),
        dict(urban("N", mfz=""), 农产品主产区类型=""),
    ]
    out = evaluate(rows)
    assert out[1]["special_index"] == pytest.approx(0.2)  # 120/100 − 1
    assert [r["special_type"] for r in out] == ["black_grey", "grassland_balance", "black_grey", ""]
    assert out[3]["special_class"] == "not_evaluated" and "主体功能区" in out[3]["special_note"]
    # 农产品主产区 without its sub-type: the profile's default (种植业), said in the note
    out = evaluate([dict(urban("G", mfz="农产品主产区"), 农产品主产区类型="", 耕地质量平均等别=8)])
    assert out[0]["special_type"] == "cropland_quality"
    assert field_title("agri_type") in out[0]["special_note"]


def test_single_special_algorithm_marks_other_types_not_applicable():
    rows = [
        dict(urban("U"), 生态系统功能指数=""),
        dict(urban("G", mfz="重点生态功能区"), 生态系统功能指数=50),
    ]
    out = evaluate(rows, only="black_grey")
    assert out[0]["special_class"] == "overload"
    assert out[1]["special_class"] == "" and "not applicable" in out[1]["special_note"]


def test_unknown_zone_type_is_an_error():
    with pytest.raises(InputError) as err:
        evaluate([urban(mfz="开发区")])
    assert "'开发区'" in str(err.value) and "优化开发区域" in str(err.value)


def test_severe_longer_than_measured_is_an_error():
    with pytest.raises(InputError, match="longer than"):
        evaluate([urban(length=100, severe=150)])
