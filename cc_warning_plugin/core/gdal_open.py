"""Opening a user's file with GDAL or OGR, the same with GDAL's Python
exceptions on or off.

The plugin's raster and report modules turn GDAL's exceptions on when they
are imported, so ``gdal.Open`` / ``ogr.Open`` of something GDAL cannot read
raises ``RuntimeError`` — and GDAL 3.10 raises in cases where 3.6 returned
``None`` even then. Readers of a user's layer call these and name the file
themselves when they get ``None``."""

from typing import Any, Optional

from osgeo import gdal, ogr


def open_vector(path: str) -> Optional[Any]:
    """The OGR data source at ``path``, or None where OGR cannot open it."""
    try:
        return ogr.Open(path)
    except RuntimeError:
        return None


def open_raster(path: str) -> Optional[gdal.Dataset]:
    """The GDAL raster at ``path``, or None where GDAL cannot open it (a tile
    service, a WMS, a file that is gone or cut short)."""
    try:
        return gdal.Open(path)
    except RuntimeError:
        return None
