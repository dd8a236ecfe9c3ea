"""生态系统服务功能重要性 on blocks of cells: the service models and the
grading of a service into 极重要 / 重要 / 一般.

Models (formulas and sources in docs/dual_evaluation.md, section 生态 /
Ecology; every coefficient a region may change lives in the method profile,
``[dual.ecology.*]``):

* 水源涵养 — water balance: ``(P − P·α − ET)`` per cell (mm/a), α the runoff
  coefficient of the cell's ecosystem type; a negative value is 0 (not its
  absolute value). ET from a raster or Turc's annual formula.
* 水土保持 — RUSLE: ``A_c = R·K·LS·(1 − C·P)`` (t/(hm²·a)) with R from the
  annual precipitation, K by EPIC or by soil texture, LS from the slope with
  a constant slope length, C by 蔡崇法's vegetation-cover formula.
* 防风固沙 — RWEQ: ``SR = SL_潜 − SL``, the published form.
* 生物多样性维护 — ``NPP·F_pre·F_tem·(1 − F_alt)``.

Arrays are float64 with NaN for nodata; NaN in any input gives NaN. No GDAL,
qgis or Qt import here.
"""

import math
from typing import Mapping, Optional, Sequence, Tuple

import numpy as np

from .grading import compare

#: RUSLE unit slope length (m)
UNIT_PLOT_LENGTH = 22.13
#: EPIC K (US customary units) → SI t·hm²·h/(hm²·MJ·mm)
K_US_TO_SI = 0.1317
#: RWEQ constants of the published form (Fryrear et al. 1998)
RWEQ_QMAX = 109.8
RWEQ_S_COEF = 150.71
RWEQ_S_EXP = -0.3711
#: kg/m² → t/hm²
KG_M2_TO_T_HM2 = 10.0


#: raster and constant inputs of the ecology models: name → (unit, low, high).
#: A value outside the range in a layer's sampled statistics stops the run
#: before any work (usually an undeclared nodata marker or another unit);
#: cells outside it met later are nodata and counted in the log.
ECO_INPUTS = {
    "dem": ("m", -500.0, 9000.0),
    "precipitation": ("mm/a", 0.0, 12000.0),
    "et": ("mm/a", 0.0, 5000.0),
    "temperature": ("degC", -60.0, 60.0),
    "rainfall_erosivity": ("MJ mm/(hm2 h a)", 0.0, 100000.0),
    "k_factor": ("t hm2 h/(hm2 MJ mm)", 0.0, 1.0),
    "sand": ("%", 0.0, 100.0),
    "silt": ("%", 0.0, 100.0),
    "clay": ("%", 0.0, 100.0),
    "organic_carbon": ("%", 0.0, 60.0),
    "vegetation_cover": ("fraction", 0.0, 1.0),
    "practice": ("", 0.0, 1.0),
    "weather_factor": ("kg/m", 0.0, 10000.0),
    "erodible_fraction": ("fraction", 0.0, 1.0),
    "crust_factor": ("fraction", 0.0, 1.0),
    "roughness_factor": ("fraction", 0.0, 1.0),
    "npp": ("gC/(m2 a)", -1000.0, 5000.0),
    "carbonate_share": ("fraction", 0.0, 1.0),
    "aridity": ("", 0.0, 1000.0),
    "wind_days": ("d", 0.0, 366.0),
    "evaporation_ratio": ("", 0.0, 1000.0),
    "groundwater_mineralization": ("g/L", 0.0, 1000.0),
    "groundwater_depth": ("m", 0.0, 1000.0),
    # the annual water yield (core/invest/water_yield.py)
    "et0": ("mm/a", 0.0, 5000.0),
    "soil_depth": ("mm", 0.0, 100000.0),
    "pawc": ("fraction", 0.0, 1.0),
}


def valid_range(name: str) -> Tuple[float, float]:
    _, lo, hi = ECO_INPUTS[name]
    return lo, hi


def unit_of(name: str) -> str:
    return ECO_INPUTS[name][0]


# -- shared ----------------------------------------------------------------


