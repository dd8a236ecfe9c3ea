"""The monitoring rules on the database (store/monitoring.py), on both
backends: the QC of core/monitoring as the import's hook finds exactly the
faults planted in the sample hourly records and stores each record's code;
alerts, outlet alarms, the Spearman trend over stored years, station
coverage, the due list and the units × periods inventory, each against a
hand calculation written here."""

import datetime
import os
import sys

import pandas as pd
import pytest

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.store import evaluation, importer, monitoring, stations

from store_testing import ROOT, SAMPLE, table_counts

sys.path.insert(0, os.path.join(ROOT, "scripts"))
import make_sample_stations as sample_stations  # noqa: E402

GPKG = os.path.join(SAMPLE, "shifan.gpkg")
P = load_profile()
KEY = ["station_id", "pollutant", "code", "period", "count"]


@pytest.fixture
def st_store(sample_store):
    """The catalogue, the sample's units, its air stations and water
    sections and one pollution source (in 东港区 990103)."""
    s = sample_store
    air = stations.read_stations_layer(
        GPKG,
        "air_station",
        "air",
        "站点编码",
        "站点名称",
        department="ecology_environment",
        target_srid=s.srid,
    )
    water = stations.read_stations_layer(
        GPKG,
        "water_section",
        "water",
        "断面编码",
        "断面名称",
        water_body_field="水体类型",
        target_srid=s.srid,
    )
    stations.locate_units(s, air + water)
    src = [
        stations.StationRecord(
            "91330100MA0001", "示范化工有限公司", "source", "990103", enterprise="示范化工有限公司"
        )
    ]
    stations.add_stations(s, air + water + src)
    return s


@pytest.fixture(scope="module")
def hourly_csv(tmp_path_factory):
    """The sample hourly records (scripts/make_sample_stations.py), in the
    long layout: station_id, time, pollutant, value."""
    return str(sample_stations.write(tmp_path_factory.mktemp("hourly"))[0])


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8-sig")
    return str(p)


def test_the_monitoring_qc_finds_the_planted_faults_through_the_import(st_store, hourly_csv):
    s = st_store
    qc = monitoring.MonitoringQC(P, year=2025, name="air_hourly_2025.csv")
    rep = stations.import_station_observations(s, hourly_csv, "air_hourly", qc, dry_run=False)
    codes = sample_stations.station_codes()
    got = qc.findings
    assert sorted(tuple(r) for r in got[KEY].itertuples(index=False)) == sorted(
        tuple(r) for r in sample_stations.planted(codes)[KEY].itertuples(index=False)
    )
    # 3 × 6 × 8760 − 48 records + 4 sent again; the 3 + 1 sent again are not stored
    assert rep.records == 3 * 6 * 8760 - 48 + 4 and rep.duplicates == 4
    assert rep.added == 3 * 6 * 8760 - 48
    # every record keeps its code: 14 flat-line PM2.5 hours of 9901A01, invalid
    flat = s.query(
        "SELECT count(*), min(observed_at) FROM station_observations WHERE "
        "qc_code = 'flat_line' AND valid = ?",
        (False,),
    )[0]
    assert (flat[0], str(flat[1])[:16].replace("T", " ")) == (14, "2025-03-10 04:00")
    # the record without a value is stored as one, marked missing
    assert s.query(
        "SELECT value, qc_code FROM station_observations WHERE station_code = "
        "'9901A03' AND pollutant = 'pm25' AND observed_at = ?",
        ("2025-11-11T11:00:00",),
    ) == [(None, "missing")]
    # the jump stays valid (listed for review)
    assert s.query("SELECT value, valid FROM station_observations WHERE qc_code = 'jump'") in (
        [(420.0, True)],
        [(420.0, 1)],
    )
    stored = monitoring.findings(s, P)
    assert len(stored) == 9 and set(stored["file_name"]) == {"air_hourly_2025.csv"}
    assert set(stored["qc_code"]) == {
        "flat_line",
        "day_incomplete",
        "jump",
        "negative",
        "gap",
        "above_range",
        "duplicate",
        "conflict",
        "missing",
    }
    # the same file again changes nothing (the record without a value included)
    before = table_counts(s)
    again = stations.import_station_observations(
        s, hourly_csv, "air_hourly", monitoring.MonitoringQC(P, year=2025), dry_run=False
    )
    assert (again.added, again.conflicts, again.written) == (0, 0, False)
    assert table_counts(s) == before


