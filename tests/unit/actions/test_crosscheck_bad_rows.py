"""Bad rows of the results the action algorithms compare: a unit code given
twice and text in an index column are refused naming the table, the rows
and the field (they were silently collapsed or read as no value)."""

import pytest

from cc_warning_plugin.core.actions.crosscheck import cross_check
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile


@pytest.fixture(scope="module")
def profile():
    return load_profile()


def row(code, land_index=0.1):
    return {
        "行政区划代码": code,
        "trend_eval_year": 2025,
        "land_index": land_index,
        "land_class": "none",
        "load_type": "none",
        "warning_level": "green",
    }


def test_a_unit_code_given_twice_is_named(profile):
    county = [row("110101"), row("110101", 0.2), row("110102")]
    city = [row("110101"), row("110102")]
    with pytest.raises(InputError) as err:
        cross_check(county, city, profile, county_name="county.csv", city_name="city.csv")
    assert "county.csv: unit code '110101' appears twice (row 1 and row 2)" in str(err.value)


def test_text_in_an_index_column_is_named(profile):
    county = [row("110101"), row("110102", "abc")]
    city = [row("110101"), row("110102")]
    with pytest.raises(InputError) as err:
        cross_check(county, city, profile, county_name="county.csv", city_name="city.csv")
    assert "county.csv, row 2: field 'land_index' holds 'abc', which is not a number" in str(
        err.value
    )


def test_numbers_with_thousands_separators_and_empty_cells_still_read(profile):
    county = [row("110101", "1,000.5"), row("110102", "")]
    city = [row("110101", 1000.5), row("110102", "")]
    check = cross_check(county, city, profile)
    assert not check.disagreements
