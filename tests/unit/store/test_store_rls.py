"""Roles and row-level security on PostgreSQL (the DBA's
sql/postgis_roles.sql and the policies of the migrations), tested by
connecting as a department's editor, a reader and a county reader: a
refused write leaves nothing behind."""

import pytest

from cc_warning_plugin.store import evaluation, importer
from cc_warning_plugin.store.db import PostgisStore
from cc_warning_plugin.store.errors import ImportRejected, PermissionRefused

from store_testing import table_counts

WATER = (
    "行政区划代码,年份,用水总量,地下水供水量\n990102,2025,30304.0,2750.0\n"
    "990103,2025,18720.0,2400.0\n"
)
AIR = "行政区划代码,年份,SO2年均浓度,PM2.5年均浓度\n990102,2025,12,52\n"
MIXED = "行政区划代码,年份,用水总量,PM2.5年均浓度\n990102,2025,30304.0,52\n"


def login(cluster, dbname, user, *roles):
    """A login role (trust authentication of the test cluster) in ``roles``."""
    cluster.sql(
        dbname,
        f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{user}') THEN
            CREATE ROLE {user} LOGIN;
        END IF; END $$""",
    )
    for r in roles:
        cluster.sql(dbname, f"GRANT {r} TO {user}")


def connect_as(store, user):
    params = dict(store.target, user=user)
    return PostgisStore(params)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


@pytest.fixture
def db(pg_sample_store, pg_cluster):
    name = pg_sample_store.target["dbname"]
    login(pg_cluster, name, "wang", "cc_editor_water")
    login(pg_cluster, name, "liu", "cc_editor_ecology_environment")
    login(pg_cluster, name, "zhao", "cc_reader")
    return pg_sample_store


def test_tables_are_owned_by_the_admin_role(db):
    owners = {
        r[0] for r in db.query("SELECT tableowner FROM pg_tables WHERE schemaname = 'cc_warning'")
    }
    assert owners == {"cc_admin"}
    assert (
        db.scalar(
            "SELECT relrowsecurity FROM pg_class WHERE oid = 'cc_warning.observations'::regclass"
        )
        is True
    )


def test_an_editor_writes_the_indicators_of_the_department(db, tmp_path):
    wang = connect_as(db, "wang")
    try:
        assert wang.rls_active("observations")
        rep = importer.import_indicators(
            wang, write(tmp_path, "w.csv", WATER), "water", dry_run=False
        )
        assert rep.written and rep.added == 4
    finally:
        wang.close()
    assert db.query("SELECT DISTINCT imported_by, department_code FROM observations_current") == [
        ("wang", "water")
    ]


def test_claiming_another_department_is_refused_and_nothing_written(db, tmp_path):
    before = table_counts(db)
    wang = connect_as(db, "wang")
    try:
        with pytest.raises(PermissionRefused) as err:
            importer.import_indicators(
                wang, write(tmp_path, "air.csv", AIR), "ecology_environment", dry_run=False
            )
    finally:
        wang.close()
    msg = str(err.value)
    assert "row-level security refused a row of table imports for the role wang" in msg
    assert "Nothing was written" in msg
    assert table_counts(db) == before


def test_another_departments_indicator_in_a_combined_file_is_refused(db, tmp_path):
    before = table_counts(db)
    wang = connect_as(db, "wang")
    try:
        with pytest.raises(PermissionRefused) as err:
            importer.import_indicators(
                wang, write(tmp_path, "mixed.csv", MIXED), None, dry_run=False
            )
    finally:
        wang.close()
    assert "table observations for the role wang" in str(err.value)
    assert "supplying department" in str(err.value)
    # the water value of the same file was not written either
    assert table_counts(db) == before


def test_the_python_check_names_the_supplier_before_the_database_refuses(db, tmp_path):
    liu = connect_as(db, "liu")
    try:
        with pytest.raises(ImportRejected, match="supplied by department water"):
            importer.import_indicators(
                liu, write(tmp_path, "w.csv", WATER), "ecology_environment", dry_run=False
            )
        rep = importer.import_indicators(
            liu, write(tmp_path, "a.csv", AIR), "ecology_environment", dry_run=False
        )
        assert rep.added == 2
    finally:
        liu.close()


def test_values_cannot_be_changed_in_place(db, tmp_path):
    importer.import_indicators(db, write(tmp_path, "w.csv", WATER), "water", dry_run=False)
    wang = connect_as(db, "wang")
    try:
        for sql in ("UPDATE observations SET value = 1", "DELETE FROM observations"):
            with pytest.raises(PermissionRefused, match="may not write table observations"):
                wang.execute(sql)
    finally:
        wang.close()
    assert db.scalar("SELECT count(*) FROM observations WHERE value = 1") == 0
    assert db.scalar("SELECT count(*) FROM observations") == 4


def test_a_reader_reads_but_cannot_import(db, tmp_path):
    importer.import_indicators(db, write(tmp_path, "w.csv", WATER), "water", dry_run=False)
    before = table_counts(db)
    zhao = connect_as(db, "zhao")
    try:
        assert zhao.scalar("SELECT count(*) FROM observations_current") == 4
        assert zhao.scalar("SELECT count(*) FROM units") == 41
        with pytest.raises(PermissionRefused):
            importer.import_indicators(
                zhao,
                write(tmp_path, "w2.csv", WATER.replace("30304.0", "1.0")),
                "water",
                dry_run=False,
            )
    finally:
        zhao.close()
    assert table_counts(db) == before


def test_a_county_reader_reads_only_its_units(db, tmp_path, pg_cluster):
    from cc_warning_plugin.core.profile import load_profile

    importer.import_indicators(db, write(tmp_path, "w.csv", WATER), "water", dry_run=False)
    p = load_profile()
    evaluation.write_run(
        db,
        evaluation.make_run("test", p, period=2025),
        [
            {"unit_code": "990102", "warning_level": "red"},
            {"unit_code": "990103", "warning_level": "green"},
        ],
    )
    name = db.target["dbname"]
    pg_cluster.sql(
        name,
        """DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cc_county_990102') THEN
            CREATE ROLE cc_county_990102 NOLOGIN IN ROLE cc_reader;
        END IF; END $$""",
    )
    login(pg_cluster, name, "chen", "cc_county_990102")
    chen = connect_as(db, "chen")
    zhao = connect_as(db, "zhao")
    try:
        # not turned on yet: the county role reads everything
        assert chen.scalar("SELECT count(*) FROM units") == 41
        db.execute(
            "INSERT INTO county_readers (role_name, county_code) VALUES "
            "('cc_county_990102', '990102')"
        )
        codes = [r[0] for r in chen.query("SELECT code FROM units ORDER BY code")]
        assert codes[0] == "990102" and len(codes) == 5
        assert all(c.startswith("990102") for c in codes)
        assert {r[0] for r in chen.query("SELECT unit_code FROM observations_current")} == {
            "990102"
        }
        assert [r[0] for r in chen.query("SELECT unit_code FROM results_current")] == ["990102"]
        # other readers are not restricted
        assert zhao.scalar("SELECT count(*) FROM units") == 41
        assert zhao.scalar("SELECT count(*) FROM results_current") == 2
    finally:
        chen.close()
        zhao.close()
