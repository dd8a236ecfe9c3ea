"""Target tracking: a targets table (indicator, region, baseline year and
value, target year and value, direction, source) against observations
(a long table region × indicator × year × value).

Per target and observed year: the value, whether the target is met
(``at_least``: value ≥ target; ``at_most``: value ≤ target; compared at the
profile's precision) and the progress from the baseline as a share of the
way to the target, (value − baseline) / (target − baseline) (``None`` when
target = baseline).

Per target, the status at the latest observation (≤ ``as_of``):
- ``attained`` / ``missed``: an observation at or after the target year
  (the first such one decides);
- ``attained``: met before the target year;
- ``on_track`` / ``off_track``: not yet met; the least-squares line through
  the baseline point and the observations, projected to the target year,
  meets / does not meet the target;
- ``no_data``: no observation after the baseline year.

Indicators must be those of the profile's ``targets.indicators`` (by key,
Chinese or English name, or alias). Pure Python."""

import os
import tomllib
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import label, tr
from ..indicators import normalize_header, parse_number, text_value
from ..profile import Profile
from ..rules import round_sig
from . import sidecar
from .common import row_label

STATUSES = ("attained", "on_track", "off_track", "missed", "no_data")

#: canonical column → accepted headers
TARGET_COLUMNS = {
    "indicator": ("indicator", "指标", "指标名称", "指标代码"),
    "region": ("region", "unit_code", "区域", "地区", "行政区划代码", "评价单元"),
    "baseline_year": ("baseline_year", "基准年", "基期年份", "基准年份"),
    "baseline_value": ("baseline_value", "基准值", "基期值"),
    "target_year": ("target_year", "目标年", "目标年份"),
    "target_value": ("target_value", "目标值"),
    "direction": ("direction", "方向", "目标方向"),
    "source": ("source", "来源", "依据", "目标来源"),
}
OBS_COLUMNS = {
    "region": TARGET_COLUMNS["region"],
    "indicator": TARGET_COLUMNS["indicator"],
    "year": ("year", "年份", "年度"),
    "value": ("value", "数值", "观测值", "监测值"),
}


@dataclass
class Target:
    row: str
    indicator: str
    region: str
    baseline_year: int
    baseline_value: float
    target_year: int
    target_value: float
    direction: str  # at_least | at_most
    source: str = ""

    def name(self, profile: Profile) -> str:
        return label(profile.get(f"targets.indicators.{self.indicator}"), "name")

    def unit(self, profile: Profile) -> str:
        return profile.get(f"targets.indicators.{self.indicator}")["unit"]


@dataclass
class Point:
    year: int
    value: float
    attained: bool
    progress: Optional[float]


