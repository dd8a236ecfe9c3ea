"""Import of indicator workbooks on both backends: dry run, one transaction,
versions, conflicts, unit conversion, layouts and encodings, and every kind
of bad input leaving the database exactly as it was."""

import sqlite3

import pytest

from cc_warning_plugin.raster.engine import Cancelled
from cc_warning_plugin.store import catalog, importer
from cc_warning_plugin.store.db import connect, open_store
from cc_warning_plugin.store.errors import (
    ConnectionLost,
    ImportRejected,
    LockedError,
    ReadOnlyError,
    SchemaError,
)
from cc_warning_plugin.core.errors import InputError

from store_testing import table_counts

WATER = (
    "行政区划代码,年份,用水总量,用水总量控制指标,地下水供水量\n"
    "990102,2025,30304.0,32000.0,2750.0\n"
    "990103,2025,18720.0,26000.0,2400.0\n"
    "990121,2025,14700.0,21000.0,1500.0\n"
)


def write(tmp_path, name, text, encoding="utf-8-sig"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def current(store, unit, indicator, period="2025"):
    return store.query(
        "SELECT value, value_text, version, department_code, source FROM "
        "observations_current WHERE unit_code = ? AND indicator_code = ? AND "
        "period_code = ?",
        (unit, indicator, period),
    )


def test_dry_run_import_and_reimport(sample_store, tmp_path):
    s = sample_store
    path = write(tmp_path, "water_2025.csv", WATER)
    before = table_counts(s)
    dry = importer.import_indicators(s, path, "water", dry_run=True)
    assert (dry.added, dry.changed, dry.unchanged, dry.conflicts, dry.rejected) == (9, 0, 0, 0, 0)
    assert dry.layout == "wide" and dry.encoding == "UTF-8 (BOM)"
    assert dry.new_periods == ["2025"]
    assert not dry.written and table_counts(s) == before
    # the preview names row (file line), column, unit, indicator, period and value
    first = dry.added_items[0]
    assert (
        first.row,
        first.column,
        first.unit_code,
        first.indicator,
        first.period,
        first.value,
    ) == (2, "用水总量", "990102", "water_use", "2025", 30304.0)

    rep = importer.import_indicators(s, path, "water", dry_run=False)
    assert rep.written and rep.added == 9
    after = table_counts(s)
    assert after["observations"] == before["observations"] + 9
    assert after["imports"] == before["imports"] + 1
    assert after["periods"] == before["periods"] + 1
    assert current(s, "990103", "water_quota") == [(26000.0, None, 1, "water", "")]
    imp = s.query_dicts("SELECT file_name, file_sha256, department_code, imported_by FROM imports")[
        0
    ]
    assert imp["file_name"] == "water_2025.csv" and len(imp["file_sha256"]) == 64
    assert imp["department_code"] == "water" and imp["imported_by"] == s.user

    again = importer.import_indicators(s, path, "water", dry_run=False)
    assert (again.added, again.changed, again.unchanged, again.written) == (0, 0, 9, False)
    assert table_counts(s) == after


def test_a_different_value_becomes_a_new_version(sample_store, tmp_path):
    s = sample_store
    importer.import_indicators(s, write(tmp_path, "a.csv", WATER), "water", dry_run=False)
    corrected = WATER.replace("18720.0", "18800.0")
    path = write(tmp_path, "b.csv", corrected)
    dry = importer.import_indicators(s, path, "water")
    assert (dry.added, dry.changed, dry.unchanged) == (0, 1, 8)
    c = dry.changed_items[0]
    assert (c.row, c.unit_code, c.indicator, c.old_value, c.value, c.version) == (
        3,
        "990103",
        "water_use",
        18720.0,
        18800.0,
        2,
    )
    importer.import_indicators(s, path, "water", dry_run=False)
    assert current(s, "990103", "water_use") == [(18800.0, None, 2, "water", "")]
    hist = importer.history(s, "990103", "water_use")
    assert [(h["version"], h["value"], h["current"], h["file_name"]) for h in hist] == [
        (1, 18720.0, False, "a.csv"),
        (2, 18800.0, True, "b.csv"),
    ]
    assert hist[1]["supersedes"] == hist[0]["obs_id"]
    # every version is kept: nothing was updated in place
    assert (
        s.scalar(
            "SELECT count(*) FROM observations WHERE unit_code = '990103' AND "
            "indicator_code = 'water_use'"
        )
        == 2
    )
    # importing the first file again is a correction back: version 3
    rep = importer.import_indicators(s, write(tmp_path, "c.csv", WATER), "water", dry_run=False)
    assert rep.changed == 1 and current(s, "990103", "water_use")[0][:3] == (18720.0, None, 3)


def test_a_value_from_another_source_or_department_is_a_conflict(sample_store, tmp_path):
    s = sample_store
    importer.import_indicators(s, write(tmp_path, "a.csv", WATER), "water", dry_run=False)
    before = table_counts(s)
    other = write(tmp_path, "bulletin.csv", WATER.replace("30304.0", "30000.0"))
    rep = importer.import_indicators(s, other, "water", source="水资源公报", dry_run=False)
    assert (rep.conflicts, rep.unchanged, rep.changed, rep.added) == (1, 8, 0, 0)
    c = rep.conflict_items[0]
    assert (
        c.row,
        c.unit_code,
        c.indicator,
        c.value,
        c.old_value,
        c.stored_department,
        c.stored_source,
    ) == (2, "990102", "water_use", 30000.0, 30304.0, "water", "")
    assert not rep.written and table_counts(s) == before
    assert current(s, "990102", "water_use")[0][0] == 30304.0
    # the indicator moves to another department, which sends a different value
    catalog.set_indicator_department(s, "water_use", "statistics")
    rep = importer.import_indicators(
        s,
        write(tmp_path, "stat.csv", "行政区划代码,年份,用水总量\n990102,2025,31000\n"),
        "statistics",
        dry_run=False,
    )
    assert rep.conflicts == 1 and rep.conflict_items[0].stored_department == "water"
    assert current(s, "990102", "water_use")[0][0] == 30304.0


def test_units_of_measure_are_converted_through_the_dictionary(sample_store, tmp_path):
    s = sample_store
    text = (
        "行政区划代码,年份,用水总量(亿m³),用水总量控制指标（万立方米）\n990102,2025,3.0304,32000\n"
    )
    rep = importer.import_indicators(s, write(tmp_path, "u.csv", text), "water", dry_run=False)
    assert rep.added == 2
    assert current(s, "990102", "water_use")[0][0] == pytest.approx(30304.0)
    assert any("× 10000" in n for n in rep.notes)
    forest = (
        "行政区划代码,年份,林草覆盖率(‰),中度及以上土地沙化面积(公顷)\n"
        "990102,2025,28.4,150\n"
        "990103,2025,3.84%,0\n"
    )
    rep = importer.import_indicators(s, write(tmp_path, "f.csv", forest), "forestry", dry_run=False)
    assert rep.added == 4
    # ‰ → % (× 0.1); a cell with % stays in %; 150 ha = 1.5 km²
    assert current(s, "990102", "forest_grass_cover")[0][0] == pytest.approx(2.84)
    assert current(s, "990103", "forest_grass_cover")[0][0] == pytest.approx(3.84)
    assert current(s, "990102", "desertification_area")[0][0] == pytest.approx(1.5)


def test_long_layout_with_units_and_text_values(sample_store, tmp_path):
    s = sample_store
    text = (
        "单元代码,指标,年份,数值,计量单位\n"
        "990102,用水总量,2020,2.75511,亿立方米\n"
        "990102,gw_overdraft,2020,无,\n"
        "990122,地下水供水量,2020,12488.1,万m³\n"
    )
    rep = importer.import_indicators(s, write(tmp_path, "long.csv", text), "water", dry_run=False)
    assert rep.layout == "long" and rep.added == 3 and rep.rejected == 0
    assert current(s, "990102", "water_use", "2020")[0][0] == pytest.approx(27551.1)
    assert current(s, "990102", "gw_overdraft", "2020")[0][:2] == (None, "无")
    assert current(s, "990122", "gw_use", "2020")[0][0] == pytest.approx(12488.1)


def test_xlsx_workbook(sample_store, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "2025年"
    ws.append(["行政区划代码", "评价单元名称", "用水总量", "地下水超采状况"])
    ws.append([990102, "城关区", 30304, "无"])
    ws.append(["990103", "东港区", 18720.5, "一般超采"])
    path = str(tmp_path / "water.xlsx")
    wb.save(path)
    s = sample_store
    rep = importer.import_indicators(s, path, "water", period=2025, dry_run=False)
    assert rep.added == 4 and rep.file == "water.xlsx [2025年]"
    assert current(s, "990102", "water_use")[0][0] == 30304.0
    assert current(s, "990103", "gw_overdraft")[0][1] == "一般超采"


def test_gbk_csv_is_read_and_said(sample_store, tmp_path):
    path = write(tmp_path, "gbk.csv", WATER, encoding="gbk")
    rep = importer.import_indicators(sample_store, path, "water", dry_run=False)
    assert rep.encoding == "GBK/GB18030" and rep.added == 9
    assert current(sample_store, "990121", "gw_use")[0][0] == 1500.0


BAD = {
    "duplicate": (
        WATER + "990103,2025,18720.0,26000.0,2400.0\n",
        "row 5, column 行政区划代码: duplicate of row 3",
    ),
    "text": (
        WATER.replace("2400.0", "约2400"),
        "row 3, column 地下水供水量: '约2400' is not a number",
    ),
    "blank": (WATER.replace(",2400.0", ","), "row 3, column 地下水供水量: the cell is empty"),
    "unit": (
        WATER.replace("990121", "990199"),
        "row 4, column 行政区划代码: unit code '990199' is not in table units",
    ),
    "future": (
        WATER.replace("990121,2025", "990121,2999"),
        "row 4, column 年份: period 2999 is in the future",
    ),
    "not_a_year": (
        WATER.replace("990121,2025", "990121,2025-06"),
        "row 4, column 年份: period '2025-06' is not a year",
    ),
    "measure": (
        WATER.replace("地下水供水量", "地下水供水量(km²)"),
        "column 地下水供水量(km²): the unit of measure km2 disagrees",
    ),
    "department": (
        WATER.replace("地下水供水量", "建设用地面积"),
        "column 建设用地面积: indicator constr_land_area is supplied by "
        "department natural_resources",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_rejected_with_row_and_column_and_nothing_written(
    sample_store, tmp_path, case
):
    s = sample_store
    importer.import_indicators(
        s, write(tmp_path, "ok.csv", WATER.replace("2025", "2020")), "water", dry_run=False
    )
    before = table_counts(s)
    text, expected = BAD[case]
    path = write(tmp_path, f"{case}.csv", text)
    dry = importer.import_indicators(s, path, "water")
    assert dry.rejected >= 1
    assert any(expected in r.text() for r in dry.rejections), [r.text() for r in dry.rejections]
    with pytest.raises(ImportRejected) as err:
        importer.import_indicators(s, path, "water", dry_run=False)
    msg = str(err.value)
    assert f"{case}.csv" in msg and "Nothing was written" in msg
    assert err.value.report.rejected == dry.rejected
    assert table_counts(s) == before


def test_unknown_indicator_in_long_layout(sample_store, tmp_path):
    text = "单元代码,指标,年份,数值\n990102,用水总量,2025,1\n990102,人均绿地,2025,3\n"
    dry = importer.import_indicators(sample_store, write(tmp_path, "l.csv", text), "water")
    assert [r.text() for r in dry.rejections] == [
        "row 3, column 指标: '人均绿地' is not an indicator of table indicators. Use its code "
        "or Chinese name (docs/indicators.md)"
    ]
    assert dry.added == 1


def test_a_file_in_no_known_encoding_is_refused(sample_store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes("行政区划代码,年份\n".encode("utf-8") + b"\x81\x30\xff\xfe,2025\n")
    with pytest.raises(InputError, match="neither UTF-8 nor GBK/GB18030"):
        importer.import_indicators(sample_store, str(path), "water")


def test_a_locked_geopackage_gives_a_clear_message_and_stays_as_it_was(tmp_path, request):
    from store_testing import Factory, load_sample_units

    f = Factory("gpkg", tmp_path, request)
    try:
        store = f.create()
        catalog.seed_catalog(store)
        load_sample_units(store)
        path = store.target
        store.close()
        store = f.keep(open_store(path, timeout=0.2))
        before = table_counts(store)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(LockedError) as err:
                importer.import_indicators(
                    store, write(tmp_path, "w.csv", WATER), "water", dry_run=False
                )
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert "is locked by another program" in str(err.value) and path in str(err.value)
        assert table_counts(store) == before
    finally:
        f.close()


def test_a_read_only_geopackage_gives_a_clear_message(tmp_path, request):
    from store_testing import Factory, load_sample_units

    f = Factory("gpkg", tmp_path, request)
    try:
        store = f.create()
        catalog.seed_catalog(store)
        load_sample_units(store)
        path = store.target
        store.close()
        ro = f.keep(open_store(path, read_only=True))
        before = table_counts(ro)
        with pytest.raises(ReadOnlyError, match="cannot be written"):
            importer.import_indicators(ro, write(tmp_path, "w.csv", WATER), "water", dry_run=False)
        # a dry run works read-only
        assert importer.import_indicators(ro, write(tmp_path, "w.csv", WATER), "water").added == 9
        assert table_counts(ro) == before
    finally:
        f.close()


def test_a_newer_schema_refuses_the_import(sample_store, tmp_path):
    s = sample_store
    s.execute(
        "INSERT INTO schema_version (version, name, applied_at, plugin_version) "
        "VALUES (3, 'future', '2030-01-01T00:00:00Z', '9.9')"
    )
    before = table_counts(s)
    with pytest.raises(SchemaError, match="newer than this plugin knows"):
        importer.import_indicators(s, write(tmp_path, "w.csv", WATER), "water", dry_run=False)
    assert table_counts(s) == before


class Feedback:
    def __init__(self, on_progress=None):
        self.values = []
        self.on_progress = on_progress
        self.cancel = False

    def setProgress(self, v):  # noqa: N802 (QGIS feedback API)
        self.values.append(v)
        if self.on_progress:
            self.on_progress(self, v)

    def isCanceled(self):  # noqa: N802
        return self.cancel

    def pushInfo(self, text):  # noqa: N802
        pass

    def pushWarning(self, text):  # noqa: N802
        pass


EIGHT = "行政区划代码,年份,用水总量\n" + "".join(
    f"{c},2025,{1000 + i}\n"
    for i, c in enumerate(
        ["990102", "990103", "990121", "990122", "990123", "990124", "990125", "990126"]
    )
)


def test_cancel_in_the_middle_writes_nothing(sample_store, tmp_path):
    s = sample_store
    before = table_counts(s)

    def stop(fb, v):
        fb.cancel = v > 20

    with pytest.raises(Cancelled):
        importer.import_indicators(
            s,
            write(tmp_path, "e.csv", EIGHT),
            "water",
            dry_run=False,
            chunk_rows=2,
            feedback=Feedback(stop),
        )
    assert table_counts(s) == before


def test_a_lost_postgresql_connection_mid_import_leaves_nothing(
    pg_sample_store, tmp_path, pg_cluster
):
    s = pg_sample_store
    before = table_counts(s)
    cluster = pg_cluster
    killed = []

    def kill(fb, v):
        if not killed and v > 20:
            killed.append(
                cluster.sql("postgres", "SELECT pg_terminate_backend(%s)", (s.backend_pid,))
            )

    with pytest.raises(ConnectionLost) as err:
        importer.import_indicators(
            s,
            write(tmp_path, "e.csv", EIGHT),
            "water",
            dry_run=False,
            chunk_rows=2,
            feedback=Feedback(kill),
        )
    assert killed and "was lost" in str(err.value) and "nothing of it was written" in str(err.value)
    fresh = connect(s.target)
    try:
        assert table_counts(fresh) == before
    finally:
        fresh.close()
