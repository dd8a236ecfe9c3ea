"""Backup and restore of the monitoring database.

* :func:`backup_geopackage` — a consistent copy of a GeoPackage, also while
  it is open and being written (SQLite's online backup API), written to a
  temporary file and renamed into place.
* :func:`export_to_geopackage` — every table of a database (a PostGIS one,
  typically) into a new GeoPackage, keeping every id, version and
  timestamp; :func:`restore_from_geopackage` — back into an empty database
  of the same schema version (a new PostGIS database after a loss, or a
  GeoPackage). Geometries keep their coordinates (the SRID of the target
  must be the source's).
* PostgreSQL's own ``pg_dump -n cc_warning`` / ``pg_restore`` route is in
  docs/database.md.
"""

import datetime
import os
import sqlite3
from typing import Dict, List, Optional

from ..core.i18n import tr
from .db import GeoPackageStore, Store, create_geopackage, open_store
from .errors import StoreError
from .migrations import current_version

#: tables in an order that satisfies their foreign keys, with the order of
#: their rows (a unit's parent and a superseded value come first)
TABLES = [
    ("store_info", "info_id"),
    ("departments", "department_id"),
    ("units", "CASE WHEN parent_code IS NULL THEN 0 ELSE 1 END, unit_id"),
    ("indicators", "indicator_id"),
    ("periods", "period_id"),
    ("imports", "import_id"),
    ("observations", "obs_id"),
    ("stations", "station_id"),
    ("station_observations", "sobs_id"),
    ("qc_findings", "finding_id"),
    ("runs", "run_id"),
    ("results", "result_id"),
    ("county_readers", "reader_id"),
    ("dual_summaries", "summary_id"),
    ("remarks", "remark_id"),
]
_GEOMETRY = {"units": "geom", "stations": "geom"}
_BATCH = 20000


def backup_geopackage(source, dest: str) -> str:
    """Copy a GeoPackage (a path or an open :class:`GeoPackageStore`) to
    ``dest`` consistently; returns ``dest``. An existing ``dest`` is never
    overwritten."""
    dest = os.path.abspath(dest)
    if os.path.exists(dest):
        raise StoreError(
            tr("{path} exists already; choose a new file for the backup.").format(path=dest)
        )
    tmp = os.path.join(os.path.dirname(dest), f".{os.path.basename(dest)}.{os.getpid()}.tmp.gpkg")
    own = None
    if isinstance(source, GeoPackageStore):
        src = source._conn
        name = source.describe()
    else:
        own = sqlite3.connect(f"file:{os.path.abspath(source)}?mode=ro", uri=True, timeout=30)
        src = own
        name = str(source)
    try:
        out = sqlite3.connect(tmp)
        try:
            src.backup(out, pages=4096)
        except sqlite3.Error as exc:
            raise StoreError(
                tr("Backup of {db} failed: {error}. Nothing was written.").format(
                    db=name, error=exc
                )
            ) from None
        finally:
            out.close()
        os.replace(tmp, dest)
    finally:
        if own is not None:
            own.close()
        if os.path.exists(tmp):
            os.remove(tmp)
    return dest


def _iso(v):
    if isinstance(v, datetime.datetime):
        if v.tzinfo is not None:
            v = v.astimezone(datetime.timezone.utc).replace(tzinfo=None)
            return v.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return v.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, memoryview):
        return bytes(v)
    return v


def copy_tables(src: Store, dst: Store, feedback=None) -> Dict[str, int]:
    """Copy every row of every table of ``src`` into the empty ``dst`` (same
    schema version), in one transaction on ``dst``. Returns rows per table."""
    if current_version(src) != current_version(dst):
        raise StoreError(
            tr("{src} has schema version {a}, {dst} has {b}. Upgrade the older one first.").format(
                src=src.describe(),
                a=current_version(src),
                dst=dst.describe(),
                b=current_version(dst),
            )
        )
    if dst.scalar("SELECT count(*) FROM units") or dst.scalar("SELECT count(*) FROM observations"):
        raise StoreError(
            tr("{db} is not empty; restore only into a new database.").format(db=dst.describe())
        )
    if src.srid and dst.srid and src.srid != dst.srid:
        raise StoreError(
            tr(
                "{src} is in EPSG:{a}, {dst} in EPSG:{b}: create the target with the source's CRS."
            ).format(src=src.describe(), a=src.srid, dst=dst.describe(), b=dst.srid)
        )
    counts: Dict[str, int] = {}
    tables = [(t, order) for t, order in TABLES if src.table_exists(t) and dst.table_exists(t)]
    with dst.transaction(tr("restoring the tables")):
        # the new database's own facts are replaced by the source's
        dst.execute("DELETE FROM store_info")
        for i, (table, order) in enumerate(tables):
            cols = [c for c in dst.table_columns(table) if c in set(src.table_columns(table))]
            geom = _GEOMETRY.get(table)
            select = ", ".join(src.geom_out(c) if c == geom else c for c in cols)
            cur = src.execute(f"SELECT {select} FROM {table} ORDER BY {order}")
            gi = cols.index(geom) if geom in cols else None

            def rows(cur=cur, gi=gi):
                while True:
                    batch = cur.fetchmany(_BATCH)
                    if not batch:
                        return
                    for r in batch:
                        r = [_iso(v) for v in r]
                        if gi is not None:
                            r[gi] = dst.geom_value(src.wkb(r[gi]))
                        yield r

            counts[table] = dst.bulk_insert(table, cols, rows())
            if feedback is not None:
                feedback.setProgress(100.0 * (i + 1) / len(tables))
        if dst.kind == "postgis":
            for table, _ in tables:
                pk = next(o for t, o in TABLES if t == table).split(", ")[-1]
                dst.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', '{pk}'), "
                    f"coalesce((SELECT max({pk}) FROM {table}), 0) + 1, false)"
                )
    return counts


def export_to_geopackage(store: Store, dest: str, feedback=None) -> Dict[str, int]:
    """Every table of ``store`` into a new GeoPackage ``dest`` (same schema
    version and CRS). Returns rows per table."""
    srid = store.srid or 4527
    out = create_geopackage(dest, srs=f"EPSG:{srid}", version=current_version(store))
    try:
        return copy_tables(store, out, feedback)
    except BaseException:
        out.close()
        os.remove(dest)
        raise
    finally:
        out.close()


def restore_from_geopackage(path: str, target: Store, feedback=None) -> Dict[str, int]:
    """The tables of a GeoPackage export or backup into the empty database
    ``target``."""
    src = open_store(path, read_only=True)
    try:
        return copy_tables(src, target, feedback)
    finally:
        src.close()


def table_counts(store: Store, tables: Optional[List[str]] = None) -> Dict[str, int]:
    names = tables or [t for t, _ in TABLES if store.table_exists(t)]
    return {t: int(store.scalar(f"SELECT count(*) FROM {t}")) for t in names}


__all__ = [
    "backup_geopackage",
    "export_to_geopackage",
    "restore_from_geopackage",
    "copy_tables",
    "table_counts",
    "TABLES",
]
