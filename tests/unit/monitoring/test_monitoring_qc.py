"""Quality control of monitoring records: every record code on hand-made
series (with its boundary), the precedence of codes, gaps, HJ 663-2013
validity of daily means, O3 daily maxima and annual statistics, water years,
the tampering indicators, the input checks and the handling of the input
frame (order, index, not modified, categorical columns, cancel)."""

import textwrap

import numpy as np
import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.monitoring import Cancelled, daily_values, quality_control
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


def hourly(values, start="2025-01-01", station="S1", pollutant="pm25", **extra):
    t = pd.date_range(start, periods=len(values), freq="h")
    return pd.DataFrame(
        {
            "station_id": station,
            "time": t,
            "pollutant": pollutant,
            "value": np.asarray(values, dtype=float),
            **extra,
        }
    )


def wavy(n, base=30.0):
    """Values that hold no flat line, no jump and no repeated value: 30..36."""
    return base + np.arange(n) % 7


def codes(result):
    return result.records["qc_code"].astype(str).to_list()


def found(result, code=None):
    f = result.findings
    return f if code is None else f[f["code"] == code].reset_index(drop=True)


def extends(tmp_path, body):
    path = tmp_path / "p.toml"
    path.write_text('[profile]\nextends = "default"\n' + textwrap.dedent(body), "utf-8")
    return load_profile(str(path))


# -- record codes -------------------------------------------------------------


def test_single_record_faults_and_the_first_copy_of_a_duplicate():
    v = wavy(6)
    v[1] = np.nan  # missing
    v[2] = -1.0  # negative
    v[3] = 1000.5  # PM2.5 instrument range 1000 ug/m3
    df = hourly(v)
    # hour 4 sent again with the same value, hour 5 again with another value
    df = pd.concat([df, df.iloc[[4]], df.iloc[[5]].assign(value=99.0)], ignore_index=True)
    r = quality_control(df, P, annual=False)
    assert codes(r) == [
        "ok",
        "missing",
        "negative",
        "above_range",
        "ok",
        "conflict",
        "duplicate",
        "conflict",
    ]
    assert r.records["valid"].to_list() == [True, False, False, False, True, False, False, False]
    # a value exactly at the range is possible
    assert codes(quality_control(hourly([1000.0, 31.0]), P, annual=False)) == ["ok", "ok"]


def test_a_record_without_value_does_not_conflict_with_one_of_the_same_hour():
    df = hourly([30.0, 31.0])
    df = pd.concat([df, df.iloc[[1]].assign(value=np.nan)], ignore_index=True)
    assert codes(quality_control(df, P, annual=False)) == ["ok", "ok", "missing"]


def test_precedence_follows_the_profile_order(tmp_path):
    df = hourly([30.0, 31.0])
    df = pd.concat([df, df.iloc[[1]].assign(value=-5.0)], ignore_index=True)
    # negative comes before conflict: the negative copy is "negative", the
    # other record of the hour "conflict"
    assert codes(quality_control(df, P, annual=False)) == ["ok", "conflict", "negative"]
    p = extends(
        tmp_path,
        """
        [monitoring.codes]
        record_order = ["conflict", "missing", "negative", "above_range", "duplicate",
                        "flat_line", "jump"]
    """,
    )
    assert codes(quality_control(df, p, annual=False)) == ["ok", "conflict", "conflict"]


def test_flat_line_needs_n_identical_consecutive_records():
    # PM2.5 hourly: N = 12 (monitoring.flat_line.records.hour)
    v = np.r_[wavy(3), np.full(11, 44.0), wavy(3), np.full(12, 44.0), wavy(3)]
    r = quality_control(hourly(v), P, annual=False)
    c = codes(r)
    assert c[3:14] == ["ok"] * 11
    assert c[17:29] == ["flat_line"] * 12
    assert c.count("flat_line") == 12
    # one finding for the run, across midnight
    f = found(r, "flat_line")
    assert f["count"].to_list() == [12]
    assert f.at[0, "period"] == "2025-01-01 17:00 – 2025-01-02 04:00"
    assert f.at[0, "reason"] == (
        "12 consecutive records of the same value 44 (a flat line from 12 records on)"
    )
    # CO overrides N with 24: 12 identical values are not a flat line
    co = np.r_[np.arange(3) / 10 + 0.5, np.full(12, 0.8), np.arange(3) / 10 + 0.5]
    assert "flat_line" not in codes(quality_control(hourly(co, pollutant="co"), P, annual=False))


