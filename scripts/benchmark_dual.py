#!/usr/bin/python3
"""Benchmark of the 双评价 raster engine (not part of the test suite).

Builds synthetic inputs of N × N cells (DEM, annual precipitation, silt
content, a meteorological-hazard class raster; Float32/Byte GeoTIFFs, tiled
and DEFLATE-compressed like real data) and runs the agricultural-suitability
chain — slope → 农业耕作条件 with the silt downgrade, precipitation →
农业供水条件, land × water matrix, the hazard downgrade, 2 classes — six
ways, each in a fresh process, timing only the work (QGIS start-up
excluded), one after the other in the same run:

  (a) plugin   cc_warning:dual_agri_suitability from the raw layers (one
               block-wise pass on a small thread pool; 连片度 off, as the
               chains below have none); (a1) the same with the engine on one
               thread (CC_WARNING_THREADS=1): (a1) ÷ (a) is what the second
               core brings;
  (b) calc     the same gradings as a QGIS user would chain them today:
               native:slope, then qgis:rastercalculator for the land levels,
               the water levels and the matrix with the downgrade;
  (c) floor    a block-wise read of the same four inputs and the write of one
               Byte output with the plugin's creation options (the I/O floor);
  (d) numpy    the same chain as a hand-written single-threaded numpy loop
               over 1024² blocks (Horn slope, the same breaks, matrix and
               downgrade), written with the plugin's creation options;
  (e) gdal     the chain with GDAL's command-line tools: gdaldem slope, then
               gdal_calc.py for the land levels, the water levels and the
               matrix with the downgrade.

For each way it prints the wall-clock seconds, the CPU seconds (user + sys)
and CPU use (CPU ÷ wall: 100 % is one core busy), the peak resident memory
(RSS) and the wall time relative to (a). (d) and (e) are checked against
(a): the cells whose class differs (the plugin mirrors the DEM at its edges
where the others leave the border cells' slope undefined, so the outermost
cells may differ). Targets: (a) ≥ 3× faster than (b); (a) ≤ 1.5 × (c);
peak RSS of (a) under 1 GiB at 10⁸ cells and not growing with N; (a) faster
than the single-threaded loop (d) by the use of the second core.

The machine should be quiet: the load average is printed before and after
(``uptime``); on a loaded machine compare the CPU seconds.

  benchmark_dual.py [--sizes 2000 5000 10000] [--work DIR] [--skip-calc]
                    [--skip-gdal] [--repeat K]

Inputs are cached in the work folder (default output/benchmark) between runs.
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
OPTS_F = [
    "TILED=YES",
    "BLOCKXSIZE=256",
    "BLOCKYSIZE=256",
    "COMPRESS=DEFLATE",
    "PREDICTOR=3",
    "BIGTIFF=IF_SAFER",
]
OPTS_B = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]


# -- inputs -------------------------------------------------------------------


def make_inputs(n: int, folder: str) -> dict:
    """DEM (m), precipitation (mm), silt (%), hazard (1–5) of n × n cells."""
    import numpy as np
    from osgeo import gdal, osr

    gdal.UseExceptions()
    os.makedirs(folder, exist_ok=True)
    paths = {k: os.path.join(folder, f"{k}.tif") for k in ("dem", "precip", "silt", "hazard")}
    if all(os.path.exists(p) for p in paths.values()):
        return paths
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    drv = gdal.GetDriverByName("GTiff")
    dss = {}
    for k, p in paths.items():
        byte = k == "hazard"
        ds = drv.Create(
            p + ".tmp.tif",
            n,
            n,
            1,
            gdal.GDT_Byte if byte else gdal.GDT_Float32,
            OPTS_B if byte else OPTS_F,
        )
        ds.SetGeoTransform((X0, CELL, 0, Y0, 0, -CELL))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).SetNoDataValue(0 if byte else -9999.0)
        dss[k] = ds
    rows = 512
    x = (np.arange(n, dtype=np.float32) * CELL)[None, :]
    for y0 in range(0, n, rows):
        h = min(rows, n - y0)
        y = ((np.arange(y0, y0 + h, dtype=np.float32)) * CELL)[:, None]
        dem = (
            600
            + 450 * np.sin(x / 4100) * np.cos(y / 5300)
            + 120 * np.sin(x / 610 + y / 830)
            + 25 * np.cos(x / 97 - y / 131)
        )
        precip = 250 + 1100 * (0.5 + 0.5 * np.sin(x / 23000 + 0.7) * np.cos(y / 19000))
        precip = precip + 0.0 * dem
        silt = 35 + 30 * np.sin(x / 1700) * np.sin(y / 2300) + 12 * np.cos(x / 410)
        silt = np.clip(silt + 0.0 * dem, 0, 100)
        hazard = (1 + ((np.sin(x / 3000) * np.cos(y / 2500) + 1) * 2.49)).astype(
            np.uint8
        ) + np.zeros((h, 1), dtype=np.uint8)
        for k, arr in (("dem", dem), ("precip", precip), ("silt", silt), ("hazard", hazard)):
            dss[k].GetRasterBand(1).WriteArray(
                arr.astype(np.uint8 if k == "hazard" else np.float32), 0, y0
            )
    for k, ds in dss.items():
        ds.FlushCache()
        dss[k] = None
        os.replace(paths[k] + ".tmp.tif", paths[k])
    return paths


# -- the runs (each in a child process) -----------------------------------------


def clock():
    """(wall, CPU of this process and its children) now."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return time.perf_counter(), me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def since(start):
    """(wall seconds, CPU seconds) since ``start`` (a :func:`clock`)."""
    now = clock()
    return now[0] - start[0], now[1] - start[1]


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
    app, plugin = init_qgis()  # noqa: F841 (kept alive)
    import processing

    t = clock()
    processing.run(
        "cc_warning:dual_agri_suitability",
        {
            "DEM": paths["dem"],
            "SILT": paths["silt"],
            "PRECIPITATION": paths["precip"],
            "METEOROLOGICAL_HAZARD": paths["hazard"],
            "CONTIGUITY": 2,
            "CLASSES": 1,
            "OUTPUT": out,
        },
    )
    return since(t)


