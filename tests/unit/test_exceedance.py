"""污染物浓度超标指数: known answers worked by hand from spec §1.2(c) and §3."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.exceedance import evaluate_environment
from cc_warning_plugin.core.profile import load_profile

P = load_profile()
CLEAN_AIR = {"SO2": 30, "NO2": 20, "PM10": 35, "PM2.5": 17.5, "CO": 2, "O3": 80}
# hand: 30/60−1 = −0.5, 20/40−1 = −0.5, 35/70−1 = −0.5, 17.5/35−1 = −0.5, 2/4−1 = −0.5,
# 80/160−1 = −0.5 → R_air = −0.5


def unit(code, **over):
    row = {"行政区划代码": code}
    row.update(CLEAN_AIR)
    row.update(over)
    return row


def section(sid, code, body, **conc):
    row = {"断面编码": sid, "行政区划代码": code, "水体类型": body}
    base = {
        "溶解氧": 8,
        "高锰酸盐指数": 3,
        "五日生化需氧量": 2,
        "化学需氧量": 10,
        "氨氮": 0.5,
        "总氮": 0.5,
        "总磷": 0.01,
    }
    # hand: DO 5/8−1 = −0.375; CODMn 3/6−1 = −0.5; BOD5 2/4−1 = −0.5; COD 10/20−1 = −0.5;
    # NH3-N 0.5/1−1 = −0.5; TN (lake) 0.5/1−1 = −0.5; TP 0.01/0.2−1 = −0.95 (river),
    # 0.01/0.05−1 = −0.8 (lake) → clean section max = −0.375 (DO)
    base.update(conc)
    row.update(base)
    return row


def run(units, sections=None, **kw):
    return evaluate_environment(units, P, section_rows=sections, **kw)


def test_air_index_is_max_over_pollutants():
    r = run([unit("1", **{"PM2.5": 42})])[0]
    assert r["env_air_index"] == pytest.approx(0.2)  # 42/35 − 1
    assert r["env_air_worst"] == "pm25_annual"
    assert r["env_r_so2_annual"] == pytest.approx(-0.5)
    assert r["env_class"] == "overload"


def test_co_and_o3_percentile_statistics_use_their_limits():
    r = run([unit("1", CO=4.4, O3=150)])[0]
    assert r["env_r_co_p95"] == pytest.approx(0.1)  # 4.4/4 − 1
    assert r["env_r_o3_8h_p90"] == pytest.approx(-0.0625)  # 150/160 − 1
    assert r["env_air_worst"] == "co_p95" and r["env_class"] == "overload"


@pytest.mark.parametrize(
    "std, expected_r, expected_class",
    [
        ("gb3095_2012", 33 / 35 - 1, "critical"),  # −0.0571
        ("gb3095_2026_transitional", 33 / 30 - 1, "overload"),  # +0.1
        ("gb3095_2026_final", 33 / 25 - 1, "overload"),  # +0.32
    ],
)
def test_standard_edition_switch(std, expected_r, expected_class):
    r = run([unit("1", **{"PM2.5": 33})], air_standard=std)[0]
    assert r["env_air_index"] == pytest.approx(expected_r)
    assert r["env_class"] == expected_class


def test_dissolved_oxygen_is_inverted():
    r = run([unit("1")], [section("s1", "1", "河流", 溶解氧=4)])[0]
    assert r["env_water_index"] == pytest.approx(0.25)  # 5/4 − 1
    assert r["env_water_worst"] == "s1:do"
    r = run([unit("1")], [section("s1", "1", "河流", 溶解氧=10)])[0]
    assert r["env_water_index"] == pytest.approx(-0.5)  # 5/10 − 1; others −0.5


def test_river_and_lake_phosphorus_limits():
    river = run([unit("1")], [section("s1", "1", "河流", 总磷=0.1)])[0]
    lake = run([unit("1")], [section("s1", "1", "湖库", 总磷=0.1)])[0]
    assert river["env_water_index"] == pytest.approx(-0.375)  # TP 0.1/0.2−1 = −0.5 < DO
    assert lake["env_water_index"] == pytest.approx(1.0)  # TP 0.1/0.05 − 1
    assert lake["env_water_worst"] == "s1:tp"


def test_total_nitrogen_counts_for_lakes_only():
    river = run([unit("1")], [section("s1", "1", "河流", 总氮=5)])[0]
    lake = run([unit("1")], [section("s1", "1", "湖库", 总氮=5)])[0]
    assert river["env_water_index"] == pytest.approx(-0.375)
    assert lake["env_water_index"] == pytest.approx(4.0)  # 5/1 − 1


def test_water_aggregation_orders_differ_as_worked_by_hand():
    # s1: CODMn 9 → 0.5, NH3-N 0.5 → −0.5;  s2: CODMn 3 → −0.5, NH3-N 1.5 → 0.5
    secs = [
        section("s1", "1", "河流", 高锰酸盐指数=9, 氨氮=0.5),
        section("s2", "1", "河流", 高锰酸盐指数=3, 氨氮=1.5),
    ]
    s1 = run([unit("1")], secs)[0]
    assert s1["env_water_index"] == pytest.approx(0.5)  # mean(0.5, 0.5)
    mtm = run([unit("1")], secs, water_aggregation="mean_then_max")[0]
    # per pollutant means: CODMn 0, NH3-N 0, DO −0.375, … → max 0
    assert mtm["env_water_index"] == pytest.approx(0.0)
    assert mtm["env_class"] == "critical"


def test_element_index_is_max_of_air_and_water_with_worst_named():
    r = run(
        [unit("1", **{"PM2.5": 38.5})],  # air 0.1
        [section("s1", "1", "湖库", 总磷=0.06)],
    )[0]  # water 0.2
    assert r["env_index"] == pytest.approx(0.2)
    assert r["env_worst"] == "s1:tp"


def test_missing_value_that_could_change_the_class_gives_not_evaluated():
    r = run([unit("1", **{"PM2.5": ""})])[0]
    assert r["env_class"] == "not_evaluated" and "pm25_annual" in r["env_note"]
    r = run([unit("1", **{"PM2.5": ""})], allow_partial=True)[0]
    assert r["env_class"] == "none" and "pm25_annual" in r["env_note"]
    r = run([unit("1", **{"PM2.5": "", "SO2": 90})])[0]  # overload is certain
    assert r["env_class"] == "overload"


def test_absent_air_columns_are_missing_not_ignored():
    r = run([{"行政区划代码": "1"}], [section("s1", "1", "河流")])[0]
    assert r["env_water_index"] == pytest.approx(-0.375)
    assert r["env_class"] == "not_evaluated" and "pm25_annual" in r["env_note"]


def test_unit_without_sections_is_not_silently_clean():
    r = run([unit("1"), unit("2")], [section("s1", "1", "河流")])
    assert r[0]["env_class"] == "none"
    assert r[1]["env_class"] == "not_evaluated"


@pytest.mark.parametrize(
    "units, sections, words",
    [
        ([unit("1"), unit("1")], None, "appears twice"),
        ([{"名称": "x", **CLEAN_AIR}], None, "行政区划代码"),
        ([unit("1", SO2="abc")], None, "'abc'"),
        ([unit("1", SO2=-3)], None, "negative"),
        ([unit("1")], [section("s1", "9", "河流")], "'9'"),
        ([unit("1")], [section("s1", "1", "海湾")], "海湾"),
        ([unit("1")], [section("s1", "1", "河流", 溶解氧=0)], "infinite"),
    ],
)
def test_bad_input_is_named(units, sections, words):
    with pytest.raises(InputError) as err:
        run(units, sections)
    assert words in str(err.value)


def test_a_section_code_given_twice_names_both_rows():
    with pytest.raises(InputError) as err:
        run([unit("1")], [section("s1", "1", "河流"), section("s1", "1", "河流")])
    assert "section code 's1' appears twice (row 1 and row 2)" in str(err.value)
