#!/usr/bin/python3
"""Benchmark of the grid methods of docs/methods_extra.md (not part of the
test suite), each against the nearest tool a QGIS user has, measured in the
same run, each run in a fresh process, timing the work only (QGIS start-up
excluded):

  flow      D8 directions + flow accumulation + LS (Desmet & Govers), block-wise
            with the tile-edge exchange   vs  GRASS r.watershed -s -a
            (accumulation + length_slope) through QGIS Processing, and the same
            plugin code on one tile holding the whole raster (plain numpy, no
            tiling: the memory a whole-raster pass needs)
  screen    construction-suitability screen (slope bands, an exclusion mask,
            hazard codes)                 vs  gdaldem slope + gdal_calc.py
  idw       station R → grid by inverse-distance weighting
                                          vs  gdal_grid -a invdist (and, alone, the R of
            30 stations from 20 years of daily rainfall)
  wyield    Budyko water yield            vs  gdal_calc.py with the same formula
  units     series trend of 100 units × 20 years × 2 indicators and their EI
                                          vs  native:zonalstatisticsfb (mean NDVI
            of the 100 units, the step that feeds those tables)

and each again as the Processing algorithm a user runs (rows marked "alg": the
plugin's provider registered in the child process, processing.run timed):

  soil·alg      cc_warning:dual_eco_soil_conservation with LS from the flow
                accumulation (directions, accumulation, LS, the service and its
                importance classes)       vs  r.watershed -s -a (as the flow row)
  screen·alg    cc_warning:construction_screen (red line as polygons, hazard
                codes)                    vs  gdaldem slope + gdal_calc.py
  erosiv·alg    cc_warning:rainfall_erosivity from the daily table of 30 stations
                (station R, then IDW)     vs  gdal_grid -a invdist (IDW only)
  wyield·alg    cc_warning:dual_eco_water_conservation with the Budyko water yield
                (and its importance classes)  vs  gdal_calc.py
  series·alg    cc_warning:series_trend (100 units × 20 years × 2 indicators) and
                cc_warning:eco_index (100 units)  vs  native:zonalstatisticsfb

It prints the times, the ratios (other / plugin) and the peak resident
memory (RSS) of each run. ``--big N`` then runs the flow directions and
accumulation once at N × N cells (default 10000: 10⁸ cells) and prints its
time and peak memory.

  benchmark_methods.py [--sizes 2000] [--big 10000 | --big 0] [--work DIR]

GRASS comes from the QGIS GRASS provider (``grass-core`` on Debian); without
it the flow row compares with the whole-raster run only. Inputs are cached
in the work folder (default output/benchmark_methods).
"""

import argparse
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELL = 30.0
X0, Y0 = 39500000.0, 4000000.0
OPTS_F = [
    "TILED=YES",
    "BLOCKXSIZE=256",
    "BLOCKYSIZE=256",
    "COMPRESS=DEFLATE",
    "PREDICTOR=3",
    "BIGTIFF=IF_SAFER",
]
OPTS_B = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
UNITS_SIDE = 10  # 10 × 10 = 100 evaluation units
STATIONS = 30
YEARS = 20
LANDCOVER = [1, 2, 4, 6, 7, 11, 12, 20, 30, 40]


# -- inputs --------------------------------------------------------------------------


def dem_rows(n, y0, h):
    """Rows y0 … y0+h of the DEM: an eastward rise of 3 m per 30 m cell, valleys
    every 600 rows, ripples; no pits (flow runs west to the edge, paths as long as
    the raster is wide)."""
    import numpy as np

    c = np.arange(n, dtype=np.float64)[None, :]
    r = np.arange(y0, y0 + h, dtype=np.float64)[:, None]
    return (
        3.0 * c
        + 400.0 * (1 - np.cos(2 * np.pi * r / 600.0))
        + 60.0 * np.sin(c / 53.0) * np.sin(r / 71.0)
    )


