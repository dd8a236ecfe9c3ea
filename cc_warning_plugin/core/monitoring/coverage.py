"""Station coverage: the units where the monitoring network must be extended
(加密布点).

For each requirement of ``monitoring.coverage.requirements`` (a station
type, a minimum number of stations, a minimum of valid records in the
period, and optionally the yes/no field of the units it applies to) and
each unit it applies to: the stations of that type in the unit are counted,
and among them those with at least ``min_valid_records`` valid records; a
unit with fewer than ``min_stations`` of the latter gets a row saying what
is missing.
"""

from typing import Dict, Optional, Union

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import label, tr
from ..profile import Profile
from .common import require_frame, row_name, section
from .series import normalize_code

COVERAGE_COLUMNS = [
    "unit_code",
    "station_type",
    "required",
    "stations",
    "qualified",
    "missing",
    "reason",
    "label",
]
_YES = {"1", "true", "yes", "y", "是", "有", "t"}
_NO = {"0", "false", "no", "n", "否", "无", "f", ""}


def _flag(units: pd.DataFrame, column: str, name: str) -> np.ndarray:
    out = np.zeros(len(units), dtype=bool)
    for pos, value in enumerate(units[column].to_list()):
        if isinstance(value, (bool, np.bool_)):
            out[pos] = bool(value)
            continue
        if value is None or (isinstance(value, float) and np.isnan(value)):
            continue
        text = str(value).strip().lower()
        if text.endswith(".0"):
            text = text[:-2]
        if text in _YES:
            out[pos] = True
        elif text not in _NO:
            raise InputError(
                tr(
                    "{table}, row {row}: {value!r} in the field '{column}' is not yes or no. "
                    "Write 1 or 0 (是/否)."
                ).format(table=name, row=row_name(units, pos), value=value, column=column)
            )
    return out


def station_coverage(
    units: pd.DataFrame,
    stations: pd.DataFrame,
    profile: Profile,
    valid_counts: Optional[Union[pd.DataFrame, Dict[str, int]]] = None,
    units_name: str = "units",
    stations_name: str = "stations",
) -> pd.DataFrame:
    """Rows for the units whose network falls short of a requirement.

    ``units``: ``unit_code`` and the yes/no fields the requirements name in
    ``applies_if``; ``stations``: ``station_id, station_type, unit_code``
    (stations of units not listed are ignored); ``valid_counts``: valid
    records of each station in the period (a frame ``station_id,
    valid_records`` or a mapping); without it every station counts.
    """
    require_frame(units, units_name, ["unit_code"])
    require_frame(stations, stations_name, ["station_id", "station_type", "unit_code"])
    codes = units["unit_code"].astype(str).str.strip()
    if (codes == "").any() or units["unit_code"].isna().any():
        pos = int(np.flatnonzero(((codes == "") | units["unit_code"].isna()).to_numpy())[0])
        raise InputError(
            tr("{table}, row {row}: the unit code is empty.").format(
                table=units_name, row=row_name(units, pos)
            )
        )
    dup = codes.duplicated()
    if dup.any():
        pos = int(np.flatnonzero(dup.to_numpy())[0])
        raise InputError(
            tr(
                "{table}, row {row}: the unit code {code} appears twice. Give each unit once."
            ).format(table=units_name, row=row_name(units, pos), code=codes.iloc[pos])
        )
    counts: Dict[str, float] = {}
    if valid_counts is not None:
        if isinstance(valid_counts, pd.DataFrame):
            require_frame(valid_counts, "valid_counts", ["station_id", "valid_records"])
            pairs = zip(valid_counts["station_id"].astype(str), valid_counts["valid_records"])
        else:
            pairs = ((str(k), v) for k, v in valid_counts.items())
        for sid, n in pairs:
            n = pd.to_numeric(n, errors="coerce")
            if pd.notna(n) and n < 0:
                raise InputError(
                    tr(
                        "valid_counts: station {station} has {n} valid records; "
                        "a count cannot be negative."
                    ).format(station=sid, n=n)
                )
            counts[sid] = 0.0 if pd.isna(n) else float(n)
    st = pd.DataFrame(
        {
            "station_id": stations["station_id"].astype(str).str.strip(),
            "type": [normalize_code(x) for x in stations["station_type"]],
            "unit_code": stations["unit_code"].astype(str).str.strip(),
        }
    )
    out = []
    for req in section(profile)["coverage"]["requirements"]:
        applies = np.ones(len(units), dtype=bool)
        if "applies_if" in req:
            if req["applies_if"] not in units.columns:
                raise InputError(
                    tr(
                        "{table}: the field '{column}' is missing. The coverage requirement for "
                        "{type} applies only to units where it is yes; add it (1 / 0)."
                    ).format(table=units_name, column=req["applies_if"], type=label(req))
                )
            applies = _flag(units, req["applies_if"], units_name)
        of_type = st[st["type"] == normalize_code(req["station_type"])]
        for code in codes[applies]:
            here = of_type[of_type["unit_code"] == code]["station_id"].to_list()
            if valid_counts is None:
                qualified = len(here)
            else:
                qualified = sum(
                    1 for sid in here if counts.get(sid, 0.0) >= req["min_valid_records"]
                )
            if qualified >= req["min_stations"]:
                continue
            if not here:
                reason = tr("no {type} in the unit; at least {min} needed").format(
                    type=label(req), min=req["min_stations"]
                )
            else:
                reason = tr(
                    "{n} {type}(s) in the unit, {k} with at least {records} valid "
                    "records in the period; at least {min} needed"
                ).format(
                    n=len(here),
                    type=label(req),
                    k=qualified,
                    records=req["min_valid_records"],
                    min=req["min_stations"],
                )
            out.append(
                {
                    "unit_code": code,
                    "station_type": req["station_type"],
                    "required": req["min_stations"],
                    "stations": len(here),
                    "qualified": qualified,
                    "missing": req["min_stations"] - qualified,
                    "reason": reason,
                    "label": label(req),
                }
            )
    if not out:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in COVERAGE_COLUMNS})
    return (
        pd.DataFrame(out)[COVERAGE_COLUMNS]
        .sort_values("unit_code", kind="stable")
        .reset_index(drop=True)
    )
