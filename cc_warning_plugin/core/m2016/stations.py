"""Raw monitoring data turned into the statistics the 环境 element needs.

Air (one row per station and day): a unit's daily value is the mean of its
stations' values that day; over the year of those unit daily values:
  SO2, NO2, PM10, PM2.5   annual mean
  CO                      95th percentile of the 24-h means
  O3                      90th percentile of the daily maximum 8-h means
  PM2.5 exceedance days   days whose unit daily mean is above the 24-h limit
                          of the chosen GB 3095 edition (for the 黑灰指数)
Percentiles (HJ 663-2013): values sorted ascending, rank k = 1 + (n − 1)·p/100,
the value at k interpolated linearly between its neighbours. A statistic
needs ``min_valid_days`` days with a value (profile), otherwise it is
missing and the unit's note says why. Which daily field feeds which
statistic is profile data (``elements.environment.stations``).

Water (one row per section and sampling, e.g. monthly): the annual mean of
each pollutant over the samplings with a value.
"""

import datetime
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from ..errors import InputError
from ..exceedance import present_pollutants
from ..i18n import tr
from ..indicators import field_names, field_title, normalize_header, text_value
from ..profile import Profile
from ..table import make_table, require_non_negative
from .units import Source

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def hj663_percentile(values: Sequence[float], p: float) -> float:
    """p-th percentile by HJ 663-2013: ascending order, k = 1 + (n−1)p/100,
    linear interpolation between the values of ranks floor(k) and floor(k)+1."""
    v = sorted(values)
    if not v:
        raise ValueError("no values")
    k = 1 + (len(v) - 1) * p / 100.0
    lo = int(math.floor(k))
    if lo >= len(v):
        return float(v[-1])
    return float(v[lo - 1] + (k - lo) * (v[lo] - v[lo - 1]))


