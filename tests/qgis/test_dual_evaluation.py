"""The whole 双评价 chain on the sample city 示范市: every file written, the
single factors covering the classes the sample was built to contain, the
生态保护极重要区 (here the 生态保护红线 polygons) classed 不适宜 cell for cell,
area tables adding up, and the result independent of the block size."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsVectorLayer

from cc_warning_plugin.processing.chains.dual_evaluation import FILES

from tests.helpers import read_array as read


@pytest.fixture(scope="module")
def chain(tmp_path_factory, sample_dir, plugin_session, processing_ready):
    import processing
    from qgis.core import QgsApplication

    if QgsApplication.processingRegistry().providerById("cc_warning") is None:
        plugin_session.provider = None
        plugin_session.initProcessing()
    out = tmp_path_factory.mktemp("dual")
    counties = str(out / "counties.gpkg")
    processing.run(
        "native:joinattributestable",
        {
            "INPUT": f"{sample_dir}/shifan.gpkg|layername=county",
            "FIELD": "行政区划代码",
            "INPUT_2": f"{sample_dir}/indicators_2025.csv",
            "FIELD_2": "行政区划代码",
            "METHOD": 1,
            "PREFIX": "ind_",
            "OUTPUT": counties,
        },
    )
    folder = out / "result"
    res = processing.run(
        "cc_warning:dual_evaluation",
        {
            "DEM": f"{sample_dir}/dem.tif",
            "SILT": f"{sample_dir}/silt_content.tif",
            "PRECIPITATION": f"{sample_dir}/precip.tif",
            "ACCUM_TEMP": f"{sample_dir}/accum_temp.tif",
            "CLIMATE_TABLE": f"{sample_dir}/climate_monthly.csv",
            "STATIONS": f"{sample_dir}/shifan.gpkg|layername=air_station",
            "UNITS": counties,
            "URBAN_WATER_FIELD": "ind_用水总量控制指标",
            "SUMMARY_UNITS": f"{sample_dir}/shifan.gpkg|layername=township",
            "ECO_CRITICAL": f"{sample_dir}/shifan.gpkg|layername=eco_redline",
            "SCALE_WATER_FIELD": "ind_用水总量控制指标",
            "IRRIGATION_QUOTA": 400,
            "WATER_PER_PERSON": 80,
            "LAND_PER_PERSON": 120,
            "OUTPUT_FOLDER": str(folder),
        },
    )
    return folder, res, out


def test_every_file_is_written_and_nothing_else_is_left(chain):
    folder, res, out = chain
    names = set(os.listdir(folder))
    assert set(FILES.values()) <= names
    assert not [n for n in os.listdir(out) if n.startswith(".")]
    assert res["AGRI_SUITABILITY"] == str(folder / "agri_suitability.tif")


def test_single_factors_cover_the_designed_classes(chain):
    folder, _, _ = chain
    # docs/sample_data.md: slopes of every class of both gradings; precipitation classes
    # 1–4 (no cell below 200 mm)
    for name in ("agri_land", "urban_land"):
        assert set(np.unique(read(folder / FILES[name]))) == {0, 1, 2, 3, 4, 5}, name
    assert set(np.unique(read(folder / FILES["agri_water"]))) == {0, 1, 2, 3, 4}
    # accumulated temperature about 2950–5680 °C·d: 一般 (3) and 较差 (4) only
    assert set(np.unique(read(folder / FILES["heat"]))) == {0, 3, 4}


def test_eco_critical_cells_are_unsuitable(chain, sample_dir):
    folder, _, out = chain
    # the cells whose centre lies in a 生态保护红线 polygon, burnt here independently
    ds = gdal.Open(str(folder / FILES["agri_suitability"]))
    mem = gdal.GetDriverByName("MEM").Create("", ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(ds.GetGeoTransform())
    mem.SetProjection(ds.GetProjection())
    vec = ogr.Open(f"{sample_dir}/shifan.gpkg")
    gdal.RasterizeLayer(mem, [1], vec.GetLayerByName("eco_redline"), burn_values=[1])
    eco = mem.GetRasterBand(1).ReadAsArray() == 1
    assert eco.sum() > 100
    for use in ("agri", "urban"):
        suit = read(folder / FILES[f"{use}_suitability"])
        assert (suit[eco] == 3).all(), use  # 不适宜区
        level = read(folder / FILES[f"{use}_level"])
        assert (level[eco] == 0).all() and (level[~eco & (suit > 0)] > 0).all()
        cause = read(folder / FILES[f"{use}_cause"])
        assert ((cause & (1 << 14)) > 0)[eco].all()
        assert set(np.unique(suit)) == {0, 1, 3}


def test_area_tables_add_up(chain):
    folder, _, _ = chain
    suit = read(folder / FILES["agri_suitability"])
    classified_km2 = np.count_nonzero(suit) * 0.04  # 200 m cells
    layer = QgsVectorLayer(str(folder / FILES["agri_areas"]), "a", "ogr")
    feats = list(layer.getFeatures())
    assert len(feats) == 33  # townships
    total = sum(f["total_km2"] for f in feats)
    assert total == pytest.approx(classified_km2, abs=1e-6)
    suitable = sum(f["suitable_km2"] for f in feats)
    assert suitable == pytest.approx(np.count_nonzero(suit == 1) * 0.04, abs=1e-6)
    scale = QgsVectorLayer(str(folder / FILES["scale"]), "s", "ogr")
    rows = {f["unit_code"]: f for f in scale.getFeatures()}
    assert len(rows) == 8
    for f in rows.values():
        assert f["agri_scale_km2"] == pytest.approx(min(f["agri_land_km2"], f["agri_water_km2"]))


def test_block_size_does_not_change_the_suitability(chain, run_alg):
    """Small blocks (and 4-strip patches) give the same classes as one block."""
    folder, _, out = chain
    dest = out / "agri_small_blocks.tif"
    run_alg(
        "dual_agri_suitability",
        {
            "LAND": str(folder / FILES["agri_land"]),
            "WATER": str(folder / FILES["agri_water"]),
            "CLIMATE": str(folder / FILES["heat"]),
            "OUTPUT": str(dest),
            "LEVEL_OUTPUT": str(out / "lv_small.tif"),
            "BLOCK_SIZE": 64,
        },
    )
    big = out / "lv_big.tif"
    run_alg(
        "dual_agri_suitability",
        {
            "LAND": str(folder / FILES["agri_land"]),
            "WATER": str(folder / FILES["agri_water"]),
            "CLIMATE": str(folder / FILES["heat"]),
            "OUTPUT": str(out / "agri_big.tif"),
            "LEVEL_OUTPUT": str(big),
            "BLOCK_SIZE": 4096,
        },
    )
    np.testing.assert_array_equal(read(out / "lv_small.tif"), read(big))
    np.testing.assert_array_equal(read(dest), read(out / "agri_big.tif"))


@pytest.fixture(scope="module")
def chain_with_ecology(tmp_path_factory, sample_dir, chain):
    """The same chain with the ecology stage instead of the red-line polygons."""
    import processing

    _, _, base = chain
    folder = tmp_path_factory.mktemp("dual_eco") / "result"
    res = processing.run(
        "cc_warning:dual_evaluation",
        {
            "DEM": f"{sample_dir}/dem.tif",
            "SILT": f"{sample_dir}/silt_content.tif",
            "PRECIPITATION": f"{sample_dir}/precip.tif",
            "LANDCOVER": f"{sample_dir}/landcover.tif",
            "VEG_COVER": f"{sample_dir}/veg_cover.tif",
            "SOIL_TEXTURE": f"{sample_dir}/soil_texture.tif",
            "TEMPERATURE_VALUE": 14,
            "HABITAT": f'{sample_dir}/shifan.gpkg|layername=eco_redline|subset="红线类型" = '
            "'生物多样性维护'",
            "UNITS": str(base / "counties.gpkg"),
            "URBAN_WATER_FIELD": "ind_用水总量控制指标",
            "OUTPUT_FOLDER": str(folder),
        },
    )
    return folder, res


def test_ecology_stage_feeds_the_suitability(chain_with_ecology):
    from cc_warning_plugin.processing.chains.dual_evaluation import ECO_FILES

    folder, _ = chain_with_ecology
    assert set(ECO_FILES.values()) <= set(os.listdir(folder))
    eco = read(folder / ECO_FILES["eco_importance"])
    water = read(folder / ECO_FILES["eco_water"])
    soil = read(folder / ECO_FILES["eco_soil"])
    bio = read(folder / ECO_FILES["eco_biodiversity"])
    erosion = read(folder / ECO_FILES["eco_erosion"])
    # 生态保护重要性 = the most important of the services and the vulnerability
    # (1 极重要 / 极脆弱 is the highest), cell for cell
    inside = eco > 0
    assert inside.sum() > 1000
    want = np.minimum.reduce([np.where(a > 0, a, 9) for a in (water, soil, bio, erosion)])
    assert (eco[inside] == want[inside]).all()
    critical = eco == 1
    assert critical.sum() > 100
    for use in ("agri", "urban"):
        suit = read(folder / FILES[f"{use}_suitability"])
        assert (suit[critical] == 3).all(), use
        assert (suit[~critical & inside] == 1).any(), use


def test_ecology_inputs_must_come_together(run_alg, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="soil texture together"):
        run_alg(
            "dual_evaluation",
            {
                "DEM": f"{sample_dir}/dem.tif",
                "PRECIPITATION": f"{sample_dir}/precip.tif",
                "LANDCOVER": f"{sample_dir}/landcover.tif",
                "UNITS": f"{sample_dir}/shifan.gpkg|layername=county",
                "URBAN_WATER_FIELD": "是否核心城市主城区",
                "OUTPUT_FOLDER": str(tmp_path / "x"),
            },
        )
    assert not (tmp_path / "x").exists()


def test_provenance_names_the_files_where_they_are(chain):
    import json

    folder, _, _ = chain
    for name in ("agri_suitability", "urban_level", "agri_land"):
        ds = gdal.Open(str(folder / FILES[name]))
        text = ds.GetMetadataItem("CC_WARNING_PROVENANCE")
        assert ".partial-" not in text, name
        prov = json.loads(text)
        assert str(folder / FILES[name]) in json.dumps(prov, ensure_ascii=False), name
