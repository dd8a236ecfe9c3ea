"""GDAL's Python exceptions for the plugin's own work only, and opening a
user's file the same with them on or off.

GDAL's Python bindings return ``None`` (or an error code) on failure unless
``UseExceptions()`` was called, and that switch is one setting of the whole
process: QGIS's own Python (DB Manager, the GDAL and GRASS providers of
Processing) and every other plugin share it. QGIS 3.22 leaves it off and its
Python is written for that; QGIS 3.40 turns it on itself. The plugin's raster,
report and zoning code is written for exceptions, so it turns them on only
while its own work runs (:func:`gdal_exceptions`: a run of one of its
algorithms, a post-processor styling a result, the dock reading a raster) and
sets them back as it found them afterwards; importing the plugin changes
nothing.

Readers of a user's layer call :func:`open_vector` / :func:`open_raster` and
name the file themselves when they get ``None`` (GDAL 3.10 raises in cases
where 3.6 returned ``None`` even with exceptions on)."""

import contextlib
import functools
import threading
import warnings
from typing import Any, Optional

from osgeo import gdal, ogr, osr

from .errors import InputError
from .i18n import tr

_MODULES = (gdal, ogr, osr)
_lock = threading.Lock()
_depth = 0
_before: tuple = ()


@contextlib.contextmanager
def gdal_exceptions():
    """GDAL's, OGR's and OSR's Python exceptions on inside the block, and as
    they were before once the last such block (of any thread) has ended.
    Blocks nest, and blocks of several threads (two runs at once) share one
    count. While a block is open the setting is on for the whole process:
    the bindings of GDAL 3.6 keep one setting per module, not per thread."""
    global _depth, _before
    with _lock:
        if _depth == 0:
            _before = tuple(m.GetUseExceptions() for m in _MODULES)
            for m in _MODULES:
                if not m.GetUseExceptions():
                    m.UseExceptions()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                # GDAL 3.6 stacks an error handler per switch: set them back in
                # the reverse order; from GDAL 3.7 one module's switch also sets
                # the others': set back only what was off, checking each one
                for m, was_on in reversed(list(zip(_MODULES, _before))):
                    if not was_on and m.GetUseExceptions():
                        try:
                            m.DontUseExceptions()
                        except RuntimeError as exc:
                            # an error handler pushed in the meantime and not
                            # popped: GDAL refuses; the switch stays on
                            warnings.warn(f"GDAL's Python exceptions stay on: {exc}", stacklevel=3)


def with_gdal_exceptions(func):
    """``func`` run inside :func:`gdal_exceptions`."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with gdal_exceptions():
            return func(*args, **kwargs)

    return wrapper


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


def transform_geometry(geom: ogr.Geometry, transform) -> bool:
    """``geom`` transformed in place by ``transform`` (an
    ``osr.CoordinateTransformation``); False where OGR cannot transform it (a
    coordinate outside what the CRS allows: OGR returns an error code, or
    raises where GDAL's Python exceptions are on), and the caller names the
    feature."""
    try:
        return geom.Transform(transform) == 0
    except RuntimeError:
        return False


def read_array(band: gdal.Band, xoff: int, yoff: int, xsize: int, ysize: int, buf_obj=None):
    """``band.ReadAsArray`` of a window (into ``buf_obj`` if given), or None
    where GDAL cannot read it (a damaged or cut-short block of the file: GDAL
    returns None, or raises where its Python exceptions are on)."""
    try:
        return band.ReadAsArray(xoff, yoff, xsize, ysize, buf_obj=buf_obj)
    except RuntimeError:
        return None


def unreadable_rows(layer: str, path: str, y0: int, y1: int) -> InputError:
    """The error of rows ``y0``–``y1`` of a raster :func:`read_array` could
    not read."""
    return InputError(
        tr(
            "Raster {layer} ({path}): rows {y0}–{y1} cannot be read; the file is damaged or "
            "incomplete. Copy or export the raster again and run again."
        ).format(layer=layer, path=path, y0=y0, y1=y1)
    )
