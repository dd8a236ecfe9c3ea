"""Fills a print-layout template with a warning map and exports it.

A template (``templates/*.qpt`` or a bureau's own) holds items found by id:

=================  ==========================================================
``cc_map``         main map (required)
``cc_legend``      legend (required)
``cc_title``       title label (required; text may use ``@cc_title``)
``cc_subtitle``    subtitle: evaluation year and method (``@cc_subtitle``)
``cc_overview``    inset overview map with the main map's frame
``cc_scalebar``    scale bar (km or m)
``cc_north``       north arrow (a picture)
``cc_stats``       frame of a fixed table: counts and areas per class
``cc_org``         编制单位 (``@cc_org``)
``cc_date``        编制日期 (``@cc_date``, default today)
``cc_review_no``   审图号 (``@cc_review_no``)
``cc_source``      数据来源 (``@cc_data_source``)
=================  ==========================================================

The text items read layout/project variables, so a bureau sets 编制单位,
审图号 and 数据来源 once (Project ▸ Properties ▸ Variables, or the dock) and
every layout shows them. The layout goes into the project's layout manager
and stays editable.
"""

import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsSimpleLegendNode,
    QgsRectangle,
    QgsSettings,
    QgsTableCell,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from ..compat import label_font, legend_font, set_label_font, set_legend_font
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.profile import Profile
from ..report.files import atomic_write
from ..report.results import View
from ..report.stats import ClassStats
from ..styles.basemap import draw_order, role_title
from ..styles.fonts import cjk_family, installed_families

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE_DIR = os.path.join(HERE, "templates")
TEMPLATES = ("A3_landscape", "A3_portrait", "A4_landscape", "A4_portrait")
PAGE_MM = {
    "A3_landscape": (420, 297),
    "A3_portrait": (297, 420),
    "A4_landscape": (297, 210),
    "A4_portrait": (210, 297),
}

ITEM_TYPES = {
    "cc_map": QgsLayoutItemMap,
    "cc_legend": QgsLayoutItemLegend,
    "cc_title": QgsLayoutItemLabel,
    "cc_subtitle": QgsLayoutItemLabel,
    "cc_overview": QgsLayoutItemMap,
    "cc_scalebar": QgsLayoutItemScaleBar,
    "cc_north": QgsLayoutItemPicture,
    "cc_stats": QgsLayoutFrame,
    "cc_org": QgsLayoutItemLabel,
    "cc_date": QgsLayoutItemLabel,
    "cc_review_no": QgsLayoutItemLabel,
    "cc_source": QgsLayoutItemLabel,
}
REQUIRED_ITEMS = ("cc_map", "cc_legend", "cc_title")
#: Variables the text items read; set once in the project.
PROJECT_VARIABLES = ("cc_org", "cc_date", "cc_review_no", "cc_data_source")


def template_title(key: str) -> str:
    titles = {
        "A3_landscape": tr("A3 landscape"),
        "A3_portrait": tr("A3 portrait"),
        "A4_landscape": tr("A4 landscape"),
        "A4_portrait": tr("A4 portrait"),
    }
    return titles.get(key, key)


def template_path(key: str) -> str:
    """Path of a shipped template by key (``A3_landscape`` …)."""
    return os.path.join(TEMPLATE_DIR, f"cc_warning_{key}.qpt")


@dataclass
class MapContent:
    """What a warning map shows."""

    result: QgsMapLayer
    view: View
    title: str
    subtitle: str = ""
    stats: Optional[ClassStats] = None
    base: Dict[str, QgsMapLayer] = field(default_factory=dict)  # role → layer
    overview_layers: List[QgsMapLayer] = field(default_factory=list)
    variables: Dict[str, str] = field(default_factory=dict)  # cc_org … (empty: keep)


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------


