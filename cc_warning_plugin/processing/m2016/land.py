"""cc_warning:land_pressure — 土地资源压力指数 (土地资源 element), and the L/L0
overlay shared with the whole chain."""

from typing import Dict, List, Optional

from ...core.i18n import tr
from ...core.m2016 import land
from ...core.m2016.units import join_units
from ...specs.m2016 import LAND_PRESSURE
from ..framework.common import user_errors
from .base import Evaluation, M2016Algorithm, parse_values
from .spatial import check_raster_cover, construction_areas, raster_counts, require_projected

LANDUSE, SUITABILITY, SUITABLE_VALUES = "LANDUSE", "SUITABILITY", "SUITABLE_VALUES"


class LandInputs:
    """The land-use polygons, suitability raster and suitable values of a run
    (LANDUSE, SUITABILITY and SUITABLE_VALUES; empty values: the profile's),
    and the L/L0 overlay they give."""

    def __init__(self, alg, parameters, context, profile):
        self.landuse = alg.parameterAsSource(parameters, LANDUSE, context)
        self.landuse_name = (
            alg.name_of(parameters, LANDUSE, self.landuse) if self.landuse is not None else ""
        )
        self.raster = alg.parameterAsRasterLayer(parameters, SUITABILITY, context)
        with user_errors():
            text = alg.parameterAsString(parameters, SUITABLE_VALUES, context)
            self.suitable = (
                parse_values(text, SUITABLE_VALUES)
                if text
                else profile.get("elements.land.overlay.suitable_values")
            )
        self.profile = profile

    @property
    def given(self) -> bool:
        """Whether a land-use layer or a suitability raster is given."""
        return self.landuse is not None or self.raster is not None

    def check_projected(self, source, units) -> None:
        """Areas by overlay need the units in a projected CRS."""
        if self.landuse is not None:
            require_projected(source.sourceCrs(), units.layer, tr("the construction land area"))

    def overlay(
        self, geoms, units, values: List[Dict], context, feedback, spans=((0.1, 0.6), (0.6, 0.9))
    ) -> Dict[str, str]:
        """L by overlay of the land-use polygons (construction land per unit;
        the unit polygon area where the evaluated land area is missing) and L0
        as the suitable share of the raster's cells, written into ``values``
        (one dict per unit). Returns the note per unit code saying where L and
        L0 came from. The units' CRS must have been checked
        (:meth:`check_projected`)."""
        sources: Dict[str, str] = {}
        if self.landuse is not None:
            areas = construction_areas(
                self.landuse,
                self.landuse_name,
                geoms,
                self.profile.get("elements.land.overlay.construction_codes"),
                context,
                feedback,
                spans[0],
            )
            for u, v in zip(units.units, values):
                v["constr_land_area"] = areas[u.code]
                if v["eval_land_area"] is None:
                    v["eval_land_area"] = geoms.area_km2(u.code)
                sources[u.code] = tr("L from {layer}").format(layer=self.landuse_name)
        raster = self.raster
        if raster is not None:
            counts = raster_counts([raster], geoms, self.suitable, context, feedback, spans[1])
            check_raster_cover(
                counts,
                raster.name(),
                tr("Their L0 is the suitable share of the cells with data."),
                feedback,
            )
            valid, match = counts.valid, counts.match
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


class LandPressureAlgorithm(M2016Algorithm):
    SPEC = LAND_PRESSURE

    def evaluate(self, parameters, context, feedback, read):
        profile, source, unit_src, feats, tables = read
        land_in = LandInputs(self, parameters, context, profile)
        method: Optional[str] = self.enum_value(parameters, "METHOD", context) or None
        with user_errors():
            units = join_units(unit_src, tables, land.INPUT_FIELDS)
            used = method or profile.get("elements.land.method")
            units.require(
                (["constr_land_area", "eval_land_area"] if land_in.landuse is None else [])
                + (["land_threshold_l0"] if used == "pressure" and land_in.raster is None else [])
            )
            values = land.read_land(units)
            geoms = None
            if land_in.given:
                geoms = self.unit_geometries(
                    source, feats, units, tr("a land-use layer or suitability raster")
                )
            land_in.check_projected(source, units)
        self.warn_unmatched(units, feedback)
        with user_errors():
            sources = land_in.overlay(geoms, units, values, context, feedback)
            results = land.evaluate_land(
                units, values, profile, method, self.partial(parameters, context), sources
            )
        feedback.setProgress(92)
        extra = {"method_used": used, "suitable_values": land_in.suitable}
        return Evaluation(results, land.output_fields(), units.codes, extra)
