"""The plugin wires the warning-map dock into QGIS: a toolbar action that
shows it, the layout templates offered by QGIS's layout manager, and a
clean unload."""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from cc_warning_plugin.layouts import builder


def test_dock_action_templates_and_unload(qgis_iface, plugin_session):
    import cc_warning_plugin

    registry = QgsApplication.processingRegistry()
    if plugin_session.provider is not None:  # provider ids must be unique
        registry.removeProvider(plugin_session.provider)
        plugin_session.provider = None
    plugin = cc_warning_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        dock = plugin.docks[0]
        assert dock.objectName() == "CCWarningMapDock" and not dock.isVisible()
        action = plugin.dock_actions[0]
        assert action.objectName() == "CCWarningMapDockAction"
        assert action in plugin.toolbar.actions()
        paths = QgsSettings().value(builder.TEMPLATE_SETTING, [], section=QgsSettings.Core)
        assert builder.TEMPLATE_DIR in paths
    finally:
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # the dock is gone
    assert plugin.docks == [] and plugin.dock_actions == []
    paths = QgsSettings().value(builder.TEMPLATE_SETTING, [], section=QgsSettings.Core)
    assert builder.TEMPLATE_DIR not in (paths or [])
    assert registry.providerById("cc_warning") is None
