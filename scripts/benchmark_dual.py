#!/usr/bin/python3
"""Benchmark of the 双评价 raster engine (not part of the test suite).

Builds synthetic inputs of N × N cells (DEM, annual precipitation, silt
content, a meteorological-hazard class raster; Float32/Byte GeoTIFFs, tiled
and DEFLATE-compressed like real data) and runs the agricultural-suitability
chain — slope → 农业耕作条件 with the silt downgrade, precipitation →
农业供水条件, land × water matrix, the hazard downgrade, 2 classes — three
ways, each in a fresh process, timing only the work (QGIS start-up excluded):

  (a) plugin   cc_warning:dual_agri_suitability from the raw layers (one
               block-wise pass; 连片度 off, as the chain above has none);
  (b) calc     the same gradings as a QGIS user would chain them today:
               native:slope, then qgis:rastercalculator for the land levels,
               the water levels and the matrix with the downgrade;
  (c) floor    a block-wise read of the same four inputs and the write of one
               Byte output with the plugin's creation options (the I/O floor).

It prints the times, the ratios (b)/(a) and (a)/(c), and the peak resident
memory (RSS) of (a). Targets: (a) ≥ 3× faster than (b); (a) ≤ 1.5 × (c);
peak RSS of (a) under 1 GiB at 10⁸ cells and not growing with N.

  benchmark_dual.py [--sizes 2000 5000 10000] [--work DIR] [--skip-calc]

Inputs are cached in the work folder (default output/benchmark) between runs.
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
OPTS_F = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE",
          "PREDICTOR=3", "BIGTIFF=IF_SAFER"]
OPTS_B = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE",
          "BIGTIFF=IF_SAFER"]


# -- inputs -------------------------------------------------------------------

def make_inputs(n: int, folder: str) -> dict:
    """DEM (m), precipitation (mm), silt (%), hazard (1–5) of n × n cells."""
    import numpy as np
    from osgeo import gdal, osr
    gdal.UseExceptions()
    os.makedirs(folder, exist_ok=True)
    paths = {k: os.path.join(folder, f"{k}.tif") for k in ("dem", "precip", "silt",
                                                            "hazard")}
    if all(os.path.exists(p) for p in paths.values()):
        return paths
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    drv = gdal.GetDriverByName("GTiff")
    dss = {}
    for k, p in paths.items():
        byte = k == "hazard"
        ds = drv.Create(p + ".tmp.tif", n, n, 1, gdal.GDT_Byte if byte else gdal.GDT_Float32,
                        OPTS_B if byte else OPTS_F)
        ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).SetNoDataValue(0 if byte else -9999.0)
        dss[k] = ds
    rows = 512
    x = (np.arange(n, dtype=np.float32) * CELL)[None, :]
    for y0 in range(0, n, rows):
        h = min(rows, n - y0)
        y = ((np.arange(y0, y0 + h, dtype=np.float32)) * CELL)[:, None]
        dem = (600 + 450 * np.sin(x / 4100) * np.cos(y / 5300) +
               120 * np.sin(x / 610 + y / 830) + 25 * np.cos(x / 97 - y / 131))
        precip = 250 + 1100 * (0.5 + 0.5 * np.sin(x / 23000 + 0.7) * np.cos(y / 19000))
        precip = precip + 0.0 * dem
        silt = 35 + 30 * np.sin(x / 1700) * np.sin(y / 2300) + 12 * np.cos(x / 410)
        silt = np.clip(silt + 0.0 * dem, 0, 100)
        hazard = (1 + ((np.sin(x / 3000) * np.cos(y / 2500) + 1) * 2.49)).astype(np.uint8) \
            + np.zeros((h, 1), dtype=np.uint8)
        for k, arr in (("dem", dem), ("precip", precip), ("silt", silt), ("hazard", hazard)):
            dss[k].GetRasterBand(1).WriteArray(arr.astype(np.uint8 if k == "hazard"
                                                          else np.float32), 0, y0)
    for k, ds in dss.items():
        ds.FlushCache()
        dss[k] = None
        os.replace(paths[k] + ".tmp.tif", paths[k])
    return paths


# -- the three runs (each in a child process) ---------------------------------

def init_qgis():
    sys.path.insert(0, ROOT)
    sys.path.append("/usr/share/qgis/python/plugins")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import cc_warning_plugin
    plugin = cc_warning_plugin.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def run_plugin(paths, out):
    app, plugin = init_qgis()   # noqa: F841 (kept alive)
    import processing
    t = time.perf_counter()
    processing.run("cc_warning:dual_agri_suitability", {
        "DEM": paths["dem"], "SILT": paths["silt"], "PRECIPITATION": paths["precip"],
        "METEOROLOGICAL_HAZARD": paths["hazard"], "CONTIGUITY": 2, "CLASSES": 1,
        "OUTPUT": out})
    return time.perf_counter() - t


MATRIX = [[1, 1, 1, 2, 5], [1, 1, 2, 3, 5], [2, 2, 3, 4, 5], [3, 4, 4, 5, 5],
          [5, 5, 5, 5, 5]]


def run_calc(paths, out):
    app, plugin = init_qgis()   # noqa: F841
    import processing
    work = os.path.dirname(out)

    def calc(expression, layers, dest):
        processing.run("qgis:rastercalculator", {"EXPRESSION": expression, "LAYERS": layers,
                                                 "CRS": "EPSG:4527", "OUTPUT": dest})

    t = time.perf_counter()
    slope = os.path.join(work, "calc_slope.tif")
    processing.run("native:slope", {"INPUT": paths["dem"], "Z_FACTOR": 1, "OUTPUT": slope})
    land0 = ('(1 + ("calc_slope@1" > 2) + ("calc_slope@1" > 6) + ("calc_slope@1" > 15) + '
             '("calc_slope@1" > 25))')
    land = os.path.join(work, "calc_land.tif")
    calc(f'("silt@1" >= 80) * 5 + ("silt@1" < 80) * ({land0} + ("silt@1" >= 60) * '
         f'({land0} < 5))', [slope, paths["silt"]], land)
    water = os.path.join(work, "calc_water.tif")
    calc('5 - ("precip@1" >= 200) - ("precip@1" >= 400) - ("precip@1" >= 800) - '
         '("precip@1" >= 1200)', [paths["precip"]], water)
    terms = " + ".join(f'("calc_land@1" = {i + 1}) * ("calc_water@1" = {j + 1}) * '
                       f'{MATRIX[i][j]}' for i in range(5) for j in range(5))
    level = f'(({terms}) + (({terms}) = 1) * ("hazard@1" = 5))'
    calc(f"({level} <= 3) * 1 + ({level} >= 4) * 3", [land, water, paths["hazard"]], out)
    return time.perf_counter() - t


def run_floor(paths, out):
    """Block-wise read of the inputs and write of one Byte output."""
    import numpy as np
    from osgeo import gdal
    sys.path.insert(0, ROOT)
    from cc_warning_plugin.raster.output import CREATION_OPTIONS
    gdal.UseExceptions()
    gdal.SetCacheMax(256 * 1024 * 1024)
    t = time.perf_counter()
    srcs = {k: gdal.Open(p) for k, p in paths.items()}
    first = srcs["dem"]
    n_x, n_y = first.RasterXSize, first.RasterYSize
    ds = gdal.GetDriverByName("GTiff").Create(
        out, n_x, n_y, 1, gdal.GDT_Byte, CREATION_OPTIONS + ["BLOCKXSIZE=256", "BLOCKYSIZE=256"])
    ds.SetGeoTransform(first.GetGeoTransform())
    ds.SetProjection(first.GetProjection())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    bs = 1024
    for y in range(0, n_y, bs):
        for x in range(0, n_x, bs):
            w, h = min(bs, n_x - x), min(bs, n_y - y)
            arrays = {k: s.GetRasterBand(1).ReadAsArray(x, y, w, h) for k, s in srcs.items()}
            band.WriteArray(np.where(arrays["precip"] > 800, 1, 3).astype(np.uint8), x, y)
    band = None
    ds = None
    return time.perf_counter() - t


def child(mode, n, work):
    paths = make_inputs(n, os.path.join(work, f"n{n}"))
    out = os.path.join(work, f"n{n}", f"out_{mode}.tif")
    for p in (out, out + ".aux.xml"):
        if os.path.exists(p):
            os.remove(p)
    before = resource.getrusage(resource.RUSAGE_SELF)
    seconds = {"plugin": run_plugin, "calc": run_calc, "floor": run_floor}[mode](paths, out)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "maxrss_mib": after.ru_maxrss / 1024.0}))


def measure(mode, n, work):
    proc = subprocess.run([sys.executable, __file__, "--child", mode, "--n", str(n),
                           "--work", work], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if proc.returncode != 0:
        raise SystemExit(f"{mode} at N={n} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def best(mode, n, work, repeat):
    """The fastest of ``repeat`` runs (a shared machine adds noise); the
    largest peak memory of them."""
    runs = [measure(mode, n, work) for _ in range(max(1, repeat))]
    fastest = min(runs, key=lambda r: r["seconds"])
    return {"seconds": fastest["seconds"], "cpu": fastest["cpu"],
            "maxrss_mib": max(r["maxrss_mib"] for r in runs)}


def machine() -> str:
    cpu = "CPU model unknown"
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3
    from osgeo import gdal
    return (f"{platform.platform()}; {os.cpu_count()} cores ({cpu}); {mem:.0f} GiB RAM; "
            f"Python {platform.python_version()}; GDAL {gdal.__version__}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 10000])
    parser.add_argument("--work", default=os.path.join(ROOT, "output", "benchmark"))
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement this many times and keep the fastest")
    parser.add_argument("--skip-calc", action="store_true",
                        help="do not run the raster-calculator chain (b)")
    parser.add_argument("--child", choices=["plugin", "calc", "floor"], help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = os.path.abspath(args.work)
    if args.child:
        child(args.child, args.n, work)
        return 0
    print(f"machine: {machine()}")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'N':>6} {'cells':>12} {'(a) plugin':>11} {'(b) calc':>9} {'(c) floor':>10} "
          f"{'b/a':>6} {'a/c':>6} {'RSS(a)':>9}   CPU s (a / b / c)")
    for n in args.sizes:
        t0 = time.perf_counter()
        make_inputs(n, os.path.join(work, f"n{n}"))
        gen = time.perf_counter() - t0
        a = best("plugin", n, work, args.repeat)
        c = best("floor", n, work, args.repeat)
        b = None if args.skip_calc else best("calc", n, work, args.repeat)
        b_txt = f"{b['seconds']:9.2f}" if b else f"{'—':>9}"
        ratio_b = f"{b['seconds'] / a['seconds']:6.2f}" if b else f"{'—':>6}"
        cpu_b = f"{b['cpu']:.1f}" if b else "—"
        print(f"{n:>6} {n * n:>12,} {a['seconds']:11.2f} {b_txt} {c['seconds']:10.2f} "
              f"{ratio_b} {a['seconds'] / c['seconds']:6.2f} {a['maxrss_mib']:7.0f} MiB"
              f"   {a['cpu']:.1f} / {cpu_b} / {c['cpu']:.1f}"
              + (f"   (inputs built in {gen:.0f} s)" if gen > 1 else ""))
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
