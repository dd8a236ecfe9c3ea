"""Tests of the bundled sample data (示范市 / Shifan) in cc_warning_plugin/sample_data.

No QGIS import: numpy, the standard library, GDAL/OGR and the plugin's Qt-free core. The designed
results (design.csv) are checked by running the core's 2016 chain with the default method profile on
the files; no rule or threshold of the method is restated here (the thresholds the margins are
measured from, the standard limits and the gradings are read from the profile).
"""

from __future__ import annotations

import csv
import itertools
import subprocess
import sys
import tomllib
from pathlib import Path

import numpy as np
import pytest

from osgeo import gdal, ogr, osr  # noqa: E402

from cc_warning_plugin.core.m2016 import stations  # noqa: E402
from cc_warning_plugin.core.m2016 import water as water_element  # noqa: E402
from cc_warning_plugin.core.m2016.chain import Chain  # noqa: E402
from cc_warning_plugin.core.m2016.trend import COMPONENTS  # noqa: E402
from cc_warning_plugin.core.m2016.units import Source  # noqa: E402
from cc_warning_plugin.core.profile import Profile, deep_merge, load_profile  # noqa: E402
from cc_warning_plugin.core.rules import grade  # noqa: E402

pytestmark = pytest.mark.usefixtures("gdal_exceptions_on")

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "cc_warning_plugin" / "sample_data"
GENERATOR = REPO / "scripts" / "make_sample_data.py"
GPKG = "shifan.gpkg"
LAYERS = [
    "county",
    "township",
    "eco_redline",
    "farmland_protection",
    "urban_boundary",
    "landuse",
    "degradation",
    "air_station",
    "water_section",
]
RASTERS = [
    "dem.tif",
    "precip.tif",
    "accum_temp.tif",
    "soil_texture.tif",
    "silt_content.tif",
    "veg_cover.tif",
    "landcover.tif",
]
CSVS = [
    "indicators_2020.csv",
    "indicators_2025.csv",
    "national_rates.csv",
    "air_daily_2025.csv",
    "water_monthly_2025.csv",
    "water_sections_2025.csv",
    "climate_monthly.csv",
    "design.csv",
]
# the words of design.csv and the profile codes the core writes
CODE = {
    "超载": "overload",
    "临界超载": "critical",
    "不超载": "none",
    "加剧型": "worsening",
    "趋缓型": "easing",
    "红色": "red",
    "橙色": "orange",
    "黄色": "yellow",
    "蓝色": "blue",
    "绿色": "green",
    "轻度": "light",
    "中度": "moderate",
    "重度": "heavy",
    "严重": "severe",
    "趋差": 1,
    "趋良": 0,
}
ELEMENT_COLUMNS = [
    ("土地资源", "land_class"),
    ("水资源", "water_class"),
    ("环境", "env_class"),
    ("生态", "eco_class"),
    ("专项评价", "special_class"),
    ("资源利用效率", "trend_eff_worse"),
    ("污染物排放强度", "trend_emis_worse"),
    ("生态质量", "trend_eco_worse"),
    ("耗损类型", "trend_type"),
    ("超载类型", "load_type"),
    ("预警等级", "warning_level"),
]
# Design margins of docs/sample_data.md (not rules of the method): every index at least 5 %
# (relative; 0.005 around 0) from every threshold of its rule, rates 0.9 points from the national
# rate.
MARGIN, MARGIN_FLOOR, RATE_MARGIN = 0.05, 0.1, 0.9


# ------------------------------------------------------------------------------------------------
# fixtures and readers
# ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("regen") / "sample_data"
    proc = subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stdout
    return out


@pytest.fixture(scope="session")
def profile() -> Profile:
    return load_profile(None)


@pytest.fixture(scope="session")
def fields() -> dict:
    with open(REPO / "cc_warning_plugin" / "data" / "indicators.toml", "rb") as f:
        return tomllib.load(f)["fields"]


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def source(name: str) -> Source:
    rows = read_csv(DATA / name)
    return Source(name, rows, headers=list(rows[0]))


@pytest.fixture(scope="session")
def tables(fields) -> dict:
    """County tables keyed by canonical field name, per year."""
    zh2key = {v["name_zh"]: k for k, v in fields.items()}
    out = {}
    for year in (2020, 2025):
        rows = read_csv(DATA / f"indicators_{year}.csv")
        out[year] = {r["行政区划代码"]: {zh2key[h]: v for h, v in r.items()} for r in rows}
    return out


@pytest.fixture(scope="session")
def design() -> dict:
    return {r["行政区划代码"]: r for r in read_csv(DATA / "design.csv")}