def test_alerts_of_daily_air_and_water_records(st_store, tmp_path):
    s = st_store
    air = (
        "站点编码,日期,SO2,PM10,PM2.5\n"
        "9901A01,2025-01-01,15,234,115\n"
        "9901A01,2025-01-02,16,140,60\n"
    )
    qc = monitoring.MonitoringQC(P, annual=False)
    stations.import_station_observations(s, write(tmp_path, "a.csv", air), "air_daily", qc)
    found, alarms = monitoring.alerts(qc.records, P, s)
    got = {(r.pollutant, r.period): round(r.ratio, 4) for r in found.itertuples()}
    # GB 3095-2012 Grade II 24-h limits: PM10 150, PM2.5 75; 234/150 − 1, 115/75 − 1
    assert got == {("pm10", "2025-01-01"): 0.56, ("pm25", "2025-01-01"): 0.5333}
    assert len(alarms) == 0
    # a lake section with TP 0.1 mg/L (class III lake limit 0.05) and DO 4 (limit 5)
    water = "断面编码,月份,溶解氧,总磷\n9901W01,1,4,0.1\n"
    s.execute("UPDATE stations SET water_body = '湖库' WHERE code = '9901W01'")
    qc = monitoring.MonitoringQC(P, annual=False)
    stations.import_station_observations(s, write(tmp_path, "w.csv", water), "water", qc, year=2025)
    found, _ = monitoring.alerts(qc.records, P, s)
    got = {r.pollutant: round(r.ratio, 4) for r in found.itertuples()}
    # 0.1/0.05 − 1 = 1.0; DO: 5/4 − 1 = 0.25
    assert got == {"tp": 1.0, "do": 0.25}


def test_outlet_alarms_of_pollution_source_records(st_store, tmp_path):
    s = st_store
    # the example of docs/monitoring.md: 40, 60, 70, 40, 55, —, 56, 57, 42, 50 against 50
    values = [40, 60, 70, 40, 55, None, 56, 57, 42, 50]
    text = "企业编码,排放口编号,监测时间,污染物,排放浓度,许可限值\n" + "".join(
        f"91330100MA0001,DW001,2025-03-01 {h:02d}:00,化学需氧量,{'' if v is None else v},50\n"
        for h, v in enumerate(values)
    )
    qc = monitoring.MonitoringQC(P, annual=False)
    rep = stations.import_station_observations(
        s, write(tmp_path, "s.csv", text), "source", qc, dry_run=False
    )
    assert rep.added == 9
    _, alarms = monitoring.alerts(qc.records, P, s)
    runs = [(r.start.hour, int(r.steps), round(r.max_ratio, 4)) for r in alarms.itertuples()]
    # runs of 2 hours (60, 70: 70/50 − 1 = 0.4), 1 hour (55: 0.1), 2 hours (56, 57: 0.14)
    assert runs == [(1, 2, 0.4), (4, 1, 0.1), (6, 2, 0.14)]
    assert all(alarms["alarm"]) and set(alarms["outlet_id"]) == {"DW001"}


def test_spearman_trend_over_the_stored_years(st_store, tmp_path):
    s = st_store
    # daily PM2.5 of 9901A01 whose annual means are those of the worked example
    # 2019–2025 (docs/monitoring.md): v − 1, v, v + 1 repeated for 363 days (a
    # constant would be a flat line), then v for the last 2 or 3 days: mean v
    means = {2019: 52, 2020: 49, 2021: 49, 2022: 45, 2023: 41, 2024: 43, 2025: 38}
    lines = ["站点编码,日期,污染物,浓度"]
    for year, v in means.items():
        day, i = datetime.date(year, 1, 1), 0
        while day.year == year:
            lines.append(f"9901A01,{day.isoformat()},PM2.5,{v + (i % 3 - 1 if i < 363 else 0)}")
            day += datetime.timedelta(days=1)
            i += 1
    path = write(tmp_path, "pm25.csv", "\n".join(lines) + "\n")
    rep = stations.import_station_observations(
        s, path, "air_daily", monitoring.MonitoringQC(P, annual=True), dry_run=False
    )
    assert rep.added == sum(366 if y % 4 == 0 else 365 for y in means)
    annual = monitoring.annual_values(s, P, ["9901A01"])
    assert dict(zip(annual["year"], annual["value"])) == {y: float(v) for y, v in means.items()}
    t = monitoring.station_trends(annual, P).set_index("pollutant")
    # Σd² = 108.5, rs = 1 − 6 × 108.5 / (343 − 7) = −0.9375 ≥ 0.893 (n = 7, α = 0.01)
    assert t.loc["pm25", "rs"] == pytest.approx(-0.9375)
    assert (t.loc["pm25", "trend"], t.loc["pm25", "level"], t.loc["pm25", "change"]) == (
        "falling",
        0.01,
        "improving",
    )


