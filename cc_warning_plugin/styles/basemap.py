"""The planning base map (规划底图): the bureau's own layers drawn with the
conventional symbols of the method profile's ``[maps.basemap]`` — county
and township boundaries with labels, 三区三线 (生态保护红线, 永久基本农田,
城镇开发边界), land use by first-level class, a local raster or MBTiles
base map. Only local sources are accepted: the plugin never contacts an
online tile service."""

from typing import List, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..compat import LabelPlacement
from ..core.errors import InputError
from ..core.i18n import label, tr
from ..core.profile import Profile
from ..report.results import class_set
from .fonts import cjk_family
from .result_styles import use_named_style

#: Base-map roles in drawing order, bottom first.
ROLES = ("raster", "landuse", "farmland", "eco_redline", "urban_boundary", "township", "county")
VECTOR_ROLES = tuple(r for r in ROLES if r != "raster")

_PEN = {"solid": "solid", "dash": "dash", "dot": "dot", "dash_dot": "dash dot"}
_REMOTE_PROVIDERS = {"wms", "xyz", "arcgismapserver", "arcgisfeatureserver", "wfs", "wcs", "oapif"}
_REMOTE_PREFIXES = (
    "http://",
    "https://",
    "ftp://",
    "/vsicurl",
    "/vsis3",
    "/vsigs",
    "/vsiaz",
    "/vsioss",
    "/vsiswift",
    "/vsihdfs",
    "/vsiwebhdfs",
)


def role_title(profile: Profile, role: str) -> str:
    return label(profile.get(f"maps.basemap.{role}"))


def _rgba(colour: str, opacity: float = 1.0) -> str:
    c = QColor(colour)
    return f"{c.red()},{c.green()},{c.blue()},{int(round(255 * opacity))}"


def remote_reason(layer: QgsMapLayer) -> Optional[str]:
    """Why a layer is not a local source (``None`` when it is local)."""
    provider = (layer.providerType() or "").lower()
    source = layer.source() or ""
    if provider in _REMOTE_PROVIDERS:
        return tr("its data provider '{provider}' reads from a server").format(provider=provider)
    target = source
    for part in source.replace("&", " ").split():
        if part.lower().startswith("url="):
            target = part[4:]
    low = target.lower()
    if any(p in low for p in _REMOTE_PREFIXES):
        return tr("its source is a web address")
    return None


def require_local(layer: QgsMapLayer) -> None:
    reason = remote_reason(layer)
    if reason:
        raise InputError(
            tr(
                "Layer '{layer}' cannot be a base-map layer: {reason}. The warning map works "
                "offline; use the bureau's own files (GeoPackage, shapefile, GeoTIFF or "
                "MBTiles)."
            ).format(layer=layer.name(), reason=reason)
        )


def crs_note(layer: QgsMapLayer, target: QgsCoordinateReferenceSystem) -> Optional[str]:
    """A message when a layer is drawn reprojected (``None`` when its CRS is
    the map's)."""
    if not target.isValid() or layer.crs() == target:
        return None
    return tr(
        "Layer '{layer}' is in {crs}; it is reprojected on the fly to the map's {target}."
    ).format(
        layer=layer.name(),
        crs=layer.crs().authid() or layer.crs().description(),
        target=target.authid(),
    )


def _symbol(layer: QgsVectorLayer, style: dict):
    stroke = style["stroke"]
    pen = _PEN[style["stroke_style"]]
    if layer.geometryType() == QgsWkbTypes.GeometryType.LineGeometry:
        return QgsLineSymbol.createSimple(
            {
                "line_color": _rgba(stroke or "#000000", 1.0 if stroke else 0.0),
                "line_width": str(style["stroke_width"] or 0.26),
                "line_width_unit": "MM",
                "line_style": pen,
            }
        )
    fill = style["fill"]
    return QgsFillSymbol.createSimple(
        {
            "color": _rgba(fill, style["fill_opacity"]) if fill else "0,0,0,0",
            "style": "solid" if fill else "no",
            "outline_color": _rgba(stroke) if stroke else "0,0,0,0",
            "outline_style": pen if stroke else "no",
            "outline_width": str(style["stroke_width"]),
            "outline_width_unit": "MM",
        }
    )


