"""The report tab: runs cc_warning:evaluation_report as a background task
(progress bar, Cancel) on the chosen result, with the county layer of the
base map, the earlier result of the comparison and the layout's title and
编制单位 when they are set."""

import os

from qgis.core import Qgis, QgsApplication, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog

from ...core.i18n import tr
from ...specs.base import N_
from ..widgets import button, note
from .base import Panel


class ReportPanel(Panel):
    key = "report"
    icon = "/mIconReport.svg"

    TITLE = N_("Evaluation report")
    SHORT = N_("Report")

    def build(self, box):
        self.report_task = None
        self._feedback = None
        self._context = None
        box.addWidget(
            note(
                tr(
                    "An Excel workbook and an HTML report of the chosen result: the composite, "
                    "each "
                    "element, the trend, class statistics, maps, charts, the cause of every unit "
                    "and "
                    "the provenance. The county layer of the base map, the earlier result of the "
                    "period comparison and the layout's title and 编制单位 are used when set."
                )
            )
        )
        self.report_button = button(
            tr("Evaluation report…"),
            tr("Workbook (xlsx) and HTML report, made in the background."),
            clicked=self._ask_report,
        )
        box.addWidget(self.report_button)
        self.add_progress_row(box, self.cancel_report)
        box.addStretch(1)

    def cleanup(self) -> None:
        self.cancel_report()

    def parameters(self, xlsx: str, html: str) -> dict:
        """The evaluation_report parameters from the dock's choices."""
        dock = self.dock
        layer = dock.current_layer()
        params = {"PROFILE": self.profile.source, "OUTPUT_XLSX": xlsx, "OUTPUT_HTML": html}
        if isinstance(layer, QgsRasterLayer):
            params["RASTERS"] = [layer.id()]
        elif layer is not None:
            params["INPUT"] = layer.id()
        layout = dock.panel("layout")
        if layout is not None:
            params["ORG"] = layout.variable("cc_org")
            if layout.title_text():
                params["TITLE"] = layout.title_text()
        map_panel = dock.panel("map")
        county = map_panel.base_layers().get("county") if map_panel is not None else None
        if county is not None:
            params["COUNTY"] = county.id()
        compare = dock.panel("compare")
        earlier = compare.earlier_result() if compare is not None else None
        if earlier is not None and isinstance(layer, QgsVectorLayer) and earlier.id() != layer.id():
            params["EARLIER"] = earlier.id()
        return params

    # -- what the buttons call -------------------------------------------------
    def run_report(self, xlsx: str, html: str, open_when_done: bool = False):
        """Make the evaluation report in a background task (progress bar,
        Cancel button). Returns the task."""
        params = self.parameters(xlsx, html)
        task = self.prepare_task("evaluation_report", params, tr("Evaluation report"))
        if task is None:
            return None
        if not task.prepared:
            self.show_message(
                tr("The report could not start: {why}").format(why=task.error),
                Qgis.MessageLevel.Critical,
            )
            task.algorithm.release_layers()
            return None
        task.executed.connect(
            lambda ok, results, error: self._report_done(ok, results, error, open_when_done)
        )
        self.report_task = task
        self.cancel_button.setEnabled(True)
        self.report_button.setEnabled(False)
        self.progress.setValue(0)
        QgsApplication.taskManager().addTask(task)
        self.show_message(tr("Making the evaluation report in the background…"))
        return task

    def _report_done(self, ok, results, error, open_when_done):
        self.cancel_button.setEnabled(False)
        self.report_button.setEnabled(True)
        self.report_task = None
        if ok:
            self.progress.setValue(100)
            files = [results.get(k) for k in ("OUTPUT_XLSX", "OUTPUT_HTML") if results.get(k)]
            self.show_message(tr("Report written: {files}").format(files=", ".join(files)))
            html = results.get("OUTPUT_HTML")
            if open_when_done and html:
                QDesktopServices.openUrl(QUrl.fromLocalFile(html))
        else:
            self.show_message(
                tr("The report was not written: {why}").format(why=error or tr("cancelled")),
                Qgis.MessageLevel.Warning,
            )

    def cancel_report(self):
        if self.report_task is not None:
            self.report_task.cancel()

    def _ask_report(self):
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Evaluation report"), "", tr("HTML (*.html)")
        )
        if not path:
            return
        base = os.path.splitext(path)[0]
        self.run_report(base + ".xlsx", base + ".html", open_when_done=True)
