"""The map and report algorithms from the command line (qgis_process, Chinese
interface), on the sample city: a 双评价 class raster made from the sample
DEM is mapped over the sample counties, the report is written, and a layer
that is not a result is refused with a message naming it."""

import json
import os
import re
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
    dist = tmp_path_factory.mktemp("dist")
    cfg = str(tmp_path_factory.mktemp("qgis_profile_zh"))
    install_plugin.install(package.build(str(dist)), cfg, locale="zh_CN")
    return cfg


def qgis_process(config, *args):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(["qgis_process.bin", "run", *args], env=env, capture_output=True,
                          text=True, timeout=180)


@pytest.fixture(scope="module")
def agri(config, tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "agri_land.tif"
    proc = qgis_process(config, "cc_warning:dual_land_agri", "--", f"DEM={SAMPLE}/dem.tif",
                        f"OUTPUT={out}")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return out


def test_class_raster_map_over_the_sample_counties(config, agri):
    pdf, png = agri.parent / "agri.pdf", agri.parent / "agri.png"
    proc = qgis_process(config, "cc_warning:export_warning_map", "--json", "--",
                        f"INPUT={agri}", f"COUNTY={GPKG}|layername=county",
                        f"URBAN_BOUNDARY={GPKG}|layername=urban_boundary", "TEMPLATE=2",
                        "DPI=100", "TITLE=示范市农业耕作条件评价图", f"OUTPUT_PDF={pdf}",
                        f"OUTPUT_PNG={png}")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(proc.stdout[proc.stdout.index("{"):])["results"]
    assert results["OUTPUT_PDF"] == str(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in ("示范市农业耕作条件评价图", "图例", "评价等级", "高", "较高", "中等",
                     "县级行政区界", "城关区", "像元数"):
        assert expected in text, expected
    from osgeo import gdal
    ds = gdal.Open(str(png))
    img = np.dstack([ds.GetRasterBand(i).ReadAsArray() for i in (1, 2, 3)]).astype(int)
    # the level colours of dual.classes.levels in the statistics swatches
    for colour in ("#1a9850", "#91cf60", "#ffffbf"):
        c = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
        assert int((np.abs(img - c).max(axis=2) <= 2).sum()) > 50, colour


def test_report_from_the_command_line(config, agri):
    d = agri.parent
    result = td.write_result(str(d / "r2025.gpkg"))
    earlier = td.write_result(str(d / "r2020.gpkg"), 2020, td.EARLIER)
    xlsx, html = d / "report.xlsx", d / "report.html"
    proc = qgis_process(config, "cc_warning:evaluation_report", "--", f"INPUT={result}",
                        f"RASTERS={agri}", f"EARLIER={earlier}", "ORG=示范市自然资源和规划局",
                        f"OUTPUT_XLSX={xlsx}", f"OUTPUT_HTML={html}")
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    sheets = pd.read_excel(xlsx, sheet_name=None)
    assert {"集成评价", "土地资源", "环境", "过程评价", "分级统计", "agri_land", "时期变化",
            "数据来源与过程记录"} <= set(sheets)
    raster = sheets["agri_land"]
    assert list(raster.columns) == ["等级", "像元数", "面积（平方千米）", "占比（%）"]
    assert raster.iloc[-1]["占比（%）"] == pytest.approx(100.0)
    page = open(html, encoding="utf-8").read()
    assert "示范市自然资源和规划局" in page and "各评价单元成因解析" in page
    assert len(re.findall(r"data:image/png;base64,", page)) >= 10


def test_a_layer_that_is_not_a_result_is_refused(config, tmp_path):
    proc = qgis_process(config, "cc_warning:export_warning_map", "--",
                        f"INPUT={GPKG}|layername=township", f"OUTPUT_PDF={tmp_path / 'x.pdf'}")
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "不是评价结果" in text and "warning_level" in text
    assert not (tmp_path / "x.pdf").exists()
