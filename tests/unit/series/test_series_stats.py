"""The statistics of a yearly series without SciPy: Student's t p-values
against closed forms, the least-squares line, Mann–Kendall (normal
approximation with ties, exact distribution) and Sen's slope, each against
a hand calculation written here."""

import math

import pytest

from cc_warning_plugin.core.series import stats


# -- Student's t ---------------------------------------------------------------------
# Closed forms of the two-sided p = P(|T| ≥ t) (independent of the incomplete
# beta function the module uses):
#   ν = 1 (Cauchy):  p = 1 − (2/π)·atan(t)
#   ν = 2:           p = 1 − t/√(2 + t²)
#   ν = 3:           p = 1 − (2/π)·[atan(t/√3) + (t/√3)/(1 + t²/3)]


def p_df1(t):
    return 1 - 2 / math.pi * math.atan(t)


def p_df2(t):
    return 1 - t / math.sqrt(2 + t * t)


def p_df3(t):
    u = t / math.sqrt(3)
    return 1 - 2 / math.pi * (math.atan(u) + u / (1 + t * t / 3))


@pytest.mark.parametrize("t", [0.0, 0.5, 1.0, 2.0, 4.30265, 12.7])
def test_t_p_matches_closed_forms(t):
    assert stats.t_two_sided_p(t, 1) == pytest.approx(p_df1(t), abs=1e-12)
    assert stats.t_two_sided_p(t, 2) == pytest.approx(p_df2(t), abs=1e-12)
    assert stats.t_two_sided_p(-t, 3) == pytest.approx(p_df3(t), abs=1e-12)


def test_t_p_known_points():
    # t = 1 with ν = 1: p = 1 − (2/π)(π/4) = 0.5 exactly
    assert stats.t_two_sided_p(1.0, 1) == pytest.approx(0.5, abs=1e-14)
    # t = √2 with ν = 2: p = 1 − √2/√4 = 1 − 0.70710678 = 0.29289322
    assert stats.t_two_sided_p(math.sqrt(2), 2) == pytest.approx(1 - math.sqrt(2) / 2, abs=1e-13)
    # the t table: t = 2.228 is the 5 % two-sided point for ν = 10
    assert stats.t_two_sided_p(2.228139, 10) == pytest.approx(0.05, abs=1e-6)
    # large ν tends to the normal: P(|Z| ≥ 1.959964) = 0.05
    assert stats.t_two_sided_p(1.959964, 1e7) == pytest.approx(0.05, abs=1e-6)
    assert stats.t_two_sided_p(math.inf, 5) == 0.0


def test_normal_p():
    assert stats.normal_two_sided_p(1.959964) == pytest.approx(0.05, abs=1e-6)
    assert stats.normal_cdf(0.0) == 0.5


# -- least squares ------------------------------------------------------------------------
# x = 0 … 4 (years 2010 … 2014 shifted), y = 10, 12, 11, 14, 15:
#   mean x = 2, mean y = 12.4
#   Sxy = (−2)(−2.4) + (−1)(−0.4) + 0(−1.4) + 1(1.6) + 2(2.6) = 12.0;  Sxx = 10
#   slope = 1.2;  intercept = 12.4 − 1.2·2 = 10.0
#   fitted 10, 11.2, 12.4, 13.6, 14.8 → residuals 0, 0.8, −1.4, 0.4, 0.2, SSE = 2.8
#   SST = 5.76 + 0.16 + 1.96 + 2.56 + 6.76 = 17.2 → R² = 1 − 2.8/17.2 = 0.8372093
#   se = √(2.8/3/10) = 0.3055050;  t = 1.2/0.3055050 = 3.927922;  ν = 3
Y = [10.0, 12.0, 11.0, 14.0, 15.0]
X = [0.0, 1.0, 2.0, 3.0, 4.0]


def test_linear_fit_by_hand():
    f = stats.linear_fit(X, Y)
    assert f["slope"] == pytest.approx(1.2, abs=1e-12)
    assert f["intercept"] == pytest.approx(10.0, abs=1e-12)
    assert f["r2"] == pytest.approx(1 - 2.8 / 17.2, abs=1e-12)
    assert f["se"] == pytest.approx(math.sqrt(2.8 / 3 / 10), abs=1e-12)
    t = 1.2 / math.sqrt(2.8 / 3 / 10)
    assert f["t"] == pytest.approx(t, abs=1e-10)
    # ν = 3 closed form: u = t/√3 = 2.267787, atan u = 1.155487,
    # u/(1 + t²/3) = 0.369175 → p = 1 − (2/π)·1.524661 = 0.029370
    assert f["p"] == pytest.approx(p_df3(t), abs=1e-12)
    assert 0.02936 < f["p"] < 0.02938


