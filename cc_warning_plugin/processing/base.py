"""Shared plumbing of the cc_warning algorithms: groups, the method-profile
parameter, the pre-run checks of the outputs and their staging (written under
temporary names, moved into place when the whole run succeeded: see
:mod:`.safety`), reading features as rows, error translation, output fields,
styling and provenance."""

import contextlib
import os
from typing import Dict, List, Sequence, Tuple

from osgeo import gdal
from qgis.core import (Qgis, QgsFeature, QgsFeatureRequest, QgsField, QgsFields,
                       QgsProcessingAlgorithm, QgsProcessingContext,
                       QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingParameterFile, QgsProcessingUtils)
from qgis.PyQt.QtCore import QVariant

from ..compat import FieldType
from ..core import provenance
from ..core.errors import CCError
from ..core.i18n import tr
from ..core.profile import load_profile
from ..styles import apply_class_style
from .framework import safety

GROUPS = {
    "single_element": lambda: tr("Single-element evaluation (单项评价)"),
    "integrated": lambda: tr("Integrated evaluation (集成评价)"),
    "dual_evaluation": lambda: tr("Dual evaluation (双评价)"),
    "maps_reports": lambda: tr("Maps and reports (制图与报告)"),
}

_post_processors: List[QgsProcessingLayerPostProcessorInterface] = []


def plugin_version() -> str:
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "metadata.txt")
    if not os.path.exists(path):
        path = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
                            "metadata.txt")
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.readlines()
    except OSError:                # no metadata.txt beside the package: said as such
        return "unknown"
    for line in lines:
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return "unknown"


def software_versions() -> Dict[str, str]:
    import sys
    return {"cc_warning_plugin": plugin_version(), "qgis": Qgis.QGIS_VERSION,
            "gdal": gdal.__version__, "python": sys.version.split()[0]}


@contextlib.contextmanager
def user_errors():
    """Turn the core's user errors into QgsProcessingException."""
    try:
        yield
    except CCError as exc:
        raise QgsProcessingException(str(exc)) from exc


class CCAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses set ``ALG_ID``, ``GROUP`` and implement
    ``display_name()``, ``help_text()``, ``initAlgorithm`` and
    ``process_algorithm`` (and, for work on the main thread before the run,
    ``prepare_algorithm``).

    Every run goes through the same frame: :meth:`checkParameterValues`
    refuses outputs that would overwrite an input or cannot be written
    before QGIS's own checks; :meth:`prepareAlgorithm` stages the file and
    folder outputs under temporary names beside their destinations (missing
    folders are created); ``process_algorithm`` runs against those; and only
    when it succeeded are the outputs moved into place, all together —
    a failed or cancelled run leaves every destination as it was."""

    ALG_ID = ""
    GROUP = "single_element"
    PROFILE = "PROFILE"
    _staging = None

    # -- identity -----------------------------------------------------------
    def name(self):
        return self.ALG_ID

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.display_name()

    def display_name(self) -> str:
        return self.ALG_ID

    def group(self):
        return GROUPS[self.GROUP]()

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.GROUP

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.help_text() + "<p>" + tr(
            "Thresholds, standard limits and labels come from the method profile (the "
            "built-in default unless you choose a file). See the plugin's docs/methods.md "
            "for sources and certainty.") + "</p>"

    def help_text(self) -> str:
        return ""

    # -- the frame of a run --------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        message = self.output_problem(parameters, context)
        if message:
            return False, message
        return super().checkParameterValues(parameters, context)

    def output_problem(self, parameters, context) -> str:
        """Why the outputs cannot be written as given ("" if they can)."""
        return safety.output_problem(self, parameters, context) or ""

    def folder_output_names(self, name: str, parameters) -> object:
        """The names of the files the run writes into the folder output
        ``name`` (None: unknown, any input inside the folder is refused)."""
        return None

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        # again here: a model runs its steps without checkParameterValues
        message = self.output_problem(parameters, context)
        if message:
            raise QgsProcessingException(message)
        with user_errors():
            self._staging = safety.Staging(self, parameters, context)
        try:
            ok = self.prepare_algorithm(self._staging.parameters, context, feedback)
        except BaseException:
            self._staging.discard(feedback)
            raise
        if not ok:
            self._staging.discard(feedback)
        return ok

    def prepare_algorithm(self, parameters, context, feedback) -> bool:
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        if self._staging is None:
            with user_errors():
                self._staging = safety.Staging(self, parameters, context)
        staging = self._staging
        try:
            results = self.process_algorithm(staging.parameters, context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            with user_errors():
                return staging.commit(results, context, feedback)
        except BaseException:
            staging.discard(feedback)
            raise

    def process_algorithm(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def final_destination(self, name: str, value: str) -> str:
        """Where the output ``name``, written to ``value`` during the run,
        will be once the run succeeded (for messages)."""
        final = self._staging.final_text(name) if self._staging is not None else None
        return final or value

    # -- common parameters --------------------------------------------------
    def add_profile_parameter(self):
        param = QgsProcessingParameterFile(
            self.PROFILE, tr("Method profile (TOML; empty = built-in default)"),
            behavior=QgsProcessingParameterFile.Behavior.File, extension="toml", optional=True)
        param.setHelp(tr("A method profile holding thresholds, matrices, standard limits, "
                         "labels and colours. Copy the built-in profile, edit it, and "
                         "choose it here. A file may start with extends = \"default\" and "
                         "list only what it changes."))
        self.addParameter(param)

    def profile(self, parameters, context):
        path = self.parameterAsFile(parameters, self.PROFILE, context)
        with user_errors():
            return load_profile(path or None)

    # -- reading ------------------------------------------------------------
    @staticmethod
    def rows_of(source, feedback=None, progress_span: Tuple[float, float] = (0, 0)):
        """Attributes of every feature as dicts, with row ids and features."""
        names = source.fields().names()
        rows, ids, feats = [], [], []
        total = source.featureCount() or 1
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest())):
            if feedback is not None:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                if progress_span[1] > progress_span[0]:
                    feedback.setProgress(progress_span[0] + (progress_span[1] -
                                                             progress_span[0]) * i / total)
            attrs = feat.attributes()
            rows.append({n: (None if (a is None or (isinstance(a, QVariant) and a.isNull()))
                             else a) for n, a in zip(names, attrs)})
            ids.append(tr("feature {fid}").format(fid=feat.id()))
            feats.append(feat)
        return rows, ids, feats

    # -- writing ------------------------------------------------------------
    @staticmethod
    def output_fields(source_fields: QgsFields, new_fields: Sequence[Tuple[str, str]],
                      feedback=None) -> Tuple[QgsFields, List[int]]:
        """Input fields (minus those replaced by outputs) + the new fields.

        Returns the fields and the indexes of the kept input fields.
        """
        new_names = {n.lower() for n, _ in new_fields}
        fields = QgsFields()
        kept = []
        for i, f in enumerate(source_fields):
            if f.name().lower() in new_names:
                if feedback is not None:
                    feedback.pushInfo(tr("Input field '{name}' is replaced by the "
                                         "result of the same name.").format(name=f.name()))
                continue
            fields.append(f)
            kept.append(i)
        types = {"double": FieldType.Double, "string": FieldType.String,
                 "int": FieldType.Int}
        for name, kind in new_fields:
            fields.append(QgsField(name, types[kind], len=254 if kind == "string" else 0))
        return fields, kept

    @staticmethod
    def write_rows(sink, fields: QgsFields, feats, kept: List[int], results: List[dict],
                   new_fields: Sequence[Tuple[str, str]], feedback=None):
        for feat, res in zip(feats, results):
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            out = QgsFeature(fields)
            if feat.hasGeometry():
                out.setGeometry(feat.geometry())
            attrs = feat.attributes()
            values = [attrs[i] for i in kept]
            for name, _ in new_fields:
                v = res.get(name)
                values.append(None if v is None else v)
            out.setAttributes(values)
            sink.addFeature(out)

    # -- provenance and styling ---------------------------------------------
    def provenance(self, parameters, context, profile, inputs: Dict[str, str]) -> dict:
        """The provenance record of the run; outputs are named by their final
        paths (not the temporary names they are written under)."""
        if self._staging is not None:
            parameters = self._staging.final_parameters(parameters)
        params = {}
        for name, value in parameters.items():
            params[name] = value if isinstance(value, (str, int, float, bool, type(None))) \
                else str(value)
        return provenance.record(f"cc_warning:{self.ALG_ID}", profile, params, inputs,
                                 software_versions())

    def style_output(self, context: QgsProcessingContext, dest_id: str, field: str,
                     profile, set_name: str, prov: dict):
        """Style the output layer when it is loaded into the project."""
        if context.willLoadLayerOnCompletion(dest_id):
            self.post_process(context, dest_id,
                              ClassStylePostProcessor(field, profile, set_name, prov))

    def post_process(self, context: QgsProcessingContext, dest_id: str,
                     post: QgsProcessingLayerPostProcessorInterface) -> None:
        """Run ``post`` on the output ``dest_id`` when QGIS loads it. During a
        staged run it is attached once the outputs are in place (QGIS deletes
        the post-processor of a load entry that is replaced)."""
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            return
        _post_processors.append(post)
        if self._staging is not None:
            self._staging.post_processors.append((dest_id, post))
        else:
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(post)


class ChecksInputsFirst:
    """For an algorithm whose ``_inputs(parameters, context)`` reads and checks
    its parameters cheaply, raising QgsProcessingException: bad input is
    refused with that message before anything runs (the toolbox dialog,
    processing.run and qgis_process show it). List it before CCAlgorithm."""

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._inputs(parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return True, ""


class ClassStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies the class style and stores provenance on a loaded result."""

    def __init__(self, field, profile, set_name, prov):
        super().__init__()
        self.field = field
        self.profile = profile
        self.set_name = set_name
        self.prov = prov

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        apply_class_style(layer, self.field, self.profile, self.set_name)
        store_provenance(layer, self.prov)


def store_provenance(layer, prov: dict) -> None:
    """Keep the provenance record in the layer (custom property + metadata)."""
    if layer is None:
        return
    text = provenance.to_json(prov)
    layer.setCustomProperty("cc_warning/provenance", text)
    md = layer.metadata()
    md.setAbstract(tr("Result of {alg} with method profile {profile} {version}.").format(
        alg=prov["algorithm"], profile=prov["profile"]["id"],
        version=prov["profile"]["version"]))
    md.addHistoryItem(text)
    layer.setMetadata(md)


def source_name(source_param_value, context) -> str:
    """A readable name of an input parameter value (layer id or path)."""
    layer = QgsProcessingUtils.mapLayerFromString(str(source_param_value), context) \
        if source_param_value else None
    if layer is not None:
        return f"{layer.name()} ({layer.source()})"
    return str(source_param_value)

