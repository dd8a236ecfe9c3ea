"""The 双评价 algorithms from the installed zip through qgis_process, as a
command-line user runs them: a suitability run from the raw sample layers
with a preset profile, and a bad input refused with the fix named."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import install_plugin  # noqa: E402
import package  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def qgis_config(tmp_path_factory):
    zip_path = package.build(str(tmp_path_factory.mktemp("dist")))
    config = str(tmp_path_factory.mktemp("qgis_profile"))
    install_plugin.install(zip_path, config)
    return config


def qgis_process(config, *args):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        ["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=180
    )


def test_suitability_from_raw_layers_with_a_preset(qgis_config, tmp_path):
    out = tmp_path / "agri.tif"
    proc = qgis_process(
        qgis_config,
        "run",
        "cc_warning:dual_agri_suitability",
        "--json",
        "--",
        f"DEM={SAMPLE}/dem.tif",
        f"SILT={SAMPLE}/silt_content.tif",
        f"PRECIPITATION={SAMPLE}/precip.tif",
        f"ECO_CRITICAL={SAMPLE}/shifan.gpkg|layername=eco_redline",
        "PROFILE=dual_2019_draft",
        f"OUTPUT={out}",
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(proc.stdout[proc.stdout.index("{") :])
    assert result["results"]["OUTPUT"] == str(out)
    prov = json.loads(result["results"]["PROVENANCE"])
    assert prov["profile"]["id"] == "dual-2019-draft"
    from osgeo import gdal

    ds = gdal.Open(str(out))
    band = ds.GetRasterBand(1)
    # the 2019 preset delivers three classes
    assert band.GetMetadataItem("CC_WARNING_CLASS_SET") == "dual.classes.suitability_3"
    values = set(np.unique(band.ReadAsArray()).tolist())
    assert values <= {0, 1, 2, 3} and {1, 3} <= values
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]


def test_geographic_dem_is_refused_with_the_fix(qgis_config, tmp_path):
    from osgeo import gdal, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4490)
    dem = tmp_path / "geo_dem.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(dem), 20, 20, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((117.0, 0.001, 0, 31.0, 0, -0.001))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.full((20, 20), 50.0, dtype=np.float32))
    ds = None
    out = tmp_path / "never.tif"
    proc = qgis_process(
        qgis_config, "run", "cc_warning:dual_land_urban", "--", f"DEM={dem}", f"OUTPUT={out}"
    )
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "geographic CRS" in text and "EPSG:4527" in text
    assert not out.exists()
