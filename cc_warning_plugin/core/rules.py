"""Generic rule machinery read from method profiles.

* :func:`classify` — ordered threshold rules (``{class, op, value}``), the
  first that holds wins, the last (without ``op``) catches the rest.
* :func:`grade` — breaks that cut a continuous value into levels, with the
  side that includes a break stated (``closed = "right"`` → (a, b]).
* :func:`round_sig` — values are rounded to the profile's precision before a
  comparison so that floating-point noise (28/35 − 1 = −0.19999999999999996)
  does not move a value across a published break.

Both work on Python scalars and, for rasters, on numpy arrays.
"""

import math
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Optional, Sequence

import numpy as np

OPS = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


def round_sig(value, digits: int):
    """Round ``value`` (scalar or array) to ``digits`` significant digits.

    NaN and infinities pass through unchanged.
    """
    if isinstance(value, np.ndarray):
        out = value.astype(np.float64, copy=True)
        finite = np.isfinite(out) & (out != 0)
        if finite.any():
            mag = np.floor(np.log10(np.abs(out[finite])))
            scale = 10.0 ** (digits - 1 - mag)
            out[finite] = np.round(out[finite] * scale) / scale
        return out
    if value is None:
        return None
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))


@lru_cache(maxsize=1024)
def _rounded(value: float, digits: int) -> float:
    """``round_sig`` of a threshold (a few values, compared very often)."""
    return round_sig(value, digits)


def classify(value, rules: Sequence[dict], precision: int = 10) -> Optional[str]:
    """Class code of a scalar ``value`` under ordered ``rules``.

    Returns ``None`` for a missing or NaN value (the caller marks the unit as
    not evaluated, never silently as the catch-all class).
    """
    if value is None:
        return None
    v = float(value)
    if math.isnan(v):
        return None
    # the value is rounded only where a threshold is near enough for the
    # rounding to decide the comparison (see _settled)
    margin = _margin(v, precision)
    rounded = None
    for rule in rules:
        op = rule.get("op")
        if op is None:
            return rule["class"]
        ref = rule["value"]
        key = (ref, precision)
        try:
            ref = _REFS[key]
        except KeyError:
            if len(_REFS) >= 1024:  # thresholds made per unit: kept a while
                _REFS.clear()
            ref = _REFS[key] = _rounded(float(ref), precision)
        if abs(v - ref) > margin:
            x = v
        else:
            if rounded is None:
                rounded = round_sig(v, precision)
            x = rounded
        if op == ">":
            hit = x > ref
        elif op == "<=":
            hit = x <= ref
        else:
            hit = OPS[op](x, ref)
        if hit:
            return rule["class"]
    raise ValueError("rule list has no catch-all rule")


#: (threshold, precision) → the threshold rounded (_rounded), looked up
#: without a call
_REFS: dict = {}


def _margin(value: float, digits: int) -> float:
    """How far ``value`` must be from a (rounded) threshold for the
    comparison of ``round_sig(value, digits)`` with it to come out as that of
    ``value``: rounding to ``digits`` significant digits moves a value by at
    most half a unit of its last digit, 0.5 × 10^(1 − digits) × |value| (plus
    a few units in the last place of the arithmetic); the margin is 20 times
    that. Infinite (always round) for more than 15 digits, where the units in
    the last place matter, and for values so small or large (or infinite)
    that the scaling of the rounding leaves the range of floats."""
    size = abs(value)
    if digits > 15 or not (1e-280 < size < 1e280 or size == 0):
        return math.inf
    return size * 10.0 ** (2 - digits)


def settled(value: float, ref: float, digits: int) -> bool:
    """Whether comparing ``value`` with ``ref`` gives what comparing
    ``round_sig(value, digits)`` with ``ref`` gives (``value`` is farther from
    ``ref`` than rounding can move it), so the rounding can be skipped."""
    return abs(value - ref) > _margin(value, digits)


def rule_text(rule: dict) -> str:
    """A short human-readable form of one rule, e.g. ``"> 0"``."""
    op = rule.get("op")
    if op is None:
        return "otherwise"
    return f"{op} {rule['value']:g}"


def grade(
    values,
    breaks: Sequence[float],
    levels: Sequence,
    closed: str = "right",
    precision: Optional[int] = None,
):
    """Level of each value given ascending ``breaks``.

    ``closed = "right"``: intervals (-inf, b0], (b0, b1], … (b_n, inf).
    ``closed = "left"``:  intervals (-inf, b0), [b0, b1), … [b_n, inf).
    ``levels[i]`` is the level of interval ``i``; ``len(levels) ==
    len(breaks) + 1``. Works on scalars and arrays; NaN input gives NaN for
    floats (the caller masks it) — for arrays the result dtype follows
    ``levels``.
    """
    if len(levels) != len(breaks) + 1:
        raise ValueError("levels must have one more entry than breaks")
    if precision is not None and (
        type(values) is float or (not isinstance(values, np.ndarray) and np.ndim(values) == 0)
    ):
        table = _scalar_table(breaks, levels, precision)
        if table is not None:
            # one value (a unit's): the breaks rounded once, the value as below
            # — rounded only where a break is near enough for it to matter
            v = values if type(values) is float else float(np.asarray(values, dtype=np.float64))
            rounded, items = table
            margin = _margin(v, precision)
            if not all(abs(v - b) > margin for b in rounded):
                v = float(round_sig(np.array([v]), precision)[0])
            if math.isnan(v):
                return None
            return items[bisect_left(rounded, v) if closed == "right" else bisect_right(rounded, v)]
    brk = np.asarray(breaks, dtype=np.float64)
    lev = np.asarray(levels)
    scalar = np.ndim(values) == 0
    arr = np.asarray(values, dtype=np.float64)
    if precision is not None:
        arr = round_sig(arr if arr.ndim else np.array([float(arr)]), precision)
        brk = round_sig(brk, precision)
        if scalar:
            arr = arr[0]
    idx = np.digitize(arr, brk, right=(closed == "right"))
    out = lev[idx]
    if scalar:
        if math.isnan(float(arr)):
            return None
        return out.item()
    return out


def _scalar_table(breaks, levels, precision: int):
    """(rounded breaks, levels as :func:`grade` returns them) for grading
    one value at a time, or None where the breaks are not ascending or the
    levels not plain numbers or texts (``grade`` then does it with numpy)."""
    try:
        return _scalar_table_of(tuple(breaks), tuple(levels), precision)
    except TypeError:  # unhashable breaks or levels
        return None


@lru_cache(maxsize=256)
def _scalar_table_of(breaks: tuple, levels: tuple, precision: int):
    rounded = round_sig(np.asarray(breaks, dtype=np.float64), precision).tolist()
    if any(math.isnan(b) for b in rounded) or any(a > b for a, b in zip(rounded, rounded[1:])):
        return None
    lev = np.asarray(levels)
    if lev.dtype.kind not in "biufUS":
        return None
    # np.digitize on ascending breaks: right=True counts the breaks below the
    # value (bisect_left), right=False those at or below it (bisect_right)
    return rounded, [lev[i].item() for i in range(len(lev))]


def matrix_lookup(matrix: Sequence[Sequence], row_level, col_level):
    """Value of a 1-based (level × level) matrix; scalars or int arrays."""
    m = np.asarray(matrix)
    r = np.asarray(row_level)
    c = np.asarray(col_level)
    out = m[r - 1, c - 1]
    return out.item() if out.ndim == 0 else out
