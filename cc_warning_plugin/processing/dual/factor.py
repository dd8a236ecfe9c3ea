"""cc_warning:dual_factor_grading — environment and hazard factors of the 双评价
(土壤环境, 大气/水环境容量, 气象灾害, 地质灾害, 风暴潮, 区位优势度 …) as
configurable reclassifications of the user's layers: class codes mapped to
levels, or a continuous value graded by breaks, all from
``[dual.factors.<name>]`` of the method profile."""

import os

from qgis.core import QgsProcessingException

from ...core.dual import grading
from ...core.dual.classes import class_set
from ...core.errors import InputError
from ...core.i18n import label, tr
from ...core.provenance import to_json
from ...specs.dual import FACTOR_GRADING
from ...raster import CATEGORICAL, CONTINUOUS, OutputSet, Progress, open_input, run_blocks
from ..framework.active import active_profile
from ..framework.common import source_name, user_errors
from .base import DualAlgorithm, level_summary, report_inputs, report_log


class FactorGradingAlgorithm(DualAlgorithm):
    SPEC = FACTOR_GRADING
    FACTOR = "FACTOR"
    FACTOR_NAME = "FACTOR_NAME"
    INPUT = "INPUT"
    UNITS = "UNITS"
    FIELD = "FIELD"
    REFERENCE = "REFERENCE"
    OUTPUT = "OUTPUT"
    PROVENANCE = "PROVENANCE"

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        # the choice lists the factors of the active profile (what the dialog showed)
        name = self.parameterAsString(parameters, self.FACTOR_NAME, context).strip() or \
            self.enum_value(parameters, self.FACTOR, context, active_profile())
        try:
            f = profile.get(f"dual.factors.{name}")
        except KeyError:
            raise QgsProcessingException(tr(
                "The method profile has no factor '{name}' under [dual.factors] (it has: "
                "{names}).").format(name=name, names=", ".join(profile.get("dual.factors"))))
        cset = class_set(profile, f["class_set"])
        progress = Progress(feedback)
        in_path, in_name, ref_path, ref_name, units, field = self.raster_or_units(
            parameters, context,
            tr("Give either a factor raster, or polygons and the field holding the code or "
               "value."),
            tr("The factor comes from polygons: give a reference raster (e.g. the DEM) for "
               "the analysis grid."))
        out_path = self.output_path(parameters, self.OUTPUT, context)
        codes = f["kind"] == "codes"
        table = grading.code_table(f["codes"]) if codes else None
        reports, log = report_log(progress)

        grid_path, grid_name = (in_path, in_name) if in_path else (ref_path, ref_name)
        with user_errors(), OutputSet(inputs=[in_path, ref_path],
                                      work_near=os.path.dirname(out_path)) as outs:
            grid, mask = self.prepare_grid(parameters, context, grid_path, grid_name, outs,
                                           progress, tr("the evaluation"))
            if in_path:
                inp = open_input(in_path, grid, CATEGORICAL if codes else CONTINUOUS, in_name,
                                 log=log)
            else:
                values = self.unit_values(units, field, progress)
                if codes:
                    bad = sorted({v for v in values.values() if v is not None and
                                  (v != int(v) or int(v) not in table)})
                    if bad:
                        raise InputError(tr(
                            "Layer {layer}: field {field} holds codes the profile does not "
                            "know for {factor}: {codes}. Known codes: {known}.").format(
                            layer=units.sourceName(), field=field,
                            factor=label(f, "name"), codes=", ".join(f"{b:g}" for b in bad),
                            known=", ".join(map(str, table))))
                inp = self.values_raster(units, values, grid, outs, "factor", context,
                                         progress, units.sourceName())
                log(tr("{layer}: field {field} burnt onto the grid (cell centre).").format(
                    layer=units.sourceName(), field=field))
            if codes and in_path:
                inp.require_codes(grid, list(table), label(f, "name"),
                                  block_size=self.block_size(parameters, context),
                                  cancelled=progress.cancelled)
            out = self.class_output(outs, out_path, grid, cset, label(f, "name"))
            outs.check_space()
            precision = profile.precision

            def func(block):
                v, ok = block.values["v"], block.valid["v"]
                if codes:
                    import numpy as np
                    level = np.zeros(v.shape, dtype=np.uint8)
                    vv = np.where(ok, v, 0).astype(np.int64)
                    for code, lev in table.items():
                        level[ok & (vv == code)] = lev
                    return {"level": level}
                return {"level": grading.grade(v, f["breaks"], f["levels"], f["closed"],
                                               precision)}

            run_blocks(grid, {"v": inp}, {"level": out}, func, mask=mask,
                       block_size=self.block_size(parameters, context),
                       feedback=progress.sub(0.1, 0.97))
            report_inputs([inp], progress)
            sources = {k: source_name(parameters.get(k), context)
                       for k in (self.INPUT, self.UNITS, self.REFERENCE) if parameters.get(k)}
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["factor"] = name
            out.provenance = prov
            outs.commit()
        level_summary(out, progress)
        self.style_raster(context, out_path, profile, prov)
        return {self.OUTPUT: out_path, self.PROVENANCE: to_json(prov)}
