"""cc_warning:carrying_capacity_2016 — the whole 2016 chain in one run."""

from qgis.core import (QgsProcessing, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString)

from ..core.i18n import tr
from ..core.indicators import field_title
from ..core.m2016 import chain as chain_mod
from .alg_ecosystem_health import add_degradation_params, degradation_overlay
from .alg_land_pressure import METHODS, parse_values
from .alg_pollutant_exceedance import AGGREGATIONS, add_standard_params, air_standard
from .alg_process_trend import NATIONAL_TABLE, add_national_params, national_inputs
from .base import user_errors
from .m2016_base import M2016Algorithm, MonitoringInputs
from .m2016_spatial import construction_areas, raster_counts, require_projected


class CarryingCapacity2016Algorithm(MonitoringInputs, M2016Algorithm):
    ALG_ID = "carrying_capacity_2016"
    GROUP = "integrated"
    STYLE_FIELD = "warning_level"
    STYLE_SET = "warning_levels"

    AIR_STANDARD = "AIR_STANDARD"
    WATER_AGGREGATION = "WATER_AGGREGATION"
    LANDUSE = "LANDUSE"
    SUITABILITY = "SUITABILITY"
    SUITABLE_VALUES = "SUITABLE_VALUES"
    LAND_METHOD = "LAND_METHOD"
    DEGRADATION = "DEGRADATION"
    DEGRADATION_RASTERS = "DEGRADATION_RASTERS"
    RASTER_VALUES = "RASTER_VALUES"

    def display_name(self):
        return tr("Carrying capacity monitoring and early warning, 2016 method "
                  "(资源环境承载能力监测预警)")

    def help_text(self):
        return tr(
            "<p>Runs the whole 2016 monitoring and early-warning method on county units and "
            "writes one result layer: the four basic elements (land_pressure, water_load, "
            "pollutant_exceedance, ecosystem_health), the special evaluation matching each "
            "unit's 主体功能区 type (special_evaluation), the depletion trend "
            "(process_trend), the load type, the warning level and the cause "
            "(integrated_warning). Each step follows the rules of its own algorithm; see "
            "their help.</p>"
            "<p>Minimum inputs: the units and one indicator table of the evaluation year. "
            "Add the base-year table and the national rates for the trend, station and "
            "section data for the environment, land-use, suitability and degradation layers "
            "to compute those inputs by overlay instead of taking them from the table.</p>"
            "<p>The result keeps every index, class, label and note of every step (prefixes "
            "land_, water_, env_, eco_, special_, trend_) and adds load_type, load_label, "
            "warning_level, warning_label, cause and cause_elements; it is styled by the "
            "warning level (also saved as a .qml beside a file output and as the default "
            "style of a GeoPackage).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_units()
        self.add_indicators(optional=False)
        self.add_base_indicators()
        add_national_params(self)
        self.add_air_params()
        self.add_water_params()
        add_standard_params(self)
        p = QgsProcessingParameterFeatureSource(
            self.LANDUSE, tr("Land-use polygons (optional, for L by overlay)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Land-use survey polygons (三调) with a land-use code field (地类编码); "
                     "see cc_warning:land_pressure."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(
            self.SUITABILITY, tr("Construction-suitability raster (optional, for L0)"),
            optional=True)
        p.setHelp(tr("See cc_warning:land_pressure: L0 is the share of suitable cells."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.SUITABLE_VALUES, tr("Suitable raster values (comma-separated; empty = "
                                     "method profile)"), optional=True)
        p.setHelp(tr("Raster values counted as suitable for construction, e.g. 1 or 1,2."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.LAND_METHOD, tr("Land index"), options=[
                tr("As in the method profile"), tr("Land-resource pressure index D (default)"),
                tr("Development intensity L (simplified rule)")], defaultValue=0)
        p.setHelp(tr("The pressure index D follows the 2016 method; the development-intensity "
                     "rule is an earlier simplification kept as an option."))
        self.addParameter(p)
        add_degradation_params(self)
        self.add_partial()
        self.add_profile_parameter()
        self.OUTPUT_LABEL = tr("Carrying capacity warning 2016")
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback, (0, 5))
        tables = self.read_tables(parameters, self.INDICATORS, context, feedback)
        base_tables = self.read_tables(parameters, self.BASE_INDICATORS, context, feedback)
        national_table, params, base_year, eval_year = national_inputs(
            self, parameters, context, feedback)
        std = air_standard(self, parameters, context, profile, feedback)
        agg = AGGREGATIONS[self.parameterAsEnum(parameters, self.WATER_AGGREGATION, context)] \
            or None
        method = METHODS[self.parameterAsEnum(parameters, self.LAND_METHOD, context)] or None
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        landuse = self.parameterAsSource(parameters, self.LANDUSE, context)
        raster = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context)
        feedback.setProgress(8)
        cache = {}
        with user_errors():
            text = self.parameterAsString(parameters, self.SUITABLE_VALUES, context)
            suitable = parse_values(text, self.SUITABLE_VALUES) if text else \
                profile.get("elements.land.overlay.suitable_values")
            chain = chain_mod.Chain(profile, unit_src, tables, base_tables, air_standard=std,
                                    water_aggregation=agg, land_method=method,
                                    allow_partial=allow_partial)
            # 1. tables joined and checked
            chain.prepare(national_table=national_table, national_params=params,
                          base_year=base_year, eval_year=eval_year)
            units = chain.units
            self.warn_unmatched(units, feedback)
            if chain.base is not None:
                self.warn_unmatched(chain.base, feedback)
                feedback.pushInfo(tr("Base year {b}, evaluation year {e}.").format(
                    b=chain.base_year, e=chain.eval_year))
            else:
                feedback.pushWarning(tr("No base-year table: the depletion trend cannot be "
                                        "evaluated, so overloaded and critical units get no "
                                        "warning colour."))
            degradation = self.parameterAsSource(parameters, self.DEGRADATION, context) \
                is not None or bool(self.parameterAsLayerList(
                    parameters, self.DEGRADATION_RASTERS, context))
            for element, names in chain.absent_columns(
                    landuse is not None, raster is not None, degradation).items():
                feedback.pushWarning(tr(
                    "{element}: no column for {names} in the inputs; units that need them are "
                    "not evaluated. See docs/indicators.md for the accepted column "
                    "names.").format(element=element,
                                     names=", ".join(field_title(n) for n in names)))
            # 2. monitoring data
            chain.air = self.read_air(parameters, context, feedback, source, feats, units,
                                      profile, std, chain.eval_year, cache)
            chain.sections = self.read_sections(parameters, context, feedback, source, feats,
                                                units, profile, chain.eval_year, cache)
            feedback.setProgress(20)
            # 3. overlays (inputs checked first)
            geoms = None
            spatial = landuse is not None or raster is not None or degradation
            if spatial:
                geoms = self.unit_geometries(source, feats, units, tr("the overlays"))
            if landuse is not None:
                require_projected(source.sourceCrs(), units.layer,
                                  tr("the construction land area"))
            land_values = chain.values["land"]
            sources = {}
            if landuse is not None:
                name = self.name_of(parameters, self.LANDUSE, landuse)
                areas = construction_areas(landuse, name, geoms,
                                           profile.get("elements.land.overlay."
                                                       "construction_codes"),
                                           context, feedback, (0.2, 0.45))
                for u, v in zip(units.units, land_values):
                    v["constr_land_area"] = areas[u.code]
                    if v["eval_land_area"] is None:
                        v["eval_land_area"] = geoms.area_km2(u.code)
                    sources[u.code] = tr("L from {layer}").format(layer=name)
            if raster is not None:
                valid, match, _ = raster_counts([raster], geoms, suitable, context, feedback,
                                                (0.45, 0.55))
                for u, v in zip(units.units, land_values):
                    v["land_threshold_l0"] = match[u.code] / valid[u.code] \
                        if valid[u.code] else None
            eco_overlay = degradation_overlay(self, parameters, context, feedback, source,
                                              feats, units, profile, (0.55, 0.8))
            feedback.setProgress(80)
            # 4. evaluation
            results = chain.run(land_values, sources, eco_overlay,
                                lambda f: feedback.setProgress(80 + 10 * f))
        feedback.setProgress(90)
        inputs = self.inputs_of(parameters, context, [
            self.INPUT, self.INDICATORS, self.BASE_INDICATORS, NATIONAL_TABLE,
            self.AIR_STATIONS, self.AIR_DAILY, self.SECTIONS, self.SECTION_OBSERVATIONS,
            self.LANDUSE, self.SUITABILITY, self.DEGRADATION, self.DEGRADATION_RASTERS])
        extra = {"air_standard_used": std, "national_rates_used": chain.national,
                 "base_year": chain.base_year, "eval_year": chain.eval_year}
        return self.finish(parameters, context, feedback, source, feats, results,
                           chain_mod.chain_fields(profile), profile, inputs, units.codes,
                           extra, summary_set="warning_levels", note_field="cause")

