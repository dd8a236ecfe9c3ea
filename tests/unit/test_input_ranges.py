"""Values outside what can exist, and tables without rows, are refused
before anything is computed: every count, share, percentage and physical
quantity of the 2016-method tables is checked against its range in the
indicator dictionary, naming the table, row, unit, field and value."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.indicators import check_range, dictionary, value_range
from cc_warning_plugin.core.m2016 import special
from cc_warning_plugin.core.m2016.units import Source, join_units
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.table import make_table

P = load_profile()
UNITS = Source("county", [{"行政区划代码": "990102"}, {"行政区划代码": "990103"}])


def urban(days):
    return {
        "行政区划代码": "990102",
        "主体功能区类型": "优化开发区域",
        "是否核心城市主城区": 1,
        "城市建成区面积": 10,
        "黑臭水体实测长度": 6500,
        "重度黑臭水体长度": 2275,
        "PM2.5年超标天数": days,
    }


def black_grey(days):
    units = join_units(
        Source("城区指标", [urban(days)]),
        [],
        special.INPUT_FIELDS["black_grey"] + ["mfz_type", "core_city"],
    )
    return special.evaluate_special(units, P)


def test_exceedance_days_beyond_a_year_are_refused():
    # a year has at most 366 days: 400 was accepted and graded 重度
    with pytest.raises(InputError) as err:
        black_grey(400)
    text = str(err.value)
    assert "城区指标" in text and "990102" in text and "pm25_exceed_days" in text
    assert "400" in text and "0 … 366" in text


def test_a_leap_year_of_exceedance_days_is_accepted():
    # 366 days, 优化开发 core city: breaks 30 / 90 / 180 (lower bound inclusive),
    # 366 ≥ 180 → 严重 air part → 超载 whatever the water part
    r = black_grey(366)[0]
    assert r["special_bg_air"] == "severe" and r["special_class"] == "overload"


@pytest.mark.parametrize(
    "header, value, words",
    [
        ("适宜建设开发程度阈值", 1.3, "0 … 1"),  # a share
        ("适宜建设开发程度阈值", 30, "divide it by 100"),  # a share given in percent
        ("林草覆盖率", 104, "0 … 100 %"),  # a percentage
        ("耕地质量平均等别", 16, "1 … 15"),  # 耕地质量等别 1–15
        ("中度及以上水土流失面积", -2, "negative"),  # an area
        ("地区生产总值", -5, "negative"),
    ],
)
def test_shares_percentages_and_quantities_out_of_range(header, value, words):
    t = Source("指标表", [{"行政区划代码": "990103", header: value}])
    names = [
        "land_threshold_l0",
        "forest_grass_cover",
        "cropland_quality_grade",
        "soil_erosion_area",
        "gdp",
    ]
    u = join_units(UNITS, [t], names).units[1]
    name = next(n for n in names if u.has(n) and u.raw(n) is not None)
    with pytest.raises(InputError) as err:
        u.number(name)
    text = str(err.value)
    assert words in text and "指标表" in text and "row 1" in text and "990103" in text
    assert name in text and f"{value:g}" in text


def test_values_on_the_bounds_are_accepted():
    t = Source(
        "指标表",
        [
            {
                "行政区划代码": "990103",
                "适宜建设开发程度阈值": 1,
                "林草覆盖率": 0,
                "PM2.5年超标天数": 366,
                "耕地质量平均等别": 15,
            }
        ],
    )
    u = join_units(
        UNITS,
        [t],
        ["land_threshold_l0", "forest_grass_cover", "pm25_exceed_days", "cropland_quality_grade"],
    ).units[1]
    assert [
        u.number(n)
        for n in (
            "land_threshold_l0",
            "forest_grass_cover",
            "pm25_exceed_days",
            "cropland_quality_grade",
        )
    ] == [1, 0, 366, 15]


def test_station_tables_are_checked_too():
    t = make_table([{"站点编码": "A1", "PM2.5日均浓度": -3}], "日均值", optional=["pm25_daily"])
    with pytest.raises(InputError, match="negative"):
        t.number(0, "pm25_daily")


def test_every_physical_quantity_has_a_range():
    """Counts, shares, percentages, areas, volumes, lengths, masses and
    concentrations carry a range; an index of unknown scale does not."""
    physical = {
        "km2",
        "d",
        "%",
        "ratio",
        "mg/L",
        "ug/m3",
        "mg/m3",
        "1e4 m3",
        "t",
        "m",
        "sheep unit",
    }
    for name, entry in dictionary().items():
        if entry["kind"] in ("number", "integer") and entry["unit"] in physical:
            lo, _ = value_range(name)
            assert lo is not None and lo >= 0, name
    assert value_range("pm25_exceed_days") == (0, 366)
    assert value_range("land_threshold_l0") == (0, 1)
    assert value_range("eco_function_index") == (None, None)


def test_fields_without_a_range_are_not_checked():
    check_range(-1e9, "eco_function_index", "row 1", "t")
    check_range(5.0, "not_in_the_dictionary", "row 1", "t")


def test_a_table_with_a_header_and_no_rows_is_an_error():
    # it was joined and gave one warning per unit ("no row in …")
    empty = Source("指标_2025.csv", [], headers=["行政区划代码", "用水总量"])
    with pytest.raises(InputError) as err:
        join_units(UNITS, [empty], ["water_use"])
    assert "指标_2025.csv" in str(err.value) and "no rows" in str(err.value)
