"""Raw monitoring data → the statistics of the 环境 element: HJ 663-2013
percentiles worked by hand, unit daily means over stations, PM2.5
exceedance days under each GB 3095 edition, data validity, bad input."""

import datetime

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.m2016 import environment, stations
from cc_warning_plugin.core.m2016.units import Source, join_units
from cc_warning_plugin.core.profile import load_profile

P = load_profile()
DAYS = [datetime.date(2025, 1, 1) + datetime.timedelta(d) for d in range(365)]
HEADER = ["站点编码", "日期", "SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h"]


def test_hj663_percentile_by_hand():
    v = list(range(20, 0, -1))  # 1..20, unsorted
    # k = 1 + 19·0.95 = 19.05 → 19 + 0.05·(20 − 19) = 19.05
    assert stations.hj663_percentile(v, 95) == pytest.approx(19.05)
    # k = 1 + 19·0.90 = 18.1 → 18 + 0.1·(19 − 18) = 18.1
    assert stations.hj663_percentile(v, 90) == pytest.approx(18.1)
    assert stations.hj663_percentile([7.0], 95) == 7.0
    assert stations.hj663_percentile(v, 100) == 20 and stations.hj663_percentile(v, 0) == 1


def year_rows():
    """Unit A: stations A1, A2; unit B: station B1 with only 300 days."""
    rows = []
    for i, day in enumerate(DAYS):
        # CO: 1.0 on 346 days, 5.0 on 19; O3: 100 on 328 days, 200 on 37;
        # PM2.5: 80 on 40 days, 70 on 20, 55 on 10, 30 on 295
        co = 5.0 if i < 19 else 1.0
        o3 = 200 if i < 37 else 100
        pm = 80 if i < 40 else 70 if i < 60 else 55 if i < 70 else 30
        # A1 and A2 differ by ±10 µg/m³ of SO2 around 30; A2 misses day 100
        rows.append(["A1", day.isoformat(), 20, 30, 60, pm, co, o3])
        if i != 100:
            rows.append(["A2", day.strftime("%Y/%m/%d"), 40, 30, 60, pm, co, o3])
        if i < 300:
            rows.append(["B1", day.strftime("%Y%m%d"), 10, 10, 10, 10, 0.5, 50])
    return Source("air_daily", [dict(zip(HEADER, r)) for r in rows])


STATIONS = {"A1": "A", "A2": "A", "B1": "B"}


@pytest.fixture(scope="module")
def stats_2012():
    return stations.air_statistics(year_rows(), STATIONS, ["A", "B", "C"], P, "gb3095_2012", 2025)


def test_annual_statistics_by_hand(stats_2012):
    a = stats_2012.stats["A"]
    # daily SO2 = mean(20, 40) = 30 every day (A1 alone, 20, on day 100):
    # (364·30 + 20)/365
    assert a["so2_annual"] == pytest.approx((364 * 30 + 20) / 365)
    # PM2.5 mean = (40·80 + 20·70 + 10·55 + 295·30)/365 = 14000/365
    assert a["pm25_annual"] == pytest.approx(14000 / 365)
    # CO p95: k = 1 + 364·0.95 = 346.8; sorted v[345] = 1.0, v[346] = 5.0 → 1 + 0.8·4 = 4.2
    assert a["co_p95"] == pytest.approx(4.2)
    # O3 p90: k = 1 + 364·0.9 = 328.6; v[327] = 100, v[328] = 200 → 100 + 0.6·100 = 160
    assert a["o3_8h_p90"] == pytest.approx(160)
    assert stats_2012.year == 2025


@pytest.mark.parametrize(
    "std, days",
    [
        ("gb3095_2012", 40),  # > 75: the 40 days at 80
        ("gb3095_2026_transitional", 60),  # > 60: 80 and 70
        ("gb3095_2026_final", 70),  # > 50: 80, 70 and 55
    ],
)
def test_pm25_exceedance_days_follow_the_edition(std, days):
    s = stations.air_statistics(year_rows(), STATIONS, ["A", "B"], P, std)
    assert s.exceed_days["A"] == days


def test_too_few_days_and_no_station(stats_2012):
    assert all(v is None for v in stats_2012.stats["B"].values())
    assert stats_2012.exceed_days["B"] is None
    assert any("300" in n and "324" in n for n in stats_2012.notes["B"])
    assert stats_2012.notes["C"] and not stats_2012.stations.get("C")