def test_linear_fit_special_cases():
    perfect = stats.linear_fit([0, 1, 2], [1.0, 3.0, 5.0])
    assert perfect["slope"] == 2.0 and perfect["p"] == 0.0 and perfect["t"] == math.inf
    const = stats.linear_fit([0, 1, 2, 3], [4.0] * 4)
    assert const["slope"] == 0.0 and const["r2"] is None and const["p"] == 1.0
    two = stats.linear_fit([0, 1], [1.0, 2.0])
    assert two["slope"] == 1.0 and two["p"] is None


# -- Mann–Kendall ---------------------------------------------------------------------------
# Y = 10, 12, 11, 14, 15: pairs (i<j) signs: +,+,+,+ | −,+,+ | +,+ | +  → C = 9, D = 1, S = 8
#   Var(S) = 5·4·15/18 = 16.6667;  Z = (8 − 1)/√16.6667 = 1.714643
#   normal p = erfc(1.714643/√2) = 0.086411
#   exact (n = 5, no ties): S ≥ 8 ⇔ at most 1 inversion: (1 + 4)/5! = 5/120;
#   two-sided p = 10/120 = 0.0833333


def test_mann_kendall_by_hand():
    mk = stats.mann_kendall(Y, exact_max_n=0)
    assert mk["s"] == 8
    assert mk["var"] == pytest.approx(300 / 18)
    z = 7 / math.sqrt(300 / 18)
    assert mk["z"] == pytest.approx(z, abs=1e-12)
    assert mk["p"] == pytest.approx(math.erfc(z / math.sqrt(2)), abs=1e-12)
    assert mk["p_method"] == "normal"
    exact = stats.mann_kendall(Y, exact_max_n=10)
    assert exact["p_method"] == "exact"
    assert exact["p"] == pytest.approx(10 / 120, abs=1e-15)


def test_mann_kendall_ties_correction():
    # 1, 2, 2, 3: pairs +,+,+ | 0,+ | + → S = 5; one tie group of 2:
    # Σ t(t−1)(2t+5) = 2·1·9 = 18 → Var = (4·3·13 − 18)/18 = 138/18 = 7.6667
    # Z = (5 − 1)/√7.6667 = 1.444630
    mk = stats.mann_kendall([1.0, 2.0, 2.0, 3.0], exact_max_n=10)
    assert mk["s"] == 5 and mk["ties"] == [2]
    assert mk["var"] == pytest.approx(138 / 18)
    assert mk["z"] == pytest.approx(4 / math.sqrt(138 / 18), abs=1e-12)
    assert mk["p_method"] == "normal"  # ties: no exact distribution


def test_mann_kendall_decreasing_and_flat():
    mk = stats.mann_kendall([5.0, 4.0, 3.0, 2.0], exact_max_n=10)
    # all 6 pairs discordant: S = −6; exact: only the reversed order → 2·1/24
    assert mk["s"] == -6 and mk["p"] == pytest.approx(2 / 24)
    assert mk["z"] == pytest.approx(-5 / math.sqrt(4 * 3 * 13 / 18))
    flat = stats.mann_kendall([3.0, 3.0, 3.0])
    assert flat["s"] == 0 and flat["z"] == 0.0


def test_mahonian_numbers():
    # permutations of 4 by inversions: 1, 3, 5, 6, 5, 3, 1 (sum 24)
    assert stats.mahonian_row(4) == [1, 3, 5, 6, 5, 3, 1]
    assert sum(stats.mahonian_row(7)) == math.factorial(7)
    assert stats.mk_exact_p(0, 4) == 1.0


# -- Sen's slope ------------------------------------------------------------------------------
# pairwise slopes of Y at x = 0 … 4: 2, 0.5, 4/3, 1.25, −1, 1, 1, 3, 2, 1
# sorted: −1, 0.5, 1, 1, 1, 1.25, 4/3, 2, 2, 3 → median of 10 = (1 + 1.25)/2 = 1.125


def test_sen_slope_by_hand():
    assert stats.sen_slope(X, Y) == pytest.approx(1.125)
    # odd number of pairs (n = 3): slopes 2, 1.5, 1 → 1.5
    assert stats.sen_slope([0, 1, 2], [0.0, 2.0, 3.0]) == pytest.approx(1.5)
    # uneven spacing uses the real years: (2010, 1), (2012, 5) → 2 per year
    assert stats.sen_slope([2010, 2012], [1.0, 5.0]) == 2.0
