"""The checks of the inputs every algorithm of a kind gets before any work
(issue: silent wrong results and unclear messages), through Processing on
data built here: rasters without data, values beyond what can exist, tables
without rows, invalid polygons, text in GBK without a declared encoding, and
a one-column table of unit codes."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from cc_warning_plugin.core import encodings
from tests.helpers import X0, Y0, write_raster

KM = 1000.0
pytestmark = pytest.mark.usefixtures("gdal_exceptions_on")


class Log(QgsProcessingFeedback):
    """Feedback keeping the run log."""

    def __init__(self):
        super().__init__()
        self.infos, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.infos.append(text)

    def pushWarning(self, text):  # noqa: N802 (QGIS API)
        self.warnings.append(text)


def run(run_alg, alg_id, params, check=None):
    """processing.run with a fresh context (``check``: QGIS's invalid-geometry
    filter, as the toolbox dialog sets it from the Processing settings)."""
    log = Log()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    if check is not None:
        context.setInvalidGeometryCheck(check)
    return run_alg(alg_id, params, context=context, feedback=log), log


def write_vector(path, layer_name, geom_type, fields, features, epsg=4527, encoding=None):
    """A vector file written with OGR (GeoPackage or shapefile), which keeps
    invalid geometries as they are. ``features``: (WKT, [attributes])."""
    driver = "ESRI Shapefile" if str(path).endswith(".shp") else "GPKG"
    # QGIS sets GDAL's SHAPE_ENCODING to "" once it has read a shapefile, which
    # would turn the ENCODING option off: set it for this thread while writing
    gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", encoding)
    try:
        return _write_vector(path, layer_name, geom_type, fields, features, epsg, encoding, driver)
    finally:
        gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", None)


def _write_vector(path, layer_name, geom_type, fields, features, epsg, encoding, driver):
    ds = (
        ogr.Open(str(path), 1)
        if os.path.exists(path) and driver == "GPKG"
        else ogr.GetDriverByName(driver).CreateDataSource(str(path))
    )
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    options = [f"ENCODING={encoding}"] if encoding else []
    layer = ds.CreateLayer(layer_name, srs, geom_type, options=options)
    for name, kind in fields:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for geom, attrs in features:
        f = ogr.Feature(layer.GetLayerDefn())
        for i, v in enumerate(attrs):
            if v is not None:
                f.SetField(i, v)
        f.SetGeometry(ogr.CreateGeometryFromWkt(geom))
        layer.CreateFeature(f)
    ds = None
    return f"{path}|layername={layer_name}" if driver == "GPKG" else str(path)


def poly(*points):
    """A polygon of (x, y) points in km from the test origin (closed here)."""
    pts = list(points) + [points[0]]
    return "POLYGON((" + ",".join(f"{X0 + x * KM} {Y0 + y * KM}" for x, y in pts) + "))"


def square(x0, y0, x1, y1):
    return poly((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def write_csv(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return str(path)


def features(path_or_id, *fields):
    ds = ogr.Open(str(path_or_id).split("|")[0])
    layer = ds.GetLayer(0)
    return [tuple(f.GetField(n) for n in fields) for f in layer]


S, R = ogr.OFTString, ogr.OFTReal


# ---------------------------------------------------------------------------
# Rasters without data
# ---------------------------------------------------------------------------


def test_an_all_nodata_dem_is_refused_before_any_output(run_alg, tmp_path):
    # every cell nodata: the run wrote an all-nodata result and exit 0
    dem = write_raster(tmp_path / "dem_void.tif", np.full((50, 40), -9999.0), nodata=-9999)
    out = tmp_path / "agri.tif"
    with pytest.raises(QgsProcessingException) as err:
        run(run_alg, "dual_land_agri", {"DEM": dem, "OUTPUT": str(out)})
    assert "dem_void" in str(err.value) and "no data" in str(err.value)
    assert not out.exists() and os.listdir(tmp_path) == ["dem_void.tif"]


def test_an_all_nodata_precipitation_raster_is_refused(run_alg, tmp_path):
    p = write_raster(tmp_path / "precip_void.tif", np.full((2, 5), -9999.0), nodata=-9999.0)
    lc = write_raster(
        tmp_path / "lc.tif", np.ones((2, 5), dtype=np.uint8), dtype=gdal.GDT_Byte, nodata=255
    )
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "dual_eco_water_conservation",
            {
                "PRECIPITATION": p,
                "LANDCOVER": lc,
                "ET": write_raster(tmp_path / "et.tif", np.full((2, 5), 500.0)),
                "OUTPUT": str(tmp_path / "wc.tif"),
            },
        )
    assert "precip_void" in str(err.value) and "no data" in str(err.value)
    assert not (tmp_path / "wc.tif").exists()


def test_a_dem_mostly_nodata_inside_the_analysis_area_is_reported(run_alg, tmp_path):
    # 30 m cells, 40 columns × 50 rows; data only in the western 20 columns (600 m).
    # Analysis area: x 300–1200 m (columns 10–39): 50 × 30 = 1,500 cells, of which
    # 50 × 20 = 1,000 hold no data → 66.7 %.
    arr = np.full((50, 40), -9999.0)
    arr[:, :20] = 500.0
    dem = write_raster(tmp_path / "west.tif", arr, nodata=-9999.0)
    area = write_vector(
        tmp_path / "area.gpkg", "area", ogr.wkbPolygon, [], [(square(0.3, -1.5, 1.2, 0.0), [])]
    )
    _, log = run(
        run_alg, "dual_land_agri", {"DEM": dem, "MASK": area, "OUTPUT": str(tmp_path / "a.tif")}
    )
    shares = [w for w in log.warnings if "west" in w and "hold no data" in w]
    assert len(shares) == 1 and "66.7 %" in shares[0] and "analysis area" in shares[0]
    # without the area, half of the grid: no warning
    _, log = run(run_alg, "dual_land_agri", {"DEM": dem, "OUTPUT": str(tmp_path / "b.tif")})
    assert not [w for w in log.warnings if "hold no data" in w]


# ---------------------------------------------------------------------------
# Values outside their possible range
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    d = tmp_path_factory.mktemp("county")
    return write_vector(
        d / "county.gpkg",
        "county",
        ogr.wkbPolygon,
        [("行政区划代码", S), ("主体功能区类型", S), ("是否核心城市主城区", ogr.OFTInteger)],
        [
            (square(0, 0, 10, 10), ["990101", "优化开发区域", 1]),
            (square(10, 0, 20, 10), ["990102", "优化开发区域", 0]),
        ],
    )


BG = "行政区划代码,城市建成区面积,黑臭水体实测长度,重度黑臭水体长度,PM2.5年超标天数\n"


def test_exceedance_days_beyond_a_year_are_refused(run_alg, county, tmp_path):
    ind = write_csv(tmp_path / "bg.csv", BG + "990101,10,6500,2275,400\n990102,10,0,0,12\n")
    out = tmp_path / "bg.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(run_alg, "urban_black_grey", {"INPUT": county, "INDICATORS": [ind], "OUTPUT": str(out)})
    text = str(err.value)
    assert "990101" in text and "pm25_exceed_days" in text and "400" in text and "366" in text
    assert "bg" in text and not out.exists()
    ok = write_csv(tmp_path / "bg366.csv", BG + "990101,10,6500,2275,366\n990102,10,0,0,12\n")
    res, _ = run(
        run_alg, "urban_black_grey", {"INPUT": county, "INDICATORS": [ok], "OUTPUT": str(out)}
    )
    # 366 days, 优化开发 core city: ≥ 180 → 严重 air part → 超载
    assert dict(features(res["OUTPUT"], "行政区划代码", "special_class"))["990101"] == "overload"


def test_a_per_unit_water_value_beyond_what_can_exist_is_refused(run_alg, tmp_path):
    # 200,000 ×10⁴ m³ on a 1 km² unit: a modulus of 200,000 ×10⁴ m³/km² (2 m of
    # water a year over the whole unit, 100 times the wettest county) — the
    # possible range of the 用水总量控制指标模数 is 0 … 100,000
    ref = write_raster(tmp_path / "ref.tif", np.zeros((10, 20)), cell=100.0)
    units = write_vector(
        tmp_path / "units.gpkg",
        "units",
        ogr.wkbPolygon,
        [("quota", R)],
        [(square(0, -1, 1, 0), [20.0]), (square(1, -1, 2, 0), [200000.0])],
    )
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "dual_water_urban",
            {
                "UNITS": units,
                "FIELD": "quota",
                "PER_AREA": True,
                "REFERENCE": ref,
                "OUTPUT": str(tmp_path / "w.tif"),
            },
        )
    text = str(err.value)
    assert "units" in text and "feature 2" in text and "quota" in text
    assert "200000" in text and "100000" in text


# ---------------------------------------------------------------------------
# A table with a header and no rows
# ---------------------------------------------------------------------------


def test_an_indicator_table_without_rows_is_an_error(run_alg, county, tmp_path):
    # it was accepted with one warning per unit ("no row in …")
    empty = write_csv(
        tmp_path / "水资源_2025.csv",
        "行政区划代码,用水总量,用水总量控制指标,地下水供水量,地下水开采控制指标\n",
    )
    out = tmp_path / "w.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(run_alg, "water_load", {"INPUT": county, "INDICATORS": [empty], "OUTPUT": str(out)})
    assert "水资源_2025" in str(err.value) and "no rows" in str(err.value)
    assert not out.exists()


# ---------------------------------------------------------------------------
# Invalid polygons
# ---------------------------------------------------------------------------

#: a bow-tie unit over x 0–10 km, y 0–10 km: its edges cross at (5, 5), giving two
#: triangles of ½ · 10 · 5 = 25 km² each: 50 km² (QGIS measures the ring as 0)
BOWTIE = poly((0, 0), (10, 10), (10, 0), (0, 10))


@pytest.fixture(scope="module")
def bowtie(tmp_path_factory):
    d = tmp_path_factory.mktemp("bowtie")
    gpkg = d / "bowtie.gpkg"
    out = {
        "units": write_vector(
            gpkg,
            "county",
            ogr.wkbPolygon,
            [("行政区划代码", S), ("适宜建设开发程度阈值", R)],
            [(square(20, 0, 30, 10), ["990102", 0.2]), (BOWTIE, ["990101", 0.2])],
        )
    }
    # construction land (0701): a 2 × 2 km square in the western triangle (4 km²)
    # and a small bow-tie in the eastern one, x 6–8, y 4–6: two triangles of
    # ½ · 2 · 1 = 1 km² → 2 km²; a farmland square (0101) that does not count
    out["landuse"] = write_vector(
        gpkg,
        "landuse",
        ogr.wkbPolygon,
        [("地类编码", S)],
        [
            (square(0, 4, 2, 6), ["0701"]),
            (poly((6, 4), (8, 6), (8, 4), (6, 6)), ["0701"]),
            (square(22, 2, 24, 4), ["0101"]),
        ],
    )
    # degradation: one multipolygon of two 2 × 2 km squares overlapping by 1 × 1 km
    # (invalid: parts overlap) in the eastern triangle → 4 + 4 − 1 = 7 km²
    out["degradation"] = write_vector(
        gpkg,
        "degradation",
        ogr.wkbMultiPolygon,
        [("退化类型", S), ("程度", S)],
        [
            (
                "MULTIPOLYGON((("
                + ",".join(
                    f"{X0 + x * KM} {Y0 + y * KM}"
                    for x, y in ((6, 4), (8, 4), (8, 6), (6, 6), (6, 4))
                )
                + ")),(("
                + ",".join(
                    f"{X0 + x * KM} {Y0 + y * KM}"
                    for x, y in ((7, 5), (9, 5), (9, 7), (7, 7), (7, 5))
                )
                + ")))",
                ["水土流失", "中度"],
            )
        ],
    )
    return out


def test_a_bow_tie_gives_the_right_overlay_areas(run_alg, bowtie, tmp_path):
    res, log = run(
        run_alg,
        "land_pressure",
        {
            "INPUT": bowtie["units"],
            "LANDUSE": bowtie["landuse"],
            "OUTPUT": str(tmp_path / "land.gpkg"),
        },
    )
    got = {
        f[0]: f[1:]
        for f in features(
            res["OUTPUT"],
            "行政区划代码",
            "land_constr_area",
            "land_eval_area",
            "land_l",
            "land_index",
        )
    }
    # unit 990101: construction 4 + 2 = 6 km² of 50 km² → L = 0.12, D = (0.12 − 0.2) / 0.2
    constr, area, l_, d = got["990101"]
    assert constr == pytest.approx(6.0) and area == pytest.approx(50.0)
    assert l_ == pytest.approx(0.12) and d == pytest.approx(-0.4)
    # the note names the repaired features of both layers
    notes = [w for w in log.warnings if "repaired" in w]
    assert len(notes) == 2
    assert any(
        "bowtie:county" in n and "feature 2" in n and "39505000, 4005000" in n for n in notes
    )  # the crossing of the unit's edges
    assert any("bowtie:landuse" in n and "feature 2" in n for n in notes)


def test_the_repair_holds_whatever_qgis_filters(run_alg, bowtie, tmp_path):
    # the toolbox dialog stops on an invalid feature by default (Processing ▸
    # Invalid features filtering); the plugin's own parameter decides instead
    res, log = run(
        run_alg,
        "land_pressure",
        {
            "INPUT": bowtie["units"],
            "LANDUSE": bowtie["landuse"],
            "OUTPUT": str(tmp_path / "land.gpkg"),
        },
        check=QgsFeatureRequest.GeometryAbortOnInvalid,
    )
    got = {f[0]: f[1] for f in features(res["OUTPUT"], "行政区划代码", "land_constr_area")}
    assert got["990101"] == pytest.approx(6.0)
    res, _ = run(
        run_alg,
        "land_pressure",
        {
            "INPUT": bowtie["units"],
            "LANDUSE": bowtie["landuse"],
            "OUTPUT": str(tmp_path / "land2.gpkg"),
        },
        check=QgsFeatureRequest.GeometrySkipInvalid,
    )
    got = {f[0]: f[1] for f in features(res["OUTPUT"], "行政区划代码", "land_constr_area")}
    assert set(got) == {"990101", "990102"} and got["990101"] == pytest.approx(6.0)


def test_overlapping_parts_count_once_in_ecosystem_health(run_alg, bowtie, tmp_path):
    res, log = run(
        run_alg,
        "ecosystem_health",
        {
            "INPUT": bowtie["units"],
            "DEGRADATION": bowtie["degradation"],
            "OUTPUT": str(tmp_path / "eco.gpkg"),
        },
    )
    got = {
        f[0]: f[1:]
        for f in features(
            res["OUTPUT"], "行政区划代码", "eco_degraded_area", "eco_land_area", "eco_index"
        )
    }
    # 7 km² degraded of the bow-tie's 50 km² → H = 0.14
    assert got["990101"] == pytest.approx((7.0, 50.0, 0.14))
    assert any("degradation" in w and "feature 1" in w for w in log.warnings)


def test_units_read_for_their_attributes_alone_are_not_scanned(run_alg, bowtie, tmp_path):
    # without an overlay or a join by location the units' outlines do not count:
    # no repair note, and "Stop" does not refuse them (the scan of a province's
    # township outlines would cost seconds for nothing)
    land = write_csv(
        tmp_path / "land.csv",
        "行政区划代码,建设用地面积,评价区域土地面积\n990101,6,50\n990102,1,100\n",
    )
    res, log = run(
        run_alg,
        "land_pressure",
        {
            "INPUT": bowtie["units"],
            "INDICATORS": [land],
            "INVALID_GEOMETRY": 1,
            "OUTPUT": str(tmp_path / "land.gpkg"),
        },
    )
    got = dict(features(res["OUTPUT"], "行政区划代码", "land_index"))
    # L = 6/50 = 0.12 against the units' threshold 0.2: D = (0.12 − 0.2)/0.2 = −0.4
    assert got["990101"] == pytest.approx(-0.4)
    assert not [w for w in log.warnings if "invalid" in w]


def test_a_bow_tie_has_its_area_in_the_statistics_of_a_result(plugin, bowtie):
    # the dock's statistics and the annual report measure the units of a result
    # (report/layers.py): QGIS measured the bow-tie as 0 km²
    from qgis.core import QgsVectorLayer

    from cc_warning_plugin.report.layers import read_rows

    layer = QgsVectorLayer(bowtie["units"], "county", "ogr")
    rows, _, areas = read_rows(layer)
    got = {r["行政区划代码"]: a / 1e6 for r, a in zip(rows, areas)}
    # two triangles of ½ · 10 · 5 km; the square 10 × 10 km
    assert got == {"990101": pytest.approx(50.0), "990102": pytest.approx(100.0)}


def test_invalid_polygons_can_be_refused_with_their_ids(run_alg, bowtie, tmp_path):
    out = tmp_path / "land.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "land_pressure",
            {
                "INPUT": bowtie["units"],
                "LANDUSE": bowtie["landuse"],
                "INVALID_GEOMETRY": 1,
                "OUTPUT": str(out),
            },
        )
    text = str(err.value)
    assert "county" in text and "feature 2" in text and "Self-intersection" in text
    assert not out.exists()


def test_a_bow_tie_unit_has_its_area_in_the_per_unit_values(run_alg, tmp_path):
    # 30 ×10⁴ m³ on a bow-tie of 1 km side (two triangles of ¼ km²: ½ km²) →
    # 60 ×10⁴ m³/km² (≥ 25 → level 1); QGIS measured the ring as 0 ("no area")
    ref = write_raster(tmp_path / "ref.tif", np.zeros((10, 10)), cell=100.0)
    units = write_vector(
        tmp_path / "u.gpkg",
        "units",
        ogr.wkbPolygon,
        [("quota", R)],
        [(poly((0, -1), (1, 0), (1, -1), (0, 0)), [30.0])],
    )
    res, log = run(
        run_alg,
        "dual_water_urban",
        {
            "UNITS": units,
            "FIELD": "quota",
            "PER_AREA": True,
            "REFERENCE": ref,
            "OUTPUT": str(tmp_path / "w.tif"),
        },
    )
    ds = gdal.Open(res["OUTPUT"])
    values = set(np.unique(ds.GetRasterBand(1).ReadAsArray()).tolist())
    assert values == {0, 1}
    assert any("units" in w and "repaired" in w for w in log.warnings)


def bowtie_class_raster(tmp_path):
    """A 2-class suitability raster of 100 × 100 cells of 100 m over the bow-tie's
    square, x 0–10 km, y 0–10 km: 适宜 (1) west of x = 5 km, 不适宜 (3) east of it."""
    arr = np.ones((100, 100), dtype=np.uint8)
    arr[:, 50:] = 3
    return write_raster(
        tmp_path / "suit.tif",
        arr,
        cell=100.0,
        y0=Y0 + 10 * KM,
        nodata=0,
        dtype=gdal.GDT_Byte,
        metadata={"CC_WARNING_CLASS_SET": "dual.classes.suitability_2"},
    )


#: cells of 100 m whose centre lies strictly inside one triangle of the bow-tie:
#: column i (centre x = i + ½, in 100 m) has the rows j with i < j < 99 − i, i.e.
#: 98 − 2i cells for i = 0 … 48: Σ = 49 · 98 − 2 · (48 · 49 / 2) = 2450 cells =
#: 24.5 km². The 100 centres on the triangle's two slanting edges (0.01 km² each)
#: may fall on either side, so a triangle measures 24.5–25.5 km² (25 exactly).
TRIANGLE_KM2 = (24.5, 25.5)


@pytest.mark.parametrize(
    "check",
    [None, QgsFeatureRequest.GeometrySkipInvalid, QgsFeatureRequest.GeometryAbortOnInvalid],
)
def test_a_bow_tie_unit_has_both_triangles_in_the_zonal_summary(run_alg, tmp_path, check):
    # whatever QGIS's own filter says (the toolbox dialog stops on an invalid
    # feature by default, a model may skip it), the unit is measured as repaired
    units = write_vector(
        tmp_path / "u.gpkg",
        "units",
        ogr.wkbPolygon,
        [("行政区划代码", S)],
        [(BOWTIE, ["990101"]), (square(4, 0, 6, 1), ["990102"])],
    )
    res, log = run(
        run_alg,
        "dual_zonal_summary",
        {
            "INPUT": bowtie_class_raster(tmp_path),
            "UNITS": units,
            "OUTPUT": str(tmp_path / "a.gpkg"),
        },
        check=check,
    )
    got = {
        f[0]: f[1:] for f in features(res["OUTPUT"], "unit_code", "suitable_km2", "unsuitable_km2")
    }
    # the western triangle is 适宜, the eastern 不适宜; the rectangle below the
    # bow-tie's waist (x 4–6 km, y 0–1 km) has 1 km² on each side of x = 5 km
    assert set(got) == {"990101", "990102"}
    lo, hi = TRIANGLE_KM2
    assert lo <= got["990101"][0] <= hi and lo <= got["990101"][1] <= hi
    assert got["990102"] == pytest.approx((1.0, 1.0))
    assert any("units" in w and "feature 1" in w and "repaired" in w for w in log.warnings)


def test_a_bow_tie_unit_is_refused_by_the_zonal_summary_on_request(run_alg, tmp_path):
    units = write_vector(
        tmp_path / "u.gpkg", "units", ogr.wkbPolygon, [("行政区划代码", S)], [(BOWTIE, ["990101"])]
    )
    out = tmp_path / "a.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "dual_zonal_summary",
            {
                "INPUT": bowtie_class_raster(tmp_path),
                "UNITS": units,
                "INVALID_GEOMETRY": 1,
                "OUTPUT": str(out),
            },
        )
    assert "feature 1" in str(err.value) and "Self-intersection" in str(err.value)
    assert not out.exists()


@pytest.mark.parametrize(
    "check", [QgsFeatureRequest.GeometrySkipInvalid, QgsFeatureRequest.GeometryAbortOnInvalid]
)
def test_a_bow_tie_unit_has_its_land_in_the_carrying_scale(run_alg, tmp_path, check):
    units = write_vector(
        tmp_path / "u.gpkg",
        "units",
        ogr.wkbPolygon,
        [("行政区划代码", S), ("water", R)],
        [(BOWTIE, ["990101", 10000.0])],
    )
    res, log = run(
        run_alg,
        "dual_carrying_scale",
        {
            "UNITS": units,
            "AGRI_SUITABILITY": bowtie_class_raster(tmp_path),
            "AGRI_WATER_FIELD": "water",
            "AGRI_WATER_SHARE": 1.0,
            "IRRIGATION_QUOTA": 400,
            "OUTPUT": str(tmp_path / "s.gpkg"),
        },
        check=check,
    )
    got = {f[0]: f[1:] for f in features(res["OUTPUT"], "unit_code", "agri_land_km2")}
    # the land constraint is the 适宜 western triangle (water allows 10⁸ m³ / 400 m³ per 亩)
    lo, hi = TRIANGLE_KM2
    assert set(got) == {"990101"} and lo <= got["990101"][0] <= hi
    assert any("units" in w and "feature 1" in w and "repaired" in w for w in log.warnings)


# ---------------------------------------------------------------------------
# Text in GBK without a declared encoding
# ---------------------------------------------------------------------------


def gbk_shapefile(folder, names):
    """A county shapefile written in GBK, as ArcGIS on a Chinese Windows
    writes it, then without its .cpg (and no code page in the DBF)."""
    path = write_vector(
        folder / "县界.shp",
        "县界",
        ogr.wkbPolygon,
        [("区划代码", S), ("名称", S)],
        [
            (square(10 * i, 0, 10 * i + 10, 10), [code, name])
            for i, (code, name) in enumerate(names)
        ],
        encoding="GBK",
    )
    os.remove(folder / "县界.cpg")
    with open(folder / "县界.dbf", "rb") as fh:
        assert fh.read(30)[29] == 0  # no language driver id either
    return path


WATER = (
    "区划代码,用水总量,用水总量控制指标,地下水供水量,地下水开采控制指标\n"
    "110101,50,100,5,10\n110102,120,100,5,10\n"
)


def test_a_gbk_shapefile_without_cpg_is_read_as_gbk(run_alg, tmp_path):
    units = gbk_shapefile(tmp_path, [("110101", "东城区"), ("110102", "西城区")])
    ind = write_csv(tmp_path / "water.csv", WATER)
    res, log = run(
        run_alg,
        "water_load",
        {"INPUT": units, "INDICATORS": [ind], "OUTPUT": str(tmp_path / "w.gpkg")},
    )
    # the names were garbled (U+FFFD) in every output
    got = features(res["OUTPUT"], "区划代码", "名称", "water_class")
    assert [g[:2] for g in got] == [("110101", "东城区"), ("110102", "西城区")]
    said = [w for w in log.warnings if "GBK" in w]
    assert len(said) == 1 and "县界.cpg" in said[0] and "东城区" in said[0] or "代码" in said[0]


def test_text_that_no_encoding_reads_is_refused_with_the_fix(run_alg, tmp_path):
    units = gbk_shapefile(tmp_path, [("110101", "东城区")])
    dbf = tmp_path / "县界.dbf"
    data = dbf.read_bytes()
    assert "东城区".encode("gbk") in data
    dbf.write_bytes(data.replace("东城区".encode("gbk"), b"\xff\xfe\xff\xfe\xff\xfe"))
    out = tmp_path / "w.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "water_load",
            {
                "INPUT": units,
                "INDICATORS": [write_csv(tmp_path / "water.csv", WATER)],
                "OUTPUT": str(out),
            },
        )
    text = str(err.value)
    assert "县界" in text and "GB18030" in text and ".cpg" in text and "encoding" in text
    assert not out.exists()


def test_a_csv_saved_as_gbk_is_read_as_gbk(run_alg, county, tmp_path):
    # Excel on a Chinese Windows saves "CSV" in GBK: the Chinese headers were
    # garbled, so no indicator was found
    ind = write_csv(
        tmp_path / "水资源.csv",
        WATER.replace("区划代码", "行政区划代码")
        .replace("110101", "990101")
        .replace("110102", "990102"),
        "gbk",
    )
    res, log = run(
        run_alg,
        "water_load",
        {"INPUT": county, "INDICATORS": [ind], "OUTPUT": str(tmp_path / "w.gpkg")},
    )
    got = dict(features(res["OUTPUT"], "行政区划代码", "water_index"))
    # W/W0 = 50/100 → 0.5 (and 120/100 → 1.2)
    assert got["990101"] == pytest.approx(0.5) and got["990102"] == pytest.approx(1.2)
    assert any("水资源.csv" in w and "GBK" in w for w in log.warnings)


# ---------------------------------------------------------------------------
# A one-column table of unit codes
# ---------------------------------------------------------------------------


def one_column_table(run_alg, tmp_path, name):
    codes = write_csv(tmp_path / name, "行政区划代码\n990101\n990102\n")
    ind = write_csv(
        tmp_path / "water.csv",
        WATER.replace("区划代码", "行政区划代码")
        .replace("110101", "990101")
        .replace("110102", "990102"),
    )
    res, log = run(
        run_alg,
        "water_load",
        {"INPUT": codes, "INDICATORS": [ind], "OUTPUT": str(tmp_path / "w.gpkg")},
    )
    got = dict(features(res["OUTPUT"], "行政区划代码", "water_index"))
    # W/W0 = 50/100 → 0.5 (and 120/100 → 1.2)
    assert got == {"990101": pytest.approx(0.5), "990102": pytest.approx(1.2)}
    ds = ogr.Open(str(res["OUTPUT"]).split("|")[0])
    defn = ds.GetLayer(0).GetLayerDefn()
    assert defn.GetFieldDefn(defn.GetFieldIndex("行政区划代码")).GetType() == S  # codes stay text
    return codes, log


def test_a_one_column_csv_of_unit_codes_is_accepted(run_alg, tmp_path):
    # GDAL 3.6 does not recognise a CSV without a separator (QGIS said "Could not load
    # source layer"); GDAL 3.10 reads it. Either way the codes are read, by QGIS's
    # delimited-text reader when GDAL does not, and then the log says so
    codes, log = one_column_table(run_alg, tmp_path, "units.csv")
    delimited = any("delimited-text" in i for i in log.infos)
    assert delimited == (not encodings.ogr_opens(codes))


def test_a_one_column_text_file_is_read_with_the_delimited_text_reader(run_alg, tmp_path):
    # no GDAL (3.6 or 3.10) recognises a .txt table without a separator
    codes, log = one_column_table(run_alg, tmp_path, "units.txt")
    assert not encodings.ogr_opens(codes)
    assert any("units.txt" in i and "delimited-text" in i for i in log.infos)


def test_a_file_that_is_no_table_says_what_a_table_needs(run_alg, tmp_path):
    empty = write_csv(tmp_path / "units.csv", "")
    with pytest.raises(QgsProcessingException) as err:
        run(run_alg, "water_load", {"INPUT": empty, "OUTPUT": str(tmp_path / "w.gpkg")})
    text = str(err.value)
    assert "units.csv" in text and "header row" in text and "Could not load" not in text


@pytest.mark.parametrize(
    "check", [QgsFeatureRequest.GeometrySkipInvalid, QgsFeatureRequest.GeometryAbortOnInvalid]
)
def test_a_bow_tie_unit_keeps_its_result_in_an_attribute_only_element(run_alg, tmp_path, check):
    # water_load reads only attributes of the units, but QGIS's own filter
    # dropped the bow-tie unit from the result (skip) or stopped the run with
    # its generic message (the toolbox's default): the unit is evaluated
    units = write_vector(
        tmp_path / "u.gpkg",
        "units",
        ogr.wkbPolygon,
        [("区划代码", S)],
        [(BOWTIE, ["110101"]), (square(20, 0, 30, 10), ["110102"])],
    )
    res, log = run(
        run_alg,
        "water_load",
        {
            "INPUT": units,
            "INDICATORS": [
                write_csv(
                    tmp_path / "water.csv",
                    "区划代码,用水总量,用水总量控制指标,地下水供水量,地下水开采控制指标,地下水超采状况\n"
                    "110101,50,100,5,10,无\n110102,120,100,5,10,无\n",
                )
            ],
            "OUTPUT": str(tmp_path / "w.gpkg"),
        },
        check=check,
    )
    # W/W0 = 50/100 ≤ 0.9 → none; 120/100 > 1.0 → overload (profile: elements.water)
    got = dict(features(res["OUTPUT"], "区划代码", "water_class"))
    assert got == {"110101": "none", "110102": "overload"}
    # only the attributes count here: nothing to repair, and no warning about it
    assert not [w for w in log.warnings if "invalid" in w]


@pytest.mark.parametrize("alg_id", ["unit_measures", "warning_reminders"])
def test_a_bow_tie_unit_keeps_its_measures_and_reminders(run_alg, tmp_path, alg_id):
    # a result layer read with QGIS's "skip invalid features" (a model's setting)
    # lost the bow-tie unit from the measures and the reminders without a word
    result = write_vector(
        tmp_path / "r.gpkg",
        "result",
        ogr.wkbPolygon,
        [("行政区划代码", S), ("名称", S), ("trend_eval_year", S), ("warning_level", S)]
        + [(f, S) for f in ("load_type", "land_class", "water_class", "env_class", "eco_class")],
        [
            (BOWTIE, ["990101", "甲", "2025", "red", "overload", "overload"] + ["none"] * 3),
            (square(20, 0, 30, 10), ["990102", "乙", "2025", "green", "none"] + ["none"] * 4),
        ],
    )
    res, _ = run(
        run_alg,
        alg_id,
        dict(
            {"INPUT": result, "OUTPUT": str(tmp_path / "o.gpkg")},
            **({"LETTERS": str(tmp_path / "letters")} if alg_id == "warning_reminders" else {}),
        ),
        check=QgsFeatureRequest.GeometrySkipInvalid,
    )
    codes = sorted(f[0] for f in features(res["OUTPUT"], "行政区划代码"))
    assert "990101" in codes


# ---------------------------------------------------------------------------
# Degradation rasters without data in the units
# ---------------------------------------------------------------------------


def degradation_case(tmp_path, b_columns_without_data):
    """Units A (x 0–10 km) and B (x 10–20 km), y 0–10 km, and an SL 190 erosion
    raster of 1 km cells over both: in A 8 cells of 中度 (3) and 92 of 微度 (1);
    in B the first ``b_columns_without_data`` columns nodata, the rest 微度."""
    units = write_vector(
        tmp_path / "u.gpkg",
        "units",
        ogr.wkbPolygon,
        [("行政区划代码", S)],
        [(square(0, 0, 10, 10), ["A"]), (square(10, 0, 20, 10), ["B"])],
    )
    arr = np.ones((10, 20))
    arr[0, :8] = 3
    arr[:, 10 : 10 + b_columns_without_data] = -9999
    raster = write_raster(tmp_path / "erosion.tif", arr, cell=KM, y0=Y0 + 10 * KM, nodata=-9999)
    return units, raster


def health(run_alg, tmp_path, b_columns_without_data):
    """ecosystem_health on :func:`degradation_case`: (eco_index, eco_class,
    eco_note) of each unit, and the run's log."""
    units, raster = degradation_case(tmp_path, b_columns_without_data)
    res, log = run(
        run_alg,
        "ecosystem_health",
        {"INPUT": units, "DEGRADATION_RASTERS": [raster], "OUTPUT": str(tmp_path / "e.gpkg")},
    )
    rows = {
        f[0]: f[1:]
        for f in features(res["OUTPUT"], "行政区划代码", "eco_index", "eco_class", "eco_note")
    }
    return rows, log


