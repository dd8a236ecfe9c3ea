"""Threshold rules and gradings: every boundary of the spec's tables, with
the side that includes the break."""

import numpy as np
import pytest

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.rules import classify, grade, matrix_lookup, round_sig

P = load_profile()


def cls(element, value):
    return classify(value, P.get(f"elements.{element}.rules"), P.precision)


@pytest.mark.parametrize(
    "value, expected",
    [
        # spec §1.2(c): R > 0 overload; −0.2 < R ≤ 0 critical; R ≤ −0.2 none
        (0.5, "overload"),
        (1e-9, "overload"),
        (0.0, "critical"),
        (-0.1999, "critical"),
        (-0.2, "none"),
        (28 / 35 - 1, "none"),  # 28/35 − 1 = −0.19999999999999996
        (-0.5, "none"),
    ],
)
def test_environment_boundaries(value, expected):
    assert cls("environment", value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        # spec §1.2(a): D > 0 overload; −0.3 ≤ D ≤ 0 critical (−0.3 inclusive); D < −0.3 none
        (0.01, "overload"),
        (0.0, "critical"),
        (-0.3, "critical"),
        (-0.30001, "none"),
        (0.7 / 1.0 - 1, "critical"),  # 0.7 − 1 = −0.30000000000000004
    ],
)
def test_land_boundaries(value, expected):
    assert cls("land", value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        # spec §1.2(d): H > 0.10 overload; 0.05 < H ≤ 0.10 critical; H ≤ 0.05 none
        (0.1001, "overload"),
        (0.10, "critical"),
        (0.0501, "critical"),
        (0.05, "none"),
        (0.3 / 3, "critical"),
    ],
)
def test_ecology_boundaries(value, expected):
    assert cls("ecology", value) == expected


def test_missing_value_is_not_classed():
    assert cls("environment", None) is None
    assert cls("environment", float("nan")) is None


def test_round_sig_scalar_and_array():
    assert round_sig(28 / 35 - 1, 10) == -0.2
    assert round_sig(123456.789, 3) == 123000.0
    arr = round_sig(np.array([28 / 35 - 1, 0.0, np.nan, 1 / 3]), 4)
    assert arr[0] == -0.2 and arr[1] == 0.0 and np.isnan(arr[2]) and arr[3] == 0.3333


@pytest.mark.parametrize(
    "slope, level",
    [
        # spec §2.1 agricultural slope ≤2 / 2–6 / 6–15 / 15–25 / >25 (upper bound inclusive)
        (0, 1),
        (2, 1),
        (2.001, 2),
        (6, 2),
        (6.5, 3),
        (15, 3),
        (15.01, 4),
        (25, 4),
        (25.01, 5),
    ],
)
def test_agri_slope_grading(slope, level):
    g = P.get("dual.land.agri_slope")
    assert grade(slope, g["breaks"], g["levels"], g["closed"]) == level


def test_precipitation_grading_left_closed_on_arrays():
    # spec §2.1: ≥1200 好(1), 800–1200 (2), 400–800 (3), 200–400 (4), <200 (5)
    g = P.get("dual.water.agri_precipitation")
    values = np.array([1300, 1200, 1199.9, 800, 400, 399, 200, 199.9])
    assert grade(values, g["breaks"], g["levels"], g["closed"]).tolist() == [1, 1, 2, 2, 3, 4, 4, 5]


def test_matrix_lookup_is_one_based():
    m = P.get("dual.agriculture.land_water_matrix")
    assert matrix_lookup(m, 1, 5) == 5 and matrix_lookup(m, 3, 3) == 3
    assert matrix_lookup(m, np.array([1, 4]), np.array([2, 2])).tolist() == [1, 4]
