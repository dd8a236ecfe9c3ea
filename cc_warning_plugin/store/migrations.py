"""Schema versions: numbered SQL files inside the plugin, applied in order in
one transaction, recorded in the table ``schema_version``.

``sql/<backend>/NNN_name.sql`` — one file per version and backend
(``gpkg``, ``postgis``), the same version numbers on both (a test checks it
and that both give the same tables and columns). A database older than the
plugin opens with an upgrade available (:func:`status`) and is upgraded by
:func:`upgrade`; a newer one is refused. A migration is never edited once
released: a change is a new file.
"""

import os
import re
from dataclasses import dataclass, field
from typing import List, Optional

from ..core.i18n import tr
from .db import PG_SCHEMA, Store, plugin_version, utc_now
from .errors import SchemaError, StoreError

SQL_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sql")
_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
#: role that owns the tables on PostgreSQL when the DBA created it
#: (sql/postgis_roles.sql); migrations run as it if the user is a member
ADMIN_ROLE = "cc_admin"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: str

    def sql(self, srid: Optional[int]) -> str:
        with open(self.path, encoding="utf-8") as fh:
            text = fh.read()
        if "@SRID@" in text:
            if srid is None:
                raise StoreError(
                    tr("Internal error: migration {name} needs the SRID of the database.").format(
                        name=self.name
                    )
                )
            text = text.replace("@SRID@", str(int(srid)))
        return text


def migrations(kind: str) -> List[Migration]:
    """The migrations of a backend (``"gpkg"`` or ``"postgis"``), in order."""
    folder = os.path.join(SQL_DIR, kind)
    found = []
    for name in sorted(os.listdir(folder)):
        m = _NAME.match(name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), os.path.join(folder, name)))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(
            tr(
                "Internal error: the migrations in {folder} are not numbered "
                "1, 2, 3 … ({versions})."
            ).format(folder=folder, versions=versions)
        )
    return found


def latest_version(kind: str = "gpkg") -> int:
    return len(migrations(kind))


@dataclass
class SchemaStatus:
    """Where a database stands against the plugin's migrations."""

    db: str
    current: Optional[int]  # None: not a monitoring database
    latest: int
    pending: List[Migration] = field(default_factory=list)

    @property
    def is_current(self) -> bool:
        return self.current == self.latest

    @property
    def too_new(self) -> bool:
        return self.current is not None and self.current > self.latest

    @property
    def upgrade_available(self) -> bool:
        return bool(self.pending)

    @property
    def message(self) -> str:
        values = dict(
            vars(self),
            plugin=plugin_version(),
            names=", ".join(f"{m.version} {m.name}" for m in self.pending),
        )
        if self.current is None:
            text = tr(
                "{db} is not a cc_warning monitoring database (it has no schema_version "
                "table). Choose the right database, or create a new one."
            )
        elif self.too_new:
            text = tr(
                "{db} has schema version {current}, newer than this plugin knows "
                "(version {latest}, plugin {plugin}). Update the plugin to work with "
                "it; the database was not changed."
            )
        elif self.pending:
            text = tr(
                "{db} has schema version {current}; this plugin uses version {latest}. "
                "An upgrade is available ({names}): back the database up, then upgrade "
                "it. Until then it can be read and backed up but not written."
            )
        else:
            text = tr("{db} has schema version {current} (up to date).")
        return text.format(**values)


def current_version(store: Store) -> Optional[int]:
    if not store.table_exists("schema_version"):
        return None
    v = store.scalar("SELECT max(version) FROM schema_version")
    return int(v) if v is not None else None


def status(store: Store) -> SchemaStatus:
    all_m = migrations(store.kind)
    cur = current_version(store)
    pending = [m for m in all_m if cur is not None and m.version > cur]
    return SchemaStatus(store.describe(), cur, len(all_m), pending)


def _run_script(store: Store, sql: str, action: str) -> None:
    if store.kind == "postgis":
        with store._errors(action):
            store._conn.cursor().execute(sql)  # no parameters: sent as written
        return
    import sqlite3

    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip():
                with store._errors(action):
                    store._conn.execute(statement)
            statement = ""
    if statement.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in statement.splitlines()
    ):
        raise StoreError(
            tr("Internal error: an incomplete SQL statement ends {action}.").format(action=action)
        )


def apply_migrations(
    store: Store, to: Optional[int] = None, srid: Optional[int] = None, feedback=None
) -> List[int]:
    """Apply every migration after the database's version up to ``to``
    (default: the latest) in one transaction. Returns the versions applied."""
    all_m = migrations(store.kind)
    target = len(all_m) if to is None else int(to)
    if not 1 <= target <= len(all_m):
        raise StoreError(
            tr("Schema version {v} does not exist (1 to {n}).").format(v=target, n=len(all_m))
        )
    applied: List[int] = []
    with store.transaction(tr("upgrading the schema")):
        cur = current_version(store)
        if cur is not None and cur > len(all_m):
            raise SchemaError(status(store).message)
        if store.kind == "postgis":
            if store.scalar(
                "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = ?",
                (ADMIN_ROLE,),
            ):
                store.execute(f"SET LOCAL ROLE {ADMIN_ROLE}")
            if srid is None:
                srid = store.srid
        for m in all_m:
            if (cur is not None and m.version <= cur) or m.version > target:
                continue
            if feedback is not None:
                feedback.pushInfo(
                    tr("Applying schema version {v}: {name}").format(v=m.version, name=m.name)
                )
            _run_script(
                store,
                m.sql(srid),
                tr("applying schema version {v} ({name})").format(v=m.version, name=m.name),
            )
            store.execute(
                "INSERT INTO schema_version (version, name, applied_at, "
                "plugin_version) VALUES (?, ?, ?, ?)",
                (m.version, m.name, utc_now(), plugin_version()),
            )
            if m.version == 1:
                store.execute(
                    "INSERT INTO store_info (key, value) VALUES (?, ?), (?, ?)",
                    ("srid", str(srid or ""), "created_at", utc_now()),
                )
            applied.append(m.version)
    return applied


def upgrade(store: Store, feedback=None) -> List[int]:
    """Bring an older database to the plugin's schema version (one
    transaction); a database of a newer version is refused."""
    st = status(store)
    if st.current is None or st.too_new:
        raise SchemaError(st.message)
    if not st.pending:
        return []
    return apply_migrations(store, srid=store.srid, feedback=feedback)


__all__ = [
    "Migration",
    "SchemaStatus",
    "migrations",
    "latest_version",
    "status",
    "apply_migrations",
    "upgrade",
    "PG_SCHEMA",
]
