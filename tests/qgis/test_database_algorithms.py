"""The algorithms of the monitoring database (group 监测预警数据库) through
Processing, on a GeoPackage and on the real PostGIS of the test session
(reached through a connection saved in QGIS): create/open/upgrade, units,
stations, indicator imports with the dry-run report, station records
through the QC, coverage, the 2016 chain from the database, the temporal
history layer and its frames, the due list, backup and restore — and bad
input (a read-only or locked GeoPackage, a lost connection, a refusal by
row-level security, a newer schema, bad rows, an unknown connection): a
message naming the file, row, column or table, and the database exactly as
before. Expected values are typed by hand from the sample's design
(sample_data/design.csv), docs/database.md and docs/monitoring.md."""

import csv
import datetime
import json
import os
import sqlite3
import zipfile

import pandas as pd
import pytest
from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtGui import QColor, QImage

from database_testing import SAMPLE, Databases, Target, basic_auth, counts, login, table_counts

BACKENDS = ["gpkg", "postgis"]
GPKG = os.path.join(SAMPLE, "shifan.gpkg")
COUNTY = f"{GPKG}|layername=county"
ZH = {
    "超载": "overload",
    "临界超载": "critical",
    "不超载": "none",
    "红色": "red",
    "橙色": "orange",
    "黄色": "yellow",
    "蓝色": "blue",
    "绿色": "green",
}
#: the sample's levels of 2020 (docs/database.md "The sample database": from 2020
#: to 2025 城关区 orange → red, 东港区 and 湖滨县 blue → yellow, 南川县 red → blue,
#: 北岭县 red → orange, the others keep theirs)
LEVELS_2020 = {
    "990102": "orange",
    "990103": "blue",
    "990121": "blue",
    "990122": "red",
    "990123": "green",
    "990124": "red",
    "990125": "red",
    "990126": "green",
}


def design():
    with open(os.path.join(SAMPLE, "design.csv"), encoding="utf-8-sig") as fh:
        return {r["行政区划代码"]: r for r in csv.DictReader(fh)}


LEVELS_2025 = {c: ZH[r["预警等级"]] for c, r in design().items()}
LOADS_2025 = {c: ZH[r["超载类型"]] for c, r in design().items()}