MATRIX = [[1, 1, 1, 2, 5], [1, 1, 2, 3, 5], [2, 2, 3, 4, 5], [3, 4, 4, 5, 5], [5, 5, 5, 5, 5]]


def run_calc(paths, out):
    app, plugin = init_qgis()  # noqa: F841
    import processing

    work = os.path.dirname(out)

    def calc(expression, layers, dest):
        processing.run(
            "qgis:rastercalculator",
            {"EXPRESSION": expression, "LAYERS": layers, "CRS": "EPSG:4527", "OUTPUT": dest},
        )

    t = clock()
    slope = os.path.join(work, "calc_slope.tif")
    processing.run("native:slope", {"INPUT": paths["dem"], "Z_FACTOR": 1, "OUTPUT": slope})
    land0 = (
        '(1 + ("calc_slope@1" > 2) + ("calc_slope@1" > 6) + ("calc_slope@1" > 15) + '
        '("calc_slope@1" > 25))'
    )
    land = os.path.join(work, "calc_land.tif")
    calc(
        f'("silt@1" >= 80) * 5 + ("silt@1" < 80) * ({land0} + ("silt@1" >= 60) * ({land0} < 5))',
        [slope, paths["silt"]],
        land,
    )
    water = os.path.join(work, "calc_water.tif")
    calc(
        '5 - ("precip@1" >= 200) - ("precip@1" >= 400) - ("precip@1" >= 800) - '
        '("precip@1" >= 1200)',
        [paths["precip"]],
        water,
    )
    terms = " + ".join(
        f'("calc_land@1" = {i + 1}) * ("calc_water@1" = {j + 1}) * {MATRIX[i][j]}'
        for i in range(5)
        for j in range(5)
    )
    level = f'(({terms}) + (({terms}) = 1) * ("hazard@1" = 5))'
    calc(f"({level} <= 3) * 1 + ({level} >= 4) * 3", [land, water, paths["hazard"]], out)
    return since(t)


