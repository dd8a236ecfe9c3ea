"""The dock's 行动 tab driven offscreen the way a user does: the measures of a
unit clicked on the map or picked in the list (with and without an earlier
result), a message for a layer that is not a 2016 warning result, the
remediation plan with its overdue tasks highlighted, a status edited and
saved (and a save refused by a read-only folder leaving the file as it
was), the targets table and chart, and the tab at 360 px with nothing cut,
in Chinese and English.

Expected measure codes are typed by hand from the [[actions.measures]]
entries of profiles/default.toml; the target numbers from a hand
calculation of docs/actions.md's definitions."""

import datetime
import os
import time

import pandas as pd
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtGui import QColor

import maps_testdata as td
from cc_warning_plugin import qt_i18n
from gui_fit import chart_cut, cut
from tests.conftest import make_read_only
from tests.helpers import write_csv

CRS = QgsCoordinateReferenceSystem("EPSG:4527")
TODAY = datetime.date.today()


def settle(seconds=0.3):
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("actions_dock")
    return {
        "result": td.write_result(str(d / "result_2025.gpkg")),
        "earlier": td.write_result(str(d / "result_2020.gpkg"), 2020, td.EARLIER),
    }


@pytest.fixture
def language():
    return "en_US"


@pytest.fixture
def dock(qgis_app, qgis_iface, plugin, data, language):
    qt_i18n.install(language)
    project = QgsProject.instance()
    project.clear()
    result = QgsVectorLayer(data["result"], "预警结果2025", "ogr")
    earlier = QgsVectorLayer(data["earlier"], "预警结果2020", "ogr")
    assert result.isValid() and earlier.isValid()
    project.addMapLayers([result, earlier])
    from cc_warning_plugin.gui.dock import WarningMapDock

    d = WarningMapDock(qgis_iface)
    d.resize(360, 900)
    d.show()
    settle()
    d.set_result(result, "warning")
    d.layers = {"result": result, "earlier": earlier}
    settle()
    try:
        yield d
    finally:
        d.cleanup()
        d.hide()
        d.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        project.clear()
        qt_i18n.install("en_US")


def panel_of(dock):
    p = dock.panel("actions")
    dock.show_panel(p)
    settle()
    return p


def codes(entries):
    return [m.code for m in entries]


# ---------------------------------------------------------------------------
# a. measures of a unit
# ---------------------------------------------------------------------------


def test_measures_of_a_clicked_unit_without_history(dock):
    p = panel_of(dock)
    # 城关区 (990101) is the first square: red, overloaded; land overloaded,
    # environment critical → LAND-O, ENV-C, RED-LIMIT; 奖惩: P-RED (red); no
    # earlier period, so nothing depends on the change
    x, y = td.X0 + td.SIDE / 2, td.Y0 + td.SIDE / 2
    a = p.show_unit_at(QgsPointXY(x, y), CRS)
    assert a is not None and a.unit_code == "990101"
    assert codes(a.measures) == ["LAND-O", "ENV-C", "RED-LIMIT"]
    assert codes(a.incentives) == ["P-RED"]
    assert a.state.change == "not_compared"
    text = p.measures_browser.toPlainText()
    for code in ("LAND-O", "ENV-C", "RED-LIMIT", "P-RED"):
        assert code in text
    assert "no earlier period" in text  # the reason
    assert p.unit_combo.currentData() == "990101"
    assert dock.tabs.currentWidget().widget() is p


def test_measures_with_the_level_change_from_an_earlier_result(dock):
    p = panel_of(dock)
    p.earlier_combo.setLayer(dock.layers["earlier"])
    # 城关区: orange (2020) → red (2025), same overload type: raised → P-RAISED too
    p.unit_combo.setCurrentIndex(p.unit_combo.findData("990101"))
    a = p.unit_actions
    assert a.unit_code == "990101" and a.state.change == "raised"
    assert codes(a.measures) == ["LAND-O", "ENV-C", "RED-LIMIT"]
    assert codes(a.incentives) == ["P-RED", "P-RAISED"]
    # 南湖县 (990104): red (2020) → blue, environment critical: ENV-C; lowered →
    # R-LOWERED; blue → C-GREEN
    a = p.show_unit("990104")
    assert codes(a.measures) == ["ENV-C"]
    assert codes(a.incentives) == ["R-LOWERED", "C-GREEN"]
    assert "2020" in p.measures_browser.toPlainText()
    # 西岭县 (990105): green in both periods (2 periods) → R-GREEN-KEPT, C-GREEN
    a = p.show_unit("990105")
    assert codes(a.measures) == [] and codes(a.incentives) == ["R-GREEN-KEPT", "C-GREEN"]
    # 丘陵县 (990108) is not in 2020: not compared, yellow critical with env critical
    a = p.show_unit("990108")
    assert a.state.change == "not_compared"
    assert codes(a.measures) == ["ENV-C"] and codes(a.incentives) == []


