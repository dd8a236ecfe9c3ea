"""cc_warning:dual_agri_suitability — 农业生产适宜性 and
cc_warning:dual_urban_suitability — 城镇建设适宜性, evaluated outside the
生态保护极重要区: land × water matrix, (agriculture) × climate matrix, the
profile's downgrade steps chained in order, the 连片度 correction by patch
compactness, and the 2- or 3-class result."""

import json
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingOutputString, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource)

from ..core.dual import suitability
from ..core.dual.classes import class_set
from ..core.i18n import label, tr
from ..core.profile import load_profile
from ..core.provenance import to_json
from ..raster import CATEGORICAL, CONTINUOUS, OutputSet, Progress, RasterOutput, open_input
from ..raster import run_blocks
from ..raster.patches import patch_metric
from .alg_dual_base import DualAlgorithm, level_summary
from .base import source_name, user_errors

CAUSE_NODATA = 65535


def _step_inputs(section):
    """{input name: class set name} over the steps of a profile section."""
    out = {}
    for step in section.get("steps", []):
        out.update(step["inputs"])
    return out


class _SuitabilityAlgorithm(DualAlgorithm):
    SECTION = ""
    LAND = "LAND"
    WATER = "WATER"
    CLIMATE = "CLIMATE"
    ECO_IMPORTANCE = "ECO_IMPORTANCE"
    ECO_CRITICAL = "ECO_CRITICAL"
    CONTIGUITY = "CONTIGUITY"
    CLASSES = "CLASSES"
    OUTPUT = "OUTPUT"
    LEVEL_OUTPUT = "LEVEL_OUTPUT"
    CAUSE_OUTPUT = "CAUSE_OUTPUT"
    METRIC_OUTPUT = "METRIC_OUTPUT"
    PROVENANCE = "PROVENANCE"
    HAS_CLIMATE = False

    @staticmethod
    def param_of(input_name: str) -> str:
        return input_name.upper()

    def _steps_help(self, section) -> str:
        items = []
        for step in section.get("steps", []):
            rules = []
            for r in step["rules"]:
                cond = " & ".join(f"{k} ∈ {v}" for k, v in r["when"].items())
                act = tr("set {n}").format(n=r["set"]) if "set" in r else \
                    (f"+{r['shift']}" if r["shift"] > 0 else str(r["shift"]))
                rules.append(f"{cond} → {act}")
            items.append(f"<li>{label(step, 'name')}: {'; '.join(rules)}</li>")
        return "".join(items)

    def init_common(self, land_text, water_text):
        p = load_profile()
        section = p.get(self.SECTION)
        self.add_raster_input(self.LAND, land_text, tr(
            "Level raster 1–5 of the land factor (output of the land algorithm)."))
        self.add_raster_input(self.WATER, water_text, tr(
            "Level raster 1–5 of the water factor (output of the water algorithm)."))
        if self.HAS_CLIMATE:
            self.add_raster_input(self.CLIMATE, tr("Heat condition levels (光热条件)"), tr(
                "Level raster 1–5 of 光热条件; without it the climate matrix is skipped (and "
                "reported)."), optional=True)
        for name, set_name in _step_inputs(section).items():
            cs = class_set(p, set_name)
            step = next(s for s in section["steps"] if name in s["inputs"])
            self.add_raster_input(self.param_of(name), tr("{step}: {name} ({set}) "
                                                          "(optional)").format(
                step=label(step, "name"), name=name, set=cs.name), tr(
                "Class raster with the values of the class set {set} ({values}); the "
                "downgrade step is skipped without it.").format(
                set=cs.key, values=", ".join(f"{v} {lab}" for v, lab in
                                             zip(cs.values, cs.labels()))), optional=True)
        self.add_raster_input(self.ECO_IMPORTANCE, tr("生态保护重要性 raster (optional)"), tr(
            "Class raster of 生态保护重要性 (class set dual.classes.importance: 1 极重要, 2 重要, "
            "3 一般); cells of the profile's eco_critical_values (极重要) are the "
            "生态保护极重要区."), optional=True)
        param = QgsProcessingParameterFeatureSource(
            self.ECO_CRITICAL, tr("生态保护极重要区 polygons (optional)"),
            [QgsProcessing.TypeVectorPolygon], optional=True)
        param.setHelp(tr("Polygons of the 生态保护极重要区 (e.g. a 生态保护红线 layer), instead of "
                         "or besides the raster."))
        self.addParameter(param)
        param = QgsProcessingParameterEnum(
            self.CONTIGUITY, tr("Patch contiguity (连片度) correction"),
            options=[tr("As in the method profile"), tr("On"), tr("Off")], defaultValue=0)
        param.setHelp(tr("Corrects each cell by the compactness of its patch (cells of equal "
                         "level joined by their edges): patch area / area of the patch's "
                         "minimum bounding circle."))
        self.addParameter(param)
        param = QgsProcessingParameterEnum(
            self.CLASSES, tr("Result classes"),
            options=[tr("As in the method profile"), tr("2 classes: 适宜 / 不适宜 (2020)"),
                     tr("3 classes: 适宜 / 一般适宜 / 不适宜")], defaultValue=0)
        param.setHelp(tr("The 2020 guide delivers 适宜区 and 不适宜区; many implementations add "
                         "一般适宜区."))
        self.addParameter(param)
        self.add_grid_parameters(tr("the land raster"))
        self.add_profile_parameter()
        self.add_raster_output(self.OUTPUT, self.display_name(), tr(
            "Suitability class raster (Byte: 1 适宜区, 2 一般适宜区, 3 不适宜区; 0 = nodata)."))
        self.add_raster_output(self.LEVEL_OUTPUT, tr("Final levels 1–5 (optional)"), tr(
            "The level after every step and the 连片度 correction, before the classes (0 in "
            "生态保护极重要区)."), optional=True)
        self.add_raster_output(self.CAUSE_OUTPUT, tr("Causes (bit flags, optional)"), tr(
            "UInt16: bit i set where step i changed the level; bit 12 the climate matrix, "
            "bit 13 the 连片度 correction, bit 14 inside 生态保护极重要区 (legend in the raster "
            "metadata CC_WARNING_CAUSE_BITS)."), optional=True)
        self.add_raster_output(self.METRIC_OUTPUT, tr("Patch compactness (optional)"), tr(
            "The 连片度 metric of each cell's patch."), optional=True)
        self.addOutput(QgsProcessingOutputString(self.PROVENANCE, tr("Provenance (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        profile = self.profile(parameters, context)
        section = profile.get(self.SECTION)
        precision = profile.precision
        progress = Progress(feedback)
        n_classes = {0: profile.get("dual.suitability_classes"), 1: 2, 2: 3}[
            self.parameterAsEnum(parameters, self.CLASSES, context)]
        cset = class_set(profile, f"suitability_{n_classes}")
        levels = class_set(profile, "levels")
        contiguity = {0: section["contiguity"]["enabled"], 1: True, 2: False}[
            self.parameterAsEnum(parameters, self.CONTIGUITY, context)]
        paths = {}
        for name in (self.LAND, self.WATER):
            paths[name] = self.raster_path(parameters, name, context)
        optional = [self.ECO_IMPORTANCE] + ([self.CLIMATE] if self.HAS_CLIMATE else []) + \
            [self.param_of(n) for n in _step_inputs(section)]
        for name in optional:
            if name in [p.name() for p in self.parameterDefinitions()]:
                path, lname = self.raster_path(parameters, name, context, optional=True)
                if path:
                    paths[name] = (path, lname)
        eco_polys = self.parameterAsSource(parameters, self.ECO_CRITICAL, context)
        out_path = self.output_path(parameters, self.OUTPUT, context)
        extra_paths = {k: self.output_path(parameters, k, context)
                       for k in (self.LEVEL_OUTPUT, self.CAUSE_OUTPUT, self.METRIC_OUTPUT)}
        block_size = self.block_size(parameters, context)
        reports = []

        def log(text):
            reports.append(text)
            progress.info(text)

        with user_errors(), OutputSet(inputs=[p for p, _ in paths.values()],
                                      work_near=os.path.dirname(out_path)) as outs:
            grid, mask = self.prepare_grid(parameters, context, *paths[self.LAND], outs,
                                           progress, tr("the patch areas"))
            check = progress.sub(0.02, 0.12)
            inputs = {}
            known = {self.LAND: levels.values, self.WATER: levels.values,
                     self.CLIMATE: levels.values,
                     self.ECO_IMPORTANCE: class_set(profile, "importance").values}
            for name, set_name in _step_inputs(section).items():
                known[self.param_of(name)] = class_set(profile, set_name).values
            for name, (path, lname) in paths.items():
                inp = open_input(path, grid, CATEGORICAL, lname, log=log)
                inp.require_codes(grid, known[name], lname, block_size, check.cancelled)
                inputs[name] = inp
            if eco_polys is not None:
                inputs["eco_polys"] = self.rasterize_source(
                    eco_polys, grid, outs, "eco_critical", context, progress, burn=1,
                    name=eco_polys.sourceName())
            has_eco = self.ECO_IMPORTANCE in inputs or "eco_polys" in inputs
            if not has_eco:
                progress.warn(tr("No 生态保护重要性 raster or 生态保护极重要区 polygons given: "
                                 "every cell is evaluated (the 2020 guide evaluates only "
                                 "outside the 生态保护极重要区)."))
            if self.HAS_CLIMATE and self.CLIMATE not in inputs:
                progress.warn(tr("No 光热条件 raster given: the climate matrix is skipped."))
            step_names = _step_inputs(section)
            for step in section.get("steps", []):
                missing = [n for n in step["inputs"] if self.param_of(n) not in inputs]
                if missing:
                    progress.warn(tr("Step {step} is skipped: no {inputs} layer given.")
                                  .format(step=label(step, "name"), inputs=", ".join(missing)))

            def eco_of(block):
                eco = np.zeros(block.shape, dtype=bool)
                if self.ECO_IMPORTANCE in block.values:
                    eco |= suitability.eco_critical(block.values[self.ECO_IMPORTANCE],
                                                    block.valid[self.ECO_IMPORTANCE], section)
                if "eco_polys" in block.values:
                    eco |= block.valid["eco_polys"] & (block.values["eco_polys"] == 1)
                return eco

            # pass A: the level before the 连片度 correction
            pre = outs.temp("pre_level.tif", grid, "Byte", 0, class_set=levels)
            cause_pre = outs.temp("cause_pre.tif", grid, "UInt16", CAUSE_NODATA)
            outs.check_space()

            def pass_a(block):
                v, ok = block.values, block.valid
                land = np.where(ok[self.LAND], v[self.LAND], 0)
                water = np.where(ok[self.WATER], v[self.WATER], 0)
                clim = np.where(ok[self.CLIMATE], v[self.CLIMATE], 0) \
                    if self.CLIMATE in v else None
                step_inputs = {n: (v[self.param_of(n)], ok[self.param_of(n)])
                               for n in step_names if self.param_of(n) in v}
                eco = eco_of(block) if has_eco else None
                cause = np.zeros(block.shape, dtype=np.uint16)
                level, _ = suitability.pre_level(land, water, clim, step_inputs, section,
                                                 excluded=eco, cause=cause)
                if eco is not None:
                    cause[eco] |= np.uint16(1 << suitability.CAUSE_ECO)
                nodata = level == 0
                if eco is not None:
                    nodata &= ~eco
                cause[nodata] = CAUSE_NODATA
                return {"pre": level, "cause": cause}

            run_blocks(grid, inputs, {"pre": pre, "cause": cause_pre}, pass_a, mask=mask,
                       block_size=block_size, feedback=progress.sub(0.12, 0.45))
            pre.finish()
            cause_pre.finish()
            pre_in = open_input(pre.path, grid, CATEGORICAL, "pre_level")
            metric_in = None
            if contiguity:
                c = section["contiguity"]
                metric_tmp = outs.temp("metric.tif", grid, "Float32", -1.0)
                summary = patch_metric(grid, pre_in, metric_tmp, c["metric"],
                                       profile.get("dual.patch_connectivity"),
                                       strip_cells=block_size * block_size * 4,
                                       feedback=progress.sub(0.45, 0.75))
                metric_tmp.finish()
                log(tr("连片度: {n:,} patches of equal level (largest {cells:,} cells).")
                    .format(n=summary["patches"], cells=summary["largest_cells"]))
                metric_in = open_input(metric_tmp.path, grid, CONTINUOUS, "metric")

            # pass C: correction, classes, causes
            out = self.class_output(outs, out_path, grid, cset, label(section, "name"))
            outputs = {"class": out}
            if extra_paths[self.LEVEL_OUTPUT]:
                outputs["level"] = self.class_output(
                    outs, extra_paths[self.LEVEL_OUTPUT], grid, levels,
                    tr("{name}: final level").format(name=label(section, "name")))
            if extra_paths[self.CAUSE_OUTPUT]:
                outputs["cause"] = outs.add(RasterOutput(
                    extra_paths[self.CAUSE_OUTPUT], grid, "UInt16", CAUSE_NODATA,
                    name=tr("Causes"), description=tr("{name}: causes (bit flags)").format(
                        name=label(section, "name"))))
            if extra_paths[self.METRIC_OUTPUT] and metric_in is not None:
                outputs["metric"] = outs.add(RasterOutput(
                    extra_paths[self.METRIC_OUTPUT], grid, "Float32", -1.0,
                    name=tr("Patch compactness"), description=tr("Patch compactness")))
            outs.check_space()
            mapping = suitability.class_map(section, n_classes, cset)
            eco_value = cset.value_of("unsuitable") \
                if section["inside_eco_critical"] == "unsuitable" else None
            pass_c_inputs = {"pre": pre_in, "cause": open_input(cause_pre.path, grid,
                                                                CATEGORICAL, "cause")}
            if metric_in is not None:
                pass_c_inputs["metric"] = metric_in
            for name in (self.ECO_IMPORTANCE, "eco_polys"):
                if name in inputs:
                    pass_c_inputs[name] = inputs[name]

            def pass_c(block):
                v = block.values
                cause = np.where(block.valid["cause"], v["cause"], 0).astype(np.uint16)
                level = suitability.finish(v["pre"], v.get("metric"), section, contiguity,
                                           precision, cause)
                eco = eco_of(block) if has_eco else None
                classes = suitability.to_classes(level, mapping, eco, eco_value)
                res = {"class": classes, "level": level}
                if "cause" in outputs:
                    res["cause"] = np.where(block.valid["cause"], cause, CAUSE_NODATA)
                if "metric" in outputs:
                    res["metric"] = np.where(np.isnan(v["metric"]), -1.0, v["metric"])
                return res

            run_blocks(grid, pass_c_inputs, outputs, pass_c, mask=mask,
                       block_size=block_size, feedback=progress.sub(0.75, 0.98))
            sources = {k: source_name(parameters.get(k), context) for k in
                       list(paths) + [self.ECO_CRITICAL] if parameters.get(k)}
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"].update({"classes": n_classes, "contiguity": contiguity})
            for o in outputs.values():
                o.provenance = prov
            if "cause" in outputs:
                outputs["cause"].extra_metadata = {
                    "CC_WARNING_CAUSE_BITS": json.dumps(suitability.cause_legend(section),
                                                        ensure_ascii=False)}
            outs.commit()
        level_summary(out, progress)
        if "level" in outputs:
            level_summary(outputs["level"], progress)
        self.style_raster(context, out_path, profile, prov)
        if extra_paths[self.LEVEL_OUTPUT]:
            self.style_raster(context, extra_paths[self.LEVEL_OUTPUT], profile, prov)
        progress.set(1.0)
        result = {self.OUTPUT: out_path, self.PROVENANCE: to_json(prov)}
        for k, path in extra_paths.items():
            result[k] = path or None
        return result


class AgriSuitabilityAlgorithm(_SuitabilityAlgorithm):
    ALG_ID = "dual_agri_suitability"
    SECTION = "dual.agriculture"
    HAS_CLIMATE = True

    def display_name(self):
        return tr("Agricultural production suitability (农业生产适宜性)")

    def help_text(self):
        section = load_profile().get(self.SECTION)
        return tr(
            "<p>农业生产适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区 (give "
            "the 生态保护重要性 raster or the 极重要区 polygons; their cells are classed "
            "不适宜 by default). In order: the land × water matrix (rows = 农业耕作条件, "
            "columns = 农业供水条件), the climate matrix with 光热条件, the downgrade steps "
            "chained in order, each on the result of the one before:</p><ul>{steps}</ul>"
            "<p>then the 连片度 correction by the compactness of each cell's patch, and the "
            "levels folded into 适宜 / 不适宜 (or 3 classes). Every number is in the method "
            "profile [dual.agriculture].</p>").format(steps=self._steps_help(section))

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.init_common(tr("Agricultural land condition levels (农业耕作条件)"),
                         tr("Agricultural water supply levels (农业供水条件)"))


class UrbanSuitabilityAlgorithm(_SuitabilityAlgorithm):
    ALG_ID = "dual_urban_suitability"
    SECTION = "dual.urban"

    def display_name(self):
        return tr("Urban construction suitability (城镇建设适宜性)")

    def help_text(self):
        section = load_profile().get(self.SECTION)
        return tr(
            "<p>城镇建设适宜性 of the 2020 双评价, evaluated outside the 生态保护极重要区. In "
            "order: the land × water matrix (rows = 城镇建设条件, columns = 城镇供水条件), the "
            "downgrade steps chained in order:</p><ul>{steps}</ul><p>then the 连片度 "
            "correction and the classes. Every number is in the method profile "
            "[dual.urban].</p>").format(steps=self._steps_help(section))

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.init_common(tr("Urban land condition levels (城镇建设条件)"),
                         tr("Urban water supply levels (城镇供水条件)"))
