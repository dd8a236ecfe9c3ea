"""The 生态系统服务 algorithms through Processing on rasters built here: known
answers (water balance with a clamped negative and a tie straddling the 50 %
line, RUSLE on a tilted plane, EPIC K, RWEQ, the NPP index with habitats),
the same result with block size 64 and whole-raster, manual breaks, and bad
input stopped before any output exists."""

import functools
import json
import math
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from tests.helpers import read_raster as read, write_raster as _write_raster, X0, Y0

#: this module's rasters: dtype=gdal.GDT_Float32
write_raster = functools.partial(_write_raster, dtype=gdal.GDT_Float32)


def const(path, shape, value, **kw):
    return write_raster(path, np.full(shape, value, dtype=float), **kw)


# -- 水源涵养 ------------------------------------------------------------------


@pytest.fixture(scope="module")
def water(tmp_path_factory):
    """2 × 5 cells of 30 m. P = 1000 mm (one nodata cell), land cover 1 with
    α = 0.1 (profile below) except one 耕地 cell (20), ET chosen so that
    P − R − ET = 900 − ET gives 400, 300, 300, 300, 200 / 100, 100, −100, —, —."""
    d = tmp_path_factory.mktemp("water")
    p = np.full((2, 5), 1000.0)
    p[1, 4] = -9999.0
    lc = np.ones((2, 5), dtype=np.uint8)
    lc[1, 3] = 20
    et = np.array([[500, 600, 600, 600, 700], [800, 800, 1000, 0, 0]], dtype=float)
    profile = d / "alpha.toml"
    profile.write_text(
        '[profile]\nextends = "default"\n\n[dual.ecology.runoff_coefficients]\n1 = 0.1\n',
        encoding="utf-8",
    )
    return {
        "PRECIPITATION": write_raster(d / "p.tif", p, nodata=-9999.0),
        "LANDCOVER": write_raster(d / "lc.tif", lc, dtype=gdal.GDT_Byte, nodata=255),
        "ET": write_raster(d / "et.tif", et),
        "PROFILE": str(profile),
    }


def test_water_conservation_known_answer_with_ties(run_alg, water, tmp_path):
    res = run_alg(
        "dual_eco_water_conservation",
        dict(water, SERVICE=str(tmp_path / "wc.tif"), OUTPUT=str(tmp_path / "i.tif")),
    )
    svc, ds = read(tmp_path / "wc.tif")
    # 900 − ET; the −100 cell is 0, not 100; 耕地 (no service) 0; nodata −9999
    np.testing.assert_array_equal(svc, [[400, 300, 300, 300, 200], [100, 100, 0, 0, -9999]])
    assert ds.GetRasterBand(1).GetNoDataValue() == -9999.0
    cls, ids = read(tmp_path / "i.tif")
    # T = 400 + 3·300 + 200 + 2·100 = 1700. 50 %: S(400) = 400 ≤ 850, S(300) = 1300 > 850
    # → t = 400: the three 300s straddle the line and stay out together (cell by
    # cell one of them would be in). 80 %: S(300) = 1300 ≤ 1360, S(200) = 1500 → t = 300.
    np.testing.assert_array_equal(cls, [[1, 2, 2, 2, 3], [3, 3, 3, 3, 0]])
    assert res["BREAKS"] == "400, 300"
    # TQ = Σ (P − R − ET)·A = 1700 mm · 900 m² = 1530 m³
    assert res["TOTAL"] == pytest.approx(1530.0)
    band = ids.GetRasterBand(1)
    assert band.GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.importance"
    assert band.GetCategoryNames()[1] in ("极重要", "Very important")
    prov = json.loads(res["PROVENANCE"])
    assert "cumulative share" in prov["parameters"]["grading"]
    assert "ET from the raster" in prov["parameters"]["evapotranspiration"]


def test_water_conservation_manual_breaks(run_alg, water, tmp_path):
    out = tmp_path / "m.tif"
    res = run_alg(
        "dual_eco_water_conservation",
        dict(water, GRADING=2, MANUAL_BREAKS="150, 300", OUTPUT=str(out)),
    )
    # ≥ 300 → 极重要, ≥ 150 → 重要, below → 一般
    np.testing.assert_array_equal(read(out)[0], [[1, 1, 1, 1, 2], [3, 3, 3, 3, 0]])
    assert res["BREAKS"] == "300, 150" and res["SERVICE"] is None
    with pytest.raises(QgsProcessingException, match="150; 300; 400"):
        run_alg(
            "dual_eco_water_conservation",
            dict(water, GRADING=2, MANUAL_BREAKS="150; 300; 400", OUTPUT=str(out)),
        )


