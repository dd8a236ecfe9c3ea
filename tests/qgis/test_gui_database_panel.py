"""The dock's 数据库 tab driven offscreen the way a user does: connect to the
sample database (GeoPackage, and PostGIS through a saved connection), the
units × periods matrix, an indicator's time series with its thresholds and
versions, the dry-run preview then the import (background tasks), the QC
list, the due list with its reminders, the history layer for the temporal
controller, and the tab at 360 px with nothing cut, in Chinese and English.
Expected values come from the sample files and the hand-made design."""

import csv
import datetime
import os
import shutil
import time

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from cc_warning_plugin import qt_i18n
from database_testing import SAMPLE, Databases
from gui_fit import chart_cut, cut


def settle(seconds=0.3):
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def wait_until(condition, timeout=60):
    end = time.time() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.time() > end:
            raise AssertionError("condition not reached")
        time.sleep(0.02)


@pytest.fixture(scope="module")
def sample_gpkg(tmp_path_factory):
    """The sample database, evaluated (built once; each test copies it)."""
    from cc_warning_plugin.store.sample import build_sample_database

    path = str(tmp_path_factory.mktemp("sample") / "shifan_monitoring.gpkg")
    build_sample_database(path).close()
    return path


@pytest.fixture
def db(sample_gpkg, tmp_path):
    path = str(tmp_path / "monitoring.gpkg")
    shutil.copy(sample_gpkg, path)
    return path


@pytest.fixture
def dock(qgis_app, qgis_iface, plugin):
    from cc_warning_plugin.gui.dock import WarningMapDock

    project = QgsProject.instance()
    project.clear()
    d = WarningMapDock(qgis_iface)
    d.resize(360, 900)
    d.show()
    settle()
    yield d
    d.cleanup()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0)
    d.hide()
    d.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    project.clear()


def panel_of(dock):
    p = dock.panel("database")
    dock.show_panel(p)
    settle()
    return p


def sample_value(year, code, header):
    with open(os.path.join(SAMPLE, f"indicators_{year}.csv"), encoding="utf-8-sig") as fh:
        return float(next(r for r in csv.DictReader(fh) if r["行政区划代码"] == code)[header])


def test_connect_shows_what_the_database_holds(dock, db):
    p = panel_of(dock)
    assert p.connect_database(path=db)
    assert "schema version 2 (up to date)" in p.status_label.text()
    # 2025: 城关区 lacks only 农产品主产区类型 (empty in the file); 南川县 has every value
    assert p.matrix_cell("990102", "2025") == "−1"
    assert p.matrix_cell("990122", "2025") == "✓"
    assert p.matrix_periods == ["2010", "2015", "2020", "2025"]
    tip = p.matrix.item(0, 4).toolTip()
    assert "34 of 35" in tip and "agri_type" in tip
    # the sample was evaluated just now: no unit is due
    assert p.due_table.rowCount() == 0
    assert dock.messages[-1].endswith("no unit is due for evaluation.")
    # the sample's station records went in unchecked: no QC finding
    assert p.qc_table.rowCount() == 0


def test_time_series_with_thresholds_and_versions(dock, db, tmp_path):
    p = panel_of(dock)
    p.connect_database(path=db)
    frame = p.draw_series("990102", "water_use")
    assert list(frame["period_code"]) == ["2010", "2015", "2020", "2025"]
    assert frame["value"].iloc[-1] == sample_value(2025, "990102", "用水总量")
    # the water element's lines: 1.0 and 0.9 × the quota of the period
    quota = sample_value(2025, "990102", "用水总量控制指标")
    assert [ln["values"]["2025"] for ln in p.series_lines] == [
        quota * 1.0,
        pytest.approx(quota * 0.9),
    ]
    ax = p.figure.axes[0]
    assert len(ax.lines) == 3 and chart_cut(p.figure) == []
    # PM2.5: the annual limit of GB 3095-2012 (35 µg/m³)
    p.draw_series("990102", "pm25_annual")
    assert [set(ln["values"].values()) for ln in p.series_lines] == [{35.0}]
    # a corrected 2025 value: a second version; the first stays, superseded
    path = tmp_path / "w.csv"
    path.write_text("行政区划代码,年份,用水总量\n990102,2025,31000\n", encoding="utf-8")
    from cc_warning_plugin.store import importer

    with p.store() as s:
        importer.import_indicators(s, str(path), None, source="sample", dry_run=False)
    frame = p.draw_series("990102", "water_use")
    last = frame[frame["period_code"] == "2025"]
    assert list(last["version"]) == [1, 2] and list(last["current"]) == [False, True]
    assert p.versions.rowCount() == 5
    assert p.versions.item(4, 1).text() == "31000 (v2)"
    assert [ln.get_label() for ln in p.figure.axes[0].lines][1] == "earlier versions"


