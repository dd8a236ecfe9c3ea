"""cc_warning:process_trend — 资源环境耗损过程评价 (加剧型 / 趋缓型), and the
base-year and national-rates inputs shared with the whole chain."""

from typing import Dict, List, NamedTuple, Optional

from ...core.errors import InputError
from ...core.i18n import tr
from ...core.m2016 import trend
from ...core.m2016.units import Source, has_year_columns, join_units, period_year, resolve_periods
from ...specs.m2016 import NATIONAL_COMPONENTS, PROCESS_TREND
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm

NATIONAL_RATES, BASE_YEAR, EVAL_YEAR = "NATIONAL_RATES", "BASE_YEAR", "EVAL_YEAR"
ECOLOGY_SERIES, ECOLOGY_SERIES_FIELD = "ECOLOGY_SERIES", "ECOLOGY_SERIES_FIELD"


def ecology_series_input(alg, parameters, context, feedback, profile, codes):
    """{unit code: series trend record} of the ECOLOGY_SERIES table, or None
    when it is not given (core/series/process.py). Warns of series units
    that are not evaluation units and of units whose series is not used."""
    from ...core.series import process
    from ..methods.tables import frame_of, warn_unread_years

    _, frame, layer = frame_of(alg, parameters, ECOLOGY_SERIES, context, required=False)
    if frame is None:
        return None
    value = alg.parameterAsString(parameters, ECOLOGY_SERIES_FIELD, context) or None
    with user_errors():
        records = process.read_ecology_series(frame, profile, layer, value)
    warn_unread_years(frame, layer, feedback)
    extra = process.series_units_missing(records, codes)
    if extra:
        feedback.pushWarning(
            tr(
                "{table}: {n} unit(s) are not among the evaluation units and are not used: {codes}."
            ).format(table=layer, n=len(extra), codes=", ".join(extra[:10]))
        )
    used = sum(1 for r in records.values() if r.get("rate_fit_pct") is not None)
    feedback.pushInfo(
        tr(
            "Ecological quality from the yearly series of {table}: {n} unit(s) with a trend."
        ).format(table=layer, n=used)
    )
    return records


class TrendInputs(NamedTuple):
    """The inputs of the depletion trend beside the evaluation-year tables."""

    base_tables: List[Source]
    national_table: Optional[Source]
    rates: Dict[str, float]  # {component: rate} of the single rate parameters
    base_year: Optional[int]  # the BASE_YEAR and EVAL_YEAR parameters
    eval_year: Optional[int]


def trend_inputs(alg, parameters, context, feedback) -> TrendInputs:
    """The base-year tables (BASE_INDICATORS), the national-rates table, the
    single rate parameters and the year parameters."""
    base_tables = alg.read_tables(parameters, alg.BASE_INDICATORS, context, feedback)
    table = alg.read_layer(parameters, NATIONAL_RATES, context, feedback)
    rates = {}
    for name, comp in NATIONAL_COMPONENTS.items():
        if parameters.get(name) not in (None, ""):
            rates[comp] = alg.parameterAsDouble(parameters, name, context)
    years = [
        alg.parameterAsInt(parameters, name, context)
        if parameters.get(name) not in (None, "")
        else None
        for name in (BASE_YEAR, EVAL_YEAR)
    ]
    return TrendInputs(base_tables, table[1] if table else None, rates, years[0], years[1])


class ProcessTrendAlgorithm(M2016Algorithm):
    SPEC = PROCESS_TREND
    STYLE_SET = "trend_types"

    def evaluate(self, parameters, context, feedback, read):
        profile, _, unit_src, _, tables = read
        trend_in = trend_inputs(self, parameters, context, feedback)
        fields = trend.INPUT_FIELDS + ["year"]
        with user_errors():
            if has_year_columns(unit_src):
                tables.insert(0, unit_src)
            ev, bs = resolve_periods(tables, trend_in.base_tables)
            if not bs:
                raise InputError(
                    tr(
                        "No base-year data: give the base-year tables, or one "
                        "table with year-suffixed columns for both years."
                    )
                )
            units = join_units(unit_src, ev, fields)
            base = join_units(unit_src, bs, fields, unit_values=False)
            year = period_year([unit_src] + ev, tr("evaluation-year tables"))
            eval_year = year or trend_in.eval_year
            base_year = period_year(bs, tr("base-year tables")) or trend_in.base_year
            trend.check_years(base_year, eval_year)
            national = (
                trend.read_national(trend_in.national_table, profile, base_year, eval_year)
                if trend_in.national_table is not None
                else {}
            )
            national.update(trend_in.rates)
            trend.check_national(profile, national)
            units.require(["gdp"])
            self.warn_unmatched(units, feedback)
            self.warn_unmatched(base, feedback)
            feedback.pushInfo(
                tr("Base year {b}, evaluation year {e}.").format(b=base_year, e=eval_year)
            )
            results = trend.evaluate_trend(units, base, profile, national, base_year, eval_year)
        series = ecology_series_input(self, parameters, context, feedback, profile, units.codes)
        if series is not None:
            from ...core.series.process import apply_series_ecology, national_ecology_rate

            with user_errors():
                apply_series_ecology(
                    results, units.codes, series, profile, national_ecology_rate(profile, national)
                )
        feedback.setProgress(70)
        extra = {"national_rates_used": national, "base_year": base_year, "eval_year": eval_year}
        return Evaluation(results, trend.output_fields(), units.codes, extra)