def make_raster_set(n, folder, names):
    import numpy as np
    from osgeo import gdal, osr

    gdal.UseExceptions()
    os.makedirs(folder, exist_ok=True)
    paths = {k: os.path.join(folder, f"{k}.tif") for k in names}
    if all(os.path.exists(p) for p in paths.values()):
        return paths
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    byte = {"redline", "hazard", "landcover"}
    dss = {}
    for k, p in paths.items():
        ds = gdal.GetDriverByName("GTiff").Create(
            p + ".tmp.tif",
            n,
            n,
            1,
            gdal.GDT_Byte if k in byte else gdal.GDT_Float32,
            OPTS_B if k in byte else OPTS_F,
        )
        ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
        ds.SetProjection(srs.ExportToWkt())
        # the red-line mask holds 0 outside: its nodata is 255, not 0
        ds.GetRasterBand(1).SetNoDataValue(255 if k == "redline" else (0 if k in byte else -9999.0))
        dss[k] = ds
    rows = 512
    lut = np.array(LANDCOVER, dtype=np.uint8)

    def row_arrays(y0, h):
        """{band: function making the rows y0 .. y0 + h of that band}."""
        c = np.arange(n, dtype=np.float64)[None, :]
        r = np.arange(y0, y0 + h, dtype=np.float64)[:, None]
        return {
            "dem": lambda: dem_rows(n, y0, h),
            "redline": lambda: (
                (((np.sin(c / 211.0) * np.cos(r / 173.0)) > 0.8).astype(np.uint8))
                + np.zeros((h, 1), np.uint8)
            ),
            "hazard": lambda: (1 + ((np.sin(c / 300.0) * np.cos(r / 250.0) + 1) * 1.99)).astype(
                np.uint8
            ),
            "precip": lambda: 500 + 900 * (0.5 + 0.5 * np.sin(c / 2300.0) * np.cos(r / 1900.0)),
            "et0": lambda: 900 + 300 * (0.5 + 0.5 * np.cos(c / 2900.0)) + 0.0 * r,
            "landcover": lambda: lut[
                ((np.sin(c / 37.0) + np.cos(r / 41.0) + 2) * 2.49).astype(np.int64) % len(lut)
            ],
            "soil": lambda: 600 + 900 * (0.5 + 0.5 * np.sin(c / 700.0 + r / 900.0)),
            "pawc": lambda: 0.1 + 0.1 * (0.5 + 0.5 * np.cos(r / 1300.0)) + 0.0 * c,
            "ndvi": lambda: 0.3 + 0.5 * (0.5 + 0.5 * np.sin(c / 500.0) * np.sin(r / 610.0)),
        }

    for y0 in range(0, n, rows):
        h = min(rows, n - y0)
        arrays = row_arrays(y0, h)
        for k in names:
            arr = np.broadcast_to(arrays[k](), (h, n))
            dss[k].GetRasterBand(1).WriteArray(
                np.ascontiguousarray(arr, dtype=np.uint8 if k in byte else np.float32), 0, y0
            )
    for k in names:
        dss[k].FlushCache()
        dss[k] = None
        os.replace(paths[k] + ".tmp.tif", paths[k])
    return paths


def make_units(n, folder):
    """100 square evaluation units over the grid (GeoPackage)."""
    from osgeo import ogr, osr

    path = os.path.join(folder, "units.gpkg")
    if os.path.exists(path):
        return path
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("code", ogr.OFTString))
    side = n * CELL / UNITS_SIDE
    for i in range(UNITS_SIDE):
        for j in range(UNITS_SIDE):
            x0, y1 = X0 + j * side, Y0 - i * side
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in (
                (x0, y1),
                (x0 + side, y1),
                (x0 + side, y1 - side),
                (x0, y1 - side),
                (x0, y1),
            ):
                ring.AddPoint_2D(x, y)
            poly = ogr.Geometry(ogr.wkbPolygon)
            poly.AddGeometry(ring)
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField("code", f"U{i:02d}{j:02d}")
            f.SetGeometry(poly)
            layer.CreateFeature(f)
    ds = None
    return path


