"""The report of one site of the 符合性分析 (report/compliance.py): the
conclusion and the clauses that gave it, the units touched with their areas,
the 三区三线 (a layer not given says so), the county's warning, every clause
with its verdict colour and reason, the list's name, version and date — and
without a list no verdict and a sentence saying why. Built on the sample's
five projects (designed verdicts in docs/zoning.md) and hand-made squares."""

import csv
import os

import pytest

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.zoning.access_list import load_access_list
from cc_warning_plugin.core.zoning.compliance import ComplianceContext, analyse, county_results
from cc_warning_plugin.core.zoning.config import ZoningConfig
from cc_warning_plugin.core.zoning.features import read_layer
from cc_warning_plugin.report.compliance import report_stem, site_document
from cc_warning_plugin.report.docmodel import Heading, Image, Para, TableBlock, to_html

import zoning_testdata as td
from zoning_testdata import SAMPLE, SHIFAN, ZONING

PROFILE = load_profile()
CFG = ZoningConfig.from_profile(PROFILE)


def sample_result(with_list=True, layers=("eco_redline", "farmland", "urban_boundary")):
    units = read_layer(ZONING, "control_unit")
    al = (
        load_access_list(os.path.join(SAMPLE, "zoning_access_list.toml"), CFG)
        if with_list
        else None
    )
    files = {
        "eco_redline": (SHIFAN, "eco_redline"),
        "farmland": (SHIFAN, "farmland_protection"),
        "urban_boundary": (SHIFAN, "urban_boundary"),
        "drinking_water": (ZONING, "drinking_water"),
        "industrial_park": (ZONING, "industrial_park"),
    }
    given = {k: read_layer(*files[k]) for k in list(layers) + ["drinking_water", "industrial_park"]}
    with open(os.path.join(SAMPLE, "design.csv"), encoding="utf-8-sig", newline="") as fh:
        warnings = county_results(list(csv.DictReader(fh)))
    ctx = ComplianceContext(units, CFG, al, given, warnings)
    return analyse(read_layer(ZONING, "project_site", id_field="项目编号"), ctx)


def site(result, fid):
    return next(s for s in result.sites if s.fid == fid)


def tables(doc):
    return [b for b in doc.blocks if isinstance(b, TableBlock)]


def test_report_of_a_mismatching_site():
    result = sample_result()
    s = site(result, "P2")
    doc = site_document(s, result, PROFILE, b"PNG", "2026-01-05", [("行业代码", "C2614")])
    assert doc.title.startswith("示例有机化工厂")
    assert (
        "示范市生态环境准入清单（示例，虚构）" in doc.meta[1]
        and "2025-示例" in doc.meta[1]
        and "2025-06-30" in doc.meta[1]
    )
    assert "2026-01-05" in doc.meta[2]
    texts = [b.text for b in doc.blocks if isinstance(b, Para)]
    assert "Overall conclusion: Does not conform, given by clause(s) Z01, Y01." in texts
    # the site of P2 is a 400 × 400 m square on the red line of 竹坪乡, in one priority unit
    units = next(t for t in tables(doc) if t.caption == "Control units touched by the site")
    assert units.rows == [
        [
            "Priority protection unit",
            s.pieces[0].unit.code,
            s.pieces[0].unit.name,
            "990126",
            160000.0,
            "100.0 %",
        ]
    ]
    assert units.swatches == [PROFILE.get("zoning.classes.1.color")]
    lines = next(t for t in tables(doc) if t.caption.startswith("三区三线"))
    assert lines.rows[0] == ["Ecological protection red line", 160000.0, "100.0 %"]
    clauses = next(t for t in tables(doc) if t.caption.startswith("Clauses of the access"))
    by_id = {r[1]: r for r in clauses.rows}
    assert set(by_id) == {"Z01", "Z02", "Z03", "Z04", "Z05", "Y01", "Y02", "Y03"}
    assert by_id["Y01"][0] == "Does not conform" and "C2614" in by_id["Y01"][6]
    assert by_id["Y02"][5] == "(text only)"
    colours = dict(zip([r[1] for r in clauses.rows], clauses.swatches))
    assert colours["Z01"] == PROFILE.get("zoning.verdicts.mismatch.color")
    assert colours["Z04"] == PROFILE.get("zoning.verdicts.not_applicable.color")
    assert any(isinstance(b, Image) and b.png == b"PNG" for b in doc.blocks)
    html = to_html(doc)
    assert "示例有机化工厂" in html and "C2614" in html


