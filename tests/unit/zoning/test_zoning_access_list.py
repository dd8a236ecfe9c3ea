"""The 准入清单 as data: the condition grammar, industry codes, import checks
naming the row, and the three file formats."""

import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.zoning import conditions as cond
from cc_warning_plugin.core.zoning.access_list import (
    clauses_from_rows,
    load_access_list,
    save_access_list,
)

import zoning_testdata as td

CFG = td.config()
NUMBERS = [k for k, v in CFG.attributes.items() if v["kind"] == "number"]
SECTIONS = CFG.industry_sections


def parse(text):
    return cond.parse(text, NUMBERS, SECTIONS)


# --------------------------------------------------------------------------- grammar
def test_grammar_reads_every_kind_of_requirement():
    c = parse(
        "industry not in C26, 2511，C and water_use <= 50 and outside eco_redline "
        "and inside urban_boundary and distance(drinking_water) >= 1000"
    )
    assert c.test is None
    ind, cmp_, out, ins, dist = c.requirements
    assert (ind.mode, ind.codes) == ("not_in", ["C26", "2511", "C"])
    assert (cmp_.attribute, cmp_.op, cmp_.value) == ("water_use", "<=", 50.0)
    assert (out.kind, out.layer) == ("outside", "eco_redline")
    assert (ins.kind, ins.layer) == ("inside", "urban_boundary")
    assert (dist.layer, dist.op, dist.value) == ("drinking_water", ">=", 1000.0)
    assert c.attributes() == ["industry", "water_use"]
    assert c.layers() == ["eco_redline", "urban_boundary", "drinking_water"]


def test_grammar_if_then_and_symbol_aliases():
    c = parse("if industry in C26 then inside industrial_park and emission_cod ≤ 5.5")
    assert isinstance(c.test, cond.Industry) and c.test.mode == "in"
    assert c.requirements[1].op == "<=" and c.requirements[1].value == 5.5
    assert parse("industry restricted C301").requirements[0].mode == "restricted"
    assert parse("site_area < 20").requirements[0].attribute == "site_area"


@pytest.mark.parametrize(
    "text, words",
    [
        ("", "empty"),
        ("industry C26", "expected 'in', 'not in', 'restricted'"),
        ("industry in", "industry code"),
        ("industry in Z9", "industry code"),
        ("industry in A26", "division 26 is not in section A"),
        ("water <= 5", "'water' at position 1 is not a requirement"),
        ("water_use <= abc", "expected a number at position 14"),
        ("water_use 5", "expected a comparison"),
        ("outside", "expected a layer name"),
        ("distance eco_redline > 5", "expected '('"),
        ("outside eco_redline or water_use < 5", "join requirements with 'and'"),
        ("if outside eco_redline then water_use < 5", "not a requirement"),
        ("if industry restricted C26 then water_use < 5", "expected 'in', 'not in' after"),
        ("water_use <= 5 #", "unexpected character '#' at position 16"),
    ],
)
def test_malformed_conditions_say_what_and_where(text, words):
    with pytest.raises(cond.ConditionError) as err:
        parse(text)
    assert words in str(err.value)


def test_industry_codes_match_by_prefix_and_section():
    m = lambda p, c: cond.industry_matches(p, c, SECTIONS)  # noqa: E731
    assert m("C2614", "C26") and m("2614", "C26") and m("C2614", "26")
    assert m("2614", "C")  # division 26 lies in section C (13–43)
    assert not m("2614", "B") and not m("C2514", "C26") and not m("C26", "C2614")
    assert m("G5920", "G") and not m("G5920", "C")
    assert cond.normalise_industry(2614.0) == "2614"
    assert cond.normalise_industry(" c2614 ") == "C2614"
    assert cond.normalise_industry("") is None
    with pytest.raises(ValueError):
        cond.normalise_industry("化工")


# --------------------------------------------------------------------------- import checks
def rows(*items):
    return [{"编号": a, "适用范围": b, "维度": c, "条款": d, "条件": e} for a, b, c, d, e in items]


