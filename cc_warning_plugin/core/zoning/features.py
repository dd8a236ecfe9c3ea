"""Features as the zoning functions take and give them: an OGR geometry, an
id for messages and a dict of attributes, grouped with the layer's name and
CRS. Readers from files (any OGR format) and from plain records (WKB, WKT
or OGR geometries), a GeoPackage writer, CRS checks and transformation."""

import os
import tempfile
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from osgeo import gdal, ogr, osr

from ..crs import check_projected
from ..errors import InputError, first_of
from ..gdal_open import open_vector, transform_geometry
from ..i18n import tr
from .geometry import polygonal, repaired, validity


@dataclass
class Feature:
    fid: str
    geom: ogr.Geometry
    attrs: dict = field(default_factory=dict)


@dataclass
class FeatureSet:
    """Features of one layer. ``name`` names the layer in messages."""

    name: str
    srs: Optional[osr.SpatialReference]
    features: List[Feature]

    def __len__(self):
        return len(self.features)

    def __iter__(self):
        return iter(self.features)


def make_srs(value) -> Optional[osr.SpatialReference]:
    """A SpatialReference from an EPSG code (int or "EPSG:4527"), WKT, an
    authority string or an existing one, with x/y axis order."""
    if value is None or value == "":
        return None
    if isinstance(value, osr.SpatialReference):
        srs = value.Clone()
    else:
        srs = osr.SpatialReference()
        if isinstance(value, int):
            srs.ImportFromEPSG(value)
        else:
            srs.SetFromUserInput(str(value))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def crs_name(srs: Optional[osr.SpatialReference]) -> str:
    if srs is None:
        return tr("no CRS")
    code = srs.GetAuthorityCode(None)
    auth = srs.GetAuthorityName(None)
    name = srs.GetName() or ""
    return f"{auth}:{code} {name}".strip() if code else name


def _geometry(value) -> Optional[ogr.Geometry]:
    if value is None:
        return None
    if isinstance(value, ogr.Geometry):
        return value.Clone()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return ogr.CreateGeometryFromWkb(bytes(value))
    if isinstance(value, str):
        return ogr.CreateGeometryFromWkt(value)
    raise TypeError(f"not a geometry: {type(value)!r}")


def from_records(
    records: Iterable[dict],
    name: str,
    srs=None,
    geometry_key: str = "geometry",
    id_key: Optional[str] = None,
) -> FeatureSet:
    """A FeatureSet from dicts holding a geometry (WKB, WKT or OGR) under
    ``geometry_key`` and attributes; ids from ``id_key`` or the row number."""
    feats = []
    for i, rec in enumerate(records):
        attrs = {k: v for k, v in rec.items() if k != geometry_key}
        fid = (
            str(attrs.get(id_key)) if id_key and attrs.get(id_key) not in (None, "") else str(i + 1)
        )
        try:
            geom = _geometry(rec.get(geometry_key))
        except (TypeError, RuntimeError) as exc:
            raise InputError(
                tr(
                    "{layer}, feature {fid}: the geometry cannot be read "
                    "({detail}). Give WKB, WKT or an OGR geometry."
                ).format(layer=name, fid=fid, detail=exc)
            ) from exc
        feats.append(Feature(fid, geom, attrs))
    return FeatureSet(name, make_srs(srs), feats)


def read_layer(
    path: str,
    layer: Optional[str] = None,
    name: Optional[str] = None,
    id_field: Optional[str] = None,
) -> FeatureSet:
    """Every feature of a vector file (any OGR format; a GeoPackage layer by
    name, else the first layer). Ids from ``id_field`` or the FID."""
    label = name or (f"{os.path.basename(path)}|{layer}" if layer else os.path.basename(path))
    if not os.path.exists(path):
        raise InputError(
            tr("{layer}: the file {path} does not exist.").format(layer=label, path=path)
        )
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = open_vector(path)
    finally:
        gdal.PopErrorHandler()
    if ds is None:
        raise InputError(
            tr("{layer}: {path} is not a vector file OGR can read.").format(layer=label, path=path)
        )
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    if lyr is None:
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
        raise InputError(
            tr("{layer}: {path} has no layer {name} (it has: {names}).").format(
                layer=label, path=path, name=layer, names=", ".join(names)
            )
        )
    srs = lyr.GetSpatialRef()
    feats = []
    for f in lyr:
        attrs = f.items()
        fid = (
            str(attrs.get(id_field))
            if id_field and attrs.get(id_field) not in (None, "")
            else str(f.GetFID())
        )
        g = f.GetGeometryRef()
        feats.append(Feature(fid, g.Clone() if g is not None else None, attrs))
    return FeatureSet(label, make_srs(srs.Clone()) if srs is not None else None, feats)


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def linear_unit_m(fs: FeatureSet) -> float:
    return fs.srs.GetLinearUnits() if fs.srs is not None else 1.0


def area_factor(srs) -> float:
    """m² per squared map unit of a projected CRS (1 without a CRS)."""
    return srs.GetLinearUnits() ** 2 if srs is not None else 1.0


def require_projected(fs: FeatureSet, purpose: str) -> None:
    """Refuse a layer without a CRS or in a geographic CRS for areas."""
    srs = fs.srs
    if srs is None:
        check_projected(fs.name, purpose, None, False)
    else:
        check_projected(fs.name, purpose, crs_name(srs), bool(srs.IsGeographic()))


def same_crs(a: FeatureSet, b: FeatureSet) -> bool:
    if a.srs is None or b.srs is None:
        return a.srs is None and b.srs is None
    return bool(a.srs.IsSame(b.srs))


