"""Styling of class rasters in QGIS from the method profile's class sets.

Every class raster the plugin writes names its class set in the band
metadata ``CC_WARNING_CLASS_SET`` (a dotted profile key such as
``dual.classes.levels``); :func:`apply_raster_class_style` reads it (or takes
the key) and gives the layer a paletted renderer with the profile's colours
and the labels in the interface language, so the legend reads 高 / 较高 / …
or 适宜区 / 不适宜区.
"""

from typing import Optional

from osgeo import gdal
from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer
from qgis.PyQt.QtGui import QColor

from ..core.dual.classes import CLASS_SET_KEY, ClassSet, find_class_set
from ..core.profile import Profile


def class_set_key_of(layer: QgsRasterLayer, band: int = 1) -> Optional[str]:
    """The ``CC_WARNING_CLASS_SET`` of a raster layer's band, if any."""
    if layer is None or not layer.isValid():
        return None
    try:
        ds = gdal.Open(layer.source())
    except RuntimeError:
        return None
    if ds is None or band > ds.RasterCount:
        return None
    return ds.GetRasterBand(band).GetMetadataItem(CLASS_SET_KEY)


def paletted_renderer(
    layer: QgsRasterLayer, class_set: ClassSet, band: int = 1
) -> QgsPalettedRasterRenderer:
    classes = [
        QgsPalettedRasterRenderer.Class(float(v), QColor(colour), label)
        for v, colour, label in zip(class_set.values, class_set.colors, class_set.labels())
    ]
    return QgsPalettedRasterRenderer(layer.dataProvider(), band, classes)


def apply_raster_class_style(
    layer: QgsRasterLayer, profile: Profile, key: Optional[str] = None, band: int = 1
) -> bool:
    """Give ``layer`` the paletted style of its class set. Returns False
    (layer unchanged) when the raster names no class set the profile
    knows."""
    if layer is None or not layer.isValid():
        return False
    class_set = find_class_set(profile, key or class_set_key_of(layer, band))
    if class_set is None:
        return False
    layer.setRenderer(paletted_renderer(layer, class_set, band))
    layer.triggerRepaint()
    return True
