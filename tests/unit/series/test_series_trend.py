"""Trend of a yearly series per unit: long and wide tables, the records with
hand-computed numbers, level and change classes from the profile, notes for
short or gappy series, and clear errors for bad tables."""

import textwrap

import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.series import trend

P = load_profile()


def profile_with(tmp_path, body):
    path = tmp_path / "p.toml"
    path.write_text('[profile]\nextends = "default"\n' + textwrap.dedent(body), encoding="utf-8")
    return load_profile(str(path))


def long_frame():
    # unit A: EI 50, 52, 51, 54, 55 in 2010–2014 (the series of test_series_stats + 40)
    # unit B: 2012 missing; unit C: three years only
    rows = []
    for y, v in zip(range(2010, 2015), [50, 52, 51, 54, 55]):
        rows.append({"县": "A", "年份": y, "EI": v})
    for y, v in zip([2010, 2011, 2013, 2014, 2015], [60, 61, 62, 63, 64]):
        rows.append({"县": "B", "年份": f"{y}年", "EI": v})
    for y in (2012, 2013, 2014):
        rows.append({"县": "C", "年份": y, "EI": 40})
    return pd.DataFrame(rows)


def by_unit(records):
    return {r["unit"]: r for r in records}


def test_long_table_records_by_hand():
    series = trend.series_from_long(long_frame(), "县", "年份", value_columns=["EI"])
    recs = by_unit(trend.trend_table(series, P))
    a = recs["A"]
    assert a["status"] == trend.OK and a["indicator_key"] == "ei"
    # slope 1.2 per year; change 1.2 × 4 = 4.8 (fit), 55 − 50 = 5 (observed)
    assert a["slope"] == pytest.approx(1.2) and a["r2"] == pytest.approx(1 - 2.8 / 17.2)
    assert a["change_fit"] == pytest.approx(4.8) and a["change_observed"] == 5
    # fitted first/last year 50.0 / 54.8 → annual rate (54.8/50)^(1/4) − 1 = 2.3181 %
    assert a["fit_first"] == pytest.approx(50.0) and a["fit_last"] == pytest.approx(54.8)
    assert a["rate_fit_pct"] == pytest.approx(((54.8 / 50.0) ** 0.25 - 1) * 100)
    assert 2.318 < a["rate_fit_pct"] < 2.319
    # MK: S = 8, exact p = 10/120 (n = 5 ≤ exact_max_n = 10) → not significant at 0.05
    assert a["mk_s"] == 8 and a["mk_p"] == pytest.approx(1 / 12)
    assert a["mk_trend"] == trend.NO_TREND and a["significant_mk"] is False
    # OLS p = 0.02937 < 0.05 → significant; Sen 1.125 → change 4.5
    assert a["significant_ols"] is True
    assert a["sen_slope"] == pytest.approx(1.125) and a["sen_change"] == pytest.approx(4.5)
    # classes: level of the last value 55 → [55, 75) 良 (closed left: 55 is 良);
    # change 4.8 → |Δ| in [3, 8) → 明显变好
    assert a["level_class"] == "good" and a["change_class"] == "obviously_better"


def test_gap_and_short_series_get_a_note_not_a_number():
    series = trend.series_from_long(long_frame(), "县", "年份", value_columns=["EI"])
    recs = by_unit(trend.trend_table(series, P))
    b, c = recs["B"], recs["C"]
    assert b["status"] == trend.GAPS and "2012" in b["note"] and b["missing_years"] == "2012"
    assert "slope" not in b and "level_class" not in b
    assert c["status"] == trend.TOO_FEW and "3" in c["note"] and "5" in c["note"]
    assert "slope" not in c


def test_allowed_gap_uses_the_real_years(tmp_path):
    p = profile_with(tmp_path, "[series_trend]\nmax_missing = 1\n")
    series = trend.series_from_long(long_frame(), "县", "年份", value_columns=["EI"])
    b = by_unit(trend.trend_table(series, p))["B"]
    # B: x = 2010, 2011, 2013, 2014, 2015 (mean 2012.6), y = 60 … 64 (mean 62)
    # Sxx = 2.6² + 1.6² + 0.4² + 1.4² + 2.4² = 17.2; Sxy = 2.6·2 + 1.6·1 + 0 + 1.4·1 + 2.4·2 = 13
    assert b["status"] == trend.OK and "2012" in b["note"]
    assert b["slope"] == pytest.approx(13 / 17.2)
    assert b["change_fit"] == pytest.approx(13 / 17.2 * 5)


