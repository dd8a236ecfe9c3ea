"""Dates and times of monitoring tables read the same on pandas 1.5 (Debian 12)
and pandas 2 (Debian 13): pandas 2 guesses one format from the first cell and
refused '2025-06-30 15:20' below a plain date."""

import datetime

import numpy as np
import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.monitoring import due_list
from cc_warning_plugin.core.monitoring.common import datetimes, parse_datetimes
from cc_warning_plugin.core.profile import load_profile


def frame(values):
    col = np.empty(len(values), dtype=object)
    col[:] = values
    return pd.DataFrame({"time": col}, index=range(2, 2 + len(values)))


def as_text(col):
    return [t.strftime("%Y-%m-%d %H:%M:%S.%f") for t in col]


@pytest.mark.parametrize(
    "values",
    [
        ["2024-03-01", "2025-06-30 15:20"],  # a date first, then a date and time
        ["2025-06-30 15:20", "2024-03-01"],  # and the other way round
    ],
)
def test_dates_and_date_times_mix_in_one_column(values):
    got = datetimes(frame(values), "time", "results")
    assert sorted(as_text(got)) == ["2024-03-01 00:00:00.000000", "2025-06-30 15:20:00.000000"]
    assert str(got.dtype) == "datetime64[ns]" and list(got.index) == [2, 3]


def test_every_documented_form():
    values = [
        "2025-01-31 13:00",
        "2025-01-31T13:00",
        "2025-01-31 13:00:05",
        "2025/1/31 13:00",
        " 2025-01-31 ",
        "2025-01-31 13:00:05.25",
        "2025-1-3 7:05",
    ]
    assert as_text(datetimes(frame(values), "time", "t")) == [
        "2025-01-31 13:00:00.000000",
        "2025-01-31 13:00:00.000000",
        "2025-01-31 13:00:05.000000",
        "2025-01-31 13:00:00.000000",
        "2025-01-31 00:00:00.000000",
        "2025-01-31 13:00:05.250000",
        "2025-01-03 07:05:00.000000",
    ]


def test_date_time_objects_keep_their_wall_time():
    values = [
        datetime.datetime(2025, 1, 31, 13, 0),
        datetime.date(2025, 2, 1),
        pd.Timestamp("2025-02-02 08:30", tz="Asia/Shanghai"),
        "2025-02-03 09:00",
    ]
    assert as_text(datetimes(frame(values), "time", "t")) == [
        "2025-01-31 13:00:00.000000",
        "2025-02-01 00:00:00.000000",
        "2025-02-02 08:30:00.000000",
        "2025-02-03 09:00:00.000000",
    ]


@pytest.mark.parametrize(
    "bad",
    [
        "2025-02-30",
        "2025-01-31 24:00",
        "yesterday",
        "31.01.2025",
        "2025-01-31 13:00+08:00",
        20250131,
    ],
)
def test_a_cell_that_is_no_date_and_time_is_named(bad):
    with pytest.raises(InputError) as err:
        datetimes(frame(["2025-01-31 13:00", bad]), "time", "hourly.csv")
    assert f"hourly.csv, row 3: {bad!r} in the column 'time' is not a date and time" in str(
        err.value
    )


def test_an_empty_cell_is_reported_as_empty():
    with pytest.raises(InputError) as err:
        datetimes(frame(["2025-01-31 13:00", "  ", None]), "time", "hourly.csv")
    assert "hourly.csv, row 3: the column 'time' is empty (2 rows in all)" in str(err.value)


def test_each_distinct_text_is_read_once_and_put_back_in_place():
    parsed, bad = parse_datetimes(["2025-01-01 01:00", None, "x", "2025-01-01 01:00"])
    assert bad.tolist() == [False, False, True, False]
    assert np.isnat(parsed[1]) and np.isnat(parsed[2])
    assert parsed[0] == parsed[3] == np.datetime64("2025-01-01T01:00", "ns")


def test_observations_given_as_a_mapping_mix_forms_too():
    results = pd.DataFrame(
        [("U1", 2024, "overload", "red", "2025-06-30 15:20")],
        columns=["unit_code", "period", "load_type", "warning_level", "evaluated_at"],
    )
    d = due_list(results, load_profile(), "2026-01-10", observations={"U1": "2025-09-01"})
    # first observation after the evaluation: 2025-09-01; 30 + 31 + 30 + 31 + 9 = 131 days
    assert d[["unit_code", "rule", "overdue_days"]].values.tolist() == [["U1", "continuous", 131]]
    with pytest.raises(InputError) as err:
        due_list(results, load_profile(), "2026-01-10", observations={"U1": "next week"})
    assert "observations, row U1: 'next week'" in str(err.value)
