"""cc_warning:dual_water_agri — 农业供水条件 and cc_warning:dual_water_urban —
城镇供水条件 (水资源 single factors of the 双评价): a raster of the indicator
or a value per evaluation unit (rasterised), graded by the profile."""

import os

from ...core.dual import grading
from ...core.dual import inputs as dual_inputs
from ...core.dual.classes import class_set
from ...core.i18n import label, tr
from ...core.provenance import to_json
from ...specs.dual import (AGRI_WATER_INDICATORS, URBAN_WATER_INDICATORS, WATER_AGRI,
                              WATER_URBAN)
from ...raster import CONTINUOUS, OutputSet, Progress, open_input, run_blocks
from ..framework.common import source_name, user_errors
from .base import DualAlgorithm, level_summary, report_inputs, report_log


class _WaterAlgorithm(DualAlgorithm):
    #: (profile key under dual.water, input kind for the plausible range)
    INDICATORS = ()
    INDICATOR = "INDICATOR"
    INPUT = "INPUT"
    UNITS = "UNITS"
    FIELD = "FIELD"
    PER_AREA = "PER_AREA"
    REFERENCE = "REFERENCE"
    OUTPUT = "OUTPUT"
    PROVENANCE = "PROVENANCE"

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        key, kind = self.INDICATORS[self.parameterAsEnum(parameters, self.INDICATOR, context)]
        g = profile.get(f"dual.water.{key}")
        cset = class_set(profile, g["class_set"])
        progress = Progress(feedback)
        in_path, in_name, ref_path, ref_name, units, field = self.raster_or_units(
            parameters, context,
            tr("Give either an indicator raster, or evaluation units and the field holding "
               "the indicator."),
            tr("The indicator comes from units: give a reference raster (e.g. the DEM) for "
               "the analysis grid."))
        out_path = self.output_path(parameters, self.OUTPUT, context)
        reports, log = report_log(progress)

        grid_path, grid_name = (in_path, in_name) if in_path else (ref_path, ref_name)
        with user_errors(), OutputSet(inputs=[in_path, ref_path],
                                      work_near=os.path.dirname(out_path)) as outs:
            grid, mask = self.prepare_grid(parameters, context, grid_path, grid_name, outs,
                                           progress, tr("the area of the units"))
            if in_path:
                inp = open_input(in_path, grid, CONTINUOUS, in_name,
                                 valid_range=dual_inputs.valid_range(kind), log=log)
            else:
                per_area = self.parameterAsBoolean(parameters, self.PER_AREA, context)
                values = self.unit_values(units, field, progress, per_area, grid.crs_wkt,
                                          context, dual_inputs.valid_range(kind) +
                                          (dual_inputs.unit_of(kind),))
                missing = sum(1 for v in values.values() if v is None)
                if missing:
                    progress.warn(tr("{n} unit(s) have no value in {field}: their cells are "
                                     "nodata.").format(n=missing, field=field))
                inp = self.values_raster(units, values, grid, outs, "unit_values", context,
                                         progress, units.sourceName())
                log(tr("{layer}: field {field} of {n} units burnt onto the grid (cell "
                       "centre){per_area}.").format(
                    layer=units.sourceName(), field=field, n=len(values),
                    per_area=tr(", divided by the unit area (km²)") if per_area else ""))
            out = self.class_output(outs, out_path, grid, cset, label(g, "name"))
            outs.check_space()
            precision = profile.precision

            def func(block):
                return {"level": grading.grade(block.values["v"], g["breaks"], g["levels"],
                                               g["closed"], precision)}

            run_blocks(grid, {"v": inp}, {"level": out}, func, mask=mask,
                       block_size=self.block_size(parameters, context),
                       feedback=progress.sub(0.1, 0.97))
            report_inputs([inp], progress)
            sources = {}
            for name in (self.INPUT, self.UNITS, self.REFERENCE):
                if parameters.get(name):
                    sources[name] = source_name(parameters.get(name), context)
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["indicator"] = key
            out.provenance = prov
            outs.commit()
        level_summary(out, progress)
        self.style_raster(context, out_path, profile, prov)
        progress.set(1.0)
        return {self.OUTPUT: out_path, self.PROVENANCE: to_json(prov)}


class AgriWaterAlgorithm(_WaterAlgorithm):
    SPEC = WATER_AGRI
    INDICATORS = AGRI_WATER_INDICATORS


class UrbanWaterAlgorithm(_WaterAlgorithm):
    SPEC = WATER_URBAN
    INDICATORS = URBAN_WATER_INDICATORS
