"""One small DB-API layer over ``sqlite3`` (GeoPackage) and ``psycopg2``
(PostgreSQL/PostGIS), so that every other module of the store runs the same
SQL on both.

* SQL is written once with ``?`` placeholders; the PostgreSQL side turns
  them into ``%s`` (and a literal ``%`` into ``%%``). Every value is a
  parameter; identifiers come only from the store's own constants.
* Transactions are explicit (:meth:`Store.transaction`): all statements
  of an import, a run or an upgrade are written together or not at all.
  Outside a transaction each statement commits by itself (reads leave no
  transaction open on a shared server).
* Driver errors become :class:`StoreError` subclasses whose message names
  the database (without a password), the table and what to do: a locked or
  read-only GeoPackage, a lost connection, a refusal by privileges or
  row-level security, a concurrent change.
* Geometry: WKB in and out; :meth:`Store.geom_in` / :meth:`Store.geom_out`
  give the SQL expression for each backend.

Open a database with :func:`open_store`, make one with
:func:`create_geopackage` or :func:`create_postgis`.
"""

import contextlib
import csv
import datetime
import getpass
import io
import os
import re
import sqlite3
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional, Sequence

from ..core.i18n import tr
from . import gpkg
from .connection import describe_params, pg_params, sanitize
from .errors import (
    ConcurrentChange,
    ConnectionLost,
    LockedError,
    PermissionRefused,
    ReadOnlyError,
    SchemaError,
    StoreError,
)

#: PostgreSQL schema holding the tables (a constant: never from user text)
PG_SCHEMA = "cc_warning"
#: seconds a GeoPackage waits for another program's lock before giving up
DEFAULT_LOCK_TIMEOUT = 5.0
#: SQLite page cache of a GeoPackage connection (KiB)
CACHE_KIB = 128 * 1024

_TABLE_IN_MESSAGE = re.compile(r'(?:table|relation) "?([a-z_]+)"?', re.I)


