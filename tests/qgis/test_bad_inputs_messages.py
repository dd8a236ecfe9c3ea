"""Messages on bad input that said nothing, or the wrong thing: a zoning
layer that adds nothing to the units, QGIS's own invalid-feature filter
dropping a bow-tie polygon from a zoning input, and the table messages of
db_station_coverage, cross_check and unit_measures. The inputs are the
hand-calculated cases of tests/cases, changed here."""

import copy
import csv
import os

import pytest
from osgeo import ogr
from qgis.core import QgsFeatureRequest, QgsProcessingException

from tests.qgis.test_cases import build_inputs, load_case, resolve
from tests.qgis.test_input_checks import features, run

SKIP = QgsFeatureRequest.GeometrySkipInvalid
#: a bow-tie over x 0–100, y 0–100 m from (39 500 000, 3 300 000): edges cross at
#: (50, 50), two triangles of ½ · 100 · 50 = 2 500 m² each (5 000 m²)
BOWTIE = (
    "POLYGON((39500000 3300000, 39500100 3300100, 39500100 3300000, "
    "39500000 3300100, 39500000 3300000))"
)


def case_params(name, folder, change=None):
    """The parameters of case ``name`` with its inputs built in ``folder``
    (``change(case)`` edits the case first)."""
    case = copy.deepcopy(load_case(name + ".toml"))
    if change is not None:
        change(case)
    refs = build_inputs(case, str(folder))
    return {k: resolve(v, refs, str(folder)) for k, v in case["params"].items()}, refs


# ---------------------------------------------------------------------------
# zoning_delineate: a layer that adds nothing
# ---------------------------------------------------------------------------


def test_delineate_names_a_priority_layer_in_another_crs(run_alg, tmp_path):
    # the red line written in degrees (CGCS2000, 117° E 36° N): it lands ~700 km
    # north of the townships, adding nothing; 优先保护 would be 0 % without a word
    def degrees(case):
        case["layers"]["redline"]["crs"] = "EPSG:4490"
        case["layers"]["redline"]["features"][0]["wkt"] = (
            "POLYGON((117 36, 117.01 36, 117.01 36.01, 117 36.01, 117 36))"
        )

    params, _ = case_params("zoning_delineate_two_townships", tmp_path, degrees)
    res, log = run(run_alg, "zoning_delineate", params)
    assert res["PRIORITY_SHARE"] == 0.0
    hits = [w for w in log.warnings if "redline" in w and "adds nothing" in w]
    assert len(hits) == 1
    assert "1 feature(s)" in hits[0] and "EPSG:4490" in hits[0] and "CRS" in hits[0]


def test_delineate_names_an_empty_key_layer(run_alg, tmp_path):
    def empty(case):
        case["layers"]["park"]["features"] = []

    params, _ = case_params("zoning_delineate_two_townships", tmp_path, empty)
    res, log = run(run_alg, "zoning_delineate", params)
    # the rest is the case's hand calculation without the park: 6 − 1 units
    assert res["UNIT_COUNT"] == 5
    hits = [w for w in log.warnings if "park" in w and "no features" in w]
    assert len(hits) == 1


def test_delineate_names_an_empty_2016_result(run_alg, tmp_path):
    def empty(case):
        case["layers"]["result2016"]["features"] = []

    params, _ = case_params("zoning_delineate_two_townships", tmp_path, empty)
    res, log = run(run_alg, "zoning_delineate", params)
    hits = [w for w in log.warnings if "result2016" in w and "no features" in w]
    assert len(hits) == 1


# ---------------------------------------------------------------------------
# QGIS's "skip invalid features" does not drop a zoning input's polygon
# ---------------------------------------------------------------------------


def test_delineate_keeps_a_bow_tie_township_whatever_qgis_filters(run_alg, tmp_path):
    # township 990102001 drawn as a bow-tie of 5 000 m² (x 0–100), without zone
    # layers: one 一般管控 unit of 0.005 km² beside the 1 km² of 990102002
    def bow(case):
        case["layers"]["township"]["features"][0]["wkt"] = BOWTIE
        case["params"].pop("PRIORITY_LAYERS")
        case["params"].pop("KEY_LAYERS")
        case["params"].pop("ENV_RESULT")

    params, _ = case_params("zoning_delineate_two_townships", tmp_path, bow)
    res, log = run(run_alg, "zoning_delineate", params, check=SKIP)
    got = dict(features(res["OUTPUT"], "XZDM", "MJ"))
    assert got == pytest.approx({"990102001": 0.005, "990102002": 1.0})
    assert any("repaired" in w for w in log.warnings)


def test_access_list_keeps_a_bow_tie_unit_whatever_qgis_filters(run_alg, tmp_path):
    # the only unit is a bow-tie: the clause D01 names its code, which is then
    # "not a unit of the layer" if QGIS drops the unit
    def bow(case):
        case["layers"]["units"]["features"][0]["wkt"] = BOWTIE

    params, _ = case_params("zoning_access_list_checked", tmp_path, bow)
    res, _ = run(run_alg, "zoning_access_list", params, check=SKIP)
    assert res["CLAUSE_COUNT"] == 4


def test_compliance_keeps_a_bow_tie_unit_whatever_qgis_filters(run_alg, tmp_path):
    # a third unit, a bow-tie 1 km away, named by a clause of the list
    far = BOWTIE.replace("395000", "395010").replace("395001", "395011")

    def bow(case):
        case["layers"]["units"]["features"].append(
            {"wkt": far, "HJZHGKDYBM": "ZH99010230002", "ZHGKDYFL": "3", "XZQHDM": "990102"}
        )
        case["tables"] = {
            "list": {
                "header": ["编号", "适用范围", "维度", "条款", "条件"],
                "rows": [["D01", "ZH99010230002", "环境风险防控", "加强风险防控。", ""]],
            }
        }
        case["params"]["ACCESS_LIST"] = "table:list"

    params, _ = case_params("zoning_compliance_point_buffer_no_list", tmp_path, bow)
    assert ogr.CreateGeometryFromWkt(far).GetEnvelope()[0] == 39501000
    res, _ = run(run_alg, "zoning_compliance", params, check=SKIP)
    assert os.path.exists(res["SITES_OUTPUT"])


