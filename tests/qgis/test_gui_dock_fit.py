"""The dock on a planner's screen: at 360 px wide (a 1366×768 laptop) no
label, button, tab or table column is cut and the chart's texts stay inside
the figure, in Chinese and in English; the tabs show short labels there and
their full titles as tooltips."""

import time

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

import maps_testdata as td
from cc_warning_plugin import qt_i18n
from gui_fit import chart_cut, cut


def settle(seconds=0.3):
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("dock_fit")
    return {
        "result": td.write_result(str(d / "result_2025.gpkg")),
        "earlier": td.write_result(str(d / "result_2020.gpkg"), 2020, td.EARLIER),
    }


@pytest.fixture(params=["zh_CN", "en_US"])
def narrow_dock(request, qgis_app, qgis_iface, plugin, data):
    qt_i18n.install(request.param)
    project = QgsProject.instance()
    project.clear()
    result = QgsVectorLayer(data["result"], "承载能力监测预警结果 2025 年", "ogr")
    earlier = QgsVectorLayer(data["earlier"], "承载能力监测预警结果 2020 年", "ogr")
    project.addMapLayers([result, earlier])
    from cc_warning_plugin.gui.dock import WarningMapDock

    dock = WarningMapDock(qgis_iface)
    dock.resize(360, 740)
    dock.show()
    settle()
    dock.set_result(result, "warning")
    compare = dock.panel("compare")
    compare.earlier_combo.setLayer(earlier)
    compare.later_combo.setLayer(result)
    assert compare.compare_periods() is not None
    settle()
    try:
        yield dock, request.param
    finally:
        dock.cleanup()
        dock.hide()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        project.clear()
        qt_i18n.install("en_US")


def show_tab(dock, index):
    dock.tabs.setCurrentIndex(index)
    settle()
    stats = dock.panel("statistics")
    while stats._redraw.isActive():  # the chart is redrawn for its new size
        settle(0.05)


def test_nothing_is_cut_at_360_px(narrow_dock):
    dock, lang = narrow_dock
    assert dock.width() == 360
    problems = []
    for i in range(dock.tabs.count()):
        show_tab(dock, i)
        problems += [f"tab {i}: {p}" for p in cut(dock)]
    assert problems == [], "\n".join(problems)


def test_tabs_fit_with_short_labels_and_full_tooltips(narrow_dock):
    dock, lang = narrow_dock
    bar = dock.tabs.tabBar()
    titles = [p.title() for p in dock.panels.values()]
    assert [bar.tabToolTip(i) for i in range(bar.count())] == titles
    # nine tabs do not fit with their full titles at 360 px
    assert [bar.tabText(i) for i in range(bar.count())] != titles
    if lang == "zh_CN":
        # the short Chinese labels fit
        assert [bar.tabText(i) for i in range(bar.count())] == [
            "底图",
            "统计",
            "对比",
            "查询",
            "出图",
            "报告",
            "符合性",
            "数据库",
            "行动",
        ]
    dock.resize(2000, 740)  # a wide dock shows the full titles
    settle()
    assert [bar.tabText(i) for i in range(bar.count())] == titles
    assert cut(dock) == []


def test_statistics_table_and_chart_fit(narrow_dock):
    dock, lang = narrow_dock
    stats = dock.panel("statistics")
    show_tab(dock, dock.tabs.index_of_page(stats))
    t = stats.table
    # every class of the warning levels and its numbers are shown whole
    assert t.rowCount() == 6 and t.isVisible()
    assert t.horizontalScrollBar().maximum() == 0
    assert t.verticalScrollBar().maximum() == 0  # the whole table, no inner scrolling
    # the chart is drawn for the canvas it is shown in, and no text leaves it
    canvas = stats.canvas
    w, h = stats.figure.get_size_inches() * stats.figure.dpi
    assert (w, h) == pytest.approx(
        (canvas.width() * canvas.device_pixel_ratio, canvas.height() * canvas.device_pixel_ratio),
        abs=1,
    )
    assert chart_cut(stats.figure) == []
    ax = stats.figure.axes[0]
    # the largest value (200 km²) is printed inside the axes
    values = [t for t in ax.texts if t.get_text().strip() == "200.0"]
    assert len(values) == 3
    renderer = stats.figure.canvas.get_renderer()
    right = ax.get_window_extent(renderer).x1
    assert all(t.get_window_extent(renderer).x1 <= right for t in values)
    stats.pie_radio.setChecked(True)
    settle()
    assert chart_cut(stats.figure) == []
    stats.bar_radio.setChecked(True)


def test_period_table_starts_empty_with_its_headings(qgis_app, qgis_iface, plugin):
    qt_i18n.install("zh_CN")
    from cc_warning_plugin.gui.dock import WarningMapDock

    dock = WarningMapDock(qgis_iface)
    try:
        t = dock.panel("compare").table
        assert t.rowCount() == 0
        headings = [
            t.horizontalHeaderItem(j).text().replace("\n", "") for j in range(t.columnCount())
        ]
        assert headings == ["行政区划代码", "名称", "前期", "后期", "变化"]
    finally:
        dock.cleanup()
        dock.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        qt_i18n.install("en_US")
