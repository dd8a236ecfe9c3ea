"""Styling of result layers from the method profile's class sets (codes,
labels in the user's language, colours). One source of truth: the profile."""

from typing import Optional

from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsSymbol, QgsVectorLayer
from qgis.PyQt.QtGui import QColor

from ..core.i18n import label, tr
from ..core.profile import Profile

UNCLASSIFIED_COLOR = "#9e9e9e"


def class_renderer(
    layer: QgsVectorLayer,
    field: str,
    profile: Profile,
    set_name: str,
    counts: Optional[dict] = None,
) -> QgsCategorizedSymbolRenderer:
    """Categorised renderer over ``field`` with the profile's class set.

    ``set_name`` is a class set of the profile, top-level (``load_classes``)
    or under a section (``zoning.classes``). Codes present in the layer but
    unknown to the profile get one grey "Unclassified" category, so nothing
    is silently left undrawn.
    """
    data = profile.get(set_name)  # a top-level set or a dotted one (zoning.classes)
    categories = []
    known = list(data["order"])
    for code in known:
        entry = data[code]
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(entry["color"]))
        categories.append(QgsRendererCategory(code, symbol, label(entry), True))
    idx = layer.fields().indexOf(field)
    if idx >= 0:
        present = {v for v in layer.uniqueValues(idx) if v is not None and v != ""}
        unknown = sorted(str(v) for v in present if str(v) not in known)
        if unknown:
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.setColor(QColor(UNCLASSIFIED_COLOR))
            categories.append(
                QgsRendererCategory(
                    "", symbol, tr("Unclassified ({codes})").format(codes=", ".join(unknown)), True
                )
            )
    return QgsCategorizedSymbolRenderer(field, categories)


def apply_class_style(layer: QgsVectorLayer, field: str, profile: Profile, set_name: str) -> None:
    if not layer or not layer.isValid() or layer.fields().indexOf(field) < 0:
        return
    if layer.geometryType() not in (0, 1, 2):  # no geometry: tables stay unstyled
        return
    layer.setRenderer(class_renderer(layer, field, profile, set_name))
    layer.triggerRepaint()
