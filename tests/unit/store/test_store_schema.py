"""Schema, versions and migrations of the monitoring database on both
backends: the same tables and columns, an upgrade from version 1 that keeps
every row, a newer database refused, a GeoPackage that GDAL (and so QGIS)
reads with its attribute tables."""

import os
import subprocess
import sys

import pytest
from osgeo import ogr

from cc_warning_plugin.core.m2016.chain import chain_fields
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.store import catalog, migrations
from cc_warning_plugin.store.db import PostgisStore, connect, open_store
from cc_warning_plugin.store.errors import SchemaError, StoreError

from store_testing import load_sample_units, table_counts

VALIDATOR = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
USER_TABLES = [
    "departments",
    "indicators",
    "periods",
    "imports",
    "observations",
    "observations_current",
    "stations",
    "station_observations",
    "qc_findings",
    "runs",
    "results",
    "results_current",
    "units",
    "county_readers",
    "dual_summaries",
    "remarks",
    "schema_version",
    "store_info",
]


def test_both_backends_have_the_same_numbered_migrations():
    g = migrations.migrations("gpkg")
    p = migrations.migrations("postgis")
    assert [(m.version, m.name) for m in g] == [(m.version, m.name) for m in p]
    assert [m.version for m in g] == [1, 2]


def test_new_database_is_at_the_latest_version(store):
    st = store.schema_status()
    assert st.current == st.latest == 2 and st.is_current and not st.pending
    assert [r[0] for r in store.query("SELECT version FROM schema_version ORDER BY version")] == [
        1,
        2,
    ]
    assert store.scalar("SELECT value FROM store_info WHERE key = 'srid'") == "4527"
    assert store.srid == 4527


def _columns(store):
    return {t: store.table_columns(t) for t in USER_TABLES}


def test_the_two_backends_give_the_same_tables_and_columns(tmp_path, request):
    from store_testing import Factory

    g = Factory("gpkg", tmp_path, request)
    p = Factory("postgis", tmp_path, request)
    try:
        cols_g = _columns(g.create())
        cols_p = _columns(p.create())
    finally:
        g.close()
        p.close()
    # the FID and geometry of the GeoPackage layers are made by OGR first
    for t in ("units", "stations"):
        cols_g[t] = sorted(cols_g[t])
        cols_p[t] = sorted(cols_p[t])
    assert cols_g == cols_p
    assert all(cols_g[t] for t in USER_TABLES)


def test_results_table_holds_every_field_the_2016_chain_writes(store):
    columns = set(store.table_columns("results"))
    missing = [name for name, _ in chain_fields(load_profile()) if name not in columns]
    assert missing == []


def test_upgrade_from_version_1_keeps_every_row(factory):
    store = factory.create(version=1)
    st = store.schema_status()
    assert st.current == 1 and st.upgrade_available and not store.table_exists("remarks")
    assert [m.version for m in st.pending] == [2]
    assert "upgrade is available" in st.message
    # writing is refused until the upgrade
    with pytest.raises(SchemaError, match="schema version 1"):
        catalog.seed_catalog(store)
    # fill version 1 through SQL of version 1 (the API needs the latest schema)
    store.execute(
        "INSERT INTO departments (code, name_zh, name_en) VALUES ('water', '水利', 'Water')"
    )
    store.execute(
        "INSERT INTO indicators (code, name_zh, name_en, unit, kind, department_code)"
        " VALUES ('water_use', '用水总量', 'Water use', '1e4 m3', 'number', 'water')"
    )
    store.execute(
        "INSERT INTO units (code, name, level, added_at) VALUES ('990102', '城关区', "
        "'county', '2026-01-01T00:00:00Z')"
    )
    store.execute(
        "INSERT INTO periods (code, kind, start_date, end_date) VALUES ('2025', "
        "'year', '2025-01-01', '2025-12-31')"
    )
    store.execute(
        "INSERT INTO imports (kind, file_name, file_sha256, department_code, "
        "imported_at, imported_by) VALUES ('indicators', 'a.csv', 'x', 'water', "
        "'2026-01-01T00:00:00Z', 'tester')"
    )
    iid = store.scalar("SELECT max(import_id) FROM imports")
    store.execute(
        "INSERT INTO observations (unit_code, indicator_code, period_code, value, "
        "version, department_code, import_id) VALUES ('990102', 'water_use', "
        "'2025', 30304.0, 1, 'water', ?)",
        (iid,),
    )
    before = table_counts(store)
    applied = store.upgrade()
    assert applied == [2]
    assert store.schema_status().is_current
    assert table_counts(store) == before
    assert (
        store.scalar("SELECT value FROM observations_current WHERE unit_code = '990102'") == 30304.0
    )
    assert store.table_exists("remarks") and store.table_exists("dual_summaries")
    assert store.upgrade() == []
    # and it reopens as current
    target = store.target
    store.close()
    again = factory.keep(open_store(target))
    assert again.schema_status().is_current


def test_open_with_upgrade_applies_it(factory):
    store = factory.create(version=1)
    target = store.target
    store.close()
    older = factory.keep(open_store(target))
    assert older.schema_status().upgrade_available
    older.close()
    upgraded = factory.keep(open_store(target, upgrade=True))
    assert upgraded.schema_status().current == 2


