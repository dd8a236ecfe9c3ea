"""The warning-map dock (预警图): pick an evaluation result, style it from the
method profile, draw it over the planning base map, see and export the
statistics, compare two periods, click a unit to read its indices, classes
and cause, make an A4/A3 layout and the evaluation report.

Everything the dock does is also a Processing algorithm (class_statistics,
compare_periods, export_warning_map, evaluation_report)."""

import os
from typing import Dict, List, Optional

from qgis.core import (Qgis, QgsApplication, QgsCoordinateTransform, QgsExpressionContextUtils,
                       QgsFeatureRequest, QgsMapLayer, QgsProcessingContext,
                       QgsProcessingFeedback, QgsProject, QgsRasterLayer, QgsRectangle,
                       QgsVectorLayer)
from qgis.gui import QgsDockWidget, QgsFileWidget, QgsMapLayerComboBox, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import QObject, Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFileDialog,
                                 QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                                 QLineEdit, QProgressBar, QPushButton, QRadioButton,
                                 QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
                                 QTextBrowser, QVBoxLayout, QWidget)

from ..compat import LayerFilter, layer_filters
from ..core.errors import CCError
from ..core.i18n import tr
from ..core.profile import load_profile
from ..layouts import builder
from ..layouts.mapping import default_subtitle, default_title
from ..report import layers as rl
from ..report.charts import class_chart
from ..report.html import unit_summary_html
from ..report.results import View, class_set, unit_summary
from ..report.stats import ClassStats
from ..report.tables import stats_frame, write_table
from ..styles.basemap import (ROLES, apply_basemap_style, crs_note, draw_order, remote_reason,
                              require_local, role_title)
from ..styles.result_styles import apply_view_style
from .tasks import AlgorithmTask

SCOPE = "cc_warning"
#: Signals of the result layer after which the statistics are recounted.
WATCHED_SIGNALS = ("rendererChanged", "dataChanged", "layerModified", "afterRollBack")

#: Words in a layer name that suggest its base-map role (filled in only when
#: the project has no choice stored yet).
ROLE_HINTS = {
    "county": ("county", "县级", "县界", "区县", "县域"),
    "township": ("township", "乡镇", "街道"),
    "eco_redline": ("eco_redline", "生态保护红线", "生态红线", "redline"),
    "farmland": ("farmland", "永久基本农田", "基本农田"),
    "urban_boundary": ("urban_boundary", "城镇开发边界", "开发边界"),
    "landuse": ("landuse", "land_use", "土地利用", "地类", "三调"),
}


def guess_role(name: str) -> Optional[str]:
    low = name.lower()
    for role, words in ROLE_HINTS.items():
        if any(w in low for w in words):
            return role
    return None


