#!/usr/bin/python3
"""Benchmark of the 生态环境分区管控 core (not part of the test suite).

Builds a synthetic city (EPSG:4527) of T townships (a √T × √T grid of 5 km
squares with wobbly shared edges, ten per county), P priority polygons and K
key-control polygons (24-vertex blobs), F farmland polygons and S project
sites (squares of 100–600 m, one in ten a point with a 100 m buffer), and
measures:

  delineation   core.zoning.delineate (overlay with precedence, slivers,
                codes, the gap/overlap check) against the same overlay as a
                user would script it:
                (b) ogr2ogr -dialect SQLite, three statements (priority per
                    township, key minus priority, the remainder) with
                    ST_Union / ST_Intersection / ST_Difference;
                (c) the QGIS chain native:dissolve → native:intersection /
                    native:difference through qgis_process.bin, seven calls,
                    timed whole and net of start-up (a trivial call timed);
  compliance    ComplianceContext (load) + analyse of S sites against the
                units and three layers (per site), against a plain OGR loop
                (a GeoPackage layer's spatial filter + GEOS intersections per
                site, the same outputs without verdicts).

  algorithms    the same through the plugin's Processing algorithms, in this
                process (QGIS started once, start-up not timed):
                cc_warning:zoning_delineate (GeoPackage in, units, summary and
                merge log out) and cc_warning:zoning_compliance of the S sites
                (verdict table, sites and pieces out), then the compliance with
                a report (HTML + PDF with its map) for the first R sites.

Targets: delineation under 1 minute (T = 100, P = 5000), compliance under
10 ms per site after loading.

  benchmark_zoning.py [--townships 100] [--priority 5000] [--key 300]
                      [--farmland 2000] [--sites 1000] [--reports 20] [--work DIR]
                      [--skip-ogr] [--skip-qgis] [--skip-algorithms]
"""

import argparse
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import time

import numpy as np
from osgeo import gdal, ogr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from cc_warning_plugin.core.zoning.compliance import ComplianceContext, analyse  # noqa: E402
from cc_warning_plugin.core.zoning.config import ZoningConfig  # noqa: E402
from cc_warning_plugin.core.zoning.delineate import (  # noqa: E402
    BoundaryFields,
    ZoneLayer,
    delineate,
    unit_fields,
)
from cc_warning_plugin.core.zoning.features import (  # noqa: E402
    Feature,
    FeatureSet,
    make_srs,
    read_layer,
    write_gpkg,
)

X0, Y0, SIDE = 39_450_000.0, 3_900_000.0, 5000.0


# -- synthetic city ------------------------------------------------------------