def test_coverage_lists_units_without_enough_stations(st_store, tmp_path):
    s = st_store
    # 2025 daily air records of one station of 城关区 for 300 days only
    lines = ["站点编码,日期,PM2.5"]
    day = datetime.date(2025, 1, 1)
    for _ in range(300):
        lines.append(f"9901A01,{day.isoformat()},40")
        day += datetime.timedelta(days=1)
    stations.import_station_observations(
        s,
        write(tmp_path, "a.csv", "\n".join(lines) + "\n"),
        "air_daily",
        monitoring.MonitoringQC(P, annual=False),
        dry_run=False,
    )
    flags = pd.DataFrame({"unit_code": ["990102", "990103"], "has_river": [1, 0]})
    rows, notes = monitoring.coverage(s, 2025, P, unit_fields=flags)
    by = {(r.unit_code, r.station_type): r for r in rows.itertuples()}
    stations_per_county = dict(
        s.query("SELECT unit_code, count(*) FROM stations WHERE kind = 'air' GROUP BY unit_code")
    )
    # every county misses air: no station has 324 valid days (9901A01 has 300)
    assert {u for u, t in by if t == "air"} == {
        r[0] for r in s.query("SELECT code FROM units WHERE level = 'county'")
    }
    assert (
        by[("990102", "air")].qualified == 0
        and by[("990102", "air")].stations == stations_per_county["990102"]
    )
    # water: required only where has_river = 1 (990102, whose sections have no
    # records); the counties the table does not give are noted, not checked
    assert [u for u, t in by if t == "water"] == ["990102"]
    assert by[("990102", "water")].missing == 1
    assert any("has_river" in n and "990121" in n for n in notes)
    assert by[("990102", "air")].unit_name == "城关区"


def test_a_new_observation_of_an_overloaded_unit_marks_it_due(st_store, tmp_path):
    s = st_store
    run = evaluation.make_run("carrying_capacity_2016", P, period=2025)
    run.finished_at = "2025-06-30T00:00:00Z"
    evaluation.write_run(
        s,
        run,
        [
            {"unit_code": "990102", "load_type": "overload", "warning_level": "red"},
            {"unit_code": "990103", "load_type": "critical", "warning_level": "yellow"},
            {"unit_code": "990123", "load_type": "none", "warning_level": "green"},
        ],
    )
    # before any newer record: 990103 (critical) due a year later; the others
    # not yet; the five counties never evaluated are due as of the day
    rows = monitoring.due(s, "2026-07-10", P).set_index("unit_code")
    assert rows.loc["990103", "rule"] == "yearly"
    # due 2026-06-30, as of 2026-07-10: 10 days overdue
    assert rows.loc["990103", "overdue_days"] == 10
    assert rows.loc["990102", "rule"] == "yearly" and "990123" not in rows.index
    assert sorted(rows.index[rows["rule"] == "never"]) == [
        "990121",
        "990122",
        "990124",
        "990125",
        "990126",
    ]
    # a station record of 2025-07-03 in 城关区 (overloaded): due at once
    air = "站点编码,日期,PM2.5\n9901A01,2025-07-03,40\n9901A01,2025-07-04,41\n"
    stations.import_station_observations(
        s,
        write(tmp_path, "a.csv", air),
        "air_daily",
        monitoring.MonitoringQC(P, annual=False),
        dry_run=False,
    )
    rows = monitoring.due(s, "2025-07-10", P, never=False).set_index("unit_code")
    assert list(rows.index) == ["990102"]
    assert (rows.loc["990102", "rule"], rows.loc["990102", "overdue_days"]) == ("continuous", 7)
    assert rows.loc["990102", "due_date"] == pd.Timestamp("2025-07-03")
    assert rows.loc["990102", "unit_name"] == "城关区"
    lines = monitoring.reminder_lines(rows.reset_index())
    assert lines[0].startswith("城关区 (990102):") and "7 day(s) overdue" in lines[0]


def test_inventory_counts_present_and_missing_values(sample_store, tmp_path):
    s = sample_store
    text = (
        "行政区划代码,年份,用水总量,地下水供水量\n990102,2025,30304.0,2750.0\n"
        "990103,2025,18720.0,\n"
    )
    importer.import_indicators(
        s, write(tmp_path, "w.csv", text), "water", dry_run=False, skip_blank=True
    )
    inv = monitoring.inventory(s, P, fields=["water_use", "gw_use"])
    got = {(r.unit_code, r.period): (r.present, r.missing) for r in inv.itertuples()}
    assert got[("990102", "2025")] == (2, 0)
    assert got[("990103", "2025")] == (1, 1)
    assert got[("990121", "2025")] == (0, 2)
    assert len(inv) == 8 and set(inv["period"]) == {"2025"}


def test_a_large_file_is_checked_and_written_by_groups_of_whole_stations(st_store, hourly_csv):
    s = st_store
    groups = []
    qc = monitoring.MonitoringQC(
        P,
        year=2025,
        keep_records=False,
        on_records=lambda r: groups.append(sorted(set(r["station_id"]))),
    )
    # 3 stations of 52 560 ± a few records each: one group per station
    rep = stations.import_station_observations(
        s, hourly_csv, "air_hourly", qc, dry_run=False, batch_records=60000
    )
    assert groups == [["9901A01"], ["9901A02"], ["9901A03"]]
    codes = sample_stations.station_codes()
    assert sorted(tuple(r) for r in qc.findings[KEY].itertuples(index=False)) == sorted(
        tuple(r) for r in sample_stations.planted(codes)[KEY].itertuples(index=False)
    )
    assert qc.records is None
    assert (rep.added, rep.duplicates, rep.invalid) == (3 * 6 * 8760 - 48, 4, 23)
    assert s.scalar("SELECT count(*) FROM imports WHERE kind = 'stations'") == 1
    assert s.scalar("SELECT count(*) FROM qc_findings") == 9
