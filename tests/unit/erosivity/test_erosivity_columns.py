"""The columns of a daily rainfall table: given, or recognised by their
headers (core/erosivity/daily.py HEADERS), with a message naming the table,
its columns and the headers accepted when one is missing."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.erosivity import daily


def test_recognised_headers():
    cols = daily.daily_columns(["区站号", "日期", "20-20时降水量(mm)"], "rain")
    assert cols == {"station": "区站号", "date": "日期", "precipitation": "20-20时降水量(mm)"}


def test_year_month_day_columns():
    cols = daily.daily_columns(["Station", "年", "月", "日", "PRE"], "rain")
    assert cols["ymd"] == ["年", "月", "日"] and cols["precipitation"] == "PRE"
    assert "date" not in cols


def test_given_columns_win():
    cols = daily.daily_columns(
        ["id", "day_of", "mm", "降水量"], "rain", station="id", date="day_of", precipitation="mm"
    )
    assert cols == {"station": "id", "date": "day_of", "precipitation": "mm"}


def test_missing_precipitation_names_the_table_and_the_headers():
    with pytest.raises(InputError) as err:
        daily.daily_columns(["站号", "日期", "value"], "rain.csv")
    text = str(err.value)
    assert "rain.csv" in text and "value" in text and "日降水量" in text


def test_missing_date_names_the_choices():
    with pytest.raises(InputError) as err:
        daily.daily_columns(["站号", "降水量"], "rain.csv")
    assert "日期" in str(err.value)
