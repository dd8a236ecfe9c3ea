"""cc_warning:dual_eco_water_conservation — 水源涵养 (water balance) and its
importance classes."""

from ..core.dual import ecology
from ..core.errors import InputError
from ..core.i18n import tr
from .alg_dual_eco_base import ServiceAlgorithm
from .base import user_errors


class WaterConservationAlgorithm(ServiceAlgorithm):
    ALG_ID = "dual_eco_water_conservation"
    SECTION = "dual.ecology.water_conservation"
    TOTAL_SCALE = 0.001          # mm × m² → m³
    TOTAL_UNIT = "m³/a"
    PRECIPITATION = "PRECIPITATION"
    LANDCOVER = "LANDCOVER"
    ET = "ET"
    TEMPERATURE = "TEMPERATURE"

    def display_name(self):
        return tr("Water conservation (水源涵养)")

    def help_text(self):
        return tr(
            "<p>生态系统服务功能重要性 — 水源涵养 by the water balance: every cell holds "
            "P − R − ET (mm/a) with the runoff R = P·α, α the runoff coefficient of the cell's "
            "ecosystem type (land-cover code) from the method profile; a negative value is 0 "
            "(not its absolute value). Land-cover codes the profile lists as having no "
            "service (farmland, built-up land, water, bare land by default) give 0; a code in "
            "neither list stops the run before any work, naming the codes. The total TQ = Σ "
            "(P − R − ET)·A of the area is reported in m³/a.</p><p>ET: the actual "
            "evapotranspiration raster if given; otherwise Turc's annual formula from P and "
            "the mean annual air temperature T (a raster or one value): E = P / √(0.9 + "
            "(P/L)²), L = 300 + 25T + 0.05T³, E ≤ P.</p><p>The service raster is graded into "
            "极重要 / 重要 / 一般 by the cumulative share of the total (default: the first 50 % "
            "→ 极重要, to 80 % → 重要) or by manual breaks.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_raster_input(self.PRECIPITATION, tr("Annual precipitation (mm)"), tr(
            "Mean annual precipitation in mm. Its grid is the analysis grid unless you "
            "choose another CRS, cell size or analysis area."))
        self.add_raster_input(self.LANDCOVER, tr("Land cover / ecosystem type (codes)"), tr(
            "Integer land-cover codes; the runoff coefficient of each code comes from "
            "[dual.ecology.runoff_coefficients] of the method profile (the codes of the "
            "sample data's landcover.tif by default). Aligned by nearest neighbour."))
        self.add_raster_input(self.ET, tr("Annual actual evapotranspiration (mm) (optional)"),
                              tr("Annual actual evapotranspiration in mm. Without it, ET is "
                                 "estimated by Turc's formula from the temperature."),
                              optional=True)
        self.add_factor(self.TEMPERATURE, "temperature", tr("Mean annual air temperature (°C)"),
                        tr("Mean annual air temperature in °C, for Turc's ET when no ET "
                           "raster is given."))
        self.add_grid_parameters(tr("the precipitation raster"))
        self.add_service_parameters(tr("Water conservation"), "mm/a")

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