def test_unknown_land_cover_code_stops_before_any_output(run_alg, water, tmp_path):
    lc = np.ones((2, 5), dtype=np.uint8)
    lc[0, 0] = 60
    bad = write_raster(tmp_path / "lc60.tif", lc, dtype=gdal.GDT_Byte, nodata=255)
    out, svc = tmp_path / "x.tif", tmp_path / "s.tif"
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_eco_water_conservation",
            dict(water, LANDCOVER=bad, SERVICE=str(svc), OUTPUT=str(out)),
        )
    assert "lc60" in str(err.value) and "60 (1 " in str(err.value)
    assert not out.exists() and not svc.exists()
    assert not list(tmp_path.glob(".*partial*"))


def test_water_conservation_needs_et_or_temperature(run_alg, water, tmp_path):
    params = {k: v for k, v in water.items() if k != "ET"}
    with pytest.raises(QgsProcessingException, match="Turc"):
        run_alg("dual_eco_water_conservation", dict(params, OUTPUT=str(tmp_path / "o.tif")))
    # with a temperature, Turc: P = 1000, T = 15 → E = 658.713 (see the unit test);
    # 1000 − 100 − 658.713 = 241.287 mm
    run_alg(
        "dual_eco_water_conservation",
        dict(
            params,
            TEMPERATURE_VALUE=15,
            SERVICE=str(tmp_path / "t.tif"),
            OUTPUT=str(tmp_path / "o.tif"),
        ),
    )
    svc = read(tmp_path / "t.tif")[0]
    np.testing.assert_allclose(svc[0], 241.287, atol=1e-3)


# -- 水土保持 ------------------------------------------------------------------


@pytest.fixture(scope="module")
def plane(tmp_path_factory):
    """A plane tilted 7° along x, 30 m cells; R 4000, K 0.03, cover 0.5."""
    d = tmp_path_factory.mktemp("plane")
    shape = (20, 24)
    x = np.arange(shape[1]) * 30.0
    dem = np.tile(300.0 + x * math.tan(math.radians(7.0)), (shape[0], 1))
    return {
        "DEM": write_raster(d / "dem.tif", dem, dtype=gdal.GDT_Float64),
        "R_FACTOR": const(d / "r.tif", shape, 4000.0),
        "K_FACTOR": const(d / "k.tif", shape, 0.03),
        "VEG_COVER": const(d / "veg.tif", shape, 0.5),
        "dir": d,
        "shape": shape,
    }


def test_soil_conservation_rusle_on_a_plane(run_alg, plane, tmp_path):
    params = {k: v for k, v in plane.items() if k not in ("dir", "shape")}
    res = run_alg(
        "dual_eco_soil_conservation",
        dict(
            params,
            SERVICE=str(tmp_path / "a.tif"),
            OUTPUT=str(tmp_path / "i.tif"),
            LS_OUTPUT=str(tmp_path / "ls.tif"),
        ),
    )
    # λ = one cell = 30 m; 7° → LS = 1.8016644 (unit test); C(50 %) = 0.0670339;
    # A_c = 4000 · 0.03 · 1.8016644 · (1 − 0.0670339) = 201.70702 t/(hm²·a)
    ls = read(tmp_path / "ls.tif")[0]
    np.testing.assert_allclose(ls, 1.8016644, rtol=1e-6)  # edges too (plane-exact)
    np.testing.assert_allclose(read(tmp_path / "a.tif")[0], 201.70702, rtol=1e-6)
    # every cell equal: the top group (all of it) exceeds 50 % → all 一般
    assert (read(tmp_path / "i.tif")[0] == 3).all()
    # total: 480 cells · 201.707 t/hm² · 0.09 hm² = 8713.74 t
    assert res["TOTAL"] == pytest.approx(480 * 201.70702 * 0.09, rel=1e-6)
    prov = json.loads(res["PROVENANCE"])
    assert prov["parameters"]["lambda"] == "30 m"