def test_station_statistics_feed_the_exceedance_index(stats_2012):
    units = join_units(
        Source("units", [{"行政区划代码": c} for c in "ABC"]), [], environment.input_fields(P)
    )
    out = environment.evaluate_env(units, P, air=stats_2012)
    # hand: PM2.5 14000/365 = 38.356 → 38.356/35 − 1 = 0.0959; CO 4.2/4 − 1 = 0.05;
    # O3 160/160 − 1 = 0 → PM2.5 is the worst
    assert out[0]["env_air_worst"] == "pm25_annual"
    assert out[0]["env_index"] == pytest.approx(14000 / 365 / 35 - 1)
    assert out[0]["env_r_co_p95"] == pytest.approx(0.05)
    assert out[0]["env_r_o3_8h_p90"] == pytest.approx(0.0)
    assert out[0]["env_class"] == "overload"
    assert out[1]["env_class"] == "not_evaluated" and "324" in out[1]["env_note"]
    assert out[2]["env_class"] == "not_evaluated"


@pytest.mark.parametrize(
    "rows, words",
    [
        ([["X9", "2025-01-01", 1, 1, 1, 1, 1, 1]], "'X9' is not in the station layer"),
        (
            [["A1", "2025-01-01", 1, 1, 1, 1, 1, 1], ["A1", "2025/1/1", 1, 1, 1, 1, 1, 1]],
            "two rows for 2025-01-01",
        ),
        (
            [["A1", "2025-01-01", 1, 1, 1, 1, 1, 1], ["A1", "2024-12-31", 1, 1, 1, 1, 1, 1]],
            "more than one year",
        ),
        ([["A1", "1 Jan", 1, 1, 1, 1, 1, 1]], "'1 Jan' is not a date"),
        ([["A1", "2025-01-01", 1, 1, 1, "abc", 1, 1]], "'abc'"),
        ([["A1", "2025-01-01", 1, 1, 1, -3, 1, 1]], "negative"),
    ],
)
def test_bad_daily_rows(rows, words):
    src = Source("air_daily", [dict(zip(HEADER, r)) for r in rows])
    with pytest.raises(InputError) as err:
        stations.air_statistics(src, STATIONS, ["A"], P, "gb3095_2012")
    assert words in str(err.value) and "air_daily" in str(err.value)


def test_daily_year_must_match_the_indicator_year():
    src = Source("air_daily", [dict(zip(HEADER, ["A1", "2024-05-01", 1, 1, 1, 1, 1, 1]))])
    with pytest.raises(InputError, match="Year mismatch"):
        stations.air_statistics(src, STATIONS, ["A"], P, "gb3095_2012", 2025)


def test_section_means_from_monthly_observations():
    rows = [
        {"断面编码": "W1", "月份": m, "溶解氧": 6 + (m % 2), "总磷": 0.1 * m} for m in range(1, 13)
    ]
    means = stations.section_means(
        Source("monthly", rows), ["W1", "W2"], P.get("elements.environment.water_pollutants")
    )
    assert means["W1"]["do"] == pytest.approx(6.5)  # six 6s and six 7s
    assert means["W1"]["tp"] == pytest.approx(0.65)  # 0.1·(1 + … + 12)/12 = 0.1·6.5
    assert means["W2"]["do"] is None
    with pytest.raises(InputError, match="'W7' is not in the sections layer"):
        stations.section_means(Source("monthly", [{"断面编码": "W7", "溶解氧": 5}]), ["W1"], ["do"])
    with pytest.raises(InputError, match="month 13"):
        stations.section_means(
            Source("monthly", [{"断面编码": "W1", "月份": 13, "溶解氧": 5}]), ["W1"], ["do"]
        )


def test_sections_from_observations_feed_the_water_index():
    # one river section: monthly DO 4 and 6 → mean 5 → R = 5/5 − 1 = 0 (DO inverted);
    # COD 22 → 22/20 − 1 = 0.1 is the worst; one lake section: TP 0.06 → 0.06/0.05 − 1 = 0.2
    obs = [
        {"断面编码": "R1", "月份": 1, "溶解氧": 4, "化学需氧量": 22, "总磷": 0.1},
        {"断面编码": "R1", "月份": 2, "溶解氧": 6, "化学需氧量": 22, "总磷": 0.1},
        {"断面编码": "L1", "月份": 1, "溶解氧": 8, "化学需氧量": 10, "总磷": 0.06},
    ]
    sec = Source(
        "sections",
        [
            {"断面编码": "R1", "水体类型": "河流", "行政区划代码": "A"},
            {"断面编码": "L1", "水体类型": "湖库", "行政区划代码": "A"},
        ],
    )
    means = stations.section_means(
        Source("obs", obs), ["R1", "L1"], P.get("elements.environment.water_pollutants")
    )
    rows, ids = environment.section_rows(sec, P, None, means)
    units = join_units(Source("units", [{"行政区划代码": "A"}]), [], [])
    r = environment.evaluate_env(units, P, sections=(rows, ids, "sections"), allow_partial=True)[0]
    # section max: R1 0.1 (COD), L1 0.2 (TP lake); mean over sections = 0.15
    assert r["env_water_index"] == pytest.approx(0.15)
    assert r["env_water_worst"] == "L1:tp" and r["env_class"] == "overload"
