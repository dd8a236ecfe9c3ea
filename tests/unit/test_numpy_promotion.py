"""NumPy 2 (Debian 13) raises when a Python integer does not fit an array's
dtype (NEP 50) where NumPy 1 (Debian 12) silently wrapped or widened. The
suite runs with NEP 50 rules on NumPy 1 as well (tests/conftest.py), so code
that would fail on NumPy 2 fails on both; the level shifts below are the
place where it did (the 连片度 correction and the 城镇建设 grading steps)."""

import os

import numpy as np
import pytest

from cc_warning_plugin.core.dual import grading


def test_the_suite_runs_with_numpy2_promotion_rules():
    with pytest.raises(OverflowError):
        np.zeros(3, dtype=np.uint8) + 300
    with pytest.raises(OverflowError):
        np.zeros(3, dtype=np.uint8)[0] = -1
    if np.lib.NumpyVersion(np.__version__) < "2.0.0":
        # inherited by qgis_process and the demo started from the tests
        assert os.environ["NPY_PROMOTION_STATE"] == "weak"


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16])
def test_level_shifts_clamp_without_wrapping(dtype):
    # levels 1 (best) … 5 (worst), 0 = nodata; the metric grades into 3 intervals:
    # < 0.2 → shift −2, [0.2, 0.6) → +1, ≥ 0.6 → +3
    level = np.array([1, 2, 3, 4, 5, 4, 2, 0], dtype=dtype)
    metric = np.array([0.1, 0.1, 0.1, 0.3, 0.3, 0.7, 0.7, 0.1])
    actions = [{"shift": -2}, {"shift": 1}, {"shift": 3}]
    changed = grading.apply_actions(level, metric, [0.2, 0.6], "left", actions, lo=1, hi=5)
    # 1−2 → 1 (not 255), 2−2 → 1, 3−2 → 1; 4+1 = 5, 5+1 → 5; 4+3 → 5, 2+3 = 5; nodata stays
    assert level.tolist() == [1, 1, 1, 5, 5, 5, 5, 0]
    assert level.dtype == dtype
    assert changed.tolist() == [False, True, True, True, False, True, True, False]


def test_step_shift_down_from_the_lowest_level_stays_there():
    level = np.array([1, 3], dtype=np.uint8)
    on = (np.array([1, 1]), np.array([True, True]))
    steps = [{"rules": [{"when": {"location": [1]}, "shift": -1}]}]
    assert grading.apply_steps(level, {"location": on}, steps) == [True]
    assert level.tolist() == [1, 2]
