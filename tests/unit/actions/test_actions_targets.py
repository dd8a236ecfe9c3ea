"""Target tracking: attainment per target and year, progress as a share of
the way from baseline to target, on/off track by the least-squares line
projected to the target year (hand calculations below), the sample
targets, and bad rows named."""

import os

import pytest

from cc_warning_plugin.core.actions.targets import (
    linear_fit,
    load_observations,
    load_targets,
    read_observations,
    read_targets,
    track,
)
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile

SAMPLE = os.path.join(
    os.path.dirname(__file__), "..", "..", "..", "cc_warning_plugin", "sample_data_actions"
)


@pytest.fixture(scope="module")
def profile():
    return load_profile()


TARGETS = [
    {
        "指标": "森林覆盖率",
        "区域": "990100",
        "基准年": 2015,
        "基准值": 70,
        "目标年": 2025,
        "目标值": 76,
        "方向": "不低于",
        "来源": "示范方案",
    },
    {
        "指标": "energy_intensity",
        "区域": "990100",
        "基准年": 2015,
        "基准值": 0,
        "目标年": 2020,
        "目标值": -15.5,
        "方向": "≤",
        "来源": "",
    },
    {
        "指标": "受污染耕地安全利用率",
        "区域": "990100",
        "基准年": 2018,
        "基准值": 88,
        "目标年": 2020,
        "目标值": 92,
        "方向": "at_least",
        "来源": "",
    },
    {
        "指标": "受污染耕地安全利用率",
        "区域": "990100",
        "基准年": 2018,
        "基准值": 88,
        "目标年": 2022,
        "目标值": 93,
        "方向": "at_least",
        "来源": "",
    },
    {
        "指标": "湿地保护率",
        "区域": "990125",
        "基准年": 2018,
        "基准值": 40,
        "目标年": 2022,
        "目标值": 50,
        "方向": "不低于",
        "来源": "",
    },
]
OBS = [
    {"区域": "990100", "指标": "森林覆盖率", "年份": 2018, "数值": 72},
    {"区域": "990100", "指标": "森林覆盖率", "年份": 2020, "数值": 73},
    {"区域": "990100", "指标": "单位GDP能耗较2015年变化", "年份": 2017, "数值": -5},
    {"区域": "990100", "指标": "单位GDP能耗较2015年变化", "年份": 2019, "数值": -9},
    {"区域": "990100", "指标": "farmland_safe_use", "年份": 2020, "数值": 91},
    {"区域": "990100", "指标": "farmland_safe_use", "年份": 2022, "数值": 93.2},
]


@pytest.fixture(scope="module")
def status(profile):
    targets = read_targets(TARGETS, profile, "targets.csv")
    obs = read_observations(OBS, profile, "obs.csv")
    return track(targets, obs, profile)


def test_least_squares_line():
    # (2015, 0), (2017, -5), (2019, -9): x̄ = 2017, ȳ = -14/3, Sxy = -18, Sxx = 8
    a, b = linear_fit([(2015, 0), (2017, -5), (2019, -9)])
    assert b == pytest.approx(-2.25)
    assert a + b * 2017 == pytest.approx(-14 / 3)


def test_forest_cover_on_track(status):
    s = status[0]
    assert [(p.year, p.value, p.attained) for p in s.points] == [
        (2018, 72, False),
        (2020, 73, False),
    ]
    assert s.points[-1].progress == pytest.approx(0.5)  # (73 - 70) / (76 - 70)
    # line through (2015, 70), (2018, 72), (2020, 73): slope Sxy/Sxx = (23/3)/(38/3)
    assert s.slope == pytest.approx(23 / 38)
    assert s.projected == pytest.approx(215 / 3 + 23 / 38 * 22 / 3)  # 76.105 ≥ 76
    assert s.status == "on_track"


def test_energy_intensity_off_track(status):
    s = status[1]
    assert s.target.direction == "at_most" and s.target.indicator == "energy_intensity"
    assert s.points[-1].progress == pytest.approx(9 / 15.5)
    assert s.projected == pytest.approx(-14 / 3 - 2.25 * 3)  # -11.42 > -15.5
    assert s.status == "off_track"


