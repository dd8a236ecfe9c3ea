"""cc_warning:evaluation_report — the evaluation report: an xlsx workbook (the
composite, one sheet per element, the trend, class statistics, 双评价
rasters, period changes, provenance) and a self-contained HTML report with
maps, tables, charts, the cause analysis per unit and the provenance.

Layers are copied and styled on the main thread (prepare_algorithm); the
heavy work — reading, statistics, rendering maps and charts, writing — runs
in the worker thread, so the dock can run it as a background task."""

import datetime
from typing import List, NamedTuple, Optional

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QThread

from ...core.errors import InputError
from ...core.i18n import tr
from ...layouts.mapping import base_copies, choose_view, render_png, styled_copy
from ...report import layers as rl
from ...report.document import RasterPart, ReportInput, html_report, workbook_sheets
from ...report.files import check_writable
from ...report.html import write_html
from ...report.results import View, class_set, raster_view, require_views
from ...report.raster_stats import band_description, band_metadata
from ...report.stats import check_years, class_statistics, compare_periods
from ...report.tables import write_workbook
from ...styles.basemap import require_local
from ...styles.result_styles import apply_view_style
from ...specs.maps import EVALUATION_REPORT
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import add_features, source_name, user_errors
from .common import warn_unknown
from ...compat import FieldType


class CheckedInputs(NamedTuple):
    """The parameters of the report as read and checked on the main thread."""

    profile: object
    layer: Optional[QgsVectorLayer]
    rasters: List[QgsRasterLayer]
    raster_views: List[View]
    earlier: Optional[QgsVectorLayer]
    earlier_view: Optional[View]
    county: Optional[QgsVectorLayer]
    xlsx: str
    html: str
    views: List[View]


