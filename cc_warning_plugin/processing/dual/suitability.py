"""cc_warning:dual_agri_suitability — 农业生产适宜性 and
cc_warning:dual_urban_suitability — 城镇建设适宜性, evaluated outside the
生态保护极重要区: land × water matrix, (agriculture) × climate matrix, the
profile's downgrade steps chained in order, the 连片度 correction by patch
compactness, and the 2- or 3-class result."""

import json
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from qgis.core import QgsProcessingException

from ...core.dual import grading, land, suitability, terrain
from ...core.dual.classes import class_set
from ...core.i18n import label, tr
from ...specs.dual import AGRI_SUITABILITY, URBAN_SUITABILITY, step_inputs
from ...raster import CATEGORICAL, CONTINUOUS, OutputSet, Progress, open_input
from ...raster import run_blocks
from ...raster.patches import patch_metric
from ..framework.common import run_results, user_errors
from .base import DualAlgorithm, level_summary, report_inputs, report_log

CAUSE_NODATA = 65535


class _SuitabilityAlgorithm(DualAlgorithm):
    SECTION = ""
    #: inputs of the agricultural suitability only, named in the shared body
    CLIMATE = "CLIMATE"
    SILT = "SILT"
    PRECIPITATION = "PRECIPITATION"
    HAS_CLIMATE = False
    LAND_SECTION = ""

    @staticmethod
    def param_of(input_name: str) -> str:
        return input_name.upper()

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        precision = profile.precision
        progress = Progress(feedback)
        n_classes = {0: profile.get("dual.suitability_classes"), 1: 2, 2: 3}[
            self.parameterAsEnum(parameters, self.CLASSES, context)
        ]
        cset = class_set(profile, f"suitability_{n_classes}")
        levels = class_set(profile, "levels")
        contiguity = {0: section["contiguity"]["enabled"], 1: True, 2: False}[
            self.parameterAsEnum(parameters, self.CONTIGUITY, context)
        ]
        defined = {p.name() for p in self.parameterDefinitions()}
        paths, raw = {}, {}
        for name in [self.LAND, self.WATER, self.ECO_IMPORTANCE, self.CLIMATE] + [
            self.param_of(n) for n in step_inputs(section)
        ]:
            if name in defined:
                path, lname = self.raster_path(parameters, name, context, optional=True)
                if path:
                    paths[name] = (path, lname)
        for name in (self.DEM, self.SILT, self.PRECIPITATION):
            if name in defined:
                path, lname = self.raster_path(parameters, name, context, optional=True)
                if path:
                    raw[name] = (path, lname)
        if self.LAND not in paths and self.DEM not in raw:
            raise QgsProcessingException(tr("Give the land levels, or a DEM to compute them."))
        if self.WATER not in paths and self.PRECIPITATION not in raw:
            raise QgsProcessingException(
                tr("Give the water levels{alt}.").format(
                    alt=tr(", or the precipitation to compute them")
                    if self.PRECIPITATION in defined
                    else ""
                )
            )
        eco_polys = self.parameterAsSource(parameters, self.ECO_CRITICAL, context)
        out_path = self.output_path(parameters, self.OUTPUT, context)
        extra_paths = self.output_paths(
            parameters, (self.LEVEL_OUTPUT, self.CAUSE_OUTPUT, self.METRIC_OUTPUT), context
        )
        block_size = self.block_size(parameters, context)
        reports, log = report_log(progress)

        all_paths = [p for p, _ in list(paths.values()) + list(raw.values())]
        with (
            user_errors(),
            OutputSet(inputs=all_paths, work_near=os.path.dirname(out_path)) as outs,
        ):
            ref = paths.get(self.LAND) or raw[self.DEM]
            grid, mask = self.prepare_grid(
                parameters, context, *ref, outs, progress, tr("the slope and the patch areas")
            )
            check = progress.sub(0.02, 0.12)
            inputs = {}
            known = {
                self.LAND: levels.values,
                self.WATER: levels.values,
                self.CLIMATE: levels.values,
                self.ECO_IMPORTANCE: class_set(profile, "importance").values,
            }
            for name, set_name in step_inputs(section).items():
                known[self.param_of(name)] = class_set(profile, set_name).values
            # the class rasters' codes are counted (a read of each) on another
            # thread while the continuous inputs are opened and checked here;
            # a refused code is reported first, as when one came after the other
            codes = ThreadPoolExecutor(max_workers=1)
            counting = []
            try:
                for name, (path, lname) in paths.items():
                    inp = self.categorical(path, lname, grid, log)
                    counting.append(
                        codes.submit(
                            inp.require_codes, grid, known[name], lname, block_size, check.cancelled
                        )
                    )
                    inputs[name] = inp
                ranges = {self.DEM: "dem", self.SILT: "silt", self.PRECIPITATION: "precipitation"}
                for name, (path, lname) in raw.items():
                    if name == self.SILT and self.LAND in paths:
                        continue
                    if name == self.DEM and self.LAND in paths:
                        continue
                    if name == self.PRECIPITATION and self.WATER in paths:
                        continue
                    inputs[name] = self.continuous(path, lname, ranges[name], grid, log)
            finally:
                codes.shutdown(wait=True)
                for done in counting:
                    done.result()
            land_from_dem = self.DEM in inputs
            water_from_precip = self.PRECIPITATION in inputs
            land_section = profile.get(self.LAND_SECTION)
            water_section = profile.get("dual.water.agri_precipitation")
            halo = 0
            window = 0
            if land_from_dem:
                log(
                    tr("Land levels computed from the DEM ({factor}).").format(
                        factor=label(land_section, "name")
                    )
                )
                halo = terrain.SLOPE_HALO
                if "relief_windows" in land_section:
                    window = terrain.relief_window(
                        min(grid.cell_size_m), land_section["relief_windows"]
                    )
                    halo = max(halo, terrain.relief_halo(window))
            if water_from_precip:
                log(
                    tr("Water levels graded from the precipitation ({factor}).").format(
                        factor=label(water_section, "name")
                    )
                )
            if eco_polys is not None:
                inputs["eco_polys"] = self.rasterize_source(
                    eco_polys,
                    grid,
                    outs,
                    "eco_critical",
                    context,
                    progress,
                    burn=1,
                    name=eco_polys.sourceName(),
                )
            has_eco = self.ECO_IMPORTANCE in inputs or "eco_polys" in inputs
            if not has_eco:
                progress.warn(
                    tr(
                        "No 生态保护重要性 raster or 生态保护极重要区 polygons given: "
                        "every cell is evaluated (the 2020 guide evaluates only "
                        "outside the 生态保护极重要区)."
                    )
                )
            if self.HAS_CLIMATE and self.CLIMATE not in inputs:
                progress.warn(tr("No 光热条件 raster given: the climate matrix is skipped."))
            step_names = step_inputs(section)
            for step in section.get("steps", []):
                missing = [n for n in step["inputs"] if self.param_of(n) not in inputs]
                if missing:
                    progress.warn(
                        tr("Step {step} is skipped: no {inputs} layer given.").format(
                            step=label(step, "name"), inputs=", ".join(missing)
                        )
                    )
            cw, ch = grid.cell_size_m

            def core(block, name):
                return block.core(block.values[name]), block.core(block.valid[name])

            def eco_of(block):
                eco = np.zeros(block.shape, dtype=bool)
                if self.ECO_IMPORTANCE in block.values:
                    eco |= suitability.eco_critical(*core(block, self.ECO_IMPORTANCE), section)
                if "eco_polys" in block.values:
                    v, ok = core(block, "eco_polys")
                    eco |= ok & (v == 1)
                return eco

            def land_of(block):
                if not land_from_dem:
                    v, ok = core(block, self.LAND)
                    return np.where(ok, v, 0)
                dem = block.values[self.DEM]
                tan2 = terrain.gradient_squared(dem, cw, ch, block.halo)
                mods = {}
                if self.SILT in block.values:
                    mods["silt"] = block.core(block.values[self.SILT])
                if window:
                    mods["elevation"] = block.core(dem)
                    mods["relief"] = terrain.relief(dem, window, block.halo)
                return land.land_level(None, land_section, precision, mods, tan2=tan2)

            def water_of(block):
                if not water_from_precip:
                    v, ok = core(block, self.WATER)
                    return np.where(ok, v, 0)
                return grading.grade(
                    block.core(block.values[self.PRECIPITATION]),
                    water_section["breaks"],
                    water_section["levels"],
                    water_section["closed"],
                    precision,
                )

            def level_before(block):
                """Steps 1–3: the level before the 连片度 correction, the causes and the
                极重要区 of a block."""
                clim = None
                if self.CLIMATE in block.values:
                    v, ok = core(block, self.CLIMATE)
                    clim = np.where(ok, v, 0)
                step_values = {
                    n: core(block, self.param_of(n))
                    for n in step_names
                    if self.param_of(n) in block.values
                }
                eco = eco_of(block) if has_eco else None
                cause = np.zeros(block.shape, dtype=np.uint16) if want_cause else None
                level, _ = suitability.pre_level(
                    land_of(block),
                    water_of(block),
                    clim,
                    step_values,
                    section,
                    excluded=eco,
                    cause=cause,
                )
                if cause is not None:
                    if eco is not None:
                        cause[eco] |= np.uint16(1 << suitability.CAUSE_ECO)
                    nodata = level == 0
                    if eco is not None:
                        nodata &= ~eco
                    cause[nodata] = CAUSE_NODATA
                return level, cause, eco

            def final_outputs():
                out = self.class_output(outs, out_path, grid, cset, label(section, "name"))
                result = {"class": out}
                if extra_paths[self.LEVEL_OUTPUT]:
                    result["level"] = self.class_output(
                        outs,
                        extra_paths[self.LEVEL_OUTPUT],
                        grid,
                        levels,
                        tr("{name}: final level").format(name=label(section, "name")),
                    )
                if extra_paths[self.CAUSE_OUTPUT]:
                    result["cause"] = self.value_output(
                        outs,
                        extra_paths[self.CAUSE_OUTPUT],
                        grid,
                        tr("{name}: causes (bit flags)").format(name=label(section, "name")),
                        name=tr("Causes"),
                        data_type="UInt16",
                        nodata=CAUSE_NODATA,
                    )
                    result["cause"].extra_metadata = {
                        "CC_WARNING_CAUSE_BITS": json.dumps(
                            suitability.cause_legend(section), ensure_ascii=False
                        )
                    }
                if extra_paths[self.METRIC_OUTPUT] and contiguity:
                    result["metric"] = self.value_output(
                        outs,
                        extra_paths[self.METRIC_OUTPUT],
                        grid,
                        tr("Patch compactness"),
                        nodata=-1.0,
                    )
                return result

            # causes are traced only when asked for (they cost a few array passes)
            want_cause = bool(extra_paths[self.CAUSE_OUTPUT]) or contiguity
            mapping = suitability.class_map(section, n_classes, cset)
            eco_value = (
                cset.value_of("unsuitable")
                if section["inside_eco_critical"] == "unsuitable"
                else None
            )

            def classes_of(level, eco, cause):
                res = {
                    "class": suitability.to_classes(level, mapping, eco, eco_value),
                    "level": level,
                }
                if cause is not None:
                    res["cause"] = cause
                return res

            if not contiguity:
                # one pass: everything per block
                outputs = final_outputs()
                outs.check_space()

                def single(block):
                    def strip(part):
                        level, cause, eco = level_before(part)
                        return classes_of(level, eco, cause)

                    return block.by_strips(strip)

                run_blocks(
                    grid,
                    inputs,
                    outputs,
                    single,
                    halo=halo,
                    halo_inputs=[self.DEM],  # the slope's and the relief's neighbours
                    mask=mask,
                    block_size=block_size,
                    feedback=progress.sub(0.12, 0.98),
                )
            else:
                # pass A: the level before the 连片度 correction (intermediate rasters)
                pre = outs.temp("pre_level.tif", grid, "Byte", 0, class_set=levels)
                cause_pre = outs.temp("cause_pre.tif", grid, "UInt16", CAUSE_NODATA)
                outputs = final_outputs()
                outs.check_space()

                def pass_a(block):
                    def strip(part):
                        level, cause, _ = level_before(part)
                        return {"pre": level, "cause": cause}

                    return block.by_strips(strip)

                run_blocks(
                    grid,
                    inputs,
                    {"pre": pre, "cause": cause_pre},
                    pass_a,
                    halo=halo,
                    halo_inputs=[self.DEM],
                    mask=mask,
                    block_size=block_size,
                    feedback=progress.sub(0.12, 0.45),
                )
                pre.finish()
                cause_pre.finish()
                pre_in = open_input(pre.path, grid, CATEGORICAL, "pre_level", check_data=False)
                c = section["contiguity"]
                metric_tmp = outs.temp("metric.tif", grid, "Float32", -1.0)
                summary = patch_metric(
                    grid,
                    pre_in,
                    metric_tmp,
                    c["metric"],
                    profile.get("dual.patch_connectivity"),
                    strip_cells=block_size * block_size * 4,
                    feedback=progress.sub(0.45, 0.75),
                )
                metric_tmp.finish()
                log(
                    tr("连片度: {n:,} patches of equal level (largest {cells:,} cells).").format(
                        n=summary["patches"], cells=summary["largest_cells"]
                    )
                )
                pass_c_inputs = {
                    "pre": pre_in,
                    "cause": open_input(
                        cause_pre.path, grid, CATEGORICAL, "cause", check_data=False
                    ),
                    "metric": open_input(
                        metric_tmp.path, grid, CONTINUOUS, "metric", check_data=False
                    ),
                }
                for name in (self.ECO_IMPORTANCE, "eco_polys"):
                    if name in inputs:
                        pass_c_inputs[name] = inputs[name]

                def pass_c_strip(block):
                    v = block.values
                    cause = np.where(block.valid["cause"], v["cause"], 0).astype(np.uint16)
                    level = suitability.finish(
                        v["pre"], v["metric"], section, True, precision, cause
                    )
                    eco = eco_of(block) if has_eco else None
                    res = classes_of(
                        level, eco, np.where(block.valid["cause"], cause, CAUSE_NODATA)
                    )
                    res["metric"] = np.where(np.isnan(v["metric"]), -1.0, v["metric"])
                    return res

                def pass_c(block):
                    return block.by_strips(pass_c_strip)

                run_blocks(
                    grid,
                    pass_c_inputs,
                    outputs,
                    pass_c,
                    mask=mask,
                    block_size=block_size,
                    feedback=progress.sub(0.75, 0.98),
                )
            report_inputs(inputs.values(), progress)
            sources = self.sources(
                parameters, context, list(paths) + list(raw) + [self.ECO_CRITICAL]
            )
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"].update({"classes": n_classes, "contiguity": contiguity})
            outs.commit(prov)
        level_summary(outputs["class"], progress)
        if "level" in outputs:
            level_summary(outputs["level"], progress)
        self.style_raster(context, out_path, profile, prov)
        if extra_paths[self.LEVEL_OUTPUT]:
            self.style_raster(context, extra_paths[self.LEVEL_OUTPUT], profile, prov)
        progress.set(1.0)
        return run_results(prov, {self.OUTPUT: out_path}, extra_paths)


class AgriSuitabilityAlgorithm(_SuitabilityAlgorithm):
    SPEC = AGRI_SUITABILITY
    SECTION = "dual.agriculture"
    LAND_SECTION = "dual.land.agri_slope"
    HAS_CLIMATE = True


class UrbanSuitabilityAlgorithm(_SuitabilityAlgorithm):
    SPEC = URBAN_SUITABILITY
    SECTION = "dual.urban"
    LAND_SECTION = "dual.land.urban_slope"
