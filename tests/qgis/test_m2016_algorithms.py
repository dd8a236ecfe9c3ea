"""The 2016-method algorithms through processing.run on a small hand-made
county set (three 10 km × 10 km units in CGCS2000 / GK zone 39), with
answers worked by hand: overlays, station statistics, the trend, the
integration, styling, and the errors a user meets."""

import datetime
import os

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from cc_warning_plugin.compat import FieldType

X0, Y0 = 39_500_000.0, 4_000_000.0
KM = 1000.0


def square(x0, y0, x1, y1):
    return QgsGeometry.fromWkt(
        f"POLYGON(({X0 + x0 * KM} {Y0 + y0 * KM},{X0 + x1 * KM} {Y0 + y0 * KM},"
        f"{X0 + x1 * KM} {Y0 + y1 * KM},{X0 + x0 * KM} {Y0 + y1 * KM},"
        f"{X0 + x0 * KM} {Y0 + y0 * KM}))"
    )


def point(x, y):
    return QgsGeometry.fromWkt(f"POINT({X0 + x * KM} {Y0 + y * KM})")


def write_layer(path, geom_type, crs, fields, features, name):
    layer = QgsVectorLayer(f"{geom_type}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    feats = []
    for geom, attrs in features:
        f = QgsFeature(layer.fields())
        if geom is not None:
            f.setGeometry(geom)
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = name
    opts.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer
        if os.path.exists(path)
        else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    from qgis.core import QgsCoordinateTransformContext

    err = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, QgsCoordinateTransformContext(), opts
    )
    assert err[0] == QgsVectorFileWriter.NoError, err
    return f"{path}|layername={name}"


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8-sig") as fh:
        fh.write(",".join(header) + "\n")
        for r in rows:
            fh.write(",".join("" if v is None else str(v) for v in r) + "\n")
    return str(path)


