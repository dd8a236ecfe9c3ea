"""The README's demo command: it runs on the bundled sample and its results
match the sample's hand-made design (design.csv); on an incomplete sample it
stops, naming the missing file."""

import csv
import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(ROOT, "scripts", "demo.sh")
CLASS_CODES = {"超载": "overload", "临界超载": "critical", "不超载": "none"}

# the tests read the demo's files with GDAL themselves, exceptions on
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("gdal_exceptions_on")]


@pytest.fixture(scope="module")
def demo_output():
    proc = subprocess.run([DEMO], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = os.path.join(os.environ.get("CC_WARNING_OUTPUT", os.path.join(ROOT, "output")), "demo")
    assert out in proc.stdout
    return out


def design():
    path = os.path.join(ROOT, "cc_warning_plugin", "sample_data", "design.csv")
    with open(path, encoding="utf-8-sig") as fh:
        return {row["行政区划代码"]: row for row in csv.DictReader(fh)}


def test_demo_environment_classes_match_the_design(demo_output):
    from osgeo import ogr

    ds = ogr.Open(os.path.join(demo_output, "env_exceedance_2025.gpkg"))
    got = {f.GetField("行政区划代码"): f.GetField("env_class") for f in ds.GetLayer(0)}
    want = {code: CLASS_CODES[row["环境"]] for code, row in design().items()}
    assert got == want


def test_demo_names_a_missing_sample_file(tmp_path):
    (tmp_path / "shifan.gpkg").write_bytes(b"")
    env = dict(os.environ, CC_WARNING_SAMPLE_DIR=str(tmp_path))
    proc = subprocess.run([DEMO], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert "indicators_2025.csv is missing" in proc.stderr
    assert "make_sample_data.py" in proc.stderr


def test_demo_suitability_leaves_out_the_ecology_critical_cells(demo_output):
    """Step 5 takes the 生态保护重要性 raster of step 4: every 极重要 (1) cell is
    不适宜 (3) in both suitabilities, and the report (the demo runs in Chinese) has
    a sheet per raster named by its factor."""
    import pandas as pd
    from osgeo import gdal

    eco = gdal.Open(os.path.join(demo_output, "eco_protection_importance.tif"))
    critical = eco.GetRasterBand(1).ReadAsArray() == 1
    assert critical.sum() > 0
    for name in ("agri_suitability", "urban_suitability"):
        ds = gdal.Open(os.path.join(demo_output, "dual", f"{name}.tif"))
        assert ds.GetGeoTransform() == eco.GetGeoTransform()
        suit = ds.GetRasterBand(1).ReadAsArray()
        assert (suit[critical] == 3).all(), name
        assert (suit[~critical] == 1).any(), name
    sheets = pd.read_excel(
        os.path.join(demo_output, "evaluation_report_2025.xlsx"), sheet_name=None
    )
    assert {"生态保护重要性", "农业生产适宜性", "城镇建设适宜性"} <= set(sheets)


def test_demo_writes_the_annual_report_letters_and_public_edition(demo_output):
    """Step 7: the annual report (HTML, PDF; .docx as python3-docx is installed
    here), one letter per county with a reminder, the plan, the consultation
    sheet and the public edition, in Chinese."""
    out = os.path.join(demo_output, "annual")
    for name in (
        "annual_report_2025.html",
        "annual_report_2025.pdf",
        "annual_report_2025.docx",
        "remediation_plan_2025.xlsx",
        "consultation_2025.xlsx",
        "cross_check_2025.html",
        os.path.join("public", "index.html"),
    ):
        assert os.path.isfile(os.path.join(out, name)), name
    text = subprocess.run(
        ["pdftotext", os.path.join(out, "annual_report_2025.pdf"), "-"],
        capture_output=True,
        text=True,
    ).stdout.replace("\n", "")
    for expected in (
        "示范市2025年度资源环境承载能力监测预警报告",
        "概况",
        "区域限批",
        "目标完成情况",
        "县市评价结果协同校验",
        "数据来源与过程记录",
    ):
        assert expected in text, expected
    letters = sorted(os.listdir(os.path.join(out, "letters")))
    assert "990125_北岭县.pdf" in letters and not any(n.startswith("990123") for n in letters)


def test_demo_delineates_the_units_and_reports_the_five_projects(demo_output):
    """Step 8: the units delineated from the sample layers and step 3's 2016 result are
    the sample's official-style units (59, the same codes and areas); the five sample
    projects get the conclusion each was designed for (one per verdict, written in the
    project layer's 设计结论), each with an HTML and a PDF report in Chinese naming the
    list's version and date."""
    from osgeo import ogr

    out = os.path.join(demo_output, "zoning")
    sample = os.path.join(ROOT, "cc_warning_plugin", "sample_data", "zoning.gpkg")
    ds = ogr.Open(os.path.join(out, "control_units.gpkg"))
    got = {f.GetField("HJZHGKDYBM"): round(f.GetField("MJ"), 6) for f in ds.GetLayer(0)}
    ref = ogr.Open(sample)
    want = {
        f.GetField("HJZHGKDYBM"): round(f.GetField("MJ"), 6)
        for f in ref.GetLayerByName("control_unit")
    }
    assert len(got) == 59 and got == want
    design = {
        f.GetField("项目编号"): f.GetField("设计结论") for f in ref.GetLayerByName("project_site")
    }
    assert sorted(design.values()) == sorted(["匹配", "不匹配", "部分匹配", "无法判断", "不适用"])
    ds = ogr.Open(os.path.join(out, "compliance_sites.gpkg"))
    conclusions = {f.GetField("site_id"): f.GetField("verdict_label") for f in ds.GetLayer(0)}
    assert conclusions == design
    for site in design:
        pdf = os.path.join(out, "reports", f"{site}.pdf")
        assert os.path.isfile(os.path.join(out, "reports", f"{site}.html"))
        text = subprocess.run(
            ["pdftotext", pdf, "-"], capture_output=True, text=True
        ).stdout.replace("\n", "")
        for expected in (
            "生态环境分区管控符合性分析",
            design[site],
            "版本 2025-示例",
            "日期 2025-06-30",
        ):
            assert expected in text, (site, expected)


def test_demo_builds_the_monitoring_database_with_due_list_and_frames(demo_output):
    """Step 9: the sample database built through the database algorithms; the QC
    finds exactly the faults planted in the hourly records (docs/monitoring.md
    "Sample records"); the levels of 2020 (docs/database.md) and 2025 (the design)
    in the history layer, whose frames are written; the new record of 城关区
    (overloaded) makes it due at once, and a year on the critical and overloaded
    units of the design are due too."""
    import pandas as pd
    from osgeo import gdal, ogr

    out = os.path.join(demo_output, "database")
    qc = pd.read_csv(os.path.join(out, "qc_report_air_hourly_2025.csv"), dtype=str)
    assert sorted(zip(qc["station_id"], qc["pollutant"], qc["qc_code"])) == sorted(
        [
            ("9901A01", "pm25", "flat_line"),
            ("9901A01", "pm25", "day_incomplete"),
            ("9901A01", "no2", "jump"),
            ("9901A02", "so2", "negative"),
            ("9901A02", "pm10", "gap"),
            ("9901A03", "pm10", "above_range"),
            ("9901A03", "co", "duplicate"),
            ("9901A03", "o3", "conflict"),
            ("9901A03", "pm25", "missing"),
        ]
    )
    ds = ogr.Open(os.path.join(out, "history.gpkg"))
    levels = {}
    for f in ds.GetLayer(0):
        levels.setdefault(f.GetField("period_code"), {})[f.GetField("unit_code")] = f.GetField(
            "warning_level"
        )
    ds = None
    zh = {"红色": "red", "橙色": "orange", "黄色": "yellow", "蓝色": "blue", "绿色": "green"}
    assert sorted(levels) == ["2015", "2020", "2025"]
    assert levels["2025"] == {code: zh[row["预警等级"]] for code, row in design().items()}
    assert levels["2020"] == {
        "990102": "orange",
        "990103": "blue",
        "990121": "blue",
        "990122": "red",
        "990123": "green",
        "990124": "red",
        "990125": "red",
        "990126": "green",
    }
    for year in (2015, 2020, 2025):
        image = gdal.Open(os.path.join(out, "frames", f"warning_{year}.png"))
        assert image.RasterXSize > 800 and image.RasterYSize > 400, year
        image = None
    today = pd.read_csv(os.path.join(out, "due_list_today.csv"), dtype=str)
    assert list(zip(today["unit_code"], today["rule"], today["overdue_days"])) == [
        ("990102", "continuous", "0")
    ]
    later = pd.read_csv(os.path.join(out, "due_list_next_year.csv"), dtype=str)
    due = sorted(c for c, row in design().items() if row["超载类型"] in ("超载", "临界超载"))
    assert sorted(later["unit_code"]) == due
    rules = dict(zip(later["unit_code"], later["rule"]))
    assert rules.pop("990102") == "continuous" and set(rules.values()) == {"yearly"}
