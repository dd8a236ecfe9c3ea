"""The 符合性分析 tab: pick a project site (a feature of a layer, or a
polygon drawn on the map), choose the control units, the 准入清单, the
三区三线 and the warning result (remembered in the project), run
cc_warning:zoning_compliance and read the conclusion of every site and the
verdict of every clause with its reason; open the site's report (HTML, with
the PDF beside it)."""

import os
import uuid
from typing import Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingUtils,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsMapLayerComboBox,
    QgsMapTool,
    QgsMapToolEmitPoint,
    QgsRubberBand,
)
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
)

from ...compat import FieldType, LayerFilter, layer_filters
from ...core.errors import CCError
from ...core.i18n import label, tr
from ...core.zoning.config import ZoningConfig
from ...processing.zoning.compliance import layer_key
from ...report.compliance import report_stem
from ...specs.base import N_
from ...specs.zoning import THREE_LINES
from ..widgets import FitTable, button, file_widget, note, wrap_long_rows
from .basemap import guess_role
from .base import Panel

SCOPE = "cc_warning"
PREFIX = "compliance"
#: the site-choice combos and what they are stored under in the project
COMBOS = ("sites", "units", "warning") + tuple(key for _, key in THREE_LINES)


class SiteDrawTool(QgsMapTool):
    """Draw a polygon: a left click adds a vertex, a right click (or a
    double click) ends it; ``finished(geometry)`` is called with the polygon
    in the canvas CRS."""

    def __init__(self, canvas, finished):
        super().__init__(canvas)
        self.finished = finished
        self.points: List[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setColor(QColor(0, 0, 0, 60))
        self.band.setStrokeColor(QColor(0, 0, 0))
        self.band.setWidth(2)

    def add_point(self, point: QgsPointXY) -> None:
        self.points.append(QgsPointXY(point))
        self.band.addPoint(QgsPointXY(point), True)

    def finish(self) -> Optional[QgsGeometry]:
        """End the polygon (None, and nothing drawn, with fewer than three
        vertices)."""
        points, self.points = self.points, []
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if len(points) < 3:
            return None
        geometry = QgsGeometry.fromPolygonXY([points + [points[0]]])
        self.finished(geometry)
        return geometry

    def canvasReleaseEvent(self, event):  # noqa: N802 (QGIS API)
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
        else:
            self.add_point(self.toMapCoordinates(event.pos()))

    def canvasDoubleClickEvent(self, event):  # noqa: N802 (QGIS API)
        self.finish()

    def deactivate(self):
        self.points = []
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        super().deactivate()


class CompliancePanel(Panel):
    key = "compliance"
    icon = "/mIconSuccess.svg"

    TITLE = N_("Conformity analysis (符合性分析)")
    SHORT = N_("Conformity")

    def build(self, box):
        self._tool = None
        self.drawn_layer_id = ""
        self.report_folder = ""
        self.results: Dict = {}
        self.site_ids: List[str] = []
        box.addWidget(
            note(
                tr(
                    "Checks project sites against the control units and their 准入清单: the units "
                    "touched, the 三区三线, the county's warning and every clause with its verdict "
                    "and "
                    ""
                    "reason. Without a list no verdict is given."
                )
            )
        )
        form = wrap_long_rows(QFormLayout())
        # every label above its field: long labels and paths stay whole in a narrow dock
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.combos: Dict[str, QgsMapLayerComboBox] = {}
        self.combos["sites"] = self._combo(layer_filters(LayerFilter.VectorLayer))
        form.addRow(tr("Project sites"), self.combos["sites"])
        self.selected_check = QCheckBox(tr("Only the selected features"))
        self.selected_check.setToolTip(
            tr("Analyse the selected sites only (a picked or drawn site is selected).")
        )
        self.selected_check.toggled.connect(lambda _: self._show_sites())
        form.addRow(self.selected_check)
        row = QHBoxLayout()
        self.pick_button = button(
            tr("Pick a site"),
            tr("Then click a feature of the site layer on the map."),
            toggled=self._pick_toggled,
        )
        row.addWidget(self.pick_button)
        self.draw_button = button(
            tr("Draw a site"),
            tr(
                "Click the corners on the map, right-click to finish. "
                "The site goes into a layer of drawn sites, whose "
                "attribute table takes its industry code, water use …"
            ),
            toggled=self._draw_toggled,
        )
        row.addWidget(self.draw_button)
        form.addRow(row)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("name of a drawn site"))
        form.addRow(tr("Drawn site"), self.name_edit)
        self.industry_edit = QLineEdit()
        self.industry_edit.setPlaceholderText("C2614")
        form.addRow(tr("Industry code (GB/T 4754)"), self.industry_edit)
        self.buffer_spin = QDoubleSpinBox()
        self.buffer_spin.setRange(0.0, 100000.0)
        self.buffer_spin.setDecimals(1)
        self.buffer_spin.setSuffix(" m")
        self.buffer_spin.setToolTip(
            tr("Buffer of point and line sites without their own buffer field.")
        )
        form.addRow(tr("Buffer of points and lines"), self.buffer_spin)
        self.site_label = note()
        form.addRow(self.site_label)

        self.combos["units"] = self._combo(layer_filters(LayerFilter.PolygonLayer))
        form.addRow(tr("Control units"), self.combos["units"])
        self.list_widget = file_widget(
            tr("Access list (*.xlsx *.csv *.toml)"),
            tr("Empty: no verdict is given (缺少官方清单时不判断符合性)."),
            lambda path: self._store("list", path),
        )
        form.addRow(tr("准入清单 (access list)"), self.list_widget)
        self.line_labels: Dict[str, QLabel] = {}
        for _, key in THREE_LINES:
            self.combos[key] = self._combo(layer_filters(LayerFilter.PolygonLayer))
            text = QLabel(self._layer_title(key))
            text.setWordWrap(True)
            self.line_labels[key] = text
            form.addRow(text, self.combos[key])
        self.combos["warning"] = self._combo(layer_filters(LayerFilter.VectorLayer))
        form.addRow(tr("Warning result"), self.combos["warning"])
        box.addLayout(form)
        self.layers_label = note()
        box.addWidget(self.layers_label)
        row = QHBoxLayout()
        self.run_button = button(
            tr("Analyse"),
            tr(
                "Runs cc_warning:zoning_compliance with these choices and writes a report per site."
            ),
            clicked=self.run_analysis,
        )
        row.addWidget(self.run_button)
        self.report_button = button(
            tr("Open report"),
            tr("The report of the site chosen in the table (HTML; the PDF is beside it)."),
            clicked=self.open_report,
            enabled=False,
        )
        row.addWidget(self.report_button)
        box.addLayout(row)
        self.conclusions = FitTable(3, wrap=(0, 1, 2), whole=True)
        self.conclusions.set_headers([tr("Site"), tr("Conclusion"), tr("Clauses")])
        box.addWidget(self.conclusions)
        self.table = FitTable(4, wrap=(0, 2, 3))
        self.table.set_headers([tr("Site"), tr("Clause"), tr("Verdict"), tr("Reason")])
        self.table.setMinimumHeight(180)
        box.addWidget(self.table, 1)
        for name, combo in self.combos.items():
            combo.layerChanged.connect(
                lambda layer, n=name: self._store(n, layer.id() if layer is not None else "")
            )
        self.combos["sites"].layerChanged.connect(lambda _: self._show_sites())
        self._linked_project = None
        self._link(self.project)

    # -- widgets -------------------------------------------------------------------
    @staticmethod
    def _combo(filters) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox()
        combo.setFilters(filters)
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        return combo

    def _layer_title(self, key: str) -> str:
        entry = ZoningConfig.from_profile(self.profile).layers.get(key)
        return label(entry) if entry else key

    def _store(self, name: str, value: str) -> None:
        self.project.writeEntry(SCOPE, f"{PREFIX}/{name}", value or "")

    # -- hooks ---------------------------------------------------------------------
    def profile_changed(self, profile) -> None:
        for key, text in self.line_labels.items():
            text.setText(self._layer_title(key))
        self._show_further_layers()

    def result_changed(self, layer) -> None:
        combo = self.combos["warning"]
        stored, _ = self.project.readEntry(SCOPE, f"{PREFIX}/warning", "")
        if combo.currentLayer() is None and not stored and isinstance(layer, QgsVectorLayer):
            combo.setLayer(layer)

    def _link(self, project) -> None:
        """Follow the layers added to and removed from ``project`` (only)."""
        if project is self._linked_project:
            return
        self._unlink()
        project.layersAdded.connect(self._guess_layers)
        project.layersRemoved.connect(self._layers_removed)
        self._linked_project = project

    def _unlink(self) -> None:
        if self._linked_project is not None:
            self._linked_project.layersAdded.disconnect(self._guess_layers)
            self._linked_project.layersRemoved.disconnect(self._layers_removed)
            self._linked_project = None

    def _layers_removed(self, _ids) -> None:
        self._show_further_layers()

    def load_settings(self, project) -> None:
        self._link(project)
        for name, combo in self.combos.items():
            layer_id, ok = project.readEntry(SCOPE, f"{PREFIX}/{name}", "")
            combo.blockSignals(True)
            combo.setLayer(project.mapLayer(layer_id) if ok and layer_id else None)
            combo.blockSignals(False)
        path, ok = project.readEntry(SCOPE, f"{PREFIX}/list", "")
        self.list_widget.blockSignals(True)
        self.list_widget.setFilePath(path if ok else "")
        self.list_widget.blockSignals(False)
        value, ok = project.readDoubleEntry(SCOPE, f"{PREFIX}/buffer", 0.0)
        self.buffer_spin.setValue(value if ok else 0.0)
        self._guess_layers()
        self._show_sites()

    def closed(self) -> None:
        for tool_button in (self.pick_button, self.draw_button):
            if tool_button.isChecked():
                tool_button.setChecked(False)

    def cleanup(self) -> None:
        self.closed()
        self._unlink()

    def _guess_layers(self, *_):
        """Fill the empty 三区三线 combos from the map tab's base map, else
        from layer names (only where the project stores no choice)."""
        map_panel = self.dock.panel("map")
        base = map_panel.base_layers() if map_panel is not None else {}
        for _, key in THREE_LINES:
            combo = self.combos[key]
            stored, _ = self.project.readEntry(SCOPE, f"{PREFIX}/{key}", "")
            if combo.currentLayer() is not None or stored:
                continue
            layer = base.get(key)
            if layer is None:
                for candidate in self.project.mapLayers().values():
                    if (
                        isinstance(candidate, QgsVectorLayer)
                        and guess_role(candidate.name()) == key
                    ):
                        layer = candidate
                        break
            if layer is not None:
                combo.setLayer(layer)
        self._show_further_layers()

    # -- the site ------------------------------------------------------------------
    def further_layers(self) -> List[QgsVectorLayer]:
        """Polygon layers of the project named after a layer of the profile
        (drinking_water, 饮用水水源保护区 …) other than the 三区三线: the
        layers the list's conditions may name."""
        cfg = ZoningConfig.from_profile(self.profile)
        lines = {key for _, key in THREE_LINES}
        out, seen = [], set()
        for layer in self.project.mapLayers().values():
            if (
                not isinstance(layer, QgsVectorLayer)
                or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry
            ):
                continue
            key = layer_key(layer.name(), cfg)
            if key is not None and key not in lines and key not in seen:
                seen.add(key)
                out.append(layer)
        return out

    def _show_further_layers(self):
        layers = self.further_layers()
        self.layers_label.setText(
            tr("Further layers for the conditions: {layers}").format(
                layers=", ".join(layer.name() for layer in layers)
            )
            if layers
            else tr(
                "Further layers for the conditions (drinking_water, industrial_park …): none in "
                "the project. A polygon layer named after a layer key of the profile is used."
            )
        )

    def _show_sites(self):
        layer = self.combos["sites"].currentLayer()
        if layer is None:
            self.site_label.setText(tr("No site layer chosen."))
        elif self.selected_check.isChecked():
            self.site_label.setText(
                tr("{n} selected site(s) of {layer}.").format(
                    n=layer.selectedFeatureCount(), layer=layer.name()
                )
            )
        else:
            self.site_label.setText(
                tr("All {n} site(s) of {layer}.").format(n=layer.featureCount(), layer=layer.name())
            )

    def _canvas(self):
        iface = self.dock.iface
        return iface.mapCanvas() if iface is not None else None

    def _set_tool(self, tool):
        canvas = self._canvas()
        if canvas is None:
            return
        if self._tool is not None:
            canvas.unsetMapTool(self._tool)
        self._tool = tool
        if tool is not None:
            canvas.setMapTool(tool)

    def _toggle_tool(self, on, other_button, kind, make_tool):
        """One of the two site buttons toggled: on, the other goes off and
        ``make_tool(canvas)`` becomes the map tool; off, the map tool goes if
        it is still of ``kind``."""
        canvas = self._canvas()
        if canvas is None:
            return
        if on:
            other_button.setChecked(False)
            self._set_tool(make_tool(canvas))
        elif isinstance(self._tool, kind):
            self._set_tool(None)

    def _pick_toggled(self, on):
        self._toggle_tool(on, self.draw_button, QgsMapToolEmitPoint, self._pick_tool)

    def _pick_tool(self, canvas):
        tool = QgsMapToolEmitPoint(canvas)
        tool.canvasClicked.connect(
            lambda point, _button: self.pick_site_at(point, canvas.mapSettings().destinationCrs())
        )
        return tool

    def _draw_toggled(self, on):
        self._toggle_tool(
            on,
            self.pick_button,
            SiteDrawTool,
            lambda canvas: SiteDrawTool(
                canvas, lambda g: self.add_drawn_site(g, canvas.mapSettings().destinationCrs())
            ),
        )

    def pick_site_at(self, point, crs) -> Optional[QgsFeature]:
        """Select the feature of the site layer at a map point (in ``crs``)."""
        layer = self.combos["sites"].currentLayer()
        if layer is None:
            self.show_message(
                tr("Choose the layer of the project sites first."), Qgis.MessageLevel.Warning
            )
            return None
        if layer.crs() != crs:
            point = QgsCoordinateTransform(crs, layer.crs(), self.project).transform(point)
        tol = max(layer.extent().width(), layer.extent().height()) / 2000 or 1e-6
        rect = QgsRectangle(point.x() - tol, point.y() - tol, point.x() + tol, point.y() + tol)
        here = QgsGeometry.fromPointXY(point)
        best = None
        for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
            if not f.hasGeometry():
                continue
            d = f.geometry().distance(here)
            if best is None or d < best[0]:
                best = (d, f)
        if best is None or best[0] > tol:
            self.show_message(tr("No site of {layer} here.").format(layer=layer.name()))
            return None
        layer.selectByIds([best[1].id()])
        self.selected_check.setChecked(True)
        self._show_sites()
        return best[1]

    def drawn_layer(self) -> Optional[QgsVectorLayer]:
        return self.project.mapLayer(self.drawn_layer_id) if self.drawn_layer_id else None

    def add_drawn_site(self, geometry: QgsGeometry, crs) -> QgsFeature:
        """Put a drawn polygon (in ``crs``) into the layer of drawn sites (made
        on first use, with the project attributes of the profile as fields),
        select it and analyse the selection of that layer."""
        layer = self.drawn_layer()
        if layer is None:
            layer = QgsVectorLayer(
                f"Polygon?crs={crs.authid()}", tr("Drawn project sites"), "memory"
            )
            if not crs.authid():
                layer.setCrs(crs)
            cfg = ZoningConfig.from_profile(self.profile)
            fields = [
                QgsField("项目编号", FieldType.String),
                QgsField("项目名称", FieldType.String),
            ]
            for _key, entry in cfg.attributes.items():
                kind = FieldType.String if entry["kind"] == "code" else FieldType.Double
                fields.append(QgsField(entry["aliases"][0], kind))
            layer.dataProvider().addAttributes(fields)
            layer.updateFields()
            self.project.addMapLayer(layer)
            self.drawn_layer_id = layer.id()
        if layer.crs() != crs:
            geometry = QgsGeometry(geometry)
            geometry.transform(QgsCoordinateTransform(crs, layer.crs(), self.project))
        f = QgsFeature(layer.fields())
        f.setGeometry(geometry)
        number = layer.featureCount() + 1
        f["项目编号"] = f"D{number}"
        f["项目名称"] = self.name_edit.text().strip() or tr("Drawn site {n}").format(n=number)
        cfg = ZoningConfig.from_profile(self.profile)
        industry_field = cfg.attributes["industry"]["aliases"][0]
        if self.industry_edit.text().strip():
            f[industry_field] = self.industry_edit.text().strip()
        ok, added = layer.dataProvider().addFeatures([f])
        if not ok:
            raise CCError(tr("The drawn site could not be stored."))
        layer.updateExtents()
        layer.selectByIds([added[0].id()])
        self.combos["sites"].setLayer(layer)
        self.selected_check.setChecked(True)
        self._show_sites()
        layer.triggerRepaint()
        return added[0]

    # -- the run -------------------------------------------------------------------
    def parameters(self, report_folder: str) -> dict:
        sites = self.combos["sites"].currentLayer()
        units = self.combos["units"].currentLayer()
        if sites is None or units is None:
            raise CCError(tr("Choose the project sites and the control units."))
        if self.selected_check.isChecked():
            if sites.selectedFeatureCount() == 0:
                raise CCError(
                    tr(
                        "No site of {layer} is selected: pick one on the map, or analyse all sites."
                    ).format(layer=sites.name())
                )
            site_value = QgsProcessingFeatureSourceDefinition(sites.id(), True)
        else:
            site_value = sites.id()
        params = {
            "SITES": site_value,
            "UNITS": units.id(),
            "BUFFER": self.buffer_spin.value(),
            "PROFILE": self.profile.source,
            "OUTPUT": "memory:",
            "SITES_OUTPUT": "memory:",
            "REPORT_FOLDER": report_folder,
        }
        path = self.list_widget.filePath().strip()
        if path:
            params["ACCESS_LIST"] = path
        for name, key in THREE_LINES:
            layer = self.combos[key].currentLayer()
            if layer is not None:
                params[name] = layer.id()
        further = self.further_layers()
        if further:
            params["LAYERS"] = [layer.id() for layer in further]
        warning = self.combos["warning"].currentLayer()
        if warning is not None:
            params["WARNING_RESULT"] = warning.id()
        return params

    def run_analysis(self) -> Optional[dict]:
        """Run the analysis on the GUI thread and show its verdicts."""
        self.project.writeEntryDouble(SCOPE, f"{PREFIX}/buffer", self.buffer_spin.value())
        folder = os.path.join(QgsProcessingUtils.tempFolder(), f"compliance_{uuid.uuid4().hex[:8]}")
        try:
            params = self.parameters(folder)
            res = self.run_algorithm("zoning_compliance", params)
        except (QgsProcessingException, CCError) as exc:
            self.show_message(str(exc), Qgis.MessageLevel.Critical)
            return None
        self.report_folder = res.get("REPORT_FOLDER") or folder
        self.results = res
        self._fill(res["SITES_OUTPUT"], res["OUTPUT"])
        self.report_button.setEnabled(self.conclusions.rowCount() > 0)
        no_list = "ACCESS_LIST" not in params
        self.show_message(
            tr("No access list: no verdict (缺少官方清单时不判断符合性).")
            if no_list
            else tr("Conclusions: {text}").format(text=res["CONCLUSIONS"]),
            Qgis.MessageLevel.Warning if no_list else None,
        )
        return res

    def _fill(self, sites_layer, verdicts_layer):
        cfg = ZoningConfig.from_profile(self.profile)
        colours = {v: cfg.data["verdicts"][v]["color"] for v in cfg.verdicts}
        self.site_ids = []
        sites = list(sites_layer.getFeatures())
        c = self.conclusions
        c.setRowCount(len(sites))
        for i, f in enumerate(sites):
            self.site_ids.append(str(f["site_id"]))
            name = " ".join(x for x in (str(f["site_id"]), _text(f["site_name"])) if x)
            verdict = _text(f["verdict_label"]) or tr("no verdict")
            for j, text in enumerate((name, verdict, _text(f["causes"]))):
                item = QTableWidgetItem(text)
                item.setToolTip(text if j != 1 else _text(f["notes"]) or text)
                c.setItem(i, j, item)
            colour = colours.get(_text(f["verdict"]))
            if colour:
                c.item(i, 1).setBackground(QColor(colour).lighter(160))
        if sites:
            c.selectRow(0)
        c.refit()
        rows = list(verdicts_layer.getFeatures())
        t = self.table
        t.setRowCount(len(rows))
        for i, f in enumerate(rows):
            texts = (
                _text(f["site_id"]),
                _text(f["clause_id"]),
                _text(f["verdict_label"]),
                _text(f["reason"]),
            )
            for j, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(_text(f["clause"]) if j == 1 else text)
                t.setItem(i, j, item)
            colour = colours.get(_text(f["verdict"]))
            if colour:
                t.item(i, 2).setBackground(QColor(colour).lighter(160))
        t.refit()

    def report_path(self, site_id: Optional[str] = None) -> str:
        """The HTML report of a site (default: the one chosen in the table)."""
        if site_id is None:
            row = self.conclusions.currentRow()
            ids = self.site_ids
            if not ids:
                return ""
            site_id = ids[row if 0 <= row < len(ids) else 0]
        return os.path.join(self.report_folder, report_stem(site_id) + ".html")

    def open_report(self) -> str:
        path = self.report_path()
        if not path or not os.path.isfile(path):
            self.show_message(
                tr("No report yet: run the analysis first."), Qgis.MessageLevel.Warning
            )
            return ""
        self.open_url(QUrl.fromLocalFile(path))
        return path

    @staticmethod
    def open_url(url: QUrl) -> None:
        QDesktopServices.openUrl(url)


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)