def test_a_degradation_raster_mostly_without_data_in_a_unit_is_said(run_alg, tmp_path):
    got, log = health(run_alg, tmp_path, 7)
    # A: 8 of 100 km² → H = 0.08 > 0.05 → critical; B: 0 of 100 km², measured on 30
    assert got["A"][:2] == (pytest.approx(0.08), "critical")
    assert got["B"][:2] == (0.0, "none")
    said = [w for w in log.warnings if "erosion" in w and "without data" in w]
    assert len(said) == 1 and "B (70 %)" in said[0] and "A (" not in said[0]


def test_a_unit_without_degradation_data_is_not_evaluated(run_alg, tmp_path):
    got, _ = health(run_alg, tmp_path, 10)
    # B was "none" (0 km² degraded) though nothing of it was measured
    assert got["A"][:2] == (pytest.approx(0.08), "critical")
    assert got["B"][0] is None and got["B"][1] == "not_evaluated"
    assert "erosion data missing" in got["B"][2]


def test_degradation_rasters_without_data_in_any_unit_are_refused(run_alg, tmp_path):
    units, _ = degradation_case(tmp_path, 0)
    raster = write_raster(
        tmp_path / "empty.tif", np.full((10, 20), -9999.0), cell=KM, y0=Y0 + 10 * KM, nodata=-9999
    )
    out = tmp_path / "e.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "ecosystem_health",
            {"INPUT": units, "DEGRADATION_RASTERS": [raster], "OUTPUT": str(out)},
        )
    assert "empty" in str(err.value) and "no data inside" in str(err.value)
    assert not out.exists()