def load_template(project: QgsProject, path: str, name: str) -> QgsPrintLayout:
    """A new layout of ``project`` from a .qpt file; the ids the builder
    needs are checked (an error names the missing ones and the template)."""
    if not os.path.isfile(path):
        raise InputError(
            tr(
                "Layout template {path} does not exist. Choose a .qpt file or "
                "one of the built-in templates."
            ).format(path=path)
        )
    doc = QDomDocument()
    try:
        with open(path, "rb") as fh:
            ok = doc.setContent(fh.read())[0]
    except OSError as exc:
        raise InputError(
            tr("Layout template {path} cannot be read: {detail}.").format(path=path, detail=exc)
        ) from exc
    if not ok:
        raise InputError(
            tr(
                "Layout template {path} is not a valid .qpt (XML) file. Save it "
                "again from the layout designer (Layout ▸ Save as "
                "Template)."
            ).format(path=path)
        )
    layout = QgsPrintLayout(project)
    items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
    if not ok:
        raise InputError(
            tr("Layout template {path} could not be loaded as a print layout.").format(path=path)
        )
    layout.setName(name)
    check_items(layout, path)
    return layout


def find_item(layout, item_id: str):
    """The item (or table frame) with ``item_id``, or ``None``."""
    item = layout.itemById(item_id)
    if item is not None:
        return item
    for multi in layout.multiFrames():
        for frame in multi.frames():
            if frame.id() == item_id:
                return frame
    return None


def check_items(layout, template: str) -> List[str]:
    """Raise for a missing or wrong required item; return the optional ids
    the template does not have."""
    missing, wrong = [], []
    for item_id, cls in ITEM_TYPES.items():
        item = find_item(layout, item_id)
        if item is None:
            missing.append(item_id)
        elif not isinstance(item, cls):
            wrong.append(item_id)
    lacking = [i for i in REQUIRED_ITEMS if i in missing]
    if lacking:
        raise InputError(
            tr(
                "Layout template {template} has no item with the id {ids}. In the layout "
                "designer select the item (map, legend or title label) and set Item "
                "Properties ▸ Item ID, or use a built-in template."
            ).format(template=template, ids=", ".join(repr(i) for i in lacking))
        )
    if wrong:
        raise InputError(
            tr(
                "Layout template {template}: the item(s) {ids} are of the wrong kind (e.g. "
                "'cc_map' must be a map, 'cc_stats' a table frame). Fix their ids in the "
                "layout designer."
            ).format(template=template, ids=", ".join(repr(i) for i in wrong))
        )
    return [i for i in missing if i not in REQUIRED_ITEMS]


# ---------------------------------------------------------------------------
# Fonts
# ---------------------------------------------------------------------------


def _label_items(layout):
    return [i for i in layout.items() if isinstance(i, QgsLayoutItemLabel)]


def ensure_cjk_fonts(layout, profile: Profile) -> List[str]:
    """Replace fonts the machine lacks by the first installed font of
    ``maps.fonts``; return messages (none when everything is installed)."""
    have = installed_families()
    family = cjk_family(profile)
    messages = []
    if family is None:
        return [
            tr(
                "No font for Chinese text is installed (looked for {fonts}): Chinese "
                "text may show as boxes. Install fonts-wqy-microhei (Debian) or Noto "
                "Sans CJK."
            ).format(fonts=", ".join(profile.get("maps.fonts")))
        ]
    replaced = set()

    def fix(font):
        if font.family() not in have:
            replaced.add(font.family())
            font.setFamily(family)
            return True
        return False

    for item in _label_items(layout):
        f = label_font(item)
        if fix(f):
            set_label_font(item, f)
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLegend):
            for style in (
                QgsLegendStyle.Style.Title,
                QgsLegendStyle.Style.Group,
                QgsLegendStyle.Style.Subgroup,
                QgsLegendStyle.Style.SymbolLabel,
            ):
                f = legend_font(item, style)
                if fix(f):
                    set_legend_font(item, style, f)
        elif isinstance(item, QgsLayoutItemScaleBar):
            fmt = item.textFormat()
            f = fmt.font()
            if fix(f):
                fmt.setFont(f)
                item.setTextFormat(fmt)
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemManualTable):
            for getter, setter in (
                (multi.headerTextFormat, multi.setHeaderTextFormat),
                (multi.contentTextFormat, multi.setContentTextFormat),
            ):
                fmt = getter()
                f = fmt.font()
                if fix(f):
                    fmt.setFont(f)
                    setter(fmt)
    if replaced:
        messages.append(
            tr("Fonts {missing} are not installed here; the layout uses {font} instead.").format(
                missing=", ".join(sorted(replaced)), font=family
            )
        )
    return messages


