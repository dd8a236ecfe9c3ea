"""Reminders (书面通知, 约谈, 公告) from a result and its history, the
letters that carry them (one per county), and the remediation plan
(治理工作方案): tasks, responsible department, deadline, status, overdue
detection, kept as a sidecar table until the database holds it.

Rules, letter texts, task templates and statuses live in the profile
(``actions.reminders``, ``actions.remediation``). Pure Python."""

import datetime
import calendar
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from ..errors import InputError
from ..i18n import label, language, tr
from ..indicators import normalize_header, text_value
from ..profile import Profile
from . import sidecar
from .common import code_label, parse_date, row_label
from .measures import UnitActions, conditions_hold
from .profile_schema import REMINDER_KINDS


@dataclass
class Reminder:
    unit_code: str
    unit_name: str
    code: str
    kind: str
    kind_label: str
    text: str
    why: str
    issued: datetime.date
    deadline: datetime.date
    tag: str = ""
    source: str = ""

    @property
    def verified(self) -> bool:
        return bool(self.source.strip())


def reminders(
    actions: Sequence[UnitActions], profile: Profile, issued: datetime.date
) -> List[Reminder]:
    """Every reminder rule that holds for a unit, with its deadline (the
    issue date + ``deadline_days``)."""
    out = []
    rules = profile.get("actions.reminders.rules")
    for a in actions:
        s = a.state
        for rule in rules:
            why = conditions_hold(rule, s, profile, s.level)
            if why is None:
                continue
            out.append(
                Reminder(
                    s.unit_code,
                    s.unit_name,
                    rule["code"],
                    rule["kind"],
                    label(profile.get(f"actions.reminders.kinds.{rule['kind']}")),
                    label(rule, "text"),
                    why,
                    issued,
                    issued + datetime.timedelta(days=rule["deadline_days"]),
                    rule.get("tag", ""),
                    rule.get("source", ""),
                )
            )
    return out


# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------


@dataclass
class LetterLine:
    unit_code: str
    unit_name: str
    level: str  # label
    level_color: str
    causes: str
    measures: List[str]
    reminders: List[str]
    deadline: datetime.date


@dataclass
class Letter:
    county_code: str
    county_name: str
    kind: str  # the strongest reminder kind of the county
    title: str
    opening: str
    lines: List[LetterLine]
    closing: str
    deadline: datetime.date
    unverified: bool = True


def _fmt_date(d: datetime.date) -> str:
    if language() == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return d.isoformat()


def letters(
    actions: Sequence[UnitActions],
    items: Sequence[Reminder],
    profile: Profile,
    org: str,
    issued: datetime.date,
    county_names: Optional[Dict[str, str]] = None,
) -> List[Letter]:
    """One letter per county holding a unit with a reminder: units grouped
    by the first ``actions.reminders.letters.group_digits`` digits of their
    code (0: one letter per unit). ``county_names``: county code → name
    (else the name of a unit whose code is the county code, else the code)."""
    cfg = profile.get("actions.reminders.letters")
    digits = cfg["group_digits"]
    by_unit: Dict[str, List[Reminder]] = {}
    for r in items:
        by_unit.setdefault(r.unit_code, []).append(r)
    groups: Dict[str, List[UnitActions]] = {}
    for a in actions:
        if a.unit_code in by_unit:
            key = a.unit_code[:digits] if digits else a.unit_code
            groups.setdefault(key, []).append(a)
    names = dict(county_names or {})
    for a in actions:
        key = a.unit_code[:digits] if digits else a.unit_code
        if key == a.unit_code and a.state.unit_name:
            names.setdefault(key, a.state.unit_name)
    out = []
    strength = {k: i for i, k in enumerate(REMINDER_KINDS)}
    for county in sorted(groups):
        units = groups[county]
        rems = [r for a in units for r in by_unit[a.unit_code]]
        kind = max((r.kind for r in rems), key=strength.get)
        kind_label = label(profile.get(f"actions.reminders.kinds.{kind}"))
        deadline = min(r.deadline for r in rems)
        lines = []
        for a in units:
            s = a.state
            lines.append(
                LetterLine(
                    s.unit_code,
                    s.unit_name,
                    code_label(profile, "warning_levels", s.warning_level),
                    profile.class_color("warning_levels", s.warning_level),
                    s.cause,
                    [m.text for m in a.measures],
                    [
                        f"{r.kind_label}：{r.text}"
                        if language() == "zh"
                        else f"{r.kind_label}: {r.text}"
                        for r in by_unit[s.unit_code]
                    ],
                    min(r.deadline for r in by_unit[s.unit_code]),
                )
            )
        name = names.get(county, county)
        values = {
            "county": name,
            "period": units[0].state.period,
            "org": org,
            "date": _fmt_date(issued),
            "kind": kind_label,
            "deadline": _fmt_date(deadline),
        }
        unverified = any(not r.verified for r in rems) or any(
            not m.verified for a in units for m in a.measures
        )
        out.append(
            Letter(
                county,
                name,
                kind,
                label(cfg, "title").format(**values),
                label(cfg, "opening").format(**values),
                lines,
                label(cfg, "closing").format(**values),
                deadline,
                unverified,
            )
        )
    return out


