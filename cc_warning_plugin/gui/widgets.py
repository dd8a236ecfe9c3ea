"""Small layout helpers that keep the dock's widgets inside a narrow dock
(about 360 px on a 1366×768 laptop): forms whose labels go above their
field, labels that wrap, table headers on two lines with the full text as
tooltip, tables whose text columns wrap instead of widening the table."""

from contextlib import contextmanager
from typing import Dict, Iterator, Sequence

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QEvent, QPointF, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QPalette, QTextLayout, QTextOption
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
)

from ..core.i18n import tr
from ..report.charts import two_lines


def heading_lines(text: str) -> str:
    """A column heading on two lines: before its bracket, else at its middle
    space (``"Unit code"`` → ``"Unit\\ncode"``)."""
    broken = two_lines(text)
    if broken != text or " " not in text.strip():
        return broken
    spaces = [i for i, c in enumerate(text) if c == " "]
    i = min(spaces, key=lambda k: abs(k - len(text) / 2))
    return text[:i] + "\n" + text[i + 1 :]


def wrap_long_rows(form: QFormLayout) -> QFormLayout:
    """A form whose labels go above their field when both do not fit."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def button(text: str, tip: str = "", clicked=None, toggled=None, enabled=True) -> QPushButton:
    """A push button with its tooltip, connected to ``clicked``; with
    ``toggled`` it is checkable and reports its state there."""
    b = QPushButton(text)
    if tip:
        b.setToolTip(tip)
    if toggled is not None:
        b.setCheckable(True)
        b.toggled.connect(toggled)
    if clicked is not None:
        b.clicked.connect(clicked)
    b.setEnabled(enabled)
    return b


def narrow_combo() -> QComboBox:
    """A combo box as narrow as eight characters allow (not as wide as its
    longest item)."""
    c = QComboBox()
    c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    c.setMinimumContentsLength(8)
    return c


@contextmanager
def wait_cursor() -> Iterator[None]:
    """The wait cursor while the block runs (restored however it ends)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def file_widget(file_filter: str, tip: str = "", changed=None) -> QgsFileWidget:
    """A file chooser for the files of ``file_filter``, with its tooltip,
    reporting a chosen path to ``changed``. Its line edit has no clear
    button (squeezed in a narrow dock; the path is cleared by deleting the
    text)."""
    w = QgsFileWidget()
    w.lineEdit().setShowClearButton(False)
    w.setFilter(file_filter)
    if tip:
        w.setToolTip(tip)
    if changed is not None:
        w.fileChanged.connect(changed)
    return w


def export_table_button(clicked) -> QPushButton:
    """The "Export table…" button of a tab that shows a table."""
    return button(
        tr("Export table…"), tr("Write the table as an Excel workbook or CSV."), clicked=clicked
    )


def note(text: str = "") -> QLabel:
    """A label that wraps."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class WrapDelegate(QStyledItemDelegate):
    """Text wrapped to its column: a text too wide is first broken before
    its bracket (``红色预警`` / ``（极重警）``), then at word boundaries, and
    inside a word only when the word alone is wider than the column. Never
    elided; the item's text itself is unchanged."""

    @staticmethod
    def _style(opt):
        return opt.widget.style() if opt.widget is not None else QApplication.style()

    def _margin(self, opt) -> int:
        return (
            self._style(opt).pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget)
            + 1
        )

    def _layout(self, opt, text: str, width: int) -> QTextLayout:
        if opt.fontMetrics.horizontalAdvance(text) > width:
            text = two_lines(text)
        layout = QTextLayout(text.replace("\n", "\u2028"), opt.font)
        option = QTextOption(opt.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def _options(self, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text.replace("\u2028", "\n")
        return opt, text

    def paint(self, painter, option, index):
        opt, text = self._options(option, index)
        opt.text = ""
        style = self._style(opt)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        margin = self._margin(opt)
        rect = opt.rect.adjusted(margin, 0, -margin, 0)
        layout = self._layout(opt, text, rect.width())
        height = layout.boundingRect().height()
        top = rect.top() + max(0.0, (rect.height() - height) / 2)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if opt.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        opt, text = self._options(option, index)
        margin = self._margin(opt)
        natural = opt.fontMetrics.horizontalAdvance(text) + 2 * margin if text else 0
        base = super().sizeHint(option, index)
        if not text or opt.rect.width() <= 0:
            return QSize(natural, base.height())
        layout = self._layout(opt, text, opt.rect.width() - 2 * margin)
        lines = int(layout.boundingRect().height() + 0.999)
        return QSize(natural, max(base.height(), lines + 2 * margin))


class FitTable(QTableWidget):
    """A read-only table that fits its width: the ``wrap`` columns share the
    room the others leave — each at least as wide as its heading, the rest in
    proportion to its text — and wrap their text (rows grow to fit); the
    ``fixed`` ones keep their width; the others fit their contents. A
    ``whole`` table is as high as its rows (no scroll bar of its own: the
    tab scrolls). Headings go on two lines (:func:`heading_lines`), with the
    full text as tooltip."""

    def __init__(
        self,
        columns: int,
        wrap: Sequence[int] = (),
        fixed: Dict[int, int] = None,
        whole: bool = False,
    ):
        super().__init__(0, columns)
        self.wrap_columns = tuple(wrap)
        self.fixed_columns = dict(fixed or {})
        self.whole = whole
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(8)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self._delegate = WrapDelegate(self)
        for j in self.wrap_columns:
            self.setItemDelegateForColumn(j, self._delegate)
        if whole:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.setColumnCount(len(headers))
        for j, text in enumerate(headers):
            item = QTableWidgetItem(heading_lines(text))
            item.setToolTip(text)
            self.setHorizontalHeaderItem(j, item)
        self.refit()

    def heading_width(self, j: int) -> int:
        item = self.horizontalHeaderItem(j)
        text = item.text() if item is not None else ""
        header = self.horizontalHeader()
        fm = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return max(fm.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin + 2

    def refit(self) -> None:
        """Column widths for the room there is, rows as high as their text (call
        after filling the table)."""
        columns = range(self.columnCount())
        widths = {}
        for j in columns:
            if j in self.fixed_columns:
                widths[j] = self.fixed_columns[j]
            elif j not in self.wrap_columns:
                widths[j] = max(self.heading_width(j), self.sizeHintForColumn(j))
        room = self.viewport().width() - sum(widths.values())
        least = {j: self.heading_width(j) for j in self.wrap_columns if j in columns}
        natural = {j: max(least[j], self.sizeHintForColumn(j)) for j in least}
        if least:
            if sum(natural.values()) <= room:  # all whole, the rest shared out
                spare = room - sum(natural.values())
                total = sum(natural.values()) or 1
                for j in least:
                    widths[j] = natural[j] + spare * natural[j] // total
            elif sum(least.values()) < room:  # each heading whole, text wraps
                spare = room - sum(least.values())
                total = sum(natural[j] - least[j] for j in least) or 1
                for j in least:
                    widths[j] = least[j] + spare * (natural[j] - least[j]) // total
            else:
                widths.update(least)
        for j, w in widths.items():
            if self.columnWidth(j) != w:
                self.setColumnWidth(j, w)
        self.resizeRowsToContents()
        if self.whole:
            header = self.horizontalHeader()
            height = header.sizeHint().height() + sum(
                self.rowHeight(i) for i in range(self.rowCount())
            )
            if self.horizontalScrollBar().isVisible():
                height += self.horizontalScrollBar().sizeHint().height()
            self.setFixedHeight(height + 2 * self.frameWidth())

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._timer.start()

    def viewportEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().viewportEvent(event)
