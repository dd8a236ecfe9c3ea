"""Shared pieces of the monitoring rules: the profile section, labels and
the checks of input frames (a clear message naming the table, column and
row). Progress and cancel: :mod:`core.progress`."""

from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import label, tr
from ..profile import Profile


def section(profile: Profile) -> dict:
    """The profile's ``[monitoring]`` table."""
    return profile.get("monitoring")


def code_label(profile: Profile, code: str) -> str:
    """Label of a QC code in the current language."""
    return label(section(profile)["codes"][code])


def row_name(frame: pd.DataFrame, pos: int) -> str:
    """How a message names a row: its index label (importers set the index to
    the row numbers of the file)."""
    return str(frame.index[pos])


def require_frame(frame, name: str, required: Sequence[str]) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise InputError(tr("{table}: expected a table (pandas DataFrame), found {found}.").format(
            table=name, found=type(frame).__name__))
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise InputError(tr(
            "{table}: the column(s) {columns} are missing (found: {found}). Add them or rename "
            "the columns.").format(table=name, columns=", ".join(f"'{c}'" for c in missing),
                                   found=", ".join(map(str, frame.columns)) or "-"))


def factor(col: pd.Series) -> Tuple[np.ndarray, List[str]]:
    """Codes (integers, -1 for an empty cell) and the distinct texts of a column,
    cheap for categorical columns of millions of rows."""
    if isinstance(col.dtype, pd.CategoricalDtype):
        codes = col.cat.codes.to_numpy()
        uniques = [str(c) for c in col.cat.categories]
    else:
        codes, uniq = pd.factorize(col, sort=False)
        uniques = [str(u) for u in uniq]
    blank = [i for i, u in enumerate(uniques) if u.strip() == ""]
    if blank:
        codes = np.where(np.isin(codes, blank), -1, codes)
    return codes, uniques


def require_text(frame: pd.DataFrame, column: str, name: str, codes: np.ndarray,
                 rows: Optional[np.ndarray] = None) -> None:
    """Every cell of ``column`` (of ``rows`` if given) holds text; ``codes``
    from :func:`factor`."""
    bad = codes < 0
    if rows is not None:
        bad &= rows
    if bad.any():
        pos = int(np.flatnonzero(bad)[0])
        raise InputError(tr(
            "{table}, row {row}: the column '{column}' is empty ({n} rows in all). Fill it "
            "in or remove the rows.").format(table=name, row=row_name(frame, pos),
                                             column=column, n=int(bad.sum())))


def datetimes(frame: pd.DataFrame, column: str, name: str) -> pd.Series:
    """``column`` as datetime64[ns] without time zone (the wall time is
    kept), or an error naming the first row that is not a date-time."""
    col = frame[column]
    if isinstance(col.dtype, pd.DatetimeTZDtype):
        col = col.dt.tz_localize(None)
    elif not pd.api.types.is_datetime64_any_dtype(col.dtype):
        parsed = pd.to_datetime(col, errors="coerce")
        bad = parsed.isna().to_numpy() & ~col.isna().to_numpy()
        if bad.any():
            pos = int(np.flatnonzero(bad)[0])
            raise InputError(tr(
                "{table}, row {row}: {value!r} in the column '{column}' is not a date and "
                "time. Write it as YYYY-MM-DD HH:MM, e.g. 2025-01-31 13:00.").format(
                table=name, row=row_name(frame, pos), value=col.iloc[pos], column=column))
        col = parsed
    if col.dtype != "datetime64[ns]":
        col = col.astype("datetime64[ns]")
    empty = col.isna().to_numpy()
    if empty.any():
        pos = int(np.flatnonzero(empty)[0])
        raise InputError(tr(
            "{table}, row {row}: the column '{column}' is empty ({n} rows in all). Every "
            "record needs its date and time.").format(table=name, row=row_name(frame, pos),
                                                      column=column, n=int(empty.sum())))
    return col


def numbers(frame: pd.DataFrame, column: str, name: str) -> np.ndarray:
    """``column`` as float64 (empty cells NaN), or an error naming the first
    cell that holds text that is not a number."""
    col = frame[column]
    if col.dtype == np.float64:
        return col.to_numpy()
    if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
        return col.to_numpy(dtype=np.float64, na_value=np.nan)
    parsed = pd.to_numeric(col, errors="coerce")
    blank = col.isna().to_numpy()
    if col.dtype == object:
        blank |= (col.astype(str).str.strip() == "").to_numpy()
    bad = parsed.isna().to_numpy() & ~blank
    if bad.any():
        pos = int(np.flatnonzero(bad)[0])
        raise InputError(tr(
            "{table}, row {row}: {value!r} in the column '{column}' is not a number. Write "
            "the number alone (no unit, no flag), or leave the cell empty.").format(
            table=name, row=row_name(frame, pos), value=col.iloc[pos], column=column))
    return parsed.to_numpy(dtype=np.float64, na_value=np.nan)


def choice(frame: pd.DataFrame, column: str, name: str, allowed: Sequence[str],
           default: np.ndarray) -> np.ndarray:
    """Index into ``allowed`` of each row's code in ``column`` (text, any
    case); an empty cell takes ``default`` (an index per row). Without the
    column, ``default``."""
    if column not in frame.columns:
        return default
    allowed = list(allowed)
    codes, uniques = factor(frame[column])
    lookup = np.empty(len(uniques) + 1, dtype=np.int64)
    for i, u in enumerate(uniques):
        norm = u.strip().lower()
        if norm not in allowed:
            pos = int(np.flatnonzero(codes == i)[0])
            raise InputError(tr(
                "{table}, row {row}: {value!r} in the column '{column}' is not one of "
                "{allowed}.").format(table=name, row=row_name(frame, pos), value=u,
                                     column=column, allowed=", ".join(allowed)))
        lookup[i] = allowed.index(norm)
    lookup[-1] = -1
    out = lookup[codes]          # -1 (empty) indexes the last entry
    return np.where(codes < 0, default, out)


def fmt_time(value, resolution: str) -> str:
    """A time as the text of its period: ``2025-03-04 05:00`` (hour),
    ``2025-03-04`` (day), ``2025-03`` (month)."""
    ts = pd.Timestamp(value)
    if resolution == "hour":
        return ts.strftime("%Y-%m-%d %H:%M")
    if resolution == "day":
        return ts.strftime("%Y-%m-%d")
    return ts.strftime("%Y-%m")
