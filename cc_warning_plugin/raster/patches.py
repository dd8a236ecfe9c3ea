"""Connected patches (地块 / 斑块) of a class raster, without holding the
raster in memory: the patch area and compactness for the 连片度 and
斑块集中度 corrections.

A patch is a maximal set of cells of equal (non-nodata) value joined
through their edges (``connectivity=4``) or also their corners (8).

Two passes over full-width strips:

1. Each strip is labelled (``scipy.ndimage.label``, one call per value);
   its labels join those of the strip above through a union-find over the
   shared boundary rows. For every patch the plugin keeps its cell count
   and, while the patch can still grow, the convex hull of its cell
   corners. A patch that does not reach the bottom row of the current strip
   is complete: its metric is computed and its hull dropped.
2. Each strip is labelled again (the same labels), mapped to its patch and
   written as the patch metric.

Metrics: ``"compactness"`` ρ = patch area / area of the minimum bounding
circle of the patch's cells (1 for a disc, 2/π ≈ 0.637 for a square cell or
any square, 8/(5π) ≈ 0.509 for a 2 × 1 rectangle); ``"area_ha"`` the patch
area in hectares.

Memory bound: one strip of ``strip_cells`` cells (a few arrays of it), plus
about 24 bytes per patch piece (a patch cut by k strip boundaries has k + 1
pieces) plus the hulls of the patches crossing the current strip boundary
(bounded by the raster width). For example 10⁷ patches cost about 240 MB.
"""

import math
from typing import Dict, List, Optional

import numpy as np

from ..core.errors import InputError
from ..core.i18n import tr
from .engine import as_progress, gdal_cache
from .grid import Grid
from .inputs import RasterInput
from .output import RasterOutput

DEFAULT_STRIP_CELLS = 1 << 22


def _scipy_label():
    try:
        from scipy import ndimage
    except ImportError as exc:
        raise InputError(
            tr(
                "The 连片度 (patch) correction needs the Python package scipy, which this QGIS "
                "installation lacks. Install scipy (Debian: apt install python3-scipy; OSGeo4W: "
                "python3-scipy) or switch the correction off in the method profile."
            )
        ) from exc
    return ndimage.label


def _structure(connectivity: int):
    if connectivity == 8:
        return np.ones((3, 3), dtype=bool)
    return np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=bool)


def label_strip(values: np.ndarray, valid: np.ndarray, connectivity: int):
    """Labels 1..n of the patches of one strip (0 = no patch) and the value
    of each label (index 0 unused)."""
    label = _scipy_label()
    lab = np.zeros(values.shape, dtype=np.int64)
    label_values = [0]
    n = 0
    present = np.unique(values[valid])
    for v in present:
        part, k = label(valid & (values == v), structure=_structure(connectivity))
        if k:
            sel = part > 0
            lab[sel] = part[sel] + n
            label_values.extend([v] * k)
            n += k
    return lab, np.asarray(label_values), n


# -- geometry ---------------------------------------------------------------


def convex_hull(points: np.ndarray) -> np.ndarray:
    """Convex hull (monotone chain) of an (n, 2) array, counter-clockwise."""
    # the distinct points in the order of x, then y (np.unique(points, axis=0)
    # without its row-as-record sort)
    pts = points[np.lexsort((points[:, 1], points[:, 0]))]
    if len(pts) > 1:
        pts = pts[np.concatenate(([True], np.any(pts[1:] != pts[:-1], axis=1)))]
    if len(pts) <= 2:
        return pts
    # of the points on one vertical line only the lowest and the highest can
    # be corners of the hull, of those on one horizontal line only the two
    # ends (the chain drops the ones between as collinear): a patch's cell
    # corners share their x and their y by the dozen
    p = [tuple(q) for q in pts[_line_ends(pts[:, 0]) & _line_ends(pts[:, 1], pts[:, 0])].tolist()]
    lower = _hull_chain(p)
    upper = _hull_chain(reversed(p))
    return np.asarray(lower[:-1] + upper[:-1], dtype=np.float64)


