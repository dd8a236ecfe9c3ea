#!/usr/bin/env python3
"""Generate the 生态环境分区管控 sample data of the fictional city 示范市 (Shifan).

Usage:
    /usr/bin/python3 scripts/make_zoning_sample.py [--data DIR] [--out DIR]

Reads (never writes) the county, township, eco_redline, farmland_protection and urban_boundary
layers of ``shifan.gpkg`` and ``design.csv`` in DIR (default ``cc_warning_plugin/sample_data``) and
writes into OUT (default: the same folder):

- ``zoning.gpkg`` — the further priority-protection layers (general_eco_space 一般生态空间,
  drinking_water 饮用水水源保护区), the key-control layers (industrial_park 工业园区, env_key_area:
  the counties whose 2016 environment result is 超载 or 临界超载), the control units delineated
  from them (control_unit, official-style fields and list texts), an earlier version of the units
  (control_unit_2020, with four designed changes) and five project sites (project_site);
- ``zoning_access_list.csv`` / ``.xlsx`` / ``.toml`` — a fictional access list, the same clauses in
  the three formats.

Everything is deterministic (fixed shapes, fixed search order, no random numbers); each file is
written to a temporary name and renamed. See docs/zoning.md ("Sample data") for what the five
projects are designed to give.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
from pathlib import Path

from osgeo import gdal, ogr, osr

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cc_warning_plugin.core.zoning.access_list import (  # noqa: E402
    clauses_from_rows,
    fill_dimensions,
    load_access_list,
    save_access_list,
)
from cc_warning_plugin.core.zoning.config import ZoningConfig  # noqa: E402
from cc_warning_plugin.core.zoning.delineate import (  # noqa: E402
    BoundaryFields,
    ZoneLayer,
    delineate,
    unit_fields,
    unit_record,
)
from cc_warning_plugin.core.zoning.features import (  # noqa: E402
    Feature,
    FeatureSet,
    read_layer,
    write_gpkg,
)
from cc_warning_plugin.core.zoning.geometry import multipolygon, polygonal, union_all  # noqa: E402

DEFAULT = REPO / "cc_warning_plugin" / "sample_data"
# lower-left corner of the sample grid (see make_sample_data.py)
X0, Y0 = 39_475_000.0, 4_001_000.0


def km(xk: float, yk: float) -> tuple[float, float]:
    return X0 + xk * 1000.0, Y0 + yk * 1000.0


def ellipse(cx, cy, a, b, angle_deg, n=72) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    ca, sa = math.cos(math.radians(angle_deg)), math.sin(math.radians(angle_deg))
    for i in range(n + 1):
        t = 2 * math.pi * (i % n) / n
        u, v = a * math.cos(t), b * math.sin(t)
        ring.AddPoint_2D(round(cx + u * ca - v * sa, 3), round(cy + u * sa + v * ca, 3))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def rect(cx, cy, w, h) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in (
        (cx - w / 2, cy - h / 2),
        (cx + w / 2, cy - h / 2),
        (cx + w / 2, cy + h / 2),
        (cx - w / 2, cy + h / 2),
        (cx - w / 2, cy - h / 2),
    ):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def point(x, y) -> ogr.Geometry:
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(x, y)
    return p


# ---------------------------------------------------------------------------------------------
# 1. priority and key-control layers
# ---------------------------------------------------------------------------------------------
# 饮用水水源保护区: around the reservoir 北岭水库 (make_sample_data.RESERVOIR, local km
# (29.6, 39.6)) and at an intake on the lake 镜湖 (local km (45.4, 6.6)).
DRINKING = [
    ("SY01", "北岭水库饮用水水源保护区", "990125", km(29.6, 39.6), 2400.0, 1300.0, -72.0),
    ("SY02", "镜湖取水口饮用水水源保护区", "990121", km(42.2, 8.4), 1100.0, 800.0, 18.0),
]
# 工业园区 (fictional): centre (m), width, height
PARKS = [
    ("YQ01", "东港临港工业园", "990103", (39_528_600.0, 4_016_800.0), 2400.0, 1600.0),
    ("YQ02", "南川食品工业园", "990122", (39_497_000.0, 4_012_600.0), 1600.0, 1200.0),
    ("YQ03", "平原农产品加工园", "990123", (39_526_400.0, 4_037_600.0), 1500.0, 1000.0),
]
ECO_SPACE_BUFFER = 500.0  # 一般生态空间: a 500 m belt around the red lines
ECO_SPACE_COUNTIES = ("990124", "990125", "990126")  # of these counties


def build_layers(data: Path):
    g = str(data / "shifan.gpkg")
    county = read_layer(g, "county")
    town = read_layer(g, "township")
    red = read_layer(g, "eco_redline")
    farm = read_layer(g, "farmland_protection")
    urban = read_layer(g, "urban_boundary")
    srs = county.srs
    city = union_all([f.geom for f in county.features])
    belt = []
    for f in red.features:
        if f.attrs["行政区划代码"] in ECO_SPACE_COUNTIES:
            ring = polygonal(
                f.geom.Buffer(ECO_SPACE_BUFFER, 8).Difference(f.geom).Intersection(city)
            )
            belt.append(
                {
                    "编码": "YBST" + f.attrs["红线编码"][-3:],
                    "名称": "一般生态空间",
                    "行政区划代码": f.attrs["行政区划代码"],
                    "geometry": ring,
                }
            )
    drinking = [
        {
            "编码": c,
            "名称": n,
            "行政区划代码": a,
            "geometry": polygonal(ellipse(x, y, sa, sb, ang).Intersection(city)),
        }
        for c, n, a, (x, y), sa, sb, ang in DRINKING
    ]
    parks = [
        {"编码": c, "名称": n, "行政区划代码": a, "geometry": rect(x, y, w, h)}
        for c, n, a, (x, y), w, h in PARKS
    ]
    with open(data / "design.csv", encoding="utf-8-sig", newline="") as fh:
        design = {r["行政区划代码"]: r for r in csv.DictReader(fh)}
    env_key = [
        {
            "行政区划代码": f.attrs["行政区划代码"],
            "名称": f.attrs["名称"] + "环境重点管控区",
            "环境评价结果": design[f.attrs["行政区划代码"]]["环境"],
            "geometry": f.geom.Clone(),
        }
        for f in county.features
        if design[f.attrs["行政区划代码"]]["环境"] in ("超载", "临界超载")
    ]
    return dict(
        srs=srs,
        county=county,
        town=town,
        red=red,
        farm=farm,
        urban=urban,
        city=city,
        belt=belt,
        drinking=drinking,
        parks=parks,
        env_key=env_key,
        design=design,
    )


def fs(name, srs, records) -> FeatureSet:
    return FeatureSet(
        name, srs, [Feature(str(i + 1), r["geometry"], r) for i, r in enumerate(records)]
    )


# ---------------------------------------------------------------------------------------------
# 2. the access list (fictional clauses; each dimension; checkable and text-only)
# ---------------------------------------------------------------------------------------------
LIST_INFO = dict(
    name="示范市生态环境准入清单（示例，虚构）", version="2025-示例", date="2025-06-30"
)


def list_rows(unit_reservoir: str, unit_p1: str) -> list[dict]:
    rows = [
        (
            "Z01",
            "总体准入要求",
            "空间布局约束",
            "生态保护红线内，除国家允许的有限人为活动外，禁止开发性、生产性建设活动（示例）。",
            "outside eco_redline",
        ),
        (
            "Z02",
            "总体准入要求",
            "空间布局约束",
            "严禁占用永久基本农田（示例）。",
            "outside farmland",
        ),
        (
            "Z03",
            "总体准入要求",
            "污染物排放管控",
            "新建项目化学需氧量年排放量不超过 50 吨（示例）。",
            "emission_cod <= 50",
        ),
        (
            "Z04",
            "总体准入要求",
            "环境风险防控",
            "全市禁止新建农药制造项目（示例）。",
            "industry not in C263",
        ),
        (
            "Z05",
            "总体准入要求",
            "资源开发效率要求",
            "新建项目年用水量不超过 100 万立方米（示例）。",
            "water_use <= 100",
        ),
        (
            "Y01",
            "优先保护单元",
            "空间布局约束",
            "优先保护单元内禁止新建工业项目和矿产资源开发项目（示例）。",
            "industry not in B, C, D",
        ),
        (
            "Y02",
            "优先保护单元",
            "污染物排放管控",
            "优先保护单元内现有排污单位逐步退出或实施提标改造（示例）。",
            "",
        ),
        (
            "Y03",
            "优先保护单元",
            "环境风险防控",
            "加强优先保护单元内生态环境风险排查和应急能力建设（示例）。",
            "",
        ),
        (
            "G01",
            "重点管控单元",
            "空间布局约束",
            "新建化学原料和化学制品制造项目须进入合规工业园区（示例）。",
            "if industry in C26 then inside industrial_park",
        ),
        (
            "G02",
            "重点管控单元",
            "污染物排放管控",
            "限制新建水泥、平板玻璃项目，确需建设的须实施产能置换和超低排放（示例）。",
            "industry restricted C301, C304",
        ),
        (
            "G03",
            "重点管控单元",
            "环境风险防控",
            "新建项目与饮用水水源保护区的距离不少于 1000 米（示例）。",
            "distance(drinking_water) >= 1000",
        ),
        (
            "G04",
            "重点管控单元",
            "资源开发效率要求",
            "新建项目年综合能耗不超过 5000 吨标准煤（示例）。",
            "energy_use <= 5000",
        ),
        (
            "B01",
            "一般管控单元",
            "空间布局约束",
            "一般管控单元内禁止新建钢铁、炼焦项目（示例）。",
            "industry not in C31, C252",
        ),
        (
            "B02",
            "一般管控单元",
            "资源开发效率要求",
            "新建工业项目用地面积不超过 50 公顷（示例）。",
            "land_area <= 50",
        ),
        (
            "D01",
            unit_reservoir,
            "环境风险防控",
            "北岭水库汇水区内禁止设置排污口，加强入库河流风险防控（示例）。",
            "",
        ),
        (
            "D02",
            unit_p1,
            "资源开发效率要求",
            "本单元新建项目年综合能耗不超过 2000 吨标准煤（示例）。",
            "energy_use <= 2000",
        ),
    ]
    return [{"编号": a, "适用范围": b, "维度": c, "条款": d, "条件": e} for a, b, c, d, e in rows]


# ---------------------------------------------------------------------------------------------
# 3. project sites: placed by a fixed search so that each gets the verdict it is designed for
# ---------------------------------------------------------------------------------------------
def search(units_in, avoid, env, step=250.0, size=300.0, margin=80.0, must=()):
    """First square (south-west to north-east scan of ``env``) inside the union of ``units_in``,
    at least ``margin`` m from its edge, meeting none of ``avoid`` and all of ``must``."""
    target = union_all(units_in)
    inner = target.Buffer(-(margin + size / 2), 4)
    minx, maxx, miny, maxy = env
    y = math.ceil(miny / step) * step
    while y <= maxy:
        x = math.ceil(minx / step) * step
        while x <= maxx:
            if inner.Contains(point(x, y)):
                sq = rect(x, y, size, size)
                if not any(a.Intersects(sq) for a in avoid) and all(m.Intersects(sq) for m in must):
                    return x, y
            x += step
        y += step
    raise SystemExit("no place found for a sample project: the search area is too small")


def build(data: Path):
    L = build_layers(data)
    cfg = ZoningConfig.from_profile()
    srs = L["srs"]
    names = {f.attrs["行政区划代码"]: f.attrs["名称"] for f in L["county"].features}
    zones = [
        ZoneLayer("生态保护红线", "1", L["red"]),
        ZoneLayer("一般生态空间", "1", fs("general_eco_space", srs, L["belt"])),
        ZoneLayer("饮用水水源保护区", "1", fs("drinking_water", srs, L["drinking"])),
        ZoneLayer("城镇开发边界", "2", L["urban"]),
        ZoneLayer("工业园区", "2", fs("industrial_park", srs, L["parks"])),
        ZoneLayer(
            "环境重点管控区（2016 环境超载/临界超载）", "2", fs("env_key_area", srs, L["env_key"])
        ),
    ]
    d = delineate(
        L["town"],
        BoundaryFields("乡镇代码", "乡镇名称", "行政区划代码"),
        zones,
        cfg,
        county_names=names,
    )
    units = d.units
    by_code = {u.code: u for u in units}
    # the class-1 unit holding the reservoir's protection area
    res = L["drinking"][0]["geometry"]
    u_res = max(
        (u for u in units if u.cls == "1"),
        key=lambda u: polygonal(u.geom.Intersection(res)).GetArea(),
    )
    farm = [f.geom for f in L["farm"].features]
    red = [f.geom for f in L["red"].features]
    dw = [r["geometry"] for r in L["drinking"]]
    avoid = farm + red + dw + [p["geometry"] for p in L["parks"]]
    # P1 匹配 and P4 无法判断: general-control units of 西山县 (990126) and 平原县 (990123)
    u_p1 = next(u for u in units if u.cls == "3" and u.township == "990126101")
    x1, y1 = search([u_p1.geom], avoid, u_p1.geom.GetEnvelope())
    u_p4 = next(u for u in units if u.cls == "3" and u.township == "990123203")
    x4, y4 = search([u_p4.geom], avoid, u_p4.geom.GetEnvelope())
    # P2 不匹配: on a red line of 西山县, in priority units only (not the reservoir's unit)
    prio = [u.geom for u in units if u.cls == "1" and u.code != u_res.code]
    rl = next(f.geom for f in L["red"].features if f.attrs["行政区划代码"] == "990126")
    pt = rl.PointOnSurface()
    x2, y2 = search(
        prio,
        farm,
        (pt.GetX() - 3000, pt.GetX() + 3000, pt.GetY() - 3000, pt.GetY() + 3000),
        margin=20.0,
        size=400.0,
        must=[rl],
    )
    # P3 部分匹配: inside key-control units of 东港区 (990103) outside the industrial park,
    # more than 1 km from any drinking-water area
    key = [u.geom for u in units if u.cls == "2" and u.county == "990103"]
    x3, y3 = search(
        key,
        avoid + [g.Buffer(1200, 8) for g in dw],
        next(f.geom for f in L["urban"].features if f.attrs["边界编码"] == "SFCK03").GetEnvelope(),
    )
    sites = [
        dict(
            项目编号="P1",
            项目名称="示例蔬菜加工厂",
            行业代码="C1371",
            年用水量=20.0,
            年综合能耗=1200.0,
            用地面积=8.0,
            化学需氧量排放量=5.0,
            缓冲距离=None,
            设计结论="匹配",
            geometry=rect(x1, y1, 300, 300),
        ),
        dict(
            项目编号="P2",
            项目名称="示例有机化工厂",
            行业代码="C2614",
            年用水量=30.0,
            年综合能耗=3000.0,
            用地面积=20.0,
            化学需氧量排放量=10.0,
            缓冲距离=None,
            设计结论="不匹配",
            geometry=rect(x2, y2, 400, 400),
        ),
        dict(
            项目编号="P3",
            项目名称="示例水泥粉磨站",
            行业代码="C3011",
            年用水量=40.0,
            年综合能耗=4000.0,
            用地面积=30.0,
            化学需氧量排放量=20.0,
            缓冲距离=None,
            设计结论="部分匹配",
            geometry=rect(x3, y3, 300, 300),
        ),
        dict(
            项目编号="P4",
            项目名称="示例电子元件厂（年用水量未报）",
            行业代码="C3971",
            年用水量=None,
            年综合能耗=500.0,
            用地面积=5.0,
            化学需氧量排放量=2.0,
            缓冲距离=150.0,
            设计结论="无法判断",
            geometry=point(x4, y4),
        ),
        dict(
            项目编号="P5",
            项目名称="示例物流仓库（市域外）",
            行业代码="G5920",
            年用水量=2.0,
            年综合能耗=100.0,
            用地面积=3.0,
            化学需氧量排放量=0.5,
            缓冲距离=None,
            设计结论="不适用",
            geometry=rect(39_538_000.0, 4_020_000.0, 300, 300),
        ),
    ]
    rows = list_rows(u_res.code, u_p1.code)
    al = clauses_from_rows(rows, cfg, "zoning_access_list", unit_codes=by_code, **LIST_INFO)
    fill_dimensions(units, al, cfg)
    old = earlier_version(units, cfg)
    return dict(L=L, cfg=cfg, d=d, units=units, old=old, sites=sites, al=al, srs=srs)


def earlier_version(units, cfg):
    """control_unit_2020: the units before four designed changes.

    1. the industrial park unit of 新港街道 (class 2) was part of the general unit there (so in 2025
       it is added, and the general unit changed in area);
    2. the key-control unit of 湖滨镇 had class 3 and code ...3xxxx (re-coded and re-classed);
    3. the general unit of 石门乡 had another sequence number (re-coded);
    4. the general unit of 龙潭乡 did not exist in 2020 (added) — it was part of the priority unit
       there, which therefore changed in area.
    """
    from cc_warning_plugin.core.zoning.delineate import Unit

    out = []
    park = next(u for u in units if u.township == "990103002" and u.cls == "2")
    gen_park = next(u for u in units if u.township == "990103002" and u.cls == "3")
    hubin = next(u for u in units if u.township == "990121101" and u.cls == "2")
    shimen = next(u for u in units if u.township == "990125202" and u.cls == "3")
    longtan3 = next(u for u in units if u.township == "990125203" and u.cls == "3")
    longtan1 = next(u for u in units if u.township == "990125203" and u.cls == "1")
    for u in units:
        if u.code in (park.code, longtan3.code):
            continue
        geom, cls, code = u.geom, u.cls, u.code
        if u.code == gen_park.code:
            geom = multipolygon([union_all([u.geom, park.geom])])
        elif u.code == hubin.code:
            cls = "3"
            code = cfg.make_code(u.county, u.township, "3", 99)
        elif u.code == shimen.code:
            code = cfg.make_code(u.county, u.township, "3", 98)
        elif u.code == longtan1.code:
            geom = multipolygon([union_all([u.geom, longtan3.geom])])
        out.append(Unit(code, u.name, cls, u.county, u.township, geom, geom.GetArea(), [], {}))
    return out


# ---------------------------------------------------------------------------------------------
# 4. writing
# ---------------------------------------------------------------------------------------------
def write(res, out: Path) -> list[Path]:
    cfg, srs = res["cfg"], res["srs"]
    L = res["L"]
    area_fields = [("编码", "string"), ("名称", "string"), ("行政区划代码", "string")]
    site_fields = [
        ("项目编号", "string"),
        ("项目名称", "string"),
        ("行业代码", "string"),
        ("年用水量", "real"),
        ("年综合能耗", "real"),
        ("用地面积", "real"),
        ("化学需氧量排放量", "real"),
        ("缓冲距离", "real"),
        ("设计结论", "string"),
    ]
    ufields = unit_fields(cfg)
    unit_rows = [unit_record(u, cfg) for u in res["units"]]
    old_rows = [unit_record(u, cfg) for u in res["old"]]
    gt_poly = ogr.wkbMultiPolygon
    write_gpkg(
        str(out / "zoning.gpkg"),
        [
            ("general_eco_space", srs, gt_poly, area_fields, L["belt"]),
            ("drinking_water", srs, gt_poly, area_fields, L["drinking"]),
            ("industrial_park", srs, gt_poly, area_fields, L["parks"]),
            (
                "env_key_area",
                srs,
                gt_poly,
                [("行政区划代码", "string"), ("名称", "string"), ("环境评价结果", "string")],
                L["env_key"],
            ),
            ("control_unit", srs, gt_poly, ufields, unit_rows),
            ("control_unit_2020", srs, gt_poly, ufields, old_rows),
            ("project_site", srs, ogr.wkbUnknown, site_fields, res["sites"]),
        ],
    )
    files = [out / "zoning.gpkg"]
    for ext in ("csv", "xlsx", "toml"):
        path = out / f"zoning_access_list.{ext}"
        if ext == "xlsx" and path.exists() and same_list(path, res["al"], cfg):
            continue  # an xlsx holds time stamps: keep the file when its content is the same
        save_access_list(res["al"], str(path), cfg)
        files.append(path)
    return files


def same_list(path: Path, al, cfg) -> bool:
    old = load_access_list(str(path), cfg)

    def key(a):
        return (
            [
                (c.id, c.scope_kind, c.scope, c.dimension, c.text, c.condition_text)
                for c in a.clauses
            ],
            a.name,
            a.version,
            a.date,
        )

    return key(old) == key(al)


def main(argv=None) -> int:
    # a script of its own: GDAL's exceptions for the whole process
    ogr.UseExceptions()
    osr.UseExceptions()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT), help="folder with shifan.gpkg and design.csv")
    ap.add_argument("--out", default=None, help="output folder (default: the data folder)")
    args = ap.parse_args(argv)
    data = Path(args.data)
    out = Path(args.out) if args.out else data
    if not (data / "shifan.gpkg").is_file() or not (data / "design.csv").is_file():
        raise SystemExit(
            f"{data} has no shifan.gpkg and design.csv: run scripts/make_sample_data.py first"
        )
    out.mkdir(parents=True, exist_ok=True)
    # fixed time stamps in the GeoPackage (gpkg_contents.last_change), so a rerun gives the
    # same bytes
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-06-30T00:00:00.000Z")
    res = build(data)
    for f in write(res, out):
        print(f"wrote {f} ({f.stat().st_size:,} bytes)")
    counts = {c: sum(1 for u in res["units"] if u.cls == c) for c in res["cfg"].classes}
    print(
        f"{len(res['units'])} control units {counts}, {len(res['d'].merges)} small parts merged; "
        f"list: {len(res['al'].clauses)} clauses; {len(res['sites'])} projects"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
