"""cc_warning:dual_evaluation — the whole grid 双评价 in one run: the single
factors (land, water, climate), 农业生产适宜性 and 城镇建设适宜性 outside the
生态保护极重要区, area tables by unit and the 承载规模, written to one folder.

It chains the plugin's own algorithms on one analysis grid (the first
result's), so each step is also available alone in the toolbox and the
modeler. The 生态保护极重要区 comes from the ecology stage (水源涵养, 水土保持,
生物多样性维护, 水土流失 → 生态保护重要性) when land cover, vegetation cover
and soil texture are given, or from a 生态保护重要性 raster or 极重要区
polygons evaluated beforehand."""

import os

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingMultiStepFeedback,
                       QgsProcessingOutputFile, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterFolderDestination, QgsProcessingParameterNumber)

from ..core.i18n import tr
from .alg_dual_base import DualAlgorithm

#: files of the folder, in the order they are made
FILES = {
    "agri_land": "agri_land.tif", "urban_land": "urban_land.tif",
    "agri_water": "agri_water.tif", "urban_water": "urban_water.tif",
    "heat": "heat.tif", "comfort": "comfort.tif",
    "agri_suitability": "agri_suitability.tif", "agri_level": "agri_level.tif",
    "agri_cause": "agri_cause.tif",
    "urban_suitability": "urban_suitability.tif", "urban_level": "urban_level.tif",
    "urban_cause": "urban_cause.tif",
    "agri_areas": "agri_areas.gpkg", "agri_areas_table": "agri_areas.xlsx",
    "urban_areas": "urban_areas.gpkg", "urban_areas_table": "urban_areas.xlsx",
    "scale": "carrying_scale.gpkg", "scale_table": "carrying_scale.xlsx",
}
#: files of the ecology stage (written when it runs)
ECO_FILES = {
    "eco_water": "eco_water_conservation_importance.tif",
    "eco_soil": "eco_soil_conservation_importance.tif",
    "eco_biodiversity": "eco_biodiversity_importance.tif",
    "eco_erosion": "eco_soil_erosion_vulnerability.tif",
    "eco_importance": "eco_protection_importance.tif",
    "eco_critical": "eco_critical_areas.gpkg",
}
#: inputs the ecology stage needs together
ECO_INPUTS = ("LANDCOVER", "VEG_COVER", "SOIL_TEXTURE")


