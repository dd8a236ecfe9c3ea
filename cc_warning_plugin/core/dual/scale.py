"""承载规模 per evaluation unit by the short-board rule (spec §2.6): the
largest reasonable scale is the smallest of the land-constrained and the
water-constrained scales.

* land-constrained: area (km²) of the unit's cells in the profile's
  ``dual.scale.land_classes_*`` (适宜, and 一般适宜 in the 3-class scheme);
* agriculture, water-constrained: available agricultural water (10⁴ m³/a) /
  综合灌溉定额 (m³/亩) → 亩 → km²;
* urban, water-constrained: available urban water (10⁴ m³/a) / water use per
  person (m³/person/a) × construction land per person (m²/person) → km².
"""

import math
from typing import Dict, Optional

from .zonal import M2_PER_MU


def water_scale_agri(
    water_1e4m3: Optional[float], quota_m3_per_mu: Optional[float]
) -> Optional[float]:
    if water_1e4m3 is None or quota_m3_per_mu is None or quota_m3_per_mu <= 0:
        return None
    mu = water_1e4m3 * 1e4 / quota_m3_per_mu
    return mu * M2_PER_MU / 1e6


def water_scale_urban(
    water_1e4m3: Optional[float],
    use_m3_per_person: Optional[float],
    land_m2_per_person: Optional[float],
) -> Optional[float]:
    if (
        None in (water_1e4m3, use_m3_per_person, land_m2_per_person)
        or use_m3_per_person <= 0
        or land_m2_per_person <= 0
    ):
        return None
    persons = water_1e4m3 * 1e4 / use_m3_per_person
    return persons * land_m2_per_person / 1e6


def short_board(land_km2: Optional[float], water_km2: Optional[float]) -> Dict:
    """{scale_km2, binding}: the smaller constraint and which one it is
    ("land", "water"; "land" alone when the water scale is unknown)."""
    if water_km2 is None or (isinstance(water_km2, float) and math.isnan(water_km2)):
        return {"scale_km2": land_km2, "binding": "land" if land_km2 is not None else ""}
    if land_km2 is None:
        return {"scale_km2": water_km2, "binding": "water"}
    if water_km2 < land_km2:
        return {"scale_km2": water_km2, "binding": "water"}
    return {"scale_km2": land_km2, "binding": "land"}