# ---------------------------------------------------------------------------
# Filling
# ---------------------------------------------------------------------------


def fit_extent(
    extent: QgsRectangle, width_mm: float, height_mm: float, margin: float = 0.05
) -> QgsRectangle:
    """``extent`` grown by ``margin`` and to the item's aspect ratio."""
    if extent.isEmpty() or extent.width() <= 0 or extent.height() <= 0:
        w = max(extent.width(), extent.height(), 1.0)
        extent = QgsRectangle(
            extent.center().x() - w / 2,
            extent.center().y() - w / 2,
            extent.center().x() + w / 2,
            extent.center().y() + w / 2,
        )
    w = extent.width() * (1 + 2 * margin)
    h = extent.height() * (1 + 2 * margin)
    ratio = width_mm / height_mm if height_mm > 0 else 1.0
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = extent.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def layer_extent(layers: Sequence[QgsMapLayer], crs, transform_context) -> QgsRectangle:
    """Combined extent of ``layers`` in ``crs`` (an empty rectangle for no layer)."""
    out = None
    for layer in layers:
        ext = layer.extent()
        if layer.crs() != crs and layer.crs().isValid() and crs.isValid():
            ext = QgsCoordinateTransform(layer.crs(), crs, transform_context).transformBoundingBox(
                ext
            )
        if out is None:
            out = QgsRectangle(ext)
        else:
            out.combineExtentWith(ext)
    return out if out is not None else QgsRectangle()


def _set_map(item: QgsLayoutItemMap, layers, crs, extent):
    item.setCrs(crs)
    item.setLayers(list(layers))
    item.setKeepLayerSet(True)
    size = item.layout().convertToLayoutUnits(item.sizeWithUnits())
    item.zoomToExtent(fit_extent(extent, size.width(), size.height()))
    item.refresh()


def _legend(legend: QgsLayoutItemLegend, content: MapContent, profile: Profile):
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    entries = [(content.result, content.view.title)]
    for role in ("county", "township", "urban_boundary", "eco_redline", "farmland", "landuse"):
        layer = content.base.get(role)
        if layer is not None:
            entries.append((layer, role_title(profile, role)))
    rows = 0
    for layer, title in entries:
        node = root.addLayer(layer)
        node.setUseLayerName(False)
        node.setName(title)
        node.setCustomProperty("legend/title-label", title)
        legend.model().refreshLayerLegend(node)
        if isinstance(layer, QgsRasterLayer):
            _drop_band_name(legend, node)
        rows += 1 + _legend_symbol_count(layer)
    height = legend.layout().convertToLayoutUnits(legend.sizeWithUnits()).height()
    capacity = max(4, int((height - 12.0) / LEGEND_ROW_MM))
    legend.setSplitLayer(True)
    legend.setColumnCount(1 if rows <= capacity else 2)
    legend.updateLegend()


LEGEND_ROW_MM = 5.5


def _drop_band_name(legend: QgsLayoutItemLegend, node) -> None:
    """Keep only the class entries of a class raster in the legend (QGIS adds
    a "Band 1 (Gray)" line above them)."""
    nodes = legend.model().layerOriginalLegendNodes(node)
    keep = [i for i, n in enumerate(nodes) if not isinstance(n, QgsSimpleLegendNode)]
    if len(keep) < len(nodes):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        legend.model().refreshLayerLegend(node)


