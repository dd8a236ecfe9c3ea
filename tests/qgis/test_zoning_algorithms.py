"""The zoning algorithms through Processing on the sample city: the
delineation tiles the townships (no gap, no overlap: the union of the units
against the union of the townships, and every pairwise intersection, measured
here with QGIS's own geometry engine), the units come out styled with the
profile's classes; the five sample projects get their designed conclusions
and a report each (HTML and PDF, Chinese labels, the list's version and date,
a map); without a list no verdict and the reports say so; bad input is
refused before any output is written. Expected values: the sample's design
(docs/zoning.md) and hand calculations in tests/cases/zoning_*.toml."""

import os
import subprocess

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGeometry,
    QgsProcessingException,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from cc_warning_plugin import qt_i18n
from cc_warning_plugin.core.profile import load_profile

SAMPLE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    "cc_warning_plugin",
    "sample_data",
)
SHIFAN = os.path.join(SAMPLE, "shifan.gpkg")
ZONING = os.path.join(SAMPLE, "zoning.gpkg")
LIST = os.path.join(SAMPLE, "zoning_access_list.xlsx")
#: the designed conclusion of each sample project (docs/zoning.md, "Sample data")
DESIGN = {
    "P1": "match",
    "P2": "mismatch",
    "P3": "partial",
    "P4": "undetermined",
    "P5": "not_applicable",
}
DESIGN_ZH = {"P1": "匹配", "P2": "不匹配", "P3": "部分匹配", "P4": "无法判断", "P5": "不适用"}


def layer(path, name):
    return f"{path}|layername={name}"


def delineation_params(out):
    return {
        "BOUNDARY": layer(SHIFAN, "township"),
        "COUNTIES": layer(SHIFAN, "county"),
        "PRIORITY_LAYERS": [
            layer(SHIFAN, "eco_redline"),
            layer(ZONING, "general_eco_space"),
            layer(ZONING, "drinking_water"),
        ],
        "KEY_LAYERS": [
            layer(SHIFAN, "urban_boundary"),
            layer(ZONING, "industrial_park"),
            layer(ZONING, "env_key_area"),
        ],
        "ACCESS_LIST": LIST,
        "OUTPUT": os.path.join(out, "units.gpkg"),
        "SUMMARY": os.path.join(out, "summary.gpkg"),
        "MERGES": os.path.join(out, "merges.gpkg"),
    }


def compliance_params(out, with_list=True, reports=True):
    params = {
        "SITES": layer(ZONING, "project_site"),
        "UNITS": layer(ZONING, "control_unit"),
        "ECO_REDLINE": layer(SHIFAN, "eco_redline"),
        "FARMLAND": layer(SHIFAN, "farmland_protection"),
        "URBAN_BOUNDARY": layer(SHIFAN, "urban_boundary"),
        "LAYERS": [layer(ZONING, "drinking_water"), layer(ZONING, "industrial_park")],
        "WARNING_RESULT": os.path.join(SAMPLE, "design.csv"),
        "OUTPUT": os.path.join(out, "verdicts.gpkg"),
        "SITES_OUTPUT": os.path.join(out, "sites.gpkg"),
        "PIECES": os.path.join(out, "pieces.gpkg"),
    }
    if with_list:
        params["ACCESS_LIST"] = LIST
    if reports:
        params["REPORT_FOLDER"] = os.path.join(out, "reports")
    return params


def features(path):
    lyr = QgsVectorLayer(path, "out", "ogr")
    assert lyr.isValid(), path
    feats = list(lyr.getFeatures())
    return lyr, feats


def pdf_text(path):
    return subprocess.run(
        ["pdftotext", path, "-"], capture_output=True, text=True, check=True
    ).stdout.replace("\n", "")


