"""Fixtures for tests that run inside QGIS (pytest-qgis provides the
QgsApplication): Processing initialised once, the plugin's provider
registered once, QGIS log messages shown in the test output."""

import pytest
from qgis.core import Qgis, QgsApplication


@pytest.fixture(scope="session", autouse=True)
def qgis_log_to_output(qgis_app):
    """Print QGIS log messages of the plugin and of Processing."""

    def show(message, tag, level):
        if tag in ("cc_warning", "Processing", "Python error") and level >= Qgis.Warning:
            print(f"[QGIS {tag}] {message}")

    QgsApplication.messageLog().messageReceived.connect(show)
    yield
    QgsApplication.messageLog().messageReceived.disconnect(show)


@pytest.fixture(scope="session")
def processing_ready(qgis_app):
    from processing.core.Processing import Processing

    Processing.initialize()
    return True


@pytest.fixture(scope="session")
def plugin_session(processing_ready):
    """One plugin object for the session (QGIS would reject a second provider
    with the same id)."""
    import cc_warning_plugin

    instance = cc_warning_plugin.classFactory(None)
    yield instance
    registry = QgsApplication.processingRegistry()
    if instance.provider is not None and registry.providerById("cc_warning") is instance.provider:
        registry.removeProvider(instance.provider)
    instance.provider = None


@pytest.fixture
def plugin(plugin_session):
    """The session plugin with its provider registered (again, if a test of
    the load/unload cycle removed it)."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("cc_warning") is None:
        plugin_session.provider = None
        plugin_session.initProcessing()
    return plugin_session


@pytest.fixture
def run_alg(plugin):
    """processing.run for a cc_warning algorithm, with a fresh context."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(alg_id, params, context=None, feedback=None):
        context = context or QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = feedback or QgsProcessingFeedback()
        return processing.run(f"cc_warning:{alg_id}", params, context=context, feedback=feedback)

    return run
