"""The 行动 tab: what follows from a warning result, in three parts.

- **Measures of a unit**: click a unit on the map (or pick it) and read its
  control measures, its 奖惩 and the reason, from the method profile's
  ``[actions]`` catalogue (``core.actions.measures``), with the level change
  when an earlier result, a history table or the ``act_prev_*`` fields of a
  ``unit_measures`` output give the earlier level.
- **Remediation plan** (治理工作方案): open the plan written by
  cc_warning:warning_reminders (.xlsx/.csv), edit the status and deadline of
  its tasks, see overdue tasks highlighted, save it back to the same file
  (written beside it, then moved into place: the file is never lost).
- **Targets**: a targets table and its observations, as
  cc_warning:target_tracking takes them (``core.actions.targets``): a table
  of baseline, target, latest value, progress and status, and the chart of
  the selected target (time series with the target line, or progress bar).

The work is synchronous: a warning result has at most a few thousand units
and the catalogue a few dozen entries, a plan or a targets table a few
hundred rows; reading and evaluating them takes well under a second."""

import datetime
import os
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from ...compat import LayerFilter, layer_filters
from ...core.actions import measures as am
from ...core.actions import reminders as ar
from ...core.actions import sidecar
from ...core.actions import targets as at
from ...core.actions.common import change_label, code_label, find_header, parse_date
from ...core.errors import CCError, InputError
from ...core.i18n import label, tr
from ...core.indicators import normalize_header, text_value
from ...report import layers as rl
from ...report.action_charts import STATUS_COLORS, draw_progress, draw_series
from ...specs.base import N_
from ..widgets import FitTable, button, file_widget, narrow_combo, note, wrap_long_rows
from .base import Panel

SCOPE = "cc_warning"
#: background of an overdue task
OVERDUE_COLOR = "#fcbba1"
CHART_PX = 240
#: the fields a 2016-method warning result needs for its measures
REQUIRED = ("warning_level", "load_type")
#: plan table columns: unit, task (and department), deadline, status
PLAN_COLUMNS = 4
DEADLINE_COL, STATUS_COL = 2, 3


def _esc(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(v: Optional[float]) -> str:
    return "" if v is None else f"{v:g}"


class StatusDelegate(QStyledItemDelegate):
    """The status column: a list of the profile's statuses; the item keeps
    the status code in its UserRole and shows the label."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt API)
        editor = QComboBox(parent)
        for code, entry in self.panel.profile.get("actions.remediation.statuses").items():
            editor.addItem(label(entry), code)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 (Qt API)
        i = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt API)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class DateDelegate(QStyledItemDelegate):
    """The deadline column: a date edit with a calendar; the text is
    YYYY-MM-DD."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt API)
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 (Qt API)
        d = QDate.fromString(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), "yyyy-MM-dd")
        editor.setDate(d if d.isValid() else QDate.currentDate())

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt API)
        model.setData(index, editor.date().toString("yyyy-MM-dd"), Qt.ItemDataRole.DisplayRole)