def parse_date(value, layer: str, row: str) -> datetime.date:
    """A date from a cell: a date object, ``2025-01-31``, ``2025/1/31``,
    ``2025年1月31日`` or ``20250131`` (a time after the date is ignored)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if hasattr(value, "toPyDate"):  # QDate / QDateTime
        d = value.toPyDate() if hasattr(value, "isValid") and value.isValid() else None
        if d is not None:
            return d.date() if isinstance(d, datetime.datetime) else d
    text = text_value(value)
    m = _DATE.match(text) or _COMPACT.match(text)
    if m:
        try:
            return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:  # e.g. 2025-02-30: the same message as any bad date
            raise _not_a_date(layer, row, text) from exc
    raise _not_a_date(layer, row, text)


def _not_a_date(layer, row, text) -> InputError:
    return InputError(
        tr(
            "{layer}, {row}: {value!r} is not a date. Write dates as YYYY-MM-DD, e.g. 2025-01-31."
        ).format(layer=layer, row=row, value=text)
    )


@dataclass
class AirStats:
    """Annual statistics per unit code; ``None`` where not computable."""

    stats: Dict[str, Dict[str, Optional[float]]] = field(default_factory=dict)
    exceed_days: Dict[str, Optional[float]] = field(default_factory=dict)
    notes: Dict[str, List[str]] = field(default_factory=dict)
    year: Optional[int] = None
    stations: Dict[str, List[str]] = field(default_factory=dict)


def daily_fields(profile: Profile) -> List[str]:
    st = profile.get("elements.environment.stations")
    names = [s["daily"] for s in st["statistics"].values()] + [st["exceed_days"]["daily"]]
    return list(dict.fromkeys(names))


def daily_headers(src: Source, profile: Profile) -> Source:
    """The daily table with columns named like the annual statistic (``SO2``,
    ``PM2.5``, ``O3``) renamed to the daily field they hold, unless the table
    already has a column for that daily field."""
    stats = profile.get("elements.environment.stations.statistics")
    own = {normalize_header(n): d for d in daily_fields(profile) for n in field_names(d) if n}
    rename = {}
    for annual, spec in stats.items():
        names = {normalize_header(n) for n in field_names(annual) if n}
        for h in src.headers:
            norm = normalize_header(h)
            if (
                norm in names
                and norm not in own
                and spec["daily"] not in rename.values()
                and not any(own.get(normalize_header(x)) == spec["daily"] for x in src.headers)
            ):
                rename[h] = spec["daily"]
    if not rename:
        return src
    headers = [rename.get(h, h) for h in src.headers]
    rows = [{rename.get(k, k): v for k, v in r.items()} for r in src.rows]
    return Source(src.name, rows, list(src.row_ids), headers)


def check_year(found: int, expected: Optional[int], layer: str, what: str) -> None:
    if expected is not None and found != expected:
        raise InputError(
            tr(
                "Year mismatch: the {what} in {layer} are of {found}, but the indicator tables are "
                "of {expected}. Use monitoring data of the evaluation year."
            ).format(what=what, layer=layer, found=found, expected=expected)
        )


def air_statistics(
    src: Source,
    station_unit: Dict[str, str],
    unit_codes: Sequence[str],
    profile: Profile,
    standard: str,
    year: Optional[int] = None,
) -> AirStats:
    """Annual statistics of every unit from daily station rows.

    ``station_unit`` maps each station code to the unit holding it (the
    spatial join is done by the caller).
    """
    cfg = profile.get("elements.environment.stations")
    fields = daily_fields(profile)
    src = daily_headers(src, profile)
    t = make_table(
        src.rows,
        src.name,
        required=["station_id", "date"],
        optional=fields,
        row_ids=src.row_ids,
        headers=src.headers,
    )
    present = present_pollutants(t, fields, src.name)
    # (unit, field) → {date: [station values]}
    series: Dict[tuple, Dict[datetime.date, List[float]]] = {}
    seen: Dict[tuple, str] = {}
    years: Dict[int, str] = {}
    for i in range(len(t)):
        sid = t.text(i, "station_id")
        rid = t.row_ids[i]
        if not sid:
            raise InputError(
                tr("{layer}, {row}: the station code is empty.").format(layer=src.name, row=rid)
            )
        if sid not in station_unit:
            raise InputError(
                tr(
                    "{layer}, {row}: station {station!r} is not in the station layer. Add the "
                    "station (with its location) or correct the code."
                ).format(layer=src.name, row=rid, station=sid)
            )
        day = parse_date(t.raw(i, "date"), src.name, rid)
        if years and day.year not in years:
            other, where = next(iter(years.items()))
            raise InputError(
                tr(
                    "{layer}: the observations cover more than one year ({a} at {where}, {b} at "
                    "{row}). Give the daily values of one calendar year."
                ).format(layer=src.name, a=other, where=where, b=day.year, row=rid)
            )
        years.setdefault(day.year, rid)
        key = (sid, day)
        if key in seen:
            raise InputError(
                tr(
                    "{layer}: station {station} has two rows for {date} ({first} and {second}). "
                    "Keep one value per station and day."
                ).format(
                    layer=src.name, station=sid, date=day.isoformat(), first=seen[key], second=rid
                )
            )
        seen[key] = rid
        unit = station_unit[sid]
        for f in present:
            v = t.number(i, f)
            require_non_negative(v, t, i, f)
            if v is not None:
                series.setdefault((unit, f), {}).setdefault(day, []).append(v)
    out = AirStats()
    if years:
        out.year = next(iter(years))
        check_year(out.year, year, src.name, tr("air observations"))
    for sid, unit in station_unit.items():
        out.stations.setdefault(unit, []).append(sid)
    limits = profile.get(f"standards.air.{standard}.daily")
    exceed = cfg["exceed_days"]
    min_days = cfg["min_valid_days"]
    for code in unit_codes:
        notes: List[str] = []
        stats: Dict[str, Optional[float]] = {}
        if code not in out.stations:
            notes.append(tr("no air station in this unit"))
        daily = {
            f: {d: sum(v) / len(v) for d, v in series.get((code, f), {}).items()} for f in present
        }
        for name, spec in cfg["statistics"].items():
            values = list(daily.get(spec["daily"], {}).values())
            stats[name] = None
            if spec["daily"] not in present or code not in out.stations:
                continue
            if len(values) < min_days:
                notes.append(
                    tr("{field}: {n} days with a value (at least {min} needed)").format(
                        field=field_title(spec["daily"]), n=len(values), min=min_days
                    )
                )
                continue
            stats[name] = (
                sum(values) / len(values)
                if spec["stat"] == "mean"
                else hj663_percentile(values, spec["p"])
            )
        values = list(daily.get(exceed["daily"], {}).values())
        days = None
        if exceed["daily"] in present and code in out.stations and len(values) >= min_days:
            lim = limits[exceed["limit"]]
            days = float(sum(1 for v in values if (v > lim if exceed["op"] == ">" else v >= lim)))
        out.stats[code] = stats
        out.exceed_days[code] = days
        out.notes[code] = list(dict.fromkeys(notes))
    return out


def section_means(
    src: Source, section_ids: Sequence[str], pollutants: Sequence[str], year: Optional[int] = None
) -> Dict[str, Dict[str, Optional[float]]]:
    """Annual mean of each pollutant per section from observation rows
    (section code, optional date/month, pollutant columns)."""
    t = make_table(
        src.rows,
        src.name,
        required=["section_id"],
        optional=list(pollutants) + ["date", "month", "year"],
        row_ids=src.row_ids,
        headers=src.headers,
    )
    present = present_pollutants(t, pollutants, src.name)
    known = set(section_ids)
    # per section and pollutant: [sum, count] of the values (not every value)
    sums: Dict[str, Dict[str, List[float]]] = {s: {} for s in section_ids}
    years: Dict[int, str] = {}
    for i in range(len(t)):
        sid = t.text(i, "section_id")
        rid = t.row_ids[i]
        if sid not in known:
            raise InputError(
                tr(
                    "{layer}, {row}: section {section!r} is not in the sections layer. Add the "
                    "section (with its unit or location and water body type) or correct the "
                    "code."
                ).format(layer=src.name, row=rid, section=sid)
            )
        y = None
        if t.has("date") and t.text(i, "date"):
            y = parse_date(t.raw(i, "date"), src.name, rid).year
        elif t.has("year"):
            v = t.number(i, "year")
            y = int(v) if v is not None else None
        if t.has("month"):
            m = t.number(i, "month")
            if m is not None and (m != int(m) or not 1 <= m <= 12):
                raise InputError(
                    tr("{layer}, {row}: month {value:g} is not 1–12.").format(
                        layer=src.name, row=rid, value=m
                    )
                )
        if y is not None:
            if years and y not in years:
                other, where = next(iter(years.items()))
                raise InputError(
                    tr(
                        "{layer}: the observations cover more than one year ({a} at {where}, {b} "
                        "at {row}). Give the observations of one calendar year."
                    ).format(layer=src.name, a=other, where=where, b=y, row=rid)
                )
            years.setdefault(y, rid)
        for p in present:
            v = t.number(i, p)
            require_non_negative(v, t, i, p)
            if v is not None:
                acc = sums[sid].setdefault(p, [0.0, 0])
                acc[0] += v
                acc[1] += 1
    if years:
        check_year(next(iter(years)), year, src.name, tr("water observations"))
    return {
        sid: {p: (acc[0] / acc[1] if (acc := sums[sid].get(p)) else None) for p in present}
        for sid in section_ids
    }
