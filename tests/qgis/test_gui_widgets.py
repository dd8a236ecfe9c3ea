"""Small widget helpers of the dock: the narrow combo box and the wait
cursor, which is put back however the block ends."""

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QComboBox

from cc_warning_plugin.core.errors import CCError
from cc_warning_plugin.gui.widgets import narrow_combo, wait_cursor


def _cursor_shape():
    cursor = QApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


def test_narrow_combo_is_as_wide_as_eight_characters(qgis_app):
    c = narrow_combo()
    assert c.minimumContentsLength() == 8
    assert c.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


def test_wait_cursor_is_shown_in_the_block_and_removed_after(qgis_app):
    before = _cursor_shape()
    with wait_cursor():
        assert _cursor_shape() == Qt.CursorShape.WaitCursor
    assert _cursor_shape() == before


def test_wait_cursor_is_removed_when_the_block_raises(qgis_app):
    before = _cursor_shape()
    with pytest.raises(CCError):
        with wait_cursor():
            raise CCError("refused")
    assert _cursor_shape() == before
