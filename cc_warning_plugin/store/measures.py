"""Units of measure of imported values and their conversion to the unit of
the indicator (the ``unit`` of its entry in ``data/indicators.toml``).

A unit is recognised in the spellings a workbook uses — ``万m³``,
``万立方米``, ``亿m³``, ``km²``, ``平方公里``, ``公顷``, ``亩``, ``%``,
``‰``, ``μg/m³``, ``万元`` … — and in the dictionary's own (``1e4 m3``,
``km2``, ``ratio``, ``ug/m3``, ``1e8 CNY (constant prices)``). Two units of
the same quantity convert by their factors (亿m³ → 万m³: × 10 000; ‰ → %:
× 0.1); units of different quantities disagree.
"""

import re
import unicodedata
from typing import Dict, Optional, Tuple

# quantity → {spelling: factor to the quantity's base unit}
_UNITS: Dict[str, Dict[str, float]] = {
    "volume": {
        "m3": 1.0,
        "立方米": 1.0,
        "方": 1.0,
        "1e4m3": 1e4,
        "万m3": 1e4,
        "万立方米": 1e4,
        "万方": 1e4,
        "1e8m3": 1e8,
        "亿m3": 1e8,
        "亿立方米": 1e8,
        "亿方": 1e8,
    },
    "area": {
        "m2": 1.0,
        "平方米": 1.0,
        "km2": 1e6,
        "平方公里": 1e6,
        "平方千米": 1e6,
        "ha": 1e4,
        "hm2": 1e4,
        "公顷": 1e4,
        "亩": 1e4 / 15.0,
        "万亩": 1e8 / 15.0,
    },
    "ratio": {
        "ratio": 1.0,
        "比值": 1.0,
        "%": 0.01,
        "百分比": 0.01,
        "percent": 0.01,
        "‰": 0.001,
        "千分比": 0.001,
        "permille": 0.001,
    },
    "mass": {"t": 1.0, "吨": 1.0, "万t": 1e4, "万吨": 1e4, "kg": 1e-3, "千克": 1e-3, "公斤": 1e-3},
    "length": {"m": 1.0, "米": 1.0, "km": 1e3, "公里": 1e3, "千米": 1e3},
    "air_concentration": {
        "ug/m3": 1.0,
        "μg/m3": 1.0,
        "微克/立方米": 1.0,
        "mg/m3": 1e3,
        "毫克/立方米": 1e3,
    },
    "water_concentration": {"mg/l": 1.0, "毫克/升": 1.0, "ug/l": 1e-3, "μg/l": 1e-3},
    "money": {"cny": 1.0, "元": 1.0, "1e4cny": 1e4, "万元": 1e4, "1e8cny": 1e8, "亿元": 1e8},
    "days": {"d": 1.0, "天": 1.0, "日": 1.0},
    "sheep_unit": {"sheepunit": 1.0, "羊单位": 1.0, "标准羊单位": 1.0},
    "grade": {"grade": 1.0, "等": 1.0, "等别": 1.0},
    "year": {"a": 1.0, "年": 1.0},
    "rate": {"%/a": 1.0, "%/年": 1.0},
}
_QUALIFIER = re.compile(r"\((?:constantprices|可比价|当年价)\)$")


def normalize_unit(text) -> str:
    """Comparable spelling: NFKC (², ³ → 2, 3; full-width → half-width),
    case folded, white space and a price qualifier removed, µ → μ."""
    s = unicodedata.normalize("NFKC", str(text or "")).replace("µ", "μ")
    s = re.sub(r"\s+", "", s).casefold()
    return _QUALIFIER.sub("", s)


_LOOKUP: Dict[str, Tuple[str, float]] = {
    normalize_unit(k): (q, f) for q, spellings in _UNITS.items() for k, f in spellings.items()
}


def quantity(unit) -> Optional[Tuple[str, float]]:
    """(quantity, factor to its base unit) of a recognised unit, else None."""
    return _LOOKUP.get(normalize_unit(unit))


def conversion(from_unit, to_unit) -> Optional[float]:
    """The factor turning a value in ``from_unit`` into ``to_unit``; 1 for
    the same spelling; ``None`` if the units are of different quantities or
    one of them is not recognised."""
    a, b = normalize_unit(from_unit), normalize_unit(to_unit)
    if a == b:
        return 1.0
    qa, qb = _LOOKUP.get(a), _LOOKUP.get(b)
    if qa is None or qb is None or qa[0] != qb[0]:
        return None
    return qa[1] / qb[1]
