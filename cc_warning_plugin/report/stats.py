"""Class statistics (counts and areas per class) and the comparison of two
periods (which units' class rose or fell). Pure Python."""

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..core.errors import InputError
from ..core.i18n import tr
from .results import ClassSet

UNCLASSIFIED = "unclassified"


@dataclass
class ClassStat:
    code: str
    label: str
    color: str
    count: int = 0
    area_km2: Optional[float] = None
    share: float = 0.0  # percent of the total area (of the count without areas)


@dataclass
class ClassStats:
    """Statistics of one view: a row per class in the profile's order (also
    the classes with no unit, so the table shows the whole scale), then an
    "unclassified" row when some values are not in the class set."""

    rows: List[ClassStat]
    unknown: Dict[str, int] = field(default_factory=dict)  # unknown value → count
    total_count: int = 0
    total_area_km2: Optional[float] = None
    counted: str = "units"  # what ``count`` counts: "units" or "cells"

    @property
    def has_area(self) -> bool:
        return self.total_area_km2 is not None

    def row(self, code: str) -> Optional[ClassStat]:
        for r in self.rows:
            if r.code == code:
                return r
        return None

    @property
    def unclassified_count(self) -> int:
        return sum(self.unknown.values())

    def count_title(self) -> str:
        return tr("Cells") if self.counted == "cells" else tr("Units")


def _unknown_key(value) -> str:
    if value is None or str(value).strip() == "":
        return tr("empty")
    return str(value).strip()


def class_statistics(
    items: Iterable[Tuple[object, Optional[float]]], cset: ClassSet, unclassified_color: str
) -> ClassStats:
    """Counts and areas per class.

    ``items`` yields ``(stored value, area in m² or None)`` per feature.
    Areas are summed to km² when every item has one; a value the class set
    does not know is counted as unclassified (and listed in ``unknown``).
    """
    counts: Dict[str, int] = {e.code: 0 for e in cset.entries + cset.extra}
    areas: Dict[str, float] = {e.code: 0.0 for e in cset.entries + cset.extra}
    unknown: Dict[str, int] = {}
    unknown_area = 0.0
    all_areas = True
    n = 0
    for value, area in items:
        n += 1
        if area is None:
            all_areas = False
        entry = cset.entry(value)
        if entry is None:
            key = _unknown_key(value)
            unknown[key] = unknown.get(key, 0) + 1
            unknown_area += area or 0.0
        else:
            counts[entry.code] += 1
            areas[entry.code] += area or 0.0
    return _finish(
        cset, counts, areas, unknown, unknown_area, n, all_areas and n > 0, unclassified_color
    )


def class_statistics_from_counts(
    counts: Dict[object, int],
    cell_area_m2: Optional[float],
    cset: ClassSet,
    unclassified_color: str,
) -> ClassStats:
    """Statistics of a class raster from its cell count per value."""
    per_code: Dict[str, int] = {e.code: 0 for e in cset.entries}
    unknown: Dict[str, int] = {}
    n = 0
    for value, count in counts.items():
        n += int(count)
        entry = cset.entry(value)
        if entry is None:
            key = _unknown_key(value)
            unknown[key] = unknown.get(key, 0) + int(count)
        else:
            per_code[entry.code] += int(count)
    has_area = cell_area_m2 is not None and n > 0
    areas = {c: (k * cell_area_m2 if has_area else 0.0) for c, k in per_code.items()}
    unknown_area = sum(unknown.values()) * cell_area_m2 if has_area else 0.0
    out = _finish(cset, per_code, areas, unknown, unknown_area, n, has_area, unclassified_color)
    out.counted = "cells"
    return out


def _finish(cset, counts, areas, unknown, unknown_area, n, has_area, unclassified_color):
    total_area = (sum(areas.values()) + unknown_area) if has_area else None
    rows = []
    for e in cset.entries + [x for x in cset.extra if counts.get(x.code)]:
        area = areas[e.code] / 1e6 if has_area else None
        rows.append(ClassStat(e.code, e.label, e.color, counts[e.code], area))
    if unknown:
        rows.append(
            ClassStat(
                UNCLASSIFIED,
                tr("Unclassified ({codes})").format(codes=", ".join(sorted(unknown))),
                unclassified_color,
                sum(unknown.values()),
                unknown_area / 1e6 if has_area else None,
            )
        )
    for r in rows:
        if has_area:
            r.share = 100.0 * r.area_km2 / (total_area / 1e6) if total_area else 0.0
        else:
            r.share = 100.0 * r.count / n if n else 0.0
    return ClassStats(rows, unknown, n, total_area / 1e6 if has_area else None)


