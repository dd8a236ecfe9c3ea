"""Evaluating from the database on both backends: the period's table equals
the indicator files it was imported from, the 2016 chain run from the
database reproduces the sample's hand-made design, runs supersede without
overwriting, and the history has the dates the temporal controller needs."""

import csv
import datetime
import hashlib
import os

import pandas as pd
import pytest

from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.store import evaluation
from cc_warning_plugin.store.db import plugin_version
from cc_warning_plugin.store.sample import FICTIONAL, FICTIONAL_2010, run_sample_chain

from store_testing import SAMPLE

ZH = {
    "超载": "overload",
    "临界超载": "critical",
    "不超载": "none",
    "红色": "red",
    "橙色": "orange",
    "黄色": "yellow",
    "蓝色": "blue",
    "绿色": "green",
}


def read_csv(name):
    with open(os.path.join(SAMPLE, name), encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_period_table_holds_the_imported_values(sample_db):
    ev = evaluation.evaluation_table(sample_db, 2025, profile=load_profile())
    rows = {r["unit_code"]: r for r in ev.rows}
    assert sorted(rows) == [
        "990102",
        "990103",
        "990121",
        "990122",
        "990123",
        "990124",
        "990125",
        "990126",
    ]
    source = {r["行政区划代码"]: r for r in read_csv("indicators_2025.csv")}
    # a few cells read straight from the file
    assert rows["990102"]["water_use"] == 30304.0
    assert rows["990122"]["gw_use"] == 11364.0
    assert rows["990102"]["pm25_annual"] == 52.0
    assert rows["990102"]["mfz_type"] == "优化开发区域"
    assert rows["990102"]["core_city"] == 1.0 and rows["990103"]["core_city"] == 0.0
    assert rows["990122"]["agri_type"] == "种植业"
    assert rows["990102"]["year"] == 2025 and rows["990102"]["unit_name"] == "城关区"
    # and every numeric cell of the file
    for code, r in source.items():
        assert float(r["建设用地面积"]) == rows[code]["constr_land_area"]
        assert float(r["地区生产总值(可比价)"]) == rows[code]["gdp"]
        assert float(r["林草覆盖率"]) == rows[code]["forest_grass_cover"]
    # what is missing: the 农产品主产区类型 left empty in the file, nothing else
    blank = sorted(c for c, r in source.items() if not r["农产品主产区类型"])
    assert sorted(c for c, m in ev.missing.items() if m) == blank
    assert all(ev.missing[c] == ["agri_type"] for c in blank)
    src = ev.source()
    assert src.headers[:3] == ["unit_code", "unit_name", "year"] and len(src.rows) == 8


def test_the_fictional_year_is_marked(sample_db):
    assert sample_db.scalar("SELECT note FROM periods WHERE code = '2015'") == FICTIONAL
    assert (
        sample_db.scalar(
            "SELECT note FROM imports WHERE file_name = 'indicators_2015_fictional.csv'"
        )
        == FICTIONAL
    )
    ev = evaluation.evaluation_table(sample_db, 2015)
    r2020 = {r["unit_code"]: r for r in evaluation.evaluation_table(sample_db, 2020).rows}
    for r in ev.rows:
        # the documented factors: GDP × 0.75, SO2 × 1.4, the quota unchanged
        assert r["gdp"] == pytest.approx(r2020[r["unit_code"]]["gdp"] * 0.75, abs=1e-4)
        assert r["so2_annual"] == pytest.approx(r2020[r["unit_code"]]["so2_annual"] * 1.4, abs=1e-4)
        assert r["water_quota"] == r2020[r["unit_code"]]["water_quota"]
    # 2010 from 2015 by the same factors: GDP × 0.75 again
    assert sample_db.scalar("SELECT note FROM periods WHERE code = '2010'") == FICTIONAL_2010
    r2015 = {r["unit_code"]: r for r in ev.rows}
    for r in evaluation.evaluation_table(sample_db, 2010).rows:
        assert r["gdp"] == pytest.approx(r2015[r["unit_code"]]["gdp"] * 0.75, abs=1e-4)


def test_township_level_and_missing_everything(sample_db):
    ev = evaluation.evaluation_table(sample_db, 2025, fields=["water_use"], level="township")
    assert len(ev.rows) == 33 and all(m == ["water_use"] for m in ev.missing.values())
    with pytest.raises(InputError, match="Period 2031 is not in the database"):
        evaluation.evaluation_table(sample_db, 2031)
    with pytest.raises(InputError, match="not in table indicators"):
        evaluation.evaluation_table(sample_db, 2025, fields=["no_such"])


def test_the_chain_from_the_database_reproduces_the_design(sample_db):
    design = {r["行政区划代码"]: r for r in read_csv("design.csv")}
    got = {r["unit_code"]: r for r in evaluation.current_results(sample_db, 2025)}
    assert sorted(got) == sorted(design)
    for code, d in design.items():
        assert got[code]["load_type"] == ZH[d["超载类型"]], code
        assert got[code]["warning_level"] == ZH[d["预警等级"]], code
        assert got[code]["land_index"] == pytest.approx(
            float(d["土地资源压力指数D设计值"]), abs=6e-4
        )
        assert got[code]["env_index"] == pytest.approx(
            float(d["污染物浓度超标指数R设计值"]), abs=6e-3
        )


def test_history_rows_have_period_dates_and_a_level_that_rose(sample_db):
    rows = evaluation.level_history(sample_db)
    # 8 counties × 3 evaluated periods (2010 is a base year only)
    assert len(rows) == 24
    r = [x for x in rows if x["unit_code"] == "990102"]
    assert [
        (x["period_code"], x["period_start"], x["period_end"], x["valid_until"]) for x in r
    ] == [
        (
            "2015",
            datetime.date(2015, 1, 1),
            datetime.date(2015, 12, 31),
            datetime.date(2019, 12, 31),
        ),
        (
            "2020",
            datetime.date(2020, 1, 1),
            datetime.date(2020, 12, 31),
            datetime.date(2024, 12, 31),
        ),
        (
            "2025",
            datetime.date(2025, 1, 1),
            datetime.date(2025, 12, 31),
            datetime.date(2025, 12, 31),
        ),
    ]
    order = ["green", "blue", "yellow", "orange", "red"]
    rose = [
        u
        for u in {x["unit_code"] for x in rows}
        if order.index([x for x in rows if x["unit_code"] == u][2]["warning_level"])
        > order.index([x for x in rows if x["unit_code"] == u][1]["warning_level"])
    ]
    assert rose
    geo = evaluation.level_history(sample_db, with_geometry=True)
    assert all(isinstance(x["geom"], bytes) and len(x["geom"]) > 50 for x in geo)


def test_cadence_inputs(sample_db):
    latest = evaluation.latest_results(sample_db)
    assert list(latest.columns) == [
        "unit_code",
        "period",
        "load_type",
        "warning_level",
        "evaluated_at",
    ]
    assert set(latest["period"]) == {"2025"} and len(latest) == 8
    assert str(latest["evaluated_at"].dtype).startswith("datetime64")
    obs = evaluation.latest_observation_times(sample_db).set_index("unit_code")
    # the last daily air record of 2025 is on 31 December
    assert obs.loc["990102", "last_station_record"] == datetime.datetime(2025, 12, 31)
    imported = sample_db.scalar("SELECT max(imported_at) FROM imports WHERE kind = 'indicators'")
    assert obs.loc["990102", "last_indicator_import"] == pd.Timestamp(str(imported)).tz_convert(
        "UTC"
    )
    # a township without stations or values has neither
    assert pd.isna(obs.loc["990102001", "last_station_record"])


def test_runs_supersede_and_stay(factory, tmp_path):
    from cc_warning_plugin.store.sample import build_sample_database

    target = factory.new_target()
    s = factory.keep(build_sample_database(target, evaluate=False))
    s.target = target
    first = run_sample_chain(s, "2025", "2020")
    again = run_sample_chain(s, "2025", "2020")
    assert again > first
    runs = evaluation.runs(s, 2025)
    assert [r["run_id"] for r in runs] == [first, again]
    p = load_profile()
    rates = os.path.join(SAMPLE, "national_rates.csv")
    with open(rates, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    r = runs[0]
    assert (
        r["algorithm"],
        r["profile_id"],
        r["profile_version"],
        r["profile_sha256"],
        r["plugin_version"],
        r["period_code"],
        r["base_period_code"],
        r["status"],
    ) == (
        "carrying_capacity_2016",
        p.id,
        p.version,
        p.digest,
        plugin_version(),
        "2025",
        "2020",
        "finished",
    )
    assert r["inputs"] == {rates: digest} and r["user_name"] == s.user
    assert r["started_at"] <= r["finished_at"]
    # both runs keep their results; the current view shows the later one
    assert len(evaluation.results(s, first)) == len(evaluation.results(s, again)) == 8
    cur = evaluation.current_results(s, 2025)
    assert {x["run_id"] for x in cur} == {again}
    # a later run of one unit supersedes only that unit
    third = evaluation.write_run(
        s,
        evaluation.make_run("carrying_capacity_2016", p, period=2025),
        [{"unit_code": "990123", "warning_level": "blue", "my_extra_field": 1.5}],
    )
    cur = {x["unit_code"]: x for x in evaluation.current_results(s, 2025)}
    assert cur["990123"]["run_id"] == third and cur["990123"]["my_extra_field"] == 1.5
    assert cur["990102"]["run_id"] == again
    assert s.scalar("SELECT count(*) FROM results") == 17


def test_run_records_never_hold_a_password(store):
    p = load_profile()
    secret = "Zx9-secret-Pw"
    store._secret = secret
    run = evaluation.make_run(
        "test",
        p,
        {
            "connection": f"host=db user=li password={secret}",
            "uri": f"postgresql://li:{secret}@db/cc",
            "note": f"typed {secret}",
        },
        period=2025,
    )
    run.message = f"failed to connect with password={secret}"
    run.status = "failed"
    rid = evaluation.write_run(store, run)
    text = str(store.query("SELECT parameters, inputs, message FROM runs WHERE run_id = ?", (rid,)))
    assert secret not in text and "***" in text


def test_dual_summaries_and_remarks(store):
    from cc_warning_plugin.core.dual.classes import ClassSet
    from cc_warning_plugin.core.dual.zonal import area_rows
    from cc_warning_plugin.store import catalog, units

    catalog.seed_catalog(store)
    units.load_units(store, [units.UnitRecord("990102", "城关区", "county")])
    cset = ClassSet(
        "t",
        (1, 2),
        ("suitable", "unsuitable"),
        ("适宜", "不适宜"),
        ("Suitable", "Unsuitable"),
        ("#00ff00", "#ff0000"),
    )
    rows = area_rows({(1, 1): 30, (1, 2): 10}, [{"code": "990102", "name": "城关区"}], cset, 900.0)
    rid = evaluation.write_run(
        store,
        evaluation.make_run("dual_agri", load_profile()),
        dual_summaries={"agri_suitability": rows},
    )
    got = evaluation.dual_summaries(store, rid)
    assert [(g["class_code"], g["cells"]) for g in got] == [
        ("suitable", 30),
        ("unsuitable", 10),
        ("total", 40),
    ]
    # 30 cells of 900 m² = 0.027 km², 75 % of the unit
    assert got[0]["area_km2"] == pytest.approx(0.027) and got[0]["share_pct"] == 75.0
    rid2 = evaluation.add_remark(
        store,
        "会商：东港区水资源临界超载原因已核实",
        "consultation",
        unit_code="990102",
        run_id=rid,
    )
    rem = evaluation.remarks(store, "990102")
    assert [(r["remark_id"], r["topic"], r["author"]) for r in rem] == [
        (rid2, "consultation", store.user)
    ]


def test_the_sample_database_is_the_same_every_time(tmp_path):
    from cc_warning_plugin.store.sample import build_sample_database

    def content(path):
        s = build_sample_database(str(path), evaluate=False)
        try:
            return (
                s.query(
                    "SELECT unit_code, indicator_code, period_code, value, value_text, "
                    "version, department_code, source FROM observations ORDER BY "
                    "unit_code, indicator_code, period_code, version"
                ),
                s.query(
                    "SELECT station_code, pollutant, observed_at, value, valid, qc_code "
                    "FROM station_observations ORDER BY station_code, pollutant, "
                    "observed_at"
                ),
                s.query("SELECT code, name, unit_code, water_body FROM stations ORDER BY code"),
            )
        finally:
            s.close()

    a, b = content(tmp_path / "a.gpkg"), content(tmp_path / "b.gpkg")
    assert a == b
    # 8 counties × 4 periods (2010, 2015, 2020, 2025); each county has its 35
    # indicators but 农产品主产区类型 where the file leaves it empty (5 counties)
    assert len(a[0]) == 4 * (8 * 35 - 5)
