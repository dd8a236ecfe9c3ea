"""Area tables: cells of every class per evaluation unit → km², ha, 亩 and
share, from the projected grid (area = cells × cell area of the projected
plane, by cell centre)."""

from typing import Dict, List, Mapping, Sequence, Tuple

from .classes import ClassSet

#: 1 亩 = 10 000 / 15 m²
M2_PER_MU = 10000.0 / 15.0


def areas(cells: int, cell_area_m2: float) -> Tuple[float, float, float]:
    """(km², ha, 亩) of ``cells`` cells."""
    m2 = cells * cell_area_m2
    return m2 / 1e6, m2 / 1e4, m2 / M2_PER_MU


def area_rows(
    counts: Mapping[Tuple[int, int], int],
    units: Sequence[Mapping],
    cset: ClassSet,
    cell_area_m2: float,
) -> List[Dict]:
    """Long table: one row per unit and class (every class of the set, zero
    areas included) plus the unit's total. ``counts[(unit index, value)]`` =
    cells; ``units[i]`` holds ``code`` and ``name`` of unit i + 1."""
    rows = []
    for i, unit in enumerate(units, start=1):
        total = sum(counts.get((i, v), 0) for v in cset.values)
        for v, code, lab in zip(cset.values, cset.codes, cset.labels()):
            n = counts.get((i, v), 0)
            km2, ha, mu = areas(n, cell_area_m2)
            rows.append(
                {
                    "unit_index": i,
                    "unit_code": unit.get("code", ""),
                    "unit_name": unit.get("name", ""),
                    "class_value": v,
                    "class_code": code,
                    "class_label": lab,
                    "cells": n,
                    "area_km2": km2,
                    "area_ha": ha,
                    "area_mu": mu,
                    "share_pct": 100.0 * n / total if total else 0.0,
                }
            )
        km2, ha, mu = areas(total, cell_area_m2)
        rows.append(
            {
                "unit_index": i,
                "unit_code": unit.get("code", ""),
                "unit_name": unit.get("name", ""),
                "class_value": None,
                "class_code": "total",
                "class_label": "",
                "cells": total,
                "area_km2": km2,
                "area_ha": ha,
                "area_mu": mu,
                "share_pct": 100.0 if total else 0.0,
            }
        )
    return rows


def wide_fields(cset: ClassSet) -> List[Tuple[str, str]]:
    """Field names (and kinds) of the per-unit layer: km², ha, 亩 and share
    of every class."""
    out = []
    for code in cset.codes:
        out += [
            (f"{code}_km2", "double"),
            (f"{code}_ha", "double"),
            (f"{code}_mu", "double"),
            (f"{code}_pct", "double"),
        ]
    out.append(("total_km2", "double"))
    return out


def wide_values(rows: Sequence[Mapping], unit_index: int, cset: ClassSet) -> Dict[str, float]:
    """Per-unit field values of :func:`wide_fields` from the long rows of
    unit number ``unit_index`` (1-based, feature order)."""
    out = {}
    for r in rows:
        if r["unit_index"] != unit_index:
            continue
        if r["class_code"] == "total":
            out["total_km2"] = r["area_km2"]
        else:
            c = r["class_code"]
            out[f"{c}_km2"], out[f"{c}_ha"] = r["area_km2"], r["area_ha"]
            out[f"{c}_mu"], out[f"{c}_pct"] = r["area_mu"], r["share_pct"]
    return out
