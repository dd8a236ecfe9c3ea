"""Cell counts per class value of a class raster, read block by block with
GDAL (memory bounded by the block size), and the raster's class-set
metadata. No qgis/Qt import."""

from typing import Callable, Dict, Optional, Tuple

import numpy as np
from osgeo import osr

from ..core.errors import InputError
from ..core.gdal_open import open_raster, read_array, unreadable_rows
from ..core.i18n import tr

#: Largest window read at once (cells); rasters tiled in smaller blocks are
#: read block-row by block-row.
MAX_WINDOW_CELLS = 4 * 1024 * 1024


def gdal_path(source: str) -> str:
    """The GDAL dataset name of a QGIS raster source (options after '|' dropped)."""
    return source.split("|")[0]


def _open(source: str):
    """The GDAL dataset of a raster layer's source, or None where GDAL
    cannot open it (a tile service, a WMS, a file gone), with GDAL's Python
    exceptions on or off."""
    return open_raster(gdal_path(source))


def band_metadata(source: str, band: int = 1) -> Dict[str, str]:
    """The metadata of a band and its dataset ({} for a source GDAL cannot
    open or a band it does not have)."""
    ds = _open(source)
    if ds is None:
        return {}
    if band < 1 or band > ds.RasterCount:
        return {}
    md = dict(ds.GetRasterBand(band).GetMetadata() or {})
    # dataset-level provenance and class set are accepted too
    for key, value in (ds.GetMetadata() or {}).items():
        md.setdefault(key, value)
    return md


def band_description(source: str, band: int = 1) -> str:
    ds = _open(source)
    if ds is None or band < 1 or band > ds.RasterCount:
        return ""
    return ds.GetRasterBand(band).GetDescription() or ""


def cell_area_m2(ds) -> Optional[float]:
    """Area of one cell in m², or ``None`` for a geographic or unknown CRS."""
    wkt = ds.GetProjection()
    if not wkt:
        return None
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    if not srs.IsProjected():
        return None
    gt = ds.GetGeoTransform()
    unit = srs.GetLinearUnits() or 1.0
    return abs(gt[1] * gt[5] - gt[2] * gt[4]) * unit * unit


def class_counts(
    source: str,
    band: int = 1,
    layer: str = "",
    progress: Optional[Callable[[float], None]] = None,
    cancelled: Optional[Callable[[], bool]] = None,
) -> Tuple[Dict[int, int], Optional[float]]:
    """``({value: cell count}, cell area in m² or None)`` of a class raster,
    nodata cells left out."""
    ds = _open(source)
    if ds is None:
        raise InputError(
            tr(
                "Raster '{layer}' cannot be opened ({path}). Check that the "
                "file exists and is a raster."
            ).format(layer=layer or source, path=source)
        )
    rb = ds.GetRasterBand(band)
    nodata = rb.GetNoDataValue()
    xsize, ysize = ds.RasterXSize, ds.RasterYSize
    bx, by = rb.GetBlockSize()
    rows_per_read = max(by, min(ysize, MAX_WINDOW_CELLS // max(1, xsize) // max(1, by) * by))
    rows_per_read = max(1, min(rows_per_read, ysize))
    counts: Dict[int, int] = {}
    for y0 in range(0, ysize, rows_per_read):
        if cancelled is not None and cancelled():
            raise InputError(tr("Cancelled."))
        h = min(rows_per_read, ysize - y0)
        data = read_array(rb, 0, y0, xsize, h)
        if data is None:
            raise unreadable_rows(layer or source, gdal_path(source), y0, y0 + h)
        flat = data.ravel()
        if nodata is not None:
            flat = flat[flat != nodata] if not np.isnan(nodata) else flat[~np.isnan(flat)]
        if flat.dtype.kind == "f":
            flat = flat[~np.isnan(flat)]
        values, n = np.unique(flat, return_counts=True)
        for v, k in zip(values.tolist(), n.tolist()):
            key = int(v) if float(v).is_integer() else v
            counts[key] = counts.get(key, 0) + int(k)
        if progress is not None:
            progress(100.0 * min(ysize, y0 + h) / ysize)
    return counts, cell_area_m2(ds)
