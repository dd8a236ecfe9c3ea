"""cc_warning:process_trend — 资源环境耗损过程评价 (加剧型 / 趋缓型)."""

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber)

from ..core.i18n import tr
from ..core.m2016 import trend
from ..core.m2016.units import has_year_columns, join_units, period_year, resolve_periods
from .base import user_errors
from .m2016_base import M2016Algorithm

NATIONAL_TABLE = "NATIONAL_RATES"
NATIONAL_PARAMS = {  # parameter → component
    "NATIONAL_LAND": "land_efficiency", "NATIONAL_WATER": "water_efficiency",
    "NATIONAL_COD": "cod_intensity", "NATIONAL_NH3N": "nh3n_intensity",
    "NATIONAL_SO2": "so2_intensity", "NATIONAL_NOX": "nox_intensity",
    "NATIONAL_COVER": "forest_grass_cover"}
BASE_YEAR, EVAL_YEAR = "BASE_YEAR", "EVAL_YEAR"


def add_national_params(alg):
    p = QgsProcessingParameterFeatureSource(
        NATIONAL_TABLE, tr("National average rates (table, optional)"),
        [QgsProcessing.SourceType.TypeVector], optional=True)
    p.setHelp(tr("A small table with a rate code (指标代码: land_use_efficiency, "
                 "water_use_efficiency, cod_intensity, nh3n_intensity, so2_intensity, "
                 "nox_intensity, forest_grass_cover_change or their Chinese names) and the "
                 "national average annual rate in percent per year (全国平均年变化率). Base "
                 "and evaluation year columns, if present, must match the tables."))
    alg.addParameter(p)
    labels = {
        "NATIONAL_LAND": tr("National rate: land-use efficiency (%/a)"),
        "NATIONAL_WATER": tr("National rate: water-use efficiency (%/a)"),
        "NATIONAL_COD": tr("National rate: COD emission intensity (%/a)"),
        "NATIONAL_NH3N": tr("National rate: NH3-N emission intensity (%/a)"),
        "NATIONAL_SO2": tr("National rate: SO2 emission intensity (%/a)"),
        "NATIONAL_NOX": tr("National rate: NOx emission intensity (%/a)"),
        "NATIONAL_COVER": tr("National rate: forest and grass cover (%/a)"),
    }
    for name, text in labels.items():
        p = QgsProcessingParameterNumber(name, text, QgsProcessingParameterNumber.Type.Double,
                                         optional=True)
        p.setHelp(tr("National average annual rate of this component over the same period, "
                     "in percent per year (e.g. 5.0 or -8.0). Overrides the national-rates "
                     "table."))
        alg.addParameter(p)
    alg.add_year(BASE_YEAR, tr("Base year (if the tables have no year column)"),
                 tr("Year of the base-year tables; needed only when they have no year "
                    "column (年份)."))
    alg.add_year(EVAL_YEAR, tr("Evaluation year (if the tables have no year column)"),
                 tr("Year of the evaluation-year tables; needed only when they have no year "
                    "column (年份)."))


def national_inputs(alg, parameters, context, feedback):
    """(national-rates table Source or None, {component: rate} of the
    parameters, base year, evaluation year parameters)."""
    table = alg.read_layer(parameters, NATIONAL_TABLE, context, feedback)
    params = {}
    for name, comp in NATIONAL_PARAMS.items():
        if parameters.get(name) not in (None, ""):
            params[comp] = alg.parameterAsDouble(parameters, name, context)
    years = []
    for name in (BASE_YEAR, EVAL_YEAR):
        years.append(alg.parameterAsInt(parameters, name, context)
                     if parameters.get(name) not in (None, "") else None)
    return (table[1] if table else None), params, years[0], years[1]


