"""Qt 6 / QGIS 4 readiness: scripts/check_qt6.py (the patterns QGIS's own
pyqt5_to_pyqt6 checker rewrites or warns about) finds nothing in the plugin,
and metadata.txt says supportsQt6 only because of that. The scan itself is
checked on a sample with every pattern, so that an empty result means
something."""

import configparser
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import check_qt6  # noqa: E402

SAMPLE = """\
from PyQt5.QtCore import QVariant
from qgis.PyQt.QtWidgets import QAction, QDialog
from qgis.PyQt.QtCore import Qt, QRegExp
from qgis.core import QgsField, QgsPalLayerSettings, QgsProcessing
QDialog().exec_()
field = QgsField("a", QVariant.Int)
left = Qt.AlignLeft
polygons = QgsProcessing.TypeVectorPolygon
scoped = Qt.AlignmentFlag.AlignLeft
scoped_too = QgsProcessing.SourceType.TypeVectorPolygon
null = QVariant()
placement = QgsPalLayerSettings.OverPoint
"""


def test_the_scan_finds_each_qt5_only_pattern(qgis_app):
    found = {f.line: f.message for f in check_qt6.scan_source(SAMPLE)}
    assert "qgis.PyQt" in found[1]  # PyQt5 import
    assert "QAction from QtWidgets" in found[2]
    assert "QRegExp" in found[3]
    assert "exec()" in found[5]
    assert "QVariant.Int" in found[6]
    assert "Qt.AlignLeft" in found[7] and "AlignmentFlag" in found[7]
    assert "QgsProcessing.TypeVectorPolygon" in found[8]
    assert "NULL" in found[11]
    assert "QgsPalLayerSettings.OverPoint" in found[12]
    assert 4 not in found and 9 not in found and 10 not in found


def test_the_plugin_has_no_qt5_only_code(qgis_app):
    findings = check_qt6.scan()
    assert not findings, "\n".join(str(f) for f in findings)


def test_metadata_claims_qt6_support_only_with_a_clean_scan(qgis_app):
    cfg = configparser.ConfigParser(interpolation=None)
    cfg.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    claims = cfg.getboolean("general", "supportsQt6", fallback=False)
    assert claims == (check_qt6.scan() == [])
