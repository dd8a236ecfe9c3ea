"""环境 element on joined units: annual statistics from the unit tables or
from station data, water sections from a table of annual means or from
observations, evaluated by :mod:`core.exceedance`."""

from array import array
from itertools import accumulate
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from ..code_index import CodeIndex
from ..exceedance import (
    SECTION_PART,
    Section,
    env_output_fields,
    evaluate_environment,
    iter_sections,
)
from ..errors import InputError
from ..i18n import tr
from ..indicators import field_title
from ..profile import Profile
from ..table import make_table
from .common import Field, join_notes
from .rows import BLOCK, SPILL_ROWS, PackedRows, RowLabels, SpillFile
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
        packed = PackedRows(
            ["section_id", "water_body", "unit_code"] + present, spill_rows=SPILL_ROWS
        )
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


def units_without_sections(rows, codes: Sequence[str]) -> List[int]:
    """The positions in ``codes`` of the units that no row of ``rows`` (the
    section rows of :func:`section_rows`) names, read a block of rows at a
    time (not a set of every section's unit code)."""
    index = CodeIndex(codes)
    has = np.zeros(len(codes), dtype=bool)
    for a in range(0, len(rows), BLOCK):
        b = min(len(rows), a + BLOCK)
        if isinstance(rows, PackedRows):
            part = rows.column("unit_code", a, b)
        else:
            part = [r["unit_code"] for r in rows[a:b]]
        at = index.positions(part)
        has[at[at >= 0]] = True
    return np.flatnonzero(~has).tolist()


def unit_sections(
    units: Units, profile: Profile, sections: Tuple[List[dict], List[str], str]
) -> "SectionsByUnit":
    """The water sections ((rows, row ids, layer name) from
    :func:`section_rows`) read and checked against all ``units``, by unit
    code — for evaluating the units a part at a time
    (``evaluate_env(..., sections_by_unit=...)``)."""
    index = CodeIndex(units.codes)
    return SectionsByUnit(
        iter_sections(
            sections[0], sections[2] or tr("Water sections"), profile, index, sections[1]
        ),
        index,
    )


class SectionsByUnit:
    """Water sections by unit, kept compactly a part of the sections at a
    time (their codes as one string, their ratios in one array, the water
    body and pollutants of each as one of a few shapes). Past ``spill_rows``
    sections (:data:`SPILL_ROWS`) the parts go to a spill file, and memory
    holds only the order of the sections by unit (a few bytes a section and
    a unit). ``index``: the units' codes (:class:`CodeIndex`).

    :meth:`for_units` gives the sections of a chunk of units, reading each
    part that holds some of them once; ``get(code, default)`` those of one
    unit (:class:`Section`, in the order they were given)."""

    def __init__(
        self, sections: Iterable[Section], index: CodeIndex, spill_rows: Optional[int] = None
    ):
        self._index = index
        #: parts of SECTION_PART sections: blocks, or their entries in the
        #: spill file once there are more than ``spill_rows`` sections
        self._parts: list = []
        self._spill: Optional[SpillFile] = None
        self._spill_rows = SPILL_ROWS if spill_rows is None else spill_rows
        self._count = 0
        shapes: Dict[tuple, int] = {}  # (water body, pollutants) → its number
        unit_of = array("q")
        part: List[Section] = []
        for s in sections:
            part.append(s)
            if len(part) == SECTION_PART:
                unit_of.extend(self._write(part, shapes))
                part = []
        if part:
            unit_of.extend(self._write(part, shapes))
        self._shapes = list(shapes)
        # the sections by unit, each unit's in the order given: a unit's run
        # of section numbers is order[starts[u]:starts[u + 1]]
        pos = np.frombuffer(unit_of, dtype=np.int64) if len(unit_of) else np.empty(0, np.int64)
        order = np.argsort(pos, kind="stable")
        self._order = order.astype(np.int32 if len(order) < 2**31 else np.int64)
        self._starts = np.searchsorted(pos[order], np.arange(len(index) + 1))

    def _write(self, part: List[Section], shapes: Dict[tuple, int]) -> np.ndarray:
        """Keep ``part`` (in memory, or in the spill file past ``spill_rows``
        sections); the unit position of each."""
        kinds = array(
            "i", [shapes.setdefault((s.body, tuple(s.ratios)), len(shapes)) for s in part]
        )
        values = array("d")
        nulls = bytearray()
        for s in part:
            for v in s.ratios.values():
                values.append(0.0 if v is None else v)
                nulls.append(v is None)
        ids = [s.section_id for s in part]
        id_ends = array("q", accumulate(map(len, ids)))
        self._keep((kinds, values, bytes(nulls), "".join(ids), id_ends))
        return self._index.positions([s.unit_code for s in part])

    def _keep(self, block: tuple) -> None:
        self._parts.append(block if self._spill is None else self._spill.write(block))
        self._count += len(block[0])
        if self._spill is None and self._count > self._spill_rows:
            self._spill = SpillFile()
            self._parts = [self._spill.write(b) for b in self._parts]

    def _part(self, p: int) -> tuple:
        entry = self._parts[p]
        return entry if self._spill is None else self._spill.read(entry)

    def for_units(self, codes: Sequence[str]) -> Dict[str, List[Section]]:
        """{code: its sections} for the units ``codes`` that have sections."""
        wanted = []  # (section number, unit code, place in the unit's list)
        out: Dict[str, list] = {}
        starts, order = self._starts, self._order
        for code, u in zip(codes, self._index.positions(codes).tolist()):
            if u < 0 or starts[u] == starts[u + 1]:
                continue
            run = order[starts[u] : starts[u + 1]].tolist()
            out[code] = [None] * len(run)
            wanted += [(k, code, j) for j, k in enumerate(run)]
        wanted.sort()
        w = 0
        while w < len(wanted):
            p = wanted[w][0] // SECTION_PART
            kinds, values, nulls, ids, id_ends = self._part(p)
            widths = [len(self._shapes[k][1]) for k in kinds]
            value_starts = [0, *accumulate(widths)]
            while w < len(wanted) and wanted[w][0] // SECTION_PART == p:
                k, code, j = wanted[w]
                i = k - p * SECTION_PART
                body, keys = self._shapes[kinds[i]]
                a, b = value_starts[i], value_starts[i + 1]
                ratios = {
                    q: None if null else v
                    for q, v, null in zip(keys, values[a:b].tolist(), nulls[a:b])
                }
                sid = ids[id_ends[i - 1] if i else 0 : id_ends[i]]
                out[code][j] = Section(sid, code, body, ratios)
                w += 1
        return out

    def get(self, code, default=None):
        return self.for_units([code]).get(code, default)

    def __len__(self) -> int:
        """The number of units that have sections."""
        return int(np.count_nonzero(np.diff(self._starts)))


def evaluate_env(
    units: Units,
    profile: Profile,
    *,
    air: Optional[AirStats] = None,
    sections: Optional[Tuple[List[dict], List[str], str]] = None,
    air_standard: Optional[str] = None,
    water_aggregation: Optional[str] = None,
    allow_partial: bool = False,
    sections_by_unit: Optional[SectionsByUnit] = None,
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
        # the sections of these units only (read from the spill file)
        sections_by_unit=sections_by_unit.for_units(units.codes) if read else None,
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
