#!/usr/bin/python3
"""Benchmark of cc_warning:carrying_capacity_2016 on many units (not part of
the test suite).

Builds N synthetic township units (squares of 5 km × 5 km on a grid,
EPSG:4527, GeoPackage, code 行政区划代码 and name) with the tables of the
whole 2016 chain: the evaluation-year and base-year indicator tables (the
columns of the sample's indicators_2025.csv / indicators_2020.csv), the
national rates, and one surface-water section per unit (annual means). The
values of unit i are those of sample county i mod 8, with the areas,
volumes, lengths and emissions scaled by one factor per unit (so the ratios
stay the sample's) and the concentrations by another (so the environment
classes vary). ``--overlays`` adds land-use polygons (a construction strip
and the rest of the unit) and one degradation polygon per unit.

Two ways, each in a fresh process, timing only the work (QGIS start-up
excluded), one after the other in the same run:

  (a) plugin   cc_warning:carrying_capacity_2016 (every table joined and
               checked, the elements, special evaluation, trend, load type,
               warning level and cause; a styled GeoPackage output);
  (b) pandas   the formulas of the four basic elements over the CSVs as one
               would write them by hand with pandas (read, join on the code,
               land pressure, water ratios with the 超采 state, air and
               section exceedance, degraded share from the table, the trend
               rates and the load type of the four elements; no checks, notes
               or causes; a CSV output). Its land, water, environment and
               ecology classes are checked against (a) (with ``--overlays`` the
               plugin takes the degraded area from the polygons, (b) from the
               table, so ecology classes may differ).

It prints for each N: wall seconds and CPU seconds (user + sys) of the
work, the peak resident memory of the process (QGIS included) and the
resident memory before the work, for (a) and (b), and the ratios (a)/(b) of
wall and CPU time. The CPU time is the better measure on a loaded machine:
check ``uptime`` first; the load average is printed before and after.
``--repeat K`` keeps the fastest of K runs of each way (and the largest peak
memory of them).

  benchmark_units.py [--sizes 2850 28500 38000] [--work DIR] [--overlays]
                     [--repeat K]
  benchmark_units.py --generate 38000          # only write the inputs

Inputs are cached in the work folder (default output/benchmark_units).
"""

import argparse
import csv
import json
import os
import platform
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
SIDE = 5000.0  # metres, one unit
X0, Y0 = 39500000.0, 3000000.0
# columns of the sample tables scaled with the unit's size (areas, volumes,
# lengths, livestock, GDP, emissions) and concentrations varied per unit
EXTENSIVE = (
    "建设用地面积",
    "评价区域土地面积",
    "用水总量",
    "用水总量控制指标",
    "地下水供水量",
    "地下水开采控制指标",
    "中度及以上水土流失面积",
    "中度及以上土地沙化面积",
    "中度及以上盐渍化面积",
    "中度及以上石漠化面积",
    "城市建成区面积",
    "黑臭水体实测长度",
    "重度黑臭水体长度",
    "实际载畜量",
    "合理载畜量",
    "地区生产总值(可比价)",
    "化学需氧量排放量",
    "氨氮排放量",
    "二氧化硫排放量",
    "氮氧化物排放量",
)
CONCENTRATIONS = (
    "SO2年均浓度",
    "NO2年均浓度",
    "PM10年均浓度",
    "PM2.5年均浓度",
    "CO日均值第95百分位数",
    "O3日最大8小时平均第90百分位数",
)
SECTION_VALUES = ("高锰酸盐指数", "五日生化需氧量", "化学需氧量", "氨氮", "总氮", "总磷")


# -- inputs -------------------------------------------------------------------


