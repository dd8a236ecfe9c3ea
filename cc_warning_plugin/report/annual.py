"""The annual 监测预警报告 as a :class:`~.docmodel.Document`: summary
(counts and areas by warning level and overload type, changes), the warning
and level-change maps, the units with causes, measures and rewards, the
reminders and the remediation plan, the targets attained and missed, the
monitoring network's tables (station QC, exceedance alerts, coverage gaps,
the due list — when given), the cross-check, what is unverified, and the
provenance of every part. Also the letters (书面通知 / 约谈 / 公告) as
documents. Pure Python; write with :mod:`.docmodel` (HTML, .docx) or
:mod:`.pdf` (PDF, Qt)."""

import datetime
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import pandas as pd

from ..core.actions.common import change_label, code_label
from ..core.actions.crosscheck import CrossCheck, Record, class_text
from ..core.actions.measures import UnitActions, driver_labels
from ..core.actions.reminders import Letter, Reminder, Task, code_label_status, overdue
from ..core.actions.targets import TargetStatus, status_label
from ..core.i18n import tr
from ..core.profile import Profile
from . import action_charts
from .docmodel import Bullets, Document, Heading, Image, PageBreak, Para, TableBlock, meta_lines
from .results import class_set
from .stats import class_statistics
from .tables import provenance_frame

OVERDUE_COLOR = "#fde0dd"


@dataclass
class AnnualReportInput:
    title: str
    profile: Profile
    period: object
    rows: List[dict]  # the period's result (attributes)
    actions: List[UnitActions]
    reminders: List[Reminder] = field(default_factory=list)
    plan: List[Task] = field(default_factory=list)
    targets: List[TargetStatus] = field(default_factory=list)
    cross_check: Optional[CrossCheck] = None
    consultation: List[Record] = field(default_factory=list)
    areas_m2: Dict[str, float] = field(default_factory=dict)  # unit code → area
    warning_map: Optional[bytes] = None
    change_map: Optional[bytes] = None
    maps_have_legend: bool = True  # False: plain renders, the legend is drawn beside
    monitoring: List[Tuple[str, pd.DataFrame]] = field(default_factory=list)
    organisation: str = ""
    date: Optional[datetime.date] = None
    region_names: Dict[str, str] = field(default_factory=dict)
    sources: Dict[str, str] = field(default_factory=dict)  # part → what it comes from
    provenance: List[Tuple[str, Optional[dict]]] = field(default_factory=list)


def _digits(p: Profile) -> Tuple[int, int, int]:
    r = p.get("report")
    return r["area_km2_digits"], r["share_digits"], r["index_digits"]


def _wrap(p: Profile) -> int:
    return p.get("report.wrap_width")


def _source_note(inp: AnnualReportInput, *parts: str) -> Optional[Para]:
    found = [
        os.path.basename(inp.sources[k]) or inp.sources[k] for k in parts if inp.sources.get(k)
    ]
    if not found:
        return None
    return Para(tr("Source: {sources}").format(sources=tr("; ").join(found)), "small")


def _class_table(
    inp: AnnualReportInput, set_key: str, field_name: str, caption: str
) -> Tuple[TableBlock, List[Tuple[str, str, int, Optional[float]]]]:
    p = inp.profile
    area_d, share_d, _ = _digits(p)
    cset = class_set(p, set_key)
    codes = {a.unit_code: getattr(a.state, field_name) for a in inp.actions}
    have_areas = bool(inp.areas_m2) and all(c in inp.areas_m2 for c in codes)
    st = class_statistics(
        ((v, inp.areas_m2.get(c) if have_areas else None) for c, v in codes.items()),
        cset,
        p.get("maps.unclassified_color"),
    )
    headers = (
        [tr("Class"), tr("Units")] + ([tr("Area (km²)")] if st.has_area else []) + [tr("Share (%)")]
    )
    rows, chart = [], []
    for r in st.rows:
        rows.append(
            [r.label, r.count]
            + ([round(r.area_km2, area_d)] if st.has_area else [])
            + [round(r.share, share_d)]
        )
        chart.append((r.label, r.color, r.count, r.area_km2 if st.has_area else None))
    rows.append(
        [tr("Total"), st.total_count]
        + ([round(st.total_area_km2, area_d)] if st.has_area else [])
        + [100.0]
    )
    digits = {2: area_d, 3: share_d} if st.has_area else {2: share_d}
    return TableBlock(
        caption,
        headers,
        rows,
        [r.color for r in st.rows] + [""],
        digits=digits,
        wrap_width=_wrap(p),
    ), chart


