"""Annual statistics from daily values, and the Spearman rank-correlation
trend test of the Chinese environmental-quality reports.

Spearman (profile ``monitoring.trend``): for the n years of a series, in
time order, X_i = i (the rank of the year) and Y_i = the rank of its value
in ascending order (tied values get the average of their ranks);

    rs = 1 − 6 · Σ (X_i − Y_i)² / (n³ − n)          (formula "d_squared")

or, with ``formula = "pearson"``, the Pearson correlation of X and Y (the
exact value when there are ties). When every value is the same there is no
order to test: rs = 0. The trend is significant at a level when
|rs| ≥ the critical value W_p for n (the table of the profile; between two
rows the row of the smaller n, i.e. the stricter value; above its last row
the normal approximation z_p / √(n − 1)); rs > 0 is a rise, rs < 0 a fall.
Fewer than ``min_years`` years are not tested. |rs| is compared at the
profile's precision (significant digits), so 1 − 12/120 counts as 0.9.
"""

import math
from typing import Dict, List, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import label, tr
from ..m2016.stations import hj663_percentile
from ..profile import Profile
from .common import require_frame, row_name, section
from .series import normalize_code, pollutant_entry

TREND_COLUMNS = [
    "station_id",
    "pollutant",
    "n",
    "first_year",
    "last_year",
    "rs",
    "method",
    "level",
    "trend",
    "change",
    "label",
]
ANNUAL_COLUMNS = [
    "station_id",
    "pollutant",
    "year",
    "statistic",
    "value",
    "valid_days",
    "valid",
    "note",
]


