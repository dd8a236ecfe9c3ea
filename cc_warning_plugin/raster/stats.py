"""Global statistics of a raster without loading it: passes over the blocks
that keep only sums, histograms or a bounded sample in memory.

:func:`cumulative_share_breaks` finds the values that cut a raster at given
shares of its total (the cumulative 50 % / 80 % rule of the service
importance: cells sorted by value, descending; those within the first 50 %
of the total value are 极重要, to 80 % 重要, the rest 一般).

Definition, exact and tie-consistent: let T be the sum of all valid values
(negative values count as 0) and S(v) the sum of all values ≥ v. For a
share s the break is t = the smallest data value v with S(v) ≤ s·T; a cell
is within the first s of the total when its value is ≥ t. Cells of equal
value always fall on the same side: a group of equal values that would
straddle the s·T line is left out as a whole (it is not "within" the
first s). If even the largest value's group exceeds s·T, t = +∞ (no cell).

How: pass 1 sums (T, count, min, max); then each pass either builds a
histogram of the values still in question (65 536 bins) or, once they are
few enough (≤ ``collect_limit``), collects them and resolves the break
exactly. A float raster usually needs 3 passes in all; memory stays at the
histogram plus at most ``collect_limit`` values per share. Sums are
float64 (math.fsum over blocks), so "exact" is up to the rounding of those
sums.
"""

import math
from typing import List, Optional, Sequence

import numpy as np

from .engine import DEFAULT_BLOCK, as_progress, reduce_blocks
from .grid import Grid
from .inputs import RasterInput

BINS = 65536
COLLECT_LIMIT = 2_000_000


class _Cut:
    """The state of one share's search."""

    def __init__(self, share: float, target: float, lo: float, hi: float):
        self.share = share
        self.target = target
        self.conds = []  # (lo, scale, bin) chain selecting the candidates
        self.lo, self.hi = lo, hi  # range of the next histogram
        self.mass_above = 0.0  # sum of values above the candidates
        self.next_min = math.inf  # smallest value above the candidates
        self.pending_above: Optional[tuple] = None  # cond whose "above" min is owed
        self.count = None  # candidates (None = unknown)
        self.result: Optional[float] = None


def _select(x: np.ndarray, conds) -> np.ndarray:
    keep = np.ones(x.shape, dtype=bool)
    for lo, scale, b in conds:
        keep &= _bin_index(x, lo, scale) == b
    return keep


def _bin_index(x: np.ndarray, lo: float, scale: float) -> np.ndarray:
    return np.clip(np.floor((x - lo) * scale), 0, BINS - 1).astype(np.int64)


