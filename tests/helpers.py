"""Small data writers and readers shared by the tests: rasters on a
CGCS2000 Gauss–Krüger grid, their arrays back, CSV tables."""

import csv
import os
from typing import Dict, Iterable, List, Optional

import numpy as np
from osgeo import gdal, osr

#: origin of the test grids (CGCS2000 / 3-degree Gauss-Kruger zone 39, EPSG:4527)
X0, Y0 = 39500000.0, 4000000.0
EPSG = 4527


def wkt(epsg: int = EPSG) -> str:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    return srs.ExportToWkt()


def write_raster(
    path,
    arr,
    cell: float = 30.0,
    x0: float = X0,
    y0: float = Y0,
    epsg: Optional[int] = EPSG,
    nodata=None,
    dtype=gdal.GDT_Float64,
    metadata: Optional[Dict[str, str]] = None,
) -> str:
    """A GeoTIFF of ``arr`` (2-D, or 3-D for several bands) with square cells
    of ``cell`` CRS units and its top-left corner at (x0, y0); ``epsg=None``
    leaves the CRS out. ``metadata`` items go on every band."""
    arr = np.asarray(arr)
    bands = arr[None] if arr.ndim == 2 else arr
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), bands.shape[2], bands.shape[1], bands.shape[0], dtype
    )
    ds.SetGeoTransform((x0, cell, 0, y0, 0, -cell))
    if epsg:
        ds.SetProjection(wkt(epsg))
    for i, b in enumerate(bands, start=1):
        band = ds.GetRasterBand(i)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.WriteArray(b)
        for k, v in (metadata or {}).items():
            band.SetMetadataItem(k, v)
    ds = None
    return str(path)


def read_array(path, band: int = 1) -> np.ndarray:
    """The cells of one band of a raster."""
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(band).ReadAsArray()


def read_raster(path, band: int = 1):
    """(cells, dataset) — the dataset for metadata, nodata and colours."""
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(band).ReadAsArray(), ds


def write_csv(
    path, rows: Iterable[dict], fields: Optional[List[str]] = None, encoding: str = "utf-8"
) -> str:
    rows = list(rows)
    fields = fields or list(rows[0])
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow(r)
    return str(path)


def read_csv(path, encoding: str = "utf-8-sig") -> List[dict]:
    with open(path, newline="", encoding=encoding) as fh:
        return list(csv.DictReader(fh))


def data_path(*parts) -> str:
    """A file under tests/data."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", *parts)


def damaged_raster(path, size: int = 64, strip: int = 16, damaged: int = 2) -> str:
    """A DEFLATE GeoTIFF (EPSG:4527, 30 m cells, values 1, 2, 3 in turn) of
    ``size`` × ``size`` cells in strips of ``strip`` rows, whose strip
    ``damaged`` (rows ``damaged * strip`` on) cannot be decompressed: it
    opens, its other rows read."""
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), size, size, 1, gdal.GDT_Byte, options=["COMPRESS=DEFLATE", f"BLOCKYSIZE={strip}"]
    )
    ds.SetProjection(wkt(EPSG))
    ds.SetGeoTransform((39500000.0, 30.0, 0.0, 3300000.0, 0.0, -30.0))
    ds.GetRasterBand(1).WriteArray(
        (np.arange(size * size) % 3 + 1).reshape(size, size).astype("uint8")
    )
    ds = None
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    offset = int(band.GetMetadataItem(f"BLOCK_OFFSET_0_{damaged}", "TIFF"))
    length = int(band.GetMetadataItem(f"BLOCK_SIZE_0_{damaged}", "TIFF"))
    band = ds = None
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xff" * length)
    return str(path)


def damaged_shapefile(folder) -> str:
    """A shapefile 县界 whose three files hold no shapefile (a copy cut short
    or overwritten): OGR recognises none of it."""
    for ext in (".shp", ".shx", ".dbf"):
        with open(os.path.join(str(folder), f"县界{ext}"), "wb") as fh:
            fh.write(b"not a shapefile " * 8)
    return os.path.join(str(folder), "县界.shp")
