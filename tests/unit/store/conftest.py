"""Fixtures of the monitoring-database tests: stores on both backends (the
throw-away PostgreSQL/PostGIS cluster of the session is ``pg_cluster`` of
tests/conftest.py: a cluster that cannot start is an error of every PostGIS
test, never a skip)."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from store_testing import (
    ROLES_SQL,
    Factory,
    load_sample_units,  # noqa: E402
    table_counts,
)

from cc_warning_plugin.store import catalog  # noqa: E402


@pytest.fixture(params=["gpkg", "postgis"])
def backend(request):
    return request.param


@pytest.fixture
def factory(backend, tmp_path, request):
    f = Factory(backend, tmp_path, request)
    yield f
    f.close()


@pytest.fixture
def store(factory):
    return factory.create()


@pytest.fixture
def sample_store(store):
    """A database with the catalogue and the sample city's counties and
    townships."""
    catalog.seed_catalog(store)
    load_sample_units(store)
    return store


@pytest.fixture
def pg_factory(tmp_path, request):
    """Databases on PostgreSQL only (tests of what only PostgreSQL has:
    roles, row-level security, a connection that can break)."""
    f = Factory("postgis", tmp_path, request)
    yield f
    f.close()


@pytest.fixture
def pg_sample_store(pg_factory):
    store = pg_factory.create()
    catalog.seed_catalog(store)
    load_sample_units(store)
    return store


@pytest.fixture
def counts():
    return table_counts


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def sample_db(request, tmp_path_factory):
    """The sample city's database (built once per module and backend; tests
    using it only read)."""
    from cc_warning_plugin.store.sample import build_sample_database

    if request.param == "gpkg":
        target = str(tmp_path_factory.mktemp("sample") / "shifan_monitoring.gpkg")
        store = build_sample_database(target)
        store.target = target
        yield store
        store.close()
        return
    cluster = request.getfixturevalue("pg_cluster")
    params = cluster.new_database("sample")
    with open(ROLES_SQL, encoding="utf-8") as fh:
        cluster.sql(params["dbname"], fh.read())
    store = build_sample_database(params)
    store.target = params
    yield store
    store.close()
    cluster.drop_database(params["dbname"])
