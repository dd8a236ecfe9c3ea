"""GeoPackage specifics: the container and its geometry layers made with
GDAL/OGR (so QGIS and GDAL open it natively, with the spatial index), the
GeoPackage geometry blob, and the SQL functions the spatial-index triggers
call (``ST_IsEmpty``, ``ST_MinX`` … — GDAL defines them on its own
connections; the store defines them on its ``sqlite3`` connection); and the
features of an OGR layer in the database's CRS, as the importers read them."""

import os
import sqlite3
import struct
from typing import Any, Dict, Iterator, Optional, Sequence, Tuple

from osgeo import ogr, osr

from ..core.gdal_open import open_vector, transform_geometry
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.indicators import text_value
from ..core.zoning.features import crs_name
from .errors import StoreError

#: geometry layers made by OGR before the SQL migrations add their columns:
#: table → (FID column, geometry type, description)
GEOMETRY_LAYERS = {
    "units": ("unit_id", ogr.wkbMultiPolygon, "evaluation units (county / township)"),
    "stations": ("station_id", ogr.wkbPoint, "monitoring stations and pollution sources"),
}

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def spatial_ref(srs) -> osr.SpatialReference:
    """An SRS from an EPSG code (int or ``"EPSG:4527"``) or WKT."""
    ref = osr.SpatialReference()
    ref.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    text = str(srs).strip()
    if text.upper().startswith("EPSG:"):
        text = text[5:]
    code = int(text) if text.isdigit() else None
    try:
        err = ref.ImportFromEPSG(code) if code is not None else ref.SetFromUserInput(text)
    except RuntimeError:  # GDAL's Python exceptions on (always on QGIS 3.40)
        err = 1
    if err != 0:
        raise StoreError(
            tr(
                "The coordinate reference system {srs!r} is not known. Give an EPSG code such "
                "as EPSG:4527 (CGCS2000 / 3-degree Gauss-Kruger zone 39)."
            ).format(srs=str(srs))
        )
    return ref


def epsg_of(ref: osr.SpatialReference) -> Optional[int]:
    ref = ref.Clone()
    ref.AutoIdentifyEPSG()
    code = ref.GetAuthorityCode(None)
    return int(code) if code and code.isdigit() else None


def open_layer(
    path: str, layer_name: str, fields: Sequence[Optional[str]] = ()
) -> Tuple[Any, ogr.Layer]:
    """The data source at ``path`` (``ogr.DataSource``; ``gdal.Dataset``
    from GDAL 3.8 on, which has no ``ogr.DataSource``) and its layer
    ``layer_name`` (keep the source while the layer is read), refusing a
    file OGR cannot open, a layer it does not have and any of ``fields``
    (None: not asked for) the layer does not have."""
    ds = open_vector(path)
    if ds is None:
        raise InputError(tr("{path} cannot be opened as a vector data source.").format(path=path))
    lyr = ds.GetLayerByName(layer_name)
    if lyr is None:
        raise InputError(
            tr("{path}: there is no layer {layer}.").format(path=path, layer=layer_name)
        )
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    for f in fields:
        if f and f not in names:
            raise InputError(
                tr("{path}|{layer}: there is no field {field}. Fields: {fields}.").format(
                    path=path, layer=layer_name, field=f, fields=", ".join(names)
                )
            )
    return ds, lyr


def layer_features(
    layer: ogr.Layer, target_srid: Optional[int] = None
) -> Iterator[Tuple[int, ogr.Feature, Optional[ogr.Geometry]]]:
    """(number from 1, feature, a copy of its geometry reprojected to
    EPSG:``target_srid``, or None) of every feature of ``layer``; a layer
    without a CRS, or without ``target_srid``, keeps its coordinates. A
    geometry that cannot be reprojected (a latitude beyond 90°) is refused
    with InputError naming the feature."""
    transform = None
    src = layer.GetSpatialRef()
    if target_srid and src is not None:
        dst = osr.SpatialReference()
        dst.ImportFromEPSG(int(target_srid))
        src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if not src.IsSame(dst):
            transform = osr.CoordinateTransformation(src, dst)
    for i, feat in enumerate(layer, start=1):
        geom = feat.GetGeometryRef()
        if geom is not None:
            geom = geom.Clone()
            if transform is not None and not transform_geometry(geom, transform):
                # never kept in the layer's own coordinates in silence
                raise InputError(
                    tr("{layer}, feature {fid}: cannot be transformed from {src} to {dst}.").format(
                        layer=layer.GetName(), fid=i, src=crs_name(src), dst=crs_name(dst)
                    )
                )
        yield i, feat, geom


def layer_rows(
    path: str, layer_name: str, fields: Sequence[Optional[str]], target_srid: Optional[int] = None
) -> Iterator[Tuple[int, Dict[str, str], Optional[ogr.Geometry], str]]:
    """(number from 1, {field: its trimmed text} for each of ``fields``
    given (None: not asked for), the geometry as :func:`layer_features`
    gives it, and where the feature is for messages: "<layer>, feature <n>")
    of every feature of ``layer_name`` in ``path``, opened and checked by
    :func:`open_layer` (whose refusals come with the first row asked for)."""
    ds, lyr = open_layer(path, layer_name, fields)  # the layer is read while ds lives
    for i, feat, geom in layer_features(lyr, target_srid):
        texts = {f: text_value(feat.GetField(f)) for f in fields if f}
        yield i, texts, geom, tr("{layer}, feature {n}").format(layer=layer_name, n=i)


