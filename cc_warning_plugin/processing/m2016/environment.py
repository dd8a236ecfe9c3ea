"""cc_warning:pollutant_exceedance — 污染物浓度超标指数 (环境 element), and the
choice of the GB 3095 edition shared with the black-grey index and the
whole chain."""

from ...core import exceedance
from ...core.i18n import tr
from ...core.indicators import field_title
from ...core.m2016 import environment
from ...core.m2016.units import join_units, period_year
from ...specs.m2016 import POLLUTANT_EXCEEDANCE
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm, MonitoringInputs, accepted_headers


def air_standard(alg, parameters, context, profile, feedback):
    """The GB 3095 edition chosen (AIR_STANDARD; empty = the profile's), with
    a warning for its unverified limits."""
    std = alg.enum_value(parameters, "AIR_STANDARD", context) or profile.get(
        "elements.environment.air_standard"
    )
    with user_errors():
        unverified = [
            p
            for p in exceedance.unverified_limits(profile, std)
            if p in profile.get("elements.environment.air_pollutants")
        ]
        if unverified:
            feedback.pushWarning(
                tr(
                    "The limits of {names} in {std} are not verified (the profile "
                    "marks them so); results that depend on them need checking."
                ).format(
                    names=", ".join(field_title(p) for p in unverified),
                    std=exceedance.standard_label(profile, std),
                )
            )
        feedback.pushInfo(
            tr("Air standard: {std}").format(std=exceedance.standard_label(profile, std))
        )
    return std


class PollutantExceedanceAlgorithm(MonitoringInputs, M2016Algorithm):
    SPEC = POLLUTANT_EXCEEDANCE
    READ_SPAN = (0, 20)

    def evaluate(self, parameters, context, feedback, read):
        profile, source, unit_src, feats, tables = read
        std = air_standard(self, parameters, context, profile, feedback)
        agg = self.enum_value(parameters, "WATER_AGGREGATION", context) or None
        cache = {}
        with user_errors():
            units = join_units(unit_src, tables, environment.input_fields(profile) + ["year"])
            year = period_year([unit_src] + tables, tr("evaluation-year tables"))
            air = self.read_air(
                parameters, context, feedback, source, feats, units, profile, std, year, cache
            )
            absent = [
                p for p in profile.get("elements.environment.air_pollutants") if not units.has(p)
            ]
            if absent and air is None:
                feedback.pushWarning(
                    tr(
                        "{layer} has no column for {names}: these pollutants count as missing "
                        "values. Accepted column names: {headers}."
                    ).format(
                        layer=units.layer,
                        names=", ".join(field_title(p) for p in absent),
                        headers=accepted_headers(absent),
                    )
                )
            feedback.setProgress(40)
            sections = self.read_sections(
                parameters, context, feedback, source, feats, units, profile, year, cache
            )
            self.warn_unmatched(units, feedback)
            feedback.setProgress(60)
            results = environment.evaluate_env(
                units,
                profile,
                air=air,
                sections=sections,
                air_standard=std,
                water_aggregation=agg,
                allow_partial=self.partial(parameters, context),
            )
        feedback.setProgress(70)
        return Evaluation(
            results, environment.output_fields(profile), units.codes, {"air_standard_used": std}
        )
