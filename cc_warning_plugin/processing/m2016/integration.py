"""cc_warning:integrated_warning — 集成评价 (超载类型), 预警等级 and 成因解析."""

from ...core.m2016 import integration
from ...core.m2016.units import join_units
from ...specs.m2016 import INTEGRATED_WARNING
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm


class IntegratedWarningAlgorithm(M2016Algorithm):
    SPEC = INTEGRATED_WARNING
    STYLE_SET = "warning_levels"
    RESULTS = "RESULTS"
    TABLES = RESULTS
    NOTE_FIELD = "cause"

    def evaluate(self, parameters, context, feedback, read):
        with user_errors():
            units = join_units(read.units, read.tables, integration.REQUIRED + integration.OPTIONAL)
            self.warn_unmatched(units, feedback)
            feedback.setProgress(40)
            results = integration.integrate(units, read.profile)
        feedback.setProgress(70)
        return Evaluation(results, integration.output_fields(), units.codes)