def test_flat_lines_by_resolution():
    # daily series: 5 identical days make a flat line (4 do not)
    days = pd.date_range("2025-01-01", periods=12, freq="D")
    v = np.r_[[30.0, 31.0], np.full(5, 40.0), [32.0], np.full(4, 41.0)]
    df = pd.DataFrame(
        {"station_id": "S1", "time": days, "pollutant": "pm25", "value": v, "resolution": "day"}
    )
    assert codes(quality_control(df, P, annual=False)).count("flat_line") == 5
    # monthly water values are not checked: below the detection limit, the
    # same value is reported month after month
    months = pd.date_range("2025-01-01", periods=12, freq="MS")
    df = pd.DataFrame(
        {"station_id": "W1", "time": months, "pollutant": "cr6", "value": 0.004, "kind": "water"}
    )
    assert set(codes(quality_control(df, P, annual=False))) == {"ok"}


def test_a_flat_line_is_counted_over_the_records_left_by_the_single_record_checks():
    # 12 × 44 with a negative value in the middle: the run of valid records
    # is 6 + 6 = 12 long, one run (the negative record is not part of it)
    v = np.r_[wavy(2), np.full(6, 44.0), [-1.0], np.full(6, 44.0), wavy(2)]
    c = codes(quality_control(hourly(v), P, annual=False))
    assert c.count("flat_line") == 12 and c[8] == "negative"


def test_jump_needs_both_the_step_and_the_ratio():
    # PM2.5: jump_step 200 ug/m3 and jump_ratio 4 times the previous value
    v = [
        30.0,
        240.0,  # +210 > 200 and > 4·30 = 120  -> jump
        60.0,
        270.0,  # +210 > 200 but < 4·60 = 240  -> no
        10.0,
        190.0,  # +180 < 200                   -> no
        35.0,
    ]  # -155 from 190: < 200         -> no
    r = quality_control(hourly(v), P, annual=False)
    assert codes(r) == ["ok", "jump", "ok", "ok", "ok", "ok", "ok"]
    # a jump is to be reviewed, not dropped (profile: valid = true)
    assert r.records["valid"].all()
    assert found(r, "jump")["count"].to_list() == [1]


def test_jump_is_measured_from_the_previous_record_left_by_the_single_record_checks():
    # 30, 1500 (above range), 240: 240 follows 30 -> jump
    assert codes(quality_control(hourly([30.0, 1500.0, 240.0]), P, annual=False)) == [
        "ok",
        "above_range",
        "jump",
    ]


# -- gaps -----------------------------------------------------------------------


def test_gap_between_records():
    df = hourly(wavy(12)).drop(index=[5, 6, 7])
    f = found(quality_control(df, P, annual=False), "gap")
    assert f["count"].to_list() == [3]
    assert f.at[0, "period"] == "2025-01-01 05:00 – 2025-01-01 07:00"
    assert f.at[0, "reason"] == "no record for 3 hours"


def test_gaps_before_and_after_the_records_within_the_period():
    df = hourly(wavy(20), start="2025-01-01 02:00")  # 02:00 … 21:00
    r = quality_control(df, P, annual=False, period=("2025-01-01", "2025-01-02"))
    f = found(r, "gap")
    assert f["period"].to_list() == [
        "2025-01-01 00:00 – 2025-01-01 01:00",
        "2025-01-01 22:00 – 2025-01-01 23:00",
    ]
    assert f["count"].to_list() == [2, 2]


def test_gap_in_a_monthly_series():
    t = pd.to_datetime(["2025-01-10", "2025-02-12", "2025-05-08"])
    df = pd.DataFrame(
        {
            "station_id": "W1",
            "time": t,
            "pollutant": "do",
            "value": [8.0, 7.5, 6.9],
            "kind": "water",
        }
    )
    f = found(quality_control(df, P, annual=False), "gap")
    assert f["period"].to_list() == ["2025-03 – 2025-04"] and f["count"].to_list() == [2]


# -- HJ 663-2013 validity --------------------------------------------------------


def test_daily_mean_needs_20_valid_hours():
    day1 = hourly(wavy(20))  # 00:00-19:00: 20 hours
    day2 = hourly(wavy(19), start="2025-01-02")  # 19 hours
    r = quality_control(pd.concat([day1, day2], ignore_index=True), P, annual=False)
    f = found(r, "day_incomplete")
    assert f["period"].to_list() == ["2025-01-02"] and f["count"].to_list() == [19]
    d = daily_values(r.records, P)
    assert d["valid"].to_list() == [True, False]
    assert d["n"].to_list() == [20, 19]
    # mean of the valid hours: 30..36 repeating; 20 hours = 2 weeks of 7 + 30..35
    assert d.at[0, "value"] == pytest.approx((2 * sum(range(30, 37)) + sum(range(30, 36))) / 20)


