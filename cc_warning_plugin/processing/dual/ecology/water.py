"""cc_warning:dual_eco_water_conservation — 水源涵养 (water balance) and its
importance classes."""

from ....core.dual import ecology
from ....core.errors import InputError
from ....core.i18n import tr
from .base import ServiceAlgorithm
from ...framework.common import user_errors
from ....specs.ecology import WATER_CONSERVATION


class WaterConservationAlgorithm(ServiceAlgorithm):
    SPEC = WATER_CONSERVATION
    SECTION = "dual.ecology.water_conservation"
    TOTAL_SCALE = 0.001          # mm × m² → m³
    TOTAL_UNIT = "m³/a"

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        alphas = ecology.runoff_coefficients(profile.get("dual.ecology.runoff_coefficients"))
        no_service = [int(c) for c in section["no_service_codes"]]
        p_path, p_name = self.raster_path(parameters, self.PRECIPITATION, context)
        lc_path, lc_name = self.raster_path(parameters, self.LANDCOVER, context)
        et_path, et_name = self.raster_path(parameters, self.ET, context, optional=True)
        state = {}
        with user_errors():
            temp = None if et_path else self.factor(
                parameters, self.TEMPERATURE, "temperature",
                tr("Mean annual air temperature (°C)"), context, required=False)
            if not et_path and temp is None:
                raise InputError(tr(
                    "水源涵养 needs the evapotranspiration: give an ET raster, or the mean "
                    "annual air temperature (a raster or one value) for Turc's formula."))
        et_note = tr("ET from the raster {layer}").format(layer=et_name) if et_path else \
            tr("ET by Turc's formula from the temperature {t}").format(t=temp.describe())

        def prepare(grid, outs, log, progress, mask):
            inputs = {"p": self.continuous(p_path, p_name, "precipitation", grid, log),
                      "lc": self.categorical(lc_path, lc_name, grid, log)}
            inputs["lc"].require_codes(
                grid, sorted(set(alphas) | set(no_service)),
                tr("the runoff coefficients of 水源涵养 ([dual.ecology.runoff_coefficients] "
                   "or no_service_codes)"), cancelled=progress.cancelled)
            if et_path:
                inputs["et"] = self.continuous(et_path, et_name, "et", grid, log)
            else:
                inputs.update(self.open_factors([temp], grid, log))
            log(et_note)
            state["temp"] = temp
            return inputs

        def compute(block):
            p = block.values["p"]
            et = block.values["et"] if et_path else \
                ecology.turc_et(p, self.factor_values(block, state["temp"]))
            return {"service": ecology.water_conservation(
                p, et, block.values["lc"], block.valid["lc"], alphas, no_service)}

        return self.run_service(
            parameters, context, feedback, profile, ref=(p_path, p_name), prepare=prepare,
            compute=compute, input_paths=[p_path, lc_path, et_path, temp.path if temp else ""],
            source_params=[self.PRECIPITATION, self.LANDCOVER, self.ET, self.TEMPERATURE],
            notes={"evapotranspiration": et_note})
