"""Terrain on blocks of a DEM: slope in degrees and relief (地形起伏度).

Arrays come with a halo of extra cells on every side (NaN = nodata or
beyond the DEM); the functions return the core (halo removed). Cell sizes
are ground distances in metres (the analysis grid is projected; a
geographic DEM is reprojected to it, never read as degrees).
"""

import threading

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

#: halo a slope computation needs
SLOPE_HALO = 1


def slope_degrees(dem: np.ndarray, cell_w: float, cell_h: float, halo: int = 1) -> np.ndarray:
    """Slope (degrees) by Horn's 3 × 3 method.

    ``dem`` is float with NaN for nodata and includes ``halo`` (≥ 1) cells
    around the core. A missing neighbour (nodata, or beyond the DEM) is
    replaced by the mirror image of its opposite neighbour through the
    centre (2·e − opposite); a missing corner whose opposite corner is
    missing too, by the plane through the centre and its two edge
    neighbours (row + column − e); a missing edge neighbour whose opposite
    is missing too, by the centre value. A plane thus keeps its exact slope
    at the edges of the DEM and around holes. A cell whose own
    elevation is missing gets NaN.
    """
    return np.degrees(np.arctan(np.sqrt(gradient_squared(dem, cell_w, cell_h, halo))))


def gradient_squared(dem: np.ndarray, cell_w: float, cell_h: float, halo: int = 1) -> np.ndarray:
    """tan²(slope) = (dz/dx)² + (dz/dy)² by Horn's method, with the edge
    rules of :func:`slope_degrees` (NaN where the cell itself is missing).
    Grading tan² against tan² of the breaks gives the slope classes without
    an arctangent per cell (:func:`grading.grade` with :func:`grading.slope_tan2`)."""
    if halo < 1:
        raise ValueError("slope needs a halo of at least 1 cell")
    h = halo
    ny, nx = dem.shape[0] - 2 * h, dem.shape[1] - 2 * h

    def nb(dy, dx):
        return dem[h + dy : h + dy + ny, h + dx : h + dx + nx]

    # plain Horn everywhere (NaN wherever a neighbour is missing), as two
    # separable Sobel passes over the block, the intermediate sums in two
    # scratch arrays of this thread ...
    z = dem[h - 1 : h + ny + 1, h - 1 : h + nx + 1]
    n = max(ny * (nx + 2), (ny + 2) * nx)
    a, b = _scratch(2 * n, z.dtype)
    sv = np.add(z[:-2, :], z[2:, :], out=a[: ny * (nx + 2)].reshape(ny, nx + 2))
    sv += np.multiply(z[1:-1, :], 2.0, out=b[: ny * (nx + 2)].reshape(ny, nx + 2))  # vertical
    dzdx = sv[:, 2:] - sv[:, :-2]
    sh = np.add(z[:, :-2], z[:, 2:], out=a[: (ny + 2) * nx].reshape(ny + 2, nx))
    sh += np.multiply(z[:, 1:-1], 2.0, out=b[: (ny + 2) * nx].reshape(ny + 2, nx))  # horizontal
    dzdy = np.subtract(sh[2:, :], sh[:-2, :], out=b[: ny * nx].reshape(ny, nx))
    dzdx *= 1.0 / (8.0 * cell_w)
    dzdy *= 1.0 / (8.0 * cell_h)
    dzdx *= dzdx
    dzdy *= dzdy
    dzdx += dzdy
    g2 = dzdx
    centre = nb(0, 0)
    # ... then the cells with a missing neighbour, vectorised over those cells
    missing = np.isnan(g2)
    if missing.any():
        rows, cols = np.nonzero(missing & ~np.isnan(centre))
        if rows.size:
            zz = {off: dem[h + off[0] + rows, h + off[1] + cols] for off in _OFFSETS}
            zz[(0, 0)] = dem[h + rows, h + cols]
            g2[rows, cols] = _horn2(_fill_missing(zz), cell_w, cell_h)
    centre_missing = np.isnan(centre)
    if centre_missing.any():
        g2[centre_missing] = np.nan
    return g2


#: scratch arrays are kept per thread up to this many cells each (a block of
#: 2048² cells with its halo); larger blocks allocate theirs per call
SCRATCH_CELLS = 2050 * 2052
_local = threading.local()