def test_target_years_reached_decide_attained_or_missed(status):
    assert status[2].status == "missed"  # 91 < 92 in 2020
    assert status[3].status == "attained"  # 93.2 ≥ 93 in 2022
    assert [p.attained for p in status[3].points] == [False, True]
    assert status[4].status == "no_data"  # nothing observed for 990125


@pytest.mark.parametrize(
    "change, words",
    [
        ({"指标": "PM2.5浓度"}, ["row 2", "PM2.5浓度", "targets.indicators"]),
        ({"目标年": 2014}, ["row 2", "2014", "2015"]),
        ({"目标年": 2015}, ["row 2", "not after"]),
        ({"方向": "大约"}, ["row 2", "大约"]),
        ({"基准值": "abc"}, ["row 2", "abc"]),
    ],
)
def test_bad_target_rows_are_named(profile, change, words):
    rows = [TARGETS[0], dict(TARGETS[1], **change)]
    with pytest.raises(InputError) as err:
        read_targets(rows, profile, "targets.csv")
    for w in ["targets.csv"] + words:
        assert w in str(err.value), (w, str(err.value))


def test_bad_observation_rows_are_named(profile):
    with pytest.raises(InputError) as err:
        read_observations(OBS[:1] + [dict(OBS[0], 指标="GDP")], profile, "obs.csv")
    assert "obs.csv" in str(err.value) and "row 2" in str(err.value) and "GDP" in str(err.value)
    with pytest.raises(InputError) as err:
        read_observations(OBS + [OBS[0]], profile, "obs.csv")
    assert "row 7" in str(err.value) and "row 1" in str(err.value)
    with pytest.raises(InputError) as err:
        read_targets([{k: v for k, v in TARGETS[0].items() if k != "方向"}], profile, "t.csv")
    assert "direction" in str(err.value) and "方向" in str(err.value)


def test_targets_from_toml(profile, tmp_path):
    path = tmp_path / "targets.toml"
    path.write_text(
        '[[target]]\nindicator = "forest_cover"\nregion = "990100"\n'
        "baseline_year = 2015\nbaseline_value = 70\ntarget_year = 2025\n"
        'target_value = 76\ndirection = "at_least"\nsource = "x"\n'
        '[[target]]\nindicator = "forest_cover"\nregion = "990101"\n'
        "baseline_year = 2015\nbaseline_value = 70\ntarget_year = 2010\n"
        'target_value = 76\ndirection = "at_least"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as err:
        load_targets(str(path), profile)
    assert "[[target]] 2" in str(err.value) and "2010" in str(err.value)


def test_sample_targets_track(profile):
    targets = load_targets(os.path.join(SAMPLE, "targets.csv"), profile)
    obs = load_observations(os.path.join(SAMPLE, "target_observations.csv"), profile)
    assert len(targets) == 17
    got = {
        (s.target.indicator, s.target.region, s.target.target_year): s.status
        for s in track(targets, obs, profile, as_of=2025)
    }
    assert got[("provincial_sections", "990100", 2025)] == "attained"  # 100 in 2025
    assert got[("farmland_safe_use", "990100", 2025)] == "missed"  # 91.5 < 92
    assert got[("energy_growth", "990100", 2025)] == "attained"  # 2.4 ≤ 2.6
    assert got[("fertiliser_efficiency", "990100", 2027)] == "attained"  # 40.1 ≥ 40
    assert set(got.values()) <= {"attained", "on_track", "off_track", "missed"}
    assert "off_track" in got.values() and "on_track" in got.values()


def test_observations_whose_values_are_all_blank_are_refused(profile):
    # rows with region, indicator and year but every 数值 empty: no target
    # could be tracked, which is a wrong column rather than missing data
    rows = [dict(r, 数值="") for r in OBS]
    with pytest.raises(InputError) as err:
        read_observations(rows, profile, "obs.csv")
    assert "obs.csv: none of its 6 rows has a value in column 数值" in str(err.value)
    # one value among blanks is read as before
    one = read_observations(rows[:-1] + [OBS[-1]], profile, "obs.csv")
    assert one == {("farmland_safe_use", "990100"): {2022: 93.2}}
