"""The demo command refuses to run on an incomplete sample and says which
file is missing and how to restore it (nothing is written)."""

import os
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.slow
def test_demo_names_a_missing_sample_file(tmp_path):
    (tmp_path / "shifan.gpkg").write_bytes(b"")
    env = dict(os.environ, CC_WARNING_SAMPLE_DIR=str(tmp_path))
    proc = subprocess.run([os.path.join(ROOT, "scripts", "demo.sh")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert "indicators_2025.csv is missing" in proc.stderr
    assert "make_sample_data.py" in proc.stderr
