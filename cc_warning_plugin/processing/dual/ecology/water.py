"""cc_warning:dual_eco_water_conservation — 水源涵养 (water balance) and its
importance classes."""

import numpy as np

from ....core.dual import ecology
from ....core.errors import InputError
from ....core.i18n import tr
from ....core.invest import water_yield
from .base import ServiceAlgorithm
from ...framework.common import user_errors
from ....specs.ecology import WATER_CONSERVATION


class WaterConservationAlgorithm(ServiceAlgorithm):
    SPEC = WATER_CONSERVATION
    SECTION = "dual.ecology.water_conservation"
    TOTAL_SCALE = 0.001  # mm × m² → m³
    TOTAL_UNIT = "m³/a"
    BUDYKO = ("ET0", "SOIL_DEPTH", "PAWC")

    def process_algorithm(self, parameters, context, feedback):
        if (self.enum_value(parameters, self.WATER_METHOD, context) or "balance") == "budyko":
            return self.water_yield(parameters, context, feedback)
        if self.output_path(parameters, self.AET_OUTPUT, context):
            feedback.pushWarning(tr("AET is written only with the annual water yield."))
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        alphas = ecology.runoff_coefficients(profile.get("dual.ecology.runoff_coefficients"))
        no_service = [int(c) for c in section["no_service_codes"]]
        p_path, p_name = self.raster_path(parameters, self.PRECIPITATION, context)
        lc_path, lc_name = self.raster_path(parameters, self.LANDCOVER, context)
        et_path, et_name = self.raster_path(parameters, self.ET, context, optional=True)
        state = {}
        with user_errors():
            temp = (
                None
                if et_path
                else self.factor(
                    parameters,
                    self.TEMPERATURE,
                    "temperature",
                    tr("Mean annual air temperature (°C)"),
                    context,
                    required=False,
                )
            )
            if not et_path and temp is None:
                raise InputError(
                    tr(
                        "水源涵养 needs the evapotranspiration: give an ET raster, or the mean "
                        "annual air temperature (a raster or one value) for Turc's formula."
                    )
                )
        et_note = (
            tr("ET from the raster {layer}").format(layer=et_name)
            if et_path
            else tr("ET by Turc's formula from the temperature {t}").format(t=temp.describe())
        )

        def prepare(grid, outs, log, progress, mask):
            inputs = {
                "p": self.continuous(p_path, p_name, "precipitation", grid, log),
                "lc": self.categorical(lc_path, lc_name, grid, log),
            }
            inputs["lc"].require_codes(
                grid,
                sorted(set(alphas) | set(no_service)),
                tr(
                    "the runoff coefficients of 水源涵养 ([dual.ecology.runoff_coefficients] "
                    "or no_service_codes)"
                ),
                cancelled=progress.cancelled,
            )
            if et_path:
                inputs["et"] = self.continuous(et_path, et_name, "et", grid, log)
            else:
                inputs.update(self.open_factors([temp], grid, log))
            log(et_note)
            state["temp"] = temp
            return inputs

        def compute(block):
            p = block.values["p"]
            et = (
                block.values["et"]
                if et_path
                else ecology.turc_et(p, self.factor_values(block, state["temp"]))
            )
            return {
                "service": ecology.water_conservation(
                    p, et, block.values["lc"], block.valid["lc"], alphas, no_service
                )
            }

        return self.run_service(
            parameters,
            context,
            feedback,
            profile,
            ref=(p_path, p_name),
            prepare=prepare,
            compute=compute,
            input_paths=[p_path, lc_path, et_path, temp.path if temp else ""],
            source_params=[self.PRECIPITATION, self.LANDCOVER, self.ET, self.TEMPERATURE],
            notes={"evapotranspiration": et_note},
        )

    def water_yield(self, parameters, context, feedback):
        """水源涵养 as InVEST's annual water yield: the Budyko curve in Fu's
        form (core/invest/water_yield.py) with [invest.water_yield]."""
        profile = self.profile(parameters, context)
        section = dict(profile.get("invest.water_yield"))
        z = (
            self.parameterAsDouble(parameters, "SEASONALITY_Z", context)
            if parameters.get("SEASONALITY_Z") not in (None, "")
            else 0.0
        )
        if z:
            section["z"] = z
        kc, _, _ = water_yield.biophysical_tables(section)
        p_path, p_name = self.raster_path(parameters, self.PRECIPITATION, context)
        lc_path, lc_name = self.raster_path(parameters, self.LANDCOVER, context)
        paths = {n: self.raster_path(parameters, n, context, optional=True) for n in self.BUDYKO}
        missing = [n for n in self.BUDYKO if not paths[n][0]]
        if missing:
            raise InputError(
                tr(
                    "The annual water yield needs the reference evapotranspiration ET0, the depth "
                    "to the root-restricting layer and the plant available water content; "
                    "missing: {names}."
                ).format(names=", ".join(missing))
            )
        aet_path = self.output_path(parameters, self.AET_OUTPUT, context)
        note = tr("annual water yield, Budyko curve (Fu), Z = {z:g}").format(z=section["z"])

        def prepare(grid, outs, log, progress, mask):
            inputs = {
                "precipitation": self.continuous(p_path, p_name, "precipitation", grid, log),
                "landcover": self.categorical(lc_path, lc_name, grid, log),
                "et0": self.continuous(*paths["ET0"], "et0", grid, log),
                "soil_depth": self.continuous(*paths["SOIL_DEPTH"], "soil_depth", grid, log),
                "pawc": self.continuous(*paths["PAWC"], "pawc", grid, log),
            }
            inputs["landcover"].require_codes(
                grid,
                sorted(kc),
                tr("the water yield ([invest.water_yield.biophysical])"),
                cancelled=progress.cancelled,
            )
            log(note)
            return inputs

        func = water_yield.block_function(section, nodata=np.nan)

        def compute(block):
            res = func(block)
            return {"service": res["yield"], "aet": res["aet"]}

        def extra_outputs(outs, grid):
            if not aet_path:
                return {}
            return {
                "aet": self.value_output(
                    outs, aet_path, grid, tr("Actual evapotranspiration AET"), "mm/a"
                )
            }

        result = self.run_service(
            parameters,
            context,
            feedback,
            profile,
            ref=(p_path, p_name),
            prepare=prepare,
            compute=compute,
            extra_outputs=extra_outputs,
            input_paths=[p_path, lc_path] + [p for p, _ in paths.values()],
            source_params=[self.PRECIPITATION, self.LANDCOVER] + list(self.BUDYKO),
            notes={"model": note},
        )
        result[self.AET_OUTPUT] = aet_path or None
        return result