def test_soil_conservation_epic_k_and_practice(run_alg, plane, tmp_path):
    d, shape = plane["dir"], plane["shape"]
    params = {
        "DEM": plane["DEM"],
        "R_FACTOR": plane["R_FACTOR"],
        "VEG_COVER": plane["VEG_COVER"],
        "SAND": const(d / "sand.tif", shape, 40.0),
        "SILT": const(d / "silt.tif", shape, 40.0),
        "CLAY": const(d / "clay.tif", shape, 20.0),
        "ORGANIC_CARBON": const(d / "oc.tif", shape, 1.0),
        "P_FACTOR_VALUE": 0.5,
        "SLOPE_LENGTH": 60.0,
        "SERVICE": str(tmp_path / "a.tif"),
        "OUTPUT": str(tmp_path / "i.tif"),
    }
    run_alg("dual_eco_soil_conservation", params)
    # K = 0.0389017 (EPIC, unit test); λ = 60 m → L = (60/22.13)^0.5 = 1.6465879,
    # S(7°) = 1.5474050 → LS = 2.5479383; A_c = 4000·0.0389017·2.5479383·(1 − 0.0670339·0.5)
    # = 396.4767 · 0.9664830 = 383.1880
    np.testing.assert_allclose(read(tmp_path / "a.tif")[0], 383.1880, rtol=1e-6)
    del params["CLAY"]
    with pytest.raises(QgsProcessingException, match="CLAY"):
        run_alg("dual_eco_soil_conservation", params)


def test_block_size_does_not_change_the_result(run_alg, tmp_path):
    """A rough surface of 150 × 130 cells: 64-cell blocks (with the slope
    halo across their edges) and one whole-raster block give the same
    rasters."""
    rng = np.random.default_rng(7)
    ny, nx = 150, 130
    yy, xx = np.mgrid[0:ny, 0:nx]
    dem = 400 + 80 * np.sin(xx / 9.0) * np.cos(yy / 13.0) + rng.normal(0, 3, (ny, nx))
    tex = rng.integers(1, 14, (ny, nx)).astype(np.uint8)
    params = {
        "DEM": write_raster(tmp_path / "dem.tif", dem),
        "PRECIPITATION": write_raster(tmp_path / "p.tif", 600 + 2 * xx + yy),
        "SOIL_TEXTURE": write_raster(tmp_path / "tex.tif", tex, dtype=gdal.GDT_Byte),
        "VEG_COVER": write_raster(tmp_path / "v.tif", (xx % 10) / 10.0),
    }
    out = {}
    for bs in (64, 8192):
        run_alg(
            "dual_eco_soil_conservation",
            dict(
                params,
                BLOCK_SIZE=bs,
                SERVICE=str(tmp_path / f"a{bs}.tif"),
                OUTPUT=str(tmp_path / f"i{bs}.tif"),
            ),
        )
        run_alg(
            "dual_eco_vuln_soil_erosion",
            dict(
                params,
                BLOCK_SIZE=bs,
                INDEX=str(tmp_path / f"x{bs}.tif"),
                OUTPUT=str(tmp_path / f"v{bs}.tif"),
            ),
        )
        out[bs] = [read(tmp_path / f"{k}{bs}.tif")[0] for k in "aixv"]
    for a, b in zip(out[64], out[8192]):
        np.testing.assert_array_equal(a, b)
    assert len(np.unique(out[64][1])) == 3  # all three classes present


# -- 防风固沙 ------------------------------------------------------------------


def test_sand_fixation_rweq(run_alg, tmp_path):
    veg = const(tmp_path / "veg.tif", (6, 7), 0.25)
    params = {
        "VEG_COVER": veg,
        "WEATHER_FACTOR_VALUE": 50.0,
        "ERODIBLE_FRACTION_VALUE": 0.4,
        "CRUST_FACTOR_VALUE": 0.5,
        "ROUGHNESS_FACTOR": const(tmp_path / "kr.tif", (6, 7), 0.8),
        "SERVICE": str(tmp_path / "sr.tif"),
        "OUTPUT": str(tmp_path / "i.tif"),
    }
    run_alg("dual_eco_sand_fixation", params)
    # unit test: SR = (10.81327 − 1.789568)·10 = 90.2370 t/(hm²·a)
    np.testing.assert_allclose(read(tmp_path / "sr.tif")[0], 90.2370, rtol=1e-5)
    del params["CRUST_FACTOR_VALUE"]
    with pytest.raises(QgsProcessingException, match="CRUST_FACTOR"):
        run_alg("dual_eco_sand_fixation", params)
    with pytest.raises(QgsProcessingException, match="WEATHER_FACTOR_VALUE"):
        run_alg(
            "dual_eco_sand_fixation",
            dict(params, CRUST_FACTOR_VALUE=0.5, WEATHER_FACTOR_VALUE=20000.0),
        )