class Feedback(QgsProcessingFeedback):
    """Keeps every message (to check that no password is in any)."""

    def __init__(self, on_progress=None):
        super().__init__()
        self.messages = []
        if on_progress is not None:
            self.progressChanged.connect(lambda p: on_progress(self, p))

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.messages.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.messages.append(text)
        super().pushWarning(text)

    def reportError(self, text, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self.messages.append(text)
        super().reportError(text, fatalError)


@pytest.fixture
def run(plugin):
    import processing

    def run_alg(alg_id, params, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(
            f"cc_warning:{alg_id}", params, context=context, feedback=feedback or Feedback()
        )

    return run_alg


@pytest.fixture(params=BACKENDS)
def dbs(request, tmp_path):
    d = Databases(request.param, str(tmp_path), request)
    yield d
    d.close()


def write(tmp_path, name, text, encoding="utf-8-sig"):
    p = tmp_path / name
    p.write_text(text, encoding=encoding)
    return str(p)


def new_database(run, dbs, units=True):
    t = dbs.new()
    run("db_create", dict(t.params))
    if units:
        run("db_load_units", dict(t.params, INPUT=COUNTY))
    return t


# -- create / open / upgrade ------------------------------------------------------------


def test_create_open_and_refuse_a_newer_schema(run, dbs):
    t = dbs.new()
    first = run("db_create", dict(t.params))
    assert (first["CREATED"], first["SCHEMA_VERSION"]) == (1, 2)
    assert "up to date" in first["STATUS"]
    again = run("db_create", dict(t.params))
    assert (again["CREATED"], again["SCHEMA_VERSION"]) == (0, 2)
    # departments and the 35 indicators of the 2016 chain
    assert counts(t, ["departments", "indicators"]) == {"departments": 7, "indicators": 35}
    with dbs.open(t) as s:
        s.execute(
            "INSERT INTO schema_version (version, name, applied_at, plugin_version) "
            "VALUES (3, 'future', '2030-01-01T00:00:00Z', '9.9')"
        )
    before = counts(t)
    for alg, params in (("db_create", {"UPGRADE": True}), ("db_load_units", {"INPUT": COUNTY})):
        with pytest.raises(QgsProcessingException) as err:
            run(alg, dict(t.params, **params))
        assert "has schema version 3, newer than this plugin knows" in str(err.value)
    assert counts(t) == before


def test_an_older_database_is_upgraded_when_asked(run, dbs):
    from cc_warning_plugin.store.db import create_geopackage, create_postgis

    t = dbs.new()
    old = (
        create_geopackage(t.target, version=1)
        if t.backend == "gpkg"
        else create_postgis(t.target, version=1)
    )
    old.close()
    seen = run("db_create", dict(t.params))
    assert seen["SCHEMA_VERSION"] == 1 and "An upgrade is available" in seen["STATUS"]
    done = run("db_create", dict(t.params, UPGRADE=True))
    assert done["SCHEMA_VERSION"] == 2 and "up to date" in done["STATUS"]
    with dbs.open(t) as s:
        assert s.table_exists("dual_summaries") and s.table_exists("remarks")
    if t.backend == "gpkg":
        # the GeoPackage was copied as it was before the upgrade
        assert done["BACKUP"] == t.target[:-5] + "_before_v1.gpkg"
        with sqlite3.connect(done["BACKUP"]) as con:
            assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 1
    else:
        assert done["BACKUP"] == ""


def test_an_unknown_connection_or_two_databases_are_named(run, tmp_path, plugin):
    with pytest.raises(
        QgsProcessingException, match="no saved PostgreSQL connection named 'nowhere'"
    ):
        run("db_due_list", {"CONNECTION": "nowhere", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="Give the monitoring database"):
        run("db_due_list", {"OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="not both"):
        run(
            "db_due_list",
            {
                "OUTPUT": "TEMPORARY_OUTPUT",
                "CONNECTION": "nowhere",
                "DATABASE": str(tmp_path / "x.gpkg"),
            },
        )


def test_an_import_file_or_report_of_another_kind_is_named(run, tmp_path, plugin):
    doc = write(tmp_path, "values.docx", "x")
    csv_file = write(tmp_path, "values.csv", "x")
    gpkg = str(tmp_path / "x.gpkg")
    for alg_id, text in (
        ("db_import_indicators", "an indicator file is an Excel workbook"),
        ("db_import_stations", "station records are an Excel workbook"),
    ):
        with pytest.raises(QgsProcessingException, match=text):
            run(alg_id, {"DATABASE": gpkg, "INPUT": doc})
    with pytest.raises(QgsProcessingException, match=r"must end in \.xlsx / \.csv"):
        run(
            "db_import_indicators",
            {"DATABASE": gpkg, "INPUT": csv_file, "REPORT": str(tmp_path / "t.docx")},
        )


# -- units and stations -----------------------------------------------------------------


def test_units_are_loaded_once_and_bad_codes_are_named(run, dbs, tmp_path):
    t = new_database(run, dbs, units=False)
    r = run("db_load_units", dict(t.params, INPUT=COUNTY))
    assert (r["ADDED"], r["UNCHANGED"]) == (8, 0)
    r = run("db_load_units", dict(t.params, INPUT=f"{GPKG}|layername=township", LEVEL=1))
    assert r["ADDED"] == 33
    r = run("db_load_units", dict(t.params, INPUT=COUNTY))
    assert (r["ADDED"], r["UNCHANGED"]) == (0, 8)
    # a layer with a duplicate and a malformed code: named, nothing written
    bad = write_units(
        tmp_path, [("990201", "甲县"), ("990201", "乙县"), ("99020X", "丙县"), ("9902", "丁县")]
    )
    before = counts(t)
    with pytest.raises(QgsProcessingException) as err:
        run("db_load_units", dict(t.params, INPUT=bad))
    text = str(err.value)
    assert "3 unit code problem(s)" in text
    assert "feature 2: code 990201 appears twice (also at" in text
    assert "feature 3: code '99020X' has characters other than digits" in text
    assert "feature 4: code 9902 has 4 digits; a county code has 6" in text
    assert counts(t) == before


def write_units(tmp_path, items):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorFileWriter
    from cc_warning_plugin.compat import FieldType

    layer = QgsVectorLayer("Polygon?crs=EPSG:4527", "bad_units", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("行政区划代码", FieldType.String), QgsField("名称", FieldType.String)]
    )
    layer.updateFields()
    feats = []
    for i, (code, name) in enumerate(items):
        f = QgsFeature(layer.fields())
        x = 39500000 + 1000 * i
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} 4000000,{x + 900} 4000000,"
                f"{x + 900} 4000900,{x} 4000900,{x} 4000000))"
            )
        )
        f.setAttributes([code, name])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    path = str(tmp_path / "bad_units.gpkg")
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    from qgis.core import QgsCoordinateTransformContext

    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, QgsCoordinateTransformContext(), opts)
    return path


def load_stations(run, t):
    a = run("db_load_stations", dict(t.params, INPUT=f"{GPKG}|layername=air_station"))
    w = run("db_load_stations", dict(t.params, INPUT=f"{GPKG}|layername=water_section", KIND=1))
    return a, w


