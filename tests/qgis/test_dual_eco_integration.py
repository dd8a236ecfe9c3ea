"""生态脆弱性 and 生态保护重要性 through Processing: a known vulnerability
answer with the label direction, the highest-class rule with cause bits and
极重要区 polygons, the 斑块集中度 correction switched on by a profile, wrong
class rasters refused; and the whole ecology chain on the sample city."""

import functools
import os

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsVectorLayer


from cc_warning_plugin.core.i18n import language

from tests.helpers import read_raster as read, write_raster as _write_raster

#: this module's rasters: dtype=gdal.GDT_Float32
write_raster = functools.partial(_write_raster, dtype=gdal.GDT_Float32)


SAMPLE = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "cc_warning_plugin", "sample_data"
)


def byte(path, arr, cell=100.0, nodata=0):
    return write_raster(
        path, np.asarray(arr, dtype=np.uint8), cell=cell, dtype=gdal.GDT_Byte, nodata=nodata
    )


def test_soil_erosion_vulnerability_known_answer(run_alg, tmp_path):
    # 3 × 6 cells of 200 m (relief window 3 × 3). Columns:
    #   R        500 (1)  5000 (3)  20000 (5) 20000 (5) 20000 (5) 20000 (5)
    #   texture  12 (1)   4 (3)     6 (5)     6 (5)     6 (5)     6 (5)
    #   cover    0.8 (1)  0.4 (3)   0.1 (5)   0.1 (5)   0.1 (5)   0.1 (5)
    #   DEM      0        0         0         0         0         400
    #   relief   0 (1)    0 (1)     0 (1)     0 (1)     400 (5)   400 (5)
    # index: 1; (3·3·1·3)^¼ = 2.2795; (5·5·1·5)^¼ = 3.3437 (twice); 5; 5
    # class: 一般脆弱 (3), 一般脆弱, 脆弱 (2), 脆弱, 极脆弱 (1), 极脆弱
    def cols(values, dtype=float):
        return np.tile(np.array(values, dtype=dtype), (3, 1))

    params = {
        "DEM": write_raster(tmp_path / "dem.tif", cols([0, 0, 0, 0, 0, 400]), cell=200),
        "R_FACTOR": write_raster(
            tmp_path / "r.tif", cols([500, 5000, 2e4, 2e4, 2e4, 2e4]), cell=200
        ),
        "SOIL_TEXTURE": write_raster(
            tmp_path / "tex.tif", cols([12, 4, 6, 6, 6, 6], np.uint8), cell=200, dtype=gdal.GDT_Byte
        ),
        "VEG_COVER": write_raster(
            tmp_path / "v.tif", cols([0.8, 0.4, 0.1, 0.1, 0.1, 0.1]), cell=200
        ),
        "INDEX": str(tmp_path / "idx.tif"),
        "OUTPUT": str(tmp_path / "cls.tif"),
        "SCORES": str(tmp_path / "sc.tif"),
    }
    run_alg("dual_eco_vuln_soil_erosion", params)
    np.testing.assert_allclose(
        read(tmp_path / "idx.tif")[0][1], [1, 2.2795071, 3.3437015, 3.3437015, 5, 5], rtol=1e-6
    )
    cls, ds = read(tmp_path / "cls.tif")
    np.testing.assert_array_equal(cls[1], [3, 3, 2, 2, 1, 1])
    # (GDAL 3.6 GTiff loads the .aux.xml with the category names on the first
    # metadata read, not on GetCategoryNames: read the class set first)
    assert (
        ds.GetRasterBand(1).GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.vulnerability"
    )
    names = ds.GetRasterBand(1).GetCategoryNames()
    assert names[1] == ("极脆弱" if language() == "zh" else "Very vulnerable")
    # scores as digits R, K, LS, C
    np.testing.assert_array_equal(
        read(tmp_path / "sc.tif")[0][1], [1111, 3313, 5515, 5515, 5555, 5555]
    )
    # a texture code the profile does not know
    bad = write_raster(
        tmp_path / "tex99.tif", cols([12, 4, 6, 6, 6, 99], np.uint8), cell=200, dtype=gdal.GDT_Byte
    )
    with pytest.raises(QgsProcessingException, match="tex99.*99"):
        run_alg(
            "dual_eco_vuln_soil_erosion",
            dict(params, SOIL_TEXTURE=bad, OUTPUT=str(tmp_path / "x.tif")),
        )
    assert not (tmp_path / "x.tif").exists()