class ActionsPanel(Panel):
    key = "actions"
    icon = "/mTaskRunning.svg"

    TITLE = N_("Measures and targets")
    SHORT = N_("Actions")

    def build(self, box):
        self._actions: Optional[Dict[str, am.UnitActions]] = None
        self.unit_actions: Optional[am.UnitActions] = None
        self.plan_path = ""
        self.plan_headers: List[str] = []
        self.plan_rows: List[dict] = []
        self.plan_tasks: List[ar.Task] = []
        self.overdue_rows: Dict[int, int] = {}  # row → days overdue
        self._painting = False
        self.target_statuses: List[at.TargetStatus] = []
        box.setContentsMargins(0, 0, 0, 0)
        self._build_measures(box)
        self._build_plan(box)
        self._build_targets(box)
        box.addStretch(1)
        self.plan_table.hide()
        self.targets_table.hide()
        self.canvas.hide()
        self.chart_row.hide()

    # -- building ---------------------------------------------------------------
    def _build_measures(self, box):
        inner = self.group(box, tr("Measures of a unit"), "measures")
        self.identify_button = button(
            tr("Click a unit on the map"),
            tr(
                "Then click a unit of the evaluation result on the "
                "map: its measures, rewards and penalties are "
                "shown here."
            ),
            toggled=self._identify_toggled,
        )
        inner.addWidget(self.identify_button)
        form = wrap_long_rows(QFormLayout())
        self.unit_combo = narrow_combo()
        self.unit_combo.currentIndexChanged.connect(self._unit_picked)
        form.addRow(tr("Unit"), self.unit_combo)
        self.earlier_combo = QgsMapLayerComboBox()
        self.earlier_combo.setFilters(layer_filters(LayerFilter.VectorLayer))
        self.earlier_combo.setAllowEmptyLayer(True)
        self.earlier_combo.setLayer(None)
        self.earlier_combo.setToolTip(
            tr(
                "An earlier warning result (with its year field): "
                "the level change since then decides some measures "
                "and the rewards and penalties."
            )
        )
        self.earlier_combo.layerChanged.connect(self._history_changed)
        form.addRow(tr("Earlier result"), self.earlier_combo)
        self.history_widget = file_widget(
            tr("Table (*.xlsx *.csv)"),
            tr(
                "Levels of earlier periods: unit code, period, "
                "warning_level[, load_type] (e.g. "
                "sample_data_actions/warning_history.csv)."
            ),
            self._history_changed,
        )
        form.addRow(tr("History table"), self.history_widget)
        inner.addLayout(form)
        self.measures_browser = QTextBrowser()
        self.measures_browser.setMinimumHeight(220)
        self.measures_browser.setOpenLinks(False)
        inner.addWidget(self.measures_browser)
        self._show_measures_hint()

    def _build_plan(self, box):
        inner = self.group(box, tr("Remediation plan"), "plan")
        form = wrap_long_rows(QFormLayout())
        self.plan_widget = file_widget(
            tr("Plan (*.xlsx *.csv)"),
            tr(
                "The remediation plan (治理工作方案) written by "
                "cc_warning:warning_reminders, or one kept since."
            ),
            lambda path: self.open_plan(path) if path else None,
        )
        form.addRow(tr("Plan file"), self.plan_widget)
        inner.addLayout(form)
        self.plan_table = FitTable(PLAN_COLUMNS, wrap=(0, 1), whole=True)
        self.plan_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.plan_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self._status_delegate = StatusDelegate(self)
        self._date_delegate = DateDelegate(self)
        self.plan_table.setItemDelegateForColumn(STATUS_COL, self._status_delegate)
        self.plan_table.setItemDelegateForColumn(DEADLINE_COL, self._date_delegate)
        self.plan_table.itemChanged.connect(self._plan_edited)
        inner.addWidget(self.plan_table)
        self.plan_note = note(
            tr(
                "Open a plan: its tasks are listed here. Double-click a "
                "deadline or a status to change it; overdue tasks are "
                "highlighted."
            )
        )
        inner.addWidget(self.plan_note)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = button(
            tr("Save plan"),
            tr("Write the statuses and deadlines back to the plan file."),
            clicked=lambda: self.save_plan(),
            enabled=False,
        )
        row.addWidget(self.save_button)
        inner.addLayout(row)

    def _build_targets(self, box):
        inner = self.group(box, tr("Targets"), "targets")
        form = wrap_long_rows(QFormLayout())
        self.targets_widget = file_widget(
            tr("Targets (*.xlsx *.csv *.toml)"),
            tr(
                "指标, 区域, 基准年, 基准值, 目标年, 目标值, 方向 (e.g. "
                "sample_data_actions/targets.csv)."
            ),
        )
        form.addRow(tr("Targets"), self.targets_widget)
        self.observations_widget = file_widget(
            tr("Table (*.xlsx *.csv)"),
            tr("区域, 指标, 年份, 数值 (e.g. sample_data_actions/target_observations.csv)."),
        )
        form.addRow(tr("Observations"), self.observations_widget)
        self.as_of_spin = QSpinBox()
        self.as_of_spin.setRange(0, 2200)
        self.as_of_spin.setSpecialValueText(tr("all years"))
        self.as_of_spin.setValue(0)
        self.as_of_spin.setToolTip(
            tr("Observations up to this year count (all years: every observation).")
        )
        form.addRow(tr("As of"), self.as_of_spin)
        inner.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        self.track_button = button(
            tr("Track targets"),
            tr("Progress and status of every target, as cc_warning:target_tracking computes them."),
            clicked=lambda: self.track_targets(),
        )
        row.addWidget(self.track_button)
        inner.addLayout(row)
        self.targets_table = FitTable(6, wrap=(0, 5), whole=True)
        self.targets_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets_table.itemSelectionChanged.connect(self.draw_target_chart)
        inner.addWidget(self.targets_table)
        self.chart_row = QWidget()
        row = QHBoxLayout(self.chart_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.series_radio = QRadioButton(tr("Time series"))
        self.progress_radio = QRadioButton(tr("Progress"))
        self.series_radio.setChecked(True)
        self.series_radio.toggled.connect(lambda _: self.draw_target_chart())
        row.addWidget(self.series_radio)
        row.addWidget(self.progress_radio)
        row.addStretch(1)
        inner.addWidget(self.chart_row)
        self.add_chart(inner, self.draw_target_chart)
        self.canvas.setFixedHeight(CHART_PX)

    def chart_shown(self) -> bool:
        return bool(self.target_statuses)

    # -- hooks ---------------------------------------------------------------
    def profile_changed(self, profile) -> None:
        self._actions = None
        if self.plan_path:
            self.open_plan(self.plan_path)
        if self.target_statuses:
            self.track_targets()

    def result_changed(self, layer) -> None:
        self._actions = None
        self.unit_actions = None
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem("", "")
        problem = self.layer_problem(layer)
        if problem is None:
            code_field, name_field = self._unit_fields(layer)
            units = []
            for f in layer.getFeatures(
                QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
            ):
                code = text_value(rl.plain(f[code_field]))
                name = str(rl.plain(f[name_field]) or "") if name_field else ""
                if code:
                    units.append((code, name))
            for code, name in sorted(units):
                self.unit_combo.addItem(f"{code} {name}".strip(), code)
        self.unit_combo.blockSignals(False)
        if problem is not None:
            self.measures_browser.setHtml(f"<p>{_esc(problem)}</p>")
        else:
            self._show_measures_hint()

    def load_settings(self, project) -> None:
        for key, widget in (
            ("plan", self.plan_widget),
            ("targets", self.targets_widget),
            ("observations", self.observations_widget),
            ("history", self.history_widget),
        ):
            value, ok = project.readEntry(SCOPE, f"actions/{key}", "")
            if ok and value and os.path.exists(value):
                widget.setFilePath(value)

    def closed(self) -> None:
        if self.identify_button.isChecked():
            self.identify_button.setChecked(False)

    def _remember(self, key: str, path: str) -> None:
        self.project.writeEntry(SCOPE, f"actions/{key}", path or "")

    # ======================================================================
    # a. Measures of a unit
    # ======================================================================
    @staticmethod
    def _unit_fields(layer):
        names = layer.fields().names()
        return find_header(names, "unit_code"), find_header(names, "unit_name")

    def layer_problem(self, layer) -> Optional[str]:
        """``None`` when ``layer`` is a 2016-method warning result, else the
        message saying what layer is needed."""
        needed = tr(
            "The measures need a warning result of the 2016 method: a vector layer "
            "with the unit code (行政区划代码), warning_level and load_type, such as "
            "the output of cc_warning:integrated_warning or cc_warning:unit_measures."
        )
        if layer is None:
            return tr("Choose an evaluation result above.") + " " + needed
        if not isinstance(layer, QgsVectorLayer):
            return tr("'{layer}' is not a vector layer.").format(layer=layer.name()) + " " + needed
        names = layer.fields().names()
        norms = {normalize_header(n) for n in names}
        missing = ([] if find_header(names, "unit_code") else ["行政区划代码"]) + [
            f for f in REQUIRED if normalize_header(f) not in norms
        ]
        if missing:
            return (
                tr("'{layer}' lacks the fields {fields}.").format(
                    layer=layer.name(), fields=", ".join(missing)
                )
                + " "
                + needed
            )
        return None

    def _history_changed(self, *_):
        self._actions = None
        self._remember("history", self.history_widget.filePath())
        if self.unit_actions is not None:
            self.show_unit(self.unit_actions.unit_code)

    def _history(self, layer, rows) -> tuple:
        """History rows and their name: the history table, the earlier
        result, and the ``act_prev_*`` fields a unit_measures output keeps."""
        hist, names = [], []
        path = self.history_widget.filePath()
        if path:
            hrows, _ = sidecar.read_rows(path)
            hist += hrows
            names.append(os.path.basename(path))
        earlier = self.earlier_combo.currentLayer()
        if earlier is not None and earlier is not layer:
            erows, _, _ = rl.read_rows(earlier, with_area=False)
            year = rl.year_of(erows)
            if year is None:
                raise InputError(
                    tr(
                        "Earlier result {layer}: no year field (年份 or "
                        "trend_eval_year) holding one year, so its period is "
                        "unknown."
                    ).format(layer=earlier.name())
                )
            hist += am.history_from_results([(year, erows)])
            names.append(earlier.name())
        if not hist and rows and "act_prev_level" in rows[0] and "act_prev_period" in rows[0]:
            code = find_header(list(rows[0]), "unit_code")
            for r in rows:
                if r.get("act_prev_level") and r.get("act_prev_period"):
                    hist.append(
                        {
                            "unit_code": r[code],
                            "period": r["act_prev_period"],
                            "warning_level": r["act_prev_level"],
                        }
                    )
            names.append(tr("the act_prev_* fields"))
        return hist, "; ".join(names)

    def compute_measures(self) -> Dict[str, am.UnitActions]:
        """Measures and incentives of every unit of the current result
        (cached until the result, the profile or the history changes)."""
        if self._actions is not None:
            return self._actions
        layer = self.dock.current_layer()
        problem = self.layer_problem(layer)
        if problem is not None:
            raise InputError(problem)
        rows, ids, _ = rl.read_rows(layer, with_area=False)
        history, history_name = self._history(layer, rows)
        period = rl.year_of(rows)
        acts = am.evaluate_actions(
            rows, self.profile, history, period, layer.name(), history_name, ids
        )
        self._actions = {a.unit_code: a for a in acts}
        return self._actions

    def _show_measures_hint(self):
        self.measures_browser.setHtml(
            "<p>"
            + _esc(
                tr(
                    "Click a unit on the map or pick it above: its control measures, rewards and "
                    "penalties and the reason are shown here, from the method profile's "
                    "catalogue."
                )
            )
            + "</p>"
        )

    def _unit_picked(self, _index):
        code = self.unit_combo.currentData()
        if code:
            self.show_unit(code)

    def show_unit(self, code: str) -> Optional[am.UnitActions]:
        """Show the measures, 奖惩 and reason of the unit ``code``."""
        layer = self.dock.current_layer()
        problem = self.layer_problem(layer)
        if problem is not None:
            self.measures_browser.setHtml(f"<p>{_esc(problem)}</p>")
            return None
        try:
            acts = self.compute_measures()
        except (CCError, OSError) as exc:
            self.measures_browser.setHtml(f"<p>{_esc(exc)}</p>")
            self.show_error(exc)
            return None
        a = acts.get(code)
        if a is None:
            self.measures_browser.setHtml(
                "<p>" + _esc(tr("Unit {code} is not in the result.").format(code=code)) + "</p>"
            )
            return None
        self.unit_actions = a
        i = self.unit_combo.findData(code)
        if i >= 0 and i != self.unit_combo.currentIndex():
            self.unit_combo.blockSignals(True)
            self.unit_combo.setCurrentIndex(i)
            self.unit_combo.blockSignals(False)
        self.measures_browser.setHtml(self.measures_html(a))
        self.dock.show_panel(self)
        return a

    def measures_html(self, a: am.UnitActions) -> str:
        s = a.state
        color = self.profile.class_color("warning_levels", s.warning_level)
        parts = [
            f"<h3>{_esc(' '.join(x for x in (s.unit_name, s.unit_code) if x))}</h3>",
            f"<p><span style='background:{color}'>&nbsp;&nbsp;&nbsp;</span> "
            f"{_esc(code_label(self.profile, 'warning_levels', s.warning_level))}, "
            f"{_esc(code_label(self.profile, 'load_classes', s.load_type))}",
        ]
        if s.previous_period is not None:
            parts.append(
                "; "
                + _esc(
                    tr("{change} since {period}").format(
                        change=change_label(self.profile, s.change), period=s.previous_period
                    )
                )
            )
        parts.append("</p>")

        def items(entries, kinds: bool) -> str:
            if not entries:
                return "<p>" + _esc(tr("None.")) + "</p>"
            lis = []
            for m in entries:
                head = f"{m.kind_label}: " if kinds else ""
                flag = "" if m.verified else " <i>" + _esc(tr("(unverified)")) + "</i>"
                lis.append(
                    f"<li><b>{_esc(m.code)}</b> {_esc(head)}{_esc(m.text)}"
                    f"<br/><small>{_esc(tr('Because: {why}').format(why=m.why))}"
                    f"</small>{flag}</li>"
                )
            return "<ul>" + "".join(lis) + "</ul>"

        parts.append("<h4>" + _esc(tr("Control measures")) + "</h4>")
        parts.append(items(a.measures, False))
        parts.append("<h4>" + _esc(tr("Rewards and penalties")) + "</h4>")
        parts.append(items(a.incentives, True))
        parts.append("<h4>" + _esc(tr("Reason")) + "</h4>")
        parts.append(f"<p>{_esc(a.reason)}</p>")
        return "".join(parts)

    def _identify_toggled(self, on):
        self.toggle_map_tool(on, self.show_unit_at)

    def show_unit_at(self, point, crs) -> Optional[am.UnitActions]:
        """Show the measures of the unit at a map point (in ``crs``)."""
        layer = self.dock.current_layer()
        problem = self.layer_problem(layer)
        if problem is not None:
            self.measures_browser.setHtml(f"<p>{_esc(problem)}</p>")
            return None
        if layer.crs() != crs:
            point = QgsCoordinateTransform(crs, layer.crs(), self.project).transform(point)
        tol = layer.extent().width() / 1e6 or 1e-9
        rect = QgsRectangle(point.x() - tol, point.y() - tol, point.x() + tol, point.y() + tol)
        pt = QgsGeometry.fromPointXY(point)
        code_field, _ = self._unit_fields(layer)
        for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
            if f.hasGeometry() and f.geometry().intersects(pt):
                return self.show_unit(text_value(rl.plain(f[code_field])))
        self.measures_browser.setHtml("<p>" + _esc(tr("No unit here.")) + "</p>")
        return None

    # ======================================================================
    # b. Remediation plan
    # ======================================================================
    @staticmethod
    def today() -> datetime.date:
        return datetime.date.today()

    def _plan_header(self, key: str) -> Optional[str]:
        zh, en = ar.PLAN_COLUMNS[key]
        wanted = {normalize_header(zh), normalize_header(en), normalize_header(key)}
        return next((h for h in self.plan_headers if normalize_header(h) in wanted), None)

    def _plan_in_chinese(self) -> bool:
        zh = {normalize_header(v[0]) for v in ar.PLAN_COLUMNS.values()}
        return any(normalize_header(h) in zh for h in self.plan_headers)

    def open_plan(self, path: str) -> bool:
        """Read a plan file and list its tasks (overdue ones highlighted)."""
        try:
            rows, ids = sidecar.read_rows(path)
            tasks = ar.read_plan(rows, self.profile, os.path.basename(path), ids)
        except (CCError, OSError, ValueError) as exc:
            self.show_error(
                exc
                if isinstance(exc, CCError)
                else CCError(
                    tr("Cannot read the plan {path}: {detail}").format(path=path, detail=exc)
                )
            )
            return False
        self.plan_path = path
        self.plan_headers = list(rows[0].keys()) if rows else []
        self.plan_rows = rows
        self.plan_tasks = tasks
        if self.plan_widget.filePath() != path:
            self.plan_widget.blockSignals(True)
            self.plan_widget.setFilePath(path)
            self.plan_widget.blockSignals(False)
        self._remember("plan", path)
        self._fill_plan()
        self.save_button.setEnabled(True)
        return True

    def _fill_plan(self):
        t = self.plan_table
        self._painting = True
        try:
            t.show()
            t.setRowCount(0)
            t.set_headers([tr("Unit"), tr("Task"), tr("Deadline"), tr("Status")])
            t.horizontalHeaderItem(1).setToolTip(tr("Task (responsible department)"))
            t.setRowCount(len(self.plan_tasks))
            for i, task in enumerate(self.plan_tasks):
                values = [
                    task.unit_name or task.unit_code,
                    f"{task.task}\n({task.department})" if task.department else task.task,
                    task.deadline.isoformat(),
                    ar.code_label_status(self.profile, task.status),
                ]
                for j, v in enumerate(values):
                    item = QTableWidgetItem(v)
                    if j not in (DEADLINE_COL, STATUS_COL):
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    t.setItem(i, j, item)
                t.item(i, 0).setData(Qt.ItemDataRole.UserRole, task.unit_code)
                t.item(i, STATUS_COL).setData(Qt.ItemDataRole.UserRole, task.status)
        finally:
            self._painting = False
        self.refresh_overdue()
        t.refit()

    def _plan_edited(self, item):
        if self._painting:
            return
        if item.column() == STATUS_COL:
            task = self.plan_tasks[item.row()]
            if (
                item.data(Qt.ItemDataRole.UserRole) in self.profile.get("actions.remediation.done")
                and task.done_on is None
            ):
                task.done_on = self.today()  # finished: today, unless a date is kept
        self.refresh_overdue()
        self.plan_table.refit()

    def tasks_from_table(self) -> List[ar.Task]:
        """The plan's tasks with the statuses and deadlines of the table; a
        deadline that is not a date is an error naming the row."""
        out = []
        for i, task in enumerate(self.plan_tasks):
            deadline = parse_date(
                self.plan_table.item(i, DEADLINE_COL).text(),
                os.path.basename(self.plan_path),
                task.row or str(i + 1),
                ar.PLAN_COLUMNS["deadline"][0],
                empty_ok=False,
            )
            status = self.plan_table.item(i, STATUS_COL).data(Qt.ItemDataRole.UserRole)
            out.append(
                ar.Task(
                    task.unit_code,
                    task.unit_name,
                    task.task,
                    task.department,
                    deadline,
                    status,
                    task.done_on,
                    task.note,
                    task.row,
                )
            )
        return out

    def refresh_overdue(self) -> Dict[int, int]:
        """Highlight the overdue tasks (not done, deadline before today):
        background colour, and a tooltip saying by how many days."""
        t = self.plan_table
        today = self.today()
        try:
            tasks = self.tasks_from_table()
        except CCError as exc:
            self.show_error(exc)
            return self.overdue_rows
        late = {id(x) for x in ar.overdue(tasks, self.profile, today)}
        self.overdue_rows = {}
        self._painting = True
        try:
            for i, task in enumerate(tasks):
                days = (today - task.deadline).days
                is_late = id(task) in late
                if is_late:
                    self.overdue_rows[i] = days
                for j in range(t.columnCount()):
                    item = t.item(i, j)
                    if item is None:
                        continue
                    item.setBackground(QColor(OVERDUE_COLOR) if is_late else QBrush())
                    tip = item.text() if j != 0 else f"{task.unit_code} {task.unit_name}"
                    if is_late:
                        tip = (
                            tr("Overdue by {n} days (deadline {date}).").format(
                                n=days, date=task.deadline.isoformat()
                            )
                            + "\n"
                            + tip
                        )
                    item.setToolTip(tip)
        finally:
            self._painting = False
        n = len(self.overdue_rows)
        self.plan_note.setText(
            tr(
                "{n} of {total} tasks overdue (highlighted). Double-click a "
                "deadline or a status to change it, then save."
            ).format(n=n, total=len(tasks))
        )
        return self.overdue_rows

    def save_plan(self, path: Optional[str] = None) -> bool:
        """Write the statuses and deadlines back to the plan file: written
        beside it and moved into place, so the file is either the old one or
        the new one, never lost. Columns the plan does not know are kept."""
        path = path or self.plan_path
        if not path or not self.plan_tasks:
            self.show_error(CCError(tr("Open a plan first.")))
            return False
        try:
            tasks = self.tasks_from_table()
        except CCError as exc:
            self.show_error(exc)
            return False
        zh = self._plan_in_chinese()
        headers = list(self.plan_headers)
        columns = {}
        for key in ("deadline", "status", "done_on"):
            h = self._plan_header(key)
            if h is None and (key != "done_on" or any(x.done_on for x in tasks)):
                h = ar.PLAN_COLUMNS[key][0 if zh else 1]
                headers.append(h)
            columns[key] = h
        statuses = self.profile.get("actions.remediation.statuses")
        rows = []
        for raw, task in zip(self.plan_rows, tasks):
            r = dict(raw)
            r[columns["deadline"]] = task.deadline.isoformat()
            r[columns["status"]] = statuses[task.status]["label_zh" if zh else "label_en"]
            if columns["done_on"]:
                r[columns["done_on"]] = task.done_on.isoformat() if task.done_on else None
            for h, v in r.items():  # dates of other columns as written
                if isinstance(v, (datetime.datetime, datetime.date)):
                    r[h] = (
                        v.date().isoformat() if isinstance(v, datetime.datetime) else v.isoformat()
                    )
            rows.append([r.get(h) for h in headers])
        try:
            if os.path.exists(path) and not os.access(path, os.W_OK):
                raise PermissionError(tr("the file is read-only"))
            sidecar.write_rows(path, headers, rows)
        except (OSError, CCError) as exc:
            self.show_error(
                CCError(
                    tr(
                        "The plan was not saved: {path} could not be replaced ({detail}). Close it "
                        "if "
                        "another program has it open, or check that its folder can be written to. "
                        "The "
                        "file is unchanged."
                    ).format(path=path, detail=exc)
                )
            )
            return False
        self.plan_path = path
        self.plan_headers = headers
        self.plan_rows = [dict(zip(headers, r)) for r in rows]
        self.plan_tasks = tasks
        self.show_message(tr("Plan saved: {path}").format(path=path))
        return True

    # ======================================================================
    # c. Targets
    # ======================================================================
    def track_targets(
        self,
        targets: Optional[str] = None,
        observations: Optional[str] = None,
        as_of: Optional[int] = None,
    ) -> List[at.TargetStatus]:
        """Read the targets and observations, track them, fill the table and
        draw the first target."""
        if targets is not None:
            self.targets_widget.setFilePath(targets)
        if observations is not None:
            self.observations_widget.setFilePath(observations)
        if as_of is not None:
            self.as_of_spin.setValue(as_of)
        tpath, opath = self.targets_widget.filePath(), self.observations_widget.filePath()
        if not tpath or not opath:
            self.show_error(CCError(tr("Choose the targets table and the observations.")))
            return []
        try:
            items = at.load_targets(tpath, self.profile)
            obs = at.load_observations(opath, self.profile)
            statuses = at.track(items, obs, self.profile, self.as_of_spin.value() or None)
        except (CCError, OSError, ValueError) as exc:
            self.show_error(exc if isinstance(exc, CCError) else CCError(str(exc)))
            return []
        self._remember("targets", tpath)
        self._remember("observations", opath)
        self.target_statuses = statuses
        self._fill_targets()
        if statuses:
            self.targets_table.selectRow(0)
        self.draw_target_chart()
        return statuses

    @staticmethod
    def target_cells(st: at.TargetStatus, profile) -> List[str]:
        """Texts of a row of the targets table: target, baseline, target
        value, latest value, progress (%), status."""
        t = st.target
        sign = "≥" if t.direction == "at_least" else "≤"
        latest = st.latest
        progress = (
            "" if latest is None or latest.progress is None else f"{100 * latest.progress:.0f}"
        )
        return [
            tr("{indicator} ({region}, {year})").format(
                indicator=t.name(profile), region=t.region, year=t.target_year
            ),
            _number(t.baseline_value),
            f"{sign} {_number(t.target_value)}",
            "" if latest is None else _number(latest.value),
            progress,
            at.status_label(st.status),
        ]

    def _fill_targets(self):
        t = self.targets_table
        t.show()
        t.setRowCount(0)
        # short headings (a narrow dock), the full ones as tooltips
        t.set_headers([tr("Target name"), tr("Base"), tr("Goal"), tr("Latest"), "%", tr("Status")])
        for j, full in enumerate(
            [
                tr("Target name"),
                tr("Baseline"),
                tr("Target value"),
                tr("Latest value"),
                tr("Progress (%)"),
                tr("Status"),
            ]
        ):
            t.horizontalHeaderItem(j).setToolTip(full)
        t.setRowCount(len(self.target_statuses))
        for i, st in enumerate(self.target_statuses):
            tg = st.target
            tips = [
                f"{tg.name(self.profile)} · {tg.region}" + (f"\n{tg.source}" if tg.source else ""),
                tr("Baseline year {year}").format(year=tg.baseline_year),
                tr("Target year {year}").format(year=tg.target_year),
                "" if st.latest is None else tr("Observed in {year}").format(year=st.latest.year),
                "",
                ""
                if st.projected is None
                else tr("Linear projection to {year}: {value}").format(
                    year=tg.target_year, value=f"{st.projected:.2f}"
                ),
            ]
            for j, text in enumerate(self.target_cells(st, self.profile)):
                item = QTableWidgetItem(text)
                item.setToolTip(tips[j] or text)
                if j in (1, 2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if j == 5:
                    item.setBackground(QColor(STATUS_COLORS[st.status]))
                t.setItem(i, j, item)
        t.refit()

    def selected_target(self) -> Optional[at.TargetStatus]:
        rows = {i.row() for i in self.targets_table.selectedIndexes()}
        if not rows or not self.target_statuses:
            return self.target_statuses[0] if self.target_statuses else None
        return self.target_statuses[min(rows)]

    def draw_target_chart(self, *_):
        st = self.selected_target()
        if st is None:
            self.canvas.hide()
            self.chart_row.hide()
            return
        self.chart_row.show()
        self.canvas.show()
        self.fit_figure()
        self.figure.clear()
        if self.series_radio.isChecked():
            draw_series(self.figure, st, self.profile, narrow=True)
        else:
            draw_progress(self.figure, st, self.profile)
        self.canvas.draw()  # laid out now (legend placed), not on the next idle
