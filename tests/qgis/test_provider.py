"""The cc_warning provider inside QGIS: registration, groups, the
exceedance algorithm through processing.run, styling, errors."""

import inspect

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProject, QgsVectorLayer

AIR_HEADER = (
    "行政区划代码,名称,SO2年均浓度,NO2年均浓度,PM10年均浓度,PM2.5年均浓度,"
    "CO日均值第95百分位数,O3日最大8小时平均第90百分位数\n"
)


@pytest.fixture
def air_csv(tmp_path):
    path = tmp_path / "air.csv"
    # hand: unit A PM2.5 42/35−1 = 0.2 → overload; B 28/35−1 = −0.2 → none;
    # C NO2 36/40−1 = −0.1 → critical (others −0.5)
    path.write_text(
        AIR_HEADER + "A,甲县,30,20,35,42,2,80\n"
        "B,乙县,30,20,35,28,2,80\n"
        "C,丙县,30,36,35,17.5,2,80\n",
        encoding="utf-8-sig",
    )
    return str(path)


def test_provider_registered_with_groups(plugin):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("cc_warning")
    assert provider is not None and not provider.icon().isNull()
    ids = [a.id() for a in provider.algorithms()]
    assert "cc_warning:pollutant_exceedance" in ids
    alg = registry.algorithmById("cc_warning:pollutant_exceedance")
    assert alg.groupId() == "single_element"
    assert alg.shortHelpString()
    for param in alg.parameterDefinitions():
        assert param.help() or param.name() in ("OUTPUT",), param.name()


def test_exceedance_known_answers(run_alg, air_csv, tmp_path):
    out = str(tmp_path / "env.gpkg")
    res = run_alg("pollutant_exceedance", {"INPUT": air_csv, "OUTPUT": out})
    layer = QgsVectorLayer(res["OUTPUT"], "env", "ogr")
    got = {
        f["行政区划代码"]: (f["env_index"], f["env_class"], f["env_air_worst"])
        for f in layer.getFeatures()
    }
    assert got["A"][0] == pytest.approx(0.2) and got["A"][1:] == ("overload", "pm25_annual")
    assert got["B"][0] == pytest.approx(-0.2) and got["B"][1] == "none"
    assert got["C"][0] == pytest.approx(-0.1) and got["C"][1:] == ("critical", "no2_annual")
    assert '"profile"' in res["PROVENANCE"] and "2026.11" in res["PROVENANCE"]


def test_standard_edition_parameter(run_alg, air_csv, tmp_path):
    res = run_alg(
        "pollutant_exceedance",
        {"INPUT": air_csv, "AIR_STANDARD": 2, "OUTPUT": str(tmp_path / "o.gpkg")},
    )
    layer = QgsVectorLayer(res["OUTPUT"], "env", "ogr")
    b = next(f for f in layer.getFeatures() if f["行政区划代码"] == "B")
    assert b["env_r_pm25_annual"] == pytest.approx(28 / 30 - 1)  # transitional limit 30
    assert b["env_class"] == "critical"


def test_loaded_result_is_styled_and_keeps_provenance(plugin, air_csv, tmp_path):
    import processing
    from qgis.core import QgsFeature, QgsGeometry

    table = QgsVectorLayer(air_csv, "air", "ogr")
    units = QgsVectorLayer("Polygon?crs=EPSG:4527", "units", "memory")
    units.dataProvider().addAttributes(table.fields().toList())
    units.updateFields()
    for i, src in enumerate(table.getFeatures()):
        f = QgsFeature(units.fields())
        f.setAttributes(src.attributes())
        x = 39500000 + i * 1000
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} 4000000,{x + 900} 4000000,{x + 900} 4000900,{x} 4000000))"
            )
        )
        units.dataProvider().addFeature(f)
    out = str(tmp_path / "styled.gpkg")
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("cc_warning:pollutant_exceedance", {"INPUT": units, "OUTPUT": out})
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert len(added) == 1
        layer = added[0]
        renderer = layer.renderer()
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "env_class"
        colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
        assert colours["overload"] == "#d7191c" and colours["critical"] == "#fdae61"
        assert colours["none"] == "#1a9641"
        assert "cc_warning:pollutant_exceedance" in layer.customProperty("cc_warning/provenance")
        assert "default" in layer.metadata().abstract()
    finally:
        project.removeMapLayers([layer.id() for layer in added])


def test_polygon_result_gets_class_renderer(plugin, tmp_path):
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.styles import apply_class_style

    layer = QgsVectorLayer("Polygon?crs=EPSG:4527&field=env_class:string", "t", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feats = []
    for code in ("overload", "none", "weird"):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 0))"))
        f["env_class"] = code
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    apply_class_style(layer, "env_class", load_profile(), "load_classes")
    cats = layer.renderer().categories()
    by_value = {c.value(): c for c in cats}
    assert by_value["overload"].symbol().color().name() == "#d7191c"
    assert by_value["none"].label() in ("Not overloaded", "不超载")
    # the unknown code is drawn grey under an "Unclassified" catch-all
    assert "weird" in by_value[""].label()
    assert by_value[""].symbol().color().name() == "#9e9e9e"


