"""cc_warning:dual_zonal_summary — area (km², ha, 亩) and share of every class
of a 双评价 class raster per township or county, as a layer and an xlsx/csv
table. Areas come from the projected grid: cells (by cell centre) × cell
area. The class areas per unit are also what cc_warning:dual_carrying_scale
measures its land constraint with (:func:`unit_class_areas`)."""

import tempfile
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...core.dual import zonal
from ...core.dual.classes import CLASS_SET_KEY, ClassSet, find_class_set
from ...core.errors import InputError, first_of
from ...core.gdal_open import open_raster
from ...core.i18n import tr
from ...raster import CATEGORICAL, Grid, OutputSet, Progress, open_input, reduce_blocks
from ...report.tables import write_table
from ...specs.dual import ZONAL_SUMMARY
from ..framework.common import add_feature, run_results, source_name, user_errors
from ..framework.inputs import source_label
from .base import DualAlgorithm
from ...compat import FieldType


def class_set_of_raster(path: str, profile, name: str, given: str = "") -> ClassSet:
    """The class set named by the raster's CC_WARNING_CLASS_SET (or ``given``)."""
    key = given
    if not key:
        ds = open_raster(path)
        if ds is None:
            raise InputError(
                tr(
                    "Layer {layer} cannot be read as a raster file ({path}): give the class "
                    "raster as a file (GeoTIFF), not a web or tile layer."
                ).format(layer=name, path=path)
            )
        key = ds.GetRasterBand(1).GetMetadataItem(CLASS_SET_KEY) or ""
        ds = None
    if key and not key.startswith("dual.classes."):
        key = "dual.classes." + key
    cset = find_class_set(profile, key)
    if cset is None:
        raise InputError(
            tr(
                "Layer {layer} names no class set the method profile knows (metadata "
                "CC_WARNING_CLASS_SET = '{key}'). Give the class set, e.g. levels, "
                "suitability_2, suitability_3 or importance."
            ).format(layer=name, key=key)
        )
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


def read_units(alg, parameters, context):
    """The UNITS polygons of an algorithm and their [{code, name}] rows (from
    CODE_FIELD and NAME_FIELD)."""
    units = alg.parameterAsSource(parameters, "UNITS", context)
    if units is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, "UNITS"))
    rows = unit_rows(
        units,
        alg.parameterAsString(parameters, "CODE_FIELD", context),
        alg.parameterAsString(parameters, "NAME_FIELD", context),
    )
    if not rows:
        raise QgsProcessingException(
            tr("{layer} has no features: give the unit polygons.").format(
                layer=source_label(parameters.get("UNITS"), units)
            )
        )
    return units, rows


def zonal_counts(
    grid: Grid, classes, units, values, block_size, progress
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

    return reduce_blocks(
        grid,
        {"c": classes, "u": units},
        count,
        combine,
        {},
        block_size=block_size,
        feedback=progress,
    )


def unit_class_areas(
    alg: DualAlgorithm,
    path: str,
    name: str,
    units,
    cset: ClassSet,
    context,
    progress: Progress,
    block_size: Optional[int] = None,
) -> Tuple[Grid, Dict[Tuple[int, int], int]]:
    """(grid, {(unit number, class value): cells}) of a class raster over the
    unit polygons, on the raster's own (projected) grid."""
    grid = Grid.from_raster(path, name)
    grid.require_projected(tr("the areas"))
    with OutputSet(inputs=[path], work_near=tempfile.gettempdir()) as outs:
        classes = open_input(path, grid, CATEGORICAL, name)
        ids = alg.rasterize_source(
            units,
            grid,
            outs,
            "units",
            context,
            progress,
            attribute="cc_id",
            fields={},
            data_type="UInt32",
            nodata=0,
            name=units.sourceName(),
        )
        counts = zonal_counts(
            grid, classes, ids, cset.values, block_size or 1024, progress.sub(0.1, 0.9)
        )
    return grid, counts


def units_without_cells(
    counts: Dict[Tuple[int, int], int],
    unit_list: List[Dict[str, str]],
    layer: str,
    consequence: str,
    progress: Progress,
) -> List[int]:
    """The numbers (from 1) of the units without a classified cell of the
    raster ``layer`` (outside it, or over its nodata only), named in a
    warning that ends with ``consequence``; the run is refused when no unit
    has one (the raster lies elsewhere)."""
    have = {j for (j, _), n in counts.items() if n}
    empty = [i for i in range(1, len(unit_list) + 1) if i not in have]
    if unit_list and len(empty) == len(unit_list):
        raise InputError(
            tr(
                "{layer}: no unit has a classified cell (the units lie outside the raster, or "
                "over its nodata only). Check the raster's extent and the units' CRS."
            ).format(layer=layer)
        )
    if empty:
        names = [f"{unit_list[i - 1]['code']} {unit_list[i - 1]['name']}".strip() for i in empty]
        progress.warn(
            tr(
                "{layer}: {n} unit(s) have no classified cell (they lie outside the raster, or "
                "over its nodata only): {units}. {consequence}"
            ).format(layer=layer, n=len(empty), units=first_of(names, 20), consequence=consequence)
        )
    return empty


def write_units(alg, parameters, context, units, field_kinds, rows) -> str:
    """The output sink of the units (their geometry, if any) with ``rows``
    (dicts in feature order) under ``field_kinds`` ([(name, "string" |
    "double")]); returns the destination id."""
    kinds = {"string": FieldType.String, "double": FieldType.Double}
    fields = QgsFields()
    for fname, kind in field_kinds:
        fields.append(QgsField(fname, kinds[kind]))
    sink, dest = alg.parameterAsSink(
        parameters, "OUTPUT", context, fields, units.wkbType(), units.sourceCrs()
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, "OUTPUT"))
    output = alg.parameterDefinition("OUTPUT").description()
    for row, feat in zip(rows, units.getFeatures(QgsFeatureRequest())):
        out = QgsFeature(fields)
        if units.wkbType() != QgsWkbTypes.Type.NoGeometry:
            out.setGeometry(feat.geometry())
        out.setAttributes([row.get(f) for f, _ in field_kinds])
        add_feature(sink, out, output, tr("feature {fid}").format(fid=feat.id()))
    return dest


