"""Exceedance alerts against the GB 3095 / GB 3838 limits of the profile and
exceedance alarms of pollution-source outlets, worked by hand."""

import textwrap

import numpy as np
import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.monitoring import (
    alarm_summary,
    alert_summary,
    exceedance_alerts,
    outlet_alarms,
    quality_control,
)
from cc_warning_plugin.core.profile import load_profile

P = load_profile()


def day_of(value, day, pollutant="pm25", station="S1"):
    """24 hourly values around ``value`` whose mean is exactly ``value``
    (value - 3 … value + 3, symmetric)."""
    offsets = np.array([-3, -2, -1, 0, 1, 2, 3, 0] * 3, dtype=float)
    t = pd.date_range(day, periods=24, freq="h")
    return pd.DataFrame(
        {"station_id": station, "time": t, "pollutant": pollutant, "value": value + offsets}
    )


def test_daily_air_value_above_the_24h_limit():
    # GB 3095-2012 Grade II PM2.5 24-h limit 75: 75 is not above it, 76 is
    df = pd.concat([day_of(75.0, "2025-01-01"), day_of(76.0, "2025-01-02")], ignore_index=True)
    qc = quality_control(df, P, annual=False)
    a = exceedance_alerts(qc.records, P)
    assert a["period"].to_list() == ["2025-01-02"]
    assert a.at[0, "value"] == pytest.approx(76.0) and a.at[0, "limit"] == 75
    assert a.at[0, "ratio"] == pytest.approx(76 / 75 - 1)
    assert a.at[0, "standard"] == "gb3095_2012"
    # GB 3095-2026 transitional: PM2.5 24-h limit 60, both days above
    a = exceedance_alerts(qc.records, P, air_standard="gb3095_2026_transitional")
    assert a["period"].to_list() == ["2025-01-01", "2025-01-02"]
    assert a["ratio"].to_list() == pytest.approx([75 / 60 - 1, 76 / 60 - 1])
    s = alert_summary(a)
    assert s["periods"].to_list() == [2]
    assert s["max_ratio"].to_list() == pytest.approx([76 / 60 - 1])


def test_invalid_days_raise_no_alert():
    df = day_of(90.0, "2025-01-01").drop(index=range(5))  # 19 hours: no daily mean
    assert exceedance_alerts(quality_control(df, P, annual=False).records, P).empty


def test_o3_daily_maximum_8h_against_160():
    # hours 12-19 at 161 and the rest at 100: the window ending 20:00 = 161
    v = np.full(24, 100.0) + np.arange(24) % 3
    v[12:20] = 161.0 + np.array([0, 1, 2, 0, -1, -2, 0, 0])
    df = pd.DataFrame(
        {
            "station_id": "S1",
            "time": pd.date_range("2025-07-01", periods=24, freq="h"),
            "pollutant": "o3",
            "value": v,
        }
    )
    a = exceedance_alerts(quality_control(df, P, annual=False).records, P)
    assert a["pollutant"].to_list() == ["o3"]
    assert a.at[0, "value"] == pytest.approx(161.0) and a.at[0, "limit"] == 160


def water(rows):
    df = pd.DataFrame(rows, columns=["station_id", "time", "pollutant", "value", "water_body"])
    df["time"] = pd.to_datetime(df["time"])
    df["kind"] = "water"
    return df


def test_water_values_worse_than_class_iii():
    df = water(
        [
            ("R1", "2025-01-05", "do", 4.0, "河流"),  # DO 4 < 5: inverted ratio 5/4 - 1
            ("R1", "2025-02-05", "do", 5.0, "河流"),  # at the limit: not worse
            ("R1", "2025-01-05", "tp", 0.1, "河流"),  # river TP limit 0.2: fine
            ("R1", "2025-01-05", "tn", 3.0, "河流"),  # TN applies to lakes only
            ("L1", "2025-01-05", "tp", 0.1, "湖库"),  # lake TP limit 0.05: ratio 1.0
            ("L1", "2025-02-05", "tp", 0.05, "湖库"),  # at the limit: not worse
        ]
    )
    qc = quality_control(df, P, annual=False)
    a = exceedance_alerts(qc.records, P)
    assert a[["station_id", "pollutant", "period"]].values.tolist() == [
        ["L1", "tp", "2025-01"],
        ["R1", "do", "2025-01"],
    ]
    assert a["ratio"].to_list() == pytest.approx([0.1 / 0.05 - 1, 5 / 4 - 1])
    assert a.at[1, "reason"] == "value 4 below the class III limit 5"
    assert a["standard"].to_list() == ["gb3838_2002 III"] * 2
    # against class II (DO 6, TP river 0.1): DO 5 fails too, TP 0.1 does not
    a = exceedance_alerts(qc.records, P, water_class="II")
    assert a[a["station_id"] == "R1"]["value"].to_list() == [4.0, 5.0]


