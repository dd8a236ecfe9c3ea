"""Departments, indicators and periods of the monitoring database.

:func:`seed_catalog` fills a new database: the departments of
``store/departments.toml`` and one indicator per input field of the 2016
chain (``core/m2016/chain.py input_fields``), with its names and unit of
measure from the indicator dictionary (``data/indicators.toml``, linked by
``dictionary_field``) and its supplying department. A bureau adds local
indicators with :func:`add_indicator` and moves one to another department
with :func:`set_indicator_department`.
"""

import datetime
import os
import re
import tomllib
from typing import Dict, Iterable, List, Optional

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.indicators import dictionary
from .db import Store, profile_or_default, utc_now
from .errors import StoreError

DEPARTMENTS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "departments.toml")
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
KINDS = ("number", "integer", "text", "flag")
_YEAR_TEXT = re.compile(r"^\s*(\d{4})(?:\.0+)?\s*年?\s*$")


def default_departments() -> Dict[str, dict]:
    with open(DEPARTMENTS_PATH, "rb") as fh:
        return tomllib.load(fh)["departments"]


def _check_code(code: str, what: str) -> str:
    code = str(code).strip()
    if not _CODE.match(code):
        raise InputError(
            tr(
                "The {what} code {code!r} is not valid: use lower-case letters, digits and _ "
                "(starting with a letter), e.g. water_use."
            ).format(what=what, code=code)
        )
    return code


def add_department(
    store: Store, code: str, name_zh: str, name_en: str, editor_role: str = ""
) -> None:
    code = _check_code(code, tr("department"))
    store.require_current()
    with store.transaction(tr("adding a department")):
        store.execute(
            "INSERT INTO departments (code, name_zh, name_en, editor_role) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
            (code, name_zh, name_en, editor_role),
        )


def add_indicator(
    store: Store,
    code: str,
    name_zh: str,
    name_en: str,
    unit: str = "",
    kind: str = "number",
    department: Optional[str] = None,
    source: str = "",
    aliases: Iterable[str] = (),
    dictionary_field: Optional[str] = None,
) -> None:
    """Register an indicator (a local one, or one of the dictionary)."""
    code = _check_code(code, tr("indicator"))
    if kind not in KINDS:
        raise InputError(
            tr("Indicator {code}: kind {kind!r} is not one of {kinds}.").format(
                code=code, kind=kind, kinds=", ".join(KINDS)
            )
        )
    store.require_current()
    with store.transaction(tr("adding an indicator")):
        if department is not None and not store.scalar(
            "SELECT count(*) FROM departments WHERE code = ?", (department,)
        ):
            raise InputError(
                tr(
                    "Indicator {code}: department {dept!r} is not in table "
                    "departments. Add the department first."
                ).format(code=code, dept=department)
            )
        store.execute(
            "INSERT INTO indicators (code, name_zh, name_en, unit, kind, "
            "department_code, source, dictionary_field, aliases) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
            (
                code,
                name_zh,
                name_en,
                unit,
                kind,
                department,
                source,
                dictionary_field,
                "|".join(a for a in aliases if a),
            ),
        )


def set_indicator_department(store: Store, indicator: str, department: str) -> None:
    """Which department supplies ``indicator`` (a change of the catalogue,
    never of the values: those keep the department that supplied them)."""
    store.require_current()
    with store.transaction(tr("changing an indicator's department")):
        if not store.scalar("SELECT count(*) FROM departments WHERE code = ?", (department,)):
            raise InputError(
                tr("Department {dept!r} is not in table departments.").format(dept=department)
            )
        n = store.execute(
            "UPDATE indicators SET department_code = ? WHERE code = ?", (department, indicator)
        ).rowcount
        if not n:
            raise InputError(
                tr("Indicator {code!r} is not in table indicators.").format(code=indicator)
            )


