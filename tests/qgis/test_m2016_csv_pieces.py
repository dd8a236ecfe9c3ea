"""A plain CSV read a piece at a time (a few lines, or a line, per piece)
gives what QGIS reads for it, as read at once does; a quote or text that is
not UTF-8 in a later piece still leaves the file to GDAL."""

import pytest

from cc_warning_plugin.core.m2016.rows import BLOCK
from cc_warning_plugin.processing.m2016 import spatial

from tests.qgis.test_m2016_plain_csv import PLAIN, assert_split_like_qgis, many_blocks_csv


@pytest.mark.parametrize("piece", [1, 7, 64])
@pytest.mark.parametrize("case", sorted(PLAIN))
def test_a_csv_read_in_small_pieces_equals_the_qgis_layer(
    case, piece, tmp_path, qgis_app, monkeypatch
):
    monkeypatch.setattr(spatial, "CSV_PIECE", piece)
    path = tmp_path / "t.csv"
    path.write_bytes(PLAIN[case])
    assert_split_like_qgis(path)


def test_many_blocks_in_pieces_equal_the_qgis_layer(tmp_path, qgis_app, monkeypatch):
    monkeypatch.setattr(spatial, "CSV_PIECE", 5000)  # pieces end inside blocks
    assert_split_like_qgis(many_blocks_csv(tmp_path / "t.csv"))


@pytest.mark.parametrize("tail", [b'9,"x"\n', "9,城关区\n".encode("gbk"), b"9,\x00\n"])
def test_a_later_piece_gdal_must_read_leaves_the_file_to_gdal(tail, tmp_path, monkeypatch):
    monkeypatch.setattr(spatial, "CSV_PIECE", 16)
    path = tmp_path / "t.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * (BLOCK + 40) + tail)
    assert spatial._plain_csv_rows(str(path), ["a", "b"]) is None
