"""The sample station records (scripts/make_sample_stations.py): the quality
control finds exactly the faults planted in them, no more; the written files
read back to the same findings and are the same on every run; the annual
means give the Spearman example of docs/monitoring.md."""

import sys
from pathlib import Path

import pandas as pd
import pytest

from cc_warning_plugin.core.monitoring import quality_control, spearman_trends
from cc_warning_plugin.core.profile import load_profile

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "scripts"))
import make_sample_stations as sample  # noqa: E402

P = load_profile()
YEAR = ("2025-01-01", "2026-01-01")
KEY = ["station_id", "pollutant", "code", "period", "count"]


def as_set(frame):
    return sorted(tuple(r) for r in frame[KEY].itertuples(index=False))


@pytest.fixture(scope="module")
def codes():
    return sample.station_codes()


def test_stations_come_from_the_sample_city(codes):
    assert codes == ["9901A01", "9901A02", "9901A03"]


def test_quality_control_finds_exactly_the_planted_faults(codes):
    records = sample.hourly_records(codes)
    # 3 stations × 6 pollutants × 8760 hours, less the 48-hour gap, plus the
    # 3 + 1 records sent again
    assert len(records) == 3 * 6 * 8760 - 48 + 4
    qc = quality_control(records, P, period=YEAR)
    assert as_set(qc.findings) == as_set(sample.planted(codes))
    counts = qc.records["qc_code"].value_counts()
    assert counts["flat_line"] == 14 and counts["negative"] == 2 and counts["jump"] == 1
    assert counts["duplicate"] == 3 and counts["conflict"] == 2
    assert counts["above_range"] == 1 and counts["missing"] == 1


def test_written_files_read_back_to_the_same_findings(tmp_path, codes):
    files = sample.write(tmp_path / "a")
    assert [f.name for f in files] == ["air_hourly_2025.csv", "air_annual_means.csv"]
    again = sample.write(tmp_path / "b")
    for f, g in zip(files, again):
        assert f.read_bytes() == g.read_bytes()
    df = pd.read_csv(files[0], dtype={"station_id": str})
    qc = quality_control(df, P, period=YEAR, name=files[0].name)
    assert as_set(qc.findings) == as_set(sample.planted(codes))


def test_annual_means_give_the_spearman_example(codes):
    t = spearman_trends(sample.annual_means(codes), P).set_index("pollutant")
    # hand calculation in test_monitoring_trend.py and docs/monitoring.md
    assert t.loc["pm25", "rs"] == pytest.approx(-0.9375)
    assert (t.loc["pm25", "trend"], t.loc["pm25", "level"]) == ("falling", 0.01)
    assert t.loc["o3", "rs"] == pytest.approx(1 - 216 / 336)
    assert t.loc["o3", "trend"] == "none"