def run_floor(paths, out):
    """Block-wise read of the inputs and write of one Byte output."""
    import numpy as np
    from osgeo import gdal

    sys.path.insert(0, ROOT)
    from cc_warning_plugin.raster.output import CREATION_OPTIONS

    gdal.UseExceptions()
    gdal.SetCacheMax(256 * 1024 * 1024)
    t = clock()
    srcs = {k: gdal.Open(p) for k, p in paths.items()}
    first = srcs["dem"]
    n_x, n_y = first.RasterXSize, first.RasterYSize
    ds = gdal.GetDriverByName("GTiff").Create(
        out, n_x, n_y, 1, gdal.GDT_Byte, CREATION_OPTIONS + ["BLOCKXSIZE=256", "BLOCKYSIZE=256"]
    )
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
    return since(t)


def _classes(land, water, hazard, np):
    """Land levels × water levels → matrix level, the hazard downgrade, and
    the 2 classes (1 适宜, 3 不适宜; 0 where an input is missing)."""
    m = np.asarray(MATRIX, dtype=np.uint8)
    ok = (land >= 1) & (land <= 5) & (water >= 1) & (water <= 5)
    level = m[np.clip(land, 1, 5) - 1, np.clip(water, 1, 5) - 1]
    level = level + ((level == 1) & (hazard == 5))
    return np.where(ok, np.where(level <= 3, 1, 3), 0).astype(np.uint8)


def run_numpy(paths, out):
    """The chain as a hand-written single-threaded numpy loop over blocks."""
    import numpy as np
    from osgeo import gdal

    sys.path.insert(0, ROOT)
    from cc_warning_plugin.raster.output import CREATION_OPTIONS

    gdal.UseExceptions()
    t = clock()
    srcs = {k: gdal.Open(p) for k, p in paths.items()}
    bands = {k: s.GetRasterBand(1) for k, s in srcs.items()}
    first = srcs["dem"]
    n_x, n_y = first.RasterXSize, first.RasterYSize
    gt = first.GetGeoTransform()
    ds = gdal.GetDriverByName("GTiff").Create(
        out, n_x, n_y, 1, gdal.GDT_Byte, CREATION_OPTIONS + ["BLOCKXSIZE=256", "BLOCKYSIZE=256"]
    )
    ds.SetGeoTransform(gt)
    ds.SetProjection(first.GetProjection())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    bs = 1024
    k = np.tan(np.radians([2.0, 6.0, 15.0, 25.0])) ** 2
    for y in range(0, n_y, bs):
        for x in range(0, n_x, bs):
            w, h = min(bs, n_x - x), min(bs, n_y - y)
            x0, y0 = max(0, x - 1), max(0, y - 1)
            x1, y1 = min(n_x, x + w + 1), min(n_y, y + h + 1)
            z = np.full((h + 2, w + 2), np.nan)
            z[y0 - y + 1 : y1 - y + 1, x0 - x + 1 : x1 - x + 1] = bands["dem"].ReadAsArray(
                x0, y0, x1 - x0, y1 - y0
            )
            # Horn's method (NaN at the border of the DEM)
            dzdx = (
                (z[:-2, 2:] + 2 * z[1:-1, 2:] + z[2:, 2:])
                - (z[:-2, :-2] + 2 * z[1:-1, :-2] + z[2:, :-2])
            ) / (8 * gt[1])
            dzdy = (
                (z[2:, :-2] + 2 * z[2:, 1:-1] + z[2:, 2:])
                - (z[:-2, :-2] + 2 * z[:-2, 1:-1] + z[:-2, 2:])
            ) / (8 * -gt[5])
            tan2 = dzdx * dzdx + dzdy * dzdy
            land = (1 + (tan2 > k[0]) + (tan2 > k[1]) + (tan2 > k[2]) + (tan2 > k[3])).astype(
                np.uint8
            )
            silt = bands["silt"].ReadAsArray(x, y, w, h)
            land = np.where(silt >= 80, 5, np.minimum(land + (silt >= 60), 5))
            land[np.isnan(tan2)] = 0
            p = bands["precip"].ReadAsArray(x, y, w, h)
            water = (
                5 - (p >= 200).astype(np.uint8) - (p >= 400) - (p >= 800) - (p >= 1200)
            ).astype(np.uint8)
            hazard = bands["hazard"].ReadAsArray(x, y, w, h)
            band.WriteArray(
                _classes(land.astype(np.int64), water.astype(np.int64), hazard, np), x, y
            )
    band = None
    ds = None
    return since(t)


