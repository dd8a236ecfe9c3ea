"""The warning-map dock (预警图) shell: the choices every tab shares — the
method profile (which also becomes the plugin's active profile, so the
algorithm dialogs and their help follow it), the result layer and its
classification, the class statistics of that choice — the tab widget with
one panel per tab (``gui/panels/``, registered in ``PANELS``), the message
line, the settings kept in the project and the cleanup.

Everything the dock does is also a Processing algorithm (class_statistics,
compare_periods, export_warning_map, evaluation_report)."""

from typing import Dict, List, Optional

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer
from qgis.gui import QgsDockWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..compat import LayerFilter, layer_filters
from ..core.errors import CCError
from ..core.i18n import tr
from ..core.profile import load_profile
from ..processing.framework.active import active_profile, active_profile_source, set_active_profile
from ..report import layers as rl
from ..report.results import View
from ..report.stats import ClassStats
from .panels import PANELS
from .panels.base import Panel
from .tabs import FittingTabWidget
from .widgets import narrow_combo, wrap_long_rows

SCOPE = "cc_warning"
#: Signals of the result layer after which the statistics are recounted.
WATCHED_SIGNALS = ("rendererChanged", "dataChanged", "layerModified", "afterRollBack")


class WarningMapDock(QgsDockWidget):
    """The dock shell. The shared choices are read with :meth:`current_layer`,
    :meth:`current_view`, :attr:`profile` and :attr:`stats`; a tab is
    reached with :meth:`panel` (its public methods are what its buttons
    call, so scripts and tests drive the dock the way a user does)."""

    #: Rasters with more cells than this get their statistics in a task.
    ASYNC_CELLS = 4_000_000

    def __init__(self, iface=None, parent=None, panels=None):
        super().__init__(tr("Carrying capacity warning map"), parent)
        self.setObjectName("CCWarningMapDock")
        self.iface = iface
        self.project = QgsProject.instance()
        self.profile = active_profile()
        self.views: List[View] = []
        self.stats: Optional[ClassStats] = None
        self.messages: List[str] = []
        self.panels: Dict[str, Panel] = {}
        self._watched = []
        self._stats_task = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh_statistics)
        self._build(PANELS if panels is None else panels)
        self.load_settings()
        #: the project signals this dock listens to, until cleanup()
        self._project_links = [(self.project.readProject, self.load_settings)]
        for signal, slot in self._project_links:
            signal.connect(slot)

    # ------------------------------------------------------------------ UI
    def _build(self, panel_classes):
        root = QWidget()
        box = QVBoxLayout(root)
        box.setContentsMargins(4, 4, 4, 4)
        form = wrap_long_rows(QFormLayout())
        self.profile_widget = QgsFileWidget()
        self.profile_widget.setFilter(tr("Method profile (*.toml)"))
        self.profile_widget.setToolTip(
            tr(
                "Empty: the built-in default profile. The profile "
                "chosen here is also the one the algorithm "
                "dialogs and their help use."
            )
        )
        source = active_profile_source()
        if source:
            self.profile_widget.setFilePath(source)
        self.profile_widget.fileChanged.connect(self._profile_changed)
        form.addRow(tr("Method profile"), self.profile_widget)
        self.result_combo = QgsMapLayerComboBox()
        self.result_combo.setFilters(
            layer_filters(LayerFilter.VectorLayer, LayerFilter.RasterLayer)
        )
        self.result_combo.setAllowEmptyLayer(True)
        self.result_combo.setLayer(None)
        self.result_combo.layerChanged.connect(self._result_changed)
        form.addRow(tr("Evaluation result"), self.result_combo)
        self.view_combo = narrow_combo()
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        form.addRow(tr("Classification"), self.view_combo)
        box.addLayout(form)

        self.tabs = FittingTabWidget()
        for cls in panel_classes:
            panel = cls(self)
            if panel.key in self.panels:
                raise ValueError(f"two panels with the key {panel.key!r}")
            self.panels[panel.key] = panel
            self.tabs.add_page(panel, panel.tab_icon(), panel.title(), panel.short_title())
        box.addWidget(self.tabs, 1)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.message_label)
        self.setWidget(root)

    def panel(self, key: str) -> Optional[Panel]:
        """The panel registered under ``key`` (``None`` when there is none)."""
        return self.panels.get(key)

    def show_panel(self, panel: Panel) -> None:
        self.tabs.setCurrentIndex(self.tabs.index_of_page(panel))

    # ------------------------------------------------------------- messages
    def show_message(self, text: str, level=None):
        level = Qgis.MessageLevel.Info if level is None else level
        self.messages.append(text)
        self.message_label.setText(text)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Warning map"), text, level, 8)

    def show_error(self, exc: Exception):
        self.show_message(str(exc), Qgis.MessageLevel.Critical)

    # ------------------------------------------------------------- settings
    def load_settings(self, *_):
        """Restore the choices stored in the project (result, and what each
        panel keeps: base map, page, layout variables)."""
        self.project = QgsProject.instance()
        for panel in self.panels.values():
            panel.load_settings(self.project)
        result_id, ok = self.project.readEntry(SCOPE, "result", "")
        if ok and result_id and self.project.mapLayer(result_id):
            self.result_combo.setLayer(self.project.mapLayer(result_id))

    # --------------------------------------------------------------- profile
    def _profile_changed(self, path):
        """Load the chosen profile and make it the plugin's active profile
        (the algorithms' dialogs and help follow it)."""
        try:
            profile = load_profile(path or None)
        except CCError as exc:
            self.show_error(exc)
            return
        self.profile = profile
        set_active_profile(path or "")
        if (active_profile_source() or "") != (path or ""):
            self.show_message(
                tr(
                    "The environment variable CC_WARNING_PROFILE ({source}) "
                    "sets the algorithms' profile; the dock uses {path}."
                ).format(source=active_profile_source(), path=path or tr("the built-in default")),
                Qgis.MessageLevel.Warning,
            )
        for panel in self.panels.values():
            panel.profile_changed(profile)
        self._result_changed(self.result_combo.currentLayer())

    # --------------------------------------------------------------- result
    def _result_changed(self, layer):
        for connection in self._watched:
            QObject.disconnect(connection)  # harmless when the layer is gone
        self._watched = []
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        self.views = []
        self.stats = None
        self.view_combo.blockSignals(False)
        if layer is not None:
            self.project.writeEntry(SCOPE, "result", layer.id())
            try:
                self.views = rl.layer_views(layer, self.profile)
            except CCError as exc:
                self.show_error(exc)
        if self.views:
            self.view_combo.blockSignals(True)
            for v in self.views:
                self.view_combo.addItem(v.title, v.key)
                self.view_combo.setItemData(
                    self.view_combo.count() - 1, v.title, Qt.ItemDataRole.ToolTipRole
                )
            stored = layer.customProperty("cc_warning/view", "")
            keys = [v.key for v in self.views]
            self.view_combo.setCurrentIndex(keys.index(stored) if stored in keys else 0)
            self.view_combo.blockSignals(False)
            self._watched = [
                getattr(layer, signal).connect(self._refresh_timer.start)
                for signal in WATCHED_SIGNALS
                if hasattr(layer, signal)
            ]
        for panel in self.panels.values():
            panel.result_changed(layer)
        if self.views:
            self.refresh_statistics()
        else:
            self._stats_ready()

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

    # ------------------------------------------------------------ statistics
    def refresh_statistics(self):
        """Count the classes of the current result and classification (in a
        background task for a large raster) and tell the panels."""
        layer, view = self.current_layer(), self.current_view()
        self.stats = None
        if layer is not None and view is not None:
            try:
                if (
                    isinstance(layer, QgsRasterLayer)
                    and layer.width() * layer.height() > self.ASYNC_CELLS
                ):
                    self._raster_stats_task(layer, view)
                    return
                self.stats = rl.layer_statistics(layer, view, self.profile)
            except CCError as exc:
                self.show_error(exc)
        self._stats_ready()

    def _raster_stats_task(self, layer, view):
        from qgis.core import QgsTask

        source, name, profile = layer.source(), layer.name(), self.profile

        def work(task):
            return rl.raster_statistics(
                source, name, view, profile, task.isCanceled, task.setProgress
            )[0]

        def done(exception, result=None):
            if exception is None and result is not None:
                self.stats = result
                self._stats_ready()
            elif exception is not None:
                self.show_error(exception)

        task = QgsTask.fromFunction(
            tr("Class statistics of {layer}").format(layer=name), work, on_finished=done
        )
        self._stats_task = task
        QgsApplication.taskManager().addTask(task)
        self._stats_ready()
        self.show_message(
            tr("Counting the cells of '{layer}' in the background…").format(layer=name)
        )

    def _stats_ready(self):
        for panel in self.panels.values():
            panel.stats_changed(self.stats)

    # --------------------------------------------------------------- cleanup
    def closeEvent(self, event):  # noqa: N802 (Qt API)
        for panel in self.panels.values():
            panel.closed()
        super().closeEvent(event)

    def cleanup(self):
        """Disconnect from the project and stop the panels' tools and tasks
        (on plugin unload)."""
        for signal, slot in self._project_links:
            signal.disconnect(slot)
        self._project_links = []  # a second cleanup has nothing to undo
        for panel in self.panels.values():
            panel.cleanup()