def test_invalid_hours_do_not_count_towards_a_day():
    v = wavy(24)
    v[[2, 9, 15, 20, 21]] = -1.0  # 19 valid hours left
    r = quality_control(hourly(v), P, annual=False)
    assert found(r, "day_incomplete")["count"].to_list() == [19]


def o3_day(values):
    return hourly(values, pollutant="o3")


def test_o3_daily_maximum_of_8h_means_by_hand():
    # hour h holds 50 + 5h: the window ending at e (hours e-8 … e-1) has the
    # mean 50 + 5(2e - 9)/2; the largest, ending at 24:00, is 147.5
    d = daily_values(quality_control(o3_day(50.0 + 5 * np.arange(24)), P).records, P)
    assert d["statistic"].to_list() == ["max_8h"]
    assert d.at[0, "value"] == pytest.approx(147.5)
    assert d.at[0, "n"] == 17 and bool(d.at[0, "valid"])


def test_o3_needs_14_valid_8h_means():
    v = 80.0 + np.arange(24) % 5
    # without hours 0-4 the windows ending at 08, 09, 10 have 3, 4, 5 valid
    # hours (< 6): 17 - 3 = 14 valid windows -> valid
    r = quality_control(o3_day(v).drop(index=range(5)), P, annual=False)
    assert found(r, "o3_day_incomplete").empty
    assert daily_values(r.records, P).at[0, "n"] == 14
    # without hours 0-5 the window ending at 11 has 5 too: 13 -> invalid
    r = quality_control(o3_day(v).drop(index=range(6)), P, annual=False)
    f = found(r, "o3_day_incomplete")
    assert f["count"].to_list() == [13] and f["period"].to_list() == ["2025-01-01"]
    assert "at least 14" in f.at[0, "reason"]


def test_o3_with_too_few_windows_is_still_valid_above_the_limit():
    # hours 12-19 at 200: the window ending at 20:00 has the mean 200 > 160
    v = 80.0 + np.arange(24) % 5
    v[12:20] = 200.0 + np.arange(8) % 3
    r = quality_control(o3_day(v).drop(index=range(6)), P, annual=False)
    assert found(r, "o3_day_incomplete").empty
    d = daily_values(r.records, P)
    assert bool(d.at[0, "valid"]) and d.at[0, "n"] == 13
    assert d.at[0, "value"] == pytest.approx(sum(200 + i % 3 for i in range(8)) / 8)


def test_hour_stamp_end_puts_24_00_into_the_day_before(tmp_path):
    df = hourly(wavy(24), start="2025-01-01 01:00")  # 01:00 … 2025-01-02 00:00
    d = daily_values(quality_control(df, P, annual=False).records, P)
    assert d["n"].to_list() == [23, 1]  # stamps mark the start
    p = extends(tmp_path, '[monitoring]\nhour_stamp = "end"\n')
    d = daily_values(quality_control(df, p, annual=False).records, p)
    assert d["date"].to_list() == [pd.Timestamp("2025-01-01")] and d["n"].to_list() == [24]


def daily_year(drop_days):
    days = pd.date_range("2025-01-01", "2025-12-31", freq="D")
    days = days[~days.isin(pd.to_datetime(drop_days))]
    return pd.DataFrame(
        {
            "station_id": "S1",
            "time": days,
            "pollutant": "pm25",
            "value": 30.0 + np.arange(len(days)) % 7,
            "resolution": "day",
        }
    )


def test_annual_statistic_needs_25_days_in_february_and_27_in_other_months():
    drop = [
        "2025-02-01",
        "2025-02-02",
        "2025-02-03",
        "2025-02-04",  # Feb: 24 left
        "2025-03-01",
        "2025-03-02",
        "2025-03-03",
        "2025-03-04",
    ]  # Mar: 27 left
    r = quality_control(daily_year(drop), P)
    assert found(r, "gap")["period"].to_list() == [
        "2025-02-01 – 2025-02-04",
        "2025-03-01 – 2025-03-04",
    ]
    f = found(r)
    f = f[f["code"] != "gap"].reset_index(drop=True)
    assert f["code"].to_list() == ["month_incomplete"]
    assert f.at[0, "period"] == "2025-02" and f.at[0, "count"] == 24
    assert "at least 25" in f.at[0, "reason"]


