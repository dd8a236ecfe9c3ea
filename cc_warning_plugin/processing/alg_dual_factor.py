"""cc_warning:dual_factor_grading — environment and hazard factors of the 双评价
(土壤环境, 大气/水环境容量, 气象灾害, 地质灾害, 风暴潮, 区位优势度 …) as
configurable reclassifications of the user's layers: class codes mapped to
levels, or a continuous value graded by breaks, all from
``[dual.factors.<name>]`` of the method profile."""

import os

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterString)

from ..core.dual import grading
from ..core.dual.classes import class_set
from ..core.errors import InputError
from ..core.i18n import label, tr
from ..core.profile import load_profile
from ..core.provenance import to_json
from ..raster import CATEGORICAL, CONTINUOUS, OutputSet, Progress, open_input, run_blocks
from .alg_dual_base import (DualAlgorithm, level_summary, report_inputs, report_log,
                            source_name)
from .base import user_errors


def _default_factors():
    return list(load_profile().get("dual.factors").keys())


class FactorGradingAlgorithm(DualAlgorithm):
    ALG_ID = "dual_factor_grading"
    FACTOR = "FACTOR"
    FACTOR_NAME = "FACTOR_NAME"
    INPUT = "INPUT"
    UNITS = "UNITS"
    FIELD = "FIELD"
    REFERENCE = "REFERENCE"
    OUTPUT = "OUTPUT"
    PROVENANCE = "PROVENANCE"

    def display_name(self):
        return tr("Environment or hazard factor grading (环境/灾害单项评价)")

    def help_text(self):
        p = load_profile()
        lines = []
        for key in _default_factors():
            f = p.get(f"dual.factors.{key}")
            if f["kind"] == "codes":
                how = ", ".join(f"{c['code']} → {c['level']}" for c in f["codes"])
            else:
                how = tr("breaks {breaks}").format(
                    breaks=" / ".join(f"{b:g}" for b in f["breaks"]))
            lines.append(f"<li>{label(f, 'name')} ({key}): {how}</li>")
        return tr("<p>Reclassifies a user's layer into the levels of a 双评价 factor, as the "
                  "method profile defines it under [dual.factors]: class codes mapped to "
                  "levels, or a continuous value graded by breaks. A code the profile does "
                  "not list stops the run and is named. Add your own factor to a profile and "
                  "give its name in 'Factor name'.</p><p>Factors of the built-in "
                  "profile:</p><ul>{items}</ul>").format(items="".join(lines))

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        p = load_profile()
        names = [label(p.get(f"dual.factors.{k}"), "name") for k in _default_factors()]
        param = QgsProcessingParameterEnum(self.FACTOR, tr("Factor"), options=names,
                                           defaultValue=0)
        param.setHelp(tr("The factor to grade (from the built-in profile)."))
        self.addParameter(param)
        param = QgsProcessingParameterString(self.FACTOR_NAME, tr("Factor name in your "
                                                                  "profile (optional)"),
                                             optional=True)
        param.setHelp(tr("The name of a table [dual.factors.<name>] of your own profile; "
                         "overrides the choice above."))
        self.addParameter(param)
        self.add_raster_input(self.INPUT, tr("Factor raster (optional)"), tr(
            "Class codes (categorical, nearest neighbour) or values (continuous) of the "
            "factor."), optional=True)
        param = QgsProcessingParameterFeatureSource(
            self.UNITS, tr("Polygons with the factor (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        param.setHelp(tr("Instead of a raster: polygons (hazard zones, units) holding the "
                         "code or value in a field, burnt onto the grid by cell centre."))
        self.addParameter(param)
        param = QgsProcessingParameterField(self.FIELD, tr("Code or value field"),
                                            parentLayerParameterName=self.UNITS,
                                            optional=True)
        param.setHelp(tr("The field of the polygons holding the code or value."))
        self.addParameter(param)
        self.add_raster_input(self.REFERENCE, tr("Reference raster for the grid (optional)"),
                              tr("Gives the analysis grid when the factor comes from "
                                 "polygons (e.g. the DEM)."), optional=True)
        self.add_grid_parameters(tr("the factor or reference raster"))
        self.add_profile_parameter()
        self.add_raster_output(self.OUTPUT, tr("Factor levels"), tr(
            "Level raster of the factor's class set (Byte, 0 = nodata)."))
        self.addOutput(QgsProcessingOutputString(self.PROVENANCE, tr("Provenance (JSON)")))

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        name = self.parameterAsString(parameters, self.FACTOR_NAME, context).strip() or \
            _default_factors()[self.parameterAsEnum(parameters, self.FACTOR, context)]
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
