"""cc_warning_plugin: resource and environmental carrying-capacity monitoring
and early warning (资源环境承载能力监测预警) and the 双评价 for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """Entry point called by QGIS (iface is None under qgis_process)."""
    from .plugin import CCWarningPlugin
    return CCWarningPlugin(iface)