def test_a_layer_that_is_not_a_warning_result(dock, tmp_path):
    p = panel_of(dock)
    other = QgsVectorLayer("Polygon?crs=EPSG:4527&field=名称:string", "乡镇边界", "memory")
    QgsProject.instance().addMapLayer(other)
    dock.set_result(other)
    settle()
    text = p.measures_browser.toPlainText()
    assert "'乡镇边界' lacks the fields 行政区划代码, warning_level, load_type" in text
    assert "warning result of the 2016 method" in text
    assert p.show_unit("990101") is None
    assert p.unit_combo.count() == 1  # only the empty entry


# ---------------------------------------------------------------------------
# b. remediation plan
# ---------------------------------------------------------------------------

PLAN_HEADER = [
    "行政区划代码",
    "评价单元名称",
    "任务",
    "责任部门",
    "完成时限",
    "状态",
    "完成日期",
    "备注",
]


def plan_file(folder, ext=".csv"):
    """Three tasks: one 10 days overdue (推进中), one done although its deadline
    passed (已完成, not overdue), one due in 30 days (未开始)."""
    rows = [
        [
            "990101",
            "城关区",
            "编制超载治理工作方案",
            "县级人民政府",
            (TODAY - datetime.timedelta(days=10)).isoformat(),
            "推进中",
            "",
            "",
        ],
        [
            "990101",
            "城关区",
            "盘活存量建设用地",
            "自然资源局",
            (TODAY - datetime.timedelta(days=40)).isoformat(),
            "已完成",
            (TODAY - datetime.timedelta(days=45)).isoformat(),
            "提前完成",
        ],
        [
            "990107",
            "平原县",
            "削减污染物排放总量",
            "生态环境局",
            (TODAY + datetime.timedelta(days=30)).isoformat(),
            "未开始",
            "",
            "",
        ],
    ]
    path = os.path.join(str(folder), "remediation_plan" + ext)
    if ext == ".csv":
        write_csv(
            path, [dict(zip(PLAN_HEADER, r)) for r in rows], PLAN_HEADER, encoding="utf-8-sig"
        )
    else:
        pd.DataFrame(rows, columns=PLAN_HEADER).to_excel(path, index=False)
    return path


def test_overdue_tasks_are_highlighted(dock, tmp_path):
    p = panel_of(dock)
    assert p.open_plan(plan_file(tmp_path))
    t = p.plan_table
    assert t.rowCount() == 3 and t.isVisible()
    assert p.overdue_rows == {0: 10}
    red = QColor("#fcbba1")
    assert t.item(0, 1).background().color() == red
    assert t.item(0, 0).toolTip().startswith("Overdue by 10 days")
    for i in (1, 2):  # done, and not yet due
        assert t.item(i, 1).background().style() == Qt.BrushStyle.NoBrush
        assert "Overdue" not in t.item(i, 1).toolTip()
    assert "1 of 3 tasks overdue" in p.plan_note.text()
    # the task due in 30 days, its deadline moved to yesterday: overdue by 1 day
    t.item(2, 2).setText((TODAY - datetime.timedelta(days=1)).isoformat())
    assert p.overdue_rows == {0: 10, 2: 1}
    assert t.item(2, 1).background().color() == red


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_edit_a_status_and_save(dock, tmp_path, ext):
    p = panel_of(dock)
    path = plan_file(tmp_path, ext)
    p.open_plan(path)
    item = p.plan_table.item(0, 3)
    assert item.text() == "In progress" and item.data(Qt.ItemDataRole.UserRole) == "in_progress"
    # the user picks 已完成 (done) in the status list
    item.setData(Qt.ItemDataRole.UserRole, "done")
    item.setText("Done")
    assert p.overdue_rows == {}  # done: no longer overdue
    assert p.save_plan()
    assert dock.messages[-1] == f"Plan saved: {path}"
    assert sorted(os.listdir(tmp_path)) == [os.path.basename(path)]  # no temp file left
    from cc_warning_plugin.core.actions.reminders import load_plan
    from cc_warning_plugin.core.profile import load_profile

    tasks = load_plan(path, load_profile(None))
    assert [x.status for x in tasks] == ["done", "done", "planned"]
    assert tasks[0].done_on == TODAY  # finished today
    assert tasks[1].note == "提前完成"
    # the file keeps its Chinese headers and labels
    frame = (
        pd.read_excel(path, dtype=str)
        if ext == ".xlsx"
        else pd.read_csv(path, encoding="utf-8-sig", dtype=str)
    )
    assert list(frame.columns) == PLAN_HEADER
    assert list(frame["状态"]) == ["已完成", "已完成", "未开始"]
    # opened again: the edit is there
    p.open_plan(path)
    assert p.plan_table.item(0, 3).data(Qt.ItemDataRole.UserRole) == "done"


