"""The 生态系统服务 models on arrays, against worked values: the water balance
(negatives clamped to 0, Turc's ET), RUSLE factors (R, EPIC K, LS with every
m and S boundary, 蔡崇法 C), RWEQ in its published form, the NPP-based
biodiversity index, and the grading of a service into importance classes."""

import math

import numpy as np
import pytest

from cc_warning_plugin.core.dual import ecology as eco
from cc_warning_plugin.core.profile import load_profile

PROFILE = load_profile(None)
SOIL = PROFILE.get("dual.ecology.soil_conservation")
NAN = float("nan")


# -- 水源涵养 -----------------------------------------------------------------


def test_water_balance_clamps_negatives_to_zero_not_absolute():
    alphas = eco.runoff_coefficients(PROFILE.get("dual.ecology.runoff_coefficients"))
    p = np.array([[1000.0, 1000.0, 500.0, 800.0, NAN]])
    et = np.array([[600.0, 600.0, 700.0, 100.0, 100.0]])
    codes = np.array([[1, 14, 12, 20, 1]], dtype=np.uint8)
    valid = np.array([[True, True, True, True, True]])
    tq = eco.water_conservation(p, et, codes, valid, alphas, [20, 30])
    # code 1 (常绿阔叶林, α 0.0267): 1000 − 26.7 − 600 = 373.3 mm
    # code 14 (稀疏草地, α 0.1827): 1000 − 182.7 − 600 = 217.3 mm
    # code 12 (草原, α 0.0478): 500 − 23.9 − 700 = −223.9 → 0 (not 223.9)
    # code 20 (耕地) is a no-service code → 0; NaN precipitation → nodata
    np.testing.assert_allclose(tq[0, :4], [373.3, 217.3, 0.0, 0.0], atol=1e-9)
    assert math.isnan(tq[0, 4])


def test_water_balance_unknown_or_invalid_code_is_nodata():
    tq = eco.water_conservation(
        np.array([900.0, 900.0]),
        np.array([100.0, 100.0]),
        np.array([99, 1]),
        np.array([True, False]),
        {1: 0.0267},
        [20],
    )
    assert np.isnan(tq).all()


def test_turc_et_worked_values_and_cap():
    # P = 1000, T = 15: L = 300 + 375 + 0.05·3375 = 843.75;
    # E = 1000 / sqrt(0.9 + (1000/843.75)²) = 1000 / sqrt(0.9 + 1.404664) = 658.713
    # P = 200, T = 20: L = 300 + 500 + 400 = 1200; the formula gives 207.64 > P → E = P
    # T = −12: L = 300 − 300 − 86.4 < 0 → E = 0
    e = eco.turc_et(np.array([1000.0, 200.0, 300.0, NAN]), np.array([15.0, 20.0, -12.0, 5.0]))
    np.testing.assert_allclose(e[:3], [658.7129, 200.0, 0.0], atol=1e-3)
    assert math.isnan(e[3])


# -- 水土保持 (RUSLE) ---------------------------------------------------------


def test_rainfall_erosivity_from_annual_precipitation():
    # 0.0534 · 1000^1.6548 = 0.0534 · 10^4.9644 = 0.0534 · 92 130 = 4919.7
    # 0.0534 · 400^1.6548 = 0.0534 · 10^(2.60206·1.6548) = 0.0534 · 20 225 = 1080.0
    r = eco.rainfall_erosivity(np.array([1000.0, 400.0, 0.0]), 0.0534, 1.6548)
    np.testing.assert_allclose(r, [4919.73, 1080.02, 0.0], rtol=1e-5)


def test_epic_k_worked_value():
    # SAN 40, SIL 40, CLA 20, C 1 %:
    # f1 = 0.2 + 0.3·exp(−0.0256·40·0.6) = 0.2 + 0.3·0.540967 = 0.362290
    # f2 = (40/60)^0.3 = 0.885467
    # f3 = 1 − 0.25·1/(1 + exp(0.77)) = 1 − 0.25/3.159766 = 0.920880
    # f4 = 1 − 0.7·0.6/(0.6 + exp(8.23)) = 1 − 0.42/3752.0 = 0.999888
    # K = 0.295381 (US) × 0.1317 = 0.038902 (SI)
    k = eco.epic_k(
        np.array([40.0, 100.0]), np.array([40.0, 0.0]), np.array([20.0, 0.0]), np.array([1.0, 1.0])
    )
    np.testing.assert_allclose(k[0], 0.038902, rtol=1e-4)
    assert k[1] == 0.0  # pure sand: no silt, no clay