def _read_csv(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return rows


def _factors(i: int):
    """(size factor, concentration factor) of unit i: deterministic, spread
    over 0.6–1.4 and 0.7–1.3."""
    a = ((i * 7919) % 1000) / 1000.0
    b = ((i * 104729 + 17) % 997) / 997.0
    return 0.6 + 0.8 * a, 0.7 + 0.6 * b


def _fmt(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".")


def _unit_row(sample: dict, code: str, name: str, size: float, conc: float) -> dict:
    row = dict(sample)
    row["行政区划代码"], row["评价单元名称"] = code, name
    for k in EXTENSIVE:
        if row.get(k, "") not in ("", None):
            row[k] = _fmt(float(row[k]) * size)
    for k in CONCENTRATIONS:
        if row.get(k, "") not in ("", None):
            row[k] = _fmt(float(row[k]) * conc)
    days = row.get("PM2.5年超标天数", "")
    if days not in ("", None):
        row["PM2.5年超标天数"] = str(min(366, round(float(days) * conc)))
    return row


def _write_csv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        w.writerows(rows)
    os.replace(tmp, path)


def make_inputs(n: int, folder: str, overlays: bool = False) -> dict:
    """Write (or reuse) the inputs of N units; returns their paths."""
    sys.path.insert(0, ROOT)
    from cc_warning_plugin.core.gdal_open import gdal_exceptions

    with gdal_exceptions():  # and as they were after (the tests call this too)
        return _make_inputs(n, folder, overlays)


def _make_inputs(n: int, folder: str, overlays: bool) -> dict:
    from osgeo import ogr, osr

    os.makedirs(folder, exist_ok=True)
    paths = {
        k: os.path.join(folder, f)
        for k, f in (
            ("units", "units.gpkg"),
            ("eval", "indicators_eval.csv"),
            ("base", "indicators_base.csv"),
            ("national", "national_rates.csv"),
            ("sections", "sections.csv"),
            ("overlays", "overlays.gpkg"),
        )
    }
    want = [k for k in paths if k != "overlays" or overlays]
    if all(os.path.exists(paths[k]) for k in want):
        return paths
    ev, bs = _read_csv("indicators_2025.csv"), _read_csv("indicators_2020.csv")
    secs = _read_csv("water_sections_2025.csv")
    sec_by_unit = {}
    for s in secs:
        sec_by_unit.setdefault(s["行政区划代码"], s)
    header = list(ev[0].keys())
    cols = int(n**0.5) + 1
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    codes, ev_rows, bs_rows, sec_rows = [], [], [], []
    for i in range(n):
        code = f"99{i // 1000:04d}{i % 1000:03d}"
        name = f"乡镇{i + 1}"
        k = i % len(ev)
        size, conc = _factors(i)
        codes.append((code, name))
        ev_rows.append(_unit_row(ev[k], code, name, size, conc))
        bs_rows.append(_unit_row(bs[k], code, name, size, conc))
        s = dict(sec_by_unit.get(ev[k]["行政区划代码"], secs[k % len(secs)]))
        s["断面编码"], s["断面名称"], s["行政区划代码"] = f"W{code}", f"{name}断面", code
        for c in SECTION_VALUES:
            s[c] = _fmt(float(s[c]) * conc)
        sec_rows.append(s)
    _write_csv(paths["eval"], header, ev_rows)
    _write_csv(paths["base"], header, bs_rows)
    _write_csv(paths["sections"], list(secs[0].keys()), sec_rows)
    with (
        open(os.path.join(SAMPLE, "national_rates.csv"), "rb") as src,
        open(paths["national"], "wb") as dst,
    ):
        dst.write(src.read())

    def square(x0, y0, w, h):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in ((x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h), (x0, y0)):
            ring.AddPoint_2D(x, y)
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(ring)
        return poly

    def origin(i):
        return X0 + (i % cols) * SIDE, Y0 + (i // cols) * SIDE

    drv = ogr.GetDriverByName("GPKG")
    tmp = paths["units"] + ".tmp.gpkg"
    if os.path.exists(tmp):
        os.remove(tmp)
    ds = drv.CreateDataSource(tmp)
    lyr = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    for f in ("行政区划代码", "名称"):
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTString))
    ds.StartTransaction()
    defn = lyr.GetLayerDefn()
    for i, (code, name) in enumerate(codes):
        feat = ogr.Feature(defn)
        feat.SetField(0, code)
        feat.SetField(1, name)
        feat.SetGeometry(square(*origin(i), SIDE, SIDE))
        lyr.CreateFeature(feat)
    ds.CommitTransaction()
    ds = None
    os.replace(tmp, paths["units"])
    if overlays:
        tmp = paths["overlays"] + ".tmp.gpkg"
        if os.path.exists(tmp):
            os.remove(tmp)
        ds = drv.CreateDataSource(tmp)
        lu = ds.CreateLayer("landuse", srs, ogr.wkbPolygon)
        for f in ("图斑编号", "地类编码", "地类名称"):
            lu.CreateField(ogr.FieldDefn(f, ogr.OFTString))
        dg = ds.CreateLayer("degradation", srs, ogr.wkbPolygon)
        for f in ("图斑编号", "退化类型", "程度"):
            dg.CreateField(ogr.FieldDefn(f, ogr.OFTString))
        ds.StartTransaction()
        for i, (code, _) in enumerate(codes):
            x0, y0 = origin(i)
            row = ev_rows[i]
            share = float(row["建设用地面积"]) / float(row["评价区域土地面积"])
            w = SIDE * share
            for j, (lc, lname, geom) in enumerate(
                (
                    ("0702", "农村宅基地", square(x0, y0, w, SIDE)),
                    ("0103", "旱地", square(x0 + w, y0, SIDE - w, SIDE)),
                )
            ):
                feat = ogr.Feature(lu.GetLayerDefn())
                feat.SetField(0, f"{code}-{j}")
                feat.SetField(1, lc)
                feat.SetField(2, lname)
                feat.SetGeometry(geom)
                lu.CreateFeature(feat)
            feat = ogr.Feature(dg.GetLayerDefn())
            feat.SetField(0, f"{code}-d")
            feat.SetField(1, "水土流失")
            feat.SetField(2, "中度" if i % 3 else "轻度")
            feat.SetGeometry(square(x0, y0, SIDE * 0.1 * (1 + i % 4), SIDE * 0.5))
            dg.CreateFeature(feat)
        ds.CommitTransaction()
        ds = None
        os.replace(tmp, paths["overlays"])
    return paths


