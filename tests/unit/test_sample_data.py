"""Tests of the bundled sample data (示范市 / Shifan) in cc_warning_plugin/sample_data.

No QGIS import: numpy, the standard library and GDAL/OGR only. The evaluation rules used to check the
design targets are written out here from spec/methods.md (§1.2-1.6, §3), independently of the generator.
"""
from __future__ import annotations

import csv
import itertools
import math
import subprocess
import sys
import tomllib
from pathlib import Path

import numpy as np
import pytest

gdal = pytest.importorskip("osgeo.gdal")
from osgeo import ogr, osr  # noqa: E402

gdal.UseExceptions()
ogr.UseExceptions()

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "cc_warning_plugin" / "sample_data"
GENERATOR = REPO / "scripts" / "make_sample_data.py"
GPKG = "shifan.gpkg"
LAYERS = ["county", "township", "eco_redline", "farmland_protection", "urban_boundary", "landuse", "degradation",
          "air_station", "water_section"]
RASTERS = ["dem.tif", "precip.tif", "accum_temp.tif", "soil_texture.tif", "silt_content.tif", "veg_cover.tif",
           "landcover.tif"]
CSVS = ["indicators_2020.csv", "indicators_2025.csv", "national_rates.csv", "air_daily_2025.csv",
        "water_monthly_2025.csv", "water_sections_2025.csv", "climate_monthly.csv", "design.csv"]
OV, CR, NO = "超载", "临界超载", "不超载"


