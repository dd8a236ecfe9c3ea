#!/usr/bin/python3
"""Benchmark of the monitoring database (docs/benchmark.md).

On synthetic data — U counties × I indicators × P periods in one wide CSV
(a row per county and year, a column per indicator; 2850 × 60 × 10 = 1.71
million values by default) — it measures on GeoPackage and on PostGIS (a
throw-away cluster with PostgreSQL's default durability settings):

- **import**: ``store.importer.import_indicators`` of the whole file (dry run
  off: classified against the stored values and written in one
  transaction), its time and the process's peak resident memory;
- **re-import** of the same file (everything unchanged, nothing written);
- **period table**: ``store.evaluation.evaluation_table`` of one period
  (best of 3);
- **baseline**: a plain hand-written loop reading the same CSV and writing
  the same rows into the same table (``executemany`` on SQLite, ``COPY`` on
  PostgreSQL), no checks — the floor of a load;
- **memory** at a second, smaller size (``--small-periods``) to show that the
  peak does not grow with the number of rows.

Each measurement runs in a fresh process. It prints a table and the ratios
import / baseline and re-import / import.

    /usr/bin/python3 scripts/benchmark_store.py                 # full size
    /usr/bin/python3 scripts/benchmark_store.py --units 300     # quick
"""

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "scripts"))
FIRST_YEAR = 2016
LOCAL_DEPARTMENT = "statistics"


def rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def unit_codes(n):
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


def indicator_columns(store, n):
    """(header, code, kind) of n numeric indicators: the dictionary's, then
    local ones registered for the benchmark."""
    from cc_warning_plugin.store import catalog

    cols = [
        (r["name_zh"], r["code"], r["kind"])
        for r in catalog.indicators(store)
        if r["kind"] in ("number", "integer")
    ]
    i = 0
    while len(cols) < n:
        i += 1
        code = f"bench_{i:02d}"
        cols.append((f"本地指标{i:02d}", code, "number"))
    return cols[:n]


def prepare(store, args):
    """Catalogue, units and the local indicators of the benchmark."""
    from cc_warning_plugin.store import catalog, units

    catalog.seed_catalog(store)
    cols = indicator_columns(store, args.indicators)
    for header, code, _ in cols:
        if code.startswith("bench_"):
            catalog.add_indicator(
                store, code, header, f"Benchmark {code}", "t", department=LOCAL_DEPARTMENT
            )
    units.load_units(
        store,
        [units.UnitRecord(c, f"县{c}", "county") for c in unit_codes(args.units)],
        "benchmark",
    )
    return cols


def value_ranges(store, cols):
    """{code: (low, high)} the import accepts for each column (the indicator
    dictionary's possible range in the catalogue's unit; 0 … 10⁴ where it
    gives none), so that the synthetic values are all accepted."""
    from cc_warning_plugin.store import catalog
    from cc_warning_plugin.store.importer import _indicator_range

    by_code = {r["code"]: r for r in catalog.indicators(store)}
    out = {}
    for _, code, kind in cols:
        lo, hi = (_indicator_range(by_code[code]) if code in by_code else None) or (None, None)
        lo = 0.0 if lo is None else lo
        hi = (400.0 if kind == "integer" else 1e4) if hi is None else hi
        out[code] = (lo, min(hi, lo + 1e4))
    return out


def write_csv(path, cols, n_units, periods, ranges, seed=7):
    rnd = random.Random(seed)
    codes = unit_codes(n_units)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["行政区划代码", "年份"] + [h for h, _, _ in cols])
        for year in range(FIRST_YEAR, FIRST_YEAR + periods):
            for c in codes:
                w.writerow(
                    [c, year]
                    + [
                        str(rnd.randint(int(ranges[c][0]), int(ranges[c][1])))
                        if k == "integer"
                        else f"{rnd.uniform(*ranges[c]):.3f}"
                        for _, c, k in cols
                    ]
                )


