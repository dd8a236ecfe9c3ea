"""生态环境状况指数 EI (HJ 192-2015): a published worked example, a full
county computed by hand from land cover, NDVI, water and pollutant loads,
the grades, the environmental limit, the change grades, and the table
reading with its errors."""

import pandas as pd
import pytest

from cc_warning_plugin.core.eco_index import ei
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


def test_published_example_nantong_2017():
    # 南通市 2017 (published by the city's monitoring centre): 生物丰度 30.59,
    # 植被覆盖 76.93, 水网密度 93.94, 土地胁迫 6.08, 污染负荷 1.48 → EI 67.97:
    # 0.35·30.59 + 0.25·76.93 + 0.15·93.94 + 0.15·(100 − 6.08) + 0.10·(100 − 1.48)
    # = 10.7065 + 19.2325 + 14.091 + 14.088 + 9.852 = 67.97 → 55 ≤ EI < 75 良
    r = ei.eco_index(
        {
            "biological_index": 30.59,
            "vegetation_index": 76.93,
            "water_index": 93.94,
            "land_stress_index": 6.08,
            "pollution_index": 1.48,
        },
        P,
    )
    assert r["ei"] == pytest.approx(67.97, abs=1e-9)
    assert r["grade"] == "good" and r["note"] == ""


# A county of 1000 km² (all areas in km²):
COUNTY = {
    "area": 1000.0,
    "forest_closed": 300.0,
    "shrubland": 100.0,
    "forest_sparse": 50.0,
    "forest_other": 0.0,
    "grass_high": 100.0,
    "grass_medium": 50.0,
    "grass_low": 0.0,
    "river": 20.0,
    "lake": 10.0,
    "reservoir": 10.0,
    "tidal_flat": 0.0,
    "bottomland": 0.0,
    "glacier": 0.0,
    "paddy": 100.0,
    "dryland": 150.0,
    "urban": 40.0,
    "rural_settlement": 30.0,
    "other_construction": 10.0,
    "sand": 0.0,
    "saline": 0.0,
    "bare_soil": 20.0,
    "bare_rock": 10.0,
    "unused_other": 0.0,
    "ndvi_mean": 0.65,
    "river_length": 800.0,
    "water_area": 40.0,
    "water_resources": 500.0,
    "severe_erosion": 20.0,
    "moderate_erosion": 30.0,
    "precipitation": 1200.0,
    "cod": 5000.0,
    "nh3n": 500.0,
    "so2": 3000.0,
    "dust": 2000.0,
    "nox": 4000.0,
    "solid_waste": 100.0,
}
# 生物丰度 (HQ): forest 0.35·(0.6·300 + 0.25·100 + 0.15·50 + 0.15·0) = 0.35·212.5 = 74.375
#   grass 0.21·(0.6·100 + 0.3·50) = 15.75; water 0.28·(0.1·20 + 0.3·10 + 0.3·10) = 2.24
#   crop 0.11·(0.6·100 + 0.4·150) = 13.2; construction 0.04·(0.3·40 + 0.4·30 + 0.3·10) = 1.08
#   unused 0.01·(0.2·20 + 0.2·10) = 0.06; Σ = 106.705 → HQ = 511.2642131067·106.705/1000
HQ = 511.2642131067 * 106.705 / 1000  # 54.554
# 植被覆盖 = 0.0121165124 · 0.65 · 10000 = 78.7573306
VCI = 0.0121165124 * 0.65 * 10000
# 水网密度 = (84.3704083981·800 + 591.7908642005·40 + 86.3869548281·500)/(3·1000)
#          = (67496.327 + 23671.635 + 43193.477)/3000 = 44.787146
WNDI = (84.3704083981 * 800 + 591.7908642005 * 40 + 86.3869548281 * 500) / 3000
# 土地胁迫 = 236.0435677948·(0.4·20 + 0.2·30 + 0.2·(40 + 30 + 10) + 0.2·0)/1000
#          = 236.0435677948·0.030 = 7.0813070
LSI = 236.0435677948 * 30 / 1000
# 污染负荷: precipitation volume 1200 mm × 1000 km² = 1.2e6 for COD and NH3-N
#   0.2·4.3937397289·5000/1.2e6 + 0.2·40.1764754986·500/1.2e6 + 0.2·0.0648660287·3000/1000
#   + 0.1·4.0904459321·2000/1000 + 0.2·0.5103049278·4000/1000 + 0.1·0.0749894283·100/1000
#   = 0.0036614 + 0.0033480 + 0.0389196 + 0.8180892 + 0.4082439 + 0.0007499 = 1.2730120
PLI = (
    0.2 * 4.3937397289 * 5000 / 1.2e6
    + 0.2 * 40.1764754986 * 500 / 1.2e6
    + 0.2 * 0.0648660287 * 3
    + 0.1 * 4.0904459321 * 2
    + 0.2 * 0.5103049278 * 4
    + 0.1 * 0.0749894283 * 0.1
)
EI = 0.35 * HQ + 0.25 * VCI + 0.15 * WNDI + 0.15 * (100 - LSI) + 0.10 * (100 - PLI)


