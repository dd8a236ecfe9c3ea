"""Inverse-distance weighting of station values onto the cells of a block.

    v(x) = Σ_i w_i·v_i / Σ_i w_i,   w_i = 1/d_i^p

over the stations within ``radius`` (all when 0), the ``max_points``
nearest of them (all when 0); a cell on a station takes the station's
value; a cell with no station in reach is NaN. Distances are in the units
of the (projected) grid. Memory: the cells are processed in chunks of at
most :data:`CHUNK` cell-station pairs, whatever the block size.
"""

from typing import Sequence

import numpy as np

#: cell × station pairs held at once (≈ 8 MB of float64 per array)
CHUNK = 1_000_000


def _weights(d2: np.ndarray, power: float) -> np.ndarray:
    """1/d^power from squared distances (d = 0 gives inf)."""
    with np.errstate(divide="ignore"):
        if power == 2.0:
            return 1.0 / d2
        return np.power(d2, -0.5 * power)


def idw(
    cell_x: np.ndarray,
    cell_y: np.ndarray,
    px: Sequence[float],
    py: Sequence[float],
    pv: Sequence[float],
    power: float,
    max_points: int = 0,
    radius: float = 0.0,
) -> np.ndarray:
    """IDW of the station values ``pv`` at ``(px, py)`` on the cells
    ``(cell_x, cell_y)`` (arrays of one shape); float64 of that shape."""
    cx = np.asarray(cell_x, dtype=np.float64).ravel()
    cy = np.asarray(cell_y, dtype=np.float64).ravel()
    sx = np.asarray(px, dtype=np.float64)
    sy = np.asarray(py, dtype=np.float64)
    sv = np.asarray(pv, dtype=np.float64)
    keep = np.isfinite(sx) & np.isfinite(sy) & np.isfinite(sv)
    sx, sy, sv = sx[keep], sy[keep], sv[keep]
    out = np.full(cx.shape, np.nan)
    n = sx.size
    if n == 0:
        return out.reshape(np.shape(cell_x))
    k = n if max_points <= 0 else min(max_points, n)
    step = max(1, CHUNK // n)
    for a in range(0, cx.size, step):
        b = min(cx.size, a + step)
        d2 = np.subtract.outer(cx[a:b], sx)
        d2 *= d2
        dy = np.subtract.outer(cy[a:b], sy)
        dy *= dy
        d2 += dy
        del dy
        if k < n:
            nearest = np.argpartition(d2, k - 1, axis=1)[:, :k]
            d2 = np.take_along_axis(d2, nearest, axis=1)
            vals = sv[nearest]
        else:
            vals = None
        zero = d2 == 0
        w = _weights(d2, power)
        if radius > 0:
            w[d2 > radius * radius] = 0.0
        on_station = zero.any(axis=1)
        if on_station.any():
            w[on_station] = 0.0  # set below from the station itself
        wsum = w.sum(axis=1)
        num = w @ sv if vals is None else np.einsum("ij,ij->i", w, vals)
        with np.errstate(invalid="ignore", divide="ignore"):
            res = num / wsum
        res[wsum == 0] = np.nan
        if on_station.any():
            first = np.argmax(zero[on_station], axis=1)
            src = sv[first] if vals is None else vals[on_station][np.arange(first.size), first]
            res[on_station] = src
        out[a:b] = res
    return out.reshape(np.shape(cell_x))


def idw_grid(
    xs: np.ndarray,
    ys: np.ndarray,
    px: Sequence[float],
    py: Sequence[float],
    pv: Sequence[float],
    power: float,
    radius: float = 0.0,
) -> np.ndarray:
    """:func:`idw` with all stations on the cells of a north-up grid given by
    its column centres ``xs`` and row centres ``ys`` (1-D): the squared
    distance to a station is (x − sx)² of the column plus (y − sy)² of the
    row, so each station costs one pass over the cells (memory: four arrays
    of the grid's shape)."""
    xs = np.asarray(xs, dtype=np.float64)
    ys = np.asarray(ys, dtype=np.float64)
    sx, sy, sv = (np.asarray(a, dtype=np.float64) for a in (px, py, pv))
    keep = np.isfinite(sx) & np.isfinite(sy) & np.isfinite(sv)
    shape = (ys.size, xs.size)
    num, den = np.zeros(shape), np.zeros(shape)
    exact = np.full(shape, np.nan)
    w = np.empty(shape)
    r2 = radius * radius
    for x0, y0, v in zip(sx[keep], sy[keep], sv[keep]):
        dx2 = (xs - x0) ** 2
        dy2 = (ys - y0) ** 2
        np.add(dy2[:, None], dx2[None, :], out=w)  # squared distance
        far = w > r2 if radius > 0 else None
        rows, cols = np.flatnonzero(dy2 == 0), np.flatnonzero(dx2 == 0)
        if rows.size and cols.size:  # the station is on a cell
            on = np.ix_(rows, cols)
            exact[on] = np.where(np.isnan(exact[on]), v, exact[on])
            w[on] = np.inf
        if power == 2.0:
            np.reciprocal(w, out=w)
        else:
            np.power(w, -0.5 * power, out=w)
        if far is not None:
            w[far] = 0.0
        den += w
        w *= v
        num += w
    with np.errstate(invalid="ignore", divide="ignore"):
        out = num / den
    out[den == 0] = np.nan
    return np.where(np.isnan(exact), out, exact)


def block_function(
    px, py, pv, power: float, max_points: int = 0, radius: float = 0.0, nodata: float = -9999.0
):
    """A block function for ``raster.engine.run_blocks`` (no input rasters,
    halo 0) with the output ``r``: the IDW of the station values at the cell
    centres; ``nodata`` where no station is in reach."""

    def func(block):
        xs, ys = block.cell_centres()
        if max_points <= 0:
            v = idw_grid(xs, ys, px, py, pv, power, radius)
        else:
            x, y = np.meshgrid(xs, ys)
            v = idw(x, y, px, py, pv, power, max_points, radius)
        return {"r": np.where(np.isnan(v), nodata, v)}

    return func
