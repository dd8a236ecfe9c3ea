"""The pre-run checks of the outputs every algorithm gets, and outputs that
reach their destination only when the whole run succeeded.

* every output of every registered algorithm against every input of a
  compatible kind (a table over the algorithms): refused before any work,
  naming both parameters — and no false alarm for outputs elsewhere;
* the sample-data cases of the user report: water_load into the GeoPackage
  holding its input layer, onto its indicator CSV, onto its input layer
  through an ``ogr:`` URI;
* read-only and missing output folders; a cancelled run; provenance, styles
  and loaded layers naming the final paths."""

import hashlib
import json
import os
import shutil
import sys

import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import benchmark_zonal  # noqa: E402


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def algorithms():
    from cc_warning_plugin.processing.registry import algorithm_classes

    return sorted(cls.SPEC.id for cls in algorithm_classes())


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """An input GeoPackage with two layers, a CSV, a GeoTIFF and a TOML file."""
    d = tmp_path_factory.mktemp("inputs")
    made = benchmark_zonal.make_inputs(100, str(d / "z"))
    gpkg = str(d / "in.gpkg")
    shutil.copy(made["units"], gpkg)
    src = gdal.OpenEx(gpkg, gdal.OF_VECTOR | gdal.OF_UPDATE)
    src.CopyLayer(src.GetLayerByName("units"), "other")
    src = None
    raster = str(d / "in.tif")
    shutil.copy(made["classes"], raster)
    csv = d / "table.csv"
    csv.write_text("行政区划代码,water_use\nU00,1\n", encoding="utf-8")
    toml = d / "profile.toml"
    toml.write_text('extends = "default"\n', encoding="utf-8")
    return {
        "dir": d,
        "gpkg": gpkg,
        "layer": gpkg + "|layername=units",
        "raster": raster,
        "csv": str(csv),
        "toml": str(toml),
    }


def input_value(param, files):
    """A value of the input parameter pointing at one of the input files,
    and that file; None for parameters that name no file."""
    t = param.type()
    if t in ("source", "vector"):
        return files["layer"], files["gpkg"]
    if t in ("raster", "layer"):
        return files["raster"], files["raster"]
    if t == "multilayer":
        if param.layerType() == QgsProcessing.TypeRaster:
            return [files["raster"]], files["raster"]
        return [files["layer"]], files["gpkg"]
    if t == "file" and param.behavior() == 0:
        return files["toml"], files["toml"]
    return None


def clashing_outputs(alg, out_param, in_value, path, folder):
    """Values of the output that would write over the input ``path``."""
    t = out_param.type()
    if t == "folderDestination":
        names = sorted(alg.folder_output_names(out_param.name(), {}) or ["x"])
        ext = os.path.splitext(path)[1]
        name = next((n for n in names if n.endswith(ext)), names[0])
        target = folder / out_param.name()
        target.mkdir(exist_ok=True)
        shutil.copy(path, target / name)
        inner = str(target / name)
        if isinstance(in_value, list):
            new_in = [inner + v[len(path) :] for v in in_value]
        else:
            new_in = inner + in_value[len(path) :]
        return [(str(target), new_in)]
    out = [(path, in_value)]
    if t in ("sink", "vectorDestination") and path.endswith(".gpkg"):
        out.append((f"ogr:dbname='{path}' table=\"units\" (geom)", in_value))
    return out


@pytest.mark.parametrize("alg_id", algorithms())
def test_every_output_is_refused_over_every_input(plugin, inputs, tmp_path, alg_id):
    alg = QgsApplication.processingRegistry().algorithmById(f"cc_warning:{alg_id}")
    context = QgsProcessingContext()
    checked = 0
    for in_param in alg.parameterDefinitions():
        if in_param.isDestination():
            continue
        given = input_value(in_param, inputs)
        if given is None:
            continue
        in_value, path = given
        for out_param in alg.destinationParameterDefinitions():
            for out_value, used_in in clashing_outputs(alg, out_param, in_value, path, tmp_path):
                ok, message = alg.checkParameterValues(
                    {in_param.name(): used_in, out_param.name(): out_value}, context
                )
                assert not ok, (in_param.name(), out_param.name(), out_value)
                assert f"({out_param.name()})" in message and f"({in_param.name()})" in message, (
                    message
                )
                checked += 1
    assert checked >= len(alg.destinationParameterDefinitions())


