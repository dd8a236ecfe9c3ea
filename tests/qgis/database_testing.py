"""Helpers of the tests of the database algorithms and the dock's 数据库 tab:
databases of one backend for a test (a GeoPackage path, or a fresh
PostgreSQL database of the session's cluster reached through a connection
saved in QGIS, as a user reaches it), the sample database, saved
connections with an authentication configuration, row counts."""

import os
import sys
from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for folder in (os.path.join(ROOT, "tests", "unit", "store"), os.path.join(ROOT, "scripts")):
    if folder not in sys.path:
        sys.path.insert(0, folder)

from store_testing import ROLES_SQL, SAMPLE, table_counts  # noqa: E402,F401

MASTER_PASSWORD = "cc-test-master"


def postgres_metadata():
    return QgsProviderRegistry.instance().providerMetadata("postgres")


def save_connection(params: dict, name: str, user: Optional[str] = None, authcfg: str = "") -> str:
    """Save a QGIS PostgreSQL connection ``name`` to the database of
    ``params`` (the user of ``params`` unless ``user`` is given; "" for
    none, e.g. when an authentication configuration gives it)."""
    uri = QgsDataSourceUri()
    uri.setConnection(
        params["host"],
        str(params["port"]),
        params["dbname"],
        params.get("user", "") if user is None else user,
        "",
        QgsDataSourceUri.SslMode.SslDisable,
        authcfg,
    )
    md = postgres_metadata()
    md.saveConnection(md.createConnection(uri.uri(False), {"saveUsername": True}), name)
    return name


def remove_connection(name: str) -> None:
    md = postgres_metadata()
    if name in md.connections(False):
        md.deleteConnection(name)


def basic_auth(username: str, password: str) -> str:
    """A Basic authentication configuration in the QGIS authentication
    database (its master password set for the test session); its id."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig("Basic")
    config.setName(f"cc test {username}")
    config.setConfig("username", username)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    ok = stored[0] if isinstance(stored, tuple) else stored
    assert ok, "the authentication configuration could not be stored"
    return config.id()


def login(cluster, dbname: str, user: str, *roles: str) -> None:
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


@dataclass
class Target:
    """A database as the algorithms take it (``params``: DATABASE or
    CONNECTION) and as the store opens it (``target``)."""

    backend: str
    params: dict
    target: object
    name: str = ""


@dataclass
class Databases:
    """Fresh databases of one backend; closed, dropped and forgotten (saved
    connections included) at the end of the test."""

    backend: str
    folder: str
    request: object
    dbnames: List[str] = field(default_factory=list)
    connections: List[str] = field(default_factory=list)
    n: int = 0

    @property
    def cluster(self):
        return self.request.getfixturevalue("pg_cluster")

    def new(self, tag: str = "db", roles: bool = True) -> Target:
        """A place for a new database (nothing created yet on GeoPackage; an
        empty PostgreSQL database with the DBA's set-up script run)."""
        self.n += 1
        if self.backend == "gpkg":
            path = os.path.join(self.folder, f"{tag}_{self.n}.gpkg")
            return Target("gpkg", {"DATABASE": path}, path, path)
        params = self.cluster.new_database(tag)
        self.dbnames.append(params["dbname"])
        if roles:
            with open(ROLES_SQL, encoding="utf-8") as fh:
                self.cluster.sql(params["dbname"], fh.read())
        name = self.connection(params, f"cc {params['dbname']}")
        return Target("postgis", {"CONNECTION": name}, params, name)

    def connection(
        self, params: dict, name: str, user: Optional[str] = None, authcfg: str = ""
    ) -> str:
        save_connection(params, name, user, authcfg)
        self.connections.append(name)
        return name

    def sample(self) -> Target:
        """The sample city's database (store/sample.py)."""
        from cc_warning_plugin.store.sample import build_sample_database

        t = self.new("sample")
        build_sample_database(t.target).close()
        return t

    def open(self, t: Target):
        from cc_warning_plugin.store.db import open_store

        return open_store(t.target)

    def close(self) -> None:
        for name in self.connections:
            remove_connection(name)
        for name in self.dbnames:
            self.cluster.drop_database(name)


def counts(t: Target, tables=None):
    """Rows per table (of any schema version: the database is not checked)."""
    from cc_warning_plugin.store.db import connect

    with connect(t.target) as s:
        return table_counts(s, tables) if tables else table_counts(s)
