"""cc_warning:pollutant_exceedance — 污染物浓度超标指数 (环境 element)."""

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsWkbTypes)

from ..core import exceedance
from ..core.i18n import tr
from ..core.indicators import field_title
from ..core.profile import load_profile
from .base import CCAlgorithm, source_name, user_errors

AIR_STANDARDS = ["", "gb3095_2012", "gb3095_2026_transitional", "gb3095_2026_final"]
AGGREGATIONS = ["", "section_max_then_mean", "mean_then_max"]


class PollutantExceedanceAlgorithm(CCAlgorithm):
    ALG_ID = "pollutant_exceedance"
    GROUP = "single_element"

    INPUT = "INPUT"
    SECTIONS = "SECTIONS"
    AIR_STANDARD = "AIR_STANDARD"
    WATER_AGGREGATION = "WATER_AGGREGATION"
    ALLOW_PARTIAL = "ALLOW_PARTIAL"
    OUTPUT = "OUTPUT"
    PROVENANCE = "PROVENANCE"

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
            "<p>Outputs: env_index, env_class (overload / critical / none / not_evaluated), "
            "env_label, the air and water indices, the worst pollutant and section "
            "(env_worst), a note when values were missing, and the index of every air "
            "pollutant.</p>").format(air=pollutants, water=water)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        p = QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Evaluation units with annual air statistics"),
            [QgsProcessing.TypeVector])
        p.setHelp(tr("County polygons or a plain table (CSV, xlsx sheet) with one row per "
                     "unit: unit code and the annual statistics of each air pollutant."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.SECTIONS, tr("Surface-water sections with annual means (optional)"),
            [QgsProcessing.TypeVector], optional=True)
        p.setHelp(tr("One row per monitoring section: section code, unit code, water body "
                     "type (河流/湖库) and the annual mean of each pollutant (mg/L)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.AIR_STANDARD, tr("Air quality standard edition"),
            options=[tr("As in the method profile"), tr("GB 3095-2012"),
                     tr("GB 3095-2026 transitional (2026–2030)"),
                     tr("GB 3095-2026 final (from 2031)")], defaultValue=0)
        p.setHelp(tr("Use the edition in force in the evaluation year. GB 3095-2026 changes "
                     "the PM2.5 limits; its final-phase PM10/SO2/NO2 limits are not verified "
                     "and are reported as such."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.WATER_AGGREGATION, tr("Water index aggregation"),
            options=[tr("As in the method profile"),
                     tr("Mean over sections of each section's maximum (default)"),
                     tr("Maximum over pollutants of the mean over sections")],
            defaultValue=0)
        p.setHelp(tr("How a unit's water index is formed from its sections. The method "
                     "text could not be checked on this point; the default follows the "
                     "2016-method implementation the profile cites."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.ALLOW_PARTIAL, tr("Class units with missing values on the values present"),
            defaultValue=False)
        p.setHelp(tr("Off (default): a unit whose missing values could change its class is "
                     "marked not_evaluated. On: it is classed on the values present and the "
                     "note lists what was missing."))
        self.addParameter(p)
        self.add_profile_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Exceedance index"), QgsProcessing.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputString(self.PROVENANCE, tr("Provenance (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        profile = self.profile(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        sections = self.parameterAsSource(parameters, self.SECTIONS, context)
        std = AIR_STANDARDS[self.parameterAsEnum(parameters, self.AIR_STANDARD, context)] \
            or profile.get("elements.environment.air_standard")
        agg = AGGREGATIONS[self.parameterAsEnum(parameters, self.WATER_AGGREGATION, context)] \
            or None
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)

        unit_layer = source.sourceName() or tr("Units")
        rows, ids, feats = self.rows_of(source, feedback, (0, 30))
        if not rows:
            raise QgsProcessingException(tr("{layer} has no features: nothing to "
                                             "evaluate.").format(layer=unit_layer))
        section_rows = section_ids = None
        section_layer = ""
        if sections is not None:
            section_layer = sections.sourceName() or tr("Water sections")
            section_rows, section_ids, _ = self.rows_of(sections, feedback, (30, 50))

        with user_errors():
            unverified = [p for p in exceedance.unverified_limits(profile, std)
                          if p in profile.get("elements.environment.air_pollutants")]
            if unverified:
                feedback.pushWarning(tr(
                    "The limits of {names} in {std} are not verified (the profile "
                    "marks them so); results that depend on them need checking.").format(
                    names=", ".join(field_title(p) for p in unverified),
                    std=exceedance.standard_label(profile, std)))
            absent = exceedance.missing_columns(rows, profile)
            if absent:
                feedback.pushWarning(tr(
                    "{layer} has no column for {names}: these pollutants count as missing "
                    "values (see docs/indicators.md for the accepted column names).").format(
                    layer=unit_layer, names=", ".join(field_title(p) for p in absent)))
            feedback.pushInfo(tr("Air standard: {std}").format(
                std=exceedance.standard_label(profile, std)))
            results = exceedance.evaluate_environment(
                rows, profile, section_rows=section_rows, unit_layer=unit_layer,
                section_layer=section_layer, unit_row_ids=ids, section_row_ids=section_ids,
                air_standard=std, water_aggregation=agg, allow_partial=allow_partial)
        feedback.setProgress(70)

        new_fields = exceedance.env_output_fields(profile)
        fields, kept = self.output_fields(source.fields(), new_fields, feedback)
        wkb = source.wkbType() if source.wkbType() != QgsWkbTypes.Unknown \
            else QgsWkbTypes.NoGeometry
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb,
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        self.write_rows(sink, fields, feats, kept, results, new_fields, feedback)

        counts = {}
        for r in results:
            counts[r["env_class"]] = counts.get(r["env_class"], 0) + 1
        for code in profile.class_codes("load_classes"):
            if counts.get(code):
                feedback.pushInfo(tr("{label}: {n} unit(s)").format(
                    label=profile.class_label("load_classes", code), n=counts[code]))
        for r, rid in zip(results, ids):
            if r["env_class"] == exceedance.NOT_EVALUATED:
                feedback.pushWarning(tr("{row}: not evaluated — {why}").format(
                    row=rid, why=r["env_note"]))

        inputs = {self.INPUT: source_name(parameters.get(self.INPUT), context)}
        if sections is not None:
            inputs[self.SECTIONS] = source_name(parameters.get(self.SECTIONS), context)
        prov = self.provenance(parameters, context, profile, inputs)
        prov["parameters"]["air_standard_used"] = std
        self.style_output(context, dest_id, "env_class", profile, "load_classes", prov)
        feedback.setProgress(100)
        from ..core.provenance import to_json
        return {self.OUTPUT: dest_id, self.PROVENANCE: to_json(prov)}
