"""The sample city's annual 监测预警报告 and its letters as HTML, PDF and
.docx: the PDF is checked page by page as images (pdftoppm: no empty page)
and as text (pdftotext: the Chinese text is there, so the glyphs are real
characters of an embedded CJK font, not boxes); Word output needs
python-docx and says so when it is missing, writing nothing."""

import datetime
import io
import os
import re
import subprocess

import numpy as np
import pytest
from matplotlib import image as mpimg

from cc_warning_plugin.core.actions.crosscheck import consultation_template, cross_check
from cc_warning_plugin.core.actions.measures import evaluate_actions
from cc_warning_plugin.core.actions.reminders import letters, plan_tasks, reminders
from cc_warning_plugin.core.actions.targets import load_observations, load_targets, track
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.report import docmodel, outputs
from cc_warning_plugin.report.action_charts import map_with_legend
from cc_warning_plugin.report.annual import AnnualReportInput, annual_document
from cc_warning_plugin.report.public import read_units

import sample_case as sc

TITLE = "示范市2025年度资源环境承载能力监测预警报告"


@pytest.fixture(scope="module")
def chinese(qgis_app):
    from cc_warning_plugin import qt_i18n

    qt_i18n.install("zh_CN")
    yield
    qt_i18n.install("en_US")


@pytest.fixture(scope="module")
def case(chinese):
    p = load_profile()
    rows = sc.city_rows()
    acts = evaluate_actions(rows, p, sc.history())
    rems = reminders(acts, p, sc.ISSUED)
    plan = plan_tasks(acts, p, datetime.date(2025, 6, 1))
    plan[0].status = "done"
    targets = track(
        load_targets(os.path.join(sc.ACTIONS, "targets.csv"), p),
        load_observations(os.path.join(sc.ACTIONS, "target_observations.csv"), p),
        p,
        2025,
    )
    check = cross_check(sc.county_rows(), rows, p, "县级自评", "市级评价")
    records = consultation_template(check, p)
    records[0].comment, records[0].agreed = "县级L0取值偏大，采用市级数据", "超载"
    shapes = read_units(os.path.join(sc.SAMPLE, "shifan.gpkg"), "county")
    inp = AnnualReportInput(
        TITLE,
        p,
        2025,
        rows,
        acts,
        rems,
        plan,
        targets,
        check,
        records,
        {s.code: s.area_m2 for s in shapes},
        _map_png(),
        _map_png(),
        False,
        organisation="示范市自然资源和规划局",
        date=sc.ISSUED,
        region_names={"990100": "示范市", **{s.code: s.name for s in shapes}},
        sources={
            "result": "design.csv",
            "history": "warning_history.csv",
            "targets": "targets.csv",
            "observations": "target_observations.csv",
        },
        provenance=[
            (
                "示范市2025年评价",
                {"algorithm": "cc_warning:carrying_capacity_2016", "profile": {"id": p.id}},
            )
        ],
    )
    return p, inp, acts, rems


def _map_png() -> bytes:
    """Any PNG stands for the layout's map image here."""
    from cc_warning_plugin.report.charts import new_figure, png_bytes

    fig = new_figure(load_profile(), 4, 3)
    ax = fig.add_subplot(111)
    ax.fill([0, 1, 1, 0], [0, 0, 1, 1], color="#ff0000")
    return png_bytes(fig)


@pytest.fixture(scope="module")
def written(case, tmp_path_factory):
    p, inp, _, _ = case
    out = tmp_path_factory.mktemp("annual")
    paths = outputs.write_document(
        annual_document(inp),
        p,
        str(out / "report.html"),
        str(out / "report.pdf"),
        str(out / "report.docx"),
    )
    return paths, out


def pdf_pages(pdf: str, folder) -> list:
    subprocess.run(["pdftoppm", "-r", "30", "-png", pdf, str(folder / "page")], check=True)
    return sorted(str(folder / f) for f in os.listdir(folder) if f.startswith("page"))


