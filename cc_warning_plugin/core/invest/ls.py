"""The RUSLE LS factor from flow accumulation (Desmet & Govers 1996, as in
InVEST SDR), beside the constant-slope-length LS of
``core/dual/ecology.py``.

    L = [(A_in + D²)^(m+1) − A_in^(m+1)] / (D^(m+2) · x^m · 22.13^m)
    LS = min(L, l_max) · S

with D the cell size (m), m the slope-length exponent by the slope in
percent (0.2 / 0.3 / 0.4 / 0.5 up to 1 / 3.5 / 5 / 9 %, above 9 %
m = β/(1 + β), β = (sinθ/0.0896)/(3·sinθ^0.8 + 0.56)), S by McCool
(10.8 sinθ + 0.03 below 9 %, 16.8 sinθ − 0.50 from 9 %), and by
``variant``:

* ``"desmet_govers"`` (the paper; InVEST SDR up to 3.13 with its own flow
  routing): A_in = (FA − 1)·D², the contributing area at the cell's inlet
  (FA the D8 flow accumulation in cells, the cell itself included);
  x = |sin α| + |cos α| of the aspect α (from Horn's gradient; 1 on a flat);
* ``"invest_3_14"`` (InVEST SDR since 3.14.0, ADR-0001):
  A_in = √((FA − 1)·D²); x = |sin θ| + |cos θ| of the slope θ.

The flow accumulation here is D8 (core/invest/flow.py); InVEST uses
multiple-flow-direction routing (MFD) since 3.5, so its accumulation, and
LS, differ where flow diverges. Every coefficient is in ``[invest.ls]``.
"""

import math
from typing import Mapping, Tuple

import numpy as np

from ..dual import terrain
from ..dual.ecology import pick, piecewise_index

UNIT_PLOT_LENGTH = 22.13
HALO = terrain.SLOPE_HALO
VARIANTS = ("desmet_govers", "invest_3_14")


def horn_gradient(
    dem: np.ndarray, cell_w: float, cell_h: float, halo: int
) -> Tuple[np.ndarray, np.ndarray]:
    """(dz/dx, dz/dy) by Horn's method on the core of ``dem`` (dz/dy
    positive southwards), with the edge and hole rules of
    ``terrain.slope_degrees`` (a missing neighbour mirrored through the
    centre); NaN where the cell itself is missing."""
    h = halo
    ny, nx = dem.shape[0] - 2 * h, dem.shape[1] - 2 * h
    z = np.asarray(dem, dtype=np.float64)

    def zs(dy, dx):
        return z[h + dy : h + dy + ny, h + dx : h + dx + nx]

    dzdx = ((zs(-1, 1) + 2 * zs(0, 1) + zs(1, 1)) - (zs(-1, -1) + 2 * zs(0, -1) + zs(1, -1))) / (
        8.0 * cell_w
    )
    dzdy = ((zs(1, -1) + 2 * zs(1, 0) + zs(1, 1)) - (zs(-1, -1) + 2 * zs(-1, 0) + zs(-1, 1))) / (
        8.0 * cell_h
    )
    centre = zs(0, 0)
    redo = (np.isnan(dzdx) | np.isnan(dzdy)) & ~np.isnan(centre)
    if redo.any():
        rows, cols = np.nonzero(redo)
        zz = {off: z[h + off[0] + rows, h + off[1] + cols] for off in terrain._OFFSETS}
        zz[(0, 0)] = z[h + rows, h + cols]
        f = terrain._fill_missing(zz)
        dzdx[rows, cols] = (
            (f[(-1, 1)] + 2 * f[(0, 1)] + f[(1, 1)]) - (f[(-1, -1)] + 2 * f[(0, -1)] + f[(1, -1)])
        ) / (8.0 * cell_w)
        dzdy[rows, cols] = (
            (f[(1, -1)] + 2 * f[(1, 0)] + f[(1, 1)]) - (f[(-1, -1)] + 2 * f[(-1, 0)] + f[(-1, 1)])
        ) / (8.0 * cell_h)
    missing = np.isnan(centre)
    dzdx[missing] = np.nan
    dzdy[missing] = np.nan
    return dzdx, dzdy


