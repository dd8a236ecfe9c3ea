"""D8 flow directions and flow accumulation, tile by tile, in numpy.

Directions (:func:`d8_directions`, a block function with a halo of 1):
each cell drains to the neighbour with the steepest drop
``(z − z_n)/distance`` (diagonals at √(w² + h²)); only strictly lower
neighbours count, so flow never cycles; a cell without a lower neighbour
(a pit, a flat, or the DEM edge sloping outwards) drains nowhere (code 0)
— condition the DEM first (fill sinks with a minimum slope, e.g. SAGA's
"Fill sinks (Wang & Liu)"), as InVEST's own guide recommends. On a tie
the first direction in :data:`OFFSETS` order wins. With the edge rule
``"outward"`` every cell on the edge of the raster drains off it (code 0),
as ArcGIS's "force edge cells to flow outward" and, near enough, GRASS
r.watershed, whose search starts from the edges; the default
``"normal"`` gives an edge cell a direction like any other. Codes 1–8 are
:data:`OFFSETS` in order (E, SE, S, SW, W, NW, N, NE), 255 = nodata.

Accumulation (the number of cells draining through a cell, itself
included) needs the whole raster. It is computed tile by tile with an
exchange over the tile edges (after Barnes 2016, "Parallel non-divergent
flow accumulation for trillion cell digital elevation models"):

1. in every tile, the local accumulation (:func:`accumulate`, Kahn's
   topological order, vectorised: one step per cell of the longest flow
   path) and, for every perimeter cell, the first perimeter cell
   downstream inside the tile (:func:`perimeter_links`) or the cell of
   the neighbouring tile it drains into;
2. a global graph of the perimeter cells only (about 4·N/side nodes for N
   cells and tiles of side × side) gives the flow each perimeter cell
   receives from other tiles (:func:`solve_perimeter`);
3. in every tile, the accumulation again with that inflow added at the
   cells where it enters: the exact global result.

Memory: one tile's arrays (about 40 bytes per cell at the peak of a
step, 40 MB for 1024² cells, per thread) plus the perimeter graph (about
40 bytes per perimeter cell, 16 MB at 10⁸ cells with 1024² tiles) — never
the whole raster.
"""

from typing import Dict, Optional, Tuple

import numpy as np

NO_FLOW = 0
DIR_NODATA = 255
#: (row offset, column offset) of codes 1 … 8
OFFSETS = ((0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1), (-1, 0), (-1, 1))
#: halo the directions need
HALO = 1

_DY = np.zeros(256, dtype=np.int64)
_DX = np.zeros(256, dtype=np.int64)
for _i, (_dy, _dx) in enumerate(OFFSETS):
    _DY[_i + 1], _DX[_i + 1] = _dy, _dx
_DY32 = _DY.astype(np.int32)
_DX32 = _DX.astype(np.int32)


def d8_directions(
    dem: np.ndarray,
    cell_w: float,
    cell_h: float,
    halo: int = 1,
    outward: Optional[np.ndarray] = None,
) -> np.ndarray:
    """D8 codes (uint8) of the core of ``dem`` (float, NaN = nodata, with
    ``halo`` ≥ 1 cells around the core; beyond the raster NaN). Cells where
    ``outward`` (core-sized, optional) is True drain off the raster
    (code 0)."""
    if halo < 1:
        raise ValueError("D8 directions need a halo of at least 1 cell")
    h = halo
    ny, nx = dem.shape[0] - 2 * h, dem.shape[1] - 2 * h
    z = np.asarray(dem, dtype=np.float64)
    zc = z[h : h + ny, h : h + nx]
    best = np.zeros((ny, nx))
    code = np.zeros((ny, nx), dtype=np.uint8)
    diag = float(np.hypot(cell_w, cell_h))
    with np.errstate(invalid="ignore"):
        for i, (dy, dx) in enumerate(OFFSETS):
            zn = z[h + dy : h + dy + ny, h + dx : h + dx + nx]
            dist = cell_w if dy == 0 else (cell_h if dx == 0 else diag)
            drop = (zc - zn) / dist
            better = drop > best  # NaN compares False; ties keep the first
            best[better] = drop[better]
            code[better] = i + 1
    if outward is not None:
        code[outward] = NO_FLOW
    code[np.isnan(zc)] = DIR_NODATA
    return code