def test_annual_statistic_needs_324_days():
    # 3 days off February (25 left), 4 off six 31-day months and 3 off the
    # seventh (27 and 28 left), 3 off each 30-day month (27 left):
    # 365 - 3 - 27 - 12 = 323 days, every month at its minimum or above
    drop = []
    for month in range(1, 13):
        n_days = pd.Period(f"2025-{month:02d}").days_in_month
        k = {28: 3, 30: 3, 31: 4}[n_days] if month != 12 else 3
        drop += [f"2025-{month:02d}-{d:02d}" for d in range(1, k + 1)]
    assert 365 - len(drop) == 323
    r = quality_control(daily_year(drop), P)
    # the 4 days of January come before the first record: a gap only
    # within a given period
    assert found(r, "gap")["count"].sum() == 38
    year = ("2025-01-01", "2026-01-01")
    assert found(quality_control(daily_year(drop), P, period=year), "gap")["count"].sum() == 42
    f = found(r)
    f = f[f["code"] != "gap"].reset_index(drop=True)
    assert f["code"].to_list() == ["year_incomplete"]
    assert f.at[0, "period"] == "2025" and f.at[0, "count"] == 323
    assert "at least 324" in f.at[0, "reason"]
    f = found(quality_control(daily_year(drop[:-1]), P))  # 324 days
    assert set(f["code"]) == {"gap"}


def test_annual_checks_can_be_left_off_for_part_of_a_year():
    assert found(quality_control(hourly(wavy(48)), P, annual=False)).empty
    assert set(found(quality_control(hourly(wavy(48)), P))["code"]) == {
        "month_incomplete",
        "year_incomplete",
    }


def test_water_year_needs_a_value_in_12_months():
    t = pd.to_datetime([f"2025-{m:02d}-10" for m in range(1, 13) if m != 8] + ["2025-09-25"])
    df = pd.DataFrame(
        {
            "station_id": "W1",
            "time": t,
            "pollutant": "codmn",
            "value": 3.0 + np.arange(len(t)) % 4 / 10,
            "kind": "water",
        }
    )
    r = quality_control(df, P)
    f = found(r, "year_incomplete")
    assert f["count"].to_list() == [11] and f.at[0, "period"] == "2025"
    assert f.at[0, "reason"] == "a valid value in 11 months; an annual mean needs at least 12"
    assert found(r, "gap")["period"].to_list() == ["2025-08"]


# -- tampering indicators ----------------------------------------------------------


def january(values, **extra):
    return hourly(values, **extra)


def test_repeated_value_share_of_a_month():
    # 744 hours of January: 30 on every even hour (372 = 50 %), 31-35 between
    v = np.where(np.arange(744) % 2 == 0, 30.0, 31.0 + np.arange(744) % 5)
    f = found(quality_control(january(v), P, annual=False), "repeated_value")
    assert f["count"].to_list() == [744] and f.at[0, "period"] == "2025-01"
    assert "value 30 makes up 50 %" in f.at[0, "reason"]
    v[0] = 36.0  # 371 of 744: below 50 %
    assert found(quality_control(january(v), P, annual=False), "repeated_value").empty


def test_repeated_value_count_without_the_table(monkeypatch):
    from cc_warning_plugin.core.monitoring import qc as qc_module

    v = np.where(np.arange(744) % 2 == 0, 30.0, 31.0 + np.arange(744) % 5)
    df = pd.concat([january(v), january(v[::-1] + 1, station="S2")], ignore_index=True)
    with_table = found(quality_control(df, P, annual=False), "repeated_value")
    monkeypatch.setattr(qc_module, "TABLE_CELLS", 0)
    without = found(quality_control(df, P, annual=False), "repeated_value")
    pd.testing.assert_frame_equal(with_table, without)
    assert with_table["station_id"].to_list() == ["S1", "S2"]
    assert with_table["reason"].str.contains("value 31 makes up 50 %").to_list() == [False, True]


def source(values, limit=50.0, **extra):
    return hourly(
        values,
        station="E1",
        pollutant="so2",
        kind="source",
        outlet_id="DA001",
        limit=limit,
        **extra,
    )


