"""What the dialogs of the 双评价 areas, carrying scale and whole chain propose
and refuse, and the chain run on a small grid built here: the water fields
never fall back on the feature id, a water field the units do not have is
refused before any work, a water constraint given in part is said in the
log, and the chain writes a temporary output folder where QGIS puts
temporary outputs (not a folder named TEMPORARY_OUTPUT)."""

import os

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsGui,
    QgsProcessingContextGenerator,
    QgsProcessingGui,
    QgsProcessingParameterWidgetContext,
)
from cc_warning_plugin.compat import FieldType
from qgis.PyQt.QtWidgets import QWidget

from tests.helpers import X0, Y0, read_array, write_raster


def units_layer(rows, fields):
    """Polygons (x0, width in m from X0; the full 2 km height below Y0) with
    a feature id ``fid`` as the first field, as a GeoPackage layer has."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4527", "units", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("fid", FieldType.Int)] + [QgsField(n, t) for n, t in fields]
    )
    layer.updateFields()
    feats = []
    for i, ((dx, w), attrs) in enumerate(rows, start=1):
        f = QgsFeature(layer.fields())
        x = X0 + dx
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} {Y0},{x + w} {Y0},{x + w} {Y0 - 2000},{x} {Y0 - 2000},{x} {Y0}))"
            )
        )
        f.setAttributes([i] + list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.fixture
def counties():
    # A: 2 km², 用水总量控制指标 20 × 10⁴ m³ → modulus 10 (8–13: level 3)
    # B: 2 km², 60 × 10⁴ m³ → modulus 30 (≥ 25: level 1)
    layer = units_layer(
        [((0, 1000), ["A", "甲县", 20.0]), ((1000, 1000), ["B", "乙县", 60.0])],
        [
            ("行政区划代码", FieldType.String),
            ("名称", FieldType.String),
            ("用水总量控制指标", FieldType.Double),
        ],
    )
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


class _Context(QgsProcessingContextGenerator):
    def __init__(self):
        super().__init__()
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())

    def processingContext(self):  # noqa: N802 (QGIS API)
        return self.context


def dialog_choice(alg_id, field_name, layer):
    """The field the algorithm dialog's widget chooses for ``field_name`` once
    its layer parameter is set to ``layer`` (as QGIS does when it opens)."""
    alg = QgsApplication.processingRegistry().algorithmById(f"cc_warning:{alg_id}")
    field = alg.parameterDefinition(field_name)
    parent = alg.parameterDefinition(field.parentLayerParameterName())
    registry = QgsGui.processingGuiRegistry()
    generator = _Context()
    widget_context = QgsProcessingParameterWidgetContext()
    widget_context.setProject(QgsProject.instance())
    holder = QWidget()
    wrappers = [
        registry.createParameterWidgetWrapper(p, QgsProcessingGui.Standard) for p in (parent, field)
    ]
    for w in wrappers:
        w.setWidgetContext(widget_context)
        w.registerProcessingContextGenerator(generator)
        w.createWrappedWidget(generator.context).setParent(holder)
    wrappers[1].postInitialize(wrappers)
    wrappers[0].setParameterValue(layer.id(), generator.context)
    wrappers[1].setParentLayerWrapperValue(wrappers[0])
    value = wrappers[1].parameterValue()
    del wrappers, holder
    return value if isinstance(value, str) and value else None


def test_the_first_field_is_what_qgis_chooses_without_a_default(plugin, counties):
    """The trap this guards against: a mandatory field without a default."""
    alg = QgsApplication.processingRegistry().algorithmById("cc_warning:dual_water_urban")
    assert alg.parameterDefinition("FIELD").defaultValue() is None
    layer_param = QgsProcessingParameterFeatureSource(
        "UNITS", "units", [QgsProcessing.TypeVectorPolygon]
    )
    field = QgsProcessingParameterField("F", "f", None, "UNITS")
    registry = QgsGui.processingGuiRegistry()
    generator = _Context()
    holder = QWidget()
    wrappers = [
        registry.createParameterWidgetWrapper(p, QgsProcessingGui.Standard)
        for p in (layer_param, field)
    ]
    for w in wrappers:
        w.registerProcessingContextGenerator(generator)
        w.createWrappedWidget(generator.context).setParent(holder)
    wrappers[0].setParameterValue(counties.id(), generator.context)
    wrappers[1].setParentLayerWrapperValue(wrappers[0])
    assert wrappers[1].parameterValue() == "fid"
    del wrappers, holder


def test_water_fields_never_default_to_the_feature_id(plugin, counties):
    assert dialog_choice("dual_evaluation", "URBAN_WATER_FIELD", counties) == "用水总量控制指标"
    assert dialog_choice("dual_evaluation", "SCALE_WATER_FIELD", counties) is None
    for name in ("AGRI_WATER_FIELD", "URBAN_WATER_FIELD"):
        assert dialog_choice("dual_carrying_scale", name, counties) is None
    assert dialog_choice("dual_evaluation", "CODE_FIELD", counties) == "行政区划代码"


@pytest.fixture
def grid(tmp_path):
    """A flat DEM and 800 mm of precipitation, 20 × 20 cells of 100 m over A and B."""
    dem = write_raster(tmp_path / "dem.tif", np.full((20, 20), 500.0), cell=100.0)
    precip = write_raster(tmp_path / "precip.tif", np.full((20, 20), 800.0), cell=100.0)
    return {"DEM": dem, "PRECIPITATION": precip}


def test_the_chain_reads_the_dictionary_column_and_writes_a_temporary_folder(
    run_alg, grid, counties, tmp_path, monkeypatch
):
    """A temporary output folder (the dialog's "Save to a temporary folder",
    TEMPORARY_OUTPUT) is QGIS's temporary folder: never the working folder,
    nor a folder named TEMPORARY_OUTPUT in it."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    alg = QgsApplication.processingRegistry().algorithmById("cc_warning:dual_evaluation")
    proposed = alg.parameterDefinition("URBAN_WATER_FIELD").defaultValue()
    res = run_alg(
        "dual_evaluation",
        dict(
            grid,
            UNITS=counties.id(),
            URBAN_WATER_FIELD=proposed,
            OUTPUT_FOLDER=QgsProcessing.TEMPORARY_OUTPUT,
        ),
    )
    folder = res["OUTPUT_FOLDER"]
    assert os.listdir(cwd) == []
    assert os.path.isabs(folder) and not folder.startswith(str(tmp_path))
    assert os.path.isfile(os.path.join(folder, "carrying_scale.gpkg"))
    assert res["URBAN_SUITABILITY"] == os.path.join(folder, "urban_suitability.tif")
    # the column the dialog proposes, 用水总量控制指标, divided by the unit area
    # (PER_AREA on by default)
    water = read_array(os.path.join(folder, "urban_water.tif"))
    assert (water[:, :10] == 3).all() and (water[:, 10:] == 1).all()