def m_exponent(
    slope_pct: np.ndarray, sin_theta: np.ndarray, section: Mapping, precision: int = 10
) -> np.ndarray:
    """m by the slope in percent: ``m_values`` for the intervals of
    ``m_breaks`` (``m_closed``), and above the last break ``m_steep`` (a
    number, or "beta": β/(1 + β))."""
    idx = piecewise_index(slope_pct, section["m_breaks"], section["m_closed"], precision)
    steep = section["m_steep"]
    values = list(section["m_values"]) + [0.0 if steep == "beta" else float(steep)]
    m = pick(idx, values)
    if steep == "beta":
        with np.errstate(invalid="ignore", divide="ignore"):
            beta = (sin_theta / 0.0896) / (3.0 * np.power(sin_theta, 0.8) + 0.56)
        top = idx == len(section["m_breaks"])
        m = np.where(top, beta / (1.0 + beta), m)
    return m


def s_factor(slope_pct: np.ndarray, sin_theta: np.ndarray, section: Mapping) -> np.ndarray:
    """S (McCool et al. 1987): ``s_low`` = (a, b) below ``s_break`` %, else
    ``s_high``: a·sinθ + b."""
    lo, hi = section["s_low"], section["s_high"]
    with np.errstate(invalid="ignore"):
        low = slope_pct < section["s_break"]
    return np.where(low, lo[0] * sin_theta + lo[1], hi[0] * sin_theta + hi[1])


def ls_desmet_govers(
    dem: np.ndarray,
    acc: np.ndarray,
    cell_w: float,
    cell_h: float,
    halo: int,
    section: Mapping,
    precision: int = 10,
) -> np.ndarray:
    """LS of the core cells from ``dem`` (with ``halo``) and the flow
    accumulation ``acc`` (cells, core-sized); NaN where either is missing."""
    variant = section["variant"]
    if variant not in VARIANTS:
        raise ValueError(variant)
    dzdx, dzdy = horn_gradient(dem, cell_w, cell_h, halo)
    g2 = dzdx * dzdx + dzdy * dzdy
    tan_t = np.sqrt(g2)
    slope_pct = 100.0 * tan_t
    cos_t = 1.0 / np.sqrt(1.0 + g2)
    sin_t = tan_t * cos_t
    m = m_exponent(slope_pct, sin_t, section, precision)
    s = s_factor(slope_pct, sin_t, section)
    d = math.sqrt(cell_w * cell_h)
    fa = np.asarray(acc, dtype=np.float64)
    up = np.maximum(fa - 1.0, 0.0) * d * d
    if variant == "desmet_govers":
        a_in = up
        with np.errstate(invalid="ignore", divide="ignore"):
            x = np.where(g2 > 0, (np.abs(dzdx) + np.abs(dzdy)) / tan_t, 1.0)
    else:
        a_in = np.sqrt(up)
        x = np.abs(sin_t) + np.abs(cos_t)
    unit = section["unit_length"]
    with np.errstate(invalid="ignore", over="ignore"):
        l_fac = (np.power(a_in + d * d, m + 1.0) - np.power(a_in, m + 1.0)) / (
            np.power(d, m + 2.0) * np.power(x, m) * np.power(unit, m)
        )
    if section["l_max"] > 0:
        l_fac = np.minimum(l_fac, section["l_max"])
    return np.where(np.isnan(fa) | np.isnan(g2), np.nan, l_fac * s)


def block_function(
    section: Mapping, cell_size: Tuple[float, float], precision: int = 10, nodata: float = -9999.0
):
    """A block function for ``run_blocks`` (inputs ``dem`` and ``acc``, halo
    :data:`HALO`) with the output ``ls``."""

    def func(block):
        dem = np.where(block.valid["dem"], block.values["dem"], np.nan)
        acc = block.core(np.where(block.valid["acc"], block.values["acc"], np.nan))
        ls = ls_desmet_govers(dem, acc, cell_size[0], cell_size[1], block.halo, section, precision)
        return {"ls": np.where(np.isnan(ls), nodata, ls)}

    return func