# -- the two ways (each in a child process) -----------------------------------


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


def plugin_parameters(paths, out, overlays):
    params = {
        "INPUT": paths["units"],
        "INDICATORS": [paths["eval"]],
        "BASE_INDICATORS": [paths["base"]],
        "NATIONAL_RATES": paths["national"],
        "SECTIONS": paths["sections"],
        "OUTPUT": out,
    }
    if overlays:
        params["LANDUSE"] = paths["overlays"] + "|layername=landuse"
        params["DEGRADATION"] = paths["overlays"] + "|layername=degradation"
    return params


def run_plugin(paths, out, overlays, profile_to=None):
    app, plugin = init_qgis()  # noqa: F841 (kept alive)
    import processing
    from qgis.core import QgsProcessingFeedback

    params = plugin_parameters(paths, out, overlays)
    start = snapshot()
    profiler = None
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    processing.run("cc_warning:carrying_capacity_2016", params, feedback=QgsProcessingFeedback())
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile_to)
    return start


def run_pandas(paths, out, overlays):
    """The formulas of the chain over the CSVs, by hand with pandas: the
    four basic elements (土地 D = (L − L0)/L0, 水 W/W0 and G/G0 with the
    超采 state, 环境 air max(C/S − 1) and the sections' mean of their
    max(C/S − 1) (DO: S/C − 1), 生态 degraded share), the trend rates
    against the national ones and the load type of the four elements."""
    import numpy as np
    import pandas as pd

    sys.path.insert(0, ROOT)
    from cc_warning_plugin.core.exceedance import air_limits, water_limits
    from cc_warning_plugin.core.indicators import match_headers
    from cc_warning_plugin.core.profile import load_profile

    # what one looks up before writing the loop: thresholds, limits, columns
    p = load_profile()
    land, water, env, eco = (
        p.get(f"elements.{k}") for k in ("land", "water", "environment", "ecology")
    )
    air_lim = air_limits(p)
    bodies = {
        a: k for k, v in p.get("water_bodies").items() if isinstance(v, dict) for a in v["aliases"]
    }
    wlim = {b: water_limits(p, b) for b in set(bodies.values())}
    states = {
        a: v["class"]
        for v in water["overdraft"].values()
        if isinstance(v, dict)
        for a in v["aliases"]
    }
    with open(paths["eval"], encoding="utf-8-sig") as fh:
        head = fh.readline().strip().split(",")
    with open(paths["sections"], encoding="utf-8-sig") as fh:
        shead = fh.readline().strip().split(",")
    col = {
        k: h
        for k, h in match_headers(
            head, p.get("elements.environment.air_pollutants") + ["unit_code"]
        ).items()
    }
    scol = match_headers(
        shead, p.get("elements.environment.water_pollutants") + ["unit_code", "water_body"]
    )
    start = snapshot()
    ev = pd.read_csv(paths["eval"], dtype={"行政区划代码": str})
    bs = pd.read_csv(paths["base"], dtype={"行政区划代码": str})
    sec = pd.read_csv(paths["sections"], dtype={"行政区划代码": str})
    nat = pd.read_csv(paths["national"]).set_index("指标代码")["全国平均年变化率(%)"]
    df = ev.merge(bs, on="行政区划代码", suffixes=("", "_b"), how="left")
    res = pd.DataFrame({"行政区划代码": df["行政区划代码"]})
    sev = {"none": 0, "critical": 1, "overload": 2}
    names = np.array(["none", "critical", "overload"], dtype=object)

    def classed(index, rules):
        """The profile's ordered rules on a column; NaN → not_evaluated."""
        v = index.to_numpy(dtype=float)
        out_ = np.full(len(v), rules[-1]["class"], dtype=object)
        done = np.isnan(v)
        ops = {">": np.greater, ">=": np.greater_equal, "<": np.less, "<=": np.less_equal}
        for r in rules[:-1]:
            hit = ~done & ops[r["op"]](v, r["value"])
            out_[hit] = r["class"]
            done |= hit
        out_[np.isnan(v)] = "not_evaluated"
        return out_

    # 土地资源
    l_share = df["建设用地面积"] / df["评价区域土地面积"]
    res["land_index"] = (l_share - df["适宜建设开发程度阈值"]) / df["适宜建设开发程度阈值"]
    res["land_class"] = classed(res["land_index"], land["rules"])
    # 水资源: the worse of the two quotas and the 超采 state
    ratio = np.fmax(
        df["用水总量"] / df["用水总量控制指标"], df["地下水供水量"] / df["地下水开采控制指标"]
    )
    w = np.where(
        ratio > water["overload_ratio"], 2, np.where(ratio > water["critical_ratio"], 1, 0)
    )
    w = np.maximum(w, df["地下水超采状况"].map(lambda s_: sev[states[s_]]).to_numpy())
    res["water_index"] = ratio
    res["water_class"] = names[w]
    # 环境: air max(C/S − 1); water: per section max(C/S − 1) (DO: S/C − 1), mean by unit
    air = pd.concat([df[col[k]] / v - 1.0 for k, v in air_lim.items() if k in col], axis=1)
    res["air_index"] = air.max(axis=1)
    body = sec[scol["water_body"]].map(bodies)
    parts = []
    for b, lim in wlim.items():
        sub = sec[body == b]
        r = []
        for k, (limit, direction) in lim.items():
            if k in scol:
                c = sub[scol[k]]
                r.append(limit / c - 1.0 if direction == "min" else c / limit - 1.0)
        parts.append(pd.concat(r, axis=1).max(axis=1).groupby(sub[scol["unit_code"]]).mean())
    water_mean = pd.concat(parts).groupby(level=0).mean()
    res["water_sec_index"] = df["行政区划代码"].map(water_mean)
    res["env_index"] = np.fmax(res["air_index"], res["water_sec_index"])
    res["env_class"] = classed(res["env_index"], env["rules"])
    # 生态: moderate-or-worse degraded share of the land area
    deg = sum(
        df[c].fillna(0)
        for c in (
            "中度及以上水土流失面积",
            "中度及以上土地沙化面积",
            "中度及以上盐渍化面积",
            "中度及以上石漠化面积",
        )
    )
    res["eco_index"] = deg / df["评价区域土地面积"]
    res["eco_class"] = classed(res["eco_index"], eco["rules"])
    # 过程评价: annual rates (%/a) against the national rates
    years = 5.0
    gdp, gdp_b = df["地区生产总值(可比价)"], df["地区生产总值(可比价)_b"]
    for key, c, kind in (
        ("land_efficiency", "建设用地面积", "eff"),
        ("water_efficiency", "用水总量", "eff"),
        ("cod_intensity", "化学需氧量排放量", "int"),
        ("nh3n_intensity", "氨氮排放量", "int"),
        ("so2_intensity", "二氧化硫排放量", "int"),
        ("nox_intensity", "氮氧化物排放量", "int"),
    ):
        r = (
            (df[c + "_b"] / gdp_b) / (df[c] / gdp)
            if kind == "eff"
            else (df[c] / gdp) / (df[c + "_b"] / gdp_b)
        )
        res[f"trend_{key}"] = 100 * (r ** (1 / years) - 1) - nat.get(key, np.nan)
    # 超载类型 of the four basic elements (the short board)
    classes = np.stack(
        [
            res[c].map(sev).to_numpy(dtype=float)
            for c in ("land_class", "water_class", "env_class", "eco_class")
        ]
    )
    n_over = (classes == 2).sum(axis=0)
    n_crit = (classes == 1).sum(axis=0)
    res["load_basic"] = np.where(
        (n_over > 0) | (n_crit >= 2), "overload", np.where(n_crit == 1, "critical", "none")
    )
    res.to_csv(out, index=False)
    return start