LAND = "行政区划代码,建设用地面积,评价区域土地面积\nA,10,100\nB,10,100\n"


def test_a_suitability_raster_without_data_in_the_units_is_refused(run_alg, tmp_path):
    units, _ = degradation_case(tmp_path, 0)
    raster = write_raster(
        tmp_path / "suit.tif", np.full((10, 20), 255.0), cell=KM, y0=Y0 + 10 * KM, nodata=255
    )
    out = tmp_path / "l.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "land_pressure",
            {
                "INPUT": units,
                "INDICATORS": [write_csv(tmp_path / "land.csv", LAND)],
                "SUITABILITY": raster,
                "OUTPUT": str(out),
            },
        )
    # every unit was "not evaluated", each with its own note
    assert "suit" in str(err.value) and "no data inside" in str(err.value)
    assert not out.exists()


def test_a_suitability_raster_mostly_without_data_in_a_unit_is_said(run_alg, tmp_path):
    units, raster = degradation_case(tmp_path, 7)
    res, log = run(
        run_alg,
        "land_pressure",
        {
            "INPUT": units,
            "INDICATORS": [write_csv(tmp_path / "land.csv", LAND)],
            "SUITABILITY": raster,
            "SUITABLE_VALUES": "1",
            "OUTPUT": str(tmp_path / "l.gpkg"),
        },
    )
    got = dict(features(res["OUTPUT"], "行政区划代码", "land_l0"))
    # L0 = suitable (value 1) share of the cells with data: A 92 of 100, B 30 of 30
    assert got["A"] == pytest.approx(0.92) and got["B"] == pytest.approx(1.0)
    said = [w for w in log.warnings if "erosion" in w and "without data" in w]
    assert len(said) == 1 and "B (70 %)" in said[0] and "A (" not in said[0]