def test_level_and_change_options(tmp_path):
    p = profile_with(
        tmp_path,
        """
        [series_trend]
        level_of = "fit_last"
        change_of = "observed"
        significance_gate = "mk"
    """,
    )
    series = trend.series_from_long(long_frame(), "县", "年份", value_columns=["EI"])
    a = by_unit(trend.trend_table(series, p))["A"]
    # fitted last year 54.8 < 55 → 一般; observed change 5 would be 明显变好, but the MK
    # p (1/12) is not below 0.05 → graded as 无明显变化, with a note
    assert a["level_value"] == pytest.approx(54.8) and a["level_class"] == "fair"
    assert a["change_value"] == 5 and a["change_class"] == "no_obvious_change"
    assert "0.05" in a["note"]


def test_wide_table_and_indicator_column():
    frame = pd.DataFrame(
        [
            {
                "单元": "甲",
                "指标": "生态环境状况指数",
                "2010": 80,
                "2011年": 79,
                "Y2012": 78,
                "2013": 77,
                "2014": 76,
            },
            {
                "单元": "甲",
                "指标": "森林覆盖率",
                "2010": 30,
                "2011年": 30,
                "Y2012": 31,
                "2013": 31,
                "2014": 32,
            },
        ]
    )
    series = trend.series_from_wide(frame, "单元", indicator_column="指标")
    recs = {r["indicator"]: r for r in trend.trend_table(series, P)}
    ei = recs["生态环境状况指数"]
    # 80 … 76: slope −1, change −4 → |Δ| in [3, 8) → 明显变差; last 76 → 优
    assert ei["slope"] == pytest.approx(-1.0) and ei["change_class"] == "obviously_worse"
    assert ei["level_class"] == "excellent" and ei["mk_s"] == -10
    forest = recs["森林覆盖率"]
    # no entry in [series_trend.indicators]: numbers, no classes
    assert forest["indicator_key"] is None and "level_class" not in forest
    assert forest["slope"] == pytest.approx(0.5)  # Sxy = 5, Sxx = 10


def test_year_columns_detected():
    cols = ["县", "2015", "2016年", "Y2017", "year_2018", "面积", 2019]
    assert trend.year_columns(cols) == {
        "2015": 2015,
        "2016年": 2016,
        "Y2017": 2017,
        "year_2018": 2018,
        2019: 2019,
    }


def test_bad_tables_name_the_row_and_column():
    dup = pd.DataFrame([{"县": "A", "年份": 2010, "EI": 1}, {"县": "A", "年份": 2010, "EI": 2}])
    with pytest.raises(InputError, match="row 1.*row 2"):
        trend.series_from_long(dup, "县", "年份", value_columns=["EI"])
    text = pd.DataFrame([{"县": "A", "年份": 2010, "EI": "高"}])
    with pytest.raises(InputError, match="row 1: column 'EI'"):
        trend.series_from_long(text, "县", "年份", value_columns=["EI"])
    year = pd.DataFrame([{"县": "A", "年份": "去年", "EI": 1}])
    with pytest.raises(InputError, match="not a year"):
        trend.series_from_long(year, "县", "年份", value_columns=["EI"])
    with pytest.raises(InputError, match="'面积'"):
        trend.series_from_long(dup, "县", "年份", value_columns=["面积"])
    with pytest.raises(InputError, match="one column per year"):
        trend.series_from_wide(pd.DataFrame([{"县": "A", "2010": 1}]), "县")


def test_empty_cells_are_missing_years():
    frame = pd.DataFrame(
        [{"县": "A", "年份": y, "EI": (None if y == 2012 else 50.0)} for y in range(2010, 2016)]
    )
    rec = trend.trend_table(trend.series_from_long(frame, "县", "年份", ["EI"]), P)[0]
    assert rec["status"] == trend.GAPS and rec["missing_years"] == "2012"
    assert rec["n_years"] == 5


def test_ecology_component_of_the_2016_process_from_a_series():
    series = trend.series_from_long(long_frame(), "县", "年份", value_columns=["EI"])
    recs = by_unit(trend.trend_table(series, P))
    # unit A: fitted rate 2.318 %/a; worse (趋差) only when the national rate is higher
    assert trend.ecology_worse(recs["A"], 2.0, P.precision) is False
    assert trend.ecology_worse(recs["A"], 2.5, P.precision) is True
    assert trend.ecology_worse(recs["C"], 2.0, P.precision) is None  # too few years
