"""Impossible values in the tables of the supporting methods are refused with a
message naming the table, row, unit, column, value and possible range: the EI
inputs (NDVI, sub-indices, land-cover areas against the unit area), the values
of a yearly series (range of the indicator the series is of), the daily
precipitation of the erosivity station tables; a wide series column headed
like a year that cannot be read is named."""

import pandas as pd
import pytest

from cc_warning_plugin.core.eco_index import ei
from cc_warning_plugin.core.erosivity import daily
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.series import process, trend

P = load_profile()

# -- 生态环境状况指数 EI ---------------------------------------------------------------

#: unit A of tests/cases/eco_index_county.toml (1000 km², land-cover classes
#: 300 + 100 + 50 + 100 + 50 + 20 + 10 + 10 + 100 + 150 + 40 + 30 + 10 + 20 + 10 = 1000 km²)
LAND = {
    "有林地": 300,
    "灌木林地": 100,
    "疏林地": 50,
    "高覆盖度草地": 100,
    "中覆盖度草地": 50,
    "河流": 20,
    "湖泊": 10,
    "水库坑塘": 10,
    "水田": 100,
    "旱地": 150,
    "城镇建设用地": 40,
    "农村居民点": 30,
    "其他建设用地": 10,
    "裸土地": 20,
    "裸岩石砾地": 10,
}
UNIT_A = {
    "县代码": "A",
    "区域面积": 1000,
    **LAND,
    "NDVI均值": 0.65,
    "河流长度": 800,
    "水域面积": 40,
    "水资源量": 500,
    "重度及以上侵蚀面积": 20,
    "中度侵蚀面积": 30,
    "年降水量": 1200,
    "化学需氧量排放量": 5000,
    "氨氮排放量": 500,
    "二氧化硫排放量": 3000,
    "烟(粉)尘排放量": 2000,
    "氮氧化物排放量": 4000,
    "固体废物丢弃量": 100,
}
#: 南通 2017: the five sub-indices published
UNIT_N = {
    "县代码": "N",
    "生物丰度指数": 30.59,
    "植被覆盖指数": 76.93,
    "水网密度指数": 93.94,
    "土地胁迫指数": 6.08,
    "污染负荷指数": 1.48,
}


def ei_table(*rows):
    return ei.eco_index_table(pd.DataFrame(list(rows)), P, "县代码", "units")


def test_ei_good_units_still_evaluated():
    a, n = ei_table(UNIT_A, UNIT_N)
    assert a["ei"] == pytest.approx(69.311964, abs=1e-5)
    # 0.35·30.59 + 0.25·76.93 + 0.15·93.94 + 0.15·(100 − 6.08) + 0.10·(100 − 1.48) = 67.97
    assert n["ei"] == pytest.approx(67.97, abs=1e-9)


def test_ei_ndvi_outside_minus_one_to_one_is_refused():
    with pytest.raises(InputError) as err:
        ei_table(dict(UNIT_A, **{"NDVI均值": 65}))
    text = str(err.value)
    for part in ("units", "row 1", "A", "NDVI均值", "65", "-1 … 1"):
        assert part in text, text


def test_ei_ndvi_bounds_themselves_are_accepted():
    low, high = ei_table(
        dict(UNIT_A, **{"NDVI均值": -1}), dict(UNIT_A, 县代码="B", **{"NDVI均值": 1})
    )
    # 植被覆盖 = 0.0121165124 · NDVI · 10⁴, capped to 0 … 100: −121.2 → 0; 121.2 → 100
    assert low["vegetation_index"] == 0.0 and high["vegetation_index"] == 100.0


def test_ei_vegetation_cover_above_one_is_refused():
    row = {k: v for k, v in UNIT_A.items() if k != "NDVI均值"}
    with pytest.raises(InputError) as err:
        ei_table(dict(row, 植被覆盖度=65))
    text = str(err.value)
    for part in ("units", "row 1", "植被覆盖度", "65", "0 … 1"):
        assert part in text, text


def test_ei_sub_index_above_100_is_refused():
    with pytest.raises(InputError) as err:
        ei_table(UNIT_A, dict(UNIT_N, 生物丰度指数=305.9))
    text = str(err.value)
    for part in ("units", "row 2", "N", "生物丰度指数", "305.9", "0 … 100"):
        assert part in text, text


def test_ei_sub_index_in_the_base_table_is_checked_too():
    base = pd.DataFrame([dict(UNIT_N, 污染负荷指数=101)])
    with pytest.raises(InputError) as err:
        ei.eco_index_table(pd.DataFrame([UNIT_N]), P, "县代码", "units", base=base)
    text = str(err.value)
    assert "base year" in text and "污染负荷指数" in text and "101" in text, text


def test_ei_land_cover_larger_than_the_unit_is_refused():
    # 有林地 3000 instead of 300: 3000 + 700 = 3700 km² of land cover in 1000 km²
    with pytest.raises(InputError) as err:
        ei_table(dict(UNIT_A, 有林地=3000))
    text = str(err.value)
    for part in ("units", "row 1", "A", "3700", "1000", "区域面积", "有林地 3000", "旱地 150"):
        assert part in text, text