@dataclass
class TargetStatus:
    target: Target
    points: List[Point]  # observed years after the baseline, ≤ as_of
    status: str
    latest: Optional[Point] = None
    projected: Optional[float] = None  # value of the line at the target year
    slope: Optional[float] = None  # per year
    intercept: Optional[float] = None
    notes: List[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def _map_headers(
    headers: Sequence[str], spec: Dict[str, tuple], layer: str, required: Sequence[str]
) -> Dict[str, str]:
    found = {}
    for key, names in spec.items():
        norms = {normalize_header(n) for n in names}
        hits = [h for h in headers if normalize_header(h) in norms]
        if len(hits) > 1:
            raise InputError(
                tr("{layer}: the columns {columns} all mean '{field}'. Keep one of them.").format(
                    layer=layer, columns=", ".join(map(repr, hits)), field=key
                )
            )
        if hits:
            found[key] = hits[0]
        elif key in required:
            raise InputError(
                tr("{layer}: column '{field}' is missing. Name it one of: {names}.").format(
                    layer=layer, field=key, names=", ".join(names)
                )
            )
    return found


def indicator_key(text: str, profile: Profile) -> Optional[str]:
    """Key of the indicator named by ``text`` (key, name or alias)."""
    norm = normalize_header(text)
    for key, e in profile.get("targets.indicators").items():
        names = [key, e["name_zh"], e["name_en"]] + list(e.get("aliases", []))
        if any(norm == normalize_header(n) for n in names):
            return key
    return None


def _indicator(text: str, profile: Profile, layer: str, row: str) -> str:
    key = indicator_key(text, profile) if text else None
    if key is None:
        known = ", ".join(
            f"{k} ({e['name_zh']})" for k, e in profile.get("targets.indicators").items()
        )
        raise InputError(
            tr(
                "{layer}, {row}: indicator {value!r} is not known. Use one of: "
                "{known} — or add it to targets.indicators of the method "
                "profile."
            ).format(layer=layer, row=row, value=text, known=known)
        )
    return key


def _direction(text: str, profile: Profile, layer: str, row: str) -> str:
    words = (
        profile.get("targets.directions")
        if "directions" in profile.get("targets")
        else {"at_least": ["at_least"], "at_most": ["at_most"]}
    )
    norm = normalize_header(text)
    for key, names in words.items():
        if norm in {normalize_header(n) for n in names + [key]}:
            return key
    raise InputError(
        tr("{layer}, {row}: direction {value!r} is not known. Use one of: {names}.").format(
            layer=layer,
            row=row,
            value=text,
            names=", ".join(n for names in words.values() for n in names),
        )
    )


def _year(value, layer, row, name) -> int:
    v = parse_number(value, name, row, layer)
    if v is None or not float(v).is_integer():
        raise InputError(
            tr("{layer}, {row}: {field} must be a year (a whole number), found {value!r}.").format(
                layer=layer, row=row, field=name, value=text_value(value)
            )
        )
    return int(v)


def _value(value, layer, row, name) -> float:
    v = parse_number(value, name, row, layer)
    if v is None:
        raise InputError(
            tr("{layer}, {row}: {field} is empty. Give a number.").format(
                layer=layer, row=row, field=name
            )
        )
    return v


def read_targets(
    rows: Sequence[dict], profile: Profile, layer: str, row_ids: Optional[Sequence[str]] = None
) -> List[Target]:
    """Targets from table rows; every problem names the row."""
    rows = list(rows)
    if not rows:
        raise InputError(tr("{layer} holds no targets.").format(layer=layer))
    h = _map_headers(
        list(rows[0].keys()), TARGET_COLUMNS, layer, [k for k in TARGET_COLUMNS if k != "source"]
    )
    out, seen = [], {}
    for i, r in enumerate(rows):
        where = row_label(i, row_ids)
        ind = _indicator(text_value(r.get(h["indicator"])), profile, layer, where)
        region = text_value(r.get(h["region"]))
        if not region:
            raise InputError(
                tr(
                    "{layer}, {row}: the region is empty. Give the code of the unit "
                    "or region the target is set for."
                ).format(layer=layer, row=where)
            )
        t = Target(
            where,
            ind,
            region,
            _year(r.get(h["baseline_year"]), layer, where, "baseline_year"),
            _value(r.get(h["baseline_value"]), layer, where, "baseline_value"),
            _year(r.get(h["target_year"]), layer, where, "target_year"),
            _value(r.get(h["target_value"]), layer, where, "target_value"),
            _direction(text_value(r.get(h["direction"])), profile, layer, where),
            str(r.get(h["source"]) or "").strip() if "source" in h else "",
        )
        if t.target_year <= t.baseline_year:
            raise InputError(
                tr(
                    "{layer}, {row}: the target year {target} is not after the "
                    "baseline year {base}. Correct one of the two."
                ).format(layer=layer, row=where, target=t.target_year, base=t.baseline_year)
            )
        key = (t.indicator, t.region, t.target_year)
        if key in seen:
            raise InputError(
                tr(
                    "{layer}: {row} repeats the target of {first} (same indicator, "
                    "region and target year). Keep one."
                ).format(layer=layer, row=where, first=seen[key])
            )
        seen[key] = where
        out.append(t)
    return out


def read_observations(
    rows: Sequence[dict], profile: Profile, layer: str, row_ids: Optional[Sequence[str]] = None
) -> Dict[Tuple[str, str], Dict[int, float]]:
    """(indicator, region) → {year: value}; unknown indicators and repeated
    (region, indicator, year) rows are errors naming the row, and so is a
    table without rows or without any value (every target would be left
    without data)."""
    rows = list(rows)
    out: Dict[Tuple[str, str], Dict[int, float]] = {}
    if not rows:
        raise InputError(
            tr(
                "{layer}: the table has no rows (only a header). Give the observations, one row "
                "per region, indicator and year."
            ).format(layer=layer)
        )
    h = _map_headers(list(rows[0].keys()), OBS_COLUMNS, layer, list(OBS_COLUMNS))
    seen = {}
    for i, r in enumerate(rows):
        where = row_label(i, row_ids)
        ind = _indicator(text_value(r.get(h["indicator"])), profile, layer, where)
        region = text_value(r.get(h["region"]))
        year = _year(r.get(h["year"]), layer, where, "year")
        value = parse_number(r.get(h["value"]), "value", where, layer)
        if value is None:
            continue
        key = (ind, region, year)
        if key in seen:
            raise InputError(
                tr(
                    "{layer}: {row} repeats the observation of {first} (same region, "
                    "indicator and year). Keep one."
                ).format(layer=layer, row=where, first=seen[key])
            )
        seen[key] = where
        out.setdefault((ind, region), {})[year] = value
    if not out:
        raise InputError(
            tr(
                "{layer}: none of its {n} rows has a value in column {column}. Fill in the "
                "observed values (or check that this column holds them)."
            ).format(layer=layer, n=len(rows), column=h["value"])
        )
    return out


def load_targets(path: str, profile: Profile) -> List[Target]:
    """A targets file: .xlsx, .csv, or .toml with ``[[target]]`` tables
    holding the same keys as the table's columns."""
    if path.lower().endswith(".toml"):
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InputError(
                tr("{path} cannot be read as TOML: {detail}").format(path=path, detail=exc)
            ) from exc
        rows = data.get("target", [])
        ids = [tr("[[target]] {n}").format(n=i + 1) for i in range(len(rows))]
        return read_targets(rows, profile, os.path.basename(path), ids)
    rows, ids = sidecar.read_rows(path)
    return read_targets(rows, profile, os.path.basename(path), ids)


def load_observations(path: str, profile: Profile):
    rows, ids = sidecar.read_rows(path)
    return read_observations(rows, profile, os.path.basename(path), ids)


# ---------------------------------------------------------------------------
# Tracking
# ---------------------------------------------------------------------------


def meets(value: float, t: Target, precision: int) -> bool:
    v, goal = round_sig(value, precision), round_sig(t.target_value, precision)
    return v >= goal if t.direction == "at_least" else v <= goal


def progress(value: float, t: Target) -> Optional[float]:
    span = t.target_value - t.baseline_value
    if span == 0:
        return None
    return (value - t.baseline_value) / span


def linear_fit(points: Sequence[Tuple[float, float]]) -> Tuple[float, float]:
    """Least-squares line y = a + b·x through the points: (a, b)."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    b = sxy / sxx
    return my - b * mx, b


def track(
    targets: Sequence[Target],
    observations: Dict[Tuple[str, str], Dict[int, float]],
    profile: Profile,
    as_of: Optional[int] = None,
) -> List[TargetStatus]:
    """The status of every target (see the module text)."""
    precision = profile.precision
    out = []
    for t in targets:
        series = observations.get((t.indicator, t.region), {})
        years = sorted(y for y in series if y > t.baseline_year and (as_of is None or y <= as_of))
        points = [
            Point(y, series[y], meets(series[y], t, precision), progress(series[y], t))
            for y in years
        ]
        st = TargetStatus(t, points, "no_data")
        if not points:
            out.append(st)
            continue
        st.latest = points[-1]
        final = next((p for p in points if p.year >= t.target_year), None)
        line = [(t.baseline_year, t.baseline_value)] + [
            (p.year, p.value) for p in points if p.year <= t.target_year
        ]
        st.intercept, st.slope = linear_fit(line)
        st.projected = st.intercept + st.slope * t.target_year
        if final is not None:
            st.status = "attained" if final.attained else "missed"
            if final.year != t.target_year:
                st.notes.append(
                    tr("no observation in the target year {year}; {used} used").format(
                        year=t.target_year, used=final.year
                    )
                )
        elif st.latest.attained:
            st.status = "attained"
        else:
            st.status = "on_track" if meets(st.projected, t, precision) else "off_track"
        out.append(st)
    return out


def status_label(status: str) -> str:
    return {
        "attained": tr("Attained"),
        "on_track": tr("On track"),
        "off_track": tr("Off track"),
        "missed": tr("Missed"),
        "no_data": tr("No data"),
    }[status]