def _hull_chain(points) -> list:
    """One half of the monotone chain: the points (x, y) in the given order,
    kept while each turn from the last two is counter-clockwise."""
    chain = []
    # cross(o, a, q) = (a − o) × (q − o) written out: this loop is the hull's time
    for q in points:
        qx, qy = q
        while len(chain) >= 2:
            (ox, oy), (ax, ay) = chain[-2], chain[-1]
            if (ax - ox) * (qy - oy) - (ay - oy) * (qx - ox) > 0:
                break
            chain.pop()
        chain.append(q)
    return chain


def _line_ends(along: np.ndarray, across: Optional[np.ndarray] = None) -> np.ndarray:
    """Whether each point is the first or the last of the points sharing its
    value of ``along``, in the order of ``across`` (the points' own order when
    None: they are sorted so already)."""
    order = None if across is None else np.lexsort((across, along))
    v = along if order is None else along[order]
    ends = np.ones(len(v), dtype=bool)
    ends[1:-1] = (v[1:-1] != v[:-2]) | (v[1:-1] != v[2:])
    if order is None:
        return ends
    out = np.empty(len(v), dtype=bool)
    out[order] = ends
    return out


def _circle2(a, b):
    cx, cy = (a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0
    return cx, cy, math.hypot(a[0] - cx, a[1] - cy)


def _circle3(a, b, c):
    ax, ay = a
    bx, by = b
    cx, cy = c
    d = 2.0 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
    if abs(d) < 1e-12:  # collinear: the widest pair
        cands = [_circle2(a, b), _circle2(a, c), _circle2(b, c)]
        return max(cands, key=lambda t: t[2])
    ux = (
        (ax * ax + ay * ay) * (by - cy)
        + (bx * bx + by * by) * (cy - ay)
        + (cx * cx + cy * cy) * (ay - by)
    ) / d
    uy = (
        (ax * ax + ay * ay) * (cx - bx)
        + (bx * bx + by * by) * (ax - cx)
        + (cx * cx + cy * cy) * (bx - ax)
    ) / d
    return ux, uy, math.hypot(ax - ux, ay - uy)


def min_enclosing_circle_radius(points: np.ndarray) -> float:
    """Radius of the minimum enclosing circle (Welzl, iterative, with a
    fixed shuffle so results are repeatable)."""
    pts = [tuple(p) for p in np.asarray(points, dtype=np.float64).tolist()]
    if not pts:
        return 0.0
    rng = np.random.default_rng(12345)
    order = rng.permutation(len(pts))
    pts = [pts[i] for i in order]
    eps = 1e-9

    def inside(c, p):
        return math.hypot(p[0] - c[0], p[1] - c[1]) <= c[2] * (1 + eps) + eps

    c = (pts[0][0], pts[0][1], 0.0)
    for i in range(1, len(pts)):
        p = pts[i]
        if inside(c, p):
            continue
        c = (p[0], p[1], 0.0)
        for j in range(i):
            q = pts[j]
            if inside(c, q):
                continue
            c = _circle2(p, q)
            for k in range(j):
                r = pts[k]
                if not inside(c, r):
                    c = _circle3(p, q, r)
    return c[2]


# -- labelling ---------------------------------------------------------------


class _UnionFind:
    def __init__(self):
        self.parent = np.zeros(1024, dtype=np.int64)
        self.count = np.zeros(1024, dtype=np.int64)
        self.metric = np.full(1024, np.nan)
        self.size = 1  # id 0 = background

    def extend(self, counts: np.ndarray) -> int:
        """Add len(counts) new sets; return the first new id."""
        first = self.size
        need = self.size + len(counts)
        if need > len(self.parent):
            cap = max(need, 2 * len(self.parent))
            self.parent = np.resize(self.parent, cap)
            self.count = np.resize(self.count, cap)
            metric = np.full(cap, np.nan)
            metric[: self.size] = self.metric[: self.size]
            self.metric = metric
        ids = np.arange(first, need)
        self.parent[first:need] = ids
        self.count[first:need] = counts
        self.size = need
        return first

    def find(self, a: int) -> int:
        parent = self.parent
        root = a
        while parent[root] != root:
            root = parent[root]
        while parent[a] != root:
            parent[a], a = root, parent[a]
        return int(root)

    def roots(self) -> np.ndarray:
        """Root of every id (vectorised pointer jumping)."""
        p = self.parent[: self.size].copy()
        while True:
            q = p[p]
            if np.array_equal(q, p):
                return p
            p = q


def _row_extents(lab: np.ndarray):
    """(label, row, min col, max col) of every (label, row) pair."""
    rr, cc = np.nonzero(lab)
    if rr.size == 0:
        e = np.empty(0, dtype=np.int64)
        return e, e, e, e
    ll = lab[rr, cc]
    order = np.argsort(ll, kind="stable")  # stays row-major within a label
    ll, rr, cc = ll[order], rr[order], cc[order]
    key_change = np.nonzero((np.diff(ll) != 0) | (np.diff(rr) != 0))[0] + 1
    starts = np.concatenate(([0], key_change))
    ends = np.concatenate((key_change, [ll.size])) - 1
    return ll[starts], rr[starts], cc[starts], cc[ends]


def patch_metric(
    grid: Grid,
    inp: RasterInput,
    output: RasterOutput,
    metric: str = "compactness",
    connectivity: int = 4,
    mask: Optional[RasterInput] = None,
    strip_cells: int = DEFAULT_STRIP_CELLS,
    feedback=None,
) -> Dict[str, float]:
    """Write the patch metric of every cell of the categorical ``inp``
    (cells outside ``mask``/nodata form no patch and get the output's
    nodata). Returns a summary: number of patches, largest patch (cells)."""
    progress = as_progress(feedback)
    cw, ch = grid.cell_size_m
    cell_area = cw * ch
    rows = max(1, min(grid.height, strip_cells // max(1, grid.width)))
    strips = list(grid.strips(rows))
    uf = _UnionFind()
    hulls: Dict[int, np.ndarray] = {}
    open_roots: set = set()
    bases: List[int] = []
    prev_last = None  # global ids of the previous strip's last row
    prev_last_values = None

    def read(win):
        v, ok = inp.read(win, 0)
        if mask is not None:
            mv, mok = mask.read(win, 0)
            ok &= mok & (mv != 0)
        return v, ok

    def finish(root: int):
        pts = hulls.pop(root, None)
        n = int(uf.count[root])
        if metric == "area_ha":
            uf.metric[root] = n * cell_area / 10000.0
            return
        r = min_enclosing_circle_radius(pts) if pts is not None and len(pts) else 0.0
        uf.metric[root] = (n * cell_area) / (math.pi * r * r) if r > 0 else 1.0

    with gdal_cache():
        # ---- pass 1 -----------------------------------------------------------
        for s, win in enumerate(strips):
            progress.check()
            values, valid = read(win)
            lab, label_values, n = label_strip(values, valid, connectivity)
            counts = np.bincount(lab.ravel(), minlength=n + 1)[1:]
            base = uf.extend(counts) - 1  # global id = base + local
            bases.append(base)
            # hull of each label's piece, in metres, from its rows' extents
            ll, rr, c0, c1 = _row_extents(lab)
            edge_rows = (rr == 0) | (rr == win.ysize - 1)
            if ll.size:
                starts = np.concatenate(([0], np.nonzero(np.diff(ll))[0] + 1))
                ends = np.concatenate((starts[1:], [ll.size]))
            else:
                starts = ends = np.empty(0, dtype=np.int64)
            one_row = (ends - starts) == 1
            inner = one_row & ~edge_rows[starts] if ll.size else one_row
            # complete one-row patches: a rectangle, metric without a hull
            if inner.any():
                ids = base + ll[starts[inner]]
                w = (c1[starts[inner]] - c0[starts[inner]] + 1) * cw
                if metric == "area_ha":
                    uf.metric[ids] = w * ch / 10000.0
                else:
                    r = 0.5 * np.hypot(w, ch)
                    uf.metric[ids] = (w * ch) / (np.pi * r * r)
            y_top = (win.yoff + rr) * ch
            for a, b in zip(starts[~inner].tolist(), ends[~inner].tolist()):
                xl = c0[a:b] * cw
                xr = (c1[a:b] + 1) * cw
                yt = y_top[a:b]
                yb = yt + ch
                pts = np.concatenate(
                    [
                        np.column_stack((xl, yt)),
                        np.column_stack((xl, yb)),
                        np.column_stack((xr, yt)),
                        np.column_stack((xr, yb)),
                    ]
                )
                hulls[base + int(ll[a])] = convex_hull(pts) if b - a > 1 else pts
            touched = set((base + ll[starts[~inner]]).tolist()) if ll.size else set()
            # join with the strip above
            if prev_last is not None:
                cur_first = np.where(lab[0] > 0, lab[0] + base, 0)
                cur_vals = np.where(lab[0] > 0, label_values[lab[0]], -1)
                pairs = []
                shifts = [0] if connectivity == 4 else [-1, 0, 1]
                for d in shifts:
                    a_ids = prev_last[max(0, -d) : len(prev_last) - max(0, d)]
                    a_vals = prev_last_values[max(0, -d) : len(prev_last) - max(0, d)]
                    b_ids = cur_first[max(0, d) : len(cur_first) - max(0, -d)]
                    b_vals = cur_vals[max(0, d) : len(cur_vals) - max(0, -d)]
                    ok = (a_ids > 0) & (b_ids > 0) & (a_vals == b_vals)
                    if ok.any():
                        pairs.append(np.column_stack((a_ids[ok], b_ids[ok])))
                if pairs:
                    for a_id, b_id in np.unique(np.concatenate(pairs), axis=0).tolist():
                        ra, rb = uf.find(a_id), uf.find(b_id)
                        if ra == rb:
                            continue
                        keep, drop = (ra, rb) if ra < rb else (rb, ra)
                        uf.parent[drop] = keep
                        uf.count[keep] += uf.count[drop]
                        hk, hd = hulls.pop(keep, None), hulls.pop(drop, None)
                        both = [h for h in (hk, hd) if h is not None and len(h)]
                        hulls[keep] = (
                            convex_hull(np.concatenate(both)) if both else np.empty((0, 2))
                        )
                        touched.discard(drop)
                        touched.add(keep)
            last = lab[-1]
            prev_last = np.where(last > 0, last + base, 0)
            prev_last_values = np.where(last > 0, label_values[last], -1)
            new_open = (
                {uf.find(int(g)) for g in np.unique(prev_last[prev_last > 0])}
                if s + 1 < len(strips)
                else set()
            )
            candidates = {uf.find(g) for g in touched} | {uf.find(g) for g in open_roots}
            for root in candidates - new_open:
                finish(root)
            open_roots = new_open
            progress.set(0.5 * (s + 1) / len(strips))

        # ---- pass 2 -----------------------------------------------------------
        roots = uf.roots()
        by_id = uf.metric[: uf.size][roots]
        by_id[0] = np.nan
        for s, win in enumerate(strips):
            progress.check()
            values, valid = read(win)
            lab, _, _ = label_strip(values, valid, connectivity)
            gid = np.where(lab > 0, lab + bases[s], 0)
            out = by_id[gid]
            out = np.where(lab > 0, out, output.nodata)
            output.write(win, out)
            progress.set(0.5 + 0.5 * (s + 1) / len(strips))
    patches = int(np.count_nonzero(roots[1:] == np.arange(1, uf.size)))
    largest = int(uf.count[1 : uf.size][roots[1:] == np.arange(1, uf.size)].max()) if patches else 0
    return {"patches": patches, "largest_cells": largest}