def make_store(backend, target):
    from cc_warning_plugin.store.db import create_geopackage, create_postgis

    if backend == "gpkg":
        return create_geopackage(target)
    return create_postgis(json.loads(target), srid=4527)


# -- child processes ------------------------------------------------------------------


def child_plugin(args):
    from cc_warning_plugin.store import evaluation, importer

    store = make_store(args.backend, args.target)
    prepare(store, args)
    base = rss_mib()
    t0, c0 = time.perf_counter(), time.process_time()
    rep = importer.import_indicators(store, args.file, None, dry_run=False)
    t_import, c_import = time.perf_counter() - t0, time.process_time() - c0
    peak = peak_mib()
    t0, c0 = time.perf_counter(), time.process_time()
    again = importer.import_indicators(store, args.file, None, dry_run=False)
    t_reimport, c_reimport = time.perf_counter() - t0, time.process_time() - c0
    times, cpus = [], []
    last = str(FIRST_YEAR + args.periods - 1)
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        ev = evaluation.evaluation_table(store, last)
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    out = {
        "import_s": t_import,
        "added": rep.added,
        "reimport_s": t_reimport,
        "import_cpu_s": c_import,
        "reimport_cpu_s": c_reimport,
        "period_table_cpu_s": cpus[times.index(min(times))],
        "reimport_added": again.added,
        "reimport_unchanged": again.unchanged,
        "period_table_s": min(times),
        "period_rows": len(ev.rows),
        "rss_before_mib": base,
        "peak_mib": peak,
        "observations": store.scalar("SELECT count(*) FROM observations"),
    }
    store.close()
    print(json.dumps(out))


def child_baseline(args):
    store = make_store(args.backend, args.target)
    cols = prepare(store, args)
    iid = store.insert_returning(
        "INSERT INTO imports (kind, file_name, file_sha256, imported_at, imported_by) VALUES "
        "('indicators', 'baseline', '', '2026-01-01T00:00:00Z', 'bench') RETURNING import_id",
        (),
    )
    from cc_warning_plugin.store.catalog import ensure_periods

    ensure_periods(store, range(FIRST_YEAR, FIRST_YEAR + args.periods))
    t0 = time.perf_counter()
    codes = [c for _, c, _ in cols]
    dept = {r[0]: r[1] for r in store.query("SELECT code, department_code FROM indicators")}
    colnames = "unit_code, indicator_code, period_code, value, version, department_code, import_id"
    conn = store._conn
    with open(args.file, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)

        def rows():
            for r in reader:
                for code, v in zip(codes, r[2:]):
                    yield (r[0], code, r[1], float(v), 1, dept[code], iid)

        if args.backend == "gpkg":
            conn.execute("BEGIN")
            conn.executemany(
                f"INSERT INTO observations ({colnames}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows()
            )
            conn.execute("COMMIT")
        else:
            import io

            cur = conn.cursor()
            cur.execute("BEGIN")
            buf = io.StringIO()
            for r in rows():
                buf.write("\t".join(str(x) for x in r) + "\n")
                if buf.tell() > 8 << 20:
                    buf.seek(0)
                    cur.copy_expert(f"COPY observations ({colnames}) FROM STDIN", buf)
                    buf = io.StringIO()
            buf.seek(0)
            cur.copy_expert(f"COPY observations ({colnames}) FROM STDIN", buf)
            cur.execute("COMMIT")
    out = {
        "baseline_s": time.perf_counter() - t0,
        "observations": store.scalar("SELECT count(*) FROM observations"),
    }
    store.close()
    print(json.dumps(out))


# -- driver -------------------------------------------------------------------------------