class EvaluationReportAlgorithm(SpecAlgorithm):
    SPEC = EVALUATION_REPORT

    # -- main thread ----------------------------------------------------------
    def check_inputs(self, parameters, context):
        """Read and check the parameters (no heavy work)."""
        profile = self.profile(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        rasters = [
            r
            for r in self.parameterAsLayerList(parameters, self.RASTERS, context)
            if isinstance(r, QgsRasterLayer)
        ]
        earlier = self.parameterAsVectorLayer(parameters, self.EARLIER, context)
        county = self.parameterAsVectorLayer(parameters, self.COUNTY, context)
        xlsx = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
        html = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        with user_errors():
            if not (xlsx or html):
                raise InputError(tr("Nothing to do: give the workbook or the HTML output."))
            if xlsx:
                check_writable(xlsx, (".xlsx",))
            if html:
                check_writable(html, (".html", ".htm"))
            if layer is None and not rasters:
                raise InputError(
                    tr("Give an evaluation result or at least one 双评价 class raster.")
                )
            views = []
            if layer is not None:
                rl.check_not_empty(layer)
                views = require_views(layer.fields().names(), profile, layer.name())
            raster_views = [
                raster_view(
                    band_metadata(r.source(), 1),
                    profile,
                    r.name(),
                    1,
                    band_description(r.source(), 1),
                )
                for r in rasters
            ]
            if county is not None:
                require_local(county)
            earlier_view = None
            if earlier is not None:
                if layer is None:
                    raise InputError(
                        tr(
                            "An earlier result is compared with the evaluation "
                            "result: give that too."
                        )
                    )
                rl.check_not_empty(earlier)
                earlier_view = choose_view(
                    require_views(earlier.fields().names(), profile, earlier.name()),
                    views[0].key,
                    earlier.name(),
                )
        return CheckedInputs(
            profile, layer, rasters, raster_views, earlier, earlier_view, county, xlsx, html, views
        )

    def prepare_algorithm(self, parameters, context, feedback):
        checked = self.check_inputs(parameters, context)
        profile, layer, rasters, earlier = (
            checked.profile,
            checked.layer,
            checked.rasters,
            checked.earlier,
        )
        self._profile, self._xlsx, self._html = profile, checked.xlsx, checked.html
        with user_errors():
            self._views, self._result, self._copies = checked.views, None, {}
            if layer is not None:
                self._result = self._detach(layer.clone())
                for v in self._views:
                    self._copies[v.key] = self._detach(styled_copy(layer, v, profile))
                self._result_name = layer.name()
            self._rasters = []
            for r, view in zip(rasters, checked.raster_views):
                self._rasters.append((r.name(), r.source(), view, self._detach(r.clone())))
            self._base = {}
            if checked.county is not None:
                copies, notes = base_copies(
                    {"county": checked.county}, profile, (layer or rasters[0]).crs()
                )
                for n in notes:
                    feedback.pushInfo(n)
                self._base = {k: self._detach(v) for k, v in copies.items()}
            self._earlier = None
            if earlier is not None:
                self._earlier = (
                    self._detach(earlier.clone()),
                    checked.earlier_view,
                    earlier.name(),
                )
        self._transform_context = context.transformContext()
        self._title = self.parameterAsString(parameters, self.TITLE, context) or tr(
            "Resource and environmental carrying capacity evaluation report"
        )
        self._org = self.parameterAsString(parameters, self.ORG, context)
        inputs = (
            {self.INPUT: source_name(parameters.get(self.INPUT), context)}
            if layer is not None
            else {}
        )
        for r in rasters:
            inputs[f"{self.RASTERS}:{r.name()}"] = f"{r.name()} ({r.source()})"
        if earlier is not None:
            inputs[self.EARLIER] = source_name(parameters.get(self.EARLIER), context)
        self._prov_records = [
            (tr("This report"), self.provenance(parameters, context, profile, inputs))
        ]
        if layer is not None:
            self._prov_records.append((layer.name(), rl.layer_provenance(layer)))
        for r in rasters:
            self._prov_records.append((r.name(), rl.layer_provenance(r)))
        return True

    @staticmethod
    def _detach(layer):
        """Free a copy from the main thread, so the worker thread can take it."""
        layer.moveToThread(None)
        return layer

    # -- worker thread --------------------------------------------------------
    def _attach(self):
        here = QThread.currentThread()
        layers = (
            list(self._copies.values()) + list(self._base.values()) + [r[3] for r in self._rasters]
        )
        if self._result is not None:
            layers.append(self._result)
        if self._earlier is not None:
            layers.append(self._earlier[0])
        for lyr in layers:
            lyr.moveToThread(here)

    def process_algorithm(self, parameters, context, feedback):
        self._attach()
        try:
            return self._run(feedback)
        except QgsProcessingException as exc:
            message = str(exc)
        finally:
            self.release_layers()
        # A new exception without the old traceback: its frames would keep the
        # layer copies alive after the run (until QGIS exits).
        raise QgsProcessingException(message)

    def _run(self, feedback):
        profile = self._profile
        steps = 2 + len(self._views) + len(self._rasters) + (1 if self._earlier else 0)
        multi = QgsProcessingMultiStepFeedback(steps, feedback)
        inp = ReportInput(
            self._title,
            profile,
            organisation=self._org,
            provenance=self._prov_records,
            date=datetime.date.today(),
        )
        with user_errors():
            if self._result is not None:
                rows, ids, areas = rl.read_rows(
                    self._result, feedback.isCanceled, multi.setProgress
                )
                inp.rows, inp.views, inp.result_name = rows, self._views, self._result_name
                inp.year = rl.year_of(rows)
                for i, v in enumerate(self._views):
                    multi.setCurrentStep(1 + i)
                    if feedback.isCanceled():
                        raise InputError(tr("Cancelled."))
                    st = rl.vector_statistics(rows, areas, v, profile)
                    inp.stats[v.key] = st
                    warn_unknown(
                        feedback,
                        tr(
                            "{title}: {n} unit(s) hold unknown class codes ({codes}), counted "
                            "as unclassified."
                        ),
                        st,
                        title=v.title,
                    )
                    inp.maps[v.key] = render_png(
                        None, self._copies[v.key], self._base, profile, self._transform_context
                    )
            step = 1 + len(self._views)
            for name, source, view, clone in self._rasters:
                multi.setCurrentStep(step)
                step += 1
                st, counts = rl.raster_statistics(
                    source, name, view, profile, feedback.isCanceled, multi.setProgress
                )
                apply_view_style(clone, view, profile, counts, named=False)
                png = render_png(None, clone, self._base, profile, self._transform_context)
                inp.rasters.append(RasterPart(view.title, view, st, png))
            if self._earlier is not None:
                multi.setCurrentStep(step)
                step += 1
                self._changes(inp, feedback)
            multi.setCurrentStep(step)
            results = {}
            if self._xlsx:
                write_workbook(self._xlsx, workbook_sheets(inp))
                feedback.pushInfo(tr("Workbook written: {path}").format(path=self._xlsx))
                results[self.OUTPUT_XLSX] = self._xlsx
            if feedback.isCanceled():
                raise InputError(tr("Cancelled."))
            if self._html:
                write_html(self._html, html_report(inp))
                feedback.pushInfo(tr("HTML report written: {path}").format(path=self._html))
                results[self.OUTPUT_HTML] = self._html
        feedback.setProgress(100)
        return results

    def _changes(self, inp: ReportInput, feedback):
        layer, ev, name = self._earlier
        view = self._views[0]
        rows1, ids1, _ = rl.read_rows(layer, feedback.isCanceled, with_area=False)
        check_years(rl.year_of(rows1), inp.year, name, inp.result_name)
        key1 = rl.unit_key_field(layer.fields().names())
        key2 = rl.unit_key_field(self._result.fields().names())
        if not key1 or not key2:
            raise InputError(
                tr(
                    "Both results need the unit code field (行政区划代码) to be "
                    "compared ('{a}', '{b}')."
                ).format(a=name, b=inp.result_name)
            )
        cset = class_set(self._profile, view.set_key)
        ids2 = [str(i) for i in range(len(inp.rows))]
        changes = compare_periods(
            [(i, r.get(key1), r.get(ev.field)) for i, r in zip(ids1, rows1)],
            [(i, r.get(key2), r.get(view.field)) for i, r in zip(ids2, inp.rows)],
            cset,
            self._profile.get("maps.unranked"),
            name,
            inp.result_name,
            key2,
        )
        inp.changes = changes
        inp.change_layers = (name, inp.result_name)
        inp.change_set_key = view.set_key
        change_set = class_set(self._profile, "maps.change_classes")
        inp.change_stats = class_statistics(
            ((c.change, None) for c in changes),
            change_set,
            self._profile.get("maps.unclassified_color"),
        )
        inp.change_map = self._change_map(changes, key2)

    def _change_map(self, changes, key_field):
        """The later result's units coloured by the change of their class."""
        src = self._result
        mem = QgsVectorLayer(QgsWkbTypes.displayString(src.wkbType()), "change", "memory")
        mem.setCrs(src.crs())
        fields = QgsFields()
        fields.append(QgsField("change", FieldType.String))
        mem.dataProvider().addAttributes(fields)
        mem.updateFields()
        by_key = {c.key: c.change for c in changes}
        feats = []
        for f in src.getFeatures():
            out = QgsFeature(mem.fields())
            out.setGeometry(f.geometry())
            out.setAttributes([by_key.get(str(f[key_field]).strip())])
            feats.append(out)
        add_features(mem.dataProvider(), feats, mem.name())
        mem.updateExtents()
        apply_view_style(
            mem,
            View("field", "maps.change_classes", "", "change"),
            self._profile,
            opacity=1.0,
            named=False,
        )
        return render_png(None, mem, self._base, self._profile, self._transform_context)

    def holds_layers(self) -> bool:
        return bool(
            getattr(self, "_copies", None)
            or getattr(self, "_base", None)
            or getattr(self, "_rasters", None)
            or getattr(self, "_result", None)
            or getattr(self, "_earlier", None)
        )

    def release_layers(self):
        """Drop the layer copies made in prepare_algorithm (also when the run
        was cancelled before it started)."""
        self._copies, self._base, self._rasters = {}, {}, []
        self._result, self._earlier = None, None
