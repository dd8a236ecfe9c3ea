"""The map and report algorithms through Processing: class_statistics,
compare_periods, export_warning_map, evaluation_report — results, styling,
files, and the bad inputs. Known answers from maps_testdata's design."""

import os
import re
import subprocess

import pandas as pd
import pytest
from qgis.core import (
    Qgis,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

import maps_testdata as td
from cc_warning_plugin import qt_i18n


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("algs")
    base = td.write_base(str(d / "base.gpkg"))
    return {
        "dir": d,
        "result": td.write_result(str(d / "r2025.gpkg")),
        "earlier": td.write_result(str(d / "r2020.gpkg"), 2020, td.EARLIER),
        "same_year": td.write_result(str(d / "r2025b.gpkg"), 2025, td.EARLIER),
        "odd": td.write_result(str(d / "odd.gpkg"), extra_codes={"990105": "purple"}),
        "raster": td.write_class_raster(str(d / "cls.tif")),
        "county": f"{base}|layername=county",
        "county_4490": f"{base}|layername=county_4490",
        "township": f"{base}|layername=township",
        "eco": f"{base}|layername=eco_redline",
    }


@pytest.fixture(scope="module")
def chinese():
    qt_i18n.install("zh_CN")
    yield
    qt_i18n.install("en_US")


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def test_class_statistics_of_a_result_and_of_a_raster(run_alg, data, chinese):
    xlsx = str(data["dir"] / "stats.xlsx")
    res = run_alg(
        "class_statistics",
        {
            "INPUT": data["result"],
            "VIEW": 2,  # overload type
            "OUTPUT": "memory:",
            "OUTPUT_FILE": xlsx,
        },
    )
    rows = {
        f["class_code"]: (f["count"], f["area_km2"], f["share_pct"])
        for f in res["OUTPUT"].getFeatures()
    }
    # load_type: overload 3 (城关, 东港, 平原), critical 3, none 2; 100 km² each of 800
    assert rows["overload"] == (3, pytest.approx(300.0), pytest.approx(37.5))
    assert rows["none"] == (2, pytest.approx(200.0), pytest.approx(25.0))
    assert rows["not_evaluated"][0] == 0 and res["UNCLASSIFIED"] == 0
    df = pd.read_excel(xlsx)
    assert list(df.columns) == ["等级", "评价单元", "面积（平方千米）", "占比（%）"]
    assert df.iloc[0].tolist() == ["超载", 3, 300.0, 37.5]
    res = run_alg("class_statistics", {"INPUT": data["raster"], "OUTPUT": "memory:"})
    rows = {f["class_code"]: (f["count"], f["area_km2"]) for f in res["OUTPUT"].getFeatures()}
    # 320 cells × 0.25 km² = 80 km² for levels 1, 2, 3 and 5; 160 cells of 9 unclassified
    assert rows["high"] == (320, pytest.approx(80.0))
    assert rows["fairly_low"] == (0, pytest.approx(0.0))
    assert rows["unclassified"] == (160, pytest.approx(40.0))
    assert res["UNCLASSIFIED"] == 160


def test_compare_periods_output_and_table(run_alg, data, chinese):
    table = str(data["dir"] / "changes.csv")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = run_alg(
        "compare_periods",
        {
            "EARLIER": data["earlier"],
            "LATER": data["result"],
            "OUTPUT": "memory:",
            "OUTPUT_TABLE": table,
        },
        context,
    )
    assert (res["RAISED"], res["LOWERED"]) == (2, 2)
    layer = res["OUTPUT"]
    feats = {f["unit_code"]: f for f in layer.getFeatures()}
    assert (
        feats["990104"]["change_steps"] == -3 and feats["990104"]["change_label"] == "预警等级降低"
    )
    assert feats["990108"]["change"] == "not_compared"
    assert "r2020" in feats["990108"]["change_note"]  # not in the earlier result
    assert feats["990101"].geometry().area() == pytest.approx(1e8)  # 10 km × 10 km
    df = pd.read_csv(table, encoding="utf-8-sig", dtype=str)
    assert df.iloc[0].tolist()[:5] == [
        "990101",
        "城关区",
        "橙色预警（重警）",
        "红色预警（极重警）",
        "预警等级提高",
    ]


def test_compare_periods_refuses_same_year_and_swapped_years(run_alg, data, chinese):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "compare_periods",
            {"EARLIER": data["same_year"], "LATER": data["result"], "OUTPUT": "memory:"},
        )
    assert "2025" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "compare_periods",
            {"EARLIER": data["result"], "LATER": data["earlier"], "OUTPUT": "memory:"},
        )
    assert "交换" in str(err.value)


