"""Invalid polygons in the inputs: found before the run, then repaired or
refused (the shared ``INVALID_GEOMETRY`` parameter, repair by default).

A self-intersecting polygon (a "bow-tie"), a ring crossing itself or a
multipolygon whose parts overlap has no well-defined area: QGIS measures a
bow-tie as 0 and GEOS refuses to intersect it, so overlay areas come out
wrong without a word. :func:`invalid_features` lists such features of a
layer (before any work); ``report.geometry.valid_geometry`` is what every
reading point uses (the report and dock readers too) — a valid geometry
unchanged, an invalid one repaired with GEOS's "structure" method (the
polygon the rings enclose: a bow-tie becomes its two triangles, overlapping
parts their union), keeping only its polygons.
docs/reliability.md describes the check.
"""

from typing import List, Tuple

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ...core.i18n import tr

#: value of the INVALID_GEOMETRY parameter (its ``option_values``)
REPAIR, REFUSE = "repair", "refuse"
#: features named in a message (the rest are counted)
SHOWN = 10


def reason(geom: QgsGeometry) -> str:
    """GEOS's reason a geometry is invalid, with the place."""
    errors = geom.validateGeometry(Qgis.GeometryValidationEngine.Geos)
    if not errors:
        return tr("invalid")
    e = errors[0]
    if e.hasWhere():
        return f"{e.what()} ({e.where().x():.10g}, {e.where().y():.10g})"
    return e.what()


def all_features(source, request: QgsFeatureRequest):
    """The features of ``source`` for ``request``, invalid geometries
    included (QGIS's invalid-geometry filter of a processing feature source
    is bypassed)."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(
            request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
        )
    return source.getFeatures(request)


def invalid_features(source, feedback=None) -> List[Tuple[int, str]]:
    """(feature id, reason) of every invalid polygon of ``source`` (a feature
    source; QGIS's own invalid-geometry filter is bypassed so that every
    feature is seen)."""
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        return []
    out = []
    for feat in all_features(source, QgsFeatureRequest().setNoAttributes()):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        geom = feat.geometry()
        if geom.isNull() or geom.isEmpty() or geom.isGeosValid():
            continue
        out.append((feat.id(), reason(geom)))
    return out


def listed(found: List[Tuple[int, str]]) -> str:
    """ "feature 3 (Self-intersection (1, 1)), …" for a message."""
    text = ", ".join(
        tr("feature {fid} ({why})").format(fid=fid, why=why) for fid, why in found[:SHOWN]
    )
    if len(found) > SHOWN:
        text += " " + tr("and {n} more").format(n=len(found) - SHOWN)
    return text


def refused_message(layer: str, label: str, found) -> str:
    return tr(
        "{layer} ({param}): {n} feature(s) have invalid geometries, which give wrong areas "
        "and overlays: {features}. Repair them (Vector ▸ Geometry Tools ▸ Fix Geometries "
        "with the repair method Structure where QGIS offers it: the default, Linework, "
        "turns overlapping parts into holes) or set 'Invalid polygons' to repair them for "
        "the run."
    ).format(layer=layer, param=label, n=len(found), features=listed(found))


def repaired_note(layer: str, label: str, found) -> str:
    return tr(
        "{layer} ({param}): {n} feature(s) have invalid geometries and are repaired (made "
        "valid) for this run: {features}. Their areas and overlays are those of the "
        "repaired polygons; the layer itself is not changed (Fix Geometries with the repair "
        "method Structure repairs it for good)."
    ).format(layer=layer, param=label, n=len(found), features=listed(found))
