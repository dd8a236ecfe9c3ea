"""协同校验: the county's and the city's results of the same units and
period, their disagreements per unit and item, the input indicators behind
each (typed differences below), the consultation record round trip, and
the messages for different unit sets or periods."""

import datetime

import pytest

from cc_warning_plugin.core.actions.crosscheck import (
    consultation_template,
    cross_check,
    load_consultation,
    write_consultation,
)
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.i18n import set_language
from cc_warning_plugin.core.profile import load_profile


@pytest.fixture(scope="module")
def profile():
    return load_profile()


@pytest.fixture(autouse=True, scope="module")
def chinese():
    set_language("zh")
    yield
    set_language("en")


def result(code, name, **f):
    r = {
        "行政区划代码": code,
        "名称": name,
        "trend_eval_year": 2025,
        "land_index": -0.5,
        "land_class": "none",
        "land_l0": 0.3,
        "land_constr_area": 40.0,
        "water_index": 0.7,
        "water_class": "none",
        "water_r_total": 0.7,
        "env_index": -0.3,
        "env_class": "none",
        "eco_index": 0.0,
        "eco_class": "none",
        "special_type": "black_grey",
        "special_class": "none",
        "load_type": "none",
        "trend_type": "easing",
        "warning_level": "green",
    }
    r.update(f)
    return r


COUNTY = [
    result(
        "990102",
        "城关区",
        land_index=0.12,
        land_class="overload",
        land_l0=0.2813,
        env_index=0.4860,
        env_class="overload",
        load_type="overload",
        trend_type="worsening",
        warning_level="red",
    ),
    result(
        "990125",
        "北岭县",
        water_index=0.95,
        water_class="critical",
        water_r_total=0.95,
        load_type="critical",
        warning_level="blue",
    ),
]
CITY = [
    result(
        "990102",
        "城关区",
        land_index=0.05,
        land_class="overload",
        land_l0=0.2950,
        env_index=0.4862,
        env_class="overload",
        load_type="overload",
        trend_type="worsening",
        warning_level="red",
    ),
    result(
        "990125",
        "北岭县",
        water_index=1.02,
        water_class="overload",
        water_r_total=1.02,
        load_type="overload",
        warning_level="orange",
    ),
]
COUNTY_IN = [
    {"行政区划代码": "990125", "用水总量": 27500, "用水总量控制指标": 28431, "地下水超采状况": "无"}
]
CITY_IN = [
    {
        "行政区划代码": "990125",
        "用水总量": 29000,
        "用水总量控制指标": 28431,
        "地下水超采状况": "严重超采",
    }
]


@pytest.fixture(scope="module")
def check(profile):
    return cross_check(
        COUNTY, CITY, profile, "县自评", "市评价", county_inputs=COUNTY_IN, city_inputs=CITY_IN
    )


def test_disagreements_per_unit_and_item(check):
    assert check.period == 2025
    got = [(d.unit_code, d.item) for d in check.disagreements]
    assert got == [
        ("990102", "land"),
        ("990125", "water"),
        ("990125", "load"),
        ("990125", "warning"),
    ]
    land = check.disagreements[0]
    assert not land.class_differs and land.index_difference == pytest.approx(-0.07)
    env = next(i for i in check.items if (i.unit_code, i.item) == ("990102", "env"))
    assert env.agrees(check.tolerance)  # 0.0002 within 0.005


def test_an_index_only_one_result_carries_is_not_compared(profile):
    county = [dict(r) for r in COUNTY]
    city = [dict(r, special_index=0.2) for r in CITY]
    check = cross_check(county, city, profile)
    special = [i for i in check.items if i.item == "special"]
    assert len(special) == 2 and all(i.agrees(check.tolerance) for i in special)
    assert all(i.county_index is None and i.city_index is None for i in special)


def test_inputs_behind_each_disagreement(check):
    land, water, load, warning = check.disagreements
    (l0,) = land.inputs  # land_constr_area is equal
    assert l0.field == "land_l0" and l0.difference == pytest.approx(0.0137)
    assert l0.relative == pytest.approx(0.0137 / 0.2950)
    got = {d.field: (d.county, d.city, d.difference) for d in water.inputs}
    assert got == {
        "water_use": (27500.0, 29000.0, 1500.0),
        "gw_overdraft": ("无", "严重超采", None),
        "water_r_total": (0.95, 1.02, pytest.approx(0.07)),
    }
    assert [d.field for d in load.inputs] == ["water_class"]
    assert (load.inputs[0].county, load.inputs[0].city) == ("临界超载", "超载")
    assert [d.field for d in warning.inputs] == ["water_class"]


def test_consultation_record_round_trip(check, profile, tmp_path):
    records = consultation_template(check, profile)
    assert [(r.unit_code, r.item) for r in records] == [
        (d.unit_code, d.item) for d in check.disagreements
    ]
    assert "用水总量" in records[1].inputs and "27500 → 29000 (+1500)" in records[1].inputs
    records[1].comment, records[1].agreed = "县级用水量漏计工业自备井", "超载"
    records[1].who, records[1].when = "市水利局、北岭县水利局", datetime.date(2026, 3, 12)
    path = str(tmp_path / "会商记录.csv")
    write_consultation(path, records)
    back = load_consultation(path, check)
    assert (back[1].comment, back[1].agreed, back[1].when) == (
        "县级用水量漏计工业自备井",
        "超载",
        datetime.date(2026, 3, 12),
    )
    assert back[0].comment == "" and back[0].when is None


def test_consultation_rows_outside_the_check_are_named(check, tmp_path):
    from cc_warning_plugin.core.actions.crosscheck import read_consultation

    with pytest.raises(InputError) as err:
        read_consultation([{"行政区划代码": "990102", "事项": "water"}], check, "会商.csv")
    assert "会商.csv" in str(err.value) and "row 1" in str(err.value) and "water" in str(err.value)
    with pytest.raises(InputError) as err:
        read_consultation(
            [{"行政区划代码": "990102", "事项": "land", "会商日期": "三月"}], check, "会商.csv"
        )
    assert "三月" in str(err.value)


def test_different_units_or_periods_are_refused(profile):
    with pytest.raises(InputError) as err:
        cross_check(COUNTY[:1], CITY, profile, "县自评", "市评价")
    assert "990125" in str(err.value) and "市评价" in str(err.value)
    with pytest.raises(InputError) as err:
        cross_check(
            COUNTY, [dict(r, trend_eval_year=2020) for r in CITY], profile, "县自评", "市评价"
        )
    assert "2020" in str(err.value) and "2025" in str(err.value)
