"""Tables of the 2016 chain kept in a spill file (memory flat in the number
of units): rows read back from the file equal the rows given, a table whose
rows are not in the order of the units is made anew in that order with the
labels of its own rows, the values read for every unit come back from the
file a part at a time, and the joined units made on demand equal the units
a join held before."""

import random

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.m2016.rows import (
    BLOCK,
    PackedDicts,
    PackedRows,
    RowLabels,
    SpilledDicts,
    pack_rows,
)
from cc_warning_plugin.core.m2016.units import JoinedUnits, Source, join_units

N = 3 * BLOCK + 17  # three full blocks and a short one


def _rows(n=N):
    return [
        [f"{i:06d}", f"名称{i}", i * 0.5, i, None if i % 7 == 0 else f"{i % 13}.25", (i % 3 == 0)]
        for i in range(n)
    ]


HEADERS = ["code", "name", "x", "k", "text", "flag"]


def _spilled(rows, spill_rows=BLOCK):
    packed = PackedRows(HEADERS, spill_rows=spill_rows)
    packed.extend_columns([list(c) for c in zip(*rows[: BLOCK + 5])])  # columns, then rows
    for r in rows[BLOCK + 5 :]:
        packed.append(r)
    return packed.close()


def test_rows_past_spill_rows_go_to_the_file_and_read_back_equal():
    rows = _rows()
    plain = pack_rows(HEADERS, rows)
    spilled = _spilled(rows)
    assert plain.spilled is None and spilled.spilled is not None
    assert len(spilled) == N
    for i in (0, BLOCK - 1, BLOCK, 2 * BLOCK + 3, N - 1):
        assert dict(spilled[i]) == dict(plain[i]) == dict(zip(HEADERS, rows[i]))
        assert [type(v) for v in spilled[i].values()] == [type(v) for v in rows[i]]
    for h in HEADERS:
        assert spilled.column(h) == plain.column(h) == [r[HEADERS.index(h)] for r in rows]
        assert spilled.column(h, BLOCK - 3, 2 * BLOCK + 9) == plain.column(
            h, BLOCK - 3, 2 * BLOCK + 9
        )


def test_a_column_keeps_two_blocks_in_memory_while_read_in_order():
    spilled = _spilled(_rows())
    blocks = spilled.blocks("text")
    assert len(blocks) == 4
    for i in range(N):
        spilled[i].get("text")
        assert len(blocks._loaded) <= 2
    assert sorted(blocks._loaded) == [2, 3]


def test_a_small_table_stays_in_memory():
    packed = PackedRows(HEADERS, spill_rows=2 * BLOCK)
    for r in _rows(2 * BLOCK):
        packed.append(r)
    assert packed.close().spilled is None


def test_reordered_rows_are_the_rows_asked_for():
    rows = _rows()
    order = list(range(N))
    random.Random(5).shuffle(order)
    order = order[: N - 40]  # rows left out too
    again = _spilled(rows).reordered(order)
    assert again.spilled is not None and len(again) == len(order)
    assert [dict(again[j]) for j in range(len(order))] == [
        dict(zip(HEADERS, rows[i])) for i in order
    ]


def test_spilled_dicts_read_back_a_part_at_a_time_as_new_dicts():
    parts = [[{"a": float(i), "t": {"x": i}} for i in range(s, s + 1000)] for s in (0, 1000, 2000)]
    spilled, packed = SpilledDicts(), PackedDicts()
    for part in parts:
        spilled.extend(part)
        packed.extend(part)
    every = [r for part in parts for r in part]
    assert len(spilled) == 3000 and list(spilled) == every
    assert spilled[700:2300] == packed[700:2300] == every[700:2300]
    assert spilled[-1] == every[-1] and spilled[::1000] == every[::1000]
    got = spilled[5:6][0]
    got["t"]["x"] = "changed"
    assert spilled[5] == {"a": 5.0, "t": {"x": 5}}
    with pytest.raises(IndexError):
        spilled[3000]


def _table(name, codes, values, spill=True):
    rows = [[c, v] for c, v in zip(codes, values)]
    packed = PackedRows(["行政区划代码", "用水总量"], spill_rows=BLOCK if spill else None)
    for r in rows:
        packed.append(r)
    packed.close()
    return Source(name, packed, RowLabels("row {n}", range(1, len(rows) + 1), key="n"))


def test_a_spilled_table_in_another_order_joins_as_it_would_in_memory():
    n = 2 * BLOCK + 100
    codes = [f"{i:06d}" for i in range(n)]
    units = Source("units", [{"行政区划代码": c} for c in codes])
    order = list(range(n))
    random.Random(9).shuffle(order)
    order.remove(17)  # a unit without a row
    t_codes = [codes[i] for i in order] + ["999999"]  # and a row that is no unit
    values = [f"{i}.5" for i in order] + ["1"]
    for spill in (False, True):
        joined = join_units(units, [_table("t", t_codes, values, spill)], ["water_use"])
        assert isinstance(joined.units, JoinedUnits)
        assert joined.unmatched == {"t": ["999999"]}
        got = [(u.code, u.number("water_use"), u.missing_in) for u in joined.units]
        assert got == [
            (c, None if i == 17 else i + 0.5, ["t"] if i == 17 else ()) for i, c in enumerate(codes)
        ]
        # the cell names the row of the file the value is in
        u = joined.units[order[100]]
        assert u.where("water_use").startswith("t, row 101 ")
        store_table = joined.units.store.sources[-1][1]
        assert (store_table.packed.spilled is not None) == spill
        if spill:  # made anew in the order of the units
            assert store_table.texts("unit_code")[:3] == codes[:3]


def test_a_clash_in_a_reordered_table_names_the_row_of_the_file():
    n = 2 * BLOCK + 10
    codes = [f"{i:06d}" for i in range(n)]
    units = Source("units", [{"行政区划代码": c, "用水总量": "1"} for c in codes])
    order = list(reversed(range(n)))
    values = ["1"] * n
    values[5] = "2"  # unit codes[n - 6], row 6 of the file
    with pytest.raises(InputError) as err:
        join_units(units, [_table("t", [codes[i] for i in order], values)], ["water_use"])
    assert f"Unit {codes[n - 6]}: field 'water_use'" in str(err.value)
    assert "in t (row 6)" in str(err.value)


def test_joined_units_are_made_on_demand_and_equal_each_time():
    codes = ["a", "b", "c"]
    joined = join_units(
        Source("units", [{"行政区划代码": c} for c in codes]),
        [Source("t", [{"行政区划代码": "b", "用水总量": "2"}])],
        ["water_use"],
    )
    units = joined.units
    assert len(units) == 3 and [u.code for u in units] == codes
    assert units[1] == units[1] and units[1] is not units[1]
    assert [u.code for u in units[1:]] == ["b", "c"] and units[-1].code == "c"
    assert [u.missing_in for u in units] == [["t"], (), ["t"]]
    assert [u.code for u in units + [None] if u is not None] == codes
    assert joined.codes is units.codes
    with pytest.raises(IndexError):
        units[3]


def test_a_temporary_folder_without_room_is_named(read_only_dir, monkeypatch):
    import tempfile

    from cc_warning_plugin.core.m2016.rows import SpillFile

    monkeypatch.setattr(tempfile, "tempdir", str(read_only_dir))
    packed = PackedRows(HEADERS, spill_rows=BLOCK)
    with pytest.raises(InputError) as err:
        for r in _rows():
            packed.append(r)
    assert f"temporary file in {read_only_dir}, which cannot be written" in str(err.value)
    assert "set the TMPDIR environment variable" in str(err.value)
    with pytest.raises(InputError):
        SpillFile()