def _summary(inp: AnnualReportInput, doc: Document) -> None:
    p = inp.profile
    doc.add(Heading(tr("Summary"), 2, "summary"))
    n = len(inp.actions)
    counts = {}
    for a in inp.actions:
        counts[a.state.load_type] = counts.get(a.state.load_type, 0) + 1
    doc.add(
        Para(
            tr(
                "{n} evaluation units in period {period}: {over} overloaded, {crit} critical, "
                "{none} not overloaded."
            ).format(
                n=n,
                period=inp.period,
                over=counts.get("overload", 0),
                crit=counts.get("critical", 0),
                none=counts.get("none", 0),
            )
        )
    )
    compared = [a for a in inp.actions if a.state.previous_period is not None]
    if compared:
        ch = {}
        for a in compared:
            ch[a.state.change] = ch.get(a.state.change, 0) + 1
        doc.add(
            Para(
                tr("Compared with the previous period: {items}.").format(
                    items=tr(", ").join(f"{change_label(p, c)} {k}" for c, k in ch.items())
                )
            )
        )
    level_table, chart = _class_table(
        inp, "warning_levels", "warning_level", tr("Units and area per warning level")
    )
    doc.add(
        Image(
            tr("Units and area per warning level"),
            action_charts.level_chart(chart, tr("Warning levels"), p),
            150,
        )
    )
    doc.add(level_table)
    load_table, _ = _class_table(
        inp, "load_classes", "load_type", tr("Units and area per overload type")
    )
    doc.add(load_table)
    note = _source_note(inp, "result", "areas")
    if note:
        doc.add(note)


def _maps(inp: AnnualReportInput, doc: Document) -> None:
    p = inp.profile
    if inp.warning_map is None and inp.change_map is None:
        return
    doc.add(PageBreak(), Heading(tr("Maps"), 2, "maps"))
    for png, title, set_key in (
        (inp.warning_map, tr("Warning map"), "warning_levels"),
        (inp.change_map, tr("Change of the warning level"), "maps.change_classes"),
    ):
        if png is None:
            continue
        if not inp.maps_have_legend:
            cset = class_set(p, set_key)
            png = action_charts.map_with_legend(
                png, [(e.label, e.color) for e in cset.entries], title, p
            )
        doc.add(Image(title, png))


def unit_title(code: str, name: str) -> str:
    return tr("{name} ({code})").format(name=name, code=code) if name else code


def _units(inp: AnnualReportInput, doc: Document) -> None:
    p = inp.profile
    doc.add(PageBreak(), Heading(tr("Units: causes, measures, rewards and penalties"), 2, "units"))
    by_unit: Dict[str, List[Reminder]] = {}
    for r in inp.reminders:
        by_unit.setdefault(r.unit_code, []).append(r)
    rows, swatches = [], []
    for a in inp.actions:
        s = a.state
        drivers = tr(", ").join(e for e, _ in driver_labels(s, p))
        rows.append(
            [
                unit_title(s.unit_code, s.unit_name),
                code_label(p, "warning_levels", s.warning_level),
                code_label(p, "load_classes", s.load_type),
                drivers or "—",
                change_label(p, s.change),
                tr(", ").join(dict.fromkeys(r.kind_label for r in by_unit.get(s.unit_code, [])))
                or "—",
            ]
        )
        swatches.append(p.class_color("warning_levels", s.warning_level))
    doc.add(
        TableBlock(
            tr("Warning result per unit"),
            [
                tr("Unit"),
                tr("Warning level"),
                tr("Overload type"),
                tr("Elements causing the class"),
                tr("Change"),
                tr("Reminders"),
            ],
            rows,
            swatches,
            wrap_width=_wrap(p),
        )
    )
    for a in inp.actions:
        s = a.state
        doc.add(Heading(unit_title(s.unit_code, s.unit_name), 3))
        if s.cause:
            doc.add(Para(tr("Cause: {cause}").format(cause=s.cause)))
        doc.add(Para(tr("Measures:") if a.measures else tr("Measures: none.")))
        if a.measures:
            doc.add(Bullets([f"[{m.code}] {m.text}" for m in a.measures]))
        if a.incentives:
            doc.add(Para(tr("Rewards and penalties:")))
            doc.add(Bullets([f"[{m.code}] {m.kind_label}: {m.text}" for m in a.incentives]))
        doc.add(Para(tr("Why: {reason}").format(reason=a.reason), "small"))
    note = _source_note(inp, "result", "history", "profile")
    if note:
        doc.add(note)


