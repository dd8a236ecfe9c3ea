"""The zoning sample of 示范市 (scripts/make_zoning_sample.py): the five
projects get the verdicts they were designed for (docs/zoning.md, "Sample
data"), the list is the same in its three formats, the official-style unit
layer passes its checks, the earlier version differs by the designed
changes, and the generator reproduces the files."""

import csv
import os
import subprocess
import sys

import pytest

from cc_warning_plugin.core.zoning.access_list import load_access_list
from cc_warning_plugin.core.zoning.compare import compare_versions
from cc_warning_plugin.core.zoning.compliance import ComplianceContext, analyse, county_results
from cc_warning_plugin.core.zoning.config import ZoningConfig
from cc_warning_plugin.core.zoning.features import read_layer
from cc_warning_plugin.core.zoning.validate import validate_units

from zoning_testdata import ROOT, SAMPLE, SHIFAN, ZONING

CFG = ZoningConfig.from_profile()
M, X, P, U, N = "match", "mismatch", "partial", "undetermined", "not_applicable"

# project → (overall verdict, causes, {clause: verdict}) as designed
DESIGN = {
    "P1": (
        M,
        ["Z01", "Z02", "Z03", "Z05", "B02", "D02"],
        {"Z01": M, "Z02": M, "Z03": M, "Z04": N, "Z05": M, "B01": N, "B02": M, "D02": M},
    ),
    "P2": (
        X,
        ["Z01", "Y01"],
        {"Z01": X, "Z02": M, "Z03": M, "Z04": N, "Z05": M, "Y01": X, "Y02": U, "Y03": U},
    ),
    "P3": (
        P,
        ["G02"],
        {"Z01": M, "Z02": M, "Z03": M, "Z04": N, "Z05": M, "G01": N, "G02": P, "G03": M, "G04": M},
    ),
    "P4": (U, ["Z05"], {"Z01": M, "Z02": M, "Z03": M, "Z04": N, "Z05": U, "B01": N, "B02": M}),
    "P5": (
        N,
        ["Z01", "Z02", "Z03", "Z04", "Z05"],
        {"Z01": N, "Z02": N, "Z03": N, "Z04": N, "Z05": N},
    ),
}


@pytest.fixture(scope="module")
def units():
    return read_layer(ZONING, "control_unit")


@pytest.fixture(scope="module")
def result(units):
    codes = [f.attrs["HJZHGKDYBM"] for f in units.features]
    al = load_access_list(os.path.join(SAMPLE, "zoning_access_list.xlsx"), CFG, unit_codes=codes)
    layers = {
        "eco_redline": read_layer(SHIFAN, "eco_redline"),
        "farmland": read_layer(SHIFAN, "farmland_protection"),
        "urban_boundary": read_layer(SHIFAN, "urban_boundary"),
        "drinking_water": read_layer(ZONING, "drinking_water"),
        "industrial_park": read_layer(ZONING, "industrial_park"),
    }
    with open(os.path.join(SAMPLE, "design.csv"), encoding="utf-8-sig", newline="") as fh:
        results = county_results(list(csv.DictReader(fh)))
    ctx = ComplianceContext(units, CFG, al, layers, results)
    return analyse(read_layer(ZONING, "project_site", id_field="项目编号"), ctx)


def test_five_projects_get_their_designed_verdicts(result):
    got = {
        s.fid: (s.overall, s.causes, {v.clause.id: v.verdict for v in s.verdicts})
        for s in result.sites
    }
    assert got == DESIGN
    designed = {s.fid: s.geom for s in result.sites}
    assert set(designed) == {"P1", "P2", "P3", "P4", "P5"}


def test_every_verdict_label_occurs_once_as_a_conclusion(result):
    labels = sorted(r["verdict_label"] for r in result.site_records())
    assert labels == sorted(["匹配", "不匹配", "部分匹配", "无法判断", "不适用"])
    # the designed conclusion is written in the project layer itself
    sites = read_layer(ZONING, "project_site", id_field="项目编号")
    by_id = {r["site_id"]: r["verdict_label"] for r in result.site_records()}
    assert {f.fid: f.attrs["设计结论"] for f in sites.features} == by_id


