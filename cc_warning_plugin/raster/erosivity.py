"""Rainfall erosivity R from daily rainfall rasters, block by block.

The daily rasters (one file per day, e.g. a gridded precipitation product
cut to the area) must lie on the analysis grid: same CRS, cell size and
extent (check with :func:`check_daily_rasters` before the run). Each block
opens every day's file, reads its window and adds it to a
:class:`core.erosivity.daily.DailyAccumulator`, so memory stays five block
arrays whatever the number of days, and at most one file is open per
thread. Cells with the file's nodata, or a negative value, are missing
that day.
"""

import datetime as _dt
import os
import re
from typing import List, Sequence, Tuple

import numpy as np
from osgeo import gdal

from ..core.erosivity.daily import DailyAccumulator, Settings, above_maximum
from ..core.errors import InputError
from ..core.gdal_open import open_raster, read_array, unreadable_rows
from ..core.i18n import tr
from .grid import ALIGN_TOL, Grid, same_crs

_DATE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")

R_NODATA = -9999.0


def dates_from_names(paths: Sequence[str]) -> List[Tuple[_dt.date, str]]:
    """(date, path) of daily rasters whose file names hold the date as
    YYYYMMDD, YYYY-MM-DD or YYYY_MM_DD, in date order. A name without a date,
    or two files of one day, raise InputError naming the files."""
    out = []
    seen = {}
    for p in paths:
        m = _DATE.search(os.path.basename(p))
        day = None
        if m:
            try:
                day = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                day = None
        if day is None:
            raise InputError(
                tr(
                    "Daily rainfall raster {path}: no date in the file name. Name the files "
                    "with the day as YYYYMMDD or YYYY-MM-DD (e.g. rain_20150601.tif)."
                ).format(path=p)
            )
        if day in seen:
            raise InputError(
                tr(
                    "Daily rainfall rasters {a} and {b} are of the same day "
                    "{day}. Keep one file per day."
                ).format(a=seen[day], b=p, day=day.isoformat())
            )
        seen[day] = p
        out.append((day, p))
    return sorted(out)


def check_daily_rasters(grid: Grid, files: Sequence[Tuple[_dt.date, str]]) -> None:
    """Every file on the analysis grid (CRS, cells, extent), else InputError
    naming the first file that is not, before any work."""
    for _, path in files:
        ds = open_raster(path)
        if ds is None:
            raise InputError(tr("Daily rainfall raster {path} cannot be opened.").format(path=path))
        gt = ds.GetGeoTransform()
        same = (
            ds.RasterXSize == grid.width
            and ds.RasterYSize == grid.height
            and same_crs(ds.GetProjection(), grid.crs_wkt)
            and all(abs(a - b) <= ALIGN_TOL * grid.cell_x for a, b in zip(gt, grid.geotransform))
        )
        ds = None
        if not same:
            raise InputError(
                tr(
                    "Daily rainfall raster {path} is not on the analysis grid ({grid}). Warp "
                    "all daily rasters to one grid first (Raster ▸ Projections ▸ Warp, or "
                    "gdalwarp with -tr and -te)."
                ).format(path=path, grid=grid.describe())
            )


def read_window(path: str, win, scale: float = 1.0) -> np.ndarray:
    """A window of a daily raster in mm (float64, NaN = missing)."""
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    arr = read_array(band, win.xoff, win.yoff, win.xsize, win.ysize)
    if arr is None:
        name = os.path.splitext(os.path.basename(path))[0]
        raise unreadable_rows(name, path, win.yoff, win.yoff + win.ysize)
    arr = arr.astype(np.float64)
    nd = band.GetNoDataValue()
    ds = None
    if nd is not None:
        arr[arr == nd] = np.nan
    arr[~np.isfinite(arr) | (arr < 0)] = np.nan
    return arr * scale


def check_maximum(mm: np.ndarray, path: str, day: _dt.date, win, settings: Settings) -> None:
    """Refuse a cell of a day's window above the largest possible daily
    precipitation (``[erosivity] max_daily_precipitation``, in mm after the
    scale), naming the file, the day, the cell and the value."""
    hit = above_maximum(mm, settings)
    if hit is None:
        return
    row, col = hit
    raise InputError(
        tr(
            "Daily rainfall raster {path} ({date}): the cell at column {col}, row {row} holds "
            "{mm:g} mm, above the largest possible daily precipitation, {max:g} mm "
            "([erosivity] max_daily_precipitation of the method profile). Correct the raster, "
            "or set DAILY_RAIN_SCALE if it is not in millimetres (0.1 for 0.1 mm)."
        ).format(
            path=path,
            date=day.isoformat(),
            col=win.xoff + col,
            row=win.yoff + row,
            mm=mm[row, col],
            max=settings.max_daily,
        )
    )


def block_function(
    files: Sequence[Tuple[_dt.date, str]],
    settings: Settings,
    scale: float = 1.0,
    nodata: float = R_NODATA,
):
    """A block function for ``run_blocks`` (no raster inputs, halo 0) with
    the outputs ``r`` (mean annual R, MJ·mm/(hm²·h·a)) and ``years``
    (complete years per cell)."""
    files = sorted(files)

    def func(block):
        acc = DailyAccumulator(block.shape, settings)
        for i, (day, path) in enumerate(files):
            if i % 32 == 0:
                block.check()
            mm = read_window(path, block.window, scale)
            check_maximum(mm, path, day, block.window, settings)
            acc.add(day.year, day.month, day.day, mm)
        r, years = acc.result()
        return {"r": np.where(np.isnan(r), nodata, r), "years": years}

    return func
