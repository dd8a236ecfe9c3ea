"""The QGIS plugin object: registers the Processing provider and the
toolbar/menu entry, and removes both on unload."""

import importlib.util
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon

from . import qt_i18n
from .compat import QAction
from .core.i18n import tr
from .processing.provider import CCWarningProvider

PLUGIN_DIR = os.path.dirname(__file__)


def plugin_icon() -> QIcon:
    """The plugin icon from the compiled resources, or the SVG file (a source
    checkout has no compiled resources)."""
    if importlib.util.find_spec(f"{__package__}.resources_rc") is not None:
        from . import resources_rc  # noqa: F401  (registers :/plugins/cc_warning_plugin)

        icon = QIcon(":/plugins/cc_warning_plugin/icon.svg")
        if not icon.isNull():
            return icon
    return QIcon(os.path.join(PLUGIN_DIR, "icons", "icon.svg"))


class CCWarningPlugin:
    """Plugin object created by :func:`classFactory`."""

    MENU = "&Carrying capacity warning"

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.docks = []
        self.dock_actions = []
        qt_i18n.install()

    # -- Processing ---------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the provider (called by QGIS and by qgis_process)."""
        if self.provider is None:
            self.provider = CCWarningProvider(plugin_icon())
            QgsApplication.processingRegistry().addProvider(self.provider)

    # -- GUI ----------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        if self.iface is None:
            return
        self.toolbar = self.iface.addToolBar(tr("Carrying capacity warning"))
        self.toolbar.setObjectName("CCWarningToolbar")
        action = QAction(
            plugin_icon(),
            tr("Resource and environmental carrying capacity warning"),
            self.iface.mainWindow(),
        )
        action.setObjectName("CCWarningOpenToolbox")
        action.setToolTip(tr("Open the carrying-capacity evaluations in the Processing toolbox"))
        action.triggered.connect(self.show_toolbox)
        self.toolbar.addAction(action)
        self.iface.addPluginToMenu(self.menu_title(), action)
        self.actions.append(action)
        self.add_warning_map_dock()

    def add_warning_map_dock(self):
        """The warning-map dock (hidden until its toolbar button is pressed)."""
        from qgis.PyQt.QtCore import Qt
        from .gui.dock import WarningMapDock

        dock = WarningMapDock(self.iface, self.iface.mainWindow())
        dock.hide()
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.docks.append(dock)
        action = dock.toggleViewAction()
        action.setIcon(plugin_icon())
        action.setText(tr("Warning map, statistics and report"))
        action.setObjectName("CCWarningMapDockAction")
        action.setToolTip(
            tr(
                "Open the warning-map dock: style a result over the planning "
                "base map, statistics, period comparison, layouts and the "
                "evaluation report"
            )
        )
        self.toolbar.addAction(action)
        self.iface.addPluginToMenu(self.menu_title(), action)
        self.dock_actions = [action]
        from .layouts.builder import register_template_folder

        register_template_folder()
        return dock

    @staticmethod
    def menu_title() -> str:
        return tr("Carrying capacity warning")

    def show_toolbox(self):
        """Show the Processing toolbox filtered to this plugin's algorithms."""
        from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit

        dock = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        if dock is None:
            return
        dock.setVisible(True)
        dock.raise_()
        search = dock.findChild(QLineEdit, "searchBox")
        if search is not None and self.provider is not None:
            search.setText(self.provider.name())

    def unload(self):
        for action in self.actions:
            self.iface.removePluginMenu(self.menu_title(), action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        for action in self.dock_actions:
            self.iface.removePluginMenu(self.menu_title(), action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
        self.dock_actions = []
        if self.docks:
            from .layouts.builder import unregister_template_folder

            unregister_template_folder()
        for dock in self.docks:
            dock.cleanup()
            self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        qt_i18n.remove()
