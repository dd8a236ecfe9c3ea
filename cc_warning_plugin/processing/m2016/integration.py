"""cc_warning:integrated_warning — 集成评价 (超载类型), 预警等级 and 成因解析."""

from ...core.m2016 import integration
from ...core.m2016.units import join_units
from ...specs.m2016 import INTEGRATED_WARNING
from ..framework.common import user_errors
from .base import M2016Algorithm


class IntegratedWarningAlgorithm(M2016Algorithm):
    SPEC = INTEGRATED_WARNING
    STYLE_SET = "warning_levels"
    RESULTS = "RESULTS"

    def process_algorithm(self, parameters, context, feedback):
        profile, source, unit_src, feats, tables = self.read_inputs(
            parameters, context, feedback, self.RESULTS
        )
        with user_errors():
            units = join_units(unit_src, tables, integration.REQUIRED + integration.OPTIONAL)
            self.warn_unmatched(units, feedback)
            feedback.setProgress(40)
            results = integration.integrate(units, profile)
        feedback.setProgress(70)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.RESULTS])
        return self.finish(
            parameters,
            context,
            feedback,
            source,
            feats,
            results,
            integration.output_fields(),
            profile,
            inputs,
            units.codes,
            summary_set="warning_levels",
            note_field="cause",
        )