def run_child(kind, backend, target, file, args, periods):
    cmd = [
        sys.executable,
        os.path.abspath(__file__),
        "--child",
        kind,
        "--backend",
        backend,
        "--target",
        target,
        "--file",
        file,
        "--units",
        str(args.units),
        "--indicators",
        str(args.indicators),
        "--periods",
        str(periods),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} on {backend} failed:\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--units", type=int, default=2850)
    ap.add_argument("--indicators", type=int, default=60)
    ap.add_argument("--periods", type=int, default=10)
    ap.add_argument(
        "--small-periods",
        type=int,
        default=5,
        help="periods of the second, smaller run for the memory check",
    )
    ap.add_argument("--backends", nargs="+", default=["gpkg", "postgis"])
    ap.add_argument("--child", choices=["plugin", "baseline"])
    ap.add_argument("--backend")
    ap.add_argument("--target")
    ap.add_argument("--file")
    args = ap.parse_args(argv)
    if args.child:
        (child_plugin if args.child == "plugin" else child_baseline)(args)
        return 0

    from cc_warning_plugin.store.db import create_geopackage
    from pg_cluster import Cluster

    work = tempfile.mkdtemp(prefix="cc_bench_store_")
    cluster = None
    results = {}
    try:
        # the CSV files (not timed)
        probe = create_geopackage(os.path.join(work, "probe.gpkg"))
        from cc_warning_plugin.store import catalog

        catalog.seed_catalog(probe)
        cols = indicator_columns(probe, args.indicators)
        ranges = value_ranges(probe, cols)
        probe.close()
        files = {}
        for periods in (args.periods, args.small_periods):
            path = os.path.join(work, f"indicators_{periods}.csv")
            write_csv(path, cols, args.units, periods, ranges)
            files[periods] = path
        n = args.units * args.indicators * args.periods
        print(f"load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(
            f"data: {args.units} units × {args.indicators} indicators × {args.periods} "
            f"periods = {n:,} values; CSV {os.path.getsize(files[args.periods]) / 2**20:.1f} "
            f"MiB"
        )
        if "postgis" in args.backends:
            cluster = Cluster(fast=False).start()
        for backend in args.backends:

            def target(tag, backend=backend):
                if backend == "gpkg":
                    return os.path.join(work, f"{tag}.gpkg")
                return json.dumps(cluster.new_database(tag))

            r = run_child(
                "plugin", backend, target("plugin"), files[args.periods], args, args.periods
            )
            b = run_child(
                "baseline", backend, target("baseline"), files[args.periods], args, args.periods
            )
            s = run_child(
                "plugin",
                backend,
                target("small"),
                files[args.small_periods],
                args,
                args.small_periods,
            )
            assert r["observations"] == b["observations"] == n, (r, b)
            assert r["reimport_added"] == 0 and r["reimport_unchanged"] == n
            results[backend] = (r, b, s)
    finally:
        if cluster is not None:
            cluster.stop()
        import shutil

        shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"load average (1/5/15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(
        "| backend | import s | baseline s | import / baseline | re-import s | "
        "re-import / import | period table s | peak RSS (full) | peak RSS "
        f"({args.small_periods} periods) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for backend, (r, b, s) in results.items():
        print(
            f"| {backend} | {r['import_s']:.1f} | {b['baseline_s']:.1f} | "
            f"{r['import_s'] / b['baseline_s']:.2f} | {r['reimport_s']:.1f} | "
            f"{r['reimport_s'] / r['import_s']:.2f} | {r['period_table_s']:.3f} | "
            f"{r['peak_mib']:.0f} MiB | {s['peak_mib']:.0f} MiB |"
        )
    print()
    print("CPU seconds of the plugin's process (the server's work on PostgreSQL not included):")
    for backend, (r, _b, _s) in results.items():
        print(
            f"  {backend}: import {r['import_cpu_s']:.1f}, re-import "
            f"{r['reimport_cpu_s']:.1f}, period table {r['period_table_cpu_s']:.3f}"
        )
    print()
    for backend, (r, _b, _s) in results.items():
        print(
            f"{backend}: {r['observations']:,} rows; RSS before the import "
            f"{r['rss_before_mib']:.0f} MiB; goals: import < 120 s "
            f"{'met' if r['import_s'] < 120 else 'NOT met'}, re-import faster "
            f"{'met' if r['reimport_s'] < r['import_s'] else 'NOT met'}, period table < 1 s "
            f"{'met' if r['period_table_s'] < 1 else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
