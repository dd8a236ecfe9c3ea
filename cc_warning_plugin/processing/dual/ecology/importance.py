"""cc_warning:dual_eco_importance — 生态保护重要性: the highest class over any
number of service-importance and vulnerability rasters, the
生态保护极重要区 (mask and polygons), and the optional 2019-draft
斑块集中度 correction."""

import os
from typing import Dict, List, Tuple

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from ....core.dual import ecology_importance as eimp
from ....core.dual.classes import CLASS_SET_KEY, class_set
from ....core.errors import InputError
from ....core.i18n import tr
from ....raster import CATEGORICAL, CONTINUOUS, OutputSet, Progress, RasterOutput, open_input
from ....raster import run_blocks
from ....raster.grid import open_raster
from ....raster.patches import patch_metric
from ..base import gdal_file, level_summary, report_log
from .base import FLOAT_NODATA, EcoAlgorithm
from ...framework.common import add_feature, run_results, user_errors
from ....specs.ecology import ECO_IMPORTANCE
from ....compat import FieldType

#: nodata of the 极重要区 mask raster (0 = outside, 1 = inside)
MASK_NODATA = 255


class EcoImportanceAlgorithm(EcoAlgorithm):
    SPEC = ECO_IMPORTANCE

    def _layers(self, parameters, name, context) -> List[Tuple[str, str]]:
        return [gdal_file(layer) for layer in self.parameterAsLayerList(parameters, name, context)]

    @staticmethod
    def _check_class_set(path: str, name: str, expected: str, what: str) -> None:
        ds = open_raster(path, name)
        key = ds.GetRasterBand(1).GetMetadataItem(CLASS_SET_KEY)
        if key and key != expected:
            raise InputError(
                tr(
                    "Layer {layer} is a {found} raster, not {what} ({expected}). Put it in the "
                    "list it belongs to, or choose the right layer."
                ).format(layer=name, found=key, what=what, expected=expected)
            )

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        integ = profile.get("dual.ecology.integration")
        conc = integ["concentration"]
        imp_set = class_set(profile, "importance")
        vul_set = class_set(profile, "vulnerability")
        progress = Progress(feedback)
        services = self._layers(parameters, self.SERVICES, context)
        vulns = self._layers(parameters, self.VULNERABILITIES, context)
        if not services and not vulns:
            raise QgsProcessingException(
                tr("Give at least one service-importance or vulnerability raster.")
            )
        if len(services) + len(vulns) > 32:
            raise QgsProcessingException(
                tr(
                    "At most 32 input rasters can be combined (the cause raster has 32 bits); "
                    "{n} were given."
                ).format(n=len(services) + len(vulns))
            )
        paths = self.output_paths(
            parameters,
            (
                self.OUTPUT,
                self.SERVICE_OUTPUT,
                self.VULNERABILITY_OUTPUT,
                self.CAUSE,
                self.CRITICAL_MASK,
            ),
            context,
        )
        want_polygons = parameters.get(self.CRITICAL_AREAS) not in (None, "")
        imp_lut = eimp.rank_lut(imp_set.values)
        vul_as_imp = eimp.vulnerability_rank_lut(
            vul_set.values, vul_set.codes, list(imp_set.codes), integ["vulnerability_as"]
        )
        vul_lut = eimp.rank_lut(vul_set.values)
        critical_values = [imp_set.value_of(c) for c in integ["critical"]]
        connectivity = int(profile.get("dual.patch_connectivity"))
        block_size = self.block_size(parameters, context)
        reports, log = report_log(progress)
        names = [n for _, n in services] + [n for _, n in vulns]

        ref = (services or vulns)[0]
        with (
            user_errors(),
            OutputSet(
                inputs=[p for p, _ in services + vulns],
                work_near=os.path.dirname(paths[self.OUTPUT]),
            ) as outs,
        ):
            for path, name in services:
                self._check_class_set(path, name, imp_set.key, tr("a service importance raster"))
            for path, name in vulns:
                self._check_class_set(path, name, vul_set.key, tr("a vulnerability raster"))
            grid, mask = self.prepare_grid(
                parameters, context, ref[0], ref[1], outs, progress, tr("the areas of the 极重要区")
            )
            inputs: Dict[str, object] = {}
            keys = {"s": [], "v": []}
            for prefix, layers, cset, what in (
                ("s", services, imp_set, tr("生态系统服务功能重要性 (dual.classes.importance)")),
                ("v", vulns, vul_set, tr("生态脆弱性 (dual.classes.vulnerability)")),
            ):
                for i, (path, name) in enumerate(layers):
                    # a service or vulnerability may cover part of the area by design
                    # (防风固沙, 土地沙化 only where wind erosion occurs): no warning
                    inp = open_input(path, grid, CATEGORICAL, name, log=log, partial_ok=True)
                    inp.require_codes(grid, cset.values, what, cancelled=progress.cancelled)
                    inputs[f"{prefix}{i}"] = inp
                    keys[prefix].append(f"{prefix}{i}")
            svc_keys, vul_keys = keys["s"], keys["v"]
            progress.check()

            final = self.class_output(outs, paths[self.OUTPUT], grid, imp_set, imp_set.name)
            first: Dict[str, RasterOutput] = {}
            if conc["enabled"]:
                first["prelim"] = outs.temp("prelim.tif", grid, "Byte", 0)
            else:
                first["final"] = final
            for key, param, given, cset, title in (
                (
                    "services",
                    self.SERVICE_OUTPUT,
                    svc_keys,
                    imp_set,
                    tr("Service importance (highest of the services)"),
                ),
                (
                    "vulnerabilities",
                    self.VULNERABILITY_OUTPUT,
                    vul_keys,
                    vul_set,
                    tr("Vulnerability (highest of the vulnerabilities)"),
                ),
            ):
                if paths[param] and given:
                    first[key] = self.class_output(outs, paths[param], grid, cset, title)
            if paths[self.CAUSE]:
                bits = "; ".join(f"{1 << i}: {n}" for i, n in enumerate(names))
                first["cause"] = self.value_output(
                    outs,
                    paths[self.CAUSE],
                    grid,
                    tr("Inputs reaching the class — {bits}").format(bits=bits),
                    name=tr("Cause"),
                    data_type="UInt32",
                    nodata=0,
                )
            second: Dict[str, RasterOutput] = {}
            target = second if conc["enabled"] else first
            if paths[self.CRITICAL_MASK]:
                target["mask"] = self.value_output(
                    outs,
                    paths[self.CRITICAL_MASK],
                    grid,
                    tr("生态保护极重要区 (1 = inside)"),
                    name=tr("生态保护极重要区"),
                    data_type="Byte",
                    nodata=MASK_NODATA,
                )
            if want_polygons:
                target["poly"] = outs.temp("critical.tif", grid, "Byte", 0)
            if conc["enabled"]:
                second["final"] = final
                area_tmp = outs.temp("patch_area.tif", grid, "Float32", FLOAT_NODATA)
            outs.check_space()

            def finish_outputs(values: np.ndarray, res: dict) -> dict:
                crit = eimp.critical_mask(values, critical_values)
                if "mask" in target:
                    res["mask"] = np.where(values == 0, MASK_NODATA, crit)
                if "poly" in target:
                    res["poly"] = crit
                return res

            def combine(block):
                s_ranks = [eimp.to_rank(block.values[k], block.valid[k], imp_lut) for k in svc_keys]
                v_ranks = [
                    eimp.to_rank(block.values[k], block.valid[k], vul_as_imp) for k in vul_keys
                ]
                best, cause = eimp.highest(s_ranks + v_ranks)
                values = eimp.from_rank(best, imp_set.values)
                res = {"prelim" if conc["enabled"] else "final": values}
                if "services" in first:
                    res["services"] = eimp.from_rank(eimp.highest(s_ranks)[0], imp_set.values)
                if "vulnerabilities" in first:
                    raw = [eimp.to_rank(block.values[k], block.valid[k], vul_lut) for k in vul_keys]
                    res["vulnerabilities"] = eimp.from_rank(eimp.highest(raw)[0], vul_set.values)
                if "cause" in first:
                    res["cause"] = cause
                if not conc["enabled"]:
                    finish_outputs(values, res)
                return res

            run_blocks(
                grid,
                inputs,
                first,
                combine,
                mask=mask,
                block_size=block_size,
                feedback=progress.sub(0.05, 0.55 if conc["enabled"] else 0.85),
            )
            if conc["enabled"]:
                first["prelim"].finish()
                prelim_in = open_input(
                    first["prelim"].path,
                    grid,
                    CATEGORICAL,
                    tr("preliminary importance"),
                    check_data=False,
                )
                summary = patch_metric(
                    grid,
                    prelim_in,
                    area_tmp,
                    metric="area_ha",
                    connectivity=connectivity,
                    feedback=progress.sub(0.55, 0.7),
                )
                area_tmp.finish()
                log(
                    tr(
                        "斑块集中度 correction: {n:,} patches (cells joined by {c}-connectivity)."
                    ).format(n=summary["patches"], c=connectivity)
                )
                area_in = open_input(
                    area_tmp.path, grid, CONTINUOUS, tr("patch area"), check_data=False
                )
                precision = profile.precision

                def correct(block):
                    prelim = block.values["prelim"]
                    values = eimp.concentration_correct(
                        np.where(block.valid["prelim"], prelim, 0),
                        block.values["area"] / 100.0,
                        conc,
                        list(imp_set.codes),
                        list(imp_set.values),
                        precision,
                    )
                    return finish_outputs(values, {"final": values})

                run_blocks(
                    grid,
                    {"prelim": prelim_in, "area": area_in},
                    second,
                    correct,
                    mask=mask,
                    block_size=block_size,
                    feedback=progress.sub(0.7, 0.85),
                )
            sources = self.sources(parameters, context, [self.SERVICES, self.VULNERABILITIES])
            sources["inputs"] = ", ".join(names)
            prov = self.record(parameters, context, profile, sources, grid, reports)
            prov["parameters"]["rule"] = tr(
                "highest class over the inputs; vulnerability counted as {mapping}"
            ).format(
                mapping=", ".join(
                    f"{vul_set.label_of(vul_set.value_of(k))} → "
                    f"{imp_set.label_of(imp_set.value_of(v))}"
                    for k, v in integ["vulnerability_as"].items()
                )
            )
            prov["parameters"]["concentration_correction"] = bool(conc["enabled"])
            prov["parameters"]["cause_bits"] = {str(1 << i): n for i, n in enumerate(names)}
            for out in list(first.values()) + list(second.values()):
                out.provenance = prov
            sink_id, area_ha = None, None
            if want_polygons:
                poly = (second if conc["enabled"] else first)["poly"]
                poly.finish()
                sink_id, area_ha = self._polygons(
                    parameters,
                    context,
                    grid,
                    poly.path,
                    outs.work_dir(),
                    connectivity,
                    imp_set.label_of(critical_values[0]),
                    progress.sub(0.85, 0.99),
                )
            outs.commit()
        crit_cells = sum(final.value_counts.get(v, 0) for v in critical_values)
        if area_ha is None:
            area_ha = crit_cells * grid.cell_area_m2 / 1e4
        progress.info(
            tr("生态保护极重要区: {ha:,.2f} ha ({cells:,} cells).").format(
                ha=area_ha, cells=crit_cells
            )
        )
        level_summary(final, progress)
        self.style_raster(context, paths[self.OUTPUT], profile, prov)
        for k in (self.SERVICE_OUTPUT, self.VULNERABILITY_OUTPUT):
            if paths[k]:
                self.style_raster(context, paths[k], profile, prov)
        progress.set(1.0)
        return run_results(
            prov,
            {
                self.OUTPUT: paths[self.OUTPUT],
                self.CRITICAL_AREAS: sink_id,
                self.CRITICAL_AREA_HA: area_ha,
            },
            {k: path for k, path in paths.items() if k != self.OUTPUT},
        )

    def _polygons(
        self, parameters, context, grid, raster_path, work_dir, connectivity, class_label, progress
    ) -> Tuple[str, float]:
        """Polygonise the 1-cells of ``raster_path`` into the CRITICAL_AREAS sink."""
        fields = QgsFields()
        fields.append(QgsField("id", FieldType.Int))
        fields.append(QgsField("class", FieldType.String, len=64))
        fields.append(QgsField("area_ha", FieldType.Double))
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        sink, sink_id = self.parameterAsSink(
            parameters, self.CRITICAL_AREAS, context, fields, QgsWkbTypes.Type.Polygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.CRITICAL_AREAS))
        src = gdal.Open(raster_path)
        band = src.GetRasterBand(1)
        drv = ogr.GetDriverByName("GPKG")
        vpath = os.path.join(work_dir, "critical_polygons.gpkg")
        vds = drv.CreateDataSource(vpath)
        srs = src.GetSpatialRef()
        layer = vds.CreateLayer("critical", srs=srs, geom_type=ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("dn", ogr.OFTInteger))
        options = ["8CONNECTED=8"] if connectivity == 8 else []

        def callback(done, _msg, _data):
            progress.set(0.8 * done)
            return 0 if progress.cancelled() else 1

        try:
            gdal.Polygonize(band, band.GetMaskBand(), layer, 0, options, callback=callback)
        except RuntimeError:
            progress.check()
            raise
        progress.check()
        # numbered in the raster order of each area's first cell, whatever order
        # GDAL's polygonize gives (it changed in GDAL 3.7)
        order = []
        layer.ResetReading()
        for k, f in enumerate(layer, start=1):
            if k % 1000 == 0:
                progress.check()
            order.append((first_cell_key(f.GetGeometryRef()), f.GetFID()))
        order.sort()
        total_ha = 0.0
        n = len(order)
        output = self.parameterDefinition(self.CRITICAL_AREAS).description()
        for i, (_, fid) in enumerate(order, start=1):
            if i % 1000 == 0:
                progress.check()
                progress.set(0.8 + 0.2 * i / max(n, 1))
            f = layer.GetFeature(fid)
            geom = QgsGeometry()
            geom.fromWkb(bytes(f.GetGeometryRef().ExportToWkb()))
            area = geom.area() / 1e4
            total_ha += area
            out = QgsFeature(fields)
            out.setGeometry(geom)
            out.setAttributes([i, class_label, round(area, 4)])
            add_feature(sink, out, output, tr("area {n}").format(n=i))
        layer = None
        vds = None
        src = None
        return sink_id, total_ha


def first_cell_key(polygon: ogr.Geometry) -> Tuple[float, float]:
    """Sort key of a polygonised area: (−y, x) of its first cell's top-left
    corner, the leftmost of the outer ring's topmost vertices."""
    points = polygon.GetGeometryRef(0).GetPoints()
    top = max(p[1] for p in points)
    return -top, min(p[0] for p in points if p[1] == top)
