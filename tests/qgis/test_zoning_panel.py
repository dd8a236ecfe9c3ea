"""The 符合性分析 tab of the dock, driven the way a user does it (offscreen):
the 三区三线 and the further layers found in the project, a site picked on the
map and one drawn on it, the verdicts with their reasons in the tables, the
report opened, the choices kept in the project, and nothing cut at 360 px.
Expected verdicts are the sample's design (docs/zoning.md, "Sample data")."""

import os
import time

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from cc_warning_plugin import qt_i18n
from gui_fit import cut

SAMPLE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    "cc_warning_plugin",
    "sample_data",
)
SHIFAN = os.path.join(SAMPLE, "shifan.gpkg")
ZONING = os.path.join(SAMPLE, "zoning.gpkg")
LIST = os.path.join(SAMPLE, "zoning_access_list.xlsx")
CRS = QgsCoordinateReferenceSystem("EPSG:4527")


def settle(seconds=0.2):
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


@pytest.fixture
def project_layers(qgis_app, plugin):
    project = QgsProject.instance()
    project.clear()
    layers = {
        "units": QgsVectorLayer(f"{ZONING}|layername=control_unit", "生态环境管控单元", "ogr"),
        "sites": QgsVectorLayer(f"{ZONING}|layername=project_site", "建设项目", "ogr"),
        "eco": QgsVectorLayer(f"{SHIFAN}|layername=eco_redline", "生态保护红线", "ogr"),
        "farm": QgsVectorLayer(f"{SHIFAN}|layername=farmland_protection", "永久基本农田", "ogr"),
        "urban": QgsVectorLayer(f"{SHIFAN}|layername=urban_boundary", "城镇开发边界", "ogr"),
        "water": QgsVectorLayer(f"{ZONING}|layername=drinking_water", "饮用水水源保护区", "ogr"),
        "park": QgsVectorLayer(f"{ZONING}|layername=industrial_park", "industrial_park", "ogr"),
        "warning": QgsVectorLayer(os.path.join(SAMPLE, "design.csv"), "预警结果", "ogr"),
    }
    assert all(layer.isValid() for layer in layers.values())
    project.addMapLayers(list(layers.values()))
    yield layers
    project.clear()


@pytest.fixture
def language():
    """The interface language of a test (the dock is built after it is set)."""
    return "en_US"


@pytest.fixture
def dock(qgis_iface, project_layers, language):
    from cc_warning_plugin.gui.dock import WarningMapDock

    qt_i18n.install(language)
    d = WarningMapDock(qgis_iface)
    d.resize(360, 900)
    d.show()
    settle()
    yield d
    d.cleanup()
    d.hide()
    d.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    qt_i18n.install("en_US")


def site_point(layer, site_id):
    f = next(f for f in layer.getFeatures() if f["项目编号"] == site_id)
    return f.geometry().pointOnSurface().asPoint()


def choose(panel, layers, with_list=True):
    panel.combos["sites"].setLayer(layers["sites"])
    panel.combos["units"].setLayer(layers["units"])
    panel.combos["warning"].setLayer(layers["warning"])
    panel.list_widget.setFilePath(LIST if with_list else "")


def test_layers_found_in_the_project(dock, project_layers):
    panel = dock.panel("compliance")
    assert panel.combos["eco_redline"].currentLayer() is project_layers["eco"]
    assert panel.combos["farmland"].currentLayer() is project_layers["farm"]
    assert panel.combos["urban_boundary"].currentLayer() is project_layers["urban"]
    # named after a layer key or its Chinese name: taken for the conditions
    assert {layer.name() for layer in panel.further_layers()} == {
        "饮用水水源保护区",
        "industrial_park",
    }


@pytest.mark.parametrize("language", ["zh_CN"])
def test_a_picked_site_gets_its_verdicts_and_report(dock, project_layers):
    panel = dock.panel("compliance")
    choose(panel, project_layers)
    sites = project_layers["sites"]
    feat = panel.pick_site_at(site_point(sites, "P2"), CRS)
    assert feat["项目编号"] == "P2"
    assert [f["项目编号"] for f in sites.selectedFeatures()] == ["P2"]
    assert panel.selected_check.isChecked()
    res = panel.run_analysis()
    assert res is not None
    c = panel.conclusions
    assert c.rowCount() == 1
    assert c.item(0, 0).text() == "P2 示例有机化工厂"
    assert c.item(0, 1).text() == "不匹配"
    assert c.item(0, 2).text() == "Z01, Y01"
    t = panel.table
    rows = {
        t.item(i, 1).text(): (t.item(i, 2).text(), t.item(i, 3).text()) for i in range(t.rowCount())
    }
    # the design of P2: on the red line, manufacturing in a priority unit, two text-only
    assert set(rows) == {"Z01", "Z02", "Z03", "Z04", "Z05", "Y01", "Y02", "Y03"}
    assert rows["Z01"][0] == "不匹配" and "生态保护红线" in rows["Z01"][1]
    assert rows["Y01"][0] == "不匹配" and "C2614" in rows["Y01"][1]
    assert rows["Y02"][0] == "无法判断"
    assert rows["Z04"][0] == "不适用"
    opened = []
    panel.open_url = opened.append
    path = panel.open_report()
    assert path.endswith("P2.html") and os.path.isfile(path)
    assert os.path.isfile(path[:-5] + ".pdf")
    assert opened[0].toLocalFile() == path
    with open(path, encoding="utf-8") as fh:
        html = fh.read()
    assert "不匹配" in html and "data:image/png;base64," in html
    assert "示范市生态环境准入清单" in html


