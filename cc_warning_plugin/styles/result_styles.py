"""Styling of evaluation results from the method profile: a categorised
renderer for a vector view (warning level, overload type, trend, element
class, period change) and a paletted renderer for a 双评价 class raster.
Labels in the user's language, colours from the profile; a value the class
set does not know is drawn grey as "unclassified" (never left undrawn).

The style is kept as a named layer style ("cc_warning"), so the layer's own
style stays available in Layer Properties ▸ Styles."""

from typing import Dict, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..core.dual.classes import find_class_set
from ..core.i18n import tr
from ..core.profile import Profile
from ..report.results import ClassSet, View, class_set
from .raster_styles import paletted_renderer

STYLE_NAME = "cc_warning"
OUTLINE = "#595959"


def use_named_style(layer) -> None:
    """Make the plugin's named style current (created from the layer's
    present style the first time), so the user's own style is kept."""
    manager = layer.styleManager()
    if STYLE_NAME not in manager.styles():
        manager.addStyleFromLayer(STYLE_NAME)
    if manager.currentStyle() != STYLE_NAME:
        manager.setCurrentStyle(STYLE_NAME)


def class_symbol(geometry_type, colour: str) -> QgsSymbol:
    if geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        return QgsFillSymbol.createSimple(
            {
                "color": _rgba(colour),
                "outline_color": _rgba(OUTLINE),
                "outline_width": "0.26",
                "outline_width_unit": "MM",
            }
        )
    if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        return QgsLineSymbol.createSimple({"line_color": _rgba(colour), "line_width": "0.8"})
    return QgsMarkerSymbol.createSimple(
        {"color": _rgba(colour), "size": "3", "outline_color": _rgba(OUTLINE)}
    )


def _rgba(colour: str) -> str:
    c = QColor(colour)
    return f"{c.red()},{c.green()},{c.blue()},{c.alpha()}"


def unknown_values(layer: QgsVectorLayer, field: str, cset: ClassSet) -> list:
    idx = layer.fields().indexOf(field)
    if idx < 0:
        return []
    out = set()
    for v in layer.uniqueValues(idx):
        if cset.entry(None if _is_null(v) else v) is None:
            out.add(tr("empty") if _is_null(v) or str(v).strip() == "" else str(v))
    return sorted(out)


def _is_null(v) -> bool:
    if v is None:
        return True
    try:
        return v.isNull()
    except AttributeError:
        return False


def vector_renderer(
    layer: QgsVectorLayer, view: View, profile: Profile, cset: Optional[ClassSet] = None
) -> QgsCategorizedSymbolRenderer:
    """Categorised renderer over the view's field with the class set's
    classes in order, and one grey "Unclassified (codes)" category catching
    every other value (also empty ones) when the layer has such values."""
    cset = cset or class_set(profile, view.set_key)
    gtype = layer.geometryType()
    categories = []
    idx = layer.fields().indexOf(view.field)
    present = {str(v) for v in layer.uniqueValues(idx)} if idx >= 0 else set()
    for e in cset.entries + [x for x in cset.extra if str(x.value) in present]:
        categories.append(QgsRendererCategory(e.value, class_symbol(gtype, e.color), e.label, True))
    unknown = unknown_values(layer, view.field, cset)
    if unknown:
        categories.append(
            QgsRendererCategory(
                "",
                class_symbol(gtype, profile.get("maps.unclassified_color")),
                tr("Unclassified ({codes})").format(codes=", ".join(unknown)),
                True,
            )
        )
    return QgsCategorizedSymbolRenderer(view.field, categories)


def raster_renderer(
    layer: QgsRasterLayer,
    view: View,
    profile: Profile,
    counts: Optional[Dict] = None,
    cset: Optional[ClassSet] = None,
) -> QgsPalettedRasterRenderer:
    """Paletted renderer of a class raster (the 双评价 class sets through
    :mod:`raster_styles`); values present in ``counts`` but unknown to the
    class set get grey "unclassified" classes."""
    dual = find_class_set(profile, view.set_key)
    if dual is not None:
        classes = paletted_renderer(layer, dual, view.band).classes()
    else:
        cset = cset or class_set(profile, view.set_key)
        classes = []
        for e in cset.entries:
            try:
                value = float(e.value)
            except (TypeError, ValueError):
                continue
            classes.append(QgsPalettedRasterRenderer.Class(value, QColor(e.color), e.label))
    known = {float(c.value) for c in classes}
    grey = QColor(profile.get("maps.unclassified_color"))
    for value in sorted(counts or {}):
        if float(value) not in known:
            classes.append(
                QgsPalettedRasterRenderer.Class(
                    float(value), grey, tr("Unclassified ({codes})").format(codes=value)
                )
            )
    return QgsPalettedRasterRenderer(layer.dataProvider(), view.band, classes)


def apply_view_style(
    layer,
    view: View,
    profile: Profile,
    counts: Optional[Dict] = None,
    opacity: Optional[float] = None,
    named: bool = True,
) -> None:
    """Style ``layer`` for ``view`` (vector or raster)."""
    if named:
        use_named_style(layer)
    if isinstance(layer, QgsRasterLayer):
        layer.setRenderer(raster_renderer(layer, view, profile, counts))
    else:
        layer.setRenderer(vector_renderer(layer, view, profile))
    layer.setOpacity(profile.get("maps.result_opacity") if opacity is None else opacity)
    layer.setCustomProperty("cc_warning/view", view.key)
    layer.setCustomProperty("cc_warning/class_set", view.set_key)
    layer.setCustomProperty("cc_warning/field", view.field)
    layer.triggerRepaint()
    layer.emitStyleChanged()
