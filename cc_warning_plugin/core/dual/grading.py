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
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np

NODATA = 0
_OPS = (">", ">=", "<", "<=")


def break_tolerance(value: float, precision: int) -> float:
    """Half a unit of the ``precision``-th significant digit of ``value``."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    return 0.5 * 10.0 ** (math.floor(math.log10(abs(value))) - precision + 1)


def grade(values: np.ndarray, breaks: Sequence[float], levels: Sequence[int],
          closed: str = "right", precision: int = 10, nodata: int = NODATA,
          dtype=np.uint8) -> np.ndarray:
    """Level of every value. ``closed="right"``: intervals (−∞, b₀],
    (b₀, b₁], …, (bₙ, ∞); ``"left"``: (−∞, b₀), [b₀, b₁), …, [bₙ, ∞).
    ``levels[i]`` is the level of interval i. NaN → ``nodata``."""
    if len(levels) != len(breaks) + 1:
        raise ValueError("levels must have one more entry than breaks")
    b = np.asarray(breaks, dtype=np.float64)
    tol = np.array([break_tolerance(x, precision) for x in b])
    v = np.asarray(values, dtype=np.float64)
    if closed == "right":
        idx = np.searchsorted(b + tol, v, side="left")
    else:
        idx = np.searchsorted(b - tol, v, side="right")
    lut = np.asarray(levels, dtype=dtype)
    out = lut[np.minimum(idx, len(levels) - 1)]
    out[np.isnan(v)] = nodata
    return out


def compare(values: np.ndarray, op: str, value: float, precision: int = 10) -> np.ndarray:
    """``values op value`` at the profile precision; NaN compares False."""
    tol = break_tolerance(value, precision)
    v = np.asarray(values, dtype=np.float64)
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
        level[hit] = rule["set"]
    else:
        shifted = level[hit].astype(np.int16) + int(rule.get("shift", 0))
        level[hit] = np.clip(shifted, lo, hi)


def group_rules(rules: Sequence[Mapping], key: str = "input") -> List[Tuple[str, List]]:
    """Consecutive rules grouped by the input they test, in order."""
    groups: List[Tuple[str, List]] = []
    for r in rules:
        if groups and groups[-1][0] == r[key]:
            groups[-1][1].append(r)
        else:
            groups.append((r[key], [r]))
    return groups


def apply_modifiers(level: np.ndarray, inputs: Mapping[str, np.ndarray],
                    rules: Sequence[Mapping], precision: int = 10, lo: int = 1,
                    hi: int = 5) -> np.ndarray:
    """Modify ``level`` in place by threshold rules on continuous inputs.

    Each rule is ``{input, op, value, set}`` or ``{input, op, value,
    shift}``. Consecutive rules on the same input form a group in which the
    first rule that holds applies (``≥ 80 → 5``, else ``≥ 60 → +1``);
    groups apply one after another (chained). Inputs missing from
    ``inputs`` are skipped; a NaN input value changes nothing. Nodata
    levels (0) stay 0. Returns a bool array of the cells changed.
    """
    changed = np.zeros(level.shape, dtype=bool)
    has_level = level != NODATA
    for name, group in group_rules(rules):
        if name not in inputs:
            continue
        x = inputs[name]
        decided = ~has_level
        for r in group:
            hit = ~decided & compare(x, r["op"], r["value"], precision)
            before = level[hit]
            _act(level, hit, r, lo, hi)
            changed[hit] |= level[hit] != before
            decided |= hit
    return changed


def matrix(rows: np.ndarray, cols: np.ndarray, table: Sequence[Sequence[int]],
           nodata: int = NODATA) -> np.ndarray:
    """``table[row − 1][col − 1]`` for 1-based level arrays; a nodata (0)
    row or column gives nodata."""
    m = np.asarray(table, dtype=np.uint8)
    n_r, n_c = m.shape
    r = np.asarray(rows).astype(np.intp)
    c = np.asarray(cols).astype(np.intp)
    ok = (r >= 1) & (r <= n_r) & (c >= 1) & (c <= n_c)
    out = np.full(r.shape, nodata, dtype=np.uint8)
    out[ok] = m[r[ok] - 1, c[ok] - 1]
    return out


def apply_steps(level: np.ndarray, inputs: Mapping[str, Tuple[np.ndarray, np.ndarray]],
                steps: Sequence[Mapping], lo: int = 1, hi: int = 5,
                cause: Optional[np.ndarray] = None, first_bit: int = 0) -> List[bool]:
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
                    cond &= np.isin(start, vals)
                else:
                    v, ok = inputs[k]
                    cond &= ok & np.isin(v, vals)
            _act(level, cond, r, lo, hi)
            decided |= cond
        if cause is not None:
            cause[level != start] |= np.uint16(1 << (first_bit + i))
    return ran


def apply_actions(level: np.ndarray, metric: np.ndarray, breaks: Sequence[float],
                  closed: str, actions: Sequence[Mapping], precision: int = 10,
                  lo: int = 1, hi: int = 5) -> np.ndarray:
    """Correct ``level`` (in place) by a continuous ``metric`` graded by
    ``breaks``: interval i applies ``actions[i]`` (``{set}`` or ``{shift}``).
    NaN metric or nodata level: unchanged. Returns the cells changed."""
    idx = grade(metric, breaks, list(range(1, len(actions) + 1)), closed, precision,
                nodata=0)
    changed = np.zeros(level.shape, dtype=bool)
    has_level = level != NODATA
    for i, act in enumerate(actions, start=1):
        hit = has_level & (idx == i)
        if not hit.any():
            continue
        before = level[hit]
        _act(level, hit, act, lo, hi)
        changed[hit] = level[hit] != before
    return changed


def lookup(levels: np.ndarray, mapping: Mapping[int, int], nodata: int = 0,
           dtype=np.uint8) -> np.ndarray:
    """Map integer levels through ``{level: value}``; others → nodata."""
    lut = np.full(256, nodata, dtype=dtype)
    for k, v in mapping.items():
        lut[int(k)] = v
    lv = np.asarray(levels)
    out = np.full(lv.shape, nodata, dtype=dtype)
    ok = (lv >= 0) & (lv < 256)
    out[ok] = lut[lv[ok].astype(np.intp)]
    return out


def code_table(codes: Iterable[Mapping], key: str = "level") -> Dict[int, int]:
    """``{code: level}`` from a list of ``{code, <key>}`` entries."""
    return {int(e["code"]): int(e[key]) for e in codes}


def level_shares(counts: Mapping[int, int]) -> Dict[int, float]:
    total = sum(counts.values())
    return {k: v / total for k, v in sorted(counts.items())} if total else {}
