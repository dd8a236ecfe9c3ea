"""A CSV without quotes is split at its commas in Python: it must give the
values, NULLs and feature ids QGIS (GDAL's CSV driver) gives for the same
file — spaces kept, short lines ending in NULLs, cells past the last field
left out, empty lines skipped, any line ending — and a file GDAL could read
otherwise (quotes, another separator, a header GDAL renames, text that is
not UTF-8) is left to GDAL."""

import pytest
from qgis.core import QgsVectorLayer

from cc_warning_plugin.core.m2016.rows import BLOCK
from cc_warning_plugin.processing.m2016.spatial import _plain_csv_rows, csv_rows

from tests.qgis.test_m2016_reading import qgis_rows

PLAIN = {
    "simple": b"a,b,c\n1,2,3\n4,5,6\n",
    "bom_crlf": b"\xef\xbb\xbf\xe4\xbb\xa3\xe7\xa0\x81,b\r\n001,\xe7\x94\xb2\r\n002,x\r\n",
    "spaces_kept": b"a,b,c\n 1 , 2 ,\n  \n",
    "short_and_long_lines": b"a,b,c\n4\n5,6,7,8\n9,\n",
    "empty_lines": b"a,b\n\n1,2\n\r\n\n3,4\n\n",
    "lone_cr": b"a,b\r1,x\r2,y",
    "no_final_newline": b"a,b\n1,2",
    "header_only": b"a,b\n",
    "spaces_in_header": b"code a,name b\n1,x y\n",
    "semicolon_in_a_value": b"code,name\n1;2,x\tz\n",
}
REFUSED = {
    "quoted": b'a,b\n1,"x,y"\n',
    "semicolon_header": b"a;b\n1;2\n",
    "tab_header": b"a\tb\n1\t2\n",
    "space_separated": b"a b\n1 2\n",
    "renamed_header": b"a,a,\n1,2,3\n",
    "nul": b"a,b\n1,\x002\n",
    "not_utf8": "a,b\n1,城关区\n".encode("gbk"),
}


def layer_of(path):
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid()
    return layer


def assert_split_like_qgis(path):
    """The Python split of the CSV at ``path`` gives the feature ids and
    values QGIS reads for it; returns the layer."""
    layer = layer_of(path)
    names = layer.fields().names()
    plain = _plain_csv_rows(str(path), names)
    assert plain is not None
    rows, fids = plain
    want = qgis_rows(layer)
    assert fids == [fid for fid, _ in want]
    assert [[r.get(n) for n in names] for r in rows] == [v for _, v in want]
    return layer


def many_blocks_csv(path):
    """A CSV of more than two blocks of rows, with empty cells, short and
    long lines and CRLF endings."""
    lines = ["代码,名称,值"] + [
        f"{i:06d},单元{i}," + ("" if i % 7 == 0 else f"{i / 3:.4f}") + ("" if i % 11 else ",x")
        for i in range(BLOCK * 2 + 17)
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


@pytest.mark.parametrize("case", sorted(PLAIN))
def test_a_csv_without_quotes_split_in_python_equals_the_qgis_layer(case, tmp_path, qgis_app):
    path = tmp_path / "t.csv"
    path.write_bytes(PLAIN[case])
    assert csv_rows(assert_split_like_qgis(path)) is not None


def test_the_plain_split_is_what_qgis_reads_for_many_blocks(tmp_path, qgis_app):
    assert_split_like_qgis(many_blocks_csv(tmp_path / "t.csv"))


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_csv_gdal_could_read_otherwise_is_left_to_gdal(case, tmp_path, qgis_app):
    path = tmp_path / "t.csv"
    path.write_bytes(REFUSED[case])
    layer = QgsVectorLayer(str(path), "t", "ogr")
    names = layer.fields().names() if layer.isValid() else ["a", "b"]
    assert _plain_csv_rows(str(path), names) is None
