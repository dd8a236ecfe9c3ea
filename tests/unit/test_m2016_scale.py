"""What lets the 2016 chain run on tens of thousands of units must not change
a result: rows kept by column read back as the dicts they replace, a join of
such rows equals the join of dicts, the chain evaluated a chunk of units at a
time equals one evaluation of all, and the shortcuts for plain numbers and
for grading one value agree with the general code."""

import csv
import math
import os

import numpy as np
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.indicators import parse_number
from cc_warning_plugin.core.m2016 import chain as chain_mod
from cc_warning_plugin.core.m2016.environment import section_rows
from cc_warning_plugin.core.m2016.rows import (
    BLOCK,
    NOT_PLAIN,
    PackedDicts,
    PackedRows,
    RowLabels,
    pack_rows,
    plain_number,
)
from cc_warning_plugin.core.m2016.units import SLOW, Source, checked_numbers, join_units
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.core.rules import classify, grade, round_sig

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "cc_warning_plugin", "sample_data")
P = load_profile()


def test_packed_rows_give_back_every_value_with_its_type():
    headers = ["code", "name", "n", "x", "flag", "mixed", "big", "empty"]
    rows = []
    for i in range(BLOCK + 905):  # more than one block
        rows.append(
            [
                f"{i:06d}",
                None if i % 7 == 0 else f"乡镇{i}",
                i - 50,
                None if i % 5 == 0 else i / 3,
                i % 2 == 0,
                [1.5, "1.5", None, 2][i % 4],
                2**70 + i,
                None,
            ]
        )
    packed = pack_rows(headers, rows)
    assert len(packed) == len(rows)
    for i in (0, 1, 7, BLOCK - 1, BLOCK, len(rows) - 1):
        want = dict(zip(headers, rows[i]))
        got = packed[i]
        assert dict(got) == want and list(got) == headers
        assert all(type(got[h]) is type(want[h]) for h in headers)
        assert got.get("nope", "d") == "d" and "code" in got and "nope" not in got
    assert [r["code"] for r in packed][-1] == f"{len(rows) - 1:06d}"
    by_column = PackedRows(headers)
    by_column.extend_columns([list(c) for c in zip(*rows[:10])])
    by_column.extend_columns([list(c) for c in zip(*rows[10:])])
    by_column.close()
    assert [dict(r) for r in by_column] == [dict(r) for r in packed]
    labels = RowLabels("feature {fid}", [3, 9])
    assert list(labels) == ["feature 3", "feature 9"] and labels[1] == "feature 9"


def _source(name, rows, packed):
    headers = list(rows[0])
    if not packed:
        return Source(name, rows, [f"row {i + 1}" for i in range(len(rows))], headers)
    return Source(
        name,
        pack_rows(headers, [list(r.values()) for r in rows]),
        RowLabels("row {n}", range(1, len(rows) + 1), key="n"),
        headers,
    )


@pytest.mark.parametrize("packed", [False, True])
def test_a_join_of_packed_rows_equals_the_join_of_dicts(packed):
    units = [
        {"行政区划代码": "1", "用水总量": "5"},
        {"行政区划代码": "2", "用水总量": ""},
        {"行政区划代码": "3", "用水总量": None},
    ]
    t1 = [
        {"行政区划代码": "2", "用水总量": "7", "GDP": "1,200"},
        {"行政区划代码": "9", "用水总量": "1", "GDP": "3"},
    ]
    t2 = [{"行政区划代码": "1", "地区生产总值": "8"}, {"行政区划代码": "3", "地区生产总值": "－"}]
    joined = join_units(
        _source("units", units, packed),
        [_source("t1", t1, packed), _source("t2", t2, packed)],
        ["water_use", "gdp"],
    )
    a, b, c = joined.units
    assert [a.number("water_use"), b.number("water_use"), c.number("water_use")] == [5, 7, None]
    assert [a.number("gdp"), b.number("gdp"), c.number("gdp")] == [8, 1200, None]
    assert b.where("water_use").startswith("t1, row 1") and a.missing_in == ["t1"]
    assert joined.unmatched == {"t1": ["9"], "t2": []}
    assert sorted(a.cells) == ["gdp", "water_use"] and c.raw("gdp") == "－"
    clash = [{"行政区划代码": "1", "用水总量": "6"}]
    with pytest.raises(InputError) as err:
        join_units(_source("units", units, packed), [_source("t3", clash, packed)], ["water_use"])
    assert "'5' in units (row 1) but '6' in t3 (row 1)" in str(err.value)