def seed_catalog(store: Store, profile=None) -> Dict[str, int]:
    """Departments and the indicators of the 2016 chain (missing ones only;
    safe to run again). Returns the numbers added."""
    from ..core.m2016.chain import input_fields

    profile = profile_or_default(profile)
    store.require_current()
    deps = default_departments()
    supplier = {ind: code for code, d in deps.items() for ind in d.get("indicators", [])}
    fields = [f for f in input_fields(profile) if f != "year"]
    d = dictionary()
    added = {"departments": 0, "indicators": 0}
    with store.transaction(tr("filling the catalogue")):
        have = {r[0] for r in store.query("SELECT code FROM departments")}
        for code, dep in deps.items():
            if code not in have:
                store.execute(
                    "INSERT INTO departments (code, name_zh, name_en, editor_role) "
                    "VALUES (?, ?, ?, ?)",
                    (code, dep["name_zh"], dep["name_en"], dep.get("editor_role", "")),
                )
                added["departments"] += 1
        have = {r[0] for r in store.query("SELECT code FROM indicators")}
        for name in fields:
            if name in have:
                continue
            entry = d[name]
            kind = entry["kind"] if entry["kind"] in KINDS else "text"
            store.execute(
                "INSERT INTO indicators (code, name_zh, name_en, unit, kind, "
                "department_code, source, dictionary_field, aliases) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    entry["name_zh"],
                    entry["name_en"],
                    entry.get("unit", ""),
                    kind,
                    supplier.get(name),
                    "",
                    name,
                    "",
                ),
            )
            added["indicators"] += 1
    return added


def departments(store: Store) -> List[dict]:
    return store.query_dicts(
        "SELECT code, name_zh, name_en, editor_role FROM departments ORDER BY code"
    )


def indicators(store: Store) -> List[dict]:
    return store.query_dicts(
        "SELECT code, name_zh, name_en, unit, kind, department_code, source, "
        "dictionary_field, aliases FROM indicators ORDER BY indicator_id"
    )


# -- periods ----------------------------------------------------------------------


def earliest_year(profile=None) -> int:
    return int(profile_or_default(profile).get("database.earliest_year"))


def parse_year(value, first_year: int, today: Optional[datetime.date] = None) -> int:
    """A period year from a cell (``2025``, ``2025.0``, ``"2025年"``).
    Raises ``ValueError`` with the reason (not a year / in the future /
    before ``first_year``)."""
    today = today or datetime.date.today()
    if isinstance(value, bool) or value is None:
        raise ValueError(tr("empty, not a year"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != value or float(value) != int(value):
            raise ValueError(tr("{value!r} is not a year (YYYY)").format(value=value))
        year = int(value)
    else:
        m = _YEAR_TEXT.match(str(value))
        if not m:
            raise ValueError(tr("{value!r} is not a year (YYYY)").format(value=str(value)))
        year = int(m.group(1))
    if year > today.year:
        raise ValueError(
            tr("{year} is in the future (it is {today} today)").format(
                year=year, today=today.isoformat()
            )
        )
    if year < first_year:
        raise ValueError(
            tr("{year} is before {first} (database.earliest_year of the profile)").format(
                year=year, first=first_year
            )
        )
    return year


def ensure_periods(store: Store, years: Iterable[int], note: str = "") -> None:
    """Add the year periods that are missing (inside the caller's
    transaction)."""
    have = {r[0] for r in store.query("SELECT code FROM periods")}
    for y in sorted(set(int(y) for y in years)):
        if str(y) not in have:
            store.execute(
                "INSERT INTO periods (code, kind, start_date, end_date, note) "
                "VALUES (?, 'year', ?, ?, ?)",
                (str(y), f"{y:04d}-01-01", f"{y:04d}-12-31", note),
            )


def add_period(store: Store, year: int, note: str = "", profile=None) -> str:
    """Register a year period (checked like an imported one)."""
    try:
        y = parse_year(year, earliest_year(profile))
    except ValueError as exc:
        raise InputError(tr("Period {value!r}: {reason}.").format(value=year, reason=exc)) from None
    store.require_current()
    with store.transaction(tr("adding a period")):
        ensure_periods(store, [y], note)
    return str(y)


def periods(store: Store) -> List[dict]:
    rows = store.query_dicts(
        "SELECT code, kind, start_date, end_date, note FROM periods ORDER BY code"
    )
    for r in rows:
        for k in ("start_date", "end_date"):
            r[k] = str(r[k])
    return rows


def mark_period(store: Store, code: str, note: str) -> None:
    """Set the note of a period (e.g. that its data are fictional)."""
    store.require_current()
    with store.transaction(tr("changing a period")):
        if not store.execute("UPDATE periods SET note = ? WHERE code = ?", (note, code)).rowcount:
            raise StoreError(tr("Period {code} is not in table periods.").format(code=code))


__all__ = [
    "seed_catalog",
    "add_department",
    "add_indicator",
    "set_indicator_department",
    "departments",
    "indicators",
    "parse_year",
    "ensure_periods",
    "add_period",
    "periods",
    "mark_period",
    "utc_now",
]
