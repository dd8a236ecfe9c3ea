"""Values that cannot exist, through Processing, on the GeoPackage and the
PostGIS backend: db_import_indicators refuses a value outside the possible
range of its indicator (data/indicators.toml) naming the file, row, column,
value and range. Nothing is written."""

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
