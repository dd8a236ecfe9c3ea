"""cc_warning:ecosystem_health — 生态系统健康度 (生态 element)."""

from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterString)

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.indicators import field_title
from ..core.m2016 import ecology
from ..core.m2016.units import join_units
from .alg_land_pressure import parse_values
from .base import user_errors
from .m2016_base import M2016Algorithm
from .m2016_spatial import degraded_areas, raster_counts, require_projected


def degradation_overlay(alg, parameters, context, feedback, source, feats, units, profile,
                        span=(0.1, 0.8)):
    """Overlay of degradation polygons or rasters (None if neither is given).
    Checks the inputs before the heavy work."""
    polys = alg.parameterAsSource(parameters, alg.DEGRADATION, context)
    rasters = alg.parameterAsLayerList(parameters, alg.DEGRADATION_RASTERS, context) or []
    if polys is None and not rasters:
        return None
    if polys is not None and rasters:
        raise InputError(tr("Give the degradation either as polygons or as rasters, not "
                            "both (the same land would be counted from two sources)."))
    geoms = alg.unit_geometries(source, feats, units, tr("the degraded land overlay"))
    require_projected(source.sourceCrs(), units.layer, tr("the degraded land area"))
    if polys is not None:
        name = alg.name_of(parameters, alg.DEGRADATION, polys)
        out, warnings = degraded_areas(polys, name, geoms,
                                       profile.get("elements.ecology.counted_severities"),
                                       context, feedback, span)
        for w in warnings:
            feedback.pushWarning(w)
        return out
    text = alg.parameterAsString(parameters, alg.RASTER_VALUES, context)
    values = parse_values(text, alg.RASTER_VALUES) if text else \
        profile.get("elements.ecology.raster_counted_values")
    require_projected(rasters[0].crs(), rasters[0].name(), tr("the degraded land area"))
    valid, match, cell = raster_counts(rasters, geoms, values, context, feedback, span)
    return {code: {"degraded_area": match[code] * cell / 1e6, "by_type": {},
                   "land_area": geoms.area_km2(code), "source": "raster"}
            for code in units.codes}


def add_degradation_params(alg):
    p = QgsProcessingParameterFeatureSource(
        alg.DEGRADATION, tr("Degradation polygons (optional)"),
        [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
    p.setHelp(tr("Polygons of 水土流失, 土地沙化, 盐渍化 and 石漠化 with a severity field "
                 "(退化程度/程度: 轻度, 中度, 重度 …) and optionally a type field (退化类型). "
                 "Moderate-or-worse polygons (the profile's counted severities) are "
                 "intersected with each unit and dissolved, so land covered by two types "
                 "counts once."))
    alg.addParameter(p)
    p = QgsProcessingParameterMultipleLayers(
        alg.DEGRADATION_RASTERS, tr("Degradation rasters (optional)"),
        QgsProcessing.SourceType.TypeRaster, optional=True)
    p.setHelp(tr("Rasters of degradation severity codes on one grid (projected CRS). A cell "
                 "counts once if any raster holds a counted value there."))
    alg.addParameter(p)
    p = QgsProcessingParameterString(
        alg.RASTER_VALUES, tr("Counted raster values (comma-separated; empty = method "
                              "profile)"), optional=True)
    p.setHelp(tr("Severity codes counted as moderate or worse in the rasters. Empty: "
                 "elements.ecology.raster_counted_values of the method profile (3, 4, 5, 6: "
                 "中度 to 剧烈 in SL 190-2007)."))
    alg.addParameter(p)


class EcosystemHealthAlgorithm(M2016Algorithm):
    ALG_ID = "ecosystem_health"
    GROUP = "single_element"
    STYLE_FIELD = "eco_class"

    DEGRADATION = "DEGRADATION"
    DEGRADATION_RASTERS = "DEGRADATION_RASTERS"
    RASTER_VALUES = "RASTER_VALUES"

    def display_name(self):
        return tr("Ecosystem health (生态系统健康度)")

    def help_text(self):
        return tr(
            "<p>Ecology element of the 2016 monitoring and early-warning method: H = A_d / "
            "A_t, the share of the evaluated land area A_t that is moderately or worse "
            "degraded (水土流失, 土地沙化, 盐渍化, 石漠化). Default classes: H &gt; 0.10 "
            "overloaded, 0.05 &lt; H ≤ 0.10 critical, H ≤ 0.05 not overloaded.</p>"
            "<p>The degraded area comes from degradation polygons or rasters (overlaid with "
            "the unit polygons, overlaps dissolved), or else from the four per-type areas "
            "({types}) — their sum counts land with two types twice, and the note says so. "
            "A_t is {area}, or the unit polygon area when overlaying. Areas need a projected "
            "CRS.</p>"
            "<p>Outputs: eco_index (H), eco_class, eco_label, eco_note, eco_degraded_area, "
            "eco_land_area (km²), eco_worst (the type with the largest area), eco_source "
            "(polygons / raster / type_fields).</p>").format(
            area=field_title("eval_land_area"),
            types=", ".join(field_title(t) for t in (
                "soil_erosion_area", "desertification_area", "salinization_area",
                "rocky_desert_area")))

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_units()
        self.add_indicators()
        add_degradation_params(self)
        self.add_partial()
        self.add_profile_parameter()
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback)
        tables = self.read_tables(parameters, self.INDICATORS, context, feedback)
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        with user_errors():
            units = join_units(unit_src, tables, ecology.input_fields(profile))
            values = ecology.read_ecology(units, profile)
            self.warn_unmatched(units, feedback)
            overlay = degradation_overlay(self, parameters, context, feedback, source, feats,
                                          units, profile)
            if overlay is None:
                units.require(["eval_land_area"])
                types = profile.get("elements.ecology.degradation_types")
                if not any(units.has(t) for t in types):
                    units.require(types[:1], tr("or the other per-type areas, or degradation "
                                                "polygons or rasters"))
            results = ecology.evaluate_ecology(units, values, profile, overlay, allow_partial)
        feedback.setProgress(90)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.INDICATORS,
                                                      self.DEGRADATION,
                                                      self.DEGRADATION_RASTERS])
        return self.finish(parameters, context, feedback, source, feats, results,
                           ecology.output_fields(), profile, inputs, units.codes)
