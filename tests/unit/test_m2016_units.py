"""Units joined with indicator tables on the unit code, periods and years:
the checks a county technician's workbook meets before anything is
computed."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.m2016.units import (
    Source,
    join_units,
    period_year,
    resolve_periods,
    split_years,
)

UNITS = Source(
    "county",
    [{"行政区划代码": "990102", "名称": "城关区"}, {"行政区划代码": "990103", "名称": "东港区"}],
)


def test_tables_join_on_the_unit_code_with_chinese_headers():
    t = Source(
        "indicators",
        [
            {"行政区划代码": "990103", "用水总量（万m³）": "1,200"},
            {"行政区划代码": "990199", "用水总量（万m³）": 5},
        ],
    )
    u = join_units(UNITS, [t], ["water_use", "gdp"])
    a, b = u.units
    assert b.number("water_use") == 1200 and a.number("water_use") is None
    assert a.missing_in == ["indicators"] and u.unmatched["indicators"] == ["990199"]
    assert u.has("water_use") and not u.has("gdp")
    with pytest.raises(InputError) as err:
        u.require(["gdp"])
    assert "地区生产总值" in str(err.value) and "indicators" in str(err.value)


def test_a_field_in_two_tables_must_agree():
    t1 = Source("sheet1", [{"行政区划代码": "990102", "GDP": 920}])
    t2 = Source("sheet2", [{"行政区划代码": "990102", "地区生产总值": "920.0"}])
    assert join_units(UNITS, [t1, t2], ["gdp"]).units[0].number("gdp") == 920
    t3 = Source("sheet3", [{"行政区划代码": "990102", "地区生产总值": 910}])
    with pytest.raises(InputError) as err:
        join_units(UNITS, [t1, t3], ["gdp"])
    text = str(err.value)
    assert "990102" in text and "sheet1" in text and "sheet3" in text and "'910'" in text


@pytest.mark.parametrize(
    "rows, words",
    [
        ([{"行政区划代码": "990102"}, {"行政区划代码": "990102"}], "appears twice"),
        ([{"行政区划代码": ""}], "empty"),
        ([{"名称": "x"}], "行政区划代码"),
    ],
)
def test_bad_codes_in_a_table(rows, words):
    with pytest.raises(InputError) as err:
        join_units(UNITS, [Source("indicators", rows)], ["gdp"])
    assert words in str(err.value) and "indicators" in str(err.value)


def test_text_in_a_numeric_field_names_table_row_and_unit():
    t = Source("indicators", [{"行政区划代码": "990102", "地区生产总值": "九百"}])
    u = join_units(UNITS, [t], ["gdp"])
    with pytest.raises(InputError) as err:
        u.units[0].number("gdp")
    text = str(err.value)
    assert "indicators" in text and "row 1" in text and "990102" in text and "'九百'" in text


def test_year_suffixed_columns_give_two_periods():
    wide = Source(
        "wide",
        [
            {
                "行政区划代码": "990102",
                "地区生产总值2020": 690,
                "地区生产总值(可比价)_2025": 920,
                "名称": "城关区",
            }
        ],
    )
    parts = split_years(wide)
    assert sorted(parts) == [2020, 2025]
    ev, bs = resolve_periods([wide], [])
    u = join_units(UNITS, ev, ["gdp", "year"])
    b = join_units(UNITS, bs, ["gdp", "year"], unit_values=False)
    assert u.units[0].number("gdp") == 920 and b.units[0].number("gdp") == 690
    assert period_year(ev, "evaluation") == 2025 and period_year(bs, "base") == 2020
    # columns that are not indicators keep their names (名称 is no year column)
    assert split_years(Source("plain", [{"行政区划代码": "1", "PM2.5": 3}])).keys() == {None}


def test_three_years_or_mixed_layout_are_errors():
    three = Source("wide", [{"行政区划代码": "1", "GDP2019": 1, "GDP2020": 2, "GDP2025": 3}])
    with pytest.raises(InputError, match="3 years"):
        resolve_periods([three], [])
    mixed = Source("wide", [{"行政区划代码": "1", "年份": 2025, "GDP2020": 2}])
    with pytest.raises(InputError, match="both a year column"):
        split_years(mixed)


def test_year_mismatch_between_tables_of_one_period():
    t1 = Source("sheet1", [{"行政区划代码": "990102", "年份": 2025}])
    t2 = Source("sheet2", [{"行政区划代码": "990102", "年份": 2024}])
    with pytest.raises(InputError) as err:
        period_year([t1, t2], "evaluation-year tables")
    assert "Year mismatch" in str(err.value) and "sheet2" in str(err.value)
    assert period_year([t1], "x") == 2025
    with pytest.raises(InputError, match="not a calendar year"):
        period_year([Source("s", [{"年份": 25}])], "x")


def test_duplicate_columns_after_a_join_are_merged_when_they_agree():
    joined = Source(
        "joined",
        [
            {
                "行政区划代码": "990102",
                "主体功能区": "优化开发区域",
                "主体功能区类型": "优化开发区域",
            },
            {"行政区划代码": "990103", "主体功能区": "", "主体功能区类型": "重点开发区域"},
        ],
    )
    u = join_units(joined, [], ["mfz_type"])
    assert [x.text("mfz_type") for x in u.units] == ["优化开发区域", "重点开发区域"]
    joined.rows[1]["主体功能区"] = "农产品主产区"
    with pytest.raises(InputError) as err:
        join_units(joined, [], ["mfz_type"])
    text = str(err.value)
    assert "'主体功能区'" in text and "'主体功能区类型'" in text and "row 2" in text
