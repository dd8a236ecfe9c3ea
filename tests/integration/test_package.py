"""The installable zip: contents, installation into a fresh QGIS profile,
and the algorithms through qgis_process (what a user of the CLI gets)."""

import json
import os
import subprocess
import sys
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import install_plugin  # noqa: E402
import package  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory):
    return package.build(str(tmp_path_factory.mktemp("dist")))


@pytest.fixture(scope="module")
def qgis_config(built_zip, tmp_path_factory):
    config = str(tmp_path_factory.mktemp("qgis_profile"))
    install_plugin.install(built_zip, config)
    return config


def qgis_process(config, *args, locale_config=None):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        ["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_zip_has_one_plugin_folder_and_no_dev_files(built_zip):
    assert os.path.basename(built_zip) == f"cc_warning_plugin-{package.version()}.zip"
    names = zipfile.ZipFile(built_zip).namelist()
    assert {n.split("/")[0] for n in names} == {"cc_warning_plugin"}
    for required in (
        "__init__.py",
        "metadata.txt",
        "LICENSE",
        "resources_rc.py",
        "i18n/cc_warning_plugin_zh_CN.qm",
        "profiles/default.toml",
        "data/indicators.toml",
        "processing/provider.py",
    ):
        assert f"cc_warning_plugin/{required}" in names, required
    for name in names:
        assert "__pycache__" not in name and not name.endswith(".pyc"), name
        assert "/tests/" not in name and ".qgis-settings" not in name, name


def test_qgis_process_lists_the_provider(qgis_config):
    proc = qgis_process(qgis_config, "list")
    assert proc.returncode == 0, proc.stderr
    assert "cc_warning:pollutant_exceedance" in proc.stdout


def test_qgis_process_runs_the_algorithm(qgis_config, tmp_path):
    csv = tmp_path / "air.csv"
    # hand: PM2.5 42/35 − 1 = 0.2 → overload
    csv.write_text(
        "行政区划代码,SO2年均浓度,NO2年均浓度,PM10年均浓度,PM2.5年均浓度,"
        "CO日均值第95百分位数,O3日最大8小时平均第90百分位数\n"
        "990102,30,20,35,42,2,80\n",
        encoding="utf-8-sig",
    )
    out = tmp_path / "env.gpkg"
    proc = qgis_process(
        qgis_config,
        "run",
        "cc_warning:pollutant_exceedance",
        "--json",
        "--",
        f"INPUT={csv}",
        f"OUTPUT={out}",
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result = json.loads(proc.stdout[proc.stdout.index("{") :])
    assert result["results"]["OUTPUT"] == str(out)
    from osgeo import ogr

    ds = ogr.Open(str(out))
    feat = ds.GetLayer(0).GetNextFeature()
    assert feat.GetField("env_index") == pytest.approx(0.2)
    assert feat.GetField("env_class") == "overload"


def test_qgis_process_reports_bad_input_in_chinese(built_zip, tmp_path):
    config = str(tmp_path / "zh_profile")
    install_plugin.install(built_zip, config, locale="zh_CN")
    csv = tmp_path / "bad.csv"
    csv.write_text("名称,PM2.5年均浓度\n甲,30\n", encoding="utf-8")
    proc = qgis_process(
        config,
        "run",
        "cc_warning:pollutant_exceedance",
        "--",
        f"INPUT={csv}",
        f"OUTPUT={tmp_path / 'o.gpkg'}",
    )
    assert proc.returncode != 0
    text = proc.stdout + proc.stderr
    assert "缺少必需字段" in text and "行政区划代码" in text
    assert not (tmp_path / "o.gpkg").exists()


DESKTOP_CHECK = """
import os
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction
from qgis.utils import iface, plugins
with open(os.environ["CC_CHECK_OUT"], "w") as fh:
    fh.write("loaded=%s\\n" % ("cc_warning_plugin" in plugins))
    registry = QgsApplication.processingRegistry()
    fh.write("provider=%s\\n" % (registry.providerById("cc_warning") is not None))
    names = [a.objectName() for a in iface.mainWindow().findChildren(QAction)]
    fh.write("action=%s\\n" % ("CCWarningOpenToolbox" in names))
QTimer.singleShot(0, lambda: QgsApplication.exit(0))
"""


def test_qgis_desktop_loads_the_installed_plugin(qgis_config, tmp_path):
    script = tmp_path / "check.py"
    script.write_text(DESKTOP_CHECK, encoding="utf-8")
    out = tmp_path / "check.out"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(QGIS_CUSTOM_CONFIG_PATH=qgis_config, CC_CHECK_OUT=str(out))
    proc = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            "qgis",
            "--nologo",
            "--noversioncheck",
            "--code",
            str(script),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.exists(), proc.stdout[-2000:] + proc.stderr[-2000:]
    assert out.read_text().split() == ["loaded=True", "provider=True", "action=True"]
