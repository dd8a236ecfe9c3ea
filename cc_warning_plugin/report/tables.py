"""Tables of an evaluation result (pandas): the composite, each element, the
trend components, class statistics, period changes, provenance; written
as xlsx (openpyxl) or csv (UTF-8 with BOM, so Excel reads the Chinese).
Headers in the user's language with units. Pure Python."""

import json
import re
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import pandas as pd

from ..core.i18n import tr
from ..core.indicators import field_title
from ..core.profile import Profile
from .docmodel import text_width
from .files import atomic_write
from .results import (
    TREND_COMPONENTS,
    View,
    class_set,
    element_title,
    index_title,
    special_title,
    trend_component_title,
    unit_fields,
)
from .stats import Change, ClassStats


def _unit_fields(rows: Sequence[dict]) -> Tuple[Optional[str], Optional[str]]:
    if not rows:
        return None, None
    return unit_fields(list(rows[0].keys()))


def _identity(rows: Sequence[dict]) -> Dict[str, list]:
    code, name = _unit_fields(rows)
    out = {}
    if code:
        out[field_title("unit_code")] = [_text(r.get(code)) for r in rows]
    if name:
        out[field_title("unit_name")] = [_text(r.get(name)) for r in rows]
    return out


def _text(v) -> str:
    return "" if v is None else str(v).strip()


def _labels(rows: Sequence[dict], view: View, profile: Profile) -> List[str]:
    cset = class_set(profile, view.set_key)
    out = []
    for r in rows:
        e = cset.entry(r.get(view.field))
        out.append(
            e.label
            if e is not None
            else tr("Unclassified ({codes})").format(codes=_text(r.get(view.field)) or tr("empty"))
        )
    return out


def stats_frame(stats: ClassStats, area_digits: int = 4, share_digits: int = 2) -> pd.DataFrame:
    """Units (or cells), area (km², rounded to ``area_digits``) and share
    (%, ``share_digits``) per class; the report passes the profile's
    ``report.area_km2_digits`` / ``report.share_digits``."""
    area = tr("Area (km²)")
    data = {
        tr("Class"): [r.label for r in stats.rows] + [tr("Total")],
        stats.count_title(): [r.count for r in stats.rows] + [stats.total_count],
    }
    if stats.has_area:
        data[area] = [round(r.area_km2, area_digits) for r in stats.rows] + [
            round(stats.total_area_km2, area_digits)
        ]
    data[tr("Share (%)")] = [round(r.share, share_digits) for r in stats.rows] + [
        100.0 if stats.total_count else 0.0
    ]
    return pd.DataFrame(data)


def stats_digits(stats: ClassStats, area_digits: int, share_digits: int) -> Dict[str, int]:
    """Decimals to print per column of :func:`stats_frame`."""
    out = {tr("Share (%)"): share_digits}
    if stats.has_area:
        out[tr("Area (km²)")] = area_digits
    return out


def element_labels(row: dict, profile: Profile) -> str:
    """The ``cause_elements`` codes of a result row (``land,water,env,special``)
    as the profile's element names (土地资源、水资源、环境、水气环境黑灰指数)."""
    names = {k.lower(): k for k in row.keys()}
    codes = [
        c.strip() for c in _text(row.get(names.get("cause_elements", ""))).split(",") if c.strip()
    ]
    stype = _text(row.get(names.get("special_type", "")))
    out = []
    for c in codes:
        if c == "special":
            out.append(special_title(profile, stype) if stype else tr("Special evaluation"))
        else:
            out.append(element_title(profile, c))
    return tr(", ").join(out)


def composite_frame(rows: Sequence[dict], views: Sequence[View], profile: Profile) -> pd.DataFrame:
    """The composite result (集成评价): overload type, trend type, warning
    level and the cause of every unit."""
    data = _identity(rows)
    for key in ("load", "trend", "warning"):
        for v in views:
            if v.key == key:
                data[v.title] = _labels(rows, v, profile)
    names = {k.lower(): k for k in (rows[0].keys() if rows else [])}
    if "cause" in names:
        data[tr("Cause")] = [_text(r.get(names["cause"])) for r in rows]
    if "cause_elements" in names:
        data[tr("Elements causing the class")] = [element_labels(r, profile) for r in rows]
    return pd.DataFrame(data)


