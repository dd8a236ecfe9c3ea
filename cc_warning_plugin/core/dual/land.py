"""土地资源: 农业耕作条件 and 城镇建设条件 on a block of cells.

Both grade the slope (degrees) by the profile's breaks and then apply the
profile's modifiers in order: for agriculture the 粉砂含量 (silt, %), for
urban construction the elevation (m) and the relief (地形起伏度, m).
"""

from typing import Mapping, Optional

import numpy as np

from .grading import NODATA, apply_modifiers, grade, slope_tan2


def land_level(
    slope: np.ndarray,
    section: Mapping,
    precision: int = 10,
    modifiers_inputs: Optional[Mapping[str, np.ndarray]] = None,
    tan2: Optional[np.ndarray] = None,
) -> np.ndarray:
    """Level (uint8, 0 = nodata) of every cell: the slope grading, then the
    modifiers of ``section`` (``dual.land.agri_slope`` or
    ``dual.land.urban_slope``) on the inputs given. A modifier input that is
    NaN in a cell leaves that cell unchanged. With ``tan2`` (tan² of the
    slope, ``slope`` may then be None) the grading needs no arctangent."""
    values, scale = (slope, None) if tan2 is None else (tan2, slope_tan2)
    level = grade(
        values,
        section["breaks"],
        section["levels"],
        section["closed"],
        precision,
        nodata=NODATA,
        scale=scale,
    )
    apply_modifiers(level, modifiers_inputs or {}, section.get("modifiers", []), precision)
    return level


def modifier_inputs(section: Mapping):
    """Names of the inputs the modifiers of ``section`` use, in order."""
    seen = []
    for m in section.get("modifiers", []):
        if m["input"] not in seen:
            seen.append(m["input"])
    return seen