# ---------------------------------------------------------------------------
# Remediation plan
# ---------------------------------------------------------------------------

#: Columns of the plan table: canonical name → (zh header, en header).
PLAN_COLUMNS = {
    **sidecar.UNIT_COLUMNS,
    "task": ("任务", "Task"),
    "department": ("责任部门", "Responsible department"),
    "deadline": ("完成时限", "Deadline"),
    "status": ("状态", "Status"),
    "done_on": ("完成日期", "Completed on"),
    "note": ("备注", "Note"),
}


@dataclass
class Task:
    unit_code: str
    unit_name: str
    task: str
    department: str
    deadline: datetime.date
    status: str = "planned"
    done_on: Optional[datetime.date] = None
    note: str = ""
    row: str = ""


def add_months(d: datetime.date, months: int) -> datetime.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return datetime.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def plan_tasks(
    actions: Sequence[UnitActions], profile: Profile, start: datetime.date
) -> List[Task]:
    """A starting plan: the profile's task templates whose conditions hold,
    for every unit, due ``months`` after ``start``."""
    out = []
    templates = profile.get("actions.remediation.tasks")
    for a in actions:
        for t in templates:
            if conditions_hold(t, a.state, profile, a.state.level) is None:
                continue
            out.append(
                Task(
                    a.unit_code,
                    a.state.unit_name,
                    label(t, "task"),
                    label(t, "department"),
                    add_months(start, t["months"]),
                )
            )
    return out


def _status_code(text: str, profile: Profile, layer: str, row: str) -> str:
    statuses = profile.get("actions.remediation.statuses")
    if not text:
        return "planned" if "planned" in statuses else next(iter(statuses))
    norm = normalize_header(text)
    for code, entry in statuses.items():
        if norm in (
            normalize_header(code),
            normalize_header(entry["label_zh"]),
            normalize_header(entry["label_en"]),
        ):
            return code
    raise InputError(
        tr("{layer}, {row}: status {value!r} is not known. Use one of: {names}.").format(
            layer=layer,
            row=row,
            value=text,
            names=", ".join(f"{e['label_zh']} ({c})" for c, e in statuses.items()),
        )
    )


def read_plan(
    rows: Sequence[dict], profile: Profile, layer: str, row_ids: Optional[Sequence[str]] = None
) -> List[Task]:
    """Tasks from a plan table (Chinese or English headers); bad dates or
    statuses raise InputError naming the row."""
    found = sidecar.find_columns(rows, PLAN_COLUMNS, ("unit_code", "task", "deadline"), layer)
    out = []
    for i, r in enumerate(rows):
        where = row_label(i, row_ids)

        def get(key, r=r):
            return r.get(found[key]) if key in found else None

        code = text_value(get("unit_code"))
        if not code:
            raise InputError(
                tr("{layer}, {row}: the unit code is empty.").format(layer=layer, row=where)
            )
        out.append(
            Task(
                code,
                sidecar.free_text(get("unit_name")),
                sidecar.free_text(get("task")),
                sidecar.free_text(get("department")),
                parse_date(
                    get("deadline"), layer, where, PLAN_COLUMNS["deadline"][0], empty_ok=False
                ),
                _status_code(text_value(get("status")), profile, layer, where),
                parse_date(get("done_on"), layer, where, PLAN_COLUMNS["done_on"][0]),
                sidecar.free_text(get("note")),
                where,
            )
        )
    return out


def overdue(tasks: Sequence[Task], profile: Profile, today: datetime.date) -> List[Task]:
    """Tasks not done whose deadline has passed."""
    done = profile.get("actions.remediation.done")
    return [t for t in tasks if t.status not in done and t.deadline < today]


def plan_headers() -> List[str]:
    return sidecar.headers(PLAN_COLUMNS)


def plan_table(tasks: Sequence[Task], profile: Profile) -> List[list]:
    """Rows of the plan table (status as its label, dates as YYYY-MM-DD)."""
    return [
        [
            t.unit_code,
            t.unit_name,
            t.task,
            t.department,
            t.deadline.isoformat(),
            code_label_status(profile, t.status),
            t.done_on.isoformat() if t.done_on else "",
            t.note,
        ]
        for t in tasks
    ]


def code_label_status(profile: Profile, status: str) -> str:
    return label(profile.get(f"actions.remediation.statuses.{status}"))


def write_plan(path: str, tasks: Sequence[Task], profile: Profile) -> str:
    return sidecar.write_rows(path, plan_headers(), plan_table(tasks, profile))


def load_plan(path: str, profile: Profile) -> List[Task]:
    rows, ids = sidecar.read_rows(path)
    return read_plan(rows, profile, path, ids)