def element_frame(rows: Sequence[dict], view: View, profile: Profile) -> pd.DataFrame:
    """One element (单项评价): index, class and note of every unit."""
    data = _identity(rows)
    names = {k.lower(): k for k in (rows[0].keys() if rows else [])}
    if view.key == "special" and "special_type" in names:
        data[tr("Special evaluation")] = [
            special_title(profile, _text(r.get(names["special_type"]))) for r in rows
        ]
    if view.index_field:
        data[tr("{title} (dimensionless)").format(title=index_title(profile, view.key))] = [
            r.get(view.index_field) for r in rows
        ]
    data[tr("Class")] = _labels(rows, view, profile)
    if view.note_field:
        data[tr("Note")] = [_text(r.get(view.note_field)) for r in rows]
    return pd.DataFrame(data)


def trend_frame(
    rows: Sequence[dict], views: Sequence[View], profile: Profile
) -> Optional[pd.DataFrame]:
    """The process evaluation (过程评价): component rates and trend type."""
    names = {k.lower(): k for k in (rows[0].keys() if rows else [])}
    present = [c for c in TREND_COMPONENTS if c in names]
    trend = [v for v in views if v.key == "trend"]
    if not present and not trend:
        return None
    data = _identity(rows)
    for c in present:
        data[tr("{title} (% per year)").format(title=trend_component_title(c))] = [
            r.get(names[c]) for r in rows
        ]
    for v in trend:
        data[v.title] = _labels(rows, v, profile)
    return pd.DataFrame(data)


def changes_frame(
    changes: Sequence[Change], cset, change_set, names: Dict[str, str], before: str, after: str
) -> pd.DataFrame:
    def lab(value):
        if value is None:
            return ""
        e = cset.entry(value)
        return e.label if e is not None else _text(value)

    return pd.DataFrame(
        {
            field_title("unit_code"): [c.key for c in changes],
            field_title("unit_name"): [names.get(c.key, "") for c in changes],
            tr("Earlier ({layer})").format(layer=before): [lab(c.before) for c in changes],
            tr("Later ({layer})").format(layer=after): [lab(c.after) for c in changes],
            tr("Change"): [change_set.entry(c.change).label for c in changes],
            tr("Levels moved"): [c.steps for c in changes],
            tr("Reason"): [c.reason for c in changes],
        }
    )


def provenance_frame(records: Iterable[Tuple[str, Optional[dict]]]) -> pd.DataFrame:
    """Provenance records as rows: source, item, value."""
    out = {tr("Source"): [], tr("Item"): [], tr("Value"): []}
    for source, rec in records:
        if not rec:
            continue
        for key, value in _flatten(rec):
            out[tr("Source")].append(source)
            out[tr("Item")].append(key)
            out[tr("Value")].append(value)
    return pd.DataFrame(out)


def _flatten(rec: dict, prefix: str = "") -> List[Tuple[str, str]]:
    out = []
    for k, v in rec.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out += _flatten(v, key + ".")
        elif isinstance(v, (list, tuple)):
            out.append((key, json.dumps(v, ensure_ascii=False)))
        else:
            out.append((key, "" if v is None else str(v)))
    return out


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

_BAD_SHEET = re.compile(r"[\[\]\*\?/\\:]")


def sheet_name(name: str, used: set) -> str:
    """A valid, unique Excel sheet name (≤ 31 characters, no []*?/\\:)."""
    base = _BAD_SHEET.sub("_", name).strip() or "Sheet"
    base = base[:31]
    out, n = base, 2
    while out.lower() in used:
        suffix = f" ({n})"
        out = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(out.lower())
    return out


def write_workbook(path: str, sheets: Sequence[Tuple[str, pd.DataFrame]]) -> str:
    """An xlsx workbook, one sheet per table, header bold and frozen,
    columns sized to their text."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    def write(tmp):
        used = set()
        with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
            for name, df in sheets:
                title = sheet_name(name, used)
                df.to_excel(xw, sheet_name=title, index=False)
                ws = xw.sheets[title]
                ws.freeze_panes = "A2"
                for cell in ws[1]:
                    cell.font = Font(bold=True)
                for i, col in enumerate(df.columns, start=1):
                    width = max([text_width(col)] + [text_width(v) for v in df[col].tolist()])
                    ws.column_dimensions[get_column_letter(i)].width = min(60, width + 2)

    return atomic_write(path, write, ".xlsx")


def write_table(path: str, df: pd.DataFrame, sheet: str = "") -> str:
    """One table as .xlsx or .csv (by the extension)."""
    if path.lower().endswith(".xlsx"):
        return write_workbook(path, [(sheet or tr("Statistics"), df)])
    return atomic_write(path, lambda tmp: df.to_csv(tmp, index=False, encoding="utf-8-sig"), ".csv")
