"""过程评价, 集成评价, 预警等级 and 成因解析 of the 2016 method (spec §1.4–1.7):
rates worked by hand, the 2-of-3 rule, every cell of the warning matrix,
the short-board rule with not-evaluated elements, and the cause text."""

import pytest

from cc_warning_plugin.core import i18n
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.indicators import field_title
from cc_warning_plugin.core.m2016 import integration, trend
from cc_warning_plugin.core.m2016.units import Source, join_units
from cc_warning_plugin.core.profile import load_profile

P = load_profile()
G5 = 161.051  # 100 · 1.1^5: GDP grows 10 %/a over Δt = 5

BASE = {
    "行政区划代码": "A",
    "地区生产总值": 100,
    "建设用地面积": 100,
    "用水总量": 100,
    "化学需氧量排放量": 100,
    "氨氮排放量": 100,
    "二氧化硫排放量": 100,
    "氮氧化物排放量": 100,
    "林草覆盖率": 50,
}
# hand (Δt = 5): efficiency r = [(100/100)/(100/161.051)]^(1/5) − 1 = 1.1 − 1 = +10 %/a;
# intensity r = [(100/161.051)/(100/100)]^(1/5) − 1 = 1/1.1 − 1 = −9.0909 %/a;
# cover r = (52.5505/50)^(1/5) − 1 = 1.01 − 1 = +1 %/a (52.5505 = 50 · 1.01^5)
CURRENT = dict(BASE, 地区生产总值=G5, 林草覆盖率=50 * 1.01**5)
NATIONAL = {
    "land_efficiency": 12,
    "water_efficiency": 12,
    "cod_intensity": -10,
    "nh3n_intensity": -10,
    "so2_intensity": -10,
    "nox_intensity": -10,
    "forest_grass_cover": 0.5,
}


def run_trend(current=CURRENT, base=BASE, national=NATIONAL, years=(2020, 2025)):
    keys = list(current)
    units = join_units(
        Source("t2025", [{k: current.get(k, "") for k in keys}]), [], trend.INPUT_FIELDS
    )
    base_units = join_units(
        Source("t2025", [{k: current.get(k, "") for k in keys}]),
        [Source("t2020", [base])],
        trend.INPUT_FIELDS,
        unit_values=False,
    )
    return trend.evaluate_trend(units, base_units, P, dict(national), *years)[0]


def test_rates_by_hand_and_two_of_three():
    r = run_trend()
    assert r["trend_r_land"] == pytest.approx(10.0) and r["trend_r_water"] == pytest.approx(10.0)
    for f in ("trend_r_cod", "trend_r_nh3n", "trend_r_so2", "trend_r_nox"):
        assert r[f] == pytest.approx((1 / 1.1 - 1) * 100)
    assert r["trend_r_cover"] == pytest.approx(1.0)
    # efficiency 10 < 12 (both) → worse; intensity −9.09 > −10 (4 of 4) → worse;
    # cover 1 > 0.5 → not worse → 2 of 3 → worsening
    assert (r["trend_eff_worse"], r["trend_emis_worse"], r["trend_eco_worse"]) == (1, 1, 0)
    assert r["trend_type"] == "worsening" and r["trend_n_worse"] == 2
    assert (r["trend_base_year"], r["trend_eval_year"]) == (2020, 2025)


def test_rate_equal_to_national_is_not_worse():
    # land 10 = 10 → not below; so efficiency needs both → not worse → 1 of 3 → easing
    r = run_trend(national=dict(NATIONAL, land_efficiency=10.0))
    assert r["trend_eff_worse"] == 0 and r["trend_type"] == "easing"
    # intensity −9.0909 = national → not above: 0 of 4
    r = run_trend(
        national=dict(
            NATIONAL,
            **{
                k: (1 / 1.1 - 1) * 100
                for k in ("cod_intensity", "nh3n_intensity", "so2_intensity", "nox_intensity")
            },
        )
    )
    assert r["trend_emis_worse"] == 0


