"""What follows from a warning result: the measures and 奖惩 of each unit.

Inputs are plain rows:

- the results of one period (a 2016-method result layer's attributes:
  行政区划代码, ``warning_level``, ``load_type``, optionally ``trend_type``,
  ``<element>_class``, ``special_type`` and a name);
- optionally the history: rows ``unit_code, period, warning_level[,
  load_type]`` of earlier periods (from the monitoring database, or built
  from earlier result files with :func:`history_from_results`).

For each unit, :func:`unit_states` finds the previous period's level, the
level change (raised / lowered / unchanged / not_compared, ranked by the
order of ``warning_levels``), whether the level persists (unchanged and
one of ``actions.persistent_levels``) and for how many consecutive periods
the level has held. ``actions.treat_as`` rules then give the level the
unit is treated as (a unit gone from 临界超载 to 超载 as red, …), and
:func:`evaluate_actions` picks the entries of ``actions.measures`` whose
conditions all hold. Pure Python.
"""

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..errors import InputError
from ..i18n import label, tr
from ..profile import Profile
from .common import (
    ELEMENTS,
    change_label,
    check_code,
    code_label,
    columns,
    element_label,
    level_rank,
    more_severe,
    period_key,
    period_value,
    row_label,
    unit_rows,
)
from .profile_schema import PERSISTENT

INCENTIVE_KINDS = ("penalty", "reward", "compensation")


@dataclass
class UnitState:
    """One unit in one period, with what its history says."""

    unit_code: str
    unit_name: str
    period: object
    warning_level: str
    load_type: str
    trend_type: str = ""
    special_type: str = ""
    cause: str = ""  # the result's cause text (成因解析)
    classes: Dict[str, str] = field(default_factory=dict)  # element → class code
    previous_period: object = None
    previous_level: str = ""
    previous_load: str = ""
    change: str = "not_compared"
    persistent: bool = False
    run_length: int = 1  # consecutive periods at this level, this one included
    level: str = ""  # level after treat_as (scope "all")
    incentive_level: str = ""  # level for rewards and penalties
    treated: List[str] = field(default_factory=list)  # descriptions of treat_as applied


@dataclass
class Applied:
    """One catalogue entry that applies to a unit."""

    code: str
    kind: str
    kind_label: str
    text: str
    why: str
    element: str = ""
    tag: str = ""
    source: str = ""

    @property
    def verified(self) -> bool:
        return bool(self.source.strip())


@dataclass
class UnitActions:
    state: UnitState
    measures: List[Applied]  # kind "control"
    incentives: List[Applied]  # penalties, rewards, compensation
    reason: str

    @property
    def unit_code(self) -> str:
        return self.state.unit_code

    def record(self, profile: Profile) -> Dict[str, object]:
        """Flat fields for a layer or table (see :func:`action_fields`)."""
        s = self.state
        sep = tr("; ")
        return {
            "act_period": str(s.period),
            "act_prev_period": "" if s.previous_period is None else str(s.previous_period),
            "act_prev_level": s.previous_level,
            "act_change": s.change,
            "act_change_label": change_label(profile, s.change),
            "act_persistent": int(s.persistent),
            "act_run_length": s.run_length,
            "act_level": s.level,
            "act_measure_codes": ",".join(m.code for m in self.measures),
            "act_measures": sep.join(m.text for m in self.measures),
            "act_incentive_codes": ",".join(m.code for m in self.incentives),
            "act_incentives": sep.join(f"{m.kind_label}: {m.text}" for m in self.incentives),
            "act_reason": self.reason,
            "act_unverified": int(any(not m.verified for m in self.measures + self.incentives)),
        }


def action_fields() -> List[Tuple[str, str]]:
    """Output fields of :meth:`UnitActions.record` as (name, type)."""
    return [
        ("act_period", "string"),
        ("act_prev_period", "string"),
        ("act_prev_level", "string"),
        ("act_change", "string"),
        ("act_change_label", "string"),
        ("act_persistent", "int"),
        ("act_run_length", "int"),
        ("act_level", "string"),
        ("act_measure_codes", "string"),
        ("act_measures", "text"),
        ("act_incentive_codes", "string"),
        ("act_incentives", "text"),
        ("act_reason", "text"),
        ("act_unverified", "int"),
    ]