def map_codes(codes: np.ndarray, valid: np.ndarray, mapping: Mapping[int, float]) -> np.ndarray:
    """``mapping[code]`` of every cell (float64); NaN where the cell is
    invalid or its code is not in ``mapping``."""
    out = np.full(codes.shape, np.nan)
    if not mapping:
        return out
    keys = np.array(sorted(mapping), dtype=np.int64)
    vals = np.array([float(mapping[k]) for k in keys])
    c = np.asarray(codes).astype(np.int64)
    idx = np.clip(np.searchsorted(keys, c), 0, len(keys) - 1)
    hit = valid & (keys[idx] == c)
    out[hit] = vals[idx[hit]]
    return out


def piecewise_index(
    values: np.ndarray, breaks: Sequence[float], closed: str, precision: int = 10
) -> np.ndarray:
    """Interval number 0 … len(breaks) of every value (``closed="left"``:
    [b_i, b_i+1); ``"right"``: (b_i, b_i+1]), breaks compared at the profile
    precision. NaN → −1."""
    v = np.asarray(values, dtype=np.float64)
    idx = np.zeros(v.shape, dtype=np.int64)
    op = ">=" if closed == "left" else ">"
    for b in breaks:
        idx += compare(v, op, b, precision)
    idx[np.isnan(v)] = -1
    return idx


def pick(index: np.ndarray, table: Sequence[float]) -> np.ndarray:
    """``table[index]`` with NaN where index is −1."""
    t = np.asarray(table, dtype=np.float64)
    out = t[np.clip(index, 0, len(t) - 1)]
    out[index < 0] = np.nan
    return out


# -- 水源涵养 ----------------------------------------------------------------


def turc_et(precip: np.ndarray, temperature) -> np.ndarray:
    """Annual actual evapotranspiration (mm/a) by Turc (1954):
    ``E = P / sqrt(0.9 + (P/L)²)``, ``L = 300 + 25T + 0.05T³`` (T mean annual
    air temperature, °C). E never exceeds P; where L ≤ 0 (T below about
    −10.6 °C) E is 0."""
    p = np.asarray(precip, dtype=np.float64)
    t = np.asarray(temperature, dtype=np.float64)
    cap = 300.0 + 25.0 * t + 0.05 * t**3
    with np.errstate(divide="ignore", invalid="ignore"):
        e = p / np.sqrt(0.9 + (p / cap) ** 2)
    e = np.where(cap > 0, np.minimum(e, p), 0.0)
    return np.where(np.isnan(p) | np.isnan(t), np.nan, e)


def runoff_coefficients(section: Mapping) -> dict:
    """``{code: α}`` of ``[dual.ecology.runoff_coefficients]``."""
    return {int(k): float(v) for k, v in section.items() if k != "tag"}


def water_conservation(
    precip: np.ndarray,
    et: np.ndarray,
    codes: np.ndarray,
    valid: np.ndarray,
    alphas: Mapping[int, float],
    no_service: Sequence[int],
) -> np.ndarray:
    """Water conservation (mm/a) of every cell: ``max(P − P·α − ET, 0)``.
    Cells whose land-cover code is in ``no_service`` give 0; cells with
    nodata precipitation or land cover, or an unknown code, give NaN."""
    alpha = map_codes(codes, valid, alphas)
    p = np.asarray(precip, dtype=np.float64)
    tq = np.maximum(p - p * alpha - et, 0.0)  # NaN stays NaN
    if len(no_service):
        none = valid & np.isin(codes, np.asarray(no_service)) & ~np.isnan(p)
        tq[none] = 0.0
    return tq


# -- 水土保持 (RUSLE) --------------------------------------------------------


