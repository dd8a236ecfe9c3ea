"""双评价 gradings, modifiers, matrices and downgrade chains on arrays, with
the numbers of the spec (§2.1, §2.5) typed here, not read back from the
profile."""

import numpy as np
import pytest

from cc_warning_plugin.core.dual import grading, land
from cc_warning_plugin.core.dual.classes import class_set
from cc_warning_plugin.core.profile import load_profile

P = load_profile()
AGRI = P.get("dual.land.agri_slope")
URBAN = P.get("dual.land.urban_slope")


def arr(*v):
    return np.array(v, dtype=float)


def test_slope_breaks_right_closed_at_the_profile_precision():
    # spec §2.1: ≤ 2 高, 2–6 较高, 6–15 中等, 15–25 较低, > 25 低 (upper bound in)
    slope = arr(0, 2, 2 + 1e-12, 2.0001, 6, 6.5, 15, 15.01, 25, 25 + 1e-13, 25.01, np.nan)
    assert land.land_level(slope, AGRI).tolist() == [1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 0]


def test_precipitation_left_closed_with_noise():
    # spec §2.1 年降水量: ≥ 1200 好, 800–1200, 400–800, 200–400, < 200
    g = P.get("dual.water.agri_precipitation")
    v = arr(1300, 1200, 1200 - 1e-10, 1199.9, 800, 400, 399, 200, 199.9)
    assert grading.grade(v, g["breaks"], g["levels"], g["closed"]).tolist() == [
        1,
        1,
        1,
        2,
        2,
        3,
        4,
        4,
        5,
    ]


def test_silt_downgrade():
    # spec §2.1: 粉砂含量 ≥ 80 % → 低 (5); 60–80 % → down one level
    slope = arr(1, 1, 1, 1, 10, 30, 1)
    silt = arr(80, 79.99, 60, 59.9, 65, 65, np.nan)
    lv = land.land_level(slope, AGRI, modifiers_inputs={"silt": silt})
    # slope 1 → 1; 10 → 3; 30 → 5 (+1 clamps at 5); NaN silt changes nothing
    assert lv.tolist() == [5, 2, 2, 1, 4, 5, 1]


def test_urban_modifiers_chain_elevation_then_relief():
    # spec §2.1 城镇: slope ≤ 3 / 3–8 / 8–15 / 15–25 / > 25; elevation ≥ 5000 → 5,
    # 3500–5000 → +1; relief 100–200 → +1, > 200 → +2
    slope = arr(1, 5, 5, 5, 5, 5, 20)
    elev = arr(5000, 3500, 3499, 4000, 100, 100, 100)
    relief = arr(0, 0, 0, 250, 200, 200.01, 100)
    lv = land.land_level(slope, URBAN, modifiers_inputs={"elevation": elev, "relief": relief})
    # 1 → set 5; 2 → 3; 2; 2 → 3 → 5; 2 → 3 (200 is in [100, 200]); 2 → 4; 4 → 5
    assert lv.tolist() == [5, 3, 2, 5, 3, 4, 5]


AGRI_LAND_WATER = [
    [1, 1, 1, 2, 5],
    [1, 1, 2, 3, 5],
    [2, 2, 3, 4, 5],
    [3, 4, 4, 5, 5],
    [5, 5, 5, 5, 5],
]
AGRI_CLIMATE = [[1, 1, 1, 2, 5], [1, 2, 2, 3, 5], [2, 2, 3, 4, 5], [3, 4, 4, 5, 5], [5, 5, 5, 5, 5]]
URBAN_LAND_WATER = [
    [1, 1, 1, 2, 3],
    [1, 1, 2, 2, 3],
    [2, 2, 3, 3, 4],
    [3, 4, 4, 5, 5],
    [5, 5, 5, 5, 5],
]


@pytest.mark.parametrize(
    "key, spec",
    [
        ("dual.agriculture.land_water_matrix", AGRI_LAND_WATER),
        ("dual.agriculture.climate_matrix", AGRI_CLIMATE),
        ("dual.urban.land_water_matrix", URBAN_LAND_WATER),
    ],
)
def test_every_matrix_cell(key, spec):
    rows, cols = np.meshgrid(np.arange(1, 6), np.arange(1, 6), indexing="ij")
    got = grading.matrix(rows, cols, P.get(key))
    assert got.tolist() == spec
    # a nodata row or column gives nodata
    assert grading.matrix(np.array([0, 3]), np.array([2, 0]), P.get(key)).tolist() == [0, 0]


