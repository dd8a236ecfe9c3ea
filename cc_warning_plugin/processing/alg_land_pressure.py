"""cc_warning:land_pressure — 土地资源压力指数 (土地资源 element)."""

from qgis.core import (QgsProcessing, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString)

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.indicators import field_title
from ..core.m2016 import land
from ..core.m2016.units import join_units
from .base import user_errors
from .m2016_base import M2016Algorithm
from .m2016_spatial import construction_areas, raster_counts, require_projected

METHODS = ["", "pressure", "intensity"]


def parse_values(text: str, param: str):
    """Numbers of a comma-separated list parameter."""
    out = []
    for part in str(text).replace("，", ",").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.append(float(part))
        except ValueError:
            raise InputError(tr("Parameter {param}: {value!r} is not a number. Give numbers "
                                "separated by commas, e.g. 1, 2.").format(param=param,
                                                                           value=part))
    return out


class LandPressureAlgorithm(M2016Algorithm):
    ALG_ID = "land_pressure"
    GROUP = "single_element"
    STYLE_FIELD = "land_class"

    LANDUSE = "LANDUSE"
    SUITABILITY = "SUITABILITY"
    SUITABLE_VALUES = "SUITABLE_VALUES"
    METHOD = "METHOD"

    def display_name(self):
        return tr("Land-resource pressure index (土地资源压力指数)")

    def help_text(self):
        return tr(
            "<p>Land element of the 2016 monitoring and early-warning method.</p>"
            "<p>D = (L − L0) / L0, where L = construction land area / evaluated land area "
            "(现状建设开发程度) and L0 is the suitable construction-development threshold "
            "(适宜建设开发程度阈值). Default classes: D &gt; 0 overloaded, −0.3 ≤ D ≤ 0 "
            "critical (both breaks inclusive as shown), D &lt; −0.3 not overloaded. The "
            "profile option method = \"intensity\" classes the development intensity L "
            "itself (&gt; 0.15 overloaded, 0.10–0.15 critical), an earlier simplification.</p>"
            "<p>Inputs: {constr}, {area} and {l0} from the unit layer or indicator tables. "
            "With a land-use layer, the construction land area is computed by overlay from "
            "the polygons whose land-use code (地类编码) starts with one of the profile's "
            "construction codes (三调 05–10), and the unit polygon area is used where the "
            "evaluated land area is not given; the units must then be in a projected CRS. "
            "With a construction-suitability raster (e.g. the 双评价 urban-suitability "
            "result), L0 is the share of the unit's cells holding a suitable value.</p>"
            "<p>Outputs: land_index (D, or L with the intensity method), land_class "
            "(overload / critical / none / not_evaluated), land_label, land_note, land_l, "
            "land_l0, land_constr_area, land_eval_area (km²), land_method.</p>").format(
            constr=field_title("constr_land_area"), area=field_title("eval_land_area"),
            l0=field_title("land_threshold_l0"))

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_units()
        self.add_indicators()
        p = QgsProcessingParameterFeatureSource(
            self.LANDUSE, tr("Land-use polygons (optional, for L by overlay)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Land-use survey polygons (三调) with a land-use code field (地类编码). "
                     "Their construction land is summed per unit; this replaces the "
                     "construction land area of the tables."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(
            self.SUITABILITY, tr("Construction-suitability raster (optional, for L0)"),
            optional=True)
        p.setHelp(tr("A raster of construction suitability classes. L0 of each unit is the "
                     "share of its cells (cell centre inside the unit) whose value is one of "
                     "the suitable values; this replaces L0 of the tables."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.SUITABLE_VALUES, tr("Suitable raster values (comma-separated; empty = "
                                     "method profile)"), optional=True)
        p.setHelp(tr("Raster values counted as suitable for construction, e.g. 1 or 1,2. "
                     "Empty: elements.land.overlay.suitable_values of the method profile."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.METHOD, tr("Index"), options=[
                tr("As in the method profile"), tr("Land-resource pressure index D (default)"),
                tr("Development intensity L (simplified rule)")], defaultValue=0)
        p.setHelp(tr("The pressure index D follows the 2016 method; the development-intensity "
                     "rule is an earlier simplification kept as an option."))
        self.addParameter(p)
        self.add_partial()
        self.add_profile_parameter()
        self.add_output()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        source, unit_src, feats = self.read_units(parameters, context, feedback)
        tables = self.read_tables(parameters, self.INDICATORS, context, feedback)
        landuse = self.parameterAsSource(parameters, self.LANDUSE, context)
        raster = self.parameterAsRasterLayer(parameters, self.SUITABILITY, context)
        method = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)] or None
        allow_partial = self.parameterAsBoolean(parameters, self.ALLOW_PARTIAL, context)
        overlay = profile.get("elements.land.overlay")
        with user_errors():
            text = self.parameterAsString(parameters, self.SUITABLE_VALUES, context)
            suitable = parse_values(text, self.SUITABLE_VALUES) if text else \
                overlay["suitable_values"]
            units = join_units(unit_src, tables, land.INPUT_FIELDS)
            used = method or profile.get("elements.land.method")
            units.require((["constr_land_area", "eval_land_area"] if landuse is None else []) +
                          (["land_threshold_l0"] if used == "pressure" and raster is None
                           else []))
            values = land.read_land(units)
            geoms = None
            if landuse is not None or raster is not None:
                geoms = self.unit_geometries(source, feats, units,
                                             tr("a land-use layer or suitability raster"))
            if landuse is not None:
                require_projected(source.sourceCrs(), units.layer,
                                  tr("the construction land area"))
        self.warn_unmatched(units, feedback)
        sources = {}
        with user_errors():
            if landuse is not None:
                name = self.name_of(parameters, self.LANDUSE, landuse)
                areas = construction_areas(landuse, name, geoms,
                                           overlay["construction_codes"], context, feedback,
                                           (0.1, 0.6))
                for u, v in zip(units.units, values):
                    v["constr_land_area"] = areas[u.code]
                    if v["eval_land_area"] is None:
                        v["eval_land_area"] = geoms.area_km2(u.code)
                    sources[u.code] = tr("L from {layer}").format(layer=name)
            if raster is not None:
                valid, match, _ = raster_counts([raster], geoms, suitable, context, feedback,
                                                (0.6, 0.9))
                for u, v in zip(units.units, values):
                    v["land_threshold_l0"] = match[u.code] / valid[u.code] \
                        if valid[u.code] else None
                    note = tr("L0 = suitable share of {layer} ({n} of {m} cells)").format(
                        layer=raster.name(), n=match[u.code], m=valid[u.code]) \
                        if valid[u.code] else tr("{layer} has no data in this unit").format(
                            layer=raster.name())
                    sources[u.code] = "; ".join(x for x in [sources.get(u.code), note] if x)
            results = land.evaluate_land(units, values, profile, method, allow_partial,
                                         sources)
        feedback.setProgress(92)
        inputs = self.inputs_of(parameters, context, [self.INPUT, self.INDICATORS, self.LANDUSE,
                                                      self.SUITABILITY])
        return self.finish(parameters, context, feedback, source, feats, results,
                           land.output_fields(), profile, inputs, units.codes,
                           {"method_used": method or profile.get("elements.land.method"),
                            "suitable_values": suitable})
