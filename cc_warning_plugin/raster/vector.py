"""Polygons burnt onto the analysis grid (an analysis mask, unit ids, per-unit
values), window by window when the engine reads them: no raster is written,
memory is bounded by the window, and the polygons are found through the
layer's spatial index. A cell belongs to a polygon when its centre lies
inside it.

Why not one intermediate GeoTIFF: GDAL 3.6 can deadlock when a GeoTIFF
written with multi-threaded compression (``NUM_THREADS``) has its blocks
read back and rewritten under a small block cache — exactly what the
rasteriser does (fill, then burn chunk by chunk). Burning each window into
memory has no such path and writes nothing to disk.
"""

from typing import Optional, Tuple

import numpy as np
from osgeo import gdal

from ..core.errors import InputError
from ..core.i18n import tr
from .grid import Grid, Window, crs_name, same_crs
from .inputs import CATEGORICAL, CONTINUOUS


_TYPES = {
    "Byte": gdal.GDT_Byte,
    "UInt16": gdal.GDT_UInt16,
    "Int16": gdal.GDT_Int16,
    "UInt32": gdal.GDT_UInt32,
    "Int32": gdal.GDT_Int32,
    "Float32": gdal.GDT_Float32,
    "Float64": gdal.GDT_Float64,
}


class BurntInput:
    """Polygons of a vector layer as an input of the block engine: reads like
    a :class:`~.inputs.RasterInput` (``read(window, halo)`` → ``(values,
    valid)``) and burns the window on demand — the value of ``attribute`` or
    the constant ``burn``; cells no polygon covers, and cells beyond the grid,
    are invalid. The layer must be in the grid's CRS."""

    warped = False
    valid_range = None

    def __init__(
        self,
        vector_path: str,
        grid: Grid,
        layer_name: Optional[str] = None,
        attribute: Optional[str] = None,
        burn: Optional[float] = None,
        data_type: str = "Byte",
        nodata: float = 0,
        name: str = "",
        kind: str = CATEGORICAL,
        all_touched: bool = False,
    ):
        if (attribute is None) == (burn is None):
            raise ValueError("give either attribute or burn")
        self.name = name or vector_path
        self.path = vector_path
        self.grid = grid
        self.kind = kind
        self.nodata = nodata
        self.dtype = data_type
        self.out_of_range = 0
        self.report = tr("{layer}: polygons burnt onto the analysis grid (cell centres).").format(
            layer=self.name
        )
        self._gdal_type = _TYPES[data_type]
        self._options = ["ALL_TOUCHED=TRUE"] if all_touched else []
        self._attribute = attribute
        self._burn = burn
        if attribute:
            self._options.append(f"ATTRIBUTE={attribute}")
        try:
            self._src = gdal.OpenEx(vector_path, gdal.OF_VECTOR)
        except RuntimeError as exc:
            raise InputError(
                tr("Layer {layer} cannot be read as a vector layer: {detail}").format(
                    layer=self.name, detail=exc
                )
            ) from exc
        layer = self._src.GetLayerByName(layer_name) if layer_name else self._src.GetLayer(0)
        if layer is None:
            raise InputError(
                tr("Layer {layer} has no sub-layer {sub}.").format(layer=self.name, sub=layer_name)
            )
        srs = layer.GetSpatialRef()
        if srs is None:
            raise InputError(
                tr("Layer {layer} has no CRS. Set its CRS and run again.").format(layer=self.name)
            )
        if not same_crs(srs.ExportToWkt(), grid.crs_wkt):
            raise InputError(
                tr(
                    "Layer {layer} is in {crs}, not in the analysis CRS {grid}; "
                    "it must be reprojected before it is rasterised."
                ).format(
                    layer=self.name, crs=crs_name(srs.ExportToWkt()), grid=crs_name(grid.crs_wkt)
                )
            )
        if attribute and layer.GetLayerDefn().GetFieldIndex(attribute) < 0:
            # GDAL would only warn and burn nothing: a silently empty input
            raise ValueError(f"layer {self.name} has no field {attribute} to burn")
        self._layer = layer
        self._mem = gdal.GetDriverByName("MEM")

    def read(self, win: Window, halo: int = 0) -> Tuple[np.ndarray, np.ndarray]:
        w = win.expand(halo) if halo else win
        values = self.burn_window(w)
        if np.dtype(values.dtype).kind == "f" and np.isnan(self.nodata):
            valid = ~np.isnan(values)
        else:
            valid = values != self.nodata
        beyond = _beyond_grid(w, self.grid)
        if beyond is not None:
            valid &= ~beyond
        if self.kind == CONTINUOUS:
            values = values.astype(np.float64, copy=False)
            values[~valid] = np.nan
        return values, valid

    def burn_window(self, w: Window) -> np.ndarray:
        """The burnt values of window ``w`` (nodata where no polygon is)."""
        g = self.grid
        x0 = g.x0 + w.xoff * g.cell_x
        y0 = g.y0 - w.yoff * g.cell_y
        ds = self._mem.Create("", w.xsize, w.ysize, 1, self._gdal_type)
        ds.SetGeoTransform((x0, g.cell_x, 0.0, y0, 0.0, -g.cell_y))
        ds.SetProjection(g.crs_wkt)
        band = ds.GetRasterBand(1)
        band.Fill(self.nodata)
        self._layer.SetSpatialFilterRect(x0, y0 - w.ysize * g.cell_y, x0 + w.xsize * g.cell_x, y0)
        try:
            if self._attribute:
                err = gdal.RasterizeLayer(ds, [1], self._layer, options=self._options)
            else:
                err = gdal.RasterizeLayer(
                    ds, [1], self._layer, burn_values=[self._burn], options=self._options
                )
        except RuntimeError:  # GDAL's exceptions on (as in every run): the same message
            err = -1
        finally:
            self._layer.SetSpatialFilter(None)
        if err != 0:
            raise InputError(
                tr("Layer {layer} could not be rasterised onto the analysis grid.").format(
                    layer=self.name
                )
            )
        values = band.ReadAsArray()
        band = None
        ds = None
        return values

    def close(self) -> None:
        self._layer = None
        self._src = None


def _beyond_grid(w: Window, grid: Grid) -> Optional[np.ndarray]:
    """Cells of ``w`` outside the grid (a halo at its edge), or None."""
    if (
        w.xoff >= 0
        and w.yoff >= 0
        and w.xoff + w.xsize <= grid.width
        and w.yoff + w.ysize <= grid.height
    ):
        return None
    cols = np.arange(w.xoff, w.xoff + w.xsize)
    rows = np.arange(w.yoff, w.yoff + w.ysize)
    return ~(
        ((rows >= 0) & (rows < grid.height))[:, None] & ((cols >= 0) & (cols < grid.width))[None, :]
    )
