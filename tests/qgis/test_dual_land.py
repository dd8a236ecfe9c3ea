"""The 双评价 land algorithms through Processing: known answers on tilted
planes, the silt downgrade, relief, the analysis-grid parameters, styling on
load, provenance, and bad input stopped before any output exists."""

import json
import math
import os

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
)

from tests.helpers import read_raster as read, write_raster, X0, Y0


@pytest.fixture(scope="module")
def terraces(tmp_path_factory):
    """Three bands of rows, each a plane tilted along x: 1°, 4°, 20°
    (30 m cells), plus a silt layer: 70 % in the left half, 85 % in the last
    10 columns, 10 % elsewhere."""
    d = tmp_path_factory.mktemp("terraces")
    ny, nx = 60, 40
    x = np.arange(nx) * 30.0
    dem = np.zeros((ny, nx))
    for i, theta in enumerate((1.0, 4.0, 20.0)):
        dem[i * 20 : (i + 1) * 20] = 500 + x * math.tan(math.radians(theta)) + 1000 * i
    silt = np.full((ny, nx), 10.0)
    silt[:, :20] = 70.0
    silt[:, 30:] = 85.0
    return (write_raster(d / "dem.tif", dem), write_raster(d / "silt.tif", silt), d)


def test_agri_land_known_answer(run_alg, terraces, tmp_path):
    dem, silt, folder = terraces
    out = tmp_path / "agri.tif"
    res = run_alg(
        "dual_land_agri",
        {
            "DEM": dem,
            "SILT": silt,
            "OUTPUT": str(out),
            "SLOPE_OUTPUT": str(tmp_path / "slope.tif"),
            "BLOCK_SIZE": 64,
        },
    )
    lv, ds = read(out)
    # rows 0–19: 1° → 1; rows 20–39: 4° → 2; rows 40–59: 20° → 4 (spec §2.1).
    # Silt: 60–80 % (cols 0–19) → +1; ≥ 80 % (cols 30–39) → 5; 10 % unchanged.
    # Rows 19/20 and 39/40 are where two planes meet: their slope mixes both.
    expect = np.zeros((60, 40), dtype=np.uint8)
    for band, base in ((slice(0, 19), 1), (slice(21, 39), 2), (slice(41, 60), 4)):
        expect[band, :20] = min(base + 1, 5)
        expect[band, 20:30] = base
        expect[band, 30:] = 5
    inner = np.r_[0:19, 21:39, 41:60]
    np.testing.assert_array_equal(lv[inner], expect[inner])
    band = ds.GetRasterBand(1)
    assert band.GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.levels"
    assert band.GetNoDataValue() == 0
    slope, _ = read(tmp_path / "slope.tif")
    np.testing.assert_allclose(slope[5], 1.0, atol=1e-4)  # Float32 output
    prov = json.loads(res["PROVENANCE"])
    assert prov["algorithm"] == "cc_warning:dual_land_agri"
    assert "cell 30 × 30" in prov["grid"] and any("read as is" in r for r in prov["alignment"])
    assert json.loads(ds.GetMetadataItem("CC_WARNING_PROVENANCE"))["profile"]["id"] == "default"
    # nothing was written beside the inputs (QGIS statistics .aux.xml included)
    assert sorted(os.listdir(folder)) == ["dem.tif", "silt.tif"]


def test_urban_land_relief_downgrade(run_alg, tmp_path):
    # flat ground (slope 0 → level 1) with a 150 m cliff at column 20; 200 m cells
    # → 3 × 3 relief window: cells within one column of the cliff see 150 m of
    # relief → one level down (spec: 100–200 m → +1); their slope also rises
    dem = np.zeros((12, 40))
    dem[:, 20:] = 150.0
    path = write_raster(tmp_path / "cliff.tif", dem, cell=200.0)
    out = tmp_path / "urban.tif"
    run_alg("dual_land_urban", {"DEM": path, "OUTPUT": str(out)})
    lv, _ = read(out)
    assert (lv[:, :18] == 1).all() and (lv[:, 22:] == 1).all()
    # column 19: Horn dz/dx = (4·150 − 0)/(8·200) = 0.375 → 20.6° → level 4, +1 → 5
    assert (lv[:, 19] == 5).all() and (lv[:, 20] == 5).all()


