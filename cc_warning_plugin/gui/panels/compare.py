"""The period-comparison tab: runs cc_warning:compare_periods on an earlier
and a later result, adds the styled change layer to the project and lists
the units whose class rose or fell."""

from qgis.core import Qgis, QgsProcessingException, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QTableWidgetItem,
)

from ...compat import LayerFilter, layer_filters
from ...core.errors import CCError
from ...core.i18n import tr
from ...report import layers as rl
from ...report.results import change_view, class_set
from ...report.tables import write_table
from ...specs.base import N_
from ...specs.maps import VIEW_KEYS
from ...styles.result_styles import apply_view_style
from ..widgets import FitTable, button, export_table_button, wrap_long_rows
from .base import Panel

#: the change layer's fields the table shows
COLUMNS = ("unit_code", "unit_name", "label_before", "label_after", "change_label")


def column_titles():
    return [tr("Unit code"), tr("Name"), tr("Earlier"), tr("Later"), tr("Change")]


class ComparePanel(Panel):
    key = "compare"
    icon = "/propertyicons/temporal.svg"

    TITLE = N_("Compare periods")
    SHORT = N_("Compare")

    def build(self, box):
        self.change_layer_id = ""
        form = wrap_long_rows(QFormLayout())
        self.earlier_combo = QgsMapLayerComboBox()
        self.earlier_combo.setFilters(layer_filters(LayerFilter.VectorLayer))
        self.earlier_combo.setAllowEmptyLayer(True)
        self.earlier_combo.setLayer(None)
        form.addRow(tr("Earlier result"), self.earlier_combo)
        self.later_combo = QgsMapLayerComboBox()
        self.later_combo.setFilters(layer_filters(LayerFilter.VectorLayer))
        self.later_combo.setAllowEmptyLayer(True)
        self.later_combo.setLayer(None)
        form.addRow(tr("Later result"), self.later_combo)
        box.addLayout(form)
        row = QHBoxLayout()
        self.compare_button = button(
            tr("Compare"),
            tr(
                "Which units' class rose or fell between the two "
                "results (matched on the unit code); the change "
                "layer is added to the project."
            ),
            clicked=self.compare_periods,
        )
        row.addWidget(self.compare_button)
        self.export_button = export_table_button(self._ask_export)
        row.addWidget(self.export_button)
        box.addLayout(row)
        self.table = FitTable(len(COLUMNS), wrap=(1, 2, 3, 4))
        self.table.set_headers(column_titles())
        self.table.setMinimumHeight(160)
        box.addWidget(self.table, 1)

    def result_changed(self, layer) -> None:
        if self.later_combo.currentLayer() is None and isinstance(layer, QgsVectorLayer):
            self.later_combo.setLayer(layer)

    def earlier_result(self):
        return self.earlier_combo.currentLayer()

    # -- what the buttons call -------------------------------------------------
    def compare_periods(self):
        """Run compare_periods on the two chosen results and add the styled
        change layer to the project."""
        earlier, later = self.earlier_combo.currentLayer(), self.later_combo.currentLayer()
        if earlier is None or later is None:
            self.show_message(
                tr("Choose the earlier and the later result."), Qgis.MessageLevel.Warning
            )
            return None
        view = self.dock.current_view()
        key = view.key if view is not None and view.key in VIEW_KEYS else ""
        try:
            res = self.run_algorithm(
                "compare_periods",
                {
                    "EARLIER": earlier,
                    "LATER": later,
                    "VIEW": VIEW_KEYS.index(key),
                    "PROFILE": self.profile.source,
                    "OUTPUT": "memory:",
                },
            )
        except (QgsProcessingException, CCError) as exc:
            self.show_message(str(exc), Qgis.MessageLevel.Critical)
            return None
        layer = res["OUTPUT"]
        layer.setName(tr("Change {a} → {b}").format(a=earlier.name(), b=later.name()))
        apply_view_style(layer, change_view(), self.profile, opacity=1.0)
        self.project.addMapLayer(layer)
        self.change_layer_id = layer.id()
        self._fill_table(layer)
        self.show_message(
            tr("Raised: {up}, lowered: {down}.").format(up=res["RAISED"], down=res["LOWERED"])
        )
        return layer

    def _fill_table(self, layer):
        t = self.table
        feats = list(layer.getFeatures())
        t.setRowCount(len(feats))
        cset = class_set(self.profile, "maps.change_classes")
        for i, f in enumerate(feats):
            for j, c in enumerate(COLUMNS):
                v = rl.plain(f[c])
                text = "" if v is None else str(v)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                t.setItem(i, j, item)
            e = cset.entry(rl.plain(f["change"]))
            if e is not None:
                t.item(i, len(COLUMNS) - 1).setBackground(QColor(e.color))
        t.refit()

    def change_layer(self):
        """The change layer of the last comparison (``None`` when there is none
        or it was removed from the project)."""
        return self.project.mapLayer(self.change_layer_id) if self.change_layer_id else None

    def export_changes(self, path: str) -> str:
        layer = self.change_layer()
        if layer is None:
            raise CCError(tr("Compare two periods first."))
        rows = [{n: rl.plain(f[n]) for n in f.fields().names()} for f in layer.getFeatures()]
        import pandas as pd

        return write_table(path, pd.DataFrame(rows), tr("Period changes"))

    def _ask_export(self):
        self.ask_table_export(
            tr("Export changes"), self.export_changes, tr("Changes written: {path}")
        )
