"""Finding what a narrow dock cuts off: labels, buttons and group titles
narrower than their text, widgets that reach past the visible area, a tab
bar that needs scroll arrows, table columns or rows smaller than their
contents, chart texts outside the figure. Used offscreen by
test_gui_dock_fit.py and in the real QGIS window of test_maps_end_to_end.py.

``cut(widget)`` returns one line per problem (empty: nothing is cut)."""

from typing import List

from qgis.PyQt.QtCore import QPoint, QRect, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)


def _name(w: QWidget) -> str:
    text = ""
    for attr in ("text", "title"):
        get = getattr(w, attr, None)
        if callable(get):
            try:
                text = get()
            except TypeError:  # a text(int) method, e.g. QTabBar.tabText
                continue
            if isinstance(text, str):
                break
    return f"{type(w).__name__} {w.objectName()!r} {text!r}"


def _visible_area(w: QWidget, root: QWidget) -> QRect:
    """The part of ``root`` where ``w`` can be seen: the viewport of the
    nearest scroll area around it, else ``root``."""
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QAbstractScrollArea) and p.viewport().isAncestorOf(w):
            vp = p.viewport()
            return QRect(vp.mapTo(root, QPoint(0, 0)), vp.size())
        p = p.parentWidget()
    return root.rect()


def _label_cut(w: QLabel) -> bool:
    if not w.text():
        return False
    if w.wordWrap():
        return w.heightForWidth(w.width()) > w.height() + 1
    return w.sizeHint().width() > w.width()


def _group_title_cut(w: QGroupBox) -> bool:
    opt = QStyleOptionGroupBox()
    w.initStyleOption(opt)
    title = w.style().subControlRect(QStyle.CC_GroupBox, opt, QStyle.SC_GroupBoxLabel, w)
    return (
        w.fontMetrics().horizontalAdvance(w.title()) > title.width()
        or title.right() > w.rect().right()
    )


def _heading_width(t: QTableView, j: int) -> int:
    header = t.horizontalHeader()
    text = t.model().headerData(j, Qt.Horizontal) or ""
    fm = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header)
    return max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin


def _table_cut(t: QTableView) -> List[str]:
    out = []
    model = t.model()
    if model is None:
        return out
    header = t.horizontalHeader()
    if t.horizontalScrollBar().maximum() > 0:
        out.append(f"{_name(t)}: scrolls sideways ({t.horizontalScrollBar().maximum()} px)")
    wrapped = getattr(t, "wrap_columns", ())
    for j in range(model.columnCount()):
        if t.isColumnHidden(j):
            continue
        need = _heading_width(t, j)
        if header.sectionSize(j) < need:
            out.append(f"{_name(t)}: heading of column {j} cut ({header.sectionSize(j)} < {need})")
        if j not in wrapped and model.rowCount() and t.columnWidth(j) < t.sizeHintForColumn(j):
            out.append(
                f"{_name(t)}: column {j} narrower than its contents "
                f"({t.columnWidth(j)} < {t.sizeHintForColumn(j)})"
            )
    if header.height() < header.sizeHint().height():
        out.append(f"{_name(t)}: headings lower than their text")
    for i in range(model.rowCount()):
        if t.rowHeight(i) < t.sizeHintForRow(i):
            out.append(
                f"{_name(t)}: row {i} lower than its text "
                f"({t.rowHeight(i)} < {t.sizeHintForRow(i)})"
            )
    return out


def _tab_bar_cut(bar: QTabBar) -> List[str]:
    out = []
    if bar.sizeHint().width() > bar.width():
        out.append(f"tab bar: needs {bar.sizeHint().width()} px, has {bar.width()}")
    if any(b.isVisible() for b in bar.findChildren(QToolButton)):
        out.append("tab bar: shows scroll arrows")
    for i in range(bar.count()):
        if not bar.rect().contains(bar.tabRect(i)):
            out.append(f"tab bar: tab {i} ({bar.tabToolTip(i)}) outside the bar")
    return out


def _hidden_ticks(figure) -> set:
    """Tick labels matplotlib keeps but does not draw (ticks outside the view)."""
    hidden = set()
    for ax in figure.axes:
        for axis, (lo, hi) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
            lo, hi = min(lo, hi), max(lo, hi)
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                loc = tick.get_loc()
                if loc is None or not lo - 1e-9 <= loc <= hi + 1e-9:
                    hidden.update((tick.label1, tick.label2))
    return hidden


def chart_cut(figure) -> List[str]:
    """Texts of a matplotlib figure that reach outside it."""
    from matplotlib.text import Text

    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    hidden = _hidden_ticks(figure)
    out = []
    for text in figure.findobj(Text):
        if text in hidden or not text.get_visible() or not text.get_text().strip():
            continue
        e = text.get_window_extent(renderer)
        if e.x0 < box.x0 - 1 or e.x1 > box.x1 + 1 or e.y0 < box.y0 - 1 or e.y1 > box.y1 + 1:
            out.append(
                f"chart text {text.get_text()!r} outside the figure "
                f"({e.x0:.0f}..{e.x1:.0f} × {e.y0:.0f}..{e.y1:.0f} in "
                f"{box.width:.0f} × {box.height:.0f})"
            )
    return out


def cut(root: QWidget) -> List[str]:
    """What is cut off in the visible part of ``root``."""
    out = []
    for w in [root] + root.findChildren(QWidget):
        if (
            not w.isVisible() or w.width() <= 0 or w.objectName().startswith("qt_dockwidget_")
        ):  # the title bar's own buttons
            continue
        area = _visible_area(w, root)
        left = w.mapTo(root, QPoint(0, 0)).x()
        if left + w.width() > area.right() + 1 and not isinstance(w, QTabBar):
            out.append(
                f"{_name(w)}: reaches {left + w.width() - area.right() - 1} px past "
                f"the visible area"
            )
        if w.minimumSizeHint().width() > w.width() and not isinstance(
            w, (QAbstractScrollArea, QTabBar)
        ):
            out.append(
                f"{_name(w)}: squeezed ({w.width()} < minimum {w.minimumSizeHint().width()})"
            )
        if isinstance(w, QLabel) and _label_cut(w):
            out.append(f"{_name(w)}: text cut ({w.width()} px wide)")
        elif (
            isinstance(w, QAbstractButton)
            and not isinstance(w, QToolButton)
            and w.text()
            and w.sizeHint().width() > w.width()
        ):
            out.append(f"{_name(w)}: text cut ({w.sizeHint().width()} > {w.width()})")
        elif isinstance(w, QGroupBox) and w.title() and _group_title_cut(w):
            out.append(f"{_name(w)}: title cut")
        elif isinstance(w, QTabBar):
            out.extend(_tab_bar_cut(w))
        elif isinstance(w, QTableView):
            out.extend(_table_cut(w))
    return out
