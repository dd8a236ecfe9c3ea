"""cc_warning:db_history — every unit's level over all evaluated periods as a
temporal layer (the temporal controller animates the warning map over the
years), and optionally one PNG frame of the map per period."""

import datetime
import os
from typing import List, Sequence

from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsProcessingException,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QRectF, QSize, Qt, QTime
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from ...core.i18n import tr
from ...specs.database import DB_HISTORY
from ...store import evaluation
from ...styles import apply_class_style
from ..framework.common import StylePostProcessor, user_errors, save_style_files_of
from .base import DatabaseAlgorithm

FIELDS = (
    ("unit_code", "string"),
    ("unit_name", "string"),
    ("period_code", "string"),
    ("period_start", "date"),
    ("period_end", "date"),
    ("valid_until", "date"),
    ("load_type", "string"),
    ("load_label", "string"),
    ("warning_level", "string"),
    ("warning_label", "string"),
    ("cause", "text"),
    ("run_id", "int"),
)
START_FIELD, END_FIELD = "period_start", "valid_until"
STYLE_FIELD, STYLE_SET = "warning_level", "warning_levels"


def set_temporal(layer: QgsVectorLayer) -> None:
    """The layer's temporal properties: each feature from its period's start
    to the day its level held until (fields ``period_start`` and
    ``valid_until``)."""
    props = layer.temporalProperties()
    props.setMode(Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromFields)
    props.setStartField(START_FIELD)
    props.setEndField(END_FIELD)
    props.setIsActive(True)


def style_history(layer: QgsVectorLayer, profile) -> None:
    """Class colours of the warning levels and the temporal properties."""
    apply_class_style(layer, STYLE_FIELD, profile, STYLE_SET)
    set_temporal(layer)


def save_history_style(dest_id: str, profile, feedback=None) -> None:
    """Keep the style and the temporal properties with a file output: the
    default style of a GeoPackage layer and a .qml beside the file, so the
    layer animates wherever it is opened."""
    path = (dest_id or "").split("|")[0]
    if not os.path.isfile(path):
        return
    layer = QgsVectorLayer(dest_id, os.path.splitext(os.path.basename(path))[0], "ogr")
    if not layer.isValid():
        return
    style_history(layer, profile)
    save_style_files_of(layer, path, tr("Warning levels over time (temporal)"), feedback)


def frame_range(period_start: datetime.date) -> QgsDateTimeRange:
    """The temporal range of a period's frame: the middle of its year (one
    day), inside the period whatever the end convention."""
    day = QDate(period_start.year, 7, 1)
    return QgsDateTimeRange(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)))


