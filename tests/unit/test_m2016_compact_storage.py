"""The compact forms the 2016 chain keeps of large inputs give the values
they replace: water sections by unit, parts of a table's columns, and the
joined units whose fields share their arrays."""

import pytest

from cc_warning_plugin.core.m2016.environment import SectionsByUnit, section_rows, unit_sections
from cc_warning_plugin.core.m2016.rows import BLOCK, pack_rows
from cc_warning_plugin.core.m2016.units import Source, join_units
from cc_warning_plugin.core.exceedance import read_sections
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.table import make_table

P = load_profile()
HEAD = ["断面编码", "行政区划代码", "水体类型", "溶解氧", "化学需氧量", "总氮", "总磷"]


def sections_source():
    rows = [
        # river: DO 5 (min), COD 20, TP 0.2 (class III); TN does not apply
        ["W1", "A", "河流", "4", "30", "2", "0.1"],
        ["W2", "B", "湖库", "10", "10", "", "0.1"],  # lake: TN 1.0, TP 0.05
        ["W3", "A", "河流", "5", "", "1", "0.3"],
    ]
    return Source("sections", pack_rows(HEAD, rows), headers=HEAD)


def test_sections_by_unit_give_the_ratios_of_each_units_sections_in_order():
    src = sections_source()
    units = join_units(
        Source("units", [{"行政区划代码": c} for c in "ABC"]), [], ["unit_code"], unit_values=False
    )
    rows, ids = section_rows(src, P)
    by_unit = unit_sections(units, P, (rows, ids, "sections"))
    assert isinstance(by_unit, SectionsByUnit)
    a = by_unit.get("A")
    assert [s.section_id for s in a] == ["W1", "W3"] and [s.body for s in a] == ["river"] * 2
    # W1: DO 5/4 − 1, COD 30/20 − 1, TP 0.1/0.2 − 1; W3: COD empty, TP 0.3/0.2 − 1
    assert a[0].ratios["do"] == pytest.approx(0.25) and a[0].ratios["codcr"] == pytest.approx(0.5)
    assert a[0].ratios["tp"] == pytest.approx(-0.5) and "tn" not in a[0].ratios
    assert a[1].ratios["do"] == 0 and a[1].ratios["codcr"] is None
    assert a[1].ratios["tp"] == pytest.approx(0.5)
    # W2 (lake): DO 5/10 − 1, TN empty, TP 0.1/0.05 − 1
    (w2,) = by_unit.get("B")
    assert (w2.section_id, w2.unit_code, w2.body) == ("W2", "B", "lake")
    assert w2.ratios["do"] == pytest.approx(-0.5) and w2.ratios["tn"] is None
    assert w2.ratios["tp"] == pytest.approx(1.0)
    assert by_unit.get("C", []) == [] and by_unit.get("C") is None
    # the same sections, pollutants and values as the list read_sections gives
    listed = read_sections(rows, "sections", P, ["A", "B", "C"], ids)
    assert [s for u in "AB" for s in by_unit.get(u)] == [listed[0], listed[2], listed[1]]


def test_a_part_of_a_column_is_the_rows_asked_for():
    n = 2 * BLOCK + 7
    rows = pack_rows(["code", "v"], [[f"c{i}", float(i)] for i in range(n)])
    t = make_table(rows, "t", optional=["unit_code", "gdp"], headers=["code", "v"])
    assert t.rows is rows  # read in place
    assert rows.column("code", BLOCK - 2, BLOCK + 3) == [
        f"c{i}" for i in range(BLOCK - 2, BLOCK + 3)
    ]
    assert rows.column("v", n - 3) == [float(i) for i in range(n - 3, n)]
    assert rows.column("v", 5, 5) == [] and len(rows.column("v")) == n
    assert t.column("gdp", 3, 6) == [None] * 3 and t.column("unit_code", 3, 5) == ["c3", "c4"]


def test_fields_sharing_their_arrays_are_merged_apart():
    units = Source("units", [{"行政区划代码": c} for c in ("990101", "990102")])
    first = Source(
        "t1",
        [
            {"行政区划代码": "990101", "用水总量": "5", "地区生产总值": "7"},
            {"行政区划代码": "990102", "用水总量": "", "地区生产总值": "8"},
        ],
    )
    # the second table gives the water use missing in the first, nothing else
    second = Source("t2", [{"行政区划代码": "990102", "用水总量": "6"}])
    a, b = join_units(units, [first, second], ["water_use", "gdp"]).units
    assert (a.number("water_use"), b.number("water_use")) == (5, 6)
    assert (a.number("gdp"), b.number("gdp")) == (7, 8)
    assert "t2" in b.where("water_use") and "t1" in b.where("gdp")


