"""The algorithms of the monitoring and warning mechanism through Processing,
for what the case files (tests/cases/actions_*.toml) cannot check: the
letters and the remediation plan, the charts, the consultation record kept
from one cross-check to the next, the annual report with its layout maps
and the public edition, refusals that leave every output unwritten, and the
help built from the profile. Expected values are typed by hand from the
default profile's [actions] rules (docs/actions.md)."""

import base64
import os
import re
import subprocess

import pandas as pd
import pytest
from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtGui import QImage

import maps_testdata as td
from cc_warning_plugin import qt_i18n
from cc_warning_plugin.report.docmodel import docx_available
from tests.helpers import write_csv


@pytest.fixture
def chinese():
    qt_i18n.install("zh_CN")
    yield
    qt_i18n.install("en_US")


def csv_table(path, header, rows):
    return write_csv(str(path), [dict(zip(header, r)) for r in rows], header, encoding="utf-8-sig")


RESULT_HEADER = [
    "行政区划代码",
    "名称",
    "trend_eval_year",
    "warning_level",
    "load_type",
    "land_class",
    "water_class",
]


@pytest.fixture
def townships(tmp_path):
    """Two townships of county 990102 (one red and overloaded by land, one blue and
    critical by water) and a green one of 990103; the county names in a second table."""
    result = csv_table(
        tmp_path / "result.csv",
        RESULT_HEADER,
        [
            ["990102001", "甲镇", 2025, "red", "overload", "overload", "none"],
            ["990102002", "乙镇", 2025, "blue", "critical", "none", "critical"],
            ["990103001", "丙镇", 2025, "green", "none", "none", "none"],
        ],
    )
    names = csv_table(
        tmp_path / "counties.csv",
        ["行政区划代码", "名称"],
        [["990102", "城关区"], ["990103", "东港区"]],
    )
    return result, names


def test_one_letter_per_county_and_the_remediation_plan(run_alg, chinese, townships, tmp_path):
    result, names = townships
    letters, plan = tmp_path / "letters", str(tmp_path / "plan.csv")
    res = run_alg(
        "warning_reminders",
        {
            "INPUT": result,
            "REGION_NAMES": names,
            "ISSUE_DATE": "2026-03-01",
            "ORG": "示范市自然资源和规划局",
            "FORMATS": [0, 1],
            "OUTPUT": "memory:",
            "LETTERS": str(letters),
            "PLAN": plan,
        },
    )
    # 990102001: N-OVERLOAD (60 days) and I-RED (30 days); 990102002: N-CRITICAL
    # (90 days); 990103001 green: none → one letter, to 城关区 (990102)
    assert res["LETTER_COUNT"] == 1
    assert sorted(os.listdir(letters)) == ["990102_城关区.html", "990102_城关区.pdf"]
    rows = {f["rem_key"]: f["deadline"] for f in res["OUTPUT"].getFeatures()}
    assert rows == {
        "990102001/N-OVERLOAD": "2026-04-30",
        "990102001/I-RED": "2026-03-31",
        "990102002/N-CRITICAL": "2026-05-30",
    }
    html = (letters / "990102_城关区.html").read_text(encoding="utf-8")
    # the strongest kind (约谈) and the earliest deadline (2026-03-31) head the letter
    assert "关于城关区资源环境承载能力监测预警结果的约谈" in html
    assert "2026年3月31日" in html and "示范市自然资源和规划局" in html
    assert "甲镇" in html and "乙镇" in html and "丙镇" not in html
    assert "区域限批" in html  # RED-LIMIT for 甲镇
    text = subprocess.run(
        ["pdftotext", str(letters / "990102_城关区.pdf"), "-"], capture_output=True, text=True
    ).stdout.replace("\n", "")
    assert "关于城关区资源环境承载能力监测预警结果的约谈" in text
    # the plan: 甲镇 is red → the county government's plan in 6 months; land overloaded →
    # the natural resources bureau in 12 months; 乙镇 (blue, critical) gets no task
    df = pd.read_csv(plan, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(df.columns) == [
        "行政区划代码",
        "评价单元名称",
        "任务",
        "责任部门",
        "完成时限",
        "状态",
        "完成日期",
        "备注",
    ]
    assert df[["行政区划代码", "责任部门", "完成时限", "状态"]].values.tolist() == [
        ["990102001", "县级人民政府", "2026-09-01", "未开始"],
        ["990102001", "自然资源局", "2027-03-01", "未开始"],
    ]


def test_word_without_python_docx_stops_before_anything_is_written(
    run_alg, townships, tmp_path, monkeypatch
):
    from cc_warning_plugin.processing.actions import base

    monkeypatch.setattr(base, "docx_available", lambda: False)
    result, _ = townships
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "warning_reminders",
            {
                "INPUT": result,
                "FORMATS": [0, 2],
                "OUTPUT": str(tmp_path / "reminders.gpkg"),
                "LETTERS": str(tmp_path / "letters"),
                "PLAN": str(tmp_path / "plan.xlsx"),
            },
        )
    assert "python3-docx" in str(err.value)
    assert sorted(os.listdir(tmp_path)) == ["counties.csv", "result.csv"]


