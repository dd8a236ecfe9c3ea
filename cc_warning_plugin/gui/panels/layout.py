"""The layout tab: an A4/A3 print layout of the result over the base map,
added to the project's layout manager (editable in the layout designer), and
its export to PDF and PNG; the project variables every layout reads
(编制单位, 编制日期, 审图号, 数据来源)."""

import os

from qgis.core import Qgis, QgsExpressionContextUtils, QgsVectorLayer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...core.errors import CCError
from ...core.i18n import tr
from ...layouts import builder
from ...layouts.mapping import default_subtitle, default_title
from ...report import layers as rl
from ...specs.base import N_
from ...styles.basemap import require_local
from ..widgets import button, note, wait_cursor, wrap_long_rows
from .base import Panel

SCOPE = "cc_warning"


def variable_titles():
    return (
        ("cc_org", tr("编制单位 (prepared by)")),
        ("cc_date", tr("编制日期 (date)")),
        ("cc_review_no", tr("审图号 (map review number)")),
        ("cc_data_source", tr("数据来源 (data source)")),
    )


class LayoutPanel(Panel):
    key = "layout"
    icon = "/mActionNewLayout.svg"

    TITLE = N_("Layout and export")
    SHORT = N_("Layout")

    def build(self, box):
        form = wrap_long_rows(QFormLayout())
        self.template_combo = QComboBox()
        for key in builder.TEMPLATES:
            self.template_combo.addItem(builder.template_title(key), key)
        form.addRow(tr("Page"), self.template_combo)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("Default: from the classification"))
        self.title_edit.setToolTip(self.title_edit.placeholderText())
        form.addRow(tr("Title"), self.title_edit)
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setPlaceholderText(tr("Default: evaluation year and method"))
        self.subtitle_edit.setToolTip(self.subtitle_edit.placeholderText())
        form.addRow(tr("Subtitle"), self.subtitle_edit)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(72, 1200)
        self.dpi_spin.setValue(self.profile.get("maps.dpi"))
        form.addRow(tr("Resolution (dpi)"), self.dpi_spin)
        box.addLayout(form)
        group = QGroupBox(tr("Project variables"))
        vbox = QVBoxLayout(group)
        vbox.addWidget(
            note(tr("Set once, saved with the project, used by every layout and the report."))
        )
        vform = wrap_long_rows(QFormLayout())
        self.variable_edits = {}
        for name, text in variable_titles():
            edit = QLineEdit()
            edit.setMinimumWidth(120)  # else the label goes above it
            edit.editingFinished.connect(
                lambda n=name, e=edit: self.set_project_variable(n, e.text())
            )
            self.variable_edits[name] = edit
            vform.addRow(text, edit)
        vbox.addLayout(vform)
        box.addWidget(group)
        self.layout_button = button(
            tr("Create layout"),
            tr("Adds an editable layout to the project's layout manager and opens it."),
            clicked=lambda: self.create_layout(open_designer=True),
        )
        box.addWidget(self.layout_button)
        self.export_button = button(
            tr("Export PDF and PNG…"),
            tr("A new layout, exported at the chosen resolution (not added to the project)."),
            clicked=self._ask_export_map,
        )
        box.addWidget(self.export_button)
        box.addStretch(1)

    # -- hooks ---------------------------------------------------------------
    def profile_changed(self, profile) -> None:
        self.dpi_spin.setValue(profile.get("maps.dpi"))

    def load_settings(self, project) -> None:
        template, ok = project.readEntry(SCOPE, "template", "")
        if ok and template in builder.TEMPLATES:
            self.template_combo.setCurrentIndex(builder.TEMPLATES.index(template))
        scope = QgsExpressionContextUtils.projectScope(project)
        for name, edit in self.variable_edits.items():
            edit.setText(str(scope.variable(name) or "") if scope.hasVariable(name) else "")

    # -- read by other panels -----------------------------------------------
    def title_text(self) -> str:
        return self.title_edit.text()

    def variable(self, name: str) -> str:
        return self.variable_edits[name].text()

    # -- what the buttons call -------------------------------------------------
    def set_project_variable(self, name: str, value: str):
        QgsExpressionContextUtils.setProjectVariable(self.project, name, value)
        self.variable_edits[name].setText(value)

    def _content(self) -> builder.MapContent:
        dock = self.dock
        layer, view = dock.current_layer(), dock.current_view()
        if layer is None or view is None:
            raise CCError(tr("Choose an evaluation result first."))
        rl.check_not_empty(layer)
        if dock.stats is None:
            dock.stats = rl.layer_statistics(layer, view, self.profile)
        year = None
        if isinstance(layer, QgsVectorLayer):
            rows, _, _ = rl.read_rows(layer, with_area=False)
            year = rl.year_of(rows)
        map_panel = dock.panel("map")
        base = map_panel.base_layers() if map_panel is not None else {}
        for lyr in base.values():
            require_local(lyr)
        return builder.MapContent(
            layer,
            view,
            self.title_edit.text() or default_title(view),
            self.subtitle_edit.text() or default_subtitle(view, year),
            dock.stats,
            base,
            [],
            {},
        )

    def create_layout(self, open_designer: bool = False, add: bool = True):
        """A filled layout, added to the project's layout manager (``add``)."""
        key = self.template_combo.currentData()
        self.project.writeEntry(SCOPE, "template", key)
        for name, edit in self.variable_edits.items():
            if edit.text():
                QgsExpressionContextUtils.setProjectVariable(self.project, name, edit.text())
        try:
            content = self._content()
            with wait_cursor():
                layout, messages = builder.build_layout(
                    self.project, key, content, self.profile, content.title, add=add
                )
        except CCError as exc:
            self.show_error(exc)
            return None
        for m in messages:
            self.show_message(m, Qgis.MessageLevel.Warning)
        if add:
            self.show_message(
                tr("Layout '{name}' added to the project.").format(name=layout.name())
            )
        designer = getattr(self.dock.iface, "openLayoutDesigner", None)
        if open_designer and designer is not None:
            designer(layout)
        return layout

    def export_map(self, pdf: str = "", png: str = "", layout=None):
        """Export a layout to PDF and/or PNG (without one, a new layout that is
        not added to the project)."""
        layout = layout or self.create_layout(add=False)
        if layout is None:
            return None
        dpi = self.dpi_spin.value()
        written = []
        try:
            with wait_cursor():
                if pdf:
                    written.append(builder.export_pdf(layout, pdf, dpi))
                if png:
                    written.append(builder.export_png(layout, png, dpi))
        except CCError as exc:
            self.show_error(exc)
            return None
        self.show_message(tr("Written: {files}").format(files=", ".join(written)))
        return written

    def _ask_export_map(self):
        path, _ = QFileDialog.getSaveFileName(self, tr("Export warning map"), "", "PDF (*.pdf)")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.export_map(path, os.path.splitext(path)[0] + ".png")