def _reminders(inp: AnnualReportInput, doc: Document) -> None:
    p = inp.profile
    if not inp.reminders and not inp.plan:
        return
    doc.add(Heading(tr("Reminders and remediation"), 2, "reminders"))
    if inp.reminders:
        doc.add(
            TableBlock(
                tr("Reminders"),
                [tr("Unit"), tr("Kind"), tr("Reason"), tr("Requirement"), tr("Deadline")],
                [
                    [
                        unit_title(r.unit_code, r.unit_name),
                        r.kind_label,
                        r.why,
                        r.text,
                        r.deadline.isoformat(),
                    ]
                    for r in inp.reminders
                ],
                wrap_width=_wrap(p),
            )
        )
    if inp.plan:
        today = inp.date or datetime.date.today()
        late = {id(t) for t in overdue(inp.plan, p, today)}
        doc.add(
            TableBlock(
                tr("Remediation plan (overdue tasks highlighted, as of {date})").format(
                    date=today.isoformat()
                ),
                [
                    tr("Unit"),
                    tr("Task"),
                    tr("Responsible department"),
                    tr("Deadline"),
                    tr("Status"),
                ],
                [
                    [
                        unit_title(t.unit_code, t.unit_name),
                        t.task,
                        t.department,
                        t.deadline.isoformat(),
                        code_label_status(p, t.status)
                        + (tr(" (overdue)") if id(t) in late else ""),
                    ]
                    for t in inp.plan
                ],
                highlight=[OVERDUE_COLOR if id(t) in late else "" for t in inp.plan],
                wrap_width=_wrap(p),
            )
        )
        doc.add(Para(tr("{n} of {m} tasks are overdue.").format(n=len(late), m=len(inp.plan))))
    note = _source_note(inp, "plan")
    if note:
        doc.add(note)


def _targets(inp: AnnualReportInput, doc: Document) -> None:
    p = inp.profile
    if not inp.targets:
        return
    doc.add(PageBreak(), Heading(tr("Targets"), 2, "targets"))
    tally = {}
    for s in inp.targets:
        tally[s.status] = tally.get(s.status, 0) + 1
    doc.add(
        Para(
            tr("{n} targets: {items}.").format(
                n=len(inp.targets),
                items=tr(", ").join(f"{status_label(k)} {v}" for k, v in tally.items()),
            )
        )
    )
    png = action_charts.progress_chart(inp.targets, p, inp.region_names)
    if png:
        doc.add(Image(tr("Progress towards the targets"), png))
    rows, hl = [], []
    for s in inp.targets:
        t = s.target
        status = status_label(s.status)
        if s.status in ("on_track", "off_track") and s.projected is not None:
            status = tr("{status} (projected {value:.4g})").format(status=status, value=s.projected)
        rows.append(
            [
                f"{t.name(p)} ({t.unit(p)})",
                inp.region_names.get(t.region, t.region),
                f"{t.baseline_value:g} ({t.baseline_year})",
                ("≥ " if t.direction == "at_least" else "≤ ")
                + f"{t.target_value:g} ({t.target_year})",
                f"{s.latest.value:g} ({s.latest.year})" if s.latest else "—",
                f"{100 * s.latest.progress:.0f}"
                if s.latest and s.latest.progress is not None
                else "—",
                status,
            ]
        )
        hl.append(OVERDUE_COLOR if s.status in ("missed", "off_track") else "")
    doc.add(
        TableBlock(
            tr("Targets attained and missed"),
            [
                tr("Indicator"),
                tr("Region"),
                tr("Baseline"),
                tr("Target"),
                tr("Latest value"),
                tr("Progress (%)"),
                tr("Status"),
            ],
            rows,
            highlight=hl,
            wrap_width=_wrap(p),
        )
    )
    sources = list(dict.fromkeys(s.target.source or tr("not given") for s in inp.targets))
    doc.add(Para(tr("Target sources: {sources}").format(sources=tr("; ").join(sources)), "small"))
    for s in inp.targets:
        if s.status in ("missed", "off_track") and s.points:
            doc.add(
                Image(
                    tr("{name}: observations, target and projection").format(
                        name=action_charts.target_name(s, p, inp.region_names)
                    ),
                    action_charts.series_chart(s, p, inp.region_names),
                    110,
                )
            )
    note = _source_note(inp, "targets", "observations")
    if note:
        doc.add(note)