def test_export_warning_map_pdf_png_and_reprojected_base(run_alg, data, chinese):
    pdf, png = str(data["dir"] / "map.pdf"), str(data["dir"] / "map.png")
    fb = Feedback()
    res = run_alg(
        "export_warning_map",
        {
            "INPUT": data["result"],
            "COUNTY": data["county_4490"],
            "TOWNSHIP": data["township"],
            "ECO_REDLINE": data["eco"],
            "TEMPLATE": 2,
            "DPI": 72,
            "ORG": "示范市自然资源局",
            "REVIEW_NO": "示审字〔2026〕001号",
            "OUTPUT_PDF": pdf,
            "OUTPUT_PNG": png,
        },
        feedback=fb,
    )
    assert res["OUTPUT_PDF"] == pdf and os.path.getsize(png) > 10000
    assert any("EPSG:4490" in m and "EPSG:4527" in m for m in fb.infos)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    for expected in (
        "资源环境承载能力评价图：预警等级",
        "评价年份 2025",
        "示范市自然资源局",
        "示审字〔2026〕001号",
        "红色预警（极重警）",
        "乡镇级行政区界",
    ):
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (w, h) == pytest.approx((841.89, 595.28), abs=1)  # A4 landscape


def test_export_can_keep_the_layout_in_the_project(run_alg, data, chinese):
    project = QgsProject.instance()
    project.clear()
    context = QgsProcessingContext()
    context.setProject(project)
    res = run_alg(
        "export_warning_map",
        {
            "INPUT": data["result"],
            "VIEW": 4,  # land
            "COUNTY": data["county"],
            "ADD_LAYOUT": True,
        },
        context,
    )
    layout = project.layoutManager().layoutByName(res["LAYOUT"])
    assert layout is not None and "土地资源" in res["LAYOUT"]
    names = [n.name() for n in project.layerTreeRoot().children()]
    assert res["LAYOUT"] in names  # the group holding the styled layers
    project.clear()


def test_export_refuses_bad_input(run_alg, data, chinese, tmp_path, read_only_dir):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "export_warning_map", {"INPUT": data["county"], "OUTPUT_PDF": str(tmp_path / "x.pdf")}
        )
    assert "不是评价结果" in str(err.value) and "warning_level" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "export_warning_map",
            {"INPUT": data["result"], "OUTPUT_PDF": str(read_only_dir / "x.pdf")},
        )
    assert str(read_only_dir) in str(err.value)
    empty = QgsVectorLayer(data["result"], "空结果", "ogr")
    empty.setSubsetString("\"行政区划代码\" = 'none'")
    QgsProject.instance().addMapLayer(empty)  # the project owns the layer
    try:
        with pytest.raises(QgsProcessingException) as err:
            run_alg(
                "export_warning_map", {"INPUT": empty.id(), "OUTPUT_PDF": str(tmp_path / "x.pdf")}
            )
        assert "空结果" in str(err.value) and "没有要素" in str(err.value)
    finally:
        QgsProject.instance().removeMapLayer(empty.id())
    assert os.listdir(tmp_path) == ["read_only"] and os.listdir(read_only_dir) == ["kept.txt"]


def test_unknown_codes_are_reported_by_the_export(run_alg, data, chinese, tmp_path):
    fb = Feedback()
    run_alg(
        "export_warning_map",
        {"INPUT": data["odd"], "DPI": 72, "OUTPUT_PNG": str(tmp_path / "odd.png")},
        feedback=fb,
    )
    assert any("purple" in w for w in fb.warnings)


