"""``framework.common.run_results``: what an algorithm returns, with its
optional outputs (None, or left out) and the provenance as JSON."""

import json

from cc_warning_plugin.processing.framework.common import run_results

PROV = {"algorithm": "x", "profile": {"id": "p", "version": "1"}}


def test_empty_optional_outputs_are_none_and_given_ones_kept():
    res = run_results(
        PROV, {"OUTPUT": "/tmp/a.tif", "TOTAL": None}, {"TABLE": "", "CAUSE": "/tmp/c.tif"}
    )
    assert res == {
        "OUTPUT": "/tmp/a.tif",
        "TOTAL": None,
        "TABLE": None,
        "CAUSE": "/tmp/c.tif",
        "PROVENANCE": res["PROVENANCE"],
    }
    assert json.loads(res["PROVENANCE"]) == PROV


def test_leave_out_drops_empty_optional_outputs():
    res = run_results(
        PROV,
        {"OUTPUT": "memory:x", "UNIT_COUNT": 0},
        {"SUMMARY": None, "MERGES": "", "PIECES": "/tmp/p.gpkg"},
        leave_out=True,
    )
    assert set(res) == {"OUTPUT", "UNIT_COUNT", "PIECES", "PROVENANCE"}
    assert res["UNIT_COUNT"] == 0
    assert res["PIECES"] == "/tmp/p.gpkg"


def test_outputs_are_not_changed_and_provenance_keeps_chinese_text():
    outputs = {"OUTPUT": "a"}
    res = run_results({"note": "生态"}, outputs)
    assert outputs == {"OUTPUT": "a"}
    assert res == {"OUTPUT": "a", "PROVENANCE": '{\n "note": "生态"\n}'}
