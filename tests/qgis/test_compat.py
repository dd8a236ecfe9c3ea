"""cc_warning_plugin.compat on the running QGIS (3.22 and 3.40 in CI): each
name is the type the QGIS API takes there, without a deprecation warning. On
3.40 ``QgsPalLayerSettings.OverPoint`` is a value of another enum and was
refused by the label settings (the base-map labels)."""

import warnings

from qgis.core import QgsField, QgsMapLayerProxyModel, QgsPalLayerSettings, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox

from cc_warning_plugin import compat
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.styles.basemap import apply_basemap_style


def test_label_placement_is_the_enum_the_label_settings_take():
    settings = QgsPalLayerSettings()
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        settings.placement = compat.LabelPlacement.OverPoint
    assert settings.placement == compat.LabelPlacement.OverPoint
    assert type(settings.placement) is compat.LabelPlacement


def test_county_base_map_labels_sit_over_the_polygons(qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4527&field=名称:string(20)", "县界", "memory")
    apply_basemap_style(layer, "county", load_profile(), named=False)
    assert layer.labelsEnabled()
    settings = layer.labeling().settings()
    assert settings.fieldName == "名称"
    assert settings.placement == compat.LabelPlacement.OverPoint


def test_field_types_make_the_fields_a_layer_uri_makes():
    layer = QgsVectorLayer("Point?field=i:integer&field=d:double&field=s:string", "t", "memory")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        made = [
            QgsField("i", compat.FieldType.Int),
            QgsField("d", compat.FieldType.Double),
            QgsField("s", compat.FieldType.String),
        ]
    assert [f.type() for f in made] == [f.type() for f in layer.fields()]


def test_layer_filters_select_the_current_overload(qgis_app):
    combo = QgsMapLayerComboBox()
    both = compat.layer_filters(compat.LayerFilter.PolygonLayer, compat.LayerFilter.LineLayer)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        combo.setFilters(both)
    assert int(combo.filters()) == int(compat.LayerFilter.PolygonLayer) | int(
        compat.LayerFilter.LineLayer
    )
    model = QgsMapLayerProxyModel()
    model.setFilters(both)
    polygons = QgsVectorLayer("Polygon?crs=EPSG:4527", "p", "memory")
    points = QgsVectorLayer("Point?crs=EPSG:4527", "q", "memory")
    assert model.acceptsLayer(polygons) and not model.acceptsLayer(points)


def test_qaction_is_a_qt_action_class():
    action = compat.QAction("评价")
    assert action.text() == "评价"
    assert hasattr(action, "triggered")
