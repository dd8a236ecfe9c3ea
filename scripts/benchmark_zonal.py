#!/usr/bin/python3
"""Benchmark of cc_warning:dual_zonal_summary (not part of the test suite).

Builds a synthetic 双评价 class raster of N × N cells (30 m, EPSG:4527, Byte,
tiled and DEFLATE-compressed, class set suitability_2: 1 = 适宜区, 3 = 不适宜区)
and 100 square units (10 × 10, code U<row><column>), then counts the cells
of every class in every unit three ways, each in a fresh process, timing
only the work (QGIS start-up excluded):

  (a) plugin   cc_warning:dual_zonal_summary (units burnt window by window,
               one pass over the class raster; no area table);
  (b) native   native:zonalhistogram, QGIS's own per-polygon histogram;
  (c) numpy    a hand-written loop: strips of rows read with GDAL, the units
               burnt into a memory raster per strip, numpy bincount.

It prints the times, the ratios (b)/(a) and (a)/(c), the peak resident
memory (RSS) of each, and whether the three agree cell for cell.

In unit U<j><k> (row band j from the top, 0-based) the share of 适宜区 is
(j + 1)/10: the first (j + 1)·side/10 columns of every row of the unit, where
side = N/10 cells. So at N = 2000 (side 200, 36 km² per unit) unit U<j><k>
holds 3.6·(j + 1) km² of 适宜区.

  benchmark_zonal.py [--sizes 2000 5000 10000] [--work DIR] [--skip-native]

Inputs are cached in the work folder (default output/benchmark_zonal).
``--child plugin --n N`` runs one measurement and prints it as JSON (the
test of the GDAL deadlock runs it with a tiny block cache, GDAL_CACHEMAX=1).
"""

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CELL = 30.0
X0, Y0 = 39500000.0, 4000000.0
UNITS_PER_SIDE = 10
OPTS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]


# -- inputs -------------------------------------------------------------------


