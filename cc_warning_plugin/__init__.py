"""cc_warning_plugin: resource and environmental carrying-capacity monitoring
and early warning (资源环境承载能力监测预警) and the 双评价 for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """Entry point called by QGIS (iface is None under qgis_process). On a QGIS
    older than metadata.txt's qgisMinimumVersion the plugin loads nothing and
    says so (cc_warning_plugin.supported)."""
    from . import supported

    running = supported.running_version()
    if supported.refusal(*running) is not None:
        return supported.UnsupportedQgis(iface, running)
    from .plugin import CCWarningPlugin

    return CCWarningPlugin(iface)
