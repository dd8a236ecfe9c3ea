"""Statistics of a short yearly series, without SciPy (QGIS on Windows has no
SciPy): Student's t and the normal distribution, the least-squares line,
the Mann–Kendall test and Sen's slope.

Everything works on plain sequences of floats; the caller removes missing
years first. Formulas (docs/methods_extra.md, section 1):

* least squares: ``b = Sxy/Sxx``, ``R² = 1 − SSE/SST``, ``se(b) =
  sqrt(SSE/(n−2)/Sxx)``, ``t = b/se(b)``, two-sided p from Student's t with
  n − 2 degrees of freedom, ``P(|T| ≥ |t|) = I_x(ν/2, 1/2)``,
  ``x = ν/(ν + t²)`` (I the regularised incomplete beta function);
* Mann–Kendall: ``S = Σ_{i<j} sign(x_j − x_i)``, ``Var(S) = [n(n−1)(2n+5) −
  Σ_g t_g(t_g−1)(2t_g+5)]/18`` (t_g the size of the g-th group of tied
  values), ``Z = (S − 1)/√Var`` for S > 0, ``(S + 1)/√Var`` for S < 0, 0 for
  S = 0; two-sided ``p = 2·(1 − Φ(|Z|))``. For short series without ties the
  exact distribution of S (Kendall's permutation distribution) is used
  instead when asked;
* Sen's slope: the median of ``(x_j − x_i)/(t_j − t_i)`` over all i < j.
"""

import math
from typing import Dict, List, Optional, Sequence

#: continued-fraction accuracy of the incomplete beta function
_EPS = 1e-15
_TINY = 1e-300
_MAX_ITER = 500


# -- distributions -------------------------------------------------------------


def normal_cdf(z: float) -> float:
    """Φ(z), the standard normal distribution function."""
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


def normal_two_sided_p(z: float) -> float:
    """P(|Z| ≥ |z|) for a standard normal Z."""
    return math.erfc(abs(z) / math.sqrt(2.0))


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    if abs(d) < _TINY:
        d = _TINY
    d = 1.0 / d
    h = d
    for m in range(1, _MAX_ITER + 1):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = _TINY if abs(d) < _TINY else d
        c = 1.0 + aa / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = _TINY if abs(d) < _TINY else d
        c = 1.0 + aa / c
        c = _TINY if abs(c) < _TINY else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            return h
    raise ArithmeticError("incomplete beta: no convergence")


