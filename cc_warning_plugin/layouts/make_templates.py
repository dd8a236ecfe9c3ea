"""Writes the shipped print-layout templates (``templates/*.qpt``): A4 and A3,
portrait and landscape, each with the items the warning map fills by id.

Run it after changing the arrangement (QGIS Python needed)::

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 -m cc_warning_plugin.layouts.make_templates

A bureau's own template is made in the layout designer (Layout ▸ Save as
Template) and only needs items with the same ids (see ``ITEM_IDS`` in
``builder.py``).
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from .builder import TEMPLATE_DIR

FONT = "WenQuanYi Micro Hei"  # the first of the profile's maps.fonts

PAGES = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}  # landscape width × height, mm


def _font(size, bold=False):
    f = QFont(FONT)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def _place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout, item_id, text, rect, size, bold=False, align=Qt.AlignmentFlag.AlignLeft):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    item.setFont(_font(size, bold))
    item.setFontColor(QColor("#000000"))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    item.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    layout.addLayoutItem(item)
    _place(item, *rect)
    return item


def _text_format(size, bold=False):
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor("#000000"))
    return fmt


def build(page: str, orientation: str) -> QgsPrintLayout:
    """The layout of one template (no layers: the builder sets them)."""
    w, h = PAGES[page]
    if orientation == "portrait":
        w, h = h, w
    scale = 1.0 if page == "A3" else 0.75
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"cc_warning_{page}_{orientation}")
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    )

    m = 10.0 * scale + 2.0
    title_h, sub_h, foot_h, gap = 14.0 * scale + 2, 8.0 * scale + 1, 12.0 * scale, 4.0
    _label(
        layout,
        "cc_title",
        "[% coalesce(@cc_title, '资源环境承载能力监测预警图') %]",
        (m, m, w - 2 * m, title_h),
        24 * scale,
        True,
        Qt.AlignmentFlag.AlignHCenter,
    )
    _label(
        layout,
        "cc_subtitle",
        "[% coalesce(@cc_subtitle, '') %]",
        (m, m + title_h, w - 2 * m, sub_h),
        12 * scale,
        False,
        Qt.AlignmentFlag.AlignHCenter,
    )

    top = m + title_h + sub_h + gap
    bottom = h - m - foot_h - gap
    if orientation == "landscape":
        panel_w = 0.26 * w
        map_rect = (m, top, w - 2 * m - panel_w - gap, bottom - top)
        px = w - m - panel_w
        ov_h = panel_w * 0.62
        ov_rect = (px, top, panel_w, ov_h)
        legend_rect = (px, top + ov_h + gap, panel_w, (bottom - top - ov_h) * 0.55)
        stats_rect = (
            px,
            legend_rect[1] + legend_rect[3] + gap,
            panel_w,
            bottom - (legend_rect[1] + legend_rect[3] + gap),
        )
        legend_columns = 1
    else:
        below = (h - 2 * m) * 0.27
        map_rect = (m, top, w - 2 * m, bottom - top - below - gap)
        y2 = map_rect[1] + map_rect[3] + gap
        col = (w - 2 * m - 2 * gap) / 3.0
        legend_rect = (m, y2, col * 1.15, below)
        stats_rect = (m + col * 1.15 + gap, y2, col * 1.1, below)
        ov_rect = (
            stats_rect[0] + stats_rect[2] + gap,
            y2,
            w - m - (stats_rect[0] + stats_rect[2] + gap),
            below,
        )
        legend_columns = 1

    main = QgsLayoutItemMap(layout)
    main.setId("cc_map")
    main.setFrameEnabled(True)
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(main)
    _place(main, *map_rect)
    main.setExtent(QgsRectangle(0, 0, map_rect[2] * 100, map_rect[3] * 100))

    overview = QgsLayoutItemMap(layout)
    overview.setId("cc_overview")
    overview.setFrameEnabled(True)
    overview.setFrameStrokeWidth(
        QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    )
    layout.addLayoutItem(overview)
    _place(overview, *ov_rect)
    overview.setExtent(QgsRectangle(0, 0, ov_rect[2] * 100, ov_rect[3] * 100))
    ov = overview.overview()
    ov.setLinkedMap(main)
    ov.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {
                "color": "255,0,0,0",
                "style": "no",
                "outline_color": "255,0,0,255",
                "outline_width": "0.5",
            }
        )
    )

    legend = QgsLayoutItemLegend(layout)
    legend.setId("cc_legend")
    legend.setTitle("图例")
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setColumnCount(legend_columns)
    legend.setFrameEnabled(True)
    legend.setStyleFont(QgsLegendStyle.Style.Title, _font(12 * scale + 1, True))
    legend.setStyleFont(QgsLegendStyle.Style.Group, _font(10 * scale + 1, True))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, _font(9 * scale + 1, True))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, _font(8 * scale + 1))
    layout.addLayoutItem(legend)
    _place(legend, *legend_rect)

    table = QgsLayoutItemManualTable.create(layout)
    table.setHeaderTextFormat(_text_format(8 * scale + 1, True))
    table.setContentTextFormat(_text_format(8 * scale + 1))
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("cc_stats")
    _place(frame, *stats_rect)
    table.addFrame(frame)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("cc_scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(main)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    bar.setUnitLabel("千米")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setTextFormat(_text_format(8 * scale + 1))
    bar.setHeight(2.0)
    bar.setBackgroundEnabled(True)
    layout.addLayoutItem(bar)
    _place(
        bar, map_rect[0] + 4, map_rect[1] + map_rect[3] - 14 * scale - 2, 70 * scale, 10 * scale + 2
    )

    north = QgsLayoutItemPicture(layout)
    north.setId("cc_north")
    north.setPicturePath(
        os.path.join(QgsApplication.pkgDataPath(), "svg", "arrows", "NorthArrow_02.svg")
    )
    north.setLinkedMap(main)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(north)
    nw = 14 * scale + 2
    _place(north, map_rect[0] + map_rect[2] - nw - 4, map_rect[1] + 4, nw, nw * 1.3)

    fy = h - m - foot_h
    fw = (w - 2 * m) / 4.0
    size = 9 * scale + 1
    _label(layout, "cc_org", "编制单位：[% coalesce(@cc_org, '') %]", (m, fy, fw, foot_h), size)
    _label(
        layout,
        "cc_date",
        "编制日期：[% coalesce(@cc_date, format_date(now(), 'yyyy年M月d日')) %]",
        (m + fw, fy, fw, foot_h),
        size,
    )
    _label(
        layout,
        "cc_review_no",
        "审图号：[% coalesce(@cc_review_no, '') %]",
        (m + 2 * fw, fy, fw, foot_h),
        size,
    )
    _label(
        layout,
        "cc_source",
        "数据来源：[% coalesce(@cc_data_source, '') %]",
        (m + 3 * fw, fy, fw, foot_h),
        size,
    )
    return layout


def template_name(page: str, orientation: str) -> str:
    return f"cc_warning_{page}_{orientation}.qpt"


def write_all(out_dir: str = TEMPLATE_DIR):
    os.makedirs(out_dir, exist_ok=True)
    written = []
    for page in PAGES:
        for orientation in ("landscape", "portrait"):
            layout = build(page, orientation)
            path = os.path.join(out_dir, template_name(page, orientation))
            tmp = path + ".tmp"
            if not layout.saveAsTemplate(tmp, QgsReadWriteContext()):
                raise RuntimeError(f"cannot write {tmp}")
            os.replace(tmp, path)
            written.append(path)
    return written


def main():
    app = QgsApplication([], False)
    app.initQgis()
    for path in write_all():
        print(path)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