S, INT = FieldType.String, FieldType.Int
IND_HEADER = [
    "行政区划代码",
    "年份",
    "建设用地面积",
    "评价区域土地面积",
    "适宜建设开发程度阈值",
    "用水总量",
    "用水总量控制指标",
    "地下水供水量",
    "地下水开采控制指标",
    "地下水超采状况",
    "SO2年均浓度",
    "NO2年均浓度",
    "PM10年均浓度",
    "PM2.5年均浓度",
    "CO日均值第95百分位数",
    "O3日最大8小时平均第90百分位数",
    "PM2.5年超标天数",
    "中度及以上水土流失面积",
    "中度及以上土地沙化面积",
    "中度及以上盐渍化面积",
    "中度及以上石漠化面积",
    "城市建成区面积",
    "黑臭水体实测长度",
    "重度黑臭水体长度",
    "实际载畜量",
    "合理载畜量",
    "生态系统功能指数",
    "地区生产总值",
    "化学需氧量排放量",
    "氨氮排放量",
    "二氧化硫排放量",
    "氮氧化物排放量",
    "林草覆盖率",
]


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("m2016")
    gpkg = str(d / "county.gpkg")
    crs = "EPSG:4527"
    out = {"dir": d}
    # A 优化开发 core city, B 农产品主产区 (牧业), C 重点生态功能区 — 100 km² each
    out["units"] = write_layer(
        gpkg,
        "Polygon",
        crs,
        [
            ("行政区划代码", S),
            ("名称", S),
            ("主体功能区", S),
            ("农产品主产区类型", S),
            ("是否核心城市主城区", INT),
        ],
        [
            (square(0, 0, 10, 10), ["A", "甲区", "优化开发区域", "", 1]),
            (square(10, 0, 20, 10), ["B", "乙县", "农产品主产区", "牧业", 0]),
            (square(20, 0, 30, 10), ["C", "丙县", "重点生态功能区", "", 0]),
        ],
        "county",
    )
    out["units_geographic"] = write_layer(
        str(d / "geo.gpkg"),
        "Polygon",
        "EPSG:4490",
        [("行政区划代码", S)],
        [(QgsGeometry.fromWkt("POLYGON((110 30,110.1 30,110.1 30.1,110 30.1,110 30))"), ["A"])],
        "county",
    )
    # land use: 0701 10 km² in A; 06 straddling A/B (1 km² each); farmland ignored
    out["landuse"] = write_layer(
        gpkg,
        "Polygon",
        crs,
        [("地类编码", S)],
        [
            (square(1, 1, 3, 6), ["0701"]),
            (square(9, 0, 11, 1), ["06"]),
            (square(4, 4, 8, 9), ["0101"]),
        ],
        "landuse",
    )
    # degradation in C: erosion 中度 10 km², karst 重度 6 km² of which 2 overlap, and
    # a 轻度 patch that does not count → dissolved 14 km², sum of types 16 km²
    out["degradation"] = write_layer(
        gpkg,
        "Polygon",
        crs,
        [("退化类型", S), ("程度", S)],
        [
            (square(21, 1, 26, 3), ["水土流失", "中度"]),
            (square(24, 2, 27, 4), ["石漠化", "重度"]),
            (square(21, 6, 29, 9), ["土地沙化", "轻度"]),
        ],
        "degradation",
    )
    out["stations"] = write_layer(
        gpkg,
        "Point",
        crs,
        [("站点编码", S)],
        [(point(2, 2), ["A1"]), (point(8, 8), ["A2"]), (point(15, 5), ["B1"])],
        "air_station",
    )
    out["stations_outside"] = write_layer(
        gpkg,
        "Point",
        crs,
        [("站点编码", S)],
        [(point(2, 2), ["A1"]), (point(45, 5), ["Z9"])],
        "air_station_bad",
    )
    out["sections"] = write_layer(
        gpkg,
        "Point",
        crs,
        [("断面编码", S), ("水体类型", S)],
        [
            (point(5, 5), ["WA", "河流"]),
            (point(15, 2), ["WB", "河流"]),
            (point(25, 5), ["WC", "湖库"]),
        ],
        "water_section",
    )
    # suitability raster, 1 km cells over x 0–30, y 0–10: value 1 in the first three
    # columns of each unit (30 % of its cells), 2 elsewhere → L0 = 0.3
    arr = np.full((10, 30), 2, dtype=np.uint8)
    for x0 in (0, 10, 20):
        arr[:, x0 : x0 + 3] = 1
    tif = str(d / "suitability.tif")
    ds = gdal.GetDriverByName("GTiff").Create(tif, 30, 10, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, KM, 0, Y0 + 10 * KM, 0, -KM))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(arr)
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds = None
    out["suitability"] = tif
    # indicators (hand-chosen values; expected results in the tests)
    rows25 = [
        # A: L = 30.3/100, L0 0.3 → D = 0.01 overload; W/W0 = 0.95 critical;
        #    air from stations; black-grey: Den 6500/10 = 650, L 0.35 → 重度 water
        [
            "A",
            2025,
            30.3,
            100,
            0.3,
            950,
            1000,
            10,
            100,
            "无",
            "",
            "",
            "",
            "",
            "",
            "",
            0,
            0,
            0,
            0,
            0,
            10,
            6500,
            2275,
            "",
            "",
            "",
            161.051,
            100,
            100,
            100,
            100,
            52.55,
        ],
        # B: D = (0.24 − 0.3)/0.3 = −0.2 critical; water none; grassland 1.22 − 1 = 0.22
        #    critical
        [
            "B",
            2025,
            24,
            100,
            0.3,
            500,
            1000,
            10,
            100,
            "无",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            2,
            0,
            0,
            0,
            "",
            "",
            "",
            122,
            100,
            "",
            161.051,
            100,
            100,
            100,
            100,
            52.55,
        ],
        # C: D = (0.1 − 0.3)/0.3 = −0.667 none; 严重超采 → water overload; no station:
        #    annual air statistics given; eco function 100 → 92 = −0.08 critical
        [
            "C",
            2025,
            10,
            100,
            0.3,
            300,
            1000,
            10,
            100,
            "严重超采",
            6,
            10,
            30,
            16,
            0.7,
            100,
            "",
            0,
            0,
            0,
            0,
            "",
            "",
            "",
            "",
            "",
            92,
            161.051,
            100,
            100,
            100,
            100,
            52.55,
        ],
    ]
    rows20 = [[r[0], 2020] + r[2:] for r in rows25]
    for r in rows20:
        r[IND_HEADER.index("地区生产总值")] = 100
        r[IND_HEADER.index("林草覆盖率")] = 50
        r[IND_HEADER.index("生态系统功能指数")] = 100 if r[0] == "C" else ""
    out["ind25"] = write_csv(d / "ind2025.csv", IND_HEADER, rows25)
    out["ind20"] = write_csv(d / "ind2020.csv", IND_HEADER, rows20)
    # national: efficiency 12 (county 10 → worse), intensity −10 (county −9.09 → worse),
    # cover 0.5 (county 1.0 → not worse) → worsening everywhere
    out["national"] = write_csv(
        d / "national.csv",
        ["指标代码", "全国平均年变化率(%)"],
        [
            ["land_use_efficiency", 12],
            ["water_use_efficiency", 12],
            ["cod_intensity", -10],
            ["nh3n_intensity", -10],
            ["so2_intensity", -10],
            ["nox_intensity", -10],
            ["forest_grass_cover_change", 0.5],
        ],
    )
    # daily air: A1 and A2 identical; PM2.5 80 on 100 days, 30 otherwise; CO 1.0; O3 100
    days = [datetime.date(2025, 1, 1) + datetime.timedelta(i) for i in range(365)]
    daily = []
    for s in ("A1", "A2", "B1"):
        for i, day in enumerate(days):
            pm = 80 if (i < 100 and s != "B1") else 30
            daily.append([s, day.isoformat(), 10, 20, 50, pm, 1.0, 100])
    out["daily"] = write_csv(
        d / "air_daily.csv",
        ["站点编码", "日期", "SO2", "NO2", "PM10", "PM2.5", "CO", "O3_8h"],
        daily,
    )
    # monthly water: WA COD 22 in Jan, 18 in Feb → mean 20 → R 0 (critical region);
    # WB clean; WC lake TP 0.04 → −0.2
    monthly = [
        ["WA", 1, 7, 3, 2, 22, 0.5, "", 0.1],
        ["WA", 2, 7, 3, 2, 18, 0.5, "", 0.1],
        ["WB", 1, 8, 3, 2, 10, 0.5, "", 0.1],
        ["WC", 1, 8, 3, 2, 10, 0.5, 0.5, 0.04],
    ]
    out["monthly"] = write_csv(
        d / "water_monthly.csv",
        [
            "断面编码",
            "月份",
            "溶解氧",
            "高锰酸盐指数",
            "五日生化需氧量",
            "化学需氧量",
            "氨氮",
            "总氮",
            "总磷",
        ],
        monthly,
    )
    return out


