"""cc_warning:dual_eco_sand_fixation — 防风固沙 (RWEQ) and its importance
classes."""

import numpy as np

from ....core.dual import ecology
from ....core.i18n import tr, translated
from .base import ServiceAlgorithm
from ...framework.common import user_errors
from ....specs.ecology import SAND_FACTORS, SAND_FIXATION


class SandFixationAlgorithm(ServiceAlgorithm):
    SPEC = SAND_FIXATION
    SECTION = "dual.ecology.sand_fixation"
    TOTAL_SCALE = 1e-4  # t/hm² × m² → t
    TOTAL_UNIT = "t/a"
    FACTORS = SAND_FACTORS

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        veg_path, veg_name = self.raster_path(parameters, self.VEG_COVER, context)
        with user_errors():
            factors = [
                self.factor(parameters, name, key, translated(desc), context)
                for name, key, desc, _ in self.FACTORS
            ]
        z = float(section["downwind_distance"])
        coef = float(section["vegetation_coefficient"])
        state = {"negative": 0}

        def prepare(grid, outs, log, progress, mask):
            inputs = {"veg": self.continuous(veg_path, veg_name, "vegetation_cover", grid, log)}
            inputs.update(self.open_factors(factors, grid, log))
            return inputs

        def compute(block):
            wf, ef, scf, kr = (self.factor_values(block, f) for f in factors)
            c = ecology.rweq_vegetation_factor(block.values["veg"], coef)
            sr, negative = ecology.sand_fixation(wf, ef, scf, kr, c, z)
            state["negative"] += int(np.count_nonzero(negative))
            return {"service": sr}

        result = self.run_service(
            parameters,
            context,
            feedback,
            profile,
            ref=(veg_path, veg_name),
            prepare=prepare,
            compute=compute,
            input_paths=[veg_path] + [f.path for f in factors],
            source_params=[self.VEG_COVER] + [n for n, *_ in self.FACTORS],
            notes={
                "factors": ", ".join(f"{f.key} = {f.describe()}" for f in factors),
                "downwind_distance": f"{z:g} m",
            },
        )
        if state["negative"]:
            feedback.pushInfo(
                tr(
                    "{n:,} cells had SL_潜 < SL (strong wind beyond the peak of "
                    "the RWEQ curve); their sand fixation is 0."
                ).format(n=state["negative"])
            )
        return result
