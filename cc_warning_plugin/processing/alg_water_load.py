"""cc_warning:water_load — 水资源开发利用量 against the control quotas (水资源 element)."""

from ..core.i18n import tr
from ..core.indicators import field_title
from ..core.m2016 import water
from ..core.m2016.units import join_units
from .base import user_errors
from .m2016_base import M2016Algorithm


class WaterLoadAlgorithm(M2016Algorithm):
    ALG_ID = "water_load"
    GROUP = "single_element"
    STYLE_FIELD = "water_class"

    def display_name(self):
        return tr("Water resources use against quotas (水资源开发利用量)")

    def help_text(self):
        return tr(
            "<p>Water element of the 2016 monitoring and early-warning method: total water "
            "use W against its control quota W0 and groundwater use G against its quota G0 "
            "(最严格水资源管理制度 red lines), and the groundwater overdraft state.</p>"
            "<p>Rules in order, with the ratios of the method profile: an overdraft state "
            "whose class is overload, or W &gt; 1.0·W0, or G &gt; 1.0·G0 → overloaded; "
            "W &gt; 0.9·W0 or G &gt; 0.9·G0 → critical; otherwise not overloaded. The "
            "comparisons are strict: W = W0 is critical, W = 0.9·W0 is not overloaded. By "
            "default any overdraft (一般超采 or 严重超采) forces overloaded, as in the "
            "implementation the profile cites; the official text may grade 一般超采 as "
            "critical — change elements.water.overdraft in the profile to follow it.</p>"
            "<p>Inputs: {w}, {w0}, {g}, {g0} and {od} (无 / 一般超采 / 严重超采). A zero or "
            "negative quota is an error; a missing value marks the unit not_evaluated "
            "unless the values present already make it overloaded.</p>"
            "<p>Outputs: water_index (the larger of W/W0 and G/G0), water_class, water_label, "
            "water_note, water_r_total, water_r_gw, water_overdraft (state), water_worst "
            "(total / groundwater / overdraft: what drove the class).</p>").format(
            w=field_title("water_use"), w0=field_title("water_quota"),
            g=field_title("gw_use"), g0=field_title("gw_quota"),
            od=field_title("gw_overdraft"))

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_units()
        self.add_indicators()
        self.add_partial()
        self.add_profile_parameter()
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback)
        tables = self.read_tables(parameters, self.INDICATORS, context, feedback)
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        with user_errors():
            units = join_units(unit_src, tables, water.INPUT_FIELDS)
            units.require(["water_use", "water_quota"])
            values = water.read_water(units, profile)
            self.warn_unmatched(units, feedback)
            feedback.setProgress(40)
            results = water.evaluate_water(units, values, profile, allow_partial)
        feedback.setProgress(70)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.INDICATORS])
        return self.finish(parameters, context, feedback, source, feats, results,
                           water.output_fields(), profile, inputs, units.codes)