@pytest.mark.parametrize("alg_id", algorithms())
def test_outputs_elsewhere_raise_no_alarm(plugin, inputs, tmp_path, alg_id):
    alg = QgsApplication.processingRegistry().algorithmById(f"cc_warning:{alg_id}")
    params = {}
    for p in alg.parameterDefinitions():
        given = None if p.isDestination() else input_value(p, inputs)
        if given is not None:
            params[p.name()] = given[0]
    for p in alg.destinationParameterDefinitions():
        ext = {
            "sink": ".gpkg",
            "vectorDestination": ".gpkg",
            "rasterDestination": ".tif",
            "folderDestination": "",
        }.get(p.type(), ".xlsx")
        params[p.name()] = str(tmp_path / "new" / f"{p.name().lower()}{ext}")
    assert alg.output_problem(params, QgsProcessingContext()) == ""
    # another layer of the GeoPackage holding an input is a fine destination
    for p in alg.destinationParameterDefinitions():
        if p.type() == "sink":
            params[p.name()] = f"ogr:dbname='{inputs['gpkg']}' table=\"result_{p.name()}\" (geom)"
    assert alg.output_problem(params, QgsProcessingContext()) == ""


def test_two_outputs_on_one_file_are_refused(plugin, inputs, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById("cc_warning:dual_zonal_summary")
    same = str(tmp_path / "areas.gpkg")
    ok, message = alg.checkParameterValues(
        {"INPUT": inputs["raster"], "UNITS": inputs["layer"], "OUTPUT": same, "TABLE": same},
        QgsProcessingContext(),
    )
    assert not ok and "(OUTPUT)" in message and "(TABLE)" in message and same in message


@pytest.fixture
def sample(tmp_path):
    for name in ("shifan.gpkg", "indicators_2025.csv"):
        shutil.copy(os.path.join(SAMPLE, name), tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(
    "output, words",
    [
        ("{d}/shifan.gpkg", ["(OUTPUT)", "(INPUT)", "county", "shifan.gpkg"]),
        ("{d}/indicators_2025.csv", ["(OUTPUT)", "(INDICATORS)", "indicators_2025.csv"]),
        ("ogr:dbname='{d}/shifan.gpkg' table=\"county\" (geom)", ["(OUTPUT)", "(INPUT)", "county"]),
    ],
)
def test_water_load_never_writes_over_its_inputs(run_alg, sample, output, words):
    """The user report: with OUTPUT = the GeoPackage holding the input layer
    (and eight other layers) the run rewrote it; with OUTPUT = the indicator
    CSV it overwrote the CSV; through an ``ogr:`` URI naming the input layer
    it overwrote the layer (or hung, in qgis_process)."""
    before = {n: md5(sample / n) for n in os.listdir(sample)}
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "water_load",
            {
                "INPUT": f"{sample}/shifan.gpkg|layername=county",
                "INDICATORS": [f"{sample}/indicators_2025.csv"],
                "OUTPUT": output.format(d=sample),
            },
        )
    for w in words:
        assert w in str(err.value)
    assert {n: md5(sample / n) for n in os.listdir(sample)} == before


def test_table_into_a_read_only_folder_is_refused_before_any_work(
    run_alg, inputs, tmp_path, read_only_dir
):
    """The user report: the run ended in a traceback and left its GeoPackage
    output behind."""
    out = tmp_path / "areas.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_zonal_summary",
            {
                "INPUT": inputs["raster"],
                "UNITS": inputs["layer"],
                "OUTPUT": str(out),
                "TABLE": str(read_only_dir / "areas.xlsx"),
            },
        )
    assert "(TABLE)" in str(err.value) and str(read_only_dir) in str(err.value)
    assert sorted(os.listdir(tmp_path)) == ["read_only"]
    assert os.listdir(read_only_dir) == ["kept.txt"]


def test_missing_output_folders_are_created(run_alg, inputs, tmp_path):
    out = tmp_path / "new" / "a" / "areas.gpkg"
    table = tmp_path / "new" / "b" / "areas.xlsx"
    res = run_alg(
        "dual_zonal_summary",
        {
            "INPUT": inputs["raster"],
            "UNITS": inputs["layer"],
            "OUTPUT": str(out),
            "TABLE": str(table),
        },
    )
    assert res["OUTPUT"] == str(out) and res["TABLE"] == str(table)
    assert os.listdir(out.parent) == ["areas.gpkg"] and os.listdir(table.parent) == ["areas.xlsx"]
    src = gdal.OpenEx(str(out), gdal.OF_VECTOR)
    assert [src.GetLayer(i).GetName() for i in range(src.GetLayerCount())] == ["areas"]
    # 10 × 10 cells per unit, 适宜区 the first (j + 1) columns of its rows
    assert sorted(f.GetField("suitable_km2") for f in src.GetLayer(0))[::10] == pytest.approx(
        [10 * (j + 1) * 900 / 1e6 for j in range(10)]
    )
    src = None
    prov = json.loads(res["PROVENANCE"])
    assert prov["parameters"]["OUTPUT"] == str(out)
    assert prov["parameters"]["TABLE"] == str(table)