def test_project_places_and_county_results(result):
    s = {x.fid: x for x in result.sites}
    assert s["P2"].lines["eco_redline"][1] > 0  # on the red line
    assert s["P3"].lines["urban_boundary"][1] == pytest.approx(1.0)  # inside the urban area
    assert s["P5"].pieces == [] and s["P5"].counties == []
    # P4 is a point with a 150 m buffer (64-gon)
    assert s["P4"].area_m2 == pytest.approx(32 * 150**2 * 0.0980171403, rel=1e-6)
    # county results from design.csv: 990126 西山县 绿色, 990103 东港区 黄色 临界超载
    assert (s["P1"].counties[0]["county"], s["P1"].counties[0]["warning_level"]) == (
        "990126",
        "绿色",
    )
    assert (s["P3"].counties[0]["warning_level"], s["P3"].counties[0]["load_type"]) == (
        "黄色",
        "临界超载",
    )


def test_the_list_is_the_same_in_three_formats(units):
    lists = [
        load_access_list(os.path.join(SAMPLE, f"zoning_access_list.{ext}"), CFG)
        for ext in ("csv", "xlsx", "toml")
    ]
    keys = [
        [(c.id, c.scope_kind, c.scope, c.dimension, c.text, c.condition_text) for c in al.clauses]
        for al in lists
    ]
    assert keys[0] == keys[1] == keys[2]
    al = lists[1]
    assert {c.dimension for c in al.clauses} == set(CFG.dimensions)
    assert {c.scope_kind for c in al.clauses} == {"overall", "class", "unit"}
    assert any(c.condition is None for c in al.clauses)
    assert al.name and al.version and al.date


def test_official_style_unit_layer_passes_its_checks(units):
    towns = read_layer(SHIFAN, "township")
    layer = validate_units(units, CFG, boundary=towns)
    assert layer.problems == []
    texts = [u.dimensions["spatial"] for u in layer.units if u.cls == "1"]
    assert all("优先保护单元内禁止新建工业项目" in t for t in texts)


def test_earlier_version_differs_by_the_designed_changes():
    cmp_ = compare_versions(
        read_layer(ZONING, "control_unit_2020"), read_layer(ZONING, "control_unit"), CFG
    )
    got = [(c.kind, c.old.code if c.old else "", c.new.code if c.new else "") for c in cmp_.changes]
    assert got == [
        ("added", "", "ZH99010320002"),
        ("added", "", "ZH99012530004"),
        ("recoded", "ZH99012130099", "ZH99012120001"),
        ("recoded", "ZH99012530098", "ZH99012530003"),
        ("reclassed", "ZH99012130099", "ZH99012120001"),
        ("area_changed", "ZH99010330002", "ZH99010330002"),
        ("area_changed", "ZH99012510004", "ZH99012510004"),
    ]
    # what the general unit of 新港街道 lost is exactly the added key unit
    added = cmp_.changes[0].new.area_m2
    assert cmp_.changes[5].lost_m2 == pytest.approx(added, abs=1.0)


def test_generator_reproduces_the_sample(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            os.path.join(ROOT, "scripts", "make_zoning_sample.py"),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    for name in ("zoning_access_list.csv", "zoning_access_list.toml"):
        with open(os.path.join(SAMPLE, name), "rb") as a, open(tmp_path / name, "rb") as b:
            assert a.read() == b.read(), name
    for layer in (
        "general_eco_space",
        "drinking_water",
        "industrial_park",
        "env_key_area",
        "control_unit",
        "control_unit_2020",
        "project_site",
    ):
        fa = read_layer(ZONING, layer).features
        fb = read_layer(str(tmp_path / "zoning.gpkg"), layer).features
        assert len(fa) == len(fb), layer
        for a, b in zip(fa, fb):
            assert a.attrs == b.attrs, layer
            # m²: GEOS 3.11 and 3.13 round the last bit of an overlay's vertices differently
            assert a.geom.SymDifference(b.geom).GetArea() < 1e-3, (layer, a.fid)
