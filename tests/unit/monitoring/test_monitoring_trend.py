"""Spearman rank-correlation trend: ranks with ties, rs worked by hand (the
report formula and the Pearson form), the critical values of the profile's
table, its boundary and the normal approximation beyond it; annual
statistics from daily values."""

import math

import numpy as np
import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.monitoring import (
    annual_statistics,
    average_ranks,
    critical_values,
    spearman_rs,
    spearman_test,
    spearman_trends,
)
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


def test_average_ranks_share_ties():
    assert average_ranks([3, 1, 3, 2]).tolist() == [3.5, 1.0, 3.5, 2.0]
    assert average_ranks([5, 5, 5]).tolist() == [2.0, 2.0, 2.0]


def test_rs_with_a_tie_by_hand():
    # 2019-2023: 40, 38, 38, 35, 33 -> ranks of the values 5, 3.5, 3.5, 2, 1
    # d = (1-5, 2-3.5, 3-3.5, 4-2, 5-1) -> Σd² = 16 + 2.25 + 0.25 + 4 + 16 = 38.5
    # rs = 1 - 6·38.5 / (125 - 5) = -0.925
    assert spearman_rs([40, 38, 38, 35, 33]) == pytest.approx(-0.925)
    # Pearson of the ranks: Σxy = -9.5, Σx² = 10, Σy² = 9.5 -> -9.5 / √95
    assert spearman_rs([40, 38, 38, 35, 33], "pearson") == pytest.approx(-9.5 / math.sqrt(95))
    res = spearman_test([40, 38, 38, 35, 33], P)
    # n = 5: W(0.05) = 0.900, W(0.01) = 1.000 -> significant fall at 0.05
    assert (res["trend"], res["level"], res["method"]) == ("falling", 0.05, "table")
    assert res["critical"] == [0.900, 1.000]


def test_sample_pm25_example_of_the_docs():
    # 2019-2025: 52, 49, 49, 45, 41, 43, 38 -> value ranks 7, 5.5, 5.5, 4, 2, 3, 1
    # d = -6, -3.5, -2.5, 0, 3, 3, 6 -> Σd² = 108.5; rs = 1 - 651/336 = -0.9375
    res = spearman_test([52, 49, 49, 45, 41, 43, 38], P)
    assert res["rs"] == pytest.approx(-0.9375)
    # n = 7: |rs| >= 0.893 -> significant at 0.01
    assert (res["trend"], res["level"]) == ("falling", 0.01)


def test_sample_o3_example_is_not_significant():
    # ranks 2, 5, 1, 7, 3, 6, 4 -> Σd² = 1+9+4+9+4+0+9 = 36; rs = 1 - 216/336 = 0.357…
    res = spearman_test([150, 158, 149, 162, 155, 160, 157], P)
    assert res["rs"] == pytest.approx(1 - 216 / 336)
    assert (res["trend"], res["level"]) == ("none", None)


def test_rs_equal_to_the_table_value_is_significant():
    # one swap of neighbours: Σd² = 2, rs = 1 - 12/120 = 0.9 = W(0.05, n = 5)
    res = spearman_test([20, 10, 30, 40, 50], P)
    assert res["rs"] == pytest.approx(0.9)
    assert (res["trend"], res["level"]) == ("rising", 0.05)


def test_between_rows_the_smaller_n_and_beyond_the_table_the_normal_approximation():
    assert critical_values(11, P) == ([0.564, 0.746], "table")  # the row of n = 10
    assert critical_values(30, P) == ([0.306, 0.432], "table")
    crit, method = critical_values(40, P)
    assert method == "normal"
    assert crit == pytest.approx([1.645 / math.sqrt(39), 2.326 / math.sqrt(39)])
    assert crit == pytest.approx([0.26341, 0.37246], abs=1e-5)


def test_too_few_years_or_no_change():
    assert spearman_test([3, 2, 1, 0], P)["trend"] == "too_short"
    res = spearman_test([7, 7, 7, 7, 7, 7], P)
    assert (res["rs"], res["trend"]) == (0.0, "none")


