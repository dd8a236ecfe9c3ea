"""cc_warning:annual_report — the annual 监测预警报告 (HTML, PDF, Word) with
its maps on the print layout, and the public edition.

Everything is read and the two maps are laid out and exported on the main
thread (``prepare_algorithm``: layouts belong there); the documents, charts
and the public edition are written in ``process_algorithm`` from plain data."""

import os

import pandas as pd
from qgis.core import QgsProcessingException

from ...core.actions import crosscheck, reminders, targets
from ...core.errors import InputError
from ...core.i18n import tr
from ...core.provenance import to_json
from ...report import layers as rl
from ...report.annual import AnnualReportInput, annual_document, annual_title, public_title
from ...report.docmodel import docx_available, docx_missing_message
from ...report.outputs import write_document
from ...report.public import UnitShape, check_edition_folder, write_public_edition
from ...report.results import find_field
from ...specs.actions import ANNUAL_REPORT
from ..framework.common import user_errors
from .base import ActionsAlgorithm, county_units, merge_consultation, result_provenance
from .maps import report_maps

#: tables of the monitoring database shown in the report, in this order
MONITORING = ("QC_TABLE", "ALERTS_TABLE", "COVERAGE_TABLE", "DUE_TABLE")


def monitoring_title(name: str) -> str:
    return {
        "QC_TABLE": tr("Station quality control"),
        "ALERTS_TABLE": tr("Exceedance alerts"),
        "COVERAGE_TABLE": tr("Station-coverage gaps"),
        "DUE_TABLE": tr("Evaluations due"),
    }[name]


