"""What the dock and the algorithms share to make a warning map: the choice
of the view, default titles, the layers of a map (styled copies, so an
algorithm never changes the user's layers), and rendering a map to PNG."""

from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsMapLayer, QgsMapRendererCustomPainterJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..core.errors import InputError
from ..core.i18n import tr, translated
from ..core.profile import Profile
from ..report.files import atomic_write
from ..report.results import View
from ..specs.maps import VIEW
from ..styles.basemap import ROLES, apply_basemap_style, crs_note, draw_order
from ..styles.result_styles import apply_view_style
from .builder import fit_extent, layer_extent


def view_options() -> List[str]:
    """The classification choices, as the algorithms' VIEW parameter lists them
    (the dock offers the same)."""
    return [translated(o) for o in VIEW.options]


def choose_view(views: Sequence[View], key: str, layer: str) -> View:
    """The view with ``key`` ("" = the first one); an error naming what the
    layer offers when it lacks it."""
    if not key:
        return views[0]
    for v in views:
        if v.key == key:
            return v
    raise InputError(
        tr("Layer '{layer}' has no classification '{key}'. It offers: {views}.").format(
            layer=layer, key=key, views=", ".join(v.title for v in views)
        )
    )


def default_title(view: View) -> str:
    return tr("Carrying capacity evaluation map: {view}").format(view=view.title)


def default_subtitle(view: View, year: Optional[int]) -> str:
    method = (
        tr("2020 dual-evaluation guide (双评价)")
        if view.is_raster
        else tr("2016 monitoring and early-warning method")
    )
    if year:
        return tr("Evaluation year {year} · {method}").format(year=year, method=method)
    return method


def styled_copy(
    layer: QgsMapLayer, view: View, profile: Profile, counts: Optional[Dict] = None
) -> QgsMapLayer:
    """A copy of the result styled for ``view`` (the input keeps its style)."""
    copy = layer.clone()
    apply_view_style(copy, view, profile, counts, named=False)
    return copy


def base_copies(
    base: Dict[str, QgsMapLayer], profile: Profile, target_crs
) -> Tuple[Dict[str, QgsMapLayer], List[str]]:
    """Styled copies of the base-map layers and the reprojection notes."""
    out, notes = {}, []
    for role in ROLES:
        layer = base.get(role)
        if layer is None:
            continue
        copy = layer.clone()
        apply_basemap_style(copy, role, profile, named=False)
        note = crs_note(layer, target_crs)
        if note:
            notes.append(note)
        out[role] = copy
    return out, notes


def render_png(
    path_or_none: Optional[str],
    result: QgsMapLayer,
    base: Dict[str, QgsMapLayer],
    profile: Profile,
    transform_context,
    width_px: int = 1400,
    height_px: int = 1000,
    above: Sequence[QgsMapLayer] = (),
    extent: Optional[QgsRectangle] = None,
    margin: float = 0.04,
) -> bytes:
    """Render the result over its base map to PNG bytes (and to a file when
    a path is given). ``above``: layers drawn over everything (a project
    site); ``extent``: the part of the map drawn (in the result's CRS),
    grown by ``margin`` (default: the result's extent). Works in a worker
    thread: it uses only the layers given and paints into an image."""
    layers = list(above) + draw_order(result, base, profile)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(result.crs())
    settings.setTransformContext(transform_context)
    settings.setOutputSize(QSize(width_px, height_px))
    settings.setOutputDpi(110)
    settings.setBackgroundColor(QColor("#ffffff"))
    if extent is None:
        extent = layer_extent([result], result.crs(), transform_context)
    settings.setExtent(fit_extent(extent, width_px, height_px, margin))
    image = QImage(QSize(width_px, height_px), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    png = bytes(data)
    if path_or_none:

        def write(tmp):
            with open(tmp, "wb") as fh:
                fh.write(png)

        atomic_write(path_or_none, write, ".png")
    return png
