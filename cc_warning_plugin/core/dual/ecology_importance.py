"""生态保护重要性 on blocks of cells: the highest class over every service
importance and every vulnerability, the 生态保护极重要区, and the optional
2019-draft 斑块集中度 correction.

Classes are compared by their rank in the class set (the order of
``values`` in ``[dual.classes.importance]``: rank 0 = 极重要, the highest
degree). A vulnerability class counts as the importance class the profile's
``[dual.ecology.integration] vulnerability_as`` names (极脆弱 as 极重要 …).
A cell takes the best (lowest) rank over the inputs that have a value there;
inputs without a value (nodata) do not take part; a cell no input covers is
nodata.

No GDAL, qgis or Qt import here.
"""

from typing import Mapping, Sequence, Tuple

import numpy as np

from .grading import grade

#: rank of "no class" in rank arrays
NO_RANK = 255


def rank_lut(values: Sequence[int]) -> np.ndarray:
    """Raster value → rank (position in ``values``); other values → NO_RANK."""
    lut = np.full(256, NO_RANK, dtype=np.uint8)
    for rank, v in enumerate(values):
        lut[int(v)] = rank
    return lut


def vulnerability_rank_lut(
    vul_values: Sequence[int],
    vul_codes: Sequence[str],
    importance_codes: Sequence[str],
    vulnerability_as: Mapping[str, str],
) -> np.ndarray:
    """Vulnerability raster value → rank of the importance class it counts as."""
    lut = np.full(256, NO_RANK, dtype=np.uint8)
    for v, code in zip(vul_values, vul_codes):
        lut[int(v)] = importance_codes.index(vulnerability_as[code])
    return lut


def to_rank(values: np.ndarray, valid: np.ndarray, lut: np.ndarray) -> np.ndarray:
    """Ranks of a class raster block (NO_RANK where invalid or not a class)."""
    v = np.asarray(values).astype(np.int64)
    out = np.full(v.shape, NO_RANK, dtype=np.uint8)
    ok = valid & (v >= 0) & (v < 256)
    out[ok] = lut[v[ok]]
    return out


def highest(ranks: Sequence[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    """The best rank over ``ranks`` (NO_RANK where none has a class) and the
    cause: bit i set where input i has that best rank."""
    best = np.full(np.shape(ranks[0]), NO_RANK, dtype=np.uint8)
    for r in ranks:
        np.minimum(best, r, out=best)
    cause = np.zeros(best.shape, dtype=np.uint32)
    has = best != NO_RANK
    for i, r in enumerate(ranks):
        cause[has & (r == best)] |= np.uint32(1 << i)
    return best, cause


def from_rank(rank: np.ndarray, values: Sequence[int], nodata: int = 0) -> np.ndarray:
    """Raster values of ranks (NO_RANK → nodata)."""
    lut = np.full(256, nodata, dtype=np.uint8)
    for r, v in enumerate(values):
        lut[r] = v
    return lut[np.asarray(rank, dtype=np.uint8)]


def concentration_levels(area_km2: np.ndarray, section: Mapping, precision: int = 10) -> np.ndarray:
    """斑块集中度 level of every cell by its patch area (km²): 1 … n+1 for the
    intervals of ``section["breaks"]`` from the smallest area (低) up; 0 where
    the area is NaN."""
    n = len(section["breaks"]) + 1
    return grade(
        area_km2, section["breaks"], list(range(1, n + 1)), section["closed"], precision, nodata=0
    )


def concentration_correct(
    prelim: np.ndarray,
    area_km2: np.ndarray,
    section: Mapping,
    importance_codes: Sequence[str],
    importance_values: Sequence[int],
    precision: int = 10,
) -> np.ndarray:
    """Corrected class values: ``section["matrix"][class code][level − 1]``
    for each preliminary class (raster values) and 斑块集中度 level; cells
    without a patch area keep their class."""
    level = concentration_levels(area_km2, section, precision)
    out = np.asarray(prelim).astype(np.uint8).copy()
    code_of = dict(zip(importance_values, importance_codes))
    value_of = dict(zip(importance_codes, importance_values))
    for v in importance_values:
        row = section["matrix"][code_of[v]]
        for lev, target in enumerate(row, start=1):
            hit = (prelim == v) & (level == lev)
            out[hit] = value_of[target]
    return out


def critical_mask(values: np.ndarray, critical_values: Sequence[int]) -> np.ndarray:
    """1 where the class is one of the 极重要区 classes, else 0."""
    return np.isin(values, np.asarray(critical_values)).astype(np.uint8)
