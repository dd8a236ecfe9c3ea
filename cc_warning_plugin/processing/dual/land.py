"""cc_warning:dual_land_agri — 农业耕作条件 and cc_warning:dual_land_urban —
城镇建设条件 (土地资源 single factors of the 双评价), from a DEM."""

import os

import numpy as np

from ...core.dual import land, terrain
from ...core.dual.classes import class_set
from ...core.i18n import label, tr
from ...raster import OutputSet, Progress
from ...specs.dual import LAND_AGRI, LAND_URBAN
from ...specs.texts import closed_note
from ..framework.common import run_results, source_name, user_errors
from .base import DualAlgorithm, as_output, report_log


class _LandAlgorithm(DualAlgorithm):
    SECTION = ""

    def _grading_text(self, section) -> str:
        brk = section["breaks"]
        closed = section["closed"]
        return tr("slope breaks {breaks}° ({side})").format(
            breaks=" / ".join(f"{b:g}" for b in brk), side=closed_note(closed)
        )

    def run_land(self, parameters, context, feedback, extra_inputs, block_modifiers, halo_of):
        """Shared body: grid, inputs, outputs, the block loop."""
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        precision = profile.precision
        cset = class_set(profile, section["class_set"])
        progress = Progress(feedback)
        dem_path, dem_name = self.raster_path(parameters, self.DEM, context)
        extras = {}
        for key, (param, _kind) in extra_inputs.items():
            path, name = self.raster_path(parameters, param, context, optional=True)
            if path:
                extras[key] = (path, name)
        out_path = self.output_path(parameters, self.OUTPUT, context)
        slope_path = self.output_path(parameters, self.SLOPE_OUTPUT, context)
        reports, log = report_log(progress)

        with (
            user_errors(),
            OutputSet(
                inputs=[dem_path] + [p for p, _ in extras.values()],
                work_near=os.path.dirname(out_path),
            ) as outs,
        ):
            grid, mask = self.prepare_grid(
                parameters, context, dem_path, dem_name, outs, progress, tr("the slope")
            )
            cw, ch = grid.cell_size_m
            inputs = {"dem": self.continuous(dem_path, dem_name, "dem", grid, log)}
            for key, (path, name) in extras.items():
                inputs[key] = self.continuous(path, name, extra_inputs[key][1], grid, log)
            for name in land.modifier_inputs(section):
                if name not in inputs and name not in block_modifiers.derived:
                    progress.warn(
                        tr(
                            "No {input} layer given: its modifier of {factor} is not applied."
                        ).format(input=name, factor=label(section, "name"))
                    )
            level_out = self.class_output(outs, out_path, grid, cset, label(section, "name"))
            outputs = {"level": level_out}
            if slope_path:
                outputs["slope"] = self.value_output(
                    outs, slope_path, grid, tr("Slope (degrees)"), "degree"
                )
            outs.check_space()
            halo = halo_of(grid)

            def func(block):
                tan2 = terrain.gradient_squared(block.values["dem"], cw, ch, halo)
                block.check()
                mods = block_modifiers(block)
                level = land.land_level(None, section, precision, mods, tan2=tan2)
                res = {"level": level}
                if "slope" in outputs:
                    slope = np.degrees(np.arctan(np.sqrt(tan2)))
                    res["slope"] = as_output(slope)
                return res

            self.run_grid(
                parameters, context, progress, grid, mask, inputs, outputs, func, halo=halo
            )
            sources = {self.DEM: source_name(parameters.get(self.DEM), context)}
            for key, (param, _kind) in extra_inputs.items():
                if key in extras:
                    sources[param] = source_name(parameters.get(param), context)
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["grading"] = self._grading_text(section)
            outs.commit(prov)
        self.show_result(context, level_out, out_path, profile, prov, progress)
        return run_results(prov, {self.OUTPUT: out_path}, {self.SLOPE_OUTPUT: slope_path})


class _Modifiers:
    """Block → modifier inputs of a land factor; ``derived`` names those
    computed from the DEM rather than read from a layer."""

    def __init__(self, func, derived=()):
        self.func = func
        self.derived = set(derived)

    def __call__(self, block):
        return self.func(block)


class AgriLandAlgorithm(_LandAlgorithm):
    SPEC = LAND_AGRI
    SECTION = "dual.land.agri_slope"

    def process_algorithm(self, parameters, context, feedback):
        def mods(block):
            return {"silt": block.core(block.values["silt"])} if "silt" in block.values else {}

        return self.run_land(
            parameters,
            context,
            feedback,
            {"silt": (self.SILT, "silt")},
            _Modifiers(mods),
            lambda grid: terrain.SLOPE_HALO,
        )


class UrbanLandAlgorithm(_LandAlgorithm):
    SPEC = LAND_URBAN
    SECTION = "dual.land.urban_slope"

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        state = {}

        def halo_of(grid):
            window = terrain.relief_window(min(grid.cell_size_m), section["relief_windows"])
            state["window"] = window
            feedback.pushInfo(
                tr("Relief window: {n} × {n} cells ({m:g} m).").format(
                    n=window, m=window * min(grid.cell_size_m)
                )
            )
            return max(terrain.SLOPE_HALO, terrain.relief_halo(window))

        def mods(block):
            dem = block.values["dem"]
            return {
                "elevation": block.core(dem),
                "relief": terrain.relief(dem, state["window"], block.halo),
            }

        return self.run_land(
            parameters,
            context,
            feedback,
            {},
            _Modifiers(mods, derived=("elevation", "relief")),
            halo_of,
        )
