"""cc_warning:construction_screen — the construction-suitability screen for
L₀ of the 土地资源压力指数 on the analysis grid (core/construction/screen.py).
Its class raster is the SUITABILITY input of land_pressure and
carrying_capacity_2016."""

import os

from osgeo import gdal
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from ...core.construction import screen as scr
from ...core.dual.classes import class_set
from ...core.i18n import tr
from ...raster import (
    CONTINUOUS,
    OutputSet,
    Progress,
    open_input,
)
from ...specs.methods import CONSTRUCTION_SCREEN, SCREEN_INPUTS
from ..dual.base import DualAlgorithm, report_log
from ..framework.common import run_results, source_name, user_errors


def _is_raster_file(value) -> bool:
    if not (isinstance(value, str) and value and os.path.isfile(value)):
        return False
    gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
    try:
        ds = gdal.OpenEx(value, gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError:
        ds = None
    finally:
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
    ok = ds is not None
    ds = None
    return ok


class ConstructionScreenAlgorithm(DualAlgorithm):
    SPEC = CONSTRUCTION_SCREEN

    def layer_input(self, parameters, name, context):
        """("raster", path, name) or ("vector", source, name) of an exclusion
        layer, or None."""
        value = parameters.get(name)
        if value in (None, ""):
            return None
        if _is_raster_file(value):
            return "raster", value, os.path.splitext(os.path.basename(value))[0]
        layer = self.parameterAsLayer(parameters, name, context)
        if layer is None:
            raise QgsProcessingException(
                tr("{name}: the layer {value} cannot be read.").format(name=name, value=value)
            )
        if isinstance(layer, QgsVectorLayer):
            return "vector", layer, layer.name()
        if isinstance(layer, QgsRasterLayer):
            return ("raster",) + self.raster_path(parameters, name, context)
        raise QgsProcessingException(
            tr("{name}: {layer} is neither polygons nor a raster.").format(
                name=name, layer=layer.name()
            )
        )

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        section = profile.get("construction_screen")
        progress = Progress(feedback)
        reports, log = report_log(progress)
        unknown = [f for f in scr.all_factors(profile) if f.input not in SCREEN_INPUTS]
        if unknown:
            raise QgsProcessingException(
                tr(
                    "[construction_screen.factors] of the method profile: the factor {factor} "
                    "reads the input '{input}', which this algorithm does not offer. Use one of: "
                    "{inputs}."
                ).format(
                    factor=unknown[0].key, input=unknown[0].input, inputs=", ".join(SCREEN_INPUTS)
                )
            )
        dem_path, dem_name = self.raster_path(parameters, "DEM", context)
        given = {"dem": ("raster", dem_path, dem_name)}
        for key, param in SCREEN_INPUTS.items():
            if key == "dem":
                continue
            if self.SPEC.param(param).kind == "layer":
                found = self.layer_input(parameters, param, context)
            else:
                path, name = self.raster_path(parameters, param, context, optional=True)
                found = ("raster", path, name) if path else None
            if found is not None:
                given[key] = found
        with user_errors():
            screen = scr.make_screen(profile, given, feedback)
        cset = class_set(profile, section["class_set"])
        out_path = self.output_path(parameters, "OUTPUT", context)
        score_path = self.output_path(parameters, "SCORE", context)
        cause_path = self.output_path(parameters, "CAUSE", context)
        names = scr.cause_names(screen)
        raster_inputs = [g[1] for g in given.values() if g[0] == "raster"]

        with (
            user_errors(),
            OutputSet(inputs=raster_inputs, work_near=os.path.dirname(out_path)) as outs,
        ):
            grid, mask = self.prepare_grid(
                parameters, context, dem_path, dem_name, outs, progress, tr("the slope")
            )
            inputs = {}
            kinds = {f.input: f.kind for f in screen.factors}
            for key, kind in kinds.items():
                how, what, name = given[key]
                if how == "vector":
                    inputs[key] = self.rasterize_source(
                        what, grid, outs, key, context, progress, burn=1, name=name
                    )
                    log(
                        tr("{layer}: polygons burnt onto the grid (cell centres).").format(
                            layer=name
                        )
                    )
                elif kind == "slope":
                    inputs[key] = self.continuous(what, name, "dem", grid, log)
                elif kind == "breaks":
                    inputs[key] = open_input(what, grid, CONTINUOUS, name, log=log)
                else:
                    inputs[key] = self.categorical(what, name, grid, log)
            for f in screen.factors:
                if f.kind != "codes":
                    continue
                present = inputs[f.input].codes_present(grid, cancelled=progress.cancelled)
                lacking = scr.unknown_codes(f, present)
                if lacking:
                    progress.warn(
                        tr(
                            "{layer}: codes {codes} are not in the table of {factor}; those cells "
                            "are {how}."
                        ).format(
                            layer=given[f.input][2],
                            codes=", ".join(map(str, lacking)),
                            factor=f.name,
                            how=tr("not limited by it") if f.missing == "ignore" else tr("nodata"),
                        )
                    )
            progress.check()
            class_out = self.class_output(
                outs, out_path, grid, cset, tr("Construction suitability")
            )
            outputs = {"class": class_out}
            if score_path:
                outputs["score"] = self.value_output(
                    outs, score_path, grid, tr("Combined score"), nodata=scr.SCORE_NODATA
                )
            if cause_path:
                outputs["cause"] = self.value_output(
                    outs,
                    cause_path,
                    grid,
                    "; ".join(f"{k} = {v}" for k, v in names.items()),
                    name=tr("Limiting factor"),
                    data_type="Byte",
                    nodata=scr.CAUSE_NODATA,
                )
            outs.check_space()
            func = scr.block_function(screen, grid.cell_size_m)

            def block(b):
                res = func(b)
                return {k: res[k] for k in outputs}

            self.run_grid(
                parameters, context, progress, grid, mask, inputs, outputs, block, halo=scr.HALO
            )
            sources = {
                SCREEN_INPUTS[k]: source_name(parameters.get(SCREEN_INPUTS[k]), context)
                for k in given
            }
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["factors"] = [f.key for f in screen.factors]
            prov["parameters"]["combine"] = screen.combine
            outs.commit(prov)
        self.show_result(context, class_out, out_path, profile, prov, progress)
        shares = class_out.percentages()
        suitable = profile.get("elements.land.overlay.suitable_values")
        share = sum(shares.get(int(v), 0.0) for v in suitable) / 100.0 if shares else None
        if share is not None:
            progress.info(
                tr("Share of suitable cells (L0 of the whole area): {share:.4f}").format(
                    share=share
                )
            )
        return run_results(
            prov,
            {"OUTPUT": out_path, "SUITABLE_SHARE": share},
            {"SCORE": score_path, "CAUSE": cause_path},
        )