def wobbly(a, b, rs, n=24, amp=120.0):
    """Points from a to b (exclusive of b) with perpendicular jitter."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    length = math.hypot(dx, dy)
    nx, ny = -dy / length, dx / length
    pts = [a]
    for i in range(1, n):
        t = i / n
        off = amp * math.sin(math.pi * t) * rs.uniform(-1, 1)
        pts.append((round(x0 + dx * t + nx * off, 3), round(y0 + dy * t + ny * off, 3)))
    return pts


def polygon(pts):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in pts + [pts[0]]:
        ring.AddPoint_2D(x, y)
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(ring)
    return p


def blob(rs, cx, cy, r, n=24):
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        rr = r * (0.75 + 0.5 * rs.random())
        pts.append((round(cx + rr * math.cos(t), 3), round(cy + rr * math.sin(t), 3)))
    return polygon(pts)


def make_city(t: int, n_prio: int, n_key: int, n_farm: int, n_sites: int):
    rs = np.random.RandomState(20261206)
    k = int(round(math.sqrt(t)))
    # jittered lattice corners (the outer ones fixed), edges shared by neighbours
    corner = {}
    for i in range(k + 1):
        for j in range(k + 1):
            inner = 0 < i < k and 0 < j < k
            jx, jy = rs.uniform(-600, 600, 2) if inner else (0.0, 0.0)
            corner[i, j] = (X0 + i * SIDE + jx, Y0 + j * SIDE + jy)
    h_edge = {
        (i, j): wobbly(corner[i, j], corner[i + 1, j], rs) for i in range(k) for j in range(k + 1)
    }
    v_edge = {
        (i, j): wobbly(corner[i, j], corner[i, j + 1], rs) for i in range(k + 1) for j in range(k)
    }

    def path(pts_to_end, end):
        return pts_to_end + [end]

    towns = []
    for j in range(k):
        for i in range(k):
            bottom = path(h_edge[i, j], corner[i + 1, j])[:-1]
            right = path(v_edge[i + 1, j], corner[i + 1, j + 1])[:-1]
            top = list(reversed(path(h_edge[i, j + 1], corner[i + 1, j + 1])))[:-1]
            left = list(reversed(path(v_edge[i, j], corner[i, j + 1])))[:-1]
            county = f"99{50 + j:02d}01"
            towns.append(
                {
                    "code": f"{county}{i + 1:03d}",
                    "name": f"乡镇{j}-{i}",
                    "county": county,
                    "geometry": polygon(bottom + right + top + left),
                }
            )
    w = k * SIDE
    prio = [
        {
            "geometry": blob(
                rs, X0 + rs.uniform(0, w), Y0 + rs.uniform(0, w), rs.lognormal(math.log(180), 0.5)
            )
        }
        for _ in range(n_prio)
    ]
    key = [
        {"geometry": blob(rs, X0 + rs.uniform(0, w), Y0 + rs.uniform(0, w), rs.uniform(300, 1500))}
        for _ in range(n_key)
    ]
    farm = [
        {"geometry": blob(rs, X0 + rs.uniform(0, w), Y0 + rs.uniform(0, w), rs.uniform(150, 700))}
        for _ in range(n_farm)
    ]
    sites = []
    for s in range(n_sites):
        cx, cy = X0 + rs.uniform(0, w), Y0 + rs.uniform(0, w)
        if s % 10 == 9:
            p = ogr.Geometry(ogr.wkbPoint)
            p.AddPoint_2D(cx, cy)
            sites.append(
                {
                    "id": f"S{s}",
                    "buffer_m": 100.0,
                    "industry": "C2614",
                    "water_use": float(rs.uniform(0, 200)),
                    "geometry": p,
                }
            )
        else:
            a = rs.uniform(100, 600)
            sites.append(
                {
                    "id": f"S{s}",
                    "buffer_m": None,
                    "industry": "C1371",
                    "water_use": float(rs.uniform(0, 200)),
                    "geometry": polygon([(cx, cy), (cx + a, cy), (cx + a, cy + a), (cx, cy + a)]),
                }
            )
    return towns, prio, key, farm, sites


def fset(name, srs, rows):
    return FeatureSet(
        name,
        srs,
        [
            Feature(str(i), r["geometry"], {k: v for k, v in r.items() if k != "geometry"})
            for i, r in enumerate(rows)
        ],
    )


# -- baselines -------------------------------------------------------------------

CHILD_CPU = [0.0]


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd, env=None):
    t0, c0 = time.perf_counter(), child_cpu()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    dt = time.perf_counter() - t0
    CHILD_CPU[0] += child_cpu() - c0
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stdout}\n{proc.stderr}")
    return dt


def ogr_sql(work, src):
    gp = os.path.join(work, "ogr_sql.gpkg")
    shutil.copy(src, gp)
    steps = [
        (
            "p_t",
            "SELECT t.code AS code, "
            "ST_Multi(ST_Intersection(t.geom, ST_Union(p.geom))) AS geom "
            "FROM township t JOIN priority p ON ST_Intersects(t.geom, p.geom) GROUP BY t.code",
        ),
        (
            "k_t",
            "SELECT t.code AS code, ST_Multi(CASE WHEN q.geom IS NULL THEN "
            "ST_Intersection(t.geom, ST_Union(k.geom)) ELSE ST_Difference(ST_Intersection("
            "t.geom, ST_Union(k.geom)), q.geom) END) AS geom FROM township t JOIN key k ON "
            "ST_Intersects(t.geom, k.geom) LEFT JOIN p_t q ON q.code = t.code "
            "GROUP BY t.code",
        ),
        (
            "g_t",
            "SELECT t.code AS code, ST_Multi(CASE WHEN count(u.geom) = 0 THEN t.geom ELSE "
            "ST_Difference(t.geom, ST_Union(u.geom)) END) AS geom FROM township t LEFT JOIN "
            "(SELECT code, geom FROM p_t UNION ALL SELECT code, geom FROM k_t) u "
            "ON u.code = t.code GROUP BY t.code",
        ),
    ]
    total = 0.0
    for name, sql in steps:
        total += run(
            [
                "ogr2ogr",
                "-update",
                "-nln",
                name,
                "-nlt",
                "MULTIPOLYGON",
                gp,
                gp,
                "-dialect",
                "SQLite",
                "-sql",
                sql,
            ]
        )
    ds = ogr.Open(gp)
    areas = {
        n: sum(
            f.GetGeometryRef().GetArea()
            for f in ds.GetLayerByName(n)
            if f.GetGeometryRef() is not None
        )
        for n, _ in steps
    }
    return total, areas


def qgis_chain(work, src):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_CUSTOM_CONFIG_PATH=os.path.join(work, "qgis_profile"),
    )
    q = "qgis_process.bin"
    lay = lambda name: f"{src}|layername={name}"  # noqa: E731
    out = lambda name: os.path.join(work, f"q_{name}.gpkg")  # noqa: E731
    for name in ("p_diss", "p_t", "k_diss", "k_only", "k_t", "t1", "g_t", "tiny"):
        if os.path.exists(out(name)):
            os.remove(out(name))
    calls = [
        ["native:dissolve", f"INPUT={lay('priority')}", f"OUTPUT={out('p_diss')}"],
        [
            "native:intersection",
            f"INPUT={lay('township')}",
            f"OVERLAY={out('p_diss')}",
            f"OUTPUT={out('p_t')}",
        ],
        ["native:dissolve", f"INPUT={lay('key')}", f"OUTPUT={out('k_diss')}"],
        [
            "native:difference",
            f"INPUT={out('k_diss')}",
            f"OVERLAY={out('p_diss')}",
            f"OUTPUT={out('k_only')}",
        ],
        [
            "native:intersection",
            f"INPUT={lay('township')}",
            f"OVERLAY={out('k_only')}",
            f"OUTPUT={out('k_t')}",
        ],
        [
            "native:difference",
            f"INPUT={lay('township')}",
            f"OVERLAY={out('p_diss')}",
            f"OUTPUT={out('t1')}",
        ],
        [
            "native:difference",
            f"INPUT={out('t1')}",
            f"OVERLAY={out('k_only')}",
            f"OUTPUT={out('g_t')}",
        ],
    ]
    times = [run([q, "run", c[0], "--"] + c[1:], env) for c in calls]
    startup = run(
        [q, "run", "native:dissolve", "--", f"INPUT={lay('tiny')}", f"OUTPUT={out('tiny')}"], env
    )
    return sum(times), startup, len(calls)


def ogr_compliance(units_gpkg, layers_gpkg, sites, srs):
    """The per-site loop a user would write with OGR: spatial filter on each
    GeoPackage layer (R-tree), then intersections and areas."""
    du = ogr.Open(units_gpkg)
    dl = ogr.Open(layers_gpkg)
    lu = du.GetLayerByName("units")
    others = [dl.GetLayerByName(n) for n in ("priority", "farmland", "key")]
    t0 = time.perf_counter()
    out = 0
    for s in sites:
        g = s["geometry"]
        if g.GetGeometryName() == "POINT":
            g = g.Buffer(s["buffer_m"], 16)
        area = g.GetArea()
        lu.SetSpatialFilter(g)
        for f in lu:
            inter = f.GetGeometryRef().Intersection(g)
            if inter is not None and inter.GetArea() > 0:
                out += 1
        for lyr in others:
            lyr.SetSpatialFilter(g)
            parts = [f.GetGeometryRef().Intersection(g) for f in lyr]
            if parts:
                u = parts[0]
                for p in parts[1:]:
                    u = u.Union(p)
                out += u.GetArea() / area > 0
    return time.perf_counter() - t0


# -- the Processing algorithms -------------------------------------------------------


def run_algorithms(work, src, sites_gpkg, list_csv, n_sites, n_reports):
    """Time cc_warning:zoning_delineate and cc_warning:zoning_compliance in
    this process (QGIS and the plugin's provider started first, not timed)."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="bench_qgis_"))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing
    import cc_warning_plugin

    plugin = cc_warning_plugin.classFactory(None)
    plugin.initProcessing()

    def run_alg(alg, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        t0, c0 = time.perf_counter(), time.process_time()
        res = processing.run(
            f"cc_warning:{alg}", params, context=context, feedback=QgsProcessingFeedback()
        )
        return res, time.perf_counter() - t0, time.process_time() - c0

    lay = lambda name: f"{src}|layername={name}"  # noqa: E731
    res, t, c = run_alg(
        "zoning_delineate",
        {
            "BOUNDARY": lay("township"),
            "BOUNDARY_CODE": "code",
            "BOUNDARY_NAME": "name",
            "COUNTY_FIELD": "county",
            "PRIORITY_LAYERS": [lay("priority")],
            "KEY_LAYERS": [lay("key")],
            "OUTPUT": os.path.join(work, "alg_units.gpkg"),
            "SUMMARY": os.path.join(work, "alg_summary.gpkg"),
            "MERGES": os.path.join(work, "alg_merges.gpkg"),
        },
    )
    print(
        f"(e) cc_warning:zoning_delineate: {t:.2f} s ({c:.2f} CPU s), {res['UNIT_COUNT']} "
        f"units, {res['MERGE_COUNT']} merges; peak RSS {rss_mib():.0f} MiB"
    )
    units = os.path.join(work, "alg_units.gpkg")
    common = {
        "UNITS": units,
        "ACCESS_LIST": list_csv,
        "ECO_REDLINE": lay("priority"),
        "FARMLAND": lay("farmland"),
        "URBAN_BOUNDARY": lay("key"),
    }
    res, t, c = run_alg(
        "zoning_compliance",
        dict(
            common,
            SITES=f"{sites_gpkg}|layername=sites",
            OUTPUT=os.path.join(work, "alg_verdicts.gpkg"),
            SITES_OUTPUT=os.path.join(work, "alg_sites.gpkg"),
            PIECES=os.path.join(work, "alg_pieces.gpkg"),
        ),
    )
    print(
        f"(e) cc_warning:zoning_compliance, {n_sites} sites: {t:.2f} s ({c:.2f} CPU s) = "
        f"{1000 * t / n_sites:.2f} ms a site including reading, loading and writing; "
        f"peak RSS {rss_mib():.0f} MiB"
    )
    if n_reports:
        res, t, c = run_alg(
            "zoning_compliance",
            dict(
                common,
                SITES=f'{sites_gpkg}|layername=sites|subset="fid" <= {n_reports}',
                OUTPUT=os.path.join(work, "alg_verdicts_r.gpkg"),
                SITES_OUTPUT=os.path.join(work, "alg_sites_r.gpkg"),
                REPORT_FOLDER=os.path.join(work, "alg_reports"),
            ),
        )
        n = len(os.listdir(res["REPORT_FOLDER"])) // 2
        print(
            f"(e) cc_warning:zoning_compliance with reports, {n} sites: {t:.2f} s "
            f"({c:.2f} CPU s) = {t / n:.2f} s a site (HTML + PDF with its map)"
        )
    QgsProject.instance().clear()


# -- main ----------------------------------------------------------------------


def rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv=None):
    # a script of its own: GDAL's exceptions for the whole process
    gdal.UseExceptions()
    ogr.UseExceptions()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--townships", type=int, default=100)
    ap.add_argument("--priority", type=int, default=5000)
    ap.add_argument("--key", type=int, default=300)
    ap.add_argument("--farmland", type=int, default=2000)
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--work", default=os.path.join(ROOT, "output", "benchmark_zoning"))
    ap.add_argument("--skip-ogr", action="store_true")
    ap.add_argument("--skip-qgis", action="store_true")
    ap.add_argument("--skip-algorithms", action="store_true")
    ap.add_argument(
        "--reports",
        type=int,
        default=20,
        help="sites with a report in the timed algorithm run (0: none)",
    )
    a = ap.parse_args(argv)
    os.makedirs(a.work, exist_ok=True)
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores; GDAL {gdal.__version__}, "
        f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.1f}"
    )
    towns, prio, key, farm, sites = make_city(a.townships, a.priority, a.key, a.farmland, a.sites)
    srs = make_srs(4527)
    nverts = sum(r["geometry"].GetGeometryRef(0).GetPointCount() for r in towns + prio + key)
    print(
        f"city: {len(towns)} townships, {len(prio)} priority, {len(key)} key-control, "
        f"{len(farm)} farmland polygons, {len(sites)} sites; {nverts} vertices in the "
        "overlay inputs"
    )
    src = os.path.join(a.work, "inputs.gpkg")
    write_gpkg(
        src,
        [
            (
                "township",
                srs,
                ogr.wkbPolygon,
                [("code", "string"), ("name", "string"), ("county", "string")],
                towns,
            ),
            ("priority", srs, ogr.wkbPolygon, [], prio),
            ("key", srs, ogr.wkbPolygon, [], key),
            ("farmland", srs, ogr.wkbPolygon, [], farm),
            ("tiny", srs, ogr.wkbPolygon, [], prio[:1]),
        ],
    )
    cfg = ZoningConfig.from_profile()
    town_fs = read_layer(src, "township")
    zones = [
        ZoneLayer("priority", "1", read_layer(src, "priority")),
        ZoneLayer("key", "2", read_layer(src, "key")),
    ]
    t0, c0 = time.perf_counter(), time.process_time()
    d = delineate(town_fs, BoundaryFields("code", "name", "county"), zones, cfg)
    t_del, c_del = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"(a) plugin delineation: {t_del:.2f} s ({c_del:.2f} CPU s), {len(d.units)} units, "
        f"{len(d.merges)} merges, gap/overlap check included; peak RSS {rss_mib():.0f} MiB"
    )
    t_sql = t_q = None
    if not a.skip_ogr:
        CHILD_CPU[0] = 0.0
        t_sql, areas = ogr_sql(a.work, src)
        print(
            f"(b) ogr2ogr -dialect SQLite overlay (3 statements): {t_sql:.2f} s "
            f"({CHILD_CPU[0]:.2f} CPU s) → (b)/(a) = {t_sql / t_del:.1f}"
        )
        mine = {c: sum(u.area_m2 for u in d.units if u.cls == c) / 1e6 for c in "123"}
        print(
            "    areas km² by class, plugin (after merging slivers) / SQL: "
            + ", ".join(
                f"{c}: {mine[c]:.3f} / {areas[n] / 1e6:.3f}"
                for c, n in zip("123", ("p_t", "k_t", "g_t"))
            )
        )
    if not a.skip_qgis and shutil.which("qgis_process.bin"):
        CHILD_CPU[0] = 0.0
        t_q, startup, n = qgis_chain(a.work, src)
        net = t_q - n * startup
        print(
            f"(c) qgis_process chain ({n} calls): {t_q:.2f} s ({CHILD_CPU[0]:.2f} CPU s with "
            f"the start-up call), net of start-up "
            f"({startup:.2f} s a call) {net:.2f} s  → (c)/(a) = {t_q / t_del:.1f} "
            f"(net {net / t_del:.1f})"
        )
    # compliance
    units_gpkg = os.path.join(a.work, "units.gpkg")
    write_gpkg(
        units_gpkg, [("units", srs, ogr.wkbMultiPolygon, unit_fields(cfg), d.unit_records())]
    )
    units = read_layer(units_gpkg, "units")
    layers = {
        "eco_redline": zones[0].features,
        "farmland": read_layer(src, "farmland"),
        "urban_boundary": zones[1].features,
    }
    from cc_warning_plugin.core.zoning.access_list import clauses_from_rows

    al = clauses_from_rows(
        [
            {
                "适用范围": "总体准入要求",
                "维度": "空间布局约束",
                "条款": "t",
                "条件": "outside eco_redline",
            },
            {
                "适用范围": "总体准入要求",
                "维度": "资源开发效率要求",
                "条款": "t",
                "条件": "water_use <= 100",
            },
            {
                "适用范围": "优先保护单元",
                "维度": "空间布局约束",
                "条款": "t",
                "条件": "industry not in C",
            },
            {
                "适用范围": "重点管控单元",
                "维度": "环境风险防控",
                "条款": "t",
                "条件": "distance(eco_redline) >= 500",
            },
            {"适用范围": "一般管控单元", "维度": "污染物排放管控", "条款": "t", "条件": ""},
        ],
        cfg,
        "bench",
    )
    t0 = time.perf_counter()
    ctx = ComplianceContext(units, cfg, al, layers)
    t_load = time.perf_counter() - t0
    site_fs = fset("sites", srs, sites)
    t0, c0 = time.perf_counter(), time.process_time()
    res = analyse(site_fs, ctx)
    t_sites, c_sites = time.perf_counter() - t0, time.process_time() - c0
    n_rows = len(res.verdict_records())
    print(
        f"(a) plugin compliance: load {t_load:.2f} s, {len(sites)} sites in {t_sites:.2f} s "
        f"= {1000 * t_sites / len(sites):.2f} ms a site ({1000 * c_sites / len(sites):.2f} "
        f"CPU ms; {n_rows} verdict rows); "
        f"peak RSS {rss_mib():.0f} MiB"
    )
    c0 = time.process_time()
    t_plain = ogr_compliance(units_gpkg, src, sites, srs)
    c_plain = time.process_time() - c0
    print(
        f"(d) plain OGR loop (spatial filter + intersections, no verdicts): {t_plain:.2f} s "
        f"= {1000 * t_plain / len(sites):.2f} ms a site ({1000 * c_plain / len(sites):.2f} CPU "
        f"ms) → (d)/(a) = {t_plain / t_sites:.1f}"
    )
    if not a.skip_algorithms:
        sites_gpkg = os.path.join(a.work, "sites.gpkg")
        write_gpkg(
            sites_gpkg,
            [
                (
                    "sites",
                    srs,
                    ogr.wkbUnknown,
                    [
                        ("id", "string"),
                        ("buffer_m", "real"),
                        ("industry", "string"),
                        ("water_use", "real"),
                    ],
                    sites,
                )
            ],
        )
        list_csv = os.path.join(a.work, "access_list.csv")
        from cc_warning_plugin.core.zoning.access_list import save_access_list

        save_access_list(al, list_csv, cfg)
        run_algorithms(a.work, src, sites_gpkg, list_csv, len(sites), a.reports)
    ok_del = t_del < 60
    ok_site = 1000 * t_sites / len(sites) < 10
    print(
        f"targets: delineation < 60 s: {'met' if ok_del else 'NOT met'}; compliance < 10 ms a "
        f"site: {'met' if ok_site else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