def test_save_to_a_read_only_folder_leaves_the_file(dock, tmp_path):
    p = panel_of(dock)
    folder = tmp_path / "locked"
    folder.mkdir()
    path = plan_file(folder)
    before = open(path, "rb").read()
    p.open_plan(path)
    p.plan_table.item(0, 3).setData(Qt.ItemDataRole.UserRole, "done")
    undo = make_read_only(folder)
    try:
        assert not p.save_plan()
        assert open(path, "rb").read() == before
        assert os.listdir(folder) == ["remediation_plan.csv"]
    finally:
        undo()
    message = dock.messages[-1]
    assert message.startswith("The plan was not saved:") and path in message
    assert "The file is unchanged." in message


# ---------------------------------------------------------------------------
# c. targets
# ---------------------------------------------------------------------------


def targets_files(folder):
    t = write_csv(
        str(folder / "targets.csv"),
        [
            {
                "指标": "湿地保护率",
                "区域": "990100",
                "基准年": 2020,
                "基准值": 60,
                "目标年": 2025,
                "目标值": 80,
                "方向": "不低于",
            },
            {
                "指标": "森林覆盖率",
                "区域": "990100",
                "基准年": 2015,
                "基准值": 70,
                "目标年": 2025,
                "目标值": 76,
                "方向": "不低于",
            },
        ],
        ["指标", "区域", "基准年", "基准值", "目标年", "目标值", "方向"],
        encoding="utf-8-sig",
    )
    o = write_csv(
        str(folder / "observations.csv"),
        [
            {"区域": "990100", "指标": "湿地保护率", "年份": 2023, "数值": 70},
            {"区域": "990100", "指标": "森林覆盖率", "年份": 2018, "数值": 72},
            {"区域": "990100", "指标": "森林覆盖率", "年份": 2020, "数值": 73},
        ],
        ["区域", "指标", "年份", "数值"],
        encoding="utf-8-sig",
    )
    return t, o


def test_targets_table_and_chart(dock, tmp_path):
    p = panel_of(dock)
    t, o = targets_files(tmp_path)
    statuses = p.track_targets(t, o)
    assert len(statuses) == 2
    table = p.targets_table
    rows = [[table.item(i, j).text() for j in range(1, 6)] for i in range(table.rowCount())]
    # 湿地保护率: (70 − 60) / (80 − 60) = 50 %; the line through (2020, 60) and
    # (2023, 70) has the slope 10/3 per year → 60 + 5 · 10/3 = 76.67 in 2025 < 80
    # 森林覆盖率: (73 − 70) / (76 − 70) = 50 %; least squares through (2015, 70),
    # (2018, 72), (2020, 73): mean year 2017.667, mean value 71.667, Sxy = 23/3,
    # Sxx = 38/3, slope 23/38 = 0.605 → 71.667 + 7.333 · 0.605 = 76.11 ≥ 76 → on track
    assert rows == [["60", "≥ 80", "70", "50", "Off track"], ["70", "≥ 76", "73", "50", "On track"]]
    assert table.item(0, 5).toolTip() == "Linear projection to 2025: 76.67"
    assert table.item(1, 5).toolTip() == "Linear projection to 2025: 76.11"
    assert table.item(0, 0).text() == "Wetland protection rate (990100, 2025)"
    # the chart of the selected target: the series with the red target line
    assert p.canvas.isVisible()
    ax = p.figure.axes[0]
    target_lines = [c for c in ax.collections if c.get_label() == "Target"]
    assert len(target_lines) == 1
    settle()
    assert chart_cut(p.figure) == []
    table.selectRow(1)
    p.progress_radio.setChecked(True)
    settle()
    ax = p.figure.axes[0]
    assert [round(b.get_width()) for b in ax.patches] == [50]
    assert chart_cut(p.figure) == []


# ---------------------------------------------------------------------------
# the tab at 360 px
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_the_tab_fits_360_px(dock, tmp_path, language):
    p = panel_of(dock)
    p.earlier_combo.setLayer(dock.layers["earlier"])
    p.show_unit("990101")
    p.open_plan(plan_file(tmp_path))
    t, o = targets_files(tmp_path)
    p.track_targets(t, o)
    settle()
    while p._redraw.isActive():
        settle(0.05)
    assert dock.width() == 360
    problems = cut(dock)
    assert problems == [], "\n".join(problems)
    assert chart_cut(p.figure) == []
    bar = dock.tabs.tabBar()
    index = dock.tabs.index_of_page(p)
    assert bar.tabToolTip(index) == p.title()
    assert not p.tab_icon().isNull()
    if language == "zh_CN":
        assert bar.tabText(index) == "行动"
        assert p.title() == "行动与目标"
