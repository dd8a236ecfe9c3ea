"""Class statistics and the comparison of two periods (no QGIS)."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.report import results, stats

GREY = "#9e9e9e"


@pytest.fixture(scope="module")
def warning():
    return results.class_set(load_profile(), "warning_levels")


def test_counts_areas_and_shares(warning):
    # 2 red units of 1 km² and 3 km², 1 green unit of 4 km², 1 unknown "purple" of 2 km²
    items = [("red", 1e6), ("red", 3e6), ("green", 4e6), ("purple", 2e6)]
    s = stats.class_statistics(items, warning, GREY)
    # every class of the profile in its order (S2: 红 橙 黄 蓝 绿 first), then unclassified
    assert [r.code for r in s.rows] == warning.codes + ["unclassified"]
    assert warning.codes[:5] == ["red", "orange", "yellow", "blue", "green"]
    red = s.row("red")
    assert (red.count, red.area_km2) == (2, pytest.approx(4.0))
    # shares of the 10 km² total: red 4/10, green 4/10, unclassified 2/10
    assert red.share == pytest.approx(40.0)
    assert s.row("green").share == pytest.approx(40.0)
    assert s.row("orange").count == 0 and s.row("orange").share == 0
    unc = s.row("unclassified")
    assert (unc.count, unc.area_km2, unc.color) == (1, pytest.approx(2.0), GREY)
    assert "purple" in unc.label and s.unknown == {"purple": 1}
    assert s.total_count == 4 and s.total_area_km2 == pytest.approx(10.0)


def test_without_areas_shares_are_of_the_count(warning):
    s = stats.class_statistics(
        [("red", None), ("blue", None), ("blue", None), (None, None)], warning, GREY
    )
    assert not s.has_area and s.row("red").area_km2 is None
    # 4 units: blue 2/4 = 50 %, empty value counted as unclassified 1/4
    assert s.row("blue").share == pytest.approx(50.0)
    assert s.row("unclassified").count == 1


def test_raster_counts_to_areas():
    cset = results.class_set(load_profile(), "dual.classes.levels")
    # 200 m cells = 0.04 km²: level 1 × 100 cells = 4 km², level 5 × 50 = 2 km²,
    # value 9 × 25 = 1 km²
    s = stats.class_statistics_from_counts({1: 100, 5: 50, 9: 25}, 200 * 200, cset, GREY)
    assert s.row("high").area_km2 == pytest.approx(4.0)
    assert s.row("low").area_km2 == pytest.approx(2.0)
    assert s.row("unclassified").area_km2 == pytest.approx(1.0)
    assert s.row("high").share == pytest.approx(100 * 4 / 7)
    assert s.unknown == {"9": 25}


def test_period_comparison_by_policy_order(warning):
    before = [
        ("r1", "A", "red"),
        ("r2", "B", "blue"),
        ("r3", "C", "green"),
        ("r4", "D", "yellow"),
        ("r5", "E", "orange"),
    ]
    after = [
        ("r1", "A", "orange"),
        ("r2", "B", "red"),
        ("r3", "C", "green"),
        ("r4", "F", "red"),
        ("r5", "E", "weird"),
    ]
    out = {
        c.key: c for c in stats.compare_periods(before, after, warning, [], "2020", "2025", "code")
    }
    # red(0) → orange(1): lowered by 1; blue(3) → red(0): raised by 3
    assert (out["A"].change, out["A"].steps) == ("lowered", -1)
    assert (out["B"].change, out["B"].steps) == ("raised", 3)
    assert (out["C"].change, out["C"].steps) == ("unchanged", 0)
    assert out["F"].change == "not_compared" and "2020" in out["F"].reason
    assert out["D"].change == "not_compared" and "2025" in out["D"].reason
    assert out["E"].change == "not_compared" and "weird" in out["E"].reason
    assert list(out) == ["A", "B", "C", "F", "E", "D"]


def test_unranked_code_is_not_compared():
    cset = results.class_set(load_profile(), "load_classes")
    out = stats.compare_periods(
        [("1", "A", "not_evaluated")],
        [("1", "A", "overload")],
        cset,
        ["not_evaluated"],
        "a",
        "b",
        "code",
    )
    assert out[0].change == "not_compared"


def test_duplicate_and_empty_keys_are_named(warning):
    with pytest.raises(InputError) as err:
        stats.compare_periods(
            [("f1", "A", "red"), ("f2", "A", "red")],
            [],
            warning,
            [],
            "早期",
            "晚期",
            "行政区划代码",
        )
    assert "早期" in str(err.value) and "'A'" in str(err.value)
    with pytest.raises(InputError) as err:
        stats.compare_periods(
            [], [("feature 7", " ", "red")], warning, [], "早期", "晚期", "行政区划代码"
        )
    assert "feature 7" in str(err.value) and "行政区划代码" in str(err.value)


def test_years_must_differ_and_be_in_order():
    stats.check_years(2020, 2025, "a", "b")
    stats.check_years(None, 2025, "a", "b")
    with pytest.raises(InputError, match="2025"):
        stats.check_years(2025, 2025, "a", "b")
    with pytest.raises(InputError, match="Swap"):
        stats.check_years(2025, 2020, "a", "b")
    assert stats.single_year([2025, "2025", None]) == 2025
    assert stats.single_year([2024, 2025]) is None


def test_borrowed_class_gets_its_own_row_only_when_present():
    cset = results.class_set(load_profile(), "trend_types")
    s = stats.class_statistics([("worsening", 1e6), ("not_evaluated", 2e6)], cset, GREY)
    assert [r.code for r in s.rows] == ["worsening", "easing", "not_evaluated"]
    assert s.row("not_evaluated").area_km2 == pytest.approx(2.0) and s.unknown == {}
    s = stats.class_statistics([("easing", 1e6)], cset, GREY)
    assert [r.code for r in s.rows] == ["worsening", "easing"]