def test_three_of_four_emissions():
    # two pollutants above the national rate (−9.09 > −10), two below (−9.09 < −8)
    two = dict(NATIONAL, so2_intensity=-8, nox_intensity=-8)
    assert run_trend(national=two)["trend_emis_worse"] == 0
    three = dict(NATIONAL, nox_intensity=-8)
    assert run_trend(national=three)["trend_emis_worse"] == 1


def test_missing_component_decides_only_when_it_cannot_matter():
    # cover missing; efficiency and emission already worse → worsening is certain
    r = run_trend(current=dict(CURRENT, 林草覆盖率=""))
    assert r["trend_type"] == "worsening" and r["trend_r_cover"] is None
    assert field_title("forest_grass_cover") in r["trend_note"]
    # with efficiency not worse, cover decides → not evaluated
    r = run_trend(current=dict(CURRENT, 林草覆盖率=""), national=dict(NATIONAL, land_efficiency=5))
    assert r["trend_type"] == "not_evaluated"


@pytest.mark.parametrize(
    "years, words", [((2025, 2025), "before"), ((2025, 2020), "swapped"), ((None, 2025), "year")]
)
def test_year_errors(years, words):
    with pytest.raises(InputError, match=words):
        run_trend(years=years)


def test_zero_base_value_is_an_error():
    with pytest.raises(InputError) as err:
        run_trend(base=dict(BASE, 化学需氧量排放量=0))
    assert "t2020" in str(err.value) and "greater than 0" in str(err.value)


def test_national_rates_table():
    rows = [
        {"指标代码": code, "全国平均年变化率(%)": v, "基准年": 2020, "评价年": 2025}
        for code, v in [
            ("land_use_efficiency", 5.0),
            ("water_use_efficiency", 5.5),
            ("cod_intensity", -8),
            ("nh3n_intensity", -8),
            ("so2_intensity", -10),
            ("nox_intensity", -9),
            ("林草覆盖率变化", 0.5),
            ("unrelated", 3),
        ]
    ]
    got = trend.read_national(Source("national", rows), P, 2020, 2025)
    assert got == {
        "land_efficiency": 5.0,
        "water_efficiency": 5.5,
        "cod_intensity": -8,
        "nh3n_intensity": -8,
        "so2_intensity": -10,
        "nox_intensity": -9,
        "forest_grass_cover": 0.5,
    }
    with pytest.raises(InputError, match="Year mismatch"):
        trend.read_national(Source("national", rows), P, 2019, 2025)
    with pytest.raises(InputError, match="National rates missing"):
        trend.check_national(P, {"land_efficiency": 1})


# ---------------------------------------------------------------------------
# 集成评价 and 预警等级
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "load, trend_type, level",
    [
        ("overload", "worsening", "red"),
        ("overload", "easing", "orange"),
        ("critical", "worsening", "yellow"),
        ("critical", "easing", "blue"),
        ("none", "worsening", "green"),
        ("none", "easing", "green"),
        ("none", "not_evaluated", "green"),  # the trend cannot change green
        ("overload", "not_evaluated", "not_evaluated"),  # red or orange: unknown
        ("not_evaluated", "worsening", "not_evaluated"),
    ],
)
def test_every_cell_of_the_warning_matrix(load, trend_type, level):
    assert integration.warning_level(load, trend_type, P) == level