def _legend_symbol_count(layer) -> int:
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    if renderer is None:
        return 0
    try:
        return max(0, len(renderer.legendSymbolItems()) - 1)
    except AttributeError:
        return 0


def _scalebar(bar: QgsLayoutItemScaleBar, crs, extent_width: float):
    """Kilometres for maps wider than 5 km (and for geographic CRSs),
    metres otherwise; segment size chosen by QGIS, unit label translated."""
    metres = extent_width * QgsUnitTypes.fromUnitToUnitFactor(
        crs.mapUnits(), QgsUnitTypes.DistanceUnit.DistanceMeters
    )
    km = metres >= 5000 or crs.isGeographic()
    units = (
        QgsUnitTypes.DistanceUnit.DistanceKilometers
        if km
        else QgsUnitTypes.DistanceUnit.DistanceMeters
    )
    bar.applyDefaultSize(units)
    bar.setUnits(units)
    bar.setUnitLabel(tr("km") if km else tr("m"))
    bar.setNumberOfSegmentsLeft(0)
    bar.update()


def stats_rows(stats: ClassStats) -> List[list]:
    rows = []
    for r in stats.rows:
        rows.append(
            [
                r.label,
                str(r.count),
                "" if r.area_km2 is None else f"{r.area_km2:.2f}",
                f"{r.share:.1f}",
            ]
        )
    return rows


def stats_headers(stats: ClassStats) -> List[str]:
    return [
        "",
        tr("Class"),
        stats.count_title(),
        tr("Area (km²)") if stats.has_area else tr("Area"),
        tr("Share (%)"),
    ]


def _table(frame: QgsLayoutFrame, stats: ClassStats):
    table = frame.multiFrame()
    if not isinstance(table, QgsLayoutItemManualTable):
        return
    cols = []
    for text in stats_headers(stats):
        c = QgsLayoutTableColumn()
        c.setHeading(text)
        cols.append(c)
    table.setHeaders(cols)
    table.setIncludeTableHeader(True)
    contents = []
    for r, values in zip(stats.rows, stats_rows(stats)):
        swatch = QgsTableCell("")
        swatch.setBackgroundColor(QColor(r.color))
        contents.append([swatch] + [QgsTableCell(v) for v in values])
    table.setTableContents(contents)
    table.setColumnWidths([6.0, 0.0, 0.0, 0.0, 0.0])
    table.refresh()


def fill_layout(
    layout: QgsPrintLayout, content: MapContent, profile: Profile, template: str = ""
) -> List[str]:
    """Put the map, legend, texts and statistics into a loaded template.
    Returns messages for the user (fonts replaced, items the template lacks)."""
    messages = []
    lacking = check_items(layout, template)
    if lacking:
        messages.append(
            tr("The template has no item {ids}; that part is left out.").format(
                ids=", ".join(lacking)
            )
        )
    project = layout.project()
    crs = content.result.crs()
    layers = draw_order(content.result, content.base, profile)
    extent = layer_extent([content.result], crs, project.transformContext())
    main = find_item(layout, "cc_map")
    _set_map(main, layers, crs, extent)

    overview = find_item(layout, "cc_overview")
    if overview is not None:
        ov_layers = content.overview_layers or [content.result]
        ov_extent = layer_extent(ov_layers, crs, project.transformContext())
        ov_extent.combineExtentWith(main.extent())
        _set_map(overview, ov_layers, crs, ov_extent)
        overview.overview().setLinkedMap(main)

    _legend(find_item(layout, "cc_legend"), content, profile)
    bar = find_item(layout, "cc_scalebar")
    if bar is not None:
        bar.setLinkedMap(main)
        _scalebar(bar, crs, main.extent().width())
    north = find_item(layout, "cc_north")
    if north is not None:
        north.setLinkedMap(main)
    frame = find_item(layout, "cc_stats")
    if frame is not None and content.stats is not None:
        _table(frame, content.stats)

    QgsExpressionContextUtils.setLayoutVariable(layout, "cc_title", content.title)
    QgsExpressionContextUtils.setLayoutVariable(layout, "cc_subtitle", content.subtitle)
    for name, value in content.variables.items():
        if value:
            QgsExpressionContextUtils.setLayoutVariable(layout, name, value)
    for item in _label_items(layout):
        item.refresh()
    messages += ensure_cjk_fonts(layout, profile)
    layout.refresh()
    return messages


