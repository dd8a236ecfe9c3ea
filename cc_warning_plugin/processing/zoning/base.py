"""What the zoning algorithms share: the ``[zoning]`` section of the run's
profile, QGIS inputs read into the core's feature sets (OGR geometries, plain
attributes, the layer's CRS), field choices with their automatic defaults,
records written to the outputs, and the class style of the unit and site
layers."""

import os
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...compat import FieldType
from ...core.errors import InputError
from ...core.i18n import language, tr
from ...core.zoning.access_list import AccessList, load_access_list
from ...core.zoning.config import ZoningConfig
from ...core.zoning.features import Feature, FeatureSet, find_field, make_srs
from ...core.zoning.validate import UnitFields
from ...report.layers import plain
from ..framework.algorithm import SpecAlgorithm
from ..framework.inputs import source_label
from ..framework.common import add_feature, flush_sink, user_errors
from ..framework.geometry import all_features
from ..m2016.base import save_style_files

#: extensions an access list is read from
LIST_EXTENSIONS = (".xlsx", ".xlsm", ".csv", ".toml")
_TYPES = {"string": FieldType.String, "real": FieldType.Double, "integer": FieldType.Int}


def srs_of(crs: QgsCoordinateReferenceSystem):
    """The OGR spatial reference of a QGIS CRS (None for none)."""
    if crs is None or not crs.isValid():
        return None
    auth = crs.authid()
    if auth.upper().startswith("EPSG:"):
        return make_srs(int(auth.split(":", 1)[1]))
    return make_srs(crs.toWkt())


def to_ogr(geometry: QgsGeometry) -> Optional[ogr.Geometry]:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return ogr.CreateGeometryFromWkb(bytes(geometry.asWkb()))


def to_qgis(geometry: Optional[ogr.Geometry], multi: bool = False) -> QgsGeometry:
    if geometry is None or geometry.IsEmpty():
        return QgsGeometry()
    g = QgsGeometry()
    g.fromWkb(bytes(geometry.ExportToIsoWkb()))
    if multi and not g.isMultipart():
        g.convertToMultiType()
    return g


def feature_set(
    source, name: str, id_field: Optional[str] = None, feedback=None, keep=None
) -> FeatureSet:
    """Every feature of a feature source or vector layer as a core
    :class:`FeatureSet`: ids from ``id_field`` (else the feature id), plain
    attribute values, OGR geometries, the layer's CRS. Invalid geometries are
    passed on as they are: the core repairs or refuses them with their place.
    ``keep(attrs)`` selects features."""
    names = source.fields().names()
    feats = []
    for i, f in enumerate(all_features(source, QgsFeatureRequest())):
        if feedback is not None and i % 500 == 0 and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        attrs = {n: _plain(v) for n, v in zip(names, f.attributes())}
        if keep is not None and not keep(attrs):
            continue
        fid = str(f.id())
        if id_field:
            value = attrs.get(id_field)
            if value not in (None, ""):
                fid = str(value).strip()
        feats.append(Feature(fid, to_ogr(f.geometry()) if f.hasGeometry() else None, attrs))
    crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
    return FeatureSet(name, srs_of(crs), feats)


