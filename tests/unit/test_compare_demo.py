"""scripts/compare_demo.py, which compares the demo's results of two Debian
releases: equal results in two folders (with their own paths, versions and
times in the provenance) compare equal; a cell, an attribute or a table value
that differs beyond the tolerance, or a missing file, is reported by name."""

import json
import os
import sys

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import compare_demo  # noqa: E402

pytestmark = pytest.mark.usefixtures("gdal_exceptions_on")


def srs_wkt():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    return srs.ExportToWkt()


def tif(path, arr, dtype, nodata, provenance=None):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, dtype)
    ds.SetGeoTransform((39500000.0, 200.0, 0.0, 4000000.0, 0.0, -200.0))
    ds.SetProjection(srs_wkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(arr)
    if provenance is not None:
        ds.SetMetadataItem("CC_WARNING_PROVENANCE", json.dumps(provenance))
    ds = None


def demo(
    root,
    version="3.22.16",
    time="2026-12-06T07:21:51+00:00",
    index=None,
    level=None,
    value=0.42,
    cell=1.5,
    extra=False,
):
    """A small demo folder: a float raster with provenance, a class raster, a
    vector layer, a workbook with a provenance sheet and a CSV table."""
    root.mkdir()
    (root / "dual").mkdir()
    out = str(root)
    prov = {
        "algorithm": "cc_warning:x",
        "parameters": {"OUTPUT": f"{out}/dual/index.tif"},
        "profile": {"source": f"{os.path.dirname(out)}/.qgis-demo-profile/default.toml"},
        "versions": {"qgis": version},
        "time": time,
    }
    idx = (
        np.array([[0.25, 0.5, cell], [2.0, -9999.0, 3.0]], dtype=np.float32)
        if index is None
        else index
    )
    tif(root / "dual" / "index.tif", idx, gdal.GDT_Float32, -9999.0, prov)
    lv = np.array([[1, 2, 3], [3, 0, 1]], dtype=np.uint8) if level is None else level
    tif(root / "level.tif", lv, gdal.GDT_Byte, 0)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(root / "units.gpkg"))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    lyr = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("value", ogr.OFTReal))
    for i, v in enumerate((0.1, value), start=1):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("name", f"县{i}")
        f.SetField("value", v)
        x = 39500000.0 + 1000 * i
        f.SetGeometry(
            ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} 4000000,{x + 900} 4000000,{x + 900} 3999000,{x} 3999000,"
                f"{x} 4000000))"
            )
        )
        lyr.CreateFeature(f)
    ds = None
    with pd.ExcelWriter(root / "report.xlsx") as xw:
        pd.DataFrame({"单元": ["县1", "县2"], "指数": [0.1, value]}).to_excel(
            xw, sheet_name="指数", index=False
        )
        pd.DataFrame(
            {
                "项目": ["algorithm", "versions.qgis", "time", "parameters.INPUT"],
                "数值": ["cc_warning:evaluation_report", version, time, f"{out}/units.gpkg"],
            }
        ).to_excel(xw, sheet_name="过程记录", index=False)
    (root / "table.csv").write_text(f"单元,指数\n县1,0.1\n县2,{value}\n", encoding="utf-8")
    if extra:
        (root / "extra.csv").write_text("a\n1\n", encoding="utf-8")
    return root


def differences(a, b):
    return compare_demo.Comparison(str(a), str(b)).run()


def test_equal_results_in_two_folders_compare_equal(tmp_path):
    a = demo(tmp_path / "demo")
    (tmp_path / "debian13").mkdir()
    b = demo(tmp_path / "debian13" / "demo", version="3.40.6", time="2026-12-06T08:00:00+00:00")
    assert differences(a, b) == []


def test_a_float_cell_within_the_tolerance_is_equal_beyond_it_is_reported(tmp_path):
    a = demo(tmp_path / "a")
    b = demo(tmp_path / "b", cell=1.5 * (1 + 1e-7))
    assert differences(a, b) == []
    c = demo(tmp_path / "c", cell=1.501)
    found = differences(a, c)
    assert len(found) == 1
    assert found[0].startswith(os.path.join("dual", "index.tif"))
    assert "1 of 5 cells differ" in found[0] and "0.001" in found[0]