def suitable_columns(n: int, band_row: int) -> int:
    """Columns of 适宜区 at the left of every row of a unit in row band
    ``band_row``."""
    side = n // UNITS_PER_SIDE
    return (side // 10) * (1 + band_row % 10)


def make_inputs(n: int, folder: str) -> dict:
    """The class raster and the units of an N × N grid (N a multiple of 10)."""
    sys.path.insert(0, ROOT)
    from cc_warning_plugin.core.gdal_open import gdal_exceptions

    with gdal_exceptions():  # and as they were after (the tests call this too)
        return _make_inputs(n, folder)


def _make_inputs(n: int, folder: str) -> dict:
    import numpy as np
    from osgeo import gdal, ogr, osr

    if n % UNITS_PER_SIDE:
        raise SystemExit(f"N = {n} is not a multiple of {UNITS_PER_SIDE}")
    os.makedirs(folder, exist_ok=True)
    paths = {
        "classes": os.path.join(folder, "classes.tif"),
        "units": os.path.join(folder, "units.gpkg"),
    }
    if all(os.path.exists(p) for p in paths.values()):
        return paths
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    side = n // UNITS_PER_SIDE
    tmp = paths["classes"] + ".tmp.tif"
    ds = gdal.GetDriverByName("GTiff").Create(tmp, n, n, 1, gdal.GDT_Byte, OPTS)
    ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.SetMetadataItem("CC_WARNING_CLASS_SET", "dual.classes.suitability_2")
    col_in_unit = np.arange(n) % side
    rows = 256
    for y0 in range(0, n, rows):
        h = min(rows, n - y0)
        band_rows = (np.arange(y0, y0 + h) // side)[:, None]
        limit = (side // 10) * (1 + band_rows % 10)
        band.WriteArray(np.where(col_in_unit[None, :] < limit, 1, 3).astype(np.uint8), 0, y0)
    band = None
    ds = None
    os.replace(tmp, paths["classes"])
    tmp = paths["units"] + ".tmp.gpkg"
    if os.path.exists(tmp):
        os.remove(tmp)
    src = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
    lyr = src.CreateLayer("units", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("行政区划代码", ogr.OFTString))
    w = side * CELL
    lyr.StartTransaction()
    for j in range(UNITS_PER_SIDE):
        for k in range(UNITS_PER_SIDE):
            x, y = X0 + k * w, Y0 - j * w
            feat = ogr.Feature(lyr.GetLayerDefn())
            feat.SetField("行政区划代码", f"U{j}{k}")
            feat.SetGeometry(
                ogr.CreateGeometryFromWkt(
                    f"POLYGON(({x} {y},{x + w} {y},{x + w} {y - w},{x} {y - w},{x} {y}))"
                )
            )
            lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    src = None
    os.replace(tmp, paths["units"])
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
    """{unit code: {class value: cells}} from the plugin's layer."""
    app, plugin = init_qgis()  # noqa: F841 (kept alive)
    import processing
    from qgis.core import QgsVectorLayer

    t = time.perf_counter()
    result = processing.run(
        "cc_warning:dual_zonal_summary",
        {"INPUT": paths["classes"], "UNITS": paths["units"] + "|layername=units", "OUTPUT": out},
    )
    seconds = time.perf_counter() - t
    layer = QgsVectorLayer(result["OUTPUT"], "areas", "ogr")
    cell_km2 = CELL * CELL / 1e6
    counts = {
        f["unit_code"]: {
            1: round(f["suitable_km2"] / cell_km2),
            3: round(f["unsuitable_km2"] / cell_km2),
        }
        for f in layer.getFeatures()
    }
    del layer
    return seconds, counts


def run_native(paths, out):
    app, plugin = init_qgis()  # noqa: F841
    import processing
    from qgis.core import QgsVectorLayer

    t = time.perf_counter()
    result = processing.run(
        "native:zonalhistogram",
        {
            "INPUT_RASTER": paths["classes"],
            "RASTER_BAND": 1,
            "INPUT_VECTOR": paths["units"] + "|layername=units",
            "COLUMN_PREFIX": "HISTO_",
            "OUTPUT": out,
        },
    )
    seconds = time.perf_counter() - t
    layer = QgsVectorLayer(result["OUTPUT"], "histogram", "ogr")
    names = layer.fields().names()
    counts = {
        f["行政区划代码"]: {v: int(f[f"HISTO_{v}"]) if f"HISTO_{v}" in names else 0 for v in (1, 3)}
        for f in layer.getFeatures()
    }
    del layer
    return seconds, counts


def run_numpy(paths, out):
    """Strips of rows: GDAL read, units burnt in memory, numpy bincount."""
    import numpy as np
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    t = time.perf_counter()
    ds = gdal.Open(paths["classes"])
    band = ds.GetRasterBand(1)
    n_x, n_y = ds.RasterXSize, ds.RasterYSize
    gt = ds.GetGeoTransform()
    src = ogr.Open(paths["units"])
    lyr = src.GetLayerByName("units")
    codes = [f.GetField("行政区划代码") for f in lyr]
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    mlyr = mem.CreateLayer("u", lyr.GetSpatialRef(), ogr.wkbPolygon)
    mlyr.CreateField(ogr.FieldDefn("uid", ogr.OFTInteger))
    for i, f in enumerate(lyr, start=1):
        g = ogr.Feature(mlyr.GetLayerDefn())
        g.SetGeometry(f.GetGeometryRef().Clone())
        g.SetField("uid", i)
        mlyr.CreateFeature(g)
    k = len(codes) + 1
    acc = np.zeros(k * 256, dtype=np.int64)
    rows = max(1, (1 << 22) // n_x)
    for y0 in range(0, n_y, rows):
        h = min(rows, n_y - y0)
        zone = gdal.GetDriverByName("MEM").Create("", n_x, h, 1, gdal.GDT_Int32)
        zone.SetGeoTransform((gt[0], gt[1], 0, gt[3] + y0 * gt[5], 0, gt[5]))
        gdal.RasterizeLayer(zone, [1], mlyr, options=["ATTRIBUTE=uid"])
        z = zone.GetRasterBand(1).ReadAsArray().astype(np.int64)
        c = band.ReadAsArray(0, y0, n_x, h).astype(np.int64)
        acc += np.bincount((z * 256 + c).ravel(), minlength=k * 256)
    seconds = time.perf_counter() - t
    acc = acc.reshape(k, 256)
    counts = {code: {v: int(acc[i, v]) for v in (1, 3)} for i, code in enumerate(codes, 1)}
    return seconds, counts


def child(mode, n, work):
    paths = make_inputs(n, os.path.join(work, f"n{n}"))
    out = os.path.join(work, f"n{n}", f"out_{mode}.gpkg")
    if os.path.exists(out):
        os.remove(out)
    before = resource.getrusage(resource.RUSAGE_SELF)
    seconds, counts = {"plugin": run_plugin, "native": run_native, "numpy": run_numpy}[mode](
        paths, out
    )
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "maxrss_mib": after.ru_maxrss / 1024.0,
                "counts": counts,
                "output": out,
            }
        )
    )


def measure(mode, n, work):
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--n", str(n), "--work", work],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    if proc.returncode != 0:
        raise SystemExit(f"{mode} at N={n} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def expected_counts(n: int) -> dict:
    """Cells of 适宜区 (1) and 不适宜区 (3) per unit, from the construction."""
    side = n // UNITS_PER_SIDE
    out = {}
    for j in range(UNITS_PER_SIDE):
        suitable = suitable_columns(n, j) * side
        for k in range(UNITS_PER_SIDE):
            out[f"U{j}{k}"] = {1: suitable, 3: side * side - suitable}
    return out


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


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 5000, 10000])
    parser.add_argument("--work", default=os.path.join(ROOT, "output", "benchmark_zonal"))
    parser.add_argument(
        "--skip-native", action="store_true", help="do not run native:zonalhistogram (b)"
    )
    parser.add_argument(
        "--child", choices=["build", "plugin", "native", "numpy"], help=argparse.SUPPRESS
    )
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = os.path.abspath(args.work)
    if args.child == "build":
        make_inputs(args.n, os.path.join(work, f"n{args.n}"))
        return 0
    if args.child:
        child(args.child, args.n, work)
        return 0
    print(f"machine: {machine()}")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(
        f"{'N':>6} {'cells':>13} {'(a) plugin':>11} {'(b) native':>11} {'(c) numpy':>10} "
        f"{'b/a':>6} {'a/c':>6}   RSS MiB (a / b / c)   agree"
    )
    for n in args.sizes:
        t0 = time.perf_counter()
        # the inputs are built in a process of their own: Linux passes a
        # process's peak memory on to the processes it starts, so inputs built
        # here would show as the peak RSS of every way measured after them
        cmd = ["--child", "build", "--n", str(n), "--work", work]
        subprocess.run([sys.executable, __file__, *cmd], check=True)
        gen = time.perf_counter() - t0
        a = measure("plugin", n, work)
        c = measure("numpy", n, work)
        b = None if args.skip_native else measure("native", n, work)
        want = expected_counts(n)
        agree = all(
            {k: {int(v): x for v, x in r["counts"][k].items()} for k in want} == want
            for r in (a, b, c)
            if r is not None
        )
        b_txt = f"{b['seconds']:11.2f}" if b else f"{'—':>11}"
        ratio_b = f"{b['seconds'] / a['seconds']:6.2f}" if b else f"{'—':>6}"
        rss_b = f"{b['maxrss_mib']:.0f}" if b else "—"
        print(
            f"{n:>6} {n * n:>13,} {a['seconds']:11.2f} {b_txt} {c['seconds']:10.2f} "
            f"{ratio_b} {a['seconds'] / c['seconds']:6.2f}   "
            f"{a['maxrss_mib']:.0f} / {rss_b} / {c['maxrss_mib']:.0f}"
            f"   {'yes' if agree else 'NO'}"
            + (f"   (inputs built in {gen:.0f} s)" if gen > 1 else "")
        )
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