@pytest.mark.parametrize(
    "theta, lam, expected",
    [
        # 2°: tan = 3.49 % → m = 0.4; L = (30/22.13)^0.4 = 1.129421;
        #     S = 10.8·sin 2° + 0.03 = 10.8·0.034899 + 0.03 = 0.4069146; LS = 0.4595779
        (2.0, 30.0, 0.4595779),
        # 7°: tan = 12.3 % → m = 0.5; L = (30/22.13)^0.5 = 1.164313;
        #     S = 16.8·sin 7° − 0.5 = 16.8·0.121869 − 0.5 = 1.5474050; LS = 1.8016644
        (7.0, 30.0, 1.8016644),
        # 20°: L = 1.164313; S = 21.91·0.342020 − 0.96 = 6.5336613; LS = 7.6072299
        (20.0, 30.0, 7.6072299),
        # 0.3°: tan = 0.52 % → m = 0.2; L = (30/22.13)^0.2 = 1.062742;
        #       S = 10.8·0.0052360 + 0.03 = 0.0865484; LS = 0.0919787
        (0.3, 30.0, 0.0919787),
        # 10° with λ = 60 m: L = (60/22.13)^0.5 = 1.646588; S = 21.91·0.173648 − 0.96 = 2.844632
        (10.0, 60.0, 4.6839359),
    ],
)
def test_ls_worked_values(theta, lam, expected):
    ls = eco.ls_factor(np.array([theta]), lam, SOIL)
    np.testing.assert_allclose(ls, [expected], rtol=1e-6)


def test_l_exponent_boundaries_in_percent():
    # slope percent exactly on 1 / 3 / 5 %: [1, 3) → 0.3, [3, 5) → 0.4, ≥ 5 → 0.5
    # (closed = "left"); with λ = 22.13·e the factor is e^m, so m = ln L
    deg = np.degrees(np.arctan(np.array([0.0099, 0.01, 0.0299, 0.03, 0.0499, 0.05])))
    m = np.log(eco.slope_length_factor(deg, 22.13 * math.e, SOIL["l_exponent"]))
    np.testing.assert_allclose(m, [0.2, 0.3, 0.3, 0.4, 0.4, 0.5], atol=1e-12)


def test_s_factor_boundaries_in_degrees():
    # < 5° 10.8 sinθ + 0.03; [5, 10) 16.8 sinθ − 0.5; ≥ 10° 21.91 sinθ − 0.96
    s5, s10 = math.sin(math.radians(5)), math.sin(math.radians(10))
    s = eco.slope_steepness_factor(np.array([4.999999, 5.0, 9.999999, 10.0, 0.0]), SOIL["s_factor"])
    np.testing.assert_allclose(
        s,
        [
            10.8 * math.sin(math.radians(4.999999)) + 0.03,
            16.8 * s5 - 0.5,
            16.8 * math.sin(math.radians(9.999999)) - 0.5,
            21.91 * s10 - 0.96,
            0.03,
        ],
        rtol=1e-12,
    )


def test_cai_cover_factor():
    # f = 0 → 1; f = 50 % → 0.6508 − 0.3436·lg 50 = 0.6508 − 0.3436·1.69897 = 0.067034;
    # f = 10 % → 0.6508 − 0.3436 = 0.3072; f = 78.3 % → 0.6508 − 0.3436·1.893762 = 0.000103;
    # f = 78.4 % → 0; f = 0.01 % → 0.6508 + 0.6872 = 1.338 → capped at 1
    c = eco.cover_management_cai(
        np.array([0.0, 0.5, 0.1, 0.783, 0.784, 0.0001, NAN]), SOIL["cover"]
    )
    np.testing.assert_allclose(c[:6], [1.0, 0.067034, 0.3072, 0.000103, 0.0, 1.0], atol=2e-6)
    assert math.isnan(c[6])


def test_soil_retention_is_potential_minus_actual():
    # R 4000, K 0.03, LS 2, C 0.25, P 0.8: A_p = 240; A = 240·0.25·0.8 = 48; A_c = 192
    a = eco.soil_retention(
        np.array([4000.0]), np.array([0.03]), np.array([2.0]), np.array([0.25]), 0.8
    )
    np.testing.assert_allclose(a, [192.0])


# -- 防风固沙 (RWEQ) ----------------------------------------------------------