def label_units(layer: QgsVectorLayer) -> None:
    """The unit names on the map (frames only)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "unit_name"
    fmt = QgsTextFormat()
    font = QFont()
    font.setPixelSize(16)
    fmt.setFont(font)
    fmt.setSize(16)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPixels)
    buffer = fmt.buffer()
    buffer.setEnabled(True)
    buffer.setSize(1.2)
    buffer.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPixels)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def render_frame(
    layer: QgsVectorLayer, extent: QgsRectangle, period: str, start, path: str, width: int, profile
) -> None:
    """The warning map at ``period`` drawn through the layer's temporal
    range, with the period and the legend of the levels, as a PNG."""
    ratio = extent.height() / extent.width() if extent.width() else 1.0
    map_h = max(100, int(width * ratio))
    small = QFont()
    small.setPixelSize(14)
    metrics = QFontMetrics(small)
    head = 44
    legend_w = 50 + max(
        metrics.horizontalAdvance(profile.class_label(STYLE_SET, c))
        for c in profile.class_codes(STYLE_SET)
    )
    image = QImage(QSize(width + legend_w, map_h + head), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(width, map_h))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    settings.setIsTemporal(True)
    settings.setTemporalRange(frame_range(start))
    settings.setFlag(Qgis.MapSettingsFlag.DrawLabeling, True)
    painter = QPainter(image)
    painter.translate(0, head)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.translate(0, -head)
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(10, 6, width + legend_w - 20, head - 8),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        tr("Warning level {period}").format(period=period),
    )
    painter.setFont(small)
    y = head + 10
    for code in profile.class_codes(STYLE_SET):
        painter.fillRect(
            QRectF(width + 10, y, 18, 14), QColor(profile.class_color(STYLE_SET, code))
        )
        painter.drawText(
            QRectF(width + 34, y - 3, legend_w - 36, 20),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            profile.class_label(STYLE_SET, code),
        )
        y += 22
    painter.end()
    if not image.save(path, "PNG"):
        raise QgsProcessingException(tr("The frame {path} could not be written.").format(path=path))


class HistoryPostProcessor(StylePostProcessor):
    """Class style and temporal properties of the loaded history layer."""

    def __init__(self, profile, prov):
        super().__init__(lambda layer: style_history(layer, profile), prov)


class HistoryAlgorithm(DatabaseAlgorithm):
    SPEC = DB_HISTORY

    def process_algorithm(self, parameters, context, feedback):
        store = self.open_store(parameters, context, feedback, read_only=True)
        profile = self.profile(parameters, context)
        level = self.enum_value(parameters, "LEVEL", context)
        with user_errors():
            rows = evaluation.level_history(store, level=level, with_geometry=True)
        periods: List[str] = sorted({r["period_code"] for r in rows})
        if not rows:
            feedback.pushWarning(
                tr(
                    "The database holds no evaluation of the {level} units: "
                    "the layer is empty. Run db_evaluate_2016 first."
                ).format(level=level)
            )
        else:
            feedback.pushInfo(
                tr("{n} unit(s), evaluated periods: {periods}.").format(
                    n=len({r["unit_code"] for r in rows}), periods=", ".join(periods)
                )
            )
        dest = self.write_rows(parameters, "OUTPUT", context, FIELDS, rows, store.srid, "geom")
        prov = self.provenance(
            parameters, context, profile, self.inputs_of(parameters, context, ["DATABASE"])
        )
        self.post_process(context, dest, HistoryPostProcessor(profile, prov))
        save_history_style(dest, profile, feedback)
        feedback.setProgress(60)
        results = {"OUTPUT": dest, "PERIODS": ", ".join(periods), "COUNT": len(rows)}
        folder = self.parameterAsFileOutput(parameters, "FRAMES", context)
        if folder and rows:
            results["FRAMES"] = folder
            self.frames(dest, rows, periods, folder, parameters, context, feedback, profile)
        feedback.setProgress(100)
        return results

    def frames(
        self, dest, rows: Sequence[dict], periods, folder, parameters, context, feedback, profile
    ) -> None:
        os.makedirs(folder, exist_ok=True)
        layer = (
            QgsVectorLayer(dest, "history", "ogr")
            if "memory:" not in str(dest)
            else context.getMapLayer(dest)
        )
        if layer is None or not layer.isValid():
            raise QgsProcessingException(
                tr(
                    "The history layer could not be read back to draw "
                    "the frames: write it to a file."
                )
            )
        style_history(layer, profile)
        label_units(layer)
        extent = layer.extent()
        extent.scale(1.05)
        width = self.parameterAsInt(parameters, "FRAME_WIDTH", context)
        starts = {r["period_code"]: r["period_start"] for r in rows}
        for i, p in enumerate(periods):
            path = os.path.join(folder, f"warning_{p}.png")
            render_frame(layer, extent, p, starts[p], path, width, profile)
            feedback.pushInfo(
                tr("Frame {path}").format(
                    path=os.path.join(
                        self.final_destination("FRAMES", folder), os.path.basename(path)
                    )
                )
            )
            feedback.setProgress(60 + 40 * (i + 1) / len(periods))
        del layer