# ---------------------------------------------------------------------------
# Reading results and history
# ---------------------------------------------------------------------------


def _result_period(rows: Sequence[dict], cols, layer: str, ids):
    periods = set()
    for i, r in enumerate(rows):
        for name in ("period", "trend_eval_year"):
            if cols.has(name) and cols.text(r, name):
                periods.add(period_value(cols.get(r, name), row_label(i, ids), layer))
                break
    if len(periods) == 1:
        return periods.pop()
    if len(periods) > 1:
        raise InputError(
            tr(
                "{layer}: the rows belong to several periods ({periods}). Give "
                "the results of one period."
            ).format(layer=layer, periods=", ".join(sorted(map(str, periods))))
        )
    raise InputError(
        tr(
            "{layer}: no period: the rows have no year field and none was "
            "given. Give the period (year) of the result."
        ).format(layer=layer)
    )


def unit_states(
    rows: Sequence[dict],
    profile: Profile,
    history: Sequence[dict] = (),
    period=None,
    layer: str = "",
    history_name: str = "",
    row_ids: Optional[Sequence[str]] = None,
) -> List[UnitState]:
    """The state of every unit of a result (one period), with its history.
    Messages name the result by its role and ``layer``, the layer or file
    the user gave ("Warning result (result)")."""
    role = tr("Warning result")
    layer = tr("{role} ({layer})").format(role=role, layer=layer) if layer else role
    history_name = history_name or tr("History")
    if not rows:
        raise InputError(
            tr(
                "{layer}: the table has no rows (only a header): there is no unit to give "
                "measures to. Give the warning result with one row per unit."
            ).format(layer=layer)
        )
    cols = columns(
        rows,
        layer,
        ["unit_code", "warning_level", "load_type"],
        ["unit_name", "period", "trend_eval_year", "trend_type", "special_type", "cause"]
        + [f"{p}_class" for p in ELEMENTS],
    )
    if period is None:
        period = _result_period(rows, cols, layer, row_ids)
    levels = profile.class_codes("warning_levels")
    loads = profile.class_codes("load_classes")
    trends = profile.class_codes("trend_types") + ["not_evaluated"]
    past = history_levels(history, profile, history_name)
    persistent_levels = profile.get("actions.persistent_levels")
    states = []
    for code, (r, where) in unit_rows(rows, cols, row_ids).items():
        s = UnitState(
            code,
            cols.free(r, "unit_name"),
            period,
            check_code(cols.text(r, "warning_level"), levels, layer, where, "warning_level"),
            check_code(cols.text(r, "load_type"), loads, layer, where, "load_type"),
        )
        s.trend_type = (
            check_code(
                cols.text(r, "trend_type"), trends, layer, where, "trend_type", empty_ok=True
            )
            or ""
        )
        s.special_type = cols.text(r, "special_type")
        s.cause = cols.free(r, "cause")
        for p in ELEMENTS:
            if cols.has(f"{p}_class"):
                c = check_code(
                    cols.text(r, f"{p}_class"), loads, layer, where, f"{p}_class", empty_ok=True
                )
                if c:
                    s.classes[p] = c
        earlier = [
            (per, lv, ld)
            for per, lv, ld in past.get(code, [])
            if period_key(per) < period_key(period)
        ]
        if earlier:
            s.previous_period, s.previous_level, s.previous_load = earlier[-1]
            now, before = (
                level_rank(profile, s.warning_level),
                level_rank(profile, s.previous_level),
            )
            if now is None or before is None:
                s.change = "not_compared"
            else:
                s.change = "raised" if now < before else "lowered" if now > before else "unchanged"
            run = 1
            for _, lv, _ in reversed(earlier):
                if lv != s.warning_level:
                    break
                run += 1
            s.run_length = run
            s.persistent = s.change == "unchanged" and s.warning_level in persistent_levels
        _treat(s, profile)
        states.append(s)
    return states


