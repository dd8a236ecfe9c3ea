"""Shared plumbing of the 双评价 raster algorithms: the analysis-grid
parameters (CRS, cell size, analysis area, block size), raster inputs and
outputs, polygon export for rasterising, styling and provenance of the
results. No method logic here: that lives in core/dual and runs through the
block engine in cc_warning_plugin/raster."""

import os
from typing import Dict, List, Optional, Tuple

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                       QgsFeatureRequest, QgsField, QgsFields, QgsProcessing,
                       QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingParameterCrs,
                       QgsProcessingParameterDefinition, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer, QgsVectorFileWriter, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ..compat import FieldType
from ..core.dual.classes import ClassSet
from ..core.errors import InputError
from ..core.profile import BUILTIN
from ..core.i18n import tr
from ..raster import (CATEGORICAL, CONTINUOUS, DEFAULT_BLOCK, Grid, OutputSet, Progress,
                      RasterInput, RasterOutput)
from ..raster.grid import crs_name, same_crs, transform_bounds
from ..raster.vector import BurntInput
from ..styles.raster_styles import apply_raster_class_style
from .base import CCAlgorithm, store_provenance
from .base import source_name as _layer_source_name


class DualAlgorithm(CCAlgorithm):
    """Base of the 双评价 raster algorithms (no ALG_ID: not registered)."""

    GROUP = "dual_evaluation"
    GRID_REFERENCE = "GRID_REFERENCE"
    GRID_CRS = "GRID_CRS"
    CELL_SIZE = "CELL_SIZE"
    MASK = "MASK"
    BLOCK_SIZE = "BLOCK_SIZE"

    def validateInputCrs(self, parameters, context):  # noqa: N802 (QGIS API)
        """Inputs in other CRSs are reprojected to the analysis grid on purpose
        (and reported), so mixed CRSs are fine. Not loading the layers here
        also keeps QGIS from writing statistics (.aux.xml) beside input files."""
        return True

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """As QGIS checks them, except that a raster given as an existing file
        path is not loaded as a layer here (loading would make QGIS write
        statistics beside the input); GDAL checks it when the run starts. The
        method profile may also be a built-in preset's name. The outputs are
        checked first, as for every algorithm (:meth:`CCAlgorithm.output_problem`)."""
        message = self.output_problem(parameters, context)
        if message:
            return False, message
        for param in self.parameterDefinitions():
            value = parameters.get(param.name())
            if isinstance(param, QgsProcessingParameterRasterLayer) and \
                    isinstance(value, str) and os.path.isfile(value):
                continue
            if param.name() == self.PROFILE and value in BUILTIN:
                continue                 # a built-in preset by name: dual_2019_draft
            if not param.checkValueIsAcceptable(value, context):
                return False, self._unacceptable(param, value)
        return True, ""

    @staticmethod
    def _unacceptable(param, value) -> str:
        """Names the parameter as the toolbox and qgis_process show it, and for a
        number the range it must lie in."""
        if isinstance(param, QgsProcessingParameterNumber) and value not in (None, ""):
            low, high = param.minimum(), param.maximum()
            accepted = (f"≥ {low:g}" if high > 1e300 else
                        f"≤ {high:g}" if low < -1e300 else f"{low:g} … {high:g}")
            return tr("{description} ({name}): {value} is not accepted; give a number "
                      "{accepted}.").format(description=param.description(),
                                            name=param.name(), value=value,
                                            accepted=accepted)
        return tr("Incorrect parameter value for {description} ({name}).").format(
            description=param.description(), name=param.name())

    # -- parameters ----------------------------------------------------------
    def add_raster_input(self, name: str, description: str, help_text: str,
                         optional: bool = False):
        p = QgsProcessingParameterRasterLayer(name, description, optional=optional)
        p.setHelp(help_text)
        self.addParameter(p)

    def add_raster_output(self, name: str, description: str, help_text: str,
                          optional: bool = False):
        p = QgsProcessingParameterRasterDestination(name, description, optional=optional,
                                                    createByDefault=not optional)
        p.setHelp(help_text)
        self.addParameter(p)

    def add_grid_parameters(self, reference: str):
        p = QgsProcessingParameterRasterLayer(
            self.GRID_REFERENCE, tr("Analysis grid from this raster (optional)"),
            optional=True)
        p.setHelp(tr("Put the result exactly on the grid (CRS, cells, extent) of another "
                     "raster, e.g. an earlier result, so that the rasters of an evaluation "
                     "line up cell for cell. Overrides the CRS and cell size below."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterCrs(
            self.GRID_CRS, tr("Analysis CRS (empty = the CRS of {ref})").format(ref=reference),
            optional=True)
        p.setHelp(tr("Projected CRS of the analysis grid, in metres (e.g. a CGCS2000 "
                     "Gauss-Kruger zone, EPSG:4513–4554). Inputs in other CRSs are "
                     "reprojected to it. A geographic CRS is refused: slope and areas need "
                     "metres."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Cell size of the analysis grid (CRS units; 0 = that of "
                               "{ref})").format(ref=reference),
            type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0)
        p.setHelp(tr("Every input is aligned to one grid: categorical inputs by nearest "
                     "neighbour, continuous ones by bilinear interpolation (or the average "
                     "of the covered cells where the grid is coarser). The run log says "
                     "what was done to each input."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MASK, tr("Analysis area (polygons; empty = the whole {ref})").format(
                ref=reference), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Cells whose centre lies outside these polygons are left out "
                     "(nodata); the grid covers their extent."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.BLOCK_SIZE, tr("Block size (cells per side)"),
            type=QgsProcessingParameterNumber.Type.Integer, defaultValue=DEFAULT_BLOCK,
            minValue=64, maxValue=8192)
        p.setHelp(tr("Rasters are processed in square blocks of this many cells a side; "
                     "memory use grows with the block, not with the raster. The default "
                     "suits a desktop with 8 GB."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(p)

    # -- inputs --------------------------------------------------------------
    def raster_path(self, parameters, name, context, optional=False) -> Tuple[str, str]:
        """(path, display name) of a raster-layer parameter. A file path is used
        as is: loading it as a QGIS layer would make QGIS compute statistics
        and write them beside the input (an .aux.xml), and inputs are never
        touched."""
        value = parameters.get(name)
        if isinstance(value, str) and value and os.path.isfile(value):
            return value, os.path.splitext(os.path.basename(value))[0]
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            if optional:
                return "", ""
            raise QgsProcessingException(self.invalidRasterError(parameters, name))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(tr(
                "Layer {layer} is served by the '{provider}' provider; the evaluations read "
                "files through GDAL. Save it as a GeoTIFF first (Export ▸ Save As).").format(
                layer=layer.name(), provider=layer.providerType()))
        return layer.source(), layer.name()

    def block_size(self, parameters, context) -> int:
        return self.parameterAsInt(parameters, self.BLOCK_SIZE, context) or DEFAULT_BLOCK

    def prepare_grid(self, parameters, context, ref_path: str, ref_name: str,
                     outs: OutputSet, progress: Progress,
                     why: str) -> Tuple[Grid, Optional[RasterInput]]:
        """The analysis grid and the analysis-area mask (or None)."""
        mask_source = self.parameterAsSource(parameters, self.MASK, context)
        fixed_path, fixed_name = self.raster_path(parameters, self.GRID_REFERENCE, context,
                                                  optional=True)
        if fixed_path:
            grid = Grid.from_raster(fixed_path, fixed_name)
            return self._finish_grid(grid, mask_source, outs, context, progress, why)
        ref = Grid.from_raster(ref_path, ref_name)
        crs = self.parameterAsCrs(parameters, self.GRID_CRS, context)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        wkt = crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED_GDAL) \
            if crs.isValid() else ref.crs_wkt
        same = same_crs(wkt, ref.crs_wkt)
        if same and not cell:
            cell = ref.cell_x
        if not cell:
            bounds = transform_bounds(ref.bounds, ref.crs_wkt, wkt)
            if bounds is None:
                raise InputError(tr("Layer {layer} cannot be transformed to {crs}. Check "
                                    "its CRS.").format(layer=ref_name, crs=crs_name(wkt)))
            estimate = (bounds[2] - bounds[0]) / ref.width
            cell = float(f"{estimate:.2g}")
            progress.info(tr("Cell size not given: {cell:g} (CRS units), about the cell of "
                             "{ref} in {crs}.").format(cell=cell, ref=ref_name,
                                                        crs=crs_name(wkt)))
        if mask_source is None and same and abs(cell - ref.cell_x) <= 1e-9 * cell and \
                abs(ref.cell_x - ref.cell_y) <= 1e-9 * cell:
            grid = ref
        else:
            if mask_source is not None:
                extent = self._mask_extent(mask_source, wkt, context)
            else:
                extent = transform_bounds(ref.bounds, ref.crs_wkt, wkt)
                if extent is None:
                    raise InputError(tr("Layer {layer} cannot be transformed to {crs}.")
                                     .format(layer=ref_name, crs=crs_name(wkt)))
            origin = (ref.x0, ref.y0) if same and abs(cell - ref.cell_x) < 1e-9 * cell \
                else (0.0, 0.0)
            grid = grid_on(wkt, cell, extent, origin)
        return self._finish_grid(grid, mask_source, outs, context, progress, why)

    def _finish_grid(self, grid, mask_source, outs, context, progress, why):
        grid.require_projected(why)
        progress.info(tr("Analysis grid: {grid}").format(grid=grid.describe()))
        mask = None
        if mask_source is not None:
            mask = self.rasterize_source(mask_source, grid, outs, "mask", context, progress,
                                         burn=1, name=tr("analysis area"))
        return grid, mask

    def _mask_extent(self, source, wkt, context):
        crs = QgsCoordinateReferenceSystem.fromWkt(wkt)
        ext = source.sourceExtent()
        if source.sourceCrs().isValid() and source.sourceCrs() != crs:
            ct = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            ext = ct.transformBoundingBox(ext)
        if ext.isEmpty():
            raise InputError(tr("The analysis area layer has no features (empty extent)."))
        return (ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum())

    def export_polygons(self, source, grid: Grid, path: str, context,
                        fields: Optional[Dict[str, object]] = None, progress=None,
                        attrs=None) -> str:
        """Write the features of ``source`` in the grid CRS to a GeoPackage
        with ``cc_id`` = 1, 2, … in feature order and the ``fields`` (name →
        QVariant type) filled by ``attrs(index, feature) -> dict`` (``None``
        leaves the feature out)."""
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        if not source.sourceCrs().isValid():
            raise InputError(tr("Layer {layer} has no CRS. Set its CRS and run again.")
                             .format(layer=source.sourceName()))
        qfields = QgsFields()
        qfields.append(QgsField("cc_id", FieldType.Int))
        for name, kind in (fields or {}).items():
            qfields.append(QgsField(name, kind))
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "polygons"
        writer = QgsVectorFileWriter.create(path, qfields, QgsWkbTypes.Type.MultiPolygon, crs,
                                            context.transformContext(), options)
        if writer.hasError():
            raise InputError(tr("Cannot write a temporary file {path}: {detail}").format(
                path=path, detail=writer.errorMessage()))
        ct = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
            if progress is not None:
                progress.check()
            row = attrs(i, feat) if attrs is not None else {}
            geom = feat.geometry()
            if row is None or geom is None or geom.isEmpty():
                continue
            geom = type(geom)(geom)
            geom.transform(ct)
            out = QgsFeature(qfields)
            out.setGeometry(geom)
            out.setAttributes([i] + [row.get(name) for name in (fields or {})])
            writer.addFeature(out)
        del writer
        return path

    def rasterize_source(self, source, grid: Grid, outs: OutputSet, tag: str, context,
                         progress: Progress, burn=None, attribute=None,
                         fields=None, attrs=None, data_type="Byte", nodata=0,
                         name: str = "", kind: str = CATEGORICAL) -> BurntInput:
        """Polygons of ``source`` as an input burnt onto the grid window by
        window when read (the polygons are exported once, in the grid CRS, to
        a GeoPackage in the run's work folder; no raster is written)."""
        gpkg = os.path.join(outs.work_dir(), f"{tag}.gpkg")
        self.export_polygons(source, grid, gpkg, context, fields, progress, attrs)
        return BurntInput(gpkg, grid, layer_name="polygons", attribute=attribute,
                          burn=burn, data_type=data_type, nodata=nodata,
                          name=name or source.sourceName(), kind=kind)

    def raster_or_units(self, parameters, context, missing: str, no_reference: str):
        """The INPUT raster, or UNITS with the FIELD to burn onto the grid of the
        REFERENCE raster: ``(in_path, in_name, ref_path, ref_name, units, field)``.
        ``missing`` / ``no_reference`` are the messages when neither is given /
        when units come without a reference raster."""
        in_path, in_name = self.raster_path(parameters, "INPUT", context, True)
        ref_path, ref_name = self.raster_path(parameters, "REFERENCE", context, True)
        units = self.parameterAsSource(parameters, "UNITS", context)
        field = self.parameterAsString(parameters, "FIELD", context)
        if not in_path and (units is None or not field):
            raise QgsProcessingException(missing)
        if not in_path and not ref_path:
            raise QgsProcessingException(no_reference)
        return in_path, in_name, ref_path, ref_name, units, field

    def unit_values(self, source, field: str, progress: Progress, divide_by_area: bool = False,
                    crs_wkt: Optional[str] = None, context=None) -> Dict[int, Optional[float]]:
        """{feature number (1-based, feature order): number} of ``field``;
        text that is not a number is refused naming the feature. With
        ``divide_by_area`` the value is divided by the feature's area in km²
        (measured in the projected ``crs_wkt``)."""
        idx = source.fields().indexOf(field)
        if idx < 0:
            raise InputError(tr("Layer {layer} has no field {field}. Choose one of: "
                                "{fields}.").format(layer=source.sourceName(), field=field,
                                                    fields=", ".join(source.fields().names())))
        ct = None
        if divide_by_area:
            crs = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
            ct = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        out = {}
        for i, feat in enumerate(source.getFeatures(QgsFeatureRequest()), start=1):
            progress.check()
            raw = feat.attributes()[idx]
            if raw is None or (isinstance(raw, QVariant) and raw.isNull()) or raw == "":
                out[i] = None
                continue
            try:
                value = float(str(raw).replace(",", ""))
            except ValueError:
                raise InputError(tr("Layer {layer}, feature {fid}: field {field} holds "
                                    "'{value}', which is not a number. Correct the value or "
                                    "leave it empty (missing).").format(
                    layer=source.sourceName(), fid=feat.id(), field=field, value=raw))
            if divide_by_area:
                geom = type(feat.geometry())(feat.geometry())
                geom.transform(ct)
                area_km2 = geom.area() / 1e6
                if area_km2 <= 0:
                    raise InputError(tr("Layer {layer}, feature {fid} has no area.").format(
                        layer=source.sourceName(), fid=feat.id()))
                value /= area_km2
            out[i] = value
        return out

    def values_raster(self, source, values: Dict[int, Optional[float]], grid: Grid,
                      outs: OutputSet, tag: str, context, progress: Progress,
                      name: str) -> BurntInput:
        """Per-feature numbers burnt onto the grid as a continuous input
        (cells of features without a value are nodata)."""
        return self.rasterize_source(
            source, grid, outs, tag, context, progress, attribute="v",
            fields={"v": FieldType.Double},
            attrs=lambda i, f: None if values.get(i) is None else {"v": values[i]},
            data_type="Float64", nodata=float("nan"), name=name, kind=CONTINUOUS)

    # -- outputs -------------------------------------------------------------
    def output_path(self, parameters, name, context) -> str:
        return self.parameterAsOutputLayer(parameters, name, context) or ""

    def class_output(self, outs: OutputSet, path: str, grid: Grid, cset: ClassSet,
                     description: str) -> RasterOutput:
        return outs.add(RasterOutput(path, grid, "Byte", 0, name=description,
                                     class_set=cset, description=description))

    def style_raster(self, context, path: str, profile, prov: dict):
        """Paletted style (from the raster's class set) and provenance when the
        result is loaded into the project."""
        if path and context.willLoadLayerOnCompletion(path):
            self.post_process(context, path, RasterStylePostProcessor(profile, prov))

    def record(self, parameters, context, profile, inputs: Dict[str, str], grid: Grid,
               reports: List[str]) -> dict:
        prov = self.provenance(parameters, context, profile, inputs)
        prov["grid"] = grid.describe()
        prov["alignment"] = list(reports)
        return prov


class RasterStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies the class-set palette and keeps provenance on a loaded raster."""

    def __init__(self, profile, prov):
        super().__init__()
        self.profile = profile
        self.prov = prov

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        apply_raster_class_style(layer, self.profile)
        store_provenance(layer, self.prov)


def source_name(value, context) -> str:
    """A readable name of an input parameter value. A file path is named as
    is (turning it into a QGIS layer would make QGIS write statistics beside
    the file); a layer (id) by its name and source."""
    if isinstance(value, str) and value and os.path.isfile(value.split("|")[0]):
        return value
    return _layer_source_name(value, context)


def grid_on(wkt: str, cell: float, extent, origin=(0.0, 0.0)) -> Grid:
    """A grid of ``cell`` over ``extent`` whose lines fall on ``origin`` +
    multiples of the cell (so a raster with that origin is read as is)."""
    ox, oy = origin
    xmin, ymin, xmax, ymax = extent
    g = Grid.from_extent(wkt, cell, xmin - ox, ymin - oy, xmax - ox, ymax - oy)
    return Grid(g.crs_wkt, g.x0 + ox, g.y0 + oy, g.cell_x, g.cell_y, g.width, g.height)


def report_log(progress: Progress):
    """The lines for the provenance's report, and a ``log(text)`` that adds a
    line and shows it in the algorithm's log."""
    reports: List[str] = []

    def log(text: str) -> None:
        reports.append(text)
        progress.info(text)
    return reports, log


def report_inputs(inputs, progress: Progress) -> None:
    """Warn about cells dropped as implausible values."""
    for inp in inputs:
        if inp is not None and inp.out_of_range:
            progress.warn(tr("{layer}: {n:,} cells held values outside the plausible range "
                             "{lo:g} … {hi:g} and were treated as nodata.").format(
                layer=inp.name, n=inp.out_of_range, lo=inp.valid_range[0],
                hi=inp.valid_range[1]))


def level_summary(out: RasterOutput, progress: Progress) -> None:
    """Log the share of every class of a class raster."""
    cs = out.class_set
    if cs is None:
        return
    shares = out.percentages()
    parts = [f"{cs.label_of(v)} {pct:.1f} %" for v, pct in shares.items() if v in cs.values]
    if parts:
        progress.info(tr("{name}: {shares}").format(name=out.name, shares=", ".join(parts)))