def _monitoring(inp: AnnualReportInput, doc: Document) -> None:
    doc.add(Heading(tr("Monitoring network"), 2, "monitoring"))
    if not inp.monitoring:
        doc.add(
            Para(
                tr(
                    "No station QC, exceedance alerts, coverage gaps or due list were given "
                    "(they come from the monitoring database)."
                ),
                "note",
            )
        )
        return
    for title, df in inp.monitoring:
        doc.add(
            TableBlock(
                title,
                [str(c) for c in df.columns],
                [
                    [v.item() if hasattr(v, "item") else v for v in r]
                    for r in df.itertuples(index=False)
                ],
                wrap_width=_wrap(inp.profile),
            )
        )
    note = _source_note(inp, "monitoring")
    if note:
        doc.add(note)


def _fmt(v) -> str:
    return "—" if v is None else (f"{v:.4g}" if isinstance(v, float) else str(v))


def cross_check_table(
    check: CrossCheck, profile: Profile, consultation: Sequence[Record] = ()
) -> TableBlock:
    """The disagreements of a cross-check with the inputs behind them and,
    when recorded, the consultation's comment and agreed value."""
    rec = {(r.unit_code, r.item): r for r in consultation}
    nd = profile.get("report.index_digits")
    rows = []
    for d in check.disagreements:
        inputs = tr("; ").join(
            f"{i.title}: {_fmt(i.county)} → {_fmt(i.city)}"
            + (f" ({i.difference:+.4g})" if i.difference is not None else "")
            for i in d.inputs
        )
        r = rec.get((d.unit_code, d.item))
        talk = ""
        if r and (r.comment or r.agreed):
            talk = (
                tr("{comment} Agreed: {agreed} ({who} {when})")
                .format(
                    comment=r.comment,
                    agreed=r.agreed or "—",
                    who=r.who,
                    when=r.when.isoformat() if r.when else "",
                )
                .replace(" ()", "")
            )
        rows.append(
            [
                unit_title(d.unit_code, d.unit_name),
                d.item_label,
                class_text(profile, d, "county")
                + (f" ({d.county_index:.{nd}f})" if d.county_index is not None else ""),
                class_text(profile, d, "city")
                + (f" ({d.city_index:.{nd}f})" if d.city_index is not None else ""),
                inputs or "—",
                talk,
            ]
        )
    return TableBlock(
        tr("Disagreements between {a} and {b}").format(a=check.county_name, b=check.city_name),
        [
            tr("Unit"),
            tr("Item"),
            check.county_name,
            check.city_name,
            tr("Differing inputs"),
            tr("Consultation"),
        ],
        rows,
        wrap_width=profile.get("report.wrap_width"),
    )


def cross_check_document(
    check: CrossCheck, profile: Profile, consultation=(), title: str = ""
) -> Document:
    """The differences report of a cross-check on its own."""
    doc = Document(
        title or tr("Cross-check of {a} and {b}").format(a=check.county_name, b=check.city_name),
        [tr("Period: {period}").format(period=check.period)],
    )
    _cross_check_blocks(check, profile, consultation, doc)
    return doc


def _cross_check_blocks(check: CrossCheck, profile: Profile, consultation, doc) -> None:
    n_items = len(check.items)
    dis = check.disagreements
    doc.add(
        Para(
            tr(
                "{units} units and {items} items compared; {d} disagree (indices within "
                "{tol} count as equal)."
            ).format(units=len(check.units()), items=n_items, d=len(dis), tol=check.tolerance)
        )
    )
    if dis:
        doc.add(cross_check_table(check, profile, consultation))
    open_items = [
        d
        for d in dis
        if not any(
            (r.unit_code, r.item) == (d.unit_code, d.item) and r.agreed for r in consultation
        )
    ]
    if dis:
        doc.add(
            Para(
                tr("{n} disagreement(s) without an agreed value yet.").format(n=len(open_items)),
                "note" if open_items else "normal",
            )
        )


def _unverified(inp: AnnualReportInput, doc: Document) -> None:
    p = inp.profile
    entries = {}
    for a in inp.actions:
        for m in a.measures + a.incentives:
            if not m.verified:
                entries[m.code] = m.tag
    for r in inp.reminders:
        if not r.verified:
            entries[r.code] = r.tag
    if not entries:
        return
    doc.add(Heading(tr("What is not verified"), 2, "unverified"))
    doc.add(
        Para(
            tr(
                "These entries of the method profile ({profile}) were applied but cite no "
                "source document yet; check them against the implementing rules before "
                "relying on them:"
            ).format(profile=p.describe()),
            "note",
        )
    )
    doc.add(
        TableBlock(
            "",
            [tr("Code"), tr("Evidence tag")],
            [[k, v] for k, v in sorted(entries.items())],
            wrap_width=_wrap(p),
        )
    )


