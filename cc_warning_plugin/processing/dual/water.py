"""cc_warning:dual_water_agri — 农业供水条件 and cc_warning:dual_water_urban —
城镇供水条件 (水资源 single factors of the 双评价): a raster of the indicator
or a value per evaluation unit (rasterised), graded by the profile."""

from ...core.dual import inputs as dual_inputs
from ...core.i18n import tr
from ...specs.base import N_
from ...specs.dual import AGRI_WATER_INDICATORS, URBAN_WATER_INDICATORS, WATER_AGRI, WATER_URBAN
from .base import Grading, GradingAlgorithm


class _WaterAlgorithm(GradingAlgorithm):
    #: (profile key under dual.water, input kind for the plausible range)
    INDICATORS = ()
    #: messages: no input, units without a reference raster, what the grid is for
    TEXTS = (
        N_(
            "Give either an indicator raster, or evaluation units and the field holding the "
            "indicator."
        ),
        N_(
            "The indicator comes from units: give a reference raster (e.g. the DEM) for the "
            "analysis grid."
        ),
        N_("the area of the units"),
    )

    def grading(self, parameters, context, profile, progress) -> Grading:
        key, kind = self.INDICATORS[self.parameterAsEnum(parameters, self.INDICATOR, context)]
        g = profile.get(f"dual.water.{key}")

        def open_raster(path, name, grid, log):
            return self.continuous(path, name, kind, grid, log)

        def open_units(units, field, grid, outs, log):
            per_area = self.parameterAsBoolean(parameters, self.PER_AREA, context)
            values = self.unit_values(
                units,
                field,
                progress,
                per_area,
                grid.crs_wkt,
                context,
                dual_inputs.valid_range(kind) + (dual_inputs.unit_of(kind),),
            )
            missing = sum(1 for v in values.values() if v is None)
            if missing:
                progress.warn(
                    tr("{n} unit(s) have no value in {field}: their cells are nodata.").format(
                        n=missing, field=field
                    )
                )
            inp = self.values_raster(
                units, values, grid, outs, "unit_values", context, progress, units.sourceName()
            )
            log(
                tr(
                    "{layer}: field {field} of {n} units burnt onto the grid (cell "
                    "centre){per_area}."
                ).format(
                    layer=units.sourceName(),
                    field=field,
                    n=len(values),
                    per_area=tr(", divided by the unit area (km²)") if per_area else "",
                )
            )
            return inp

        return Grading(g, open_raster, open_units, provenance={"indicator": key})


class AgriWaterAlgorithm(_WaterAlgorithm):
    SPEC = WATER_AGRI
    INDICATORS = AGRI_WATER_INDICATORS


class UrbanWaterAlgorithm(_WaterAlgorithm):
    SPEC = WATER_URBAN
    INDICATORS = URBAN_WATER_INDICATORS