def test_pdf_pages_are_not_empty_and_hold_chinese_text(written):
    paths, out = written
    pages = pdf_pages(paths["pdf"], out)
    info = subprocess.run(["pdfinfo", paths["pdf"]], capture_output=True, text=True).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert len(pages) == n and n >= 6
    for i, png in enumerate(pages, start=1):
        img = mpimg.imread(png)[..., :3]
        ink = (img.mean(axis=2) < 0.9).mean()
        assert ink > 0.005, f"page {i} is (almost) empty: {ink:.4f} of it is not white"
        text = subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), paths["pdf"], "-"],
            capture_output=True,
            text=True,
        ).stdout
        assert re.search(r"[\u4e00-\u9fff]", text), f"page {i} has no Chinese text"
    text = subprocess.run(["pdftotext", paths["pdf"], "-"], capture_output=True, text=True).stdout
    for expected in (
        TITLE,
        "概况",
        "红色预警（极重警）",
        "城关区（990102）",
        "区域限批",
        "受污染耕地安全利用率",
        "县级L0取值偏大",
        "未核实",
        "数据来源与过程记录",
    ):
        assert expected in text.replace("\n", ""), expected
    fonts = subprocess.run(["pdffonts", paths["pdf"]], capture_output=True, text=True).stdout
    assert re.search(r"WenQuanYi\S*\s.*\byes\b", fonts), fonts


def test_html_is_offline_and_complete(written):
    paths, _ = written
    text = open(paths["html"], encoding="utf-8").read()
    assert "http://" not in text and "https://" not in text
    assert len(re.findall(r'src="data:image/png;base64,', text)) >= 5
    for expected in (TITLE, "红色预警（极重警）", "P-PERSIST", "预警等级提高", "北岭县"):
        assert expected in text, expected


def test_docx_has_the_sections_and_tables(written):
    import docx

    paths, _ = written
    d = docx.Document(paths["docx"])
    heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "概况" in heads and "城关区（990102）" in heads
    cells = {c.text for t in d.tables for r in t.rows for c in r.cells}
    assert "红色预警（极重警）" in cells and len(d.inline_shapes) >= 4


def test_word_without_python_docx_is_a_clear_message(case, tmp_path, monkeypatch):
    p, inp, _, _ = case
    monkeypatch.setattr(docmodel, "docx_available", lambda: False)
    monkeypatch.setattr(outputs, "docx_available", lambda: False)
    with pytest.raises(InputError) as err:
        outputs.write_document(
            annual_document(inp), p, str(tmp_path / "r.html"), docx=str(tmp_path / "r.docx")
        )
    assert "python3-docx" in str(err.value) and "HTML" in str(err.value)
    assert os.listdir(tmp_path) == []


def test_one_letter_per_county_in_three_formats(case, tmp_path):
    p, _, acts, rems = case
    lets = letters(acts, rems, p, "示范市人民政府", sc.ISSUED)
    # every county with an overloaded or critical unit: all but 平原县 and 西山县
    assert [x.county_name for x in lets] == [
        "城关区",
        "东港区",
        "湖滨县",
        "南川县",
        "河湾县",
        "北岭县",
    ]
    files = outputs.write_letters(str(tmp_path / "letters"), lets, p, ("html", "pdf", "docx"))
    assert len(files) == 18
    pdf = str(tmp_path / "letters" / "990125_北岭县.pdf")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    text = text.replace("\n", "")
    # 北岭县: orange in 2020 and 2025 → persistent → interview, public notice (公告 the strongest)
    assert "关于北岭县资源环境承载能力监测预警结果的公告" in text
    assert "约谈" in text and "2026年3月31日" in text and "示范市人民政府" in text


def test_a_map_without_layout_gets_its_legend(case):
    p = case[0]
    png = _map_png()
    out = map_with_legend(png, [("红色预警（极重警）", "#ff0000")], "预警等级", p)
    a, b = mpimg.imread(io.BytesIO(png)), mpimg.imread(io.BytesIO(out))
    assert b.shape[1] / b.shape[0] > a.shape[1] / a.shape[0] * 1.15  # legend beside
    assert np.any(np.all(np.abs(b[..., :3] - [1.0, 0.0, 0.0]) < 0.02, axis=-1))