def _provenance(inp: AnnualReportInput, doc: Document) -> None:
    p = inp.profile
    doc.add(PageBreak(), Heading(tr("Provenance"), 2, "provenance"))
    rows = [
        [tr("Method profile"), f"{p.id} {p.version}"],
        [tr("Profile file"), p.source],
        [tr("Profile SHA-256"), p.digest],
    ]
    if p.filled_sections:
        rows.append([tr("Sections taken from the built-in default"), ", ".join(p.filled_sections)])
    doc.add(TableBlock("", [tr("Item"), tr("Value")], rows, wrap_width=_wrap(p)))
    if inp.sources:
        titles = part_titles()
        doc.add(
            TableBlock(
                tr("What each part is computed from"),
                [tr("Part"), tr("Source")],
                [[titles.get(k, k), v] for k, v in inp.sources.items() if v],
                wrap_width=_wrap(p),
            )
        )
    if inp.provenance:
        df = provenance_frame(inp.provenance)
        doc.add(
            TableBlock(
                tr("Runs"),
                [str(c) for c in df.columns],
                [list(r) for r in df.itertuples(index=False)],
                wrap_width=_wrap(p),
            )
        )


def annual_title(city: str, period) -> str:
    return tr(
        "{city}{period} monitoring and early-warning report on the resource and "
        "environmental carrying capacity"
    ).format(city=city, period=period)


def public_title(city: str) -> str:
    return tr("{city} carrying-capacity monitoring and warning: public information").format(
        city=city
    )


def part_titles() -> Dict[str, str]:
    """Titles of the keys of :attr:`AnnualReportInput.sources`."""
    return {
        "result": tr("Warning result"),
        "history": tr("Warning levels of earlier periods"),
        "targets": tr("Targets"),
        "observations": tr("Target observations"),
        "cross_check": tr("County self-assessment"),
        "areas": tr("Unit boundaries (areas)"),
        "plan": tr("Remediation plan"),
        "monitoring": tr("Monitoring database"),
        "profile": tr("Method profile"),
    }


def annual_document(inp: AnnualReportInput) -> Document:
    """The annual report (see the module text)."""
    meta = meta_lines(
        inp.profile,
        inp.organisation,
        inp.date or datetime.date.today(),
        tr("Monitoring period: {period}").format(period=inp.period),
    )
    doc = Document(inp.title, meta, contents=True)
    _summary(inp, doc)
    _maps(inp, doc)
    _units(inp, doc)
    _reminders(inp, doc)
    _targets(inp, doc)
    _monitoring(inp, doc)
    if inp.cross_check is not None:
        doc.add(Heading(tr("Cross-check of the county and city results"), 2, "crosscheck"))
        _cross_check_blocks(inp.cross_check, inp.profile, inp.consultation, doc)
        note = _source_note(inp, "cross_check")
        if note:
            doc.add(note)
    _unverified(inp, doc)
    _provenance(inp, doc)
    return doc


# ---------------------------------------------------------------------------
# Letters
# ---------------------------------------------------------------------------


def letter_document(letter: Letter, profile: Profile) -> Document:
    """One county's letter: opening, a table of its units (level, causes,
    measures, reminders, deadline), closing."""
    doc = Document(letter.title)
    doc.add(Para(letter.opening))
    doc.add(
        TableBlock(
            "",
            [tr("Unit"), tr("Warning level"), tr("Cause"), tr("Deadline")],
            [
                [
                    unit_title(ln.unit_code, ln.unit_name),
                    ln.level,
                    ln.causes or "—",
                    ln.deadline.isoformat(),
                ]
                for ln in letter.lines
            ],
            swatches=[ln.level_color for ln in letter.lines],
            wrap_width=profile.get("report.wrap_width"),
        )
    )
    for ln in letter.lines:
        doc.add(Heading(unit_title(ln.unit_code, ln.unit_name), 3))
        doc.add(Para(tr("Measures:") if ln.measures else tr("Measures: none.")))
        if ln.measures:
            doc.add(Bullets(ln.measures))
        doc.add(Para(tr("Requirements:")), Bullets(ln.reminders))
    doc.add(Para(letter.closing, "right"))
    if letter.unverified:
        doc.add(
            Para(
                tr(
                    "Draft: the measures and reminder rules applied cite no source document "
                    "yet (method profile {profile}); check them before sending."
                ).format(profile=profile.describe()),
                "small",
            )
        )
    return doc


def letter_file_stem(letter: Letter) -> str:
    safe = "".join(ch for ch in letter.county_name if ch not in '\\/:*?"<>|').strip()
    return (
        f"{letter.county_code}_{safe}"
        if safe and safe != letter.county_code
        else letter.county_code
    )