def test_validate_keeps_a_bow_tie_unit_whatever_qgis_filters(run_alg, tmp_path):
    # the case's unit E is a bow-tie (two triangles of 100 m²): the case's five
    # units and five problems, and E in the repaired layer
    params, _ = case_params("zoning_validate_units_problems", tmp_path)
    res, _ = run(run_alg, "zoning_validate_units", params, check=SKIP)
    assert res["UNIT_COUNT"] == 5 and res["PROBLEM_COUNT"] == 5
    codes = [c for (c,) in features(res["REPAIRED"], "HJZHGKDYBM")]
    assert "ZH99010230002" in codes and len(codes) == 5


def test_compare_keeps_a_bow_tie_unit_whatever_qgis_filters(run_alg, tmp_path):
    # the old unit A drawn as a bow-tie of 5 000 m² (x 0–100): against the new
    # square of 10 000 m² it changed area (+5 000 m²); dropped, it would be "added"
    def bow(case):
        case["layers"]["old"]["features"][0]["wkt"] = BOWTIE

    params, _ = case_params("zoning_compare_versions_hand", tmp_path, bow)
    res, _ = run(run_alg, "zoning_compare_versions", params, check=SKIP)
    got = {
        (f[0], f[1]): f[2:]
        for f in features(res["OUTPUT"], "change", "new_code", "old_area_km2", "gained_m2")
    }
    assert got[("area_changed", "ZH99010210001")] == pytest.approx((0.005, 5000.0))
    assert res["ADDED"] == 1 and res["AREA_CHANGED"] == 2


# ---------------------------------------------------------------------------
# messages naming the table: db_station_coverage, cross_check, unit_measures
# ---------------------------------------------------------------------------


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return str(path)


def refused(run_alg, alg_id, params):
    with pytest.raises(QgsProcessingException) as err:
        run(run_alg, alg_id, params)
    return str(err.value)


def test_coverage_unit_fields_with_a_header_only_says_it_has_no_rows(run_alg, tmp_path):
    # the unit-code column is there: the table has no rows, it does not lack the column
    params, _ = case_params("db_station_coverage_no_stations", tmp_path)
    params["UNIT_FIELDS"] = write_csv(tmp_path / "flags.csv", ["行政区划代码", "has_river"], [])
    text = refused(run_alg, "db_station_coverage", params)
    assert "flags" in text and "has no rows" in text
    assert "no unit-code column" not in text


def test_cross_check_of_results_without_a_common_unit_shows_codes_of_both(run_alg, tmp_path):
    # the city's codes are 210101…210103 (the case's 110101…110103 with another
    # first digit): not one code is shared
    def other_codes(case):
        for row in case["tables"]["city"]["rows"]:
            row[0] = "2" + row[0][1:]

    params, _ = case_params("actions_crosscheck", tmp_path, other_codes)
    text = refused(run_alg, "cross_check", params)
    assert "share no unit code" in text
    assert "110101" in text and "210101" in text
    # the role and the layer the user gave
    assert "County self-assessment (county)" in text and "City evaluation (city)" in text
    assert "has no units" not in text


def test_cross_check_of_results_without_a_common_unit_all_units_compared(run_alg, tmp_path):
    def other_codes(case):
        for row in case["tables"]["city"]["rows"]:
            row[0] = "2" + row[0][1:]
        case["params"]["COUNTY_ONLY"] = False

    params, _ = case_params("actions_crosscheck", tmp_path, other_codes)
    text = refused(run_alg, "cross_check", params)
    assert "share no unit code" in text and "110101" in text and "210101" in text


def test_cross_check_names_the_role_and_the_layer_of_an_empty_table(run_alg, tmp_path):
    def empty(case):
        case["tables"]["county"]["rows"] = []

    params, _ = case_params("actions_crosscheck", tmp_path, empty)
    text = refused(run_alg, "cross_check", params)
    assert "County self-assessment (county)" in text and "has no rows" in text


def test_cross_check_names_role_and_layer_in_a_period_mismatch(run_alg, tmp_path):
    def earlier(case):
        for row in case["tables"]["city"]["rows"]:
            row[2] = 2024

    params, _ = case_params("actions_crosscheck", tmp_path, earlier)
    text = refused(run_alg, "cross_check", params)
    assert "County self-assessment (county)" in text and "City evaluation (city)" in text
    assert "2025" in text and "2024" in text


def test_unit_measures_names_the_role_and_the_layer_of_an_empty_result(run_alg, tmp_path):
    def empty(case):
        case["tables"]["result"]["rows"] = []

    params, _ = case_params("actions_measures_history", tmp_path, empty)
    text = refused(run_alg, "unit_measures", params)
    assert "result" in text and "warning result" in text and "has no rows" in text


def test_validate_says_each_repair_once(run_alg, tmp_path):
    # the repair of the bow-tie unit E was said twice in the log
    params, _ = case_params("zoning_validate_units_problems", tmp_path)
    res, log = run(run_alg, "zoning_validate_units", params)
    repairs = [w for w in log.warnings if "repaired" in w]
    assert len(repairs) == 1 and "feature 5" in repairs[0]
    assert res["PROBLEM_COUNT"] == 5
