"""Stations and their records on both backends: the file formats, the QC
hook (a trivial QC defined here), re-import, conflicts, rejected rows."""

import os

import numpy as np
import pandas as pd
import pytest

from cc_warning_plugin.store import stations
from cc_warning_plugin.store.errors import ImportRejected, StoreError

from store_testing import SAMPLE, table_counts

GPKG = os.path.join(SAMPLE, "shifan.gpkg")


def trivial_qc(frame):
    """Negative values invalid ('neg'), everything else 'ok'; one finding per
    station and pollutant with an invalid record. Records what it saw."""
    trivial_qc.seen = frame.copy()
    out = frame.copy()
    neg = out["value"] < 0
    out["qc_code"] = np.where(neg, "neg", "ok")
    out["valid"] = ~neg
    bad = out[neg]
    findings = (
        bad.groupby(["station_id", "pollutant"])
        .agg(start=("time", "min"), end=("time", "max"))
        .reset_index()
    )
    findings["qc_code"] = "neg"
    findings["detail"] = "negative value"
    findings["n"] = bad.groupby(["station_id", "pollutant"]).size().to_numpy()
    return out, findings


@pytest.fixture
def st_store(sample_store):
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
    stations.locate_units(s, air)
    water = stations.read_stations_layer(
        GPKG,
        "water_section",
        "water",
        "断面编码",
        "断面名称",
        water_body_field="水体类型",
        target_srid=s.srid,
    )
    stations.locate_units(s, water)
    src = [
        stations.StationRecord(
            "91330100MA0001", "示范化工有限公司", "source", "990103", enterprise="示范化工有限公司"
        )
    ]
    stations.add_stations(s, air + water + src)
    return s


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8-sig")
    return str(p)


AIR = (
    "站点编码,日期,SO2,NO2,PM10,PM2.5,CO,O3_8h\n"
    "9901A01,2025-01-01,15,33,234,115,1.1,58\n"
    "9901A01,2025-01-02,-3,45,177,99,1.1,64\n"
    "9901A01,2025-01-02,16,45,177,99,1.1,64\n"
    "9901A02,2025-01-01,12,,150,80,0.9,60\n"
)


def test_stations_get_their_unit_from_their_location(st_store):
    rows = dict(st_store.query("SELECT code, unit_code FROM stations"))
    assert len(rows) == 14 + 20 + 1
    # the sample's water-section table gives the unit of each section
    table = pd.read_csv(os.path.join(SAMPLE, "water_sections_2025.csv"), dtype=str)
    for code, unit in zip(table["断面编码"], table["行政区划代码"]):
        assert rows[code] == unit, code
    assert all(rows[c] for c in rows)


def test_air_daily_records_pass_through_the_qc_hook(st_store, tmp_path):
    s = st_store
    path = write(tmp_path, "air.csv", AIR)
    dry = stations.import_station_observations(s, path, "air_daily", trivial_qc)
    # 3 rows × 6 pollutants + 5 (an empty NO2) = 23 records; one duplicate set of 6
    assert dry.records == 23 and dry.duplicates == 6 and dry.added == 17
    assert dry.invalid == 1 and not dry.written
    seen = trivial_qc.seen
    assert list(seen.columns) == [
        "station_id",
        "time",
        "pollutant",
        "value",
        "kind",
        "outlet_id",
        "limit",
        "resolution",
    ]
    assert set(seen["resolution"]) == {"day"}
    assert str(seen["time"].dtype) == "datetime64[ns]" and set(seen["kind"]) == {"air"}
    assert set(seen["pollutant"]) == {"so2", "no2", "pm10", "pm25", "co", "o3_8h"}
    before = table_counts(s)
    rep = stations.import_station_observations(s, path, "air_daily", trivial_qc, dry_run=False)
    assert rep.written and rep.added == 17
    assert s.scalar("SELECT count(*) FROM station_observations") == 17
    # the first of the two 2025-01-02 rows was kept: its SO2 is invalid
    row = s.query(
        "SELECT value, valid, qc_code, resolution FROM station_observations WHERE "
        "station_code = '9901A01' AND pollutant = 'so2' AND observed_at = ?",
        ("2025-01-02T00:00:00",),
    )
    assert [(v, bool(ok), code, res) for v, ok, code, res in row] == [(-3.0, False, "neg", "day")]
    f = s.query_dicts("SELECT station_code, pollutant, qc_code, detail FROM qc_findings")
    assert [(r["station_code"], r["pollutant"], r["qc_code"]) for r in f] == [
        ("9901A01", "so2", "neg")
    ]
    assert f[0]["detail"].startswith("negative value") and '"n": 1' in f[0]["detail"]
    assert table_counts(s)["imports"] == before["imports"] + 1
    # the same file again changes nothing
    after = table_counts(s)
    again = stations.import_station_observations(s, path, "air_daily", trivial_qc, dry_run=False)
    assert (again.added, again.unchanged, again.written) == (0, 17, False)
    assert table_counts(s) == after


