"""Fixtures of the monitoring-database tests: a throw-away PostgreSQL/PostGIS
cluster for the session (scripts/pg_cluster.py: initdb in a temporary
folder, a Unix socket there, stopped and removed at the end — also when
tests fail) and stores on both backends. A cluster that cannot start is an
error of every PostGIS test, never a skip."""

import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from pg_cluster import Cluster  # noqa: E402

from cc_warning_plugin.store import catalog, units  # noqa: E402
from cc_warning_plugin.store.db import create_geopackage, create_postgis  # noqa: E402

SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
ROLES_SQL = os.path.join(ROOT, "cc_warning_plugin", "store", "sql", "postgis_roles.sql")


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


class Factory:
    """Makes fresh databases of one backend and closes / drops them after the
    test."""

    def __init__(self, backend, tmp_path, request):
        self.backend = backend
        self.tmp_path = tmp_path
        self.request = request
        self.stores = []
        self.databases = []
        self._n = 0

    @property
    def cluster(self):
        return self.request.getfixturevalue("pg_cluster")

    def new_target(self):
        """A place for a new database: a .gpkg path, or the parameters of a
        fresh PostgreSQL database where the DBA script has run."""
        self._n += 1
        if self.backend == "gpkg":
            return str(self.tmp_path / f"monitoring_{self._n}.gpkg")
        params = self.cluster.new_database()
        self.databases.append(params["dbname"])
        with open(ROLES_SQL, encoding="utf-8") as fh:
            self.cluster.sql(params["dbname"], fh.read())
        return params

    def create(self, version=None, srs="EPSG:4527"):
        target = self.new_target()
        if self.backend == "gpkg":
            store = create_geopackage(target, srs=srs, version=version)
        else:
            store = create_postgis(target, srid=int(str(srs).split(":")[-1]), version=version)
        store.target = target
        self.stores.append(store)
        return store

    def keep(self, store):
        self.stores.append(store)
        return store

    def close(self):
        for s in self.stores:
            s.close()
        for name in self.databases:
            self.cluster.drop_database(name)


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


def load_sample_units(store):
    gpkg = os.path.join(SAMPLE, "shifan.gpkg")
    counties = units.read_units_layer(gpkg, "county", "county", "行政区划代码", "名称",
                                      name_en_field="name_en", target_srid=store.srid)
    towns = units.read_units_layer(gpkg, "township", "township", "乡镇代码", "乡镇名称",
                                   parent_field="行政区划代码", target_srid=store.srid)
    units.load_units(store, counties, "county")
    units.load_units(store, towns, "township")


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


def table_counts(store, tables=("units", "departments", "indicators", "periods", "imports",
                                "observations", "stations", "station_observations",
                                "qc_findings", "runs", "results")):
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in tables}


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