def test_a_second_join_of_the_same_units_takes_their_codes_and_labels():
    units = Source("units", [{"行政区划代码": c} for c in ("990101", "990102")])
    ev = Source("ev", [{"行政区划代码": "990101", "用水总量": "5"}])
    bs = Source("bs", [{"行政区划代码": c, "用水总量": "4"} for c in ("990101", "990102")])
    first = join_units(units, [ev], ["water_use"])
    second = join_units(units, [bs], ["water_use"], unit_values=False, like=first)
    assert all(
        a.code is b.code and a.row is b.row and a.index is b.index
        for a, b in zip(first.units, second.units)
    )
    assert [u.row for u in second.units] == ["row 1", "row 2"]
    # a unit missing in a table names it; one found in every table has none
    assert list(first.units[1].missing_in) == ["ev"] and not first.units[0].missing_in
    assert not any(u.missing_in for u in second.units)
    # units of other codes keep their own
    other = Source("units", [{"行政区划代码": c} for c in ("990101", "990103")])
    third = join_units(other, [bs], ["water_use"], unit_values=False, like=first)
    assert [u.code for u in third.units] == ["990101", "990103"]


def test_sections_kept_in_parts_and_in_a_spill_file_are_those_read(monkeypatch):
    # 60 sections of 7 units in no order of the units, parts of 4 sections,
    # a spill file past 8: each unit's sections, in the order given, are
    # those read_sections lists
    from cc_warning_plugin.core.m2016 import environment

    monkeypatch.setattr(environment, "SECTION_PART", 4)
    codes = [f"U{u}" for u in range(7)]
    rows = []
    for k in range(60):
        unit = codes[(k * 5) % 6]  # U6 has no section
        body = "河流" if k % 3 else "湖库"
        rows.append([f"S{k:02d}", unit, body, str(3 + k % 5), str(10 + k), "", str(0.01 * k)])
    src = Source("sections", pack_rows(HEAD, rows), headers=HEAD)
    rows_, ids = section_rows(src, P)
    listed = read_sections(rows_, "sections", P, codes, ids)
    for spill_rows in (None, 8):
        index = environment.CodeIndex(codes)
        by_unit = SectionsByUnit(
            environment.iter_sections(rows_, "sections", P, index, ids), index, spill_rows
        )
        assert (by_unit._spill is not None) == (spill_rows == 8)
        assert len(by_unit) == 6 and by_unit.get("U6") is None
        got = by_unit.for_units(["U3", "U6", "U0", "nope"])
        assert list(got) == ["U3", "U0"]
        for u in codes:
            want = [s for s in listed if s.unit_code == u]
            assert (by_unit.get(u) or []) == want
            if u in got:
                assert got[u] == want
        assert [s.section_id for s in got["U0"]] == [f"S{k:02d}" for k in range(0, 60, 6)]
    assert environment.units_without_sections(rows_, codes + ["U7"]) == [6, 7]


@pytest.mark.parametrize("by", ["rows", "columns"])
def test_a_header_given_twice_keeps_its_last_value_as_a_dict_would(by):
    from cc_warning_plugin.core.m2016.rows import PackedRows

    # one block and three rows more, so that both the whole-block path and
    # the rows left over are taken; row i is (i, 10 i, 100 i) under a, b, a
    n = BLOCK + 3
    packed = PackedRows(["a", "b", "a"])
    if by == "rows":
        for i in range(n):
            packed.append([i, 10 * i, 100 * i])
    else:
        packed.extend_columns(
            [list(range(n)), [10 * i for i in range(n)], [100 * i for i in range(n)]]
        )
    packed.close()
    assert packed.headers == ["a", "b"]
    assert len(packed) == n
    assert dict(packed[0]) == {"a": 0, "b": 0}
    assert dict(packed[BLOCK + 1]) == {"a": 100 * (BLOCK + 1), "b": 10 * (BLOCK + 1)}
    assert packed.column("a", BLOCK - 1, BLOCK + 1) == [100 * (BLOCK - 1), 100 * BLOCK]
