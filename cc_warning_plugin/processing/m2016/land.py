"""cc_warning:land_pressure — 土地资源压力指数 (土地资源 element), and the L/L0
overlay shared with the whole chain."""

from typing import Dict, List, Optional

from ...core.i18n import tr
from ...core.m2016 import land
from ...core.m2016.units import join_units
from ...specs.m2016 import LAND_PRESSURE
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm, parse_values
from .spatial import construction_areas, raster_counts, require_projected

LANDUSE, SUITABILITY, SUITABLE_VALUES = "LANDUSE", "SUITABILITY", "SUITABLE_VALUES"


def land_inputs(alg, parameters, context, profile):
    """(land-use source or None, suitability raster or None, suitable values)
    of the LANDUSE, SUITABILITY and SUITABLE_VALUES parameters (empty
    values: the profile's)."""
    landuse = alg.parameterAsSource(parameters, LANDUSE, context)
    raster = alg.parameterAsRasterLayer(parameters, SUITABILITY, context)
    with user_errors():
        text = alg.parameterAsString(parameters, SUITABLE_VALUES, context)
        suitable = (
            parse_values(text, SUITABLE_VALUES)
            if text
            else profile.get("elements.land.overlay.suitable_values")
        )
    return landuse, raster, suitable


def land_overlay(
    alg,
    parameters,
    context,
    feedback,
    geoms,
    units,
    values: List[Dict],
    landuse,
    raster,
    suitable,
    profile,
    spans=((0.1, 0.6), (0.6, 0.9)),
) -> Dict[str, str]:
    """L by overlay of the land-use polygons (construction land per unit; the
    unit polygon area where the evaluated land area is missing) and L0 as the
    suitable share of the raster's cells, written into ``values`` (one dict
    per unit). Returns the note per unit code saying where L and L0 came
    from. The units' CRS must have been checked (``require_projected``)."""
    sources: Dict[str, str] = {}
    if landuse is not None:
        name = alg.name_of(parameters, LANDUSE, landuse)
        areas = construction_areas(
            landuse,
            name,
            geoms,
            profile.get("elements.land.overlay.construction_codes"),
            context,
            feedback,
            spans[0],
        )
        for u, v in zip(units.units, values):
            v["constr_land_area"] = areas[u.code]
            if v["eval_land_area"] is None:
                v["eval_land_area"] = geoms.area_km2(u.code)
            sources[u.code] = tr("L from {layer}").format(layer=name)
    if raster is not None:
        valid, match, _ = raster_counts([raster], geoms, suitable, context, feedback, spans[1])
        for u, v in zip(units.units, values):
            v["land_threshold_l0"] = match[u.code] / valid[u.code] if valid[u.code] else None
            note = (
                tr("L0 = suitable share of {layer} ({n} of {m} cells)").format(
                    layer=raster.name(), n=match[u.code], m=valid[u.code]
                )
                if valid[u.code]
                else tr("{layer} has no data in this unit").format(layer=raster.name())
            )
            sources[u.code] = "; ".join(x for x in [sources.get(u.code), note] if x)
    return sources


def check_land_overlay(source, units, landuse) -> None:
    """Areas by overlay need the units in a projected CRS."""
    if landuse is not None:
        require_projected(source.sourceCrs(), units.layer, tr("the construction land area"))


class LandPressureAlgorithm(M2016Algorithm):
    SPEC = LAND_PRESSURE

    def evaluate(self, parameters, context, feedback, read):
        profile, source, unit_src, feats, tables = read
        landuse, raster, suitable = land_inputs(self, parameters, context, profile)
        method: Optional[str] = self.enum_value(parameters, "METHOD", context) or None
        with user_errors():
            units = join_units(unit_src, tables, land.INPUT_FIELDS)
            used = method or profile.get("elements.land.method")
            units.require(
                (["constr_land_area", "eval_land_area"] if landuse is None else [])
                + (["land_threshold_l0"] if used == "pressure" and raster is None else [])
            )
            values = land.read_land(units)
            geoms = None
            if landuse is not None or raster is not None:
                geoms = self.unit_geometries(
                    source, feats, units, tr("a land-use layer or suitability raster")
                )
            check_land_overlay(source, units, landuse)
        self.warn_unmatched(units, feedback)
        with user_errors():
            sources = land_overlay(
                self,
                parameters,
                context,
                feedback,
                geoms,
                units,
                values,
                landuse,
                raster,
                suitable,
                profile,
            )
            results = land.evaluate_land(
                units, values, profile, method, self.partial(parameters, context), sources
            )
        feedback.setProgress(92)
        extra = {"method_used": used, "suitable_values": suitable}
        return Evaluation(results, land.output_fields(), units.codes, extra)