def test_report_without_a_list_gives_no_verdict_and_says_why():
    result = sample_result(with_list=False, layers=("eco_redline",))
    s = site(result, "P3")
    doc = site_document(s, result, PROFILE, None, "2026-01-05")
    texts = [b.text for b in doc.blocks if isinstance(b, Para)]
    assert "No access list was given: no verdict is given (缺少官方清单时不判断符合性)." in texts
    assert any("a conformity verdict needs the official list" in t for t in texts)
    assert doc.meta[1] == "Access list: none given"
    assert not any(t.caption.startswith("Clauses") for t in tables(doc))
    assert not any(isinstance(b, Image) for b in doc.blocks)
    # farmland and urban boundary were not given
    lines = next(t for t in tables(doc) if t.caption.startswith("三区三线"))
    assert lines.rows[1] == ["Permanent basic farmland", None, "layer not given"]
    assert lines.rows[2] == ["Urban development boundary", None, "layer not given"]
    # the county's warning result (design.csv: 东港区 黄色 临界超载)
    county = next(t for t in tables(doc) if t.caption == "Warning result of the counties")
    assert county.rows == [["990103", "100.0 %", "黄色", "临界超载"]]


def test_report_of_a_site_outside_every_unit():
    result = sample_result()
    s = site(result, "P5")
    doc = site_document(s, result, PROFILE, None, "2026-01-05")
    texts = [b.text for b in doc.blocks if isinstance(b, Para)]
    assert "The site lies outside every control unit given." in texts
    assert (
        "Overall conclusion: Not applicable, given by clause(s) Z01, Z02, Z03, Z04, Z05." in texts
    )
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings[0] == "Conclusion" and "Provenance" in headings


def test_straddling_site_lists_both_units_and_the_part_outside():
    # units 0–100 and 100–200 (× 0–100); a site 50–250 × 0–20 (4 000 m²): 50 × 20 = 1 000 m²
    # in the first, 100 × 20 = 2 000 in the second, 50 × 20 = 1 000 outside; largest first
    units = td.layer(
        "units",
        [
            ("u1", td.rect(0, 0, 100, 100), {"HJZHGKDYBM": "ZH99010210001", "ZHGKDYFL": "1"}),
            ("u2", td.rect(100, 0, 200, 100), {"HJZHGKDYBM": "ZH99010230001", "ZHGKDYFL": "3"}),
        ],
    )
    sites = td.layer("sites", [("S1", td.rect(50, 0, 250, 20), {"name": "跨界项目"})])
    result = analyse(sites, ComplianceContext(units, CFG))
    doc = site_document(result.sites[0], result, PROFILE, None, "2026-01-05")
    table = next(t for t in tables(doc) if t.caption == "Control units touched by the site")
    assert [r[1] for r in table.rows] == ["ZH99010230001", "ZH99010210001", ""]
    assert [r[4] for r in table.rows] == [
        pytest.approx(2000.0),
        pytest.approx(1000.0),
        pytest.approx(1000.0),
    ]
    assert [r[5] for r in table.rows] == ["50.0 %", "25.0 %", "25.0 %"]
    assert table.rows[2][:2] == ["outside every unit", ""]


@pytest.mark.parametrize(
    "fid, stem", [("P1", "P1"), ("2025/项目 7", "2025_项目_7"), ("a:b*c", "a_b_c"), ("..", "site")]
)
def test_report_file_names(fid, stem):
    assert report_stem(fid) == stem