def test_the_chain_refuses_a_water_field_the_units_do_not_have(run_alg, grid, tmp_path):
    layer = units_layer(
        [((0, 2000), ["A", 20.0])],
        [("行政区划代码", FieldType.String), ("用水量", FieldType.Double)],
    )
    out = tmp_path / "dual"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_evaluation",
            dict(grid, UNITS=layer, URBAN_WATER_FIELD="用水总量控制指标", OUTPUT_FOLDER=str(out)),
        )
    text = str(err.value)
    alg = QgsApplication.processingRegistry().algorithmById("cc_warning:dual_evaluation")
    assert alg.parameterDefinition("URBAN_WATER_FIELD").description() in text
    assert "用水总量控制指标" in text and "fid, 行政区划代码, 用水量" in text
    assert not out.exists()


class Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)
        super().pushWarning(text)


@pytest.fixture
def suitability(tmp_path):
    from osgeo import gdal

    return write_raster(
        tmp_path / "suit.tif",
        np.ones((20, 20)),
        cell=100.0,
        nodata=0,
        dtype=gdal.GDT_Byte,
        metadata={"CC_WARNING_CLASS_SET": "dual.classes.suitability_2"},
    )


def test_a_water_constraint_given_in_part_is_said(run_alg, counties, suitability, tmp_path):
    feedback = Warnings()
    res = run_alg(
        "dual_carrying_scale",
        {
            "UNITS": counties.id(),
            "AGRI_SUITABILITY": suitability,
            "IRRIGATION_QUOTA": 400,
            "URBAN_SUITABILITY": suitability,
            "URBAN_WATER_FIELD": "用水总量控制指标",
            "WATER_PER_PERSON": 80,
            "OUTPUT": str(tmp_path / "scale.gpkg"),
        },
        feedback=feedback,
    )
    alg = QgsApplication.processingRegistry().algorithmById("cc_warning:dual_carrying_scale")
    name = {
        n: alg.parameterDefinition(n).description()
        for n in (
            "AGRI_WATER_FIELD",
            "IRRIGATION_QUOTA",
            "URBAN_WATER_FIELD",
            "LAND_PER_PERSON",
            "WATER_PER_PERSON",
        )
    }
    agri, urban = feedback.warnings
    # the quota without the field, the field with one of its two numbers
    assert name["IRRIGATION_QUOTA"] in agri and name["AGRI_WATER_FIELD"] in agri
    assert name["URBAN_WATER_FIELD"] in urban and name["LAND_PER_PERSON"] in urban
    assert name["WATER_PER_PERSON"] not in urban
    layer = QgsVectorLayer(res["OUTPUT"], "s", "ogr")
    for f in layer.getFeatures():
        # the land constraint alone: every cell of the 2 km² unit is 适宜
        for field in ("agri_water_km2", "urban_water_km2"):
            assert f[field] is None or f[field].isNull(), field
        assert f["agri_scale_km2"] == pytest.approx(2.0) and f["agri_binding"] == "land"
        assert f["urban_scale_km2"] == pytest.approx(2.0) and f["urban_binding"] == "land"
    del layer


def test_the_scale_refuses_a_water_field_the_units_do_not_have(
    run_alg, counties, suitability, tmp_path
):
    out = tmp_path / "scale.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_carrying_scale",
            {
                "UNITS": counties.id(),
                "AGRI_SUITABILITY": suitability,
                "AGRI_WATER_FIELD": "农业用水",
                "OUTPUT": str(out),
            },
        )
    assert "农业用水" in str(err.value) and "用水总量控制指标" in str(err.value)
    assert not out.exists()