def snapshot():
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"t": time.perf_counter(), "cpu": ru.ru_utime + ru.ru_stime, "rss": rss_mib()}


def rss_mib() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def folder_of(work: str, n: int, overlays: bool) -> str:
    return os.path.join(work, f"n{n}" + ("_overlays" if overlays else ""))


def child(mode, n, work, overlays, profile_to=None):
    folder = folder_of(work, n, overlays)
    paths = make_inputs(n, folder, overlays)
    out = os.path.join(folder, "out_plugin.gpkg" if mode == "plugin" else "out_pandas.csv")
    for p in (out, os.path.splitext(out)[0] + ".qml"):
        if os.path.exists(p):
            os.remove(p)
    if mode == "plugin":
        start = run_plugin(paths, out, overlays, profile_to)
    else:
        start = run_pandas(paths, out, overlays)
    end = snapshot()
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(
        json.dumps(
            {
                "seconds": end["t"] - start["t"],
                "cpu": end["cpu"] - start["cpu"],
                "rss_before_mib": start["rss"],
                "maxrss_mib": ru.ru_maxrss / 1024.0,
            }
        )
    )


def compare(folder) -> str:
    """Whether the land, water, environment and ecology classes of (b) equal
    the plugin's (the same formulas by hand)."""
    import pandas as pd
    from osgeo import ogr

    hand = pd.read_csv(os.path.join(folder, "out_pandas.csv"), dtype={"行政区划代码": str})
    ds = ogr.Open(os.path.join(folder, "out_plugin.gpkg"))
    lyr = ds.GetLayer(0)
    names = ("land_class", "water_class", "env_class", "eco_class")
    rows = {f.GetField("行政区划代码"): [f.GetField(c) for c in names] for f in lyr}
    differ = {c: 0 for c in names}
    for code, *got in zip(hand["行政区划代码"], *(hand[c] for c in names)):
        for c, want, g in zip(names, got, rows[code]):
            differ[c] += want != g
    if not any(differ.values()):
        return f"(b) gives the classes of (a) for all {len(hand):,} units ({', '.join(names)})"
    return "classes of (b) that differ from (a): " + ", ".join(
        f"{c} {k}" for c, k in differ.items()
    )