def history_levels(
    history: Sequence[dict], profile: Profile, name: str
) -> Dict[str, List[Tuple[object, str, str]]]:
    """unit code → [(period, level, load type)] sorted by period; a unit with
    two rows for one period is an error naming both rows."""
    out: Dict[str, List[Tuple[object, str, str]]] = {}
    if not history:
        return out
    history = list(history)
    cols = columns(history, name, ["unit_code", "period", "warning_level"], ["load_type"])
    levels = profile.class_codes("warning_levels")
    loads = profile.class_codes("load_classes")
    seen = {}
    for i, r in enumerate(history):
        where = row_label(i)
        code = cols.text(r, "unit_code")
        if not code:
            raise InputError(
                tr("{layer}, {row}: the unit code is empty.").format(layer=name, row=where)
            )
        per = period_value(cols.get(r, "period"), where, name)
        if (code, per) in seen:
            raise InputError(
                tr(
                    "{layer}: unit {code} has two rows for period {period} ({first} "
                    "and {second}). Keep one."
                ).format(layer=name, code=code, period=per, first=seen[(code, per)], second=where)
            )
        seen[(code, per)] = where
        lv = check_code(cols.text(r, "warning_level"), levels, name, where, "warning_level")
        ld = (
            check_code(cols.text(r, "load_type"), loads, name, where, "load_type", empty_ok=True)
            or ""
            if cols.has("load_type")
            else ""
        )
        out.setdefault(code, []).append((per, lv, ld))
    for v in out.values():
        v.sort(key=lambda t: period_key(t[0]))
    return out


def history_from_results(results: Iterable[Tuple[object, Sequence[dict]]]) -> List[dict]:
    """History rows from earlier result files: ``[(period, rows), …]`` →
    ``[{unit_code, period, warning_level, load_type}, …]``."""
    out = []
    for period, rows in results:
        rows = list(rows)
        if not rows:
            continue
        cols = columns(rows, str(period), ["unit_code", "warning_level"], ["load_type"])
        for r in rows:
            out.append(
                {
                    "unit_code": cols.text(r, "unit_code"),
                    "period": period,
                    "warning_level": cols.text(r, "warning_level"),
                    "load_type": cols.text(r, "load_type"),
                }
            )
    return out


def _treat(s: UnitState, profile: Profile) -> None:
    s.level = s.incentive_level = s.warning_level
    if not s.previous_load:
        return
    if s.previous_load == s.load_type:
        return  # treat_as applies to units whose type moved
    for rule in profile.get("actions.treat_as"):
        if s.previous_load in rule["from_load"] and s.load_type in rule["to_load"]:
            what = tr("{before} → {after}, treated as {level}").format(
                before=code_label(profile, "load_classes", s.previous_load),
                after=code_label(profile, "load_classes", s.load_type),
                level=code_label(profile, "warning_levels", rule["level"]),
            )
            if rule["scope"] == "all":
                s.level = more_severe(profile, s.level, rule["level"])
                s.incentive_level = more_severe(profile, s.incentive_level, rule["level"])
            else:
                s.incentive_level = rule["level"]
            s.treated.append(what)


# ---------------------------------------------------------------------------
# Conditions and the catalogue
# ---------------------------------------------------------------------------


