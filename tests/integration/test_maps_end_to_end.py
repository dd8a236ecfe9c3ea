"""End to end, as a user gets the plugin (the installed zip, Chinese
interface), on the sample city 示范市:

- in a real QGIS window under Xvfb: QGIS starts with the plugin, the sample
  counties are evaluated (2016 method, whole chain), the warning-map dock is
  opened from its toolbar
  action, the result is styled over the sample's planning base map, the map
  is exported and the screen is captured; the exports and the screenshot
  are checked as data, and at the dock's 360 px nothing in it is cut;
- from the command line (qgis_process): a 双评价 class raster made from the
  sample DEM is mapped over the sample counties, and the report is written.

Set CC_WARNING_DOCS_IMAGES=<folder> to keep the screenshot and the exported
map (docs/images is made that way)."""

import json
import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
sys.path.insert(0, os.path.join(ROOT, "tests", "qgis"))
import install_plugin  # noqa: E402
import maps_testdata as td  # noqa: E402
import package  # noqa: E402

pytestmark = pytest.mark.slow
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
GPKG = os.path.join(SAMPLE, "shifan.gpkg")


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    """The plugin zip installed into a fresh QGIS profile with a Chinese interface."""
    dist = tmp_path_factory.mktemp("dist")
    cfg = str(tmp_path_factory.mktemp("qgis_profile_zh"))
    install_plugin.install(package.build(str(dist)), cfg, locale="zh_CN")
    return cfg


SCRIPT = r"""
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
        S = SAMPLE + "/shifan.gpkg|layername="
        warning = processing.run("cc_warning:carrying_capacity_2016", {
            "INPUT": S + "county", "INDICATORS": SAMPLE + "/indicators_2025.csv",
            "BASE_INDICATORS": SAMPLE + "/indicators_2020.csv",
            "NATIONAL_RATES": SAMPLE + "/national_rates.csv",
            "AIR_STATIONS": S + "air_station", "AIR_DAILY": SAMPLE + "/air_daily_2025.csv",
            "SECTIONS": S + "water_section",
            "SECTION_OBSERVATIONS": SAMPLE + "/water_monthly_2025.csv",
            "LANDUSE": S + "landuse", "DEGRADATION": S + "degradation",
            "OUTPUT": OUT + "/warning_2025.gpkg"})["OUTPUT"]
        project = QgsProject.instance()
        result = QgsVectorLayer(warning, "承载能力监测预警 2025", "ogr")
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
        window.resizeDocks([dock], [360], Qt.Horizontal)      # a 1366×768 laptop's dock
        dock.set_result(result, "warning")
        lines.append("styled=%s" % dock.panel("map").apply_style())
        lines.append("basemap=%s" % dock.panel("map").apply_basemap())
        lines.append("base_roles=%s" % ",".join(sorted(dock.panel("map").base_layers())))
        lines.append("result_opacity=%s" % result.opacity())
        layout = dock.panel("layout")
        layout.set_project_variable("cc_org", "示范市自然资源和规划局")
        canvas = iface.mapCanvas()
        canvas.setExtent(result.extent())
        canvas.refresh()
        import sys
        sys.path.insert(0, os.environ["CC_TESTS"])
        from gui_fit import chart_cut, cut
        problems = []
        for i in range(dock.tabs.count()):
            dock.tabs.setCurrentIndex(i)
            settle(0.5)
            problems += ["tab %d: %s" % (i, p) for p in cut(dock)]
        dock.tabs.setCurrentIndex(1)
        settle(3)
        problems += chart_cut(dock.panel("statistics").figure)
        lines.append("dock_width=%s" % dock.width())
        lines.append("cut=%s" % " | ".join(problems))
        lines.append("dock_visible=%s" % dock.isVisible())
        t = dock.panel("statistics").table
        lines.append("stats=%s" % ";".join(
            "%s:%s" % (t.item(i, 1).text(), t.item(i, 2).text()) for i in range(t.rowCount())))
        dock.grab().save(OUT + "/dock.png")
        layout.dpi_spin.setValue(120)
        written = layout.export_map(OUT + "/warning_map.pdf", OUT + "/warning_map.png")
        lines.append("written=%s" % (written is not None and len(written)))
        settle(1)
        subprocess.run(["import", "-window", "root", OUT + "/screen.png"], check=True)
    except Exception:
        lines.append("error=" + traceback.format_exc().replace("\n", " | "))
    with open(OUT + "/check.out", "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    QgsApplication.exit(0)


QTimer.singleShot(1000, run)
"""


