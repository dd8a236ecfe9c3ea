"""cc_warning:water_load — 水资源开发利用量 against the control quotas (水资源 element)."""

from ...core.m2016 import water
from ...core.m2016.units import join_units
from ...specs.m2016 import WATER_LOAD
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm


class WaterLoadAlgorithm(M2016Algorithm):
    SPEC = WATER_LOAD

    def evaluate(self, parameters, context, feedback, read):
        with user_errors():
            units = join_units(read.units, read.tables, water.INPUT_FIELDS)
            units.require(["water_use", "water_quota"])
            values = water.read_water(units, read.profile)
            self.warn_unmatched(units, feedback)
            feedback.setProgress(40)
            results = water.evaluate_water(
                units, values, read.profile, self.partial(parameters, context)
            )
        feedback.setProgress(70)
        return Evaluation(results, water.output_fields(), units.codes)