def test_ei_land_cover_within_the_rounding_allowance_is_accepted():
    tol = P.get("eco_index.ranges.land_cover_excess")
    # the parts add up to 1000 km² exactly, and to 1000·(1 + tol) at most
    (a,) = ei_table(dict(UNIT_A, 有林地=300 + 1000 * tol))
    assert a["ei"] is not None
    with pytest.raises(InputError):
        ei_table(dict(UNIT_A, 有林地=300 + 1000 * tol + 1))


# -- yearly series ----------------------------------------------------------------------


def ei_wide(values):
    return pd.DataFrame(
        [dict({"县代码": "A"}, **{f"{y}年": v for y, v in zip(range(2010, 2015), values)})]
    )


def test_series_ei_above_100_is_refused_wide():
    series = trend.series_from_wide(
        ei_wide([50, 52, 520, 54, 55]), "县代码", "生态环境状况指数", layer="ei"
    )
    with pytest.raises(InputError) as err:
        trend.trend_table(series, P)
    text = str(err.value)
    for part in ("ei", "row 1", "A", "2012年", "520", "0 … 100", "series_trend.indicators.ei"):
        assert part in text, text


def test_series_ei_below_0_is_refused_long():
    frame = pd.DataFrame(
        [{"县": "A", "年份": y, "EI": v} for y, v in zip(range(2010, 2015), [50, 52, -5, 54, 55])]
    )
    series = trend.series_from_long(frame, "县", "年份", ["EI"], layer="ei_long")
    with pytest.raises(InputError) as err:
        trend.trend_table(series, P)
    text = str(err.value)
    for part in ("ei_long", "row 3", "A", "'EI'", "-5", "0 … 100"):
        assert part in text, text


def test_series_of_a_dictionary_indicator_takes_its_range():
    # 林草覆盖率 (forest_grass_cover) is a percentage: 0 … 100 in the indicator dictionary
    series = trend.series_from_wide(ei_wide([50, 52, 250, 54, 55]), "县代码", "林草覆盖率")
    with pytest.raises(InputError) as err:
        trend.trend_table(series, P)
    assert "250" in str(err.value) and "0 … 100" in str(err.value)


def test_series_of_an_indicator_without_a_range_is_not_checked():
    series = trend.series_from_wide(ei_wide([5e6, 5.2e6, 5.1e6, 5.4e6, 5.5e6]), "县代码", "产值")
    (rec,) = trend.trend_table(series, P)
    assert rec["status"] == trend.OK


def test_series_bounds_are_accepted():
    series = trend.series_from_wide(ei_wide([0, 100, 0, 100, 0]), "县代码", "EI")
    (rec,) = trend.trend_table(series, P)
    assert rec["status"] == trend.OK


def test_ecology_series_of_the_2016_trend_is_checked_too():
    frame = pd.DataFrame(
        [
            dict(
                {"行政区划代码": "A"},
                **{str(y): v for y, v in zip(range(2010, 2015), [50, 52, 51, 540, 55])},
            )
        ]
    )
    with pytest.raises(InputError) as err:
        process.read_ecology_series(frame, P, "cover")
    text = str(err.value)
    for part in ("cover", "row 1", "2013", "540", "0 … 100"):
        assert part in text, text


def test_unreadable_year_headers_are_named():
    columns = ["县代码", "县名", "2010年", "20x1年", "2012年", "Y2O13", "1850年", "年份", "备注"]
    assert trend.unread_year_columns(columns) == ["20x1年", "Y2O13", "1850年"]
    assert trend.unread_year_columns(["县代码", "2010年", "2011", "Y2012"]) == []


# -- rainfall erosivity ------------------------------------------------------------------


def daily_frame(mm):
    return pd.DataFrame(
        {
            "站号": ["A", "A", "B"],
            "日期": ["2001-01-10", "2001-05-01", "2001-08-16"],
            "日降水量": [20.0, mm, 25.0],
        }
    )


def test_daily_rain_above_the_possible_maximum_is_refused():
    settings = daily.Settings.from_profile(P)
    with pytest.raises(InputError) as err:
        daily.station_erosivity(
            daily_frame(20000.0), "站号", "日降水量", settings, date_column="日期", layer="daily"
        )
    text = str(err.value)
    for part in ("daily", "row 2", "station A", "2001-05-01", "日降水量", "20000", "1825"):
        assert part in text, text


def test_daily_rain_maximum_applies_after_the_scale():
    settings = daily.Settings.from_profile(P)
    # 0.1 mm units: 18240 → 1824 mm is accepted; 18260 → 1826 mm is above 1825 mm
    recs = daily.station_erosivity(
        daily_frame(18240.0), "站号", "日降水量", settings, date_column="日期", scale=0.1
    )
    assert [r["station"] for r in recs] == ["A", "B"]
    with pytest.raises(InputError) as err:
        daily.station_erosivity(
            daily_frame(18260.0), "站号", "日降水量", settings, date_column="日期", scale=0.1
        )
    assert "18260" in str(err.value) and "1826" in str(err.value)


def test_daily_rain_maximum_reads_text_columns_too():
    settings = daily.Settings.from_profile(P)
    frame = daily_frame(0.0).astype({"日降水量": str})
    frame.loc[2, "日降水量"] = "2,000"
    with pytest.raises(InputError) as err:
        daily.station_erosivity(frame, "站号", "日降水量", settings, date_column="日期", layer="d")
    assert "row 3" in str(err.value) and "station B" in str(err.value)
