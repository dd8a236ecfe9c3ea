"""cc_warning:dual_water_agri — 农业供水条件 and cc_warning:dual_water_urban —
城镇供水条件 (水资源 single factors of the 双评价): a raster of the indicator
or a value per evaluation unit (rasterised), graded by the profile."""

import os

from qgis.core import (QgsProcessing, QgsProcessingOutputString,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField)

from ..core.dual import grading
from ..core.dual import inputs as dual_inputs
from ..core.dual.classes import class_set
from ..core.i18n import label, tr
from ..core.profile import load_profile
from ..core.provenance import to_json
from ..raster import CONTINUOUS, OutputSet, Progress, open_input, run_blocks
from .alg_dual_base import (DualAlgorithm, level_summary, report_inputs, report_log,
                            source_name)
from .base import user_errors


class _WaterAlgorithm(DualAlgorithm):
    #: (profile key under dual.water, input kind for the plausible range)
    INDICATORS = []
    INDICATOR = "INDICATOR"
    INPUT = "INPUT"
    UNITS = "UNITS"
    FIELD = "FIELD"
    PER_AREA = "PER_AREA"
    REFERENCE = "REFERENCE"
    OUTPUT = "OUTPUT"
    PROVENANCE = "PROVENANCE"

    def _indicator_help(self) -> str:
        p = load_profile()
        parts = []
        for key, _ in self.INDICATORS:
            g = p.get(f"dual.water.{key}")
            unit = g.get("unit", "")
            parts.append("{name}: {breaks}{unit}".format(
                name=label(g, "name"), breaks=" / ".join(f"{b:g}" for b in g["breaks"]),
                unit=f" {unit}" if unit else ""))
        return "; ".join(parts)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        p = load_profile()
        names = [label(p.get(f"dual.water.{key}"), "name") for key, _ in self.INDICATORS]
        param = QgsProcessingParameterEnum(self.INDICATOR, tr("Indicator"), options=names,
                                           defaultValue=0)
        param.setHelp(tr("Which indicator grades the water supply; its breaks come from the "
                         "method profile."))
        self.addParameter(param)
        self.add_raster_input(self.INPUT, tr("Indicator raster (optional)"), tr(
            "A raster of the chosen indicator in the profile's unit (continuous; "
            "resampled bilinearly, or averaged where the grid is coarser)."), optional=True)
        param = QgsProcessingParameterFeatureSource(
            self.UNITS, tr("Evaluation units with the indicator (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        param.setHelp(tr("Instead of a raster: polygons (counties, townships) holding the "
                         "indicator per unit in a field; each unit's value is burnt onto the "
                         "grid (cell centre)."))
        self.addParameter(param)
        param = QgsProcessingParameterField(
            self.FIELD, tr("Indicator field"), parentLayerParameterName=self.UNITS,
            type=QgsProcessingParameterField.DataType.Any, optional=True)
        param.setHelp(tr("The field holding the indicator of each unit (numbers; an empty "
                         "cell is a missing value)."))
        self.addParameter(param)
        param = QgsProcessingParameterBoolean(
            self.PER_AREA, tr("The field is a total (10⁴ m³): divide it by the unit area "
                              "(km²)"), defaultValue=False)
        param.setHelp(tr("For a modulus (10⁴ m³/km²) from a total such as 用水总量控制指标: the "
                         "value is divided by the unit's area measured in the projected "
                         "analysis CRS."))
        self.addParameter(param)
        self.add_raster_input(self.REFERENCE, tr("Reference raster for the grid (optional)"),
                              tr("Gives the analysis grid (e.g. the DEM) when the indicator "
                                 "comes from units rather than a raster."), optional=True)
        self.add_grid_parameters(tr("the indicator or reference raster"))
        self.add_profile_parameter()
        self.add_raster_output(self.OUTPUT, self.display_name(), tr(
            "Level raster (Byte, 1 = best … 5 = worst, 0 = nodata) with the class labels, "
            "colours and provenance in its metadata."))
        self.addOutput(QgsProcessingOutputString(self.PROVENANCE, tr("Provenance (JSON)")))

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
                                          context)
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
    ALG_ID = "dual_water_agri"
    INDICATORS = [("agri_precipitation", "precipitation"), ("agri_aridity", "aridity"),
                  ("agri_quota_modulus", "quota_modulus")]

    def display_name(self):
        return tr("Agricultural water supply (农业供水条件)")

    def help_text(self):
        return tr("<p>水资源 factor of the 双评价 for agriculture, from one of three "
                  "indicators: annual precipitation (mm), the aridity index (ET₀/P) or the "
                  "water-quota modulus (10⁴ m³/km²), as a raster or as a value per unit "
                  "(rasterised by cell centre). Breaks from the profile: {breaks}. Level 1 "
                  "= 好 … 5 = 差.</p>").format(breaks=self._indicator_help())


class UrbanWaterAlgorithm(_WaterAlgorithm):
    ALG_ID = "dual_water_urban"
    INDICATORS = [("urban_quota_modulus", "quota_modulus"),
                  ("urban_resource_modulus", "resource_modulus")]

    def display_name(self):
        return tr("Urban water supply (城镇供水条件)")

    def help_text(self):
        return tr("<p>水资源 factor of the 双评价 for urban construction, from the water-"
                  "quota modulus or the water-resource modulus (10⁴ m³/km²), usually one "
                  "value per county: give the units and the field, or a total field with "
                  "'divide by the unit area'. Breaks from the profile: {breaks}. Level 1 = "
                  "好 … 5 = 差.</p>").format(breaks=self._indicator_help())
