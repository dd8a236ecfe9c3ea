"""The one generic algorithm class: a ``QgsProcessingAlgorithm`` built from
a spec (:mod:`cc_warning_plugin.specs`). It declares the parameters and
outputs, builds the help from the spec and the active method profile, runs
the shared pre-run checks before anything else, runs every algorithm in the
same frame (outputs staged under temporary names beside their destinations
and moved into place only when the whole run succeeded: :mod:`.safety`), and
offers the plumbing every algorithm shares (profile, rows, output fields,
styling, provenance). A concrete algorithm sets ``SPEC`` and implements
``process_algorithm`` (and, where it can check its inputs cheaply,
``check_inputs``; for work on the main thread before the run,
``prepare_algorithm``); nothing else."""

import contextlib
import datetime
import os
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
)
from qgis.PyQt.QtCore import QUrl, QVariant

from ...core import provenance
from ...core.gdal_open import with_gdal_exceptions
from ...core.i18n import language, tr, translated
from ...specs import help as spec_help
from ...specs.base import GROUPS, AlgorithmSpec
from . import checks, inputs, safety
from .active import active_profile, load_run_profile
from .common import (
    ClassStylePostProcessor,
    keep_post_processor,
    software_versions,
    source_name,
    user_errors,
)
from .parameters import enum_value, make_output, make_parameter
from ...compat import FieldType

HELP_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "help")


def help_page(alg_id: str) -> str:
    """Path of the bundled offline reference page of an algorithm, in the
    interface language when there is one (``help/zh_CN/``), else English."""
    if language() == "zh":
        page = os.path.join(HELP_DIR, "zh_CN", f"{alg_id}.html")
        if os.path.exists(page):
            return page
    return os.path.join(HELP_DIR, f"{alg_id}.html")


