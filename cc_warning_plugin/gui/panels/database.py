"""The 数据库 tab: the monitoring database (监测预警数据库) in the dock.

Connect to a GeoPackage or a saved PostgreSQL connection; see the units ×
periods matrix of the values there and missing, the time series of one
indicator of one unit with its threshold and the history of its versions,
the QC findings of the latest station import and the due list (with
reminders in the message line when a database is opened); import a
department's workbook or station records with a dry-run preview, then
confirm; load the history layer for the temporal controller.

Imports, the history layer and everything that writes run as Processing
algorithms by id (imports in a background task with progress and Cancel);
what is only shown is read with the ``store/`` API."""

import datetime
import os
import shutil
import tempfile
from typing import Dict, List, Optional

import pandas as pd
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDateTimeRange,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.gui import QgsProviderConnectionComboBox
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QTableWidgetItem,
)

from ...core.errors import CCError
from ...core.i18n import tr, translated
from ...core.indicators import field_title
from ...specs.base import N_
from ...specs.database import STATION_FORMATS, _DEPARTMENTS
from ...store import monitoring
from ...store.db import open_store
from ..tasks import AlgorithmTask
from ..widgets import FitTable, button, file_widget, narrow_combo, note, wrap_long_rows
from .base import Panel

#: colours of the matrix cells: every value there / some missing / none
FULL, PARTIAL, EMPTY = "#c7e9c0", "#fdd0a2", "#fcbba1"
CHART_PX = 240
#: rows of a dry run shown in the preview
PREVIEW_ROWS = 100


def _item(
    text, tooltip: str = "", color: Optional[str] = None, right: bool = False
) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if tooltip:
        item.setToolTip(tooltip)
    if color:
        item.setBackground(QColor(color))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fill(table: FitTable, headers: List[str], rows: List[List[QTableWidgetItem]]) -> None:
    table.show()  # hidden until it has its headings
    table.setRowCount(0)
    table.set_headers(headers)
    table.setRowCount(len(rows))
    for i, items in enumerate(rows):
        for j, item in enumerate(items):
            table.setItem(i, j, item)
    table.refit()


