"""The warning-map dock driven programmatically (offscreen): pick a result,
style it, statistics and chart, base map, period comparison, identify,
layout, report task. Expected values come from the test data's design
(maps_testdata: eight 100 km² counties) and the profile's class sets."""

import os
import time

import pandas as pd
import pytest
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsPalettedRasterRenderer,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsTask,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtGui import QColor

import maps_testdata as td
from cc_warning_plugin import qt_i18n
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.styles.basemap import remote_reason


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("dock")
    paths = {
        "result": td.write_result(str(d / "result_2025.gpkg")),
        "earlier": td.write_result(str(d / "result_2020.gpkg"), 2020, td.EARLIER),
        "odd": td.write_result(str(d / "odd.gpkg"), extra_codes={"990105": "purple"}),
        "raster": td.write_class_raster(str(d / "agri_class.tif")),
        "base": td.write_base(str(d / "base.gpkg")),
        "dir": str(d),
    }
    return paths


@pytest.fixture(scope="module")
def chinese():
    qt_i18n.install("zh_CN")
    yield
    qt_i18n.install("en_US")


@pytest.fixture(scope="module")
def env(qgis_app, qgis_iface, processing_ready, plugin_session, data, chinese):
    from qgis.core import QgsApplication as App

    if App.processingRegistry().providerById("cc_warning") is None:
        plugin_session.provider = None
        plugin_session.initProcessing()
    project = QgsProject.instance()
    project.clear()
    layers = {
        "result": QgsVectorLayer(data["result"], "预警结果2025", "ogr"),
        "earlier": QgsVectorLayer(data["earlier"], "预警结果2020", "ogr"),
        "odd": QgsVectorLayer(data["odd"], "含未知代码的结果", "ogr"),
        "raster": QgsRasterLayer(data["raster"], "农业生产适宜性"),
    }
    base = data["base"]
    for name, title in (
        ("county", "县级行政区"),
        ("township", "乡镇"),
        ("eco_redline", "生态保护红线"),
        ("farmland_protection", "永久基本农田"),
        ("urban_boundary", "城镇开发边界"),
        ("landuse", "土地利用现状"),
        ("county_4490", "县界（经纬度）"),
    ):
        layers[name] = QgsVectorLayer(f"{base}|layername={name}", title, "ogr")
    for layer in layers.values():
        assert layer.isValid(), layer.name()
    project.addMapLayers(
        [
            layers[k]
            for k in (
                "result",
                "earlier",
                "odd",
                "raster",
                "landuse",
                "farmland_protection",
                "eco_redline",
                "urban_boundary",
                "township",
                "county",
                "county_4490",
            )
        ]
    )
    from cc_warning_plugin.gui.dock import WarningMapDock

    dock = WarningMapDock(qgis_iface)
    yield dock, layers
    dock.cleanup()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0)
    delete_now(dock)
    project.clear()


