"""cc_warning:dual_zonal_summary — area (km², ha, 亩) and share of every class
of a 双评价 class raster per township or county, as a layer and an xlsx/csv
table. Areas come from the projected grid: cells (by cell centre) × cell
area."""

import os
import tempfile
import uuid
from typing import Dict, List, Optional, Tuple

import numpy as np
from osgeo import gdal
from qgis.core import (QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields,
                       QgsProcessing, QgsProcessingException, QgsProcessingOutputString,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)

from ..compat import FieldType
from ..core.dual import zonal
from ..core.dual.classes import CLASS_SET_KEY, ClassSet, find_class_set
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.provenance import to_json
from ..raster import CATEGORICAL, Grid, OutputSet, Progress, open_input, reduce_blocks
from .alg_dual_base import DualAlgorithm, source_name
from .base import user_errors

UNIT_CODE_DEFAULT = "行政区划代码"


def class_set_of_raster(path: str, profile, name: str, given: str = "") -> ClassSet:
    """The class set named by the raster's CC_WARNING_CLASS_SET (or ``given``)."""
    key = given
    if not key:
        ds = gdal.Open(path)
        key = ds.GetRasterBand(1).GetMetadataItem(CLASS_SET_KEY) or ""
        ds = None
    if key and not key.startswith("dual.classes."):
        key = "dual.classes." + key
    cset = find_class_set(profile, key)
    if cset is None:
        raise InputError(tr(
            "Layer {layer} names no class set the method profile knows (metadata "
            "CC_WARNING_CLASS_SET = '{key}'). Give the class set, e.g. levels, "
            "suitability_2, suitability_3 or importance.").format(layer=name, key=key))
    return cset


def unit_rows(source, code_field: str, name_field: str) -> List[Dict[str, str]]:
    """[{code, name}] of the units in feature order (cc_id = index + 1)."""
    names = source.fields().names()
    ci = names.index(code_field) if code_field in names else -1
    ni = names.index(name_field) if name_field in names else -1
    rows = []
    for feat in source.getFeatures(QgsFeatureRequest()):
        a = feat.attributes()
        code = str(a[ci]) if ci >= 0 and a[ci] is not None else str(feat.id())
        name = str(a[ni]) if ni >= 0 and a[ni] is not None else ""
        rows.append({"code": code, "name": name})
    return rows


