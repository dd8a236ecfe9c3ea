"""cc_warning:dual_eco_soil_conservation — 水土保持 (RUSLE soil retention) and
its importance classes."""


from ....core.dual import ecology, terrain
from ....core.errors import InputError
from ....core.i18n import tr
from .base import Factor, ServiceAlgorithm
from ...framework.common import user_errors
from ....specs.ecology import SOIL_CONSERVATION


class SoilConservationAlgorithm(ServiceAlgorithm):
    SPEC = SOIL_CONSERVATION
    SECTION = "dual.ecology.soil_conservation"
    TOTAL_SCALE = 1e-4           # t/hm² × m² → t
    TOTAL_UNIT = "t/a"

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        precision = profile.precision
        paths = {n: self.raster_path(parameters, n, context, optional=(n != self.DEM))
                 for n in (self.DEM, self.PRECIPITATION, self.R_FACTOR, self.K_FACTOR,
                           self.SAND, self.SILT, self.CLAY, self.ORGANIC_CARBON,
                           self.SOIL_TEXTURE)}
        paths[self.VEG_COVER] = self.raster_path(parameters, self.VEG_COVER, context)
        given = {n for n, (p, _) in paths.items() if p}
        epic = [self.SAND, self.SILT, self.CLAY, self.ORGANIC_CARBON]
        notes = {}
        with user_errors():
            if self.R_FACTOR in given:
                r_mode = "raster"
                notes["R"] = tr("R from the raster {layer}").format(
                    layer=paths[self.R_FACTOR][1])
            elif self.PRECIPITATION in given:
                r_mode = "precipitation"
                ra = section["rainfall_erosivity"]
                notes["R"] = tr("R = {a:g}·P^{b:g} from the annual precipitation {layer}")\
                    .format(a=ra["a"], b=ra["b"], layer=paths[self.PRECIPITATION][1])
            else:
                raise InputError(tr(
                    "水土保持 needs the rainfall erosivity: give an R raster or the annual "
                    "precipitation."))
            epic_given = [n for n in epic if n in given]
            if self.K_FACTOR in given:
                k_mode = "raster"
                notes["K"] = tr("K from the raster {layer}").format(
                    layer=paths[self.K_FACTOR][1])
            elif epic_given:
                missing = [n for n in epic if n not in given]
                if missing:
                    raise InputError(tr(
                        "EPIC's K needs sand, silt, clay and organic carbon; missing: "
                        "{names}. Give all four, a K raster or the soil-texture codes.").format(
                        names=", ".join(missing)))
                k_mode = "epic"
                notes["K"] = tr("K by EPIC from sand, silt, clay and organic carbon")
            elif self.SOIL_TEXTURE in given:
                k_mode = "texture"
                notes["K"] = tr("K by soil texture ([dual.soil_texture] k_factor) from "
                                "{layer}").format(layer=paths[self.SOIL_TEXTURE][1])
            else:
                raise InputError(tr(
                    "水土保持 needs the soil erodibility: give a K raster, the four EPIC "
                    "rasters (sand, silt, clay, organic carbon) or the soil-texture codes."))
            p_factor = self.factor(parameters, self.P_FACTOR, "practice",
                                   tr("Support practice factor P"), context, required=False)
            if p_factor is None:
                p_factor = Factor("practice", tr("Support practice factor P"),
                                  value=float(section["practice"]))
            lam = self.parameterAsDouble(parameters, self.SLOPE_LENGTH, context) or \
                float(section["slope_length"])
        textures = {int(e["code"]): e.get("k_factor")
                    for e in profile.get("dual.soil_texture.codes")}
        state = {}

        def prepare(grid, outs, log, progress, mask):
            cw, ch = grid.cell_size_m
            state["lambda"] = lam or min(cw, ch)
            log(tr("Slope length λ = {m:g} m ({why}).").format(
                m=state["lambda"], why=tr("constant from the parameter or profile") if lam
                else tr("one cell")))
            notes["lambda"] = f"{state['lambda']:g} m"
            inputs = {"dem": self.continuous(*paths[self.DEM], "dem", grid, log),
                      "veg": self.continuous(*paths[self.VEG_COVER], "vegetation_cover",
                                             grid, log)}
            if r_mode == "raster":
                inputs["r"] = self.continuous(*paths[self.R_FACTOR], "rainfall_erosivity",
                                              grid, log)
            else:
                inputs["p"] = self.continuous(*paths[self.PRECIPITATION], "precipitation",
                                              grid, log)
            if k_mode == "raster":
                inputs["k"] = self.continuous(*paths[self.K_FACTOR], "k_factor", grid, log)
            elif k_mode == "epic":
                for n, key in zip(epic, ("sand", "silt", "clay", "organic_carbon")):
                    inputs[key] = self.continuous(*paths[n], key, grid, log)
            else:
                tex = self.categorical(*paths[self.SOIL_TEXTURE], grid, log)
                counts = tex.require_codes(grid, sorted(textures),
                                           tr("soil texture ([dual.soil_texture])"),
                                           cancelled=progress.cancelled)
                lacking = sorted(c for c in counts if textures.get(c) is None)
                if lacking:
                    raise InputError(tr(
                        "Layer {layer}: the texture codes {codes} have no k_factor in "
                        "[dual.soil_texture] of the method profile. Add k_factor to those "
                        "codes, or give a K raster.").format(
                        layer=paths[self.SOIL_TEXTURE][1],
                        codes=", ".join(map(str, lacking))))
                inputs["texture"] = tex
            inputs.update(self.open_factors([p_factor], grid, log))
            return inputs

        k_table = {c: k for c, k in textures.items() if k is not None}
        ra = section["rainfall_erosivity"]

        def compute(block):
            cw, ch = block.cell_size_m
            slope = terrain.slope_degrees(block.values["dem"], cw, ch, block.halo)
            block.check()
            ls = ecology.ls_factor(slope, state["lambda"], section, precision)
            core = block.core
            if r_mode == "raster":
                r = core(block.values["r"])
            else:
                r = ecology.rainfall_erosivity(core(block.values["p"]), ra["a"], ra["b"])
            if k_mode == "raster":
                k = core(block.values["k"])
            elif k_mode == "epic":
                k = ecology.epic_k(core(block.values["sand"]), core(block.values["silt"]),
                                   core(block.values["clay"]),
                                   core(block.values["organic_carbon"]))
            else:
                k = ecology.map_codes(core(block.values["texture"]),
                                      core(block.valid["texture"]), k_table)
            c = ecology.cover_management_cai(core(block.values["veg"]), section["cover"])
            p = self.factor_values(block, p_factor)
            return {"service": ecology.soil_retention(r, k, ls, c, p), "ls": ls}

        ls_path = self.output_path(parameters, self.LS_OUTPUT, context)

        def extra_outputs(outs, grid):
            if not ls_path:
                return {}
            return {"ls": self.float_output(outs, ls_path, grid, tr("LS factor"), "")}

        return self.run_service(
            parameters, context, feedback, profile, ref=paths[self.DEM], prepare=prepare,
            compute=compute, halo=terrain.SLOPE_HALO, extra_outputs=extra_outputs,
            input_paths=[p for p, _ in paths.values()] + [p_factor.path],
            source_params=list(paths) + [self.P_FACTOR], notes=notes)
