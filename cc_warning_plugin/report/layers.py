"""Reading evaluation results from QGIS layers: their views, attribute rows,
unit areas (never in degrees: planar in a projected CRS, ellipsoidal in a
geographic one), class statistics, year and provenance."""

import json
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import (
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsProject,
    QgsRasterLayer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.profile import Profile
from .geometry import valid_geometry
from .raster_stats import band_description, band_metadata, class_counts
from .results import ClassSet, View, class_set, find_field, raster_view, require_views
from .stats import ClassStats, class_statistics, class_statistics_from_counts, single_year

Cancelled = Callable[[], bool]


def plain(value):
    """A Python value from a QGIS attribute (NULL → None)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    is_null = getattr(value, "isNull", None)  # QDate, QDateTime, … (QGIS NULLs)
    if is_null is not None and is_null():
        return None
    return value


def layer_views(layer, profile: Profile) -> List[View]:
    """The views of a result layer; an error naming the layer when it is not
    an evaluation result."""
    if isinstance(layer, QgsRasterLayer):
        return [
            raster_view(
                band_metadata(layer.source(), 1),
                profile,
                layer.name(),
                1,
                band_description(layer.source(), 1),
            )
        ]
    if not isinstance(layer, QgsVectorLayer):
        raise InputError(
            tr("Layer '{layer}' is neither a vector nor a raster layer.").format(layer=layer.name())
        )
    return require_views(layer.fields().names(), profile, layer.name())


def check_not_empty(layer) -> None:
    if isinstance(layer, QgsVectorLayer) and layer.featureCount() == 0:
        raise InputError(
            tr(
                "Layer '{layer}' has no features: there is nothing to map. Choose "
                "a result with evaluation units."
            ).format(layer=layer.name())
        )


def area_calculator_for(crs) -> Callable:
    """``area_m2(geometry)``: planar area in a projected CRS, ellipsoidal area
    in a geographic one (never square degrees)."""
    if crs.isValid() and not crs.isGeographic():
        factor = QgsUnitTypes.fromUnitToUnitFactor(
            crs.mapUnits(), QgsUnitTypes.DistanceUnit.DistanceMeters
        )
        return lambda g: g.area() * factor * factor
    da = QgsDistanceArea()
    da.setSourceCrs(crs, QgsProject.instance().transformContext())
    da.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")

    def measure(g):
        return da.convertAreaMeasurement(da.measureArea(g), QgsUnitTypes.AreaUnit.AreaSquareMeters)

    return measure


def read_rows(
    layer: QgsVectorLayer,
    cancelled: Optional[Cancelled] = None,
    progress: Optional[Callable[[float], None]] = None,
    with_area: bool = True,
) -> Tuple[List[dict], List[str], List[Optional[float]]]:
    """Attributes (as plain dicts), feature labels and areas (m²) of every
    feature of a layer. A layer without polygons has no areas (``None``)."""
    return read_source_rows(
        layer,
        layer.fields(),
        layer.crs(),
        layer.geometryType() == 2,
        layer.featureCount(),
        cancelled,
        progress,
        with_area,
    )


def read_source_rows(
    source,
    fields,
    crs,
    polygons: bool,
    count: int,
    cancelled: Optional[Cancelled] = None,
    progress: Optional[Callable[[float], None]] = None,
    with_area: bool = True,
):
    """:func:`read_rows` for any feature source (a thread-safe
    ``QgsVectorLayerFeatureSource`` or a Processing source)."""
    names = fields.names()
    measure = area_calculator_for(crs)
    rows, ids, areas = [], [], []
    total = max(1, count)
    for i, f in enumerate(source.getFeatures(QgsFeatureRequest())):
        if cancelled is not None and cancelled():
            raise InputError(tr("Cancelled."))
        rows.append({n: plain(a) for n, a in zip(names, f.attributes())})
        ids.append(tr("feature {fid}").format(fid=f.id()))
        if with_area and polygons and f.hasGeometry():
            areas.append(measure(valid_geometry(f.geometry())))
        else:
            areas.append(None)
        if progress is not None and i % 200 == 0:
            progress(100.0 * i / total)
    return rows, ids, areas


def vector_statistics(
    rows: List[dict],
    areas: List[Optional[float]],
    view: View,
    profile: Profile,
    cset: Optional[ClassSet] = None,
) -> ClassStats:
    cset = cset or class_set(profile, view.set_key)
    return class_statistics(
        ((r.get(view.field), a) for r, a in zip(rows, areas)),
        cset,
        profile.get("maps.unclassified_color"),
    )


def raster_statistics(
    source: str,
    name: str,
    view: View,
    profile: Profile,
    cancelled: Optional[Cancelled] = None,
    progress: Optional[Callable[[float], None]] = None,
) -> Tuple[ClassStats, Dict]:
    """Statistics of a class raster file (read with GDAL: safe in a worker
    thread) and its cell counts per value."""
    counts, cell = class_counts(source, view.band, name, progress, cancelled)
    cset = class_set(profile, view.set_key)
    return class_statistics_from_counts(
        counts, cell, cset, profile.get("maps.unclassified_color")
    ), counts


def layer_statistics(
    layer, view: View, profile: Profile, cancelled: Optional[Cancelled] = None
) -> ClassStats:
    if isinstance(layer, QgsRasterLayer):
        return raster_statistics(layer.source(), layer.name(), view, profile, cancelled)[0]
    rows, _, areas = read_rows(layer, cancelled)
    return vector_statistics(rows, areas, view, profile)


def year_of(rows: List[dict]) -> Optional[int]:
    """The evaluation year of a result: its year field (年份 …) or, in a
    2016-method result, ``trend_eval_year``, when it holds one value."""
    if not rows:
        return None
    headers = list(rows[0].keys())
    field = find_field(headers, "year") or next(
        (h for h in headers if h.lower() == "trend_eval_year"), None
    )
    if field is None:
        return None
    return single_year(r.get(field) for r in rows)


def unit_key_field(field_names: List[str]) -> Optional[str]:
    """The unit-code field (行政区划代码 or an accepted alias), if any."""
    return find_field(list(field_names), "unit_code")


def layer_provenance(layer) -> Optional[dict]:
    """The provenance record an evaluation stored with its output."""
    text = layer.customProperty("cc_warning/provenance", "") if layer is not None else ""
    if not text and isinstance(layer, QgsRasterLayer):
        md = band_metadata(layer.source(), 1)
        text = md.get("CC_WARNING_PROVENANCE", "")
    if not text and isinstance(layer, QgsVectorLayer):
        for item in layer.metadata().history():
            if item.strip().startswith("{"):
                text = item
    if not text:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None