def test_a_cancelled_run_leaves_the_older_outputs_as_they_were(run_alg, inputs, tmp_path):
    out, table = tmp_path / "areas.gpkg", tmp_path / "areas.xlsx"
    run_alg(
        "dual_zonal_summary",
        {
            "INPUT": inputs["raster"],
            "UNITS": inputs["layer"],
            "OUTPUT": str(out),
            "TABLE": str(table),
        },
    )
    before = {n: md5(tmp_path / n) for n in os.listdir(tmp_path)}
    seen = []

    class CancelWhileWriting(QgsProcessingFeedback):
        def isCanceled(self):  # noqa: N802 (QGIS API)
            partial = [n for n in os.listdir(tmp_path) if "~partial-" in n]
            seen.extend(partial)
            return bool(partial)  # the new layer is being written beside the old

    with pytest.raises(QgsProcessingException, match="Cancel"):
        run_alg(
            "dual_zonal_summary",
            {
                "INPUT": inputs["raster"],
                "UNITS": inputs["layer"],
                "OUTPUT": str(out),
                "TABLE": str(table),
            },
            feedback=CancelWhileWriting(),
        )
    assert seen
    assert {n: md5(tmp_path / n) for n in os.listdir(tmp_path)} == before


def test_raster_provenance_names_the_final_file(run_alg, tmp_path):
    out = tmp_path / "urban_land.tif"
    run_alg("dual_land_urban", {"DEM": os.path.join(SAMPLE, "dem.tif"), "OUTPUT": str(out)})
    ds = gdal.Open(str(out))
    prov = json.loads(ds.GetMetadataItem("CC_WARNING_PROVENANCE"))
    ds = None
    assert prov["parameters"]["OUTPUT"] == str(out)
    # the category names live in the .aux.xml beside the GeoTIFF
    assert sorted(os.listdir(tmp_path)) == ["urban_land.tif", "urban_land.tif.aux.xml"]


def test_style_and_loaded_layer_name_the_final_file(plugin, sample):
    import processing

    out = sample / "water.gpkg"
    context = QgsProcessingContext()
    project = QgsProject.instance()
    context.setProject(project)
    before = set(project.mapLayers())
    processing.runAndLoadResults(
        "cc_warning:water_load",
        {
            "INPUT": f"{sample}/shifan.gpkg|layername=county",
            "INDICATORS": [f"{sample}/indicators_2025.csv"],
            "OUTPUT": QgsProcessingOutputLayerDefinition(str(out), project),
        },
        context=context,
    )
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert len(added) == 1
        layer = added[0]
        assert layer.source().split("|")[0] == str(out)
        assert layer.renderer().type() == "categorizedSymbol"  # the post-processor ran
        assert str(out) in layer.customProperty("cc_warning/provenance")
    finally:
        project.removeMapLayers([lyr.id() for lyr in added])
    qml = (sample / "water.qml").read_text(encoding="utf-8")
    assert "~partial-" not in qml and str(out) in qml
    styled = QgsVectorLayer(f"{out}|layername=water", "w", "ogr")
    assert styled.isValid() and styled.listStylesInDatabase()[2] == ["water"]
    del styled
    assert sorted(os.listdir(sample)) == [
        "indicators_2025.csv",
        "shifan.gpkg",
        "water.gpkg",
        "water.qml",
    ]


def test_a_step_of_a_model_is_refused_when_prepared(plugin, sample):
    """A model prepares and runs its steps without checkParameterValues: the
    check runs again when the run is prepared."""
    alg = QgsApplication.processingRegistry().createAlgorithmById("cc_warning:water_load")
    feedback = QgsProcessingFeedback()
    before = md5(sample / "shifan.gpkg")
    assert not alg.prepare(
        {
            "INPUT": f"{sample}/shifan.gpkg|layername=county",
            "INDICATORS": [f"{sample}/indicators_2025.csv"],
            "OUTPUT": f"{sample}/shifan.gpkg",
        },
        QgsProcessingContext(),
        feedback,
    )
    assert "would replace the whole file" in feedback.textLog()
    assert md5(sample / "shifan.gpkg") == before
    assert sorted(os.listdir(sample)) == ["indicators_2025.csv", "shifan.gpkg"]