# -- 生物多样性维护 -------------------------------------------------------------


def test_biodiversity_npp_index_and_habitat(run_alg, tmp_path):
    shape = (3, 3)
    col = np.tile(np.arange(3.0), (3, 1))
    params = {
        "DEM": write_raster(tmp_path / "dem.tif", np.array([0.0, 500, 2000])[col.astype(int)]),
        "NPP": const(tmp_path / "npp.tif", shape, 600.0),
        "PRECIPITATION": write_raster(tmp_path / "p.tif", 400 + 400 * col),
        "TEMPERATURE": write_raster(tmp_path / "t.tif", 10 * col),
        "SERVICE": str(tmp_path / "s.tif"),
        "OUTPUT": str(tmp_path / "i.tif"),
    }
    run_alg("dual_eco_biodiversity", params)
    # F_pre = F_tem = 0, 0.5, 1 by column; F_alt = 0, 0.25, 1 →
    # S = 600·0·0·1 = 0; 600·0.5·0.5·0.75 = 112.5; 600·1·1·0 = 0
    np.testing.assert_allclose(read(tmp_path / "s.tif")[0], [[0, 112.5, 0]] * 3)
    # T = 337.5 held by the middle column alone → above 50 % as a group: no 极重要;
    # 80 % neither → all 一般
    assert (read(tmp_path / "i.tif")[0] == 3).all()
    layer = QgsVectorLayer("Polygon?crs=EPSG:4527", "protected", "memory")
    f = QgsFeature()
    f.setGeometry(
        QgsGeometry.fromWkt(  # the top-left cell (its centre inside)
            f"POLYGON(({X0} {Y0},{X0 + 30} {Y0},{X0 + 30} {Y0 - 30},{X0} {Y0 - 30},{X0} {Y0}))"
        )
    )
    layer.dataProvider().addFeature(f)
    run_alg(
        "dual_eco_biodiversity",
        dict(params, VERY_IMPORTANT_HABITAT=layer, OUTPUT=str(tmp_path / "h.tif")),
    )
    np.testing.assert_array_equal(read(tmp_path / "h.tif")[0], [[1, 3, 3], [3, 3, 3], [3, 3, 3]])
    # habitats alone: no service raster, importance from the polygons
    res = run_alg(
        "dual_eco_biodiversity",
        {"DEM": params["DEM"], "IMPORTANT_HABITAT": layer, "OUTPUT": str(tmp_path / "o.tif")},
    )
    np.testing.assert_array_equal(read(tmp_path / "o.tif")[0], [[2, 3, 3], [3, 3, 3], [3, 3, 3]])
    assert res["SERVICE"] is None
    with pytest.raises(QgsProcessingException, match="TEMPERATURE"):
        run_alg("dual_eco_biodiversity", {k: v for k, v in params.items() if k != "TEMPERATURE"})


def test_biodiversity_from_habitats_alone_names_implausible_dem_cells(run_alg, tmp_path):
    # one DEM cell of 9,500 m, above the plausible 9,000 m, in a strip that
    # the sampled statistics before the run skip (160 × 160 cells in strips
    # of 6 rows, every 5th strip sampled): it is met in the run, treated as
    # nodata (importance 0 there) and counted in a warning, as with the NPP index
    from tests.qgis.test_input_checks import Log

    dem = np.zeros((160, 160))
    dem[8, 80] = 9500.0
    layer = QgsVectorLayer("Polygon?crs=EPSG:4527", "protected", "memory")
    f = QgsFeature()
    f.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON(({X0} {Y0},{X0 + 30} {Y0},{X0 + 30} {Y0 - 30},{X0} {Y0 - 30},{X0} {Y0}))"
        )
    )
    layer.dataProvider().addFeature(f)
    log = Log()
    run_alg(
        "dual_eco_biodiversity",
        {
            "DEM": _write_raster(tmp_path / "dem9500.tif", dem),  # Float64: strips of 6 rows
            "IMPORTANT_HABITAT": layer,
            "OUTPUT": str(tmp_path / "o.tif"),
        },
        feedback=log,
    )
    out = read(tmp_path / "o.tif")[0]
    assert out[0, 0] == 2 and out[1, 1] == 3 and out[8, 80] == 0
    assert any(
        "dem9500" in w and "1 cells held values outside the plausible range -500 … 9000" in w
        for w in log.warnings
    ), log.warnings