def write_rows_table(
    path: str, rows: List[Dict], headers: List[Tuple[str, str]], sheet: str
) -> None:
    """The rows as an xlsx or csv table with the given (key, title) columns."""
    frame = pd.DataFrame(
        [{title: r[key] for key, title in headers} for r in rows],
        columns=[title for _, title in headers],
    )
    write_table(path, frame, sheet)


def table_headers() -> List[Tuple[str, str]]:
    return [
        ("unit_code", tr("Unit code")),
        ("unit_name", tr("Unit name")),
        ("class_value", tr("Class value")),
        ("class_code", tr("Class code")),
        ("class_label", tr("Class")),
        ("cells", tr("Cells")),
        ("area_km2", tr("Area (km²)")),
        ("area_ha", tr("Area (ha)")),
        ("area_mu", tr("Area (亩)")),
        ("share_pct", tr("Share (%)")),
    ]


class ZonalSummaryAlgorithm(DualAlgorithm):
    SPEC = ZONAL_SUMMARY

    def process_algorithm(self, parameters, context, feedback):
        profile = self.profile(parameters, context)
        progress = Progress(feedback)
        path, name = self.raster_path(parameters, self.INPUT, context)
        units, unit_list = read_units(self, parameters, context)
        table_path = self.parameterAsFileOutput(parameters, self.TABLE, context)
        with user_errors():
            cset = class_set_of_raster(
                path,
                profile,
                name,
                self.parameterAsString(parameters, self.CLASS_SET, context).strip(),
            )
            grid, counts = unit_class_areas(self, path, name, units, cset, context, progress)
            units_without_cells(
                counts,
                unit_list,
                name,
                tr("Their areas are 0: check the raster's extent and the units' CRS."),
                progress,
            )
        rows = zonal.area_rows(counts, unit_list, cset, grid.cell_area_m2)
        wide = zonal.wide_fields(cset)
        values = [
            dict(zonal.wide_values(rows, i, cset), unit_code=u["code"], unit_name=u["name"])
            for i, u in enumerate(unit_list, start=1)
        ]
        dest = write_units(
            self,
            parameters,
            context,
            units,
            [("unit_code", "string"), ("unit_name", "string")] + wide,
            values,
        )
        if table_path:
            with user_errors():
                write_rows_table(table_path, rows, table_headers(), tr("Class areas by unit"))
        sources = {
            self.INPUT: source_name(parameters.get(self.INPUT), context),
            self.UNITS: source_name(parameters.get(self.UNITS), context),
        }
        prov = self.record(parameters, context, profile, sources, grid, [])
        prov["parameters"]["class_set"] = cset.key
        for i, u in enumerate(unit_list, start=1):
            total = sum(n for (j, v), n in counts.items() if j == i)
            progress.info(
                tr("{unit}: {km2:.2f} km² classified").format(
                    unit=f"{u['code']} {u['name']}".strip(), km2=total * grid.cell_area_m2 / 1e6
                )
            )
        return run_results(prov, {self.OUTPUT: dest}, {self.TABLE: table_path})
