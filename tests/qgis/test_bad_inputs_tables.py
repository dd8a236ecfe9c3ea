"""Tables without rows and values that cannot exist, through Processing, on
the GeoPackage and the PostGIS backend: db_import_indicators refuses a value
outside the possible range of its indicator (data/indicators.toml) naming the
file, row, column, value and range; db_import_indicators, db_import_stations
and target_tracking refuse a table with a header and no rows, naming it.
Nothing is written."""

import os

import pandas as pd
import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from tests.qgis.database_testing import SAMPLE, Databases, counts

COUNTY = f"{os.path.join(SAMPLE, 'shifan.gpkg')}|layername=county"


@pytest.fixture
def run(plugin):
    import processing

    def run_alg(alg_id, params):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(
            f"cc_warning:{alg_id}", params, context=context, feedback=QgsProcessingFeedback()
        )

    return run_alg


@pytest.fixture(params=["gpkg", "postgis"])
def db(request, tmp_path, run):
    d = Databases(request.param, str(tmp_path), request)
    t = d.new()
    run("db_create", dict(t.params))
    run("db_load_units", dict(t.params, INPUT=COUNTY))
    yield t
    d.close()


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8-sig")
    return str(p)


def test_values_outside_the_indicator_range_are_refused(run, db, tmp_path):
    # 用水总量 ≥ 0 (1e4 m3), 林草覆盖率 0 … 100 % (data/indicators.toml)
    path = write(
        tmp_path,
        "bad_values.csv",
        "行政区划代码,年份,用水总量,林草覆盖率\n"
        "990102,2025,-30304.0,28.4\n"
        "990103,2025,18720.0,250\n",
    )
    before = counts(db)
    report = str(tmp_path / "report.csv")
    dry = run("db_import_indicators", dict(db.params, INPUT=path, DEPARTMENT=0, REPORT=report))
    assert (dry["ADDED"], dry["REJECTED"]) == (2, 2)
    rows = pd.read_csv(report, dtype=str, encoding="utf-8-sig")
    rejected = rows[rows["status"] == "rejected"]
    reasons = dict(zip(zip(rejected["row"], rejected["column"]), rejected["reason"]))
    assert reasons[("2", "用水总量")].startswith(
        "'-30304.0' is negative; indicator water_use cannot be negative (possible range ≥ 0 1e4 m3)"
    )
    assert reasons[("3", "林草覆盖率")].startswith(
        "'250' is outside the possible range 0 … 100 % of indicator forest_grass_cover."
    )
    with pytest.raises(QgsProcessingException) as err:
        run("db_import_indicators", dict(db.params, INPUT=path, DEPARTMENT=0, DRY_RUN=False))
    msg = str(err.value)
    assert "bad_values.csv: 2 rejected" in msg and "Nothing was written" in msg
    assert "row 2, column 用水总量: '-30304.0' is negative" in msg
    assert counts(db) == before


@pytest.mark.parametrize("dry_run", [True, False])
def test_an_indicator_file_without_rows_is_refused(run, db, tmp_path, dry_run):
    path = write(tmp_path, "water_2025.csv", "行政区划代码,年份,用水总量\n")
    before = counts(db)
    with pytest.raises(QgsProcessingException) as err:
        run("db_import_indicators", dict(db.params, INPUT=path, DEPARTMENT=0, DRY_RUN=dry_run))
    assert "water_2025.csv: the table has no rows (only a header)" in str(err.value)
    assert counts(db) == before


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_station_records_file_without_rows_is_refused(run, db, tmp_path, dry_run):
    path = write(tmp_path, "air_day.csv", "站点编码,日期,SO2,PM10,PM2.5\n")
    before = counts(db)
    with pytest.raises(QgsProcessingException) as err:
        run(
            "db_import_stations",
            dict(db.params, INPUT=path, FORMAT=0, YEAR=2025, DRY_RUN=dry_run),
        )
    assert "air_day.csv: the table has no rows (only a header)" in str(err.value)
    assert counts(db) == before


def test_target_observations_without_rows_are_refused(run, tmp_path, plugin):
    targets = write(
        tmp_path,
        "targets.csv",
        "指标,区域,基准年,基准值,目标年,目标值,方向\n森林覆盖率,110101,2015,70,2025,76,不低于\n",
    )
    obs = write(tmp_path, "observations.csv", "区域,指标,年份,数值\n")
    out = str(tmp_path / "targets.gpkg")
    with pytest.raises(QgsProcessingException) as err:
        run("target_tracking", {"TARGETS": targets, "OBSERVATIONS": obs, "OUTPUT": out})
    assert "observations.csv: the table has no rows (only a header)" in str(err.value)
    assert not os.path.exists(out)
