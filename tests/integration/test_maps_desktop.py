"""End to end in a real QGIS window under Xvfb: QGIS starts with the installed
plugin (Chinese interface), the sample city's counties are evaluated, the
warning-map dock is opened from its toolbar action, the result is styled
over the sample's planning base map, the map is exported, and the screen
is captured. The test checks the exports and the screenshot as data.

Set CC_WARNING_DOCS_IMAGES=<folder> to keep the screenshot and the exported
map (docs/images is made that way)."""

import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import install_plugin  # noqa: E402
import package  # noqa: E402

pytestmark = pytest.mark.slow
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")

SCRIPT = r'''
import os, subprocess, time, traceback
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer, QCoreApplication
from qgis.PyQt.QtWidgets import QAction
from qgis.utils import iface, plugins

OUT = os.environ["CC_OUT_DIR"]
SAMPLE = os.environ["CC_SAMPLE"]
lines = []


def settle(seconds):
    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.05)


def run():
    try:
        import processing
        window = iface.mainWindow()
        window.setGeometry(0, 0, 1280, 800)
        joined = processing.run("native:joinattributestable", {
            "INPUT": SAMPLE + "/shifan.gpkg|layername=county", "FIELD": "行政区划代码",
            "INPUT_2": SAMPLE + "/indicators_2025.csv", "FIELD_2": "行政区划代码",
            "METHOD": 1, "DISCARD_NONMATCHING": False,
            "OUTPUT": OUT + "/counties_2025.gpkg"})["OUTPUT"]
        env = processing.run("cc_warning:pollutant_exceedance", {
            "INPUT": joined, "SECTIONS": SAMPLE + "/water_sections_2025.csv",
            "OUTPUT": OUT + "/env_2025.gpkg"})["OUTPUT"]
        project = QgsProject.instance()
        result = QgsVectorLayer(env, "环境要素评价 2025", "ogr")
        layers = [QgsVectorLayer(SAMPLE + "/shifan.gpkg|layername=" + name, title, "ogr")
                  for name, title in (("landuse", "土地利用现状"),
                                      ("farmland_protection", "永久基本农田"),
                                      ("eco_redline", "生态保护红线"),
                                      ("urban_boundary", "城镇开发边界"),
                                      ("township", "乡镇界"), ("county", "县级行政区"))]
        project.addMapLayers([result] + layers)
        action = [a for a in iface.mainWindow().findChildren(QAction)
                  if a.objectName() == "CCWarningMapDockAction"][0]
        action.trigger()
        dock = plugins["cc_warning_plugin"].docks[0]
        from qgis.PyQt.QtCore import Qt
        window.resizeDocks([dock], [430], Qt.Horizontal)
        dock.set_result(result, "env")
        lines.append("styled=%s" % dock.apply_style())
        lines.append("basemap=%s" % dock.apply_basemap())
        lines.append("base_roles=%s" % ",".join(sorted(dock.base_layers())))
        dock.set_project_variable("cc_org", "示范市自然资源和规划局")
        dock.tabs.setCurrentIndex(1)
        canvas = iface.mapCanvas()
        canvas.setExtent(result.extent())
        canvas.refresh()
        settle(3)
        lines.append("dock_visible=%s" % dock.isVisible())
        t = dock.stats_table
        lines.append("stats=%s" % ";".join(
            "%s:%s" % (t.item(i, 1).text(), t.item(i, 2).text()) for i in range(t.rowCount())))
        dock.dpi_spin.setValue(120)
        written = dock.export_map(OUT + "/warning_map.pdf", OUT + "/warning_map.png")
        lines.append("written=%s" % (written is not None and len(written)))
        settle(1)
        subprocess.run(["import", "-window", "root", OUT + "/screen.png"], check=True)
        dock.grab().save(OUT + "/dock.png")
    except Exception:
        lines.append("error=" + traceback.format_exc().replace("\n", " | "))
    with open(OUT + "/check.out", "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    QgsApplication.exit(0)


QTimer.singleShot(1000, run)
'''


def rgb(path):
    from osgeo import gdal
    ds = gdal.Open(str(path))
    return np.dstack([ds.GetRasterBand(i + 1).ReadAsArray() for i in range(3)]).astype(int)


def count_colour(img, colour, tol=3):
    c = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return int((np.abs(img - c).max(axis=2) <= tol).sum())


@pytest.fixture(scope="module")
def desktop_run(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    config = str(tmp_path_factory.mktemp("qgis_profile"))
    install_plugin.install(package.build(str(dist)), config, locale="zh_CN")
    out = tmp_path_factory.mktemp("desktop")
    script = out / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QGIS_CUSTOM_CONFIG_PATH=config, CC_OUT_DIR=str(out), CC_SAMPLE=SAMPLE)
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis",
                           "--nologo", "--noversioncheck", "--code", str(script)],
                          env=env, capture_output=True, text=True, timeout=300)
    check = out / "check.out"
    assert check.exists(), proc.stdout[-2000:] + proc.stderr[-2000:]
    lines = dict(line.split("=", 1) for line in check.read_text(encoding="utf-8").split("\n")
                 if "=" in line)
    assert "error" not in lines, lines.get("error")
    keep = os.environ.get("CC_WARNING_DOCS_IMAGES")
    if keep:
        shutil.copy(out / "screen.png", os.path.join(keep, "dock_screenshot.png"))
        shutil.copy(out / "warning_map.png", os.path.join(keep, "warning_map_env.png"))
    return out, lines


def test_dock_styles_and_counts_the_sample_result(desktop_run):
    _, lines = desktop_run
    assert lines["styled"] == "True" and lines["basemap"] == "True"
    assert lines["dock_visible"] == "True"
    # base-map layers found from their names: all six vector roles
    assert lines["base_roles"] == "county,eco_redline,farmland,landuse,township,urban_boundary"
    stats = dict(item.split(":") for item in lines["stats"].split(";"))
    # sample design (design.csv, 环境): 超载 城关区; 临界超载 湖滨县; 6 不超载
    assert stats == {"超载": "1", "临界超载": "1", "不超载": "6", "无法评价": "0"}


def test_exported_map_and_pdf_from_the_window(desktop_run):
    out, lines = desktop_run
    assert lines["written"] == "2"
    text = subprocess.run(["pdftotext", str(out / "warning_map.pdf"), "-"],
                          capture_output=True, text=True).stdout
    for expected in ("图例", "超载", "临界超载", "城关区", "湖滨县", "示范市自然资源和规划局",
                     "生态保护红线", "永久基本农田", "城镇开发边界"):
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", str(out / "warning_map.pdf")], capture_output=True,
                          text=True).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (w, h) == pytest.approx((1190.55, 841.89), abs=1)          # A3 landscape
    img = rgb(out / "warning_map.png")
    assert img.std() > 20
    for colour in ("#d7191c", "#fdae61", "#1a9641"):          # load_classes colours
        assert count_colour(img, colour) > 100, colour


def test_screenshot_shows_qgis_with_the_dock(desktop_run):
    out, _ = desktop_run
    screen = rgb(out / "screen.png")
    assert screen.shape[:2] == (800, 1280)
    assert screen.std() > 30
    dock = rgb(out / "dock.png")
    # the statistics table's swatches in the dock: 超载, 临界超载, 不超载
    for colour in ("#d7191c", "#fdae61", "#1a9641"):
        assert count_colour(screen, colour) > 30, colour
        assert count_colour(dock, colour) > 30, colour
