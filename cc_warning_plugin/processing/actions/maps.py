"""The maps of the annual report on the print layout (``layouts/builder``):
the warning level, and the change of the warning level since each unit's
previous period, each with legend, scale bar, north arrow and the class
statistics, exported to PNG. Layouts are built and exported on the main
thread (the algorithm calls this from ``prepare_algorithm``) in a private
project that owns every layer copy and is cleared at the end."""

import os
import shutil
import tempfile
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsFeature, QgsField, QgsFields, QgsProject, QgsVectorLayer, QgsWkbTypes

from ...core.i18n import tr
from ...core.indicators import text_value
from ...layouts import builder
from ...layouts.mapping import base_copies, choose_view, default_title, styled_copy
from ...report import layers as rl
from ..framework.common import add_features
from ...report.results import change_view, class_set, require_views
from ...report.stats import class_statistics
from ...styles.result_styles import apply_view_style
from ..maps.export import inherit_variables
from ...compat import FieldType


def change_layer(
    layer: QgsVectorLayer, key_field: str, changes: Dict[str, str], profile
) -> QgsVectorLayer:
    """A memory copy of the result's units holding the change of their level
    (field ``change``), styled by the profile's change classes."""
    mem = QgsVectorLayer(
        QgsWkbTypes.displayString(layer.wkbType()), tr("Change of the warning level"), "memory"
    )
    mem.setCrs(layer.crs())
    fields = QgsFields()
    fields.append(QgsField("change", FieldType.String))
    mem.dataProvider().addAttributes(fields)
    mem.updateFields()
    feats = []
    for f in layer.getFeatures():
        out = QgsFeature(mem.fields())
        out.setGeometry(f.geometry())
        out.setAttributes([changes.get(text_value(f[key_field]))])
        feats.append(out)
    add_features(mem.dataProvider(), feats, mem.name())
    mem.updateExtents()
    apply_view_style(mem, change_view(), profile, opacity=1.0, named=False)
    return mem


def _export(
    project, template: str, content: builder.MapContent, profile, dpi: int
) -> Tuple[bytes, List[str]]:
    layout, messages = builder.build_layout(
        project, template, content, profile, content.title, add=False
    )
    folder = tempfile.mkdtemp(prefix="cc_warning_map_")
    try:
        path = builder.export_png(layout, os.path.join(folder, "map.png"), dpi)
        with open(path, "rb") as fh:
            return fh.read(), messages
    finally:
        del layout
        shutil.rmtree(folder, ignore_errors=True)


def report_maps(
    layer: QgsVectorLayer,
    rows: Sequence[dict],
    areas: Sequence[Optional[float]],
    key_field: str,
    changes: Optional[Dict[str, str]],
    profile,
    template: str,
    dpi: int,
    county: Optional[QgsVectorLayer],
    variables: Dict[str, str],
    subtitle: str,
    user_project=None,
) -> Tuple[bytes, Optional[bytes], List[str]]:
    """(warning map PNG, level-change map PNG or None, messages). ``changes``:
    unit code → change code (None: no change map)."""
    project = QgsProject()
    inherit_variables(user_project, project)
    messages: List[str] = []
    try:
        view = choose_view(
            require_views(layer.fields().names(), profile, layer.name()), "warning", layer.name()
        )
        result = styled_copy(layer, view, profile)
        result.setName(layer.name())
        copies, notes = base_copies(
            {"county": county} if county is not None else {}, profile, layer.crs()
        )
        messages += notes
        ids = {"result": result.id()}
        ids.update({role: lyr.id() for role, lyr in copies.items()})
        layers = [result] + list(copies.values())
        if changes is not None:
            mem = change_layer(layer, key_field, changes, profile)
            ids["change"] = mem.id()
            layers.append(mem)
            del mem
        project.addMapLayers(layers, False)
        del layers, result, copies  # the project owns the copies now
        base = {
            role: project.mapLayer(i) for role, i in ids.items() if role not in ("result", "change")
        }

        def export(role, map_view, title, stats):
            """The map of the layer ``ids[role]`` on the template (PNG)."""
            png, more = _export(
                project,
                template,
                builder.MapContent(
                    project.mapLayer(ids[role]),
                    map_view,
                    title,
                    subtitle,
                    stats,
                    base,
                    [],
                    variables,
                ),
                profile,
                dpi,
            )
            messages.extend(more)
            return png

        stats = rl.vector_statistics(list(rows), list(areas), view, profile)
        warning = export("result", view, default_title(view), stats)
        change_png = None
        if "change" in ids:
            cview = change_view()
            cset = class_set(profile, cview.set_key)
            cstats = class_statistics(
                ((changes.get(text_value(r.get(key_field))), a) for r, a in zip(rows, areas)),
                cset,
                profile.get("maps.unclassified_color"),
            )
            change_png = export("change", cview, tr("Change of the warning level"), cstats)
        return warning, change_png, list(dict.fromkeys(messages))
    finally:
        project.clear()
