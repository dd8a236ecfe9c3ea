"""Algorithm cases as data: every ``tests/cases/*.toml`` is one run of one
algorithm through Processing — the inputs it writes (layers, tables,
rasters), the parameters, and the expected outputs with their tolerances
(or the error a bad input must give). The expected values in the files are
typed by hand from the method's tables or a hand calculation written in the
file; nothing here computes them.

Case file format (see docs/architecture.md, "Adding an algorithm")::

    algorithm = "water_load"            # id without the provider
    summary = "what the case shows"
    [layers.<name>]                     # a GeoPackage layer
    geometry = "Polygon"                # Point, LineString, Polygon, None
    crs = "EPSG:4527"
    fields = { 行政区划代码 = "string", 人口 = "int", 面积 = "double" }
    features = [{ wkt = "POLYGON(...)", 行政区划代码 = "A" }]
    [tables.<name>]                     # a CSV (UTF-8 with BOM)
    header = [...]
    rows = [[...], ...]
    [profiles.<name>]                   # a method profile file (TOML text)
    text = '''[profile] extends = "default" …'''
    [rasters.<name>]                    # a GeoTIFF on EPSG:4527 (tests/helpers.py)
    array = [[...]]                     # or `plane = { rows, cols, dx, dy }`: z = dx·x + dy·y
    cell = 30.0
    nodata = -9999.0
    metadata = { CC_WARNING_CLASS_SET = "dual.classes.levels" }   # band metadata
    database = "sample"                 # a monitoring database (GeoPackage) made first:
                                        # "sample" (store/sample.py: evaluated 2015,
                                        # 2020, 2025) or "counties" (the catalogue and
                                        # the sample's counties); param value "database:"
    [params]                            # values; "layer:<name>", "table:<name>",
                                        # "raster:<name>", "profile:<name>",
                                        # "out:<file>", "sample:<file>", "database:"
    [[expect]]
    kind = "features"                   # or "raster", "error", "result"
    key = "field"                       # or ["field", "field"]: rows keyed "a|b"
    ...
"""

import os
import tomllib

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from cc_warning_plugin.compat import FieldType

from tests.helpers import read_raster, write_csv, write_raster

CASES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
SAMPLE = os.path.join(os.path.dirname(CASES), "..", "cc_warning_plugin", "sample_data")
TYPES = {"string": FieldType.String, "int": FieldType.Int, "double": FieldType.Double}


def case_files():
    return sorted(f for f in os.listdir(CASES) if f.endswith(".toml"))


def load_case(name):
    with open(os.path.join(CASES, name), "rb") as fh:
        return tomllib.load(fh)


def write_layer(path, name, spec):
    geometry = spec.get("geometry", "None")
    uri = geometry if geometry != "None" else "None"
    crs = spec.get("crs", "EPSG:4527")
    layer = QgsVectorLayer(f"{uri}?crs={crs}" if geometry != "None" else "None", name, "memory")
    fields = spec.get("fields", {})
    layer.dataProvider().addAttributes([QgsField(k, TYPES[v]) for k, v in fields.items()])
    layer.updateFields()
    feats = []
    for row in spec.get("features", []):
        f = QgsFeature(layer.fields())
        if "wkt" in row:
            f.setGeometry(QgsGeometry.fromWkt(row["wkt"]))
        f.setAttributes([row.get(k) for k in fields])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = name
    opts.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer
        if os.path.exists(path)
        else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    err = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, QgsCoordinateTransformContext(), opts
    )
    assert err[0] == QgsVectorFileWriter.NoError, err
    del layer
    return f"{path}|layername={name}"


def raster_array(spec):
    if "array" in spec:
        return np.asarray(spec["array"], dtype=float)
    p = spec["plane"]
    y, x = np.mgrid[0 : p["rows"], 0 : p["cols"]].astype(float)
    cell = spec.get("cell", 30.0)
    return p.get("z0", 0.0) + p.get("dx", 0.0) * x * cell + p.get("dy", 0.0) * y * cell


def build_database(kind, folder):
    """The monitoring database a case runs on (a GeoPackage)."""
    path = os.path.join(folder, "monitoring.gpkg")
    if kind == "sample":
        from cc_warning_plugin.store.sample import build_sample_database

        build_sample_database(path).close()
    elif kind == "counties":
        from cc_warning_plugin.store import catalog, units
        from cc_warning_plugin.store.db import create_geopackage

        store = create_geopackage(path)
        catalog.seed_catalog(store)
        units.load_units(
            store,
            units.read_units_layer(
                os.path.join(SAMPLE, "shifan.gpkg"),
                "county",
                "county",
                "行政区划代码",
                "名称",
                target_srid=store.srid,
            ),
        )
        store.close()
    else:
        raise AssertionError(f"unknown database {kind!r} (sample, counties)")
    return path