# ------------------------------------------------------------------------------------------------
# fixtures and readers
# ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("regen") / "sample_data"
    proc = subprocess.run([sys.executable, str(GENERATOR), "--out", str(out)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stdout
    return out


@pytest.fixture(scope="session")
def fields() -> dict:
    with open(REPO / "cc_warning_plugin" / "data" / "indicators.toml", "rb") as f:
        return tomllib.load(f)["fields"]


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


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


# ------------------------------------------------------------------------------------------------
# reproducibility
# ------------------------------------------------------------------------------------------------
def test_regeneration_reproduces_csv_files(regenerated):
    for name in CSVS + ["README.md"]:
        assert (regenerated / name).read_bytes() == (DATA / name).read_bytes(), name


def test_regeneration_reproduces_raster_arrays(regenerated):
    for name in RASTERS:
        a, b = gdal.Open(str(DATA / name)), gdal.Open(str(regenerated / name))
        assert a.GetGeoTransform() == b.GetGeoTransform(), name
        assert a.GetRasterBand(1).GetNoDataValue() == b.GetRasterBand(1).GetNoDataValue(), name
        assert np.array_equal(a.ReadAsArray(), b.ReadAsArray()), name


def test_regeneration_reproduces_vector_features(regenerated):
    for layer in LAYERS:
        fa, fb = features(DATA, layer), features(regenerated, layer)
        assert len(fa) == len(fb), layer
        for (aa, ga), (ab, gb) in zip(fa, fb):
            assert aa == ab, layer
            if ga.ExportToWkb() != gb.ExportToWkb():
                assert ga.SymDifference(gb).Area() < 1e-6, (layer, aa)


def test_generator_refuses_to_replace_a_foreign_folder(tmp_path):
    target = tmp_path / "somewhere"
    target.mkdir()
    (target / "precious.txt").write_text("keep me")
    proc = subprocess.run([sys.executable, str(GENERATOR), "--out", str(target)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode != 0
    assert (target / "precious.txt").read_text() == "keep me"


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
        assert b.GetBlockSize() == [128, 128], name       # tiled
        assert r.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE", name
        gts.add(gt)
        a = b.ReadAsArray()
        nd = b.GetNoDataValue()
        assert (a == nd).any() and (a != nd).any(), name      # outside the city is nodata
    assert len(gts) == 1
    gt = gts.pop()
    assert 39_470_000 <= gt[0] and gt[0] + 300 * 200 <= 39_540_000
    assert 4_000_000 <= gt[3] - 240 * 200 and gt[3] <= 4_050_000


def test_rasters_share_one_nodata_mask():
    masks = []
    for name in RASTERS:
        ds = gdal.Open(str(DATA / name))          # keep the dataset alive while its band is used
        b = ds.GetRasterBand(1)
        masks.append(b.ReadAsArray() == b.GetNoDataValue())
    for m in masks[1:]:
        assert np.array_equal(m, masks[0])


def test_csv_headers_are_dictionary_names_and_files_have_bom(fields):
    section_level = {"section_id", "section_name", "water_body", "do", "codmn", "bod5", "codcr", "nh3n", "tn", "tp"}
    per_unit = [fields[k]["name_zh"] for k in fields
                if k not in section_level and "scope" not in fields[k]]
    for year in (2020, 2025):
        raw = (DATA / f"indicators_{year}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
        assert header == per_unit
    pols = [fields[k]["name_zh"] for k in ("do", "codmn", "bod5", "codcr", "nh3n", "tn", "tp")]
    h = next(csv.reader((DATA / "water_sections_2025.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert h == [fields["section_id"]["name_zh"], fields["section_name"]["name_zh"], fields["unit_code"]["name_zh"],
                 fields["water_body"]["name_zh"]] + pols
    h = next(csv.reader((DATA / "water_monthly_2025.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert h == [fields["section_id"]["name_zh"], "月份"] + pols
    for name in CSVS:
        assert (DATA / name).read_bytes().startswith(b"\xef\xbb\xbf"), name


def test_units_in_tables_are_plausible(tables):
    for t in tables[2025].values():
        assert 100 < num(t, "eval_land_area") < 500                   # km2
        assert 0 < num(t, "constr_land_area") < num(t, "eval_land_area")
        assert 1000 < num(t, "water_quota") < 100000                    # 1e4 m3
        assert 0.2 < num(t, "co_p95") < 4                                 # mg/m3
        assert 0 < num(t, "forest_grass_cover") < 100                     # %
        assert 0 <= num(t, "pm25_exceed_days") <= 365
        assert t["gw_overdraft"] in ("无", "一般超采", "严重超采")
        assert t["core_city"] in ("0", "1")


# ------------------------------------------------------------------------------------------------
# vector topology
# ------------------------------------------------------------------------------------------------
def test_counties_tile_the_city_without_gaps_or_overlaps(counties):
    assert sorted(counties) == ["990102", "990103", "990121", "990122", "990123", "990124", "990125", "990126"]
    for code, g in counties.items():
        assert g.IsValid(), code
    union = None
    for g in counties.values():
        union = g.Clone() if union is None else union.Union(g)
    total = sum(g.Area() for g in counties.values())
    assert abs(union.Area() - total) < 1.0                       # m2: no overlaps
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
    def county_of(g):
        hits = [c for c, cg in counties.items() if cg.Contains(g)]
        assert len(hits) == 1
        return hits[0]
    stations = features(DATA, "air_station")
    assert 12 <= len(stations) <= 16
    per = {c: 0 for c in counties}
    for a, g in stations:
        per[county_of(g)] += 1
    assert min(per.values()) >= 1
    sections = features(DATA, "water_section")
    assert 16 <= len(sections) <= 24
    per = {c: 0 for c in counties}
    ready = {r["断面编码"]: r for r in read_csv(DATA / "water_sections_2025.csv")}
    for a, g in sections:
        c = county_of(g)
        per[c] += 1
        assert a["水体类型"] in ("河流", "湖库")
        assert ready[a["断面编码"]]["行政区划代码"] == c
        assert ready[a["断面编码"]]["水体类型"] == a["水体类型"]
    assert min(per.values()) >= 2


def test_three_control_lines_do_not_overlap():
    layers = {n: [g for _, g in features(DATA, n)] for n in ("eco_redline", "farmland_protection", "urban_boundary")}
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


def test_landuse_codes_and_construction_area_agree_with_table(counties, tables):
    names = {"01": "耕地", "02": "种植园用地", "03": "林地", "04": "草地", "05": "商业服务业用地", "06": "工矿用地",
             "07": "住宅用地", "08": "公共管理与公共服务用地", "09": "特殊用地", "10": "交通运输用地",
             "11": "水域及水利设施用地", "12": "其他土地"}
    lu = features(DATA, "landuse")
    constr = {c: 0.0 for c in counties}
    for a, g in lu:
        assert names[a["地类编码"]] == a["地类名称"]
        if a["地类编码"] in ("05", "06", "07", "08", "09", "10"):
            for c, cg in counties.items():             # overlay, not the attribute
                if cg.Intersects(g):
                    constr[c] += cg.Intersection(g).Area() / 1e6
    for c in counties:
        table = num(tables[2025][c], "constr_land_area")
        assert abs(constr[c] - table) / table < 0.02, c


# ------------------------------------------------------------------------------------------------
# statistics: air and water
# ------------------------------------------------------------------------------------------------
def hj663(values: np.ndarray, p: float) -> float:
    """HJ 663-2013 percentile: sort ascending, k = 1 + (n-1)p/100, linear interpolation."""
    v = np.sort(values)
    k = 1 + (len(v) - 1) * p / 100.0
    s = int(math.floor(k))
    if s >= len(v):
        return float(v[-1])
    return float(v[s - 1] + (k - s) * (v[s] - v[s - 1]))


@pytest.fixture(scope="session")
def county_air_stats(counties) -> dict:
    station_county = {}
    for a, g in features(DATA, "air_station"):
        station_county[a["站点编码"]] = next(c for c, cg in counties.items() if cg.Contains(g))
    daily: dict = {}
    for r in read_csv(DATA / "air_daily_2025.csv"):
        c = station_county[r["站点编码"]]
        for p in ("SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h"):
            if r[p] != "":
                daily.setdefault((c, p), {}).setdefault(r["日期"], []).append(float(r[p]))
    out = {}
    for c in counties:
        series = {p: np.array([np.mean(v) for d, v in sorted(daily[(c, p)].items())])
                  for p in ("SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h")}
        out[c] = dict(so2_annual=series["SO2"].mean(), no2_annual=series["NO2"].mean(),
                      pm10_annual=series["PM10"].mean(), pm25_annual=series["PM2.5"].mean(),
                      co_p95=hj663(series["CO"], 95), o3_8h_p90=hj663(series["O3_8h"], 90),
                      pm25_exceed_days=int(np.sum(series["PM2.5"] > 75.0)), n_pm25=len(series["PM2.5"]))
    return out


def test_air_daily_file_covers_2025_with_a_few_gaps():
    rows = read_csv(DATA / "air_daily_2025.csv")
    stations = sorted({r["站点编码"] for r in rows})
    assert len(rows) == 365 * len(stations)
    dates = sorted({r["日期"] for r in rows})
    assert dates[0] == "2025-01-01" and dates[-1] == "2025-12-31" and len(dates) == 365
    empty = [(r["站点编码"], p) for r in rows for p in ("SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h") if r[p] == ""]
    assert 0 < len(empty) < 40
    assert len({s for s, _ in empty}) == 1


def test_air_statistics_in_table_match_daily_data(tables, county_air_stats):
    tol = {"so2_annual": 0.051, "no2_annual": 0.051, "pm10_annual": 0.051, "pm25_annual": 0.051,
           "co_p95": 0.00051, "o3_8h_p90": 0.051}
    for c, s in county_air_stats.items():
        t = tables[2025][c]
        for k, e in tol.items():
            assert abs(num(t, k) - s[k]) <= e, (c, k, t[k], s[k])
        assert int(t["pm25_exceed_days"]) == s["pm25_exceed_days"], c


def test_numpy_linear_percentile_is_the_hj663_rule():
    v = np.random.RandomState(0).uniform(size=365)
    assert hj663(v, 95) == pytest.approx(float(np.percentile(v, 95)), abs=1e-12)
    assert hj663(v, 90) == pytest.approx(float(np.percentile(v, 90)), abs=1e-12)


def test_section_means_match_monthly_data():
    monthly: dict = {}
    pols = ["溶解氧", "高锰酸盐指数", "五日生化需氧量", "化学需氧量", "氨氮", "总氮", "总磷"]
    for r in read_csv(DATA / "water_monthly_2025.csv"):
        monthly.setdefault(r["断面编码"], []).append(r)
    ready = read_csv(DATA / "water_sections_2025.csv")
    assert len(ready) == len(monthly)
    for r in ready:
        rows = monthly[r["断面编码"]]
        assert sorted(int(x["月份"]) for x in rows) == list(range(1, 13))
        for p in pols:
            assert abs(np.mean([float(x[p]) for x in rows]) - float(r[p])) <= 0.0005 + 1e-9, (r["断面编码"], p)


# ------------------------------------------------------------------------------------------------
# design targets, recomputed from the spec formulas (spec/methods.md §1.2-1.6, §3)
# ------------------------------------------------------------------------------------------------
AIR_LIMIT = {"so2_annual": 60, "no2_annual": 40, "pm10_annual": 70, "pm25_annual": 35, "co_p95": 4, "o3_8h_p90": 160}
WATER_LIMIT = {"溶解氧": 5, "高锰酸盐指数": 6, "五日生化需氧量": 4, "化学需氧量": 20, "氨氮": 1.0}


def section_r(r: dict) -> float:
    """R_k = max_i C/S - 1 (DO: S/C - 1), class III; TP 0.2 river / 0.05 lake; TN 1.0 for lakes only."""
    vals = [5.0 / float(r["溶解氧"]) - 1]
    vals += [float(r[p]) / s - 1 for p, s in WATER_LIMIT.items() if p != "溶解氧"]
    lake = r["水体类型"] == "湖库"
    vals.append(float(r["总磷"]) / (0.05 if lake else 0.2) - 1)
    if lake:
        vals.append(float(r["总氮"]) / 1.0 - 1)
    return max(vals)


@pytest.fixture(scope="session")
def computed(tables, counties, county_air_stats) -> dict:
    """Every element index and class of every county, from the files."""
    t25, t20 = tables[2025], tables[2020]
    sections = read_csv(DATA / "water_sections_2025.csv")
    deg = features(DATA, "degradation")
    nat = {r["指标代码"]: float(r["全国平均年变化率(%)"]) for r in read_csv(DATA / "national_rates.csv")}
    cinfo = {a["行政区划代码"]: a for a, _ in features(DATA, "county")}
    out = {}
    for c, t in t25.items():
        b = t20[c]
        r: dict = {}
        # (a) land: D = (L - L0)/L0
        L = num(t, "constr_land_area") / num(t, "eval_land_area")
        r["D"] = (L - num(t, "land_threshold_l0")) / num(t, "land_threshold_l0")
        r["land"] = OV if r["D"] > 0 else CR if r["D"] >= -0.3 else NO
        # (b) water
        r["W"] = num(t, "water_use") / num(t, "water_quota")
        r["G"] = num(t, "gw_use") / num(t, "gw_quota")
        if t["gw_overdraft"] != "无" or r["W"] > 1 or r["G"] > 1:
            r["water"] = OV
        elif r["W"] > 0.9 or r["G"] > 0.9:
            r["water"] = CR
        else:
            r["water"] = NO
        # (c) environment
        r["R_air"] = max(num(t, k) / s - 1 for k, s in AIR_LIMIT.items())
        mine = [s for s in sections if s["行政区划代码"] == c]
        r["R_water"] = float(np.mean([section_r(s) for s in mine]))
        r["R"] = max(r["R_air"], r["R_water"])
        r["env"] = OV if r["R"] > 0 else CR if r["R"] > -0.2 else NO
        # (d) ecology: moderate-or-worse degradation, overlaps dissolved
        parts = [g.Intersection(counties[c]) for a, g in deg if a["程度"] in ("中度", "重度", "极重度")]
        parts = [p for p in parts if not p.IsEmpty()]
        u = None
        for p in parts:
            u = p if u is None else u.Union(p)
        area = counties[c].Area()
        r["H"] = (u.Area() if u is not None else 0.0) / area
        r["H_fields"] = sum(num(t, k) for k in ("soil_erosion_area", "desertification_area", "salinization_area",
                                                  "rocky_desert_area")) / num(t, "eval_land_area")
        r["eco"] = OV if r["H"] > 0.10 else CR if r["H"] > 0.05 else NO
        r["eco_fields"] = OV if r["H_fields"] > 0.10 else CR if r["H_fields"] > 0.05 else NO
        # special
        mfz, agri, core = cinfo[c]["主体功能区"], cinfo[c]["农产品主产区类型"], int(cinfo[c]["是否核心城市主城区"])
        if mfz in ("优化开发区域", "重点开发区域"):
            days = int(t["pm25_exceed_days"])
            bands = {("优化开发区域", 1): (30, 90, 180), ("优化开发区域", 0): (60, 120, 210),
                     ("重点开发区域", 1): (60, 120, 210), ("重点开发区域", 0): (120, 180, 240)}[(mfz, core)]
            air = "轻度" if days < bands[0] else "中度" if days < bands[1] else "重度" if days < bands[2] else "严重"
            den = num(t, "black_water_length") / num(t, "builtup_area")
            blen = num(t, "black_water_length")
            sev = num(t, "severe_black_water_length") / blen if blen else 0.0
            lo, hi, l1, l2 = (100, 500, 0.25, 0.5) if mfz == "优化开发区域" else (300, 800, 0.33, 0.66)
            if den < lo:
                wat = "轻度" if sev < l1 else "中度"
            elif den < hi:
                wat = "轻度" if sev < l1 else "中度" if sev < l2 else "重度"
            else:
                wat = "中度" if sev < l1 else "重度"
            r["bg"] = (air, wat)
            if air == "严重" or (air == "重度" and wat == "重度"):
                r["special"] = OV
            elif air == "重度" or wat == "重度" or (air == "中度" and wat == "中度"):
                r["special"] = CR
            else:
                r["special"] = NO
        elif agri == "牧业":
            r["Ip"] = num(t, "actual_livestock") / num(t, "rated_livestock") - 1
            r["special"] = OV if r["Ip"] > 0.30 else CR if r["Ip"] > 0.15 else NO
        else:
            r["special"] = None            # cropland quality / eco function: rule unverified
        # trend (§1.4)
        dt = 5

        def eff(k):
            return ((num(b, k) / num(b, "gdp")) / (num(t, k) / num(t, "gdp"))) ** (1 / dt) * 100 - 100

        def inten(k):
            return ((num(t, k) / num(t, "gdp")) / (num(b, k) / num(b, "gdp"))) ** (1 / dt) * 100 - 100
        rates = dict(land=eff("constr_land_area"), water=eff("water_use"), cod=inten("cod_emission"),
                     nh3n=inten("nh3n_emission"), so2=inten("so2_emission"), nox=inten("nox_emission"),
                     cover=((num(t, "forest_grass_cover") / num(b, "forest_grass_cover")) ** (1 / dt) - 1) * 100)
        r["rates"] = rates
        r["eff"] = rates["land"] < nat["land_use_efficiency"] and rates["water"] < nat["water_use_efficiency"]
        r["emis"] = sum([rates["cod"] > nat["cod_intensity"], rates["nh3n"] > nat["nh3n_intensity"],
                         rates["so2"] > nat["so2_intensity"], rates["nox"] > nat["nox_intensity"]]) >= 3
        r["ecoq"] = rates["cover"] < nat["forest_grass_cover_change"]
        r["trend"] = "加剧型" if r["eff"] + r["emis"] + r["ecoq"] >= 2 else "趋缓型"
        out[c] = r
    return out


def test_headline_targets_by_direct_arithmetic(computed):
    assert computed["990102"]["D"] > 0                          # 城关: land overload
    assert -0.3 <= computed["990124"]["D"] <= 0                   # 河湾: land critical
    assert computed["990125"]["H"] > 0.10                         # 北岭: eco overload after dissolving
    assert computed["990125"]["H_fields"] > computed["990125"]["H"]   # the table double-counts the overlap
    assert 0.05 < computed["990124"]["H"] <= 0.10                 # 河湾
    assert computed["990102"]["R_air"] > 0                        # 城关 PM2.5 above the annual limit
    lake = [r for r in read_csv(DATA / "water_sections_2025.csv") if r["行政区划代码"] == "990121"]
    assert lake and all(r["水体类型"] == "湖库" for r in lake)
    for r in lake:
        assert -0.2 < float(r["总磷"]) / 0.05 - 1 <= 0              # 湖滨 lake TP index
    assert -0.2 < computed["990121"]["R"] <= 0                     # 湖滨: env critical
    assert 0.9 < computed["990102"]["W"] <= 1.0                    # 城关: water critical
    assert 0.9 < computed["990122"]["G"] <= 1.0                    # 南川: groundwater critical


def test_element_classes_match_design(computed, design):
    for c, d in design.items():
        r = computed[c]
        assert r["land"] == d["土地资源"], c
        assert r["water"] == d["水资源"], c
        assert r["env"] == d["环境"], c
        assert r["eco"] == d["生态"], c
        assert r["eco_fields"] == d["生态"], c       # table fields give the same class as the dissolved polygons
        if r["special"] is not None:
            assert r["special"] == d["专项评价"], c
        if "bg" in r:
            assert r["bg"] == (d["黑灰指数大气分级"], d["黑灰指数水分级"]), c


def test_trend_load_and_warning_match_design(computed, design):
    flag = {"趋差": True, "趋良": False}
    for c, d in design.items():
        r = computed[c]
        assert (r["eff"], r["emis"], r["ecoq"]) == (flag[d["资源利用效率"]], flag[d["污染物排放强度"]],
                                                     flag[d["生态质量"]]), c
        assert r["trend"] == d["耗损类型"], c
        special = r["special"] if r["special"] is not None else d["专项评价"]
        cl = [r["land"], r["water"], r["env"], r["eco"], special]
        load = OV if cl.count(OV) >= 1 or cl.count(CR) >= 2 else CR if cl.count(CR) == 1 else NO
        assert load == d["超载类型"], c
        warn = {(OV, "加剧型"): "红色", (OV, "趋缓型"): "橙色", (CR, "加剧型"): "黄色",
                (CR, "趋缓型"): "蓝色"}.get((load, r["trend"]), "绿色")
        assert warn == d["预警等级"], c


def test_indices_keep_a_margin_from_thresholds(computed):
    def away(v, t):
        return abs(v - t) >= 0.05 * max(abs(t), 0.1)
    nat = {r["指标代码"]: float(r["全国平均年变化率(%)"]) for r in read_csv(DATA / "national_rates.csv")}
    pairs = {"land": "land_use_efficiency", "water": "water_use_efficiency", "cod": "cod_intensity",
             "nh3n": "nh3n_intensity", "so2": "so2_intensity", "nox": "nox_intensity",
             "cover": "forest_grass_cover_change"}
    for c, r in computed.items():
        assert all(away(r["D"], t) for t in (0, -0.3)), c
        assert all(away(r["W"], t) and away(r["G"], t) for t in (0.9, 1.0)), c
        assert all(away(r["R"], t) for t in (0, -0.2)), c
        assert all(away(r["H"], t) and away(r["H_fields"], t) for t in (0.05, 0.10)), c
        for k, n in pairs.items():
            assert abs(r["rates"][k] - nat[n]) >= 0.9, (c, k)


def test_unverified_special_inputs_are_plausible(tables, design):
    t20, t25 = tables[2020], tables[2025]
    for c in ("990122", "990123"):          # cropland quality grade unchanged or better (lower number)
        assert num(t25[c], "cropland_quality_grade") <= num(t20[c], "cropland_quality_grade")
    bl = num(t25["990125"], "eco_function_index") / num(t20["990125"], "eco_function_index") - 1
    assert -0.10 < bl < -0.06                                         # 北岭 declines about 8 %
    xs = num(t25["990126"], "eco_function_index") / num(t20["990126"], "eco_function_index") - 1
    assert abs(xs) < 0.01                                             # 西山 stable
    for c in ("990122", "990123", "990125", "990126"):
        assert "unverified" in design[c]["备注"]


# ------------------------------------------------------------------------------------------------
# rasters for the 双评价 gradings
# ------------------------------------------------------------------------------------------------
def read_masked(name: str) -> np.ndarray:
    ds = gdal.Open(str(DATA / name))
    b = ds.GetRasterBand(1)
    a = b.ReadAsArray().astype(float)
    a[a == b.GetNoDataValue()] = np.nan
    return a


def test_slope_classes_of_both_gradings_are_present():
    dem = read_masked("dem.tif")
    gy, gx = np.gradient(dem, 200.0)
    slope = np.degrees(np.arctan(np.hypot(gx, gy)))
    s = slope[~np.isnan(slope)]
    for lo, hi in [(0, 2), (2, 6), (6, 15), (15, 25), (25, 90)]:          # agriculture
        assert np.sum((s > lo) & (s <= hi)) > 0 if lo else np.sum(s <= hi) > 0, (lo, hi)
    for lo, hi in [(0, 3), (3, 8), (8, 15), (15, 25), (25, 90)]:          # urban
        assert np.sum((s > lo) & (s <= hi)) > 0 if lo else np.sum(s <= hi) > 0, (lo, hi)
    assert np.sum(s > 25) > 100
    # local relief (max - min in a 3 x 3 window) above 200 m somewhere in the mountains
    p = np.pad(dem, 1, constant_values=np.nan)
    win = np.stack([p[i:i + dem.shape[0], j:j + dem.shape[1]] for i in range(3) for j in range(3)])
    hi = np.where(np.isnan(win), -np.inf, win).max(axis=0)
    lo = np.where(np.isnan(win), np.inf, win).min(axis=0)
    relief = np.where(np.isnan(dem), 0.0, hi - lo)
    assert np.sum(relief > 200) > 0
    v = dem[~np.isnan(dem)]
    assert v.min() < 80 and 1500 < v.max() < 2200


def test_precipitation_accumulated_temperature_and_cover_ranges():
    p = read_masked("precip.tif")
    p = p[~np.isnan(p)]
    assert np.sum(p >= 1200) > 0 and np.sum((p >= 800) & (p < 1200)) > 0
    assert np.sum((p >= 400) & (p < 800)) > 0 and np.sum((p >= 200) & (p < 400)) > 0
    assert p.min() >= 200
    t = read_masked("accum_temp.tif")
    t = t[~np.isnan(t)]
    assert 2500 < t.min() < 4000 < 5000 < t.max() < 6000
    fc = read_masked("veg_cover.tif")
    fc = fc[~np.isnan(fc)]
    assert fc.min() >= 0 and fc.max() <= 1
    assert np.sum(fc < 0.2) > 0 and np.sum((fc >= 0.2) & (fc < 0.6)) > 0 and np.sum(fc >= 0.6) > 0
    silt = read_masked("silt_content.tif")
    silt = silt[~np.isnan(silt)]
    assert np.mean((silt >= 15) & (silt <= 55)) > 0.9
    assert np.sum((silt >= 60) & (silt < 80)) > 0 and 0 < np.sum(silt >= 80) < 200


def test_categorical_rasters_use_the_documented_codes():
    lc = read_masked("landcover.tif")
    codes = set(np.unique(lc[~np.isnan(lc)]).astype(int))
    assert codes == set(range(1, 15)) | {20, 30, 31, 40, 50}
    st = read_masked("soil_texture.tif")
    assert set(np.unique(st[~np.isnan(st)]).astype(int)) == set(range(1, 14))
    # land cover agrees with the coarser land-use polygons: the lake is water in both
    r = gdal.Open(str(DATA / "landcover.tif"))
    gt = r.GetGeoTransform()
    for a, g in features(DATA, "water_section"):
        if a["水体类型"] == "湖库":
            col, row = int((g.GetX() - gt[0]) / gt[1]), int((g.GetY() - gt[3]) / gt[5])
            assert lc[row, col] == 40, a
