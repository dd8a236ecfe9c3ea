"""Connections: QGIS saved-connection URIs to psycopg2 parameters, DSNs, and
no password in any text the store shows or writes."""

import pytest

from cc_warning_plugin.store.connection import (
    describe_params,
    params_from_qgis_uri,
    pg_params,
    sanitize,
)
from cc_warning_plugin.store.db import PostgisStore, open_store
from cc_warning_plugin.store.errors import StoreError

SECRET = "s3cr'et Pw"


def test_qgis_uri_with_authcfg_and_a_resolved_password():
    uri = (
        "dbname='cc warning' host=db.example.cn port=5433 user='wang' sslmode=require "
        "authcfg=a1b2c3d key='id' srid=4527 type=MultiPolygon "
        'checkPrimaryKeyUnicity=\'1\' table="cc_warning"."units" (geom)'
    )
    assert params_from_qgis_uri(uri, password=SECRET) == {
        "host": "db.example.cn",
        "port": "5433",
        "dbname": "cc warning",
        "user": "wang",
        "sslmode": "require",
        "password": SECRET,
    }
    # the authcfg cannot be resolved here: say so
    with pytest.raises(StoreError, match="authentication configuration a1b2c3d"):
        params_from_qgis_uri(uri)


def test_qgis_uri_variants():
    # an escaped quote, an sslmode enum as QGIS settings store it, a service
    p = params_from_qgis_uri(r"dbname='o\'brien' host=h user='u' sslmode=1", password="")
    assert p["dbname"] == "o'brien" and p["sslmode"] == "disable"
    assert params_from_qgis_uri("service='cc' sslmode=SslVerifyFull")["sslmode"] == "verify-full"
    with pytest.raises(StoreError, match="sslmode 'sometimes'"):
        params_from_qgis_uri("dbname=x sslmode=sometimes")
    with pytest.raises(StoreError, match="no database"):
        params_from_qgis_uri("host=h user=u")


def test_dsn_forms():
    assert pg_params("postgresql://li@db:5432/cc?sslmode=prefer") == {
        "user": "li",
        "host": "db",
        "port": "5432",
        "dbname": "cc",
        "sslmode": "prefer",
    }
    assert pg_params({"host": "db", "dbname": "cc", "port": 5432}) == {
        "host": "db",
        "dbname": "cc",
        "port": "5432",
    }
    with pytest.raises(StoreError) as err:
        pg_params(f"host=db dbname=cc password='{SECRET}' colour=blue")
    assert SECRET not in str(err.value)


def test_sanitize_removes_passwords_in_every_form():
    text = (
        f"password={SECRET} password='{SECRET}' postgresql://li:{SECRET}@db/cc "
        f"and the bare secret {SECRET}"
    )
    out = sanitize(text, [SECRET])
    assert SECRET not in out and "s3cr" not in out
    assert "postgresql://li:***@db/cc" in out
    assert (
        describe_params(
            {"user": "li", "host": "db", "port": "5433", "dbname": "cc", "password": SECRET}
        )
        == "li@db:5433/cc"
    )


def test_a_failed_connection_names_the_database_but_not_the_password(pg_cluster):
    params = dict(pg_cluster.params("no_such_db"), password=SECRET)
    with pytest.raises(StoreError) as err:
        open_store(params)
    msg = str(err.value)
    assert "no_such_db" in msg and "Check the host" in msg
    assert SECRET not in msg and "s3cr" not in msg


def test_an_open_store_describes_itself_without_the_password(pg_factory):
    store = pg_factory.create()
    s = PostgisStore(dict(store.target, password=SECRET))
    try:
        assert SECRET not in s.describe() and SECRET not in repr(s.params)
        assert "schema cc_warning" in s.describe()
    finally:
        s.close()