def run_gdal(paths, out):
    """The chain with gdaldem and gdal_calc.py (child processes)."""
    work = os.path.dirname(out)
    co = []
    for o in ("TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"):
        co += ["--co", o]
    slope, land, water = (os.path.join(work, f"gdal_{k}.tif") for k in ("slope", "land", "water"))
    for p in (slope, land, water):
        if os.path.exists(p):
            os.remove(p)
    matrix = "array(" + repr(MATRIX) + ", dtype=uint8)"
    steps = [
        [
            "gdaldem",
            "slope",
            "-q",
            "-co",
            "TILED=YES",
            "-co",
            "COMPRESS=DEFLATE",
            "-co",
            "BIGTIFF=IF_SAFER",
            paths["dem"],
            slope,
        ],
        [
            "gdal_calc.py",
            "--quiet",
            "-A",
            slope,
            "-B",
            paths["silt"],
            "--type",
            "Byte",
            "--NoDataValue",
            "0",
            *co,
            "--outfile",
            land,
            "--calc",
            "where(A < 0, 0, where(B >= 80, 5, minimum(1 + (A > 2) + (A > 6) + (A > 15) + "
            "(A > 25) + (B >= 60), 5)))",
        ],
        [
            "gdal_calc.py",
            "--quiet",
            "-A",
            paths["precip"],
            "--type",
            "Byte",
            "--NoDataValue",
            "0",
            *co,
            "--outfile",
            water,
            "--calc",
            "5 - (A >= 200) - (A >= 400) - (A >= 800) - (A >= 1200)",
        ],
        [
            "gdal_calc.py",
            "--quiet",
            "-A",
            land,
            "-B",
            water,
            "-C",
            paths["hazard"],
            "--type",
            "Byte",
            "--NoDataValue",
            "0",
            *co,
            "--outfile",
            out,
            "--calc",
            f"where((A == 0) | (B == 0), 0, where({matrix}[clip(A, 1, 5) - 1, clip(B, 1, 5) - 1]"
            f" + ({matrix}[clip(A, 1, 5) - 1, clip(B, 1, 5) - 1] == 1) * (C == 5) <= 3, 1, 3))",
        ],
    ]
    t = clock()
    for cmd in steps:
        subprocess.run(cmd, check=True, capture_output=True)
    return since(t)


def differing_cells(a_path, b_path):
    """(cells whose class differs between two outputs, those of them not on
    the outermost rows and columns), read in strips."""
    import numpy as np
    from osgeo import gdal

    gdal.UseExceptions()
    da, db = gdal.Open(a_path), gdal.Open(b_path)
    ba, bb = da.GetRasterBand(1), db.GetRasterBand(1)
    nx, ny = da.RasterXSize, da.RasterYSize
    n = inner = 0
    for y in range(0, ny, 1024):
        h = min(1024, ny - y)
        diff = ba.ReadAsArray(0, y, nx, h) != bb.ReadAsArray(0, y, nx, h)
        n += int(np.count_nonzero(diff))
        rows = np.arange(y, y + h)
        keep = (rows > 0) & (rows < ny - 1)
        inner += int(np.count_nonzero(diff[keep][:, 1:-1]))
    return n, inner