def test_other_vulnerabilities_with_constants(run_alg, tmp_path):
    veg = write_raster(tmp_path / "v.tif", np.array([[0.1, 0.4, 0.9]]), cell=100)
    tex = byte(tmp_path / "t.tif", [[1, 4, 12]], nodata=255)
    # 土地沙化: I = 20 → 5, W = 5 → 1, texture 砂土 5 / 壤土 3 / 粘土 1, cover 5 / 3 / 1:
    # (5·1·5·5)^¼ = 3.344 → 脆弱; (5·1·3·3)^¼ = 2.590 → 脆弱; (5·1·1·1)^¼ = 1.495 → 一般脆弱
    run_alg(
        "dual_eco_vuln_desertification",
        {
            "VEG_COVER": veg,
            "SOIL_TEXTURE": tex,
            "ARIDITY_VALUE": 20,
            "WIND_DAYS_VALUE": 5,
            "OUTPUT": str(tmp_path / "d.tif"),
        },
    )
    np.testing.assert_array_equal(read(tmp_path / "d.tif")[0], [[2, 2, 3]])
    # 盐渍化: I = 20 → 5, M = 30 → 5, depth 0.5 m → 5, texture salinization 1 / 3 / 1:
    # (5·5·5·1)^¼ = 3.344 → 脆弱; (5·5·5·3)^¼ = 4.401 → 极脆弱; 3.344 → 脆弱
    run_alg(
        "dual_eco_vuln_salinization",
        {
            "SOIL_TEXTURE": tex,
            "EVAPORATION_RATIO_VALUE": 20,
            "MINERALIZATION_VALUE": 30,
            "GROUNDWATER_DEPTH_VALUE": 0.5,
            "OUTPUT": str(tmp_path / "s.tif"),
        },
    )
    np.testing.assert_array_equal(read(tmp_path / "s.tif")[0], [[2, 1, 2]])
    # 石漠化 on flat ground (slope 0 → 1), carbonate 0.8 → 5, cover 5 / 3 / 1:
    # (5·1·5)^⅓ = 2.924 → 脆弱; (5·1·3)^⅓ = 2.466 → 脆弱; (5·1·1)^⅓ = 1.710 → 一般脆弱
    run_alg(
        "dual_eco_vuln_rocky_desertification",
        {
            "DEM": write_raster(tmp_path / "dem.tif", np.zeros((1, 3)), cell=100),
            "CARBONATE_VALUE": 0.8,
            "VEG_COVER": veg,
            "OUTPUT": str(tmp_path / "r.tif"),
        },
    )
    np.testing.assert_array_equal(read(tmp_path / "r.tif")[0], [[2, 2, 3]])


