"""cc_warning:dual_eco_sand_fixation — 防风固沙 (RWEQ) and its importance
classes."""

import numpy as np

from ..core.dual import ecology
from ..core.i18n import tr
from .alg_dual_eco_base import ServiceAlgorithm
from .base import user_errors


class SandFixationAlgorithm(ServiceAlgorithm):
    ALG_ID = "dual_eco_sand_fixation"
    SECTION = "dual.ecology.sand_fixation"
    TOTAL_SCALE = 1e-4           # t/hm² × m² → t
    TOTAL_UNIT = "t/a"
    VEG_COVER = "VEG_COVER"
    WF = "WEATHER_FACTOR"
    EF = "ERODIBLE_FRACTION"
    SCF = "CRUST_FACTOR"
    KR = "ROUGHNESS_FACTOR"
    FACTORS = (
        (WF, "weather_factor", lambda: tr("Weather factor WF (kg/m)"),
         lambda: tr("Weather factor of RWEQ in kg/m (wind, air density, snow cover and soil "
                    "moisture over the year).")),
        (EF, "erodible_fraction", lambda: tr("Erodible fraction EF (0–1)"),
         lambda: tr("Soil erodible fraction of RWEQ (0–1).")),
        (SCF, "crust_factor", lambda: tr("Soil crust factor SCF (0–1)"),
         lambda: tr("Soil crust factor of RWEQ (0–1).")),
        (KR, "roughness_factor", lambda: tr("Surface roughness factor K′ (0–1)"),
         lambda: tr("Surface roughness factor K′ of RWEQ (0–1).")),
    )

    def display_name(self):
        return tr("Sand fixation (防风固沙)")

    def help_text(self):
        return tr(
            "<p>生态系统服务功能重要性 — 防风固沙 by the Revised Wind Erosion Equation in its "
            "published form: SR = SL_潜 − SL, with SL = (2z/s²)·Q_max·e^(−(z/s)²), Q_max = "
            "109.8·(WF·EF·SCF·K′·C), s = 150.71·(WF·EF·SCF·K′·C)^−0.3711; the potential loss "
            "SL_潜 has C = 1 (bare soil). z is the downwind distance (profile, default 50 m). "
            "Result in t/(hm²·a) (kg/m² × 10); a negative difference is 0.</p><p>C = e^(−0.0483·"
            "SC) from the vegetation cover SC (%) (coefficient in the profile). WF, EF, SCF "
            "and K′ are each a raster or one value for the whole area, computed beforehand "
            "from weather and soil data.</p><p>Graded into 极重要 / 重要 / 一般 by the "
            "cumulative share of the total (default) or manual breaks.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_raster_input(self.VEG_COVER, tr("Vegetation cover (fraction 0–1)"), tr(
            "Fractional vegetation cover, 0–1, for the vegetation factor C. Its grid is the "
            "analysis grid unless you choose another CRS, cell size or analysis area."))
        for name, key, desc, help_text in self.FACTORS:
            self.add_factor(name, key, desc(), help_text())
        self.add_grid_parameters(tr("the vegetation cover"))
        self.add_service_parameters(tr("Sand fixation"), "t/(hm²·a)")

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        veg_path, veg_name = self.raster_path(parameters, self.VEG_COVER, context)
        with user_errors():
            factors = [self.factor(parameters, name, key, desc(), context)
                       for name, key, desc, _ in self.FACTORS]
        z = float(section["downwind_distance"])
        coef = float(section["vegetation_coefficient"])
        state = {"negative": 0}

        def prepare(grid, outs, log, progress, mask):
            inputs = {"veg": self.continuous(veg_path, veg_name, "vegetation_cover", grid,
                                             log)}
            inputs.update(self.open_factors(factors, grid, log))
            return inputs

        def compute(block):
            wf, ef, scf, kr = (self.factor_values(block, f) for f in factors)
            c = ecology.rweq_vegetation_factor(block.values["veg"], coef)
            sr, negative = ecology.sand_fixation(wf, ef, scf, kr, c, z)
            state["negative"] += int(np.count_nonzero(negative))
            return {"service": sr}

        result = self.run_service(
            parameters, context, feedback, profile, ref=(veg_path, veg_name),
            prepare=prepare, compute=compute,
            input_paths=[veg_path] + [f.path for f in factors],
            source_params=[self.VEG_COVER] + [n for n, *_ in self.FACTORS],
            notes={"factors": ", ".join(f"{f.key} = {f.describe()}" for f in factors),
                   "downwind_distance": f"{z:g} m"})
        if state["negative"]:
            feedback.pushInfo(tr("{n:,} cells had SL_潜 < SL (strong wind beyond the peak of "
                                 "the RWEQ curve); their sand fixation is 0.").format(
                n=state["negative"]))
        return result
