#!/usr/bin/python3
"""Benchmark of the database algorithms (docs/benchmark.md, "Monitoring database:
evaluation and station records"), through Processing as a user runs them, on a
GeoPackage and on PostGIS (a throw-away cluster with PostgreSQL's default
durability settings), each measurement in a fresh process:

- **evaluate**: ``cc_warning:db_evaluate_2016`` of one period for U counties
  (default 2 850): the database holds the 35 indicators of the 2016 chain for
  the period and its base period — the sample city's eight counties repeated
  under new codes — and the algorithm assembles the evaluation table from the
  database, runs the whole chain, writes the run and U results and the result
  layer;
- **qc**: ``cc_warning:db_import_stations`` of one year of hourly values of S
  air stations (default 1 500; SO2, NO2, PM10, PM2.5, CO, O3 in the wide
  hourly layout, 8 760 rows a station, 6 records a row) with faults at small
  rates: read into a compact frame, then by groups of whole stations
  quality-controlled (``core/monitoring``), classified against the stored
  records and written, all in one transaction with the QC findings. The
  time of the reading comes from the algorithm's progress.

Prints wall and CPU seconds and the peak resident memory of each process.

    /usr/bin/python3 scripts/benchmark_store_algorithms.py                  # full size
    /usr/bin/python3 scripts/benchmark_store_algorithms.py --units 300 --stations 30

The full size writes a CSV of about 0.7 GB and a database of several GB and
needs memory: run it on a quiet machine.
"""

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
POLLUTANTS = ["SO2", "NO2", "PM10", "PM2.5", "CO", "O3"]
LEVEL = {"SO2": 12.0, "NO2": 30.0, "PM10": 70.0, "PM2.5": 40.0, "CO": 0.8, "O3": 70.0}


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def county_codes(n):
    out = []
    province = 11
    while len(out) < n:
        for city in range(1, 21):
            for county in range(1, 21):
                out.append(f"{province:02d}{city:02d}{county:02d}")
                if len(out) == n:
                    return out
        province += 1
    return out


def write_indicators(folder, n_units):
    """The sample's 2020 and 2025 tables with the eight counties repeated under
    ``n_units`` new codes."""
    codes = county_codes(n_units)
    paths = []
    for year in (2020, 2025):
        with open(
            os.path.join(SAMPLE, f"indicators_{year}.csv"), encoding="utf-8-sig", newline=""
        ) as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        code_col = header.index("行政区划代码")
        name_col = header.index("名称") if "名称" in header else None
        path = os.path.join(folder, f"indicators_{year}.csv")
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            for i, code in enumerate(codes):
                r = list(body[i % len(body)])
                r[code_col] = code
                if name_col is not None:
                    r[name_col] = f"县{code}"
                w.writerow(r)
        paths.append(path)
    return codes, paths