def test_highest_class_cause_and_critical_areas(run_alg, tmp_path):
    # 1 × 6 cells of 100 m (1 ha each)
    s1 = byte(tmp_path / "s1.tif", [[3, 2, 3, 3, 0, 1]])
    s2 = byte(tmp_path / "s2.tif", [[3, 3, 2, 3, 3, 1]])
    v1 = byte(tmp_path / "v1.tif", [[3, 3, 1, 2, 0, 3]])
    out = tmp_path / "imp.tif"
    res = run_alg(
        "dual_eco_importance",
        {
            "SERVICES": [s1, s2],
            "VULNERABILITIES": [v1],
            "OUTPUT": str(out),
            "CAUSE": str(tmp_path / "cause.tif"),
            "SERVICE_OUTPUT": str(tmp_path / "svc.tif"),
            "VULNERABILITY_OUTPUT": str(tmp_path / "vul.tif"),
            "CRITICAL_MASK": str(tmp_path / "mask.tif"),
            "CRITICAL_AREAS": str(tmp_path / "crit.gpkg"),
        },
    )
    # cols: 一般; s1 重要; v1 极脆弱 → 极重要; v1 脆弱 → 重要; only s2 → 一般;
    # s1 and s2 极重要 → 极重要
    np.testing.assert_array_equal(read(out)[0], [[3, 2, 1, 2, 3, 1]])
    np.testing.assert_array_equal(read(tmp_path / "cause.tif")[0], [[7, 1, 4, 4, 2, 3]])
    np.testing.assert_array_equal(read(tmp_path / "svc.tif")[0], [[3, 2, 2, 3, 3, 1]])
    vul, vds = read(tmp_path / "vul.tif")
    np.testing.assert_array_equal(vul, [[3, 3, 1, 2, 0, 3]])
    assert (
        vds.GetRasterBand(1).GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.vulnerability"
    )
    np.testing.assert_array_equal(read(tmp_path / "mask.tif")[0], [[0, 0, 1, 0, 0, 1]])
    # two separate 极重要 cells → two polygons of 1 ha
    layer = QgsVectorLayer(str(tmp_path / "crit.gpkg"), "crit", "ogr")
    feats = list(layer.getFeatures())
    assert len(feats) == 2 and [round(f["area_ha"], 6) for f in feats] == [1.0, 1.0]
    assert res["CRITICAL_AREA_HA"] == pytest.approx(2.0)
    assert "s1" in read(tmp_path / "cause.tif")[1].GetRasterBand(1).GetDescription()


def test_critical_areas_are_numbered_in_raster_order(run_alg, tmp_path):
    # 3 × 5 cells of 100 m; 极重要 (1) patches, 4-connected, by their first cell:
    #   1 3 1 3 1      U = (0, 0) … (0, 2), a U of 7 cells: 7 ha, first
    #   1 3 1 3 3      A = (0, 4): 1 ha, second
    #   1 1 1 3 1      B = (2, 4): 1 ha, third
    # GDAL 3.10's polygonize gives A before the U (GDAL 3.6 does not)
    s1 = byte(tmp_path / "s1.tif", [[1, 3, 1, 3, 1], [1, 3, 1, 3, 3], [1, 1, 1, 3, 1]])
    run_alg(
        "dual_eco_importance",
        {
            "SERVICES": [s1],
            "OUTPUT": str(tmp_path / "imp.tif"),
            "CRITICAL_AREAS": str(tmp_path / "crit.gpkg"),
        },
    )
    layer = QgsVectorLayer(str(tmp_path / "crit.gpkg"), "crit", "ogr")
    feats = sorted(layer.getFeatures(), key=lambda f: f.id())
    assert [f["id"] for f in feats] == [1, 2, 3]
    assert [round(f["area_ha"], 6) for f in feats] == [7.0, 1.0, 1.0]
    x0, y0 = 39500000.0, 4000000.0
    boxes = [f.geometry().boundingBox() for f in feats]
    assert [(b.xMinimum() - x0, y0 - b.yMaximum()) for b in boxes] == [
        (0.0, 0.0),
        (400.0, 0.0),
        (400.0, 200.0),
    ]


def test_wrong_class_raster_is_refused(run_alg, tmp_path):
    # a vulnerability result given as a service
    veg = write_raster(tmp_path / "v.tif", np.array([[0.1, 0.4]]), cell=100)
    tex = byte(tmp_path / "t.tif", [[1, 4]], nodata=255)
    vul = tmp_path / "vul.tif"
    run_alg(
        "dual_eco_vuln_desertification",
        {
            "VEG_COVER": veg,
            "SOIL_TEXTURE": tex,
            "ARIDITY_VALUE": 20,
            "WIND_DAYS_VALUE": 5,
            "OUTPUT": str(vul),
        },
    )
    out = tmp_path / "imp.tif"
    with pytest.raises(QgsProcessingException, match="vul.*dual.classes.vulnerability"):
        run_alg("dual_eco_importance", {"SERVICES": [str(vul)], "OUTPUT": str(out)})
    # a raster with values outside the importance classes
    bad = byte(tmp_path / "bad.tif", [[1, 4]])
    with pytest.raises(QgsProcessingException, match="bad.*4 \\(1"):
        run_alg("dual_eco_importance", {"SERVICES": [bad], "OUTPUT": str(out)})
    with pytest.raises(QgsProcessingException, match="at least one"):
        run_alg("dual_eco_importance", {"OUTPUT": str(out)})
    assert not out.exists()


