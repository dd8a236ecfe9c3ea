"""The 双评价 water, climate, factor, suitability, area and scale algorithms
through Processing, on small rasters and polygons built here with
hand-computed answers."""

import functools
import csv
import json

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorLayer,
)
from cc_warning_plugin.compat import FieldType

from tests.helpers import read_array as read, write_raster as _write_raster, X0, Y0

#: this module's rasters: cell=100.0
write_raster = functools.partial(_write_raster, cell=100.0)


def polygons(rects, fields=(), geom="Polygon"):
    """A memory layer of rectangles (x0, y0 offsets in metres from X0/Y0, width,
    height) with attribute rows."""
    layer = QgsVectorLayer(f"{geom}?crs=EPSG:4527", "units", "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    feats = []
    for (dx, dy, w, h), attrs in rects:
        f = QgsFeature(layer.fields())
        x, y = X0 + dx, Y0 - dy
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} {y},{x + w} {y},{x + w} {y - h},{x} {y - h},{x} {y}))"
            )
        )
        f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_agri_water_from_precipitation(run_alg, tmp_path):
    # spec §2.1: ≥ 1200 好 (1), 800–1200, 400–800, 200–400, < 200 (5); lower bound in
    precip = np.array([[1300, 1200, 1199.9, 800, 400, 399, 200, 199]], dtype=float)
    path = write_raster(tmp_path / "p.tif", precip)
    run_alg("dual_water_agri", {"INPUT": path, "OUTPUT": str(tmp_path / "w.tif")})
    assert read(tmp_path / "w.tif").tolist() == [[1, 1, 2, 2, 3, 4, 4, 5]]


def test_urban_water_from_unit_totals(run_alg, tmp_path):
    ref = write_raster(tmp_path / "ref.tif", np.zeros((10, 30)))
    # three 1 km² units (10 × 10 cells of 100 m): totals 30, 10, empty (10⁴ m³)
    # → modulus 30 (≥ 25 → 1), 10 ([8, 13) → 3), missing → nodata
    units = polygons(
        [
            ((0, 0, 1000, 1000), ["A", 30.0]),
            ((1000, 0, 1000, 1000), ["B", 10.0]),
            ((2000, 0, 1000, 1000), ["C", None]),
        ],
        [("code", FieldType.String), ("quota", FieldType.Double)],
    )
    run_alg(
        "dual_water_urban",
        {
            "UNITS": units,
            "FIELD": "quota",
            "PER_AREA": True,
            "REFERENCE": ref,
            "OUTPUT": str(tmp_path / "u.tif"),
        },
    )
    lv = read(tmp_path / "u.tif")
    assert (lv[:, :10] == 1).all() and (lv[:, 10:20] == 3).all() and (lv[:, 20:] == 0).all()


def test_unit_field_with_text_is_named(run_alg, tmp_path):
    ref = write_raster(tmp_path / "ref.tif", np.zeros((10, 10)))
    units = polygons(
        [((0, 0, 1000, 1000), ["A", "lots"])],
        [("code", FieldType.String), ("quota", FieldType.String)],
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_water_urban",
            {"UNITS": units, "FIELD": "quota", "REFERENCE": ref, "OUTPUT": str(tmp_path / "u.tif")},
        )
    assert "quota" in str(err.value) and "'lots'" in str(err.value)
    assert not (tmp_path / "u.tif").exists()


MONTHLY = [-5, -2, 3, 10, 16, 21, 25, 24, 19, 12, 5, -1]


def test_heat_with_lapse_correction_from_a_station(run_alg, tmp_path):
    # DEM: station level (1100 m), +500 m, −1000 m. Hand sums (see the unit test):
    # 4130 → 一般 (3); 3305 → 较差 (4); 6078 → 较好 (2)
    dem = write_raster(tmp_path / "dem.tif", np.array([[1100.0, 1600.0, 100.0]]), nodata=-9999.0)
    table = tmp_path / "t.csv"
    table.write_text(
        "站点编码,月份,月平均气温\n"
        + "".join(f"S1,{m},{t}\nS2,{m},99\n" for m, t in enumerate(MONTHLY, start=1)),
        encoding="utf-8",
    )
    run_alg(
        "dual_climate_heat",
        {
            "TABLE": str(table),
            "STATION_FIELD": "站点编码",
            "STATION": "S1",
            "MONTH_FIELD": "月份",
            "TEMPERATURE_FIELD": "月平均气温",
            "REF_ELEVATION": 1100,
            "DEM": dem,
            "OUTPUT": str(tmp_path / "h.tif"),
            "ACCUM_OUTPUT": str(tmp_path / "acc.tif"),
        },
    )
    assert read(tmp_path / "h.tif").tolist() == [[3, 4, 2]]
    np.testing.assert_allclose(read(tmp_path / "acc.tif")[0], [4130, 3305, 6078], atol=0.01)