def features(path: Path, layer: str) -> list[tuple[dict, ogr.Geometry]]:
    ds = ogr.Open(str(path / GPKG))
    lyr = ds.GetLayerByName(layer)
    out = []
    for f in lyr:
        out.append((f.items(), f.GetGeometryRef().Clone()))
    return out


@pytest.fixture(scope="session")
def counties() -> dict[str, ogr.Geometry]:
    return {a["行政区划代码"]: g for a, g in features(DATA, "county")}


def num(t: dict, k: str) -> float:
    return float(t[k])


def county_of(counties: dict, g: ogr.Geometry) -> str:
    hits = [c for c, cg in counties.items() if cg.Contains(g)]
    assert len(hits) == 1
    return hits[0]


# ------------------------------------------------------------------------------------------------
# reproducibility: regenerating gives the committed files
# ------------------------------------------------------------------------------------------------
def raster_facts(path: Path) -> dict:
    ds = gdal.Open(str(path))
    b = ds.GetRasterBand(1)
    ct = b.GetRasterColorTable()
    return {
        "size": (ds.RasterXSize, ds.RasterYSize, ds.RasterCount),
        "dtype": b.DataType,
        "nodata": b.GetNoDataValue(),
        "geotransform": ds.GetGeoTransform(),
        "colours": None if ct is None else [ct.GetColorEntry(i) for i in range(ct.GetCount())],
        "srs": ds.GetSpatialRef(),
        "array": b.ReadAsArray(),
    }


#: m²: two geometries of the sample whose symmetric difference is smaller are the same
GEOMETRY_AREA_TOLERANCE = 1e-3


def vector_facts(path: Path) -> dict:
    ds = ogr.Open(str(path))
    out = {}
    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayer(i)
        defn = lyr.GetLayerDefn()
        out[lyr.GetName()] = {
            "geometry": lyr.GetGeomType(),
            "srs": lyr.GetSpatialRef(),
            "fields": [
                (defn.GetFieldDefn(k).GetName(), defn.GetFieldDefn(k).GetType())
                for k in range(defn.GetFieldCount())
            ],
            "features": [(f.GetFID(), f.items(), f.GetGeometryRef().Clone()) for f in lyr],
        }
    return out


def compare_raster(a_path: Path, b_path: Path) -> None:
    a, b = raster_facts(a_path), raster_facts(b_path)
    for key in ("size", "dtype", "nodata", "geotransform", "colours"):
        assert a[key] == b[key], (a_path.name, key)
    assert a["srs"].IsSame(b["srs"]), a_path.name
    assert a["array"].dtype == b["array"].dtype, a_path.name
    assert np.array_equal(a["array"], b["array"]), a_path.name


