"""Codes found and checked for repeats by hash (core/code_index.py): the
answers of a set and a dict, also when two codes share a hash."""

import numpy as np

from cc_warning_plugin.core import code_index
from cc_warning_plugin.core.code_index import CodeIndex, RepeatedCodes


def test_positions_of_codes_and_of_codes_not_indexed():
    index = CodeIndex(["430102", "430103", "430104"])
    assert index.positions(["430104", "999999", "430102", ""]).tolist() == [2, -1, 0, -1]
    assert index.position("430103") == 1 and index.position("43010") is None
    assert "430102" in index and "x" not in index and None not in index
    assert len(index) == 3
    assert CodeIndex([]).positions(["a"]).tolist() == [-1]


def test_codes_whose_hashes_collide_are_told_apart(monkeypatch):
    # every code of one letter hashes alike: a match of hashes alone would
    # answer with the wrong unit
    monkeypatch.setattr(
        code_index, "_hashes", lambda codes: np.array([ord(c[0]) for c in codes], dtype=np.int64)
    )
    index = CodeIndex(["a1", "b1", "a2", "a3"])
    assert index.positions(["a3", "a2", "a1", "a4", "b1", "c1"]).tolist() == [3, 2, 0, -1, 1, -1]
    seen = RepeatedCodes(lambda r: ["a1", "b1", "a2"][r])
    assert seen.add(["a1", "b1", "a2"], 0) == {}
    # rows 3 to 5: a2 again (first in row 2), a new a9 of a shared hash, a9 again
    assert seen.add(["a2", "a9", "a9"], 3) == {3: 2, 5: 4}


def test_a_code_repeated_within_a_part_and_across_parts_names_its_first_row():
    codes = ["S1", "S2", "S3", "S2", "S4", "S1", "S2"]
    seen = RepeatedCodes(codes.__getitem__)
    assert seen.add(codes[:4], 0) == {3: 1}
    # rows 4 to 6: S4 is new, S1 was row 0, S2 row 1 (and row 3, later)
    assert seen.add(codes[4:], 4) == {5: 0, 6: 1}


def test_repeats_over_many_parts_are_those_a_dict_of_first_rows_finds(monkeypatch):
    # 3,000 codes from 2,000 values in parts of 97, with the hash cut to a
    # few bits so that codes of different text share hashes across parts
    import random

    monkeypatch.setattr(
        code_index,
        "_hashes",
        lambda codes: np.array([hash(c) % 64 for c in codes], dtype=np.int64),
    )
    rng = random.Random(7)
    codes = [f"S{rng.randrange(2000)}" for _ in range(3000)]
    first, want = {}, {}
    for row, c in enumerate(codes):
        if c in first:
            want[row] = first[c]
        first.setdefault(c, row)
    seen = RepeatedCodes(codes.__getitem__)
    got = {}
    for a in range(0, len(codes), 97):
        got.update(seen.add(codes[a : a + 97], a))
    assert got == want and len(want) > 500
