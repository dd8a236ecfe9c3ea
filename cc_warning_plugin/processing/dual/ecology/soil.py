"""cc_warning:dual_eco_soil_conservation — 水土保持 (RUSLE soil retention) and
its importance classes."""

import numpy as np

from ....core.dual import ecology, terrain
from ....core.errors import InputError
from ....core.i18n import tr
from ....core.invest import flow as invest_flow
from ....core.invest import ls as invest_ls
from ....raster import CATEGORICAL, CONTINUOUS, open_input
from ....raster.flow import flow_accumulation, flow_directions
from .base import FLOAT_NODATA, Factor, ServiceAlgorithm
from ...framework.common import user_errors
from ...methods.erosivity import DailyRain
from ....specs.ecology import SOIL_CONSERVATION


class SoilConservationAlgorithm(ServiceAlgorithm):
    SPEC = SOIL_CONSERVATION
    SECTION = "dual.ecology.soil_conservation"
    TOTAL_SCALE = 1e-4  # t/hm² × m² → t
    TOTAL_UNIT = "t/a"
    DAILY = ("DAILY_RAIN", "RAIN_STATIONS", "DAILY_RAIN_RASTERS")

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        precision = profile.precision
        paths = {
            n: self.raster_path(parameters, n, context, optional=(n != self.DEM))
            for n in (
                self.DEM,
                self.PRECIPITATION,
                self.R_FACTOR,
                self.K_FACTOR,
                self.SAND,
                self.SILT,
                self.CLAY,
                self.ORGANIC_CARBON,
                self.SOIL_TEXTURE,
            )
        }
        paths[self.VEG_COVER] = self.raster_path(parameters, self.VEG_COVER, context)
        given = {n for n, (p, _) in paths.items() if p}
        epic = [self.SAND, self.SILT, self.CLAY, self.ORGANIC_CARBON]
        notes = {}
        rain = None
        ls_method = self.enum_value(parameters, self.LS_METHOD, context) or "constant"
        daily_given = any(parameters.get(n) not in (None, "", []) for n in self.DAILY)
        with user_errors():
            if self.R_FACTOR in given:
                r_mode = "raster"
                notes["R"] = tr("R from the raster {layer}").format(layer=paths[self.R_FACTOR][1])
                if daily_given:
                    feedback.pushWarning(
                        tr("An R raster is given: the daily rainfall is not used.")
                    )
            elif daily_given:
                rain = DailyRain.from_parameters(
                    self, parameters, context, feedback, profile, span=(0, 2)
                )
                r_mode = "daily"
                notes["R"] = rain.note
            elif self.PRECIPITATION in given:
                r_mode = "precipitation"
                ra = section["rainfall_erosivity"]
                notes["R"] = tr("R = {a:g}·P^{b:g} from the annual precipitation {layer}").format(
                    a=ra["a"], b=ra["b"], layer=paths[self.PRECIPITATION][1]
                )
            else:
                raise InputError(
                    tr(
                        "水土保持 needs the rainfall erosivity: give an R raster, the annual "
                        "precipitation or daily rainfall."
                    )
                )
            epic_given = [n for n in epic if n in given]
            if self.K_FACTOR in given:
                k_mode = "raster"
                notes["K"] = tr("K from the raster {layer}").format(layer=paths[self.K_FACTOR][1])
            elif epic_given:
                missing = [n for n in epic if n not in given]
                if missing:
                    raise InputError(
                        tr(
                            "EPIC's K needs sand, silt, clay and organic carbon; missing: "
                            "{names}. Give all four, a K raster or the soil-texture codes."
                        ).format(names=", ".join(missing))
                    )
                k_mode = "epic"
                notes["K"] = tr("K by EPIC from sand, silt, clay and organic carbon")
            elif self.SOIL_TEXTURE in given:
                k_mode = "texture"
                notes["K"] = tr(
                    "K by soil texture ([dual.soil_texture] k_factor) from {layer}"
                ).format(layer=paths[self.SOIL_TEXTURE][1])
            else:
                raise InputError(
                    tr(
                        "水土保持 needs the soil erodibility: give a K raster, the four EPIC "
                        "rasters (sand, silt, clay, organic carbon) or the soil-texture codes."
                    )
                )
            p_factor = self.factor(
                parameters,
                self.P_FACTOR,
                "practice",
                tr("Support practice factor P"),
                context,
                required=False,
            )
            if p_factor is None:
                p_factor = Factor(
                    "practice", tr("Support practice factor P"), value=float(section["practice"])
                )
            lam = self.parameterAsDouble(parameters, self.SLOPE_LENGTH, context) or float(
                section["slope_length"]
            )
        textures = {
            int(e["code"]): e.get("k_factor") for e in profile.get("dual.soil_texture.codes")
        }
        state = {}

        ls_section = profile.get("invest.ls")
        block_size = self.block_size(parameters, context)

        def prepare(grid, outs, log, progress, mask):
            cw, ch = grid.cell_size_m
            if ls_method == "flow":
                notes["LS"] = tr("LS from the D8 flow accumulation ({variant})").format(
                    variant=ls_section["variant"]
                )
                log(
                    tr(
                        "LS from the flow accumulation over the DEM (Desmet & Govers, variant "
                        "{variant}); flow directions and accumulation tile by tile."
                    ).format(variant=ls_section["variant"])
                )
            else:
                state["lambda"] = lam or min(cw, ch)
                log(
                    tr("Slope length λ = {m:g} m ({why}).").format(
                        m=state["lambda"],
                        why=tr("constant from the parameter or profile") if lam else tr("one cell"),
                    )
                )
                notes["lambda"] = f"{state['lambda']:g} m"
            inputs = {
                "dem": self.continuous(*paths[self.DEM], "dem", grid, log),
                "veg": self.continuous(*paths[self.VEG_COVER], "vegetation_cover", grid, log),
            }
            if ls_method == "flow":
                inputs["acc"] = self.accumulation(
                    grid,
                    inputs["dem"],
                    outs,
                    block_size,
                    ls_section["edge"],
                    progress.sub(0.02, 0.3),
                )
            if r_mode == "daily":
                rain.prepare(grid, context, log)
            elif r_mode == "raster":
                inputs["r"] = self.continuous(
                    *paths[self.R_FACTOR], "rainfall_erosivity", grid, log
                )
            else:
                inputs["p"] = self.continuous(
                    *paths[self.PRECIPITATION], "precipitation", grid, log
                )
            if k_mode == "raster":
                inputs["k"] = self.continuous(*paths[self.K_FACTOR], "k_factor", grid, log)
            elif k_mode == "epic":
                for n, key in zip(epic, ("sand", "silt", "clay", "organic_carbon")):
                    inputs[key] = self.continuous(*paths[n], key, grid, log)
            else:
                tex = self.categorical(*paths[self.SOIL_TEXTURE], grid, log)
                counts = tex.require_codes(
                    grid,
                    sorted(textures),
                    tr("soil texture ([dual.soil_texture])"),
                    cancelled=progress.cancelled,
                )
                lacking = sorted(c for c in counts if textures.get(c) is None)
                if lacking:
                    raise InputError(
                        tr(
                            "Layer {layer}: the texture codes {codes} have no k_factor in "
                            "[dual.soil_texture] of the method profile. Add k_factor to those "
                            "codes, or give a K raster."
                        ).format(
                            layer=paths[self.SOIL_TEXTURE][1], codes=", ".join(map(str, lacking))
                        )
                    )
                inputs["texture"] = tex
            inputs.update(self.open_factors([p_factor], grid, log))
            return inputs

        k_table = {c: k for c, k in textures.items() if k is not None}
        ra = section["rainfall_erosivity"]

        def compute(block):
            cw, ch = block.cell_size_m
            core = block.core
            acc = None
            if ls_method == "flow":
                dem = np.where(block.valid["dem"], block.values["dem"], np.nan)
                acc = core(np.where(block.valid["acc"], block.values["acc"], np.nan))
                ls = invest_ls.ls_desmet_govers(dem, acc, cw, ch, block.halo, ls_section, precision)
            else:
                slope = terrain.slope_degrees(block.values["dem"], cw, ch, block.halo)
                ls = ecology.ls_factor(slope, state["lambda"], section, precision)
            block.check()
            if r_mode == "daily":
                r = rain.values(block)[0]
            elif r_mode == "raster":
                r = core(block.values["r"])
            else:
                r = ecology.rainfall_erosivity(core(block.values["p"]), ra["a"], ra["b"])
            if k_mode == "raster":
                k = core(block.values["k"])
            elif k_mode == "epic":
                k = ecology.epic_k(
                    core(block.values["sand"]),
                    core(block.values["silt"]),
                    core(block.values["clay"]),
                    core(block.values["organic_carbon"]),
                )
            else:
                k = ecology.map_codes(
                    core(block.values["texture"]), core(block.valid["texture"]), k_table
                )
            c = ecology.cover_management_cai(core(block.values["veg"]), section["cover"])
            p = self.factor_values(block, p_factor)
            return {"service": ecology.soil_retention(r, k, ls, c, p), "ls": ls, "acc": acc}

        ls_path = self.output_path(parameters, self.LS_OUTPUT, context)
        acc_path = self.output_path(parameters, self.FLOW_ACC_OUTPUT, context)
        if acc_path and ls_method != "flow":
            feedback.pushWarning(
                tr("The flow accumulation is written only with the LS from flow accumulation.")
            )
            acc_path = ""

        def extra_outputs(outs, grid):
            out = {}
            if ls_path:
                out["ls"] = self.value_output(outs, ls_path, grid, tr("LS factor"), "")
            if acc_path:
                out["acc"] = self.value_output(
                    outs, acc_path, grid, tr("Flow accumulation (cells)"), "cells"
                )
            return out

        result = self.run_service(
            parameters,
            context,
            feedback,
            profile,
            ref=paths[self.DEM],
            prepare=prepare,
            compute=compute,
            halo=terrain.SLOPE_HALO,
            extra_outputs=extra_outputs,
            input_paths=[p for p, _ in paths.values()]
            + [p_factor.path]
            + (rain.input_paths if rain is not None else []),
            source_params=list(paths) + [self.P_FACTOR] + list(self.DAILY),
            notes=notes,
            service_span=(0.3, 0.55) if ls_method == "flow" else (0.02, 0.55),
        )
        result[self.LS_OUTPUT] = ls_path or None
        result[self.FLOW_ACC_OUTPUT] = acc_path or None
        return result

    @staticmethod
    def accumulation(grid, dem, outs, block_size, edge, progress):
        """The D8 flow accumulation of ``dem`` (cells, the cell itself
        included) as an input on the grid: directions and accumulation are
        written to the run's work folder, tile by tile (raster/flow.py)."""
        dirs = outs.temp("flow_directions.tif", grid, "Byte", invest_flow.DIR_NODATA)
        flow_directions(grid, dem, dirs, block_size, progress.sub(0.0, 0.3), edge=edge)
        dirs.finish()
        acc = outs.temp("flow_accumulation.tif", grid, "Float32", FLOAT_NODATA)
        flow_accumulation(
            grid,
            open_input(dirs.tmp_path, grid, CATEGORICAL, "flow directions"),
            acc,
            block_size,
            progress.sub(0.3, 1.0),
        )
        acc.finish()
        return open_input(acc.tmp_path, grid, CONTINUOUS, "flow accumulation")
