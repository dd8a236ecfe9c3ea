"""cc_warning:dual_evaluation — the whole grid 双评价 in one run: the single
factors (land, water, climate), 农业生产适宜性 and 城镇建设适宜性 outside the
生态保护极重要区, area tables by unit and the 承载规模, written to one folder.

It chains the plugin's own algorithms on one analysis grid (the first
result's), so each step is also available alone in the toolbox and the
modeler. Its parameters are composed from the steps' specs
(``specs/chains.py``); every step receives the values of its own parameters
from the chain (:func:`~cc_warning_plugin.specs.chains.step_values`), and the
chain adds only what it wires itself: the outputs, the grid of the first
result and the results of the steps before. The 生态保护极重要区 comes from
the ecology stage (水源涵养, 水土保持, 生物多样性维护, 水土流失 → 生态保护重要性)
when land cover, vegetation cover and soil texture are given, or from a
生态保护重要性 raster or 极重要区 polygons evaluated beforehand."""

import os

from qgis.core import QgsProcessingException, QgsProcessingMultiStepFeedback

from ...core.i18n import tr
from ...specs.chains import (
    DUAL_ECO_FILES,
    DUAL_ECO_INPUTS,
    DUAL_EVALUATION,
    DUAL_EVALUATION_STEPS,
    DUAL_FILES,
    step_values,
)
from ..dual.base import DualAlgorithm

#: kept under their 0.1 names for scripts that read them
FILES = DUAL_FILES
ECO_FILES = DUAL_ECO_FILES
ECO_INPUTS = DUAL_ECO_INPUTS


