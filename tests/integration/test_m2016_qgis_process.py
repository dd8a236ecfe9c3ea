"""The 2016 chain as a command-line user runs it: qgis_process.bin with the
installed zip, on the sample city's tables; and a bad input reported in
Chinese under a zh_CN QGIS, with nothing written."""

import csv
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import install_plugin  # noqa: E402
import package  # noqa: E402

pytestmark = pytest.mark.slow
COLOURS = {"红色": "red", "橙色": "orange", "黄色": "yellow", "蓝色": "blue", "绿色": "green"}


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory):
    return package.build(str(tmp_path_factory.mktemp("dist")))


def qgis_process(config, *args):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        ["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=180
    )


def test_chain_on_the_sample_tables(built_zip, tmp_path):
    config = str(tmp_path / "profile")
    install_plugin.install(built_zip, config)
    out = tmp_path / "warning.gpkg"
    proc = qgis_process(
        config,
        "run",
        "cc_warning:carrying_capacity_2016",
        "--json",
        "--",
        f"INPUT={SAMPLE}/shifan.gpkg|layername=county",
        f"INDICATORS={SAMPLE}/indicators_2025.csv",
        f"BASE_INDICATORS={SAMPLE}/indicators_2020.csv",
        f"NATIONAL_RATES={SAMPLE}/national_rates.csv",
        f"SECTIONS={SAMPLE}/water_sections_2025.csv",
        f"DEGRADATION={SAMPLE}/shifan.gpkg|layername=degradation",
        f"OUTPUT={out}",
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(proc.stdout[proc.stdout.index("{") :])
    assert result["results"]["OUTPUT"] == str(out)
    assert "national_rates_used" in result["results"]["PROVENANCE"]
    from osgeo import ogr

    ds = ogr.Open(str(out))
    got = {f.GetField("行政区划代码"): f.GetField("warning_level") for f in ds.GetLayer(0)}
    with open(os.path.join(SAMPLE, "design.csv"), encoding="utf-8-sig") as fh:
        want = {r["行政区划代码"]: COLOURS[r["预警等级"]] for r in csv.DictReader(fh)}
    assert got == want
    assert (tmp_path / "warning.qml").exists()


def test_bad_input_in_chinese(built_zip, tmp_path):
    config = str(tmp_path / "zh_profile")
    install_plugin.install(built_zip, config, locale="zh_CN")
    table = tmp_path / "ind.csv"
    table.write_text(
        "行政区划代码,建设用地面积,评价区域土地面积,适宜建设开发程度阈值\n990102,12,0,0.3\n",
        encoding="utf-8",
    )
    out = tmp_path / "land.gpkg"
    proc = qgis_process(
        config, "run", "cc_warning:land_pressure", "--", f"INPUT={table}", f"OUTPUT={out}"
    )
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "990102" in text and "评价区域土地面积" in text and "大于 0" in text
    assert not out.exists()


def test_output_onto_the_input_layer_is_refused_at_once(built_zip, tmp_path):
    """water_load with OUTPUT naming its input layer through an ``ogr:`` URI
    (same GeoPackage, same table) ran for 45 minutes without CPU use, or
    ended with QGIS's generic parameter error; it is refused before any work
    with the plugin's message naming both parameters (the timeout of
    qgis_process() is the watchdog)."""
    import hashlib
    import shutil

    config = str(tmp_path / "profile")
    install_plugin.install(built_zip, config)
    for name in ("shifan.gpkg", "indicators_2025.csv"):
        shutil.copy(os.path.join(SAMPLE, name), tmp_path / name)
    gpkg = tmp_path / "shifan.gpkg"
    before = hashlib.md5(gpkg.read_bytes()).hexdigest()
    proc = qgis_process(
        config,
        "run",
        "cc_warning:water_load",
        "--",
        f"INPUT={gpkg}|layername=county",
        f"INDICATORS={tmp_path}/indicators_2025.csv",
        f"OUTPUT=ogr:dbname='{gpkg}' table=\"county\" (geom)",
    )
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "would overwrite the layer county" in text and "(OUTPUT)" in text and "(INPUT)" in text
    assert hashlib.md5(gpkg.read_bytes()).hexdigest() == before
    assert sorted(os.listdir(tmp_path)) == ["indicators_2025.csv", "profile", "shifan.gpkg"]
