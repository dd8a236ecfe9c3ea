"""Climate indices, the integration chain, area tables and the carrying scale
on arrays, with hand-computed answers."""

import numpy as np
import pytest

from cc_warning_plugin.core.dual import climate, scale, suitability, zonal
from cc_warning_plugin.core.dual.classes import class_set
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


@pytest.mark.parametrize(
    "t, rh, expected",
    [
        # 1.8·20 + 32 = 68; 0.55·(1 − 0.5)·(36 − 26) = 2.75 → 65.25 (also 68 − 0.55·0.5·(68 − 58))
        (20.0, 50.0, 65.25),
        # 86 − 0.55·0.2·(54 − 26) = 86 − 3.08
        (30.0, 80.0, 82.92),
        # 32 − 0.55·0.4·(−26) = 32 + 5.72
        (0.0, 60.0, 37.72),
    ],
)
def test_thi(t, rh, expected):
    assert climate.thi(t, rh) == pytest.approx(expected)


def test_comfort_is_the_modal_monthly_level():
    g = P.get("dual.climate.comfort")
    # per month: THI 65.25 → 1 (50–70), 82.92 → 4 (80–85), 37.72 → 4 (35–40)
    temps = [np.array([20.0, 20.0])] * 6 + [np.array([30.0, 0.0])] * 6
    hums = [np.array([50.0, 50.0])] * 6 + [np.array([80.0, 60.0])] * 6
    # six months at 1 and six at 4: a tie, which goes to the worse level (4)
    assert climate.comfort_level(temps, hums, g).tolist() == [4, 4]
    assert climate.modal_level([np.array([1]), np.array([4])], tie="better").tolist() == [1]
    temps[0] = np.array([30.0, 30.0])  # now 5 months at 1, 7 at 4
    hums[0] = np.array([80.0, 80.0])
    assert climate.comfort_level(temps, hums, g).tolist() == [4, 4]
    assert climate.modal_level([np.array([2]), np.array([2]), np.array([5])]).tolist() == [2]
    assert climate.modal_level([np.array([0])]).tolist() == [0]  # no valid month


MONTHLY = [-5, -2, 3, 10, 16, 21, 25, 24, 19, 12, 5, -1]


def test_lapse_correction_on_monthly_means():
    days = climate.days_of_months(range(1, 13))
    acc = climate.LapsedAccumulation(MONTHLY, days, z_ref=100.0, lapse_rate=-0.006)
    # at the station: 3·31 + 10·30 + 16·31 + 21·30 + 25·31 + 24·31 + 19·30 + 12·31 + 5·30
    #               = 93 + 300 + 496 + 630 + 775 + 744 + 570 + 372 + 150 = 4130
    # 500 m higher, every mean −3 °C: 7·30 + 13·31 + 18·30 + 22·31 + 21·31 + 16·30 + 9·31
    #               + 2·30 (+ March at exactly 0) = 3305
    # 1000 m lower, every mean +6 °C (all twelve ≥ 0): 6078
    got = acc.at(np.array([100.0, 600.0, -900.0, np.nan]))
    np.testing.assert_allclose(got[:3], [4130.0, 3305.0, 6078.0])
    assert np.isnan(got[3])
    # the S5 shortcut (lapse on the annual sum) would give 4130 − 3·365 = 3035, not 3305
    g = P.get("dual.climate.accumulated_temperature")
    from cc_warning_plugin.core.dual.grading import grade

    # ≥ 4000 一般 (3), [1500, 4000) 较差 (4)
    assert grade(got[:3], g["breaks"], g["levels"], g["closed"]).tolist() == [3, 4, 2]