def values(path, *fields, key="行政区划代码"):
    layer = QgsVectorLayer(path, "r", "ogr")
    assert layer.isValid(), path
    return {
        f[key]: tuple(f[x] for x in fields) if len(fields) > 1 else f[fields[0]]
        for f in layer.getFeatures()
    }


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)
        super().pushWarning(text)


def test_all_2016_algorithms_registered_with_help(plugin):
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for alg_id in (
        "land_pressure",
        "water_load",
        "pollutant_exceedance",
        "ecosystem_health",
        "urban_black_grey",
        "cropland_quality",
        "grassland_balance",
        "eco_function",
        "special_evaluation",
        "process_trend",
        "integrated_warning",
        "carrying_capacity_2016",
    ):
        alg = registry.algorithmById(f"cc_warning:{alg_id}")
        assert alg is not None, alg_id
        assert alg.shortHelpString()
        for param in alg.parameterDefinitions():
            assert param.help() or param.name() == "OUTPUT", (alg_id, param.name())
    help_text = registry.algorithmById("cc_warning:grassland_balance").shortHelpString()
    assert "nverified" in help_text or "未核实" in help_text


def test_land_pressure_from_table_landuse_and_raster(run_alg, data, tmp_path):
    res = run_alg(
        "land_pressure",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "OUTPUT": str(tmp_path / "land.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "land_index", "land_class")
    assert got["A"][0] == pytest.approx(0.01) and got["A"][1] == "overload"
    assert got["B"][0] == pytest.approx(-0.2) and got["B"][1] == "critical"
    assert got["C"][1] == "none"
    # overlay: A holds 10 + 1 km² of construction land, B 1 km²; L0 = 0.3 from the raster
    res = run_alg(
        "land_pressure",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "LANDUSE": data["landuse"],
            "SUITABILITY": data["suitability"],
            "OUTPUT": str(tmp_path / "land2.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "land_constr_area", "land_l0", "land_index", "land_class")
    assert got["A"][0] == pytest.approx(11.0) and got["B"][0] == pytest.approx(1.0)
    assert got["C"][0] == pytest.approx(0.0)
    assert got["A"][1] == pytest.approx(0.3)
    # D = (0.11 − 0.3)/0.3 = −0.6333 → none
    assert got["A"][2] == pytest.approx(-0.19 / 0.3) and got["A"][3] == "none"
    assert os.path.exists(tmp_path / "land2.qml")


def test_landuse_overlay_refuses_a_geographic_crs(run_alg, data, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "land_pressure",
            {
                "INPUT": data["units_geographic"],
                "LANDUSE": data["landuse"],
                "METHOD": 2,
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )
    assert "geographic" in str(err.value) and "EPSG:4490" in str(err.value)
    assert not (tmp_path / "x.gpkg").exists()


def test_land_pressure_names_a_missing_column(run_alg, data, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        run_alg("land_pressure", {"INPUT": data["units"], "OUTPUT": str(tmp_path / "x.gpkg")})
    assert "constr_land_area" in str(err.value) and "建设用地面积" in str(err.value)
    assert not (tmp_path / "x.gpkg").exists()


def test_water_load(run_alg, data, tmp_path):
    res = run_alg(
        "water_load",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "OUTPUT": str(tmp_path / "water.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "water_class", "water_worst", "water_index")
    assert got["A"] == ("critical", "total", pytest.approx(0.95))
    assert got["B"][0] == "none"
    assert got["C"][:2] == ("overload", "overdraft")


def test_exceedance_from_stations_and_sections(run_alg, data, tmp_path):
    feedback = Recorder()
    res = run_alg(
        "pollutant_exceedance",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "AIR_STATIONS": data["stations"],
            "AIR_DAILY": data["daily"],
            "SECTIONS": data["sections"],
            "SECTION_OBSERVATIONS": data["monthly"],
            "OUTPUT": str(tmp_path / "env.gpkg"),
        },
        feedback=feedback,
    )
    got = values(res["OUTPUT"], "env_air_index", "env_water_index", "env_class", "env_worst")
    # A: PM2.5 mean (100·80 + 265·30)/365 = 15950/365 = 43.70 → 43.70/35 − 1 = 0.2485;
    # water WA COD (22 + 18)/2 = 20 → 0 → air worst
    assert got["A"][0] == pytest.approx(15950 / 365 / 35 - 1)
    assert got["A"][1] == pytest.approx(0.0) and got["A"][2:] == ("overload", "pm25_annual")
    # B: PM2.5 30/35 − 1 = −0.1429 worst (SO2 10/60, NO2 20/40, PM10 50/70, CO 1/4, O3
    # 100/160 all lower) → critical
    assert got["B"][0] == pytest.approx(30 / 35 - 1) and got["B"][2] == "critical"
    # C: no station: table statistics (PM2.5 16/35 − 1 = −0.543, O3 100/160 − 1 = −0.375);
    # lake WC TP 0.04/0.05 − 1 = −0.2 → max = −0.2 → none (−0.2 inclusive)
    assert got["C"][1] == pytest.approx(-0.2) and got["C"][2] == "none"
    assert any("Unit C has no air station" in w for w in feedback.warnings)


def test_station_outside_every_unit_stops_the_run(run_alg, data, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "pollutant_exceedance",
            {
                "INPUT": data["units"],
                "INDICATORS": [data["ind25"]],
                "AIR_STATIONS": data["stations_outside"],
                "AIR_DAILY": data["daily"],
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )
    assert "Z9" in str(err.value) and "outside every evaluation unit" in str(err.value)
    assert not (tmp_path / "x.gpkg").exists()


def test_ecosystem_health_dissolves_overlaps(run_alg, data, tmp_path):
    res = run_alg(
        "ecosystem_health",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "DEGRADATION": data["degradation"],
            "OUTPUT": str(tmp_path / "eco.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "eco_degraded_area", "eco_index", "eco_class", "eco_worst")
    # C: 10 + 6 − 2 (overlap) = 14 km² of 100 → 0.14 → overload (sum would be 0.16)
    assert got["C"][0] == pytest.approx(14.0) and got["C"][1] == pytest.approx(0.14)
    assert got["C"][2:] == ("overload", "水土流失")
    assert got["A"][:3] == (pytest.approx(0.0), pytest.approx(0.0), "none")


def test_special_evaluations(run_alg, data, tmp_path):
    res = run_alg(
        "special_evaluation",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "BASE_INDICATORS": [data["ind20"]],
            "AIR_STATIONS": data["stations"],
            "AIR_DAILY": data["daily"],
            "OUTPUT": str(tmp_path / "sp.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "special_type", "special_class", "special_bg_days", "special_index")
    # A: 100 days > 75 counted from the stations; 优化开发 core 90 ≤ 100 < 180 → 重度 air,
    # water 重度 → overload
    assert got["A"][:3] == ("black_grey", "overload", 100)
    assert got["B"][:2] == ("grassland_balance", "critical")
    assert got["B"][3] == pytest.approx(0.22)
    assert got["C"][:2] == ("eco_function", "critical") and got["C"][3] == pytest.approx(-0.08)
    # the single algorithm leaves the other types empty
    res = run_alg(
        "urban_black_grey",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "OUTPUT": str(tmp_path / "bg.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "special_class", "special_note")
    assert got["A"][0] == "critical"  # the table's 0 days: air 轻度, water 重度
    assert got["B"][0] in (None, "") and "not applicable" in got["B"][1]


def test_process_trend(run_alg, data, tmp_path):
    res = run_alg(
        "process_trend",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "BASE_INDICATORS": [data["ind20"]],
            "NATIONAL_RATES": data["national"],
            "NATIONAL_COVER": 2.0,
            "OUTPUT": str(tmp_path / "trend.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "trend_type", "trend_r_land", "trend_r_cover", "trend_n_worse")
    # hand: r_land = (161.051/100)^(1/5) − 1 = 10 %/a; cover (52.55/50)^(1/5) − 1 = 0.9999 %/a
    # national cover overridden by the parameter: 2.0 → worse; efficiency and emission
    # worse as well → 3 of 3
    assert got["A"][0] == "worsening" and got["A"][1] == pytest.approx(10.0, abs=1e-6)
    assert got["A"][2] == pytest.approx(((52.55 / 50) ** 0.2 - 1) * 100)
    assert got["A"][3] == 3


def test_year_mismatch_is_reported(run_alg, data, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "process_trend",
            {
                "INPUT": data["units"],
                "INDICATORS": [data["ind20"]],
                "BASE_INDICATORS": [data["ind25"]],
                "NATIONAL_RATES": data["national"],
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )
    assert "2025" in str(err.value) and "2020" in str(err.value) and "swapped" in str(err.value)


@pytest.fixture(scope="module")
def chain_result(plugin_session, data):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext

    if QgsApplication.processingRegistry().providerById("cc_warning") is None:
        plugin_session.provider = None
        plugin_session.initProcessing()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = str(data["dir"] / "chain.gpkg")
    processing.run(
        "cc_warning:carrying_capacity_2016",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "BASE_INDICATORS": [data["ind20"]],
            "NATIONAL_RATES": data["national"],
            "AIR_STATIONS": data["stations"],
            "AIR_DAILY": data["daily"],
            "SECTIONS": data["sections"],
            "SECTION_OBSERVATIONS": data["monthly"],
            "LANDUSE": data["landuse"],
            "SUITABILITY": data["suitability"],
            "DEGRADATION": data["degradation"],
            "OUTPUT": out,
        },
        context=context,
    )
    return out


def test_whole_chain_known_answers(chain_result):
    got = values(
        chain_result,
        "land_class",
        "water_class",
        "env_class",
        "eco_class",
        "special_class",
        "trend_type",
        "load_type",
        "warning_level",
    )
    # A: land none (overlay D −0.63), water critical, env overload, special overload,
    #    worsening → overload → red
    assert got["A"] == (
        "none",
        "critical",
        "overload",
        "none",
        "overload",
        "worsening",
        "overload",
        "red",
    )
    # B: land (overlay) D = (0.01 − 0.3)/0.3 none; env critical; special critical → 2
    #    critical → overload → red
    assert got["B"] == (
        "none",
        "none",
        "critical",
        "none",
        "critical",
        "worsening",
        "overload",
        "red",
    )
    # C: water overload, eco overload (dissolved 0.14), special critical → red
    assert got["C"][-2:] == ("overload", "red") and got["C"][3] == "overload"
    cause = values(chain_result, "cause")["C"]
    assert "0.140" in cause and "水土流失" in cause


def test_warning_result_is_styled_with_the_five_colours(plugin, data, chain_result):
    qml = chain_result[: -len(".gpkg")] + ".qml"
    text = open(qml, encoding="utf-8").read()
    for colour in ("255,0,0", "255,165,0", "255,255,0", "40,189,250", "0,100,0"):
        assert colour in text, colour
    layer = QgsVectorLayer(chain_result, "chain", "ogr")
    # the GeoPackage's default style is loaded with the layer
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.renderer().classAttribute() == "warning_level"
    labels = {c.value(): c.label() for c in layer.renderer().categories()}
    assert labels["red"] in ("Red (most severe)", "红色预警（极重警）")


def test_integrated_warning_joins_results_and_loads_styled(plugin, data, chain_result):
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    res = processing.runAndLoadResults(
        "cc_warning:integrated_warning",
        {
            "INPUT": data["units"],
            "RESULTS": [chain_result],
            "OUTPUT": str(data["dir"] / "integrated.gpkg"),
        },
    )
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert len(added) == 1
        layer = added[0]
        assert layer.renderer().classAttribute() == "warning_level"
        colours = {c.value(): c.symbol().color().name() for c in layer.renderer().categories()}
        assert colours["red"] == "#ff0000" and colours["blue"] == "#28bdfa"
        assert "cc_warning:integrated_warning" in layer.customProperty("cc_warning/provenance")
        got = values(res["OUTPUT"], "load_type", "warning_level", "cause_elements")
        assert got["A"] == ("overload", "red", "water,env,special")
        assert got["B"] == ("overload", "red", "env,special")
    finally:
        project.removeMapLayers([layer.id() for layer in added])


def test_algorithms_chain_in_the_modeler(plugin, data, tmp_path):
    """water_load → land_pressure in a graphical model: the second takes the
    first's result as its units and keeps its fields."""
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource as Src,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
    )

    model = QgsProcessingModelAlgorithm("chain", "tests")
    model.addModelParameter(
        QgsProcessingParameterFeatureSource("units", "units"), QgsProcessingModelParameter("units")
    )
    model.addModelParameter(
        QgsProcessingParameterMultipleLayers("tables", "tables"),
        QgsProcessingModelParameter("tables"),
    )
    water = QgsProcessingModelChildAlgorithm("cc_warning:water_load")
    water.setChildId("water")
    water.addParameterSources("INPUT", [Src.fromModelParameter("units")])
    water.addParameterSources("INDICATORS", [Src.fromModelParameter("tables")])
    model.addChildAlgorithm(water)
    land = QgsProcessingModelChildAlgorithm("cc_warning:land_pressure")
    land.setChildId("land")
    land.addParameterSources("INPUT", [Src.fromChildOutput("water", "OUTPUT")])
    land.addParameterSources("INDICATORS", [Src.fromModelParameter("tables")])
    out = QgsProcessingModelOutput("result")
    out.setChildId("land")
    out.setChildOutputName("OUTPUT")
    land.setModelOutputs({"result": out})
    model.addChildAlgorithm(land)
    model.updateDestinationParameters()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(
        model,
        {
            "units": data["units"],
            "tables": [data["ind25"]],
            "land:result": str(tmp_path / "model.gpkg"),
        },
        context=context,
    )
    got = values(res["land:result"], "water_class", "land_class")
    assert got == {
        "A": ("critical", "overload"),
        "B": ("none", "critical"),
        "C": ("overload", "none"),
    }


def test_cancel_while_writing_leaves_no_partial_output(run_alg, data, tmp_path):
    out = tmp_path / "cancelled.gpkg"

    class CancelOnceWriting(QgsProcessingFeedback):
        def isCanceled(self):  # noqa: N802 (QGIS API)
            # the output is written beside its destination under a temporary name
            return any(n.startswith("cancelled~partial-") for n in os.listdir(tmp_path))

    with pytest.raises(QgsProcessingException, match="Cancel"):
        run_alg(
            "water_load",
            {"INPUT": data["units"], "INDICATORS": [data["ind25"]], "OUTPUT": str(out)},
            feedback=CancelOnceWriting(),
        )
    assert os.listdir(tmp_path) == []


def test_daily_values_as_points_are_joined_by_location(run_alg, data, tmp_path):
    """Daily values given as points (one per station and day) need no station
    layer: each station is joined where its values lie."""
    import csv as _csv

    rows = list(_csv.reader(open(data["daily"], encoding="utf-8-sig")))
    where = {"A1": point(2, 2), "A2": point(8, 8), "B1": point(15, 5)}
    path = write_layer(
        str(tmp_path / "daily.gpkg"),
        "Point",
        "EPSG:4527",
        [(h, S) for h in rows[0]],
        [(where[r[0]], r) for r in rows[1:]],
        "air_daily",
    )
    res = run_alg(
        "pollutant_exceedance",
        {
            "INPUT": data["units"],
            "INDICATORS": [data["ind25"]],
            "AIR_DAILY": path,
            "OUTPUT": str(tmp_path / "env.gpkg"),
        },
    )
    got = values(res["OUTPUT"], "env_air_index")
    # same as from the station layer: A (100·80 + 265·30)/365/35 − 1, B 30/35 − 1
    assert got["A"] == pytest.approx(15950 / 365 / 35 - 1)
    assert got["B"] == pytest.approx(30 / 35 - 1)
