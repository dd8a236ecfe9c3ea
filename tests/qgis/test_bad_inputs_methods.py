"""Impossible values given to the supporting methods through Processing
(eco_index, series_trend, rainfall_erosivity): a refusal naming the table,
row, unit, field, value and range, nothing written; a wide series column
headed like a year that cannot be read is named in a warning."""

import copy
import os

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from tests.qgis.test_cases import build_inputs, load_case, resolve
from tests.qgis.test_input_checks import Log


def run_case(tmp_path, name, change, log=None):
    """Run case ``name`` of tests/cases after ``change(case)``; returns
    (result, params)."""
    import processing

    case = copy.deepcopy(load_case(name + ".toml"))
    change(case)
    refs = build_inputs(case, str(tmp_path))
    params = {k: resolve(v, refs, str(tmp_path)) for k, v in case["params"].items()}
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(
        f"cc_warning:{case['algorithm']}",
        params,
        context=context,
        feedback=log or QgsProcessingFeedback(),
    )
    return result, params


def refused(tmp_path, name, change, *parts):
    with pytest.raises(QgsProcessingException) as err:
        run_case(tmp_path, name, change)
    text = str(err.value)
    for part in parts:
        assert part in text, f"{part!r} not in: {text}"
    assert "Traceback" not in text
    return text


def units_cell(row, column, value):
    def change(case):
        table = case["tables"]["units"]
        table["rows"][row][table["header"].index(column)] = value

    return change


def test_eco_index_ndvi_65_is_refused(plugin, tmp_path):
    refused(
        tmp_path,
        "eco_index_county",
        units_cell(0, "NDVI均值", 65),
        "units",
        "row 1",
        "NDVI均值",
        "65",
        "-1 … 1",
    )
    assert not os.path.exists(tmp_path / "ei.gpkg")


def test_eco_index_sub_index_305_is_refused(plugin, tmp_path):
    refused(
        tmp_path,
        "eco_index_county",
        units_cell(1, "生物丰度指数", 305.9),
        "units",
        "row 2",
        "生物丰度指数",
        "305.9",
        "0 … 100",
    )


def test_eco_index_land_cover_larger_than_the_unit_is_refused(plugin, tmp_path):
    # 有林地 3000 instead of 300: the 15 classes add up to 3700 km² in a unit of 1000 km²
    refused(
        tmp_path,
        "eco_index_county",
        units_cell(0, "有林地", 3000),
        "units",
        "row 1",
        "3700",
        "1000",
        "有林地 3000",
    )


def test_series_ei_520_is_refused(plugin, tmp_path):
    def change(case):
        case["tables"]["ei"]["rows"][0][3] = 520

    refused(tmp_path, "series_trend_wide", change, "ei", "row 1", "2012年", "520", "0 … 100")


def test_series_unreadable_year_header_is_named(plugin, tmp_path):
    def change(case):
        case["tables"]["ei"]["header"][2] = "20x1年"

    log = Log()
    result, _ = run_case(tmp_path, "series_trend_wide", change, log)
    assert result["NOT_EVALUATED"] == 1
    named = [w for w in log.warnings if "20x1年" in w]
    assert named and "2010, 2012, 2013, 2014" in named[0], log.warnings


def test_rainfall_20000_mm_in_a_day_is_refused(plugin, tmp_path):
    def change(case):
        case["tables"]["daily"]["rows"][0][2] = 20000.0

    refused(
        tmp_path,
        "rainfall_erosivity_stations",
        change,
        "daily",
        "row 1",
        "station A",
        "2001-01-10",
        "20000",
        "1825",
    )
    assert not os.path.exists(tmp_path / "r.tif")


def test_a_daily_rainfall_raster_above_the_possible_maximum_is_refused(plugin, tmp_path):
    # 20 000 mm on 20 July 2001 in cell (column 1, row 0): above the 1 825 mm of
    # [erosivity] max_daily_precipitation; the mean R was written as if it rained so
    def change(case):
        case["rasters"]["rain_20010720"]["array"][0][1] = 20000.0

    text = refused(
        tmp_path,
        "rainfall_erosivity_rasters",
        change,
        "rain_20010720",
        "2001-07-20",
        "column 1, row 0",
        "20000 mm",
        "1825 mm",
        "max_daily_precipitation",
    )
    assert "DAILY_RAIN_SCALE" in text
    assert not os.path.exists(tmp_path / "r.tif")


def test_an_unreadable_year_of_the_ecology_series_is_named_in_the_trend(plugin, tmp_path):
    # the 生态质量 series of process_trend (and of the whole chain) in the wide
    # layout: a column "20x1年" was left out without a word
    def change(case):
        case["tables"]["series"] = {
            "header": ["行政区划代码", "2016年", "2017年", "20x1年", "2019年", "2020年"],
            "rows": [["A", 50, 49, 48, 47, 46], ["B", 50, 50, 50, 50, 50]],
        }

    log = Log()
    run_case(tmp_path, "process_trend_ecology_series", change, log)
    named = [w for w in log.warnings if "20x1年" in w]
    assert len(named) == 1 and "2016, 2017, 2019, 2020" in named[0], log.warnings