def level_inputs(**named):
    return {k: (np.asarray(v), np.asarray(v) > 0) for k, v in named.items()}


def test_agriculture_downgrades_are_chained_in_order():
    steps = P.get("dual.agriculture.steps")
    level = np.array([1, 1, 1, 2, 4, 1, 0], dtype=np.uint8)
    inputs = level_inputs(
        soil_environment=[3, 1, 5, 1, 4, 1, 5],
        salinization=[1, 3, 3, 1, 1, 3, 1],  # 1 = 极脆弱
        meteorological_hazard=[5, 5, 1, 5, 1, 3, 5],
    )  # 5 = 高危险
    cause = np.zeros(7, dtype=np.uint16)
    ran = grading.apply_steps(level, inputs, steps, cause=cause)
    # cell 0: 1 → soil 3 → 2 → salt → 3 → hazard needs level 1: stays 3 (chained;
    #         S5's unchained reading would give 2 from the hazard rule)
    # cell 1: 1 → hazard high at level 1 → 2
    # cell 2: soil 5 → 5
    # cell 3: 2 → salt → 3 ; cell 4: 4 → soil 4 → 5 → salt → 5 (clamped)
    # cell 5: unchanged ; cell 6: nodata stays nodata
    assert level.tolist() == [3, 2, 5, 3, 5, 1, 0]
    assert ran == [True, True, True]
    assert cause.tolist() == [0b011, 0b100, 0b001, 0b010, 0b001, 0, 0]


def test_urban_steps_two_inputs_and_upgrade():
    steps = P.get("dual.urban.steps")
    level = np.array([2, 2, 2, 1, 3, 3], dtype=np.uint8)
    inputs = level_inputs(
        storm_surge=[1, 1, 1, 1, 5, 4],
        geological_hazard=[1, 1, 1, 1, 1, 5],
        air_capacity=[5, 5, 1, 1, 1, 1],
        water_capacity=[5, 1, 1, 1, 1, 1],
        comfort=[1, 1, 5, 1, 1, 1],
        location=[3, 3, 3, 1, 3, 1],
    )
    grading.apply_steps(level, inputs, steps)
    # 0: both capacities 5 → +2 = 4 ; 1: air only → 3 ; 2: comfort 5 → 3
    # 3: location best → −1, clamped at 1 ; 4: surge 5 → set 5
    # 5: surge 4 → +2 = 5, geo 5 → +1 (5), location 1 → −1 = 4
    assert level.tolist() == [4, 3, 3, 1, 5, 4]


def test_missing_step_input_skips_the_step():
    steps = P.get("dual.urban.steps")
    level = np.array([2], dtype=np.uint8)
    ran = grading.apply_steps(level, level_inputs(comfort=[5]), steps)
    assert level.tolist() == [3] and ran == [False, False, False, True, False]


def test_contiguity_actions():
    c = P.get("dual.agriculture.contiguity")
    # S5 agriculture: < 0.2 → 5, [0.2, 0.4) → +1, [0.4, 0.6) same, [0.6, 0.8) → −1,
    # ≥ 0.8 → 1
    rho = arr(0.1, 0.2, 0.39, 0.4, 0.6, 0.8, 0.95, np.nan, 0.5)
    level = np.array([2, 2, 2, 2, 2, 3, 4, 2, 0], dtype=np.uint8)
    grading.apply_actions(level, rho, c["breaks"], c["closed"], c["actions"])
    assert level.tolist() == [5, 3, 3, 2, 1, 1, 1, 2, 0]