def conditions_hold(
    entry: dict, s: UnitState, profile: Profile, level: Optional[str] = None
) -> Optional[str]:
    """``None`` when a condition of the entry fails, else the reason the
    entry applies (in the interface language)."""
    level = level or s.level
    why = []
    if "levels" in entry:
        if level not in entry["levels"]:
            return None
        why.append(code_label(profile, "warning_levels", level))
    if "load_types" in entry:
        if s.load_type not in entry["load_types"]:
            return None
        why.append(code_label(profile, "load_classes", s.load_type))
    if "trend_types" in entry:
        if s.trend_type not in entry["trend_types"]:
            return None
        why.append(code_label(profile, "trend_types", s.trend_type))
    if "element" in entry:
        cls = s.classes.get(entry["element"])
        if cls not in entry["element_classes"]:
            return None
        why.append(
            tr("{element} {cls}").format(
                element=element_label(profile, entry["element"], s.special_type),
                cls=code_label(profile, "load_classes", cls),
            )
        )
    if "changes" in entry:
        ok = s.change in entry["changes"] or (PERSISTENT in entry["changes"] and s.persistent)
        if not ok:
            return None
        if s.persistent and PERSISTENT in entry["changes"]:
            why.append(
                tr("{level} in {n} consecutive periods").format(
                    level=code_label(profile, "warning_levels", s.warning_level), n=s.run_length
                )
            )
        else:
            why.append(change_label(profile, s.change))
    if "persistent_min" in entry:
        if s.run_length < entry["persistent_min"]:
            return None
        why.append(tr("the same level in {n} consecutive periods").format(n=s.run_length))
    return tr(", ").join(why)


def _kind_label(profile: Profile, kind: str) -> str:
    return label(profile.get(f"actions.kinds.{kind}"))


def evaluate_actions(
    rows: Sequence[dict],
    profile: Profile,
    history: Sequence[dict] = (),
    period=None,
    layer: str = "",
    history_name: str = "",
    row_ids: Optional[Sequence[str]] = None,
) -> List[UnitActions]:
    """Measures and incentives of every unit of a result (see the module
    text). Raises InputError naming the table and row of a bad code."""
    states = unit_states(rows, profile, history, period, layer, history_name, row_ids)
    return [actions_for(s, profile) for s in states]


def actions_for(s: UnitState, profile: Profile) -> UnitActions:
    measures, incentives = [], []
    for entry in profile.get("actions.measures"):
        incentive = entry["kind"] in INCENTIVE_KINDS
        why = conditions_hold(entry, s, profile, s.incentive_level if incentive else s.level)
        if why is None:
            continue
        a = Applied(
            entry["code"],
            entry["kind"],
            _kind_label(profile, entry["kind"]),
            label(entry, "text"),
            why,
            entry.get("element", ""),
            entry.get("tag", ""),
            entry.get("source", ""),
        )
        (incentives if incentive else measures).append(a)
    return UnitActions(s, measures, incentives, unit_reason(s, profile))


def driver_labels(s: UnitState, profile: Profile) -> List[Tuple[str, str]]:
    """(element, class) labels of the elements of ``s`` that are overloaded
    or critical: what drives its warning level."""
    return [
        (element_label(profile, e, s.special_type), code_label(profile, "load_classes", c))
        for e, c in s.classes.items()
        if c in ("overload", "critical")
    ]


def unit_reason(s: UnitState, profile: Profile) -> str:
    """Why the unit gets what it gets: level, type, drivers, change."""
    parts = [
        tr("Warning level {level}, {load}").format(
            level=code_label(profile, "warning_levels", s.warning_level),
            load=code_label(profile, "load_classes", s.load_type),
        )
    ]
    drivers = [tr("{element} {cls}").format(element=e, cls=c) for e, c in driver_labels(s, profile)]
    if drivers:
        parts.append(tr("elements: {items}").format(items=tr(", ").join(drivers)))
    if s.previous_period is not None:
        if s.change == "not_compared":
            parts.append(tr("not compared with {period}").format(period=s.previous_period))
        else:
            parts.append(
                tr("{change} since {period} (was {before})").format(
                    change=change_label(profile, s.change),
                    period=s.previous_period,
                    before=code_label(profile, "warning_levels", s.previous_level),
                )
            )
        if s.persistent:
            parts.append(
                tr("{level} in {n} consecutive periods").format(
                    level=code_label(profile, "warning_levels", s.warning_level), n=s.run_length
                )
            )
    else:
        parts.append(tr("no earlier period"))
    parts += s.treated
    return tr("; ").join(parts)