def test_full_county_by_hand():
    r = ei.eco_index(COUNTY, P)
    assert r["biological_index"] == pytest.approx(HQ, rel=1e-12)
    assert 54.55 < HQ < 54.56
    assert r["vegetation_index"] == pytest.approx(VCI, rel=1e-12)
    assert r["water_index"] == pytest.approx(WNDI, rel=1e-12)
    assert r["land_stress_index"] == pytest.approx(LSI, rel=1e-12)
    assert r["pollution_index"] == pytest.approx(PLI, rel=1e-12)
    assert 1.2730 < PLI < 1.2731
    # EI = 19.0940 + 19.6893 + 6.7181 + 13.9378 + 9.8727 = 69.312 → 良
    assert r["ei"] == pytest.approx(EI, rel=1e-12)
    assert 69.31 < EI < 69.32 and r["grade"] == "good"


def test_biodiversity_index_is_averaged_with_hq():
    r = ei.eco_index(dict(COUNTY, biodiversity_index=70.0), P)
    assert r["biological_index"] == pytest.approx((70.0 + HQ) / 2)
    assert r["habitat_quality"] == pytest.approx(HQ)


def test_caps_and_wet_year():
    # water resources 700 with a long-term mean of 400: ratio 1.75 in (1.4, 2.4]
    # → counted as 400·(2.4 − 1.75) = 260
    assert ei.water_resources_used(700, 400, P.get("eco_index.water_network")) == pytest.approx(260)
    assert ei.water_resources_used(500, 400, P.get("eco_index.water_network")) == 500
    assert ei.water_resources_used(1000, 400, P.get("eco_index.water_network")) == 0
    r = ei.eco_index(dict(COUNTY, water_resources=700, water_resources_mean=400), P)
    assert r["water_index"] == pytest.approx(
        (84.3704083981 * 800 + 591.7908642005 * 40 + 86.3869548281 * 260) / 3000
    )
    assert "wet year" in r["note"]
    # a dense river network: raw index above 100 is capped at 100
    dense = ei.eco_index(dict(COUNTY, river_length=5000.0), P)
    assert dense["water_index"] == 100.0


@pytest.mark.parametrize(
    "value,grade",
    [
        (75.0, "excellent"),
        (74.99, "good"),
        (55.0, "good"),
        (35.0, "fair"),
        (20.0, "fairly_poor"),
        (19.99, "poor"),
    ],
)
def test_grade_breaks_are_closed_left(value, grade):
    # EI ≥ 75 优; 55 ≤ EI < 75 良; 35 ≤ EI < 55 一般; 20 ≤ EI < 35 较差; < 20 差
    # (sub-indices chosen so that EI = 0.35·B with the others neutral: V = W = 0,
    # stress = pollution = 100 → EI = 0.35·B)
    r = ei.eco_index(
        {
            "biological_index": value / 0.35,
            "vegetation_index": 0.0,
            "water_index": 0.0,
            "land_stress_index": 100.0,
            "pollution_index": 100.0,
        },
        P,
    )
    assert r["ei"] == pytest.approx(value)
    assert r["grade"] == grade