@pytest.fixture(scope="module")
def report(plugin_session, data, chinese):
    import processing
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().providerById("cc_warning") is None:
        plugin_session.provider = None
        plugin_session.initProcessing()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    xlsx, html = str(data["dir"] / "report.xlsx"), str(data["dir"] / "report.html")
    processing.run(
        "cc_warning:evaluation_report",
        {
            "INPUT": data["result"],
            "RASTERS": [data["raster"]],
            "EARLIER": data["earlier"],
            "COUNTY": data["county"],
            "ORG": "示范市自然资源局",
            "OUTPUT_XLSX": xlsx,
            "OUTPUT_HTML": html,
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    return xlsx, html


def test_report_workbook_sheets_headers_and_values(report):
    xlsx, _ = report
    sheets = pd.read_excel(xlsx, sheet_name=None, dtype={"行政区划代码": str})
    assert list(sheets)[:3] == ["集成评价", "土地资源", "环境"]
    # the raster's sheet is named by its band description (the factor's name)
    assert {
        "过程评价",
        "分级统计",
        "农业耕作条件（测试）",
        "时期变化",
        "数据来源与过程记录",
    } <= set(sheets)
    comp = sheets["集成评价"]
    assert list(comp.columns)[:5] == [
        "行政区划代码",
        "评价单元名称",
        "超载类型",
        "资源环境耗损趋势",
        "预警等级",
    ]
    assert comp.iloc[0]["预警等级"] == "红色预警（极重警）"
    land = sheets["土地资源"]
    assert "土地资源压力指数（无量纲）" in land.columns
    assert land.iloc[0]["土地资源压力指数（无量纲）"] == pytest.approx(0.12)
    assert land.iloc[0]["等级"] == "超载"
    raster = sheets["农业耕作条件（测试）"]
    assert raster.iloc[0].tolist() == ["高", 320, 80.0, pytest.approx(22.22)]
    prov = sheets["数据来源与过程记录"]
    items = dict(zip(prov["项目"], prov["数值"]))
    assert items["algorithm"] == "cc_warning:evaluation_report"
    assert items["profile.id"] == "default" and items["versions.qgis"] == Qgis.QGIS_VERSION


def test_report_html_is_one_offline_file_with_everything(report):
    _, html = report
    text = open(html, encoding="utf-8").read()
    assert text.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in text
    assert "http://" not in text and "https://" not in text  # nothing fetched online
    assert len(re.findall(r'src="data:image/png;base64,', text)) >= 10
    for expected in (
        "资源环境承载能力评价报告",
        "编制单位：示范市自然资源局",
        "预警等级",
        "各评价单元成因解析",
        "土地资源超载（土地资源压力指数 0.12）",
        "预警等级提高",
        "数据来源与过程记录",
        "cc_warning:evaluation_report",
        "耗损过程分项",
        "各评价单元要素指数",
        "评价年份：2025",
    ):
        assert expected in text, expected


def test_report_refuses_bad_output_before_work(run_alg, data, chinese, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "evaluation_report", {"INPUT": data["result"], "OUTPUT_XLSX": str(tmp_path / "x.html")}
        )
    assert ".xlsx" in str(err.value)
    with pytest.raises(QgsProcessingException):
        run_alg(
            "evaluation_report", {"INPUT": data["county"], "OUTPUT_HTML": str(tmp_path / "x.html")}
        )
    assert os.listdir(tmp_path) == []


def test_report_provenance_names_inputs_and_versions(report):
    xlsx, _ = report
    prov = pd.read_excel(xlsx, sheet_name="数据来源与过程记录")
    assert set(prov["来源"]) >= {"本报告"}
    items = dict(zip(prov["项目"], prov["数值"]))
    assert "cls.tif" in items["parameters.RASTERS"]
    assert "r2025.gpkg" in items["inputs.INPUT"] and "r2020.gpkg" in items["inputs.EARLIER"]
    assert items["versions.gdal"].startswith("3.") and items["time"][:2] == "20"


def test_year_of_a_result_from_its_year_field_or_trend_eval_year(qgis_app):
    from cc_warning_plugin.report.layers import year_of

    assert year_of([{"年份": 2025}, {"年份": "2025"}]) == 2025
    # a 2016-method result keeps the evaluation year of its trend
    assert year_of([{"trend_base_year": 2020, "trend_eval_year": 2025}]) == 2025
    assert year_of([{"年份": 2024}, {"年份": 2025}]) is None
    assert year_of([{"名称": "城关区"}]) is None
