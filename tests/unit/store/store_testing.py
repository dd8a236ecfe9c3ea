"""Helpers of the monitoring-database tests (imported by conftest.py and the
tests): where the sample data and the DBA script are, a factory of fresh
databases on one backend, the sample units, row counts."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
if os.path.join(ROOT, "scripts") not in sys.path:
    sys.path.insert(0, os.path.join(ROOT, "scripts"))

from cc_warning_plugin.store import units  # noqa: E402
from cc_warning_plugin.store.db import create_geopackage, create_postgis  # noqa: E402

SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
ROLES_SQL = os.path.join(ROOT, "cc_warning_plugin", "store", "sql", "postgis_roles.sql")


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


def load_sample_units(store):
    gpkg = os.path.join(SAMPLE, "shifan.gpkg")
    counties = units.read_units_layer(
        gpkg,
        "county",
        "county",
        "行政区划代码",
        "名称",
        name_en_field="name_en",
        target_srid=store.srid,
    )
    towns = units.read_units_layer(
        gpkg,
        "township",
        "township",
        "乡镇代码",
        "乡镇名称",
        parent_field="行政区划代码",
        target_srid=store.srid,
    )
    units.load_units(store, counties, "county")
    units.load_units(store, towns, "township")


def table_counts(
    store,
    tables=(
        "units",
        "departments",
        "indicators",
        "periods",
        "imports",
        "observations",
        "stations",
        "station_observations",
        "qc_findings",
        "runs",
        "results",
    ),
):
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in tables}