class WarningMapDock(QgsDockWidget):
    """The dock. Its public methods are what the buttons call, so scripts and
    tests drive it the same way a user does."""

    #: Rasters with more cells than this get their statistics in a task.
    ASYNC_CELLS = 4_000_000

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Carrying capacity warning map"), parent)
        self.setObjectName("CCWarningMapDock")
        self.iface = iface
        self.project = QgsProject.instance()
        self.profile = load_profile()
        self.views: List[View] = []
        self.stats: Optional[ClassStats] = None
        self.changes = None
        self.change_layer = None
        self.messages: List[str] = []
        self.report_task = None
        self._report_feedback = None
        self._map_tool = None
        self._watched = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh_statistics)
        self._build()
        self.load_settings()
        #: the project signals this dock listens to, until cleanup()
        self._project_links = [(self.project.readProject, self.load_settings),
                               (self.project.layersAdded, self._guess_base_layers)]
        for signal, slot in self._project_links:
            signal.connect(slot)

    # ------------------------------------------------------------------ UI
    def _build(self):
        root = QWidget()
        box = QVBoxLayout(root)
        form = QFormLayout()
        self.profile_widget = QgsFileWidget()
        self.profile_widget.setFilter(tr("Method profile (*.toml)"))
        self.profile_widget.setToolTip(tr("Empty: the built-in default profile."))
        self.profile_widget.fileChanged.connect(self._profile_changed)
        form.addRow(tr("Method profile"), self.profile_widget)
        self.result_combo = QgsMapLayerComboBox()
        self.result_combo.setFilters(layer_filters(LayerFilter.VectorLayer,
                                                   LayerFilter.RasterLayer))
        self.result_combo.setAllowEmptyLayer(True)
        self.result_combo.setLayer(None)
        self.result_combo.layerChanged.connect(self._result_changed)
        form.addRow(tr("Evaluation result"), self.result_combo)
        self.view_combo = QComboBox()
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        form.addRow(tr("Classification"), self.view_combo)
        box.addLayout(form)
        self.style_button = QPushButton(tr("Apply standard style"))
        self.style_button.setToolTip(tr("Colours and labels from the method profile; the "
                                        "layer's own style stays available as a named "
                                        "style."))
        self.style_button.clicked.connect(self.apply_style)
        box.addWidget(self.style_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._base_tab(), tr("Base map"))
        self.tabs.addTab(self._stats_tab(), tr("Statistics"))
        self.tabs.addTab(self._compare_tab(), tr("Compare periods"))
        self.tabs.addTab(self._unit_tab(), tr("Unit"))
        self.tabs.addTab(self._layout_tab(), tr("Layout and report"))
        box.addWidget(self.tabs)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.message_label)
        self.setWidget(root)

    def _base_tab(self):
        w = QWidget()
        form = QFormLayout(w)
        self.base_combos: Dict[str, QgsMapLayerComboBox] = {}
        for role in reversed(ROLES):
            combo = QgsMapLayerComboBox()
            if role == "raster":
                combo.setFilters(layer_filters(LayerFilter.RasterLayer))
            else:
                combo.setFilters(layer_filters(LayerFilter.PolygonLayer,
                                               LayerFilter.LineLayer))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            self.base_combos[role] = combo
            form.addRow(role_title(self.profile, role), combo)
        self.base_button = QPushButton(tr("Draw base map"))
        self.base_button.setToolTip(tr("Conventional planning-map symbols; boundaries over "
                                       "the result, areas under it. Only local files: no "
                                       "online service is used."))
        self.base_button.clicked.connect(self.apply_basemap)
        form.addRow(self.base_button)
        return w

    def _stats_tab(self):
        w = QWidget()
        box = QVBoxLayout(w)
        self.stats_table = QTableWidget(0, 5)
        self.stats_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stats_table.verticalHeader().setVisible(False)
        self.stats_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.stats_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 6)
        box.addWidget(self.stats_table)
        row = QHBoxLayout()
        self.bar_radio = QRadioButton(tr("Bar chart"))
        self.pie_radio = QRadioButton(tr("Pie chart"))
        self.bar_radio.setChecked(True)
        self.bar_radio.toggled.connect(self.draw_chart)
        row.addWidget(self.bar_radio)
        row.addWidget(self.pie_radio)
        row.addStretch(1)
        self.export_stats_button = QPushButton(tr("Export table…"))
        self.export_stats_button.clicked.connect(self._ask_export_statistics)
        row.addWidget(self.export_stats_button)
        box.addLayout(row)
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
        from matplotlib.figure import Figure
        self.figure = Figure(figsize=(4, 3))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(220)
        box.addWidget(self.canvas)
        return w

    def _compare_tab(self):
        w = QWidget()
        box = QVBoxLayout(w)
        form = QFormLayout()
        self.earlier_combo = QgsMapLayerComboBox()
        self.earlier_combo.setFilters(layer_filters(LayerFilter.VectorLayer))
        self.earlier_combo.setAllowEmptyLayer(True)
        self.earlier_combo.setLayer(None)
        form.addRow(tr("Earlier result"), self.earlier_combo)
        self.later_combo = QgsMapLayerComboBox()
        self.later_combo.setFilters(layer_filters(LayerFilter.VectorLayer))
        self.later_combo.setAllowEmptyLayer(True)
        self.later_combo.setLayer(None)
        form.addRow(tr("Later result"), self.later_combo)
        box.addLayout(form)
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.clicked.connect(self.compare_periods)
        box.addWidget(self.compare_button)
        self.change_table = QTableWidget(0, 5)
        self.change_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.change_table.verticalHeader().setVisible(False)
        box.addWidget(self.change_table)
        self.export_changes_button = QPushButton(tr("Export table…"))
        self.export_changes_button.clicked.connect(self._ask_export_changes)
        box.addWidget(self.export_changes_button)
        return w

    def _unit_tab(self):
        w = QWidget()
        box = QVBoxLayout(w)
        self.identify_button = QPushButton(tr("Click a unit on the map"))
        self.identify_button.setCheckable(True)
        self.identify_button.toggled.connect(self._identify_toggled)
        box.addWidget(self.identify_button)
        self.unit_browser = QTextBrowser()
        box.addWidget(self.unit_browser)
        return w

    def _layout_tab(self):
        w = QWidget()
        box = QVBoxLayout(w)
        form = QFormLayout()
        self.template_combo = QComboBox()
        for key in builder.TEMPLATES:
            self.template_combo.addItem(builder.template_title(key), key)
        form.addRow(tr("Page"), self.template_combo)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("Default: from the classification"))
        form.addRow(tr("Title"), self.title_edit)
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setPlaceholderText(tr("Default: evaluation year and method"))
        form.addRow(tr("Subtitle"), self.subtitle_edit)
        box.addLayout(form)
        group = QGroupBox(tr("Project variables (set once, used by every layout)"))
        vform = QFormLayout(group)
        self.variable_edits = {}
        for name, text in (("cc_org", tr("编制单位 (prepared by)")),
                           ("cc_date", tr("编制日期 (date)")),
                           ("cc_review_no", tr("审图号 (map review number)")),
                           ("cc_data_source", tr("数据来源 (data source)"))):
            edit = QLineEdit()
            edit.editingFinished.connect(lambda n=name, e=edit: self.set_project_variable(
                n, e.text()))
            self.variable_edits[name] = edit
            vform.addRow(text, edit)
        box.addWidget(group)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Resolution (dpi)")))
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(72, 1200)
        self.dpi_spin.setValue(self.profile.get("maps.dpi"))
        row.addWidget(self.dpi_spin)
        row.addStretch(1)
        box.addLayout(row)
        self.layout_button = QPushButton(tr("Create layout"))
        self.layout_button.setToolTip(tr("Adds an editable layout to the project's layout "
                                         "manager and opens it."))
        self.layout_button.clicked.connect(lambda: self.create_layout(open_designer=True))
        box.addWidget(self.layout_button)
        self.export_button = QPushButton(tr("Export PDF and PNG…"))
        self.export_button.clicked.connect(self._ask_export_map)
        box.addWidget(self.export_button)
        self.report_button = QPushButton(tr("Evaluation report…"))
        self.report_button.setToolTip(tr("Workbook (xlsx) and HTML report, made in the "
                                         "background."))
        self.report_button.clicked.connect(self._ask_report)
        box.addWidget(self.report_button)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_report)
        row.addWidget(self.cancel_button)
        box.addLayout(row)
        box.addStretch(1)
        return w

    # ------------------------------------------------------------- messages
    def show_message(self, text: str, level=Qgis.MessageLevel.Info):
        self.messages.append(text)
        self.message_label.setText(text)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Warning map"), text, level, 8)

    def show_error(self, exc: Exception):
        self.show_message(str(exc), Qgis.MessageLevel.Critical)

    # ------------------------------------------------------------- settings
    def load_settings(self, *_):
        """Restore the choices stored in the project (result, base map,
        page) and its layout variables."""
        self.project = QgsProject.instance()
        read = self.project.readEntry
        for role, combo in self.base_combos.items():
            layer_id, ok = read(SCOPE, f"basemap/{role}", "")
            combo.setLayer(self.project.mapLayer(layer_id) if ok and layer_id else None)
        result_id, ok = read(SCOPE, "result", "")
        if ok and result_id and self.project.mapLayer(result_id):
            self.result_combo.setLayer(self.project.mapLayer(result_id))
        template, ok = read(SCOPE, "template", "")
        if ok and template in builder.TEMPLATES:
            self.template_combo.setCurrentIndex(builder.TEMPLATES.index(template))
        scope = QgsExpressionContextUtils.projectScope(self.project)
        for name, edit in self.variable_edits.items():
            edit.setText(str(scope.variable(name) or "") if scope.hasVariable(name) else "")
        self._guess_base_layers()

    def _guess_base_layers(self, *_):
        for layer in self.project.mapLayers().values():
            role = guess_role(layer.name())
            if role is None:
                continue
            combo = self.base_combos[role]
            stored, ok = self.project.readEntry(SCOPE, f"basemap/{role}", "")
            fits = isinstance(layer, QgsVectorLayer) and layer.geometryType() in (1, 2)
            if combo.currentLayer() is None and not stored and fits and \
                    remote_reason(layer) is None:
                combo.setLayer(layer)

    def set_project_variable(self, name: str, value: str):
        QgsExpressionContextUtils.setProjectVariable(self.project, name, value)
        self.variable_edits[name].setText(value)

    def base_layers(self) -> Dict[str, QgsMapLayer]:
        return {role: c.currentLayer() for role, c in self.base_combos.items()
                if c.currentLayer() is not None}

    # --------------------------------------------------------------- result
    def _profile_changed(self, path):
        try:
            self.profile = load_profile(path or None)
        except CCError as exc:
            self.show_error(exc)
            return
        self._result_changed(self.result_combo.currentLayer())

    def _result_changed(self, layer):
        for connection in self._watched:
            QObject.disconnect(connection)      # harmless when the layer is gone
        self._watched = []
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        self.views = []
        self.stats = None
        self.view_combo.blockSignals(False)
        if layer is None:
            self._show_stats()
            return
        self.project.writeEntry(SCOPE, "result", layer.id())
        try:
            self.views = rl.layer_views(layer, self.profile)
        except CCError as exc:
            self.show_error(exc)
            self._show_stats()
            return
        self.view_combo.blockSignals(True)
        for v in self.views:
            self.view_combo.addItem(v.title, v.key)
        stored = layer.customProperty("cc_warning/view", "")
        keys = [v.key for v in self.views]
        self.view_combo.setCurrentIndex(keys.index(stored) if stored in keys else 0)
        self.view_combo.blockSignals(False)
        self._watched = [getattr(layer, signal).connect(self._refresh_timer.start)
                         for signal in WATCHED_SIGNALS if hasattr(layer, signal)]
        if self.later_combo.currentLayer() is None and isinstance(layer, QgsVectorLayer):
            self.later_combo.setLayer(layer)
        self.refresh_statistics()

    def _view_changed(self, _index):
        self.refresh_statistics()

    def current_layer(self):
        return self.result_combo.currentLayer()

    def current_view(self) -> Optional[View]:
        key = self.view_combo.currentData()
        for v in self.views:
            if v.key == key:
                return v
        return self.views[0] if self.views else None

    def set_result(self, layer, view_key: str = ""):
        """Choose the result layer (and the classification by key)."""
        self.result_combo.setLayer(layer)
        if view_key:
            i = self.view_combo.findData(view_key)
            if i < 0:
                raise KeyError(view_key)
            self.view_combo.setCurrentIndex(i)

    def apply_style(self):
        """Style the result with the profile's colours and labels."""
        layer, view = self.current_layer(), self.current_view()
        if layer is None or view is None:
            self.show_message(tr("Choose an evaluation result first."), Qgis.MessageLevel.Warning)
            return False
        try:
            rl.check_not_empty(layer)
            counts = None
            if isinstance(layer, QgsRasterLayer):
                _, counts = rl.raster_statistics(layer.source(), layer.name(), view,
                                                 self.profile)
            apply_view_style(layer, view, self.profile, counts)
        except CCError as exc:
            self.show_error(exc)
            return False
        # (an interface without a layer tree, as in scripts and tests, has nothing to refresh)
        tree = getattr(self.iface, "layerTreeView", None)
        if tree is not None:
            tree().refreshLayerSymbology(layer.id())
        self.refresh_statistics()
        if self.stats is not None and self.stats.unknown:
            self.show_message(tr("{n} unit(s) or cell(s) hold classes the method profile "
                                 "does not know ({codes}): drawn grey as unclassified.").format(
                n=self.stats.unclassified_count, codes=", ".join(sorted(self.stats.unknown))),
                Qgis.MessageLevel.Warning)
        else:
            self.show_message(tr("Styled '{layer}': {view}.").format(layer=layer.name(),
                                                                     view=view.title))
        return True

    # ------------------------------------------------------------- base map
    def apply_basemap(self):
        """Style the chosen base-map layers, put boundaries over the result
        and areas under it, and remember the choice in the project."""
        result = self.current_layer()
        base = self.base_layers()
        notes = []
        try:
            for role, layer in base.items():
                require_local(layer)
            for role, layer in base.items():
                apply_basemap_style(layer, role, self.profile)
                if result is not None:
                    note = crs_note(layer, result.crs())
                    if note:
                        notes.append(note)
        except CCError as exc:
            self.show_error(exc)
            return False
        for role in ROLES:
            layer = base.get(role)
            self.project.writeEntry(SCOPE, f"basemap/{role}", layer.id() if layer else "")
        if result is not None:
            self._order_layers(result, base)
        text = tr("Base map drawn: {layers}.").format(
            layers=", ".join(role_title(self.profile, r) for r in ROLES if r in base)) \
            if base else tr("No base-map layer chosen.")
        self.show_message(" ".join([text] + notes))
        return True

    def _order_layers(self, result, base):
        """Move the layers in the layer tree, top to bottom as
        :func:`draw_order` says, to where the result is. The moved nodes are
        inserted before the old ones are removed (a layer whose last node
        leaves the tree would leave the project)."""
        root = self.project.layerTreeRoot()
        result_node = root.findLayer(result.id())
        if result_node is None:
            return
        parent = result_node.parent()
        index = parent.children().index(result_node)
        old = []
        for offset, layer in enumerate(draw_order(result, base, self.profile)):
            node = root.findLayer(layer.id())
            if node is None:
                continue
            parent.insertChildNode(index + offset, node.clone())
            old.append(node)
        for node in old:
            node.parent().removeChildNode(node)

    # ------------------------------------------------------------ statistics
    def refresh_statistics(self):
        layer, view = self.current_layer(), self.current_view()
        self.stats = None
        if layer is not None and view is not None:
            try:
                if isinstance(layer, QgsRasterLayer) and \
                        layer.width() * layer.height() > self.ASYNC_CELLS:
                    self._raster_stats_task(layer, view)
                    return
                self.stats = rl.layer_statistics(layer, view, self.profile)
            except CCError as exc:
                self.show_error(exc)
        self._show_stats()

    def _raster_stats_task(self, layer, view):
        from qgis.core import QgsTask
        source, name, profile = layer.source(), layer.name(), self.profile

        def work(task):
            return rl.raster_statistics(source, name, view, profile, task.isCanceled,
                                        task.setProgress)[0]

        def done(exception, result=None):
            if exception is None and result is not None:
                self.stats = result
                self._show_stats()
            elif exception is not None:
                self.show_error(exception)
        task = QgsTask.fromFunction(tr("Class statistics of {layer}").format(layer=name),
                                    work, on_finished=done)
        self._stats_task = task
        QgsApplication.taskManager().addTask(task)
        self.show_message(tr("Counting the cells of '{layer}' in the background…").format(
            layer=name))

    def _show_stats(self):
        t = self.stats_table
        t.setRowCount(0)
        st = self.stats
        if st is None:
            t.setColumnCount(0)
            self.figure.clear()
            self.canvas.draw_idle()
            return
        headers = builder.stats_headers(st)
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        rows = builder.stats_rows(st)
        t.setRowCount(len(rows))
        for i, (r, values) in enumerate(zip(st.rows, rows)):
            swatch = QTableWidgetItem("")
            swatch.setBackground(QColor(r.color))
            swatch.setData(Qt.ItemDataRole.UserRole, r.code)
            t.setItem(i, 0, swatch)
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                t.setItem(i, j + 1, item)
        self.draw_chart()

    def chart_kind(self) -> str:
        return "pie" if self.pie_radio.isChecked() else "bar"

    def draw_chart(self, *_):
        if self.stats is None:
            return
        view = self.current_view()
        class_chart(self.stats, view.title if view else "", self.profile, self.chart_kind(),
                    figure=self.figure)
        self.canvas.draw_idle()

    def export_statistics(self, path: str) -> str:
        if self.stats is None:
            raise CCError(tr("No statistics yet: choose an evaluation result."))
        view = self.current_view()
        return write_table(path, stats_frame(self.stats), view.title if view else "")

    def _ask_export_statistics(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export statistics"), "",
                                              tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            try:
                self.export_statistics(path)
                self.show_message(tr("Statistics written: {path}").format(path=path))
            except CCError as exc:
                self.show_error(exc)

    # --------------------------------------------------------------- compare
    def compare_periods(self):
        """Run compare_periods on the two chosen results and add the styled
        change layer to the project."""
        import processing
        earlier, later = self.earlier_combo.currentLayer(), self.later_combo.currentLayer()
        if earlier is None or later is None:
            self.show_message(tr("Choose the earlier and the later result."),
                              Qgis.MessageLevel.Warning)
            return None
        view = self.current_view()
        from ..layouts.mapping import VIEW_KEYS
        key = view.key if view is not None and view.key in VIEW_KEYS else ""
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = QgsProcessingFeedback()
        try:
            res = processing.run("cc_warning:compare_periods", {
                "EARLIER": earlier, "LATER": later, "VIEW": VIEW_KEYS.index(key),
                "PROFILE": self.profile.source, "OUTPUT": "memory:"},
                context=context, feedback=feedback)
        except Exception as exc:  # QgsProcessingException carries the user message
            self.show_message(str(exc), Qgis.MessageLevel.Critical)
            return None
        layer = res["OUTPUT"]
        layer.setName(tr("Change {a} → {b}").format(a=earlier.name(), b=later.name()))
        from ..processing.alg_map_compare import change_view
        apply_view_style(layer, change_view(), self.profile, opacity=1.0)
        self.project.addMapLayer(layer)
        self.change_layer = layer
        self._fill_change_table(layer)
        self.show_message(tr("Raised: {up}, lowered: {down}.").format(
            up=res["RAISED"], down=res["LOWERED"]))
        return layer

    def _fill_change_table(self, layer):
        cols = ["unit_code", "unit_name", "label_before", "label_after", "change_label"]
        heads = [tr("Unit code"), tr("Name"), tr("Earlier"), tr("Later"), tr("Change")]
        t = self.change_table
        feats = list(layer.getFeatures())
        t.setColumnCount(len(cols))
        t.setHorizontalHeaderLabels(heads)
        t.setRowCount(len(feats))
        cset = class_set(self.profile, "maps.change_classes")
        for i, f in enumerate(feats):
            for j, c in enumerate(cols):
                v = rl.plain(f[c])
                t.setItem(i, j, QTableWidgetItem("" if v is None else str(v)))
            e = cset.entry(rl.plain(f["change"]))
            if e is not None:
                t.item(i, 4).setBackground(QColor(e.color))

    def export_changes(self, path: str) -> str:
        if self.change_layer is None:
            raise CCError(tr("Compare two periods first."))
        rows = [{n: rl.plain(f[n]) for n in f.fields().names()}
                for f in self.change_layer.getFeatures()]
        import pandas as pd
        return write_table(path, pd.DataFrame(rows), tr("Period changes"))

    def _ask_export_changes(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export changes"), "",
                                              tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            try:
                self.export_changes(path)
                self.show_message(tr("Changes written: {path}").format(path=path))
            except CCError as exc:
                self.show_error(exc)

    # ------------------------------------------------------------------ unit
    def _identify_toggled(self, on):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        if on:
            self._map_tool = QgsMapToolEmitPoint(canvas)
            self._map_tool.canvasClicked.connect(
                lambda point, _button: self.show_unit_at(point, canvas.mapSettings()
                                                         .destinationCrs()))
            canvas.setMapTool(self._map_tool)
        elif self._map_tool is not None:
            canvas.unsetMapTool(self._map_tool)
            self._map_tool = None

    def show_unit_at(self, point, crs) -> str:
        """Show what the result says at a map point (in ``crs``)."""
        layer = self.current_layer()
        if layer is None:
            return ""
        if layer.crs() != crs:
            point = QgsCoordinateTransform(crs, layer.crs(), self.project).transform(point)
        if isinstance(layer, QgsRasterLayer):
            return self._show_cell(layer, point)
        tol = layer.extent().width() / 1e6 or 1e-9
        rect = QgsRectangle(point.x() - tol, point.y() - tol, point.x() + tol, point.y() + tol)
        from qgis.core import QgsGeometry
        pt = QgsGeometry.fromPointXY(point)
        for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
            if f.hasGeometry() and f.geometry().intersects(pt):
                return self.show_unit(f)
        self.unit_browser.setHtml(tr("No unit here."))
        return ""

    def show_unit(self, feature) -> str:
        row = {n: rl.plain(v) for n, v in zip(feature.fields().names(), feature.attributes())}
        vector_views = [v for v in self.views if not v.is_raster]
        s = unit_summary(row, vector_views, self.profile)
        heading = " ".join(x for x in (s.name, s.code) if x) or tr("Unit")
        text = unit_summary_html(s, heading, tr("Cause:"), tr("Trend components (annual "
                                                               "change rates, %)"))
        self.unit_browser.setHtml(text)
        self.tabs.setCurrentIndex(3)
        return text

    def _show_cell(self, layer, point) -> str:
        view = self.current_view()
        value, ok = layer.dataProvider().sample(point, view.band if view else 1)
        if not ok:
            self.unit_browser.setHtml(tr("No data here."))
            return ""
        cset = class_set(self.profile, view.set_key)
        e = cset.entry(value)
        label = e.label if e else tr("Unclassified ({codes})").format(codes=value)
        text = f"<h3>{view.title}</h3><p>{label} ({value:g})</p>"
        self.unit_browser.setHtml(text)
        return text

    # ---------------------------------------------------------------- layout
    def _content(self) -> builder.MapContent:
        layer, view = self.current_layer(), self.current_view()
        if layer is None or view is None:
            raise CCError(tr("Choose an evaluation result first."))
        rl.check_not_empty(layer)
        if self.stats is None:
            self.stats = rl.layer_statistics(layer, view, self.profile)
        year = None
        if isinstance(layer, QgsVectorLayer):
            rows, _, _ = rl.read_rows(layer, with_area=False)
            year = rl.year_of(rows)
        base = self.base_layers()
        for lyr in base.values():
            require_local(lyr)
        return builder.MapContent(layer, view, self.title_edit.text() or default_title(view),
                                  self.subtitle_edit.text() or default_subtitle(view, year),
                                  self.stats, base, [], {})

    def create_layout(self, open_designer: bool = False, add: bool = True):
        """A filled layout, added to the project's layout manager (``add``)."""
        key = self.template_combo.currentData()
        self.project.writeEntry(SCOPE, "template", key)
        for name, edit in self.variable_edits.items():
            if edit.text():
                QgsExpressionContextUtils.setProjectVariable(self.project, name, edit.text())
        try:
            content = self._content()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                layout, messages = builder.build_layout(self.project, key, content,
                                                        self.profile, content.title, add=add)
            finally:
                QApplication.restoreOverrideCursor()
        except CCError as exc:
            self.show_error(exc)
            return None
        for m in messages:
            self.show_message(m, Qgis.MessageLevel.Warning)
        if add:
            self.show_message(tr("Layout '{name}' added to the project.").format(
                name=layout.name()))
        designer = getattr(self.iface, "openLayoutDesigner", None)
        if open_designer and designer is not None:
            designer(layout)
        return layout

    def export_map(self, pdf: str = "", png: str = "", layout=None):
        """Export a layout to PDF and/or PNG (without one, a new layout that is
        not added to the project)."""
        layout = layout or self.create_layout(add=False)
        if layout is None:
            return None
        dpi = self.dpi_spin.value()
        written = []
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                if pdf:
                    written.append(builder.export_pdf(layout, pdf, dpi))
                if png:
                    written.append(builder.export_png(layout, png, dpi))
            finally:
                QApplication.restoreOverrideCursor()
        except CCError as exc:
            self.show_error(exc)
            return None
        self.show_message(tr("Written: {files}").format(files=", ".join(written)))
        return written

    def _ask_export_map(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export warning map"), "",
                                              "PDF (*.pdf)")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.export_map(path, os.path.splitext(path)[0] + ".png")

    # ---------------------------------------------------------------- report
    def run_report(self, xlsx: str, html: str, open_when_done: bool = False):
        """Make the evaluation report in a background task (progress bar,
        Cancel button). Returns the task."""
        from ..processing.alg_report import EvaluationReportAlgorithm
        layer = self.current_layer()
        params = {"PROFILE": self.profile.source, "OUTPUT_XLSX": xlsx, "OUTPUT_HTML": html,
                  "ORG": self.variable_edits["cc_org"].text()}
        if isinstance(layer, QgsRasterLayer):
            params["RASTERS"] = [layer.id()]
        elif layer is not None:
            params["INPUT"] = layer.id()
        if self.title_edit.text():
            params["TITLE"] = self.title_edit.text()
        county = self.base_combos["county"].currentLayer()
        if county is not None:
            params["COUNTY"] = county.id()
        earlier = self.earlier_combo.currentLayer()
        if earlier is not None and layer is not None and earlier.id() != layer.id() and \
                isinstance(layer, QgsVectorLayer):
            params["EARLIER"] = earlier.id()
        alg = QgsApplication.processingRegistry().algorithmById("cc_warning:evaluation_report")
        alg = alg.create() if alg is not None else EvaluationReportAlgorithm()
        self._report_context = QgsProcessingContext()
        self._report_context.setProject(self.project)
        self._report_feedback = QgsProcessingFeedback()
        self._report_feedback.progressChanged.connect(
            lambda p: self.progress.setValue(int(p)))
        ok, problem = alg.checkParameterValues(params, self._report_context)
        if not ok:
            self.show_message(problem, Qgis.MessageLevel.Critical)
            return None
        task = AlgorithmTask(alg, params, self._report_context, self._report_feedback,
                             tr("Evaluation report"))
        if not task.prepared:
            self.show_message(tr("The report could not start: {why}").format(
                why=task.error), Qgis.MessageLevel.Critical)
            alg.release_layers()
            return None
        task.executed.connect(lambda ok, results, error: self._report_done(
            ok, results, error, open_when_done))
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
            self.show_message(tr("The report was not written: {why}").format(
                why=error or tr("cancelled")), Qgis.MessageLevel.Warning)

    def cancel_report(self):
        if self.report_task is not None:
            self.report_task.cancel()

    def _ask_report(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Evaluation report"), "",
                                              tr("HTML (*.html)"))
        if not path:
            return
        base = os.path.splitext(path)[0]
        self.run_report(base + ".xlsx", base + ".html", open_when_done=True)

    # --------------------------------------------------------------- cleanup
    def closeEvent(self, event):  # noqa: N802 (Qt API)
        if self.identify_button.isChecked():
            self.identify_button.setChecked(False)
        super().closeEvent(event)

    def cleanup(self):
        """Disconnect from the project (on plugin unload)."""
        for signal, slot in self._project_links:
            signal.disconnect(slot)
        self._project_links = []                 # a second cleanup has nothing to undo
        if self.identify_button.isChecked():
            self.identify_button.setChecked(False)
        self.cancel_report()
