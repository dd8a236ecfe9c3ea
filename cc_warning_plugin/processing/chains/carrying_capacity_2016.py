"""cc_warning:carrying_capacity_2016 — the whole 2016 chain in one run. Its
parameters are composed from its steps' specs; its overlays and inputs are
read by the functions the steps use."""

from ...core.i18n import tr
from ...core.indicators import field_title
from ...core.m2016 import chain as chain_mod
from ...specs.chains import CARRYING_CAPACITY_2016
from ..framework.common import user_errors
from ..m2016.base import Evaluation, M2016Algorithm, MonitoringInputs, accepted_headers
from ..m2016.ecology import degradation_overlay, has_degradation
from ..m2016.environment import air_standard
from ..m2016.land import LandInputs
from ..m2016.trend import ecology_series_input, trend_inputs


class CarryingCapacity2016Algorithm(MonitoringInputs, M2016Algorithm):
    SPEC = CARRYING_CAPACITY_2016
    STYLE_SET = "warning_levels"
    READ_SPAN = (0, 5)
    NOTE_FIELD = "cause"

    def evaluate(self, parameters, context, feedback, read):
        profile, source, unit_src, feats, tables = read
        trend_in = trend_inputs(self, parameters, context, feedback)
        std = air_standard(self, parameters, context, profile, feedback)
        agg = self.enum_value(parameters, "WATER_AGGREGATION", context) or None
        method = self.enum_value(parameters, "LAND_METHOD", context) or None
        land_in = LandInputs(self, parameters, context, profile)
        feedback.setProgress(8)
        cache = {}
        with user_errors():
            chain = chain_mod.Chain(
                profile,
                unit_src,
                tables,
                trend_in.base_tables,
                air_standard=std,
                water_aggregation=agg,
                land_method=method,
                allow_partial=self.partial(parameters, context),
            )
            # 1. tables joined and checked
            chain.prepare(
                national_table=trend_in.national_table,
                national_params=trend_in.rates,
                base_year=trend_in.base_year,
                eval_year=trend_in.eval_year,
            )
            units = chain.units
            # the 生态质量 series (optional) replaces the two-year rate of the trend
            chain.ecology_series = ecology_series_input(
                self, parameters, context, feedback, profile, units.codes
            )
            self.warn_unmatched(units, feedback)
            if chain.base is not None:
                self.warn_unmatched(chain.base, feedback)
                feedback.pushInfo(
                    tr("Base year {b}, evaluation year {e}.").format(
                        b=chain.base_year, e=chain.eval_year
                    )
                )
            else:
                feedback.pushWarning(
                    tr(
                        "No base-year table: the depletion trend cannot be "
                        "evaluated, so overloaded and critical units get no "
                        "warning colour."
                    )
                )
            degradation = has_degradation(self, parameters, context)
            for element, names in chain.absent_columns(
                land_in.landuse is not None, land_in.raster is not None, degradation
            ).items():
                feedback.pushWarning(
                    tr(
                        "{element}: no column for {names} in the inputs; units that need them are "
                        "not evaluated. Accepted column names: {headers}."
                    ).format(
                        element=element,
                        names=", ".join(field_title(n) for n in names),
                        headers=accepted_headers(names),
                    )
                )
            # 2. monitoring data
            chain.air = self.read_air(
                parameters,
                context,
                feedback,
                source,
                feats,
                units,
                profile,
                std,
                chain.eval_year,
                cache,
            )
            chain.sections = self.read_sections(
                parameters, context, feedback, source, feats, units, profile, chain.eval_year, cache
            )
            chain.check_sections()
            feedback.setProgress(20)
            # 3. overlays (inputs checked first)
            geoms = None
            if land_in.given or degradation:
                geoms = self.unit_geometries(source, feats, units, tr("the overlays"))
            land_in.check_projected(source, units)
            land_values = chain.values["land"]
            if land_in.given:
                land_values = list(land_values)  # the overlays write into them
            sources = land_in.overlay(
                geoms, units, land_values, context, feedback, ((0.2, 0.45), (0.45, 0.55))
            )
            eco_overlay = degradation_overlay(
                self, parameters, context, feedback, source, feats, units, profile, (0.55, 0.8)
            )
            feedback.setProgress(80)
            # 4. evaluation, a chunk of units at a time, written as it comes
            results = _rows(
                chain.run_chunks(
                    land_values, sources, eco_overlay, lambda f: feedback.setProgress(80 + 10 * f)
                )
            )
        extra = {
            "air_standard_used": std,
            "national_rates_used": chain.national,
            "base_year": chain.base_year,
            "eval_year": chain.eval_year,
        }
        return Evaluation(results, chain_mod.chain_fields(profile), units.codes, extra)


def _rows(chunks):
    """The rows of the chunks, one by one; the core's user errors (a value
    found wrong while evaluating) become QgsProcessingException."""
    with user_errors():
        for rows in chunks:
            yield from rows
