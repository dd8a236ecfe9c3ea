"""The evaluation cadence and the due list on hand-made histories: a unit
that went 临界 -> 超载 and then got new data, one last evaluated 6 years ago,
one evaluated last month, a 临界 unit past its year, units never evaluated."""

import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.monitoring import due_list
from cc_warning_plugin.core.profile import load_profile

P = load_profile()
AS_OF = "2026-01-10"
RESULTS = pd.DataFrame(
    [
        # U1: critical in the 2023 evaluation, overloaded in the 2024 one
        ("U1", 2023, "critical", "orange", "2024-03-01"),
        ("U1", 2024, "overload", "red", "2025-06-30 15:20"),
        # U2: last evaluated six years ago, not overloaded
        ("U2", 2019, "none", "green", "2019-12-15"),
        # U3: evaluated last month
        ("U3", 2025, "none", "green", "2025-12-10"),
        # U4: critical, evaluated 2024-11-20 (label instead of code)
        ("U4", 2024, "临界超载", "yellow", "2024-11-20"),
        # U5: overloaded last month, no new data since
        ("U5", 2025, "超载", "red", "2025-12-01"),
    ],
    columns=["unit_code", "period", "load_type", "warning_level", "evaluated_at"],
)
OBS = pd.DataFrame(
    [
        ("U1", "2025-05-01"),
        ("U1", "2025-10-15"),
        ("U1", "2025-09-01"),
        ("U3", "2026-01-02"),
        ("U5", "2025-11-20"),
    ],
    columns=["unit_code", "time"],
)


def test_due_list_by_hand():
    d = due_list(RESULTS, P, AS_OF, observations=OBS)
    assert d[["unit_code", "rule", "overdue_days"]].values.tolist() == [
        # 2024-12-15 + … : 5 years after 2019-12-15, 365 + 26 days to 2026-01-10
        ["U2", "full", 391],
        # first observation after 2025-06-30: 2025-09-01; 30+31+30+31+9 = 131
        ["U1", "continuous", 131],
        # one year after 2024-11-20: 2025-11-20; 10 + 31 + 10 = 51
        ["U4", "yearly", 51],
    ]
    assert d["due_date"].dt.strftime("%Y-%m-%d").to_list() == [
        "2024-12-15",
        "2025-09-01",
        "2025-11-20",
    ]
    assert d.at[1, "reason"] == (
        "Continuous evaluation of overloaded units (new data): new "
        "observation on 2025-09-01 after the evaluation of 2025-06-30"
    )
    assert d.at[1, "load_type"] == "overload" and d.at[2, "load_type"] == "critical"


def test_an_overloaded_unit_is_due_at_once_with_new_data():
    obs = pd.concat(
        [OBS, pd.DataFrame([("U5", "2026-01-05 08:00")], columns=["unit_code", "time"])]
    )
    d = due_list(RESULTS, P, AS_OF, observations=obs).set_index("unit_code")
    assert d.loc["U5", "rule"] == "continuous" and d.loc["U5", "overdue_days"] == 5
    # without observations only the calendar rules apply
    d = due_list(RESULTS, P, AS_OF)
    assert d["unit_code"].to_list() == ["U2", "U4"]


def test_units_falling_due_soon_and_units_never_evaluated():
    d = due_list(RESULTS, P, AS_OF, within_days=330, units=["U1", "U2", "U9"])
    d = d.set_index("unit_code")
    # U1 yearly after 2025-06-30 -> 2026-06-30: 171 days ahead, but new data
    # made it due on 2025-09-01 already; U5 yearly -> 2026-12-01 is 325 days ahead
    assert d.loc["U5", "overdue_days"] == -325 and d.loc["U5", "rule"] == "yearly"
    assert d.loc["U9", "rule"] == "never" and d.loc["U9", "overdue_days"] == 0
    assert "U3" not in d.index  # 2030-12-10


def test_bad_load_type_is_named():
    bad = RESULTS.assign(load_type=["critical", "overload", "none", "none", "severe", "none"])
    with pytest.raises(InputError) as err:
        due_list(bad, P, AS_OF, name="results table")
    assert "results table, row 4: the load type 'severe'" in str(err.value)
