"""A tab widget whose tab labels fit the dock's width: the full titles when
they fit, else the short ones, else the icons alone; the full title is
always the tab's tooltip. (Scroll arrows are left only for a dock narrower
than the icons.) Each page sits in a vertical scroll area, so a short
screen scrolls a tab instead of squeezing it."""

from typing import List, Tuple

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFrame, QProxyStyle, QScrollArea, QStyle, QTabWidget, QWidget

#: tab label levels, widest first: (text, with the icon, with less padding)
LEVELS = (
    ("full", True, False),
    ("short", True, False),
    ("short", True, True),
    ("short", False, False),
    ("short", False, True),
    ("", True, False),
    ("", True, True),
)


class TabStyle(QProxyStyle):
    """The application's style, with no extra room beside a tab's label when
    ``compact`` (the style's own tab margins remain: nine two-character
    Chinese labels then fit a 360 px dock)."""

    def __init__(self):
        super().__init__()
        self.compact = False

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 (Qt API)
        value = super().pixelMetric(metric, option, widget)
        if self.compact and metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return 0
        return value


class FittingTabWidget(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.setUsesScrollButtons(True)
        self.setDocumentMode(False)
        self._style = TabStyle()
        self.tabBar().setStyle(self._style)
        self._titles: List[Tuple[str, str]] = []
        self._icons: List[QIcon] = []
        self.level = LEVELS[0]

    def add_page(self, page: QWidget, icon: QIcon, title: str, short: str) -> int:
        area = QScrollArea()
        area.setObjectName(f"{page.objectName()}_scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        index = self.addTab(area, icon, title)
        self.setTabToolTip(index, title)
        self._titles.append((title, short))
        self._icons.append(icon)
        self.fit_labels()
        return index

    def page(self, index: int) -> QWidget:
        return self.widget(index).widget()

    def index_of_page(self, page: QWidget) -> int:
        for i in range(self.count()):
            if self.page(i) is page:
                return i
        return -1

    def _set_level(self, level) -> None:
        text_kind, with_icon, compact = level
        bar = self.tabBar()
        if compact != self._style.compact:
            self._style.compact = compact
            bar.setStyle(self._style)  # tabs measured again
        for i, (title, short) in enumerate(self._titles):
            text = {"full": title, "short": short, "": ""}[text_kind]
            if bar.tabText(i) != text:
                bar.setTabText(i, text)
            bar.setTabIcon(i, self._icons[i] if with_icon else QIcon())
        self.level = level

    def fit_labels(self) -> None:
        """Use the widest labels that fit the width."""
        available = self.width()
        for level in LEVELS:
            self._set_level(level)
            if self.tabBar().sizeHint().width() <= available:
                return

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.fit_labels()

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.fit_labels()