def test_indicator_preview_then_confirm(dock, db, tmp_path):
    p = panel_of(dock)
    p.connect_database(path=db)
    path = tmp_path / "w.csv"
    path.write_text(
        "行政区划代码,年份,用水总量,地下水供水量\n990102,2024,30000,2800\n990103,2024,18000,2300\n",
        encoding="utf-8",
    )
    before = counts_of(db)
    task = p.preview_indicators(str(path), "water")
    assert task is not None
    wait_until(lambda: p.task is None)
    assert [p.preview.item(i, 0).text() for i in range(p.preview.rowCount())] == ["added"] * 4
    assert p.confirm_button.isEnabled() and counts_of(db) == before
    p.confirm_import()
    wait_until(lambda: p.task is None)
    assert counts_of(db)["observations"] == before["observations"] + 4
    assert "2024" in p.matrix_periods
    assert p.matrix_cell("990102", "2024") == "−33"  # 2 of the 35 indicators
    # a file with a text cell: rejected in the preview, no import possible
    bad = tmp_path / "bad.csv"
    bad.write_text("行政区划代码,年份,用水总量\n990102,2030,约30000\n", encoding="utf-8")
    p.preview_indicators(str(bad), "water")
    wait_until(lambda: p.task is None)
    assert p.preview.item(0, 0).text() == "rejected" and p.preview.item(0, 1).text() == "2"
    assert not p.confirm_button.isEnabled()


def counts_of(path):
    from cc_warning_plugin.store.db import open_store
    from database_testing import table_counts

    with open_store(path) as s:
        return table_counts(s)


def test_station_preview_then_confirm_fills_the_qc_list(dock, db):
    import make_sample_stations

    out = make_sample_stations.write(__import__("pathlib").Path(os.path.dirname(db)) / "st")
    p = panel_of(dock)
    p.connect_database(path=db)
    p.preview_stations(str(out[0]), "air_hourly", 2025)
    wait_until(lambda: p.task is None, 120)
    # the nine planted faults (docs/monitoring.md "Sample records")
    assert p.preview.rowCount() == 9
    assert p.confirm_button.isEnabled()
    p.confirm_import()
    wait_until(lambda: p.task is None, 120)
    assert p.qc_table.rowCount() == 9
    labels = {p.qc_table.item(i, 2).text() for i in range(9)}
    assert "Flat line" in labels and "Gap in the records" in labels


def test_due_list_and_reminders_when_a_database_is_opened(dock, tmp_path):
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.store import evaluation
    from cc_warning_plugin.store.sample import build_sample_database

    path = str(tmp_path / "m.gpkg")
    with build_sample_database(path, evaluate=False) as s:
        run = evaluation.make_run("carrying_capacity_2016", load_profile(), period=2025)
        run.finished_at = "2025-01-10T00:00:00Z"
        evaluation.write_run(
            s,
            run,
            [
                {"unit_code": "990102", "load_type": "overload", "warning_level": "red"},
                {"unit_code": "990103", "load_type": "critical", "warning_level": "yellow"},
                {"unit_code": "990123", "load_type": "none", "warning_level": "green"},
            ],
        )
    p = panel_of(dock)
    p.connect_database(path=path)
    today = datetime.date.today()
    # 城关区 (overloaded) is due at its first station record after the evaluation
    # (the sample's daily air values: 2025-01-11, the evaluation being at 00:00 of the
    # 10th); 东港区 (critical) a year after it; 平原县 not before 2030; the five counties
    # without a result are due today
    continuous = (today - datetime.date(2025, 1, 11)).days
    yearly = (today - datetime.date(2026, 1, 10)).days
    rows = {
        p.due_table.item(i, 0).toolTip(): p.due_table.item(i, 3).text()
        for i in range(p.due_table.rowCount())
    }
    assert rows == {
        "990102": str(continuous),
        "990103": str(yearly),
        "990121": "0",
        "990122": "0",
        "990124": "0",
        "990125": "0",
        "990126": "0",
    }
    message = dock.messages[-1]
    assert message.startswith(f"GeoPackage {path}: 7 unit(s) due for evaluation, 2 overdue.")
    assert f"城关区 (990102): due 2025-01-11, {continuous} day(s) overdue" in message
    assert f"东港区 (990103): due 2026-01-10, {yearly} day(s) overdue" in message


def test_history_layer_for_the_temporal_controller(dock, db):
    p = panel_of(dock)
    p.connect_database(path=db)
    layer = p.load_history_layer()
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
    props = layer.temporalProperties()
    assert props.isActive() and (props.startField(), props.endField()) == (
        "period_start",
        "valid_until",
    )
    assert layer.featureCount() == 24
    rng = QgsProject.instance().timeSettings().temporalRange()
    assert (rng.begin().date().year(), rng.end().date().year()) == (2015, 2026)


def test_postgis_through_a_saved_connection(dock, tmp_path, request):
    d = Databases("postgis", str(tmp_path), request)
    try:
        t = d.sample()
        p = panel_of(dock)
        assert p.connect_database(connection=t.name)
        assert p.database_params() == {"CONNECTION": t.name}
        assert p.matrix_cell("990122", "2025") == "✓"
        layer = p.load_history_layer()
        assert layer.featureCount() == 24
    finally:
        d.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en_US"])
def test_the_tab_fits_360_px(dock, db, lang, tmp_path):
    qt_i18n.install(lang)
    try:
        p = panel_of(dock)
        p.connect_database(path=db)
        p.draw_series("990102", "water_use")
        bad = tmp_path / "bad.csv"
        bad.write_text(
            "行政区划代码,年份,用水总量\n990102,2030,约30000\n990103,2030,1\n", encoding="utf-8"
        )
        p.preview_indicators(str(bad), "water")
        wait_until(lambda: p.task is None)
        settle()
        assert dock.width() == 360
        assert cut(dock) == []
        assert chart_cut(p.figure) == []
    finally:
        qt_i18n.install("en_US")