def delete_now(widget):
    """Delete a widget before QGIS exits (no event loop runs in the tests)."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def wait_for(task, timeout=60):
    end = time.time() + timeout
    while task.status() not in (QgsTask.Complete, QgsTask.Terminated):
        QCoreApplication.processEvents()
        if time.time() > end:
            raise AssertionError("task did not finish")
        time.sleep(0.02)
    for _ in range(20):  # deliver the finished signals
        QCoreApplication.processEvents()


def wait_until(condition, timeout=30):
    end = time.time() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.time() > end:
            raise AssertionError("condition not reached")
        time.sleep(0.02)


def test_style_warning_levels_with_profile_colours_and_chinese_legend(env):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    assert [dock.view_combo.itemText(i) for i in range(dock.view_combo.count())][:3] == [
        "预警等级",
        "超载类型",
        "资源环境耗损趋势",
    ]
    assert dock.panel("map").apply_style()
    r = layers["result"].renderer()
    assert isinstance(r, QgsCategorizedSymbolRenderer) and r.classAttribute() == "warning_level"
    cats = r.categories()
    # S2 order 红 橙 黄 蓝 绿, S1 colours, labels of the profile in Chinese (a
    # profile may list more codes after them, e.g. not_evaluated)
    profile = load_profile()
    assert [c.value() for c in cats] == profile.class_codes("warning_levels")
    assert [c.value() for c in cats][:5] == ["red", "orange", "yellow", "blue", "green"]
    assert [c.symbol().color().name() for c in cats][:5] == [
        "#ff0000",
        "#ffa500",
        "#ffff00",
        "#28bdfa",
        "#006400",
    ]
    assert [c.label() for c in cats][:5] == [
        "红色预警（极重警）",
        "橙色预警（重警）",
        "黄色预警（中警）",
        "蓝色预警（轻警）",
        "绿色（无警）",
    ]
    # the user's own style is kept as the "default" named style
    assert set(layers["result"].styleManager().styles()) == {"default", "cc_warning"}
    assert layers["result"].opacity() == pytest.approx(load_profile().get("maps.result_opacity"))


def test_statistics_table_chart_and_export(env, data):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    t = dock.panel("statistics").table
    rows = {
        t.item(i, 1).text(): [t.item(i, j).text() for j in (2, 3, 4)] for i in range(t.rowCount())
    }
    # red: 城关区 + 平原县 = 2 × 100 km² of 800 km² → 25 %; blue: 南湖县 → 12.5 %
    assert rows["红色预警（极重警）"] == ["2", "200.00", "25.0"]
    assert rows["蓝色预警（轻警）"] == ["1", "100.00", "12.5"]
    assert t.item(0, 0).background().color().name() == "#ff0000"
    ax = dock.panel("statistics").figure.axes[0]
    assert [round(b.get_width()) for b in ax.patches][:5] == [200, 100, 200, 100, 200]
    assert ax.patches[4].get_facecolor()[:3] == pytest.approx((0, 100 / 255, 0))
    dock.panel("statistics").pie_radio.setChecked(True)
    wedges = [p for p in dock.panel("statistics").figure.axes[0].patches]
    assert len(wedges) == 5  # every class has units
    dock.panel("statistics").bar_radio.setChecked(True)
    xlsx = os.path.join(data["dir"], "stats.xlsx")
    csv = os.path.join(data["dir"], "stats.csv")
    dock.panel("statistics").export_statistics(xlsx)
    dock.panel("statistics").export_statistics(csv)
    df = pd.read_excel(xlsx)
    assert df.iloc[0].tolist()[1:] == [2, 200.0, 25.0]
    assert df.iloc[-1].tolist()[1:] == [8, 800.0, 100.0]
    assert pd.read_csv(csv, encoding="utf-8-sig").iloc[0, 0] == "红色预警（极重警）"


def test_statistics_follow_edits_of_the_layer(env):
    dock, layers = env
    from qgis.core import QgsFeatureRequest

    mem = layers["result"].materialize(QgsFeatureRequest())
    mem.setName("编辑中的结果")
    QgsProject.instance().addMapLayer(mem)
    try:
        dock.set_result(mem, "warning")
        assert dock.stats.row("red").count == 2
        idx = mem.fields().indexOf("warning_level")
        fid = next(f.id() for f in mem.getFeatures() if f["名称"] == "南湖县")
        mem.startEditing()
        mem.changeAttributeValue(fid, idx, "red")  # 南湖县 blue → red
        wait_until(lambda: dock.stats.row("red").count == 3)
        assert dock.stats.row("blue").count == 0
        mem.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(mem.id())


def test_trend_not_evaluated_is_drawn_as_such(env):
    dock, layers = env
    from qgis.core import QgsFeatureRequest

    mem = layers["result"].materialize(QgsFeatureRequest())
    idx = mem.fields().indexOf("trend_type")
    fid = next(f.id() for f in mem.getFeatures() if f["名称"] == "丘陵县")
    mem.dataProvider().changeAttributeValues({fid: {idx: "not_evaluated"}})
    QgsProject.instance().addMapLayer(mem)
    try:
        dock.set_result(mem, "trend")
        assert dock.panel("map").apply_style()
        cats = mem.renderer().categories()
        assert [c.value() for c in cats] == ["worsening", "easing", "not_evaluated"]
        assert cats[-1].label() == "无法评价" and not any("未分类" in c.label() for c in cats)
        # worsening: 城关, 北山, 河口, 平原 (丘陵 is now not evaluated); easing: 东港, 南湖, 西岭
        assert [r.count for r in dock.stats.rows] == [4, 3, 1]
    finally:
        QgsProject.instance().removeMapLayer(mem.id())


def test_element_view_and_overload_view(env):
    dock, layers = env
    dock.set_result(layers["result"], "land")
    assert dock.panel("map").apply_style()
    cats = layers["result"].renderer().categories()
    assert layers["result"].renderer().classAttribute() == "land_class"
    assert [c.label() for c in cats] == ["超载", "临界超载", "不超载", "无法评价"]
    # land_class: overload ×3 (城关, 东港, 平原), critical ×1 (北山), none ×4
    st = dock.stats
    assert [st.row(c).count for c in ("overload", "critical", "none")] == [3, 1, 4]


def test_unknown_code_is_grey_counted_and_reported(env):
    dock, layers = env
    dock.set_result(layers["odd"], "warning")
    assert dock.panel("map").apply_style()
    cats = layers["odd"].renderer().categories()
    assert cats[-1].value() == "" and "purple" in cats[-1].label()
    assert cats[-1].symbol().color().name() == load_profile().get("maps.unclassified_color")
    # 西岭县 (green) became "purple": green 1, unclassified 1
    assert dock.stats.row("green").count == 1
    assert dock.stats.row("unclassified").count == 1
    assert "purple" in dock.messages[-1]


def test_raster_result_gets_a_palette_and_cell_areas(env):
    dock, layers = env
    dock.set_result(layers["raster"])
    assert dock.current_view().set_key == "dual.classes.levels"
    assert dock.panel("map").apply_style()
    r = layers["raster"].renderer()
    assert isinstance(r, QgsPalettedRasterRenderer)
    classes = {int(c.value): (c.color.name(), c.label) for c in r.classes()}
    assert classes[1] == ("#1a9850", "高") and classes[5] == ("#d73027", "低")
    assert classes[9][0] == "#9e9e9e" and "9" in classes[9][1]
    # 320 cells of 500 m × 500 m = 320 × 0.25 km² = 80 km²
    assert dock.stats.row("high").area_km2 == pytest.approx(80.0)
    assert dock.stats.row("unclassified").count == 160


def test_base_map_symbols_order_memory_and_offline(env, qgis_iface):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    roles = {
        "county": "county",
        "township": "township",
        "eco_redline": "eco_redline",
        "farmland": "farmland_protection",
        "urban_boundary": "urban_boundary",
        "landuse": "landuse",
    }
    for role, key in roles.items():
        dock.panel("map").combos[role].setLayer(layers[key])
    assert dock.panel("map").apply_basemap()
    profile = load_profile()
    county = layers["county"]
    sym = county.renderer().symbol().symbolLayer(0)
    assert sym.strokeColor().name() == profile.get("maps.basemap.county.stroke")
    assert county.labelsEnabled() and county.labeling().settings().fieldName == "名称"
    eco = layers["eco_redline"].renderer().symbol().symbolLayer(0)
    assert eco.fillColor().name() == profile.get("maps.basemap.eco_redline.fill")
    lu = layers["landuse"].renderer()
    # 地类编码 0101, 0301, 0702, 1101, 0404, 1207 → classes 01, 03, 04, 07, 11, 12
    assert [c.value() for c in lu.categories()] == ["01", "03", "04", "07", "11", "12"]
    order = [n.layerId() for n in QgsProject.instance().layerTreeRoot().findLayers()]
    pos = {k: order.index(layers[k].id()) for k in list(roles.values()) + ["result"]}
    assert (
        pos["county"]
        < pos["township"]
        < pos["urban_boundary"]
        < pos["result"]
        < pos["eco_redline"]
        < pos["farmland_protection"]
        < pos["landuse"]
    )
    # remembered in the project: a new dock restores the choice
    from cc_warning_plugin.gui.dock import WarningMapDock

    again = WarningMapDock(qgis_iface)
    try:
        assert again.panel("map").combos["eco_redline"].currentLayer() is layers["eco_redline"]
        assert again.result_combo.currentLayer() is layers["result"]
    finally:
        again.cleanup()
        delete_now(again)
    # another CRS: drawn reprojected, and said so
    dock.panel("map").combos["county"].setLayer(layers["county_4490"])
    assert dock.panel("map").apply_basemap()
    assert "EPSG:4490" in dock.messages[-1] and "EPSG:4527" in dock.messages[-1]
    dock.panel("map").combos["county"].setLayer(layers["county"])
    dock.panel("map").apply_basemap()
    for layer in QgsProject.instance().mapLayers().values():
        assert remote_reason(layer) is None, layer.name()


def test_local_mbtiles_base_map_is_accepted(env, data):
    from osgeo import gdal

    dock, layers = env
    # a small RGB image in Web Mercator, written as MBTiles (a local file)
    src = gdal.GetDriverByName("MEM").Create("", 64, 64, 3, gdal.GDT_Byte)
    src.SetGeoTransform((13_000_000, 100, 0, 3_500_000, 0, -100))
    from osgeo import osr

    sr = osr.SpatialReference()
    sr.ImportFromEPSG(3857)
    src.SetProjection(sr.ExportToWkt())
    for b in (1, 2, 3):
        src.GetRasterBand(b).Fill(200)
    path = os.path.join(data["dir"], "basemap.mbtiles")
    gdal.Translate(path, src, format="MBTILES")
    mbtiles = QgsRasterLayer(path, "本地瓦片底图")
    assert mbtiles.isValid() and remote_reason(mbtiles) is None
    QgsProject.instance().addMapLayer(mbtiles)
    try:
        dock.set_result(layers["result"], "warning")
        dock.panel("map").combos["raster"].setLayer(mbtiles)
        assert dock.panel("map").apply_basemap()
        assert mbtiles.opacity() == pytest.approx(load_profile().get("maps.basemap.raster.opacity"))
        order = [n.layerId() for n in QgsProject.instance().layerTreeRoot().findLayers()]
        assert order.index(mbtiles.id()) > order.index(layers["result"].id())  # under it
    finally:
        dock.panel("map").combos["raster"].setLayer(None)
        dock.panel("map").apply_basemap()
        QgsProject.instance().removeMapLayer(mbtiles.id())


def test_online_layer_is_refused_as_base_map(env):
    dock, layers = env
    xyz = QgsRasterLayer(
        "type=xyz&url=https://tile.example.org/{z}/{x}/{y}.png&zmax=19", "online tiles", "wms"
    )
    assert remote_reason(xyz) is not None
    QgsProject.instance().addMapLayer(xyz, False)
    try:
        dock.panel("map").combos["raster"].setLayer(xyz)
        assert dock.panel("map").combos["raster"].currentLayer() is xyz
        assert not dock.panel("map").apply_basemap()
        assert "online tiles" in dock.messages[-1]
        assert xyz.customProperty("cc_warning/basemap_role", "") == ""
    finally:
        dock.panel("map").combos["raster"].setLayer(None)
        QgsProject.instance().removeMapLayer(xyz.id())


def test_compare_periods_layer_and_table(env):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    dock.panel("compare").earlier_combo.setLayer(layers["earlier"])
    dock.panel("compare").later_combo.setLayer(layers["result"])
    change = dock.panel("compare").compare_periods()
    assert change is not None and change.id() in QgsProject.instance().mapLayers()
    by_code = {f["unit_code"]: (f["change"], f["change_steps"]) for f in change.getFeatures()}
    # 2020 → 2025: 城关 orange→red +1, 北山 green→yellow +2, 南湖 red→blue −3,
    # 河口 yellow→green −2, 东港/西岭/平原 unchanged, 丘陵 missing in 2020
    assert by_code["990101"] == ("raised", 1)
    assert by_code["990103"] == ("raised", 2)
    assert by_code["990104"] == ("lowered", -3)
    assert by_code["990106"] == ("lowered", -2)
    assert by_code["990102"] == ("unchanged", 0)
    assert by_code["990108"][0] == "not_compared"
    cats = {c.value(): c for c in change.renderer().categories()}
    assert cats["raised"].label() == "预警等级提高"
    assert cats["raised"].symbol().color().name() == "#d7301f"
    t = dock.panel("compare").table
    assert t.rowCount() == 8
    assert [t.item(0, j).text() for j in range(5)] == [
        "990101",
        "城关区",
        "橙色预警（重警）",
        "红色预警（极重警）",
        "预警等级提高",
    ]


def test_click_on_a_unit_shows_indices_classes_and_cause(env):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    unit = dock.panel("unit")
    # centre of the first county (城关区): X0 + 5 km, Y0 + 5 km
    text = unit.show_unit_at(QgsPointXY(td.X0 + 5000, td.Y0 + 5000), layers["result"].crs())
    for expected in (
        "城关区",
        "990101",
        "红色预警（极重警）",
        "超载",
        "土地资源压力指数",
        "0.12",
        "土地资源超载（土地资源压力指数 0.12）",
    ):
        assert expected in text
    assert "No unit here" not in unit.show_unit_at(
        QgsPointXY(td.X0 + 35000, td.Y0 + 15000), layers["result"].crs()
    )


def test_identify_tool_on_the_canvas_fills_the_unit_panel(env, qgis_iface):
    from qgis.gui import QgsMapToolEmitPoint
    from qgis.PyQt.QtCore import Qt

    dock, layers = env
    dock.set_result(layers["result"], "warning")
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(layers["result"].crs())
    dock.panel("unit").identify_button.setChecked(True)
    try:
        tool = canvas.mapTool()
        assert isinstance(tool, QgsMapToolEmitPoint)
        # 南湖县 is the fourth county of the first row: X0 + 35 km, Y0 + 5 km
        tool.canvasClicked.emit(QgsPointXY(td.X0 + 35000, td.Y0 + 5000), Qt.LeftButton)
        text = dock.panel("unit").browser.toPlainText()
        assert "南湖县" in text and "蓝色预警（轻警）" in text and "环境临界超载" in text
    finally:
        dock.panel("unit").identify_button.setChecked(False)
    assert canvas.mapTool() is not tool


def test_large_raster_statistics_run_in_a_task(env):
    dock, layers = env
    dock.set_result(layers["raster"])
    dock.ASYNC_CELLS = 0  # every raster counts as large
    try:
        dock.refresh_statistics()
        assert dock.stats is None  # not computed on the GUI thread
        wait_until(lambda: dock.stats is not None)
        # 320 cells × 0.25 km² = 80 km² per level present
        assert dock.stats is not None and dock.stats.row("high").area_km2 == pytest.approx(80.0)
        assert dock.panel("statistics").table.rowCount() == 6  # 5 levels + unclassified
    finally:
        dock.ASYNC_CELLS = type(dock).ASYNC_CELLS


def test_layout_goes_to_the_layout_manager_and_exports(env, data):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    dock.panel("layout").set_project_variable("cc_org", "示范市自然资源和规划局")
    layout = dock.panel("layout").create_layout()
    assert layout is not None
    assert QgsProject.instance().layoutManager().layoutByName(layout.name()) is layout
    pdf = os.path.join(data["dir"], "dock.pdf")
    png = os.path.join(data["dir"], "dock.png")
    dock.panel("layout").dpi_spin.setValue(60)
    assert dock.panel("layout").export_map(pdf, png, layout) == [pdf, png]
    assert os.path.getsize(pdf) > 10000 and os.path.getsize(png) > 10000


def test_report_runs_as_a_background_task(env, data):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    report = dock.panel("report")
    dock.panel("compare").earlier_combo.setLayer(layers["earlier"])
    xlsx = os.path.join(data["dir"], "dock_report.xlsx")
    html = os.path.join(data["dir"], "dock_report.html")
    task = report.run_report(xlsx, html)
    assert task is not None and not report.report_button.isEnabled()
    wait_until(report.report_button.isEnabled)
    assert os.path.exists(xlsx) and os.path.exists(html)
    assert report.progress.value() == 100 and report.report_button.isEnabled()
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert "土地资源" in sheets and "环境" in sheets


def test_report_cancel_leaves_no_file(env, data):
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    report = dock.panel("report")
    xlsx = os.path.join(data["dir"], "cancelled.xlsx")
    html = os.path.join(data["dir"], "cancelled.html")
    task = report.run_report(xlsx, html)
    assert task.algorithm.holds_layers()  # copies made on the main thread
    report.cancel_report()
    wait_until(report.report_button.isEnabled)
    assert not os.path.exists(xlsx) and not os.path.exists(html)
    assert not task.algorithm.holds_layers()  # and released although it never ran
    assert [f for f in os.listdir(data["dir"]) if ".tmp" in f] == []
    assert report.report_button.isEnabled()


def test_layer_that_is_not_a_result_is_named(env):
    dock, layers = env
    dock.set_result(layers["township"])
    assert dock.views == []
    assert "乡镇" in dock.messages[-1] and "warning_level" in dock.messages[-1]


def test_a_tile_layer_chosen_as_result_is_named_not_a_traceback(env):
    # a planner's project holds a 天地图 / XYZ base map: GDAL cannot open its
    # source, and the dock must say the layer is not a result instead of
    # letting GDAL's RuntimeError escape
    dock, layers = env
    xyz = QgsRasterLayer(
        "type=xyz&url=https://tile.example.org/{z}/{x}/{y}.png&zmax=19", "天地图影像", "wms"
    )
    QgsProject.instance().addMapLayer(xyz, False)
    try:
        dock.set_result(xyz)
        assert dock.views == []
        assert "天地图影像" in dock.messages[-1]
    finally:
        dock.set_result(layers["township"])
        QgsProject.instance().removeMapLayer(xyz.id())


def test_empty_result_is_refused_with_a_message(env, data):
    dock, layers = env
    empty = QgsVectorLayer(data["result"], "空结果", "ogr")
    empty.setSubsetString("\"行政区划代码\" = 'none'")
    QgsProject.instance().addMapLayer(empty)
    try:
        dock.set_result(empty, "warning")
        assert not dock.panel("map").apply_style()
        assert "空结果" in dock.messages[-1]
        assert dock.panel("layout").create_layout() is None
    finally:
        QgsProject.instance().removeMapLayer(empty.id())


def test_no_layer_the_dock_added_has_a_remote_source(env):
    # runs last: after styling, base map, comparison, layouts and reports
    for layer in QgsProject.instance().mapLayers().values():
        assert remote_reason(layer) is None, layer.name()


def test_suitability_from_the_algorithm_is_styled_and_counted(env, tmp_path):
    """A raster straight from cc_warning:dual_agri_suitability: the dock finds its
    class set in the band metadata and draws the profile's classes."""
    import numpy as np
    import processing
    from osgeo import gdal, osr

    dock, _ = env
    # 10 × 20 cells of 100 m (0.01 km²): 农业耕作条件 1 on the left half, 5 on the
    # right, 供水条件 1 everywhere; matrix M(1,1) = 1 → 适宜, M(5,1) = 5 → 不适宜.
    land = np.ones((10, 20), dtype=np.uint8)
    land[:, 10:] = 5
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    paths = {}
    for name, arr in (("land", land), ("water", np.ones((10, 20), dtype=np.uint8))):
        paths[name] = str(tmp_path / f"{name}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(paths[name], 20, 10, 1, gdal.GDT_Byte)
        ds.SetGeoTransform((39500000.0, 100.0, 0, 4000000.0, 0, -100.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(arr)
        ds.GetRasterBand(1).SetNoDataValue(0)
        ds = None
    out = str(tmp_path / "agri_suitability.tif")
    processing.run(
        "cc_warning:dual_agri_suitability",
        {
            "LAND": paths["land"],
            "WATER": paths["water"],
            "CONTIGUITY": 2,
            "CLASSES": 1,
            "OUTPUT": out,
        },
    )
    layer = QgsRasterLayer(out, "农业生产适宜性")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        dock.set_result(layer)
        assert dock.current_view().set_key == "dual.classes.suitability_2"
        assert dock.panel("map").apply_style()
        profile = load_profile()
        spec = profile.data["dual"]["classes"]["suitability_2"]
        classes = {int(c.value): (c.color.name(), c.label) for c in layer.renderer().classes()}
        assert classes == {1: (spec["colors"][0], "适宜区"), 3: (spec["colors"][1], "不适宜区")}
        # 100 cells × 0.01 km² on each side
        assert dock.stats.row("suitable").count == 100
        assert dock.stats.row("suitable").area_km2 == pytest.approx(1.0)
        assert dock.stats.row("unsuitable").area_km2 == pytest.approx(1.0)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def render(layers, extent, width=400, height=200):
    """The layers (top first) as the map canvas draws them."""
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()

    def colour(x, y):
        px = int((x - extent.xMinimum()) / extent.width() * width)
        py = int((extent.yMaximum() - y) / extent.height() * height)
        return image.pixelColor(px, py).name()

    return colour


def test_base_map_puts_the_result_semi_transparent_over_the_areas_as_the_layout_does(env):
    """After "Draw base map" the canvas follows the exported layout's
    convention: the result at maps.result_opacity, boundaries over it,
    生态保护红线 and 永久基本农田 under it and visible through it."""
    dock, layers = env
    dock.set_result(layers["result"], "warning")
    assert dock.panel("map").apply_style()
    result = layers["result"]
    result.setOpacity(1.0)  # as a result opens from the algorithm's style file
    basemap = dock.panel("map")
    roles = {
        "county": "county",
        "township": "township",
        "eco_redline": "eco_redline",
        "farmland": "farmland_protection",
        "urban_boundary": "urban_boundary",
        "landuse": "landuse",
    }
    for role, key in roles.items():
        basemap.combos[role].setLayer(layers[key])
    assert basemap.apply_basemap()
    profile = load_profile()
    assert result.opacity() == pytest.approx(profile.get("maps.result_opacity"))
    assert profile.get("maps.result_opacity") < 1
    tree = [n.layer() for n in QgsProject.instance().layerTreeRoot().findLayers()]
    drawn = [lyr for lyr in tree if lyr is result or lyr in {layers[k] for k in roles.values()}]
    above = drawn[: drawn.index(result)]
    below = drawn[drawn.index(result) + 1 :]
    assert {lyr.id() for lyr in above} == {
        layers[k].id() for k in ("county", "township", "urban_boundary")
    }
    assert {lyr.id() for lyr in below} == {
        layers[k].id() for k in ("eco_redline", "farmland_protection", "landuse")
    }
    colour = render(drawn, result.extent())
    # 平原县 (red) holds the farmland patch (the 4 km square around its centre),
    # 河口县 (green) the red-line patch (5 km around its centre); land use lies
    # under both counties but for their outer 500 m. The spots avoid the labels
    # at the county and township centres.
    farmland, beside_farmland = (
        colour(td.X0 + 23500, td.Y0 + 13300),
        colour(td.X0 + 21000, td.Y0 + 11000),
    )
    redline, beside_redline = (
        colour(td.X0 + 13300, td.Y0 + 13300),
        colour(td.X0 + 11000, td.Y0 + 11000),
    )
    assert farmland != beside_farmland and farmland != "#ff0000"
    assert redline != beside_redline and redline != "#006400"
    # an opaque result would hide them: both spots in one colour
    result.setOpacity(1.0)
    opaque = render(drawn, result.extent())
    assert opaque(td.X0 + 23500, td.Y0 + 13300) == opaque(td.X0 + 21000, td.Y0 + 11000) == "#ff0000"
    assert basemap.apply_basemap()
    assert result.opacity() == pytest.approx(profile.get("maps.result_opacity"))


#: water ratios 0.95 and 0.8 instead of the default's 1.0 and 0.9
BUREAU_PROFILE = """
[profile]
extends = "default"
id = "county_test"
version = "7"

[elements.water]
overload_ratio = 0.95
critical_ratio = 0.8
"""


def test_profile_chosen_in_the_dock_is_the_algorithms_active_profile(
    env, tmp_path, monkeypatch, qgis_iface
):
    from cc_warning_plugin.gui.dock import WarningMapDock
    from cc_warning_plugin.processing.framework.active import (
        active_profile_source,
        set_active_profile,
    )

    monkeypatch.delenv("CC_WARNING_PROFILE", raising=False)
    dock, layers = env
    path = tmp_path / "county_test.toml"
    path.write_text(BUREAU_PROFILE, encoding="utf-8")
    bad = tmp_path / "broken.toml"
    bad.write_text("[profile\n", encoding="utf-8")
    registry = QgsApplication.processingRegistry()

    def water_help():
        return registry.createAlgorithmById("cc_warning:water_load").shortHelpString()

    assert "0.9·W0" in water_help() and "0.8·W0" not in water_help()
    try:
        dock.profile_widget.setFilePath(str(path))
        assert dock.profile.id == "county_test"
        assert active_profile_source() == str(path)
        # the algorithm dialogs and their help follow the dock's profile
        assert "0.8·W0" in water_help() and "0.9·W0" not in water_help()
        again = WarningMapDock(qgis_iface)  # a new dock starts from it
        try:
            assert again.profile.id == "county_test"
            assert again.profile_widget.filePath() == str(path)
        finally:
            again.cleanup()
            delete_now(again)
        # a profile that cannot be read changes nothing and says why
        dock.profile_widget.setFilePath(str(bad))
        assert "broken.toml" in dock.messages[-1]
        assert dock.profile.id == "county_test" and active_profile_source() == str(path)
        dock.profile_widget.setFilePath("")  # back to the built-in default
        assert active_profile_source() == "" and dock.profile.id == load_profile().id
        assert "0.9·W0" in water_help()
    finally:
        set_active_profile("")
        dock.profile_widget.setFilePath("")


def test_a_tab_is_one_panel_class(qgis_iface, env):
    """The shell builds one tab per registered panel class and tells each
    panel when the shared choices change; panels that read other tabs'
    choices work without them."""
    from cc_warning_plugin.gui.dock import WarningMapDock
    from cc_warning_plugin.gui.panels import PANELS
    from cc_warning_plugin.gui.panels.base import Panel
    from cc_warning_plugin.gui.panels.report import ReportPanel

    _, layers = env
    seen = []

    class NotesPanel(Panel):
        key = "notes"
        TITLE = "Notes on the result"
        SHORT = "Notes"

        def result_changed(self, layer):
            seen.append(("result", layer.name() if layer else None))

        def stats_changed(self, stats):
            seen.append(("stats", stats.total_count if stats else None))

    dock = WarningMapDock(qgis_iface, panels=PANELS + [NotesPanel])
    try:
        assert dock.tabs.count() == len(PANELS) + 1
        assert dock.tabs.tabToolTip(len(PANELS)) == "Notes on the result"
        assert dock.tabs.page(len(PANELS)) is dock.panel("notes")
        dock.set_result(None)
        seen.clear()
        dock.set_result(layers["result"], "warning")
        assert ("result", "预警结果2025") in seen and ("stats", 8) in seen
    finally:
        dock.cleanup()
        delete_now(dock)
    alone = WarningMapDock(qgis_iface, panels=[ReportPanel])
    try:
        alone.set_result(layers["result"], "warning")
        params = alone.panel("report").parameters("r.xlsx", "r.html")
        assert params["INPUT"] == layers["result"].id()
        assert "COUNTY" not in params and "EARLIER" not in params and "TITLE" not in params
    finally:
        alone.cleanup()
        delete_now(alone)