def draw_series(
    figure, frame: pd.DataFrame, lines: List[dict], title: str, family: Optional[str]
) -> None:
    """The current value of every period (line), earlier versions (hollow
    markers) and the thresholds (dashed steps)."""
    figure.clear()
    ax = figure.add_subplot(111)
    numeric = frame[frame["value"].notna()]
    if len(numeric):
        cur = numeric[numeric["current"].astype(bool)].sort_values("period_code")
        x = [int(p) for p in cur["period_code"]]
        ax.plot(
            x, cur["value"].astype(float), marker="o", color="#1f4e79", label=tr("current value")
        )
        old = numeric[~numeric["current"].astype(bool)]
        if len(old):
            ax.plot(
                [int(p) for p in old["period_code"]],
                old["value"].astype(float),
                linestyle="none",
                marker="o",
                markerfacecolor="none",
                color="#7f7f7f",
                label=tr("earlier versions"),
            )
        styles = ["#d62728", "#ff7f0e", "#2ca02c"]
        for k, line in enumerate(lines):
            pts = sorted(
                (int(p), v)
                for p, v in line["values"].items()
                if p in set(numeric["period_code"]) or not len(numeric)
            )
            if pts:
                ax.step(
                    [p for p, _ in pts],
                    [v for _, v in pts],
                    where="mid",
                    linestyle="--",
                    color=styles[k % len(styles)],
                    label=line.get("short") or line["label"],
                )
        ax.set_xticks(sorted(set(x) | {int(p) for p in numeric["period_code"]}))
        ax.tick_params(labelsize=8)
    else:
        ax.text(0.5, 0.5, tr("no value"), ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
    ax.set_title(title, fontsize=9, fontfamily=family) if family else ax.set_title(
        title, fontsize=9
    )
    figure.tight_layout(pad=0.4)
    if len(numeric):
        legend = ax.legend(fontsize=7, loc="best")
        if family:
            for t in legend.get_texts():
                t.set_fontfamily(family)


def _report_frame(results: dict, key: str) -> pd.DataFrame:
    """The CSV report an import algorithm wrote to ``results[key]`` (empty
    when it wrote none)."""
    if not results.get(key):
        return pd.DataFrame()
    return pd.read_csv(results[key], dtype=str, encoding="utf-8-sig", keep_default_na=False)


class DatabasePanel(Panel):
    key = "database"
    icon = "/mIconDbSchema.svg"

    TITLE = N_("Monitoring database")
    SHORT = N_("Database")

    def build(self, box):
        self._tmp = tempfile.mkdtemp(prefix="cc_warning_db_panel_")
        self.task: Optional[AlgorithmTask] = None
        self._feedback = None
        self._context = None
        self.pending: Optional[dict] = None  # the previewed import (alg id, params)
        self.preview_frame: Optional[pd.DataFrame] = None
        self.reminders: List[str] = []
        self.history_layer = None
        self.connected: Dict[str, str] = {}
        self.matrix_periods: List[str] = []
        self.series_lines: List[dict] = []
        self.due_rows = pd.DataFrame()
        box.setContentsMargins(0, 0, 0, 0)
        self._build_connection(box)
        self._build_matrix(box)
        self._build_series(box)
        self._build_imports(box)
        self._build_qc_and_due(box)
        box.addStretch(1)
        self._set_enabled(False)
        for table in (self.matrix, self.versions, self.preview, self.qc_table, self.due_table):
            table.hide()
        self.canvas.hide()

    # -- building ---------------------------------------------------------------
    def _build_connection(self, box):
        form = wrap_long_rows(QFormLayout())
        self.gpkg_widget = file_widget(
            tr("GeoPackage (*.gpkg)"), tr("The .gpkg file of the monitoring database.")
        )
        form.addRow(tr("GeoPackage"), self.gpkg_widget)
        self.connection_combo = QgsProviderConnectionComboBox("postgres")
        self.connection_combo.setAllowEmptyConnection(True)
        self.connection_combo.setConnection("")
        self.connection_combo.setToolTip(
            tr(
                "A PostgreSQL connection saved in QGIS; its "
                "credentials come from the QGIS authentication "
                "database."
            )
        )
        form.addRow(tr("Or PostgreSQL"), self.connection_combo)
        box.addLayout(form)
        row = QHBoxLayout()
        self.connect_button = button(tr("Connect"), clicked=lambda: self.connect_database())
        row.addWidget(self.connect_button)
        row.addStretch(1)
        box.addLayout(row)
        self.status_label = note(tr("No database open."))
        box.addWidget(self.status_label)

    def _build_matrix(self, box):
        inner = self.group(box, tr("Units × periods"), "matrix")
        self.level_combo = narrow_combo()
        self.level_combo.addItem(tr("Counties"), "county")
        self.level_combo.addItem(tr("Townships"), "township")
        self.level_combo.currentIndexChanged.connect(lambda _: self.refresh_matrix())
        inner.addWidget(self.level_combo)
        self.matrix = FitTable(1, wrap=(0,), whole=True)
        inner.addWidget(self.matrix)
        self.matrix_note = note(
            tr(
                "Each cell: the indicator values of the 2016 method there "
                "(of those the database knows); the tooltip lists what is "
                "missing."
            )
        )
        inner.addWidget(self.matrix_note)

    def _build_series(self, box):
        inner = self.group(box, tr("Indicator over time"), "series")
        form = wrap_long_rows(QFormLayout())
        self.unit_combo = narrow_combo()
        self.indicator_combo = narrow_combo()
        self.unit_combo.currentIndexChanged.connect(lambda _: self.draw_series())
        self.indicator_combo.currentIndexChanged.connect(lambda _: self.draw_series())
        form.addRow(tr("Unit"), self.unit_combo)
        form.addRow(tr("Indicator"), self.indicator_combo)
        inner.addLayout(form)
        self.add_chart(inner, lambda: self.draw_series())
        self.canvas.setFixedHeight(CHART_PX)
        self.threshold_note = note()
        inner.addWidget(self.threshold_note)
        self.versions = FitTable(4, wrap=(1, 2, 3), whole=True)
        inner.addWidget(self.versions)

    def _build_imports(self, box):
        inner = self.group(box, tr("Import"), "import")
        form = wrap_long_rows(QFormLayout())
        self.department_combo = narrow_combo()
        for value, text in _DEPARTMENTS:
            self.department_combo.addItem(translated(text) if not value else text, value)
        form.addRow(tr("Department"), self.department_combo)
        self.format_combo = narrow_combo()
        for value, text in zip(
            STATION_FORMATS,
            (
                tr("Air, daily values"),
                tr("Air, hourly values"),
                tr("Water sections"),
                tr("Pollution sources (online monitoring)"),
            ),
        ):
            self.format_combo.addItem(text, value)
        form.addRow(tr("Station records"), self.format_combo)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(0, 2200)
        self.year_spin.setSpecialValueText(tr("as the file says"))
        self.year_spin.setValue(0)
        form.addRow(tr("Year of the records"), self.year_spin)
        inner.addLayout(form)
        row = QHBoxLayout()
        self.indicators_button = button(
            tr("Indicators…"),
            tr("A department's workbook: dry run first, then confirm."),
            clicked=self._ask_indicators,
        )
        row.addWidget(self.indicators_button)
        self.stations_button = button(
            tr("Station records…"),
            tr(
                "Records of stations, sections or pollution "
                "sources, through the quality control: dry run "
                "first, then confirm."
            ),
            clicked=self._ask_stations,
        )
        row.addWidget(self.stations_button)
        inner.addLayout(row)
        self.add_progress_row(inner, self.cancel_task)
        self.preview_label = note()
        inner.addWidget(self.preview_label)
        self.preview = FitTable(4, wrap=(2, 3), whole=True)
        inner.addWidget(self.preview)
        row = QHBoxLayout()
        self.confirm_button = button(
            tr("Confirm import"), clicked=lambda: self.confirm_import(), enabled=False
        )
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        inner.addLayout(row)

    def _build_qc_and_due(self, box):
        inner = self.group(box, tr("Quality control (latest import)"), "qc")
        self.qc_table = FitTable(4, wrap=(2, 3), whole=True)
        inner.addWidget(self.qc_table)
        inner = self.group(box, tr("Due for evaluation"), "due")
        self.due_table = FitTable(4, wrap=(0, 1), whole=True)
        inner.addWidget(self.due_table)
        row = QHBoxLayout()
        self.history_button = button(
            tr("Load history layer"),
            tr(
                "Every unit's warning level over the evaluated "
                "periods, set up for the temporal controller."
            ),
            clicked=lambda: self.load_history_layer(),
        )
        row.addWidget(self.history_button)
        row.addStretch(1)
        box.addLayout(row)

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.indicators_button,
            self.stations_button,
            self.history_button,
            self.level_combo,
            self.unit_combo,
            self.indicator_combo,
        ):
            w.setEnabled(on)

    def chart_shown(self) -> bool:
        return bool(self.connected)

    # -- the database -------------------------------------------------------------
    def database_params(self) -> Dict[str, str]:
        """DATABASE or CONNECTION of the open database, as the algorithms take it."""
        return dict(self.connected)

    def store(self):
        """A new connection to the open database (closed by the caller)."""
        if not self.connected:
            raise CCError(
                tr("No database open: choose a GeoPackage or a PostgreSQL connection and connect.")
            )
        if "CONNECTION" in self.connected:
            from ...processing.database.connection import saved_connection

            params, _ = saved_connection(self.connected["CONNECTION"])
            return open_store(params)
        return open_store(self.connected["DATABASE"])

    def connect_database(
        self, path: Optional[str] = None, connection: Optional[str] = None
    ) -> bool:
        """Open the GeoPackage ``path`` or the saved connection ``connection``
        (default: what the widgets say) and show what it holds, the QC list,
        the due list and the reminders."""
        if path is None and connection is None:
            path = self.gpkg_widget.filePath().strip() or None
            connection = self.connection_combo.currentConnection() or None
        if path and connection:
            self.show_message(
                tr("Choose either a GeoPackage or a PostgreSQL connection, not both."),
                Qgis.MessageLevel.Warning,
            )
            return False
        if not path and not connection:
            self.show_message(
                tr("Choose a GeoPackage or a PostgreSQL connection."), Qgis.MessageLevel.Warning
            )
            return False
        self.connected = {"CONNECTION": connection} if connection else {"DATABASE": path}
        try:
            with self.store() as s:
                status = s.schema_status().message
                describe = s.describe()
        except CCError as exc:
            self.connected = {}
            self.status_label.setText(str(exc))
            self._set_enabled(False)
            self.show_error(exc)
            return False
        if path:
            self.gpkg_widget.setFilePath(path)
        else:
            self.connection_combo.setConnection(connection)
        self.project.writeEntry("cc_warning", "database", path or "")
        self.project.writeEntry("cc_warning", "database_connection", connection or "")
        self.status_label.setText(status)
        self._set_enabled(True)
        self.refresh()
        self.show_reminders(describe)
        return True

    def load_settings(self, project) -> None:
        path, _ = project.readEntry("cc_warning", "database", "")
        conn, _ = project.readEntry("cc_warning", "database_connection", "")
        if path:
            self.gpkg_widget.setFilePath(path)
        if conn:
            self.connection_combo.setConnection(conn)

    def refresh(self) -> None:
        """Read again everything the tab shows."""
        self.refresh_matrix()
        self.refresh_lists()
        self.draw_series()

    # -- units × periods -----------------------------------------------------------
    def refresh_matrix(self) -> None:
        if not self.connected:
            return
        level = self.level_combo.currentData() or "county"
        try:
            with self.store() as s:
                inv = monitoring.inventory(s, self.profile, level=level)
                indicators = s.query("SELECT code, name_zh, name_en FROM indicators ORDER BY code")
                units = s.query(
                    "SELECT code, name FROM units WHERE level = ? ORDER BY code", (level,)
                )
        except CCError as exc:
            self.show_error(exc)
            return
        periods = sorted(inv["period"].unique()) if len(inv) else []
        rows = []
        for code, name in units:
            items = [_item(name or code, code)]
            for p in periods:
                hit = inv[(inv["unit_code"] == code) & (inv["period"] == p)]
                present, missing = (
                    (int(hit["present"].iloc[0]), int(hit["missing"].iloc[0]))
                    if len(hit)
                    else (0, 0)
                )
                total = present + missing
                color = FULL if missing == 0 else (EMPTY if present == 0 else PARTIAL)
                tip = tr("{present} of {total} values; missing: {fields}").format(
                    present=present,
                    total=total,
                    fields=hit["missing_fields"].iloc[0] if len(hit) and missing else "—",
                )
                items.append(_item("✓" if missing == 0 else f"−{missing}", tip, color, True))
            rows.append(items)
        _fill(self.matrix, [tr("Unit")] + list(periods), rows)
        self.matrix_periods = periods
        keep_unit, keep_ind = self.unit_combo.currentData(), self.indicator_combo.currentData()
        for combo, items in (
            (self.unit_combo, [(c, n or c) for c, n in units]),
            (
                self.indicator_combo,
                [(c, field_title(c) or zh or en or c) for c, zh, en in indicators],
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value)
                combo.setItemData(
                    combo.count() - 1, f"{text} ({value})", Qt.ItemDataRole.ToolTipRole
                )
            combo.blockSignals(False)
        for combo, keep in ((self.unit_combo, keep_unit), (self.indicator_combo, keep_ind)):
            i = combo.findData(keep) if keep else -1
            combo.setCurrentIndex(i if i >= 0 else 0)

    def matrix_cell(self, unit_code: str, period: str) -> str:
        """The text of the matrix cell of a unit and period (for scripts and
        tests)."""
        for i in range(self.matrix.rowCount()):
            if self.matrix.item(i, 0).toolTip() == unit_code:
                j = list(self.matrix_periods).index(str(period)) + 1
                return self.matrix.item(i, j).text()
        raise KeyError(unit_code)

    # -- one indicator of one unit -------------------------------------------------------
    def draw_series(
        self, unit_code: Optional[str] = None, indicator: Optional[str] = None
    ) -> Optional[pd.DataFrame]:
        """Chart and version list of ``indicator`` of ``unit_code`` (default:
        the combos' choice); returns the versions shown."""
        if unit_code:
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit_code)))
        if indicator:
            self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(indicator)))
        unit_code = self.unit_combo.currentData()
        indicator = self.indicator_combo.currentData()
        if not self.connected or not unit_code or not indicator:
            return None
        try:
            with self.store() as s:
                frame = monitoring.series(s, unit_code, indicator)
                lines = monitoring.thresholds(s, unit_code, indicator, self.profile)
        except CCError as exc:
            self.show_error(exc)
            return None
        from ...report.charts import font_family

        title = f"{self.unit_combo.currentText()} · {self.indicator_combo.currentText()}"
        self.fit_figure()
        self.canvas.show()
        draw_series(self.figure, frame, lines, title, font_family(self.profile))
        self.canvas.draw()
        self.series_lines = lines
        self.threshold_note.setText(
            "; ".join(f"{ln['label']} [{ln['tag']}]" for ln in lines)
            if lines
            else tr("No threshold of the method profile applies to this indicator.")
        )
        rows = []
        for r in frame.itertuples(index=False):
            value = r.value if r.value is not None and r.value == r.value else r.value_text
            text = "" if value is None else f"{value:g}" if isinstance(value, float) else value
            grey = None if r.current else "#e0e0e0"
            rows.append(
                [
                    _item(r.period_code, color=grey),
                    _item(
                        tr("{value} (v{version})").format(value=text, version=r.version),
                        tr("current") if r.current else tr("superseded"),
                        grey,
                        True,
                    ),
                    _item(r.file_name, tr("imported by {user}").format(user=r.imported_by), grey),
                    _item(str(r.imported_at)[:10], color=grey),
                ]
            )
        _fill(self.versions, [tr("Period"), tr("Value"), tr("File"), tr("Imported")], rows)
        return frame

    # -- imports ------------------------------------------------------------------------
    def _ask_indicators(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Indicator workbook"), "", tr("Workbook or CSV (*.xlsx *.csv)")
        )
        if path:
            self.preview_indicators(path)

    def _ask_stations(self):
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Station records"), "", tr("Workbook or CSV (*.xlsx *.csv)")
        )
        if path:
            self.preview_stations(path)

    def preview_indicators(
        self, path: str, department: Optional[str] = None, source: str = ""
    ) -> Optional[AlgorithmTask]:
        """Dry run of db_import_indicators in the background; the preview
        lists what the import would do, and Confirm runs it."""
        if department is not None:
            self.department_combo.setCurrentIndex(
                max(0, self.department_combo.findData(department))
            )
        dep_index = self.department_combo.currentIndex()
        params = dict(self.database_params(), INPUT=path, DEPARTMENT=dep_index, SOURCE=source)
        return self._dry_run("db_import_indicators", params, "REPORT", "report")

    def preview_stations(
        self, path: str, fmt: Optional[str] = None, year: Optional[int] = None
    ) -> Optional[AlgorithmTask]:
        """Dry run of db_import_stations in the background (QC report and
        alerts in the preview); Confirm runs the import."""
        if fmt is not None:
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        if year is not None:
            self.year_spin.setValue(int(year))
        params = dict(
            self.database_params(),
            INPUT=path,
            FORMAT=self.format_combo.currentIndex(),
            YEAR=self.year_spin.value(),
            PROFILE=self.profile.source,
        )
        return self._dry_run("db_import_stations", params, "QC_REPORT", "qc")

    def _dry_run(
        self, alg_id: str, params: dict, report_param: str, stem: str
    ) -> Optional[AlgorithmTask]:
        """Dry run of an import, its report (``report_param``) a new CSV file
        named ``stem_N.csv`` in the panel's temporary folder; ``params`` are
        what Confirm runs."""
        report = os.path.join(self._tmp, f"{stem}_{len(os.listdir(self._tmp))}.csv")
        return self._start(
            alg_id,
            dict(params, DRY_RUN=True, **{report_param: report}),
            params,
            tr("Dry run of {file}").format(file=os.path.basename(params["INPUT"])),
        )

    def confirm_import(self) -> Optional[AlgorithmTask]:
        """The import previewed last, for real (one transaction)."""
        if self.pending is None:
            self.show_message(tr("Preview an import first."), Qgis.MessageLevel.Warning)
            return None
        alg, params = self.pending["alg"], self.pending["params"]
        return self._start(
            alg,
            dict(params, DRY_RUN=False),
            None,
            tr("Import of {file}").format(file=os.path.basename(params["INPUT"])),
        )

    def _start(
        self, alg_id: str, params: dict, preview_of: Optional[dict], description: str
    ) -> Optional[AlgorithmTask]:
        if self.task is not None:
            self.show_message(
                tr("An import is running; wait for it or cancel it."), Qgis.MessageLevel.Warning
            )
            return None
        task = self.prepare_task(alg_id, params, description)
        if task is None:
            return None
        if not task.prepared:
            self.show_message(
                tr("{what} could not start: {why}").format(what=description, why=task.error),
                Qgis.MessageLevel.Critical,
            )
            return None
        task.executed.connect(
            lambda ok, results, error: self._done(ok, results, error, alg_id, params, preview_of)
        )
        self.task = task
        self.cancel_button.setEnabled(True)
        self.confirm_button.setEnabled(False)
        self.progress.setValue(0)
        QgsApplication.taskManager().addTask(task)
        self.show_message(tr("{what} in the background…").format(what=description))
        return task

    def _done(self, ok, results, error, alg_id, params, preview_of) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        if not ok:
            self.pending = None
            self.show_message(error or tr("Cancelled."), Qgis.MessageLevel.Critical)
            return
        self.progress.setValue(100)
        if preview_of is not None:
            self._show_preview(alg_id, results, preview_of)
            return
        self.pending = None
        self.preview_label.setText(results.get("SUMMARY", ""))
        self.show_message(results.get("SUMMARY", ""))
        self.refresh()

    def _show_preview(self, alg_id, results, params) -> None:
        if alg_id == "db_import_indicators":
            frame = _report_frame(results, "REPORT")
            rows = [
                [
                    _item(r["status"]),
                    _item(r["row"], right=True),
                    _item(r["column"]),
                    _item(
                        r["reason"]
                        or " ".join(x for x in (r["unit_code"], r["period"], r["value"]) if x),
                        r["reason"],
                    ),
                ]
                for _, r in frame.iterrows()
            ]
            headers = [tr("Status"), tr("Row"), tr("Column"), tr("What")]
            can_import = not int(results.get("REJECTED", 0)) and (
                int(results.get("ADDED", 0)) + int(results.get("CHANGED", 0)) > 0
            )
        else:
            frame = _report_frame(results, "QC_REPORT")
            rows = [
                [
                    _item(r["station_id"]),
                    _item(r["pollutant"]),
                    _item(r["label"], r["detail"]),
                    _item(r["period"], r["detail"]),
                ]
                for _, r in frame.iterrows()
            ]
            headers = [tr("Station"), tr("Pollutant"), tr("QC finding"), tr("Period")]
            can_import = int(results.get("ADDED", 0)) > 0
        self.preview_frame = frame
        if len(rows) > PREVIEW_ROWS:
            rows = rows[:PREVIEW_ROWS]
            results = dict(
                results,
                SUMMARY=results.get("SUMMARY", "")
                + " "
                + tr(
                    "The first {n} rows are shown (rejected, conflicts and changes first)."
                ).format(n=PREVIEW_ROWS),
            )
        _fill(self.preview, headers, rows)
        self.preview_label.setText(results.get("SUMMARY", ""))
        self.pending = {"alg": alg_id, "params": params} if can_import else None
        self.confirm_button.setEnabled(can_import)
        self.show_message(results.get("SUMMARY", ""))

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # -- QC and due list ----------------------------------------------------------------
    def refresh_lists(self) -> None:
        try:
            with self.store() as s:
                qc = monitoring.findings(s, self.profile)
                due = monitoring.due(
                    s,
                    datetime.date.today(),
                    self.profile,
                    level=self.level_combo.currentData() or "county",
                )
        except CCError as exc:
            self.show_error(exc)
            return
        _fill(
            self.qc_table,
            [tr("Station"), tr("Pollutant"), tr("QC finding"), tr("Period")],
            [
                [
                    _item(r.station_id, r.file_name),
                    _item(r.pollutant),
                    _item(r.label, r.reason),
                    _item(r.period, r.reason),
                ]
                for r in qc.itertuples(index=False)
            ],
        )
        self.due_rows = due
        self.reminders = monitoring.reminder_lines(due)
        _fill(
            self.due_table,
            [tr("Unit"), tr("Rule"), tr("Due"), tr("Days overdue")],
            [
                [
                    _item(r.unit_name or r.unit_code, r.unit_code),
                    _item(r.rule_label, r.reason),
                    _item(pd.Timestamp(r.due_date).strftime("%Y-%m-%d")),
                    _item(
                        int(r.overdue_days), right=True, color=EMPTY if r.overdue_days > 0 else None
                    ),
                ]
                for r in due.itertuples(index=False)
            ],
        )

    def show_reminders(self, describe: str) -> None:
        """The due list as reminders in the message line (when a database is
        opened)."""
        if not self.reminders:
            self.show_message(tr("{db}: no unit is due for evaluation.").format(db=describe))
            return
        overdue = int((self.due_rows["overdue_days"] > 0).sum())
        head = tr("{db}: {n} unit(s) due for evaluation, {k} overdue.").format(
            db=describe, n=len(self.reminders), k=overdue
        )
        self.show_message(
            "\n".join([head] + self.reminders[:5]),
            Qgis.MessageLevel.Warning if overdue else Qgis.MessageLevel.Info,
        )

    # -- history layer ------------------------------------------------------------------
    def load_history_layer(self) -> Optional[QgsVectorLayer]:
        """db_history into a file beside the panel's temporary files, loaded with
        its temporal properties; the project's time range covers the periods
        (the temporal controller animates the warning map)."""
        import processing
        from ...processing.database.history import style_history

        if not self.connected:
            self.show_message(tr("No database open."), Qgis.MessageLevel.Warning)
            return None
        context = self.context()
        try:
            self.algorithm("db_history")
            res = processing.run(
                "cc_warning:db_history",
                dict(
                    self.database_params(),
                    LEVEL=self.level_combo.currentIndex(),
                    PROFILE=self.profile.source,
                    OUTPUT="TEMPORARY_OUTPUT",
                ),
                context=context,
                feedback=QgsProcessingFeedback(),
            )
        except (CCError, QgsProcessingException) as exc:
            self.show_message(str(exc), Qgis.MessageLevel.Critical)
            return None
        out = res["OUTPUT"]
        # processing.run hands the memory layer over (else it is in the context)
        layer = out if isinstance(out, QgsVectorLayer) else context.takeResultLayer(str(out))
        if layer is None:
            self.show_message(
                tr("The history layer could not be read."), Qgis.MessageLevel.Critical
            )
            return None
        layer.setName(tr("Warning levels {periods}").format(periods=res["PERIODS"]))
        style_history(layer, self.profile)
        self.project.addMapLayer(layer)
        periods = [p for p in res["PERIODS"].split(", ") if p]
        if periods:
            settings = self.project.timeSettings()
            start = QDateTime(QDate(int(periods[0]), 1, 1), QTime(0, 0))
            end = QDateTime(QDate(int(periods[-1]) + 1, 1, 1), QTime(0, 0))
            settings.setTemporalRange(QgsDateTimeRange(start, end))
        self.history_layer = layer
        self.show_message(
            tr(
                "History layer loaded ({n} rows, periods {periods}): open the "
                "temporal controller to animate it."
            ).format(n=res["COUNT"], periods=res["PERIODS"])
        )
        return layer

    # -- end ----------------------------------------------------------------------------
    def cleanup(self) -> None:
        self.cancel_task()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().cleanup()
