"""The 生态质量 component of the 2016 过程评价 from a yearly series per unit
instead of two years (process_trend and carrying_capacity_2016, parameter
ECOLOGY_SERIES; docs/methods_extra.md section 1).

:func:`read_ecology_series` reads the table (long: unit code, year and value
columns; wide: unit code and one column per year) and gives every unit's
trend record (:func:`trend.analyse` with the ``[series_trend]`` rules);
:func:`apply_series_ecology` puts the annual rate of the fitted line in
place of the two-year rate of the ecology group of each unit's trend row
(``core/m2016/trend.py``), compares it with the national rate as the two-year
rate is compared (:func:`trend.ecology_worse`), and decides the unit's
trend type again from the three group flags. A unit whose series has too few
years or gaps, or that has no series, keeps the two-year rate; its note says
so.
"""

from typing import Dict, List, Mapping, Optional, Sequence

from ..errors import InputError
from ..i18n import tr
from ..indicators import match_headers, normalize_header
from ..m2016 import trend as m2016_trend
from ..m2016.common import NOT_EVALUATED, join_notes
from ..profile import Profile
from . import trend

#: the indicator a long series table is read for when no column is named
VALUE_FIELD = "forest_grass_cover"


def _value_column(
    columns: Sequence[str],
    unit_col: str,
    year_col: Optional[str],
    value_column: Optional[str],
    profile: Profile,
    layer: str,
) -> str:
    if value_column:
        if value_column not in columns:
            raise InputError(
                tr("{layer}: column '{column}' not found. The table has: {have}.").format(
                    layer=layer, column=value_column, have=", ".join(map(str, columns))
                )
            )
        return value_column
    found = match_headers(columns, [VALUE_FIELD], [], layer)
    if VALUE_FIELD in found:
        return found[VALUE_FIELD]
    for c in columns:
        if c not in (unit_col, year_col) and trend.indicator_entry(profile, str(c))[0]:
            return c
    rest = [c for c in columns if c not in (unit_col, year_col)]
    if len(rest) == 1:
        return rest[0]
    raise InputError(
        tr(
            "{layer}: which column holds the series? Choose the value column, or head it "
            "林草覆盖率 (forest_grass_cover). The table has: {have}."
        ).format(layer=layer, have=", ".join(map(str, columns)))
    )


def read_ecology_series(
    frame, profile: Profile, layer: str = "", value_column: Optional[str] = None
) -> Dict[str, Dict]:
    """``{unit code: trend record}`` of the series table ``frame``: wide when
    it has two or more columns headed by a year, else long with a unit-code
    and a year column (headers of the indicator dictionary) and the value
    column (``value_column``, else the 林草覆盖率 column, an indicator of
    ``[series_trend.indicators]``, or the only other column)."""
    layer = layer or tr("Ecological-quality series")
    columns = [str(c) for c in frame.columns]
    frame = frame.rename(columns=dict(zip(frame.columns, columns)))
    unit_col = match_headers(columns, ["unit_code"], ["unit_code"], layer)["unit_code"]
    settings = trend.Settings.from_profile(profile)
    if len(trend.year_columns([c for c in columns if c != unit_col])) >= 2:
        series = trend.series_from_wide(
            frame.drop(
                columns=[
                    c for c in columns if c != unit_col and c not in trend.year_columns(columns)
                ]
            ),
            unit_col,
            indicator=VALUE_FIELD,
            layer=layer,
        )
    else:
        year_col = match_headers(columns, ["year"], ["year"], layer)["year"]
        value = _value_column(columns, unit_col, year_col, value_column, profile, layer)
        series = trend.series_from_long(frame, unit_col, year_col, [value], layer=layer)
    for s in series:
        trend.check_values(s, profile)
    return {s.unit: trend.analyse(s, settings) for s in series}


def _flag(value) -> Optional[bool]:
    return None if value is None else bool(value)


def apply_series_ecology(
    rows: List[Dict],
    codes: Sequence[str],
    records: Mapping[str, Dict],
    profile: Profile,
    national_rate: Optional[float],
) -> None:
    """Replace, in the trend rows of ``core/m2016/trend.evaluate_trend`` (one
    per unit of ``codes``), the ecology group by the series: its rate
    (``trend_r_cover``), its flag and the unit's type, label and note."""
    t = profile.get("trend")
    if national_rate is None:
        raise InputError(
            tr(
                "The ecological-quality series is compared with the national "
                "rate of {component}: give that rate."
            ).format(component=m2016_trend.component_name(t["ecology_components"][0]))
        )
    for code, row in zip(codes, rows):
        rec = records.get(code)
        if rec is None:
            row["trend_note"] = join_notes(
                row.get("trend_note", ""),
                tr("no ecological-quality series for this unit: the two-year rate is used"),
            )
            continue
        worse = trend.ecology_worse(rec, national_rate, profile.precision)
        if worse is None:
            why = rec.get("note") or tr("no rate of the fitted line")
            row["trend_note"] = join_notes(
                row.get("trend_note", ""),
                tr("ecological-quality series not used ({why}): the two-year rate is used").format(
                    why=why
                ),
            )
            continue
        before = row.get("trend_type")
        row["trend_r_cover"] = rec["rate_fit_pct"]
        row["trend_eco_worse"] = int(worse)
        groups = [_flag(row.get(f)) for _, f in m2016_trend.GROUPS]
        decided = m2016_trend._decide(groups, t["worsening_min"])
        row["trend_n_worse"] = sum(1 for g in groups if g)
        code_now = (
            NOT_EVALUATED
            if decided is None
            else (m2016_trend.WORSE if decided else m2016_trend.EASING)
        )
        row["trend_type"] = code_now
        row["trend_label"] = m2016_trend.trend_label(profile, code_now)
        note = tr(
            "ecological quality from the yearly series {first}–{last}: {rate:.4g} %/a "
            "against the national {national:.4g} %/a"
        ).format(
            first=rec["first_year"],
            last=rec["last_year"],
            rate=rec["rate_fit_pct"],
            national=national_rate,
        )
        old = row.get("trend_note", "")
        if old and before == NOT_EVALUATED and code_now != NOT_EVALUATED:
            old = tr("two-year inputs: {note}").format(note=old)
        row["trend_note"] = join_notes(note, old)


def national_ecology_rate(profile: Profile, national: Mapping[str, float]) -> Optional[float]:
    """The national rate the series is compared with: that of the ecology
    group's (first) component, 林草覆盖率 by default."""
    return national.get(profile.get("trend")["ecology_components"][0])


def series_units_missing(records: Mapping[str, Dict], codes: Sequence[str]) -> List[str]:
    """Series units that are not among the evaluation units (for a warning)."""
    known = {normalize_header(c) for c in codes}
    return sorted(u for u in records if normalize_header(u) not in known)
