"""Plumbing of the algorithms of the monitoring database (监测预警数据库): the
database parameters (a GeoPackage, or a saved PostgreSQL connection chosen
from the connections of QGIS), opening the store, reading small tables,
writing table and polygon outputs from plain rows. Their parameters are
declared in ``specs/database.py``; the work is done by ``store/``."""

import datetime
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterProviderConnection,
    QgsWkbTypes,
)
import pandas as pd
from qgis.PyQt.QtCore import QDate, QDateTime

from ...compat import FieldType
from ...core.gdal_open import with_gdal_exceptions
from ...core.i18n import tr, translated
from ...core.indicators import normalize_header
from ...report.files import check_writable
from ...specs.base import shown
from ...specs.shared import TABLE_FILTER
from ...store.db import open_store
from ..framework.algorithm import SpecAlgorithm
from ..framework.inputs import source_label
from ..framework.common import add_feature, flush_sink, user_errors
from ...report.geometry import valid_geometry
from ..framework.geometry import all_features
from ..framework.geometry import reason as invalid_reason
from ..framework.parameters import make_parameter
from .connection import PROVIDER, saved_connection

#: field kinds of the outputs → QGIS field types
_TYPES = {
    "string": FieldType.String,
    "text": FieldType.String,
    "double": FieldType.Double,
    "int": FieldType.Int,
    "date": FieldType.Date,
    "datetime": FieldType.DateTime,
}


