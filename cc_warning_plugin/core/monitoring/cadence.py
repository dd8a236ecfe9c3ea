"""The evaluation cadence and the due list (spec/mechanism.md "Cadence").

Rules (``monitoring.cadence.rules``, in order): a rule applies to the units
whose latest load type is in its ``load_types`` (an empty list: every unit)
and makes a unit due

- ``every_months`` after its latest evaluation (``evaluated_at``), or
- with ``on_new_data``, at the time of the first observation of the unit
  newer than that evaluation (of those given: pass every observation time,
  or the first after the evaluation, for the exact date; with only the
  latest, the due date is that of the latest).

A unit is listed once, under its earliest due date (on a tie, the earlier
rule); ``overdue_days`` = as-of date − due date (negative: not yet due,
shown when ``within_days`` reaches it).
"""

from typing import Dict, Iterable, Optional, Union

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import label, tr
from ..profile import Profile
from .common import datetimes, require_frame, row_name, section

RESULT_COLUMNS = ["unit_code", "period", "load_type", "warning_level", "evaluated_at"]
DUE_COLUMNS = [
    "unit_code",
    "reason",
    "due_date",
    "overdue_days",
    "rule",
    "load_type",
    "period",
    "warning_level",
    "evaluated_at",
]


def _load_code(value, loads: dict, order) -> Optional[str]:
    text = str(value).strip()
    if text in order:
        return text
    for code in order:
        entry = loads[code]
        if text in (entry.get("label_zh"), entry.get("label_en")):
            return code
    return None


def due_list(
    results: pd.DataFrame,
    profile: Profile,
    as_of,
    observations: Optional[Union[pd.DataFrame, Dict[str, object]]] = None,
    units: Optional[Iterable[str]] = None,
    within_days: int = 0,
    name: str = "results",
) -> pd.DataFrame:
    """Units due (or overdue) for evaluation on ``as_of``.

    ``results``: ``unit_code, period, load_type, warning_level,
    evaluated_at`` (the latest row of a unit counts); ``load_type`` is a code
    of the profile's load classes or its label (超载, 临界超载 …).
    ``observations``: ``unit_code, time`` (or a mapping unit → time) of the
    observations of each unit. ``units``: every unit that should have been
    evaluated; those without a result are listed as never evaluated.
    ``within_days``: also list units falling due within that many days.
    """
    require_frame(results, name, RESULT_COLUMNS)
    loads = profile.get("load_classes")
    order = loads["order"]
    rules = section(profile)["cadence"]["rules"]
    day = pd.Timestamp(as_of).normalize()
    res = results.copy(deep=False)
    res["evaluated_at"] = datetimes(results, "evaluated_at", name)
    codes = []
    for pos, value in enumerate(results["load_type"].to_list()):
        code = (
            None
            if value is None or (isinstance(value, float) and np.isnan(value))
            else _load_code(value, loads, order)
        )
        if code is None:
            raise InputError(
                tr(
                    "{table}, row {row}: the load type {value!r} is not a load class of the "
                    "profile ({codes})."
                ).format(
                    table=name, row=row_name(results, pos), value=value, codes=", ".join(order)
                )
            )
        codes.append(code)
    res["load_type"] = codes
    res["unit_code"] = results["unit_code"].astype(str).str.strip()
    res = res.sort_values("evaluated_at", kind="stable").groupby("unit_code").tail(1)

    obs_times: Dict[str, np.ndarray] = {}
    if observations is not None:
        if not isinstance(observations, pd.DataFrame):  # a mapping unit -> time
            observations = pd.DataFrame(
                {
                    "unit_code": [str(k) for k in observations],
                    "time": np.array(list(observations.values()), dtype=object),
                },
                index=[str(k) for k in observations],
            )
        require_frame(observations, "observations", ["unit_code", "time"])
        t = datetimes(observations, "time", "observations")
        frame = pd.DataFrame(
            {"u": observations["unit_code"].astype(str).str.strip().to_numpy(), "t": t.to_numpy()}
        )
        for u, g in frame.groupby("u"):
            obs_times[u] = np.sort(g["t"].to_numpy())

    out = []
    for row in res.itertuples(index=False):
        evaluated = pd.Timestamp(row.evaluated_at)
        best = None
        for rule in rules:
            if rule["load_types"] and row.load_type not in rule["load_types"]:
                continue
            if "every_months" in rule:
                due = (evaluated + pd.DateOffset(months=rule["every_months"])).normalize()
                reason = tr("{rule}: last evaluated on {date} (period {period})").format(
                    rule=label(rule), date=evaluated.strftime("%Y-%m-%d"), period=row.period
                )
            else:
                times = obs_times.get(row.unit_code)
                newer = times[times > evaluated.to_datetime64()] if times is not None else []
                if not len(newer):
                    continue
                first = pd.Timestamp(newer[0])
                due = first.normalize()
                reason = tr(
                    "{rule}: new observation on {obs} after the evaluation of {date}"
                ).format(
                    rule=label(rule),
                    obs=first.strftime("%Y-%m-%d"),
                    date=evaluated.strftime("%Y-%m-%d"),
                )
            if best is None or due < best[0]:
                best = (due, reason, rule["code"])
        if best is None:
            continue
        due, reason, code = best
        overdue = int((day - due).days)
        if overdue < -within_days:
            continue
        out.append(
            {
                "unit_code": row.unit_code,
                "reason": reason,
                "due_date": due,
                "overdue_days": overdue,
                "rule": code,
                "load_type": row.load_type,
                "period": row.period,
                "warning_level": row.warning_level,
                "evaluated_at": evaluated,
            }
        )
    known = set(res["unit_code"])
    for code in units or []:
        code = str(code).strip()
        if code not in known:
            out.append(
                {
                    "unit_code": code,
                    "reason": tr("no evaluation recorded"),
                    "due_date": day,
                    "overdue_days": 0,
                    "rule": "never",
                    "load_type": "",
                    "period": None,
                    "warning_level": None,
                    "evaluated_at": pd.NaT,
                }
            )
    if not out:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in DUE_COLUMNS})
    df = pd.DataFrame(out)[DUE_COLUMNS]
    df["due_date"] = pd.to_datetime(df["due_date"])
    return df.sort_values(
        ["overdue_days", "unit_code"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)