def test_environmental_limit_moves_the_grade():
    sub = {
        "biological_index": 30.59,
        "vegetation_index": 76.93,
        "water_index": 93.94,
        "land_stress_index": 6.08,
        "pollution_index": 1.48,
    }  # EI 67.97 良
    major = ei.eco_index(sub, P, "major")
    assert major["grade_raw"] == "good" and major["grade"] == "fair"
    assert major["ei"] == pytest.approx(67.97)  # the index itself is not changed
    excellent = dict(sub, biological_index=100.0, vegetation_index=100.0)  # EI 85.3 优
    assert ei.eco_index(excellent, P, "major")["grade"] == "good"
    # severe: one grade down and not above 一般 → 优 becomes 一般 (not 良)
    assert ei.eco_index(excellent, P, "severe")["grade"] == "fair"
    assert ei.limit_level("3", P) == "severe" and ei.limit_level("较大", P) == "major"
    assert ei.limit_level("", P) == ""


@pytest.mark.parametrize(
    "base,current,code",
    [
        (67.97, 70.97, "obviously_better"),  # Δ = 3.00: [3, 8) (closed left)
        (67.97, 75.97, "significantly_better"),  # Δ = 8
        (67.97, 68.96, "no_obvious_change"),  # Δ = 0.99
        (67.97, 66.97, "slightly_worse"),  # Δ = −1: |Δ| in [1, 3)
        (67.97, 64.97, "obviously_worse"),  # Δ = −3
    ],
)
def test_change_grades(base, current, code):
    assert ei.ei_change(base, current, P)["change"] == code


def test_missing_inputs_leave_ei_empty_with_a_note():
    county = {k: v for k, v in COUNTY.items() if k not in ("cod", "nh3n")}
    r = ei.eco_index(county, P)
    assert r["ei"] is None and r["grade"] is None
    assert "COD" in r["note"] and "NH3-N" in r["note"]
    assert r["water_index"] == pytest.approx(WNDI)  # the rest is still computed


def test_table_with_chinese_headers_and_base_year():
    names = {f.key: f.name_zh for f in ei.fields(P).values()}
    row = {"县": "甲县"}
    row.update({f"{names[k]}(km²)" if k == "area" else names[k]: v for k, v in COUNTY.items()})
    frame = pd.DataFrame([row])
    base = pd.DataFrame([dict(row, **{"NDVI均值": 0.60})])
    recs = ei.eco_index_table(frame, P, "县", "EI表", base=base)
    assert recs[0]["unit"] == "甲县" and recs[0]["ei"] == pytest.approx(EI)
    # base year: NDVI 0.60 → VCI lower by 0.25·0.0121165124·0.05·10000 = 1.514564
    assert recs[0]["ei_delta"] == pytest.approx(0.25 * 0.0121165124 * 0.05 * 10000)
    assert recs[0]["change"] == "slightly_better"


def test_table_errors_name_row_and_column():
    frame = pd.DataFrame([{"县": "甲", "区域面积": 100, "有林地": -5}])
    with pytest.raises(InputError, match="row 1: column '有林地' is negative"):
        ei.eco_index_table(frame, P, "县", "EI表")
    frame = pd.DataFrame([{"县": "甲", "区域面积": 100, "环境限制": "很差"}])
    with pytest.raises(InputError, match="环境限制"):
        ei.eco_index_table(frame, P, "县", "EI表")
    with pytest.raises(InputError, match="no area column"):
        ei.eco_index_table(pd.DataFrame([{"县": "甲", "有林地": 5}]), P, "县", "EI表")
    dup = pd.DataFrame([{"县": "甲", "区域面积": 100}, {"县": "甲", "区域面积": 100}])
    with pytest.raises(InputError, match="given twice"):
        ei.eco_index_table(dup, P, "县", "EI表")
