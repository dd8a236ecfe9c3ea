"""气候: 光热条件 (≥ 0 °C accumulated temperature, with an optional lapse-rate
correction on the daily means) and 舒适度 (temperature-humidity index THI,
monthly, modal grade), on numpy arrays."""

from typing import Mapping, Sequence

import numpy as np

from .grading import NODATA, grade


def thi(temperature_c, humidity_pct):
    """温湿指数 THI = 1.8T + 32 − 0.55(1 − RH)(1.8T − 26), T in °C, RH in %
    (spec §2.1; the same as T_F − 0.55(1 − RH)(T_F − 58) with T_F in °F)."""
    t = np.asarray(temperature_c, dtype=np.float64)
    rh = np.asarray(humidity_pct, dtype=np.float64) / 100.0
    return 1.8 * t + 32.0 - 0.55 * (1.0 - rh) * (1.8 * t - 26.0)


def modal_level(
    levels: Sequence[np.ndarray], tie: str = "worse", n_levels: int = 5, nodata: int = NODATA
) -> np.ndarray:
    """The most frequent level across ``levels`` (one array per month); a
    tie goes to the worse (higher) level, or with ``tie="better"`` to the
    better one. A cell with no valid month is nodata."""
    stack = np.stack([np.asarray(lv) for lv in levels])
    counts = np.stack([(stack == k).sum(axis=0) for k in range(1, n_levels + 1)])
    order = range(n_levels - 1, -1, -1) if tie == "worse" else range(n_levels)
    best = np.full(stack.shape[1:], nodata, dtype=np.uint8)
    best_n = np.zeros(stack.shape[1:], dtype=np.int64)
    for k in order:
        better = counts[k] > best_n
        best[better] = k + 1
        best_n[better] = counts[k][better]
    return best


def comfort_level(
    temperatures: Sequence[np.ndarray],
    humidities: Sequence[np.ndarray],
    section: Mapping,
    precision: int = 10,
) -> np.ndarray:
    """舒适度 level: THI of each month graded by the profile, then the modal
    level (``section`` = ``dual.climate.comfort``)."""
    monthly = []
    for t, h in zip(temperatures, humidities):
        monthly.append(
            grade(thi(t, h), section["breaks"], section["levels"], section["closed"], precision)
        )
    return modal_level(monthly, section.get("tie", "worse"), n_levels=max(section["levels"]))


class LapsedAccumulation:
    """≥ base accumulated temperature of a reference series moved to other
    elevations: each daily (or monthly) mean becomes T + γ·(z − z_ref); the
    sum over the records at or above ``base`` of (T · days) is taken.

    Exact and fast for any number of cells: the means are sorted once, so a
    cell needs one binary search and two look-ups.
    """

    def __init__(
        self,
        means: Sequence[float],
        days: Sequence[float],
        z_ref: float,
        lapse_rate: float,
        base: float = 0.0,
    ):
        t = np.asarray(means, dtype=np.float64)
        w = np.asarray(days, dtype=np.float64)
        order = np.argsort(t)
        self.t = t[order]
        self.w = w[order]
        # suffix sums: Σ_{j ≥ i} w_j·t_j and Σ_{j ≥ i} w_j
        self.sum_wt = np.concatenate((np.cumsum((self.w * self.t)[::-1])[::-1], [0.0]))
        self.sum_w = np.concatenate((np.cumsum(self.w[::-1])[::-1], [0.0]))
        self.z_ref = float(z_ref)
        self.lapse = float(lapse_rate)
        self.base = float(base)

    def at(self, elevation) -> np.ndarray:
        z = np.asarray(elevation, dtype=np.float64)
        shift = self.lapse * (z - self.z_ref)
        # records with t + shift ≥ base, i.e. t ≥ base − shift
        idx = np.searchsorted(self.t, np.nan_to_num(self.base - shift), side="left")
        out = self.sum_wt[idx] + shift * self.sum_w[idx]
        return np.where(np.isnan(z), np.nan, out)


def days_of_months(months: Sequence[int]) -> np.ndarray:
    """Days in each month of a non-leap year (monthly means weigh by it)."""
    d = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
    return np.array([d[int(m)] for m in months], dtype=np.float64)
