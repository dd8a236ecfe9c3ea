"""cc_warning:zoning_compare_versions — two versions of the control units
(core.zoning.compare): a layer of the changes and the totals before and
after."""

from qgis.core import QgsWkbTypes

from ...core.provenance import to_json
from ...core.zoning.compare import ADDED, AREA, RECLASSED, RECODED, REMOVED, compare_versions
from ...core.zoning.progress import Steps
from ...core.zoning.validate import read_units
from ...specs.zoning import COMPARE
from ..framework.common import user_errors
from .base import ZoningAlgorithm, feature_set

CHANGE_FIELDS = (
    ("change", "string"),
    ("change_label", "string"),
    ("old_code", "string"),
    ("new_code", "string"),
    ("old_class", "string"),
    ("new_class", "string"),
    ("old_class_label", "string"),
    ("new_class_label", "string"),
    ("county", "string"),
    ("old_area_km2", "real"),
    ("new_area_km2", "real"),
    ("delta_km2", "real"),
    ("gained_m2", "real"),
    ("lost_m2", "real"),
    ("overlap_share", "real"),
)
TOTAL_FIELDS = (
    ("county", "string"),
    ("class", "string"),
    ("class_label", "string"),
    ("units_before", "integer"),
    ("area_before_km2", "real"),
    ("units_after", "integer"),
    ("area_after_km2", "real"),
    ("delta_km2", "real"),
)
COUNTS = (
    ("ADDED", ADDED),
    ("REMOVED", REMOVED),
    ("RECLASSED", RECLASSED),
    ("RECODED", RECODED),
    ("AREA_CHANGED", AREA),
)


class CompareVersionsAlgorithm(ZoningAlgorithm):
    SPEC = COMPARE

    def process_algorithm(self, parameters, context, feedback):
        with user_errors():
            profile, cfg = self.zoning_config(parameters, context)
            fields = self.unit_fields(parameters, context)
            old_src = self.source_of(parameters, "OLD", context)
            new_src = self.source_of(parameters, "NEW", context)
            old = read_units(
                feature_set(
                    old_src, self.layer_label(parameters, "OLD", old_src), feedback=feedback
                ),
                cfg,
                fields,
            )
            new = read_units(
                feature_set(
                    new_src, self.layer_label(parameters, "NEW", new_src), feedback=feedback
                ),
                cfg,
                fields,
                target_srs=old.srs,
            )
            feedback.setProgress(10)
            cmp_ = compare_versions(old, new, cfg, feedback=Steps(feedback, (10.0, 90.0)))
            lang = self.lang()
            crs = old_src.sourceCrs()
            dest = self.write_records(
                parameters,
                "OUTPUT",
                context,
                CHANGE_FIELDS,
                cmp_.change_records(lang),
                QgsWkbTypes.Type.MultiPolygon,
                crs,
                feedback,
            )
            totals = cmp_.totals
            for r in totals:
                r["class_label"] = cfg.class_label(r["class"], lang)
            totals_dest = self.write_records(
                parameters,
                "TOTALS",
                context,
                TOTAL_FIELDS,
                totals,
                QgsWkbTypes.Type.NoGeometry,
                crs,
                feedback,
            )
        inputs = self.inputs_of(parameters, context, ["OLD", "NEW"])
        prov = self.provenance(parameters, context, profile, inputs)
        out = {"OUTPUT": dest, "TOTALS": totals_dest, "PROVENANCE": to_json(prov)}
        for name, kind in COUNTS:
            out[name] = sum(1 for c in cmp_.changes if c.kind == kind)
        feedback.setProgress(100)
        return out