@pytest.mark.parametrize("packed", [False, True])
def test_numbers_read_by_column_are_those_read_by_unit(packed):
    values = ["12", " 3.5 ", "", None, "0", "-2", "1,200", "x", "nan", "1e400", "２", "400", "－"]
    units = [{"行政区划代码": str(i)} for i in range(len(values))]
    table = [
        {"行政区划代码": str(i), "地区生产总值": v, "PM2.5年超标天数": v, "用水总量": 5.0}
        for i, v in enumerate(values)
    ]
    joined = join_units(
        _source("units", units, packed),
        [_source("t", table, packed)],
        ["gdp", "pm25_exceed_days", "water_use", "gw_use"],
    )
    for name in ("gdp", "pm25_exceed_days", "water_use", "gw_use"):
        for positive in (True, False):
            column = checked_numbers(joined.units + [None], name, positive)
            assert column[-1] is None
            for u, got in zip(joined.units, column):
                method = u.positive if positive else u.non_negative
                try:
                    want = method(name)
                except InputError:
                    assert got is SLOW  # refused where the unit is read
                    continue
                assert got is SLOW or got == want, (name, u.code, got, want)
                if packed:  # only text to parse is left to the unit (dict rows: all)
                    assert (got is SLOW) == (u.raw(name) in ("1,200", "x", "－", "")), name


def _csv(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return Source(name, rows)


def test_the_chain_in_chunks_equals_the_chain_at_once():
    def run(size, checked=False):
        units = _csv("indicators_2025.csv")
        chain = chain_mod.Chain(
            P,
            Source("units", [{"行政区划代码": r["行政区划代码"]} for r in units.rows]),
            [units],
            [_csv("indicators_2020.csv")],
        )
        chain.prepare(national_table=_csv("national_rates.csv"))
        rows, ids = section_rows(_csv("water_sections_2025.csv"), P)
        chain.sections = (rows, ids, "sections")
        if checked:  # sections read before the run, rows let go
            chain.check_sections()
            assert chain.sections == (None, None, "sections")
        out = [r for part in chain.run_chunks(size=size) for r in part]
        assert len(out) == len(units.rows)
        return out

    whole, chunked = run(1000), run(3)
    assert chunked == whole
    assert run(3, checked=True) == whole
    assert len({r["warning_level"] for r in whole}) >= 3


@pytest.mark.parametrize(
    "text",
    [
        "12",
        " 12.5 ",
        "1e3",
        "-0",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "１２",
        "1_000",
        "12\u3000",
        "x",
        "1,200",
        "—",
        "",
        "12e",
        "٣",
    ],
)
def test_plain_numbers_are_read_as_parse_number_reads_them(text):
    got = plain_number(text)
    if got is NOT_PLAIN:
        return  # left to parse_number itself
    want = parse_number(text, "gdp", "row 1")
    assert (got is None and want is None) or got == want


@pytest.mark.parametrize(
    "closed, levels", [("right", [1, 2, 3, 4, 5]), ("left", ["a", "b", "c", "d", "e"])]
)
def test_grading_one_value_equals_grading_an_array(closed, levels):
    breaks = [0.1, 0.5, 2, 30.000000001]
    values = [
        -1,
        0.1,
        0.1000000000001,
        0.49999999999999994,
        0.5,
        2,
        29.9999999999,
        30.000000001,
        30.0000000010001,
        1e9,
        0.0,
        float("nan"),
        7,
    ]
    arr = grade(np.array(values, dtype=float), breaks, levels, closed, 10)
    for v, a in zip(values, arr):
        one = grade(v, breaks, levels, closed, 10)
        if math.isnan(v):
            assert one is None
        else:
            assert one == a.item() and type(one) is type(a.item())


def test_packed_dicts_give_back_the_dicts():
    rows = [
        {
            "a": float(i) if i % 3 else None,
            "b": "s" if i % 2 else None,
            "c": {"x": -0.0 if i % 5 else None, "y": 1e-300 * i},
            "d": [1],
        }
        for i in range(BLOCK + 7)
    ]
    packed = PackedDicts(rows[:5]).extend(rows[5:])
    assert len(packed) == len(rows)
    assert list(packed) == rows and packed[3 : BLOCK + 2] == rows[3 : BLOCK + 2]
    assert packed[-1] == rows[-1] and packed[::2] == rows[::2]
    for got, want in zip(packed, rows):
        assert [type(v) for v in got.values()] == [type(v) for v in want.values()]
        assert math.copysign(1, got["c"]["x"] or 1.0) == math.copysign(1, want["c"]["x"] or 1.0)
    # a number after texts, rows with other keys: kept as given
    mixed = PackedDicts([{"a": 1.5}, {"a": None}]).extend([{"a": "x"}, {"b": 2}])
    assert list(mixed) == [{"a": 1.5}, {"a": None}, {"a": "x"}, {"b": 2}]


def test_classify_rounds_where_a_threshold_is_near():
    rules = [
        {"class": "over", "op": ">", "value": 0.2},
        {"class": "crit", "op": ">=", "value": 0},
        {"class": "none"},
    ]
    for v in (
        0.2,
        0.2 + 1e-12,
        0.2 - 1e-12,
        0.20000000001,
        0.2000000001,
        28 / 35 - 1 + 0.4,
        -1e-12,
        1e-12,
        5e-324,
        -5e-324,
        1e300,
        float("inf"),
        -float("inf"),
    ):
        r = round_sig(v, 10)
        want = "over" if r > 0.2 else "crit" if r >= 0 else "none"
        assert classify(v, rules, 10) == want, v