def _scratch(n: int, dtype):
    """Two flat arrays of ``n`` // 2 cells of ``dtype`` for intermediate
    results, reused by the blocks the same thread computes (allocating them
    anew for every block costs more than the arithmetic: fresh pages)."""
    dtype = np.dtype(dtype)
    if n // 2 > SCRATCH_CELLS:
        buf = np.empty(n, dtype=dtype)
    else:
        kept = getattr(_local, "arrays", None)
        if kept is None:
            kept = _local.arrays = {}
        buf = kept.get(dtype)
        if buf is None or buf.size < n:
            buf = kept[dtype] = np.empty(n, dtype=dtype)
    half = n // 2
    return buf[:half], buf[half : 2 * half]


_OFFSETS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def _horn2(z, cell_w, cell_h):
    a, c, g, i = z[(-1, -1)], z[(-1, 1)], z[(1, -1)], z[(1, 1)]
    dzdx = (c - a) + (i - g)
    dzdx += 2.0 * (z[(0, 1)] - z[(0, -1)])
    dzdx *= 1.0 / (8.0 * cell_w)
    dzdy = (g - a) + (i - c)
    dzdy += 2.0 * (z[(1, 0)] - z[(-1, 0)])
    dzdy *= 1.0 / (8.0 * cell_h)
    dzdx *= dzdx
    dzdy *= dzdy
    dzdx += dzdy
    return dzdx


def _fill_missing(z):
    """Replace missing neighbours (NaN) as the docstring of slope_degrees says."""
    e = z[(0, 0)]

    def mirror(p, q):
        a, b = z[p], z[q]
        a_ok, b_ok = ~np.isnan(a), ~np.isnan(b)
        return (
            np.where(a_ok, a, np.where(b_ok, 2.0 * e - b, e)),
            np.where(b_ok, b, np.where(a_ok, 2.0 * e - a, e)),
        )

    out = {}
    out[(-1, 0)], out[(1, 0)] = mirror((-1, 0), (1, 0))
    out[(0, -1)], out[(0, 1)] = mirror((0, -1), (0, 1))
    for cell, opposite in (
        ((-1, -1), (1, 1)),
        ((1, 1), (-1, -1)),
        ((-1, 1), (1, -1)),
        ((1, -1), (-1, 1)),
    ):
        raw, opp = z[cell], z[opposite]
        row = out[(cell[0], 0)]
        col = out[(0, cell[1])]
        out[cell] = np.where(
            ~np.isnan(raw), raw, np.where(~np.isnan(opp), 2.0 * e - opp, row + col - e)
        )
    return out


def relief_halo(window: int) -> int:
    """Halo a relief window of ``window`` cells needs."""
    return window // 2


def relief(dem: np.ndarray, window: int, halo: int) -> np.ndarray:
    """地形起伏度: maximum − minimum elevation in a ``window`` × ``window``
    moving window (nodata cells ignored). For an even window the extra row
    and column lie above and to the left of the cell (offsets −w/2 …
    w/2 − 1). ``halo`` must be at least ``window // 2``. Cells whose own
    elevation is missing get NaN."""
    if window < 1:
        raise ValueError("window must be at least 1 cell")
    r = window // 2
    if halo < r:
        raise ValueError("halo too small for the relief window")
    ny, nx = dem.shape[0] - 2 * halo, dem.shape[1] - 2 * halo
    # cut the padded array so that a 'valid' sliding window of size `window`
    # lands on offsets -r … window-1-r around each core cell
    y0, x0 = halo - r, halo - r
    sub = dem[y0 : y0 + ny + window - 1, x0 : x0 + nx + window - 1]
    hi = np.where(np.isnan(sub), -np.inf, sub)
    lo = np.where(np.isnan(sub), np.inf, sub)
    hi = sliding_window_view(hi, window, axis=1).max(axis=-1)
    hi = sliding_window_view(hi, window, axis=0).max(axis=-1)
    lo = sliding_window_view(lo, window, axis=1).min(axis=-1)
    lo = sliding_window_view(lo, window, axis=0).min(axis=-1)
    out = hi - lo
    centre = dem[halo : halo + ny, halo : halo + nx]
    out[np.isnan(centre)] = np.nan
    return out


def relief_window(cell_size_m: float, windows) -> int:
    """Window (cells) for a cell size from the profile's
    ``relief_windows`` list: the first entry whose ``max_cell_size`` is above
    the cell size."""
    for w in windows:
        if cell_size_m < w["max_cell_size"]:
            return int(w["cells"])
    return int(windows[-1]["cells"])