def raster_edge(yoff: int, xoff: int, ny: int, nx: int, width: int, height: int) -> np.ndarray:
    """True for the cells of a window (ny × nx at yoff, xoff) on the edge of
    a width × height raster."""
    edge = np.zeros((ny, nx), dtype=bool)
    if yoff == 0:
        edge[0, :] = True
    if yoff + ny == height:
        edge[-1, :] = True
    if xoff == 0:
        edge[:, 0] = True
    if xoff + nx == width:
        edge[:, -1] = True
    return edge


def tile_receivers(dirs: np.ndarray) -> np.ndarray:
    """For the cells of a tile (flat, row-major): the flat index (int32) of
    the cell each drains into inside the tile; −1 where it drains nowhere
    or out of the tile."""
    ny, nx = dirs.shape
    d = dirs.ravel()
    idx = np.arange(ny * nx, dtype=np.int32)
    rows = idx // nx
    tr = rows + _DY32[d]
    tc = (idx - rows * nx) + _DX32[d]
    del idx, rows
    inside = (d >= 1) & (d <= 8) & (tr >= 0) & (tr < ny) & (tc >= 0) & (tc < nx)
    tr *= nx
    tr += tc
    del tc
    tr[~inside] = -1
    return tr


def exit_targets(dirs: np.ndarray, cells: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For the flat ``cells`` of a tile: whether each drains out of the tile,
    and the row and column (tile coordinates, possibly −1 or the tile size)
    of the cell it drains into."""
    ny, nx = dirs.shape
    d = dirs.ravel()[cells].astype(np.intp)
    r, c = cells // nx, cells % nx
    tr, tc = r + _DY[d], c + _DX[d]
    flows = (d >= 1) & (d <= 8)
    leaves = flows & ((tr < 0) | (tr >= ny) | (tc < 0) | (tc >= nx))
    return leaves, tr, tc


def accumulate(
    recv: np.ndarray, init: np.ndarray, extra: Optional[np.ndarray] = None, check=None
) -> np.ndarray:
    """``value[i] = init[i] + Σ_{j drains into i} (value[j] + extra[j])``
    over a forest given by ``recv`` (receiver index or −1), in topological
    order (Kahn), vectorised over each front of cells whose upstream is
    complete. With ``extra`` None this is flow accumulation weighted by
    ``init``. ``check`` (optional) is called every 64 steps (cancel)."""
    n = recv.size
    value = np.asarray(init, dtype=np.float64).copy()
    has = recv >= 0
    indeg = np.bincount(recv[has], minlength=n).astype(np.int32)
    front = np.flatnonzero(indeg == 0)
    step = 0
    while front.size:
        dst = recv[front]
        keep = dst >= 0
        src, dst = front[keep], dst[keep]
        if not src.size:
            break
        sent = value[src] if extra is None else value[src] + extra[src]
        u, inv, cnt = np.unique(dst, return_inverse=True, return_counts=True)
        value[u] += np.bincount(inv, weights=sent, minlength=u.size)
        indeg[u] -= cnt
        front = u[indeg[u] == 0]
        step += 1
        if check is not None and step % 64 == 0:
            check()
    if (indeg > 0).any():
        raise ValueError("flow directions form a cycle")
    return value


def perimeter_cells(ny: int, nx: int) -> np.ndarray:
    """Flat indices of the cells on the edge of an ny × nx tile (each once,
    ascending)."""
    mask = np.zeros((ny, nx), dtype=bool)
    mask[0, :] = mask[-1, :] = True
    mask[:, 0] = mask[:, -1] = True
    return np.flatnonzero(mask)


def perimeter_links(recv: np.ndarray, per: np.ndarray, check=None) -> np.ndarray:
    """For every perimeter cell ``per[i]``, the flat index of the first
    perimeter cell strictly downstream of it inside the tile, or −1 (its
    flow leaves the tile at once, or ends in a pit inside)."""
    is_per = np.zeros(recv.size, dtype=bool)
    is_per[per] = True
    link = np.full(per.size, -1, dtype=np.int64)
    cur = recv[per]
    pos = np.arange(per.size)
    live = cur >= 0
    cur, pos = cur[live], pos[live]
    step = 0
    while cur.size:
        hit = is_per[cur]
        link[pos[hit]] = cur[hit]
        cur, pos = recv[cur[~hit]], pos[~hit]
        live = cur >= 0
        cur, pos = cur[live], pos[live]
        step += 1
        if check is not None and step % 64 == 0:
            check()
    return link


def tile_summary(
    dirs: np.ndarray,
    xoff: int,
    yoff: int,
    width: int,
    height: int,
    weights: Optional[np.ndarray] = None,
    check=None,
) -> Dict[str, np.ndarray]:
    """Step 1 for one tile at (xoff, yoff) of a width × height grid: for its
    perimeter cells the global flat index ``gid``, the local accumulation
    ``local``, the global index of the first perimeter cell downstream in the
    tile ``link`` (−1) and of the cell of another tile it drains into
    ``exit`` (−1)."""
    ny, nx = dirs.shape
    recv = tile_receivers(dirs)
    init = _weights(dirs, weights)
    local = accumulate(recv, init, check=check)
    per = perimeter_cells(ny, nx)
    link = perimeter_links(recv, per, check)
    del recv
    pr, pc = per // nx, per % nx
    gid = (yoff + pr) * width + (xoff + pc)
    lk = np.where(link >= 0, (yoff + link // nx) * width + (xoff + link % nx), -1)
    leaves, er, ec = exit_targets(dirs, per)
    gr, gc = yoff + er, xoff + ec
    ok = leaves & (gr >= 0) & (gr < height) & (gc >= 0) & (gc < width)
    ex = np.where(ok, gr * width + gc, -1)
    return {
        "gid": gid.astype(np.int64),
        "local": local[per],
        "link": lk.astype(np.int64),
        "exit": ex.astype(np.int64),
    }


def _weights(dirs: np.ndarray, weights: Optional[np.ndarray]) -> np.ndarray:
    valid = (dirs != DIR_NODATA).ravel()
    if weights is None:
        return valid.astype(np.float64)
    w = np.asarray(weights, dtype=np.float64).ravel()
    return np.where(valid & np.isfinite(w), w, 0.0)


def solve_perimeter(
    gid: np.ndarray, local: np.ndarray, link: np.ndarray, exit_: np.ndarray, check=None
) -> Tuple[np.ndarray, np.ndarray]:
    """Step 2: the inflow from other tiles at every perimeter cell.

    ``carried[p]`` = flow entering p's tile upstream of p (itself
    included) = ``inflow[p] + Σ_{q: link[q] = p} carried[q]``;
    ``inflow[p] = Σ_{u: exit[u] = p} (local[u] + carried[u])``.
    Returns (gid sorted, inflow per gid)."""
    order = np.argsort(gid, kind="stable")
    g = gid[order]
    loc, lk, ex = local[order], link[order], exit_[order]
    n = g.size

    def node(x):
        i = np.searchsorted(g, x)
        i = np.clip(i, 0, n - 1)
        return np.where((x >= 0) & (g[i] == x), i, -1)

    lk_n, ex_n = node(lk), node(ex)
    if ((ex >= 0) & (ex_n < 0)).any():
        raise ValueError("an exit cell is not a perimeter cell of its neighbour tile")
    recv = np.where(ex_n >= 0, ex_n, lk_n)
    extra = np.where(ex_n >= 0, loc, 0.0)
    carried = accumulate(recv, np.zeros(n), extra, check)
    into = ex_n >= 0
    inflow = np.bincount(ex_n[into], weights=loc[into] + carried[into], minlength=n)
    return g, inflow


def tile_accumulation(
    dirs: np.ndarray,
    xoff: int,
    yoff: int,
    width: int,
    gids: np.ndarray,
    inflow: np.ndarray,
    weights: Optional[np.ndarray] = None,
    check=None,
) -> np.ndarray:
    """Step 3: the global accumulation of one tile (float64, NaN where the
    direction is nodata), given the sorted perimeter ``gids`` of the whole
    grid and their ``inflow``."""
    ny, nx = dirs.shape
    recv = tile_receivers(dirs)
    init = _weights(dirs, weights)
    per = perimeter_cells(ny, nx)
    g = (yoff + per // nx) * width + (xoff + per % nx)
    i = np.clip(np.searchsorted(gids, g), 0, max(0, gids.size - 1))
    if gids.size:
        found = gids[i] == g
        init[per[found]] += inflow[i[found]]
    acc = accumulate(recv, init, check=check).reshape(ny, nx)
    acc[dirs == DIR_NODATA] = np.nan
    return acc
