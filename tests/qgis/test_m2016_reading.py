"""Reading the 2016 method's tables fast must read what QGIS reads: a CSV
read column by column by GDAL gives the values, NULLs and feature ids of
the QGIS layer; a CSV it cannot read that way (typed columns, text that is
not UTF-8, a subset) is read through QGIS; the unit features read again for
writing are those read first; and the whole chain on a unit layer of a
few hundred townships writes what the same chain writes unit by unit."""

import os

import pytest
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from cc_warning_plugin.processing.m2016.spatial import csv_rows, read_rows

CSV = '代码,名称,值,空\n001,甲, 1.5 ,\n002,,x\n003,"a,b",,"z"\n'


def qgis_rows(layer):
    return [
        (
            f.id(),
            [
                None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                for v in f.attributes()
            ],
        )
        for f in layer.getFeatures(QgsFeatureRequest())
    ]


def layer_of(path, **kw):
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid()
    return layer


def test_a_csv_read_by_column_equals_the_qgis_layer(tmp_path, qgis_app):
    path = tmp_path / "t.csv"
    path.write_bytes("\ufeff".encode() + CSV.encode("utf-8"))
    layer = layer_of(path)
    fast = csv_rows(layer)
    assert fast is not None
    rows, fids = fast
    want = qgis_rows(layer)
    names = layer.fields().names()
    assert fids == [fid for fid, _ in want]
    assert [[r.get(n) for n in names] for r in rows] == [v for _, v in want]
    assert want[1][1] == ["002", "", "x", None]  # a short row: NULL, not ""
    rows2, ids, feats = read_rows(layer)
    assert list(ids) == [f"feature {fid}" for fid in fids] and len(feats) == 3


def test_csvs_that_cannot_be_read_by_column_are_read_through_qgis(tmp_path, qgis_app):
    typed = tmp_path / "typed.csv"
    typed.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    (tmp_path / "typed.csvt").write_text('"Integer","String"\n', encoding="utf-8")
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("代码,名称\n1,城关区\n".encode("gbk"))
    subset = layer_of(tmp_path / "typed.csv")
    for layer in (layer_of(typed), layer_of(gbk)):
        assert csv_rows(layer) is None
        rows, ids, _ = read_rows(layer)
        assert [[r.get(n) for n in layer.fields().names()] for r in rows] == [
            v for _, v in qgis_rows(layer)
        ]
    subset.setSubsetString("\"b\" = '4'")
    assert csv_rows(subset) is None
    rows, _, _ = read_rows(subset)
    assert len(rows) == 1


def test_features_read_again_are_those_read_first(tmp_path, qgis_app):
    path = tmp_path / "units.csv"
    path.write_text("code,name\n1,a\n2,b\n3,c\n", encoding="utf-8")
    layer = layer_of(path)
    _, _, feats = read_rows(layer)
    assert [f.id() for f in feats] == [f.id() for f in feats] == [1, 2, 3]
    feats.fids = [1, 2]  # as if the layer had changed between readings
    with pytest.raises(Exception) as err:
        list(feats)
    assert "changed while the algorithm was running" in str(err.value)


def test_the_chain_on_many_units_writes_what_it_writes_in_one_chunk(tmp_path, run_alg, monkeypatch):
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
    import benchmark_units
    from cc_warning_plugin.core.m2016 import chain

    paths = benchmark_units.make_inputs(450, str(tmp_path / "in"), overlays=True)
    outputs = []
    for size in (chain.CHUNK, 100):
        monkeypatch.setattr(chain, "CHUNK", size)
        monkeypatch.setattr(chain.Chain.run_chunks, "__defaults__", (None, None, None, None, size))
        out = str(tmp_path / f"out_{size}.gpkg")
        run_alg("carrying_capacity_2016", benchmark_units.plugin_parameters(paths, out, True))
        layer = QgsVectorLayer(out, "r", "ogr")
        outputs.append([(f.geometry().asWkt(6), f.attributes()[1:]) for f in layer.getFeatures()])
    assert len(outputs[0]) == 450 and outputs[0] == outputs[1]
    levels = {attrs[layer.fields().indexOf("warning_level") - 1] for _, attrs in outputs[0]}
    assert len(levels) >= 3


