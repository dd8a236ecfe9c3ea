"""Inputs aligned to the analysis grid on purpose.

:func:`open_input` checks a raster (CRS, extent, nodata, plausible values)
and decides how it reaches the grid:

* *as is* — same CRS and cells, same extent or a whole-cell offset (a
  county cut of a province raster): windows are read straight from the file;
* *warped* — another CRS, cell size or origin: a GDAL warped VRT reprojects
  and resamples each window when it is read (nothing is written, memory
  stays bounded). Categorical inputs use nearest neighbour; continuous inputs
  use bilinear interpolation when the grid is as fine as the input or finer,
  and the average of the covered cells when the grid is coarser.

The choice is kept in :attr:`RasterInput.report` for the run log.

It also looks at how much of the analysis area the input covers with data
(:func:`check_coverage`, a bounded sample of windows): an input without a
single cell of data there is refused, one that is mostly nodata there is
reported with the share.
"""

import math
import threading
from typing import Callable, Dict, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal

from ..core.errors import InputError
from ..core.gdal_open import read_array, unreadable_rows
from ..core.i18n import tr
from ..core.progress import Cancelled
from .grid import (
    ALIGN_TOL,
    Grid,
    Window,
    crs_name,
    intersects,
    no_crs_message,
    open_raster,
    same_crs,
    transform_bounds,
)

CATEGORICAL = "categorical"
CONTINUOUS = "continuous"

#: |value| above this in a float raster without declared nodata is taken for an
#: undeclared nodata marker (e.g. -3.4028235e38, the float32 minimum)
SENTINEL_ABS = 1e30
#: cells read to measure an input's cover of the analysis area: a grid of at
#: most this many cells is read whole, a larger one in windows spread over it
COVERAGE_SAMPLE_CELLS = 1 << 20
#: share of nodata cells inside the analysis area above which the log warns
#: (a data-quality signal, not a method threshold)
MOSTLY_NODATA = 0.5
#: side of the sampled windows of a reprojected input, in grid cells
_SAMPLE_SIDE = 256
#: golden ratio: spreads the sampled windows over the columns
_PHI = (5**0.5 - 1) / 2

_METHOD_NAMES = {
    "near": lambda: tr("nearest neighbour"),
    "bilinear": lambda: tr("bilinear interpolation"),
    "average": lambda: tr("average of the covered cells"),
    "cubic": lambda: tr("cubic convolution"),
    "mode": lambda: tr("most frequent value"),
}


