"""cc_warning:class_statistics — units (or cells) and area per class of an
evaluation result, as a table and optionally an xlsx/csv file."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)

from ...core.i18n import tr
from ...report import layers as rl
from ...report.files import check_writable
from ...report.tables import stats_frame, write_table
from ...specs.maps import CLASS_STATISTICS, VIEW_KEYS
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import add_feature, user_errors
from .common import result_view, warn_unknown
from ...compat import FieldType

STAT_FIELDS = (
    ("class_code", FieldType.String),
    ("class_label", FieldType.String),
    ("color", FieldType.String),
    ("count", FieldType.Int),
    ("area_km2", FieldType.Double),
    ("share_pct", FieldType.Double),
)


class ClassStatisticsAlgorithm(SpecAlgorithm):
    SPEC = CLASS_STATISTICS

    def check_inputs(self, parameters, context):
        profile = self.profile(parameters, context)
        layer = self.parameterAsLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        with user_errors():
            key = VIEW_KEYS[self.parameterAsEnum(parameters, self.VIEW, context)]
            view = result_view(layer, profile, key)
            out_file = self.parameterAsFileOutput(parameters, self.OUTPUT_FILE, context)
            if out_file:
                check_writable(out_file, (".xlsx", ".csv"))
        return profile, layer, view

    def prepare_algorithm(self, parameters, context, feedback):
        self._profile, layer, self._view = self.check_inputs(parameters, context)
        self._name = layer.name()
        self._raster = isinstance(layer, QgsRasterLayer)
        if self._raster:
            self._source = layer.source()
        else:
            self._source = QgsVectorLayerFeatureSource(layer)
            self._fields, self._crs = layer.fields(), layer.crs()
            self._polygons = layer.geometryType() == 2
            self._count = layer.featureCount()
        return True

    def process_algorithm(self, parameters, context, feedback):
        profile, view = self._profile, self._view
        with user_errors():
            if self._raster:
                stats, _ = rl.raster_statistics(
                    self._source,
                    self._name,
                    view,
                    profile,
                    feedback.isCanceled,
                    lambda p: feedback.setProgress(0.9 * p),
                )
            else:
                rows, _, areas = rl.read_source_rows(
                    self._source,
                    self._fields,
                    self._crs,
                    self._polygons,
                    self._count,
                    feedback.isCanceled,
                    lambda p: feedback.setProgress(0.9 * p),
                )
                stats = rl.vector_statistics(rows, areas, view, profile)
        feedback.pushInfo(
            tr("{title}: {n} unit(s) or cell(s) counted.").format(
                title=view.title, n=stats.total_count
            )
        )
        warn_unknown(
            feedback,
            tr(
                "{n} value(s) are not classes of the profile's class set '{set}' ({codes}): "
                "counted as unclassified."
            ),
            stats,
            set=view.set_key,
        )
        fields = QgsFields()
        for name, kind in STAT_FIELDS:
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        output = self.parameterDefinition(self.OUTPUT).description()
        for n, r in enumerate(stats.rows, start=1):
            f = QgsFeature(fields)
            f.setAttributes([r.code, r.label, r.color, r.count, r.area_km2, r.share])
            add_feature(sink, f, output, tr("row {n}").format(n=n))
        results = {self.OUTPUT: dest_id, self.UNCLASSIFIED: stats.unclassified_count}
        out_file = self.parameterAsFileOutput(parameters, self.OUTPUT_FILE, context)
        if out_file:
            with user_errors():
                write_table(out_file, stats_frame(stats), view.title)
            results[self.OUTPUT_FILE] = out_file
        feedback.setProgress(100)
        return results