@pytest.mark.parametrize(
    "content, words",
    [
        ("名称,PM2.5年均浓度\n甲,30\n", "行政区划代码"),
        (AIR_HEADER + "A,甲,30,20,35,abc,2,80\n", "'abc'"),
        (AIR_HEADER + "A,甲,30,20,35,40,2,80\nA,乙,30,20,35,40,2,80\n", "appears twice"),
    ],
)
def test_bad_table_raises_processing_exception(run_alg, tmp_path, content, words):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("pollutant_exceedance", {"INPUT": str(path), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert words in str(err.value)
    assert not (tmp_path / "o.gpkg").exists()


def test_malformed_profile_raises_processing_exception(run_alg, air_csv, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[profile]\nextends = "default"\nprecision = "x"\n', encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "pollutant_exceedance",
            {"INPUT": air_csv, "PROFILE": str(bad), "OUTPUT": str(tmp_path / "o.gpkg")},
        )
    assert "profile.precision" in str(err.value) and str(bad) in str(err.value)


def test_user_profile_changes_the_class(run_alg, air_csv, tmp_path):
    strict = tmp_path / "strict.toml"
    strict.write_text(
        '[profile]\nextends = "default"\n[elements.environment]\nrules = ['
        '{class = "overload", op = ">", value = -0.3},'
        '{class = "critical", op = ">", value = -0.6}, {class = "none"}]\n',
        encoding="utf-8",
    )
    res = run_alg(
        "pollutant_exceedance",
        {"INPUT": air_csv, "PROFILE": str(strict), "OUTPUT": str(tmp_path / "o.gpkg")},
    )
    layer = QgsVectorLayer(res["OUTPUT"], "env", "ogr")
    classes = {f["行政区划代码"]: f["env_class"] for f in layer.getFeatures()}
    assert classes == {"A": "overload", "B": "overload", "C": "overload"}


def test_the_provider_registers_every_spec_and_nothing_else(plugin):
    """One list of algorithms (processing/registry.py), one of specs
    (specs/registry.py): the same ids, each algorithm carrying the very spec
    object of the registry."""
    from cc_warning_plugin.processing.registry import algorithm_classes
    from cc_warning_plugin.specs.registry import all_specs

    specs = {s.id: s for s in all_specs()}
    provider = QgsApplication.processingRegistry().providerById("cc_warning")
    algs = {a.name(): a for a in provider.algorithms()}
    assert set(algs) == set(specs)
    for alg_id, alg in algs.items():
        assert alg.SPEC is specs[alg_id], alg_id
    classes = algorithm_classes()
    assert len(classes) == len(set(classes)) == len(specs)


def test_every_2016_method_algorithm_evaluates_or_runs_itself(plugin):
    """M2016Algorithm.process_algorithm calls the subclass's ``evaluate``: a
    registered subclass must define ``evaluate`` or its own
    ``process_algorithm``, else its run would stop with an AttributeError."""
    from cc_warning_plugin.processing.m2016.base import M2016Algorithm
    from cc_warning_plugin.processing.registry import algorithm_classes

    m2016 = [c for c in algorithm_classes() if issubclass(c, M2016Algorithm)]
    assert len(m2016) >= 13  # the elements, special evaluations, chain and actions
    for cls in m2016:
        runs_itself = cls.process_algorithm is not M2016Algorithm.process_algorithm
        assert runs_itself or callable(getattr(cls, "evaluate", None)), cls.__name__
        if not runs_itself:  # the hook takes what process_algorithm gives it
            params = list(inspect.signature(cls.evaluate).parameters)
            assert params == ["self", "parameters", "context", "feedback", "read"], cls.__name__


def test_every_single_factor_grading_says_what_it_grades(plugin):
    """GradingAlgorithm.process_algorithm asks the subclass for its Grading:
    a registered subclass without ``grading`` would stop every run."""
    from cc_warning_plugin.processing.dual.base import GradingAlgorithm
    from cc_warning_plugin.processing.registry import algorithm_classes

    gradings = [c for c in algorithm_classes() if issubclass(c, GradingAlgorithm)]
    # dual_factor_grading, dual_water_agri and dual_water_urban
    assert len(gradings) == 3, [c.__name__ for c in gradings]
    for cls in gradings:
        assert callable(cls.grading), cls.__name__
        assert all(cls.TEXTS), cls.__name__  # the three messages of raster_or_units
    # a grading that forgets to say what it grades is refused when it is defined,
    # not in the middle of a user's run
    with pytest.raises(
        TypeError, match="Forgetful is a GradingAlgorithm that does not say what it grades"
    ):
        type("Forgetful", (GradingAlgorithm,), {"TEXTS": ("a", "b", "c")})