# ---------------------------------------------------------------------------
# Units outside the class raster
# ---------------------------------------------------------------------------


def far_units(tmp_path, all_far=False):
    """Unit A 500 km east of the bow-tie class raster, unit B (x 0–2 km, y 0–2
    km) on it, in its 适宜 half."""
    items = [(square(500, 500, 510, 510), ["A", 1000.0])]
    if not all_far:
        items.append((square(0, 0, 2, 2), ["B", 1000.0]))
    return write_vector(
        tmp_path / "u.gpkg", "units", ogr.wkbPolygon, [("行政区划代码", S), ("water", R)], items
    )


def test_a_unit_outside_the_class_raster_is_said_in_the_zonal_summary(run_alg, tmp_path):
    res, log = run(
        run_alg,
        "dual_zonal_summary",
        {
            "INPUT": bowtie_class_raster(tmp_path),
            "UNITS": far_units(tmp_path),
            "OUTPUT": str(tmp_path / "a.gpkg"),
        },
    )
    got = {f[0]: f[1:] for f in features(res["OUTPUT"], "unit_code", "suitable_km2", "total_km2")}
    assert got["B"] == pytest.approx((4.0, 4.0)) and got["A"] == (0.0, 0.0)
    # A measured 0 km² without a word
    said = [w for w in log.warnings if "no classified cell" in w]
    assert len(said) == 1 and "1 unit(s)" in said[0] and "only): A." in said[0]


