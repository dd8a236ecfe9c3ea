"""环境 element on joined units: annual statistics from the unit tables or
from station data, water sections from a table of annual means or from
observations, evaluated by :mod:`core.exceedance`."""

from array import array
from itertools import accumulate
from typing import Dict, Iterable, List, Optional, Tuple

import numpy as np

from ..exceedance import Section, env_output_fields, evaluate_environment, iter_sections
from ..errors import InputError
from ..i18n import tr
from ..indicators import field_title
from ..profile import Profile
from ..table import make_table
from .common import Field, join_notes
from .rows import BLOCK, PackedRows, RowLabels
from .stations import AirStats
from .units import SLOW, Source, Units, checked_numbers

PREFIX = "env"


def input_fields(profile: Profile) -> List[str]:
    return list(profile.get("elements.environment.air_pollutants")) + ["pm25_exceed_days"]


def output_fields(profile: Profile) -> List[Field]:
    return [(n, "text" if n == "env_note" else k) for n, k in env_output_fields(profile)]


def section_rows(
    src: Source,
    profile: Profile,
    unit_of: Optional[Dict[str, str]] = None,
    means: Optional[Dict[str, Dict[str, Optional[float]]]] = None,
) -> Tuple[List[dict], List[str]]:
    """Canonical section rows (code, unit, water body, annual means) for
    :func:`evaluate_environment`.

    ``unit_of``: the unit of each section from a spatial join (else the
    table's unit-code column is used); ``means``: annual means computed from
    observations (else the table's own pollutant columns).
    """
    pollutants = profile.get("elements.environment.water_pollutants")
    required = ["section_id", "water_body"] + ([] if unit_of is not None else ["unit_code"])
    t = make_table(
        src.rows,
        src.name,
        required=required,
        optional=["unit_code"] + list(pollutants),
        row_ids=src.row_ids,
        headers=src.headers,
    )
    row_ids = t.row_ids if isinstance(t.row_ids, RowLabels) else list(t.row_ids)
    if means is None:
        # the table's own values, kept by column and read a block of rows at
        # a time (not a dict and a string per value of a large table at once)
        present = [p for p in pollutants if t.has(p)]
        packed = PackedRows(["section_id", "water_body", "unit_code"] + present)
        for a in range(0, len(t), BLOCK):
            b = min(len(t), a + BLOCK)
            sids = t.texts("section_id", a, b)
            packed.extend_columns(
                [
                    sids,
                    t.texts("water_body", a, b),
                    [unit_of.get(sid, "") for sid in sids]
                    if unit_of is not None
                    else t.texts("unit_code", a, b),
                ]
                + [t.column(p, a, b) for p in present]
            )
        return packed.close(), row_ids
    rows = []
    sids = t.texts("section_id")
    units = [unit_of.get(sid, "") for sid in sids] if unit_of is not None else t.texts("unit_code")
    for sid, body, unit in zip(sids, t.texts("water_body"), units):
        row = {"section_id": sid, "water_body": body, "unit_code": unit}
        row.update({p: v for p, v in means.get(sid, {}).items()})
        rows.append(row)
    return rows, row_ids


def unit_sections(
    units: Units, profile: Profile, sections: Tuple[List[dict], List[str], str]
) -> "SectionsByUnit":
    """The water sections ((rows, row ids, layer name) from
    :func:`section_rows`) read and checked against all ``units``, by unit
    code — for evaluating the units a part at a time
    (``evaluate_env(..., sections_by_unit=...)``)."""
    return SectionsByUnit(
        iter_sections(
            sections[0], sections[2] or tr("Water sections"), profile, units.codes, sections[1]
        )
    )


