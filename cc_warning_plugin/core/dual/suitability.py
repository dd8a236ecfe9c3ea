"""Integration: 农业生产适宜性 and 城镇建设适宜性 on blocks of level arrays.

The order is the profile's (``dual.agriculture`` / ``dual.urban``):

1. cells in 生态保护极重要区 are set apart (classed 不适宜 or left out);
2. land × water matrix, then (agriculture) × climate matrix;
3. the downgrade steps, chained in order (:func:`grading.apply_steps`);
4. the 连片度 correction by the patch metric (:func:`grading.apply_actions`),
   patches being cells of equal level after step 3;
5. levels → suitability classes (2- or 3-class scheme).

A cause raster keeps, per cell, one bit per step that changed the level
(bit i = step i), plus :data:`CAUSE_CLIMATE`, :data:`CAUSE_CONTIGUITY` and
:data:`CAUSE_ECO`, so a user can explain every cell (成因解析).
"""

from typing import Dict, List, Mapping, Optional, Tuple

import numpy as np

from ..i18n import label, tr
from .classes import ClassSet
from .grading import NODATA, apply_actions, apply_steps, lookup, matrix

CAUSE_CLIMATE = 12  # the climate matrix made the level worse
CAUSE_CONTIGUITY = 13  # the 连片度 correction changed the level
CAUSE_ECO = 14  # inside 生态保护极重要区


def eco_critical(values: np.ndarray, valid: np.ndarray, section: Mapping) -> np.ndarray:
    """Cells of 生态保护极重要区 from a 生态保护重要性 class raster."""
    return valid & np.isin(values, section["eco_critical_values"])


def pre_level(
    land: np.ndarray,
    water: np.ndarray,
    climate: Optional[np.ndarray],
    inputs: Mapping[str, Tuple[np.ndarray, np.ndarray]],
    section: Mapping,
    excluded: Optional[np.ndarray] = None,
    cause: Optional[np.ndarray] = None,
) -> Tuple[np.ndarray, List[bool]]:
    """Steps 1–3: the level before the 连片度 correction (0 = nodata or
    excluded). Returns the level and which steps ran."""
    level = matrix(land, water, section["land_water_matrix"])
    if climate is not None and "climate_matrix" in section:
        base = level
        level = matrix(base, climate, section["climate_matrix"])
        if cause is not None:
            cause[(level > base) & (base != NODATA)] |= np.uint16(1 << CAUSE_CLIMATE)
    if excluded is not None:
        level[excluded] = NODATA
    ran = apply_steps(level, inputs, section.get("steps", []), cause=cause)
    return level, ran


def finish(
    level: np.ndarray,
    metric: Optional[np.ndarray],
    section: Mapping,
    contiguity: bool,
    precision: int = 10,
    cause: Optional[np.ndarray] = None,
) -> np.ndarray:
    """Step 4 (in place on a copy): the 连片度 correction."""
    out = level.copy()
    if contiguity and metric is not None:
        c = section["contiguity"]
        changed = apply_actions(out, metric, c["breaks"], c["closed"], c["actions"], precision)
        if cause is not None:
            cause[changed] |= np.uint16(1 << CAUSE_CONTIGUITY)
    return out


def class_map(section: Mapping, n_classes: int, cset: ClassSet) -> Dict[int, int]:
    """{level: raster value of the suitability class} of the scheme."""
    table = section["classes_2" if n_classes == 2 else "classes_3"]
    return {int(k): cset.value_of(code) for k, code in table.items()}


def to_classes(
    level: np.ndarray,
    mapping: Mapping[int, int],
    eco: Optional[np.ndarray],
    eco_value: Optional[int],
) -> np.ndarray:
    """Step 5: suitability class values; 生态保护极重要区 cells get
    ``eco_value`` (不适宜) or stay nodata (``eco_value`` None)."""
    out = lookup(level, mapping)
    if eco is not None and eco_value is not None:
        out[eco] = eco_value
    return out


def cause_legend(section: Mapping) -> Dict[str, str]:
    """{bit: name} of the cause raster, in the interface language."""
    legend = {str(i): label(step, "name") for i, step in enumerate(section.get("steps", []))}
    if "climate_matrix" in section:
        legend[str(CAUSE_CLIMATE)] = tr("climate (光热) matrix")
    legend[str(CAUSE_CONTIGUITY)] = tr("patch contiguity (连片度) correction")
    legend[str(CAUSE_ECO)] = tr("inside the 生态保护极重要区")
    return legend
