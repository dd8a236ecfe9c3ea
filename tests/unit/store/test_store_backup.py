"""Backup and restore: a consistent copy of an open GeoPackage, and a
PostGIS database exported to a GeoPackage and restored into a new one —
every row of every table comes back."""

import os
import sqlite3

import pytest

from cc_warning_plugin.store import backup, evaluation
from cc_warning_plugin.store.db import create_geopackage, create_postgis, open_store
from cc_warning_plugin.store.errors import StoreError

TABLE_SQL = {t: f"SELECT * FROM {t} ORDER BY {o}" for t, o in backup.TABLES}


def rows(store, table):
    """Every row of a table, comparable across backends (times as text,
    geometries as WKB, booleans as 0/1)."""
    cols = store.table_columns(table)
    sel = ", ".join(store.geom_out(c) if c == "geom" else c for c in cols)
    order = dict(backup.TABLES)[table]
    out = []
    for r in store.query(f"SELECT {sel} FROM {table} ORDER BY {order}"):
        rec = {}
        for c, v in zip(cols, r):
            if c == "geom":
                v = store.wkb(v)
            elif isinstance(v, bool):
                v = int(v)
            elif hasattr(v, "isoformat"):
                v = v.isoformat()
            rec[c] = v
        out.append(rec)
    return out


def same_times(a, b):
    """'2026-01-01T00:00:00.123Z' and '2026-01-01T00:00:00.123000+00:00' are one time."""
    import pandas as pd

    if (
        isinstance(a, str)
        and isinstance(b, str)
        and len(a) >= 19
        and a[4] == "-"
        and a[10:11] in ("T", " ")
        and b[10:11] in ("T", " ")
    ):
        try:
            return pd.Timestamp(a) == pd.Timestamp(b)
        except ValueError:
            return a == b
    return a == b


def assert_same_content(a, b):
    ca, cb = backup.table_counts(a), backup.table_counts(b)
    assert ca == cb
    for t, _ in backup.TABLES:
        if t == "store_info":
            continue
        ra, rb = rows(a, t), rows(b, t)
        assert len(ra) == len(rb), t
        for x, y in zip(ra, rb):
            for c in x:
                assert same_times(x[c], y[c]) or (x[c] == pytest.approx(y[c])), (t, c, x[c], y[c])


def test_backup_of_an_open_geopackage_while_it_is_written(tmp_path):
    from cc_warning_plugin.store.sample import build_sample_database

    src_path = str(tmp_path / "live.gpkg")
    s = build_sample_database(src_path, evaluate=False)
    try:
        # another connection is in the middle of a write when the backup starts
        other = sqlite3.connect(src_path, isolation_level=None)
        other.execute("BEGIN")
        other.execute("INSERT INTO departments (code, name_zh, name_en) VALUES ('tmp', 'x', 'x')")
        dest = backup.backup_geopackage(s, str(tmp_path / "copy.gpkg"))
        other.execute("ROLLBACK")
        other.close()
        copy = open_store(dest)
        try:
            assert_same_content(s, copy)
            assert copy.scalar("SELECT count(*) FROM departments WHERE code = 'tmp'") == 0
            assert copy.schema_status().is_current
        finally:
            copy.close()
        with pytest.raises(StoreError, match="exists already"):
            backup.backup_geopackage(s, dest)
        # a path works as well (read-only source)
        dest2 = backup.backup_geopackage(src_path, str(tmp_path / "copy2.gpkg"))
        assert os.path.getsize(dest2) > 0
    finally:
        s.close()


def test_postgis_to_geopackage_and_back_keeps_every_row(pg_cluster, tmp_path):
    from store_testing import ROLES_SQL
    from cc_warning_plugin.store.sample import build_sample_database

    params = pg_cluster.new_database("src")
    with open(ROLES_SQL, encoding="utf-8") as fh:
        roles = fh.read()
    pg_cluster.sql(params["dbname"], roles)
    src = build_sample_database(params)
    dst_params = pg_cluster.new_database("dst")
    pg_cluster.sql(dst_params["dbname"], roles)
    dst = None
    try:
        evaluation.add_remark(src, "一条会商意见", "consultation", unit_code="990102")
        exported = str(tmp_path / "export.gpkg")
        counts = backup.export_to_geopackage(src, exported)
        assert counts["observations"] == src.scalar("SELECT count(*) FROM observations")
        # 8 counties × 3 evaluated periods (2015, 2020, 2025)
        assert counts["results"] == 24 and counts["station_observations"] > 30000
        gp = open_store(exported)
        try:
            assert_same_content(src, gp)
        finally:
            gp.close()
        dst = create_postgis(dst_params, srid=4527)
        back = backup.restore_from_geopackage(exported, dst)
        assert back == counts
        assert_same_content(src, dst)
        # the restored database goes on working: new ids follow the restored ones
        rid = evaluation.add_remark(dst, "after restore", unit_code="990103")
        assert rid == src.scalar("SELECT max(remark_id) FROM remarks") + 1
        assert evaluation.current_results(dst, 2025) == evaluation.current_results(src, 2025)
        # a restore only goes into an empty database
        with pytest.raises(StoreError, match="not empty"):
            backup.restore_from_geopackage(exported, dst)
    finally:
        src.close()
        if dst is not None:
            dst.close()
        pg_cluster.drop_database(params["dbname"])
        pg_cluster.drop_database(dst_params["dbname"])


def test_restore_into_a_geopackage_and_the_crs_check(tmp_path):
    from cc_warning_plugin.store.sample import build_sample_database

    src = build_sample_database(str(tmp_path / "a.gpkg"))
    try:
        dst = create_geopackage(str(tmp_path / "b.gpkg"))
        try:
            backup.copy_tables(src, dst)
            assert_same_content(src, dst)
        finally:
            dst.close()
        other = create_geopackage(str(tmp_path / "c.gpkg"), srs="EPSG:4490")
        try:
            with pytest.raises(StoreError, match="EPSG:4527"):
                backup.copy_tables(src, other)
            assert backup.table_counts(other)["units"] == 0
        finally:
            other.close()
    finally:
        src.close()