@pytest.fixture(scope="module")
def delineated(plugin_session, processing_ready, tmp_path_factory):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if QgsApplication.processingRegistry().providerById("cc_warning") is None:
        plugin_session.provider = None
        plugin_session.initProcessing()
    out = str(tmp_path_factory.mktemp("zoning_delineate"))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(
        "cc_warning:zoning_delineate",
        delineation_params(out),
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    return res, out


def test_delineation_of_the_sample_leaves_no_gap_and_no_overlap(delineated):
    res, _ = delineated
    _, units = features(res["OUTPUT"])
    _, towns = features(layer(SHIFAN, "township"))
    assert res["UNIT_COUNT"] == len(units) == 59
    # the union of the units is the union of the townships
    u_all = QgsGeometry.unaryUnion([f.geometry() for f in units])
    t_all = QgsGeometry.unaryUnion([f.geometry() for f in towns])
    assert abs(u_all.area() - t_all.area()) < 1.0
    assert u_all.symDifference(t_all).area() < 1.0
    assert sum(f.geometry().area() for f in units) == pytest.approx(t_all.area(), abs=1.0)
    # no two units overlap (pairwise intersections, by a spatial index)
    index = QgsSpatialIndex()
    for f in units:
        index.addFeature(f)
    by_id = {f.id(): f for f in units}
    overlap = 0.0
    for f in units:
        for j in index.intersects(f.geometry().boundingBox()):
            if j > f.id():
                overlap += f.geometry().intersection(by_id[j].geometry()).area()
    assert overlap < 1.0
    # every unit lies in one township (no unit crosses a township line)
    for f in units:
        town = next(t for t in towns if t["乡镇代码"] == f["XZDM"])
        assert f.geometry().difference(town.geometry()).area() < 0.01, f["HJZHGKDYBM"]


def test_delineation_reproduces_the_sample_units(delineated):
    res, _ = delineated
    _, units = features(res["OUTPUT"])
    _, sample = features(layer(ZONING, "control_unit"))
    got = {f["HJZHGKDYBM"]: (f["ZHGKDYFL"], f["HJZHGKDYMC"], f["MJ"], f["KJBJYS"]) for f in units}
    want = {f["HJZHGKDYBM"]: (f["ZHGKDYFL"], f["HJZHGKDYMC"], f["MJ"], f["KJBJYS"]) for f in sample}
    assert got == want
    # the source layers are named as inside their files
    names = {f["HJZHGKDYBM"]: f["sources"] for f in units}
    assert names["ZH99012510001"].split(", ") == [
        "drinking_water",
        "eco_redline",
        "general_eco_space",
    ]


def test_delineation_summary_merges_and_style(delineated):
    res, out = delineated
    _, units = features(res["OUTPUT"])
    _, summary = features(res["SUMMARY"])
    rows = {(f["county"], f["class"]): f for f in summary}
    total = sum(f.geometry().area() for f in units) / 1e6
    all_rows = [f for f in summary if f["class"] == "" or f["class"] is None]
    assert max(f["area_km2"] for f in all_rows) == pytest.approx(total, abs=1e-3)
    prio = sum(f.geometry().area() for f in units if f["ZHGKDYFL"] == "1") / 1e6
    assert res["PRIORITY_SHARE"] == pytest.approx(prio / total, abs=1e-6)
    assert rows[("990102", "2")]["units"] == 4  # 城关区: key control everywhere
    _, merges = features(res["MERGES"])
    assert len(merges) == res["MERGE_COUNT"] > 0
    assert all(m["into_unit"] in {f["HJZHGKDYBM"] for f in units} for m in merges)
    # styled with the profile's classes: a .qml beside the file
    qml = os.path.join(out, "units.qml")
    assert os.path.isfile(qml)
    styled = QgsVectorLayer(res["OUTPUT"], "units", "ogr")
    styled.loadNamedStyle(qml)
    renderer = styled.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    profile = load_profile()
    cats = {c.value(): (c.label(), c.symbol().color().name()) for c in renderer.categories()}
    for code in ("1", "2", "3"):
        entry = profile.get(f"zoning.classes.{code}")
        assert cats[code] == (entry["label_en"], entry["color"])


@pytest.fixture
def chinese():
    qt_i18n.install("zh_CN")
    yield
    qt_i18n.install("en_US")


def test_sample_projects_get_their_conclusions_and_reports(run_alg, tmp_path, chinese):
    out = str(tmp_path)
    res = run_alg("zoning_compliance", compliance_params(out))
    _, sites = features(res["SITES_OUTPUT"])
    assert {f["site_id"]: f["verdict"] for f in sites} == DESIGN
    assert {f["site_id"]: f["verdict_label"] for f in sites} == DESIGN_ZH
    assert res["SITE_COUNT"] == 5
    folder = res["REPORT_FOLDER"]
    assert sorted(os.listdir(folder)) == sorted(
        f"P{i}.{e}" for i in range(1, 6) for e in ("html", "pdf")
    )
    text = pdf_text(os.path.join(folder, "P2.pdf"))
    for expected in (
        "示例有机化工厂",
        "生态环境分区管控符合性分析",
        "不匹配",
        "Z01",
        "Y01",
        "示范市生态环境准入清单",
        "2025-示例",
        "2025-06-30",
        "生态保护红线",
        "永久基本农田",
        "城镇开发边界",
    ):
        assert expected in text, expected
    with open(os.path.join(folder, "P5.html"), encoding="utf-8") as fh:
        html = fh.read()
    assert "不适用" in html and "data:image/png;base64," in html
    # the site of P4 is a point with its 150 m buffer
    p4 = next(f for f in sites if f["site_id"] == "P4")
    assert p4["area_m2"] == pytest.approx(32 * 150**2 * 0.0980171403, abs=0.01)
    assert os.path.isfile(os.path.join(out, "sites.qml"))


def test_without_a_list_there_is_no_verdict_and_the_report_says_so(run_alg, tmp_path):
    out = str(tmp_path)
    res = run_alg("zoning_compliance", compliance_params(out, with_list=False))
    _, verdicts = features(res["OUTPUT"])
    _, sites = features(res["SITES_OUTPUT"])
    assert verdicts == []
    assert {f["verdict"] for f in sites} == {""}
    assert all("缺少官方清单时不判断符合性" in f["notes"] for f in sites)
    text = pdf_text(os.path.join(res["REPORT_FOLDER"], "P1.pdf"))
    assert "缺少官方清单时不判断符合性" in text and "Access list: none given" in text


def test_repaired_units_are_valid(run_alg, tmp_path):
    """The bow tie of the validation case comes out as two valid triangles."""
    from qgis.core import QgsFeature, QgsVectorLayer as Layer

    units = Layer(
        "Polygon?crs=EPSG:4527&field=HJZHGKDYBM:string&field=ZHGKDYFL:string", "units", "memory"
    )
    f = QgsFeature(units.fields())
    f.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((39500400 3300010, 39500420 3300030, "
            "39500420 3300010, 39500400 3300030, 39500400 3300010))"
        )
    )
    f.setAttributes(["ZH99010230002", "3"])
    units.dataProvider().addFeatures([f])
    res = run_alg(
        "zoning_validate_units",
        {"INPUT": units, "OUTPUT": "memory:", "REPAIRED": str(tmp_path / "repaired.gpkg")},
    )
    _, fixed = features(res["REPAIRED"])
    assert len(fixed) == 1 and fixed[0].geometry().isGeosValid()
    assert fixed[0].geometry().area() == pytest.approx(200.0)
    assert res["PROBLEM_COUNT"] == 1
    problems = list(res["OUTPUT"].getFeatures())
    assert problems[0]["kind"] == "geometry" and "Self-intersection" in problems[0]["problem"]
    del units


@pytest.mark.parametrize(
    "change, message",
    [
        ({"ACCESS_LIST": os.path.join(SAMPLE, "design.csv")}, "design.csv"),
        ({"ACCESS_LIST": os.path.join(SAMPLE, "README.md")}, ".xlsx, .xlsm, .csv, .toml"),
        ({"LAYERS": [layer(ZONING, "env_key_area")]}, "env_key_area"),
        (
            {"LAYERS": [layer(ZONING, "industrial_park"), layer(ZONING, "industrial_park")]},
            "given twice",
        ),
    ],
)
def test_bad_input_is_refused_before_anything_is_written(run_alg, tmp_path, change, message):
    out = str(tmp_path)
    params = dict(compliance_params(out), **change)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("zoning_compliance", params)
    assert message in str(err.value)
    assert os.listdir(out) == []


def test_help_gives_the_profile_rules_with_their_tags(plugin):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    text = registry.algorithmById("cc_warning:zoning_delineate").shortHelpString()
    profile = load_profile()
    assert "10000 m²" in text and "10 m" in text
    assert profile.get("zoning.slivers.tag") in text  # the sliver minimum: unverified
    assert "ZH{admin}{cls}{seq:04d}" in text
    help_c = registry.algorithmById("cc_warning:zoning_compliance").shortHelpString()
    assert (
        "Does not conform &gt; Cannot be judged &gt; Partly conforms &gt; Conforms &gt; "
        "Not applicable" in help_c
    )
    assert profile.get("zoning.verdicts.tag") in help_c