def first_field(layer: QgsVectorLayer, candidates: List[str]) -> Optional[str]:
    names = {n.lower(): n for n in layer.fields().names()}
    for c in candidates:
        if c.lower() in names:
            return names[c.lower()]
    return None


def _labels(layer: QgsVectorLayer, style: dict, profile: Profile) -> None:
    field = first_field(layer, style["label_fields"]) if style["label_size"] > 0 else None
    if not field:
        layer.setLabelsEnabled(False)
        return
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    settings.isExpression = False
    fmt = QgsTextFormat()
    family = cjk_family(profile)
    if family:
        font = fmt.font()
        font.setFamily(family)
        fmt.setFont(font)
    fmt.setSize(style["label_size"])
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(style["label_color"]))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        settings.placement = LabelPlacement.OverPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _landuse_renderer(layer: QgsVectorLayer, style: dict, profile: Profile):
    """Land use by first-level class (first two digits of the code), with the
    classes present in the layer only, so the legend stays short."""
    field = first_field(layer, style["code_fields"])
    if not field:
        return None
    idx = layer.fields().indexOf(field)
    present = {
        str(v).strip()[:2]
        for v in layer.uniqueValues(idx)
        if v is not None and str(v).strip() and str(v) != "NULL"
    }
    cset = class_set(profile, "maps.landuse_classes")
    cats = []
    for e in cset.entries:
        if str(e.value) in present:
            s = dict(style, fill=e.color)
            cats.append(QgsRendererCategory(e.value, _symbol(layer, s), e.label, True))
    if present - {str(e.value) for e in cset.entries}:
        cats.append(
            QgsRendererCategory("", _symbol(layer, style), tr("Other land-use codes"), True)
        )
    expr = f'left(to_string("{field}"), 2)'
    return QgsCategorizedSymbolRenderer(expr, cats)


def apply_basemap_style(
    layer: QgsMapLayer, role: str, profile: Profile, named: bool = True
) -> None:
    """Draw ``layer`` as the base-map ``role`` with the profile's symbols.

    Raises :class:`InputError` for a layer read from a server, or a raster
    given for a vector role (and the reverse)."""
    if role not in ROLES:
        raise ValueError(role)
    require_local(layer)
    style = profile.get(f"maps.basemap.{role}")
    if role == "raster":
        if not isinstance(layer, QgsRasterLayer):
            raise InputError(
                tr(
                    "Layer '{layer}' is not a raster: the local base map must be a raster or "
                    "MBTiles file."
                ).format(layer=layer.name())
            )
        if named:
            use_named_style(layer)
        layer.setOpacity(style["opacity"])
        layer.triggerRepaint()
        return
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() not in (
        QgsWkbTypes.GeometryType.PolygonGeometry,
        QgsWkbTypes.GeometryType.LineGeometry,
    ):
        raise InputError(
            tr(
                "Layer '{layer}' cannot be drawn as {role}: it needs polygon or line features."
            ).format(layer=layer.name(), role=role_title(profile, role))
        )
    if named:
        use_named_style(layer)
    renderer = _landuse_renderer(layer, style, profile) if role == "landuse" else None
    layer.setRenderer(renderer or QgsSingleSymbolRenderer(_symbol(layer, style)))
    layer.setOpacity(1.0)
    _labels(layer, style, profile)
    layer.setCustomProperty("cc_warning/basemap_role", role)
    layer.triggerRepaint()
    layer.emitStyleChanged()


def draw_order(result, base: dict, profile: Profile) -> list:
    """Layers of a warning map top first: the base-map layers marked
    ``above_result`` (boundaries and their labels), the result, then the
    other base-map layers (三区三线 areas, land use, the local raster)."""
    above, below = [], []
    for role in reversed(ROLES):
        layer = base.get(role)
        if layer is None:
            continue
        if role != "raster" and profile.get(f"maps.basemap.{role}.above_result"):
            above.append(layer)
        else:
            below.append(layer)
    return above + ([result] if result is not None else []) + below