def test_scopes_dimensions_and_text_only_clauses():
    al = clauses_from_rows(
        rows(
            ("1", "总体准入要求", "空间布局约束", "t1", "outside eco_redline"),
            ("2", "优先保护单元", "污染物排放管控", "t2", ""),
            ("3", "2", "环境风险防控", "t3", "energy_use <= 10"),
            ("4", "ZH99010230001", "资源利用效率", "t4", ""),
            ("", "", "", "", ""),
        ),
        CFG,
        "list.csv",
        unit_codes=["ZH99010230001"],
    )
    got = [(c.id, c.scope_kind, c.scope, c.dimension, c.condition is None) for c in al.clauses]
    assert got == [
        ("1", "overall", "", "spatial", False),
        ("2", "class", "1", "pollution", True),
        ("3", "class", "2", "risk", False),
        ("4", "unit", "ZH99010230001", "efficiency", True),
    ]


def test_import_problems_name_their_rows_all_at_once():
    bad = rows(
        ("1", "ZH99019930001", "空间布局约束", "t", ""),
        ("2", "总体准入要求", "噪声", "t", ""),
        ("3", "总体准入要求", "空间布局约束", "t", "water_use <== 5"),
        ("3", "总体准入要求", "空间布局约束", "", ""),
    )
    with pytest.raises(InputError) as err:
        clauses_from_rows(
            bad, CFG, "清单.csv", [f"row {i}" for i in range(2, 6)], unit_codes=["ZH99010230001"]
        )
    msg = str(err.value)
    assert "清单.csv" in msg
    assert "row 2: unit code ZH99019930001 is not a unit" in msg
    assert "row 3: unknown dimension '噪声'" in msg
    assert "row 4: the condition 'water_use <== 5' is malformed" in msg
    assert "row 5: clause id 3 appears twice" in msg
    assert "row 5: the clause text (条款) is empty" in msg


def test_unit_scope_without_known_units_must_look_like_a_code():
    with pytest.raises(InputError, match="neither 总体准入要求"):
        clauses_from_rows(rows(("1", "某某单元", "空间布局约束", "t", "")), CFG, "l.csv")


def test_missing_column_is_named():
    with pytest.raises(InputError, match="no column 维度"):
        clauses_from_rows([{"适用范围": "总体准入要求", "条款": "t"}], CFG, "l.csv")


def test_the_three_formats_hold_the_same_clauses(tmp_path):
    al = clauses_from_rows(
        rows(
            ("Z1", "总体准入要求", "空间布局约束", '不得占用"红线"', "outside eco_redline"),
            ("Z2", "一般管控单元", "资源开发效率要求", "用地", "land_area <= 50"),
        ),
        CFG,
        "l",
        name="清单",
        version="v1",
        date="2025-01-01",
    )
    loaded = []
    for ext in ("csv", "xlsx", "toml"):
        path = str(tmp_path / f"list.{ext}")
        save_access_list(al, path, CFG)
        loaded.append(load_access_list(path, CFG))
    for other in loaded:
        assert [
            (c.id, c.scope_kind, c.scope, c.dimension, c.text, c.condition_text)
            for c in other.clauses
        ] == [
            ("Z1", "overall", "", "spatial", '不得占用"红线"', "outside eco_redline"),
            ("Z2", "class", "3", "efficiency", "用地", "land_area <= 50"),
        ]
    assert (loaded[1].name, loaded[1].version, loaded[1].date) == ("清单", "v1", "2025-01-01")
    assert (loaded[2].name, loaded[2].version) == ("清单", "v1")
    assert loaded[0].version == ""  # a CSV carries no list information


def test_gbk_csv_is_read(tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes("适用范围,维度,条款\n总体准入要求,空间布局约束,禁止\n".encode("gbk"))
    al = load_access_list(str(path), CFG)
    assert al.clauses[0].text == "禁止"