def test_units_all_outside_the_class_raster_are_refused(run_alg, tmp_path):
    out = tmp_path / "a.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run(
            run_alg,
            "dual_zonal_summary",
            {
                "INPUT": bowtie_class_raster(tmp_path),
                "UNITS": far_units(tmp_path, all_far=True),
                "OUTPUT": str(out),
            },
        )
    assert "suit" in str(err.value) and "no unit has a classified cell" in str(err.value)
    assert not out.exists()


def test_a_unit_outside_the_suitability_raster_has_no_carrying_scale(run_alg, tmp_path):
    res, log = run(
        run_alg,
        "dual_carrying_scale",
        {
            "UNITS": far_units(tmp_path),
            "AGRI_SUITABILITY": bowtie_class_raster(tmp_path),
            "AGRI_WATER_FIELD": "water",
            "IRRIGATION_QUOTA": 400,
            "OUTPUT": str(tmp_path / "s.gpkg"),
        },
    )
    got = {
        f[0]: f[1:] for f in features(res["OUTPUT"], "unit_code", "agri_land_km2", "agri_scale_km2")
    }
    # B: 4 km² suitable; water 1000 ×10⁴ m³ / 400 m³/亩 = 25 000 亩 = 16.67 km² → land binds
    assert got["B"] == pytest.approx((4.0, 4.0))
    # A had land 0 km² and so a carrying scale of 0 ("land" binding), never measured
    assert got["A"] == (None, None)
    assert any("no classified cell" in w and "A" in w for w in log.warnings)