def zonal_counts(grid: Grid, classes, units, values, block_size, progress
                 ) -> Dict[Tuple[int, int], int]:
    """{(unit number, class value): cells} in one pass over the blocks (a
    bincount of unit × class per block: linear in the cells)."""
    vals = np.asarray(sorted(values), dtype=np.int64)
    lut = np.full(int(vals.max()) + 1 if vals.size else 1, -1, dtype=np.int64)
    lut[vals] = np.arange(vals.size)
    nv = max(1, vals.size)

    def count(block):
        c, cok = block.values["c"], block.valid["c"]
        u, uok = block.values["u"], block.valid["u"]
        ok = cok & uok & (u > 0) & (c >= 0) & (c < lut.size)
        if not ok.any():
            return {}
        idx = lut[c[ok].astype(np.int64)]
        known = idx >= 0
        key = u[ok][known].astype(np.int64) * nv + idx[known]
        if key.size == 0:
            return {}
        n = np.bincount(key)
        found = np.nonzero(n)[0]
        return {(int(k // nv), int(vals[k % nv])): int(n[k]) for k in found}

    def combine(acc, part):
        for key, n in part.items():
            acc[key] = acc.get(key, 0) + n
        return acc

    return reduce_blocks(grid, {"c": classes, "u": units}, count, combine, {},
                         block_size=block_size, feedback=progress)


def write_table(rows: List[Dict], path: str, headers: List[Tuple[str, str]]) -> None:
    """Write the long table as xlsx or csv (UTF-8 with BOM), atomically."""
    import pandas as pd
    frame = pd.DataFrame([{title: r[key] for key, title in headers} for r in rows])
    folder = os.path.dirname(os.path.abspath(path)) or "."
    os.makedirs(folder, exist_ok=True)
    ext = os.path.splitext(path)[1].lower()
    tmp = os.path.join(folder, f".{os.path.basename(path)}.partial-{uuid.uuid4().hex[:8]}{ext}")
    try:
        if ext == ".xlsx":
            frame.to_excel(tmp, index=False)
        else:
            frame.to_csv(tmp, index=False, encoding="utf-8-sig")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def table_headers() -> List[Tuple[str, str]]:
    return [("unit_code", tr("Unit code")), ("unit_name", tr("Unit name")),
            ("class_value", tr("Class value")), ("class_code", tr("Class code")),
            ("class_label", tr("Class")), ("cells", tr("Cells")),
            ("area_km2", tr("Area (km²)")), ("area_ha", tr("Area (ha)")),
            ("area_mu", tr("Area (亩)")), ("share_pct", tr("Share (%)"))]


class ZonalSummaryAlgorithm(DualAlgorithm):
    ALG_ID = "dual_zonal_summary"
    INPUT = "INPUT"
    CLASS_SET = "CLASS_SET"
    UNITS = "UNITS"
    CODE_FIELD = "CODE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"
    PROVENANCE = "PROVENANCE"

    def display_name(self):
        return tr("Class areas by unit (分区面积统计)")

    def help_text(self):
        return tr("<p>Area and share of every class of a 双评价 class raster (a level, "
                  "suitability or importance raster written by the plugin) in each township "
                  "or county. A cell belongs to the unit containing its centre; areas are "
                  "cells × cell area of the projected grid, in km², hectares and 亩 (1 亩 = "
                  "10 000/15 m²); the share is of the unit's classified cells. Every class "
                  "of the set is listed, with zero areas too.</p><p>Outputs: the units with "
                  "one km²/ha/亩/% field per class, and a long table (xlsx or csv) with one "
                  "row per unit and class plus the unit's total.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        p = QgsProcessingParameterRasterLayer(self.INPUT, tr("Class raster"))
        p.setHelp(tr("A class raster of the plugin (its class set is read from the metadata)."))
        self.addParameter(p)
        p = QgsProcessingParameterString(self.CLASS_SET, tr("Class set (optional)"),
                                         optional=True)
        p.setHelp(tr("For a raster without the plugin's metadata: the class set under "
                     "[dual.classes] its values follow (e.g. levels, suitability_2)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(self.UNITS, tr("Units (townships, counties)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon])
        p.setHelp(tr("Polygons of the evaluation units."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.CODE_FIELD, tr("Unit code field"),
                                        defaultValue=UNIT_CODE_DEFAULT,
                                        parentLayerParameterName=self.UNITS, optional=True)
        p.setHelp(tr("Field identifying each unit (default 行政区划代码; feature id if "
                     "absent)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(self.NAME_FIELD, tr("Unit name field (optional)"),
                                        parentLayerParameterName=self.UNITS, optional=True)
        p.setHelp(tr("Field with the unit's name, copied into the table."))
        self.addParameter(p)
        self.add_profile_parameter()
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Class areas by unit"),
                                              QgsProcessing.SourceType.TypeVectorPolygon)
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.TABLE, tr("Area table (xlsx or csv)"),
            fileFilter="Excel (*.xlsx);;CSV (*.csv)", optional=True, createByDefault=False)
        p.setHelp(tr("One row per unit and class plus each unit's total."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputString(self.PROVENANCE, tr("Provenance (JSON)")))

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        progress = Progress(feedback)
        path, name = self.raster_path(parameters, self.INPUT, context)
        units = self.parameterAsSource(parameters, self.UNITS, context)
        if units is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.UNITS))
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        table_path = self.parameterAsFileOutput(parameters, self.TABLE, context)
        with user_errors():
            cset = class_set_of_raster(path, profile, name,
                                       self.parameterAsString(parameters, self.CLASS_SET,
                                                              context).strip())
            rows, grid, counts = self.areas(path, name, units, code_field, name_field, cset,
                                            context, progress)
        fields = QgsFields()
        fields.append(QgsField("unit_code", FieldType.String))
        fields.append(QgsField("unit_name", FieldType.String))
        wide = zonal.wide_fields(cset)
        for fname, _ in wide:
            fields.append(QgsField(fname, FieldType.Double))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          units.wkbType(), units.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        unit_list = unit_rows(units, code_field, name_field)
        for i, (u, feat) in enumerate(zip(unit_list, units.getFeatures(QgsFeatureRequest())),
                                      start=1):
            values = zonal.wide_values(rows, i, cset)
            out = QgsFeature(fields)
            out.setGeometry(feat.geometry())
            out.setAttributes([u["code"], u["name"]] + [values.get(f) for f, _ in wide])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        if table_path:
            write_table(rows, table_path, table_headers())
        sources = {self.INPUT: source_name(parameters.get(self.INPUT), context),
                   self.UNITS: source_name(parameters.get(self.UNITS), context)}
        prov = self.record(parameters, context, profile, sources, grid, [])
        prov["parameters"]["class_set"] = cset.key
        for i, u in enumerate(unit_list, start=1):
            total = sum(n for (j, v), n in counts.items() if j == i)
            progress.info(tr("{unit}: {km2:.2f} km² classified").format(
                unit=f"{u['code']} {u['name']}".strip(),
                km2=total * grid.cell_area_m2 / 1e6))
        return {self.OUTPUT: dest, self.TABLE: table_path or None,
                self.PROVENANCE: to_json(prov)}

    def areas(self, path, name, units, code_field, name_field, cset, context, progress,
              block_size: Optional[int] = None):
        """(long rows, grid, counts) of a class raster per unit."""
        grid = Grid.from_raster(path, name)
        grid.require_projected(tr("the areas"))
        with OutputSet(inputs=[path], work_near=tempfile.gettempdir()) as outs:
            classes = open_input(path, grid, CATEGORICAL, name)
            ids = self.rasterize_source(units, grid, outs, "units", context, progress,
                                        attribute="cc_id", fields={}, data_type="UInt32",
                                        nodata=0, name=units.sourceName())
            counts = zonal_counts(grid, classes, ids, cset.values, block_size or 1024,
                                  progress.sub(0.1, 0.9))
        unit_list = unit_rows(units, code_field, name_field)
        rows = zonal.area_rows(counts, unit_list, cset, grid.cell_area_m2)
        return rows, grid, counts