class DualEvaluationAlgorithm(DualAlgorithm):
    SPEC = DUAL_EVALUATION
    STEPS = {spec.id: (spec, renames, dropped) for spec, renames, dropped in DUAL_EVALUATION_STEPS}

    def folder_output_names(self, name, parameters):
        return set(FILES.values()) | set(ECO_FILES.values())

    def check_inputs(self, parameters, context):
        given = [n for n in ECO_INPUTS if parameters.get(n)]
        if given and len(given) < len(ECO_INPUTS):
            missing = [
                self.parameterDefinition(n).description() for n in ECO_INPUTS if n not in given
            ]
            raise QgsProcessingException(
                tr(
                    "The ecology stage needs land cover, vegetation cover and soil texture "
                    "together; missing: {missing}. Give them all, or none and a 生态保护重要性 "
                    "raster or 极重要区 polygons."
                ).format(missing="; ".join(missing))
            )
        self.check_unit_fields(parameters, context, ("URBAN_WATER_FIELD", "SCALE_WATER_FIELD"))

    def process_algorithm(self, parameters, context, feedback):
        import processing

        # the folder is the run's temporary folder, moved into place when every
        # step succeeded; the provenance recorded in the rasters then names the
        # final folder
        folder = os.path.abspath(
            self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        )
        os.makedirs(folder, exist_ok=True)
        out = {k: os.path.join(folder, v) for k, v in dict(FILES, **ECO_FILES).items()}
        has_heat = bool(parameters.get("ACCUM_TEMP"))
        has_comfort = bool(parameters.get("CLIMATE_TABLE")) and bool(parameters.get("STATIONS"))
        has_eco = all(parameters.get(n) for n in ECO_INPUTS)
        if has_eco and (parameters.get("ECO_IMPORTANCE") or parameters.get("ECO_CRITICAL")):
            feedback.pushWarning(
                tr(
                    "A 生态保护重要性 raster or 极重要区 polygons are given: "
                    "the ecology stage is not run, they are used instead."
                )
            )
            has_eco = False
        has_habitat = has_eco and bool(parameters.get("HABITAT"))
        steps = 9 + has_heat + has_comfort + (4 + has_habitat if has_eco else 0)
        multi = QgsProcessingMultiStepFeedback(steps, feedback)
        state = {"step": 0}

        def run(alg, wired):
            """Run step ``alg`` with the chain's values of its parameters and
            the ``wired`` ones (a None there: not passed)."""
            multi.setCurrentStep(state["step"])
            state["step"] += 1
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.pushInfo(tr("— {alg}").format(alg=alg))
            values = dict(step_values(self.SPEC, self.STEPS[alg], parameters), **wired)
            return processing.run(
                f"cc_warning:{alg}",
                {k: v for k, v in values.items() if v is not None},
                context=context,
                feedback=multi,
                is_child_algorithm=True,
            )

        run("dual_land_agri", {"OUTPUT": out["agri_land"]})
        # every later step on the grid of the first result
        grid = {"GRID_REFERENCE": out["agri_land"], "GRID_CRS": None, "CELL_SIZE": None}
        eco = {}
        if has_eco:
            eco = self.run_ecology(run, grid, out, has_habitat)
        run("dual_land_urban", dict(grid, OUTPUT=out["urban_land"]))
        run("dual_water_agri", dict(grid, INDICATOR=0, OUTPUT=out["agri_water"]))
        run(
            "dual_water_urban",
            dict(grid, INDICATOR=0, REFERENCE=out["agri_land"], OUTPUT=out["urban_water"]),
        )
        if has_heat:
            run("dual_climate_heat", dict(grid, OUTPUT=out["heat"]))
        if has_comfort:
            run(
                "dual_climate_comfort",
                dict(grid, REFERENCE=out["agri_land"], OUTPUT=out["comfort"]),
            )
        # the suitability of each use from its land, water and climate results
        for use, climate in (
            ("agri", {"CLIMATE": out["heat"] if has_heat else None}),
            ("urban", {"COMFORT": out["comfort"] if has_comfort else None}),
        ):
            run(
                f"dual_{use}_suitability",
                dict(
                    grid,
                    **eco,
                    LAND=out[f"{use}_land"],
                    WATER=out[f"{use}_water"],
                    **climate,
                    OUTPUT=out[f"{use}_suitability"],
                    LEVEL_OUTPUT=out[f"{use}_level"],
                    CAUSE_OUTPUT=out[f"{use}_cause"],
                ),
            )
        # the area tables by the summary units, or by the evaluation units and
        # their fields when none are given
        by_units = (
            {}
            if parameters.get("SUMMARY_UNITS")
            else {
                "UNITS": parameters["UNITS"],
                "CODE_FIELD": self.parameterAsString(parameters, "CODE_FIELD", context),
                "NAME_FIELD": self.parameterAsString(parameters, "NAME_FIELD", context),
            }
        )
        for use in ("agri", "urban"):
            run(
                "dual_zonal_summary",
                dict(
                    by_units,
                    INPUT=out[f"{use}_suitability"],
                    OUTPUT=out[f"{use}_areas"],
                    TABLE=out[f"{use}_areas_table"],
                ),
            )
        run(
            "dual_carrying_scale",
            {
                "AGRI_SUITABILITY": out["agri_suitability"],
                "URBAN_SUITABILITY": out["urban_suitability"],
                "OUTPUT": out["scale"],
                "TABLE": out["scale_table"],
            },
        )
        written = sorted(n for n in os.listdir(folder) if not n.startswith("."))
        feedback.pushInfo(
            tr("Written to {folder}: {files}").format(
                folder=self.final_destination(self.OUTPUT_FOLDER, folder), files=", ".join(written)
            )
        )
        return {
            self.OUTPUT_FOLDER: folder,
            "AGRI_SUITABILITY": os.path.join(folder, FILES["agri_suitability"]),
            "URBAN_SUITABILITY": os.path.join(folder, FILES["urban_suitability"]),
            "FILES": ", ".join(written),
        }

    def run_ecology(self, run, grid, out, has_habitat) -> dict:
        """水源涵养, 水土保持, (生物多样性维护,) 水土流失 → 生态保护重要性 on the grid;
        returns the suitability parameters that leave out its 极重要 cells."""
        run("dual_eco_water_conservation", dict(grid, OUTPUT=out["eco_water"]))
        run("dual_eco_soil_conservation", dict(grid, OUTPUT=out["eco_soil"]))
        services = [out["eco_water"], out["eco_soil"]]
        if has_habitat:
            run("dual_eco_biodiversity", dict(grid, OUTPUT=out["eco_biodiversity"]))
            services.append(out["eco_biodiversity"])
        run("dual_eco_vuln_soil_erosion", dict(grid, OUTPUT=out["eco_erosion"]))
        run(
            "dual_eco_importance",
            dict(
                grid,
                SERVICES=services,
                VULNERABILITIES=[out["eco_erosion"]],
                OUTPUT=out["eco_importance"],
                CRITICAL_AREAS=out["eco_critical"],
            ),
        )
        return {"ECO_IMPORTANCE": out["eco_importance"], "ECO_CRITICAL": None}