def test_comfort_from_monthly_rasters(run_alg, tmp_path):
    # THI(20 °C, 50 %) = 65.25 → 好 (1); THI(30 °C, 80 %) = 82.92 → 较差 (4)
    t = np.zeros((12, 1, 2))
    h = np.zeros((12, 1, 2))
    t[:, 0, 0], h[:, 0, 0] = 20.0, 50.0
    t[:, 0, 1], h[:, 0, 1] = 30.0, 80.0
    t[:5, 0, 1], h[:5, 0, 1] = 20.0, 50.0  # 5 good months, 7 poor ones
    tp = write_raster(tmp_path / "t.tif", t)
    hp = write_raster(tmp_path / "h.tif", h)
    run_alg(
        "dual_climate_comfort",
        {"TEMPERATURE": tp, "HUMIDITY": hp, "OUTPUT": str(tmp_path / "c.tif")},
    )
    assert read(tmp_path / "c.tif").tolist() == [[1, 4]]


def test_comfort_from_stations_takes_the_nearest(run_alg, tmp_path):
    ref = write_raster(tmp_path / "ref.tif", np.zeros((2, 4)))
    table = tmp_path / "climate.csv"
    rows = ["站点编码,月份,月平均气温,月平均相对湿度"]
    for m in range(1, 13):
        rows += [f"W,{m},20,50", f"E,{m},30,80"]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    stations = QgsVectorLayer("Point?crs=EPSG:4527&field=站点编码:string", "st", "memory")
    for code, x in (("W", X0 + 50), ("E", X0 + 350)):
        f = QgsFeature(stations.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POINT({x} {Y0 - 50})"))
        f.setAttributes([code])
        stations.dataProvider().addFeature(f)
    run_alg(
        "dual_climate_comfort",
        {
            "TABLE": str(table),
            "STATIONS": stations,
            "REFERENCE": ref,
            "OUTPUT": str(tmp_path / "c.tif"),
        },
    )
    # columns 0–1 nearer W (THI 65.25 → 1), columns 2–3 nearer E (82.92 → 4)
    assert read(tmp_path / "c.tif").tolist() == [[1, 1, 4, 4], [1, 1, 4, 4]]


def test_factor_codes_and_unknown_code(run_alg, tmp_path):
    # 土壤环境 default: 1 → 1, 2 → 3, 3 → 5 (class set risk)
    codes = write_raster(
        tmp_path / "soil.tif",
        np.array([[1, 2, 3, 0]], dtype=np.uint8),
        nodata=0,
        dtype=gdal.GDT_Byte,
    )
    out = tmp_path / "env.tif"
    run_alg(
        "dual_factor_grading",
        {"FACTOR_NAME": "soil_environment", "INPUT": codes, "OUTPUT": str(out)},
    )
    assert read(out).tolist() == [[1, 3, 5, 0]]
    ds = gdal.Open(str(out))
    assert ds.GetRasterBand(1).GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.risk"
    bad = write_raster(
        tmp_path / "bad.tif", np.array([[1, 7]], dtype=np.uint8), nodata=0, dtype=gdal.GDT_Byte
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_factor_grading",
            {"FACTOR_NAME": "soil_environment", "INPUT": bad, "OUTPUT": str(tmp_path / "x.tif")},
        )
    assert "bad" in str(err.value) and "7 (1" in str(err.value)
    assert not (tmp_path / "x.tif").exists()


def test_factor_breaks_travel_time(run_alg, tmp_path):
    # 区位优势度: ≤ 1 h 好 … > 5 h 差, upper bound in
    hours = write_raster(tmp_path / "h.tif", np.array([[0.5, 1.0, 1.5, 3.5, 5.0, 6.0]]))
    run_alg(
        "dual_factor_grading",
        {"FACTOR_NAME": "location", "INPUT": hours, "OUTPUT": str(tmp_path / "loc.tif")},
    )
    assert read(tmp_path / "loc.tif").tolist() == [[1, 1, 2, 3, 4, 5]]


LEVELS = {"CC_WARNING_CLASS_SET": "dual.classes.levels"}


def test_agri_suitability_chain_with_eco_polygons(run_alg, tmp_path):
    # 1 row × 6 cells of 100 m:
    # land  1 3 2 2 1 5 ; water 4 1 3 3 1 1 ; climate 2 5 1 1 1 1 ; meteo hazard 1 1 1 1 5 1
    # M1: 2 2 2 2 1 5 ; M2 (climate): 2 5 1 1 1 5 ; hazard step: level 1 & 高危险 → 2 (cell 4)
    # cell 3 lies in the 生态保护极重要区 polygon → 不适宜 (3), level nodata
    # without 连片度: 2-class 1–3 适宜 (1), 4–5 不适宜 (3)
    def lv(values, name):
        return write_raster(
            tmp_path / f"{name}.tif",
            np.array([values], dtype=np.uint8),
            nodata=0,
            dtype=gdal.GDT_Byte,
            metadata=LEVELS,
        )

    params = {
        "LAND": lv([1, 3, 2, 2, 1, 5], "land"),
        "WATER": lv([4, 1, 3, 3, 1, 1], "water"),
        "CLIMATE": lv([2, 5, 1, 1, 1, 1], "climate"),
        "METEOROLOGICAL_HAZARD": lv([1, 1, 1, 1, 5, 1], "hazard"),
        "ECO_CRITICAL": polygons([((300, 0, 100, 100), [])]),
        "CONTIGUITY": 2,
        "OUTPUT": str(tmp_path / "s.tif"),
        "LEVEL_OUTPUT": str(tmp_path / "l.tif"),
        "CAUSE_OUTPUT": str(tmp_path / "c.tif"),
    }
    res = run_alg("dual_agri_suitability", params)
    assert read(tmp_path / "l.tif").tolist() == [[2, 5, 1, 0, 2, 5]]
    assert read(tmp_path / "s.tif").tolist() == [[1, 3, 1, 3, 1, 3]]
    cause = read(tmp_path / "c.tif")[0]
    # bit 12 climate (cell 1), bit 14 极重要区 (cell 3), bit 2 = third step (cell 4)
    assert cause.tolist() == [0, 1 << 12, 0, 1 << 14, 1 << 2, 0]
    ds = gdal.Open(str(tmp_path / "c.tif"))
    legend = json.loads(ds.GetMetadataItem("CC_WARNING_CAUSE_BITS"))
    assert set(legend) == {"0", "1", "2", "12", "13", "14"}
    assert json.loads(res["PROVENANCE"])["parameters"]["contiguity"] is False
    # 3 classes: levels 1–2 适宜, 3–4 一般适宜 (2), 5 不适宜
    params.update(CLASSES=2, OUTPUT=str(tmp_path / "s3.tif"), LEVEL_OUTPUT=None, CAUSE_OUTPUT=None)
    run_alg("dual_agri_suitability", params)
    assert read(tmp_path / "s3.tif").tolist() == [[1, 3, 1, 3, 1, 3]]
    ds = gdal.Open(str(tmp_path / "s3.tif"))
    assert (
        ds.GetRasterBand(1).GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.suitability_3"
    )


def test_suitability_contiguity_and_unknown_levels(run_alg, tmp_path):
    # a 3 × 3 block of level 2 in a field of level 4 (land 2/4, water 1, no climate):
    # the block is a square, ρ = 2/π ≈ 0.64 → up one (1); the surrounding ring of
    # 4s (40 cells around a hole) has a minimum circle of the whole 7 × 7 square
    # (r = 7·100/√2 m): ρ = 40/(π·24.5) ≈ 0.52 → unchanged (4)
    land = np.full((7, 7), 4, dtype=np.uint8)
    land[2:5, 2:5] = 2
    water = np.ones((7, 7), dtype=np.uint8)
    lp = write_raster(tmp_path / "land.tif", land, nodata=0, dtype=gdal.GDT_Byte)
    wp = write_raster(tmp_path / "water.tif", water, nodata=0, dtype=gdal.GDT_Byte)
    run_alg(
        "dual_urban_suitability",
        {
            "LAND": lp,
            "WATER": wp,
            "CLASSES": 2,
            "OUTPUT": str(tmp_path / "s.tif"),
            "LEVEL_OUTPUT": str(tmp_path / "l.tif"),
            "METRIC_OUTPUT": str(tmp_path / "m.tif"),
        },
    )
    # urban M(2,1) = 1, M(4,1) = 3; urban 连片度 [0.2, 0.6) → down one, ≥ 0.6 unchanged:
    # block ρ 0.64 → 1 stays 1; ring ρ 0.52 → 3 + 1 = 4
    lv = read(tmp_path / "l.tif")
    assert (lv[2:5, 2:5] == 1).all() and lv[0, 0] == 4
    m = read(tmp_path / "m.tif")
    assert m[3, 3] == pytest.approx(2 / np.pi, rel=1e-6)
    assert m[0, 0] == pytest.approx(40 / (np.pi * 24.5), rel=1e-6)
    bad = write_raster(
        tmp_path / "bad.tif", np.full((7, 7), 6, dtype=np.uint8), nodata=0, dtype=gdal.GDT_Byte
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_urban_suitability", {"LAND": lp, "WATER": bad, "OUTPUT": str(tmp_path / "x.tif")}
        )
    assert "6 (49" in str(err.value)


def test_zonal_summary_areas_against_known_polygons(run_alg, tmp_path):
    # 2-class suitability raster, 10 × 20 cells of 100 m: left half 适宜 (1), right 不适宜 (3)
    arr = np.ones((10, 20), dtype=np.uint8)
    arr[:, 10:] = 3
    path = write_raster(
        tmp_path / "suit.tif",
        arr,
        nodata=0,
        dtype=gdal.GDT_Byte,
        metadata={"CC_WARNING_CLASS_SET": "dual.classes.suitability_2"},
    )
    # unit A: x 0–1500 m (15 columns) → 10 columns 适宜 (1 km²) + 5 不适宜 (0.5 km²)
    # unit B: x 1500–2000 m → 5 columns 不适宜 (0.5 km²)
    units = polygons(
        [((0, 0, 1500, 1000), ["A", "甲"]), ((1500, 0, 500, 1000), ["B", "乙"])],
        [("行政区划代码", FieldType.String), ("名称", FieldType.String)],
    )
    out = tmp_path / "areas.gpkg"
    table = tmp_path / "areas.xlsx"
    run_alg(
        "dual_zonal_summary",
        {
            "INPUT": path,
            "UNITS": units,
            "NAME_FIELD": "名称",
            "OUTPUT": str(out),
            "TABLE": str(table),
        },
    )
    layer = QgsVectorLayer(str(out), "a", "ogr")
    got = {f["unit_code"]: f for f in layer.getFeatures()}
    a, b = got["A"], got["B"]
    assert a["suitable_km2"] == pytest.approx(1.0) and a["unsuitable_km2"] == pytest.approx(0.5)
    assert a["suitable_ha"] == pytest.approx(100.0) and a["suitable_mu"] == pytest.approx(1500.0)
    assert a["suitable_pct"] == pytest.approx(200 / 3)
    assert b["suitable_km2"] == 0 and b["unsuitable_pct"] == pytest.approx(100.0)
    import pandas as pd

    frame = pd.read_excel(table)
    assert len(frame) == 6 and frame.iloc[:, 0].astype(str).tolist()[:3] == ["A", "A", "A"]


def test_carrying_scale_by_unit(run_alg, tmp_path):
    arr = np.ones((10, 20), dtype=np.uint8)
    arr[:, 10:] = 3
    path = write_raster(
        tmp_path / "suit.tif",
        arr,
        nodata=0,
        dtype=gdal.GDT_Byte,
        metadata={"CC_WARNING_CLASS_SET": "dual.classes.suitability_2"},
    )
    units = polygons(
        [((0, 0, 1500, 1000), ["A", 100.0]), ((1500, 0, 500, 1000), ["B", 100.0])],
        [("行政区划代码", FieldType.String), ("water", FieldType.Double)],
    )
    out = tmp_path / "scale.gpkg"
    csv_path = tmp_path / "scale.csv"
    run_alg(
        "dual_carrying_scale",
        {
            "UNITS": units,
            "AGRI_SUITABILITY": path,
            "AGRI_WATER_FIELD": "water",
            "AGRI_WATER_SHARE": 0.5,
            "IRRIGATION_QUOTA": 400,
            "OUTPUT": str(out),
            "TABLE": str(csv_path),
        },
    )
    got = {f["unit_code"]: f for f in QgsVectorLayer(str(out), "s", "ogr").getFeatures()}
    # land: A 1 km² suitable, B 0. Water: 50 × 10⁴ m³ / 400 = 1250 亩 = 0.8333 km²
    assert got["A"]["agri_land_km2"] == pytest.approx(1.0)
    assert got["A"]["agri_water_km2"] == pytest.approx(1250 / 1500)
    assert got["A"]["agri_scale_km2"] == pytest.approx(1250 / 1500)
    assert got["A"]["agri_binding"] == "water" and got["A"]["agri_scale_mu"] == pytest.approx(
        1250.0
    )
    assert got["B"]["agri_scale_km2"] == 0 and got["B"]["agri_binding"] == "land"
    rows = list(csv.DictReader(open(csv_path, encoding="utf-8-sig")))
    assert [r["unit_code"] for r in rows] == ["A", "B"]


def test_carrying_scale_without_a_suitability_raster_is_refused_before_work(run_alg, tmp_path):
    units = polygons(
        [((0, 0, 1500, 1000), ["A", 100.0])],
        [("行政区划代码", FieldType.String), ("water", FieldType.Double)],
    )
    out = tmp_path / "scale.gpkg"
    # a fresh instance: its labels are in the language the run speaks
    alg = QgsApplication.processingRegistry().createAlgorithmById("cc_warning:dual_carrying_scale")
    params = {"UNITS": units, "AGRI_WATER_FIELD": "water", "OUTPUT": str(out)}
    ok, message = alg.checkParameterValues(params, QgsProcessingContext())
    assert not ok and message == "Give at least one suitability raster."
    with pytest.raises(QgsProcessingException, match="at least one suitability raster"):
        run_alg("dual_carrying_scale", params)
    assert not out.exists()


@pytest.mark.parametrize("alg_id", ["dual_zonal_summary", "dual_carrying_scale"])
def test_a_unit_layer_without_features_is_refused(run_alg, tmp_path, alg_id):
    path = write_raster(
        tmp_path / "suit.tif",
        np.ones((10, 20), dtype=np.uint8),
        nodata=0,
        dtype=gdal.GDT_Byte,
        metadata={"CC_WARNING_CLASS_SET": "dual.classes.suitability_2"},
    )
    units = polygons([], [("行政区划代码", FieldType.String)])
    raster = "INPUT" if alg_id == "dual_zonal_summary" else "AGRI_SUITABILITY"
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(alg_id, {raster: path, "UNITS": units, "OUTPUT": str(out)})
    # it gave an empty result (zonal summary) or "Give at least one suitability
    # raster" (carrying scale), with the raster given
    assert "units has no features: give the unit polygons" in str(err.value)
    assert not out.exists()


def test_carrying_scale_refuses_a_water_field_the_units_lack(run_alg, tmp_path):
    """The water field of a use names a field of the unit layer; another name
    is refused before any work, naming the parameter, the field and the
    fields the layer has, and no output is written."""
    arr = np.ones((10, 20), dtype=np.uint8)
    path = write_raster(
        tmp_path / "suit.tif",
        arr,
        nodata=0,
        dtype=gdal.GDT_Byte,
        metadata={"CC_WARNING_CLASS_SET": "dual.classes.suitability_2"},
    )
    units = polygons(
        [((0, 0, 1500, 1000), ["A", 100.0])],
        [("行政区划代码", FieldType.String), ("water", FieldType.Double)],
    )
    out = tmp_path / "scale.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_carrying_scale",
            {
                "UNITS": units,
                "AGRI_SUITABILITY": path,
                "AGRI_WATER_FIELD": "irrigation",
                "AGRI_WATER_SHARE": 0.5,
                "IRRIGATION_QUOTA": 400,
                "OUTPUT": str(out),
            },
        )
    message = str(err.value)
    # a fresh instance: its labels are in the language the run speaks
    alg = QgsApplication.processingRegistry().createAlgorithmById("cc_warning:dual_carrying_scale")
    label = alg.parameterDefinition("AGRI_WATER_FIELD").description()
    # the pre-run check names the parameter (the unit reading later would not)
    assert f"{label}: layer units has no field irrigation" in message
    assert "Choose one of: 行政区划代码, water" in message
    assert not out.exists()
