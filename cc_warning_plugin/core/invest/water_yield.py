"""Annual water yield by the Budyko curve in Fu's form, as InVEST's annual
water yield model computes it, beside the water balance of 水源涵养
(core/dual/ecology.py).

For a vegetated land-cover class (``vegetated = true``)::

    PET = Kc · ET₀
    AWC = min(restricting-layer depth, root depth) · PAWC        (mm)
    ω = Z · AWC / P + 1.25, at most 5                             (InVEST's bounds)
    AET/P = min(PET/P, 1 + PET/P − [1 + (PET/P)^ω]^(1/ω))

for the others (water, built-up, bare land): AET = min(Kc · ET₀, P). Then
the water yield Y = (1 − AET/P) · P (mm/a); P = 0 gives nodata (as InVEST).
Kc, root depth and the vegetated flag come per land-cover code from
``[invest.water_yield.biophysical]``; Z and the bounds of ω from
``[invest.water_yield]``.
"""

from typing import Mapping, Tuple

import numpy as np

from ..dual.ecology import map_codes

#: largest integer code looked up through a table instead of a search
_LUT_MAX = 65535


def lookup(codes: np.ndarray, valid: np.ndarray, mapping) -> np.ndarray:
    """``mapping[code]`` of every cell, NaN where invalid or unknown: a
    table look-up for small non-negative integer codes, else
    ``ecology.map_codes``."""
    c = np.asarray(codes)
    if c.dtype.kind in "ui" and c.size and mapping:
        top = max(mapping)
        if 0 <= min(mapping) and top <= _LUT_MAX and (c.dtype.kind == "u" or c.min() >= 0):
            lut = np.full(max(top, int(c.max())) + 1, np.nan)
            for k, v in mapping.items():
                lut[k] = v
            out = lut[c]
            out[~valid] = np.nan
            return out
    return map_codes(c, valid, mapping)


def biophysical_tables(section: Mapping) -> Tuple[dict, dict, dict]:
    """``({code: Kc}, {code: root depth mm}, {code: 1.0 vegetated / 0.0})``."""
    kc, root, veg = {}, {}, {}
    for key, entry in section["biophysical"].items():
        if key == "tag":
            continue
        code = int(key)
        kc[code] = float(entry["kc"])
        root[code] = float(entry["root_depth"])
        veg[code] = 1.0 if entry["vegetated"] else 0.0
    return kc, root, veg


def aet_fraction(
    p: np.ndarray,
    et0: np.ndarray,
    kc: np.ndarray,
    root: np.ndarray,
    soil_depth: np.ndarray,
    pawc: np.ndarray,
    vegetated: np.ndarray,
    z: float,
    omega_min: float,
    omega_max: float,
) -> np.ndarray:
    """AET/P of every cell (formulas in the module text); NaN where an input
    is NaN or P ≤ 0."""
    p = np.asarray(p, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        pet = kc * et0
        phi = pet / p
        awc = np.minimum(soil_depth, root) * pawc
        omega = np.minimum(z * awc / p + omega_min, omega_max)
        fu = 1.0 + phi - np.power(1.0 + np.power(phi, omega), 1.0 / omega)
        veg_frac = np.minimum(phi, fu)
        bare_frac = np.minimum(pet, p) / p
        frac = np.where(vegetated > 0.5, veg_frac, bare_frac)
    bad = (
        np.isnan(p)
        | (p <= 0)
        | np.isnan(et0)
        | np.isnan(kc)
        | np.isnan(vegetated)
        | (np.isnan(awc) & (vegetated > 0.5))
    )
    return np.where(bad, np.nan, frac)


def water_yield(p, et0, codes, valid_codes, soil_depth, pawc, section: Mapping):
    """(Y mm/a, AET mm/a) of every cell from precipitation ``p`` (mm),
    reference evapotranspiration ``et0`` (mm), land-cover ``codes``, the
    depth to the root-restricting layer (mm) and PAWC (0–1). Unknown codes
    give NaN."""
    kc_t, root_t, veg_t = biophysical_tables(section)
    kc = lookup(codes, valid_codes, kc_t)
    root = lookup(codes, valid_codes, root_t)
    veg = lookup(codes, valid_codes, veg_t)
    frac = aet_fraction(
        p,
        et0,
        kc,
        root,
        soil_depth,
        pawc,
        veg,
        section["z"],
        section["omega_min"],
        section["omega_max"],
    )
    p = np.asarray(p, dtype=np.float64)
    aet = frac * p
    return (1.0 - frac) * p, aet


def block_function(section: Mapping, nodata: float = -9999.0):
    """A block function for ``run_blocks`` (inputs ``precipitation``,
    ``et0``, ``landcover``, ``soil_depth``, ``pawc``; halo 0) with the
    outputs ``yield`` and ``aet`` (mm/a)."""

    def func(block):
        v, ok = block.values, block.valid

        def cont(name):
            return np.where(ok[name], v[name], np.nan).astype(np.float64)

        y, aet = water_yield(
            cont("precipitation"),
            cont("et0"),
            v["landcover"],
            ok["landcover"],
            cont("soil_depth"),
            cont("pawc"),
            section,
        )
        return {
            "yield": np.where(np.isnan(y), nodata, y),
            "aet": np.where(np.isnan(aet), nodata, aet),
        }

    return func