def create_container(path: str, srs) -> int:
    """A new GeoPackage at ``path`` with the geometry layers of
    :data:`GEOMETRY_LAYERS` (FID and geometry only; the migrations add the
    columns). Returns the srs_id used."""
    ref = spatial_ref(srs)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    if ds is None:
        raise StoreError(
            tr(
                "GeoPackage {path}: cannot be created. Check that the folder exists and can be "
                "written."
            ).format(path=path)
        )
    for table, (fid, gtype, description) in GEOMETRY_LAYERS.items():
        layer = ds.CreateLayer(
            table,
            ref,
            gtype,
            [f"FID={fid}", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", f"DESCRIPTION={description}"],
        )
        if layer is None:
            raise StoreError(
                tr("GeoPackage {path}: the layer {table} cannot be created.").format(
                    path=path, table=table
                )
            )
    ds = None
    con = sqlite3.connect(path)
    try:
        row = con.execute(
            "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", ("units",)
        ).fetchone()
    finally:
        con.close()
    return int(row[0])


# -- geometry blobs -----------------------------------------------------------


def geometry_of(wkb, stored: str = "") -> ogr.Geometry:
    """The OGR geometry of a WKB about to be stored, or of one read back
    from the database (``stored``: what it belongs to, e.g. "unit 430102");
    :class:`StoreError` when OGR cannot read it (OGR returns None, or raises
    where GDAL's Python exceptions are on, as always on QGIS 3.40)."""
    try:
        geom = ogr.CreateGeometryFromWkb(bytes(wkb))
    except RuntimeError:
        geom = None
    if geom is None and stored:
        raise StoreError(
            tr(
                "The geometry of {what} in the database could not be read (its WKB is "
                "damaged, e.g. by an edit outside the plugin). Import the layer again to "
                "replace it."
            ).format(what=stored)
        )
    if geom is None:
        raise StoreError(tr("A geometry could not be read (its WKB is damaged)."))
    return geom


def to_blob(wkb: Optional[bytes], srs_id: int) -> Optional[bytes]:
    """GeoPackage geometry blob (little endian, with an XY envelope) of a WKB."""
    if wkb is None:
        return None
    geom = geometry_of(wkb)
    if geom.IsEmpty():
        flags = 0x01 | 0x10
        return b"GP" + struct.pack("<BBi", 0, flags, srs_id) + geom.ExportToIsoWkb(ogr.wkbNDR)
    minx, maxx, miny, maxy = geom.GetEnvelope()
    return (
        b"GP"
        + struct.pack("<BBi", 0, 0x01 | (1 << 1), srs_id)
        + struct.pack("<4d", minx, maxx, miny, maxy)
        + geom.ExportToIsoWkb(ogr.wkbNDR)
    )


def _header(blob: bytes) -> Tuple[int, int, bool]:
    """(WKB offset, envelope indicator, empty flag) of a GeoPackage blob."""
    if blob[:2] != b"GP":
        raise StoreError(tr("A geometry is not a GeoPackage geometry blob."))
    flags = blob[3]
    env = (flags >> 1) & 0x07
    return 8 + _ENVELOPE_BYTES.get(env, 0), env, bool(flags & 0x10)


def from_blob(blob) -> Optional[bytes]:
    """The WKB of a GeoPackage geometry blob."""
    if blob is None:
        return None
    blob = bytes(blob)
    offset, _, _ = _header(blob)
    return blob[offset:]


def _envelope(blob) -> Optional[Tuple[float, float, float, float]]:
    if blob is None:
        return None
    blob = bytes(blob)
    offset, env, empty = _header(blob)
    if empty:
        return None
    if env:
        endian = "<" if blob[3] & 0x01 else ">"
        return struct.unpack(endian + "4d", blob[8:40])
    try:
        geom = ogr.CreateGeometryFromWkb(blob[offset:])
    except RuntimeError:  # GDAL's Python exceptions on (QGIS 3.40)
        return None
    if geom is None or geom.IsEmpty():
        return None
    return geom.GetEnvelope()


def _trigger_envelope(blob):
    """The envelope for the RTree triggers: a value no geometry can be read
    from has none (as with GDAL's own functions), so that the edit that wrote
    it goes through and reading the geometry names it later."""
    try:
        return _envelope(blob)
    except StoreError:
        return None


def _is_empty(blob):
    if blob is None:
        return None
    return 1 if _trigger_envelope(blob) is None else 0


def _coord(i):
    def f(blob):
        env = _trigger_envelope(blob)
        return None if env is None else env[i]

    return f


def register_functions(con: sqlite3.Connection) -> None:
    """The functions of the GeoPackage spatial-index (RTree) triggers."""
    con.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for name, i in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        con.create_function(name, 1, _coord(i), deterministic=True)


def is_geopackage(path: str) -> bool:
    if not os.path.isfile(path):
        return False
    with open(path, "rb") as fh:
        head = fh.read(100)
    return head[:16] == b"SQLite format 3\x00" and head[68:72] in (b"GPKG", b"GP10", b"GP11")