def unique_name(project: QgsProject, base: str) -> str:
    manager = project.layoutManager()
    name, n = base, 2
    while manager.layoutByName(name) is not None:
        name = f"{base} ({n})"
        n += 1
    return name


def build_layout(
    project: QgsProject,
    template: str,
    content: MapContent,
    profile: Profile,
    name: str,
    add: bool = True,
) -> Tuple[QgsPrintLayout, List[str]]:
    """Load ``template`` (a key of :data:`TEMPLATES` or a .qpt path), fill it
    and (``add``) put it into the project's layout manager under a name not
    yet taken."""
    path = template_path(template) if template in TEMPLATES else template
    layout = load_template(project, path, unique_name(project, name) if add else name)
    messages = fill_layout(layout, content, profile, path)
    if add:
        project.layoutManager().addLayout(layout)
    return layout, messages


# ---------------------------------------------------------------------------
# Export (temp file, then rename: nothing half-written)
# ---------------------------------------------------------------------------


def _export_error(kind: str, path: str, exporter: QgsLayoutExporter, code) -> InputError:
    detail = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
    return InputError(
        tr(
            "The {kind} export to {path} failed (code {code}). {detail} Check "
            "the disk space and the output path."
        ).format(kind=kind, path=path, code=int(code), detail=detail or "")
    )


def _export(layout: QgsPrintLayout, path: str, kind: str, export) -> str:
    """Write ``path`` with ``export(exporter, tmp)`` (an ``ExportResult``)
    through a temporary file; a failed export names ``kind`` and the code."""

    def write(tmp: str) -> None:
        exporter = QgsLayoutExporter(layout)
        code = export(exporter, tmp)
        if code != QgsLayoutExporter.ExportResult.Success:
            raise _export_error(kind, path, exporter, code)

    return atomic_write(path, write, "." + kind.lower())


def export_pdf(layout: QgsPrintLayout, path: str, dpi: int) -> str:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return _export(layout, path, "PDF", lambda exporter, tmp: exporter.exportToPdf(tmp, settings))


def export_png(layout: QgsPrintLayout, path: str, dpi: int) -> str:
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    settings.exportMetadata = False

    def export(exporter, tmp):
        # QGIS tries to georeference the image in place, which the PNG driver
        # refuses with a harmless GDAL error: keep it out of the user's log.
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            return exporter.exportToImage(tmp, settings)
        finally:
            gdal.PopErrorHandler()

    return _export(layout, path, "PNG", export)


# ---------------------------------------------------------------------------
# The templates in QGIS's own "New from template" list
# ---------------------------------------------------------------------------

TEMPLATE_SETTING = "layout/searchPathsForTemplates"


def _template_paths(settings) -> List[str]:
    value = settings.value(TEMPLATE_SETTING, [], section=QgsSettings.Section.Core)
    if isinstance(value, str):
        return [value] if value else []
    return list(value or [])


def register_template_folder() -> None:
    """Let the layout manager offer the shipped templates (Layout Manager ▸
    New from template)."""
    settings = QgsSettings()
    paths = _template_paths(settings)
    if TEMPLATE_DIR not in paths:
        settings.setValue(
            TEMPLATE_SETTING, paths + [TEMPLATE_DIR], section=QgsSettings.Section.Core
        )


def unregister_template_folder() -> None:
    settings = QgsSettings()
    paths = _template_paths(settings)
    if TEMPLATE_DIR in paths:
        settings.setValue(
            TEMPLATE_SETTING,
            [p for p in paths if p != TEMPLATE_DIR],
            section=QgsSettings.Section.Core,
        )
