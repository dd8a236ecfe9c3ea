"""Block-wise processing of rasters on the analysis grid.

:func:`run_blocks` cuts the grid into square windows (``block_size`` cells a
side), reads every input window with a ``halo`` of extra cells on each side
(for slope, relief and other neighbourhood operations), calls a *block
function*, and writes the arrays it returns into the outputs. Memory is
bounded by the block size — a few arrays of ``(block_size + 2·halo)²``
cells plus GDAL's block cache, which is capped at :data:`CACHE_MB` during a
run — never by the raster size.

A block function takes a :class:`Block` and returns ``{output name: array}``
with one array per output, of the window's shape (without the halo). It
must put the output's nodata value in cells it cannot evaluate; cells
outside the analysis mask are set to nodata by the engine afterwards::

    def slope_class(block):
        dem = block.values["dem"]                 # float64, NaN = nodata, with halo
        slope = terrain.slope_degrees(dem, *block.cell_size_m)   # core-sized
        return {"level": grading.grade(slope, ...)}

    run_blocks(grid, {"dem": dem_input}, {"level": level_output}, slope_class,
               halo=1, feedback=feedback)

Progress is reported per block; cancellation is checked before each block,
after each input read and whenever the block function calls
:meth:`Block.check`, so a cancel stops within the block being processed.
Several blocks are read and computed at the same time, one thread per core
(numpy and GDAL release the GIL for the heavy work), and results are written
in window order by a writer thread; a block function must therefore only
touch its own block.
"""

import collections
import contextlib
import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Dict, Iterable, Optional, Tuple

import numpy as np
from osgeo import gdal

from ..core.i18n import tr

# Progress and Cancelled live in the Qt-free core (algorithms import them from here too)
from ..core.progress import Cancelled, Progress, as_progress
from .grid import Grid, Window
from .inputs import RasterInput
from .output import RasterOutput

#: default side of a processing block, in cells (1024² cells ≈ 8 MB per
#: float64 array); a multiple of the output tile size
DEFAULT_BLOCK = 1024
#: GDAL block cache during a run (MB). Blocks are read once, in order, so a
#: larger cache buys no speed (scripts/benchmark_dual.py: the same times with
#: 64 and 256 MB) but keeps freed blocks resident: with 256 MB the peak memory
#: grew with the raster (639 → 767 → 878 MiB at 2.5·10⁷, 10⁸, 2·10⁸ cells).
CACHE_MB = 64
#: cells of the strips a block function may compute a block in
#: (:meth:`Block.strips`): a strip of 1024 × 128 cells keeps the arrays of a
#: float32 chain in the second-level cache (a 1024² block of the agricultural
#: suitability: 15 ms in one piece, 10 ms in strips of 128 rows)
STRIP_CELLS = 1 << 17


@contextlib.contextmanager
def gdal_cache(mb: Optional[float] = None):
    """Cap GDAL's block cache during a run (``mb``, default :data:`CACHE_MB`),
    then restore it."""
    before = gdal.GetCacheMax()
    want = int((CACHE_MB if mb is None else mb) * 1024 * 1024)
    if before > want:
        gdal.SetCacheMax(want)
    try:
        yield
    finally:
        if before > want:
            gdal.SetCacheMax(before)