def rainfall_erosivity(precip: np.ndarray, a: float, b: float) -> np.ndarray:
    """R (MJ·mm/(hm²·h·a)) from the annual precipitation (mm): ``a·P^b``."""
    p = np.asarray(precip, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return a * np.power(np.maximum(p, 0.0), b)


def epic_k(
    sand: np.ndarray, silt: np.ndarray, clay: np.ndarray, organic_carbon: np.ndarray
) -> np.ndarray:
    """Soil erodibility K (SI, t·hm²·h/(hm²·MJ·mm)) by the EPIC formula of
    Williams (1990) from sand, silt, clay and organic carbon (all %)::

        K = {0.2 + 0.3·exp[−0.0256·SAN·(1 − SIL/100)]}·[SIL/(CLA + SIL)]^0.3
            ·{1 − 0.25·C/[C + exp(3.72 − 2.95·C)]}
            ·{1 − 0.7·SN₁/[SN₁ + exp(−5.51 + 22.9·SN₁)]} × 0.1317,
        SN₁ = 1 − SAN/100.

    A soil without silt and clay (pure sand) has K = 0."""
    san = np.asarray(sand, dtype=np.float64)
    sil = np.asarray(silt, dtype=np.float64)
    cla = np.asarray(clay, dtype=np.float64)
    c = np.asarray(organic_carbon, dtype=np.float64)
    sn1 = 1.0 - san / 100.0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        fine = cla + sil
        ratio = np.where(fine > 0, sil / fine, 0.0)
        f1 = 0.2 + 0.3 * np.exp(-0.0256 * san * (1.0 - sil / 100.0))
        f2 = np.power(ratio, 0.3)
        f3 = 1.0 - 0.25 * c / (c + np.exp(3.72 - 2.95 * c))
        f4 = 1.0 - 0.7 * sn1 / (sn1 + np.exp(-5.51 + 22.9 * sn1))
        k = f1 * f2 * f3 * f4 * K_US_TO_SI
    bad = np.isnan(san) | np.isnan(sil) | np.isnan(cla) | np.isnan(c)
    return np.where(bad, np.nan, k)


def slope_length_factor(
    slope_deg: np.ndarray, slope_length_m: float, section: Mapping, precision: int = 10
) -> np.ndarray:
    """L = (λ/22.13)^m, m by the slope in percent (100·tanθ) from
    ``section`` (``{breaks, closed, values}``, e.g. < 1 % → 0.2, [1, 3) → 0.3,
    [3, 5) → 0.4, ≥ 5 % → 0.5)."""
    pct = 100.0 * np.tan(np.radians(np.asarray(slope_deg, dtype=np.float64)))
    m = pick(
        piecewise_index(pct, section["breaks"], section["closed"], precision), section["values"]
    )
    return np.power(slope_length_m / UNIT_PLOT_LENGTH, m)


def slope_steepness_factor(
    slope_deg: np.ndarray, section: Mapping, precision: int = 10
) -> np.ndarray:
    """S = a·sinθ + b with (a, b) by the slope in degrees from ``section``
    (``{breaks, closed, a, b}``; McCool et al. 1987 below 10°, 刘宝元 et al.
    1994 for steep slopes by default)."""
    theta = np.asarray(slope_deg, dtype=np.float64)
    idx = piecewise_index(theta, section["breaks"], section["closed"], precision)
    return pick(idx, section["a"]) * np.sin(np.radians(theta)) + pick(idx, section["b"])


def ls_factor(
    slope_deg: np.ndarray, slope_length_m: float, section: Mapping, precision: int = 10
) -> np.ndarray:
    """LS of RUSLE: the product of :func:`slope_length_factor` and
    :func:`slope_steepness_factor` with the profile's
    ``l_exponent`` and ``s_factor`` of ``section``."""
    return slope_length_factor(
        slope_deg, slope_length_m, section["l_exponent"], precision
    ) * slope_steepness_factor(slope_deg, section["s_factor"], precision)


def cover_management_cai(cover_fraction: np.ndarray, cover: Mapping) -> np.ndarray:
    """C (蔡崇法 et al. 2000) from the vegetation cover (fraction 0–1):
    f = 100·cover (%); C = 1 if f = 0; ``a − b·lg f`` if 0 < f ≤ full_cover;
    0 above; capped to [0, 1] (the formula passes 1 below f ≈ 0.1 %)."""
    f = 100.0 * np.asarray(cover_fraction, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        c = cover["a"] - cover["b"] * np.log10(f)
    c = np.where(f <= 0, 1.0, np.where(f > cover["full_cover"], 0.0, c))
    c = np.clip(c, 0.0, 1.0)
    return np.where(np.isnan(f), np.nan, c)


def soil_retention(r: np.ndarray, k: np.ndarray, ls: np.ndarray, c: np.ndarray, p) -> np.ndarray:
    """Soil retention ``A_c = R·K·LS·(1 − C·P)`` (t/(hm²·a)): the potential
    loss R·K·LS minus the actual loss R·K·LS·C·P."""
    return r * k * ls * np.maximum(1.0 - c * p, 0.0)


# -- 防风固沙 (RWEQ) ---------------------------------------------------------


def rweq_vegetation_factor(cover_fraction: np.ndarray, coefficient: float) -> np.ndarray:
    """Vegetation factor C = exp(coefficient · SC), SC the cover in %."""
    return np.exp(coefficient * 100.0 * np.asarray(cover_fraction, dtype=np.float64))


def rweq_soil_loss(x: np.ndarray, z: float) -> np.ndarray:
    """Soil loss by wind SL (kg/m²) at the downwind distance ``z`` (m) for
    the factor product ``x = WF·EF·SCF·K′·C``::

        Q_max = 109.8·x;  s = 150.71·x^−0.3711;  SL = (2z/s²)·Q_max·e^(−(z/s)²)

    x = 0 (no wind, no erodible fraction) gives 0."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        q = RWEQ_QMAX * x
        s = RWEQ_S_COEF * np.power(x, RWEQ_S_EXP)
        sl = (2.0 * z / s**2) * q * np.exp(-((z / s) ** 2))
    sl = np.where(x > 0, sl, 0.0)
    return np.where(np.isnan(x), np.nan, sl)


def sand_fixation(wf, ef, scf, kr, c, z: float) -> Tuple[np.ndarray, np.ndarray]:
    """Sand fixation SR = SL_潜 − SL (t/(hm²·a)) and the cells where the
    difference was negative (set to 0). SL_潜 is the loss with C = 1 (bare
    soil)."""
    base = np.asarray(wf, dtype=np.float64) * ef * scf * kr
    potential = rweq_soil_loss(base, z)
    actual = rweq_soil_loss(base * c, z)
    sr = (potential - actual) * KG_M2_TO_T_HM2
    negative = sr < 0
    return np.where(negative, 0.0, sr), negative


# -- 生物多样性维护 -----------------------------------------------------------


def normalise(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Min–max normalisation (x − lo)/(hi − lo) to 0–1; a factor constant
    over the area (hi = lo) is 1 everywhere (it does not discriminate)."""
    v = np.asarray(values, dtype=np.float64)
    if not (hi > lo):
        return np.where(np.isnan(v), np.nan, 1.0)
    return np.clip((v - lo) / (hi - lo), 0.0, 1.0)


def npp_biodiversity(
    npp: np.ndarray, f_pre: np.ndarray, f_tem: np.ndarray, f_alt: np.ndarray
) -> np.ndarray:
    """S_bio = NPP·F_pre·F_tem·(1 − F_alt) (F normalised 0–1); a negative NPP
    counts as 0."""
    return np.maximum(np.asarray(npp, dtype=np.float64), 0.0) * f_pre * f_tem * (1.0 - f_alt)


# -- grading ---------------------------------------------------------------


def classify_service(
    values: np.ndarray,
    thresholds: Sequence[float],
    class_values: Sequence[int],
    precision: Optional[int] = None,
    nodata: int = 0,
) -> np.ndarray:
    """Importance class of every service value for descending thresholds
    ``[t_very, t_important]``: value ≥ t_very → ``class_values[0]`` (极重要),
    ≥ t_important → ``class_values[1]`` (重要), else ``class_values[2]``
    (一般); NaN → nodata. With ``precision`` (manual breaks) a value within
    rounding of a threshold counts as equal to it; without (the
    cumulative-share thresholds, which are data values) the comparison is
    exact."""
    v = np.asarray(values, dtype=np.float64)
    out = np.full(v.shape, class_values[-1], dtype=np.uint8)
    for t, cls in reversed(list(zip(thresholds, class_values[:-1]))):
        if precision is None or not math.isfinite(t):
            with np.errstate(invalid="ignore"):
                hit = v >= t
        else:
            hit = compare(v, ">=", t, precision)
        out[hit] = cls
    out[np.isnan(v)] = nodata
    return out


def parse_breaks(text: str) -> Tuple[float, float]:
    """Two ascending numbers from "a, b" (manual breaks: 重要 from a, 极重要
    from b). Raises ValueError with the reason."""
    parts = [p for p in str(text).replace(";", ",").replace("，", ",").split(",") if p.strip()]
    if len(parts) != 2:
        raise ValueError("two numbers expected")
    a, b = (float(p) for p in parts)
    if not (math.isfinite(a) and math.isfinite(b) and b > a):
        raise ValueError("the second number must be larger than the first")
    return a, b
