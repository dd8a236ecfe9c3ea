"""The few QGIS and Qt names that differ between the QGIS releases the plugin
runs on — QGIS 3.22 LTR to 3.40 LTR on Qt 5, and Qt 6 builds — in one place.

Everything else uses names that all of them accept: the ``Qgis.*`` enums that
3.22 already has (``Qgis.MessageLevel.Warning``) and otherwise an enum through
its scoped name (``QgsProcessing.SourceType.TypeVectorPolygon``,
``Qt.AlignmentFlag.AlignLeft``). This module is the only one that asks what
the running QGIS offers; ``scripts/check_qt6.py`` (run by the tests) finds
unscoped enum values and Qt 5-only names elsewhere.
"""

from qgis.core import (
    Qgis,
    QgsLayoutItemLabel,
    QgsLegendStyle,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsProcessingAlgorithm,
)
from qgis.PyQt import QtCore, QtGui, QtWidgets

#: label placement (``QgsPalLayerSettings.placement``): ``Qgis.LabelPlacement``
#: from QGIS 3.26. In 3.40 ``QgsPalLayerSettings.OverPoint`` names a value of
#: another enum (the predefined point position) and is refused there.
LabelPlacement = getattr(Qgis, "LabelPlacement", None) or QgsPalLayerSettings.Placement

#: layer filters of ``QgsMapLayerComboBox.setFilters``: ``Qgis.LayerFilter`` from
#: QGIS 3.34 (the proxy model's own enum is deprecated there).
if hasattr(Qgis, "LayerFilter"):
    LayerFilter, _LayerFilters = Qgis.LayerFilter, Qgis.LayerFilters
else:
    LayerFilter, _LayerFilters = QgsMapLayerProxyModel.Filter, QgsMapLayerProxyModel.Filters


def layer_filters(*filters):
    """The flags for ``QgsMapLayerComboBox.setFilters`` that accept any of
    ``filters`` (``LayerFilter`` values). In 3.40 ``a | b`` of two values is a
    plain int, which selects the deprecated overload."""
    combined = 0
    for f in filters:
        combined |= int(f)
    return _LayerFilters(combined)


#: ``QAction`` is in QtGui in Qt 6 (and in QGIS 3.40's ``qgis.PyQt.QtGui``),
#: in QtWidgets in Qt 5.
QAction = getattr(QtGui, "QAction", None) or QtWidgets.QAction


class FieldType:
    """Types of a ``QgsField``: ``QMetaType.Type`` from QGIS 3.38 (the only
    kind Qt 6 has), ``QVariant.Type`` before (3.22 accepts no other)."""

    if Qgis.QGIS_VERSION_INT >= 33800:
        Int = QtCore.QMetaType.Type.Int
        Double = QtCore.QMetaType.Type.Double
        String = QtCore.QMetaType.Type.QString
        Date = QtCore.QMetaType.Type.QDate
        DateTime = QtCore.QMetaType.Type.QDateTime
    else:
        Int = QtCore.QVariant.Int
        Double = QtCore.QVariant.Double
        String = QtCore.QVariant.String
        Date = QtCore.QVariant.Date
        DateTime = QtCore.QVariant.DateTime


#: a layout label's text: a ``QgsTextFormat`` from QGIS 3.24 (``font()`` and
#: ``setFont()`` are deprecated in 3.40), a ``QFont`` before.
_LABEL_TEXT_FORMAT = hasattr(QgsLayoutItemLabel, "textFormat")
#: a legend style's text: a ``QgsTextFormat`` from QGIS 3.30 (the legend's
#: ``styleFont()`` and ``setStyleFont()`` are deprecated in 3.40).
_LEGEND_TEXT_FORMAT = hasattr(QgsLegendStyle, "textFormat")


def label_font(item):
    """The font of a ``QgsLayoutItemLabel``."""
    return item.textFormat().font() if _LABEL_TEXT_FORMAT else item.font()


def set_label_font(item, font) -> None:
    """Give a ``QgsLayoutItemLabel`` the family and style of ``font`` (its
    text size is kept)."""
    if _LABEL_TEXT_FORMAT:
        fmt = item.textFormat()
        fmt.setFont(font)
        item.setTextFormat(fmt)
    else:
        item.setFont(font)


def legend_font(legend, style):
    """The font of one ``QgsLegendStyle.Style`` of a ``QgsLayoutItemLegend``."""
    if _LEGEND_TEXT_FORMAT:
        return legend.style(style).textFormat().font()
    return legend.styleFont(style)


def set_legend_font(legend, style, font) -> None:
    """Give one style of a ``QgsLayoutItemLegend`` the family of ``font``."""
    if _LEGEND_TEXT_FORMAT:
        s = legend.style(style)
        fmt = s.textFormat()
        fmt.setFont(font)
        s.setTextFormat(fmt)
        legend.setStyle(style, s)
    else:
        legend.setStyleFont(style, font)


def parameter_as_strings(alg, parameters, name, context):
    """The texts of a multiple field parameter: ``parameterAsStrings`` from
    QGIS 3.32 (``parameterAsFields`` is deprecated there)."""
    if hasattr(QgsProcessingAlgorithm, "parameterAsStrings"):
        return alg.parameterAsStrings(parameters, name, context)
    return alg.parameterAsFields(parameters, name, context)