class Block:
    """One window of the grid with its input arrays.

    ``values[name]`` and ``valid[name]`` include the halo (shape
    ``(ysize + 2·halo, xsize + 2·halo)``), except those of the inputs
    ``run_blocks`` was told to read without it (``halo_inputs``), which have
    the window's shape; :meth:`core` cuts either to the window itself.
    ``inside`` is the analysis mask of the window.
    """

    def __init__(
        self,
        grid: Grid,
        window: Window,
        halo: int,
        values: Dict[str, np.ndarray],
        valid: Dict[str, np.ndarray],
        inside: np.ndarray,
        progress: Progress,
    ):
        self.grid = grid
        self.window = window
        self.halo = halo
        self.values = values
        self.valid = valid
        self.inside = inside
        self._progress = progress

    @property
    def shape(self) -> Tuple[int, int]:
        return self.window.ysize, self.window.xsize

    @property
    def cell_size_m(self) -> Tuple[float, float]:
        return self.grid.cell_size_m

    def core(self, arr: np.ndarray) -> np.ndarray:
        """``arr`` cut to the window: without the halo, or as it is when it
        has the window's shape (an input read without the halo)."""
        h = self.halo
        if h == 0 or arr.shape[:2] == self.shape:
            return arr
        return arr[h : h + self.window.ysize, h : h + self.window.xsize]

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user cancelled."""
        self._progress.check()

    def strips(self, cells: int = STRIP_CELLS):
        """The block cut into strips of whole rows of about ``cells`` cells
        (at least one row), each a :class:`Block` of its own rows with the
        same halo — views of this block's arrays, nothing copied. A block
        function whose every cell depends only on the inputs within the halo
        gives the same cells strip by strip, and its many passes over the
        arrays then run on strips that stay in the processor's cache."""
        ny, h = self.window.ysize, self.halo
        rows = max(1, cells // max(1, self.window.xsize + 2 * h))
        if rows >= ny:
            yield self
            return
        for r0 in range(0, ny, rows):
            r1 = min(ny, r0 + rows)
            win = Window(self.window.xoff, self.window.yoff + r0, self.window.xsize, r1 - r0)

            def cut(arr, r0=r0, r1=r1):
                return arr[r0:r1] if arr.shape[:2] == self.shape else arr[r0 : r1 + 2 * h]

            yield Block(
                self.grid,
                win,
                h,
                {k: cut(v) for k, v in self.values.items()},
                {k: cut(v) for k, v in self.valid.items()},
                self.inside[r0:r1],
                self._progress,
            )

    def by_strips(self, func: Callable[["Block"], Dict[str, np.ndarray]], cells: int = STRIP_CELLS):
        """``func`` applied strip by strip (:meth:`strips`), its arrays put
        together into arrays of the block."""
        out: Dict[str, np.ndarray] = {}
        for strip in self.strips(cells):
            if strip is self:
                return func(self)
            r0 = strip.window.yoff - self.window.yoff
            for name, arr in func(strip).items():
                if name not in out:
                    out[name] = np.empty(self.shape + arr.shape[2:], dtype=arr.dtype)
                out[name][r0 : r0 + strip.window.ysize] = arr
        return out

    def cell_centres(self):
        return self.grid.cell_centres(self.window)


BlockFunction = Callable[[Block], Dict[str, np.ndarray]]


def default_threads() -> int:
    """Blocks computed at the same time: one per core, at most 4 (numpy and
    GDAL release the GIL for the heavy work, so threads run in parallel);
    the environment variable ``CC_WARNING_THREADS`` sets another number (1:
    one block after the other, e.g. on a shared server)."""
    try:
        wanted = int(os.environ.get("CC_WARNING_THREADS", "0"))
    except ValueError:
        wanted = 0
    if wanted >= 1:
        return wanted
    return max(1, min(4, os.cpu_count() or 1))


def run_blocks(
    grid: Grid,
    inputs: Dict[str, RasterInput],
    outputs: Dict[str, RasterOutput],
    func: BlockFunction,
    halo: int = 0,
    mask: Optional[RasterInput] = None,
    block_size: int = DEFAULT_BLOCK,
    feedback=None,
    threads: Optional[int] = None,
    halo_inputs: Optional[Iterable[str]] = None,
) -> None:
    """Apply ``func`` to every window of ``grid`` and write ``outputs``.

    ``halo_inputs`` (optional) names the inputs the block function needs
    with the ``halo`` (e.g. the DEM of a slope); the others are read for the
    window alone (:meth:`Block.core` takes either) — less to read and check.
    By default every input is read with the halo.

    ``mask`` (optional) is the analysis area: cells where it is nodata or 0
    are nodata in every output, and windows entirely outside it are not
    computed at all. ``threads`` blocks are read and computed at the same
    time (default :func:`default_threads`; 1 = one after the other); each
    input is read by one thread at a time, results are written in window
    order by a writer thread, and at most ``threads + 1`` blocks are held.
    """
    progress = as_progress(feedback)
    windows = list(grid.windows(block_size))
    total = len(windows)
    n_threads = max(1, threads or default_threads())
    # a RasterInput locks its GDAL handle only for the read itself (the checks
    # of the values run beside other reads); other inputs are read by one
    # thread at a time
    with_halo = set(inputs) if halo_inputs is None else set(halo_inputs)
    locks = {
        name: contextlib.nullcontext() if getattr(inp, "thread_safe", False) else threading.Lock()
        for name, inp in inputs.items()
    }
    mask_lock = (
        contextlib.nullcontext() if getattr(mask, "thread_safe", False) else threading.Lock()
    )

    def compute(win: Window):
        if progress.cancelled():
            raise Cancelled(tr("Cancelled."))
        values, valid = {}, {}
        for name, inp in inputs.items():
            with locks[name]:
                values[name], valid[name] = inp.read(win, halo if name in with_halo else 0)
            progress.check()
        if mask is not None:
            with mask_lock:
                mv, mok = mask.read(win, 0)
            inside = mok & (mv != 0)
        else:
            inside = np.ones((win.ysize, win.xsize), dtype=bool)
        if not inside.any():
            return {
                name: np.full((win.ysize, win.xsize), out.nodata, dtype=out.np_type)
                for name, out in outputs.items()
            }
        result = func(Block(grid, win, halo, values, valid, inside, progress))
        progress.check()
        arrays = {}
        for name, out in outputs.items():
            arr = result[name]
            if mask is not None:
                arr = np.where(inside, arr, out.nodata)
            arrays[name] = arr
        return arrays

    def write(win: Window, arrays):
        for name, out in outputs.items():
            out.write(win, arrays[name])

    with (
        gdal_cache(),
        ThreadPoolExecutor(max_workers=n_threads) as pool,
        ThreadPoolExecutor(max_workers=1) as writer,
    ):
        in_flight = collections.deque()
        pending_write = None
        next_window = 0
        try:
            for i in range(total):
                while next_window < total and len(in_flight) <= n_threads:
                    in_flight.append(pool.submit(compute, windows[next_window]))
                    next_window += 1
                arrays = in_flight.popleft().result()
                progress.check()
                # one write in flight at a time: errors surface at once
                if pending_write is not None:
                    pending_write.result()
                pending_write = writer.submit(write, windows[i], arrays)
                progress.set((i + 1) / total)
            if pending_write is not None:
                pending_write.result()
        finally:
            for fut in in_flight:
                fut.cancel()


def reduce_blocks(
    grid: Grid,
    inputs: Dict[str, RasterInput],
    func: Callable[[Block], object],
    combine: Callable[[object, object], object],
    initial,
    halo: int = 0,
    mask: Optional[RasterInput] = None,
    block_size: int = DEFAULT_BLOCK,
    feedback=None,
):
    """A pass over the grid that writes nothing: ``combine`` the value
    ``func(block)`` of every block into ``initial`` (e.g. sums, histograms,
    code counts for a global statistic). Blocks outside the mask are
    skipped."""
    progress = as_progress(feedback)
    acc = initial
    windows = list(grid.windows(block_size))
    total = len(windows)
    with gdal_cache():
        for i, win in enumerate(windows):
            progress.check()
            if mask is not None:
                mv, mok = mask.read(win, 0)
                inside = mok & (mv != 0)
                if not inside.any():
                    progress.set((i + 1) / total)
                    continue
            else:
                inside = np.ones((win.ysize, win.xsize), dtype=bool)
            values, valid = {}, {}
            for name, inp in inputs.items():
                values[name], valid[name] = inp.read(win, halo)
                progress.check()
            acc = combine(acc, func(Block(grid, win, halo, values, valid, inside, progress)))
            progress.set((i + 1) / total)
    return acc


def block_memory_estimate(block_size: int, halo: int, n_arrays: int) -> int:
    """Bytes of ``n_arrays`` float64 arrays of one block with its halo."""
    side = block_size + 2 * halo
    return int(n_arrays * side * side * 8)


def ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def is_nan(x) -> bool:
    return isinstance(x, float) and math.isnan(x)