def test_a_newer_schema_is_refused_and_left_alone(factory):
    store = factory.create()
    store.execute(
        "INSERT INTO schema_version (version, name, applied_at, plugin_version) "
        "VALUES (3, 'future', '2030-01-01T00:00:00Z', '9.9')"
    )
    target = store.target
    store.close()
    with pytest.raises(SchemaError) as err:
        open_store(target)
    assert "schema version 3" in str(err.value) and "Update the plugin" in str(err.value)
    raw = factory.keep(connect(target))
    assert raw.scalar("SELECT max(version) FROM schema_version") == 3
    with pytest.raises(SchemaError):
        raw.upgrade()


def test_a_plain_geopackage_is_not_a_monitoring_database(tmp_path):
    path = str(tmp_path / "plain.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("x", None, ogr.wkbPoint)
    ds = None
    with pytest.raises(SchemaError, match="not a cc_warning monitoring database"):
        open_store(path)


def test_create_refuses_an_existing_file(tmp_path):
    from cc_warning_plugin.store.db import create_geopackage

    path = tmp_path / "x.gpkg"
    path.write_bytes(b"something")
    with pytest.raises(StoreError, match="exists already"):
        create_geopackage(str(path))
    assert path.read_bytes() == b"something"


def test_geopackage_is_valid_and_lists_the_tables_for_qgis(tmp_path, request):
    from store_testing import Factory

    f = Factory("gpkg", tmp_path, request)
    try:
        store = f.create()
        catalog.seed_catalog(store)
        load_sample_units(store)
        path = store.target
        store.close()
        proc = subprocess.run([sys.executable, VALIDATOR, path], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        ds = ogr.Open(path)
        names = {ds.GetLayer(i).GetName(): ds.GetLayer(i) for i in range(ds.GetLayerCount())}
        for t in (
            "units",
            "stations",
            "observations",
            "observations_current",
            "indicators",
            "results",
            "results_current",
            "runs",
            "remarks",
        ):
            assert t in names, t
        units = names["units"]
        assert units.GetFeatureCount() == 41
        assert units.GetSpatialRef().GetAuthorityCode(None) == "4527"
        # the spatial index was kept up to date by the store's own inserts
        units.SetSpatialFilterRect(39500000, 4025000, 39501000, 4026000)
        assert 0 < units.GetFeatureCount() < 41
        assert names["indicators"].GetFeatureCount() == 35
        ds = None
    finally:
        f.close()


def test_postgres_paramstyle_translation_keeps_literal_percent(factory):
    store = factory.create()
    assert store.scalar("SELECT ? || '%'", ("50",)) == "50%"
    assert store.scalar("SELECT count(*) FROM indicators WHERE code LIKE ?", ("%x%",)) == 0
    if isinstance(store, PostgisStore):
        assert store._sql("SELECT '%' || ?") == "SELECT '%%' || %s"


def test_migration_files_are_never_built_from_user_text():
    # identifiers in the SQL come only from the files; the one substitution is the SRID
    for kind in ("gpkg", "postgis"):
        for m in migrations.migrations(kind):
            text = m.sql(4527)
            assert "@" not in text.replace("@SRID@", "")
    with pytest.raises(ValueError):
        migrations.migrations("postgis")[0].sql("4527; DROP TABLE units")


def test_references_are_enforced_on_both_backends(sample_store, tmp_path):
    from cc_warning_plugin.store import importer

    s = sample_store
    path = tmp_path / "t.csv"
    path.write_text("行政区划代码,年份,用水总量\n990102001,2025,10\n", encoding="utf-8")
    importer.import_indicators(s, str(path), "water", dry_run=False)
    iid = s.scalar("SELECT max(import_id) FROM imports")
    before = table_counts(s)
    bad_rows = [
        ("990199", "water_use", "2025", "water", iid),  # no such unit
        ("990102", "no_such", "2025", "water", iid),  # no such indicator
        ("990102", "water_use", "1990", "water", iid),  # no such period
        ("990102", "water_use", "2025", "nobody", iid),  # no such department
        ("990102", "water_use", "2025", "water", iid + 7),  # no such import
    ]
    for unit, ind, period, dept, imp in bad_rows:
        with pytest.raises(StoreError, match="refers to something that is not in the"):
            with s.transaction():
                s.execute(
                    "INSERT INTO observations (unit_code, indicator_code, period_code, "
                    "value, version, department_code, import_id) VALUES "
                    "(?, ?, ?, 1.0, 1, ?, ?)",
                    (unit, ind, period, dept, imp),
                )
    for sql in (
        "DELETE FROM units WHERE code = '990102001'",
        "UPDATE indicators SET code = 'water_use_2' WHERE code = 'water_use'",
        "DELETE FROM periods WHERE code = '2025'",
        "DELETE FROM imports",
    ):
        with pytest.raises(StoreError, match="refers to something"):
            with s.transaction():
                s.execute(sql)
    if s.kind == "postgis":
        with pytest.raises(StoreError, match="cannot be truncated"):
            with s.transaction():
                s.execute("TRUNCATE indicators CASCADE")
    assert table_counts(s) == before


def test_the_docs_show_the_dba_script_as_it_is(repo_root):
    with open(os.path.join(repo_root, "docs", "database.md"), encoding="utf-8") as fh:
        doc = fh.read()
    with open(
        os.path.join(repo_root, "cc_warning_plugin", "store", "sql", "postgis_roles.sql"),
        encoding="utf-8",
    ) as fh:
        script = fh.read()
    assert "```sql\n" + script + "```" in doc
