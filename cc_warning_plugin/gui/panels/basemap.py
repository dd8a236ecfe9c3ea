"""The map tab: the result styled from the method profile, drawn over the
bureau's planning base map (规划底图) with the same convention as the
exported layout — the result at the profile's ``maps.result_opacity``,
boundaries over it, 三区三线 areas, land use and the local raster under it."""

from typing import Dict, Optional

from qgis.core import Qgis, QgsMapLayer, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QFormLayout, QLabel

from ...compat import LayerFilter, layer_filters
from ...core.errors import CCError
from ...core.i18n import tr
from ...report import layers as rl
from ...specs.base import N_
from ...styles.basemap import (
    ROLES,
    apply_basemap_style,
    crs_note,
    draw_order,
    remote_reason,
    require_local,
    role_title,
)
from ...styles.result_styles import apply_view_style
from ..widgets import button
from .base import Panel

SCOPE = "cc_warning"

#: Words in a layer name that suggest its base-map role (filled in only when
#: the project has no choice stored yet).
ROLE_HINTS = {
    "county": ("county", "县级", "县界", "区县", "县域"),
    "township": ("township", "乡镇", "街道"),
    "eco_redline": ("eco_redline", "生态保护红线", "生态红线", "redline"),
    "farmland": ("farmland", "永久基本农田", "基本农田"),
    "urban_boundary": ("urban_boundary", "城镇开发边界", "开发边界"),
    "landuse": ("landuse", "land_use", "土地利用", "地类", "三调"),
}


def guess_role(name: str) -> Optional[str]:
    low = name.lower()
    for role, words in ROLE_HINTS.items():
        if any(w in low for w in words):
            return role
    return None