class AnnualReportAlgorithm(ActionsAlgorithm):
    SPEC = ANNUAL_REPORT

    _data = None

    # -- checks and reading (main thread) ------------------------------------------
    def _outputs(self, parameters, context):
        html = self.output_path(parameters, self.OUTPUT_HTML, context, (".html", ".htm"))
        pdf = self.output_path(parameters, self.OUTPUT_PDF, context, (".pdf",))
        docx = self.output_path(parameters, self.OUTPUT_DOCX, context, (".docx",))
        public = (
            self.parameterAsFileOutput(parameters, self.PUBLIC, context)
            if parameters.get(self.PUBLIC) not in (None, "")
            else ""
        )
        if not (html or pdf or docx or public):
            raise InputError(
                tr(
                    "Nothing to do: give the HTML, PDF or Word report, or the "
                    "public edition's folder."
                )
            )
        if docx and not docx_available():
            raise InputError(docx_missing_message())
        return html, pdf, docx, public

    @staticmethod
    def check_public_folder(folder: str) -> None:
        """A folder holding files that are not an earlier public edition is
        refused (the edition would mix with them)."""
        if folder and os.path.isdir(folder):
            check_edition_folder(folder)

    def _gather(self, parameters, context, profile, feedback=None) -> dict:
        """Read and check every input (no output is written)."""
        d = {"profile": profile}
        d["issued"] = self.issue_date(parameters, context)
        d["outputs"] = self._outputs(parameters, context)
        if self._staging is None:
            self.check_public_folder(d["outputs"][3])
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        rl.check_not_empty(layer)
        rows, ids, areas = rl.read_rows(layer)
        name = self.name_of(parameters, self.INPUT, None, layer.name())
        acts, _, _, _, history_name = self.unit_actions(
            parameters, context, profile, feedback, rows, ids, name
        )
        period = acts[0].state.period
        d.update(
            layer=layer,
            rows=rows,
            areas=areas,
            actions=acts,
            period=period,
            history_name=history_name,
            layer_name=name,
        )
        d["key_field"] = rl.unit_key_field(layer.fields().names())
        names = self.region_names(parameters, context, feedback)
        city = self.parameterAsString(parameters, self.CITY, context).strip()
        city_code = self.parameterAsString(parameters, self.CITY_CODE, context).strip()
        if city_code:
            names[city_code] = city or city_code
        for a in acts:
            names.setdefault(a.unit_code, a.state.unit_name or a.unit_code)
        d.update(names=names, city=city)
        plan_path = self.parameterAsFile(parameters, self.PLAN, context)
        d["plan"] = (
            reminders.load_plan(plan_path, profile)
            if plan_path
            else reminders.plan_tasks(acts, profile, d["issued"])
        )
        d["reminders"] = reminders.reminders(acts, profile, d["issued"])
        tpath = self.parameterAsFile(parameters, self.TARGETS, context)
        opath = self.parameterAsFile(parameters, self.OBSERVATIONS, context)
        if bool(tpath) != bool(opath):
            raise InputError(
                tr(
                    "Targets are tracked against observations: give both the "
                    "targets table and the observations, or neither."
                )
            )
        d["targets"] = []
        if tpath:
            d["targets"] = targets.track(
                targets.load_targets(tpath, profile),
                targets.load_observations(opath, profile),
                profile,
                period if isinstance(period, int) else None,
            )
        d["check"], d["records"] = None, []
        county = self.table_rows(parameters, self.COUNTY_RESULT, context, feedback)
        cpath = self.parameterAsFile(parameters, self.CONSULTATION, context)
        if county is not None:
            check = crosscheck.cross_check(
                county[0],
                county_units(county[0], rows),
                profile,
                tr("County self-assessment"),
                tr("City evaluation"),
            )
            earlier = crosscheck.load_consultation(cpath, check) if cpath else []
            d["check"] = check
            d["records"] = merge_consultation(
                crosscheck.consultation_template(check, profile), earlier
            )
        elif cpath:
            raise InputError(
                tr(
                    "A consultation record belongs to a cross-check: give the "
                    "county self-assessment too."
                )
            )
        d["monitoring"], sources = [], []
        for pname in MONITORING:
            table = self.table_rows(parameters, pname, context, feedback)
            if table is not None:
                d["monitoring"].append((monitoring_title(pname), pd.DataFrame(table[0])))
                sources.append(table[2])
        d["sources"] = {
            "result": name,
            "history": history_name,
            "targets": tpath or "",
            "observations": opath or "",
            "plan": plan_path or "",
            "cross_check": county[2] if county is not None else "",
            "areas": name if any(a is not None for a in areas) else "",
            "monitoring": "; ".join(sources),
            "profile": profile.describe(),
        }
        return d

    def check_more(self, parameters, context):
        self._gather(parameters, context, self.profile(parameters, context))

    def prepare_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        with user_errors():
            self.check_public_folder(
                self.final_destination(
                    self.PUBLIC, self.parameterAsFileOutput(parameters, self.PUBLIC, context)
                )
                if parameters.get(self.PUBLIC) not in (None, "")
                else ""
            )
            d = self._gather(parameters, context, profile, feedback)
            feedback.setProgress(10)
            layer, acts = d["layer"], d["actions"]
            changes = (
                {a.unit_code: a.state.change for a in acts}
                if any(a.state.previous_period is not None for a in acts)
                else None
            )
            org = self.parameterAsString(parameters, self.ORG, context)
            d["warning_map"], d["change_map"], messages = report_maps(
                layer,
                d["rows"],
                d["areas"],
                d["key_field"],
                changes,
                profile,
                self.enum_value(parameters, self.TEMPLATE, context),
                self.parameterAsInt(parameters, self.MAP_DPI, context),
                self.parameterAsVectorLayer(parameters, self.COUNTY, context),
                {"cc_org": org, "cc_date": d["issued"].isoformat()},
                tr("Monitoring period: {period}").format(period=d["period"]),
                context.project(),
            )
            for m in messages:
                feedback.pushInfo(m)
            d["shapes"] = self._shapes(layer, d)
            d["org"] = org
            inputs = self.inputs_of(
                parameters,
                context,
                [
                    self.INPUT,
                    self.HISTORY,
                    self.EARLIER,
                    self.PLAN,
                    self.TARGETS,
                    self.OBSERVATIONS,
                    self.COUNTY_RESULT,
                    self.CONSULTATION,
                ]
                + list(MONITORING),
            )
            d["provenance"] = [
                (tr("This report"), self.provenance(parameters, context, profile, inputs)),
                (layer.name(), result_provenance(layer)),
            ]
            d["layer"] = None  # no layer crosses into the run
        self._data = d
        feedback.setProgress(40)
        return True

    @staticmethod
    def _shapes(layer, d):
        """The unit polygons (WKB) with code, name and area, for the public
        edition's SVG map."""
        headers = layer.fields().names()
        key, name = d["key_field"], find_field(headers, "unit_name")
        geographic = layer.crs().isGeographic()
        out = []
        for f, area in zip(layer.getFeatures(), d["areas"]):
            if not f.hasGeometry() or f.geometry().isEmpty():
                continue
            code = str(f[key] or "").strip()
            out.append(
                UnitShape(
                    code,
                    str(f[name] or "") if name else code,
                    bytes(f.geometry().asWkb()),
                    geographic,
                    area,
                )
            )
        return out

    # -- the run: documents from plain data ------------------------------------------
    def process_algorithm(self, parameters, context, feedback):
        d, self._data = self._data, None
        if d is None:  # run without prepare (not through Processing)
            self.prepare_algorithm(parameters, context, feedback)
            d, self._data = self._data, None
        profile = d["profile"]
        html, pdf, docx, public = d["outputs"]
        results = {}
        with user_errors():
            if html or pdf or docx:
                inp = AnnualReportInput(
                    annual_title(d["city"], d["period"]),
                    profile,
                    d["period"],
                    d["rows"],
                    d["actions"],
                    d["reminders"],
                    d["plan"],
                    d["targets"],
                    d["check"],
                    d["records"],
                    {
                        a.unit_code: area
                        for a, area in zip(d["actions"], d["areas"])
                        if area is not None
                    },
                    d["warning_map"],
                    d["change_map"],
                    True,
                    d["monitoring"],
                    d["org"],
                    d["issued"],
                    d["names"],
                    d["sources"],
                    d["provenance"],
                )
                doc = annual_document(inp)
                feedback.setProgress(60)
                written = write_document(
                    doc, profile, html=html or None, pdf=pdf or None, docx=docx or None
                )
                for fmt, name in (
                    ("html", self.OUTPUT_HTML),
                    ("pdf", self.OUTPUT_PDF),
                    ("docx", self.OUTPUT_DOCX),
                ):
                    if fmt in written:
                        results[name] = written[fmt]
                        feedback.pushInfo(
                            tr("Report written: {path}").format(
                                path=self.final_destination(name, written[fmt])
                            )
                        )
            feedback.setProgress(85)
            if public:
                pages = write_public_edition(
                    public,
                    d["actions"],
                    d["shapes"],
                    profile,
                    public_title(d["city"]),
                    d["period"],
                    d["org"],
                    d["rows"],
                    d["issued"],
                )
                results[self.PUBLIC] = public
                feedback.pushInfo(
                    tr("Public edition: {n} files in {path}").format(
                        n=len(pages), path=self.final_destination(self.PUBLIC, public)
                    )
                )
        results["PROVENANCE"] = to_json(d["provenance"][0][1])
        feedback.setProgress(100)
        return results