class ProcessTrendAlgorithm(M2016Algorithm):
    ALG_ID = "process_trend"
    GROUP = "integrated"
    STYLE_FIELD = "trend_type"
    STYLE_SET = "trend_types"

    def display_name(self):
        return tr("Resource and environmental depletion trend (资源环境耗损过程评价)")

    def help_text(self):
        return tr(
            "<p>Process evaluation of the 2016 method between a base year b and an "
            "evaluation year e (Δt = e − b), each annual rate (percent per year) compared "
            "with the national rate of the same period:</p><ul>"
            "<li>资源利用效率: r = [(X_b/GDP_b)/(X_e/GDP_e)]^(1/Δt) − 1 for construction land "
            "and water use; worse when both are below the national rate.</li>"
            "<li>污染物排放强度: r = [(E_e/GDP_e)/(E_b/GDP_b)]^(1/Δt) − 1 for COD, NH3-N, SO2 "
            "and NOx; worse when at least 3 of 4 are above the national rate.</li>"
            "<li>生态质量: r = (F_e/F_b)^(1/Δt) − 1 of the forest and grass cover; worse when "
            "below the national rate.</li></ul>"
            "<p>At least 2 of the 3 worse → worsening (资源环境耗损加剧型), otherwise easing "
            "(趋缓型). A rate equal to the national rate is not worse. GDP should be at "
            "constant prices. Missing values leave a component unknown; the type is still "
            "given when the known components decide it.</p>"
            "<p>Inputs: the evaluation-year and base-year tables (or one table with "
            "year-suffixed columns) with GDP, construction land, water use, the four "
            "emissions and the forest and grass cover; the national rates as a table or "
            "parameters.</p>"
            "<p>Outputs: trend_type (worsening / easing / not_evaluated), trend_label, "
            "trend_note, the rates trend_r_land, trend_r_water, trend_r_cod, trend_r_nh3n, "
            "trend_r_so2, trend_r_nox, trend_r_cover (%/a), the group flags trend_eff_worse, "
            "trend_emis_worse, trend_eco_worse (1 worse, 0 not), trend_n_worse and the two "
            "years.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_units()
        self.add_indicators()
        self.add_base_indicators(tr("Indicator tables of the base year"))
        add_national_params(self)
        self.add_profile_parameter()
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback)
        tables = self.read_tables(parameters, self.INDICATORS, context, feedback)
        base_tables = self.read_tables(parameters, self.BASE_INDICATORS, context, feedback)
        national_table, params, base_year, eval_year = national_inputs(
            self, parameters, context, feedback)
        fields = trend.INPUT_FIELDS + ["year"]
        with user_errors():
            if has_year_columns(unit_src):
                tables.insert(0, unit_src)
            ev, bs = resolve_periods(tables, base_tables)
            if not bs:
                from ..core.errors import InputError
                raise InputError(tr("No base-year data: give the base-year tables, or one "
                                    "table with year-suffixed columns for both years."))
            units = join_units(unit_src, ev, fields)
            base = join_units(unit_src, bs, fields, unit_values=False)
            eval_year = period_year([unit_src] + ev, tr("evaluation-year tables")) or eval_year
            base_year = period_year(bs, tr("base-year tables")) or base_year
            trend.check_years(base_year, eval_year)
            national = trend.read_national(national_table, profile, base_year, eval_year) \
                if national_table is not None else {}
            national.update(params)
            trend.check_national(profile, national)
            units.require(["gdp"])
            self.warn_unmatched(units, feedback)
            self.warn_unmatched(base, feedback)
            feedback.pushInfo(tr("Base year {b}, evaluation year {e}.").format(
                b=base_year, e=eval_year))
            results = trend.evaluate_trend(units, base, profile, national, base_year,
                                           eval_year)
        feedback.setProgress(70)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.INDICATORS,
                                                      self.BASE_INDICATORS, NATIONAL_TABLE])
        return self.finish(parameters, context, feedback, source, feats, results,
                           trend.output_fields(), profile, inputs, units.codes,
                           {"national_rates_used": national, "base_year": base_year,
                            "eval_year": eval_year}, summary_set="trend_types",
                           note_field="trend_note")