def write_hourly(path, n_stations, seed=7):
    """One year of hourly values of ``n_stations`` stations, wide (a column per
    pollutant), with faults: empty 0.3 %, negative 0.05 %, above the range
    0.01 %, spikes 0.02 %, one flat line of 30 hours in 1 of 20 stations."""
    import numpy as np

    rs = np.random.RandomState(seed)
    hours = 8760
    t0 = np.datetime64("2025-01-01T00:00")
    stamps = [str(t0 + np.timedelta64(h, "h")).replace("T", " ") for h in range(hours)]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("站点编码,监测时间," + ",".join(POLLUTANTS) + "\n")
        for k in range(n_stations):
            cols = []
            for p in POLLUTANTS:
                v = LEVEL[p] * (
                    1 + 0.3 * np.cos(2 * np.pi * (np.arange(hours) % 24) / 24)
                ) + rs.normal(0, LEVEL[p] * 0.15, hours)
                v = np.maximum(v, 0.1 if p == "CO" else 1.0)
                v = np.round(v, 1) if p == "CO" else np.round(v)
                v[rs.randint(0, hours, hours // 2000)] = -1.0
                v[rs.randint(0, hours, hours // 10000 + 1)] = 5000.0
                spikes = rs.randint(0, hours, hours // 5000 + 1)
                v[spikes] = v[spikes] * 10 + 400
                if k % 20 == 0 and p == "PM10":
                    s = rs.randint(0, hours - 30)
                    v[s : s + 30] = 33.0
                text = np.array([f"{x:g}" for x in v], dtype=object)
                text[rs.randint(0, hours, hours // 330)] = ""
                cols.append(text)
            code = f"B{k:05d}"
            for h in range(hours):
                fh.write(f"{code},{stamps[h]}," + ",".join(c[h] for c in cols) + "\n")
    return [f"B{k:05d}" for k in range(n_stations)]


# -- child processes --------------------------------------------------------------------


def qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import cc_warning_plugin

    plugin = cc_warning_plugin.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def target_params(args):
    if args.backend == "gpkg":
        return {"DATABASE": args.target}, args.target
    conn = json.loads(args.target)
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    uri = QgsDataSourceUri()
    uri.setConnection(
        conn["host"],
        str(conn["port"]),
        conn["dbname"],
        conn["user"],
        "",
        QgsDataSourceUri.SslMode.SslDisable,
        "",
    )
    md = QgsProviderRegistry.instance().providerMetadata("postgres")
    md.saveConnection(md.createConnection(uri.uri(False), {"saveUsername": True}), "bench")
    return {"CONNECTION": "bench"}, conn


class Phases:
    """Wall times at which the progress of a run first reached given values."""

    def __init__(self, marks):
        from qgis.core import QgsProcessingFeedback

        self.feedback = QgsProcessingFeedback()
        self.marks = sorted(marks)
        self.at = {}
        self.t0 = time.perf_counter()
        self.feedback.progressChanged.connect(self.seen)

    def seen(self, p):
        for m in self.marks:
            if p >= m and m not in self.at:
                self.at[m] = time.perf_counter() - self.t0


def child_evaluate(args):
    app, plugin = qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProject
    from cc_warning_plugin.store import catalog, importer, units
    from cc_warning_plugin.store.db import create_geopackage, create_postgis

    params, target = target_params(args)
    store = (
        create_geopackage(target) if args.backend == "gpkg" else create_postgis(target, srid=4527)
    )
    catalog.seed_catalog(store)
    codes = json.loads(args.extra)["codes"]
    units.load_units(store, [units.UnitRecord(c, f"县{c}", "county") for c in codes], "bench")
    for path in json.loads(args.extra)["files"]:
        importer.import_indicators(store, path, None, dry_run=False)
    store.close()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    t0, c0 = time.perf_counter(), time.process_time()
    res = processing.run(
        "cc_warning:db_evaluate_2016",
        dict(
            params,
            PERIOD=2025,
            BASE_PERIOD=2020,
            NATIONAL_RATES=os.path.join(SAMPLE, "national_rates.csv"),
            OUTPUT=os.path.join(args.folder, f"evaluation_{args.backend}.gpkg"),
        ),
        context=context,
    )
    out = {
        "evaluate_s": time.perf_counter() - t0,
        "evaluate_cpu_s": time.process_time() - c0,
        "peak_mib": peak_mib(),
        "run_id": res["RUN_ID"],
        "units": len(codes),
    }
    print(json.dumps(out))


def child_qc(args):
    app, plugin = qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProject
    from cc_warning_plugin.store import catalog, stations
    from cc_warning_plugin.store.db import create_geopackage, create_postgis

    params, target = target_params(args)
    store = (
        create_geopackage(target) if args.backend == "gpkg" else create_postgis(target, srid=4527)
    )
    catalog.seed_catalog(store)
    codes = json.loads(args.extra)["stations"]
    stations.add_stations(store, [stations.StationRecord(c, f"站{c}", "air") for c in codes])
    store.close()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    phases = Phases([30, 100])
    t0, c0 = time.perf_counter(), time.process_time()
    base = peak_mib()
    res = processing.run(
        "cc_warning:db_import_stations",
        dict(
            params,
            INPUT=json.loads(args.extra)["file"],
            FORMAT=1,
            YEAR=2025,
            DRY_RUN=False,
            QC_REPORT=os.path.join(args.folder, f"qc_{args.backend}.csv"),
        ),
        context=context,
        feedback=phases.feedback,
    )
    wall = time.perf_counter() - t0
    out = {
        "import_s": wall,
        "import_cpu_s": time.process_time() - c0,
        "read_s": phases.at.get(30),
        "rest_s": wall - (phases.at.get(30) or 0),
        "peak_mib": peak_mib(),
        "peak_before_mib": base,
        "records": res["RECORDS"],
        "added": res["ADDED"],
        "invalid": res["INVALID"],
        "findings": res["FINDINGS"],
    }
    print(json.dumps(out))


def run_child(kind, backend, target, folder, extra, args):
    cmd = [
        sys.executable,
        os.path.abspath(__file__),
        "--child",
        kind,
        "--backend",
        backend,
        "--target",
        target,
        "--folder",
        folder,
        "--extra",
        extra,
    ]
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=tempfile.mkdtemp(prefix="cc_bench_qgis_"))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    shutil.rmtree(env["QGIS_CUSTOM_CONFIG_PATH"], ignore_errors=True)
    if proc.returncode != 0:
        raise SystemExit(
            f"{kind} on {backend} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--units", type=int, default=2850)
    ap.add_argument("--stations", type=int, default=1500)
    ap.add_argument("--backends", nargs="+", default=["gpkg", "postgis"])
    ap.add_argument("--parts", nargs="+", default=["evaluate", "qc"])
    ap.add_argument("--child", choices=["evaluate", "qc"])
    ap.add_argument("--backend")
    ap.add_argument("--target")
    ap.add_argument("--folder")
    ap.add_argument("--extra")
    args = ap.parse_args(argv)
    if args.child:
        (child_evaluate if args.child == "evaluate" else child_qc)(args)
        return 0

    from pg_cluster import Cluster

    work = tempfile.mkdtemp(prefix="cc_bench_store_alg_")
    cluster = None
    results = {}
    try:
        print(f"load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        extra = {}
        if "evaluate" in args.parts:
            codes, files = write_indicators(work, args.units)
            extra["evaluate"] = json.dumps({"codes": codes, "files": files})
        if "qc" in args.parts:
            t0 = time.perf_counter()
            path = os.path.join(work, "air_hourly.csv")
            st = write_hourly(path, args.stations)
            print(
                f"hourly CSV: {args.stations} stations, {os.path.getsize(path) / 2**20:.0f} "
                f"MiB, written in {time.perf_counter() - t0:.0f} s"
            )
            extra["qc"] = json.dumps({"stations": st, "file": path})
        if "postgis" in args.backends:
            cluster = Cluster(fast=False).start()
        for backend in args.backends:
            for part in args.parts:
                if backend == "gpkg":
                    target = os.path.join(work, f"{part}.gpkg")
                else:
                    params = cluster.new_database(part)
                    with open(
                        os.path.join(
                            ROOT, "cc_warning_plugin", "store", "sql", "postgis_roles.sql"
                        ),
                        encoding="utf-8",
                    ) as fh:
                        cluster.sql(params["dbname"], fh.read())
                    target = json.dumps(params)
                results[(backend, part)] = run_child(part, backend, target, work, extra[part], args)
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)

    print(f"load average (1/5/15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for (backend, part), r in results.items():
        if part == "evaluate":
            print(
                f"{backend}: db_evaluate_2016 of {r['units']} units: {r['evaluate_s']:.1f} s "
                f"({r['evaluate_cpu_s']:.1f} CPU s), peak RSS {r['peak_mib']:.0f} MiB"
            )
        else:
            print(
                f"{backend}: db_import_stations of {r['records']:,} hourly records "
                f"({r['added']:,} added, {r['invalid']:,} invalid, {r['findings']:,} "
                f"findings): {r['import_s']:.1f} s ({r['import_cpu_s']:.1f} CPU s; read "
                f"{r['read_s']:.1f} s, then QC, classify and write by groups of stations "
                f"{r['rest_s']:.1f} s), peak RSS {r['peak_mib']:.0f} MiB "
                f"(before {r['peak_before_mib']:.0f} MiB)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