def test_a_changed_station_value_is_a_conflict_not_written(st_store, tmp_path):
    s = st_store
    stations.import_station_observations(
        s, write(tmp_path, "a.csv", AIR), "air_daily", trivial_qc, dry_run=False
    )
    before = table_counts(s)
    rep = stations.import_station_observations(
        s,
        write(tmp_path, "b.csv", AIR.replace("234", "230")),
        "air_daily",
        trivial_qc,
        dry_run=False,
    )
    assert rep.conflicts == 1 and rep.added == 0
    assert rep.conflict_items[0]["value"] == 230.0 and rep.conflict_items[0]["stored"] == 234.0
    assert table_counts(s) == before


def test_unknown_station_or_bad_cells_reject_the_file(st_store, tmp_path):
    s = st_store
    before = table_counts(s)
    bad = (
        AIR + "9901X99,2025-01-01,1,1,1,1,1,1\n9901A02,2025-13-01,1,1,1,1,1,1\n"
        "9901A02,2025-01-03,1,1,1,abc,1,1\n"
    )
    path = write(tmp_path, "bad.csv", bad)
    dry = stations.import_station_observations(s, path, "air_daily", trivial_qc)
    texts = [r.text() for r in dry.rejections]
    assert texts[0].startswith(
        "row 6, column 站点编码: '9901X99' is not in table stations as a station of kind air"
    )
    assert texts[1].startswith("row 7, column 日期: '2025-13-01' is not a time")
    assert texts[2] == "row 8, column PM2.5: 'abc' is not a number"
    with pytest.raises(ImportRejected, match="bad.csv: 3 rejected"):
        stations.import_station_observations(s, path, "air_daily", trivial_qc, dry_run=False)
    assert table_counts(s) == before


def test_a_qc_function_that_breaks_the_interface_is_refused(st_store, tmp_path):
    s = st_store
    before = table_counts(s)

    def drops_rows(frame):
        out = frame.iloc[1:].copy()
        out["qc_code"], out["valid"] = "ok", True
        return out, None

    with pytest.raises(StoreError, match="same rows"):
        stations.import_station_observations(
            s, write(tmp_path, "a.csv", AIR), "air_daily", drops_rows, dry_run=False
        )

    def no_valid(frame):
        return frame.assign(qc_code="ok"), None

    with pytest.raises(StoreError, match="no column valid"):
        stations.import_station_observations(
            s, write(tmp_path, "a.csv", AIR), "air_daily", no_valid, dry_run=False
        )
    assert table_counts(s) == before


def test_water_monthly_hourly_air_and_pollution_sources(st_store, tmp_path):
    s = st_store
    water = "断面编码,月份,溶解氧,氨氮,总磷\n9901W01,1,8.2,1.021,0.073\n9901W01,2,8.5,0.875,0.091\n"
    with pytest.raises(Exception, match="no year"):
        stations.import_station_observations(
            s, write(tmp_path, "w.csv", water), "water", trivial_qc
        )
    rep = stations.import_station_observations(
        s, write(tmp_path, "w.csv", water), "water", trivial_qc, year=2025, dry_run=False
    )
    assert rep.added == 6
    assert s.query(
        "SELECT observed_at, resolution, value FROM station_observations WHERE "
        "station_code = '9901W01' AND pollutant = 'tp' ORDER BY observed_at"
    )[1][1:] == ("month", 0.091)
    hourly = (
        "站点编码,监测时间,SO2,O3\n9901A01,2025-01-01 01:00,10,40\n9901A01,2025/1/1 2:00,11,41\n"
    )
    rep = stations.import_station_observations(
        s, write(tmp_path, "h.csv", hourly), "air_hourly", trivial_qc, dry_run=False
    )
    assert rep.added == 4
    assert (
        s.scalar(
            "SELECT count(*) FROM station_observations WHERE resolution = 'hour' AND "
            "pollutant = 'o3'"
        )
        == 2
    )
    source = (
        "企业编码,排放口编号,监测时间,污染物,排放浓度,许可限值\n"
        "91330100MA0001,DW001,2025-03-01 10:00,化学需氧量,45.2,50\n"
        "91330100MA0001,DW001,2025-03-01 11:00,化学需氧量,61.0,50\n"
        "91330100MA0001,DW001,2025-03-01 11:00,氨氮,4.1,5\n"
    )
    rep = stations.import_station_observations(
        s, write(tmp_path, "s.csv", source), "source", trivial_qc, dry_run=False
    )
    assert rep.added == 3
    seen = trivial_qc.seen
    assert list(seen["pollutant"]) == ["codcr", "codcr", "nh3n"]
    assert list(seen["outlet_id"]) == ["DW001"] * 3 and list(seen["limit"]) == [50, 50, 5]
    recs = stations.records(s, station="91330100MA0001")
    assert list(recs["limit"]) == [50.0, 50.0, 5.0] and set(recs["kind"]) == {"source"}
    assert set(recs["unit_code"]) == {"990103"}


def test_unchecked_qc_says_so(st_store, tmp_path):
    s = st_store
    stations.import_station_observations(
        s, write(tmp_path, "a.csv", AIR), "air_daily", stations.unchecked_qc, dry_run=False
    )
    assert s.query("SELECT DISTINCT qc_code FROM station_observations") == [("unchecked",)]