def average_ranks(values: Sequence[float]) -> np.ndarray:
    """Ranks 1..n in ascending order; tied values share the mean of their
    ranks."""
    v = np.asarray(values, dtype=np.float64)
    order = np.argsort(v, kind="mergesort")
    sv = v[order]
    ranks = np.empty(len(v))
    i = 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and sv[j + 1] == sv[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return ranks


def spearman_rs(values: Sequence[float], formula: str = "d_squared") -> float:
    """rs of values given in time order (see the module doc)."""
    n = len(values)
    if n < 2:
        raise ValueError("at least two values")
    y = average_ranks(values)
    if np.all(y == y[0]):
        return 0.0
    x = np.arange(1, n + 1, dtype=np.float64)
    if formula == "d_squared":
        return float(1.0 - 6.0 * np.sum((x - y) ** 2) / (n**3 - n))
    if formula == "pearson":
        dx, dy = x - x.mean(), y - y.mean()
        return float(np.sum(dx * dy) / math.sqrt(np.sum(dx * dx) * np.sum(dy * dy)))
    raise ValueError(formula)


def critical_values(n: int, profile: Profile) -> Tuple[List[float], str]:
    """(W_p for each level of the profile, "table" or "normal") for n years."""
    cfg = section(profile)["trend"]
    rows = cfg["critical"]
    if n < rows[0]["n"]:
        raise ValueError(f"n = {n} is below the table")
    if n <= rows[-1]["n"]:
        row = [r for r in rows if r["n"] <= n][-1]
        return list(row["values"]), "table"
    return [z / math.sqrt(n - 1) for z in cfg["large_n_z"]], "normal"


def _round(x: float, digits: int) -> float:
    return float(f"{x:.{digits}g}")


def spearman_test(values: Sequence[float], profile: Profile) -> Dict:
    """rs, its significance and the trend of values in time order:
    ``{"n", "rs", "critical", "method", "level", "trend"}`` with ``trend`` one
    of rising / falling / none / too_short and ``level`` the strictest level
    passed (None if none)."""
    cfg = section(profile)["trend"]
    n = len(values)
    if n < cfg["min_years"]:
        return {
            "n": n,
            "rs": None,
            "critical": [],
            "method": "",
            "level": None,
            "trend": "too_short",
        }
    rs = spearman_rs(values, cfg["formula"])
    crit, method = critical_values(n, profile)
    a = _round(abs(rs), profile.precision)
    level = None
    for lv, c in zip(cfg["levels"], crit):
        if a >= _round(c, profile.precision):
            level = lv
    trend = "none" if level is None else ("rising" if rs > 0 else "falling")
    return {"n": n, "rs": rs, "critical": crit, "method": method, "level": level, "trend": trend}


def _lower_is_better(profile: Profile, pollutant: str) -> bool:
    """False for pollutants whose value must not fall below the limit (DO)."""
    code, _ = pollutant_entry(profile, "water", pollutant)
    want = normalize_code(code or pollutant)
    for std in profile.get("standards.water").values():
        for name, par in std["parameters"].items():
            if normalize_code(par.get("field", name)) == want:
                return par["direction"] == "max"
    return True


def spearman_trends(
    annual: pd.DataFrame, profile: Profile, name: str = "annual values"
) -> pd.DataFrame:
    """The Spearman trend of every station and pollutant of ``annual``
    (columns ``station_id, pollutant, year, value``; empty values are left
    out). One row per series: n, first and last year, rs, the method of the
    critical value, the strictest level passed, the trend (rising / falling /
    none / too_short), ``change`` (worsening / improving / "") and the
    trend's label; plus ``critical_<level>`` columns."""
    require_frame(annual, name, ["station_id", "pollutant", "year", "value"])
    cfg = section(profile)["trend"]
    years = pd.to_numeric(annual["year"], errors="coerce")
    bad = years.isna() | (years != years.round())
    if bad.any():
        pos = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(
            tr("{table}, row {row}: the year {value!r} is not a whole number.").format(
                table=name, row=row_name(annual, pos), value=annual["year"].iloc[pos]
            )
        )
    values = pd.to_numeric(annual["value"], errors="coerce")
    text = annual["value"].astype(str).str.strip()
    bad = values.isna() & annual["value"].notna() & (text != "")
    if bad.any():
        pos = int(np.flatnonzero(bad.to_numpy())[0])
        raise InputError(
            tr("{table}, row {row}: {value!r} in the column 'value' is not a number.").format(
                table=name, row=row_name(annual, pos), value=annual["value"].iloc[pos]
            )
        )
    df = pd.DataFrame(
        {
            "station_id": annual["station_id"].astype(str).to_numpy(),
            "pollutant": annual["pollutant"].astype(str).to_numpy(),
            "year": years.astype(np.int64).to_numpy(),
            "value": values.to_numpy(),
            "_row": np.arange(len(annual)),
        }
    )
    dup = df.duplicated(["station_id", "pollutant", "year"], keep=False)
    if dup.any():
        first = df[dup].iloc[0]
        rows = df[
            dup
            & (df["station_id"] == first["station_id"])
            & (df["pollutant"] == first["pollutant"])
            & (df["year"] == first["year"])
        ]
        raise InputError(
            tr(
                "{table}: station {station}, {pollutant}, {year} has more than one value (rows "
                "{rows}). Keep one value per station, pollutant and year."
            ).format(
                table=name,
                station=first["station_id"],
                pollutant=first["pollutant"],
                year=first["year"],
                rows=", ".join(row_name(annual, int(r)) for r in rows["_row"]),
            )
        )
    df = df.dropna(subset=["value"]).sort_values(["station_id", "pollutant", "year"])
    levels = cfg["levels"]
    out = []
    for (sid, pol), g in df.groupby(["station_id", "pollutant"], sort=True):
        res = spearman_test(g["value"].to_list(), profile)
        change = ""
        if res["trend"] in ("rising", "falling"):
            up_is_worse = _lower_is_better(profile, pol)
            change = "worsening" if (res["trend"] == "rising") == up_is_worse else "improving"
        row = {
            "station_id": sid,
            "pollutant": pol,
            "n": res["n"],
            "first_year": int(g["year"].iloc[0]),
            "last_year": int(g["year"].iloc[-1]),
            "rs": res["rs"],
            "method": res["method"],
            "level": res["level"],
            "trend": res["trend"],
            "change": change,
            "label": label(cfg["classes"][res["trend"]]),
        }
        for lv, c in zip(levels, res["critical"] or [None] * len(levels)):
            row[f"critical_{lv:g}"] = c
        out.append(row)
    cols = TREND_COLUMNS + [f"critical_{lv:g}" for lv in levels]
    if not out:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    return pd.DataFrame(out)[cols]


def annual_statistics(
    daily: pd.DataFrame, profile: Profile, name: str = "daily values"
) -> pd.DataFrame:
    """Annual statistic of each station, pollutant and year from daily values
    (:func:`.alerts.daily_values`: ``station_id, pollutant, date, value,
    valid``): the mean or HJ 663 percentile of the valid days named by the
    pollutant's ``annual`` key, valid when the year has the minimum of valid
    days (``elements.environment.stations.min_valid_days``) and every month
    its minimum (``monitoring.validity``); otherwise ``value`` is empty and
    ``note`` says why."""
    require_frame(daily, name, ["station_id", "pollutant", "date", "value", "valid"])
    stats = profile.get("elements.environment.stations.statistics")
    min_days = profile.get("elements.environment.stations.min_valid_days")
    val = section(profile)["validity"]
    d = daily.loc[daily["valid"].astype(bool)].copy()
    d["date"] = pd.to_datetime(d["date"])
    d["year"] = d["date"].dt.year
    d["month"] = d["date"].dt.month
    out = []
    all_years = pd.to_datetime(daily["date"]).dt.year
    keys = (
        pd.DataFrame(
            {"station_id": daily["station_id"], "pollutant": daily["pollutant"], "year": all_years}
        )
        .drop_duplicates()
        .sort_values(["station_id", "pollutant", "year"])
    )
    groups = {k: g for k, g in d.groupby(["station_id", "pollutant", "year"])}
    for sid, pol, year in keys.itertuples(index=False):
        _, entry = pollutant_entry(profile, "air", pol)
        spec_name = (entry or {}).get("annual")
        if spec_name is None:
            continue
        spec = stats[spec_name]
        g = groups.get((sid, pol, year))
        vals = [] if g is None else g["value"].to_list()
        per_month = (
            np.zeros(12, dtype=int)
            if g is None
            else np.bincount(g["month"].to_numpy() - 1, minlength=12)
        )
        mins = np.full(12, val["month_min_days"])
        mins[1] = val["february_min_days"]
        notes = []
        if len(vals) < min_days:
            notes.append(
                tr("{n} valid days (at least {min} needed)").format(n=len(vals), min=min_days)
            )
        short = [str(m + 1) for m in np.flatnonzero(per_month < mins)]
        if short:
            notes.append(
                tr("too few valid days in month(s) {months}").format(months=", ".join(short))
            )
        value = None
        if not notes:
            value = (
                float(np.mean(vals))
                if spec["stat"] == "mean"
                else hj663_percentile(vals, spec["p"])
            )
        out.append(
            {
                "station_id": sid,
                "pollutant": pol,
                "year": int(year),
                "statistic": spec_name,
                "value": value,
                "valid_days": len(vals),
                "valid": not notes,
                "note": "; ".join(notes),
            }
        )
    if not out:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ANNUAL_COLUMNS})
    return pd.DataFrame(out)[ANNUAL_COLUMNS]