@pytest.mark.parametrize(
    "classes, load",
    [
        (
            {"land": "overload", "water": "none", "env": "none", "eco": "none", "special": "none"},
            "overload",
        ),
        (
            {
                "land": "critical",
                "water": "critical",
                "env": "none",
                "eco": "none",
                "special": "none",
            },
            "overload",
        ),  # 2 critical → overload
        (
            {"land": "none", "water": "none", "env": "none", "eco": "none", "special": "critical"},
            "critical",
        ),  # exactly 1 critical
        (
            {"land": "none", "water": "none", "env": "none", "eco": "none", "special": "none"},
            "none",
        ),
        (
            {
                "land": "overload",
                "water": "not_evaluated",
                "env": "none",
                "eco": "none",
                "special": None,
            },
            "overload",
        ),  # unknowns cannot lower it
        (
            {
                "land": "critical",
                "water": "not_evaluated",
                "env": "none",
                "eco": "none",
                "special": "none",
            },
            "not_evaluated",
        ),  # could become overload
        (
            {"land": "none", "water": "none", "env": "none", "eco": "none", "special": None},
            "not_evaluated",
        ),
    ],
)
def test_short_board_rule(classes, load):
    assert integration.load_type(classes, P)[0] == load


ELEMENT_ROW = {
    "行政区划代码": "990102",
    "主体功能区类型": "优化开发区域",
    "land_class": "overload",
    "land_index": 0.12,
    "water_class": "critical",
    "water_index": 0.947,
    "water_worst": "total",
    "env_class": "overload",
    "env_index": 0.4857,
    "env_worst": "pm25_annual",
    "eco_class": "none",
    "eco_index": 0.0,
    "special_type": "black_grey",
    "special_class": "overload",
    "special_bg_air": "heavy",
    "special_bg_water": "heavy",
    "special_bg_days": 123,
    "special_bg_den": 650,
    "special_bg_l": 0.35,
    "trend_type": "worsening",
    "trend_eff_worse": 1,
    "trend_emis_worse": 1,
    "trend_eco_worse": 0,
}


def integrate(**over):
    row = dict(ELEMENT_ROW, **over)
    units = join_units(Source("results", [row]), [], integration.REQUIRED + integration.OPTIONAL)
    return integration.integrate(units, P)[0]


def test_integration_and_cause_in_english():
    i18n.set_language("en")
    r = integrate()
    assert (r["load_type"], r["warning_level"]) == ("overload", "red")
    assert r["cause_elements"] == "land,water,env,special"
    cause = r["cause"]
    for words in (
        "Overloaded:",
        "Land resources",
        "0.120",
        "PM2.5 annual mean",
        "Critical:",
        "Water resources",
        "0.947",
        "air heavy",
        "123",
        "resource-use efficiency, pollutant emission intensity",
    ):
        assert words in cause, words
    assert cause.index("Overloaded") < cause.index("Critical")


def test_cause_uses_the_chinese_profile_labels():
    i18n.set_language("zh")
    try:
        r = integrate()
        assert r["load_label"] == "超载" and r["warning_label"] == "红色预警（极重警）"
        for words in (
            "土地资源",
            "土地资源压力指数",
            "PM2.5年均浓度",
            "水气环境黑灰指数",
            "重度",
            "资源环境耗损加剧型",
        ):
            assert words in r["cause"], words
    finally:
        i18n.set_language("en")


def test_not_evaluated_element_gives_its_reason():
    r = integrate(
        land_class="none",
        env_class="none",
        special_class="none",
        water_class="not_evaluated",
        water_note="no value (W0 missing)",
    )
    assert r["load_type"] == "not_evaluated" and r["warning_level"] == "not_evaluated"
    assert "W0 missing" in r["cause"] and r["cause_elements"] == ""


def test_special_of_the_wrong_type_is_not_used():
    r = integrate(
        land_class="none",
        env_class="none",
        water_class="none",
        special_type="eco_function",
        special_class="none",
    )
    assert r["load_type"] == "not_evaluated" and "black_grey" in r["cause"]


def test_label_instead_of_code_is_an_error():
    with pytest.raises(InputError) as err:
        integrate(land_class="超载")
    assert "land_class" in str(err.value) and "'超载'" in str(err.value)


def test_missing_element_field_is_an_error():
    units = join_units(
        Source("results", [{"行政区划代码": "A", "land_class": "none"}]), [], integration.REQUIRED
    )
    with pytest.raises(InputError, match="water_class"):
        integration.integrate(units, P)
