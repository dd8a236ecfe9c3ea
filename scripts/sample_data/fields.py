"""Numeric fields on the grids: smooth noise, distances, resampling between the 200 m and 400 m
grids, slopes, and the in-memory GDAL steps (rasterise, polygonise)."""

from __future__ import annotations

import math

import numpy as np
from osgeo import gdal, ogr

from .frame import COARSE, NCOLS, NROWS, Grid, srs_4527
from .shapes import top_left


def gauss_blur(a: np.ndarray, sigma: float) -> np.ndarray:
    """Separable Gaussian blur with reflected edges (plain numpy, deterministic)."""
    r = max(1, int(math.ceil(3 * sigma)))
    k = np.exp(-0.5 * (np.arange(-r, r + 1) / sigma) ** 2)
    k /= k.sum()
    p = np.pad(a, r, mode="reflect")
    tmp = np.array([np.convolve(row, k, mode="valid") for row in p])
    out = np.array([np.convolve(col, k, mode="valid") for col in tmp.T]).T
    return out


def smooth_noise(rs: np.random.RandomState, shape: tuple[int, int], sigma: float) -> np.ndarray:
    """Gaussian-filtered white noise, rescaled to mean 0 and standard deviation 1."""
    n = gauss_blur(rs.standard_normal(shape), sigma)
    return (n - n.mean()) / n.std()


def smoothstep(e0: float, e1: float, x):
    t = np.clip((np.asarray(x, dtype=float) - e0) / (e1 - e0), 0.0, 1.0)
    return t * t * (3 - 2 * t)


def polyline_distance(
    px: np.ndarray, py: np.ndarray, line: list[tuple[float, float]]
) -> np.ndarray:
    """Distance (same units as the inputs) from points to a polyline."""
    d = np.full(px.shape, np.inf)
    for (ax, ay), (bx, by) in zip(line[:-1], line[1:], strict=True):
        vx, vy = bx - ax, by - ay
        t = np.clip(((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy), 0.0, 1.0)
        d = np.minimum(d, np.hypot(px - (ax + t * vx), py - (ay + t * vy)))
    return d


def ellipse_d(x, y, e) -> np.ndarray:
    """Normalised elliptic distance (<1 inside) to an ellipse ``{c, a, b, angle}``."""
    ca, sa = math.cos(e["angle"]), math.sin(e["angle"])
    u = (x - e["c"][0]) * ca + (y - e["c"][1]) * sa
    v = -(x - e["c"][0]) * sa + (y - e["c"][1]) * ca
    return np.hypot(u / e["a"], v / e["b"])


def coarse_mean(a: np.ndarray) -> np.ndarray:
    return a.reshape(NROWS // COARSE, COARSE, NCOLS // COARSE, COARSE).mean(axis=(1, 3))


def fine_from_coarse(a: np.ndarray) -> np.ndarray:
    return np.repeat(np.repeat(a, COARSE, axis=0), COARSE, axis=1)


def slope_deg(dem: np.ndarray, cell: float) -> np.ndarray:
    gy, gx = np.gradient(dem, cell)
    return np.degrees(np.arctan(np.hypot(gx, gy)))


def mem_raster(g: Grid, dtype=gdal.GDT_Byte, fill=0) -> gdal.Dataset:
    ds = gdal.GetDriverByName("MEM").Create("", g.ncols, g.nrows, 1, dtype)
    ds.SetGeoTransform(g.gt)
    ds.SetProjection(srs_4527().ExportToWkt())
    ds.GetRasterBand(1).Fill(fill)
    return ds


def rasterize(
    geoms: list[ogr.Geometry], values: list[int], g: Grid, all_touched: bool = False
) -> np.ndarray:
    """Burn polygons into an int32 grid (cell-centre rule); later geometries overwrite earlier
    ones."""
    ds = mem_raster(g, gdal.GDT_Int32, 0)
    mds = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = mds.CreateLayer("r", srs_4527(), ogr.wkbUnknown)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    for geom, v in zip(geoms, values, strict=True):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(geom)
        f.SetField("v", int(v))
        lyr.CreateFeature(f)
    opts = ["ATTRIBUTE=v"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(ds, [1], lyr, options=opts)
    return ds.GetRasterBand(1).ReadAsArray()


def polygonize(
    arr: np.ndarray, g: Grid, mask: np.ndarray | None = None
) -> list[tuple[int, ogr.Geometry]]:
    """Polygons of equal-valued 4-connected cells, as (value, geometry), in the raster order of
    their first cell (:func:`shapes.top_left` is that cell's top-left corner); GDAL's own order
    changed in 3.7."""
    ds = mem_raster(g, gdal.GDT_Int32, 0)
    ds.GetRasterBand(1).WriteArray(arr.astype(np.int32))
    mds = None
    if mask is not None:
        mds = mem_raster(g, gdal.GDT_Byte, 0)
        mds.GetRasterBand(1).WriteArray(mask.astype(np.uint8))
    vds = ogr.GetDriverByName("Memory").CreateDataSource("")
    lyr = vds.CreateLayer("p", srs_4527(), ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(ds.GetRasterBand(1), mds.GetRasterBand(1) if mds else None, lyr, 0, [])
    out = []
    for f in lyr:
        out.append((f.GetField("v"), f.GetGeometryRef().Clone()))
    return sorted(out, key=lambda vg: top_left(vg[1]))