def test_target_charts(run_alg, tmp_path):
    targets = csv_table(
        tmp_path / "targets.csv",
        ["指标", "区域", "基准年", "基准值", "目标年", "目标值", "方向"],
        [
            ["森林覆盖率", "110101", 2015, 70, 2025, 76, "不低于"],
            ["化肥利用率", "110101", 2020, 37.8, 2027, 40, "不低于"],
        ],
    )
    obs = csv_table(
        tmp_path / "obs.csv",
        ["区域", "指标", "年份", "数值"],
        [["110101", "森林覆盖率", 2018, 72], ["110101", "森林覆盖率", 2020, 73]],
    )
    charts = tmp_path / "charts"
    res = run_alg(
        "target_tracking",
        {"TARGETS": targets, "OBSERVATIONS": obs, "OUTPUT": "memory:", "CHARTS": str(charts)},
    )
    # progress bars of the target with observations; a series for it, none for the
    # target without observations (no data)
    assert sorted(os.listdir(charts)) == ["progress.png", "series_forest_cover_110101_2025.png"]
    for name in os.listdir(charts):
        assert (charts / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert res["ON_TRACK"] == 1 and res["ATTAINED"] == 0


CC_HEADER = [
    "行政区划代码",
    "名称",
    "trend_eval_year",
    "land_index",
    "land_class",
    "land_l0",
    "warning_level",
]


def test_the_consultation_record_is_kept_from_one_run_to_the_next(run_alg, chinese, tmp_path):
    # 110101: land index 0.12 vs 0.05 (same class, |−0.07| > 0.005) → disagrees;
    # 110102: 0.30 vs 0.302 → agrees
    county = csv_table(
        tmp_path / "county.csv",
        CC_HEADER,
        [
            ["110101", "甲县", 2025, 0.12, "overload", 0.2813, "red"],
            ["110102", "乙县", 2025, 0.30, "overload", 0.25, "red"],
        ],
    )
    city = csv_table(
        tmp_path / "city.csv",
        CC_HEADER,
        [
            ["110101", "甲县", 2025, 0.05, "overload", 0.295, "red"],
            ["110102", "乙县", 2025, 0.302, "overload", 0.25, "red"],
        ],
    )
    record = str(tmp_path / "consultation.csv")
    res = run_alg(
        "cross_check",
        {"COUNTY": county, "CITY": city, "OUTPUT": "memory:", "OUTPUT_CONSULTATION": record},
    )
    assert res["DISAGREEMENTS"] == 1
    df = pd.read_csv(record, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert df[["行政区划代码", "事项", "差异数据"]].values.tolist() == [
        ["110101", "land", "land_l0: 0.2813 → 0.295 (+0.0137)"]
    ]
    df.loc[0, ["会商意见", "商定结果", "参会人员", "会商日期"]] = [
        "以市级土地变更调查数据为准",
        "超载 (0.050)",
        "县市两级自然资源部门",
        "2026-04-10",
    ]
    filled = str(tmp_path / "filled.csv")
    df.to_csv(filled, index=False, encoding="utf-8-sig")
    html, again = str(tmp_path / "differences.html"), str(tmp_path / "again.csv")
    run_alg(
        "cross_check",
        {
            "COUNTY": county,
            "CITY": city,
            "CONSULTATION": filled,
            "OUTPUT": "memory:",
            "OUTPUT_CONSULTATION": again,
            "OUTPUT_HTML": html,
        },
    )
    page = open(html, encoding="utf-8").read()
    assert "以市级土地变更调查数据为准" in page and "2026-04-10" in page
    kept = pd.read_csv(again, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert kept.loc[0, "商定结果"] == "超载 (0.050)"
    # a record of an item that agrees is refused, naming its row; nothing is written
    df.loc[0, "行政区划代码"] = "110102"
    df.to_csv(filled, index=False, encoding="utf-8-sig")
    out = str(tmp_path / "refused.html")
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "cross_check",
            {
                "COUNTY": county,
                "CITY": city,
                "CONSULTATION": filled,
                "OUTPUT": "memory:",
                "OUTPUT_HTML": out,
            },
        )
    assert "110102" in str(err.value) and "第 1 行" in str(err.value)
    assert not os.path.exists(out)


@pytest.fixture(scope="module")
def annual(tmp_path_factory, plugin_session):
    """The annual report of maps_testdata's eight counties (2025, and 2020 as an earlier
    result), one target, and a county's self-assessment of two of them."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if QgsApplication.processingRegistry().providerById("cc_warning") is None:
        plugin_session.provider = None
        plugin_session.initProcessing()
    d = tmp_path_factory.mktemp("annual")
    base = td.write_base(str(d / "base.gpkg"))
    targets = csv_table(
        d / "targets.csv",
        ["指标", "区域", "基准年", "基准值", "目标年", "目标值", "方向"],
        [["森林覆盖率", "990100", 2015, 70, 2025, 76, "不低于"]],
    )
    obs = csv_table(
        d / "obs.csv", ["区域", "指标", "年份", "数值"], [["990100", "森林覆盖率", 2025, 75]]
    )
    county = csv_table(
        d / "county.csv",
        ["行政区划代码", "名称", "year", "land_index", "land_class", "load_type", "warning_level"],
        [
            ["990101", "城关区", 2025, 0.12, "overload", "overload", "red"],
            ["990102", "东港区", 2025, 0.02, "overload", "overload", "orange"],
        ],
    )
    out = {
        "html": str(d / "report.html"),
        "pdf": str(d / "report.pdf"),
        "public": str(d / "public"),
    }
    params = {
        "INPUT": td.write_result(str(d / "r2025.gpkg")),
        "EARLIER": [td.write_result(str(d / "r2020.gpkg"), 2020, td.EARLIER)],
        "TARGETS": targets,
        "OBSERVATIONS": obs,
        "COUNTY_RESULT": county,
        "COUNTY": f"{base}|layername=county",
        "CITY": "示范市",
        "CITY_CODE": "990100",
        "ORG": "示范市自然资源和规划局",
        "ISSUE_DATE": "2026-03-01",
        "MAP_DPI": 72,
        "OUTPUT_HTML": out["html"],
        "OUTPUT_PDF": out["pdf"],
        "PUBLIC": out["public"],
    }
    if docx_available():
        out["docx"] = params["OUTPUT_DOCX"] = str(d / "report.docx")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    qt_i18n.install("zh_CN")
    try:
        processing.run(
            "cc_warning:annual_report", params, context=context, feedback=QgsProcessingFeedback()
        )
    finally:
        qt_i18n.install("en_US")
    return out


def test_annual_report_contents(annual):
    html = open(annual["html"], encoding="utf-8").read()
    assert "示范市2025年度资源环境承载能力监测预警报告" in html
    # against 2020: 990101 orange → red and 990103 green → yellow raised; 990102 orange,
    # 990105 green and 990107 red unchanged; 990104 red → blue and 990106 yellow →
    # green lowered; 990108 has no 2020 result
    for part in ("预警等级提高 2", "预警等级不变 3", "预警等级降低 2"):
        assert part in html, part
    # 990107 red in both periods: persistent → P-PERSIST; 约谈 and 公告 reminders
    for code in (
        "[LAND-O]",
        "[ENV-O]",
        "[RED-LIMIT]",
        "[ORANGE-LIMIT]",
        "[P-PERSIST]",
        "[P-RAISED]",
        "[R-LOWERED]",
    ):
        assert code in html, code
    assert "公告" in html and "约谈" in html
    # the city-wide target is named by the city; 75 of 76 in 2025 → missed
    assert "示范市" in html and "未达标" in html
    # cross-check of 2 units × 3 items (land, load, warning: the class fields the
    # self-assessment carries): 990102's land index 0.02 vs 0.05 is the one disagreement
    assert "共比较 2 个单元、6 个事项，其中 1 项不一致" in html
    assert "数据来源与过程记录" in html and "cc_warning:annual_report" in html


def _images(html: str):
    return [
        QImage.fromData(base64.b64decode(m))
        for m in re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    ]


def test_annual_report_maps_come_from_the_layout(annual):
    """Both maps are A4-landscape layout pages at the chosen 72 dpi (842 × 595 px, with
    legend, scale bar and north arrow on the page), not plain renders."""
    html = open(annual["html"], encoding="utf-8").read()
    pages = [im for im in _images(html) if abs(im.width() - 842) <= 1]
    assert len(pages) == 2
    for im in pages:
        assert abs(im.height() - 595) <= 1
    assert "预警图" in html and "预警等级变化" in html


def test_annual_report_pdf_and_word(annual):
    text = subprocess.run(
        ["pdftotext", annual["pdf"], "-"], capture_output=True, text=True
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
    if "docx" in annual:
        import docx

        body = "".join(p.text for p in docx.Document(annual["docx"]).paragraphs)
        assert "示范市2025年度资源环境承载能力监测预警报告" in body


def test_annual_report_public_edition(annual):
    folder = annual["public"]
    units = sorted(os.listdir(os.path.join(folder, "units")))
    assert units == [f"9901{n:02d}.html" for n in range(1, 9)]
    index = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
    assert "<script" not in index.lower()
    assert len(re.findall(r'href="units/990101\.html"', index)) == 2  # map and list
    for name in units:
        page = open(os.path.join(folder, "units", name), encoding="utf-8").read()
        # the cause text quotes indices, which the default profile keeps internal
        assert "土地资源压力指数 0.12" not in page and "<script" not in page.lower()


def test_annual_report_refuses_a_folder_that_is_not_a_public_edition(run_alg, tmp_path):
    folder = tmp_path / "website"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    html = tmp_path / "report.html"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "annual_report",
            {
                "INPUT": td.write_result(str(tmp_path / "r.gpkg")),
                "OUTPUT_HTML": str(html),
                "PUBLIC": str(folder),
            },
        )
    assert "not an earlier public edition" in str(err.value)
    assert not html.exists() and os.listdir(folder) == ["notes.txt"]


def test_help_shows_the_rules_of_the_profile_in_use(tmp_path):
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.specs.actions import CROSS_CHECK, WARNING_REMINDERS
    from cc_warning_plugin.specs.help import to_html

    path = tmp_path / "bureau.toml"
    path.write_text(
        '[profile]\nextends = "default"\n'
        '[cross_check]\ntag = "V-off (bureau rules)"\nindex_tolerance = 0.01\n'
        "input_rel_tolerance = 0.02\n",
        encoding="utf-8",
    )
    page = to_html(CROSS_CHECK, load_profile(str(path)))
    assert "differ by more than 0.01." in page and "more than 2 %" in page
    assert "[V-off (bureau rules)]" in page
    page = to_html(WARNING_REMINDERS, load_profile())
    # the default N-OVERLOAD rule: a written notice within 60 days, its tag with it
    assert "N-OVERLOAD (Written notice, within 60 days)" in page
    assert "mechanism.md: overloaded units draw up a remediation plan" in page
