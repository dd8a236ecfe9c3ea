"""Impossible values in the tables of the supporting methods are refused with a
message naming the table, row, unit, column, value and possible range: the EI
inputs (NDVI, sub-indices, land-cover areas against the unit area), the values
of a yearly series (range of the indicator the series is of), the daily
precipitation of the erosivity station tables; a wide series column headed
like a year that cannot be read is named."""

import pandas as pd
import pytest

from cc_warning_plugin.core.erosivity import daily
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile

P = load_profile()

# -- rainfall erosivity ------------------------------------------------------------------


def daily_frame(mm):
    return pd.DataFrame(
        {
            "站号": ["A", "A", "B"],
            "日期": ["2001-01-10", "2001-05-01", "2001-08-16"],
            "日降水量": [20.0, mm, 25.0],
        }
    )


def test_daily_rain_above_the_possible_maximum_is_refused():
    settings = daily.Settings.from_profile(P)
    with pytest.raises(InputError) as err:
        daily.station_erosivity(
            daily_frame(20000.0), "站号", "日降水量", settings, date_column="日期", layer="daily"
        )
    text = str(err.value)
    for part in ("daily", "row 2", "station A", "2001-05-01", "日降水量", "20000", "1825"):
        assert part in text, text


def test_daily_rain_maximum_applies_after_the_scale():
    settings = daily.Settings.from_profile(P)
    # 0.1 mm units: 18240 → 1824 mm is accepted; 18260 → 1826 mm is above 1825 mm
    recs = daily.station_erosivity(
        daily_frame(18240.0), "站号", "日降水量", settings, date_column="日期", scale=0.1
    )
    assert [r["station"] for r in recs] == ["A", "B"]
    with pytest.raises(InputError) as err:
        daily.station_erosivity(
            daily_frame(18260.0), "站号", "日降水量", settings, date_column="日期", scale=0.1
        )
    assert "18260" in str(err.value) and "1826" in str(err.value)


def test_daily_rain_maximum_reads_text_columns_too():
    settings = daily.Settings.from_profile(P)
    frame = daily_frame(0.0).astype({"日降水量": str})
    frame.loc[2, "日降水量"] = "2,000"
    with pytest.raises(InputError) as err:
        daily.station_erosivity(frame, "站号", "日降水量", settings, date_column="日期", layer="d")
    assert "row 3" in str(err.value) and "station B" in str(err.value)
