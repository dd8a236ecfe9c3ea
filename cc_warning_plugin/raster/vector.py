"""Polygons burnt onto the analysis grid (an analysis mask, unit ids, per-unit
values): GDAL's rasteriser works through the raster in chunks, so memory
stays bounded. A cell belongs to a polygon when its centre lies inside it."""

from typing import Optional

from osgeo import gdal, ogr

from ..core.errors import InputError
from ..core.i18n import tr
from .grid import Grid, crs_name, same_crs
from .output import RasterOutput

ogr.UseExceptions()


def rasterize_layer(vector_path: str, grid: Grid, output: RasterOutput,
                    layer_name: Optional[str] = None, attribute: Optional[str] = None,
                    burn: Optional[float] = None, name: str = "",
                    all_touched: bool = False) -> None:
    """Burn the polygons of ``vector_path`` into ``output`` (a raster on
    ``grid``, usually an intermediate): the value of ``attribute`` or the
    constant ``burn``; other cells keep the output's nodata."""
    name = name or vector_path
    try:
        src = gdal.OpenEx(vector_path, gdal.OF_VECTOR)
    except RuntimeError as exc:
        raise InputError(tr("Layer {layer} cannot be read as a vector layer: {detail}")
                         .format(layer=name, detail=exc))
    layer = src.GetLayerByName(layer_name) if layer_name else src.GetLayer(0)
    if layer is None:
        raise InputError(tr("Layer {layer} has no sub-layer {sub}.").format(
            layer=name, sub=layer_name))
    srs = layer.GetSpatialRef()
    if srs is None:
        raise InputError(tr("Layer {layer} has no CRS. Set its CRS and run again.").format(
            layer=name))
    if not same_crs(srs.ExportToWkt(), grid.crs_wkt):
        raise InputError(tr("Layer {layer} is in {crs}, not in the analysis CRS {grid}; "
                            "it must be reprojected before it is rasterised.").format(
            layer=name, crs=crs_name(srs.ExportToWkt()), grid=crs_name(grid.crs_wkt)))
    if output._ds is None:
        output.open()
    band = output._band
    band.Fill(output.nodata)
    opts = ["ALL_TOUCHED=TRUE"] if all_touched else []
    if attribute:
        opts.append(f"ATTRIBUTE={attribute}")
        err = gdal.RasterizeLayer(output._ds, [1], layer, options=opts)
    else:
        err = gdal.RasterizeLayer(output._ds, [1], layer, burn_values=[burn], options=opts)
    if err != 0:
        raise InputError(tr("Layer {layer} could not be rasterised onto the analysis grid.")
                         .format(layer=name))
    band.FlushCache()
    src = None