def test_rweq_published_form_worked_value():
    # WF 50, EF 0.4, SCF 0.5, K′ 0.8 → x_p = 8; cover 25 % → C = exp(−0.0483·25) = 0.298944
    # potential: Q = 878.4, s = 150.71·8^−0.3711 = 69.6635,
    #   SL = (100/69.6635²)·878.4·exp(−(50/69.6635)²) = 10.81327 kg/m²
    # actual: x = 2.391555, Q = 262.5922, s = 109.0471, SL = 1.789568 kg/m²
    # SR = (10.81327 − 1.789568)·10 = 90.2370 t/hm²
    c = eco.rweq_vegetation_factor(np.array([0.25]), -0.0483)
    np.testing.assert_allclose(c, [0.298944], rtol=1e-5)
    np.testing.assert_allclose(eco.rweq_soil_loss(np.array([8.0]), 50.0), [10.81327], rtol=1e-6)
    sr, negative = eco.sand_fixation(50.0, 0.4, 0.5, 0.8, c, 50.0)
    np.testing.assert_allclose(sr, [90.2370], rtol=1e-5)
    assert not negative.any()


def test_rweq_no_wind_and_past_the_peak():
    assert eco.rweq_soil_loss(np.array([0.0]), 50.0)[0] == 0.0
    # beyond x ≈ 61.7 SL falls with x (z = 50 m): bare-soil loss below the
    # vegetated one → the difference is negative and set to 0
    sr, negative = eco.sand_fixation(np.array([1000.0]), 1.0, 1.0, 1.0, np.array([0.5]), 50.0)
    assert sr[0] == 0.0 and negative[0]


# -- 生物多样性维护 ------------------------------------------------------------


def test_npp_biodiversity_index():
    # F_pre = (800 − 400)/(1200 − 400) = 0.5; F_tem = (10 − 0)/(20 − 0) = 0.5;
    # F_alt = (500 − 0)/(2000 − 0) = 0.25 → S = 600·0.5·0.5·0.75 = 112.5
    f_pre = eco.normalise(np.array([800.0]), 400.0, 1200.0)
    f_tem = eco.normalise(np.array([10.0]), 0.0, 20.0)
    f_alt = eco.normalise(np.array([500.0]), 0.0, 2000.0)
    np.testing.assert_allclose(
        eco.npp_biodiversity(np.array([600.0]), f_pre, f_tem, f_alt), [112.5]
    )
    # a factor constant over the area does not discriminate: 1
    assert eco.normalise(np.array([3.0]), 3.0, 3.0)[0] == 1.0
    assert eco.npp_biodiversity(np.array([-5.0]), 1.0, 1.0, 0.0)[0] == 0.0


# -- grading -----------------------------------------------------------------


def test_classify_service_with_cumulative_thresholds_is_exact():
    # thresholds are data values: ≥ 5 → 1 (极重要), ≥ 3 → 2 (重要), else 3; NaN → 0
    v = np.array([6.0, 5.0, 4.999999999, 3.0, 2.0, NAN])
    np.testing.assert_array_equal(
        eco.classify_service(v, (5.0, 3.0), [1, 2, 3]), [1, 1, 2, 2, 3, 0]
    )
    # no cell within the first share (t = +inf)
    np.testing.assert_array_equal(
        eco.classify_service(np.array([9.0, 1.0]), (math.inf, math.inf), [1, 2, 3]), [3, 3]
    )


def test_classify_service_manual_breaks_at_profile_precision():
    # manual breaks 100 / 300: 299.99999999999 counts as 300 at 10 significant digits
    v = np.array([300.0, 299.99999999999, 299.9, 100.0, 99.0])
    np.testing.assert_array_equal(
        eco.classify_service(v, (300.0, 100.0), [1, 2, 3], precision=10), [1, 1, 2, 2, 3]
    )


@pytest.mark.parametrize(
    "text, expected", [("100, 300", (100.0, 300.0)), ("5; 50", (5.0, 50.0)), ("1.5，2", (1.5, 2.0))]
)
def test_parse_breaks(text, expected):
    assert eco.parse_breaks(text) == expected


@pytest.mark.parametrize("text", ["300, 100", "1", "a, b", "1, 2, 3", "inf, 5"])
def test_parse_breaks_refuses(text):
    with pytest.raises(ValueError):
        eco.parse_breaks(text)


def test_map_codes_outside_the_table_is_nan():
    out = eco.map_codes(np.array([1, 2, 300]), np.array([True, True, True]), {1: 0.5, 300: 2})
    assert out[0] == 0.5 and math.isnan(out[1]) and out[2] == 2.0
