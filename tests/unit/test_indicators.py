"""Header matching and cell parsing of the indicator dictionary."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.indicators import (
    cell_number,
    dictionary,
    match_headers,
    normalize_header,
    parse_flag,
    parse_number,
)


def test_every_entry_has_unit_names_and_kind():
    for name, entry in dictionary().items():
        assert entry["kind"] in ("id", "text", "number", "integer", "flag"), name
        assert entry["name_zh"] and entry["name_en"], name
        assert "unit" in entry and isinstance(entry["aliases"], list), name


def test_no_alias_matches_two_fields():
    seen = {}
    for name, entry in dictionary().items():
        for n in [name, entry["name_zh"]] + entry["aliases"]:
            key = normalize_header(n)
            assert seen.get(key, name) == name, f"{n!r}: {seen.get(key)} and {name}"
            seen[key] = name


@pytest.mark.parametrize(
    "header, field",
    [
        ("建设用地面积（km²）", "constr_land_area"),
        ("\ufeff行政区划代码", "unit_code"),
        ("PM2.5年均浓度(μg/m³)", "pm25_annual"),
        ("  Water_Use ", "water_use"),
        ("ＣＯＤ", "codcr"),
        ("地区生产总值", "gdp"),
    ],
)
def test_chinese_and_variant_headers_match(header, field):
    assert match_headers([header, "other"], [field]) == {field: header}


def test_missing_required_field_names_it_and_the_accepted_headers():
    with pytest.raises(InputError) as err:
        match_headers(["名称"], ["unit_code"], required=["unit_code"], layer="县级指标")
    msg = str(err.value)
    assert "县级指标" in msg and "unit_code" in msg and "行政区划代码" in msg


def test_two_columns_for_one_field_is_an_error():
    with pytest.raises(InputError) as err:
        match_headers(["SO2", "二氧化硫年均浓度"], ["so2_annual"])
    assert "SO2" in str(err.value) and "二氧化硫年均浓度" in str(err.value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("1,234.5", 1234.5),
        ("  12 ", 12.0),
        ("１２．５", 12.5),
        ("", None),
        ("—", None),
        (None, None),
        (3, 3.0),
        (float("nan"), None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text, "water_use", "row 1") == value


@pytest.mark.parametrize(
    "value, number",
    [
        (True, 1.0),
        (7, 7.0),
        (float("nan"), None),
        (float("inf"), float("inf")),  # a number is kept as it is
        ("2,500", 2500.0),
        (" －３ ", -3.0),  # full-width minus and digit
        ("N/A", None),
        ("缺测", None),
        (",", None),  # "" once the separators are dropped
        ("inf", None),
        ("nan", None),
    ],
)
def test_cell_number(value, number):
    assert cell_number(value) == number


def test_cell_number_refuses_text_that_is_no_number():
    for text in ("12万", "1.2.3", "abc"):
        with pytest.raises(ValueError):
            cell_number(text)


def test_cell_number_without_missing_texts_reads_every_text():
    assert cell_number("2,500", missing_text=()) == 2500.0
    for text in (",", "n/a"):
        with pytest.raises(ValueError):
            cell_number(text, missing_text=())


def test_text_in_numeric_field_names_row_field_and_value():
    with pytest.raises(InputError) as err:
        parse_number("12万", "water_use", "row 4", "指标表")
    msg = str(err.value)
    assert "指标表" in msg and "row 4" in msg and "water_use" in msg and "12万" in msg


@pytest.mark.parametrize(
    "text, value",
    [("是", True), ("否", False), (1, True), ("0", False), ("yes", True), ("", None), (None, None)],
)
def test_parse_flag(text, value):
    assert parse_flag(text, "core_city", "row 1") is value


def test_bad_flag():
    with pytest.raises(InputError):
        parse_flag("maybe", "core_city", "row 2")