def test_water_body_from_a_mapping_or_a_clear_message():
    df = water([("R1", "2025-01-05", "tp", 0.3, None)]).drop(columns=["water_body"])
    qc = quality_control(df, P, annual=False)
    with pytest.raises(InputError) as err:
        exceedance_alerts(qc.records, P, name="sections.csv")
    assert "sections.csv" in str(err.value) and "R1" in str(err.value)
    a = exceedance_alerts(qc.records, P, water_bodies={"R1": "river"})
    assert a["ratio"].to_list() == pytest.approx([0.3 / 0.2 - 1])
    with pytest.raises(InputError, match="'sea'"):
        exceedance_alerts(qc.records, P, water_bodies={"R1": "sea"})


def test_unknown_class_or_edition_is_refused():
    df = day_of(30.0, "2025-01-01")
    with pytest.raises(InputError, match="gb3095_1996"):
        exceedance_alerts(df, P, air_standard="gb3095_1996")
    with pytest.raises(InputError, match="'VI'"):
        exceedance_alerts(df, P, water_class="VI")


def source(values, limit=50.0, start="2025-03-01"):
    t = pd.date_range(start, periods=len(values), freq="h")
    return pd.DataFrame(
        {
            "station_id": "E1",
            "outlet_id": "DA001",
            "time": t,
            "pollutant": "so2",
            "value": values,
            "limit": limit,
            "kind": "source",
        }
    )


def test_outlet_alarms_are_runs_of_consecutive_hours_above_the_limit():
    v = [40.0, 60.0, 70.0, 40.0, 55.0, 41.0, 56.0, 57.0, 42.0, 50.0]
    df = source(v).drop(index=[5])  # hour 5 missing: 55 and 56, 57 are two runs
    a = outlet_alarms(quality_control(df, P, annual=False).records, P)
    assert a["start"].dt.hour.to_list() == [1, 4, 6]
    assert a["steps"].to_list() == [2, 1, 2]
    assert a["max_value"].to_list() == [70.0, 55.0, 57.0]
    assert a["max_ratio"].to_list() == pytest.approx([0.4, 0.1, 0.14])
    assert a["alarm"].all()  # min_hours = 1; 50 is not above 50
    assert a.at[0, "reason"] == (
        "2 consecutive hour(s) above the limit 50; the highest value 70 is 40 % over it"
    )
    s = alarm_summary(a)
    assert s[["alarms", "steps", "longest"]].values.tolist() == [[3, 5, 2]]


def test_alarm_needs_the_profile_minimum_of_hours(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(
        textwrap.dedent("""\
        [profile]
        extends = "default"
        [monitoring.source_alarms]
        min_hours = 2
    """),
        encoding="utf-8",
    )
    p = load_profile(str(path))
    v = [40.0, 60.0, 70.0, 40.0, 55.0, 41.0]
    a = outlet_alarms(quality_control(source(v), p, annual=False).records, p)
    assert a["alarm"].to_list() == [True, False]


def test_invalid_source_values_raise_no_alarm():
    v = [40.0, 60.0, 1500.0, 60.0]  # so2 source: no instrument range in the
    df = source(v)  # profile, so 1500 is a valid value here
    df.loc[2, "value"] = -1.0  # … but a negative one is not
    a = outlet_alarms(quality_control(df, P, annual=False).records, P)
    assert a["steps"].to_list() == [1, 1]


def test_alarms_need_the_limit_column():
    with pytest.raises(InputError, match="'limit'"):
        outlet_alarms(source([60.0]).drop(columns=["limit"]), P, name="online.csv")
