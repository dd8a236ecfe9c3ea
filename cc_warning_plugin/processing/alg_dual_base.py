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

from ..core.dual.classes import ClassSet
from ..core.errors import InputError
from ..core.i18n import tr
from ..raster import (CATEGORICAL, DEFAULT_BLOCK, Grid, OutputSet, Progress, RasterInput,
                      RasterOutput, open_input)
from ..raster.grid import crs_name, same_crs, transform_bounds
from ..raster.vector import rasterize_layer
from ..styles.raster_styles import apply_raster_class_style
from .base import CCAlgorithm, _post_processors, store_provenance


class DualAlgorithm(CCAlgorithm):
    """Base of the 双评价 raster algorithms (no ALG_ID: not registered)."""

    GROUP = "dual_evaluation"
    GRID_CRS = "GRID_CRS"
    CELL_SIZE = "CELL_SIZE"
    MASK = "MASK"
    BLOCK_SIZE = "BLOCK_SIZE"

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
        p = QgsProcessingParameterCrs(
            self.GRID_CRS, tr("Analysis CRS (empty = the CRS of {ref})").format(ref=reference),
            optional=True)
        p.setHelp(tr("Projected CRS of the analysis grid, in metres (e.g. a CGCS2000 "
                     "Gauss-Kruger zone, EPSG:4513–4554). Inputs in other CRSs are "
                     "reprojected to it. A geographic CRS is refused: slope and areas need "
                     "metres."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Cell size of the analysis grid (CRS units; 0 = that of "
                               "{ref})").format(ref=reference),
            type=QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0)
        p.setHelp(tr("Every input is aligned to one grid: categorical inputs by nearest "
                     "neighbour, continuous ones by bilinear interpolation (or the average "
                     "of the covered cells where the grid is coarser). The run log says "
                     "what was done to each input."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MASK, tr("Analysis area (polygons; empty = the whole {ref})").format(
                ref=reference), [QgsProcessing.TypeVectorPolygon], optional=True)
        p.setHelp(tr("Cells whose centre lies outside these polygons are left out "
                     "(nodata); the grid covers their extent."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.BLOCK_SIZE, tr("Block size (cells per side)"),
            type=QgsProcessingParameterNumber.Integer, defaultValue=DEFAULT_BLOCK,
            minValue=64, maxValue=8192)
        p.setHelp(tr("Rasters are processed in square blocks of this many cells a side; "
                     "memory use grows with the block, not with the raster. The default "
                     "suits a desktop with 8 GB."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(p)

    # -- inputs --------------------------------------------------------------
    def raster_path(self, parameters, name, context, optional=False) -> Tuple[str, str]:
        """(path, display name) of a raster-layer parameter."""
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
        ref = Grid.from_raster(ref_path, ref_name)
        crs = self.parameterAsCrs(parameters, self.GRID_CRS, context)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL) \
            if crs.isValid() else ref.crs_wkt
        same = same_crs(wkt, ref.crs_wkt)
        mask_source = self.parameterAsSource(parameters, self.MASK, context)
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
                        values: Optional[List[dict]] = None) -> str:
        """Write the features of ``source`` in the grid CRS to a GeoPackage
        (``fields``: name → QVariant type; ``values[i]`` the attributes of
        feature i). Returns the path."""
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        if not source.sourceCrs().isValid():
            raise InputError(tr("Layer {layer} has no CRS. Set its CRS and run again.")
                             .format(layer=source.sourceName()))
        qfields = QgsFields()
        qfields.append(QgsField("cc_id", QVariant.Int))
        for name, kind in (fields or {}).items():
            qfields.append(QgsField(name, kind))
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "polygons"
        writer = QgsVectorFileWriter.create(path, qfields, QgsWkbTypes.MultiPolygon, crs,
                                            context.transformContext(), options)
        if writer.hasError():
            raise InputError(tr("Cannot write a temporary file {path}: {detail}").format(
                path=path, detail=writer.errorMessage()))
        ct = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        request = QgsFeatureRequest()
        for i, feat in enumerate(source.getFeatures(request), start=1):
            if progress is not None:
                progress.check()
            geom = feat.geometry()
            if geom is None or geom.isEmpty():
                continue
            geom = type(geom)(geom)
            geom.transform(ct)
            out = QgsFeature(qfields)
            out.setGeometry(geom)
            attrs = [i]
            row = values[i - 1] if values is not None else {}
            attrs += [row.get(name) for name in (fields or {})]
            out.setAttributes(attrs)
            writer.addFeature(out)
        del writer
        return path

    def rasterize_source(self, source, grid: Grid, outs: OutputSet, tag: str, context,
                         progress: Progress, burn=None, attribute=None,
                         fields=None, values=None, data_type="Byte", nodata=0,
                         name: str = "") -> RasterInput:
        """Polygons of ``source`` burnt onto the grid (intermediate raster)."""
        gpkg = os.path.join(outs.work_dir(), f"{tag}.gpkg")
        self.export_polygons(source, grid, gpkg, context, fields, progress, values)
        tmp = outs.temp(f"{tag}.tif", grid, data_type, nodata)
        rasterize_layer(gpkg, grid, tmp, layer_name="polygons", attribute=attribute,
                        burn=burn, name=name or source.sourceName())
        tmp.finish()
        return open_input(tmp.path, grid, CATEGORICAL, name=name or source.sourceName())

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
            post = RasterStylePostProcessor(profile, prov)
            _post_processors.append(post)
            context.layerToLoadOnCompletionDetails(path).setPostProcessor(post)

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


def grid_on(wkt: str, cell: float, extent, origin=(0.0, 0.0)) -> Grid:
    """A grid of ``cell`` over ``extent`` whose lines fall on ``origin`` +
    multiples of the cell (so a raster with that origin is read as is)."""
    ox, oy = origin
    xmin, ymin, xmax, ymax = extent
    g = Grid.from_extent(wkt, cell, xmin - ox, ymin - oy, xmax - ox, ymax - oy)
    return Grid(g.crs_wkt, g.x0 + ox, g.y0 + oy, g.cell_x, g.cell_y, g.width, g.height)


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