def test_stations_are_loaded_with_their_county(run, dbs):
    t = new_database(run, dbs)
    a, w = load_stations(run, t)
    assert (a["ADDED"], w["ADDED"], a["WITHOUT_UNIT"], w["WITHOUT_UNIT"]) == (14, 20, 0, 0)
    with dbs.open(t) as s:
        units = dict(s.query("SELECT code, unit_code FROM stations WHERE kind = 'water'"))
        bodies = dict(s.query("SELECT code, water_body FROM stations WHERE kind = 'water'"))
    # the sample's section table gives each section's county and water body
    with open(os.path.join(SAMPLE, "water_sections_2025.csv"), encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            assert (units[r["断面编码"]], bodies[r["断面编码"]]) == (
                r["行政区划代码"],
                r["水体类型"],
            )
    again = run("db_load_stations", dict(t.params, INPUT=f"{GPKG}|layername=air_station"))
    assert (again["ADDED"], again["EXISTING"]) == (0, 14)


# -- indicators -----------------------------------------------------------------------------

WATER = (
    "行政区划代码,年份,用水总量,地下水供水量\n"
    "990102,2025,30304.0,2750.0\n"
    "990103,2025,18720.0,2400.0\n"
)
WATER_2 = (
    "行政区划代码,年份,用水总量,地下水供水量\n"
    "990102,2025,30304.0,2800.0\n"
    "990103,2025,18720.0,约2400\n"
    "990121,2025,12000.0,900.0\n"
)


def test_indicator_import_dry_run_report_then_one_transaction(run, dbs, tmp_path):
    t = new_database(run, dbs)
    before = counts(t)
    rep_path = str(tmp_path / "report.xlsx")
    dry = run(
        "db_import_indicators",
        dict(t.params, INPUT=write(tmp_path, "w.csv", WATER), DEPARTMENT=2, REPORT=rep_path),
    )
    assert (dry["ADDED"], dry["REJECTED"], dry["IMPORT_ID"]) == (4, 0, 0)
    assert counts(t) == before
    report = pd.read_excel(rep_path, dtype={"unit_code": str})
    assert list(report["status"]) == ["added"] * 4
    assert sorted(zip(report["row"], report["column"])) == [
        (2, "地下水供水量"),
        (2, "用水总量"),
        (3, "地下水供水量"),
        (3, "用水总量"),
    ]
    done = run(
        "db_import_indicators",
        dict(t.params, INPUT=write(tmp_path, "w.csv", WATER), DEPARTMENT=2, DRY_RUN=False),
    )
    assert done["ADDED"] == 4 and done["IMPORT_ID"] > 0
    # a corrected file: one value changed, two unchanged, one text cell, one new unit
    rep2 = str(tmp_path / "report2.csv")
    dry = run(
        "db_import_indicators",
        dict(t.params, INPUT=write(tmp_path, "w2.csv", WATER_2), DEPARTMENT=2, REPORT=rep2),
    )
    assert (dry["ADDED"], dry["CHANGED"], dry["UNCHANGED"], dry["REJECTED"]) == (2, 1, 2, 1)
    rows = pd.read_csv(rep2, dtype=str, encoding="utf-8-sig")
    got = {(r.status, int(r.row), r.column) for r in rows.itertuples()}
    assert got == {
        ("rejected", 3, "地下水供水量"),
        ("changed", 2, "地下水供水量"),
        ("unchanged", 2, "用水总量"),
        ("unchanged", 3, "用水总量"),
        ("added", 4, "用水总量"),
        ("added", 4, "地下水供水量"),
    }
    changed = rows[rows["status"] == "changed"].iloc[0]
    assert (float(changed["value"]), float(changed["stored_value"]), changed["version"]) == (
        2800.0,
        2750.0,
        "2",
    )
    rejected = rows[rows["status"] == "rejected"].iloc[0]
    assert "'约2400' is not a number" in rejected["reason"]
    # the real import of that file is refused as a whole, naming the row and column
    before = counts(t)
    with pytest.raises(QgsProcessingException) as err:
        run(
            "db_import_indicators",
            dict(t.params, INPUT=write(tmp_path, "w2.csv", WATER_2), DEPARTMENT=2, DRY_RUN=False),
        )
    assert "w2.csv: 1 rejected row(s) or cell(s)" in str(err.value)
    assert "row 3, column 地下水供水量: '约2400' is not a number" in str(err.value)
    assert counts(t) == before


def test_a_read_only_geopackage(run, tmp_path, plugin, read_only, request):
    dbs = Databases("gpkg", str(tmp_path), request)
    folder = tmp_path / "ro"
    folder.mkdir()
    dbs.folder = str(folder)
    t = new_database(run, dbs)
    before = counts(t)
    read_only(folder)
    with pytest.raises(QgsProcessingException) as err:
        run(
            "db_import_indicators",
            dict(t.params, INPUT=write(tmp_path, "w.csv", WATER), DEPARTMENT=2, DRY_RUN=False),
        )
    assert f"GeoPackage {t.target} cannot be written while importing w.csv" in str(err.value)
    # the dry run works read-only
    assert (
        run(
            "db_import_indicators",
            dict(t.params, INPUT=write(tmp_path, "w.csv", WATER), DEPARTMENT=2),
        )["ADDED"]
        == 4
    )
    assert counts(t) == before


def test_a_locked_geopackage(run, tmp_path, plugin, request):
    dbs = Databases("gpkg", str(tmp_path), request)
    t = new_database(run, dbs)
    before = counts(t)
    other = sqlite3.connect(t.target, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(QgsProcessingException) as err:
            run(
                "db_import_indicators",
                dict(t.params, INPUT=write(tmp_path, "w.csv", WATER), DEPARTMENT=2, DRY_RUN=False),
            )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert f"GeoPackage {t.target} is locked by another program" in str(err.value)
    assert counts(t) == before


def long_table(path, units, years):
    """Long layout: unit, indicator, year, value — one row per cell."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["行政区划代码", "指标", "年份", "数值"])
        for y in years:
            for u in units:
                for ind, v in (("用水总量", 1000), ("地下水供水量", 100)):
                    w.writerow([u, ind, y, v])
    return path


def test_a_lost_connection_mid_import_leaves_nothing(run, tmp_path, plugin, request, pg_cluster):
    dbs = Databases("postgis", str(tmp_path), request)
    try:
        t = new_database(run, dbs)
        run("db_load_units", dict(t.params, INPUT=f"{GPKG}|layername=township", LEVEL=1))
        with dbs.open(t) as s:
            codes = [r[0] for r in s.query("SELECT code FROM units")]
        # 41 units × 2 indicators × 30 years = 2 460 rows: two chunks of 2 000
        path = long_table(str(tmp_path / "long.csv"), codes, range(1990, 2020))
        before = counts(t)
        killed = []

        def kill(fb, p):
            if not killed and p > 50:
                killed.append(
                    pg_cluster.sql(
                        "postgres",
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = %s AND application_name = 'cc_warning_plugin'",
                        (t.target["dbname"],),
                    )
                )

        with pytest.raises(QgsProcessingException) as err:
            run(
                "db_import_indicators",
                dict(t.params, INPUT=path, DEPARTMENT=2, DRY_RUN=False),
                Feedback(kill),
            )
        assert killed
        assert "was lost while importing long.csv" in str(err.value)
        assert "nothing of it was written" in str(err.value)
        assert counts(t) == before
    finally:
        dbs.close()


def test_row_level_security_refuses_another_departments_values(
    run, tmp_path, plugin, request, pg_cluster
):
    dbs = Databases("postgis", str(tmp_path), request)
    try:
        t = new_database(run, dbs)
        login(pg_cluster, t.target["dbname"], "wang", "cc_editor_water")
        wang = dbs.connection(t.target, f"wang {t.target['dbname']}", user="wang")
        air = write(
            tmp_path, "air.csv", "行政区划代码,年份,SO2年均浓度,PM2.5年均浓度\n990102,2025,12,52\n"
        )
        before = counts(t)
        with pytest.raises(QgsProcessingException) as err:
            # wang claims to import as 生态环境 (ecology_environment)
            run(
                "db_import_indicators",
                {"CONNECTION": wang, "INPUT": air, "DEPARTMENT": 3, "DRY_RUN": False},
            )
        assert "row-level security refused a row of table imports for the role wang" in str(
            err.value
        )
        assert "Nothing was written" in str(err.value)
        assert counts(t) == before
        # his own department's values go in
        r = run(
            "db_import_indicators",
            {
                "CONNECTION": wang,
                "DEPARTMENT": 2,
                "INPUT": write(tmp_path, "w.csv", WATER),
                "DRY_RUN": False,
            },
        )
        assert r["ADDED"] == 4
    finally:
        dbs.close()


# -- station records ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hourly_csv(tmp_path_factory):
    import make_sample_stations

    return str(make_sample_stations.write(tmp_path_factory.mktemp("hourly"))[0])


def layer_rows(path):
    layer = QgsVectorLayer(path, "t", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def test_station_records_through_the_qc_with_report_alerts_and_trends(
    run, dbs, tmp_path, hourly_csv
):
    t = new_database(run, dbs)
    load_stations(run, t)
    before = counts(t)
    dry = run(
        "db_import_stations",
        dict(
            t.params,
            INPUT=hourly_csv,
            FORMAT=1,
            YEAR=2025,
            QC_REPORT=str(tmp_path / "qc.gpkg"),
            ALERTS=str(tmp_path / "alerts.gpkg"),
        ),
    )
    assert counts(t) == before
    # docs/monitoring.md "Sample records": exactly the planted faults
    assert dry["FINDINGS"] == 9 and dry["INVALID"] == 14 + 2 + 1 + 3 + 2 + 1
    found = {
        (r["station_id"], r["pollutant"], r["qc_code"], r["count"])
        for r in layer_rows(dry["QC_REPORT"])
    }
    assert found == {
        ("9901A01", "pm25", "flat_line", 14),
        ("9901A01", "pm25", "day_incomplete", 10),
        ("9901A01", "no2", "jump", 1),
        ("9901A02", "so2", "negative", 2),
        ("9901A02", "pm10", "gap", 48),
        ("9901A03", "pm10", "above_range", 1),
        ("9901A03", "co", "duplicate", 3),
        ("9901A03", "o3", "conflict", 2),
        ("9901A03", "pm25", "missing", 1),
    }
    done = run(
        "db_import_stations", dict(t.params, INPUT=hourly_csv, FORMAT=1, YEAR=2025, DRY_RUN=False)
    )
    assert done["ADDED"] == 3 * 6 * 8760 - 48 and done["IMPORT_ID"] > 0
    with dbs.open(t) as s:
        assert s.scalar("SELECT count(*) FROM qc_findings") == 9
        assert (
            s.scalar("SELECT count(*) FROM station_observations WHERE qc_code = 'flat_line'") == 14
        )
    # daily air values: 9901A01 on 2025-01-01 has PM10 234 and PM2.5 115 above the
    # GB 3095-2012 24-h limits 150 and 75: ratios 234/150 − 1 = 0.56, 115/75 − 1
    r = run(
        "db_import_stations",
        dict(
            t.params,
            INPUT=os.path.join(SAMPLE, "air_daily_2025.csv"),
            FORMAT=0,
            YEAR=2025,
            DRY_RUN=False,
            ALERTS=str(tmp_path / "alerts_daily.gpkg"),
            TRENDS=str(tmp_path / "trends.gpkg"),
        ),
    )
    alerts = {
        (a["station_id"], a["pollutant"], a["period"]): a["ratio"] for a in layer_rows(r["ALERTS"])
    }
    assert alerts[("9901A01", "pm10", "2025-01-01")] == pytest.approx(0.56)
    assert alerts[("9901A01", "pm25", "2025-01-01")] == pytest.approx(115 / 75 - 1)
    assert r["ALERT_COUNT"] == len(alerts)
    # one year in the database: every series too short for a trend
    trends = layer_rows(r["TRENDS"])
    assert trends and {x["trend"] for x in trends} == {"too_short"}


def test_pollution_source_alarms(run, dbs, tmp_path):
    t = new_database(run, dbs)
    with dbs.open(t) as s:
        from cc_warning_plugin.store import stations

        stations.add_stations(
            s,
            [
                stations.StationRecord(
                    "91330100MA0001",
                    "示范化工有限公司",
                    "source",
                    "990103",
                    enterprise="示范化工有限公司",
                )
            ],
        )
    # docs/monitoring.md: 40, 60, 70, 40, 55, —, 56, 57, 42, 50 against 50
    values = [40, 60, 70, 40, 55, None, 56, 57, 42, 50]
    text = "企业编码,排放口编号,监测时间,污染物,排放浓度,许可限值\n" + "".join(
        f"91330100MA0001,DW001,2025-03-01 {h:02d}:00,化学需氧量,{'' if v is None else v},50\n"
        for h, v in enumerate(values)
    )
    r = run(
        "db_import_stations",
        dict(
            t.params,
            INPUT=write(tmp_path, "s.csv", text),
            FORMAT=3,
            WHOLE_YEAR=False,
            DRY_RUN=False,
            ALERTS=str(tmp_path / "alarms.gpkg"),
        ),
    )
    runs = sorted((a["steps"], round(a["ratio"], 4)) for a in layer_rows(r["ALERTS"]))
    # runs of 2 hours (70/50 − 1 = 0.4), 1 hour (0.1) and 2 hours (57/50 − 1 = 0.14)
    assert runs == [(1, 0.1), (2, 0.14), (2, 0.4)]
    assert r["ADDED"] == 9


# -- coverage ------------------------------------------------------------------------------


def test_station_coverage_lists_the_units_to_extend(run, dbs, tmp_path):
    t = new_database(run, dbs)
    run("db_load_stations", dict(t.params, INPUT=f"{GPKG}|layername=air_station"))
    run(
        "db_import_stations",
        dict(
            t.params,
            INPUT=os.path.join(SAMPLE, "air_daily_2025.csv"),
            FORMAT=0,
            YEAR=2025,
            DRY_RUN=False,
        ),
    )
    flags = write(
        tmp_path,
        "rivers.csv",
        "行政区划代码,has_river\n990102,1\n990103,0\n"
        "990121,0\n990122,0\n990123,0\n990124,1\n"
        "990125,0\n990126,0\n",
    )
    r = run(
        "db_station_coverage",
        dict(
            t.params,
            PERIOD=2025,
            UNIT_FIELDS=flags,
            OUTPUT=str(tmp_path / "cov.gpkg"),
            TABLE=str(tmp_path / "cov.xlsx"),
        ),
    )
    # every county has an air station with 365 valid days; no section is loaded,
    # and only 城关区 and 河湾县 have rivers
    rows = layer_rows(r["OUTPUT"])
    assert sorted(
        (x["unit_code"], x["station_type"], x["stations"], x["missing"]) for x in rows
    ) == [("990102", "water", 0, 1), ("990124", "water", 0, 1)]
    layer = QgsVectorLayer(r["OUTPUT"], "cov", "ogr")
    assert layer.geometryType() == 2 and all(f.hasGeometry() for f in layer.getFeatures())
    table = pd.read_excel(r["TABLE"], dtype={"unit_code": str})
    assert sorted(table["unit_code"]) == ["990102", "990124"]


# -- evaluation, history, due list ---------------------------------------------------------


@pytest.fixture(scope="module", params=BACKENDS)
def sample(request, tmp_path_factory):
    """The sample database (evaluated for 2015, 2020 and 2025), read only by
    the tests that use it."""
    d = Databases(request.param, str(tmp_path_factory.mktemp("sample")), request)
    t = d.sample()
    yield t
    d.close()


def test_evaluation_from_the_database_reproduces_the_design_and_supersedes(run, dbs, tmp_path):
    t = dbs.sample()
    r = run(
        "db_evaluate_2016",
        dict(
            t.params,
            PERIOD=2025,
            NATIONAL_RATES=os.path.join(SAMPLE, "national_rates.csv"),
            OUTPUT=str(tmp_path / "eval.gpkg"),
            MISSING=str(tmp_path / "missing.csv"),
        ),
    )
    assert r["SUPERSEDED"] == 1
    got = {x["unit_code"]: x for x in layer_rows(r["OUTPUT"])}
    assert {c: x["warning_level"] for c, x in got.items()} == LEVELS_2025
    assert {c: x["load_type"] for c, x in got.items()} == LOADS_2025
    assert {x["run_id"] for x in got.values()} == {r["RUN_ID"]}
    # the units whose 农产品主产区类型 the file leaves empty (docs/database.md)
    missing = pd.read_csv(r["MISSING"], dtype=str, encoding="utf-8-sig")
    blank = sorted(c for c, x in design().items() if not x["农产品主产区类型"])
    assert sorted(missing["unit_code"]) == blank and set(missing["fields"]) == {"agri_type"}
    from cc_warning_plugin.store import evaluation

    with dbs.open(t) as s:
        runs = evaluation.runs(s, 2025)
        assert [x["run_id"] for x in runs][-1] == r["RUN_ID"] and len(runs) == 2
        current = evaluation.current_results(s, 2025)
        assert {x["run_id"] for x in current} == {r["RUN_ID"]}
        # the earlier run keeps its results
        assert len(evaluation.results(s, runs[0]["run_id"])) == 8
        rec = runs[-1]
        assert rec["parameters"]["algorithm"] == "cc_warning:db_evaluate_2016"
        assert rec["base_period_code"] == "2020"
        assert list(rec["inputs"].values())[0] == sha256(os.path.join(SAMPLE, "national_rates.csv"))
    layer = QgsVectorLayer(r["OUTPUT"], "eval", "ogr")
    assert layer.renderer().type() == "categorizedSymbol"


def sha256(path):
    import hashlib

    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def frame_levels(layer, year):
    """The levels of the features the temporal controller shows on 1 July of
    ``year``."""
    props = layer.temporalProperties()
    ctx = QgsVectorLayerTemporalContext()
    ctx.setLayer(layer)
    day = QDate(year, 7, 1)
    rng = QgsDateTimeRange(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)))
    expr = props.createFilterString(ctx, rng)
    req = QgsFeatureRequest().setFilterExpression(expr)
    return {f["unit_code"]: f["warning_level"] for f in layer.getFeatures(req)}


def test_history_layer_animates_over_the_years(run, sample, tmp_path, plugin):
    import processing

    context = QgsProcessingContext()
    project = QgsProject.instance()
    context.setProject(project)
    out = str(tmp_path / "history.gpkg")
    r = processing.runAndLoadResults(
        "cc_warning:db_history",
        dict(sample.params, OUTPUT=out, FRAMES=str(tmp_path / "frames")),
        context=context,
        feedback=Feedback(),
    )
    assert r["PERIODS"] == "2015, 2020, 2025" and r["COUNT"] == 24
    layer = project.mapLayer(r["OUTPUT"]) or next(
        ly for ly in project.mapLayers().values() if ly.source().startswith(out)
    )
    try:
        props = layer.temporalProperties()
        assert props.isActive()
        assert props.mode() == Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields
        assert (props.startField(), props.endField()) == ("period_start", "valid_until")
        assert layer.renderer().type() == "categorizedSymbol"
        assert frame_levels(layer, 2020) == LEVELS_2020
        assert frame_levels(layer, 2025) == LEVELS_2025
        # 2015 and the years between: the level of the latest evaluation before
        from cc_warning_plugin.store import evaluation

        with open_target(sample) as s:
            run_2015 = [x for x in evaluation.runs(s, 2015)][-1]["run_id"]
            levels_2015 = {
                x["unit_code"]: x["warning_level"] for x in evaluation.results(s, run_2015)
            }
        assert frame_levels(layer, 2015) == levels_2015
        assert frame_levels(layer, 2018) == levels_2015
        assert frame_levels(layer, 2023) == LEVELS_2020
        assert frame_levels(layer, 2027) == {}
    finally:
        project.removeMapLayer(layer.id())
    # the file keeps the temporal settings as its default style and in a .qml
    reopened = QgsVectorLayer(out, "h", "ogr")
    assert reopened.loadDefaultStyle()[1]
    assert reopened.temporalProperties().isActive()
    assert reopened.temporalProperties().endField() == "valid_until"
    with open(out[:-5] + ".qml", encoding="utf-8") as fh:
        assert 'endField="valid_until"' in fh.read()
    # the frames: the map of each period coloured by its levels (the legend,
    # right of the map, is left out): 2020 has no yellow unit, 2025 every level
    frames = {y: QImage(os.path.join(r["FRAMES"], f"warning_{y}.png")) for y in (2015, 2020, 2025)}
    colours = {y: map_colours(img, 800) for y, img in frames.items()}
    yellow = QColor("#ffff00").rgb()
    assert yellow not in colours[2020]
    level_colour = {
        c: QColor(col).rgb()
        for c, col in (("red", "#ff0000"), ("orange", "#ffa500"), ("yellow", "#ffff00"))
    }
    for level in ("red", "orange", "yellow"):
        assert level_colour[level] in colours[2025], level
    assert (level_colour["yellow"] in colours[2015]) == ("yellow" in levels_2015.values())


def map_colours(image, width):
    """The colours of the map part of a frame (pixels left of the legend)."""
    out = set()
    for x in range(0, min(width, image.width()), 4):
        for y in range(50, image.height(), 4):
            out.add(image.pixel(x, y))
    return out


def open_target(t):
    from cc_warning_plugin.store.db import open_store

    return open_store(t.target)


def test_due_list_and_a_new_observation_of_an_overloaded_unit(run, dbs, tmp_path):
    t = dbs.sample()
    with dbs.open(t) as s:
        from cc_warning_plugin.store import evaluation

        finished = pd.Timestamp(evaluation.runs(s, 2025)[-1]["finished_at"])
    evaluated = finished.tz_convert(datetime.datetime.now().astimezone().tzinfo).date()
    # a year and ten days after the 2025 evaluation: the critical and overloaded
    # units of the design are 10 days overdue (yearly rule), the others not due
    as_of = (pd.Timestamp(evaluated) + pd.DateOffset(months=12, days=10)).date()
    r = run(
        "db_due_list", dict(t.params, AS_OF=as_of.isoformat(), OUTPUT=str(tmp_path / "due.gpkg"))
    )
    rows = {x["unit_code"]: x for x in layer_rows(r["OUTPUT"])}
    due = sorted(c for c, load in LOADS_2025.items() if load in ("critical", "overload"))
    assert sorted(rows) == due and r["COUNT"] == 6 and r["OVERDUE"] == 6
    assert {x["rule"] for x in rows.values()} == {"yearly"}
    assert {x["overdue_days"] for x in rows.values()} == {10}
    assert r["REMINDERS"].splitlines()[0].endswith("(period 2025)")
    # a valid station record of 城关区 (overloaded) after the evaluation: due at once
    later = evaluated + datetime.timedelta(days=3)
    path = write(tmp_path, "new.csv", f"站点编码,日期,PM2.5\n9901A01,{later.isoformat()},40\n")
    run("db_import_stations", dict(t.params, INPUT=path, FORMAT=0, WHOLE_YEAR=False, DRY_RUN=False))
    r = run(
        "db_due_list",
        dict(
            t.params,
            AS_OF=(later + datetime.timedelta(days=5)).isoformat(),
            OUTPUT=str(tmp_path / "due2.gpkg"),
        ),
    )
    rows = {x["unit_code"]: x for x in layer_rows(r["OUTPUT"])}
    assert list(rows) == ["990102"]
    assert (rows["990102"]["rule"], rows["990102"]["overdue_days"]) == ("continuous", 5)


# -- backup and restore ---------------------------------------------------------------------


def test_backup_and_restore_keep_every_row(run, sample, tmp_path, request):
    out = str(tmp_path / "backup.gpkg")
    r = run("db_backup", dict(sample.params, OUTPUT=out))
    original = json.loads(r["TABLES"])
    assert original["results"] == 24 and r["ROWS"] == sum(original.values())
    with pytest.raises(QgsProcessingException, match="exists already"):
        run("db_backup", dict(sample.params, OUTPUT=out))
    # into a new GeoPackage, and into an empty PostGIS database
    back = run("db_restore", {"INPUT": out, "OUTPUT": str(tmp_path / "restored.gpkg")})
    assert json.loads(back["TABLES"]) == original
    with open_target(sample) as s, open_target(Target("gpkg", {}, back["OUTPUT"])) as g:
        assert table_counts(s) == table_counts(g)
        assert s.query(
            "SELECT unit_code, warning_level FROM results ORDER BY result_id"
        ) == g.query("SELECT unit_code, warning_level FROM results ORDER BY result_id")
    d = Databases("postgis", str(tmp_path), request)
    try:
        empty = d.new("restore")
        pg = run("db_restore", {"INPUT": out, "CONNECTION": empty.name})
        assert json.loads(pg["TABLES"]) == original
        assert counts(empty) == table_counts_of(sample)
    finally:
        d.close()


def table_counts_of(t):
    with open_target(t) as s:
        return table_counts(s)


# -- credentials never written ----------------------------------------------------------------


def test_credentials_from_the_authentication_database_are_never_written(
    run, tmp_path, plugin, request, pg_cluster
):
    secret = "Zq-sEcret-4471"
    d = Databases("postgis", str(tmp_path), request)
    try:
        t = d.sample()
        login(pg_cluster, t.target["dbname"], "li_auth", "cc_admin")
        authcfg = basic_auth("li_auth", secret)
        name = d.connection(t.target, f"li {t.target['dbname']}", user="", authcfg=authcfg)
        fb = Feedback()
        r = run(
            "db_evaluate_2016",
            {
                "CONNECTION": name,
                "PERIOD": 2025,
                "NATIONAL_RATES": os.path.join(SAMPLE, "national_rates.csv"),
                "OUTPUT": str(tmp_path / "eval.gpkg"),
            },
            fb,
        )
        from cc_warning_plugin.store import evaluation

        with open_target(t) as s:
            rec = [x for x in evaluation.runs(s, 2025) if x["run_id"] == r["RUN_ID"]][0]
            stored = str(s.query("SELECT * FROM runs"))
        # the user name came from the authentication configuration
        assert rec["user_name"] == "li_auth"
        assert rec["parameters"]["CONNECTION"] == name
        texts = [
            stored,
            json.dumps(r, default=str),
            "\n".join(fb.messages),
            fb.textLog(),
            r["PROVENANCE"],
        ]
        with open(str(tmp_path / "eval.qml"), encoding="utf-8") as fh:
            texts.append(fh.read())
        project = QgsProject.instance()
        layer = QgsVectorLayer(r["OUTPUT"], "eval", "ogr")
        project.addMapLayer(layer)
        qgz = str(tmp_path / "project.qgz")
        assert project.write(qgz)
        project.removeMapLayer(layer.id())
        with zipfile.ZipFile(qgz) as z:
            texts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        for text in texts:
            assert secret not in text
        # a wrong authentication configuration is named, before the run
        bad = d.connection(t.target, f"bad {t.target['dbname']}", user="", authcfg="zz00zz0")
        with pytest.raises(
            QgsProcessingException,
            match="authentication configuration zz00zz0, which cannot be read",
        ):
            run("db_due_list", {"CONNECTION": bad, "OUTPUT": "TEMPORARY_OUTPUT"})
    finally:
        d.close()
