"""Plugin load/unload cycle with QGIS's interface (pytest-qgis iface)."""

from qgis.core import QgsApplication


def test_load_and_unload_twice(qgis_iface, plugin_session):
    import cc_warning_plugin

    registry = QgsApplication.processingRegistry()
    if plugin_session.provider is not None:  # make room: ids must be unique
        registry.removeProvider(plugin_session.provider)
        plugin_session.provider = None
    assert registry.providerById("cc_warning") is None
    for _ in range(2):
        plugin = cc_warning_plugin.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("cc_warning") is plugin.provider
        assert [a.id() for a in plugin.provider.algorithms()]
        assert plugin.actions and plugin.actions[0].text()
        assert plugin.toolbar is not None
        plugin.unload()
        assert registry.providerById("cc_warning") is None
        assert plugin.actions == [] and plugin.toolbar is None
