"""Shared pieces of the monitoring rules: the profile section, labels and
the checks of input frames (a clear message naming the table, column and
row). Progress and cancel: :mod:`core.progress`."""

import datetime
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
        raise InputError(
            tr("{table}: expected a table (pandas DataFrame), found {found}.").format(
                table=name, found=type(frame).__name__
            )
        )
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise InputError(
            tr(
                "{table}: the column(s) {columns} are missing (found: {found}). Add them or rename "
                "the columns."
            ).format(
                table=name,
                columns=", ".join(f"'{c}'" for c in missing),
                found=", ".join(map(str, frame.columns)) or "-",
            )
        )


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


def require_text(
    frame: pd.DataFrame,
    column: str,
    name: str,
    codes: np.ndarray,
    rows: Optional[np.ndarray] = None,
) -> None:
    """Every cell of ``column`` (of ``rows`` if given) holds text; ``codes``
    from :func:`factor`."""
    bad = codes < 0
    if rows is not None:
        bad &= rows
    if bad.any():
        pos = int(np.flatnonzero(bad)[0])
        raise InputError(
            tr(
                "{table}, row {row}: the column '{column}' is empty ({n} rows in all). Fill it "
                "in or remove the rows."
            ).format(table=name, row=row_name(frame, pos), column=column, n=int(bad.sum()))
        )


#: a date and time as text: ``2025-01-31 13:00`` (``-`` or ``/`` between the
#: parts of the date, a space or ``T`` before the time; seconds and their
#: fractions optional) or a date alone (midnight)
_DATETIME_TEXT = (
    r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
    r"(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*$"
)


def _texts(texts: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Text cells as datetime64[ns] (NaT for a blank one) and the mask of
    those :data:`_DATETIME_TEXT` does not read or that name no moment of the
    calendar (2025-02-30, 24:00), for whole arrays at once."""
    text = pd.Series(texts, dtype=object)
    parts = text.str.extract(_DATETIME_TEXT)
    blank = (text.str.strip() == "").to_numpy()
    ok = parts[0].notna().to_numpy()
    y, mo, d, hh, mm, ss = (parts[i].fillna("0").astype(np.int64).to_numpy() for i in range(6))
    frac = parts[6].fillna("").str.ljust(9, "0").replace("", "0").astype(np.int64).to_numpy()
    # datetime64[ns] holds 1677-09-21 to 2262-04-11: whole years of that span
    ok &= (
        (y >= 1678)
        & (y <= 2261)
        & (mo >= 1)
        & (mo <= 12)
        & (d >= 1)
        & (hh < 24)
        & (mm < 60)
        & (ss < 60)
    )
    y, mo, d = np.where(ok, y, 1970), np.where(ok, mo, 1), np.where(ok, d, 1)
    month = ((y - 1970) * 12 + (mo - 1)).astype("datetime64[M]")
    days = ((month + 1).astype("datetime64[D]") - month.astype("datetime64[D]")).astype(np.int64)
    ok &= d <= days
    out = (
        month.astype("datetime64[ns]")
        + (d - 1) * np.timedelta64(1, "D")
        + hh * np.timedelta64(1, "h")
        + mm * np.timedelta64(1, "m")
        + ss * np.timedelta64(1, "s")
        + frac * np.timedelta64(1, "ns")
    )
    out[~ok] = np.datetime64("NaT")
    return out, ~ok & ~blank


def _other(value) -> Optional[np.datetime64]:
    """A cell that is not text: a date or date-time object as datetime64[ns]
    (the wall time of one with a time zone), else None."""
    if isinstance(value, (datetime.date, np.datetime64)):  # datetime and Timestamp too
        ts = pd.Timestamp(value)
        if ts.tzinfo is not None:
            ts = ts.tz_localize(None)
        return ts.to_datetime64().astype("datetime64[ns]")
    return None


def parse_datetimes(values) -> Tuple[np.ndarray, np.ndarray]:
    """``values`` (a column or list of text, date-time objects or empty cells)
    as datetime64[ns] (NaT for an empty cell) and the mask of the cells that
    are not a date and time. Text is read by :data:`_DATETIME_TEXT` alone, not
    by pandas' guess of the format, which differs between pandas 1.5 and 2
    (pandas 2 takes the format of the first cell for the whole column); each
    distinct value is read once."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), sort=False)
    uniques = np.asarray(uniques, dtype=object)
    parsed = np.full(len(uniques) + 1, np.datetime64("NaT"), dtype="datetime64[ns]")
    bad = np.zeros(len(uniques) + 1, dtype=bool)  # the last entry: code -1, an empty cell
    is_text = np.fromiter((isinstance(u, str) for u in uniques), dtype=bool, count=len(uniques))
    where = np.flatnonzero(is_text)
    if len(where):
        parsed[where], bad[where] = _texts(uniques[where])
    for i in np.flatnonzero(~is_text):
        t = _other(uniques[i])
        if t is None:
            bad[i] = True
        else:
            parsed[i] = t
    return parsed[codes], bad[codes]


def datetimes(frame: pd.DataFrame, column: str, name: str) -> pd.Series:
    """``column`` as datetime64[ns] without time zone (the wall time is
    kept), or an error naming the first row that is not a date-time
    (:func:`parse_datetimes` reads text)."""
    col = frame[column]
    if isinstance(col.dtype, pd.DatetimeTZDtype):
        col = col.dt.tz_localize(None)
    elif not pd.api.types.is_datetime64_any_dtype(col.dtype):
        parsed, bad = parse_datetimes(col)
        if bad.any():
            pos = int(np.flatnonzero(bad)[0])
            raise InputError(
                tr(
                    "{table}, row {row}: {value!r} in the column '{column}' is not a date and "
                    "time. Write it as YYYY-MM-DD HH:MM, e.g. 2025-01-31 13:00."
                ).format(table=name, row=row_name(frame, pos), value=col.iloc[pos], column=column)
            )
        col = pd.Series(parsed, index=col.index, name=col.name)
    if col.dtype != "datetime64[ns]":
        col = col.astype("datetime64[ns]")
    empty = col.isna().to_numpy()
    if empty.any():
        pos = int(np.flatnonzero(empty)[0])
        raise InputError(
            tr(
                "{table}, row {row}: the column '{column}' is empty ({n} rows in all). Every "
                "record needs its date and time."
            ).format(table=name, row=row_name(frame, pos), column=column, n=int(empty.sum()))
        )
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
        raise InputError(
            tr(
                "{table}, row {row}: {value!r} in the column '{column}' is not a number. Write "
                "the number alone (no unit, no flag), or leave the cell empty."
            ).format(table=name, row=row_name(frame, pos), value=col.iloc[pos], column=column)
        )
    return parsed.to_numpy(dtype=np.float64, na_value=np.nan)


def choice(
    frame: pd.DataFrame, column: str, name: str, allowed: Sequence[str], default: np.ndarray
) -> np.ndarray:
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
            raise InputError(
                tr(
                    "{table}, row {row}: {value!r} in the column '{column}' is not one of "
                    "{allowed}."
                ).format(
                    table=name,
                    row=row_name(frame, pos),
                    value=u,
                    column=column,
                    allowed=", ".join(allowed),
                )
            )
        lookup[i] = allowed.index(norm)
    lookup[-1] = -1
    out = lookup[codes]  # -1 (empty) indexes the last entry
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