def test_class_cells_and_nodata_must_match_exactly(tmp_path):
    a = demo(tmp_path / "a")
    b = demo(tmp_path / "b", level=np.array([[1, 2, 3], [2, 0, 1]], dtype=np.uint8))
    assert differences(a, b) == ["level.tif: band 1: 1 of 5 cells differ (largest difference 1)"]
    c = demo(tmp_path / "c", level=np.array([[1, 2, 3], [3, 0, 0]], dtype=np.uint8))
    assert differences(a, c) == ["level.tif: band 1: 1 cells are nodata in one folder only"]


def test_an_attribute_and_the_tables_that_differ_are_named(tmp_path):
    a = demo(tmp_path / "a")
    b = demo(tmp_path / "b", value=0.43)
    found = differences(a, b)
    assert "units.gpkg|units: feature 2 field value: 0.42 vs 0.43" in found
    assert "report.xlsx|指数: row 3 column 2: 0.42 vs 0.43" in found
    assert "table.csv: row 3 column 2: 0.42 vs 0.43" in found
    assert len(found) == 3


def test_a_file_in_one_folder_only_is_reported_and_the_command_fails(tmp_path, capsys):
    a = demo(tmp_path / "a")
    b = demo(tmp_path / "b", extra=True)
    assert differences(a, b) == [f"extra.csv: only in {b}"]
    assert compare_demo.main([str(a), str(b)]) == 1
    assert "1 difference(s)" in capsys.readouterr().out
    assert compare_demo.main([str(a), str(a)]) == 0


def test_a_missing_folder_is_named(tmp_path, capsys):
    a = demo(tmp_path / "a")
    assert compare_demo.main([str(a), str(tmp_path / "nowhere")]) == 2
    assert "run the demo first" in capsys.readouterr().err


@pytest.mark.parametrize(
    "key,volatile",
    [
        ("versions.qgis", True),
        ("time", True),
        ("parameters.TIME_FIELD", False),
        ("profile.version", False),
    ],
)
def test_only_versions_and_time_are_left_out_of_the_provenance(key, volatile):
    assert bool(compare_demo.VOLATILE_KEY.search(key)) is volatile


def word_report(path, root, text, version, picture_size=(40, 30)):
    """A report like the annual one: a paragraph naming a file of the demo,
    a chart, and the provenance table with its versions and time rows."""
    import docx

    picture = path.parent / f"chart_{path.stem}.png"
    gdal.GetDriverByName("PNG").CreateCopy(
        str(picture), gdal.GetDriverByName("MEM").Create("", *picture_size, 1, gdal.GDT_Byte)
    )
    document = docx.Document()
    document.add_paragraph(f"{text} {root}/warning_2016.gpkg")
    document.add_picture(str(picture))
    table = document.add_table(rows=0, cols=2)
    for key, value in (
        ("algorithm", "cc_warning:annual_report"),
        ("versions.qgis", version),
        ("time", version),
    ):
        row = table.add_row().cells
        row[0].text, row[1].text = key, value
    document.save(str(path))
    picture.unlink()


def test_word_reports_compare_text_and_pictures_not_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    word_report(a / "r.docx", a, "结论：超载", "3.22.16")
    word_report(b / "r.docx", b, "结论：超载", "3.40.6")  # own folder, version, time
    assert compare_demo.Comparison(str(a), str(b)).run() == []
    word_report(b / "r.docx", b, "结论：临界超载", "3.40.6")
    (diff,) = compare_demo.Comparison(str(a), str(b)).run()
    assert diff.startswith("r.docx: text 1: '结论：超载 <demo>/warning_2016.gpkg'")
    word_report(b / "r.docx", b, "结论：超载", "3.40.6", picture_size=(40, 31))
    (diff,) = compare_demo.Comparison(str(a), str(b)).run()
    assert diff.startswith("r.docx: pictures") and "40, 31" in diff


def test_times_of_database_rows_are_left_out_other_columns_are_not(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "due.csv").write_text(
        "unit_code,rule,evaluated_at\n990102,continuous,2026/12/06 11:17\n", encoding="utf-8"
    )
    (b / "due.csv").write_text(
        "unit_code,rule,evaluated_at\n990102,continuous,2026/12/06 11:15\n", encoding="utf-8"
    )
    assert compare_demo.Comparison(str(a), str(b)).run() == []
    (b / "due.csv").write_text(
        "unit_code,rule,evaluated_at\n990102,yearly,2026/12/06 11:15\n", encoding="utf-8"
    )
    assert compare_demo.Comparison(str(a), str(b)).run() == [
        "due.csv: row 2 column 2: 'continuous' vs 'yearly'"
    ]