def station_table(n):
    """Daily rainfall of STATIONS stations over YEARS years (pandas) and their
    coordinates inside the grid."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(15)
    days = pd.date_range("2001-01-01", f"{2000 + YEARS}-12-31", freq="D")
    frames = []
    for s in range(STATIONS):
        wet = rng.random(days.size) < 0.3
        p = np.where(wet, rng.gamma(0.8, 14.0, days.size), 0.0)
        frames.append(pd.DataFrame({"station": f"S{s:02d}", "date": days, "p": p}))
    xs = X0 + rng.uniform(0, n * CELL, STATIONS)
    ys = Y0 - rng.uniform(0, n * CELL, STATIONS)
    return pd.concat(frames, ignore_index=True), xs, ys


# -- runs (each in a child process) ------------------------------------------------------


def plugin_path():
    sys.path.insert(0, ROOT)


def init_qgis(grass=False):
    plugin_path()
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    if grass:
        from grassprovider.Grass7AlgorithmProvider import Grass7AlgorithmProvider
        from grassprovider.Grass7Utils import Grass7Utils

        if Grass7Utils.installedVersion() is None:
            raise SystemExit("GRASS is not installed")
        if QgsApplication.processingRegistry().providerById("grass7") is None:
            QgsApplication.processingRegistry().addProvider(Grass7AlgorithmProvider())
    return app


def init_plugin():
    """QGIS with Processing and the plugin's provider (the algorithms as a user
    runs them)."""
    app = init_qgis()
    import cc_warning_plugin

    plugin = cc_warning_plugin.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def run_alg(alg_id, params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    t = time.perf_counter()
    processing.run(
        f"cc_warning:{alg_id}", params, context=context, feedback=QgsProcessingFeedback()
    )
    return time.perf_counter() - t


def redline_polygons(paths):
    """The red-line mask as polygons (gdal_polygonize, cached), the way a
    planner has it."""
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    path = os.path.join(os.path.dirname(paths["redline"]), "redline.gpkg")
    if os.path.exists(path):
        return path
    ds = gdal.Open(paths["redline"])
    band = ds.GetRasterBand(1)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(ds.GetProjection())
    out = ogr.GetDriverByName("GPKG").CreateDataSource(path + ".tmp.gpkg")
    layer = out.CreateLayer("redline", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0)
    out = None
    ds = None
    os.replace(path + ".tmp.gpkg", path)
    return path


def station_files(n, folder):
    """The daily table of the stations as CSV and the stations as points (cached)."""
    from osgeo import ogr, osr

    csv_path = os.path.join(folder, "daily_rain.csv")
    gpkg = os.path.join(folder, "stations.gpkg")
    if os.path.exists(csv_path) and os.path.exists(gpkg):
        return csv_path, gpkg
    frame, xs, ys = station_table(n)
    frame["date"] = frame["date"].dt.strftime("%Y-%m-%d")
    frame.to_csv(csv_path + ".tmp", index=False)
    os.replace(csv_path + ".tmp", csv_path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg + ".tmp.gpkg")
    layer = ds.CreateLayer("stations", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("station", ogr.OFTString))
    for s, (x, y) in enumerate(zip(xs, ys)):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("station", f"S{s:02d}")
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(x), float(y))
        f.SetGeometry(g)
        layer.CreateFeature(f)
    ds = None
    os.replace(gpkg + ".tmp.gpkg", gpkg)
    return csv_path, gpkg


def run_soil_alg(paths, out):
    app, plugin = init_plugin()  # noqa: F841 (kept alive)
    # R from the precipitation raster's values, K from PAWC (0.1–0.2), cover from NDVI:
    # synthetic factors on the same grid; the LS from the flow accumulation
    return run_alg(
        "dual_eco_soil_conservation",
        {
            "DEM": paths["dem"],
            "R_FACTOR": paths["precip"],
            "K_FACTOR": paths["pawc"],
            "VEG_COVER": paths["ndvi"],
            "LS_METHOD": 1,
            "LS_OUTPUT": out + ".ls.tif",
            "SERVICE": out + ".service.tif",
            "OUTPUT": out,
        },
    )


def run_screen_alg(paths, out):
    app, plugin = init_plugin()  # noqa: F841
    redline = redline_polygons(paths)
    return run_alg(
        "construction_screen",
        {"DEM": paths["dem"], "ECO_REDLINE": redline, "GEOHAZARD": paths["hazard"], "OUTPUT": out},
    )


def run_erosivity_alg(paths, out):
    app, plugin = init_plugin()  # noqa: F841
    table, stations = station_files(int(paths["n"]), os.path.dirname(paths["dem"]))
    return run_alg(
        "rainfall_erosivity",
        {
            "DAILY_RAIN": table,
            "PRECIPITATION_FIELD": "p",
            "RAIN_STATIONS": stations,
            "REFERENCE": paths["dem"],
            "OUTPUT": out,
        },
    )


def run_wy_alg(paths, out):
    app, plugin = init_plugin()  # noqa: F841
    return run_alg(
        "dual_eco_water_conservation",
        {
            "PRECIPITATION": paths["precip"],
            "LANDCOVER": paths["landcover"],
            "WATER_METHOD": 1,
            "ET0": paths["et0"],
            "SOIL_DEPTH": paths["soil"],
            "PAWC": paths["pawc"],
            "SERVICE": out + ".yield.tif",
            "OUTPUT": out,
        },
    )


def unit_tables(folder):
    """The series and EI tables of run_units_plugin as CSV (cached)."""
    import numpy as np
    import pandas as pd

    series, eis = os.path.join(folder, "series.csv"), os.path.join(folder, "ei.csv")
    if os.path.exists(series) and os.path.exists(eis):
        return series, eis
    rng = np.random.default_rng(3)
    codes = [f"U{i:02d}{j:02d}" for i in range(UNITS_SIDE) for j in range(UNITS_SIDE)]
    pd.DataFrame(
        [
            {
                "unit": u,
                "year": 2001 + y,
                "EI": 55 + 0.3 * y + rng.normal(0, 1.5),
                "森林覆盖率": 30 + 0.2 * y + rng.normal(0, 0.5),
            }
            for u in codes
            for y in range(YEARS)
        ]
    ).to_csv(series, index=False)
    pd.DataFrame(
        [
            {
                "unit": u,
                "区域面积": 900.0,
                "有林地": 300.0,
                "高覆盖度草地": 100.0,
                "水田": 100.0,
                "旱地": 150.0,
                "城镇建设用地": 40.0,
                "农村居民点": 30.0,
                "NDVI均值": 0.6,
                "河流长度": 800.0,
                "水域面积": 40.0,
                "水资源量": 500.0,
                "重度及以上侵蚀面积": 20.0,
                "中度侵蚀面积": 30.0,
                "年降水量": 1200.0,
                "COD": 5000.0,
                "氨氮": 500.0,
                "SO2": 3000.0,
                "烟粉尘": 2000.0,
                "NOx": 4000.0,
                "固体废物": 100.0,
            }
            for u in codes
        ]
    ).to_csv(eis, index=False)
    return series, eis


def run_series_alg(paths, out):
    app, plugin = init_plugin()  # noqa: F841
    series, eis = unit_tables(os.path.dirname(paths["ndvi"]))
    t = run_alg(
        "series_trend",
        {
            "INPUT": series,
            "UNIT_FIELD": "unit",
            "YEAR_FIELD": "year",
            "VALUE_FIELDS": ["EI", "森林覆盖率"],
            "OUTPUT": out + ".trend.gpkg",
        },
    )
    t += run_alg("eco_index", {"INPUT": eis, "UNIT_FIELD": "unit", "OUTPUT": out + ".ei.gpkg"})
    return t


def engine_run(grid, inputs, outputs, func, halo=0, block=1024):
    from cc_warning_plugin.raster import OutputSet, run_blocks

    with OutputSet() as outs:
        for o in outputs.values():
            outs.add(o)
        run_blocks(grid, inputs, outputs, func, halo=halo, block_size=block)
        outs.commit()


def run_flow_plugin(paths, out, block=1024, with_ls=True):
    plugin_path()
    from cc_warning_plugin.core.invest import ls
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.raster import (
        CATEGORICAL,
        CONTINUOUS,
        Grid,
        OutputSet,
        RasterOutput,
        open_input,
        run_blocks,
    )
    from cc_warning_plugin.raster.flow import flow_accumulation, flow_directions

    prof = load_profile()
    t = time.perf_counter()
    grid = Grid.from_raster(paths["dem"])
    d_path, a_path = out + ".dirs.tif", out + ".acc.tif"
    with OutputSet() as outs:
        d = outs.add(RasterOutput(d_path, grid, "Byte", 255))
        # edge cells drain off the raster, as in r.watershed (the default profile's
        # "normal" rule costs the same time)
        flow_directions(
            grid,
            open_input(paths["dem"], grid, CONTINUOUS, "dem"),
            d,
            block_size=block,
            edge="outward",
        )
        outs.commit()
    with OutputSet() as outs:
        a = outs.add(RasterOutput(a_path, grid, "Float32", -1.0))
        flow_accumulation(grid, open_input(d_path, grid, CATEGORICAL, "dirs"), a, block_size=block)
        outs.commit()
    if with_ls:
        with OutputSet() as outs:
            o = outs.add(RasterOutput(out, grid, "Float32", -9999.0))
            inputs = {
                "dem": open_input(paths["dem"], grid, CONTINUOUS, "dem"),
                "acc": open_input(a_path, grid, CONTINUOUS, "acc"),
            }
            run_blocks(
                grid,
                inputs,
                {"ls": o},
                ls.block_function(prof.get("invest.ls"), grid.cell_size_m),
                halo=ls.HALO,
                block_size=block,
            )
            outs.commit()
    return time.perf_counter() - t


def run_flow_whole(paths, out):
    from osgeo import gdal

    ds = gdal.Open(paths["dem"])
    n = max(ds.RasterXSize, ds.RasterYSize)
    ds = None
    return run_flow_plugin(paths, out, block=n)


def run_flow_grass(paths, out):
    app = init_qgis(grass=True)  # noqa: F841 (kept alive)
    import processing

    t = time.perf_counter()
    # length_slope needs a basin threshold (cells); it does not change the accumulation
    processing.run(
        "grass7:r.watershed",
        {
            "elevation": paths["dem"],
            "-s": True,
            "-a": True,
            "threshold": 10000,
            "accumulation": out + ".acc.tif",
            "length_slope": out,
            "GRASS_REGION_PARAMETER": None,
            "GRASS_REGION_CELLSIZE_PARAMETER": 0,
            "GRASS_RASTER_FORMAT_OPT": "",
            "GRASS_RASTER_FORMAT_META": "",
        },
    )
    elapsed = time.perf_counter() - t
    if not (os.path.exists(out) and os.path.exists(out + ".acc.tif")):
        raise SystemExit("r.watershed wrote no output")
    return elapsed


def run_screen_plugin(paths, out):
    plugin_path()
    from cc_warning_plugin.core.construction import screen
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.raster import CATEGORICAL, CONTINUOUS, Grid, RasterOutput, open_input

    t = time.perf_counter()
    grid = Grid.from_raster(paths["dem"])
    inputs = {
        "dem": open_input(paths["dem"], grid, CONTINUOUS, "dem"),
        "eco_redline": open_input(paths["redline"], grid, CATEGORICAL, "redline"),
        "geohazard": open_input(paths["hazard"], grid, CATEGORICAL, "hazard"),
    }
    scr = screen.make_screen(load_profile(), inputs)
    outs = {
        "class": RasterOutput(out, grid, "Byte", 0),
        "score": RasterOutput(out + ".score.tif", grid, "Float32", -9999.0),
        "cause": RasterOutput(out + ".cause.tif", grid, "Byte", 255),
    }
    engine_run(grid, inputs, outs, screen.block_function(scr, grid.cell_size_m), halo=screen.HALO)
    return time.perf_counter() - t


def run_screen_gdal(paths, out):
    t = time.perf_counter()
    slope = out + ".slope.tif"
    subprocess.run(
        [
            "gdaldem",
            "slope",
            "-q",
            "-compute_edges",
            paths["dem"],
            slope,
            "-co",
            "TILED=YES",
            "-co",
            "COMPRESS=DEFLATE",
        ],
        check=True,
    )
    # slope bands ≤2 4, ≤8 3, ≤15 2, ≤25 1, else 0; red line → 0; hazard code = score;
    # min → class 3 below 2, 2 below 3, else 1
    calc = (
        "minimum(minimum(4 - (A > 2) - (A > 8) - (A > 15) - (A > 25), "
        "where(B == 1, 0, 4)), where(C > 0, C, 4))"
    )
    expr = f"where({calc} < 2, 3, where({calc} < 3, 2, 1))"
    subprocess.run(
        [
            "gdal_calc.py",
            "--quiet",
            "-A",
            slope,
            "-B",
            paths["redline"],
            "-C",
            paths["hazard"],
            "--outfile",
            out,
            "--type",
            "Byte",
            "--NoDataValue",
            "0",
            "--co",
            "TILED=YES",
            "--co",
            "COMPRESS=DEFLATE",
            "--calc",
            expr,
        ],
        check=True,
    )
    return time.perf_counter() - t


def station_r(n, folder):
    """Mean annual R of the stations (computed once, cached beside the inputs)
    and their coordinates."""
    cache = os.path.join(folder, "stations_r.json")
    if os.path.exists(cache):
        with open(cache) as fh:
            d = json.load(fh)
        return d["r"], d["x"], d["y"]
    plugin_path()
    from cc_warning_plugin.core.erosivity import daily
    from cc_warning_plugin.core.profile import load_profile

    frame, xs, ys = station_table(n)
    s = daily.Settings.from_profile(load_profile())
    recs = daily.station_erosivity(frame, "station", "p", s, date_column="date")
    d = {"r": [r["r"] for r in recs], "x": list(map(float, xs)), "y": list(map(float, ys))}
    with open(cache, "w") as fh:
        json.dump(d, fh)
    return d["r"], d["x"], d["y"]


def run_stations(paths, out):
    """R of 30 stations from 20 years of daily rainfall (the table step of the
    erosivity; no grid tool does it)."""
    plugin_path()
    from cc_warning_plugin.core.erosivity import daily
    from cc_warning_plugin.core.profile import load_profile

    frame, _, _ = station_table(int(paths["n"]))
    s = daily.Settings.from_profile(load_profile())
    t = time.perf_counter()
    daily.station_erosivity(frame, "station", "p", s, date_column="date")
    return time.perf_counter() - t


def run_idw_plugin(paths, out):
    plugin_path()
    from cc_warning_plugin.core.erosivity import idw
    from cc_warning_plugin.raster import Grid, RasterOutput

    r, xs, ys = station_r(int(paths["n"]), os.path.dirname(paths["dem"]))
    t = time.perf_counter()
    grid = Grid.from_raster(paths["dem"])
    engine_run(
        grid,
        {},
        {"r": RasterOutput(out, grid, "Float32", -9999.0)},
        idw.block_function(xs, ys, r, 2.0),
    )
    return time.perf_counter() - t


def run_idw_gdal(paths, out):
    n = int(paths["n"])
    r, xs, ys = station_r(n, os.path.dirname(paths["dem"]))
    csv = out + ".csv"
    with open(csv, "w") as fh:
        fh.write("x,y,r\n")
        for x, y, v in zip(xs, ys, r):
            fh.write(f"{x},{y},{v}\n")
    vrt = out + ".vrt"
    with open(vrt, "w") as fh:
        fh.write(
            f'<OGRVRTDataSource><OGRVRTLayer name="{os.path.basename(csv)[:-4]}">'
            f"<SrcDataSource>{csv}</SrcDataSource><GeometryType>wkbPoint</GeometryType>"
            '<GeometryField encoding="PointFromColumns" x="x" y="y" z="r"/>'
            "</OGRVRTLayer></OGRVRTDataSource>"
        )
    t = time.perf_counter()
    subprocess.run(
        [
            "gdal_grid",
            "-q",
            "-a",
            "invdist:power=2.0:smoothing=0.0",
            "-zfield",
            "r",
            "-txe",
            str(X0),
            str(X0 + n * CELL),
            "-tye",
            str(Y0),
            str(Y0 - n * CELL),
            "-outsize",
            str(n),
            str(n),
            "-ot",
            "Float32",
            "-co",
            "TILED=YES",
            "-co",
            "COMPRESS=DEFLATE",
            "-l",
            os.path.basename(csv)[:-4],
            vrt,
            out,
        ],
        check=True,
    )
    return time.perf_counter() - t


def wy_inputs(paths, grid):
    from cc_warning_plugin.raster import CATEGORICAL, CONTINUOUS, open_input

    return {
        "precipitation": open_input(paths["precip"], grid, CONTINUOUS, "p"),
        "et0": open_input(paths["et0"], grid, CONTINUOUS, "et0"),
        "landcover": open_input(paths["landcover"], grid, CATEGORICAL, "lc"),
        "soil_depth": open_input(paths["soil"], grid, CONTINUOUS, "soil"),
        "pawc": open_input(paths["pawc"], grid, CONTINUOUS, "pawc"),
    }


def run_wy_plugin(paths, out):
    plugin_path()
    from cc_warning_plugin.core.invest import water_yield
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.raster import Grid, RasterOutput

    sec = load_profile().get("invest.water_yield")
    t = time.perf_counter()
    grid = Grid.from_raster(paths["dem"])
    engine_run(
        grid,
        wy_inputs(paths, grid),
        {
            "yield": RasterOutput(out, grid, "Float32", -9999.0),
            "aet": RasterOutput(out + ".aet.tif", grid, "Float32", -9999.0),
        },
        water_yield.block_function(sec),
    )
    return time.perf_counter() - t


def run_wy_gdal(paths, out):
    plugin_path()
    from cc_warning_plugin.core.invest import water_yield
    from cc_warning_plugin.core.profile import load_profile

    sec = load_profile().get("invest.water_yield")
    kc, root, veg = water_yield.biophysical_tables(sec)
    lut = {
        name: [t.get(i, 0.0) for i in range(256)]
        for name, t in (("kc", kc), ("root", root), ("veg", veg))
    }
    k = f"take(array({lut['kc']}), D)"
    rd = f"take(array({lut['root']}), D)"
    vg = f"take(array({lut['veg']}), D)"
    phi = f"({k} * B / A)"
    w = f"minimum({sec['z']} * minimum(E, {rd}) * F / A + {sec['omega_min']}, {sec['omega_max']})"
    fu = f"(1 + {phi} - power(1 + power({phi}, {w}), 1 / {w}))"
    frac = f"where({vg} > 0.5, minimum({phi}, {fu}), minimum({k} * B, A) / A)"
    t = time.perf_counter()
    subprocess.run(
        [
            "gdal_calc.py",
            "--quiet",
            "-A",
            paths["precip"],
            "-B",
            paths["et0"],
            "-D",
            paths["landcover"],
            "-E",
            paths["soil"],
            "-F",
            paths["pawc"],
            "--outfile",
            out,
            "--type",
            "Float32",
            "--NoDataValue",
            "-9999",
            "--co",
            "TILED=YES",
            "--co",
            "COMPRESS=DEFLATE",
            "--calc",
            f"(1 - {frac}) * A",
        ],
        check=True,
    )
    return time.perf_counter() - t


def run_units_plugin(paths, out):
    plugin_path()
    import numpy as np
    import pandas as pd
    from cc_warning_plugin.core.eco_index import ei
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.core.series import trend

    prof = load_profile()
    rng = np.random.default_rng(3)
    codes = [f"U{i:02d}{j:02d}" for i in range(UNITS_SIDE) for j in range(UNITS_SIDE)]
    rows = [
        {
            "unit": u,
            "year": 2001 + y,
            "EI": 55 + 0.3 * y + rng.normal(0, 1.5),
            "森林覆盖率": 30 + 0.2 * y + rng.normal(0, 0.5),
        }
        for u in codes
        for y in range(YEARS)
    ]
    frame = pd.DataFrame(rows)
    ei_rows = pd.DataFrame(
        [
            {
                "unit": u,
                "区域面积": 900.0,
                "有林地": 300.0,
                "高覆盖度草地": 100.0,
                "水田": 100.0,
                "旱地": 150.0,
                "城镇建设用地": 40.0,
                "农村居民点": 30.0,
                "NDVI均值": 0.6,
                "河流长度": 800.0,
                "水域面积": 40.0,
                "水资源量": 500.0,
                "重度及以上侵蚀面积": 20.0,
                "中度侵蚀面积": 30.0,
                "年降水量": 1200.0,
                "COD": 5000.0,
                "氨氮": 500.0,
                "SO2": 3000.0,
                "烟粉尘": 2000.0,
                "NOx": 4000.0,
                "固体废物": 100.0,
            }
            for u in codes
        ]
    )
    t = time.perf_counter()
    series = trend.series_from_long(frame, "unit", "year", ["EI", "森林覆盖率"])
    recs = trend.trend_table(series, prof)
    eis = ei.eco_index_table(ei_rows, prof, "unit")
    elapsed = time.perf_counter() - t
    with open(out + ".json", "w", encoding="utf-8") as fh:
        json.dump({"trend": len(recs), "ei": len(eis)}, fh)
    return elapsed


def run_units_zonal(paths, out):
    app = init_qgis()  # noqa: F841
    import processing

    units = make_units(int(paths["n"]), os.path.dirname(paths["ndvi"]))
    t = time.perf_counter()
    processing.run(
        "native:zonalstatisticsfb",
        {
            "INPUT": units,
            "INPUT_RASTER": paths["ndvi"],
            "RASTER_BAND": 1,
            "COLUMN_PREFIX": "ndvi_",
            "STATISTICS": [2],
            "OUTPUT": out + ".gpkg",
        },
    )
    return time.perf_counter() - t


def run_flow_big(paths, out):
    return run_flow_plugin(paths, out, with_ls=False)


RUNS = {
    "flow_plugin": (run_flow_plugin, ["dem"]),
    "flow_whole": (run_flow_whole, ["dem"]),
    "flow_grass": (run_flow_grass, ["dem"]),
    "screen_plugin": (run_screen_plugin, ["dem", "redline", "hazard"]),
    "screen_gdal": (run_screen_gdal, ["dem", "redline", "hazard"]),
    "idw_plugin": (run_idw_plugin, ["dem"]),
    "idw_gdal": (run_idw_gdal, ["dem"]),
    "stations": (run_stations, ["dem"]),
    "wy_plugin": (run_wy_plugin, ["dem", "precip", "et0", "landcover", "soil", "pawc"]),
    "wy_gdal": (run_wy_gdal, ["dem", "precip", "et0", "landcover", "soil", "pawc"]),
    "units_plugin": (run_units_plugin, ["ndvi"]),
    "units_zonal": (run_units_zonal, ["ndvi"]),
    "flow_big": (run_flow_big, ["dem"]),
    "soil_alg": (run_soil_alg, ["dem", "precip", "pawc", "ndvi"]),
    "screen_alg": (run_screen_alg, ["dem", "redline", "hazard"]),
    "erosivity_alg": (run_erosivity_alg, ["dem"]),
    "wy_alg": (run_wy_alg, ["dem", "precip", "et0", "landcover", "soil", "pawc"]),
    "series_alg": (run_series_alg, ["ndvi"]),
}


def child(mode, n, work):
    func, names = RUNS[mode]
    folder = os.path.join(work, f"n{n}")
    paths = make_raster_set(n, folder, names)
    paths["n"] = str(n)
    out = os.path.join(folder, f"out_{mode}.tif")
    for p in (out, out + ".aux.xml"):
        if os.path.exists(p):
            os.remove(p)
    before = resource.getrusage(resource.RUSAGE_SELF)
    res = func(paths, out)
    extra = {}
    if isinstance(res, tuple):
        res, extra = res
    after = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (
        (after.ru_utime - before.ru_utime)
        + (after.ru_stime - before.ru_stime)
        + kids.ru_utime
        + kids.ru_stime
    )
    rss = max(after.ru_maxrss, kids.ru_maxrss) / 1024.0
    print(json.dumps(dict(extra, seconds=res, cpu=cpu, maxrss_mib=rss)))


def measure(mode, n, work):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        GDAL_PAM_ENABLED="NO",
        QGIS_CUSTOM_CONFIG_PATH=os.path.join(work, "qgis_profile"),
    )
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--n", str(n), "--work", work],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        return {"error": (proc.stderr or proc.stdout)[-400:].strip()}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = "CPU model unknown"
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    from osgeo import gdal

    return (
        f"{platform.platform()}; {os.cpu_count()} cores ({cpu}); {mem:.0f} GiB RAM; "
        f"Python {platform.python_version()}; GDAL {gdal.__version__}"
    )


def fmt(r):
    if "error" in r:
        return f"{'failed':>17}"
    return f"{r['seconds']:7.2f}s ({r['cpu']:5.1f})"


def agreement(name, n, work):
    """How far the plugin's output is from the other tool's (same inputs)."""
    import numpy as np
    from osgeo import gdal

    folder = os.path.join(work, f"n{n}")
    files = {
        "flow": ("out_flow_plugin.tif.acc.tif", "out_flow_grass.tif.acc.tif"),
        "screen": ("out_screen_plugin.tif", "out_screen_gdal.tif"),
        "idw": ("out_idw_plugin.tif", "out_idw_gdal.tif"),
        "wyield": ("out_wy_plugin.tif", "out_wy_gdal.tif"),
        "screen·alg": ("out_screen_alg.tif", "out_screen_gdal.tif"),
        "erosiv·alg": ("out_erosivity_alg.tif", "out_idw_gdal.tif"),
        "wyield·alg": ("out_wy_alg.tif.yield.tif", "out_wy_gdal.tif"),
    }
    if name not in files:
        return ""
    arrays = []
    for f in files[name]:
        path = os.path.join(folder, f)
        if not os.path.exists(path):
            return ""
        ds = gdal.Open(path)
        band = ds.GetRasterBand(1)
        a = band.ReadAsArray().astype(np.float64)
        nd = band.GetNoDataValue()
        if nd is not None:
            a[a == nd] = np.nan
        ds = None
        arrays.append(a)
    a, b = arrays
    if name in ("flow", "screen", "screen·alg"):
        both = ~np.isnan(a) & ~np.isnan(b)
        text = f"   same value in {100.0 * np.mean(a[both] == b[both]):.3f} % of the cells"
        if name == "flow":
            means = []
            for f in ("out_flow_plugin.tif", "out_flow_grass.tif"):
                ds = gdal.Open(os.path.join(folder, f))
                band = ds.GetRasterBand(1)
                ls = band.ReadAsArray().astype(np.float64)
                nd = band.GetNoDataValue()
                ds = None
                means.append(
                    np.nanmean(np.where(ls == nd, np.nan, ls)) if nd is not None else np.nanmean(ls)
                )
            text += f"; mean LS {means[0]:.2f} (plugin) and {means[1]:.2f} (r.watershed)"
        return text
    rel = np.nanmax(np.abs(a - b) / np.maximum(np.abs(b), 1e-9))
    return f"   largest relative difference {rel:.2e}"


PAIRS = [
    ("flow", "flow_plugin", ["flow_grass", "flow_whole"]),
    ("screen", "screen_plugin", ["screen_gdal"]),
    ("idw", "idw_plugin", ["idw_gdal"]),
    ("wyield", "wy_plugin", ["wy_gdal"]),
    ("units", "units_plugin", ["units_zonal"]),
    # the same methods as the Processing algorithms a user runs
    ("soil·alg", "soil_alg", ["flow_grass"]),
    ("screen·alg", "screen_alg", ["screen_gdal"]),
    ("erosiv·alg", "erosivity_alg", ["idw_gdal"]),
    ("wyield·alg", "wy_alg", ["wy_gdal"]),
    ("series·alg", "series_alg", ["units_zonal"]),
]


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000])
    parser.add_argument(
        "--big", type=int, default=10000, help="side of the one large flow run (0: none)"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=[p[0].replace("·", "-") for p in PAIRS],
        help="run these rows only",
    )
    parser.add_argument("--work", default=os.path.join(ROOT, "output", "benchmark_methods"))
    parser.add_argument("--child", choices=sorted(RUNS), help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = os.path.abspath(args.work)
    if args.child:
        child(args.child, args.n, work)
        return 0
    print(f"machine: {machine()}")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for n in args.sizes:
        print(f"\nN = {n} ({n * n:,} cells of {CELL:g} m)")
        print(
            f"{'method':<8} {'plugin s (CPU s)':>17} {'RSS':>9}   other runs: time s (CPU s), "
            f"other/plugin, RSS"
        )
        for name, mine, others in PAIRS:
            if args.only and name.replace("·", "-") not in args.only:
                continue
            a = measure(mine, n, work)
            line = f"{name:<8} {fmt(a)} "
            line += f"{a['maxrss_mib']:6.0f} MiB" if "error" not in a else " " * 10
            for o in others:
                b = measure(o, n, work)
                if "error" in b:
                    line += f"   {o}: not run ({b['error'].splitlines()[-1][:80]})"
                    continue
                ratio = b["seconds"] / a["seconds"] if "error" not in a else math.nan
                line += (
                    f"   {o}: {b['seconds']:.2f} ({b['cpu']:.1f}) ×{ratio:.2f} "
                    f"{b['maxrss_mib']:.0f} MiB"
                )
            if name == "idw":
                st = measure("stations", n, work)
                if "error" not in st:
                    line += (
                        f"   (station R of {STATIONS} stations × {YEARS} years of daily "
                        f"rainfall: {st['seconds']:.2f} s)"
                    )
            print(line + agreement(name, n, work), flush=True)
    if args.big:
        n = args.big
        t0 = time.perf_counter()
        make_raster_set(n, os.path.join(work, f"n{n}"), ["dem"])
        gen = time.perf_counter() - t0
        r = measure("flow_big", n, work)
        if "error" in r:
            print(f"\nflow at N = {n}: failed: {r['error']}")
        else:
            print(
                f"\nflow directions + accumulation at N = {n} ({n * n:,} cells): "
                f"{r['seconds']:.1f} s, CPU {r['cpu']:.1f} s, peak RSS "
                f"{r['maxrss_mib']:.0f} MiB" + (f" (DEM built in {gen:.0f} s)" if gen > 1 else "")
            )
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
