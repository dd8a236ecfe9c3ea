"""Writers with fixed options, so that two runs give byte-identical files: tiled DEFLATE GeoTIFFs,
UTF-8-with-BOM CSV files, and a GeoPackage whose time stamps are fixed."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

from .frame import CELL, NCOLS, NROWS, X0, Y1, srs_4527


def write_tif(path: Path, arr: np.ndarray, dtype, nodata, colours: dict | None = None):
    drv = gdal.GetDriverByName("GTiff")
    pred = "3" if dtype == gdal.GDT_Float32 else "2"
    opts = [
        "TILED=YES",
        "BLOCKXSIZE=128",
        "BLOCKYSIZE=128",
        "COMPRESS=DEFLATE",
        "ZLEVEL=9",
        f"PREDICTOR={pred}",
    ]
    if colours:
        opts = [o for o in opts if not o.startswith("PREDICTOR")]
    ds = drv.Create(str(path), NCOLS, NROWS, 1, dtype, options=opts)
    ds.SetGeoTransform((X0, CELL, 0.0, Y1, 0.0, -CELL))
    ds.SetProjection(srs_4527().ExportToWkt())
    b = ds.GetRasterBand(1)
    b.SetNoDataValue(nodata)
    # The colour table sets the TIFF photometric tag, which GDAL 3.10 refuses to
    # change once pixels are written: every tag goes before the data.
    if colours:
        ct = gdal.ColorTable()
        for k, rgb in colours.items():
            ct.SetColorEntry(int(k), (*rgb, 255))
        b.SetRasterColorTable(ct)
        b.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
    b.WriteArray(arr)
    b.FlushCache()
    ds = None


def write_csv(path: Path, header: list[str], rows: list[list]):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def fmt(v, nd: int | None) -> str:
    """A table cell: empty for a missing value, ``nd`` decimals (None: as is, 0: an integer)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if nd is None:
        return str(v)
    if nd == 0:
        return str(int(round(v)))
    return f"{v:.{nd}f}"


class Gpkg:
    """A GeoPackage in EPSG:4527, written one layer after the other."""

    def __init__(self, path: Path):
        # a fixed last_change time stamp keeps the file byte-identical from run to run
        gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-12-31T00:00:00.000Z")
        self.ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        self.srs = srs_4527()

    def layer(
        self,
        name: str,
        gtype,
        fields: list[tuple[str, int]],
        title: str,
        description: str,
        features: list[tuple[ogr.Geometry, dict]],
    ):
        lyr = self.ds.CreateLayer(
            name,
            self.srs,
            gtype,
            options=[
                "GEOMETRY_NAME=geom",
                "FID=fid",
                "SPATIAL_INDEX=YES",
                f"IDENTIFIER={title}",
                f"DESCRIPTION={description}",
            ],
        )
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        defn = lyr.GetLayerDefn()
        lyr.StartTransaction()
        for geom, attrs in features:
            f = ogr.Feature(defn)
            for k, v in attrs.items():
                f.SetField(k, v)
            f.SetGeometry(geom)
            lyr.CreateFeature(f)
        lyr.CommitTransaction()

    def close(self):
        self.ds = None
        gdal.SetConfigOption("OGR_CURRENT_DATE", None)
