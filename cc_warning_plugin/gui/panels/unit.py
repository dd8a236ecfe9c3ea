"""The unit tab: click a unit on the map and read every classification of
it with its label, the element indices and notes, the trend components and
the cause (成因); on a class raster, the class of the cell."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtWidgets import QTextBrowser

from ...core.i18n import tr
from ...report import layers as rl
from ...report.html import unit_summary_html
from ...report.results import class_set, unit_summary
from ...specs.base import N_
from ..widgets import button
from .base import Panel


class UnitPanel(Panel):
    key = "unit"
    icon = "/mActionIdentify.svg"

    TITLE = N_("Unit details")
    SHORT = N_("Identify")

    def build(self, box):
        self.identify_button = button(
            tr("Click a unit on the map"),
            tr("Then click the map: this tab shows what the result says about the unit."),
            toggled=self._identify_toggled,
        )
        box.addWidget(self.identify_button)
        self.browser = QTextBrowser()
        self.browser.setMinimumHeight(200)
        box.addWidget(self.browser, 1)

    def closed(self) -> None:
        if self.identify_button.isChecked():
            self.identify_button.setChecked(False)

    def _identify_toggled(self, on):
        self.toggle_map_tool(on, self.show_unit_at)

    # -- what the map tool calls ----------------------------------------------
    def show_unit_at(self, point, crs) -> str:
        """Show what the result says at a map point (in ``crs``)."""
        layer = self.dock.current_layer()
        if layer is None:
            return ""
        if layer.crs() != crs:
            point = QgsCoordinateTransform(crs, layer.crs(), self.project).transform(point)
        if isinstance(layer, QgsRasterLayer):
            return self._show_cell(layer, point)
        tol = layer.extent().width() / 1e6 or 1e-9
        rect = QgsRectangle(point.x() - tol, point.y() - tol, point.x() + tol, point.y() + tol)
        pt = QgsGeometry.fromPointXY(point)
        for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
            if f.hasGeometry() and f.geometry().intersects(pt):
                return self.show_unit(f)
        self.browser.setHtml(tr("No unit here."))
        return ""

    def show_unit(self, feature) -> str:
        row = {n: rl.plain(v) for n, v in zip(feature.fields().names(), feature.attributes())}
        vector_views = [v for v in self.dock.views if not v.is_raster]
        s = unit_summary(row, vector_views, self.profile)
        heading = " ".join(x for x in (s.name, s.code) if x) or tr("Unit")
        text = unit_summary_html(
            s, heading, tr("Cause:"), tr("Trend components (annual change rates, %)")
        )
        self.browser.setHtml(text)
        self.dock.show_panel(self)
        return text

    def _show_cell(self, layer, point) -> str:
        view = self.dock.current_view()
        value, ok = layer.dataProvider().sample(point, view.band if view else 1)
        if not ok:
            self.browser.setHtml(tr("No data here."))
            return ""
        cset = class_set(self.profile, view.set_key)
        e = cset.entry(value)
        label = e.label if e else tr("Unclassified ({codes})").format(codes=value)
        text = f"<h3>{view.title}</h3><p>{label} ({value:g})</p>"
        self.browser.setHtml(text)
        return text
