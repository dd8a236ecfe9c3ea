"""The checks of the inputs as a command-line user meets them: qgis_process.bin
with the installed zip prints the plugin's own message for a constant out of
range (not QGIS's generic "An error was encountered while checking parameter
values" alone), accepts a one-column CSV of unit codes, and reads a GBK
shapefile without .cpg with its Chinese names intact."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from tests.helpers import X0, Y0, write_raster

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
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


def test_a_constant_out_of_range_is_named_with_its_range(qgis_config, tmp_path):
    # a carbonate share of 5 where 0–1 is allowed
    dem = write_raster(tmp_path / "dem.tif", np.full((3, 3), 100.0), cell=100.0)
    veg = write_raster(tmp_path / "veg.tif", np.full((3, 3), 0.5), cell=100.0)
    out = tmp_path / "r.tif"
    proc = qgis_process(
        qgis_config,
        "run",
        "cc_warning:dual_eco_vuln_rocky_desertification",
        "--",
        f"DEM={dem}",
        f"VEG_COVER={veg}",
        "CARBONATE_VALUE=5",
        f"OUTPUT={out}",
    )
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "(CARBONATE_VALUE): 5 is not accepted" in text and "0 … 1" in text
    assert not out.exists()


WATER = (
    "行政区划代码,用水总量,用水总量控制指标,地下水供水量,地下水开采控制指标\n"
    "990101,50,100,5,10\n990102,120,100,5,10\n"
)


def test_a_one_column_csv_of_unit_codes_runs(qgis_config, tmp_path):
    # refused with "Could not load source layer" (GDAL finds no separator)
    codes = tmp_path / "units.csv"
    codes.write_text("行政区划代码\n990101\n990102\n", encoding="utf-8")
    ind = tmp_path / "water.csv"
    ind.write_text(WATER, encoding="utf-8")
    out = tmp_path / "w.gpkg"
    proc = qgis_process(
        qgis_config,
        "run",
        "cc_warning:water_load",
        "--json",
        "--",
        f"INPUT={codes}",
        f"INDICATORS={ind}",
        f"OUTPUT={out}",
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    ds = ogr.Open(str(out))
    got = {f.GetField("行政区划代码"): f.GetField("water_index") for f in ds.GetLayer(0)}
    # W/W0: 50/100 and 120/100
    assert got == {"990101": pytest.approx(0.5), "990102": pytest.approx(1.2)}
    prov = json.loads(json.loads(proc.stdout[proc.stdout.index("{") :])["results"]["PROVENANCE"])
    assert prov["parameters"]["INPUT"] == str(codes)


def test_a_gbk_shapefile_without_cpg_keeps_its_chinese_names(qgis_config, tmp_path):
    path = str(tmp_path / "县界.shp")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", "GBK")
    try:
        ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
        layer = ds.CreateLayer("县界", srs, ogr.wkbPolygon, options=["ENCODING=GBK"])
        for name in ("区划代码", "名称"):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        for i, (code, name) in enumerate((("990101", "东城区"), ("990102", "西城区"))):
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField(0, code)
            f.SetField(1, name)
            x = X0 + i * 1000
            f.SetGeometry(
                ogr.CreateGeometryFromWkt(
                    f"POLYGON(({x} {Y0},{x + 1000} {Y0},{x + 1000} {Y0 + 1000},{x} {Y0},{x} {Y0}))"
                )
            )
            layer.CreateFeature(f)
        ds = None
    finally:
        gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", None)
    os.remove(tmp_path / "县界.cpg")
    assert "东城区".encode("gbk") in (tmp_path / "县界.dbf").read_bytes()
    ind = tmp_path / "water.csv"
    ind.write_text(WATER, encoding="utf-8")
    out = tmp_path / "w.gpkg"
    proc = qgis_process(
        qgis_config,
        "run",
        "cc_warning:water_load",
        "--",
        f"INPUT={path}",
        f"INDICATORS={ind}",
        f"OUTPUT={out}",
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    ds = ogr.Open(str(out))
    got = [(f.GetField("区划代码"), f.GetField("名称")) for f in ds.GetLayer(0)]
    assert got == [("990101", "东城区"), ("990102", "西城区")]
    assert "GBK" in proc.stdout + proc.stderr