def test_geographic_dem_needs_a_projected_grid(run_alg, tmp_path):
    lat, lon = 31.0, 117.0
    dem = np.tile(np.arange(50, dtype=float) * 3.0, (40, 1))
    path = write_raster(tmp_path / "geo.tif", dem, cell=0.0005, x0=lon, y0=lat, epsg=4490)
    out = tmp_path / "a.tif"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("dual_land_agri", {"DEM": path, "OUTPUT": str(out)})
    assert "EPSG:4527" in str(err.value) and not out.exists()
    # reprojected to Gauss–Krüger zone 39 with 50 m cells, it runs
    run_alg(
        "dual_land_agri",
        {"DEM": path, "GRID_CRS": "EPSG:4527", "CELL_SIZE": 50, "OUTPUT": str(out)},
    )
    lv, ds = read(out)
    assert ds.GetGeoTransform()[1] == 50.0 and (lv > 0).sum() > 100


def test_analysis_area_masks_the_output(run_alg, terraces, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    dem, _, _ = terraces
    layer = QgsVectorLayer("Polygon?crs=EPSG:4527", "area", "memory")
    f = QgsFeature()
    # the left half of the DEM (columns 0–19), 60 rows of 30 m
    f.setGeometry(
        QgsGeometry.fromWkt(
            f"POLYGON(({X0} {Y0},{X0 + 600} {Y0},{X0 + 600} {Y0 - 1800},{X0} {Y0 - 1800},"
            f"{X0} {Y0}))"
        )
    )
    layer.dataProvider().addFeature(f)
    out = tmp_path / "masked.tif"
    run_alg("dual_land_agri", {"DEM": dem, "MASK": layer, "OUTPUT": str(out)})
    lv, ds = read(out)
    assert lv.shape == (60, 20) and (lv > 0).all()
    assert ds.GetGeoTransform()[0] == X0


def test_loaded_result_is_paletted_with_profile_labels(plugin, terraces, tmp_path):
    import processing

    dem, _, _ = terraces
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(
        "cc_warning:dual_land_agri", {"DEM": dem, "OUTPUT": str(tmp_path / "styled.tif")}
    )
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        assert len(added) == 1 and isinstance(added[0], QgsRasterLayer)
        renderer = added[0].renderer()
        assert renderer.type() == "paletted"
        classes = {int(c.value): (c.color.name(), c.label) for c in renderer.classes()}
        assert classes[1] == ("#1a9850", "High") or classes[1] == ("#1a9850", "高")
        assert classes[5][0] == "#d73027" and len(classes) == 5
        assert "dual_land_agri" in added[0].customProperty("cc_warning/provenance")
    finally:
        project.removeMapLayers([layer.id() for layer in added])


def test_undeclared_nodata_stops_before_any_output(run_alg, tmp_path):
    arr = np.full((20, 20), 300.0, dtype=np.float32)
    arr[:3] = -3.4028235e38
    path = write_raster(tmp_path / "bad_dem.tif", arr, dtype=gdal.GDT_Float32)
    out = tmp_path / "never.tif"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("dual_land_agri", {"DEM": path, "OUTPUT": str(out)})
    assert "bad_dem" in str(err.value) and "nodata" in str(err.value)
    assert sorted(os.listdir(tmp_path)) == ["bad_dem.tif"]


def test_cancel_leaves_nothing(plugin, terraces, tmp_path):
    import processing

    dem, _, _ = terraces
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    context = QgsProcessingContext()
    with pytest.raises(QgsProcessingException) as err:
        processing.run(
            "cc_warning:dual_land_agri",
            {"DEM": dem, "OUTPUT": str(tmp_path / "c.tif"), "BLOCK_SIZE": 64},
            context=context,
            feedback=feedback,
        )
    assert "Cancelled" in str(err.value)
    assert os.listdir(tmp_path) == []