def test_units_are_searched_for_invalid_polygons_only_when_sections_join_by_location(
    run_alg, tmp_path
):
    # pollutant_exceedance with water sections: sections that name their unit
    # in a unit-code column need no unit outline, so the units are not searched
    # (38,000 township outlines take seconds) and a bow-tie unit goes without a
    # note; sections given as points without that column find their unit by
    # location, so the bow-tie is repaired and named
    units = write_vector(
        tmp_path / "u.gpkg",
        "units",
        ogr.wkbPolygon,
        [("行政区划代码", S)],
        [(BOWTIE, ["990101"]), (square(20, 0, 30, 10), ["990102"])],
    )
    head = "断面编码,水体类型,化学需氧量"
    by_code = write_csv(
        tmp_path / "sections.csv",
        head + ",行政区划代码\nWA,河流,22,990101\nWB,河流,18,990102\n",
    )
    by_location = write_vector(
        tmp_path / "s.gpkg",
        "sections",
        ogr.wkbPoint,
        [("断面编码", S), ("水体类型", S), ("化学需氧量", ogr.OFTReal)],
        [
            (f"POINT({X0 + 1 * KM} {Y0 + 5 * KM})", ["WA", "河流", 22.0]),
            (f"POINT({X0 + 25 * KM} {Y0 + 5 * KM})", ["WB", "河流", 18.0]),
        ],
    )
    for sections, searched in ((by_code, False), (by_location, True)):
        res, log = run(
            run_alg,
            "pollutant_exceedance",
            {
                "INPUT": units,
                "SECTIONS": sections,
                "ALLOW_PARTIAL": True,
                "OUTPUT": str(tmp_path / f"e{int(searched)}.gpkg"),
            },
        )
        # COD 22/20 − 1 = 0.1 in 990101 and 18/20 − 1 = −0.1 in 990102 (GB 3838 class III)
        got = dict(features(res["OUTPUT"], "行政区划代码", "env_water_index"))
        assert got == {"990101": pytest.approx(0.1), "990102": pytest.approx(-0.1)}
        repaired = [w for w in log.warnings if "invalid geometries" in w]
        assert bool(repaired) == searched, (sections, log.warnings)