def measure(mode, n, work, overlays):
    cmd = [sys.executable, __file__, "--child", mode, "--n", str(n), "--work", work]
    if overlays:
        cmd.append("--overlays")
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen")
    )
    if proc.returncode != 0:
        raise SystemExit(f"{mode} at N={n} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def best(mode, n, work, overlays, repeat):
    """The fastest of ``repeat`` runs (a shared machine adds noise), with the
    largest peak memory of them."""
    runs = [measure(mode, n, work, overlays) for _ in range(max(1, repeat))]
    fastest = dict(min(runs, key=lambda r: r["seconds"]))
    fastest["maxrss_mib"] = max(r["maxrss_mib"] for r in runs)
    return fastest


def machine() -> str:
    cpu = "CPU model unknown"
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return (
        f"{platform.platform()}; {os.cpu_count()} cores ({cpu}); {mem:.0f} GiB RAM; "
        f"Python {platform.python_version()}"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2850, 28500, 38000])
    parser.add_argument("--work", default=os.path.join(ROOT, "output", "benchmark_units"))
    parser.add_argument(
        "--overlays",
        action="store_true",
        help="add land-use and degradation polygons (overlays per unit)",
    )
    parser.add_argument(
        "--skip-pandas", action="store_true", help="do not run the hand-written pandas formulas (b)"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, metavar="K", help="keep the fastest of K runs of each way"
    )
    parser.add_argument(
        "--generate",
        type=int,
        metavar="N",
        help="only write the inputs of N units and print their paths",
    )
    parser.add_argument(
        "--profile", metavar="FILE", help="with --child plugin: write a cProfile of the run to FILE"
    )
    parser.add_argument("--child", choices=["plugin", "pandas"], help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = os.path.abspath(args.work)
    if args.generate:
        paths = make_inputs(
            args.generate, folder_of(work, args.generate, args.overlays), args.overlays
        )
        print(json.dumps(paths, ensure_ascii=False, indent=1))
        return 0
    if args.child:
        child(args.child, args.n, work, args.overlays, args.profile)
        return 0
    print(f"machine: {machine()}")
    print(
        f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        f"  ({time.strftime('%Y-%m-%d %H:%M')})"
    )
    print(
        "inputs: units + evaluation and base-year tables + national rates + one water "
        "section per unit" + (" + land-use and degradation polygons" if args.overlays else "")
    )
    head = (
        f"| {'units':>6} | (a) plugin s | CPU s | peak RSS | RSS before | (b) pandas s "
        f"| CPU s | peak RSS | a/b wall | a/b CPU |"
    )
    print(head)
    print("|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|")
    for n in args.sizes:
        t0 = time.perf_counter()
        # the inputs are built in a process of their own: Linux passes a
        # process's peak memory on to the processes it starts, so inputs built
        # here would show as the peak RSS of every way measured after them
        cmd = ["--generate", str(n), "--work", work] + (["--overlays"] if args.overlays else [])
        subprocess.run([sys.executable, __file__, *cmd], check=True, stdout=subprocess.DEVNULL)
        gen = time.perf_counter() - t0
        a = best("plugin", n, work, args.overlays, args.repeat)
        b = None if args.skip_pandas else best("pandas", n, work, args.overlays, args.repeat)
        cells = [
            f"{n:>6}",
            f"{a['seconds']:12.2f}",
            f"{a['cpu']:5.2f}",
            f"{a['maxrss_mib']:4.0f} MiB",
            f"{a['rss_before_mib']:6.0f} MiB",
        ]
        if b:
            cells += [
                f"{b['seconds']:12.2f}",
                f"{b['cpu']:5.2f}",
                f"{b['maxrss_mib']:4.0f} MiB",
                f"{a['seconds'] / b['seconds']:8.1f}",
                f"{a['cpu'] / b['cpu']:7.1f}",
            ]
        else:
            cells += [f"{'—':>12}", f"{'—':>5}", f"{'—':>8}", f"{'—':>8}", f"{'—':>7}"]
        print(
            "| "
            + " | ".join(cells)
            + " |"
            + (f"   (inputs written in {gen:.0f} s)" if gen > 1 else "")
        )
        if b:
            print("  " + compare(folder_of(work, n, args.overlays)))
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