def rgb(path):
    from osgeo import gdal

    ds = gdal.Open(str(path))
    return np.dstack([ds.GetRasterBand(i + 1).ReadAsArray() for i in range(3)]).astype(int)


def count_colour(img, colour, tol=3):
    c = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return int((np.abs(img - c).max(axis=2) <= tol).sum())


@pytest.fixture(scope="module")
def desktop_run(config, tmp_path_factory):
    out = tmp_path_factory.mktemp("desktop")
    script = out / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=config,
        CC_OUT_DIR=str(out),
        CC_SAMPLE=SAMPLE,
        CC_TESTS=os.path.join(ROOT, "tests", "qgis"),
    )
    proc = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            "qgis",
            "--nologo",
            "--noversioncheck",
            "--code",
            str(script),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    check = out / "check.out"
    assert check.exists(), proc.stdout[-2000:] + proc.stderr[-2000:]
    lines = dict(
        line.split("=", 1) for line in check.read_text(encoding="utf-8").split("\n") if "=" in line
    )
    assert "error" not in lines, lines.get("error")
    keep = os.environ.get("CC_WARNING_DOCS_IMAGES")
    if keep:
        shutil.copy(out / "screen.png", os.path.join(keep, "dock_screenshot.png"))
        shutil.copy(out / "dock.png", os.path.join(keep, "dock_360px.png"))
        shutil.copy(out / "warning_map.png", os.path.join(keep, "warning_map_sample.png"))
    return out, lines


WARNING_LABELS = {
    "红色": "红色预警（极重警）",
    "橙色": "橙色预警（重警）",
    "黄色": "黄色预警（中警）",
    "蓝色": "蓝色预警（轻警）",
    "绿色": "绿色（无警）",
}
WARNING_COLOURS = ("#ff0000", "#ffa500", "#ffff00", "#28bdfa", "#006400")


def designed_warning_counts():
    """Units per warning colour in the sample's hand-made design (design.csv)."""
    import csv

    with open(os.path.join(SAMPLE, "design.csv"), encoding="utf-8-sig") as fh:
        colours = [row["预警等级"] for row in csv.DictReader(fh)]
    return {WARNING_LABELS[c]: str(colours.count(c)) for c in WARNING_LABELS}


def test_dock_styles_and_counts_the_sample_result(desktop_run):
    _, lines = desktop_run
    assert lines["styled"] == "True" and lines["basemap"] == "True"
    # the layout's convention on the canvas too: the result semi-transparent
    from cc_warning_plugin.core.profile import load_profile

    assert float(lines["result_opacity"]) == pytest.approx(
        load_profile().get("maps.result_opacity")
    )
    assert lines["dock_visible"] == "True"
    # base-map layers found from their names: all six vector roles
    assert lines["base_roles"] == "county,eco_redline,farmland,landuse,township,urban_boundary"
    stats = dict(item.split(":") for item in lines["stats"].split(";"))
    # every colour of the design occurs; no unit is left not evaluated
    assert {
        k: v for k, v in stats.items() if k in WARNING_LABELS.values()
    } == designed_warning_counts()
    assert stats.get("无法评价", "0") == "0" and sum(map(int, stats.values())) == 8


def test_exported_map_and_pdf_from_the_window(desktop_run):
    out, lines = desktop_run
    assert lines["written"] == "2"
    text = subprocess.run(
        ["pdftotext", str(out / "warning_map.pdf"), "-"], capture_output=True, text=True
    ).stdout
    for expected in (
        "图例",
        "预警等级",
        "红色预警（极重警）",
        "绿色（无警）",
        "城关区",
        "湖滨县",
        "示范市自然资源和规划局",
        "生态保护红线",
        "永久基本农田",
        "城镇开发边界",
    ):
        assert expected in text, expected
    info = subprocess.run(
        ["pdfinfo", str(out / "warning_map.pdf")], capture_output=True, text=True
    ).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (w, h) == pytest.approx((1190.55, 841.89), abs=1)  # A3 landscape
    img = rgb(out / "warning_map.png")
    assert img.std() > 20
    for colour in WARNING_COLOURS:  # the five warning colours
        assert count_colour(img, colour) > 100, colour