def test_levels_to_suitability_classes():
    agri = P.get("dual.agriculture")
    s2, s3 = class_set(P, "suitability_2"), class_set(P, "suitability_3")
    levels = np.array([0, 1, 2, 3, 4, 5])
    m2 = {int(k): s2.value_of(v) for k, v in agri["classes_2"].items()}
    m3 = {int(k): s3.value_of(v) for k, v in agri["classes_3"].items()}
    # 2-class default: 1–3 适宜 (1), 4–5 不适宜 (3); 3-class: 1–2 / 3–4 / 5
    assert grading.lookup(levels, m2).tolist() == [0, 1, 1, 1, 3, 3]
    assert grading.lookup(levels, m3).tolist() == [0, 1, 1, 2, 2, 3]
    assert s2.labels_zh == ("适宜区", "不适宜区") and s2.values == (1, 3)


def test_class_sets_follow_the_contract():
    for name in (
        "levels",
        "suitability_2",
        "suitability_3",
        "importance",
        "vulnerability",
        "hazard",
        "risk",
    ):
        cs = class_set(P, name)
        n = len(cs.values)
        assert n == len(cs.codes) == len(cs.labels_zh) == len(cs.labels_en) == len(cs.colors)
        assert cs.key == f"dual.classes.{name}" and 0 not in cs.values
    lv = class_set(P, "levels")
    assert lv.labels_zh[0] == "高" and lv.labels_zh[-1] == "低"  # 1 = best
    imp = class_set(P, "importance")
    assert imp.values[0] == 1 and imp.labels_zh[0] == "极重要"  # 1 = highest degree
    vul = class_set(P, "vulnerability")
    assert vul.values[0] == 1 and vul.labels_zh[0] == "极脆弱"


def test_float32_values_are_graded_like_float64():
    g = P.get("dual.water.agri_precipitation")  # left-closed [200, 400) → 4
    below = np.nextafter(np.float32(200), np.float32(0))
    v32 = np.array([200, below, 1200, 1199.99], dtype=np.float32)
    got = grading.grade(v32, g["breaks"], g["levels"], g["closed"])
    assert got.tolist() == [4, 5, 1, 2]
    assert (
        got.tolist()
        == grading.grade(v32.astype(np.float64), g["breaks"], g["levels"], g["closed"]).tolist()
    )
    above = np.nextafter(np.float32(2), np.float32(9))  # right-closed (… , 2] → 1
    s32 = np.array([2, above, 25, np.nan], dtype=np.float32)
    assert land.land_level(s32, AGRI).tolist() == [1, 2, 4, 0]


def test_2018_preset_matrix_is_the_s6_table_transposed_and_inverted():
    p = load_profile("dual_2018_draft")
    # S6 rows = water 高…低, columns = land 高…低, grades Ⅴ (best) … Ⅰ; level = 6 − grade
    s6 = [[5, 5, 4, 3, 1], [5, 4, 4, 2, 1], [4, 4, 3, 2, 1], [3, 3, 2, 1, 1], [2, 1, 1, 1, 1]]
    m = p.get("dual.agriculture.land_water_matrix")
    for water in range(5):
        for land_level in range(5):
            assert m[land_level][water] == 6 - s6[water][land_level]
    assert p.get("dual.agriculture.contiguity.enabled") is False
    level = np.array([1, 2, 3, 1], dtype=np.uint8)
    hazard = np.array([5, 5, 5, 4])
    grading.apply_steps(
        level, {"geological_hazard": (hazard, hazard > 0)}, p.get("dual.urban.steps")
    )
    # Ⅴ/Ⅳ with high hazard → Ⅲ (3); Ⅲ stays; Ⅴ with 较高 hazard → Ⅳ (2)
    assert level.tolist() == [3, 3, 3, 2]


def test_2019_preset_comfort_has_seven_classes():
    p = load_profile("dual_2019_draft")
    g = p.get("dual.climate.comfort")
    thi = np.array([62.0, 57.0, 66.0, 31.9, 32.0, 85.0, 90.0])
    # S5: 60–65 很舒适 1; 56–60 / 65–70 → 2; 32–40 → 6; < 32 and ≥ 90 → 7; 85–90 → 6
    assert grading.grade(thi, g["breaks"], g["levels"], g["closed"]).tolist() == [
        1,
        2,
        2,
        7,
        6,
        6,
        7,
    ]
    assert class_set(p, g["class_set"]).labels_zh[6] == "很不舒适"
    assert p.get("dual.suitability_classes") == 3
