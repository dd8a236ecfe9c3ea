"""Station coverage (加密布点): units missing a required station type, or
whose stations have too few valid records, worked on a hand-made network."""

import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.monitoring import station_coverage
from cc_warning_plugin.core.profile import load_profile

P = load_profile()
# default requirements: air >= 1 station with >= 324 valid days per unit;
# water >= 1 section with >= 12 valid months where the unit has rivers
UNITS = pd.DataFrame(
    {"unit_code": ["990101", "990102", "990103", "990104"], "has_river": [1, 0, "是", False]}
)
STATIONS = pd.DataFrame(
    {
        "station_id": ["a1", "w1", "b1", "d1", "d2", "x9"],
        "station_type": ["air", "water", "AIR", "air", "air", "air"],
        "unit_code": ["990101", "990101", "990102", "990104", "990104", "999999"],
    }
)
COUNTS = {"a1": 330, "w1": 12, "b1": 300, "d1": 324}


def test_units_where_the_network_falls_short():
    c = station_coverage(UNITS, STATIONS, P, COUNTS)
    assert c[["unit_code", "station_type", "stations", "qualified", "missing"]].values.tolist() == [
        ["990102", "air", 1, 0, 1],  # b1: 300 valid days < 324
        ["990103", "air", 0, 0, 1],  # no station
        ["990103", "water", 0, 0, 1],  # has rivers (是), no section
    ]
    assert c.at[0, "reason"] == (
        "1 Ambient air station(s) in the unit, 0 with at least 324 "
        "valid records in the period; at least 1 needed"
    )
    assert c.at[1, "reason"] == "no Ambient air station in the unit; at least 1 needed"


def test_without_counts_every_station_counts():
    c = station_coverage(UNITS, STATIONS, P)
    assert c[["unit_code", "station_type"]].values.tolist() == [
        ["990103", "air"],
        ["990103", "water"],
    ]


def test_counts_as_a_frame_and_a_station_without_a_count():
    counts = pd.DataFrame({"station_id": ["a1", "w1", "b1"], "valid_records": [330, 11, 324]})
    c = station_coverage(UNITS, STATIONS, P, counts)
    # w1 has 11 valid months; d1 and d2 have no count (0)
    assert c[["unit_code", "station_type", "stations"]].values.tolist() == [
        ["990101", "water", 1],
        ["990103", "air", 0],
        ["990103", "water", 0],
        ["990104", "air", 2],
    ]


@pytest.mark.parametrize(
    "units, words",
    [
        (UNITS.drop(columns=["has_river"]), "'has_river' is missing"),
        (UNITS.assign(has_river=[1, 0, "maybe", 0]), "row 2: 'maybe'"),
        (
            UNITS.assign(unit_code=["990101", "990101", "990103", "990104"]),
            "row 1: the unit code 990101 appears twice",
        ),
    ],
)
def test_bad_units_are_named(units, words):
    with pytest.raises(InputError) as err:
        station_coverage(units, STATIONS, P, COUNTS, units_name="county")
    assert words in str(err.value) and "county" in str(err.value)
