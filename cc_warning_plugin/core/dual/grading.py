"""Gradings, modifiers, matrices and downgrade chains on numpy arrays.

Levels are small integers (1 = best … 5 = worst for the 5-level sets);
``0`` is the nodata value of every level array here.

Breaks are compared at the profile's precision (``profile.precision``
significant digits, see docs/profiles.md): a value within half a unit of
the last significant digit of a break counts as equal to the break, so a
slope of 2.0000000000001° computed from a DEM falls where the published
break 2° puts it. This is the array form of :func:`core.rules.round_sig`
near breaks, without rounding every cell.
"""

import math
import sys
from typing import Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np

NODATA = 0
_OPS = (">", ">=", "<", "<=")


def break_tolerance(value: float, precision: int) -> float:
    """Half a unit of the ``precision``-th significant digit of ``value``."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    return 0.5 * 10.0 ** (math.floor(math.log10(abs(value))) - precision + 1)


def grade(
    values: np.ndarray,
    breaks: Sequence[float],
    levels: Sequence[int],
    closed: str = "right",
    precision: int = 10,
    nodata: int = NODATA,
    dtype=np.uint8,
    scale: Optional[Callable[[float], float]] = None,
) -> np.ndarray:
    """Level of every value. ``closed="right"``: intervals (−∞, b₀],
    (b₀, b₁], …, (bₙ, ∞); ``"left"``: (−∞, b₀), [b₀, b₁), …, [bₙ, ∞).
    ``levels[i]`` is the level of interval i. NaN → ``nodata``.

    ``scale`` maps a break (its tolerance included) onto the scale of the
    values when they are not on the breaks' own, increasing with it: with
    :func:`slope_tan2`, values of tan²(slope) (see
    ``terrain.gradient_squared``) get the classes of breaks in degrees
    without an arctangent per cell."""
    if len(levels) != len(breaks) + 1:
        raise ValueError("levels must have one more entry than breaks")
    b = np.asarray(breaks, dtype=np.float64)
    sign = 1.0 if closed == "right" else -1.0
    edges = b + sign * np.array([break_tolerance(x, precision) for x in b], dtype=np.float64)
    if scale is not None:
        edges = np.array([scale(e) for e in edges], dtype=np.float64)
    v = _as_float(values)
    return _levels(v, _edges(edges, closed, v.dtype), closed, levels, nodata, dtype)


def slope_tan2(degrees: float) -> float:
    """tan² of a slope in degrees (kept within 0 … 89.999999°): the
    ``scale`` of :func:`grade` for values of tan²(slope)."""
    return math.tan(math.radians(min(89.999999, max(0.0, degrees)))) ** 2


def _levels(
    v: np.ndarray, edges: np.ndarray, closed: str, levels: Sequence[int], nodata: int, dtype
) -> np.ndarray:
    """``levels[i]`` where ``v`` lies in interval i of ``edges`` (right-closed:
    i edges below v; left-closed: i edges at or below v); NaN → ``nodata``.

    Byte levels and a handful of ascending edges: ``levels[0]`` plus, per
    edge, the change of level across it where the value lies above it — a
    comparison and an addition per edge in place, no index array and no
    table look-up (the sum wraps modulo 256 like the byte it lands in, so it
    is exactly ``levels[i]``)."""
    lut = np.asarray(levels, dtype=dtype)
    if lut.dtype != np.uint8 or len(edges) > 32 or np.any(np.diff(edges) < 0):
        idx = _interval_index(v, edges, closed)
        out = np.take(lut, np.minimum(idx, len(levels) - 1))
    else:
        out = np.full(v.shape, lut[0], dtype=np.uint8)
        above = np.empty(v.shape, dtype=bool)
        above8 = above.view(np.uint8)
        greater = np.greater if closed == "right" else np.greater_equal
        for k, e in enumerate(edges):
            step = (int(lut[k + 1]) - int(lut[k])) % 256
            if step == 0:
                continue
            greater(v, e, out=above)  # NaN compares False
            if step == 1:
                out += above8
            elif step == 255:
                out -= above8
            else:
                np.multiply(above8, np.uint8(step), out=above8)
                out += above8
    nan = np.isnan(v)
    if nan.any():
        out[nan] = nodata
    return out


def _interval_index(v: np.ndarray, edges: np.ndarray, closed: str) -> np.ndarray:
    """Number of edges below each value (right-closed: e < v; left-closed:
    e ≤ v) — one comparison per break, much faster than a binary search
    for the handful of breaks of a grading. NaN gives 0 (masked later)."""
    if len(edges) > 32:
        return np.searchsorted(edges, v, side="left" if closed == "right" else "right")
    idx = np.zeros(v.shape, dtype=np.uint8)
    for e in edges:
        idx += (v > e) if closed == "right" else (v >= e)
    return idx


def _as_float(values) -> np.ndarray:
    v = np.asarray(values)
    return v if v.dtype in (np.float32, np.float64) else v.astype(np.float64)


def _edges(edges64: np.ndarray, closed: str, dtype) -> np.ndarray:
    """Edges in the values' own float type, rounded so that comparing in that
    type gives the same answer as comparing in float64: for right-closed
    intervals (v ≤ e) the largest float32 ≤ e, for left-closed (v ≥ e) the
    smallest float32 ≥ e."""
    if dtype != np.float32:
        return edges64
    e32 = edges64.astype(np.float32)
    if closed == "right":
        too_big = e32.astype(np.float64) > edges64
        e32[too_big] = np.nextafter(e32[too_big], np.float32(-np.inf))
    else:
        too_small = e32.astype(np.float64) < edges64
        e32[too_small] = np.nextafter(e32[too_small], np.float32(np.inf))
    return e32


def compare(values: np.ndarray, op: str, value: float, precision: int = 10) -> np.ndarray:
    """``values op value`` at the profile precision; NaN compares False."""
    tol = break_tolerance(value, precision)
    v = _as_float(values)
    with np.errstate(invalid="ignore"):
        if op == ">":
            return v > value + tol
        if op == ">=":
            return v >= value - tol
        if op == "<":
            return v < value - tol
        if op == "<=":
            return v <= value + tol
    raise ValueError(f"unknown comparison {op}")


def _act(level: np.ndarray, hit: np.ndarray, rule: Mapping, lo: int, hi: int) -> None:
    if "set" in rule:
        np.putmask(level, hit, rule["set"])
        return
    shift = int(rule.get("shift", 0))
    if shift == 0:
        return
    in_bytes = 0 <= lo <= hi <= 255 and 0 <= lo - shift <= 255 and 0 <= hi - shift <= 255
    if level.dtype == np.uint8 and in_bytes:
        # byte levels, without a wider copy: min(level + s, hi) is
        # min(level, hi − s) + s, max(level + s, lo) is max(level, lo − s) + s,
        # and neither sum leaves the byte range
        if shift > 0:
            moved = np.minimum(level, np.full_like(level, hi - shift))
        else:
            moved = np.maximum(level, np.full_like(level, lo - shift))
        moved += np.uint8(shift % 256)
        np.copyto(level, moved, where=hit)
        return
    # shifted in a signed type wide enough for any level ± shift: a negative
    # shift of an unsigned level array must not wrap (NumPy 1) nor raise (NumPy 2)
    moved = level.astype(np.int32) + np.int32(shift)
    if shift > 0:
        np.minimum(moved, np.int32(hi), out=moved)
    else:
        np.maximum(moved, np.int32(lo), out=moved)
    np.copyto(level, moved.astype(level.dtype), where=hit)


def group_rules(rules: Sequence[Mapping], key: str = "input") -> List[Tuple[str, List]]:
    """Consecutive rules grouped by the input they test, in order."""
    groups: List[Tuple[str, List]] = []
    for r in rules:
        if groups and groups[-1][0] == r[key]:
            groups[-1][1].append(r)
        else:
            groups.append((r[key], [r]))
    return groups


def apply_modifiers(
    level: np.ndarray,
    inputs: Mapping[str, np.ndarray],
    rules: Sequence[Mapping],
    precision: int = 10,
    lo: int = 1,
    hi: int = 5,
    track: bool = False,
) -> Optional[np.ndarray]:
    """Modify ``level`` in place by threshold rules on continuous inputs.

    Each rule is ``{input, op, value, set}`` or ``{input, op, value,
    shift}``. Consecutive rules on the same input form a group in which the
    first rule that holds applies (``≥ 80 → 5``, else ``≥ 60 → +1``);
    groups apply one after another (chained). Inputs missing from
    ``inputs`` are skipped; a NaN input value changes nothing. Nodata
    levels (0) stay 0. With ``track``, returns a bool array of the cells
    changed.
    """
    changed = np.zeros(level.shape, dtype=bool) if track else None
    has_level = level != NODATA
    for name, group in group_rules(rules):
        if name not in inputs:
            continue
        x = inputs[name]
        decided = ~has_level
        for r in group:
            hit = compare(x, r["op"], r["value"], precision)
            hit &= ~decided
            if track:
                before = level.copy()
            _act(level, hit, r, lo, hi)
            if track:
                changed |= level != before
            decided |= hit
    return changed


def matrix(
    rows: np.ndarray, cols: np.ndarray, table: Sequence[Sequence[int]], nodata: int = NODATA
) -> np.ndarray:
    """``table[row − 1][col − 1]`` for 1-based level arrays; a nodata (0) or
    out-of-range row or column gives nodata. One look-up per cell."""
    m = np.asarray(table, dtype=np.uint8)
    n_r, n_c = m.shape
    width = n_c + 2
    lut = np.full((n_r + 2) * width, nodata, dtype=np.uint8)
    for i in range(n_r):
        lut[(i + 1) * width + 1 : (i + 1) * width + 1 + n_c] = m[i]
    rows, cols = np.asarray(rows), np.asarray(cols)
    if lut.size <= 256 and rows.dtype == np.uint8 and cols.dtype == np.uint8:
        # byte levels, a byte index: values above the table go to the last
        # (nodata) row/column of the LUT
        r = _at_most(rows, n_r + 1) * np.uint8(width)
        r += _at_most(cols, n_c + 1)
        return take_bytes(np.concatenate([lut, np.full(256 - lut.size, nodata, np.uint8)]), r)
    # values above the table go to the last (nodata) row/column of the LUT
    r = np.minimum(np.asarray(rows), n_r + 1).astype(np.uint16)
    c = np.minimum(np.asarray(cols), n_c + 1).astype(np.uint16)
    r *= width
    r += c
    return np.take(lut, r)


def _at_most(values: np.ndarray, top: int) -> np.ndarray:
    """``np.minimum(values, top)`` for byte values; the values themselves when
    none is above ``top`` (the usual case, one fast pass)."""
    if values.size == 0 or values.max() <= top:
        return values
    return np.minimum(values, np.full_like(values, top))


#: pair tables of take_bytes, by the bytes of their 256-entry table
_PAIR_TABLES: Dict[bytes, np.ndarray] = {}


def take_bytes(table: np.ndarray, index: np.ndarray) -> np.ndarray:
    """``table[index]`` for a 256-entry byte table and a byte index array (a
    new array). A contiguous index of an even number of cells is read as
    pairs of bytes through a 65,536-entry table of pairs: half the look-ups,
    which is what a look-up costs in NumPy (its index is widened to 8 bytes
    first)."""
    if (
        sys.byteorder != "little"
        or index.size < 4096
        or index.size % 2
        or not index.flags.c_contiguous
    ):
        return np.take(table, index)
    key = table.tobytes()
    pairs = _PAIR_TABLES.get(key)
    if pairs is None:
        t16 = table.astype(np.uint16)
        # entry lo + 256·hi (a little-endian pair of bytes lo, hi) is the pair
        # table[lo], table[hi]
        pairs = (t16[None, :] | (t16[:, None] << 8)).ravel()
        if len(_PAIR_TABLES) >= 64:
            _PAIR_TABLES.clear()
        _PAIR_TABLES[key] = pairs
    out = np.take(pairs, index.reshape(-1).view(np.uint16))
    return out.view(np.uint8).reshape(index.shape)


def isin(values: np.ndarray, wanted: Sequence[int]) -> np.ndarray:
    """``np.isin`` for a handful of wanted values (a comparison each)."""
    if len(wanted) > 8:
        return np.isin(values, wanted)
    out = values == wanted[0]
    for w in wanted[1:]:
        out |= values == w
    return out


def apply_steps(
    level: np.ndarray,
    inputs: Mapping[str, Tuple[np.ndarray, np.ndarray]],
    steps: Sequence[Mapping],
    lo: int = 1,
    hi: int = 5,
    cause: Optional[np.ndarray] = None,
    first_bit: int = 0,
) -> List[bool]:
    """Chain the downgrade steps of an integration, in order, on ``level``
    (in place).

    A step is ``{rules = [{when = {name = [values], ...}, set|shift}, ...]}``;
    in each step the first rule whose conditions all hold applies; ``level``
    in a condition means the level at the start of the step. ``inputs`` maps
    a name to ``(values, valid)``. A step naming an input that is absent is
    skipped (returned flags say which steps ran). With ``cause``, bit
    ``first_bit + i`` is set where step ``i`` changed the level.
    """
    ran = []
    has_level = level != NODATA
    for i, step in enumerate(steps):
        names = {k for r in step["rules"] for k in r["when"] if k != "level"}
        if not names <= set(inputs):
            ran.append(False)
            continue
        ran.append(True)
        start = level.copy()
        decided = ~has_level
        for r in step["rules"]:
            cond = ~decided
            for k, vals in r["when"].items():
                if k == "level":
                    cond &= isin(start, vals)
                else:
                    v, ok = inputs[k]
                    cond &= ok & isin(v, vals)
            _act(level, cond, r, lo, hi)
            decided |= cond
        if cause is not None:
            cause[level != start] |= np.uint16(1 << (first_bit + i))
    return ran


def apply_actions(
    level: np.ndarray,
    metric: np.ndarray,
    breaks: Sequence[float],
    closed: str,
    actions: Sequence[Mapping],
    precision: int = 10,
    lo: int = 1,
    hi: int = 5,
) -> np.ndarray:
    """Correct ``level`` (in place) by a continuous ``metric`` graded by
    ``breaks``: interval i applies ``actions[i]`` (``{set}`` or ``{shift}``).
    NaN metric or nodata level: unchanged. Returns the cells changed."""
    idx = grade(metric, breaks, list(range(1, len(actions) + 1)), closed, precision, nodata=0)
    before = level.copy()
    has_level = level != NODATA
    for i, act in enumerate(actions, start=1):
        hit = has_level & (idx == i)
        if not hit.any():
            continue
        _act(level, hit, act, lo, hi)
    return level != before


def lookup(
    levels: np.ndarray, mapping: Mapping[int, int], nodata: int = 0, dtype=np.uint8
) -> np.ndarray:
    """Map integer levels (0–255) through ``{level: value}``; others → nodata."""
    lut = np.full(256, nodata, dtype=dtype)
    for k, v in mapping.items():
        lut[int(k)] = v
    lv = np.asarray(levels)
    if lv.dtype == np.uint8 and lut.dtype == np.uint8:
        return take_bytes(lut, lv)
    if lv.dtype != np.uint8:
        lv = np.where((lv >= 0) & (lv < 256), lv, 0).astype(np.uint8)
        lut[0] = nodata if 0 not in mapping else lut[0]
    return np.take(lut, lv)


def code_table(codes: Iterable[Mapping], key: str = "level") -> Dict[int, int]:
    """``{code: level}`` from a list of ``{code, <key>}`` entries."""
    return {int(e["code"]): int(e[key]) for e in codes}


def level_shares(counts: Mapping[int, int]) -> Dict[int, float]:
    total = sum(counts.values())
    return {k: v / total for k, v in sorted(counts.items())} if total else {}