def field_values(source, field: str) -> List[str]:
    """The non-empty values of ``field`` of every feature of ``source`` as
    text, invalid geometries included (QGIS's invalid-feature filter would
    drop a bow-tie unit and with it its code)."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return [
        str(f[field]).strip() for f in all_features(source, request) if f[field] not in (None, "")
    ]


def _plain(value):
    value = plain(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    to_string = getattr(value, "toString", None)
    return to_string() if callable(to_string) else str(value)


def layer_name(layer) -> str:
    """The name of a map layer as the user knows it: its name in the
    project, or — for a layer Processing loaded from a path such as
    ``zoning.gpkg|layername=drinking_water``, which QGIS names after the
    file — the name of the layer inside the file."""
    name = layer.name()
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()) or {}
    inner, path = parts.get("layerName"), parts.get("path")
    if inner and isinstance(path, str) and name == os.path.splitext(os.path.basename(path))[0]:
        return str(inner)
    return name


def unique_ids(fs: FeatureSet, field: str) -> None:
    """Refuse a layer whose ids (from ``field``) repeat, naming the features."""
    seen: Dict[str, int] = {}
    twice = []
    for i, f in enumerate(fs.features):
        if f.fid in seen:
            twice.append(
                tr("{id} (features {a} and {b})").format(id=f.fid, a=seen[f.fid] + 1, b=i + 1)
            )
        seen.setdefault(f.fid, i)
    if twice:
        raise InputError(
            tr(
                "{layer}: the ids in {field} repeat: {ids}. Every site needs its own "
                "id (it names its report): correct them and run again."
            ).format(layer=fs.name, field=field, ids="; ".join(twice[:20]))
        )


def qgis_fields(fields: Sequence[Tuple[str, str]]) -> QgsFields:
    out = QgsFields()
    for name, kind in fields:
        out.append(QgsField(name, _TYPES[kind]))
    return out


class ZoningAlgorithm(SpecAlgorithm):
    """Base of the zoning algorithms (``SPEC`` set by each)."""

    # -- profile ----------------------------------------------------------------
    def zoning_config(self, parameters, context) -> Tuple[object, ZoningConfig]:
        profile = self.profile(parameters, context)
        return profile, ZoningConfig.from_profile(profile)

    @staticmethod
    def lang() -> str:
        return "zh" if language() == "zh" else "en"

    # -- inputs -----------------------------------------------------------------
    def layer_label(self, parameters, name: str, source) -> str:
        """A readable name of an input: the layer's name, with the layer of a
        GeoPackage path."""
        return source_label(parameters.get(name), source) or name

    def source_of(self, parameters, name: str, context, required: bool = True):
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def field_choice(
        self,
        parameters,
        name: str,
        context,
        source,
        candidates: Sequence[str],
        required: bool = True,
        what: str = "",
    ) -> Optional[str]:
        """The field given in ``name``, else the first of ``candidates`` the
        source has (any case); an error naming the fields when a required one
        is not found."""
        given = self.parameterAsString(parameters, name, context) if self.SPEC.has(name) else ""
        fields = source.fields().names()
        if given:
            if given not in fields:
                raise InputError(
                    tr("{layer}: field {field} not found (fields: {fields}).").format(
                        layer=self.layer_label(parameters, self._parent(name), source),
                        field=given,
                        fields=", ".join(fields),
                    )
                )
            return given
        found = find_field(fields, list(candidates)) if candidates else None
        if found is None and required:
            raise InputError(
                tr(
                    "{layer}: no field for the {what} (looked for {names}; the "
                    "fields are {fields}). Choose the field in {param}."
                ).format(
                    layer=self.layer_label(parameters, self._parent(name), source),
                    what=what or name,
                    names=", ".join(candidates),
                    fields=", ".join(fields),
                    param=name,
                )
            )
        return found

    def _parent(self, name: str) -> str:
        p = self.SPEC.param(name)
        return p.parent or name

    def read_set(
        self,
        parameters,
        name: str,
        context,
        feedback=None,
        id_field=None,
        required: bool = True,
        keep=None,
    ) -> Optional[FeatureSet]:
        source = self.source_of(parameters, name, context, required)
        if source is None:
            return None
        return feature_set(
            source, self.layer_label(parameters, name, source), id_field, feedback, keep
        )

    def unit_fields(self, parameters, context) -> UnitFields:
        """The unit fields given (None: the profile's names, found by the
        core in any case)."""

        def given(name):
            if not self.SPEC.has(name):
                return None
            return self.parameterAsString(parameters, name, context) or None

        return UnitFields(
            code=given("UNIT_CODE_FIELD"),
            cls=given("UNIT_CLASS_FIELD"),
            county=given("UNIT_COUNTY_FIELD"),
        )

    @staticmethod
    def vector_layers(layers: Iterable, what: str) -> List[QgsVectorLayer]:
        out = []
        for layer in layers:
            if (
                not isinstance(layer, QgsVectorLayer)
                or layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry
            ):
                raise InputError(
                    tr("{layer} ({what}) is not a polygon layer: give polygons.").format(
                        layer=layer_name(layer), what=what
                    )
                )
            out.append(layer)
        return out

    def access_list(
        self, parameters, context, config: ZoningConfig, unit_codes=None
    ) -> Optional[AccessList]:
        """The checked access list of ACCESS_LIST (None when not given)."""
        path = (
            self.parameterAsFile(parameters, "ACCESS_LIST", context)
            if self.SPEC.has("ACCESS_LIST")
            else ""
        )
        if not path:
            return None
        return read_list(path, config, unit_codes)

    # -- outputs ----------------------------------------------------------------
    def write_records(
        self,
        parameters,
        name: str,
        context,
        fields: Sequence[Tuple[str, str]],
        records: Sequence[dict],
        wkb_type,
        crs,
        feedback=None,
        geometry_key: str = "geometry",
    ) -> Optional[str]:
        """Write ``records`` (dicts with the fields and an OGR geometry under
        ``geometry_key``) to the sink ``name``; None when the output was not
        asked for. A feature the sink refuses stops the run."""
        if parameters.get(name) in (None, ""):
            return None
        qfields = qgis_fields(fields)
        sink, dest_id = self.parameterAsSink(parameters, name, context, qfields, wkb_type, crs)
        if sink is None:
            if self.SPEC.param(name).optional:
                return None
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        multi = QgsWkbTypes.isMultiType(wkb_type)
        spatial = wkb_type != QgsWkbTypes.Type.NoGeometry
        output = self.parameterDefinition(name).description()
        for i, rec in enumerate(records):
            if feedback is not None and i % 200 == 0 and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            f = QgsFeature(qfields)
            if spatial:
                f.setGeometry(to_qgis(rec.get(geometry_key), multi))
            f.setAttributes([rec.get(n) for n, _ in fields])
            add_feature(sink, f, output, tr("row {n}").format(n=i + 1))
        flush_sink(sink, output)
        del sink
        return dest_id

    def style(
        self,
        context,
        dest_id: Optional[str],
        field: str,
        profile,
        set_name: str,
        prov: dict,
        feedback=None,
    ) -> None:
        """The class style of a loaded output, and as .qml (and GeoPackage
        default style) beside a file output."""
        if not dest_id:
            return
        self.style_output(context, dest_id, field, profile, set_name, prov)
        save_style_files(dest_id, field, profile, set_name, prov, feedback)


def read_list(path: str, config: ZoningConfig, unit_codes=None) -> AccessList:
    """An access list from a file, refused with a clear message when the
    extension is not one it is read from."""
    ext = os.path.splitext(path)[1].lower()
    if ext not in LIST_EXTENSIONS:
        raise InputError(
            tr("{path}: an access list is read from {extensions} files.").format(
                path=path, extensions=", ".join(LIST_EXTENSIONS)
            )
        )
    with user_errors():
        return load_access_list(path, config, unit_codes=unit_codes)