def betainc_regularized(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularised incomplete beta function (a, b > 0,
    0 ≤ x ≤ 1)."""
    if not (a > 0 and b > 0):
        raise ValueError("a and b must be positive")
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_two_sided_p(t: float, df: float) -> float:
    """P(|T| ≥ |t|) for Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    if math.isinf(t):
        return 0.0
    return betainc_regularized(df / 2.0, 0.5, df / (df + t * t))


# -- least squares ---------------------------------------------------------------


def linear_fit(x: Sequence[float], y: Sequence[float]) -> Dict[str, Optional[float]]:
    """Least-squares line of ``y`` on ``x``: slope, intercept, R², standard
    error of the slope, t and its two-sided p (n − 2 degrees of freedom).

    With two points the line is exact and there is no test (se, t, p are
    None). A constant series has slope 0, no R² (SST = 0) and p = 1. A
    perfect fit with a non-zero slope has t = ±∞ and p = 0.
    """
    n = len(x)
    if n != len(y) or n < 2:
        raise ValueError("at least two (x, y) pairs expected")
    mx = math.fsum(x) / n
    my = math.fsum(y) / n
    sxx = math.fsum((xi - mx) ** 2 for xi in x)
    if sxx == 0:
        raise ValueError("all x are equal")
    sxy = math.fsum((xi - mx) * (yi - my) for xi, yi in zip(x, y))
    sst = math.fsum((yi - my) ** 2 for yi in y)
    slope = sxy / sxx
    intercept = my - slope * mx
    sse = math.fsum((yi - intercept - slope * xi) ** 2 for xi, yi in zip(x, y))
    sse = max(sse, 0.0)
    out: Dict[str, Optional[float]] = {
        "n": n,
        "slope": slope,
        "intercept": intercept,
        "r2": None,
        "se": None,
        "t": None,
        "p": None,
        "sse": sse,
        "sst": sst,
    }
    if sst > 0:
        out["r2"] = max(0.0, min(1.0, 1.0 - sse / sst))
    if n < 3:
        return out
    df = n - 2
    # a residual sum far below the rounding of SST is a perfect fit
    if sst == 0:
        out.update(se=0.0, t=0.0, p=1.0)
        return out
    if sse <= sst * 1e-24:
        out.update(se=0.0, t=math.copysign(math.inf, slope), p=0.0)
        return out
    se = math.sqrt(sse / df / sxx)
    t = slope / se
    out.update(se=se, t=t, p=t_two_sided_p(t, df))
    return out


# -- Mann–Kendall and Sen ----------------------------------------------------------


def kendall_s(values: Sequence[float]) -> int:
    """S = Σ_{i<j} sign(x_j − x_i)."""
    s = 0
    n = len(values)
    for i in range(n - 1):
        xi = values[i]
        for j in range(i + 1, n):
            d = values[j] - xi
            s += (d > 0) - (d < 0)
    return s


def tie_groups(values: Sequence[float]) -> List[int]:
    """Sizes of the groups of equal values that hold more than one value."""
    counts: Dict[float, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return sorted(c for c in counts.values() if c > 1)


def mk_variance(n: int, ties: Sequence[int] = ()) -> float:
    """Var(S) with the ties correction."""
    return (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18.0


def mahonian_row(n: int) -> List[int]:
    """Number of permutations of n items with k inversions, k = 0 …
    n(n−1)/2 (the null distribution of Kendall's S for n values without
    ties: S = n(n−1)/2 − 2k)."""
    row = [1]
    for m in range(2, n + 1):
        new = [0] * (len(row) + m - 1)
        for k, c in enumerate(row):
            for j in range(m):
                new[k + j] += c
        row = new
    return row


def mk_exact_p(s: int, n: int) -> float:
    """Exact two-sided p of S for n values without ties:
    ``P(|S| ≥ |s|) = 2·P(S ≥ |s|)`` (S is symmetric), at most 1."""
    row = mahonian_row(n)
    total = math.factorial(n)
    pairs = n * (n - 1) // 2
    # S ≥ |s|  ⇔  inversions k ≤ (pairs − |s|)/2
    k_max = (pairs - abs(s)) // 2
    upper = sum(row[: k_max + 1]) / total
    return min(1.0, 2.0 * upper)


def mann_kendall(values: Sequence[float], exact_max_n: int = 0) -> Dict[str, object]:
    """The Mann–Kendall test of ``values`` (in time order).

    Returns S, Var(S) (ties corrected), Z (continuity corrected), the
    two-sided p and how it was obtained: ``"exact"`` (n ≤ ``exact_max_n``
    and no ties: Kendall's permutation distribution) or ``"normal"``."""
    n = len(values)
    if n < 2:
        raise ValueError("at least two values expected")
    s = kendall_s(values)
    ties = tie_groups(values)
    var = mk_variance(n, ties)
    if var > 0:
        sd = math.sqrt(var)
        z = (s - 1) / sd if s > 0 else ((s + 1) / sd if s < 0 else 0.0)
    else:
        z = 0.0
    if n <= exact_max_n and not ties:
        p, how = mk_exact_p(s, n), "exact"
    else:
        p, how = normal_two_sided_p(z), "normal"
    return {"s": s, "var": var, "z": z, "p": p, "p_method": how, "ties": ties}


def sen_slope(x: Sequence[float], y: Sequence[float]) -> float:
    """Sen's slope: the median of the pairwise slopes (y_j − y_i)/(x_j − x_i)
    over i < j (x strictly increasing)."""
    slopes = sorted(
        (y[j] - y[i]) / (x[j] - x[i]) for i in range(len(x) - 1) for j in range(i + 1, len(x))
    )
    if not slopes:
        raise ValueError("at least two values expected")
    m = len(slopes)
    mid = m // 2
    return slopes[mid] if m % 2 else 0.5 * (slopes[mid - 1] + slopes[mid])