def build_inputs(case, folder):
    refs = {}
    if "database" in case:
        refs["database:"] = build_database(case["database"], folder)
    gpkg = os.path.join(folder, "layers.gpkg")
    for name, spec in case.get("layers", {}).items():
        refs[f"layer:{name}"] = write_layer(gpkg, name, spec)
    for name, spec in case.get("tables", {}).items():
        rows = [
            dict(zip(spec["header"], ["" if v is None else v for v in r])) for r in spec["rows"]
        ]
        refs[f"table:{name}"] = write_csv(
            os.path.join(folder, f"{name}.csv"), rows, spec["header"], encoding="utf-8-sig"
        )
    for name, spec in case.get("profiles", {}).items():
        path = os.path.join(folder, f"{name}.toml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(spec["text"])
        refs[f"profile:{name}"] = path
    for name, spec in case.get("rasters", {}).items():
        refs[f"raster:{name}"] = write_raster(
            os.path.join(folder, f"{name}.tif"),
            raster_array(spec),
            cell=spec.get("cell", 30.0),
            nodata=spec.get("nodata"),
            metadata=spec.get("metadata"),
        )
    return refs


def resolve(value, refs, folder):
    if isinstance(value, list):
        return [resolve(v, refs, folder) for v in value]
    if not isinstance(value, str):
        return value
    if value.startswith("out:"):
        return os.path.join(folder, value[4:])
    if value.startswith("sample:"):
        return os.path.join(SAMPLE, value[7:])
    return refs.get(value, value)


def feature_key(feat, key):
    """The key of a feature: one field, or several joined with "|"."""
    if isinstance(key, list):
        return "|".join(_text(feat[k]) for k in key)
    return _text(feat[key])


def _text(value):
    return "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)


def check_features(exp, path):
    layer = QgsVectorLayer(path, "result", "ogr")
    assert layer.isValid(), path
    by_key = {feature_key(f, exp["key"]): f for f in layer.getFeatures()}
    assert len(by_key) == exp.get("count", len(by_key))
    for key, fields in exp["rows"].items():
        assert key in by_key, f"no feature {exp['key']} = {key}"
        feat = by_key[key]
        for field, want in fields.items():
            got = feat[field]
            got = None if got is None or (hasattr(got, "isNull") and got.isNull()) else got
            if isinstance(want, dict):
                assert got == pytest.approx(want["value"], abs=want.get("tol", 1e-9)), (
                    f"{key}.{field}: {got} != {want['value']}"
                )
            elif isinstance(want, float):
                assert got == pytest.approx(want, abs=exp.get("tol", 1e-9)), (
                    f"{key}.{field}: {got} != {want}"
                )
            else:
                assert got == want, f"{key}.{field}: {got!r} != {want!r}"
    del layer


def check_raster(exp, path):
    arr, ds = read_raster(path)
    want = np.asarray(exp["array"], dtype=float)
    assert arr.shape == want.shape
    np.testing.assert_allclose(arr.astype(float), want, atol=exp.get("tol", 0.0))
    for key, value in exp.get("metadata", {}).items():
        assert ds.GetRasterBand(1).GetMetadataItem(key) == value


@pytest.mark.parametrize("name", case_files())
def test_case(name, plugin, tmp_path):
    import processing

    case = load_case(name)
    refs = build_inputs(case, str(tmp_path))
    params = {k: resolve(v, refs, str(tmp_path)) for k, v in case["params"].items()}
    alg_id = case["algorithm"]
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    errors = [e for e in case["expect"] if e["kind"] == "error"]
    if errors:
        with pytest.raises(QgsProcessingException) as err:
            processing.run(
                f"cc_warning:{alg_id}", params, context=context, feedback=QgsProcessingFeedback()
            )
        for text in errors[0]["contains"]:
            assert text in str(err.value), f"{text!r} not in: {err.value}"
        for out in errors[0].get("not_written", []):
            assert not os.path.exists(resolve(out, refs, str(tmp_path)))
        return
    result = processing.run(
        f"cc_warning:{alg_id}", params, context=context, feedback=QgsProcessingFeedback()
    )
    for exp in case["expect"]:
        if exp["kind"] == "features":
            check_features(exp, result[exp["output"]])
        elif exp["kind"] == "raster":
            check_raster(exp, result[exp["output"]])
        elif exp["kind"] == "result":
            assert result[exp["output"]] == exp["value"]
        else:
            raise AssertionError(f"{name}: unknown expectation kind {exp['kind']}")


def test_every_case_names_a_registered_algorithm(plugin):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("cc_warning")
    ids = {a.name() for a in provider.algorithms()}
    for name in case_files():
        assert load_case(name)["algorithm"] in ids, name