def cumulative_share_breaks(
    grid: Grid,
    inp: RasterInput,
    shares: Sequence[float],
    mask: Optional[RasterInput] = None,
    block_size: int = DEFAULT_BLOCK,
    feedback=None,
    collect_limit: int = COLLECT_LIMIT,
) -> List[float]:
    """Breaks t_k for ``shares`` (e.g. [0.5, 0.8]): a cell is within the
    first share s_k of the total value when its value is ≥ t_k (see the
    module text for the exact rule). ``inp`` must be a continuous input."""
    progress = as_progress(feedback)

    def values_of(block):
        v = block.values[next(iter(block.values))]
        ok = block.valid[next(iter(block.valid))] & block.inside
        return np.maximum(v[ok].astype(np.float64), 0.0)

    # pass 1: total, count, range
    def stats(block):
        x = values_of(block)
        if x.size == 0:
            return (0.0, 0, math.inf, -math.inf)
        return (float(x.sum()), int(x.size), float(x.min()), float(x.max()))

    def combine(acc, s):
        acc[0].append(s[0])
        return [acc[0], acc[1] + s[1], min(acc[2], s[2]), max(acc[3], s[3])]

    parts, n, vmin, vmax = reduce_blocks(
        grid,
        {"v": inp},
        stats,
        combine,
        [[], 0, math.inf, -math.inf],
        mask=mask,
        block_size=block_size,
        feedback=progress.sub(0.0, 0.3),
    )
    total = math.fsum(parts)
    if n == 0 or total <= 0:
        return [math.inf for _ in shares]
    cuts = [_Cut(s, s * total, vmin, vmax) for s in shares]
    for c in cuts:
        c.count = n
    passes = 0
    while any(c.result is None for c in cuts):
        passes += 1
        todo = [c for c in cuts if c.result is None]
        collect = {id(c): c.count is not None and c.count <= collect_limit for c in todo}
        scales = {}
        for c in todo:
            width = c.hi - c.lo
            scales[id(c)] = BINS / width if width > 0 else 0.0

        def scan(block, todo=todo, collect=collect, scales=scales):
            x = values_of(block)
            out = []
            for c in todo:
                keep = _select(x, c.conds)
                above_min = math.inf
                if c.pending_above is not None:
                    lo, scale, b = c.pending_above
                    prev = _select(x, c.conds[:-1])
                    sel = x[prev & (_bin_index(x, lo, scale) > b)]
                    if sel.size:
                        above_min = float(sel.min())
                xc = x[keep]
                if collect[id(c)]:
                    out.append(("values", xc.copy(), above_min))
                elif scales[id(c)] == 0.0 or xc.size == 0:
                    out.append(
                        (
                            "range",
                            (xc.min() if xc.size else math.inf, xc.max() if xc.size else -math.inf),
                            above_min,
                        )
                    )
                else:
                    idx = _bin_index(xc, c.lo, scales[id(c)])
                    out.append(
                        (
                            "hist",
                            (
                                np.bincount(idx, minlength=BINS),
                                np.bincount(idx, weights=xc, minlength=BINS),
                                float(xc.min()),
                                float(xc.max()),
                            ),
                            above_min,
                        )
                    )
            return out

        def merge(acc, out):
            if acc is None:
                acc = [None] * len(out)
            for i, (kind, data, above_min) in enumerate(out):
                if acc[i] is None:
                    acc[i] = [kind, [] if kind == "values" else None, above_min]
                a = acc[i]
                a[2] = min(a[2], above_min)
                if kind == "values":
                    a[1].append(data)
                elif kind == "range":
                    a[1] = data if a[1] is None else (min(a[1][0], data[0]), max(a[1][1], data[1]))
                else:
                    if a[1] is None:
                        a[1] = [data[0].copy(), data[1].copy(), data[2], data[3]]
                    else:
                        a[1][0] += data[0]
                        a[1][1] += data[1]
                        a[1][2] = min(a[1][2], data[2])
                        a[1][3] = max(a[1][3], data[3])
            return acc

        span = progress.sub(min(0.9, 0.3 + 0.2 * (passes - 1)), min(0.95, 0.3 + 0.2 * passes))
        acc = reduce_blocks(
            grid, {"v": inp}, scan, merge, None, mask=mask, block_size=block_size, feedback=span
        )
        for c, (kind, data, above_min) in zip(todo, acc or [["range", None, math.inf]] * len(todo)):
            if c.pending_above is not None:
                c.next_min = min(c.next_min, above_min)
                c.pending_above = None
            if kind == "values":
                xs = np.concatenate(data) if data else np.empty(0)
                c.result = _resolve(np.sort(xs)[::-1], c.mass_above, c.target, c.next_min)
            elif kind == "range":
                # candidates are one repeated value (or none): not within
                c.result = c.next_min
            else:
                counts, masses, cmin, cmax = data
                if cmin == cmax:
                    c.result = c.next_min
                    continue
                cum = c.mass_above
                chosen = None
                for j in range(BINS - 1, -1, -1):
                    if counts[j] == 0:
                        continue
                    if cum + masses[j] > c.target:
                        chosen = j
                        break
                    cum += masses[j]
                if chosen is None:  # rounding: every candidate fits
                    c.result = cmin
                    continue
                scale = scales[id(c)]
                c.conds.append((c.lo, scale, chosen))
                c.pending_above = (c.lo, scale, chosen)
                c.mass_above = cum
                c.count = int(counts[chosen])
                c.lo, c.hi = c.lo + chosen / scale, c.lo + (chosen + 1) / scale
    progress.set(1.0)
    return [c.result for c in cuts]


def _resolve(desc: np.ndarray, mass_above: float, target: float, next_min: float) -> float:
    """The break among candidate values ``desc`` (sorted descending)."""
    if desc.size == 0:
        return next_min
    distinct, first = np.unique(-desc, return_index=True)  # ascending of -v
    values = -distinct  # descending
    csum = np.cumsum(desc)
    # S(v) for each distinct v = mass_above + sum of candidates ≥ v
    last_of_group = np.append(first[1:], desc.size) - 1
    s = mass_above + csum[last_of_group]
    ok = np.nonzero(s <= target)[0]
    if ok.size == 0:
        return next_min
    return float(values[ok[-1]])


def classify_by_breaks(
    values: np.ndarray, breaks: Sequence[float], classes: Sequence[int], nodata: int = 0
) -> np.ndarray:
    """Class of each value for descending-share breaks: ``classes[0]`` for
    v ≥ breaks[0], ``classes[1]`` for breaks[1] ≤ v < breaks[0], …, the last
    class below the last break. NaN → nodata."""
    out = np.full(values.shape, classes[-1], dtype=np.uint8)
    for b, cls in reversed(list(zip(breaks, classes[:-1]))):
        out[values >= b] = cls
    out[np.isnan(values)] = nodata
    return out