class DatabaseAlgorithm(SpecAlgorithm):
    """Base of the algorithms of the group 监测预警数据库."""

    DATABASE = "DATABASE"
    CONNECTION = "CONNECTION"
    #: the store opened by :meth:`open_store` (closed at the end of the run)
    _store = None
    #: of an algorithm importing a file (INPUT): the message (marked with N_,
    #: ``{path}`` the file) refusing a file that is neither an Excel workbook
    #: nor a CSV or text file
    TABLE_FILE_ERROR = ""

    # -- parameters ------------------------------------------------------------
    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        """As the spec says; the saved connection is a choice among the
        PostgreSQL connections of QGIS."""
        from ..framework.active import active_profile

        profile = active_profile()
        for param in self.SPEC.params:
            if param.name == self.CONNECTION:
                p = QgsProcessingParameterProviderConnection(
                    param.name, shown(param.label), PROVIDER, param.default, param.optional
                )
                if param.help:
                    p.setHelp(shown(param.help))
                self.addParameter(p)
            else:
                self.addParameter(make_parameter(param, profile))
        from ..framework.parameters import make_output

        for output in self.SPEC.outputs:
            self.addOutput(make_output(output))

    def check_inputs(self, parameters, context) -> None:
        """The database (:meth:`check_database`), then the kind of the file to
        import where :attr:`TABLE_FILE_ERROR` is set, then that every table
        output of the spec (.xlsx or .csv) can be written."""
        self.check_database(parameters, context)
        if self.TABLE_FILE_ERROR:
            path = self.parameterAsFile(parameters, "INPUT", context)
            if path and not path.lower().endswith((".xlsx", ".csv", ".txt")):
                raise QgsProcessingException(translated(self.TABLE_FILE_ERROR).format(path=path))
        for param in self.SPEC.params:
            if param.kind == "file_out" and param.file_filter == TABLE_FILTER:
                out = self.parameterAsFileOutput(parameters, param.name, context)
                if out:
                    with user_errors():
                        check_writable(out, (".xlsx", ".csv"))

    def check_database(self, parameters, context) -> None:
        """A GeoPackage or a saved connection, not both and not neither; a
        saved connection that cannot be resolved is named before the run."""
        if not self.SPEC.has(self.DATABASE):
            self.connection_parameters(parameters, context)
            return
        path = self.database_path(parameters, context)
        name = self.connection_name(parameters, context)
        if path and name:
            raise QgsProcessingException(
                tr(
                    "Give either a GeoPackage ({gpkg}) or a saved PostgreSQL connection ({conn}), "
                    "not both."
                ).format(gpkg=path, conn=name)
            )
        if not path and not name:
            raise QgsProcessingException(
                tr(
                    "Give the monitoring database: a GeoPackage (DATABASE) or a saved PostgreSQL "
                    "connection (CONNECTION)."
                )
            )
        if name:
            self.connection_parameters(parameters, context)

    def database_path(self, parameters, context) -> str:
        if not self.SPEC.has(self.DATABASE):
            return ""
        return (self.parameterAsFile(parameters, self.DATABASE, context) or "").strip()

    def connection_name(self, parameters, context) -> str:
        if not self.SPEC.has(self.CONNECTION):
            return ""
        value = parameters.get(self.CONNECTION)
        if value in (None, ""):
            return ""
        return (self.parameterAsConnectionName(parameters, self.CONNECTION, context) or "").strip()

    def connection_parameters(self, parameters, context) -> Optional[Dict[str, str]]:
        """The psycopg2 parameters of the saved connection (None without one)."""
        name = self.connection_name(parameters, context)
        if not name:
            return None
        with user_errors():
            params, _ = saved_connection(name)
        return params

    def database_name(self, parameters, context) -> str:
        """What the run record and the messages call the database (never
        with a password)."""
        path = self.database_path(parameters, context)
        return path or tr("PostgreSQL connection {name}").format(
            name=self.connection_name(parameters, context)
        )

    # -- the store -------------------------------------------------------------
    def open_store(
        self, parameters, context, feedback=None, read_only: bool = False, upgrade: bool = False
    ):
        """The open store of the DATABASE or CONNECTION (raises a
        QgsProcessingException naming the database and the fix)."""
        params = self.connection_parameters(parameters, context)
        with user_errors():
            if params is not None:
                store = open_store(params, upgrade=upgrade)
            else:
                path = self.database_path(parameters, context)
                store = open_store(path, read_only=read_only, upgrade=upgrade)
        self._store = store
        if feedback is not None:
            feedback.pushInfo(tr("Database: {db}").format(db=store.describe()))
        return store

    @with_gdal_exceptions
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        try:
            return super().processAlgorithm(parameters, context, feedback)
        finally:
            if self._store is not None:
                self._store.close()
                self._store = None

    # -- inputs ------------------------------------------------------------------
    @staticmethod
    def layer_name(parameters, name, source) -> str:
        """A readable layer name for messages (``shifan:county`` for a layer
        of a GeoPackage)."""
        return source_label(parameters.get(name), source) or name

    def input_layer(self, parameters, context):
        """(source, layer name, field names) of the layer to load (INPUT)."""
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        return source, self.layer_name(parameters, "INPUT", source), source.fields().names()

    def layer_field(
        self,
        parameters,
        name: str,
        context,
        layer: str,
        names: Sequence[str],
        accepted: Sequence[str] = (),
        required: bool = False,
    ) -> Optional[str]:
        """The field chosen in parameter ``name``, else the first of the layer's
        ``names`` that matches one of ``accepted`` (headers compared as
        normalised); refused naming the layer and the fields when a required
        one is missing or a chosen one does not exist."""
        value = (
            self.parameterAsString(parameters, name, context)
            if parameters.get(name) not in (None, "")
            else ""
        )
        if not value and accepted:
            by_norm = {normalize_header(h): h for h in names}
            value = next(
                (
                    by_norm[normalize_header(a)]
                    for a in accepted
                    if a and normalize_header(a) in by_norm
                ),
                "",
            )
        if required and not value:
            raise QgsProcessingException(
                tr(
                    "{layer}: no field named {accepted}; fields: {fields}. Choose the field "
                    "({param})."
                ).format(
                    layer=layer,
                    param=name,
                    accepted=" / ".join(a for a in accepted if a),
                    fields=", ".join(names),
                )
            )
        if value and value not in names:
            raise QgsProcessingException(
                tr("{layer}: there is no field {field}.").format(layer=layer, field=value)
            )
        return value or None

    @staticmethod
    def features_wkb(
        source, srid: Optional[int], context, feedback, layer: str, points: bool = False
    ) -> Iterator[Tuple[int, object, Optional[bytes]]]:
        """(feature number from 1, feature, WKB in EPSG:``srid`` — polygons as
        multipolygons — or None without geometry) of every feature of
        ``source``. A layer without features, a polygon feature without
        geometry, and a geometry that cannot be reprojected are refused naming
        the layer and the feature; an invalid polygon (a self-intersecting
        "bow-tie") is stored repaired — made valid as everywhere in the plugin
        (``framework/geometry.py``) — and named in a warning. QGIS's own
        invalid-geometry filter does not apply: every feature is seen."""
        transform = None
        target = QgsCoordinateReferenceSystem(f"EPSG:{srid}") if srid else None
        if target is not None and source.sourceCrs().isValid() and source.sourceCrs() != target:
            transform = QgsCoordinateTransform(
                source.sourceCrs(), target, context.transformContext()
            )
        fixed: List[str] = []
        count = 0
        for i, feat in enumerate(all_features(source, QgsFeatureRequest()), start=1):
            count = i
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            geom = feat.geometry()
            wkb = None
            if geom is None or geom.isNull() or geom.isEmpty():
                if not points:
                    raise QgsProcessingException(
                        tr(
                            "{layer}, feature {n}: the feature has no geometry; a unit needs "
                            "its polygon. Draw its outline or remove the feature, then load "
                            "the layer again; nothing was written."
                        ).format(layer=layer, n=i)
                    )
            else:
                geom = QgsGeometry(geom)
                if not points and not geom.isGeosValid():
                    fixed.append(tr("feature {n} ({why})").format(n=i, why=invalid_reason(geom)))
                    geom = valid_geometry(geom)
                if transform is not None:
                    try:
                        geom.transform(transform)
                    except QgsCsException as exc:
                        text = (
                            tr(
                                "{layer}, feature {n}: the point cannot be reprojected to "
                                "EPSG:{srid} ({error})."
                            )
                            if points
                            else tr(
                                "{layer}, feature {n}: the geometry cannot be reprojected to "
                                "EPSG:{srid} ({error})."
                            )
                        )
                        raise QgsProcessingException(
                            text.format(layer=layer, n=i, srid=srid, error=exc)
                        ) from None
                if not points:
                    geom.convertToMultiType()
                wkb = bytes(geom.asWkb())
            yield i, feat, wkb
        if not count:
            raise QgsProcessingException(
                tr(
                    "{layer} has no features: there is nothing to load. Choose the layer "
                    "that holds them (or remove its filter)."
                ).format(layer=layer)
            )
        if fixed:
            feedback.pushWarning(
                tr(
                    "{layer}: {n} feature(s) have invalid geometries, which give wrong areas "
                    "and overlays, and are stored repaired (made valid): {features}. The "
                    "layer itself is not changed (Fix Geometries with the repair method "
                    "Structure repairs it for good)."
                ).format(layer=layer, n=len(fixed), features=", ".join(fixed[:10]))
            )

    def table_rows(
        self, parameters, name, context, feedback=None
    ) -> Optional[Tuple[List[dict], str]]:
        """(rows, layer name) of a table parameter, or None when not given."""
        source = self.optional_source(parameters, name, context)
        if source is None:
            return None
        rows, _, _ = self.rows_of(source, feedback)
        return rows, self.layer_name(parameters, name, source)

    # -- outputs -----------------------------------------------------------------
    @staticmethod
    def fields_of(columns: Sequence[Tuple[str, str]]) -> QgsFields:
        fields = QgsFields()
        for name, kind in columns:
            fields.append(QgsField(name, _TYPES[kind], len=254 if kind == "string" else 0))
        return fields

    def write_rows(
        self,
        parameters,
        name,
        context,
        columns: Sequence[Tuple[str, str]],
        rows: Sequence[dict],
        srid: Optional[int] = None,
        geometry_key: str = "",
    ) -> Optional[str]:
        """Write ``rows`` (dicts) to the sink ``name``: a table, or polygons
        from the WKB in ``geometry_key`` (in EPSG:``srid``). None when the
        output is not asked for."""
        if parameters.get(name) in (None, ""):
            return None
        fields = self.fields_of(columns)
        wkb_type = QgsWkbTypes.Type.MultiPolygon if geometry_key else QgsWkbTypes.Type.NoGeometry
        crs = (
            QgsCoordinateReferenceSystem(f"EPSG:{srid}")
            if geometry_key and srid
            else QgsCoordinateReferenceSystem()
        )
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        output = self.parameterDefinition(name).description()
        for n, row in enumerate(rows, start=1):
            feat = QgsFeature(fields)
            feat.setAttributes([_value(row.get(col), kind) for col, kind in columns])
            if geometry_key and row.get(geometry_key):
                geom = QgsGeometry()
                geom.fromWkb(bytes(row[geometry_key]))
                feat.setGeometry(geom)
            add_feature(sink, feat, output, tr("row {n}").format(n=n))
        flush_sink(sink, output)
        del sink
        return dest_id

    def unit_geometries(self, store, codes: Sequence[str]) -> Dict[str, bytes]:
        """WKB of the units ``codes`` (in the database's CRS)."""
        out = {}
        codes = list(dict.fromkeys(codes))
        for i in range(0, len(codes), 500):
            part = codes[i : i + 500]
            for r in store.query_dicts(
                f"SELECT code, {store.geom_out('geom')} AS geom FROM units WHERE code IN "
                f"({', '.join('?' for _ in part)})",
                part,
            ):
                out[r["code"]] = store.wkb(r["geom"])
        return out


def _value(v, kind):
    """A Python value as the field of ``kind`` takes it (NaN, NaT → NULL)."""
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, float) and v != v:
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):
        v = v.item()
    if kind == "date":
        if hasattr(v, "date") and callable(v.date):
            v = v.date()
        if isinstance(v, datetime.date):
            return QDate(v.year, v.month, v.day)
        return QDate.fromString(str(v)[:10], "yyyy-MM-dd")
    if kind == "datetime":
        return QDateTime.fromString(str(v)[:19].replace(" ", "T"), "yyyy-MM-ddTHH:mm:ss")
    if kind in ("double",):
        return float(v)
    if kind == "int":
        return int(v)
    if kind in ("string", "text"):
        return str(v)
    return v
