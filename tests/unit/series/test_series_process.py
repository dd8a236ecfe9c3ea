"""The 生态质量 component of the 2016 过程评价 from a yearly series
(core/series/process.py): reading long and wide series tables, the rate of
the fitted line in place of the two-year rate, the type decided again, and
the notes of units whose series cannot be used. Numbers worked by hand."""

import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.series import process

P = load_profile()


def test_long_table_with_the_cover_column():
    # A: 50, 49, 48, 47, 46 in 2016–2020: the line goes through them, 50 → 46:
    # rate (46/50)^(1/4) − 1 = −2.062964 %/a
    frame = pd.DataFrame(
        {
            "行政区划代码": ["A"] * 5,
            "年份": list(range(2016, 2021)),
            "备注": ["x"] * 5,
            "林草覆盖率": [50, 49, 48, 47, 46],
        }
    )
    rec = process.read_ecology_series(frame, P, "series")["A"]
    assert rec["rate_fit_pct"] == pytest.approx(-2.0629638664, abs=1e-9)
    assert (rec["first_year"], rec["last_year"]) == (2016, 2020)


def test_wide_table_and_a_short_series():
    frame = pd.DataFrame(
        {
            "unit_code": ["A", "B"],
            "2016年": [50, None],
            "2017年": [49, None],
            "2018年": [48, 50],
            "2019年": [47, 50],
            "2020年": [46, 50],
        }
    )
    recs = process.read_ecology_series(frame, P, "series")
    assert recs["A"]["rate_fit_pct"] == pytest.approx(-2.0629638664, abs=1e-9)
    assert recs["B"]["status"] == "too_few_years" and recs["B"].get("rate_fit_pct") is None


def test_ambiguous_value_column_is_refused_with_the_columns():
    frame = pd.DataFrame({"unit_code": ["A"], "year": [2016], "甲": [1], "乙": [2]})
    with pytest.raises(InputError) as err:
        process.read_ecology_series(frame, P, "series")
    assert "series" in str(err.value) and "甲" in str(err.value) and "林草覆盖率" in str(err.value)


def row(eff, emis, eco, type_, note=""):
    return {
        "trend_eff_worse": eff,
        "trend_emis_worse": emis,
        "trend_eco_worse": eco,
        "trend_type": type_,
        "trend_note": note,
        "trend_r_cover": 0.0,
    }


def test_series_replaces_the_ecology_group_and_decides_again():
    worse = {"status": "ok", "rate_fit_pct": -2.0, "first_year": 2016, "last_year": 2020}
    better = {"status": "ok", "rate_fit_pct": 0.5, "first_year": 2016, "last_year": 2020}
    rows = [
        row(1, 0, 0, "easing"),  # series worse: 2 of 3 → worsening
        row(1, 1, 1, "worsening"),  # series not worse: still 2 of 3
        row(0, 0, 1, "easing"),  # series not worse: 0 of 3 → easing
        row(
            1, None, None, "not_evaluated", "missing values could change the trend type: x"
        ),  # series worse: 2 → decided
        row(1, 0, 0, "easing"),
    ]  # no series: kept
    codes = ["A", "B", "C", "D", "E"]
    recs = {"A": worse, "B": better, "C": better, "D": worse}
    process.apply_series_ecology(rows, codes, recs, P, national_rate=-1.0)
    assert [r["trend_type"] for r in rows] == [
        "worsening",
        "worsening",
        "easing",
        "worsening",
        "easing",
    ]
    assert [r["trend_eco_worse"] for r in rows[:4]] == [1, 0, 0, 1]
    assert rows[0]["trend_r_cover"] == -2.0 and rows[0]["trend_n_worse"] == 2
    assert rows[2]["trend_n_worse"] == 0
    assert "2016–2020" in rows[0]["trend_note"]
    assert rows[3]["trend_note"].endswith(
        "two-year inputs: missing values could change the trend type: x"
    )
    assert "no ecological-quality series" in rows[4]["trend_note"]


def test_a_series_without_a_rate_keeps_the_two_year_rate():
    rows = [row(1, 0, 0, "easing")]
    short = {"status": "too_few_years", "note": "3 year(s) with values"}
    process.apply_series_ecology(rows, ["A"], {"A": short}, P, national_rate=-1.0)
    assert rows[0]["trend_type"] == "easing" and rows[0]["trend_eco_worse"] == 0
    assert "3 year(s) with values" in rows[0]["trend_note"]


def test_a_rate_equal_to_the_national_rate_is_not_worse():
    rows = [row(1, 0, 0, "easing")]
    rec = {"status": "ok", "rate_fit_pct": -1.0, "first_year": 2016, "last_year": 2020}
    process.apply_series_ecology(rows, ["A"], {"A": rec}, P, national_rate=-1.0)
    assert rows[0]["trend_eco_worse"] == 0 and rows[0]["trend_type"] == "easing"


def test_national_rate_needed():
    with pytest.raises(InputError):
        process.apply_series_ecology([row(1, 0, 0, "easing")], ["A"], {}, P, None)