def test_integration_chain_matrices_eco_contiguity_classes():
    sec = P.get("dual.agriculture")
    land = np.array([1, 3, 2, 2, 0], dtype=np.uint8)
    water = np.array([4, 1, 3, 3, 2], dtype=np.uint8)
    clim = np.array([2, 5, 1, 1, 1], dtype=np.uint8)
    eco = np.array([False, False, False, True, False])
    cause = np.zeros(5, dtype=np.uint16)
    pre, ran = suitability.pre_level(land, water, clim, {}, sec, excluded=eco, cause=cause)
    # A: M1(1,4) = 2, M2(2,2) = 2; B: M1(3,1) = 2, M2(2,5) = 5 (climate lowered it);
    # C: M1(2,3) = 2, M2(2,1) = 1; D: in 极重要区 → left out; E: no land level
    assert pre.tolist() == [2, 5, 1, 0, 0] and ran == [False, False, False]
    assert cause[1] == 1 << suitability.CAUSE_CLIMATE and cause[0] == 0
    rho = np.array([0.9, 0.1, 0.5, np.nan, np.nan])
    final = suitability.finish(pre, rho, sec, True, cause=cause)
    # ρ ≥ 0.8 → 1; < 0.2 → 5 (already 5: unchanged); [0.4, 0.6) → unchanged
    assert final.tolist() == [1, 5, 1, 0, 0]
    assert cause[0] == 1 << suitability.CAUSE_CONTIGUITY
    s2 = class_set(P, "suitability_2")
    classes = suitability.to_classes(
        final, suitability.class_map(sec, 2, s2), eco, s2.value_of("unsuitable")
    )
    assert classes.tolist() == [1, 3, 1, 3, 0]
    # the nodata option leaves 极重要区 out of the classes too
    assert suitability.to_classes(final, suitability.class_map(sec, 2, s2), eco, None).tolist() == [
        1,
        3,
        1,
        0,
        0,
    ]


def test_area_rows_km2_ha_mu_and_share():
    s2 = class_set(P, "suitability_2")
    counts = {(1, 1): 10, (1, 3): 5, (2, 3): 4}
    rows = zonal.area_rows(
        counts, [{"code": "A", "name": "甲"}, {"code": "B", "name": "乙"}], s2, 900.0
    )
    a_suit = next(r for r in rows if r["unit_code"] == "A" and r["class_code"] == "suitable")
    # 10 cells × 900 m² = 9000 m² = 0.009 km² = 0.9 ha = 9000 / (10000/15) = 13.5 亩
    assert (a_suit["area_km2"], a_suit["area_ha"]) == pytest.approx((0.009, 0.9))
    assert a_suit["area_mu"] == pytest.approx(13.5) and a_suit["share_pct"] == pytest.approx(
        200 / 3
    )
    b = [r for r in rows if r["unit_code"] == "B"]
    assert [r["cells"] for r in b] == [0, 4, 4]  # suitable, unsuitable, total
    assert b[1]["area_mu"] == pytest.approx(5.4) and b[1]["share_pct"] == 100.0
    wide = zonal.wide_values(rows, 1, s2)
    assert wide["unsuitable_km2"] == pytest.approx(0.0045)
    assert wide["total_km2"] == pytest.approx(0.0135)


def test_carrying_scale_short_board():
    # 100 × 10⁴ m³ / 400 m³/亩 = 2500 亩 = 2500 × 10000/15 m² = 1.6667 km²
    assert scale.water_scale_agri(100.0, 400.0) == pytest.approx(2500 * 10000 / 15 / 1e6)
    # 10⁶ m³ / 80 m³ per person = 12 500 people × 120 m² = 1.5 km²
    assert scale.water_scale_urban(100.0, 80.0, 120.0) == pytest.approx(1.5)
    assert scale.short_board(2.0, 1.5) == {"scale_km2": 1.5, "binding": "water"}
    assert scale.short_board(1.0, 1.5) == {"scale_km2": 1.0, "binding": "land"}
    assert scale.short_board(1.0, None) == {"scale_km2": 1.0, "binding": "land"}
    assert scale.water_scale_agri(100.0, None) is None
    assert scale.water_scale_urban(100.0, 0.0, 120.0) is None