def utc_now() -> str:
    """The current time, ISO 8601 UTC with a ``Z`` (GeoPackage DATETIME)."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@lru_cache(maxsize=1)
def _default_profile():
    from ..core.profile import load_profile

    return load_profile()


def profile_or_default(profile=None):
    """``profile``, or the built-in default (read once: the store only reads
    the ``database`` section and the chain's field lists from it)."""
    return profile if profile is not None else _default_profile()


def plugin_version() -> str:
    """Version of the plugin from metadata.txt (beside the package in the
    zip, one folder up in the source tree)."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for path in (
        os.path.join(here, "metadata.txt"),
        os.path.join(os.path.dirname(here), "metadata.txt"),
    ):
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("version="):
                        return line.split("=", 1)[1].strip()
    return "unknown"


class Store:
    """An open monitoring database. Use :func:`open_store`."""

    kind = ""
    #: exception classes of the driver (translated into StoreError)
    _driver_errors: tuple = ()

    def __init__(self):
        self._conn = None
        self._in_tx = False
        self._tx_action = ""
        self.user = ""
        self.srid: Optional[int] = None

    # -- to be provided by a backend ----------------------------------------
    def _sql(self, sql: str) -> str:
        return sql

    def _translate(self, exc: Exception, action: str) -> StoreError:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError

    def geom_in(self) -> str:
        """SQL expression taking a geometry parameter (see :meth:`geom_value`)."""
        raise NotImplementedError

    def geom_value(self, wkb: Optional[bytes]):
        raise NotImplementedError

    def geom_out(self, column: str) -> str:
        """SQL expression reading ``column`` (a constant) as WKB."""
        raise NotImplementedError

    def wkb(self, value) -> Optional[bytes]:
        raise NotImplementedError

    def bulk_insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
        raise NotImplementedError

    def table_columns(self, table: str) -> List[str]:
        raise NotImplementedError

    def table_exists(self, table: str) -> bool:
        raise NotImplementedError

    def _begin_sql(self) -> str:
        return "BEGIN"

    # -- errors both backends report alike ---------------------------------------
    @staticmethod
    def _dangling_reference() -> str:
        """A foreign key refused a row, or the removal of a row still referred to."""
        return tr(
            "{db}: a row refers to something that is not in the database, or something "
            "still referred to would disappear, while {action} ({error}). Nothing was "
            "written."
        )

    @staticmethod
    def _other_error() -> str:
        """Any error the backend does not explain further."""
        return tr("{db}: error while {action}: {error}")

    # -- statements ---------------------------------------------------------
    @contextlib.contextmanager
    def _errors(self, action: str):
        try:
            yield
        except self._driver_errors as exc:
            raise self._translate(exc, action) from None

    def execute(self, sql: str, params: Sequence = (), action: str = ""):
        """Run one statement; returns the cursor."""
        with self._errors(action or self._tx_action or tr("reading the database")):
            cur = self._conn.cursor()
            cur.execute(self._sql(sql), tuple(params))
            return cur

    def query(self, sql: str, params: Sequence = ()) -> List[tuple]:
        return self.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Sequence = ()):
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def query_dicts(self, sql: str, params: Sequence = ()) -> List[Dict[str, Any]]:
        cur = self.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def query_frame(self, sql: str, params: Sequence = ()):
        import pandas as pd

        cur = self.execute(sql, params)
        names = [d[0] for d in cur.description]
        return pd.DataFrame.from_records(cur.fetchall(), columns=names)

    def executemany(self, sql: str, rows: Iterable[Sequence], action: str = "") -> None:
        with self._errors(action or self._tx_action or tr("writing to the database")):
            self._conn.cursor().executemany(self._sql(sql), rows)

    def insert_returning(self, sql: str, params: Sequence, action: str = "") -> int:
        """Run an ``INSERT … RETURNING <id>`` and return the id."""
        cur = self.execute(sql, params, action)
        return int(cur.fetchone()[0])

    @contextlib.contextmanager
    def transaction(self, action: str = ""):
        """All statements inside are written together or not at all."""
        if self._in_tx:
            raise StoreError(
                tr("Internal error: a transaction is already open on {db}.").format(
                    db=self.describe()
                )
            )
        action = action or tr("writing to the database")
        with self._errors(action):
            self._conn.cursor().execute(self._begin_sql())
        self._in_tx = True
        self._tx_action = action
        try:
            with self._errors(action):
                yield self
                self._conn.cursor().execute("COMMIT")
        except BaseException:
            self._rollback()
            raise
        finally:
            self._in_tx = False
            self._tx_action = ""

    def _rollback(self) -> None:
        # a connection that broke has nothing to roll back: the server did it
        if self._conn is None or self._closed():
            return
        try:
            self._conn.cursor().execute("ROLLBACK")
        except self._driver_errors:
            # the connection broke while rolling back: the server rolls back itself
            return

    def _closed(self) -> bool:
        return False

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- schema version (see migrations.py) ---------------------------------
    def schema_status(self):
        from .migrations import status

        return status(self)

    def require_current(self) -> None:
        """Raise :class:`SchemaError` unless the schema is the plugin's."""
        st = self.schema_status()
        if not st.is_current:
            raise SchemaError(st.message)

    def upgrade(self, feedback=None) -> List[int]:
        """Apply the pending migrations in one transaction; returns their
        versions."""
        from .migrations import upgrade

        return upgrade(self, feedback=feedback)


# -- GeoPackage -----------------------------------------------------------------


class GeoPackageStore(Store):
    kind = "gpkg"
    _driver_errors = (sqlite3.Error,)

    def __init__(
        self,
        path: str,
        read_only: bool = False,
        timeout: float = DEFAULT_LOCK_TIMEOUT,
        user: Optional[str] = None,
    ):
        super().__init__()
        self.path = os.path.abspath(path)
        self.read_only = read_only
        uri = "file:" + self.path.replace("?", "%3f").replace("#", "%23")
        uri += "?mode=ro" if read_only else "?mode=rw"
        try:
            self._conn = sqlite3.connect(
                uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise self._translate(exc, tr("opening the database")) from None
        gpkg.register_functions(self._conn)
        with self._errors(tr("opening the database")):
            self._conn.execute("PRAGMA foreign_keys = ON")
            # a bigger page cache keeps the indexes of a large import in memory
            self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._conn.execute("PRAGMA temp_store = MEMORY")
            row = self._conn.execute(
                "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'units'"
            ).fetchone()
        self.srs_id = int(row[0]) if row else 0
        self.srid = self._epsg(self.srs_id)
        self.user = user or _os_user()

    def _epsg(self, srs_id: int) -> Optional[int]:
        row = self._conn.execute(
            "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys "
            "WHERE srs_id = ?",
            (srs_id,),
        ).fetchone()
        if row and str(row[0]).upper() == "EPSG":
            return int(row[1])
        return srs_id or None

    def describe(self) -> str:
        return tr("GeoPackage {path}").format(path=self.path)

    def _begin_sql(self) -> str:
        return "BEGIN IMMEDIATE"

    def _translate(self, exc, action):
        text = str(exc)
        low = text.lower()
        # SQLite cannot create the journal beside an existing file: its folder
        # is read-only (it says "unable to open database file")
        journal = "unable to open" in low and os.path.isfile(self.path)
        if "locked" in low or "busy" in low:
            cls, message = (
                LockedError,
                tr(
                    "{db} is locked by another program while {action} (QGIS editing one of its "
                    "layers, another import, a sync tool). Save or stop the edits there, or close "
                    "that program, and try again. Nothing was written."
                ),
            )
        elif "readonly" in low or "read-only" in low or "read only" in low or journal:
            cls, message = (
                ReadOnlyError,
                tr(
                    "{db} cannot be written while {action}: the file or its folder is read-only, "
                    "or it was opened read-only. Copy it to a folder you can write, or change its "
                    "permissions. Nothing was written."
                ),
            )
        elif "unable to open" in low or "no such file" in low:
            cls, message = (
                StoreError,
                tr(
                    "{db} cannot be opened: the file does not exist or cannot be read. Check the "
                    "path, or create the database first."
                ),
            )
        elif "not a database" in low or "malformed" in low:
            cls, message = (
                StoreError,
                tr("{db} is not a GeoPackage or is damaged ({error}). Restore it from a backup."),
            )
        elif "foreign key" in low:
            cls, message = StoreError, self._dangling_reference()
        elif isinstance(exc, sqlite3.IntegrityError):
            cls, message = (
                ConcurrentChange,
                tr(
                    "{db}: a constraint refused a row while {action} ({error}). Nothing was "
                    "written; if another import ran at the same time, run this one again."
                ),
            )
        else:
            cls, message = StoreError, self._other_error()
        return cls(message.format(db=self.describe(), action=action, error=text))

    def geom_in(self) -> str:
        return "?"

    def geom_value(self, wkb):
        return gpkg.to_blob(wkb, self.srs_id)

    def geom_out(self, column: str) -> str:
        return column

    def wkb(self, value):
        return gpkg.from_blob(value)

    def bulk_insert(self, table, columns, rows) -> int:
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        )
        n = 0

        def counted():
            nonlocal n
            for r in rows:
                n += 1
                yield r

        self.executemany(sql, counted())
        return n

    def table_columns(self, table):
        return [r[1] for r in self.query(f"PRAGMA table_info({table})")]

    def table_exists(self, table):
        return bool(
            self.scalar(
                "SELECT count(*) FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')",
                (table,),
            )
        )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry for the uid (containers)
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


# -- PostgreSQL / PostGIS -------------------------------------------------------


class PostgisStore(Store):
    kind = "postgis"

    def __init__(self, target, connect_timeout: int = 10):
        super().__init__()
        import psycopg2

        self._pg = psycopg2
        self._driver_errors = (psycopg2.Error,)
        params = pg_params(target)
        self._secret = params.get("password")
        self.params = {k: v for k, v in params.items() if k != "password"}
        params.setdefault("connect_timeout", str(connect_timeout))
        params.setdefault("application_name", "cc_warning_plugin")
        params["options"] = f"-c search_path={PG_SCHEMA},public"
        try:
            self._conn = psycopg2.connect(**params)
        except psycopg2.Error as exc:
            raise StoreError(
                tr(
                    "Cannot connect to PostgreSQL {db}: {error} Check the host, port, database, "
                    "user and password of the connection."
                ).format(db=self.describe(), error=self.sanitize(str(exc)).strip())
            ) from None
        self._conn.autocommit = True
        self.user = self.scalar("SELECT current_user")
        self.backend_pid = self.scalar("SELECT pg_backend_pid()")
        if self.table_exists("units"):
            self.srid = self.scalar("SELECT Find_SRID(?, 'units', 'geom')", (PG_SCHEMA,))

    def sanitize(self, text: str) -> str:
        return sanitize(text, [self._secret])

    def describe(self) -> str:
        return tr("PostgreSQL database {where} (schema {schema})").format(
            where=describe_params(self.params), schema=PG_SCHEMA
        )

    @staticmethod
    @lru_cache(maxsize=512)
    def _convert(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _sql(self, sql):
        return self._convert(sql)

    def _closed(self):
        return bool(self._conn.closed)

    def _translate(self, exc, action):
        pg = self._pg
        text = self.sanitize(str(exc)).strip()
        code = getattr(exc, "pgcode", None) or ""
        m = _TABLE_IN_MESSAGE.search(str(exc))
        table = m.group(1) if m else ""
        if isinstance(exc, (pg.OperationalError, pg.InterfaceError)) and (
            self._conn.closed or code.startswith("57P") or code.startswith("08") or not code
        ):
            cls, message = (
                ConnectionLost,
                tr(
                    "The connection to {db} was lost while {action} ({error}). The server rolled "
                    "the open transaction back: nothing of it was written. Check the network and "
                    "the server, reconnect and run it again."
                ),
            )
        elif code == "42501" and "row-level security" in text:
            cls, message = (
                PermissionRefused,
                tr(
                    "{db}: row-level security refused a row of table {table} for the role "
                    "{role} while {action}: a department's editor may only write the "
                    "indicators its department supplies. Sign in as an editor of the "
                    "supplying department, or ask the administrator to change the indicator's "
                    "department. Nothing was written."
                ),
            )
        elif code == "42501" and table:  # insufficient_privilege
            cls, message = (
                PermissionRefused,
                tr(
                    "{db}: the role {role} may not write table {table} while {action} "
                    "({error}). Ask the administrator for the privilege, or sign in with a "
                    "role "
                    "that has it. Nothing was written."
                ),
            )
        elif code == "42501":
            cls, message = (
                PermissionRefused,
                tr(
                    "{db}: the role {role} lacks a privilege needed for {action} ({error}). Ask "
                    "the administrator, or sign in with a role that has it. Nothing was "
                    "written."
                ),
            )
        elif code == "23503":
            cls, message = StoreError, self._dangling_reference()
        elif code in ("23505", "40001", "40P01"):
            cls, message = (
                ConcurrentChange,
                tr(
                    "{db}: another session changed the same rows while {action} ({error}). "
                    "Nothing was written; run it again."
                ),
            )
        elif code == "25006":
            cls, message = (
                ReadOnlyError,
                tr(
                    "{db} is read-only (a standby server or a read-only transaction) while "
                    "{action}. Connect to the primary server."
                ),
            )
        else:
            cls, message = StoreError, self._other_error()
        return cls(
            message.format(
                db=self.describe(), action=action, error=text, role=self.user, table=table
            )
        )

    def geom_in(self) -> str:
        return "CAST(? AS geometry)"

    def geom_value(self, wkb):
        """Hex EWKB with the database's SRID: the same text serves a
        parameter and a COPY row."""
        if wkb is None:
            return None
        from osgeo import ogr

        geom = gpkg.geometry_of(wkb)
        geom.FlattenTo2D()
        flat = bytes(geom.ExportToWkb(ogr.wkbNDR))
        gtype = int.from_bytes(flat[1:5], "little")
        ewkb = (
            flat[:1]
            + (gtype | 0x20000000).to_bytes(4, "little")
            + int(self.srid or 0).to_bytes(4, "little")
            + flat[5:]
        )
        return ewkb.hex()

    def geom_out(self, column: str) -> str:
        return f"ST_AsBinary({column})"

    def wkb(self, value):
        return None if value is None else bytes(value)

    def rls_active(self, table: str) -> bool:
        return bool(
            self.scalar("SELECT row_security_active(?::regclass)", (f"{PG_SCHEMA}.{table}",))
        )

    def bulk_insert(self, table, columns, rows) -> int:
        """COPY (the fastest way in) unless row-level security applies to
        the current role (COPY FROM does not support it): then multi-row
        INSERTs."""
        action = tr("writing table {table}").format(table=table)
        if self.rls_active(table):
            from psycopg2.extras import execute_values

            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES %s"
            n = 0
            batch: List[Sequence] = []
            with self._errors(action):
                cur = self._conn.cursor()
                for r in rows:
                    batch.append(r)
                    if len(batch) >= 5000:
                        execute_values(cur, sql, batch, page_size=5000)
                        n += len(batch)
                        batch = []
                if batch:
                    execute_values(cur, sql, batch, page_size=5000)
                    n += len(batch)
            return n
        n = 0
        copy_sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')"
        with self._errors(action):
            cur = self._conn.cursor()
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\n")
            null = "\\N"
            for r in rows:
                # text as csv quotes it; booleans as True/False; NULL as \N (an
                # empty string stays an empty string)
                writer.writerow([null if v is None else v for v in r])
                n += 1
                if n % 20000 == 0 and buf.tell() > 8 << 20:
                    buf.seek(0)
                    cur.copy_expert(copy_sql, buf)
                    buf = io.StringIO()
                    writer = csv.writer(buf, lineterminator="\n")
            if buf.tell():
                buf.seek(0)
                cur.copy_expert(copy_sql, buf)
        return n

    def table_columns(self, table):
        return [
            r[0]
            for r in self.query(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND "
                "table_name = ? ORDER BY ordinal_position",
                (PG_SCHEMA, table),
            )
        ]

    def table_exists(self, table):
        return bool(self.scalar("SELECT to_regclass(?) IS NOT NULL", (f"{PG_SCHEMA}.{table}",)))


# -- opening and creating ---------------------------------------------------------


def is_postgres_target(target) -> bool:
    if isinstance(target, dict):
        return True
    text = str(target)
    return text.startswith(("postgresql://", "postgres://")) or (
        "=" in text and ("dbname" in text or "host" in text or "service" in text)
    )


def connect(
    target,
    read_only: bool = False,
    timeout: float = DEFAULT_LOCK_TIMEOUT,
    user: Optional[str] = None,
) -> Store:
    """A connection to an existing database, without checking its schema."""
    if is_postgres_target(target):
        return PostgisStore(target)
    path = os.fspath(target)
    if not os.path.exists(path):
        raise StoreError(
            tr(
                "GeoPackage {path} does not exist. Check the path, or create the database first."
            ).format(path=path)
        )
    if not gpkg.is_geopackage(path):
        raise StoreError(
            tr(
                "{path} is not a GeoPackage. Choose a .gpkg monitoring database, or create one."
            ).format(path=path)
        )
    return GeoPackageStore(path, read_only=read_only, timeout=timeout, user=user)


def open_store(
    target,
    read_only: bool = False,
    upgrade: bool = False,
    timeout: float = DEFAULT_LOCK_TIMEOUT,
    user: Optional[str] = None,
) -> Store:
    """Open a monitoring database: a GeoPackage path, or a PostgreSQL DSN /
    parameter dict.

    A database of a newer schema than the plugin knows is refused
    (:class:`SchemaError`). An older one opens; ``store.schema_status()``
    says an upgrade is available and writing refuses until
    :meth:`Store.upgrade` (or ``upgrade=True`` here) applied it.
    """
    store = connect(target, read_only=read_only, timeout=timeout, user=user)
    try:
        st = store.schema_status()
        if st.current is None:
            raise SchemaError(st.message)
        if st.too_new:
            raise SchemaError(st.message)
        if upgrade and st.pending:
            store.upgrade()
    except BaseException:
        store.close()
        raise
    return store


def create_geopackage(
    path: str, srs="EPSG:4527", version: Optional[int] = None, user: Optional[str] = None
) -> Store:
    """A new monitoring database in a GeoPackage. The container and the
    geometry layers are made with GDAL/OGR, the tables by the migrations
    (up to ``version``, default the latest), in a temporary file renamed into
    place at the end: a failure leaves nothing behind."""
    from .migrations import apply_migrations

    path = os.path.abspath(os.fspath(path))
    if os.path.exists(path):
        raise StoreError(
            tr(
                "{path} exists already. Open it, or choose a new file name; an existing file is "
                "never overwritten."
            ).format(path=path)
        )
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise StoreError(
            tr("The folder {folder} does not exist. Create it first.").format(folder=folder)
        )
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.tmp.gpkg")
    store = None
    try:
        gpkg.create_container(tmp, srs)
        store = GeoPackageStore(tmp, user=user)
        apply_migrations(store, to=version, srid=store.srid)
        store.close()
        os.replace(tmp, path)
    finally:
        if store is not None:
            store.close()
        for p in (tmp, tmp + "-journal", tmp + "-wal", tmp + "-shm"):
            if os.path.exists(p):
                os.remove(p)
    return GeoPackageStore(path, user=user)


def create_postgis(target, srid: int = 4527, version: Optional[int] = None) -> Store:
    """The tables of a monitoring database in schema ``cc_warning`` of a
    PostgreSQL database with PostGIS (the DBA's set-up script may have made
    the schema and roles already; see docs/database.md). Refused if the
    tables exist."""
    from .migrations import apply_migrations

    store = PostgisStore(target)
    try:
        if store.table_exists("schema_version"):
            raise StoreError(
                tr(
                    "{db} holds a monitoring database already. Open it instead; it is never "
                    "overwritten."
                ).format(db=store.describe())
            )
        if not store.scalar("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'"):
            raise StoreError(
                tr(
                    "{db}: the PostGIS extension is not installed. Ask the administrator to run "
                    "CREATE EXTENSION postgis; in this database (docs/database.md)."
                ).format(db=store.describe())
            )
        apply_migrations(store, to=version, srid=int(srid))
        store.srid = int(srid)
    except BaseException:
        store.close()
        raise
    return store