def test_trends_per_station_and_pollutant():
    years = list(range(2019, 2026))
    rows = [("S1", "pm25", y, v) for y, v in zip(years, [52, 49, 49, 45, 41, 43, 38])]
    rows += [("R1", "do", y, v) for y, v in zip(years, [7.9, 7.5, 7.1, 6.8, 6.2, 6.0, 5.5])]
    rows += [("R1", "codmn", y, v) for y, v in zip(years[:4], [3, 4, 5, 6])]
    rows += [("S1", "no2", 2019, None)]
    df = pd.DataFrame(rows, columns=["station_id", "pollutant", "year", "value"])
    t = spearman_trends(df, P).set_index(["station_id", "pollutant"])
    assert t.loc[("S1", "pm25"), "trend"] == "falling"
    assert t.loc[("S1", "pm25"), "change"] == "improving"
    # DO falling is a worsening; every value lower: rs = -1
    assert t.loc[("R1", "do"), "rs"] == pytest.approx(-1.0)
    assert t.loc[("R1", "do"), "change"] == "worsening"
    assert t.loc[("R1", "do"), "level"] == 0.01
    assert t.loc[("R1", "codmn"), "trend"] == "too_short"
    assert ("S1", "no2") not in t.index  # no value: no series
    assert t.loc[("S1", "pm25"), "critical_0.05"] == 0.714
    assert (t.loc[("S1", "pm25"), "first_year"], t.loc[("S1", "pm25"), "last_year"]) == (2019, 2025)


def test_two_values_for_one_year_are_refused():
    df = pd.DataFrame(
        {
            "station_id": ["S1", "S1"],
            "pollutant": ["pm25", "pm25"],
            "year": [2020, 2020],
            "value": [30, 31],
        },
        index=[7, 8],
    )
    with pytest.raises(InputError) as err:
        spearman_trends(df, P, name="annual.csv")
    assert "annual.csv" in str(err.value) and "rows 7, 8" in str(err.value)
    df = pd.DataFrame(
        {"station_id": ["S1"], "pollutant": ["pm25"], "year": ["2020年"], "value": [30]}
    )
    with pytest.raises(InputError, match="2020年"):
        spearman_trends(df, P)


def test_annual_statistics_mean_and_percentile_by_hand():
    days = pd.date_range("2025-01-01", "2025-12-31", freq="D")
    n = len(days)
    daily = pd.concat(
        [
            pd.DataFrame(
                {
                    "station_id": "S1",
                    "pollutant": "co",
                    "date": days,
                    "value": np.arange(1, n + 1, dtype=float),
                    "valid": True,
                }
            ),
            pd.DataFrame(
                {
                    "station_id": "S1",
                    "pollutant": "pm25",
                    "date": days,
                    "value": np.where(np.arange(n) < 100, 60.0, 30.0),
                    "valid": True,
                }
            ),
            pd.DataFrame(
                {
                    "station_id": "S2",
                    "pollutant": "pm25",
                    "date": days,
                    "value": 30.0,
                    "valid": days.month != 2,
                }
            ),
        ],
        ignore_index=True,
    )
    a = annual_statistics(daily, P).set_index(["station_id", "pollutant"])
    # CO: 95th percentile of 1..365: k = 1 + 364·0.95 = 346.8 -> 346.8
    assert a.loc[("S1", "co"), "statistic"] == "co_p95"
    assert a.loc[("S1", "co"), "value"] == pytest.approx(346.8)
    # PM2.5: (100·60 + 265·30) / 365
    assert a.loc[("S1", "pm25"), "value"] == pytest.approx((100 * 60 + 265 * 30) / 365)
    # S2: February without a valid day: 337 days, but the month rule fails
    assert not a.loc[("S2", "pm25"), "valid"]
    assert pd.isna(a.loc[("S2", "pm25"), "value"])
    assert a.loc[("S2", "pm25"), "note"] == "too few valid days in month(s) 2"
    assert a.loc[("S2", "pm25"), "valid_days"] == 337