@pytest.mark.parametrize("language", ["zh_CN"])
def test_a_drawn_site_is_analysed(dock, project_layers):
    panel = dock.panel("compliance")
    choose(panel, project_layers)
    canvas = dock.iface.mapCanvas()
    from cc_warning_plugin.gui.panels.compliance import SiteDrawTool

    drawn = []
    tool = SiteDrawTool(canvas, drawn.append)
    # a 200 m square where P1 (a food plant in the general unit of 西山镇) lies
    p = site_point(project_layers["sites"], "P1")
    for dx, dy in ((-100, -100), (100, -100), (100, 100), (-100, 100)):
        tool.add_point(QgsPointXY(p.x() + dx, p.y() + dy))
    assert tool.finish() is not None
    assert drawn[0].area() == pytest.approx(200 * 200)
    assert tool.finish() is None  # nothing left to finish
    panel.name_edit.setText("手绘蔬菜加工厂")
    panel.industry_edit.setText("C1371")
    feat = panel.add_drawn_site(drawn[0], CRS)
    layer = panel.drawn_layer()
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
    assert feat["项目编号"] == "D1" and feat["行业代码"] == "C1371"
    assert panel.combos["sites"].currentLayer() is layer
    assert panel.run_analysis() is not None
    c = panel.conclusions
    assert c.rowCount() == 1
    assert c.item(0, 0).text() == "D1 手绘蔬菜加工厂"
    # water use, COD and land area are not given: 无法判断, never a guess
    assert c.item(0, 1).text() == "无法判断"
    t = panel.table
    rows = {t.item(i, 1).text(): t.item(i, 2).text() for i in range(t.rowCount())}
    assert rows["Z05"] == "无法判断" and rows["Z04"] == "不适用" and rows["Z01"] == "匹配"
    assert os.path.isfile(panel.report_path("D1"))


@pytest.mark.parametrize("language", ["zh_CN"])
def test_without_a_list_no_verdict(dock, project_layers):
    panel = dock.panel("compliance")
    choose(panel, project_layers, with_list=False)
    panel.selected_check.setChecked(False)
    assert panel.run_analysis() is not None
    c = panel.conclusions
    assert c.rowCount() == 5
    assert {c.item(i, 1).text() for i in range(5)} == {"无结论"}
    assert panel.table.rowCount() == 0
    assert "缺少官方清单时不判断符合性" in dock.messages[-1]
    with open(panel.report_path("P3"), encoding="utf-8") as fh:
        assert "缺少官方清单时不判断符合性" in fh.read()


def test_choices_are_kept_in_the_project(qgis_iface, dock, project_layers):
    panel = dock.panel("compliance")
    choose(panel, project_layers)
    panel.combos["farmland"].setLayer(None)
    panel.combos["farmland"].setLayer(project_layers["eco"])
    from cc_warning_plugin.gui.dock import WarningMapDock

    other = WarningMapDock(qgis_iface)
    try:
        again = other.panel("compliance")
        assert again.combos["units"].currentLayer() is project_layers["units"]
        assert again.combos["sites"].currentLayer() is project_layers["sites"]
        assert again.combos["farmland"].currentLayer() is project_layers["eco"]
        assert again.list_widget.filePath() == LIST
    finally:
        other.cleanup()
        other.deleteLater()


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_nothing_is_cut_at_360_px_with_verdicts(dock, project_layers):
    panel = dock.panel("compliance")
    choose(panel, project_layers)
    panel.selected_check.setChecked(False)
    assert panel.run_analysis() is not None
    dock.show_panel(panel)
    settle(0.4)
    assert dock.width() == 360
    problems = cut(dock)
    assert problems == [], "\n".join(problems)
    assert panel.table.horizontalScrollBar().maximum() == 0
    assert panel.table.rowCount() == 37  # the clauses of the five projects