def compare_vectors(a_path: Path, b_path: Path) -> None:
    a, b = vector_facts(a_path), vector_facts(b_path)
    assert list(a) == list(b), a_path.name
    for layer in a:
        for key in ("geometry", "fields"):
            assert a[layer][key] == b[layer][key], (layer, key)
        assert a[layer]["srs"].IsSame(b[layer]["srs"]), layer
        assert len(a[layer]["features"]) == len(b[layer]["features"]), layer
        for fa, fb in zip(a[layer]["features"], b[layer]["features"], strict=True):
            assert fa[:2] == fb[:2], (layer, fa[0])
            ga, gb = fa[2], fb[2]
            assert ga.GetGeometryType() == gb.GetGeometryType(), (layer, fa[0])
            if ogr.GT_Flatten(ga.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
                # the same shape: GEOS 3.11 (Debian 12) and 3.13 (Debian 13) may start a ring
                # at another vertex or round the last bit of a coordinate differently
                assert ga.SymDifference(gb).GetArea() < GEOMETRY_AREA_TOLERANCE, (layer, fa[0])
            else:  # points and lines: no overlay made them
                assert ga.ExportToIsoWkb() == gb.ExportToIsoWkb(), (layer, fa[0])


def compare_workbooks(a_path: Path, b_path: Path) -> None:
    import pandas as pd

    a = pd.read_excel(a_path, sheet_name=None, dtype=str)
    b = pd.read_excel(b_path, sheet_name=None, dtype=str)
    assert list(a) == list(b), a_path.name
    for sheet in a:
        assert a[sheet].fillna("").equals(b[sheet].fillna("")), (a_path.name, sheet)


def generated_files(folder: Path) -> list[str]:
    """Names of the files in a sample folder, without the .aux.xml sidecars that GDAL and QGIS
    write beside rasters they open (git ignores them)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".aux.xml"))


def test_regeneration_reproduces_the_committed_folder(regenerated):
    """Every file: rasters and GeoPackages as data (values, nodata, grid, CRS; layers, fields,
    features), every other file byte for byte."""
    names = generated_files(DATA)
    assert generated_files(regenerated) == names
    assert set(RASTERS + CSVS + [GPKG, "README.md"]) <= set(names)
    for name in names:
        if name.endswith(".tif"):
            compare_raster(DATA / name, regenerated / name)
        elif name.endswith(".gpkg"):
            compare_vectors(DATA / name, regenerated / name)
        elif name.endswith(".xlsx"):  # a workbook holds time stamps: compare its cells
            compare_workbooks(DATA / name, regenerated / name)
        else:
            assert (regenerated / name).read_bytes() == (DATA / name).read_bytes(), name


def test_the_comparison_sees_a_changed_value(regenerated, tmp_path):
    """The raster and vector comparisons fail on a single changed cell or coordinate."""
    changed = tmp_path / "dem.tif"
    gdal.Translate(str(changed), str(regenerated / "dem.tif"))
    ds = gdal.Open(str(changed), gdal.GA_Update)
    a = ds.GetRasterBand(1).ReadAsArray()
    a[120, 150] += 0.5
    ds.GetRasterBand(1).WriteArray(a)
    ds = None
    with pytest.raises(AssertionError):
        compare_raster(DATA / "dem.tif", changed)
    gpkg = tmp_path / GPKG
    gpkg.write_bytes((regenerated / GPKG).read_bytes())
    ds = ogr.Open(str(gpkg), 1)
    lyr = ds.GetLayerByName("air_station")
    f = lyr.GetNextFeature()
    g = f.GetGeometryRef()
    g.SetPoint_2D(0, g.GetX() + 0.01, g.GetY())
    f.SetGeometry(g)
    lyr.SetFeature(f)
    ds = None
    with pytest.raises(AssertionError):
        compare_vectors(DATA / GPKG, gpkg)


def test_generator_refuses_to_replace_a_foreign_folder(tmp_path):
    target = tmp_path / "somewhere"
    target.mkdir()
    (target / "precious.txt").write_text("keep me")
    proc = subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "refusing to replace" in proc.stderr
    assert (target / "precious.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["somewhere"]  # no temporary folder


def test_generator_takes_raster_sidecars_for_its_own(regenerated, tmp_path, monkeypatch):
    """A folder holding the generator's files and the .aux.xml sidecars QGIS writes beside the
    rasters may be replaced (the sidecars go with the old folder); any other file stops it."""
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    from sample_data.cli import check_target

    target = tmp_path / "sample_data"
    target.mkdir()
    for name in generated_files(regenerated):
        (target / name).write_text("old")
    (target / "dem.tif.aux.xml").write_text("<PAMDataset/>")
    check_target(target)
    (target / "design.csv.aux.xml").write_text("<PAMDataset/>")
    with pytest.raises(SystemExit, match="design.csv.aux.xml"):
        check_target(target)


# ------------------------------------------------------------------------------------------------
# formats: CRS, nodata, headers
# ------------------------------------------------------------------------------------------------
def epsg_of(srs: osr.SpatialReference) -> str:
    srs = srs.Clone()
    srs.AutoIdentifyEPSG()
    return srs.GetAuthorityCode(None)


def test_every_layer_and_raster_is_epsg_4527():
    ds = ogr.Open(str(DATA / GPKG))
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    assert sorted(names) == sorted(LAYERS)
    for name in names:
        assert epsg_of(ds.GetLayerByName(name).GetSpatialRef()) == "4527", name
    for name in RASTERS:
        r = gdal.Open(str(DATA / name))
        assert epsg_of(r.GetSpatialRef()) == "4527", name


def test_rasters_declare_nodata_and_share_one_grid():
    gts = set()
    for name in RASTERS:
        r = gdal.Open(str(DATA / name))
        b = r.GetRasterBand(1)
        assert b.GetNoDataValue() is not None, name
        assert (r.RasterXSize, r.RasterYSize) == (300, 240), name
        gt = r.GetGeoTransform()
        assert gt[1] == 200 and gt[5] == -200, name
        assert b.GetBlockSize() == [128, 128], name  # tiled
        assert r.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE", name
        gts.add(gt)
        a = b.ReadAsArray()
        nd = b.GetNoDataValue()
        assert (a == nd).any() and (a != nd).any(), name  # outside the city is nodata
    assert len(gts) == 1
    gt = gts.pop()
    assert 39_470_000 <= gt[0] and gt[0] + 300 * 200 <= 39_540_000
    assert 4_000_000 <= gt[3] - 240 * 200 and gt[3] <= 4_050_000


def test_rasters_share_one_nodata_mask():
    masks = []
    for name in RASTERS:
        ds = gdal.Open(str(DATA / name))  # keep the dataset alive while its band is used
        b = ds.GetRasterBand(1)
        masks.append(b.ReadAsArray() == b.GetNoDataValue())
    for m in masks[1:]:
        assert np.array_equal(m, masks[0])


def test_csv_headers_are_dictionary_names_and_files_have_bom(fields):
    section_level = {
        "section_id",
        "section_name",
        "water_body",
        "do",
        "codmn",
        "bod5",
        "codcr",
        "nh3n",
        "tn",
        "tp",
    }
    per_unit = [
        fields[k]["name_zh"] for k in fields if k not in section_level and "scope" not in fields[k]
    ]
    for year in (2020, 2025):
        raw = (DATA / f"indicators_{year}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
        assert header == per_unit
    pols = [fields[k]["name_zh"] for k in ("do", "codmn", "bod5", "codcr", "nh3n", "tn", "tp")]
    h = list(read_csv(DATA / "water_sections_2025.csv")[0])
    assert (
        h
        == [fields[k]["name_zh"] for k in ("section_id", "section_name", "unit_code", "water_body")]
        + pols
    )
    h = list(read_csv(DATA / "water_monthly_2025.csv")[0])
    assert h == [fields["section_id"]["name_zh"], "月份"] + pols
    for name in CSVS:
        assert (DATA / name).read_bytes().startswith(b"\xef\xbb\xbf"), name


def test_units_in_tables_are_plausible(tables):
    for t in tables[2025].values():
        assert 100 < num(t, "eval_land_area") < 500  # km2
        assert 0 < num(t, "constr_land_area") < num(t, "eval_land_area")
        assert 1000 < num(t, "water_quota") < 100000  # 1e4 m3
        assert 0.2 < num(t, "co_p95") < 4  # mg/m3
        assert 0 < num(t, "forest_grass_cover") < 100  # %
        assert 0 <= num(t, "pm25_exceed_days") <= 365
        assert t["gw_overdraft"] in ("无", "一般超采", "严重超采")
        assert t["core_city"] in ("0", "1")


# ------------------------------------------------------------------------------------------------
# vector topology
# ------------------------------------------------------------------------------------------------
def test_counties_tile_the_city_without_gaps_or_overlaps(counties):
    assert sorted(counties) == [
        "990102",
        "990103",
        "990121",
        "990122",
        "990123",
        "990124",
        "990125",
        "990126",
    ]
    for code, g in counties.items():
        assert g.IsValid(), code
    union = None
    for g in counties.values():
        union = g.Clone() if union is None else union.Union(g)
    total = sum(g.Area() for g in counties.values())
    assert abs(union.Area() - total) < 1.0  # m2: no overlaps
    for (a, ga), (b, gb) in itertools.combinations(counties.items(), 2):
        assert ga.Intersection(gb).Area() < 1e-3, (a, b)
    # no gaps: the union is one polygon without holes, its area is the area of the city outline
    assert union.GetGeometryType() == ogr.wkbPolygon and union.GetGeometryCount() == 1
    outline = ogr.Geometry(ogr.wkbPolygon)
    outline.AddGeometry(union.GetGeometryRef(0))
    assert abs(outline.Area() - total) < 1.0
    assert 2000e6 < total < 3000e6


def test_townships_tile_their_county(counties):
    towns = features(DATA, "township")
    codes = [a["乡镇代码"] for a, _ in towns]
    assert len(set(codes)) == len(codes)
    for code, cg in counties.items():
        mine = [g for a, g in towns if a["行政区划代码"] == code]
        assert 3 <= len(mine) <= 5, code
        assert all(g.IsValid() for g in mine)
        assert abs(sum(g.Area() for g in mine) - cg.Area()) < 1.0, code
        u = mine[0]
        for g in mine[1:]:
            u = u.Union(g)
        assert u.SymDifference(cg).Area() < 1.0, code
        for ga, gb in itertools.combinations(mine, 2):
            assert ga.Intersection(gb).Area() < 1e-3


def test_monitoring_points_lie_inside_counties(counties):
    stations = features(DATA, "air_station")
    assert 12 <= len(stations) <= 16
    per = {c: 0 for c in counties}
    for _, g in stations:
        per[county_of(counties, g)] += 1
    assert min(per.values()) >= 1
    sections = features(DATA, "water_section")
    assert 16 <= len(sections) <= 24
    per = {c: 0 for c in counties}
    ready = {r["断面编码"]: r for r in read_csv(DATA / "water_sections_2025.csv")}
    for a, g in sections:
        c = county_of(counties, g)
        per[c] += 1
        assert a["水体类型"] in ("河流", "湖库")
        assert ready[a["断面编码"]]["行政区划代码"] == c
        assert ready[a["断面编码"]]["水体类型"] == a["水体类型"]
    assert min(per.values()) >= 2


def test_three_control_lines_do_not_overlap():
    layers = {
        n: [g for _, g in features(DATA, n)]
        for n in ("eco_redline", "farmland_protection", "urban_boundary")
    }
    for n, gs in layers.items():
        assert gs, n
        assert all(g.IsValid() for g in gs), n
    for (na, ga), (nb, gb) in itertools.combinations(layers.items(), 2):
        overlap = 0.0
        for a in ga:
            for b in gb:
                if a.Intersects(b):
                    overlap += a.Intersection(b).Area()
        assert overlap < 1.0, (na, nb, overlap)


def test_landuse_codes_and_construction_area_agree_with_table(counties, tables, profile):
    names = {
        "01": "耕地",
        "02": "种植园用地",
        "03": "林地",
        "04": "草地",
        "05": "商业服务业用地",
        "06": "工矿用地",
        "07": "住宅用地",
        "08": "公共管理与公共服务用地",
        "09": "特殊用地",
        "10": "交通运输用地",
        "11": "水域及水利设施用地",
        "12": "其他土地",
    }
    lu = features(DATA, "landuse")
    codes = tuple(profile.get("elements.land.overlay.construction_codes"))
    constr = {c: 0.0 for c in counties}
    for a, g in lu:
        assert names[a["地类编码"]] == a["地类名称"]
        if a["地类编码"].startswith(codes):
            for c, cg in counties.items():  # overlay, not the attribute
                if cg.Intersects(g):
                    constr[c] += cg.Intersection(g).Area() / 1e6
    for c in counties:
        table = num(tables[2025][c], "constr_land_area")
        assert abs(constr[c] - table) / table < 0.02, c


# ------------------------------------------------------------------------------------------------
# statistics: air and water, computed by the core from the daily and monthly files
# ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def station_unit(counties) -> dict[str, str]:
    return {a["站点编码"]: county_of(counties, g) for a, g in features(DATA, "air_station")}


@pytest.fixture(scope="session")
def section_unit(counties) -> dict[str, str]:
    return {a["断面编码"]: county_of(counties, g) for a, g in features(DATA, "water_section")}


@pytest.fixture(scope="session")
def air_statistics(profile, counties, station_unit):
    std = profile.get("elements.environment.air_standard")
    return stations.air_statistics(
        source("air_daily_2025.csv"), station_unit, sorted(counties), profile, std, 2025
    )


def test_air_daily_file_covers_2025_with_a_few_gaps():
    rows = read_csv(DATA / "air_daily_2025.csv")
    station_codes = sorted({r["站点编码"] for r in rows})
    assert len(rows) == 365 * len(station_codes)
    dates = sorted({r["日期"] for r in rows})
    assert dates[0] == "2025-01-01" and dates[-1] == "2025-12-31" and len(dates) == 365
    pollutants = ("SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h")
    empty = [(r["站点编码"], p) for r in rows for p in pollutants if r[p] == ""]
    assert 0 < len(empty) < 40
    assert len({s for s, _ in empty}) == 1


def test_air_statistics_in_table_match_daily_data(tables, air_statistics, profile):
    """The table's annual statistics are the core's, rounded to the decimals written."""
    names = list(profile.get("elements.environment.stations.statistics"))
    assert names == [
        "so2_annual",
        "no2_annual",
        "pm10_annual",
        "pm25_annual",
        "co_p95",
        "o3_8h_p90",
    ]
    for c, t in tables[2025].items():
        for k in names:
            decimals = len(t[k].split(".")[1])
            half = 0.5 * 10**-decimals
            assert abs(num(t, k) - air_statistics.stats[c][k]) <= half + 1e-9, (c, k)
        assert num(t, "pm25_exceed_days") == air_statistics.exceed_days[c], c


def test_section_means_match_monthly_data(fields, profile):
    pollutants = profile.get("elements.environment.water_pollutants")
    ready = read_csv(DATA / "water_sections_2025.csv")
    means = stations.section_means(
        source("water_monthly_2025.csv"), [r["断面编码"] for r in ready], pollutants, 2025
    )
    assert sorted(means) == sorted(r["断面编码"] for r in ready)
    months = {}
    for r in read_csv(DATA / "water_monthly_2025.csv"):
        months.setdefault(r["断面编码"], []).append(int(r["月份"]))
    for r in ready:
        assert sorted(months[r["断面编码"]]) == list(range(1, 13))
        for p in pollutants:
            assert abs(means[r["断面编码"]][p] - float(r[fields[p]["name_zh"]])) <= 0.0005 + 1e-9, (
                r["断面编码"],
                p,
            )


# ------------------------------------------------------------------------------------------------
# design targets: the core's 2016 chain on the files, with the default profile
# ------------------------------------------------------------------------------------------------
# The designed result of every county, typed by hand from docs/sample_data.md (the oracle design.csv
# must keep): 名称 → (超载类型, 预警等级).
HEADLINE = {
    "城关区": ("超载", "红色"),
    "东港区": ("临界超载", "黄色"),
    "湖滨县": ("临界超载", "黄色"),
    "南川县": ("临界超载", "蓝色"),
    "平原县": ("不超载", "绿色"),
    "河湾县": ("超载", "红色"),
    "北岭县": ("超载", "橙色"),
    "西山县": ("不超载", "绿色"),
}


@pytest.fixture(scope="session")
def dissolved(profile, counties) -> dict:
    """Moderate-or-worse degradation (severities of the profile) per county, overlaps dissolved."""
    counted = set(profile.get("elements.ecology.counted_severities"))
    patches = [g for a, g in features(DATA, "degradation") if a["程度"] in counted]
    out = {}
    for c, cg in counties.items():
        u = None
        for part in (g.Intersection(cg) for g in patches):
            if not part.IsEmpty():
                u = part if u is None else u.Union(part)
        out[c] = {
            "degraded_area": (u.Area() if u is not None else 0.0) / 1e6,
            "land_area": cg.Area() / 1e6,
            "source": "polygons",
        }
    return out


def evaluate(
    profile: Profile, eco_overlay: dict | None, aggregation: str | None = None, **monitoring
) -> tuple[dict, dict]:
    """(chain results per county code, national rates used) from the county tables, the national
    rates and the water sections (or the raw monitoring data given in ``monitoring``)."""
    chain = Chain(
        profile,
        source("indicators_2025.csv"),
        [],
        [source("indicators_2020.csv")],
        water_aggregation=aggregation,
    )
    chain.prepare(
        **{
            "national_table": source("national_rates.csv"),
            "sections": source("water_sections_2025.csv"),
            **monitoring,
        }
    )
    rows = chain.run(eco_overlay=eco_overlay)
    return dict(zip(chain.units.codes, rows, strict=True)), chain.national


@pytest.fixture(scope="session")
def results(profile, dissolved) -> dict:
    return evaluate(profile, dissolved)[0]


def test_core_gives_every_designed_class(results, design):
    assert sorted(results) == sorted(design)
    for c, d in design.items():
        r = results[c]
        got = [r[f] for _, f in ELEMENT_COLUMNS]
        assert got == [CODE[d[col]] for col, _ in ELEMENT_COLUMNS], (c, d["名称"])
        if d["黑灰指数大气分级"]:
            assert (r["special_bg_air"], r["special_bg_water"]) == (
                CODE[d["黑灰指数大气分级"]],
                CODE[d["黑灰指数水分级"]],
            ), c
    assert {r["warning_level"] for r in results.values()} == {
        "red",
        "orange",
        "yellow",
        "blue",
        "green",
    }


def test_design_keeps_the_hand_typed_headline_targets(results, design):
    assert {d["名称"]: (d["超载类型"], d["预警等级"]) for d in design.values()} == HEADLINE
    for c, d in design.items():
        load, warning = HEADLINE[d["名称"]]
        assert results[c]["load_type"] == CODE[load], c
        assert results[c]["warning_level"] == CODE[warning], c


def test_special_evaluation_follows_the_function_zone(results, design, profile):
    for c, d in design.items():
        special = profile.get(f"special.{results[c]['special_type']}")
        assert special["name_zh"] == d["专项评价类型"], c


def test_raw_monitoring_data_give_the_same_result(
    profile, dissolved, results, station_unit, section_unit
):
    sections = [a for a, _ in features(DATA, "water_section")]
    raw, _ = evaluate(
        profile,
        dissolved,
        air_daily=source("air_daily_2025.csv"),
        station_unit=station_unit,
        sections=Source("water_section", sections, headers=list(sections[0])),
        section_unit=section_unit,
        section_obs=source("water_monthly_2025.csv"),
    )
    for c, r in results.items():
        assert [raw[c][f] for _, f in ELEMENT_COLUMNS] == [r[f] for _, f in ELEMENT_COLUMNS], c
        # the sections table rounds the annual means to 3 decimals: 0.0005 / 0.05 (lake TP) = 0.01
        assert raw[c]["env_index"] == pytest.approx(r["env_index"], abs=0.0101), c


def test_core_indices_are_the_designed_values(results, design):
    for c, d in design.items():
        r = results[c]
        assert r["land_index"] == pytest.approx(float(d["土地资源压力指数D设计值"]), abs=6e-4), c
        assert r["water_r_total"] == pytest.approx(float(d["用水总量/控制指标设计值"]), abs=1e-3), c
        assert r["water_r_gw"] == pytest.approx(float(d["地下水/控制指标设计值"]), abs=1e-3), c
        # R rests on section means rounded to 3 decimals: up to 0.0005 / 0.05 (lake TP) = 0.01 off
        assert r["env_index"] == pytest.approx(float(d["污染物浓度超标指数R设计值"]), abs=0.011), c
        if float(d["生态系统健康度H设计值"]) > 0:  # 0: only the class and the margin designed
            assert r["eco_index"] == pytest.approx(float(d["生态系统健康度H设计值"]), abs=6e-4), c


def tn_on_rivers(profile: Profile) -> Profile:
    std = profile.get("elements.environment.water_standard")
    bodies = list(profile.get("water_bodies"))
    return Profile(
        deep_merge(
            profile.data,
            {"standards": {"water": {std: {"parameters": {"tn": {"applies_to": bodies}}}}}},
        ),
        profile.source,
    )


def test_other_conventions_give_the_same_classes(profile, dissolved, results):
    typed, _ = evaluate(profile, None)  # ecology from the per-type area fields
    mean_then_max, _ = evaluate(profile, dissolved, "mean_then_max")
    tn, _ = evaluate(tn_on_rivers(profile), dissolved)
    for c, r in results.items():
        assert typed[c]["eco_class"] == r["eco_class"], c
        assert mean_then_max[c]["env_class"] == r["env_class"], c
        assert tn[c]["env_class"] == r["env_class"], c
    # the table fields count the overlap of the two 北岭 patches twice
    assert typed["990125"]["eco_index"] > results["990125"]["eco_index"] + 0.01


def test_what_drives_the_designed_classes(results):
    assert results["990102"]["env_worst"] == "pm25_annual"  # 城关: PM2.5
    lake = {
        r["断面编码"] for r in read_csv(DATA / "water_sections_2025.csv") if r["水体类型"] == "湖库"
    }
    section, pollutant = results["990121"]["env_worst"].split(":")  # 湖滨: lake TP
    assert section in lake and pollutant == "tp"
    assert results["990125"]["water_worst"] == "overdraft"  # 北岭: 严重超采 alone
    assert results["990125"]["water_r_total"] < 0.9 and results["990125"]["water_r_gw"] < 0.9


def near(v: float, thresholds) -> list:
    return [t for t in thresholds if abs(v - t) < MARGIN * max(abs(t), MARGIN_FLOOR)]


def rule_values(rules) -> list[float]:
    return [r["value"] for r in rules if "value" in r]


def test_indices_keep_a_margin_from_the_profile_thresholds(profile, results, counties, design):
    typed, national = evaluate(profile, None)
    land = rule_values(profile.get("elements.land.rules"))
    ratios = rule_values(water_element.ratio_rules(profile))
    env = rule_values(profile.get("elements.environment.rules"))
    eco = rule_values(profile.get("elements.ecology.rules"))
    for c, r in results.items():
        assert not near(r["land_index"], land), c
        assert not near(r["water_r_total"], ratios) and not near(r["water_r_gw"], ratios), c
        assert not near(r["env_index"], env) and not near(r["env_water_index"], env), c
        assert not near(r["eco_index"], eco) and not near(typed[c]["eco_index"], eco), c
        kind = r["special_type"]
        if kind == "black_grey":
            core = "core" if design[c]["是否核心城市主城区"] == "1" else "other"
            air = profile.get(f"special.black_grey.air.{r['special_zone']}_{core}")
            water = profile.get(f"special.black_grey.water.{r['special_zone']}")
            assert not near(r["special_bg_days"], air["breaks"]), c
            assert not near(r["special_bg_den"], water["den_breaks"]), c
            l_breaks = [b for band in water["bands"] for b in band["l_breaks"]]
            assert not near(r["special_bg_l"], l_breaks), c
        elif kind != "cropland_quality":  # 平原县's grade is unchanged by design: index 0
            rules = profile.get(f"special.{kind}.rules")
            assert not near(r["special_index"], rule_values(rules)), c
        for comp, (_kind, _field, out) in COMPONENTS.items():
            assert abs(r[out] - national[comp]) >= RATE_MARGIN, (c, comp)


def test_unverified_special_rules_are_noted_and_inputs_plausible(tables, design, results, profile):
    for c, d in design.items():
        if profile.get(f"special.{results[c]['special_type']}").get("unverified"):
            assert "unverified" in d["备注"], c
    t20, t25 = tables[2020], tables[2025]
    for c in ("990122", "990123"):  # cropland quality grade unchanged or better (lower number)
        assert num(t25[c], "cropland_quality_grade") <= num(t20[c], "cropland_quality_grade")
    assert -0.10 < results["990125"]["special_index"] < -0.06  # 北岭 declines about 8 %
    assert abs(results["990126"]["special_index"]) < 0.01  # 西山 stable


# ------------------------------------------------------------------------------------------------
# rasters for the 双评价 gradings of the profile
# ------------------------------------------------------------------------------------------------
def read_masked(name: str) -> np.ndarray:
    ds = gdal.Open(str(DATA / name))
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(float)
    a[a == b.GetNoDataValue()] = np.nan
    return a


def levels_present(values: np.ndarray, entry: dict, levels_key: str = "levels") -> set:
    graded = grade(values, entry["breaks"], entry[levels_key], entry["closed"])
    return set(np.unique(graded).tolist())


def test_slope_levels_of_both_gradings_are_present(profile):
    dem = read_masked("dem.tif")
    gy, gx = np.gradient(dem, 200.0)
    slope = np.degrees(np.arctan(np.hypot(gx, gy)))
    s = slope[~np.isnan(slope)]
    agri, urban = profile.get("dual.land.agri_slope"), profile.get("dual.land.urban_slope")
    for entry in (agri, urban):
        assert levels_present(s, entry) == set(entry["levels"]), entry["name_en"]
    assert np.sum(s > agri["breaks"][-1]) > 100
    # local relief (max - min in the profile's window for 200 m cells) above the largest relief step
    size = next(w["cells"] for w in urban["relief_windows"] if w["max_cell_size"] > 200)
    h = size // 2
    p = np.pad(dem, h, constant_values=np.nan)
    win = np.stack(
        [p[i : i + dem.shape[0], j : j + dem.shape[1]] for i in range(size) for j in range(size)]
    )
    hi = np.where(np.isnan(win), -np.inf, win).max(axis=0)
    lo = np.where(np.isnan(win), np.inf, win).min(axis=0)
    relief = np.where(np.isnan(dem), 0.0, hi - lo)
    step = max(m["value"] for m in urban["modifiers"] if m["input"] == "relief")
    assert np.sum(relief > step) > 0
    v = dem[~np.isnan(dem)]
    assert v.min() < 80 and 1500 < v.max() < 2200


def test_precipitation_accumulated_temperature_cover_and_silt(profile):
    p = read_masked("precip.tif")
    p = p[~np.isnan(p)]
    rain = profile.get("dual.water.agri_precipitation")
    assert levels_present(p, rain) == set(rain["levels"][1:])  # every level but the driest
    t = read_masked("accum_temp.tif")
    t = t[~np.isnan(t)]
    assert 2500 < t.min() < 3500 and 5000 < t.max() < 6000
    assert len(levels_present(t, profile.get("dual.climate.accumulated_temperature"))) >= 2
    fc = read_masked("veg_cover.tif")
    fc = fc[~np.isnan(fc)]
    assert fc.min() >= 0 and fc.max() <= 1
    cover = profile.get("dual.ecology.vulnerability.soil_erosion.vegetation_cover")
    assert levels_present(fc, cover, "scores") == set(cover["scores"])
    silt = read_masked("silt_content.tif")
    silt = silt[~np.isnan(silt)]
    assert np.mean((silt >= 15) & (silt <= 55)) > 0.9
    lo, hi = sorted(
        m["value"] for m in profile.get("dual.land.agri_slope.modifiers") if m["input"] == "silt"
    )
    assert np.sum((silt >= lo) & (silt < hi)) > 0 and 0 < np.sum(silt >= hi) < 200


def test_categorical_rasters_use_the_documented_codes(profile):
    lc = read_masked("landcover.tif")
    codes = set(np.unique(lc[~np.isnan(lc)]).astype(int))
    assert codes == set(range(1, 15)) | {20, 30, 31, 40, 50}
    runoff = profile.get("dual.ecology.runoff_coefficients")
    assert all(str(k) in runoff for k in range(1, 15))  # every ecosystem type has its α
    st = read_masked("soil_texture.tif")
    textures = set(np.unique(st[~np.isnan(st)]).astype(int))
    assert textures == set(range(1, 14))
    assert textures <= {c["code"] for c in profile.get("dual.soil_texture.codes")}
    # land cover agrees with the coarser land-use polygons: the lake is water in both
    r = gdal.Open(str(DATA / "landcover.tif"))
    gt = r.GetGeoTransform()
    for a, g in features(DATA, "water_section"):
        if a["水体类型"] == "湖库":
            col, row = int((g.GetX() - gt[0]) / gt[1]), int((g.GetY() - gt[3]) / gt[5])
            assert lc[row, col] == 40, a
