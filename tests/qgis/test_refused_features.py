"""A feature that an output refuses stops the run, naming the output, the row
and the reason. Five writers used to ignore the answer of ``addFeature``
(the period comparison, the class statistics, the zonal summary, the
critical areas of the 双评价 ecology and the polygons burnt onto the grid),
so a refused feature was left out of the result in silence; every writer
now adds its features through ``framework.common.add_feature`` (and the
memory layers drawn on the maps of a report through ``add_features``)."""

import os
import re

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from cc_warning_plugin.processing.framework.common import add_feature

PROCESSING = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    "cc_warning_plugin",
    "processing",
)


def test_a_refused_feature_stops_the_run_naming_output_row_and_reason(qgis_app):
    # a memory layer's provider is a real sink: it refuses text in an integer field
    layer = QgsVectorLayer("None?field=n:integer", "t", "memory")
    sink = layer.dataProvider()
    ok = QgsFeature(layer.fields())
    ok.setAttributes([7])
    add_feature(sink, ok, "Class statistics", "row 1")
    bad = QgsFeature(layer.fields())
    bad.setAttributes(["abc"])
    with pytest.raises(QgsProcessingException) as err:
        add_feature(sink, bad, "Class statistics", "row 2")
    message = str(err.value)
    assert message.startswith("Class statistics: row 2 could not be written.")
    assert '"abc"' in message and "not a number" in message
    assert [f["n"] for f in layer.getFeatures()] == [7]


def test_every_writer_of_the_algorithms_adds_features_through_add_feature():
    calls = []
    for folder, _, files in os.walk(PROCESSING):
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as fh:
                for n, line in enumerate(fh, start=1):
                    # a spatial index's addFeature is not a write
                    if (
                        re.search(r"\.(addFeatures?|flushBuffer)\(", line)
                        and "index.addFeature" not in line
                    ):
                        calls.append((os.path.relpath(path, PROCESSING), n))
    # add_feature, flush_sink and add_features, nowhere else
    assert [path for path, _ in calls] == ["framework/common.py"] * 3, calls


def test_a_refused_feature_of_a_map_layer_stops_the_run(qgis_app):
    from cc_warning_plugin.processing.framework.common import add_features

    layer = QgsVectorLayer("None?field=n:integer", "Change of the warning level", "memory")
    good, bad = QgsFeature(layer.fields()), QgsFeature(layer.fields())
    good.setAttributes([1])
    bad.setAttributes(["abc"])
    with pytest.raises(QgsProcessingException, match="^Change of the warning level: the features"):
        add_features(layer.dataProvider(), [good, bad], layer.name())


def test_a_buffer_that_cannot_be_written_stops_the_run(qgis_app):
    from qgis.core import QgsFeatureSink

    from cc_warning_plugin.processing.framework.common import flush_sink

    class FullDisk(QgsFeatureSink):
        """A sink whose last write fails, as a full disk makes it."""

        def addFeature(self, feature, flags=None):  # noqa: N802
            return True

        def addFeatures(self, features, flags=None):  # noqa: N802
            return True, features

        def flushBuffer(self):  # noqa: N802
            return False

        def lastError(self):  # noqa: N802
            return "No space left on device"

    with pytest.raises(
        QgsProcessingException,
        match="^Evaluation result: the last features could not be written. No space left",
    ):
        flush_sink(FullDisk(), "Evaluation result")


class _Log:
    """Warnings a run reports."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        log = self

        class Feedback(QgsProcessingFeedback):
            def pushWarning(self, text):  # noqa: N802 (QGIS API)
                log.warnings.append(text)

        self.warnings = []
        self.feedback = Feedback()


def _result_gpkg(tmp_path) -> str:
    """A one-point result GeoPackage with the warning_level field."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsVectorFileWriter

    layer = QgsVectorLayer("Point?crs=EPSG:4527&field=warning_level:string", "r", "memory")
    f = QgsFeature(layer.fields())
    f.setAttributes(["红色"])
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(39500000, 3000000)))
    layer.dataProvider().addFeature(f)
    path = str(tmp_path / "result.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, layer.transformContext(), options)
    assert err[0] == QgsVectorFileWriter.WriterError.NoError
    return path


def _save_style(path, log):
    from cc_warning_plugin.core import provenance
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.processing.m2016.base import save_style_files

    profile = load_profile()
    prov = provenance.record("cc_warning:carrying_capacity_2016", profile, {}, {}, {})
    return save_style_files(path, "warning_level", profile, "warning_levels", prov, log.feedback)


def test_a_style_the_geopackage_refuses_is_named_and_the_qml_still_written(tmp_path, qgis_app):
    # the default style of a result lives in its GeoPackage; one that cannot
    # take it (here: a file nobody may write) gives a warning, not silence
    import subprocess

    path, log = _result_gpkg(tmp_path), _Log()
    subprocess.run(["chattr", "+i", path], check=True)
    try:
        qml = _save_style(path, log)
    finally:
        subprocess.run(["chattr", "-i", path], check=True)
    assert qml == str(tmp_path / "result.qml") and os.path.exists(qml)
    assert len(log.warnings) == 1
    assert log.warnings[0].startswith(f"The style could not be stored in {path} (")
    assert "opens unstyled in another project" in log.warnings[0]


def test_a_qml_that_cannot_replace_what_is_there_leaves_nothing_half_written(tmp_path, qgis_app):
    # a folder named like the .qml: the style is written under a temporary
    # name, cannot be moved into place, and the temporary file is removed
    path, log = _result_gpkg(tmp_path), _Log()
    (tmp_path / "result.qml").mkdir()
    assert _save_style(path, log) is None
    assert sorted(os.listdir(tmp_path)) == ["result.gpkg", "result.qml"]
    assert [w for w in log.warnings if w.startswith("The style file ")] == [
        f"The style file {tmp_path / 'result.qml'} could not be written: Is a directory"
    ]
