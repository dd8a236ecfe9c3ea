"""cc_warning:integrated_warning — 集成评价 (超载类型), 预警等级 and 成因解析."""

from qgis.core import QgsProcessing, QgsProcessingParameterMultipleLayers

from ..core.i18n import tr
from ..core.m2016 import integration
from ..core.m2016.units import join_units
from .base import user_errors
from .m2016_base import M2016Algorithm


class IntegratedWarningAlgorithm(M2016Algorithm):
    ALG_ID = "integrated_warning"
    GROUP = "integrated"
    STYLE_FIELD = "warning_level"
    STYLE_SET = "warning_levels"

    RESULTS = "RESULTS"

    def display_name(self):
        return tr("Integrated evaluation and warning level (集成评价与预警等级)")

    def help_text(self):
        return tr(
            "<p>Integration of the 2016 method. Load type by the short-board rule over the "
            "four basic elements (land_class, water_class, env_class, eco_class) and the "
            "special evaluation matching the unit's 主体功能区 type (special_class): any "
            "element overloaded, or at least 2 critical → overloaded; exactly 1 critical → "
            "critical; otherwise not overloaded. An element that could not be evaluated "
            "makes the unit not_evaluated unless the others already give overloaded.</p>"
            "<p>Warning level from the load type and the depletion trend (trend_type) by the "
            "policy matrix: overloaded → red if worsening, else orange; critical → yellow if "
            "worsening, else blue; not overloaded → green.</p>"
            "<p>Cause (成因解析): a text per unit in the interface language naming the "
            "overloaded, critical and not-evaluated elements with their index values, the "
            "worst pollutant or section, the quota exceeded, the main degradation type, the "
            "black-grey grades and the trend components worse than the national rate.</p>"
            "<p>Inputs: the units with the fields written by the element, special and trend "
            "algorithms, and/or their result layers, joined here on the unit code. Write "
            "results to GeoPackage: Shapefile cuts field names to 10 characters.</p>"
            "<p>Outputs: load_type, load_label, warning_level (red / orange / yellow / blue / "
            "green / not_evaluated), warning_label, cause, cause_elements (the element "
            "prefixes that are overloaded or critical: land, water, env, eco, "
            "special).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_units()
        p = QgsProcessingParameterMultipleLayers(
            self.RESULTS, tr("Element and trend results to join (optional)"),
            QgsProcessing.SourceType.TypeVector, optional=True)
        p.setHelp(tr("Result layers of land_pressure, water_load, pollutant_exceedance, "
                     "ecosystem_health, special_evaluation (or one of the special "
                     "algorithms) and process_trend, joined to the units on the unit code. "
                     "Not needed when the units already carry those fields."))
        self.addParameter(p)
        self.add_profile_parameter()
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback)
        tables = self.read_tables(parameters, self.RESULTS, context, feedback)
        with user_errors():
            units = join_units(unit_src, tables, integration.REQUIRED + integration.OPTIONAL)
            self.warn_unmatched(units, feedback)
            feedback.setProgress(40)
            results = integration.integrate(units, profile)
        feedback.setProgress(70)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.RESULTS])
        return self.finish(parameters, context, feedback, source, feats, results,
                           integration.output_fields(), profile, inputs, units.codes,
                           summary_set="warning_levels", note_field="cause")