def test_concentration_correction_from_a_profile(run_alg, tmp_path):
    # 10 × 10 cells of 100 m (0.01 km² each): rows 0–5 极重要 (60 cells, 0.6 km²
    # → 一般 concentration → stays 极重要); a 2 × 2 极重要 patch at rows 8–9,
    # cols 0–1 (0.04 km² → 低 → 一般); the other 36 cells 重要 in one patch
    # (0.36 km² → 较低 → stays 重要)
    arr = np.full((10, 10), 2, dtype=np.uint8)
    arr[:6] = 1
    arr[8:, :2] = 1
    svc = byte(tmp_path / "svc.tif", arr)
    profile = tmp_path / "draft.toml"
    profile.write_text(
        '[profile]\nextends = "default"\n\n'
        "[dual.ecology.integration.concentration]\nenabled = true\n",
        encoding="utf-8",
    )
    out = tmp_path / "imp.tif"
    res = run_alg(
        "dual_eco_importance",
        {
            "SERVICES": [svc],
            "PROFILE": str(profile),
            "OUTPUT": str(out),
            "CRITICAL_AREAS": str(tmp_path / "c.gpkg"),
        },
    )
    expect = arr.copy()
    expect[8:, :2] = 3
    np.testing.assert_array_equal(read(out)[0], expect)
    assert res["CRITICAL_AREA_HA"] == pytest.approx(60.0)
    # the 2020 default leaves the small patch 极重要
    run_alg("dual_eco_importance", {"SERVICES": [svc], "OUTPUT": str(tmp_path / "d.tif")})
    np.testing.assert_array_equal(read(tmp_path / "d.tif")[0], arr)


@pytest.fixture
def sample_chain(run_alg, tmp_path):
    """The ecology chain on the sample city: four services and the soil-erosion
    vulnerability, then the integration."""
    d = tmp_path
    run = run_alg

    s = {
        n: os.path.join(SAMPLE, f"{n}.tif")
        for n in ("dem", "precip", "veg_cover", "soil_texture", "landcover")
    }
    run(
        "dual_eco_water_conservation",
        {
            "PRECIPITATION": s["precip"],
            "LANDCOVER": s["landcover"],
            "TEMPERATURE_VALUE": 14,
            "OUTPUT": str(d / "water.tif"),
        },
    )
    run(
        "dual_eco_soil_conservation",
        {
            "DEM": s["dem"],
            "PRECIPITATION": s["precip"],
            "SOIL_TEXTURE": s["soil_texture"],
            "VEG_COVER": s["veg_cover"],
            "OUTPUT": str(d / "soil.tif"),
        },
    )
    run(
        "dual_eco_sand_fixation",
        {
            "VEG_COVER": s["veg_cover"],
            "WEATHER_FACTOR_VALUE": 30,
            "ERODIBLE_FRACTION_VALUE": 0.4,
            "CRUST_FACTOR_VALUE": 0.5,
            "ROUGHNESS_FACTOR_VALUE": 0.8,
            "OUTPUT": str(d / "sand.tif"),
        },
    )
    redline = (
        os.path.join(SAMPLE, "shifan.gpkg")
        + "|layername=eco_redline|subset=\"红线类型\" = '生物多样性维护'"
    )
    run(
        "dual_eco_biodiversity",
        {"DEM": s["dem"], "VERY_IMPORTANT_HABITAT": redline, "OUTPUT": str(d / "bio.tif")},
    )
    run(
        "dual_eco_vuln_soil_erosion",
        {
            "DEM": s["dem"],
            "PRECIPITATION": s["precip"],
            "SOIL_TEXTURE": s["soil_texture"],
            "VEG_COVER": s["veg_cover"],
            "OUTPUT": str(d / "erosion.tif"),
        },
    )
    res = run(
        "dual_eco_importance",
        {
            "SERVICES": [str(d / f"{n}.tif") for n in ("water", "soil", "sand", "bio")],
            "VULNERABILITIES": [str(d / "erosion.tif")],
            "OUTPUT": str(d / "importance.tif"),
            "CRITICAL_AREAS": str(d / "critical.gpkg"),
        },
    )
    return d, res


