"""Text encodings of input files (GDAL alone): the verdict on text read
with the wrong encoding, and the raw text of a GBK shapefile and CSV."""

import os

from osgeo import gdal, ogr, osr

from cc_warning_plugin.core import encodings


def texts(*values):
    return [(f"row {i}", v) for i, v in enumerate(values, start=1)]


def test_text_valid_in_the_declared_encoding_is_fine():
    assert encodings.judge(texts("东城区".encode("utf-8"), b"ascii"), "UTF-8").fine
    assert encodings.judge(texts("东城区".encode("gbk")), "GBK").fine
    assert encodings.judge(texts(b"plain ascii"), "UTF-8").fine


def test_gbk_text_read_as_utf8_is_found_and_named():
    v = encodings.judge(texts(b"110101", "东城区".encode("gbk"), "西城区".encode("gbk")), "UTF-8")
    assert v.encoding == "GBK" and v.sample == "东城区" and v.where == "row 2"


def test_gb18030_when_gbk_does_not_decode_everything():
    # 𠀀 (U+20000) exists in GB18030 as a four-byte sequence only
    data = "𠀀城".encode("gb18030")
    v = encodings.judge(texts("东城区".encode("gbk"), data), "UTF-8")
    assert v.encoding == "GB18030"


def test_text_no_candidate_reads_is_refused():
    v = encodings.judge(texts(b"\xff\xfe\xff"), "UTF-8")
    assert v.encoding == "" and not v.fine


def test_system_means_the_locale_and_unknown_names_are_not_judged():
    assert encodings.codec_name("System")
    assert encodings.codec_name("CP936") == "gbk"
    assert encodings.judge(texts(b"\xff"), "no-such-encoding").fine


def test_raw_text_of_a_gbk_shapefile_without_cpg(tmp_path):
    path = str(tmp_path / "county.shp")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", "GBK")
    try:
        ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
        layer = ds.CreateLayer("county", srs, ogr.wkbPoint, options=["ENCODING=GBK"])
        layer.CreateField(ogr.FieldDefn("名称", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField(0, "东城区")
        f.SetField(1, 3)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT(1 2)"))
        layer.CreateFeature(f)
        ds = None
    finally:
        gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", None)
    os.remove(tmp_path / "county.cpg")
    got = list(encodings.shapefile_text(path))
    # the field name as stored (GBK), and the value of feature 0
    assert any(w.startswith("field") and b == "名称".encode("gbk") for w, b in got)
    assert any(b == "东城区".encode("gbk") and "feature 0" in w for w, b in got)
    v = encodings.judge(got, "UTF-8")
    assert v.encoding == "GBK"
    assert gdal.GetThreadLocalConfigOption("SHAPE_ENCODING", None) is None


def test_raw_text_and_delimiter_of_a_csv(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes("代码;名称\n1;东城区\n".encode("gbk"))
    assert encodings.csv_delimiter(str(path)) == ";"
    assert encodings.judge(encodings.csv_text(str(path)), "UTF-8").encoding == "GBK"
    one = tmp_path / "codes.csv"
    one.write_text("行政区划代码\n990101\n", encoding="utf-8-sig")
    assert encodings.csv_delimiter(str(one)) == "," and encodings.has_bom(str(one))
    assert encodings.judge(encodings.csv_text(str(one)), "UTF-8").fine


def test_ogr_opens_says_whether_gdal_recognises_a_table(tmp_path):
    two = tmp_path / "t.csv"
    two.write_text("代码,名称\n1,东城区\n", encoding="utf-8")
    assert encodings.ogr_opens(str(two))
    # a table of one column has no separator to find: GDAL 3.6 recognises no such file,
    # GDAL 3.10 a .csv but still no .txt (the Processing frame then reads it with QGIS's
    # delimited-text reader)
    one = tmp_path / "codes.txt"
    one.write_text("行政区划代码\n990101\n", encoding="utf-8")
    assert not encodings.ogr_opens(str(one))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not encodings.ogr_opens(str(empty))
