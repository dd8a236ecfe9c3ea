"""cc_warning:pollutant_exceedance — 污染物浓度超标指数 (环境 element)."""

from qgis.core import QgsProcessingParameterEnum

from ..core import exceedance
from ..core.i18n import tr
from ..core.indicators import field_title
from ..core.m2016 import environment
from ..core.m2016.units import join_units, period_year
from ..core.profile import load_profile
from .base import user_errors
from .m2016_base import M2016Algorithm, MonitoringInputs

AIR_STANDARDS = ["", "gb3095_2012", "gb3095_2026_transitional", "gb3095_2026_final"]
AGGREGATIONS = ["", "section_max_then_mean", "mean_then_max"]


def add_standard_params(alg, with_aggregation: bool = True):
    p = QgsProcessingParameterEnum(
        alg.AIR_STANDARD, tr("Air quality standard edition"),
        options=[tr("As in the method profile"), tr("GB 3095-2012"),
                 tr("GB 3095-2026 transitional (2026–2030)"),
                 tr("GB 3095-2026 final (from 2031)")], defaultValue=0)
    p.setHelp(tr("Use the edition in force in the evaluation year. GB 3095-2026 changes "
                 "the PM2.5 limits; its final-phase PM10/SO2/NO2 limits are not verified "
                 "and are reported as such."))
    alg.addParameter(p)
    if not with_aggregation:
        return
    p = QgsProcessingParameterEnum(
        alg.WATER_AGGREGATION, tr("Water index aggregation"),
        options=[tr("As in the method profile"),
                 tr("Mean over sections of each section's maximum (default)"),
                 tr("Maximum over pollutants of the mean over sections")],
        defaultValue=0)
    p.setHelp(tr("How a unit's water index is formed from its sections. The method "
                 "text could not be checked on this point; the default follows the "
                 "2016-method implementation the profile cites."))
    alg.addParameter(p)


def air_standard(alg, parameters, context, profile, feedback):
    """The edition chosen, with a warning for its unverified limits."""
    std = AIR_STANDARDS[alg.parameterAsEnum(parameters, alg.AIR_STANDARD, context)] \
        or profile.get("elements.environment.air_standard")
    with user_errors():
        unverified = [p for p in exceedance.unverified_limits(profile, std)
                      if p in profile.get("elements.environment.air_pollutants")]
        if unverified:
            feedback.pushWarning(tr(
                "The limits of {names} in {std} are not verified (the profile "
                "marks them so); results that depend on them need checking.").format(
                names=", ".join(field_title(p) for p in unverified),
                std=exceedance.standard_label(profile, std)))
        feedback.pushInfo(tr("Air standard: {std}").format(
            std=exceedance.standard_label(profile, std)))
    return std


class PollutantExceedanceAlgorithm(MonitoringInputs, M2016Algorithm):
    ALG_ID = "pollutant_exceedance"
    GROUP = "single_element"
    STYLE_FIELD = "env_class"

    AIR_STANDARD = "AIR_STANDARD"
    WATER_AGGREGATION = "WATER_AGGREGATION"

    def display_name(self):
        return tr("Pollutant concentration exceedance index (污染物浓度超标指数)")

    def help_text(self):
        default = load_profile()
        pollutants = ", ".join(field_title(p) for p in
                               default.get("elements.environment.air_pollutants"))
        water = ", ".join(field_title(p) for p in
                          default.get("elements.environment.water_pollutants"))
        return tr(
            "<p>Environment element of the 2016 monitoring and early-warning method.</p>"
            "<p>Air: R = C / S − 1 for each pollutant's annual statistic against the chosen "
            "edition of GB 3095; the unit's air index is the maximum. Water: each section's "
            "index is the maximum over pollutants of C / S − 1 (dissolved oxygen inverted: "
            "S / C − 1) against GB 3838-2002 class III, with river or lake limits for TP and "
            "TN; the unit's water index is the mean of its sections' indices (or, as an "
            "option, the maximum over pollutants of the mean over sections). The element "
            "index is max(air, water): &gt; 0 overloaded, (−0.2, 0] critical, ≤ −0.2 not "
            "overloaded.</p>"
            "<p>Units table: a unit code and the annual statistics {air}. Water sections "
            "(optional): section code, unit code, water body type (河流 / 湖库) and annual "
            "means {water}. Chinese column names are accepted (see docs/indicators.md).</p>"
            "<p>Raw monitoring data instead of statistics: air stations (points) with a "
            "table of daily values give the annual means, the CO 95th and O3 90th "
            "percentiles (HJ 663-2013) per unit; section points (joined to the unit "
            "containing them) with a table of observations give the sections' annual "
            "means.</p>"
            "<p>Outputs: env_index, env_class (overload / critical / none / not_evaluated), "
            "env_label, the air and water indices, the worst pollutant and section "
            "(env_worst), a note when values were missing, and the index of every air "
            "pollutant.</p>").format(air=pollutants, water=water)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource)
        p = QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Evaluation units with annual air statistics"),
            [QgsProcessing.SourceType.TypeVector])
        p.setHelp(tr("County polygons or a plain table (CSV, xlsx sheet) with one row per "
                     "unit: unit code and the annual statistics of each air pollutant."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.SECTIONS, tr("Surface-water sections with annual means (optional)"),
            [QgsProcessing.SourceType.TypeVector], optional=True)
        p.setHelp(tr("One row per monitoring section: section code, unit code, water body "
                     "type (河流/湖库) and the annual mean of each pollutant (mg/L). Points "
                     "without a unit code are joined to the unit polygon containing them."))
        self.addParameter(p)
        add_standard_params(self)
        self.add_partial()
        self.add_profile_parameter()
        self.add_indicators()
        self.add_air_params()
        self.add_water_params(with_sections=False)
        self.OUTPUT_LABEL = tr("Exceedance index")
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback, (0, 20))
        tables = self.read_tables(parameters, self.INDICATORS, context, feedback)
        std = air_standard(self, parameters, context, profile, feedback)
        agg = AGGREGATIONS[self.parameterAsEnum(parameters, self.WATER_AGGREGATION, context)] \
            or None
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        cache = {}
        with user_errors():
            units = join_units(unit_src, tables, environment.input_fields(profile) +
                               ["year"])
            year = period_year([unit_src] + tables, tr("evaluation-year tables"))
            air = self.read_air(parameters, context, feedback, source, feats, units, profile,
                                std, year, cache)
            absent = [p for p in profile.get("elements.environment.air_pollutants")
                      if not units.has(p)]
            if absent and air is None:
                feedback.pushWarning(tr(
                    "{layer} has no column for {names}: these pollutants count as missing "
                    "values (see docs/indicators.md for the accepted column names).").format(
                    layer=units.layer, names=", ".join(field_title(p) for p in absent)))
            feedback.setProgress(40)
            sections = self.read_sections(parameters, context, feedback, source, feats, units,
                                          profile, year, cache)
            self.warn_unmatched(units, feedback)
            feedback.setProgress(60)
            results = environment.evaluate_env(units, profile, air=air, sections=sections,
                                               air_standard=std, water_aggregation=agg,
                                               allow_partial=allow_partial)
        feedback.setProgress(70)
        inputs = self.inputs_of(parameters, context, [
            self.INPUT, self.SECTIONS, self.INDICATORS, self.AIR_STATIONS, self.AIR_DAILY,
            self.SECTION_OBSERVATIONS])
        return self.finish(parameters, context, feedback, source, feats, results,
                           environment.output_fields(profile), profile, inputs, units.codes,
                           {"air_standard_used": std})
