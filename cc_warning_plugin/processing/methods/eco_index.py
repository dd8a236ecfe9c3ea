"""cc_warning:eco_index — 生态环境状况指数 EI (HJ 192-2015) per unit
(core/eco_index/ei.py)."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsProcessingException,
    QgsRendererCategory,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ...core.eco_index import ei
from ...core.i18n import tr
from ...core.provenance import to_json
from ...core.series.grading import Grading
from ...specs.methods import ECO_INDEX
from ..framework.algorithm import SpecAlgorithm
from ..framework.common import (
    StylePostProcessor,
    add_feature,
    source_name,
    user_errors,
)
from .tables import Span, frame_of

#: result fields: (output field, key of the core's record, kind)
FIELDS = (
    ("ei_biological", "biological_index", "double"),
    ("ei_vegetation", "vegetation_index", "double"),
    ("ei_water", "water_index", "double"),
    ("ei_land_stress", "land_stress_index", "double"),
    ("ei_pollution", "pollution_index", "double"),
    ("ei_habitat_quality", "habitat_quality", "double"),
    ("ei", "ei", "double"),
    ("ei_grade", "grade", "string"),
    ("ei_grade_label", "grade_label", "string"),
    ("ei_grade_raw", "grade_raw", "string"),
    ("ei_limit", "limit", "string"),
    ("ei_note", "note", "text"),
)
BASE_FIELDS = (
    ("ei_base", "ei_base", "double"),
    ("ei_delta", "ei_delta", "double"),
    ("ei_change", "change", "string"),
    ("ei_change_label", "change_label", "string"),
)
STYLE_FIELD = "ei_grade"


def grade_style_post_processor(profile, prov) -> StylePostProcessor:
    """Colours the loaded result by the EI grade of the profile and keeps the
    provenance on the layer."""
    return StylePostProcessor(lambda layer: apply_grade_style(layer, profile), prov)


def apply_grade_style(layer, profile) -> None:
    if layer is None or not layer.isValid() or layer.fields().indexOf(STYLE_FIELD) < 0:
        return
    if layer.geometryType() not in (0, 1, 2):  # a table stays unstyled
        return
    grading = Grading.from_profile(profile.get("eco_index.grading"), profile.precision)
    categories = []
    for entry in reversed(grading.level_classes):  # best grade first in the legend
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(entry.color))
        categories.append(QgsRendererCategory(entry.code, symbol, entry.label, True))
    layer.setRenderer(QgsCategorizedSymbolRenderer(STYLE_FIELD, categories))
    layer.triggerRepaint()


class EcoIndexAlgorithm(SpecAlgorithm):
    SPEC = ECO_INDEX

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, frame, layer = frame_of(self, parameters, "INPUT", context, feedback, (0, 15))
        unit = self.parameterAsString(parameters, "UNIT_FIELD", context)
        _, base, base_layer = frame_of(
            self, parameters, "BASE", context, feedback, (15, 25), required=False
        )
        with user_errors():
            records = ei.eco_index_table(
                frame, profile, unit, layer, base=base, feedback=Span(feedback, 25, 80)
            )
            base_ei = {}
            if base is not None:
                for r in ei.eco_index_table(base, profile, unit, base_layer):
                    base_ei[r["unit"]] = r["ei"]
        fields = list(FIELDS) + (list(BASE_FIELDS) if base is not None else [])
        for r in records:
            r["ei_base"] = base_ei.get(r["unit"])
            if r["ei"] is None:
                feedback.pushWarning(
                    tr("Unit {unit}: no EI — {note}.").format(unit=r["unit"], note=r["note"])
                )
        self.write(parameters, context, feedback, source, fields, records)
        self.summarise(feedback, records, profile)
        inputs = {
            n: source_name(parameters.get(n), context)
            for n in ("INPUT", "BASE")
            if parameters.get(n) not in (None, "")
        }
        prov = self.provenance(parameters, context, profile, inputs)
        dest = self._dest
        if dest and context.willLoadLayerOnCompletion(dest):
            self.post_process(context, dest, grade_style_post_processor(profile, prov))
        feedback.setProgress(100)
        return {"OUTPUT": dest, "PROVENANCE": to_json(prov)}

    def write(self, parameters, context, feedback, source, fields, records):
        new = [(name, kind) for name, _, kind in fields]
        qfields, kept = self.output_fields(source.fields(), new, feedback)
        wkb = (
            source.wkbType()
            if source.wkbType() != QgsWkbTypes.Type.Unknown
            else QgsWkbTypes.Type.NoGeometry
        )
        sink, self._dest = self.parameterAsSink(
            parameters, "OUTPUT", context, qfields, wkb, source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        feats = source.getFeatures()
        output = self.parameterDefinition("OUTPUT").description()
        for i, (feat, rec) in enumerate(zip(feats, records)):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            out = QgsFeature(qfields)
            if feat.hasGeometry():
                out.setGeometry(feat.geometry())
            attrs = feat.attributes()
            out.setAttributes([attrs[j] for j in kept] + [rec.get(key) for _, key, _ in fields])
            add_feature(sink, out, output, tr("feature {fid}").format(fid=feat.id()))
            feedback.setProgress(80 + 18 * (i + 1) / max(1, len(records)))
        del sink

    @staticmethod
    def summarise(feedback, records, profile):
        grading = Grading.from_profile(profile.get("eco_index.grading"), profile.precision)
        counts = {}
        for r in records:
            counts[r["grade"]] = counts.get(r["grade"], 0) + 1
        for entry in reversed(grading.level_classes):
            if counts.get(entry.code):
                feedback.pushInfo(
                    tr("{label}: {n} unit(s)").format(label=entry.label, n=counts[entry.code])
                )