def test_just_below_limit_share_of_a_month():
    # limit 50, band 10 %: 45 <= v <= 50 is "just below"
    n = 100
    v = np.where(np.arange(n) % 2 == 0, 45.0 + np.arange(n) % 6, 20.0 + np.arange(n) % 9)
    inband = ((v >= 45) & (v <= 50)).sum()
    assert inband == 50
    f = found(quality_control(source(v), P, annual=False), "just_below")
    assert f["count"].to_list() == [100]
    assert f.at[0, "reason"].startswith("50 % of the 100 valid values")
    v[0] = 44.9  # 49 %: below the threshold
    assert found(quality_control(source(v), P, annual=False), "just_below").empty
    # fewer than 96 records in the month: not judged
    assert found(quality_control(source(np.r_[v[1:95], 45.0]), P, annual=False), "just_below").empty


# -- the input ---------------------------------------------------------------------


def test_input_is_not_modified_and_rows_keep_their_order_and_index():
    df = hourly(wavy(30)).drop(index=[3, 4])
    df.index = df.index + 100
    df = df.sample(frac=1.0, random_state=3)
    before = df.copy()
    r = quality_control(df, P, annual=False)
    pd.testing.assert_frame_equal(df, before)
    assert r.records.index.equals(df.index)
    assert (r.records["time"] == df["time"]).all()
    # same codes as for the sorted frame
    sorted_r = quality_control(df.sort_values("time"), P, annual=False)
    assert r.records["qc_code"].sort_index().equals(sorted_r.records["qc_code"].sort_index())


def test_categorical_and_text_columns_give_the_same_codes():
    v = np.r_[wavy(5), [-1.0], np.full(12, 40.0), wavy(5)]
    a = pd.concat(
        [hourly(v, station="S1"), hourly(v + 1, station="S2", pollutant="no2")], ignore_index=True
    )
    b = a.astype({"station_id": "category", "pollutant": "category"})
    ra, rb = quality_control(a, P, annual=False), quality_control(b, P, annual=False)
    assert codes(ra) == codes(rb)
    pd.testing.assert_frame_equal(ra.findings, rb.findings)


def test_pollutant_codes_match_by_alias():
    # "PM2.5" and "细颗粒物" are pm25: the range check applies
    for name in ("PM2.5", "细颗粒物", "pm_25"):
        assert codes(quality_control(hourly([30.0, 1200.0], pollutant=name), P, annual=False)) == [
            "ok",
            "above_range",
        ]


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda d: d.drop(columns=["value"]), "'value'"),
        (
            lambda d: d.assign(time=["2025-01-01 00:00", "yesterday", "2025-01-01 02:00"]),
            "row 1: 'yesterday'",
        ),
        (lambda d: d.assign(value=["30", "12 ug", "31"]), "row 1: '12 ug'"),
        (lambda d: d.assign(station_id=["S1", " ", "S1"]), "row 1: the column 'station_id'"),
        (lambda d: d.assign(kind=["air", "soil", "air"]), "'soil'"),
        (lambda d: d.assign(resolution=["hour", "minute", "hour"]), "'minute'"),
        (lambda d: d.assign(kind="source"), "'outlet_id'"),
        (
            lambda d: d.assign(kind="source", outlet_id=["A", "A", ""]),
            "row 2: the column 'outlet_id'",
        ),
        (lambda d: d.assign(limit=[50, 0, 50]), "row 1: the limit 0"),
    ],
)
def test_bad_input_names_the_row_and_column(change, words):
    df = change(hourly([30.0, 31.0, 32.0]))
    with pytest.raises(InputError) as err:
        quality_control(df, P, name="hourly.csv")
    assert "hourly.csv" in str(err.value)
    assert words in str(err.value)


def test_an_empty_frame_gives_empty_results_with_their_columns():
    empty = hourly([]).iloc[0:0]
    r = quality_control(empty, P)
    assert r.records.empty and r.findings.empty
    assert list(r.records.columns[-2:]) == ["qc_code", "valid"]
    assert list(r.findings.columns[:6]) == [
        "station_id",
        "pollutant",
        "period",
        "code",
        "count",
        "reason",
    ]


class Feedback:
    def __init__(self):
        self.progress = []

    def setProgress(self, p):
        self.progress.append(p)

    def isCanceled(self):
        return len(self.progress) > 0


def test_progress_is_reported_and_cancel_stops():
    fb = Feedback()
    fb.isCanceled = lambda: False
    quality_control(hourly(wavy(10)), P, feedback=fb)
    assert fb.progress[-1] == 100.0
    fb = Feedback()
    fb.isCanceled = lambda: True
    with pytest.raises(Cancelled):
        quality_control(hourly(wavy(10)), P, feedback=fb)
