"""Invalid polygons made valid where their area counts: the readers of the
algorithms (processing/framework/geometry.py) and of the reports and the
dock (report/layers.py) measure and overlay the repaired polygon. A
self-intersecting polygon (a "bow-tie") or a multipolygon whose parts
overlap has no well-defined area: QGIS measures a bow-tie as 0."""

from osgeo import ogr
from qgis.core import QgsGeometry, QgsWkbTypes

from ..core.zoning.geometry import make_valid


def polygons_only(geom: QgsGeometry) -> QgsGeometry:
    if QgsWkbTypes.flatType(geom.wkbType()) == QgsWkbTypes.Type.GeometryCollection:
        geom.convertGeometryCollectionToSubclass(QgsWkbTypes.GeometryType.PolygonGeometry)
    return geom


def repaired(geom: QgsGeometry) -> QgsGeometry:
    """An invalid polygon made valid: GEOS's "structure" method through OGR
    (the area the rings enclose, :func:`make_valid`), else QGIS's own
    make-valid."""
    fixed = make_valid(ogr.CreateGeometryFromWkb(bytes(geom.asWkb())))
    if fixed is not None and not fixed.IsEmpty():
        out = QgsGeometry()
        out.fromWkb(bytes(fixed.ExportToIsoWkb()))
    else:
        out = geom.makeValid()
    return polygons_only(out)


def valid_geometry(geom: QgsGeometry) -> QgsGeometry:
    """A copy of ``geom``, repaired if it is an invalid polygon."""
    geom = QgsGeometry(geom)
    polygon = geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry
    if geom.isNull() or geom.isEmpty() or not polygon or geom.isGeosValid():
        return geom
    return repaired(geom)
