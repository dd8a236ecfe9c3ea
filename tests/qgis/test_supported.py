"""The QGIS releases the plugin supports (metadata.txt) and its refusal to
load on an older one, with a message instead of a traceback."""

import configparser
import os

import pytest
from qgis.core import Qgis, QgsApplication

import cc_warning_plugin
from cc_warning_plugin import supported

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def metadata():
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return cfg["general"]


def test_version_numbers_read_as_qgis_writes_them():
    assert supported.version_int("3.22") == 32200
    assert supported.version_int("3.40.6-Bratislava") == 34006
    assert supported.version_int(Qgis.QGIS_VERSION) == Qgis.QGIS_VERSION_INT
    with pytest.raises(ValueError):
        supported.version_int("latest")


def test_metadata_states_the_tested_range():
    meta = metadata()
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "3.99"
    assert "QGIS 3.22" in meta["changelog"] and "3.40" in meta["changelog"]
    # the running QGIS is inside the range
    assert supported.version_int(meta["qgisMinimumVersion"]) <= Qgis.QGIS_VERSION_INT
    assert supported.refusal(*supported.running_version()) is None


def test_an_older_qgis_gets_a_message_and_no_provider(qgis_iface, plugin_session, monkeypatch):
    registry = QgsApplication.processingRegistry()
    before = [p.id() for p in registry.providers()]
    monkeypatch.setattr(supported, "running_version", lambda: (32016, "3.20.16-Odense"))
    plugin = cc_warning_plugin.classFactory(qgis_iface)
    logged = []

    def keep(message, tag, level):
        logged.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        plugin.initProcessing()
        plugin.initGui()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
    assert isinstance(plugin, supported.UnsupportedQgis)
    assert plugin.provider is None
    assert [p.id() for p in registry.providers()] == before
    shown = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert any("3.22" in m and "3.20.16-Odense" in m for m in shown), shown
    assert any(tag == "cc_warning" and "3.20.16" in m for m, tag, _ in logged), logged
    plugin.unload()
    qgis_iface.messageBar().clear_messages()