class SpecAlgorithm(QgsProcessingAlgorithm):
    """Base of every cc_warning algorithm (``SPEC`` None: not registered).

    Every parameter and output of the spec is also a class attribute holding
    its name (``self.DEM == "DEM"``), so that the names are declared once, in
    the spec; a name the spec does not declare is an AttributeError."""

    SPEC: Optional[AlgorithmSpec] = None
    PROFILE = "PROFILE"
    _staging = None
    _given: Dict[str, object] = {}  # inputs read differently from how they were given

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("SPEC") is not None:
            for name in [p.name for p in cls.SPEC.params] + [o.name for o in cls.SPEC.outputs]:
                if not hasattr(cls, name):
                    setattr(cls, name, name)

    # -- identity -------------------------------------------------------------
    @property
    def ALG_ID(self) -> str:  # noqa: N802 (kept for callers of the 0.1 classes)
        return self.SPEC.id

    def name(self):
        return self.SPEC.id

    def displayName(self):  # noqa: N802 (QGIS API)
        return translated(self.SPEC.name)

    def group(self):
        return translated(GROUPS[self.SPEC.group])

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.SPEC.group

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        page = help_page(self.SPEC.id)
        url = QUrl.fromLocalFile(page).toString() if os.path.exists(page) else None
        return spec_help.to_html(self.SPEC, active_profile(), url)

    def helpUrl(self):  # noqa: N802 (QGIS API)
        page = help_page(self.SPEC.id)
        return QUrl.fromLocalFile(page).toString() if os.path.exists(page) else ""

    # -- parameters -------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        profile = active_profile()
        for param in self.SPEC.params:
            self.addParameter(make_parameter(param, profile))
        for output in self.SPEC.outputs:
            self.addOutput(make_output(output))

    def enum_value(self, parameters, name: str, context, profile=None):
        """The value behind an enum parameter (its ``option_values`` or the
        profile's values), rather than its index."""
        index = self.parameterAsEnum(parameters, name, context)
        return enum_value(self.SPEC.param(name), index, profile)

    def reads_outlines_for(self, name: str, parameters, context) -> bool:
        """Whether the layer given as ``name`` — one of a polygon input's
        ``areas_with`` — makes this run read that input's outlines (an overlay
        or a join by location), so that its invalid polygons are searched
        for before the run. Yes, unless an algorithm knows better."""
        return True

    def date_value(self, parameters, name: str, context, not_a_date: str) -> datetime.date:
        """The date of the YYYY-MM-DD text parameter ``name`` (today when it is
        empty); other text is refused with ``not_a_date`` (``{value}``: the
        text)."""
        text = self.parameterAsString(parameters, name, context).strip()
        if not text:
            return datetime.date.today()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise QgsProcessingException(not_a_date.format(value=text)) from None

    # -- checks before any work ---------------------------------------------------
    @with_gdal_exceptions
    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """The plugin's own checks come first (they name the parameter, the
        value and the fix: outputs that would overwrite an input or cannot be
        written, numbers out of range, the method profile, tables that cannot
        be read and text in the wrong encoding: :mod:`.inputs`), then QGIS's,
        then the algorithm's cheap input checks (``check_inputs``)."""
        problem = self.output_problem(parameters, context) or checks.run_shared_checks(
            self, parameters, context
        )
        if problem:
            return False, problem
        try:
            # tables and layers as the run will read them (a one-column CSV, a
            # GBK shapefile): QGIS's checks would refuse the first as unreadable
            readable, _ = inputs.readable_parameters(self, parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        ok, message = self.qgis_checks(readable, context)
        if not ok:
            return ok, message
        try:
            self.check_inputs(readable, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return True, ""

    def qgis_checks(self, parameters, context) -> Tuple[bool, str]:
        return super().checkParameterValues(parameters, context)

    def check_inputs(self, parameters, context) -> None:
        """Cheap checks of the inputs (raise QgsProcessingException with a
        message naming the layer/field/row and the fix). Default: none."""

    # -- the frame of a run ---------------------------------------------------
    def output_problem(self, parameters, context) -> str:
        """Why the outputs cannot be written as given ("" if they can)."""
        return safety.output_problem(self, parameters, context) or ""

    def folder_output_names(self, name: str, parameters) -> object:
        """The names of the files the run writes into the folder output
        ``name`` (None: unknown, any input inside the folder is refused)."""
        return None

    @with_gdal_exceptions
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
        """Work on the main thread before the run (layer copies …)."""
        return True

    @with_gdal_exceptions
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        if self._staging is None:
            with user_errors():
                self._staging = safety.Staging(self, parameters, context)
        staging = self._staging
        try:
            params, self._given = inputs.prepare_inputs(self, staging.parameters, context, feedback)
            with self._own_geometry_check(context):
                results = self.process_algorithm(params, context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            with user_errors():
                return staging.commit(results, context, feedback)
        except BaseException:
            staging.discard(feedback)
            raise

    @contextlib.contextmanager
    def _own_geometry_check(self, context):
        """The plugin deals with invalid polygons itself: where their areas
        count they are repaired or refused (the ``INVALID_GEOMETRY``
        parameter, the zoning algorithms' own choice), and the readers of
        attributes do not need them valid. QGIS's own filter (skip or stop on
        invalid features, a Processing setting) is off for every input read
        during the run, so that it can neither drop a unit from a result nor
        stop the run with its generic message."""
        before = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        try:
            yield
        finally:
            context.setInvalidGeometryCheck(before)

    def process_algorithm(self, parameters, context, feedback) -> dict:
        """The run, writing to the staged outputs in ``parameters``."""
        raise QgsProcessingException(tr("{alg} has no run.").format(alg=self.SPEC.id))

    def final_destination(self, name: str, value: str) -> str:
        """Where the output ``name``, written to ``value`` during the run,
        will be once the run succeeded (for messages)."""
        final = self._staging.final_text(name) if self._staging is not None else None
        return final or value

    # -- profile ----------------------------------------------------------------
    def profile(self, parameters, context):
        """The method profile of this run: the PROFILE parameter (a file or a
        built-in name), or the active profile when it is empty."""
        value = (
            self.parameterAsFile(parameters, self.PROFILE, context)
            if self.SPEC.has(self.PROFILE)
            else ""
        )
        if not value and isinstance(parameters.get(self.PROFILE), str):
            value = parameters.get(self.PROFILE)
        with user_errors():
            return load_run_profile(value)

    # -- reading ----------------------------------------------------------------
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
                    feedback.setProgress(
                        progress_span[0] + (progress_span[1] - progress_span[0]) * i / total
                    )
            attrs = feat.attributes()
            rows.append(
                {
                    n: (None if (a is None or (isinstance(a, QVariant) and a.isNull())) else a)
                    for n, a in zip(names, attrs)
                }
            )
            ids.append(tr("feature {fid}").format(fid=feat.id()))
            feats.append(feat)
        return rows, ids, feats

    def optional_source(self, parameters, name: str, context):
        """The feature source of the optional parameter ``name``, or None when
        it is not given; a value given that cannot be read is refused."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and parameters.get(name) not in (None, ""):
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    # -- writing ----------------------------------------------------------------
    @staticmethod
    def output_fields(
        source_fields: QgsFields, new_fields: Sequence[Tuple[str, str]], feedback=None
    ) -> Tuple[QgsFields, List[int]]:
        """Input fields (minus those replaced by outputs) + the new fields
        (kinds ``double``, ``int``, ``string``, and ``text``: a string without
        length limit). Returns the fields and the indexes of the kept input
        fields."""
        new_names = {n.lower() for n, _ in new_fields}
        fields = QgsFields()
        kept = []
        for i, f in enumerate(source_fields):
            if f.name().lower() in new_names:
                if feedback is not None:
                    feedback.pushInfo(
                        tr(
                            "Input field '{name}' is replaced by the result of the same name."
                        ).format(name=f.name())
                    )
                continue
            fields.append(f)
            kept.append(i)
        types = {
            "double": FieldType.Double,
            "string": FieldType.String,
            "text": FieldType.String,
            "int": FieldType.Int,
        }
        for name, kind in new_fields:
            length = 254 if kind == "string" else 0
            fields.append(QgsField(name, types[kind], len=length))
        return fields, kept

    # -- provenance and styling -------------------------------------------------
    @staticmethod
    def inputs_of(parameters, context, names: Sequence[str]) -> Dict[str, str]:
        """The inputs of the run for the provenance (layers by name and
        source, files by path; a list of layers joined by "; ")."""
        out = {}
        for n in names:
            value = parameters.get(n)
            if value in (None, "", []):
                continue
            if isinstance(value, (list, tuple)):
                out[n] = "; ".join(source_name(v, context) for v in value)
            else:
                out[n] = source_name(value, context)
        return out

    def provenance(self, parameters, context, profile, inputs: Dict[str, str]) -> dict:
        """The provenance record of the run; outputs are named by their final
        paths (not the temporary names they are written under)."""
        if self._staging is not None:
            parameters = self._staging.final_parameters(parameters)
        parameters = dict(parameters, **self._given)  # inputs as given, not as read
        params = {}
        for name, value in parameters.items():
            params[name] = (
                value if isinstance(value, (str, int, float, bool, type(None))) else str(value)
            )
        return provenance.record(
            f"cc_warning:{self.SPEC.id}", profile, params, inputs, software_versions()
        )

    def style_output(
        self,
        context: QgsProcessingContext,
        dest_id: str,
        field: str,
        profile,
        set_name: str,
        prov: dict,
    ):
        """Style the output layer when it is loaded into the project."""
        self.post_process(context, dest_id, ClassStylePostProcessor(field, profile, set_name, prov))

    def post_process(
        self,
        context: QgsProcessingContext,
        dest_id: str,
        post: QgsProcessingLayerPostProcessorInterface,
    ) -> None:
        """Run ``post`` on the output ``dest_id`` when QGIS loads it. During a
        staged run it is attached once the outputs are in place (QGIS deletes
        the post-processor of a load entry that is replaced)."""
        if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
            return
        keep_post_processor(post)
        if self._staging is not None:
            self._staging.post_processors.append((dest_id, post))
        else:
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(post)
