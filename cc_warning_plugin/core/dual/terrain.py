"""Terrain on blocks of a DEM: slope in degrees and relief (地形起伏度).

Arrays come with a halo of extra cells on every side (NaN = nodata or
beyond the DEM); the functions return the core (halo removed). Cell sizes
are ground distances in metres (the analysis grid is projected; a
geographic DEM is reprojected to it, never read as degrees).
"""

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
    if halo < 1:
        raise ValueError("slope needs a halo of at least 1 cell")
    h = halo
    ny, nx = dem.shape[0] - 2 * h, dem.shape[1] - 2 * h

    def nb(dy, dx):
        return dem[h + dy:h + dy + ny, h + dx:h + dx + nx]

    e = nb(0, 0)

    def mirror(p, q):
        a, b = nb(*p), nb(*q)
        a_ok, b_ok = ~np.isnan(a), ~np.isnan(b)
        return (np.where(a_ok, a, np.where(b_ok, 2.0 * e - b, e)),
                np.where(b_ok, b, np.where(a_ok, 2.0 * e - a, e)))

    z_b, z_h = mirror((-1, 0), (1, 0))
    z_d, z_f = mirror((0, -1), (0, 1))
    corners = {}
    for (p, q) in (((-1, -1), (1, 1)), ((-1, 1), (1, -1))):
        for cell, opposite in ((p, q), (q, p)):
            raw, opp = nb(*cell), nb(*opposite)
            row = z_b if cell[0] < 0 else z_h
            col = z_d if cell[1] < 0 else z_f
            corners[cell] = np.where(~np.isnan(raw), raw,
                                     np.where(~np.isnan(opp), 2.0 * e - opp,
                                              row + col - e))
    z_a, z_c = corners[(-1, -1)], corners[(-1, 1)]
    z_g, z_i = corners[(1, -1)], corners[(1, 1)]
    dzdx = ((z_c + 2.0 * z_f + z_i) - (z_a + 2.0 * z_d + z_g)) / (8.0 * cell_w)
    dzdy = ((z_g + 2.0 * z_h + z_i) - (z_a + 2.0 * z_b + z_c)) / (8.0 * cell_h)
    slope = np.degrees(np.arctan(np.hypot(dzdx, dzdy)))
    slope[np.isnan(e)] = np.nan
    return slope


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
    sub = dem[y0:y0 + ny + window - 1, x0:x0 + nx + window - 1]
    hi = np.where(np.isnan(sub), -np.inf, sub)
    lo = np.where(np.isnan(sub), np.inf, sub)
    hi = sliding_window_view(hi, window, axis=1).max(axis=-1)
    hi = sliding_window_view(hi, window, axis=0).max(axis=-1)
    lo = sliding_window_view(lo, window, axis=1).min(axis=-1)
    lo = sliding_window_view(lo, window, axis=0).min(axis=-1)
    out = hi - lo
    centre = dem[halo:halo + ny, halo:halo + nx]
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