class MapPanel(Panel):
    key = "map"
    icon = "/propertyicons/symbology.svg"

    TITLE = N_("Style and base map")
    SHORT = N_("Map")

    def build(self, box):
        self.style_button = button(
            tr("Apply standard style"),
            tr(
                "Colours and labels from the method profile; the "
                "layer's own style stays available as a named "
                "style."
            ),
            clicked=self.apply_style,
        )
        box.addWidget(self.style_button)
        heading = QLabel(tr("Planning base map (local files only)"))
        heading.setWordWrap(True)
        box.addWidget(heading)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.combos: Dict[str, QgsMapLayerComboBox] = {}
        self.role_labels: Dict[str, QLabel] = {}
        for role in reversed(ROLES):
            combo = QgsMapLayerComboBox()
            if role == "raster":
                combo.setFilters(layer_filters(LayerFilter.RasterLayer))
            else:
                combo.setFilters(layer_filters(LayerFilter.PolygonLayer, LayerFilter.LineLayer))
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
            self.combos[role] = combo
            text = QLabel(role_title(self.profile, role))
            text.setWordWrap(True)
            self.role_labels[role] = text
            self.form.addRow(text, combo)
        box.addLayout(self.form)
        self.base_button = button(
            tr("Draw base map"),
            tr(
                "Conventional planning-map symbols, as on the exported "
                "layout: boundaries over the result, areas under it, "
                "the result semi-transparent. Only local files: no "
                "online service is used."
            ),
            clicked=self.apply_basemap,
        )
        box.addWidget(self.base_button)
        box.addStretch(1)
        self.project.layersAdded.connect(self._guess_base_layers)
        self._linked_project = self.project

    # -- hooks ---------------------------------------------------------------
    def profile_changed(self, profile) -> None:
        for role, text in self.role_labels.items():
            text.setText(role_title(profile, role))

    def load_settings(self, project) -> None:
        if project is not self._linked_project:
            self._linked_project.layersAdded.disconnect(self._guess_base_layers)
            project.layersAdded.connect(self._guess_base_layers)
            self._linked_project = project
        for role, combo in self.combos.items():
            layer_id, ok = project.readEntry(SCOPE, f"basemap/{role}", "")
            combo.setLayer(project.mapLayer(layer_id) if ok and layer_id else None)
        self._guess_base_layers()

    def cleanup(self) -> None:
        if self._linked_project is not None:
            self._linked_project.layersAdded.disconnect(self._guess_base_layers)
            self._linked_project = None

    def _guess_base_layers(self, *_):
        for layer in self.project.mapLayers().values():
            role = guess_role(layer.name())
            if role is None:
                continue
            combo = self.combos[role]
            stored, ok = self.project.readEntry(SCOPE, f"basemap/{role}", "")
            fits = isinstance(layer, QgsVectorLayer) and layer.geometryType() in (1, 2)
            if (
                combo.currentLayer() is None
                and not stored
                and fits
                and remote_reason(layer) is None
            ):
                combo.setLayer(layer)

    # -- what the buttons call -------------------------------------------------
    def base_layers(self) -> Dict[str, QgsMapLayer]:
        return {
            role: c.currentLayer()
            for role, c in self.combos.items()
            if c.currentLayer() is not None
        }

    def apply_style(self) -> bool:
        """Style the result with the profile's colours and labels."""
        dock = self.dock
        layer, view = dock.current_layer(), dock.current_view()
        if layer is None or view is None:
            self.show_message(tr("Choose an evaluation result first."), Qgis.MessageLevel.Warning)
            return False
        try:
            rl.check_not_empty(layer)
            counts = None
            if isinstance(layer, QgsRasterLayer):
                _, counts = rl.raster_statistics(layer.source(), layer.name(), view, self.profile)
            apply_view_style(layer, view, self.profile, counts)
        except CCError as exc:
            self.show_error(exc)
            return False
        # (an interface without a layer tree, as in scripts and tests, has nothing to refresh)
        tree = getattr(dock.iface, "layerTreeView", None)
        if tree is not None:
            tree().refreshLayerSymbology(layer.id())
        dock.refresh_statistics()
        if dock.stats is not None and dock.stats.unknown:
            self.show_message(
                tr(
                    "{n} unit(s) or cell(s) hold classes the method profile "
                    "does not know ({codes}): drawn grey as unclassified."
                ).format(
                    n=dock.stats.unclassified_count, codes=", ".join(sorted(dock.stats.unknown))
                ),
                Qgis.MessageLevel.Warning,
            )
        else:
            self.show_message(
                tr("Styled '{layer}': {view}.").format(layer=layer.name(), view=view.title)
            )
        return True

    def apply_basemap(self) -> bool:
        """Style the chosen base-map layers, put boundaries over the result and
        areas under it, draw the result at the profile's ``maps.result_opacity``
        (the exported layout's convention) and remember the choice in the
        project."""
        result = self.dock.current_layer()
        base = self.base_layers()
        notes = []
        try:
            for layer in base.values():
                require_local(layer)
            for role, layer in base.items():
                apply_basemap_style(layer, role, self.profile)
                if result is not None:
                    note = crs_note(layer, result.crs())
                    if note:
                        notes.append(note)
        except CCError as exc:
            self.show_error(exc)
            return False
        for role in ROLES:
            layer = base.get(role)
            self.project.writeEntry(SCOPE, f"basemap/{role}", layer.id() if layer else "")
        if result is not None:
            if base:
                result.setOpacity(self.profile.get("maps.result_opacity"))
                result.triggerRepaint()
            self._order_layers(result, base)
        text = (
            tr("Base map drawn: {layers}.").format(
                layers=", ".join(role_title(self.profile, r) for r in ROLES if r in base)
            )
            if base
            else tr("No base-map layer chosen.")
        )
        self.show_message(" ".join([text] + notes))
        return True

    def _order_layers(self, result, base):
        """Move the layers in the layer tree, top to bottom as
        :func:`draw_order` says, to where the result is. The moved nodes are
        inserted before the old ones are removed (a layer whose last node
        leaves the tree would leave the project)."""
        root = self.project.layerTreeRoot()
        result_node = root.findLayer(result.id())
        if result_node is None:
            return
        parent = result_node.parent()
        index = parent.children().index(result_node)
        old = []
        for offset, layer in enumerate(draw_order(result, base, self.profile)):
            node = root.findLayer(layer.id())
            if node is None:
                continue
            parent.insertChildNode(index + offset, node.clone())
            old.append(node)
        for node in old:
            node.parent().removeChildNode(node)
