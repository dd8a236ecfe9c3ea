"""cc_warning:water_load — 水资源开发利用量 against the control quotas (水资源 element)."""

from ...core.m2016 import water
from ...core.m2016.units import join_units
from ...specs.m2016 import WATER_LOAD
from ..framework.common import user_errors
from .base import M2016Algorithm


class WaterLoadAlgorithm(M2016Algorithm):
    SPEC = WATER_LOAD

    def process_algorithm(self, parameters, context, feedback):
        profile, source, unit_src, feats, tables = self.read_inputs(parameters, context, feedback)
        with user_errors():
            units = join_units(unit_src, tables, water.INPUT_FIELDS)
            units.require(["water_use", "water_quota"])
            values = water.read_water(units, profile)
            self.warn_unmatched(units, feedback)
            feedback.setProgress(40)
            results = water.evaluate_water(
                units, values, profile, self.partial(parameters, context)
            )
        feedback.setProgress(70)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.INDICATORS])
        return self.finish(
            parameters,
            context,
            feedback,
            source,
            feats,
            results,
            water.output_fields(),
            profile,
            inputs,
            units.codes,
        )
