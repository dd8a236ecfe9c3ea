"""`qgis_process help` of the 2016-method algorithms shows the thresholds of
the active method profile (environment variable CC_WARNING_PROFILE): with a
profile whose water ratios differ from the default's, the help gives that
profile's ratios, in the single algorithm and in the whole chain."""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import install_plugin  # noqa: E402
import package  # noqa: E402

pytestmark = pytest.mark.slow

#: water ratios 0.95 and 0.8 instead of the default's 1.0 and 0.9
PROFILE = """
[profile]
extends = "default"
id = "county_test"
version = "7"

[elements.water]
overload_ratio = 0.95
critical_ratio = 0.8
"""


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    zip_path = package.build(str(tmp_path_factory.mktemp("dist")))
    config = str(tmp_path_factory.mktemp("qgis_profile"))
    install_plugin.install(zip_path, config)
    return config


def help_text(config, alg_id, profile=None):
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=config, QT_QPA_PLATFORM="offscreen")
    env.pop("CC_WARNING_PROFILE", None)
    if profile:
        env["CC_WARNING_PROFILE"] = profile
    proc = subprocess.run(
        ["qgis_process.bin", "help", f"cc_warning:{alg_id}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return proc.stdout


def test_help_shows_the_active_profiles_water_ratios(config, tmp_path):
    profile = tmp_path / "county_test.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    text = help_text(config, "water_load", str(profile))
    assert "method profile county_test 7" in text
    assert "W &gt; 0.95·W0 or G &gt; 0.95·G0 → Overloaded" in text
    assert "W &gt; 0.8·W0 or G &gt; 0.8·G0 → Critical" in text
    assert "0.9·W0" not in text
    chain = help_text(config, "carrying_capacity_2016", str(profile))
    assert "W &gt; 0.8·W0 or G &gt; 0.8·G0 → Critical" in chain
    assert "0.9·W0" not in chain
    assert "docs/methods.md" not in text + chain


def test_help_without_a_profile_shows_the_default_ratios(config):
    text = help_text(config, "water_load")
    assert "method profile default" in text
    assert "W &gt; 0.9·W0 or G &gt; 0.9·G0 → Critical" in text
    assert "0.95·W0" not in text