def test_dock_fits_360_px_in_the_window(desktop_run):
    """In the real window (Chinese interface), at a laptop's dock width, no
    label, button, tab, table column or chart text is cut."""
    _, lines = desktop_run
    assert int(lines["dock_width"]) <= 370
    assert lines["cut"] == ""


def test_screenshot_shows_qgis_with_the_dock(desktop_run):
    out, _ = desktop_run
    screen = rgb(out / "screen.png")
    assert screen.shape[:2] == (800, 1280)
    assert screen.std() > 30
    dock = rgb(out / "dock.png")
    # the statistics table's swatches in the dock
    for colour in WARNING_COLOURS[:3]:
        assert count_colour(screen, colour) > 30, colour
        assert count_colour(dock, colour) > 30, colour


# -- the command line ----------------------------------------------------------


def qgis_process(config, *args):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        ["qgis_process.bin", "run", *args], env=env, capture_output=True, text=True, timeout=180
    )


@pytest.fixture(scope="module")
def agri(config, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "agri_land.tif"
    proc = qgis_process(
        config, "cc_warning:dual_land_agri", "--", f"DEM={SAMPLE}/dem.tif", f"OUTPUT={out}"
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return out


def test_class_raster_map_over_the_sample_counties(config, agri):
    pdf, png = agri.parent / "agri.pdf", agri.parent / "agri.png"
    proc = qgis_process(
        config,
        "cc_warning:export_warning_map",
        "--json",
        "--",
        f"INPUT={agri}",
        f"COUNTY={GPKG}|layername=county",
        f"URBAN_BOUNDARY={GPKG}|layername=urban_boundary",
        "TEMPLATE=2",
        "DPI=100",
        "TITLE=示范市农业耕作条件评价图",
        f"OUTPUT_PDF={pdf}",
        f"OUTPUT_PNG={png}",
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{") :])["results"]
    assert results["OUTPUT_PDF"] == str(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    # the legend heading is the raster's band description: its factor, in Chinese
    # as the algorithm ran in a Chinese interface
    for expected in (
        "示范市农业耕作条件评价图",
        "图例",
        "农业耕作条件",
        "高",
        "较高",
        "中等",
        "县级行政区界",
        "城关区",
        "像元数",
    ):
        assert expected in text, expected
    from osgeo import gdal

    ds = gdal.Open(str(png))
    img = np.dstack([ds.GetRasterBand(i).ReadAsArray() for i in (1, 2, 3)]).astype(int)
    # the level colours of dual.classes.levels in the statistics swatches
    for colour in ("#1a9850", "#91cf60", "#ffffbf"):
        c = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
        assert int((np.abs(img - c).max(axis=2) <= 2).sum()) > 50, colour


def test_report_from_the_command_line(config, agri):
    d = agri.parent
    result = td.write_result(str(d / "r2025.gpkg"))
    earlier = td.write_result(str(d / "r2020.gpkg"), 2020, td.EARLIER)
    xlsx, html = d / "report.xlsx", d / "report.html"
    proc = qgis_process(
        config,
        "cc_warning:evaluation_report",
        "--",
        f"INPUT={result}",
        f"RASTERS={agri}",
        f"EARLIER={earlier}",
        "ORG=示范市自然资源和规划局",
        f"OUTPUT_XLSX={xlsx}",
        f"OUTPUT_HTML={html}",
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    sheets = pd.read_excel(xlsx, sheet_name=None)
    from osgeo import gdal

    ds = gdal.Open(str(agri))
    factor = ds.GetRasterBand(1).GetDescription()  # the factor's name
    ds = None
    assert factor
    assert {
        "集成评价",
        "土地资源",
        "环境",
        "过程评价",
        "分级统计",
        factor,
        "时期变化",
        "数据来源与过程记录",
    } <= set(sheets)
    raster = sheets[factor]
    assert list(raster.columns) == ["等级", "像元数", "面积（平方千米）", "占比（%）"]
    assert raster.iloc[-1]["占比（%）"] == pytest.approx(100.0)
    page = open(html, encoding="utf-8").read()
    assert "示范市自然资源和规划局" in page and "各评价单元成因解析" in page
    assert len(re.findall(r"data:image/png;base64,", page)) >= 10