def transformed(fs: FeatureSet, target: osr.SpatialReference) -> FeatureSet:
    """``fs`` in ``target`` (a copy; the same object if already there)."""
    if fs.srs is None:
        raise InputError(
            tr(
                "{layer} has no CRS, so it cannot be put in the CRS of the units "
                "({crs}). Set the layer's CRS and run again."
            ).format(layer=fs.name, crs=crs_name(target))
        )
    if fs.srs.IsSame(target):
        return fs
    ct = osr.CoordinateTransformation(fs.srs, target)
    out = []
    for f in fs.features:
        g = f.geom.Clone() if f.geom is not None else None
        if g is not None:
            if not transform_geometry(g, ct):
                raise InputError(
                    tr("{layer}, feature {fid}: cannot be transformed from {src} to {dst}.").format(
                        layer=fs.name, fid=f.fid, src=crs_name(fs.srs), dst=crs_name(target)
                    )
                )
        out.append(Feature(f.fid, g, dict(f.attrs)))
    return FeatureSet(fs.name, target.Clone(), out)


def polygon_features(
    fs: FeatureSet,
    repair: bool = True,
    notes: Optional[List[str]] = None,
    allow_empty: bool = False,
) -> FeatureSet:
    """The polygonal geometry of every feature, invalid ones repaired (a note
    naming them) or refused (the ids and the place GEOS reports)."""
    bad: List[str] = []
    out = []
    for f in fs.features:
        g = f.geom
        if g is None or g.IsEmpty():
            if allow_empty:
                continue
            raise InputError(
                tr(
                    "{layer}, feature {fid}: the geometry is empty. Remove the "
                    "feature or draw its outline."
                ).format(layer=fs.name, fid=f.fid)
            )
        if g.Is3D() or g.IsMeasured():
            g = g.Clone()
            g.FlattenTo2D()
            g.SetMeasured(False)
        ok, why = validity(g)
        if ok:
            poly = polygonal(g)
        elif repair:
            poly = repaired(g)
            if notes is not None:
                notes.append(
                    tr(
                        "{layer}, feature {fid}: invalid geometry ({why}) repaired "
                        "(area {before:.1f} → {after:.1f} m²)."
                    ).format(
                        layer=fs.name,
                        fid=f.fid,
                        why=why or tr("GEOS gives no reason"),
                        before=g.GetArea(),
                        after=poly.GetArea(),
                    )
                )
        else:
            bad.append(f"{f.fid} ({why})" if why else f.fid)
            continue
        if poly.IsEmpty() and not allow_empty:
            raise InputError(
                tr(
                    "{layer}, feature {fid}: has no area (not a polygon, or a "
                    "polygon collapsed to a line). Remove it or fix its "
                    "outline."
                ).format(layer=fs.name, fid=f.fid)
            )
        out.append(Feature(f.fid, poly, f.attrs))
    if bad:
        raise InputError(
            tr(
                "{layer}: invalid geometries in features {ids}. Repair them "
                "(Vector ▸ Geometry tools ▸ Fix geometries, with the repair method Structure "
                "where QGIS offers it) or allow repair, and run again."
            ).format(layer=fs.name, ids=first_of(bad, 20, "; "))
        )
    return FeatureSet(fs.name, fs.srs, out)


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------
_OGR_TYPES = {"string": ogr.OFTString, "integer": ogr.OFTInteger64, "real": ogr.OFTReal}


def write_gpkg(
    path: str,
    layers: Sequence[
        Tuple[str, Optional[osr.SpatialReference], int, Sequence[Tuple[str, str]], Sequence[dict]]
    ],
    geometry_key: str = "geometry",
) -> None:
    """Write a new GeoPackage with ``layers`` = (name, srs, OGR geometry
    type, [(field, "string"|"integer"|"real")], records with a geometry under
    ``geometry_key``). Written to a temporary file then renamed: an existing
    file is replaced whole or not at all."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".zoning-", dir=folder)
    os.close(fd)
    os.unlink(tmp)
    try:
        drv = ogr.GetDriverByName("GPKG")
        ds = drv.CreateDataSource(tmp)
        for name, srs, gtype, fields, records in layers:
            lyr = ds.CreateLayer(
                name, srs=srs, geom_type=gtype, options=["SPATIAL_INDEX=YES", "FID=fid"]
            )
            for fname, ftype in fields:
                lyr.CreateField(ogr.FieldDefn(fname, _OGR_TYPES[ftype]))
            defn = lyr.GetLayerDefn()
            ds.StartTransaction()
            for rec in records:
                feat = ogr.Feature(defn)
                for fname, _ftype in fields:
                    value = rec.get(fname)
                    if value is None:
                        feat.SetFieldNull(fname)
                    else:
                        feat.SetField(fname, value)
                g = rec.get(geometry_key)
                if g is not None:
                    g = _geometry(g)
                    if gtype == ogr.wkbMultiPolygon and not g.IsEmpty():
                        g = ogr.ForceToMultiPolygon(g)
                    feat.SetGeometry(g)
                lyr.CreateFeature(feat)
            ds.CommitTransaction()
        ds = None
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def field_value(attrs: dict, names: Sequence[str]):
    """The value of the first of ``names`` present in ``attrs`` (exact, then
    case-insensitive), or None."""
    for n in names:
        if n in attrs:
            return attrs[n]
    lower = {k.lower(): k for k in attrs if isinstance(k, str)}
    for n in names:
        if n.lower() in lower:
            return attrs[lower[n.lower()]]
    return None


def find_field(fields: Iterable[str], names: Sequence[str]) -> Optional[str]:
    fields = list(fields)
    for n in names:
        if n in fields:
            return n
    lower = {f.lower(): f for f in fields}
    for n in names:
        if n.lower() in lower:
            return lower[n.lower()]
    return None


Records = List[Dict]
