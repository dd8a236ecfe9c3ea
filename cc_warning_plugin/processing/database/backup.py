"""cc_warning:db_backup and cc_warning:db_restore — a consistent copy of a
GeoPackage (also while it is open), a PostGIS database exported to a
GeoPackage, and either written back into a new database."""

import json
import os

from qgis.core import QgsProcessingException

from ...core.i18n import tr
from ...specs.database import DB_BACKUP, DB_RESTORE
from ...store import backup
from ...store.db import connect, create_geopackage, create_postgis, open_store
from ...store.errors import StoreError
from ...store.migrations import current_version
from ..framework.common import user_errors
from .base import DatabaseAlgorithm


def _check_new_gpkg(path: str, what: str) -> None:
    if not path.lower().endswith(".gpkg"):
        raise QgsProcessingException(
            tr("{what}: {path} must be a GeoPackage (.gpkg).").format(what=what, path=path)
        )
    if os.path.exists(path):
        raise QgsProcessingException(
            tr(
                "{what}: {path} exists already; a backup or a restored database is never written "
                "over an existing file. Choose a new file name."
            ).format(what=what, path=path)
        )


class BackupAlgorithm(DatabaseAlgorithm):
    SPEC = DB_BACKUP

    def check_inputs(self, parameters, context):
        super().check_inputs(parameters, context)
        _check_new_gpkg(self.parameterAsFileOutput(parameters, "OUTPUT", context), tr("Backup"))

    def process_algorithm(self, parameters, context, feedback):
        dest = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        store = self.open_store(parameters, context, feedback, read_only=True)
        with user_errors():
            if store.kind == "gpkg":
                backup.backup_geopackage(store, dest)
                with open_store(dest, read_only=True) as copy:
                    counts = backup.table_counts(copy)
            else:
                counts = backup.export_to_geopackage(store, dest, feedback)
        rows = sum(counts.values())
        feedback.pushInfo(
            tr("{db} copied to {path}: {n} rows.").format(
                db=store.describe(), path=self.final_destination("OUTPUT", dest), n=rows
            )
        )
        feedback.setProgress(100)
        return {
            "OUTPUT": dest,
            "ROWS": rows,
            "TABLES": json.dumps(counts, ensure_ascii=False, sort_keys=True),
        }


class RestoreAlgorithm(DatabaseAlgorithm):
    SPEC = DB_RESTORE

    def check_inputs(self, parameters, context):
        path = self.parameterAsFile(parameters, "INPUT", context)
        out = (
            self.parameterAsFileOutput(parameters, "OUTPUT", context)
            if parameters.get("OUTPUT") not in (None, "")
            else ""
        )
        name = self.connection_name(parameters, context)
        if bool(out) == bool(name):
            raise QgsProcessingException(
                tr(
                    "Restore into either a new GeoPackage (OUTPUT) or the empty database of a "
                    "saved "
                    "PostgreSQL connection (CONNECTION): give one of them."
                )
            )
        if out:
            _check_new_gpkg(out, tr("Restored database"))
        else:
            self.connection_parameters(parameters, context)
        if path and not os.path.isfile(path):
            raise QgsProcessingException(tr("The backup {path} does not exist.").format(path=path))

    def process_algorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        params = self.connection_parameters(parameters, context)
        out = self.parameterAsFileOutput(parameters, "OUTPUT", context) if params is None else ""
        with user_errors():
            src = open_store(path, read_only=True)
            try:
                version = current_version(src)
                srid = src.srid or 4527
                if out:
                    target = create_geopackage(out, srs=f"EPSG:{srid}", version=version)
                else:
                    target = connect(params)
                    self._store = target
                    if target.table_exists("schema_version"):
                        # the tables of an earlier restore that failed: used when empty
                        if current_version(target) != version:
                            raise StoreError(
                                tr(
                                    "{db} holds a monitoring database of schema version {have}; "
                                    "the backup is of version {want}. Restore into an empty "
                                    "database."
                                ).format(
                                    db=target.describe(), have=current_version(target), want=version
                                )
                            )
                    else:
                        target.close()
                        target = create_postgis(params, srid=srid, version=version)
                self._store = target
                feedback.pushInfo(
                    tr("Restoring {src} into {dst} (schema version {v}).").format(
                        src=path, dst=target.describe(), v=version
                    )
                )
                counts = backup.copy_tables(src, target, feedback)
            finally:
                src.close()
        rows = sum(counts.values())
        feedback.pushInfo(tr("{n} rows restored.").format(n=rows))
        feedback.setProgress(100)
        results = {"ROWS": rows, "TABLES": json.dumps(counts, ensure_ascii=False, sort_keys=True)}
        if out:
            results["OUTPUT"] = out
        return results