class SectionsByUnit:
    """Water sections by unit code, kept compactly (not an object and a
    dict per section): their codes in one string, their ratios in one array,
    the water body and pollutants of each as one of a few shapes.
    ``get(code, default)`` gives a unit's sections (:class:`Section`, in the
    order they were given) as a dict of lists of them would."""

    def __init__(self, sections: Iterable[Section]):
        groups: Dict[str, int] = {}  # unit code → its number, in order of appearance
        group = array("q")
        ids: List[str] = []
        shapes: Dict[tuple, int] = {}  # (water body, pollutants) → its number
        kinds = array("q")
        values = array("d")
        nulls = bytearray()
        for s in sections:
            group.append(groups.setdefault(s.unit_code, len(groups)))
            ids.append(s.section_id)
            kinds.append(shapes.setdefault((s.body, tuple(s.ratios)), len(shapes)))
            for v in s.ratios.values():
                values.append(0.0 if v is None else v)
                nulls.append(v is None)
        self._groups = groups
        self._shapes = list(shapes)
        # the sections in the order of their units, each unit's sections a run
        g = np.frombuffer(group, dtype=np.int64)
        order = np.argsort(g, kind="stable")
        width = np.array([len(keys) for _, keys in self._shapes] or [0], dtype=np.int64)
        lens = width[np.frombuffer(kinds, dtype=np.int64)]
        first = np.concatenate(([0], np.cumsum(lens)))[:-1]
        ends = np.cumsum(lens[order])
        take = np.repeat(first[order] - (ends - lens[order]), lens[order]) + np.arange(
            int(ends[-1]) if len(ends) else 0
        )
        self._values = array("d", np.frombuffer(values, dtype=np.float64)[take].tobytes())
        self._nulls = np.frombuffer(bytes(nulls), dtype=np.uint8)[take].tobytes()
        self._starts = array("q", [0]) + array("q", ends.tobytes())
        self._kinds = array("q", np.frombuffer(kinds, dtype=np.int64)[order].tobytes())
        self._ids = "".join([ids[k] for k in order.tolist()])
        self._id_ends = array("q", [0])
        self._id_ends.extend(accumulate(len(ids[k]) for k in order.tolist()))
        self._runs = array("q", [0])
        self._runs.extend(accumulate(np.bincount(g, minlength=len(groups)).tolist()))

    def get(self, code, default=None):
        n = self._groups.get(code)
        if n is None:
            return default
        out = []
        for k in range(self._runs[n], self._runs[n + 1]):
            body, keys = self._shapes[self._kinds[k]]
            a, b = self._starts[k], self._starts[k + 1]
            ratios = {
                p: None if null else v
                for p, v, null in zip(keys, self._values[a:b].tolist(), self._nulls[a:b])
            }
            sid = self._ids[self._id_ends[k] : self._id_ends[k + 1]]
            out.append(Section(sid, code, body, ratios))
        return out

    def __len__(self) -> int:
        return len(self._groups)


def evaluate_env(
    units: Units,
    profile: Profile,
    *,
    air: Optional[AirStats] = None,
    sections: Optional[Tuple[List[dict], List[str], str]] = None,
    air_standard: Optional[str] = None,
    water_aggregation: Optional[str] = None,
    allow_partial: bool = False,
    sections_by_unit: Optional[Dict[str, List[Section]]] = None,
) -> List[Dict]:
    """The 环境 element of every unit. ``air``: station statistics (they
    replace table values for the units that have stations); ``sections``:
    (rows, row ids, layer name) from :func:`section_rows`, or already read by
    :func:`unit_sections` and given as ``sections_by_unit`` (with
    ``sections``)."""
    pollutants = profile.get("elements.environment.air_pollutants")
    rows, ids = [], []
    any_air = air is not None or any(units.has(p) for p in pollutants)
    # read column by column; a value to parse or refuse from its unit, in order
    cols = [(p, checked_numbers(units.units, p, False)) for p in pollutants]
    for j, u in enumerate(units.units):
        row = {"unit_code": u.code}
        from_stations = air is not None and air.stations.get(u.code)
        for p, col in cols:
            if from_stations:
                row[p] = air.stats.get(u.code, {}).get(p)
            else:
                v = col[j]
                row[p] = u.non_negative(p) if v is SLOW else v
        rows.append(row)
        ids.append(u.row)
    if not any_air:
        for row in rows:
            for p in pollutants:
                row.pop(p, None)
    if not any_air and sections is None:
        raise InputError(
            tr(
                "{layer}: no air statistics (columns such as {names}), no station data and no "
                "water sections were given: nothing to evaluate for the environment "
                "element."
            ).format(layer=units.layer, names=", ".join(field_title(p) for p in pollutants[:3]))
        )
    read = sections is not None and sections_by_unit is not None
    out = evaluate_environment(
        rows,
        profile,
        section_rows=sections[0] if sections and not read else None,
        unit_layer=units.layer,
        section_layer=sections[2] if sections else "",
        unit_row_ids=ids,
        section_row_ids=sections[1] if sections and not read else None,
        air_standard=air_standard,
        water_aggregation=water_aggregation,
        allow_partial=allow_partial,
        sections_by_unit=sections_by_unit if read else None,
    )
    if air is not None:
        for u, r in zip(units.units, out):
            extra = air.notes.get(u.code, [])
            if extra and not air.stations.get(u.code) and any(units.has(p) for p in pollutants):
                extra = [tr("no air station in this unit: annual statistics taken from the table")]
            r["env_note"] = join_notes(r["env_note"], *extra)
    return out


def exceed_days(units: Units, air: Optional[AirStats]) -> Dict[str, Optional[float]]:
    """PM2.5 exceedance days per unit from station data (units without
    stations are left out, so the table value is used for them)."""
    if air is None:
        return {}
    return {u.code: air.exceed_days.get(u.code) for u in units.units if air.stations.get(u.code)}
