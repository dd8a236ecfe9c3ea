"""Plumbing shared by every algorithm: software versions for provenance,
user errors turned into Processing exceptions, readable input names, the
style post-processor of vector results, provenance kept in a layer and the
results an algorithm returns."""

import contextlib
import os
import sys
from typing import Dict, List, Optional

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingUtils,
)

from ...core import provenance
from ...core.errors import CCError
from ...core.gdal_open import with_gdal_exceptions
from ...core.i18n import tr
from ...styles import apply_class_style

#: Post-processors must outlive the algorithm run (QGIS keeps only a raw
#: pointer): they are kept here for the session.
_post_processors: List[QgsProcessingLayerPostProcessorInterface] = []


def keep_post_processor(post):
    _post_processors.append(post)
    return post


def plugin_version() -> str:
    package = os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    for path in (
        os.path.join(package, "metadata.txt"),
        os.path.join(os.path.dirname(package), "metadata.txt"),
    ):
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    return "unknown"


def software_versions() -> Dict[str, str]:
    return {
        "cc_warning_plugin": plugin_version(),
        "qgis": Qgis.QGIS_VERSION,
        "gdal": gdal.__version__,
        "python": sys.version.split()[0],
    }


@contextlib.contextmanager
def user_errors():
    """Turn the core's user errors into QgsProcessingException."""
    try:
        yield
    except CCError as exc:
        raise QgsProcessingException(str(exc)) from exc


def _refused(sink, message: str, **values) -> QgsProcessingException:
    """``message`` (with ``{error}``: the sink's own reason, if it gives one)
    as the error that stops the run."""
    error = sink.lastError() if hasattr(sink, "lastError") else ""
    if not error and hasattr(sink, "errorMessage"):  # QgsVectorFileWriter
        error = sink.errorMessage()
    return QgsProcessingException(message.format(error=error or "", **values).strip())


def add_feature(sink, feature, output: str, row: str) -> None:
    """Add ``feature`` to ``sink`` (an output, or a temporary file of the
    run). A feature the sink refuses stops the run, naming the output and the
    row (``row``: "feature 12", "row 3"): it is never left out of a result in
    silence."""
    if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
        raise _refused(
            sink, tr("{output}: {row} could not be written. {error}"), output=output, row=row
        )


def flush_sink(sink, output: str) -> None:
    """Write what ``sink`` still buffers; a failure stops the run, naming the
    output (features lost at the end are never left out in silence)."""
    if not sink.flushBuffer():
        raise _refused(
            sink, tr("{output}: the last features could not be written. {error}"), output=output
        )


def add_features(sink, features, output: str) -> None:
    """Add ``features`` (a list) to ``sink`` at once (a memory layer drawn on
    a map of a report); a feature the sink refuses stops the run, naming the
    layer."""
    ok, _ = sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
    if not ok:
        raise _refused(
            sink, tr("{output}: the features could not be written. {error}"), output=output
        )


def save_style_files_of(layer, path: str, description: str, feedback=None) -> Optional[str]:
    """Save ``layer``'s style as a .qml beside the file ``path`` (written
    under a temporary name, then moved into place) and, for a GeoPackage, as
    the layer's default style (``description``), so the result opens styled
    anywhere. A style that cannot be saved is a warning naming the file: the
    result itself is complete. Returns the .qml path (None if not written)."""
    qml = os.path.splitext(path)[0] + ".qml"
    tmp = qml + ".tmp.qml"
    msg, ok = layer.saveNamedStyle(tmp)
    if ok and os.path.exists(tmp):
        try:
            os.replace(tmp, qml)
        except OSError as exc:  # a .qml of the same name that cannot be replaced
            msg, ok = exc.strerror or str(exc), False
    else:
        ok = False
    if not ok and os.path.exists(tmp):
        os.remove(tmp)  # no half-written style left beside the result
    if not ok and feedback is not None:
        feedback.pushWarning(
            tr("The style file {path} could not be written: {msg}").format(path=qml, msg=msg)
        )
    if path.lower().endswith(".gpkg"):
        error = layer.saveStyleToDatabase(layer.name(), description, True, "")
        if error and feedback is not None:
            feedback.pushWarning(
                tr(
                    "The style could not be stored in {path} ({error}): the result is complete, "
                    "but opens unstyled in another project. Use the .qml file beside it."
                ).format(path=path, error=error)
            )
    return qml if ok else None


def run_core(func, *args, **kwargs):
    """Call a core function, turning user errors into QgsProcessingException."""
    with user_errors():
        return func(*args, **kwargs)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies ``style(layer)`` and stores provenance on a loaded result."""

    def __init__(self, style, prov):
        super().__init__()
        self.style = style
        self.prov = prov

    @with_gdal_exceptions
    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        self.style(layer)
        store_provenance(layer, self.prov)


class ClassStylePostProcessor(StylePostProcessor):
    """Applies the class style of a vector result (``field`` classed by the
    profile's ``set_name``) and stores provenance."""

    def __init__(self, field, profile, set_name, prov):
        super().__init__(lambda layer: apply_class_style(layer, field, profile, set_name), prov)


def store_provenance(layer, prov: dict) -> None:
    """Keep the provenance record in the layer (custom property + metadata)."""
    if layer is None:
        return
    text = provenance.to_json(prov)
    layer.setCustomProperty("cc_warning/provenance", text)
    md = layer.metadata()
    md.setAbstract(
        tr("Result of {alg} with method profile {profile} {version}.").format(
            alg=prov["algorithm"], profile=prov["profile"]["id"], version=prov["profile"]["version"]
        )
    )
    md.addHistoryItem(text)
    layer.setMetadata(md)


def run_results(
    prov: dict,
    outputs: Dict[str, object],
    optional: Optional[Dict[str, object]] = None,
    *,
    leave_out: bool = False,
) -> Dict[str, object]:
    """What an algorithm returns: ``outputs`` as they are, each of the
    ``optional`` ones (a file that was not asked for, a layer not written)
    as None where it is empty, or not at all with ``leave_out``, and
    PROVENANCE, the provenance record as JSON."""
    results = dict(outputs)
    for key, value in (optional or {}).items():
        if value:
            results[key] = value
        elif not leave_out:
            results[key] = None
    results["PROVENANCE"] = provenance.to_json(prov)
    return results


def source_name(value, context) -> str:
    """A readable name of an input parameter value. A file path is named as
    is (turning it into a QGIS layer would make QGIS write statistics beside
    the file); a layer (id) by its name and source."""
    if isinstance(value, str) and value and os.path.isfile(value.split("|")[0]):
        return value
    from .inputs import shown_source

    shown = shown_source(value)  # a table read with the delimited-text reader
    if shown:
        return shown
    layer = QgsProcessingUtils.mapLayerFromString(str(value), context) if value else None
    if layer is not None:
        return f"{layer.name()} ({layer.source()})"
    return str(value)