class RasterInput:
    """One input raster band, readable by windows of the analysis grid.

    ``read(window, halo)`` returns ``(values, valid)``: for continuous inputs
    ``values`` is float with NaN where ``valid`` is False — float32 when the
    file stores float32 or 8/16-bit integers (no precision is lost, half the
    memory traffic), float64 otherwise; for categorical
    inputs it keeps the stored integer type and ``valid`` says which cells
    hold data. Cells beyond the input (halo at the grid edge, a partial
    cover) are invalid.
    """

    #: read() may be called from several threads (it locks the GDAL handle)
    thread_safe = True

    def __init__(
        self,
        name: str,
        path: str,
        ds: gdal.Dataset,
        band: int,
        kind: str,
        nodata: Optional[float],
        offset: Tuple[int, int],
        report: str,
        alpha_band: Optional[int] = None,
        valid_range: Optional[Tuple[float, float]] = None,
        warped: bool = False,
    ):
        self.name = name
        self.path = path
        self._ds = ds
        self._band = ds.GetRasterBand(band)
        self._band_index = band
        self._alpha = ds.GetRasterBand(alpha_band) if alpha_band else None
        self.kind = kind
        self.nodata = nodata
        self.dx, self.dy = offset
        self.report = report
        self.valid_range = valid_range
        self.warped = warped
        self.out_of_range = 0  # cells outside valid_range, treated as nodata
        self.coverage: Optional["Coverage"] = None  # see check_coverage
        self.width = ds.RasterXSize
        self.height = ds.RasterYSize
        self.dtype = gdal.GetDataTypeName(self._band.DataType)
        self.work_dtype = np.float32 if self._band.DataType in _FLOAT32_EXACT else np.float64
        # one GDAL read at a time on this handle; the arrays are checked and
        # converted outside the lock, so blocks of the engine's threads overlap
        self._io = threading.Lock()
        self._count = threading.Lock()
        # rows read with a halo that the window below reads again (see _rows)
        self._stash: Dict[Tuple[int, int, int], Tuple[np.ndarray, Optional[np.ndarray]]] = {}
        self._stash_bytes = 0
        self._stored_type = _numpy_type(self._band.DataType)
        block_h = self._band.GetBlockSize()[1]
        self._tile_rows = block_h if 1 < block_h <= MAX_STASH_TILE_ROWS and not warped else 0

    # -- reading -----------------------------------------------------------
    def read(self, win: Window, halo: int = 0):
        w = win.expand(halo) if halo else win
        sx0, sy0 = w.xoff + self.dx, w.yoff + self.dy
        cx0, cy0 = max(sx0, 0), max(sy0, 0)
        cx1, cy1 = min(sx0 + w.xsize, self.width), min(sy0 + w.ysize, self.height)
        continuous = self.kind == CONTINUOUS
        if cx1 <= cx0 or cy1 <= cy0:
            values = (
                np.full((w.ysize, w.xsize), np.nan, dtype=self.work_dtype)
                if continuous
                else np.zeros((w.ysize, w.xsize), dtype=_numpy_type(self._band.DataType))
            )
            return values, np.zeros((w.ysize, w.xsize), dtype=bool)
        # the row where the window below starts reading (its halo included)
        below = win.yoff + win.ysize - halo + self.dy if halo else None
        with self._io:
            part, alpha = self._rows(cx0, cy0, cx1 - cx0, cy1 - cy0, below)
        ok = self._all_plausible(part, alpha) if continuous else None
        if ok is None:
            ok = self._valid_of(part, alpha)
            if continuous:
                part = part.astype(self.work_dtype, copy=False)
                if not ok.all():
                    part[~ok] = np.nan
                if self.valid_range is not None:
                    lo, hi = self.valid_range
                    with np.errstate(invalid="ignore"):
                        bad = (part < lo) | (part > hi)  # NaN compares False
                    if bad.any():
                        with self._count:
                            self.out_of_range += int(np.count_nonzero(bad))
                        ok &= ~bad
                        part[bad] = np.nan
        if (cx0, cy0, cx1 - cx0, cy1 - cy0) == (sx0, sy0, w.xsize, w.ysize):
            return part, ok  # the window lies inside the raster
        if continuous:
            values = np.full((w.ysize, w.xsize), np.nan, dtype=self.work_dtype)
        else:
            values = np.zeros((w.ysize, w.xsize), dtype=part.dtype)
        valid = np.zeros((w.ysize, w.xsize), dtype=bool)
        sl = (slice(cy0 - sy0, cy1 - sy0), slice(cx0 - sx0, cx1 - sx0))
        values[sl] = part
        valid[sl] = ok
        return values, valid

    def _rows(self, x: int, y: int, xs: int, ys: int, below: Optional[int] = None):
        """The stored values (and alpha) of a rectangle of the input, as
        GDAL reads them. A window read with a halo shares rows with the
        window below, which starts reading at row ``below``: from there to
        the end of the input's tile row — which GDAL decompresses anyway —
        the rows are kept (at most :data:`STASH_MB` per input) and handed to
        the window below instead of decompressing those tiles a second time.
        At 10⁸ cells with a one-cell halo that was a third more
        decompression. Called under the input's lock."""
        top = self._stash.pop((y, x, xs), None) if below is not None else None
        have = 0
        if top is not None:
            self._stash_bytes -= _nbytes(top)
            have = min(top[0].shape[0], ys)
        end = y + ys
        keep_rows = below is not None and y <= below < self.height
        if keep_rows and self._tile_rows and end < self.height:
            # on to the end of the tile row the last rows lie in
            end = min(self.height, -(-end // self._tile_rows) * self._tile_rows)
        if have < ys:
            part = np.empty((end - y, xs), dtype=self._stored_type)
            # a block GDAL cannot read stops the run, naming the rows: never
            # the empty buffer as values, never GDAL's own RuntimeError
            if read_array(self._band, x, y + have, xs, end - y - have, part[have:]) is None:
                raise unreadable_rows(self.name, self.path, y + have, end)
            alpha = None
            if self._alpha is not None:
                alpha = np.empty((end - y, xs), dtype=_numpy_type(self._alpha.DataType))
                if read_array(self._alpha, x, y + have, xs, end - y - have, alpha[have:]) is None:
                    raise unreadable_rows(self.name, self.path, y + have, end)
            if have:
                part[:have] = top[0][:have]
                if alpha is not None:
                    alpha[:have] = top[1][:have]
        else:
            part, alpha = top
        if keep_rows and part.shape[0] > below - y:
            keep = (
                part[below - y :].copy(),
                alpha[below - y :].copy() if alpha is not None else None,
            )
            size = _nbytes(keep)
            if self._stash_bytes + size <= STASH_MB * 1024 * 1024:
                self._stash[(below, x, xs)] = keep
                self._stash_bytes += size
        if part.shape[0] > ys:
            part = part[:ys]
            alpha = alpha[:ys] if alpha is not None else None
        return part, alpha

    def _all_plausible(self, part: np.ndarray, alpha: Optional[np.ndarray]) -> Optional[np.ndarray]:
        """For a continuous input with a plausible range: all-True when every
        cell holds a value inside the range (then nothing is nodata, NaN or
        out of range, and the checks below would change nothing) — three
        passes over the window instead of eight; None otherwise."""
        if (
            self.valid_range is None
            or alpha is not None
            or part.dtype != self.work_dtype
            or (isinstance(self.nodata, float) and math.isnan(self.nodata))
        ):
            return None
        lo, hi = self.valid_range
        nd = None if self.nodata is None else _cast_nodata(self.nodata, part.dtype)
        if part.size and (nd is None or not lo <= nd <= hi):
            # the smallest and the largest value inside the range (a NaN makes
            # both NaN, outside it): two passes and no array of flags
            if lo <= part.min() and part.max() <= hi:
                return np.ones(part.shape, dtype=bool)
            return None
        with np.errstate(invalid="ignore"):
            good = part >= lo
            good &= part <= hi  # NaN and ±inf are False
        if nd is not None:
            good &= part != nd
        return good if good.all() else None

    def _valid_of(self, part: np.ndarray, alpha: Optional[np.ndarray]) -> np.ndarray:
        if alpha is not None:
            ok = alpha > 0
        elif self.nodata is None:
            ok = np.ones(part.shape, dtype=bool)
        elif isinstance(self.nodata, float) and math.isnan(self.nodata):
            ok = ~np.isnan(part)
        else:
            nd = _cast_nodata(self.nodata, part.dtype)
            ok = np.ones(part.shape, dtype=bool) if nd is None else part != nd
        if part.dtype.kind == "f":
            ok &= np.isfinite(part)
        return ok

    # -- checks ------------------------------------------------------------
    def codes_present(
        self, grid: Grid, block_size: int = 1024, cancelled: Callable[[], bool] = lambda: False
    ) -> Dict[int, int]:
        """{code: cell count} of a categorical input over the grid (one read
        of the input; integer codes only)."""
        fast = self._histogram(grid)
        if fast is not None:
            return fast
        counts: Dict[int, int] = {}
        for win in grid.windows(block_size):
            if cancelled():
                raise Cancelled(tr("Cancelled."))
            values, valid = self.read(win)
            v = values[valid]
            if v.size == 0:
                continue
            if v.dtype.kind == "f":
                if not np.all(v == np.floor(v)):
                    frac = v[v != np.floor(v)][0]
                    raise InputError(
                        tr(
                            "Layer {layer} is a categorical input but holds the non-integer "
                            "value {value}. Give a raster of integer class codes."
                        ).format(layer=self.name, value=frac)
                    )
                v = v.astype(np.int64)
            if v.dtype.kind == "u" and v.dtype.itemsize <= 2:
                bc = np.bincount(v.ravel())
                for code in np.nonzero(bc)[0]:
                    counts[int(code)] = counts.get(int(code), 0) + int(bc[code])
            else:
                uniq, cnt = np.unique(v, return_counts=True)
                for code, n in zip(uniq, cnt):
                    counts[int(code)] = counts.get(int(code), 0) + int(n)
        return counts

    def _histogram(self, grid: Grid) -> Optional[Dict[int, int]]:
        """GDAL's own histogram (C speed) of an 8/16-bit input stored exactly on
        the grid; None when that does not apply. A separate handle with GDAL's
        auxiliary files (PAM) disabled, so nothing is written beside the
        input."""
        if (
            self.warped
            or (self.dx, self.dy) != (0, 0)
            or self.width != grid.width
            or self.height != grid.height
            or self._alpha is not None
        ):
            return None
        size = {gdal.GDT_Byte: 256, gdal.GDT_UInt16: 65536}.get(self._band.DataType)
        if size is None:
            return None
        gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", "NO")
        try:
            ds = gdal.OpenEx(self.path, gdal.OF_RASTER | gdal.OF_READONLY)
            band = ds.GetRasterBand(self._band_index)
            hist = band.GetHistogram(-0.5, size - 0.5, size, 0, 0)
            band = None
            ds = None
        finally:
            gdal.SetThreadLocalConfigOption("GDAL_PAM_ENABLED", None)
        counts = {code: int(n) for code, n in enumerate(hist) if n}
        if self.nodata is not None and float(self.nodata).is_integer():
            counts.pop(int(self.nodata), None)
        return counts

    def require_codes(
        self,
        grid: Grid,
        known: Sequence[int],
        what: str,
        block_size: int = 1024,
        cancelled=lambda: False,
    ) -> Dict[int, int]:
        """Refuse a categorical input holding codes not in ``known``."""
        counts = self.codes_present(grid, block_size, cancelled)
        unknown = sorted(set(counts) - set(int(k) for k in known))
        if unknown:
            shown = ", ".join(f"{c} ({counts[c]:,} " + tr("cells") + ")" for c in unknown[:8])
            raise InputError(
                tr(
                    "Layer {layer} holds codes the method profile does not know for {what}: "
                    "{codes}. Known codes: {known}. Reclassify the layer, declare the codes' "
                    "cells as nodata, or add the codes to the profile."
                ).format(
                    layer=self.name, what=what, codes=shown, known=", ".join(str(k) for k in known)
                )
            )
        return counts

    def close(self):
        self._band = None
        self._alpha = None
        self._ds = None
        self._stash.clear()
        self._stash_bytes = 0


#: rows kept per input for the window below (see RasterInput._rows), at most
STASH_MB = 32
#: inputs whose tiles are taller than this are read without keeping rows
MAX_STASH_TILE_ROWS = 512


def _nbytes(rows) -> int:
    return sum(a.nbytes for a in rows if a is not None)


#: stored types whose every value a float32 holds exactly
_FLOAT32_EXACT = (gdal.GDT_Float32, gdal.GDT_Byte, gdal.GDT_Int16, gdal.GDT_UInt16)


def _numpy_type(gdal_type: int):
    from osgeo import gdal_array

    return np.dtype(gdal_array.GDALTypeCodeToNumericTypeCode(gdal_type))


def _cast_nodata(nodata: float, dtype: np.dtype):
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        if not (info.min <= nodata <= info.max) or nodata != int(nodata):
            return None  # a nodata value the type cannot hold matches nothing
        return dtype.type(int(nodata))
    return dtype.type(nodata)


def source_grid(ds: gdal.Dataset):
    """(crs_wkt, geotransform) of a dataset, or raise for no CRS."""
    return ds.GetProjection(), ds.GetGeoTransform(can_return_null=True)


def open_input(
    path: str,
    grid: Grid,
    kind: str,
    name: str = "",
    band: int = 1,
    method: Optional[str] = None,
    nodata: Optional[float] = None,
    valid_range: Optional[Tuple[float, float]] = None,
    log: Optional[Callable[[str], None]] = None,
    check_data: bool = True,
    area=None,
    warn: Optional[Callable[[str], None]] = None,
    cancelled: Callable[[], bool] = lambda: False,
    partial_ok: bool = False,
) -> RasterInput:
    """Open ``path`` band ``band`` and align it to ``grid``.

    ``kind`` is :data:`CATEGORICAL` or :data:`CONTINUOUS`; ``method`` forces a
    GDAL resampling method; ``nodata`` overrides the declared nodata value;
    ``valid_range`` (lo, hi) is the plausible range of a continuous input: a
    value outside it in the sampled statistics is reported as an undeclared
    nodata marker before any work starts, and cells outside it met later are
    treated as nodata and counted (:attr:`RasterInput.out_of_range`).
    Raises :class:`InputError` naming the layer for a missing CRS, an extent
    that does not overlap the grid, an undeclared nodata marker.

    With ``check_data`` (the default; off for the run's own intermediate
    rasters) the input's cover of the analysis area — ``area`` (a polygon
    input, e.g. the analysis-area mask), else ``grid.area``, else the whole
    grid — is measured (:func:`check_coverage`): no cell of data there raises
    :class:`InputError` naming the layer; more than :data:`MOSTLY_NODATA` of
    nodata goes to ``warn`` (else ``log.warn`` if ``log`` has it, else
    ``log``) with the share — unless ``partial_ok``: an input that covers
    part of the area by design (a 防风固沙 importance only where wind erosion
    occurs).
    """
    name = name or path
    ds = open_raster(path, name)
    if band < 1 or band > ds.RasterCount:
        raise InputError(
            tr("Layer {layer} has {n} band(s); band {band} was asked for.").format(
                layer=name, n=ds.RasterCount, band=band
            )
        )
    src_wkt = ds.GetProjection()
    if not src_wkt:
        raise InputError(no_crs_message(name))
    gt = ds.GetGeoTransform(can_return_null=True)
    if gt is None:
        raise InputError(
            tr(
                "Layer {layer} has no georeferencing (no geotransform). Georeference it "
                "before using it."
            ).format(layer=name)
        )
    b = ds.GetRasterBand(band)
    declared = b.GetNoDataValue() if nodata is None else float(nodata)
    if (
        declared is not None
        and b.DataType
        in (gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32)
        and declared != int(declared)
    ):
        declared = None if nodata is None else declared
    _check_values(b, name, kind, declared, valid_range)

    # extent overlap (in the grid CRS)
    src_bounds = (
        (gt[0], gt[3] + gt[5] * ds.RasterYSize, gt[0] + gt[1] * ds.RasterXSize, gt[3])
        if gt[2] == 0 and gt[4] == 0
        else None
    )
    in_grid = transform_bounds(src_bounds, src_wkt, grid.crs_wkt) if src_bounds else None
    if src_bounds is not None:
        if in_grid is None or not intersects(in_grid, grid.bounds):
            raise InputError(
                tr(
                    "Layer {layer} does not overlap the analysis grid: its extent is {ext} in "
                    "{crs}, the grid covers {grid} in {gcrs}. Check the layer's CRS (a wrong "
                    "CRS puts a layer elsewhere) and that it covers the study area."
                ).format(
                    layer=name,
                    ext=_fmt_bounds(src_bounds),
                    crs=crs_name(src_wkt),
                    grid=_fmt_bounds(grid.bounds),
                    gcrs=crs_name(grid.crs_wkt),
                )
            )

    offset = _direct_offset(ds, gt, src_wkt, grid)
    if offset is not None:
        if offset == (0, 0) and ds.RasterXSize == grid.width and ds.RasterYSize == grid.height:
            report = tr("{layer}: read as is (already on the analysis grid).").format(layer=name)
        else:
            report = tr(
                "{layer}: read as is at an offset of {dx}, {dy} cells (same CRS "
                "and cells as the analysis grid)."
            ).format(layer=name, dx=offset[0], dy=offset[1])
        report += _cover_note(in_grid, grid)
        inp = RasterInput(
            name, path, ds, band, kind, declared, offset, report, valid_range=valid_range
        )
    else:
        inp = _warped(
            ds, path, name, band, kind, declared, gt, src_wkt, grid, method, valid_range, in_grid
        )
    if log is not None:
        log(inp.report)
    if check_data:
        if partial_ok:
            warn = None
        elif warn is None:
            warn = getattr(log, "warn", None) or log
        check_coverage(
            inp, grid, area if area is not None else getattr(grid, "area", None), warn, cancelled
        )
    return inp


class Coverage:
    """Cells with data among the cells looked at inside the analysis area;
    ``exact`` when every cell was looked at."""

    def __init__(self, valid: int = 0, total: int = 0, exact: bool = True):
        self.valid = valid
        self.total = total
        self.exact = exact

    @property
    def nodata_share(self) -> float:
        return 1.0 - self.valid / self.total if self.total else 0.0


def sample_windows(inp, grid: Grid, budget: int = COVERAGE_SAMPLE_CELLS):
    """(windows of ``grid`` to read, whether they cover it all). A grid of at
    most ``budget`` cells is read whole. Otherwise about ``budget`` cells in
    windows spread evenly over the rows (and, by a low-discrepancy sequence,
    over the columns): the stored blocks of an input read as is (each window
    one block, decompressed once), squares of :data:`_SAMPLE_SIDE` cells for a
    reprojected one."""
    if grid.cells <= budget:
        return list(grid.windows(1024)), True
    band = getattr(inp, "_band", None)
    bw = bh = min(_SAMPLE_SIDE, grid.width, grid.height)
    ox = oy = 0  # grid position of the first tile's corner
    if band is not None and not getattr(inp, "warped", True):
        sw, sh = band.GetBlockSize()
        if 0 < sw * sh <= budget:
            bw, bh = sw, sh
            ox, oy = -inp.dx, -inp.dy  # grid position of the input's first cell
    # the tiles that meet the grid
    c0, c1 = max(0, -ox) // bw, (grid.width - 1 - ox) // bw
    r0, r1 = max(0, -oy) // bh, (grid.height - 1 - oy) // bh
    cols, rows = c1 - c0 + 1, r1 - r0 + 1
    if cols < 1 or rows < 1:
        return [], False
    count = max(1, min(cols * rows, budget // (bw * bh)))
    out = []
    for i in range(count):
        r = r0 + min(rows - 1, int((i + 0.5) * rows / count))
        c = c0 + min(cols - 1, int(((i * _PHI) % 1.0) * cols))
        xa, ya = max(0, ox + c * bw), max(0, oy + r * bh)
        xb = min(grid.width, ox + (c + 1) * bw)
        yb = min(grid.height, oy + (r + 1) * bh)
        if xb > xa and yb > ya:
            out.append(Window(xa, ya, xb - xa, yb - ya))
    return list(dict.fromkeys(out)), False


def data_coverage(
    inp,
    grid: Grid,
    area=None,
    budget: int = COVERAGE_SAMPLE_CELLS,
    cancelled: Callable[[], bool] = lambda: False,
) -> Coverage:
    """How much of the analysis area ``area`` (cells where it is valid and
    not 0; None: the whole grid) ``inp`` covers with data, from
    :func:`sample_windows`. Memory: one window at a time."""
    windows, exact = sample_windows(inp, grid, budget)
    cov = Coverage(exact=exact)
    seen_out_of_range = inp.out_of_range
    try:
        for win in windows:
            if cancelled():
                raise Cancelled(tr("Cancelled."))
            if area is not None:
                av, aok = area.read(win, 0)
                inside = aok & (av != 0)
                n_inside = int(np.count_nonzero(inside))
                if not n_inside:
                    continue
            _, valid = inp.read(win, 0)
            if area is not None:
                cov.valid += int(np.count_nonzero(valid & inside))
                cov.total += n_inside
            else:
                cov.valid += int(np.count_nonzero(valid))
                cov.total += win.cells
    finally:
        inp.out_of_range = seen_out_of_range  # the run counts its own
    return cov


def has_data(
    inp,
    grid: Grid,
    area=None,
    cancelled: Callable[[], bool] = lambda: False,
    block_size: int = 1024,
) -> bool:
    """Whether ``inp`` holds at least one cell of data inside ``area`` (the
    whole grid if None): every window read until one is found."""
    seen_out_of_range = inp.out_of_range
    try:
        for win in grid.windows(block_size):
            if cancelled():
                raise Cancelled(tr("Cancelled."))
            inside = None
            if area is not None:
                av, aok = area.read(win, 0)
                inside = aok & (av != 0)
                if not inside.any():
                    continue
            _, valid = inp.read(win, 0)
            if (valid & inside).any() if inside is not None else valid.any():
                return True
    finally:
        inp.out_of_range = seen_out_of_range
    return False


def check_coverage(
    inp,
    grid: Grid,
    area=None,
    warn: Optional[Callable[[str], None]] = None,
    cancelled: Callable[[], bool] = lambda: False,
    budget: Optional[int] = None,
) -> Coverage:
    """Refuse an input without data inside the analysis area; warn (through
    ``warn``) when more than :data:`MOSTLY_NODATA` of it is nodata there.
    The sample answers the second; the first is confirmed by reading until a
    cell with data is found, so a raster with little data is never refused
    for a sample that missed it."""
    cov = data_coverage(inp, grid, area, budget or COVERAGE_SAMPLE_CELLS, cancelled)
    inp.coverage = cov
    where = tr("inside the analysis area") if area is not None else tr("on the analysis grid")
    if cov.valid == 0 and (cov.exact and cov.total or not has_data(inp, grid, area, cancelled)):
        nodata = (
            ""
            if inp.nodata is None
            else " " + tr("(nodata value {value:g})").format(value=inp.nodata)
        )
        raise InputError(
            tr(
                "Layer {layer} holds no data {where}: every cell there is nodata{nodata}, so "
                "every result would be nodata. Check the layer (a failed export or clip leaves "
                "an all-nodata raster), its nodata value, and that it covers the study "
                "area."
            ).format(layer=inp.name, where=where, nodata=nodata)
        )
    if cov.total and cov.nodata_share > MOSTLY_NODATA and warn is not None:
        how = (
            tr("all {n:,} cells counted").format(n=cov.total)
            if cov.exact
            else tr("estimated from {n:,} cells spread over it").format(n=cov.total)
        )
        warn(
            tr(
                "{layer}: {pct:.1f} % of the cells {where} hold no data ({how}); the results "
                "are nodata there. Check that the layer covers the study area and that its "
                "nodata value is right."
            ).format(layer=inp.name, pct=100 * cov.nodata_share, where=where, how=how)
        )
    return cov


def _fmt_bounds(b) -> str:
    return "{:.6g}, {:.6g} : {:.6g}, {:.6g}".format(*b)


def _cover_note(in_grid, grid: Grid) -> str:
    if in_grid is None:
        return ""
    g = grid.bounds
    ix = max(0.0, min(in_grid[2], g[2]) - max(in_grid[0], g[0]))
    iy = max(0.0, min(in_grid[3], g[3]) - max(in_grid[1], g[1]))
    share = ix * iy / ((g[2] - g[0]) * (g[3] - g[1]))
    if share < 0.999:
        return " " + tr(
            "It covers {pct:.1f} % of the grid extent; cells beyond it are nodata."
        ).format(pct=100 * share)
    return ""


def _direct_offset(ds, gt, src_wkt, grid: Grid) -> Optional[Tuple[int, int]]:
    """Whole-cell (dx, dy) when the input shares the grid's CRS and cells."""
    if gt[2] != 0 or gt[4] != 0 or not same_crs(src_wkt, grid.crs_wkt):
        return None
    tol = ALIGN_TOL * 10
    if (
        abs(gt[1] - grid.cell_x) > tol * grid.cell_x
        or abs(-gt[5] - grid.cell_y) > tol * grid.cell_y
    ):
        return None
    fx = (grid.x0 - gt[0]) / grid.cell_x
    fy = (gt[3] - grid.y0) / grid.cell_y
    dx, dy = round(fx), round(fy)
    if abs(fx - dx) > 1e-4 or abs(fy - dy) > 1e-4:
        return None
    return int(dx), int(dy)


def _warped(
    ds, path, name, band, kind, declared, gt, src_wkt, grid: Grid, method, valid_range, in_grid
) -> RasterInput:
    if method is None:
        if kind == CATEGORICAL:
            method = "near"
        else:
            src_cell = _source_cell_in_grid_units(ds, gt, in_grid)
            method = (
                "average"
                if src_cell is not None and src_cell < 0.999 * min(grid.cell_x, grid.cell_y)
                else "bilinear"
            )
    opts = dict(
        format="VRT",
        outputBounds=grid.bounds,
        width=grid.width,
        height=grid.height,
        dstSRS=grid.crs_wkt,
        resampleAlg=method,
        multithread=False,
    )
    alpha = None
    if kind == CONTINUOUS:
        src_type = ds.GetRasterBand(band).DataType
        opts.update(
            outputType=gdal.GDT_Float32 if src_type in _FLOAT32_EXACT else gdal.GDT_Float64,
            dstNodata=float("nan"),
        )
        if declared is not None:
            opts["srcNodata"] = declared
        out_nodata = float("nan")
    else:
        if declared is not None:
            opts.update(srcNodata=declared, dstNodata=declared)
            out_nodata = declared
        else:
            opts["dstAlpha"] = True
            out_nodata = None
            alpha = 2
    try:
        one_band = (
            ds
            if ds.RasterCount == 1
            else gdal.Translate(
                "", ds, options=gdal.TranslateOptions(format="VRT", bandList=[band])
            )
        )
        vrt = gdal.Warp("", one_band, options=gdal.WarpOptions(**opts))
    except RuntimeError as exc:
        raise InputError(
            tr(
                "Layer {layer} cannot be reprojected to the analysis grid: {detail}. Check its CRS."
            ).format(layer=name, detail=exc)
        ) from exc
    src_cell_txt = "{:g} × {:g}".format(abs(gt[1]), abs(gt[5]))
    report = tr(
        "{layer}: reprojected/resampled from {crs} (cells {cells}) to the "
        "analysis grid with {method} ({kind} input)."
    ).format(
        layer=name,
        crs=crs_name(src_wkt),
        cells=src_cell_txt,
        method=_METHOD_NAMES.get(method, lambda: method)(),
        kind=tr("categorical") if kind == CATEGORICAL else tr("continuous"),
    )
    report += _cover_note(in_grid, grid)
    inp = RasterInput(
        name,
        path,
        vrt,
        1,
        kind,
        out_nodata,
        (0, 0),
        report,
        alpha_band=alpha,
        valid_range=valid_range,
        warped=True,
    )
    inp._src = (ds, one_band)  # keep the sources alive while the VRT is used
    inp.method = method
    return inp


def _source_cell_in_grid_units(ds, gt, in_grid) -> Optional[float]:
    if in_grid is None:
        return None
    return min(
        (in_grid[2] - in_grid[0]) / ds.RasterXSize, (in_grid[3] - in_grid[1]) / ds.RasterYSize
    )


def _check_values(b, name, kind, declared, valid_range) -> None:
    """Catch an undeclared nodata marker from the sampled min/max."""
    if kind != CONTINUOUS:
        return
    try:
        lo, hi = b.ComputeRasterMinMax(True)
    except RuntimeError:
        return  # no valid value in the sample: the blocks will tell
    if declared is None:
        for v in (lo, hi):
            if abs(v) >= SENTINEL_ABS:
                raise InputError(
                    tr(
                        "Layer {layer} holds the value {value:g} but declares no nodata value; "
                        "it looks like an undeclared nodata marker. Declare it (Layer "
                        "Properties ▸ Transparency ▸ No data value, or gdal_edit.py "
                        "-a_nodata {value:g}) and run again."
                    ).format(layer=name, value=v)
                )
    if valid_range is not None:
        rlo, rhi = valid_range
        for v in (lo, hi):
            if v < rlo or v > rhi:
                hint = (
                    tr("declare it as the nodata value (gdal_edit.py -a_nodata {value:g})").format(
                        value=v
                    )
                    if declared is None
                    else tr("check the layer's unit and its nodata value")
                )
                raise InputError(
                    tr(
                        "Layer {layer} holds the value {value:g}, outside the plausible range "
                        "{lo:g} … {hi:g} of this input. If it marks missing data, {hint}; "
                        "otherwise check that the right layer was chosen."
                    ).format(layer=name, value=v, lo=rlo, hi=rhi, hint=hint)
                )
