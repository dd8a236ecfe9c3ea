"""cc_warning:zoning_validate_units — checks of an official unit layer as
given (core.zoning.validate): a layer of the problems, and the units with
their geometries repaired."""

from osgeo import ogr
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...core.i18n import tr
from ...core.zoning.progress import Steps
from ...core.zoning.validate import validate_units
from ...specs.zoning import VALIDATE
from ..framework.common import add_feature, flush_sink, run_results, user_errors
from ..framework.geometry import all_features
from .base import ZoningAlgorithm, feature_set, to_qgis

PROBLEM_FIELDS = (
    ("kind", "string"),
    ("units", "string"),
    ("area_m2", "real"),
    ("problem", "string"),
)


class ValidateUnitsAlgorithm(ZoningAlgorithm):
    SPEC = VALIDATE

    def process_algorithm(self, parameters, context, feedback):
        with user_errors():
            profile, cfg = self.zoning_config(parameters, context)
            source = self.source_of(parameters, "INPUT", context)
            fs = feature_set(
                source, self.layer_label(parameters, "INPUT", source), feedback=feedback
            )
            boundary = self.read_set(parameters, "BOUNDARY", context, feedback, required=False)
            fields = self.unit_fields(parameters, context)
            layer = validate_units(
                fs,
                cfg,
                fields,
                boundary,
                repair=True,
                raise_on_problems=False,
                feedback=Steps(feedback, (0.0, 90.0)),
            )
            n_attr = len(layer.problems) - len(layer.places)
            records = [
                {"kind": "geometry", "units": "", "area_m2": None, "problem": n, "geometry": None}
                for n in layer.notes
            ]
            records += [
                {"kind": "attribute", "units": "", "area_m2": None, "problem": p, "geometry": None}
                for p in layer.problems[:n_attr]
            ]
            for place in layer.places:
                pt = ogr.Geometry(ogr.wkbPoint)
                pt.AddPoint_2D(place.x, place.y)
                records.append(
                    {
                        "kind": place.kind,
                        "units": ", ".join(place.ids),
                        "area_m2": round(place.area_m2, 2),
                        "problem": place.describe(),
                        "geometry": pt,
                    }
                )
            dest = self.write_records(
                parameters,
                "OUTPUT",
                context,
                PROBLEM_FIELDS,
                records,
                QgsWkbTypes.Type.Point,
                source.sourceCrs(),
                feedback,
            )
            repaired = self._write_repaired(parameters, context, source, layer, feedback)
        for r in records:
            if r["kind"] != "geometry":  # the repairs were said as they were made
                feedback.pushWarning(r["problem"])
        if not records:
            feedback.pushInfo(
                tr("{layer}: no problem found ({n} units).").format(
                    layer=fs.name, n=len(layer.units)
                )
            )
        inputs = self.inputs_of(parameters, context, ["INPUT", "BOUNDARY"])
        prov = self.provenance(parameters, context, profile, inputs)
        feedback.setProgress(100)
        return run_results(
            prov,
            {"OUTPUT": dest, "PROBLEM_COUNT": len(records), "UNIT_COUNT": len(layer.units)},
            {"REPAIRED": repaired},
            leave_out=True,
        )

    def _write_repaired(self, parameters, context, source, layer, feedback):
        """The input features as given, with the geometries read (and
        repaired) by the check."""
        if parameters.get("REPAIRED") in (None, ""):
            return None
        fields = source.fields()
        sink, dest = self.parameterAsSink(
            parameters,
            "REPAIRED",
            context,
            fields,
            QgsWkbTypes.Type.MultiPolygon,
            source.sourceCrs(),
        )
        if sink is None:
            return None
        output = self.parameterDefinition("REPAIRED").description()
        for feat, unit in zip(all_features(source, QgsFeatureRequest()), layer.units):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            out = QgsFeature(fields)
            out.setAttributes(feat.attributes())
            out.setGeometry(to_qgis(unit.geom, multi=True))
            add_feature(sink, out, output, tr("feature {fid}").format(fid=feat.id()))
        flush_sink(sink, output)
        del sink
        return dest