def test_tables_kept_in_a_spill_file_give_the_same_result_in_any_row_order(
    tmp_path, run_alg, monkeypatch
):
    # memory flat in the number of units: tables past SPILL_ROWS rows are
    # read into a spill file, and one in another order than the units is made
    # anew in their order; the result is the one of tables held in memory
    import random
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
    import benchmark_units
    from cc_warning_plugin.core.m2016 import chain, rows
    from cc_warning_plugin.processing.m2016 import base

    paths = benchmark_units.make_inputs(450, str(tmp_path / "in"), overlays=False)
    shuffled = dict(paths)
    for key in ("eval", "base", "sections"):
        with open(paths[key], encoding="utf-8") as fh:
            header, *lines = fh.read().splitlines()
        random.Random(3).shuffle(lines)
        shuffled[key] = str(tmp_path / f"shuffled_{key}.csv")
        with open(shuffled[key], "w", encoding="utf-8") as fh:
            fh.write("\n".join([header] + lines) + "\n")

    def result(inputs, name):
        out = str(tmp_path / f"{name}.gpkg")
        run_alg("carrying_capacity_2016", benchmark_units.plugin_parameters(inputs, out, False))
        layer = QgsVectorLayer(out, name, "ogr")
        return [(f.geometry().asWkt(6), f.attributes()[1:]) for f in layer.getFeatures()]

    files = []
    real_init = rows.SpillFile.__init__

    def counted(self):
        real_init(self)
        files.append(self)

    monkeypatch.setattr(rows.SpillFile, "__init__", counted)
    in_memory = result(paths, "in_memory")
    assert not files
    spilled = []
    monkeypatch.setattr(base, "SPILL_ROWS", 100)
    monkeypatch.setattr(chain, "SPILL_ROWS", 100)
    for inputs, name in ((paths, "spilled"), (shuffled, "shuffled")):
        spilled.append(result(inputs, name))
        # units, both indicator tables, sections and the values read per unit
        assert len(files) >= 5
        files.clear()
    assert len(in_memory) == 450
    assert spilled == [in_memory, in_memory]


def test_a_unit_without_a_water_section_is_named_once_in_a_warning(tmp_path, run_alg):
    # the sections table names 449 of 450 units (in no order of the units):
    # the one left out is named, no other; its water part is missing
    import sys

    from qgis.core import NULL, QgsProcessingFeedback

    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "scripts"))
    import benchmark_units

    paths = benchmark_units.make_inputs(450, str(tmp_path / "in"), overlays=False)
    with open(paths["sections"], encoding="utf-8") as fh:
        header, *lines = fh.read().splitlines()
    code_col = header.split(",").index("行政区划代码")
    left_out = lines[17].split(",")[code_col]
    kept = lines[:17] + lines[18:]
    kept.reverse()
    with open(paths["sections"], "w", encoding="utf-8") as fh:
        fh.write("\n".join([header] + kept) + "\n")

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.texts = []

        def pushWarning(self, text):
            self.texts.append(text)
            super().pushWarning(text)

    log = Warnings()
    out = str(tmp_path / "out.gpkg")
    params = benchmark_units.plugin_parameters(paths, out, False)
    run_alg("carrying_capacity_2016", params, feedback=log)
    named = [t for t in log.texts if "has no surface-water section" in t]
    assert named == [
        f"Unit {left_out} has no surface-water section: its water part is missing, so it is "
        "not evaluated unless its air index already makes it overloaded. Add a section or set "
        "the partial option."
    ]
    layer = QgsVectorLayer(out, "r", "ogr")
    (feature,) = [f for f in layer.getFeatures() if f["行政区划代码"] == left_out]
    assert feature["env_water_index"] == NULL and "water sections" in feature["env_note"]