class DualEvaluationAlgorithm(DualAlgorithm):
    ALG_ID = "dual_evaluation"
    DEM = "DEM"
    SILT = "SILT"
    PRECIPITATION = "PRECIPITATION"
    ACCUM_TEMP = "ACCUM_TEMP"
    CLIMATE_TABLE = "CLIMATE_TABLE"
    STATIONS = "STATIONS"
    UNITS = "UNITS"
    URBAN_WATER_FIELD = "URBAN_WATER_FIELD"
    PER_AREA = "PER_AREA"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    SUMMARY_UNITS = "SUMMARY_UNITS"
    SUMMARY_CODE_FIELD = "SUMMARY_CODE_FIELD"
    SUMMARY_NAME_FIELD = "SUMMARY_NAME_FIELD"
    ECO_IMPORTANCE = "ECO_IMPORTANCE"
    ECO_CRITICAL = "ECO_CRITICAL"
    SCALE_WATER_FIELD = "SCALE_WATER_FIELD"
    AGRI_WATER_SHARE = "AGRI_WATER_SHARE"
    IRRIGATION_QUOTA = "IRRIGATION_QUOTA"
    URBAN_WATER_SHARE = "URBAN_WATER_SHARE"
    WATER_PER_PERSON = "WATER_PER_PERSON"
    LAND_PER_PERSON = "LAND_PER_PERSON"
    LANDCOVER = "LANDCOVER"
    VEG_COVER = "VEG_COVER"
    SOIL_TEXTURE = "SOIL_TEXTURE"
    TEMPERATURE_VALUE = "TEMPERATURE_VALUE"
    HABITAT = "HABITAT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def display_name(self):
        return tr("Dual evaluation, whole chain (双评价一键评价)")

    def help_text(self):
        return tr(
            "<p>Runs the grid 双评价 from the layers of a county or a city in one go, on one "
            "analysis grid (the DEM's unless you choose another CRS, cell size or analysis "
            "area): 农业耕作条件 and 城镇建设条件 from the DEM (and the silt content); "
            "农业供水条件 from precipitation; 城镇供水条件 from a modulus field of the units; "
            "光热条件 from accumulated temperature; 舒适度 from the stations' monthly climate; "
            "the ecology — 水源涵养, 水土保持, 生物多样性维护 (with habitat polygons) and "
            "水土流失 integrated into 生态保护重要性 and the 生态保护极重要区 — when land "
            "cover, vegetation cover and soil texture are given; then 农业生产适宜性 and "
            "城镇建设适宜性 outside the 生态保护极重要区 (from the ecology stage, or from a "
            "生态保护重要性 raster or 极重要区 polygons evaluated beforehand), the class areas "
            "by unit (km², ha, 亩) and the 承载规模.</p><p>防风固沙 and 土地沙化 need "
            "wind-erosion factors that are usually known per area: run them alone and give "
            "the result of 生态保护重要性 here.</p><p>Every step is also an algorithm of "
            "its own in the 双评价 group. The results go to one folder ({files}; with the "
            "ecology also {eco}); they appear there only when the whole chain has "
            "succeeded.</p>").format(
            files=", ".join(sorted(set(FILES.values()))),
            eco=", ".join(sorted(ECO_FILES.values())))

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_raster_input(self.DEM, tr("DEM (elevation, m)"), tr(
            "Digital elevation model in metres; its grid is the analysis grid."))
        self.add_raster_input(self.SILT, tr("Silt content (粉砂含量, %) (optional)"), tr(
            "Lowers 农业耕作条件 where the silt content is high."), optional=True)
        self.add_raster_input(self.PRECIPITATION, tr("Annual precipitation (mm)"), tr(
            "Grades 农业供水条件."))
        self.add_raster_input(self.ACCUM_TEMP, tr("Accumulated temperature ≥ 0 °C (°C·d) "
                                                  "(optional)"),
                              tr("Grades 光热条件 for the climate matrix."), optional=True)
        p = QgsProcessingParameterFeatureSource(
            self.CLIMATE_TABLE, tr("Monthly climate table of the stations (optional)"),
            [QgsProcessing.SourceType.TypeVector], optional=True)
        p.setHelp(tr("站点编码, 月份, 月平均气温, 月平均相对湿度: grades 舒适度."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.STATIONS, tr("Station points (optional)"),
            [QgsProcessing.SourceType.TypeVectorPoint], optional=True)
        p.setHelp(tr("The stations of the climate table (field 站点编码)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.UNITS, tr("Evaluation units (counties) with their water figures"),
            [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(tr("Polygons of the units (e.g. the counties joined with their indicator "
                     "table): urban water supply, areas and carrying scale per unit."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.URBAN_WATER_FIELD, tr("Urban water indicator field"),
            parentLayerParameterName=self.UNITS)
        p.setHelp(tr("用水总量控制指标模数 (10⁴ m³/km²), or a total such as 用水总量控制指标 "
                     "(10⁴ m³) with 'divide by the unit area'."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(self.PER_AREA, tr("The water field is a total: "
                                                            "divide it by the unit area"),
                                          defaultValue=True)
        p.setHelp(tr("Gives the modulus (10⁴ m³/km²) from a total."))
        self.addParameter(p)
        for name, text, default in ((self.CODE_FIELD, tr("Unit code field"), "行政区划代码"),
                                    (self.NAME_FIELD, tr("Unit name field"), "名称")):
            p = QgsProcessingParameterField(name, text, defaultValue=default,
                                            parentLayerParameterName=self.UNITS,
                                            optional=True)
            p.setHelp(tr("Copied into the tables."))
            self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.SUMMARY_UNITS, tr("Units of the area tables (optional; e.g. townships)"),
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True)
        p.setHelp(tr("The class areas are tabulated by these units (default: the evaluation "
                     "units)."))
        self.addParameter(p)
        for name, text, default in ((self.SUMMARY_CODE_FIELD, tr("Code field of the table "
                                                                 "units"), "乡镇代码"),
                                    (self.SUMMARY_NAME_FIELD, tr("Name field of the table "
                                                                 "units"), "乡镇名称")):
            p = QgsProcessingParameterField(name, text, defaultValue=default,
                                            parentLayerParameterName=self.SUMMARY_UNITS,
                                            optional=True)
            p.setHelp(tr("Copied into the tables."))
            self.addParameter(p)
        for name, text, help_text in (
                (self.LANDCOVER, tr("Land cover / ecosystem type (codes) (optional, for the "
                                    "ecology)"),
                 tr("Codes of the profile's land-cover table: runoff coefficients of "
                    "水源涵养.")),
                (self.VEG_COVER, tr("Vegetation cover (0–1) (optional, for the ecology)"),
                 tr("Fractional vegetation cover: C of 水土保持 and of 水土流失.")),
                (self.SOIL_TEXTURE, tr("Soil texture (codes) (optional, for the ecology)"),
                 tr("Codes of the profile's soil-texture table: K of 水土保持 and the soil "
                    "score of 水土流失."))):
            self.add_raster_input(name, text, help_text, optional=True)
        p = QgsProcessingParameterNumber(
            self.TEMPERATURE_VALUE, tr("Mean annual air temperature (°C) (for the ecology)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=12.0, minValue=-30.0,
            maxValue=35.0)
        p.setHelp(tr("For Turc's evapotranspiration in 水源涵养."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.HABITAT, tr("Very important habitats (polygons, optional, for the ecology)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Habitats of protected species, nature reserves: 生物多样性维护 极重要."))
        self.addParameter(p)
        self.add_raster_input(self.ECO_IMPORTANCE, tr("生态保护重要性 raster (optional)"), tr(
            "The ecology result (1 极重要, 2 重要, 3 一般); 极重要 cells are left out of the "
            "suitability evaluations."), optional=True)
        p = QgsProcessingParameterFeatureSource(
            self.ECO_CRITICAL, tr("生态保护极重要区 polygons (optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(tr("E.g. the 生态保护红线, when the ecology raster is not yet available."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.SCALE_WATER_FIELD, tr("Water field for the "
                                                                  "carrying scale (10⁴ m³/a) "
                                                                  "(optional)"),
                                        parentLayerParameterName=self.UNITS, optional=True)
        p.setHelp(tr("Water available per unit; the agricultural and urban shares below "
                     "apply to it."))
        self.addParameter(p)
        for name, text, default, hi in (
                (self.AGRI_WATER_SHARE, tr("Agricultural share of that water (0–1)"), 0.6, 1),
                (self.URBAN_WATER_SHARE, tr("Urban share of that water (0–1)"), 0.3, 1),
                (self.IRRIGATION_QUOTA, tr("综合灌溉定额 (m³/亩; 0 = none)"), 0.0, None),
                (self.WATER_PER_PERSON, tr("Urban water use per person (m³/person/a; 0 = "
                                           "none)"), 0.0, None),
                (self.LAND_PER_PERSON, tr("Construction land per person (m²/person)"), 0.0,
                 None)):
            p = QgsProcessingParameterNumber(name, text, QgsProcessingParameterNumber.Type.Double,
                                             defaultValue=default, minValue=0.0,
                                             **({"maxValue": hi} if hi else {}))
            p.setHelp(tr("For the water constraint of the carrying scale."))
            self.addParameter(p)
        self.add_grid_parameters(tr("the DEM"))
        self.add_profile_parameter()
        p = QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER,
                                                    tr("Output folder"))
        p.setHelp(tr("Receives every raster and table of the evaluation."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputFile("AGRI_SUITABILITY",
                                               tr("Agricultural production suitability")))
        self.addOutput(QgsProcessingOutputFile("URBAN_SUITABILITY",
                                               tr("Urban construction suitability")))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Files written")))

    def folder_output_names(self, name, parameters):
        return set(FILES.values()) | set(ECO_FILES.values())

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        given = [n for n in ECO_INPUTS if parameters.get(n)]
        if given and len(given) < len(ECO_INPUTS):
            missing = [self.parameterDefinition(n).description() for n in ECO_INPUTS
                       if n not in given]
            return False, tr("The ecology stage needs land cover, vegetation cover and soil "
                             "texture together; missing: {missing}. Give them all, or none "
                             "and a 生态保护重要性 raster or 极重要区 polygons.").format(
                missing="; ".join(missing))
        return True, ""

    def process_algorithm(self, parameters, context, feedback):
        import processing
        # the folder is the run's temporary folder, moved into place when every
        # step succeeded (CCAlgorithm); the provenance recorded in the rasters
        # then names the final folder
        folder = os.path.abspath(self.parameterAsString(parameters, self.OUTPUT_FOLDER,
                                                        context))
        os.makedirs(folder, exist_ok=True)
        out = {k: os.path.join(folder, v) for k, v in dict(FILES, **ECO_FILES).items()}
        has_heat = bool(parameters.get(self.ACCUM_TEMP))
        has_comfort = bool(parameters.get(self.CLIMATE_TABLE)) and \
            bool(parameters.get(self.STATIONS))
        has_eco = all(parameters.get(n) for n in ECO_INPUTS)
        if has_eco and (parameters.get(self.ECO_IMPORTANCE) or
                        parameters.get(self.ECO_CRITICAL)):
            feedback.pushWarning(tr("A 生态保护重要性 raster or 极重要区 polygons are given: "
                                    "the ecology stage is not run, they are used instead."))
            has_eco = False
        has_habitat = has_eco and bool(parameters.get(self.HABITAT))
        steps = 9 + has_heat + has_comfort + (4 + has_habitat if has_eco else 0)
        multi = QgsProcessingMultiStepFeedback(steps, feedback)
        state = {"step": 0}
        common = {"PROFILE": parameters.get(self.PROFILE),
                  "BLOCK_SIZE": parameters.get(self.BLOCK_SIZE)}
        eco = {k: parameters.get(k) for k in (self.ECO_IMPORTANCE, self.ECO_CRITICAL)
               if parameters.get(k)}

        def run(alg, params):
            multi.setCurrentStep(state["step"])
            state["step"] += 1
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.pushInfo(tr("— {alg}").format(alg=alg))
            full = {k: v for k, v in dict(common, **params).items() if v is not None}
            return processing.run(f"cc_warning:{alg}", full, context=context,
                                  feedback=multi, is_child_algorithm=True)

        run("dual_land_agri", {
            "DEM": parameters[self.DEM], "SILT": parameters.get(self.SILT),
            "GRID_CRS": parameters.get(self.GRID_CRS),
            "CELL_SIZE": parameters.get(self.CELL_SIZE),
            "MASK": parameters.get(self.MASK), "GRID_REFERENCE":
                parameters.get(self.GRID_REFERENCE), "OUTPUT": out["agri_land"]})
        grid = {"GRID_REFERENCE": out["agri_land"], "MASK": parameters.get(self.MASK)}
        if has_eco:
            eco = self.run_ecology(run, grid, parameters, context, out, has_habitat)
        run("dual_land_urban", dict(grid, DEM=parameters[self.DEM],
                                    OUTPUT=out["urban_land"]))
        run("dual_water_agri", dict(grid, INDICATOR=0,
                                    INPUT=parameters[self.PRECIPITATION],
                                    OUTPUT=out["agri_water"]))
        run("dual_water_urban", dict(grid, INDICATOR=0, UNITS=parameters[self.UNITS],
                                     FIELD=parameters[self.URBAN_WATER_FIELD],
                                     PER_AREA=self.parameterAsBoolean(
                                         parameters, self.PER_AREA, context),
                                     REFERENCE=out["agri_land"],
                                     OUTPUT=out["urban_water"]))
        if has_heat:
            run("dual_climate_heat", dict(grid, ACCUM_TEMP=parameters[self.ACCUM_TEMP],
                                          OUTPUT=out["heat"]))
        if has_comfort:
            run("dual_climate_comfort", dict(
                grid, TABLE=parameters[self.CLIMATE_TABLE],
                STATIONS=parameters[self.STATIONS], REFERENCE=out["agri_land"],
                DEM=parameters[self.DEM], OUTPUT=out["comfort"]))
        run("dual_agri_suitability", dict(
            grid, **eco, LAND=out["agri_land"], WATER=out["agri_water"],
            CLIMATE=out["heat"] if has_heat else None, OUTPUT=out["agri_suitability"],
            LEVEL_OUTPUT=out["agri_level"], CAUSE_OUTPUT=out["agri_cause"]))
        run("dual_urban_suitability", dict(
            grid, **eco, LAND=out["urban_land"], WATER=out["urban_water"],
            COMFORT=out["comfort"] if has_comfort else None,
            OUTPUT=out["urban_suitability"], LEVEL_OUTPUT=out["urban_level"],
            CAUSE_OUTPUT=out["urban_cause"]))
        summary = parameters.get(self.SUMMARY_UNITS) or parameters[self.UNITS]
        field = lambda name: self.parameterAsString(parameters, name, context)  # noqa: E731
        number = lambda name: self.parameterAsDouble(parameters, name, context)  # noqa: E731
        codes = (field(self.SUMMARY_CODE_FIELD), field(self.SUMMARY_NAME_FIELD)) \
            if parameters.get(self.SUMMARY_UNITS) else \
            (field(self.CODE_FIELD), field(self.NAME_FIELD))
        for use in ("agri", "urban"):
            run("dual_zonal_summary", {
                "INPUT": out[f"{use}_suitability"], "UNITS": summary,
                "CODE_FIELD": codes[0], "NAME_FIELD": codes[1],
                "OUTPUT": out[f"{use}_areas"], "TABLE": out[f"{use}_areas_table"]})
        run("dual_carrying_scale", {
            "UNITS": parameters[self.UNITS], "CODE_FIELD": field(self.CODE_FIELD),
            "NAME_FIELD": field(self.NAME_FIELD),
            "AGRI_SUITABILITY": out["agri_suitability"],
            "URBAN_SUITABILITY": out["urban_suitability"],
            "AGRI_WATER_FIELD": parameters.get(self.SCALE_WATER_FIELD),
            "URBAN_WATER_FIELD": parameters.get(self.SCALE_WATER_FIELD),
            "AGRI_WATER_SHARE": number(self.AGRI_WATER_SHARE),
            "URBAN_WATER_SHARE": number(self.URBAN_WATER_SHARE),
            "IRRIGATION_QUOTA": number(self.IRRIGATION_QUOTA),
            "WATER_PER_PERSON": number(self.WATER_PER_PERSON),
            "LAND_PER_PERSON": number(self.LAND_PER_PERSON),
            "OUTPUT": out["scale"], "TABLE": out["scale_table"]})
        written = sorted(n for n in os.listdir(folder) if not n.startswith("."))
        feedback.pushInfo(tr("Written to {folder}: {files}").format(
            folder=self.final_destination(self.OUTPUT_FOLDER, folder),
            files=", ".join(written)))
        return {self.OUTPUT_FOLDER: folder,
                "AGRI_SUITABILITY": os.path.join(folder, FILES["agri_suitability"]),
                "URBAN_SUITABILITY": os.path.join(folder, FILES["urban_suitability"]),
                "FILES": ", ".join(written)}

    def run_ecology(self, run, grid, parameters, context, out, has_habitat) -> dict:
        """水源涵养, 水土保持, (生物多样性维护,) 水土流失 → 生态保护重要性 on the grid;
        returns the suitability parameter that leaves out its 极重要 cells."""
        dem, precip = parameters[self.DEM], parameters[self.PRECIPITATION]
        terrain = dict(grid, DEM=dem, PRECIPITATION=precip,
                       SOIL_TEXTURE=parameters[self.SOIL_TEXTURE],
                       VEG_COVER=parameters[self.VEG_COVER])
        run("dual_eco_water_conservation", dict(
            grid, PRECIPITATION=precip, LANDCOVER=parameters[self.LANDCOVER],
            TEMPERATURE_VALUE=self.parameterAsDouble(parameters, self.TEMPERATURE_VALUE,
                                                     context),
            OUTPUT=out["eco_water"]))
        run("dual_eco_soil_conservation", dict(terrain, OUTPUT=out["eco_soil"]))
        services = [out["eco_water"], out["eco_soil"]]
        if has_habitat:
            run("dual_eco_biodiversity", dict(grid, DEM=dem,
                                              VERY_IMPORTANT_HABITAT=parameters[self.HABITAT],
                                              OUTPUT=out["eco_biodiversity"]))
            services.append(out["eco_biodiversity"])
        run("dual_eco_vuln_soil_erosion", dict(terrain, OUTPUT=out["eco_erosion"]))
        run("dual_eco_importance", dict(grid, SERVICES=services,
                                        VULNERABILITIES=[out["eco_erosion"]],
                                        OUTPUT=out["eco_importance"],
                                        CRITICAL_AREAS=out["eco_critical"]))
        return {self.ECO_IMPORTANCE: out["eco_importance"]}