def test_sample_city_every_class_and_areas_add_up(sample_chain):
    d, res = sample_chain
    dem_ds = gdal.Open(os.path.join(SAMPLE, "dem.tif"))
    band = dem_ds.GetRasterBand(1)
    city = band.ReadAsArray() != band.GetNoDataValue()
    imp, ds = read(d / "importance.tif")
    # every class occurs, only inside the city, and the class areas add up to it
    counts = {v: int(np.count_nonzero(imp == v)) for v in (1, 2, 3)}
    assert all(n > 0 for n in counts.values()), counts
    assert ((imp > 0) == city).all()
    cell_ha = 200 * 200 / 1e4
    assert sum(counts.values()) * cell_ha == pytest.approx(city.sum() * cell_ha)
    assert city.sum() * cell_ha == pytest.approx(237144.0)  # 59 286 cells · 4 ha
    # each service has every class; the 极重要 polygons cover exactly the 极重要 cells
    for n in ("water", "soil"):
        assert set(np.unique(read(d / f"{n}.tif")[0])) == {0, 1, 2, 3}
    assert res["CRITICAL_AREA_HA"] == pytest.approx(counts[1] * cell_ha)
    src = ogr.Open(str(d / "critical.gpkg"))
    total = sum(f.GetGeometryRef().GetArea() for f in src.GetLayer(0)) / 1e4
    assert total == pytest.approx(counts[1] * cell_ha)
    # the 生物多样性维护 red-line polygons are 极重要 habitats: 极重要 in the result
    bio = read(d / "bio.tif")[0]
    assert np.all(imp[bio == 1] == 1)
    assert ds.GetRasterBand(1).GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.importance"


def test_loaded_results_are_styled_from_the_profile(plugin, tmp_path):
    import processing
    from qgis.core import QgsProject, QgsRasterLayer

    s1 = byte(tmp_path / "s1.tif", [[1, 2, 3, 3]])
    v1 = byte(tmp_path / "v1.tif", [[3, 3, 1, 2]])
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(
        "cc_warning:dual_eco_importance",
        {
            "SERVICES": [s1],
            "VULNERABILITIES": [v1],
            "OUTPUT": str(tmp_path / "imp.tif"),
            "VULNERABILITY_OUTPUT": str(tmp_path / "vul.tif"),
            "CRITICAL_AREAS": str(tmp_path / "crit.gpkg"),
        },
    )
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        rasters = {layer.source(): layer for layer in added if isinstance(layer, QgsRasterLayer)}
        imp = rasters[str(tmp_path / "imp.tif")]
        assert imp.renderer().type() == "paletted"
        classes = {int(c.value): (c.color.name(), c.label) for c in imp.renderer().classes()}
        assert classes[1][0] == "#1a9641" and classes[1][1] in ("极重要", "Very important")
        vul = rasters[str(tmp_path / "vul.tif")]
        labels = {int(c.value): c.label for c in vul.renderer().classes()}
        assert labels[1] in ("极脆弱", "Very vulnerable")
        assert "dual_eco_importance" in imp.customProperty("cc_warning/provenance")
        assert len(added) == 3  # importance, vulnerability, 极重要区 polygons
    finally:
        project.removeMapLayers([layer.id() for layer in added])
