"""The statistics tab: units (cells), area and share per class of the chosen
result and classification — counted by the shell with the code the
class_statistics algorithm uses (``report/layers.py``) — as a table that
fits the dock's width and a bar or pie chart drawn to the chart's size."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QRadioButton,
    QTableWidgetItem,
)

from ...core.errors import CCError
from ...core.i18n import tr
from ...layouts import builder
from ...report.charts import class_chart
from ...report.tables import stats_frame, write_table
from ...specs.base import N_
from ..widgets import FitTable, export_table_button, note
from .base import Panel

#: height of the chart: title and axis, and per class
CHART_BASE_PX, CHART_CLASS_PX, CHART_MIN_PX = 90, 30, 220


def headers(stats):
    """Short column headings (the units go into a note under the table, so the
    table fits a narrow dock; the full headings are the tooltips)."""
    return ["", tr("Class"), stats.count_title(), tr("Area"), tr("Share (%)")]


class StatisticsPanel(Panel):
    key = "statistics"
    icon = "/histogram.svg"

    TITLE = N_("Statistics")
    SHORT = N_("Stats")

    def build(self, box):
        self.table = FitTable(5, wrap=(1,), fixed={0: 14}, whole=True)
        box.addWidget(self.table)
        self.unit_note = note()
        box.addWidget(self.unit_note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = export_table_button(self._ask_export)
        row.addWidget(self.export_button)
        box.addLayout(row)
        row = QHBoxLayout()
        self.bar_radio = QRadioButton(tr("Bar chart"))
        self.pie_radio = QRadioButton(tr("Pie chart"))
        self.bar_radio.setChecked(True)
        self.bar_radio.toggled.connect(self.draw_chart)
        row.addWidget(self.bar_radio)
        row.addWidget(self.pie_radio)
        row.addStretch(1)
        box.addLayout(row)
        self.add_chart(box, self.draw_chart)
        self.canvas.setMinimumHeight(CHART_MIN_PX)
        box.addStretch(1)
        self.stats_changed(None)

    def chart_shown(self) -> bool:
        return self.dock.stats is not None

    # -- hooks ---------------------------------------------------------------
    def stats_changed(self, stats) -> None:
        t = self.table
        t.setRowCount(0)
        if stats is None:
            t.set_headers([""] * 5)
            t.hide()
            self.unit_note.hide()
            self.figure.clear()
            self.canvas.draw_idle()
            return
        t.show()
        t.set_headers(headers(stats))
        for j, text in enumerate(builder.stats_headers(stats)):
            t.horizontalHeaderItem(j).setToolTip(text)
        self.unit_note.setText(
            tr("Area in km², share of the total area in %.")
            if stats.has_area
            else tr("Share of the total count in %.")
        )
        self.unit_note.show()
        rows = builder.stats_rows(stats)
        t.setRowCount(len(rows))
        for i, (r, values) in enumerate(zip(stats.rows, rows)):
            swatch = QTableWidgetItem("")
            swatch.setBackground(QColor(r.color))
            swatch.setData(Qt.ItemDataRole.UserRole, r.code)
            swatch.setToolTip(r.label)
            t.setItem(i, 0, swatch)
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                else:
                    item.setToolTip(v)
                t.setItem(i, j + 1, item)
        t.refit()
        self.canvas.setFixedHeight(
            max(CHART_MIN_PX, CHART_BASE_PX + CHART_CLASS_PX * len(stats.rows))
        )
        self.draw_chart()

    # -- what the buttons call -------------------------------------------------
    def chart_kind(self) -> str:
        return "pie" if self.pie_radio.isChecked() else "bar"

    def draw_chart(self, *_):
        stats = self.dock.stats
        if stats is None:
            return
        view = self.dock.current_view()
        self.fit_figure()
        class_chart(
            stats, view.title if view else "", self.profile, self.chart_kind(), figure=self.figure
        )
        self.canvas.draw_idle()

    def export_statistics(self, path: str) -> str:
        stats = self.dock.stats
        if stats is None:
            raise CCError(tr("No statistics yet: choose an evaluation result."))
        view = self.dock.current_view()
        return write_table(path, stats_frame(stats), view.title if view else "")

    def _ask_export(self):
        self.ask_table_export(
            tr("Export statistics"), self.export_statistics, tr("Statistics written: {path}")
        )