def child(mode, n, work):
    paths = make_inputs(n, os.path.join(work, f"n{n}"))
    out = os.path.join(work, f"n{n}", f"out_{mode}.tif")
    for p in (out, out + ".aux.xml"):
        if os.path.exists(p):
            os.remove(p)
    seconds, cpu = {
        "plugin": run_plugin,
        "calc": run_calc,
        "floor": run_floor,
        "numpy": run_numpy,
        "gdal": run_gdal,
    }[mode](paths, out)
    rss = (
        max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        / 1024.0
    )
    print(json.dumps({"seconds": seconds, "cpu": cpu, "maxrss_mib": rss}))


def measure(mode, n, work):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if mode == "plugin1":  # the plugin with its block engine on one thread
        mode, env["CC_WARNING_THREADS"] = "plugin", "1"
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--n", str(n), "--work", work],
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{mode} at N={n} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def best(mode, n, work, repeat):
    """The fastest of ``repeat`` runs (a shared machine adds noise); the
    largest peak memory of them."""
    runs = [measure(mode, n, work) for _ in range(max(1, repeat))]
    fastest = min(runs, key=lambda r: r["seconds"])
    return {
        "seconds": fastest["seconds"],
        "cpu": fastest["cpu"],
        "maxrss_mib": max(r["maxrss_mib"] for r in runs),
    }


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
    parser.add_argument("--work", default=os.path.join(ROOT, "output", "benchmark"))
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each measurement this many times and keep the fastest",
    )
    parser.add_argument(
        "--skip-calc", action="store_true", help="do not run the raster-calculator chain (b)"
    )
    parser.add_argument(
        "--skip-gdal", action="store_true", help="do not run the gdaldem + gdal_calc.py chain (e)"
    )
    parser.add_argument(
        "--child",
        choices=["build", "plugin", "calc", "floor", "numpy", "gdal"],
        help=argparse.SUPPRESS,
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
    print(
        f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        f"  ({time.strftime('%Y-%m-%d %H:%M')})"
    )
    names = {
        "plugin": "(a) plugin dual_agri_suitability",
        "plugin1": "(a1) the same on 1 thread",
        "calc": "(b) qgis:rastercalculator chain",
        "floor": "(c) I/O floor (read 4, write 1)",
        "numpy": "(d) numpy loop, 1 thread",
        "gdal": "(e) gdaldem + gdal_calc.py",
    }
    for n in args.sizes:
        t0 = time.perf_counter()
        # the inputs are built in a process of their own: Linux passes a
        # process's peak memory on to the processes it starts, so inputs built
        # here would show as the peak RSS of every way measured after them
        cmd = ["--child", "build", "--n", str(n), "--work", work]
        subprocess.run([sys.executable, __file__, *cmd], check=True)
        gen = time.perf_counter() - t0
        modes = (
            ["plugin", "plugin1", "floor", "numpy"]
            + ([] if args.skip_gdal else ["gdal"])
            + ([] if args.skip_calc else ["calc"])
        )
        res = {m: best(m, n, work, args.repeat) for m in modes}
        a = res["plugin"]
        print(
            f"\nN = {n} ({n * n:,} cells)" + (f", inputs built in {gen:.0f} s" if gen > 1 else "")
        )
        print("| way | wall s | CPU s | CPU use | peak RSS | wall ÷ (a) |")
        print("|---|---:|---:|---:|---:|---:|")
        for m in ["plugin", "plugin1", "calc", "floor", "numpy", "gdal"]:
            if m not in res:
                continue
            r = res[m]
            print(
                f"| {names[m]} | {r['seconds']:.2f} | {r['cpu']:.1f} | "
                f"{100 * r['cpu'] / r['seconds']:.0f} % | {r['maxrss_mib']:.0f} MiB | "
                f"{r['seconds'] / a['seconds']:.2f} |"
            )
        out_a = os.path.join(work, f"n{n}", "out_plugin.tif")
        for m in ("numpy", "gdal"):
            if m in res:
                d, inner = differing_cells(out_a, os.path.join(work, f"n{n}", f"out_{m}.tif"))
                print(
                    f"  {names[m][:3]}: {d:,} cells differ from (a), {inner:,} of them inside "
                    f"the outermost rows and columns"
                )
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
