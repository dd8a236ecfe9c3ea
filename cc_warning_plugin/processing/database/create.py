"""cc_warning:db_create — create, open or upgrade a monitoring database."""

import os

from qgis.core import QgsProcessingException

from ...core.i18n import tr
from ...specs.database import DB_CREATE
from ...store import catalog
from ...store.backup import backup_geopackage
from ...store.db import connect, create_geopackage, create_postgis
from ...store.errors import SchemaError
from ..framework.common import user_errors
from .base import DatabaseAlgorithm

#: the CRS of a new database when none is given (the sample city's zone)
DEFAULT_SRID = 4527


def backup_name(path: str, version: int) -> str:
    """``name_before_v1.gpkg`` beside ``path`` (``name_before_v1_2.gpkg`` …
    when taken)."""
    stem = os.path.splitext(path)[0]
    candidate = f"{stem}_before_v{version}.gpkg"
    n = 1
    while os.path.exists(candidate):
        n += 1
        candidate = f"{stem}_before_v{version}_{n}.gpkg"
    return candidate


class CreateDatabaseAlgorithm(DatabaseAlgorithm):
    SPEC = DB_CREATE

    def srid(self, parameters, context) -> int:
        if parameters.get("CRS") in (None, ""):
            return DEFAULT_SRID
        crs = self.parameterAsCrs(parameters, "CRS", context)
        authid = crs.authid() if crs is not None and crs.isValid() else ""
        if not authid.upper().startswith("EPSG:") or crs.isGeographic():
            raise QgsProcessingException(
                tr(
                    "CRS of a new database: {crs} is not a projected EPSG CRS. Choose one in "
                    "metres, "
                    "e.g. a CGCS2000 Gauss-Kruger zone (EPSG:4513–4554)."
                ).format(crs=authid or tr("none"))
            )
        return int(authid.split(":")[1])

    def check_inputs(self, parameters, context):
        super().check_inputs(parameters, context)
        path = self.database_path(parameters, context)
        if path and not os.path.exists(path):
            if not path.lower().endswith(".gpkg"):
                raise QgsProcessingException(
                    tr(
                        "A new monitoring database is a GeoPackage: give a file name ending in "
                        ".gpkg ({path})."
                    ).format(path=path)
                )
            self.srid(parameters, context)

    def process_algorithm(self, parameters, context, feedback):
        path = self.database_path(parameters, context)
        params = self.connection_parameters(parameters, context)
        upgrade = self.parameterAsBool(parameters, "UPGRADE", context)
        created, backup = 0, ""
        with user_errors():
            if path and not os.path.exists(path):
                srid = self.srid(parameters, context)
                store = create_geopackage(path, srs=f"EPSG:{srid}")
                self._store = store
                created = 1
            elif params is not None:
                store = connect(params)
                self._store = store
                if not store.table_exists("schema_version"):
                    store.close()
                    store = create_postgis(params, srid=self.srid(parameters, context))
                    self._store = store
                    created = 1
            else:
                store = connect(path)
                self._store = store
            if created:
                counts = catalog.seed_catalog(store)
                feedback.pushInfo(
                    tr("Created {db} with {d} departments and {i} indicators.").format(
                        db=store.describe(),
                        d=counts.get("departments", 0),
                        i=counts.get("indicators", 0),
                    )
                )
            st = store.schema_status()
            if st.current is None or st.too_new:
                raise SchemaError(st.message)
            if st.pending and upgrade:
                if store.kind == "gpkg":
                    backup = backup_name(store.path, st.current)
                    backup_geopackage(store, backup)
                    feedback.pushInfo(
                        tr("Backed up to {path} before the upgrade.").format(path=backup)
                    )
                done = store.upgrade(feedback)
                feedback.pushInfo(
                    tr("Upgraded: migrations {versions} applied.").format(
                        versions=", ".join(str(v) for v in done)
                    )
                )
                st = store.schema_status()
            elif st.pending:
                feedback.pushWarning(st.message)
        feedback.pushInfo(st.message)
        feedback.setProgress(100)
        return {
            "STATUS": st.message,
            "SCHEMA_VERSION": st.current,
            "CREATED": created,
            "BACKUP": backup,
        }