# ---------------------------------------------------------------------------
# Two periods
# ---------------------------------------------------------------------------

RAISED, LOWERED, UNCHANGED, NOT_COMPARED = "raised", "lowered", "unchanged", "not_compared"


@dataclass
class Change:
    key: str
    before: object
    after: object
    change: str  # raised / lowered / unchanged / not_compared
    steps: Optional[int]  # levels moved, > 0 when raised (more severe)
    reason: str = ""


def _keyed(rows: Sequence[Tuple[str, object, object]], layer: str, key_field: str) -> Dict:
    out: Dict[str, object] = {}
    for row_id, key, value in rows:
        k = "" if key is None else str(key).strip()
        if not k:
            raise InputError(
                tr(
                    "Layer '{layer}', {row}: the unit key field '{field}' is empty. Fill it, or "
                    "choose another key field."
                ).format(layer=layer, row=row_id, field=key_field)
            )
        if k in out:
            raise InputError(
                tr(
                    "Layer '{layer}': the unit key '{key}' (field '{field}') occurs more than "
                    "once. Each unit must appear once per period."
                ).format(layer=layer, key=k, field=key_field)
            )
        out[k] = value
    return out


def compare_periods(
    before_rows: Sequence[Tuple[str, object, object]],
    after_rows: Sequence[Tuple[str, object, object]],
    cset: ClassSet,
    unranked: Sequence[str],
    before_layer: str,
    after_layer: str,
    key_field: str,
) -> List[Change]:
    """Compare the class of each unit between an earlier and a later result.

    Rows are ``(row id, unit key, class value)``. The class set's order is
    the ranking, most severe first: a unit whose class moves towards the
    front is ``raised`` (预警等级提高) by that many steps. A unit missing
    from one period, or whose class is unknown or unranked (``unranked``,
    e.g. not_evaluated) in either, is ``not_compared`` with the reason.
    Units are listed in the later result's order, then those only in the
    earlier one.
    """
    before = _keyed(before_rows, before_layer, key_field)
    after = _keyed(after_rows, after_layer, key_field)
    out = []
    for key, value in list(after.items()) + [(k, None) for k in before if k not in after]:
        old = before.get(key)
        if key not in before:
            out.append(
                Change(
                    key,
                    None,
                    value,
                    NOT_COMPARED,
                    None,
                    tr("not in the earlier result '{layer}'").format(layer=before_layer),
                )
            )
            continue
        if key not in after:
            out.append(
                Change(
                    key,
                    old,
                    None,
                    NOT_COMPARED,
                    None,
                    tr("not in the later result '{layer}'").format(layer=after_layer),
                )
            )
            continue
        r_old, r_new = cset.rank(old, unranked), cset.rank(value, unranked)
        if r_old is None or r_new is None:
            bad = old if r_old is None else value
            out.append(
                Change(
                    key,
                    old,
                    value,
                    NOT_COMPARED,
                    None,
                    tr("class '{code}' cannot be ranked").format(code=_unknown_key(bad)),
                )
            )
            continue
        steps = r_old - r_new
        change = RAISED if steps > 0 else (LOWERED if steps < 0 else UNCHANGED)
        out.append(Change(key, old, value, change, steps))
    return out


def check_years(
    before_year: Optional[int], after_year: Optional[int], before_layer: str, after_layer: str
) -> None:
    """Two periods must be two different years, the earlier first."""
    if before_year is None or after_year is None:
        return
    if before_year == after_year:
        raise InputError(
            tr(
                "Both results are of the year {year} ('{before}' and '{after}'). Choose results "
                "of two different years."
            ).format(year=before_year, before=before_layer, after=after_layer)
        )
    if before_year > after_year:
        raise InputError(
            tr(
                "The earlier result '{before}' is of {y1}, later than the later result "
                "'{after}' ({y2}). Swap the two layers."
            ).format(before=before_layer, after=after_layer, y1=before_year, y2=after_year)
        )


def single_year(values: Iterable[object]) -> Optional[int]:
    """The year of a result when its year field holds one value, else None."""
    years = set()
    for v in values:
        if v is None or str(v).strip() == "":
            continue
        try:
            years.add(int(float(str(v).strip())))
        except ValueError:
            return None
    return years.pop() if len(years) == 1 else None
