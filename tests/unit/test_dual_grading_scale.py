"""grade(..., scale=slope_tan2): slope breaks in degrees applied to values of
tan²(slope) give the classes of the slope in degrees, breaks included."""

import math

import numpy as np
import pytest

from cc_warning_plugin.core.dual.grading import grade, slope_tan2

BREAKS = [2.0, 6.0, 15.0, 25.0]
LEVELS = [1, 2, 3, 4, 5]


def tan2(degrees):
    return np.array([math.tan(math.radians(d)) ** 2 for d in degrees])


@pytest.mark.parametrize(
    "closed, expected",
    [
        # (−∞, 2], (2, 6], (6, 15], (15, 25], (25, ∞)
        ("right", [1, 1, 2, 2, 3, 4, 4, 5, 5]),
        # (−∞, 2), [2, 6), [6, 15), [15, 25), [25, ∞)
        ("left", [1, 2, 2, 3, 3, 4, 5, 5, 5]),
    ],
)
def test_slope_classes_from_tan2_equal_the_classes_in_degrees(closed, expected):
    degrees = [0.0, 2.0, 2.5, 6.0, 10.0, 20.0, 25.0, 40.0, 89.0]
    by_tan2 = grade(tan2(degrees), BREAKS, LEVELS, closed, scale=slope_tan2)
    assert by_tan2.tolist() == expected
    assert grade(np.array(degrees), BREAKS, LEVELS, closed).tolist() == expected


def test_missing_cells_get_nodata_and_a_vertical_break_stays_finite():
    assert slope_tan2(90.0) == math.tan(math.radians(89.999999)) ** 2
    assert slope_tan2(-1.0) == 0.0
    out = grade(np.array([np.nan, 0.0]), [90.0], [1, 2], scale=slope_tan2, nodata=0)
    assert out.tolist() == [0, 1]