# -- bad input -------------------------------------------------------------------


def test_bad_inputs_are_named_before_any_output(run_alg, tmp_path):
    shape = (8, 8)
    good = const(tmp_path / "veg.tif", shape, 0.3)
    consts = {
        "WEATHER_FACTOR_VALUE": 50.0,
        "ERODIBLE_FRACTION_VALUE": 0.4,
        "CRUST_FACTOR_VALUE": 0.5,
        "ROUGHNESS_FACTOR_VALUE": 0.8,
    }
    out = tmp_path / "o.tif"
    cases = [
        # no CRS
        (const(tmp_path / "nocrs.tif", shape, 0.3, epsg=None), "nocrs", "has no CRS"),
        # undeclared nodata marker
        (
            write_raster(tmp_path / "sentinel.tif", np.where(np.eye(8) > 0, -3.4028235e38, 0.3)),
            "sentinel",
            "declares no nodata",
        ),
        # geographic CRS where areas need metres
        (
            const(tmp_path / "geo.tif", shape, 0.3, cell=0.001, x0=117.0, y0=31.0, epsg=4490),
            "",
            "EPSG:4527",
        ),
        # a value out of range (cover in percent)
        (const(tmp_path / "pct.tif", shape, 30.0), "pct", "plausible range"),
    ]
    for path, name, text in cases:
        with pytest.raises(QgsProcessingException) as err:
            run_alg("dual_eco_sand_fixation", dict(consts, VEG_COVER=path, OUTPUT=str(out)))
        assert name in str(err.value) and text in str(err.value), str(err.value)
        assert not out.exists()
    # a factor raster that does not overlap the grid
    far = const(tmp_path / "far.tif", shape, 0.8, x0=X0 + 100000)
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "dual_eco_sand_fixation",
            dict(consts, VEG_COVER=good, ROUGHNESS_FACTOR=far, OUTPUT=str(out)),
        )
    assert "far" in str(err.value) and "does not overlap" in str(err.value)
    assert not out.exists() and not list(tmp_path.glob(".*partial*"))


def test_cancel_leaves_nothing(run_alg, plane, tmp_path):
    class Cancelling(QgsProcessingFeedback):
        def setProgress(self, p):  # noqa: N802 (QGIS API)
            super().setProgress(p)
            if p > 10:
                self.cancel()

    params = {k: v for k, v in plane.items() if k not in ("dir", "shape")}
    out, svc = tmp_path / "i.tif", tmp_path / "a.tif"
    with pytest.raises(QgsProcessingException):
        run_alg(
            "dual_eco_soil_conservation",
            dict(params, BLOCK_SIZE=64, SERVICE=str(svc), OUTPUT=str(out)),
            feedback=Cancelling(),
        )
    assert not out.exists() and not svc.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_land_cover_in_another_crs_is_reprojected_on_purpose(run_alg, tmp_path):
    """The sample land cover warped to geographic CGCS2000 (EPSG:4490): it is
    brought back to the precipitation's grid by nearest neighbour, and the
    run log says so."""
    sample = os.path.join(
        os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
        "cc_warning_plugin",
        "sample_data",
    )
    geo = str(tmp_path / "landcover_4490.tif")
    gdal.Warp(geo, os.path.join(sample, "landcover.tif"), dstSRS="EPSG:4490", resampleAlg="near")
    params = {"PRECIPITATION": os.path.join(sample, "precip.tif"), "TEMPERATURE_VALUE": 14}
    res = run_alg(
        "dual_eco_water_conservation",
        dict(
            params,
            LANDCOVER=geo,
            SERVICE=str(tmp_path / "a.tif"),
            OUTPUT=str(tmp_path / "a_imp.tif"),
        ),
    )
    prov = json.loads(res["PROVENANCE"])
    note = [r for r in prov["alignment"] if r.startswith("landcover_4490")][0]
    assert "reprojected" in note and "nearest neighbour" in note
    run_alg(
        "dual_eco_water_conservation",
        dict(
            params,
            LANDCOVER=os.path.join(sample, "landcover.tif"),
            SERVICE=str(tmp_path / "b.tif"),
            OUTPUT=str(tmp_path / "b_imp.tif"),
        ),
    )
    a, b = read(tmp_path / "a.tif")[0], read(tmp_path / "b.tif")[0]
    valid = b != -9999
    # two nearest-neighbour warps move class edges by at most a cell here and there
    assert np.mean(a[valid] == b[valid]) > 0.9
