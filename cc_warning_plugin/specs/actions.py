"""Specs of the algorithms of the monitoring and warning mechanism (监测预警机制):
what follows from a 2016-method result — the measures and 奖惩 of each
unit, reminders with their letters and the remediation plan, the tracking
of numeric targets, the cross-check of a county's self-assessment against
the city's evaluation (协同校验, 纵向会商) and the annual 监测预警报告 with its
public edition.

Every rule (the measures catalogue, treated-as rules, reminder rules and
deadlines, task templates, target directions, tolerances, rounding, what the
public edition leaves out) is read from the method profile's ``[actions]``,
``[targets]``, ``[cross_check]`` and ``[report]`` sections by the specs'
``rules`` functions, each with the tag of its entry (docs/actions.md)."""

from typing import List

from ..core.i18n import label, tr, translated
from .base import N_, Param, Rule
from .factories import group_spec, reported_numbers
from .maps import TEMPLATE_KEYS, TEMPLATE_LABELS
from .shared import (
    COUNTY_BOUNDARIES,
    INVALID_GEOMETRY,
    PROFILE,
    PROVENANCE,
    RESULT_2016,
    UNITS_2016,
    table_file,
)
from .texts import class_label, num, section_rule, tag_of

#: a spec of this group, documented on its page
actions_spec = group_spec("actions", "actions.md")
DATE_HELP = N_("Written YYYY-MM-DD (e.g. 2026-03-01). Empty: today.")

# -- parameters shared by the algorithms of this group ---------------------------------
#: a result of the 2016 method, read as its units are (one feature or row per unit code)
RESULT = UNITS_2016.but(
    label=N_("Warning result (2016 method)"),
    help=N_(
        "A result of carrying_capacity_2016 or integrated_warning: one feature or row per "
        "unit with its unit code (行政区划代码), warning_level and load_type as the evaluation "
        "writes them (codes, not labels), and, when present, the element classes (land_class, "
        "water_class, env_class, eco_class, special_class), trend_type, the cause and the year "
        "(trend_eval_year)."
    ),
)
PERIOD = Param(
    "PERIOD",
    "integer",
    N_("Period (year) of the result (0 = its year field)"),
    N_(
        "The year the result belongs to. 0: read from the result's year field (年份 or "
        "trend_eval_year); give it when the result has none. A year that contradicts the "
        "year field is refused."
    ),
    default=0,
    minimum=0,
    maximum=2200,
)
HISTORY = Param(
    "HISTORY",
    "table",
    N_("Warning levels of earlier periods (table, optional)"),
    N_(
        "One row per unit and earlier period: the unit code, the period (year) and "
        "warning_level, optionally load_type (codes as the evaluation writes them). From the "
        "monitoring database or kept by hand (CSV, xlsx sheet). It gives the level change and "
        "how long a level has persisted."
    ),
    optional=True,
    fields=("unit_code",),
)
EARLIER = Param(
    "EARLIER",
    "layers",
    N_("Earlier results (optional)"),
    N_(
        "Results of earlier periods of the same units, each with its year field; read like "
        "rows of the history table. A period given both here and in the history table is "
        "refused."
    ),
    optional=True,
    layer_type="vector",
)
ISSUE_DATE = Param("ISSUE_DATE", "string", N_("Issue date (YYYY-MM-DD)"), DATE_HELP, optional=True)
ORG = Param(
    "ORG",
    "string",
    N_("编制单位 (issued by)"),
    N_("The authority issuing the letters and the report (e.g. 示范市自然资源和规划局)."),
    optional=True,
)
REGION_NAMES = Param(
    "REGION_NAMES",
    "table",
    N_("Names of counties and regions (optional)"),
    N_(
        "A layer or table with the unit code (行政区划代码) and the name (名称) of the counties "
        "the letters are addressed to and of the regions the targets are set for, e.g. the "
        "county boundaries. Without it a letter is addressed by the name of the unit whose "
        "code is the county code, else by the code."
    ),
    optional=True,
    fields=("unit_code",),
)
FORMAT_VALUES = ("html", "pdf", "docx")
FORMATS = Param(
    "FORMATS",
    "enum",
    N_("Letter formats"),
    N_(
        "Word (.docx) needs python-docx (Debian: python3-docx); asked for without it, the run "
        "stops before anything is written, saying how to install it."
    ),
    options=(N_("HTML"), N_("PDF"), N_("Word (.docx)")),
    option_values=FORMAT_VALUES,
    multiple=True,
    default=[0, 1],
)
TARGETS = Param(
    "TARGETS",
    "file",
    N_("Targets table (xlsx, csv or toml)"),
    N_(
        "One row per target: 指标 (indicator), 区域 (region or unit code), 基准年, 基准值, 目标年, "
        "目标值, 方向 (不低于 / 不高于) and 来源. A .toml file holds [[target]] tables with the "
        "same keys. Indicators are those of the method profile's [targets.indicators]."
    ),
)
OBSERVATIONS = Param(
    "OBSERVATIONS",
    "file",
    N_("Observations (xlsx or csv)"),
    N_("A long table: 区域, 指标, 年份, 数值 — one row per region, indicator and year."),
)


# -- sentences of the rules ------------------------------------------------------------
def _labels(profile, set_name: str, codes) -> str:
    return " / ".join(class_label(profile, set_name, c) for c in codes)


def _change_labels(profile, codes) -> str:
    node = profile.get("maps.change_classes")
    names = []
    for c in codes:
        if c == "persistent":
            names.append(
                tr("persistent ({levels} in consecutive periods)").format(
                    levels=_labels(
                        profile, "warning_levels", profile.get("actions.persistent_levels")
                    )
                )
            )
        else:
            names.append(label(node[c]) if isinstance(node.get(c), dict) else c)
    return " / ".join(names)


_ELEMENT_KEYS = {
    "land": "elements.land",
    "water": "elements.water",
    "env": "elements.environment",
    "eco": "elements.ecology",
}


def _element(profile, prefix: str) -> str:
    if prefix in _ELEMENT_KEYS:
        return label(profile.get(_ELEMENT_KEYS[prefix]), "name")
    return tr("Special evaluation")


#: the conditions of an entry that name classes of a class set, in the order they
#: are said: entry key → (phrase, class set)
_CLASS_CONDITIONS = {
    "levels": (N_("warning level {classes}"), "warning_levels"),
    "load_types": (N_("overload type {classes}"), "load_classes"),
    "trend_types": (N_("depletion trend {classes}"), "trend_types"),
}


def conditions(profile, entry: dict) -> str:
    """The conditions of a catalogue entry, reminder rule or task as one
    phrase ("warning level 红色 and 土地资源 超载")."""
    parts = [
        translated(phrase).format(classes=_labels(profile, set_name, entry[key]))
        for key, (phrase, set_name) in _CLASS_CONDITIONS.items()
        if key in entry
    ]
    if "element" in entry:
        parts.append(
            tr("{element} {classes}").format(
                element=_element(profile, entry["element"]),
                classes=_labels(profile, "load_classes", entry["element_classes"]),
            )
        )
    if "changes" in entry:
        parts.append(
            tr("change {changes}").format(changes=_change_labels(profile, entry["changes"]))
        )
    if "persistent_min" in entry:
        parts.append(
            tr("the same level in at least {n} consecutive periods").format(
                n=entry["persistent_min"]
            )
        )
    return tr(" and ").join(parts)


def change_rules(profile) -> List[Rule]:
    levels = [
        class_label(profile, "warning_levels", c)
        for c in profile.class_codes("warning_levels")
        if c not in profile.get("maps.unranked")
    ]
    return [
        Rule(
            tr(
                "Level change against the latest earlier period, ranked most severe first: "
                "{levels}."
            ).format(levels=" → ".join(levels)),
            tag_of(profile, "warning_levels"),
        ),
        Rule(
            tr("Persistent: the level is unchanged and one of {levels}.").format(
                levels=_labels(profile, "warning_levels", profile.get("actions.persistent_levels"))
            ),
            tag_of(profile, "actions"),
        ),
    ]


def treat_as_rules(profile) -> List[Rule]:
    out = []
    for rule in profile.get("actions.treat_as"):
        scope = (
            tr("for every measure and reminder")
            if rule["scope"] == "all"
            else tr("for rewards and penalties only")
        )
        out.append(
            Rule(
                tr("Overload type {before} → {after}: treated as {level} ({scope}).").format(
                    before=_labels(profile, "load_classes", rule["from_load"]),
                    after=_labels(profile, "load_classes", rule["to_load"]),
                    level=class_label(profile, "warning_levels", rule["level"]),
                    scope=scope,
                ),
                rule.get("tag", ""),
            )
        )
    return out


def _entry_rule(profile, entry: dict, kinds: str, sentence: str, **more) -> Rule:
    """A catalogue entry or reminder rule as ``sentence``: its code, its kind
    (named in the profile section ``kinds``), conditions and text."""
    return Rule(
        sentence.format(
            code=entry["code"],
            kind=label(profile.get(f"{kinds}.{entry['kind']}")),
            conditions=conditions(profile, entry),
            text=label(entry, "text"),
            **more,
        ),
        entry.get("tag", ""),
    )


def measure_rules(profile) -> List[Rule]:
    out = change_rules(profile) + treat_as_rules(profile)
    for e in profile.get("actions.measures"):
        out.append(
            _entry_rule(profile, e, "actions.kinds", tr("{code} ({kind}): {conditions} → {text}"))
        )
    return out


def reminder_rules(profile) -> List[Rule]:
    out = change_rules(profile) + treat_as_rules(profile)
    for r in profile.get("actions.reminders.rules"):
        out.append(
            _entry_rule(
                profile,
                r,
                "actions.reminders.kinds",
                tr("{code} ({kind}, within {days} days): {conditions} → {text}"),
                days=r["deadline_days"],
            )
        )
    letters = profile.get("actions.reminders.letters")
    digits = letters["group_digits"]
    out.append(
        Rule(
            tr(
                "One letter per county: units grouped by the first {n} digits of their code; the "
                "letter's kind is the strongest of its reminders, its deadline the earliest."
            ).format(n=digits)
            if digits
            else tr(
                "One letter per unit; its kind is the strongest of its "
                "reminders, its deadline the earliest."
            ),
            letters.get("tag", ""),
        )
    )
    for t in profile.get("actions.remediation.tasks"):
        out.append(
            Rule(
                tr(
                    "Remediation task: {conditions} → {task} ({department}, due {months} "
                    "months after the issue date)"
                ).format(
                    conditions=conditions(profile, t),
                    task=label(t, "task"),
                    department=label(t, "department"),
                    months=t["months"],
                ),
                t.get("tag", ""),
            )
        )
    statuses = profile.get("actions.remediation.statuses")
    out.append(
        Rule(
            tr(
                "Task statuses: {statuses}; done: {done}. A task not done after its "
                "deadline is overdue."
            ).format(
                statuses=tr(", ").join(label(v) for v in statuses.values()),
                done=tr(", ").join(
                    label(statuses[c]) for c in profile.get("actions.remediation.done")
                ),
            ),
            tag_of(profile, "actions.remediation"),
        )
    )
    return out


def target_rules(profile) -> List[Rule]:
    tag = tag_of(profile, "targets")
    d = profile.get("targets.directions")
    items = profile.get("targets.indicators")
    return [
        Rule(
            tr("Direction 'at least' is written {at_least}; 'at most' {at_most}.").format(
                at_least=tr(", ").join(d["at_least"]), at_most=tr(", ").join(d["at_most"])
            ),
            tag,
        ),
        Rule(
            tr("Indicators: {items}.").format(
                items=tr("; ").join(f"{label(v, 'name')} ({v['unit']})" for v in items.values())
            ),
            tag,
        ),
        Rule(
            tr(
                "A value attains the target when it is at least (at most) the target value, "
                "compared at {n} significant digits; progress = (value − baseline) / (target − "
                "baseline)."
            ).format(n=profile.precision),
            tag,
        ),
        Rule(
            tr(
                "Status: attained or missed by the first observation in or after the target "
                "year; before it attained when already met, else on track or off track by the "
                "least-squares line through the baseline and the observations, projected to "
                "the target year; no data without observations."
            ),
            tag,
        ),
    ]


def cross_check_rules(profile) -> List[Rule]:
    c = profile.get("cross_check")
    return [
        section_rule(
            N_(
                "An item disagrees when the classes differ or the indices differ by more "
                "than {index_tolerance}."
            ),
            c,
        ),
        section_rule(
            N_(
                "An input indicator differs when the two values differ by more than "
                "{input_rel_tolerance} % (relative), when texts differ, or when only one side "
                "has a value."
            ),
            c,
            input_rel_tolerance=num(round(100 * c["input_rel_tolerance"], 10)),
        ),
        section_rule(N_("Indices are quoted with {index_digits} decimals."), profile.get("report")),
    ]


#: what the public edition may show or must leave out (report.public codes)
PUBLIC_ITEM_LABELS = {
    "warning_level": N_("warning level"),
    "load_type": N_("overload type"),
    "trend_type": N_("depletion trend"),
    "cause_elements": N_("the elements causing it"),
    "cause_text": N_("the cause text"),
    "measures": N_("measures"),
    "incentives": N_("rewards and penalties"),
    "reminders": N_("reminders"),
    "indicator_values": N_("raw indicator values"),
    "indices": N_("indices"),
    "draft_results": N_("draft results"),
    "consultation": N_("会商 comments"),
    "remediation": N_("remediation plans"),
}


def _items(codes) -> str:
    return tr(", ").join(translated(PUBLIC_ITEM_LABELS.get(c, c)) for c in codes)


def report_rules(profile) -> List[Rule]:
    r = profile.get("report")
    pub = r["public"]
    return measure_rules(profile) + [
        section_rule(
            N_(
                "Areas in km² with {area_km2_digits} decimals, shares in % with "
                "{share_digits} decimals, indices with {index_digits} decimals; table columns "
                "wider than {wrap_width} characters wrap; page {page_size}."
            ),
            r,
            page_size=r.get("page_size", "A4"),
        ),
        Rule(
            tr("The public edition shows {items}; it never shows {internal}.").format(
                items=_items(pub["items"]), internal=_items(pub["internal"])
            ),
            pub.get("tag", ""),
        ),
        Rule(
            tr(
                "Units whose field {fields} holds {values} are drafts: drawn grey as not yet "
                "published, without a page."
            ).format(
                fields=" / ".join(pub["draft_fields"]), values=" / ".join(pub["draft_values"])
            ),
            pub.get("tag", ""),
        ),
    ]


def _shown_table(name, label_n, help_n):
    """A table of the monitoring database the annual report shows as it is."""
    return Param(name, "table", label_n, help_n, optional=True, advanced=True)


def _report_files(html_label, pdf_label, pdf_by_default=True):
    """OUTPUT_HTML and OUTPUT_PDF: the same report as a web page and as a PDF."""
    return (
        Param(
            "OUTPUT_HTML", "file_out", html_label, file_filter=N_("HTML (*.html)"), optional=True
        ),
        Param(
            "OUTPUT_PDF",
            "file_out",
            pdf_label,
            file_filter="PDF (*.pdf)",
            optional=True,
            create_by_default=pdf_by_default,
        ),
    )


# -- the algorithms ---------------------------------------------------------------------
UNIT_MEASURES = actions_spec(
    id="unit_measures",
    name=N_("Measures and rewards/penalties per unit (管控措施与奖惩)"),
    summary=N_(
        "Works out what follows from a warning result for each unit: the control "
        "measures that apply (by element class, overload type, warning level and level "
        "change), the rewards, penalties and 生态补偿 (by the level change and how long a "
        "level has persisted), and the reason (level, type, the elements causing it, "
        "the change, a treated-as rule). Earlier results or a history table give the "
        "level change; without them every unit is 'not compared'. The catalogue is the "
        "method profile's [actions]; an entry without a cited source is flagged as "
        "unverified."
    ),
    params=(
        RESULT,
        PERIOD,
        HISTORY,
        EARLIER,
        PROFILE,
        RESULT_2016.but(label=N_("Measures and rewards/penalties per unit"), style="warning_level"),
    ),
    outputs=(PROVENANCE,),
    rules=measure_rules,
    notes=(
        N_(
            "The output keeps the result's features and fields and adds the fields below; "
            "it is styled by the warning level. The annual report and the letters list the "
            "same measures."
        ),
    ),
    result_fields=(
        ("act_period", N_("the period of the result")),
        ("act_prev_period", N_("the latest earlier period of the unit (empty: none)")),
        ("act_prev_level", N_("its warning level then")),
        ("act_change", N_("raised, lowered, unchanged or not_compared")),
        ("act_change_label", N_("the change as the profile names it")),
        (
            "act_persistent",
            N_("1 when the level persists (unchanged and one of the persistent levels)"),
        ),
        ("act_run_length", N_("consecutive periods at this level, this one included")),
        ("act_level", N_("the level the unit is treated as (after treated-as rules)")),
        ("act_measure_codes", N_("codes of the control measures, comma-separated")),
        ("act_measures", N_("the control measures' texts")),
        ("act_incentive_codes", N_("codes of the rewards, penalties and compensation")),
        ("act_incentives", N_("their texts, each with its kind")),
        ("act_reason", N_("why: level, type, elements, change, treated-as")),
        ("act_unverified", N_("1 when an applied entry cites no source document")),
    ),
)

WARNING_REMINDERS = actions_spec(
    id="warning_reminders",
    name=N_("Reminders, letters and remediation plan (预警提醒与治理工作方案)"),
    summary=N_(
        "Decides which units get a written notice (书面通知), an interview (约谈) or a "
        "public notice (公告) by the method profile's reminder rules, with the deadline "
        "counted from the issue date; writes one letter per county (HTML, PDF, Word) "
        "listing its units with level, cause, measures, requirements and deadline; and "
        "proposes the remediation plan (治理工作方案): the profile's tasks per unit with "
        "the responsible department, the deadline and the status, as a table to keep "
        "and update."
    ),
    params=(
        RESULT,
        PERIOD,
        HISTORY,
        EARLIER,
        ISSUE_DATE,
        ORG,
        REGION_NAMES,
        FORMATS,
        PROFILE,
        Param(
            "OUTPUT", "sink", N_("Reminders"), N_("One row per unit and reminder."), geometry="any"
        ),
        Param(
            "LETTERS",
            "folder_out",
            N_("Letters (folder)"),
            N_(
                "One file per county and format: <county code>_<name>.html / .pdf / "
                ".docx. Files of the same name are replaced, others kept."
            ),
        ),
        table_file(
            "PLAN",
            N_("Remediation plan (xlsx or csv)"),
            N_(
                "行政区划代码, 评价单元名称, 任务, 责任部门, 完成时限, 状态, 完成日期, 备注: "
                "fill in the status as the work goes on; the annual report reads it back "
                "and highlights overdue tasks."
            ),
            create_by_default=True,
        ),
    ),
    outputs=reported_numbers(("LETTER_COUNT", N_("Letters"))),
    rules=reminder_rules,
    notes=(
        N_(
            "Each letter ends with a line saying it is a draft while a rule it applies cites "
            "no source document."
        ),
    ),
    result_fields=(
        ("rem_key", N_("<unit code>/<rule code>")),
        ("行政区划代码", N_("the unit code")),
        ("unit_name", N_("the unit name")),
        ("rem_code", N_("the code of the reminder rule")),
        ("rem_kind", N_("notice, interview or public")),
        ("rem_kind_label", N_("the kind as the profile names it")),
        ("requirement", N_("what the unit is asked to do")),
        ("reason", N_("why the rule applies")),
        ("issued", N_("the issue date")),
        ("deadline", N_("the deadline")),
        ("unverified", N_("1 when the rule cites no source document")),
    ),
)

TARGET_TRACKING = actions_spec(
    id="target_tracking",
    name=N_("Target tracking (目标完成情况)"),
    summary=N_(
        "Tracks numeric targets (indicator, region, baseline year and value, target year "
        "and value, direction) against observations: per target the latest value, "
        "whether it attains the target, the progress from the baseline as a share of the "
        "way to the target, and the status — attained, missed, on track or off track by "
        "linear projection to the target year, or no data. Charts: the progress bars of "
        "all targets and, per target, its time series with the target line and the "
        "projection."
    ),
    params=(
        TARGETS,
        OBSERVATIONS,
        Param(
            "AS_OF",
            "integer",
            N_("As of year (0 = every observation)"),
            N_("Observations after this year are left out, as in a report of that year."),
            default=0,
            minimum=0,
            maximum=2200,
        ),
        REGION_NAMES,
        PROFILE,
        Param("OUTPUT", "sink", N_("Target attainment"), N_("One row per target."), geometry="any"),
        Param(
            "OUTPUT_YEARS",
            "sink",
            N_("Attainment per target and year (optional)"),
            N_("One row per target and observed year after the baseline."),
            geometry="any",
            optional=True,
            create_by_default=False,
        ),
        Param(
            "CHARTS",
            "folder_out",
            N_("Charts (folder, optional)"),
            N_(
                "progress.png and one series_<indicator>_<region>_<target year>.png per "
                "target with observations."
            ),
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=reported_numbers(
        ("ATTAINED", N_("Targets attained")),
        ("MISSED", N_("Targets missed")),
        ("ON_TRACK", N_("Targets on track")),
        ("OFF_TRACK", N_("Targets off track")),
    ),
    rules=target_rules,
    notes=(
        N_(
            "A target year not after the baseline year, an unknown indicator or direction, "
            "or a repeated target or observation stops the run, naming the row."
        ),
    ),
    result_fields=(
        ("indicator", N_("the indicator key of the profile")),
        ("indicator_name", N_("its name")),
        ("unit", N_("its unit")),
        ("region", N_("the region or unit code")),
        ("region_name", N_("its name")),
        ("baseline_year", N_("baseline year")),
        ("baseline_value", N_("baseline value")),
        ("target_year", N_("target year")),
        ("target_value", N_("target value")),
        ("direction", N_("at_least or at_most")),
        ("latest_year", N_("the latest observed year used")),
        ("latest_value", N_("its value")),
        ("attained", N_("1 when the latest value attains the target, 0 when not")),
        ("progress", N_("(latest − baseline) / (target − baseline); 1 = the whole way")),
        ("status", N_("attained, missed, on_track, off_track or no_data")),
        ("status_label", N_("the status in words")),
        ("projected", N_("the least-squares line at the target year")),
        ("slope", N_("its slope per year")),
        ("source", N_("where the target comes from")),
        ("note", N_("notes (e.g. no observation in the target year)")),
    ),
)

CROSS_CHECK = actions_spec(
    id="cross_check",
    name=N_("County–city cross-check (县市评价结果协同校验)"),
    summary=N_(
        "Compares a county's self-assessment with the city's evaluation of the same "
        "units and period (协同校验, 纵向会商): per unit the four elements and the special "
        "evaluation (index and class), the overload type, the depletion trend and the "
        "warning level. For every disagreement it lists the input indicators that "
        "differ and by how much, so that the consultation discusses data, not "
        "conclusions. Writes the differences table, the consultation record (会商记录) "
        "to fill in and a report of the differences."
    ),
    params=(
        Param(
            "COUNTY",
            "vector",
            N_("County self-assessment (result)"),
            N_(
                "The county's own 2016-method result (layer or table) with the unit code and "
                "the class fields (and indices where computed)."
            ),
            fields=("unit_code",),
        ),
        Param(
            "CITY",
            "vector",
            N_("City evaluation (result)"),
            N_("The city's result of the same period."),
            fields=("unit_code",),
        ),
        Param(
            "COUNTY_ONLY",
            "bool",
            N_("Compare only the county's units"),
            N_(
                "On (default): the city's units that the county's result does not hold are "
                "left out (a county assesses its own units). Off: both results must hold the "
                "same units. A county unit the city's result lacks always stops the run."
            ),
            default=True,
        ),
        Param(
            "COUNTY_INPUTS",
            "table",
            N_("County's indicator table (optional)"),
            N_(
                "The indicators the county used, joined on the unit code: the differing "
                "inputs are read from here and from the intermediate fields both results "
                "carry (land_l0, water_r_total …)."
            ),
            optional=True,
            fields=("unit_code",),
        ),
        Param(
            "CITY_INPUTS",
            "table",
            N_("City's indicator table (optional)"),
            N_("The indicators the city used."),
            optional=True,
            fields=("unit_code",),
        ),
        Param(
            "CONSULTATION",
            "file",
            N_("Consultation record so far (xlsx or csv, optional)"),
            N_(
                "A consultation record written earlier and filled in (会商意见, 商定结果, "
                "参会人员, 会商日期): its entries are shown in the report and kept in the new "
                "record. A row naming a unit or item that is not a disagreement stops the "
                "run."
            ),
            optional=True,
        ),
        Param(
            "COUNTY_NAME",
            "string",
            N_("Name of the county's side"),
            N_("Empty: 县级自评 (County self-assessment)."),
            optional=True,
        ),
        Param(
            "CITY_NAME",
            "string",
            N_("Name of the city's side"),
            N_("Empty: 市级评价 (City evaluation)."),
            optional=True,
        ),
        PROFILE,
        Param(
            "OUTPUT",
            "sink",
            N_("Differences"),
            N_("One row per unit and item compared."),
            geometry="any",
        ),
        table_file(
            "OUTPUT_CONSULTATION",
            N_("Consultation record (xlsx or csv)"),
            N_(
                "One row per disagreement, with the values, the differing inputs and empty "
                "columns for the comment, the agreed value, who and when."
            ),
            create_by_default=True,
        ),
    )
    + _report_files(
        N_("Differences report (HTML)"),
        N_("Differences report (PDF, optional)"),
        pdf_by_default=False,
    ),
    outputs=reported_numbers(("DISAGREEMENTS", N_("Disagreements"))),
    rules=cross_check_rules,
    notes=(
        N_(
            "Two results of different periods, or with different units, stop the run with a "
            "message listing them; nothing is written."
        ),
    ),
    result_fields=(
        ("check_key", N_("<unit code>/<item>, the key of the consultation record")),
        ("行政区划代码", N_("the unit code")),
        ("unit_name", N_("the unit name")),
        ("item", N_("land, water, env, eco, special, load, trend or warning")),
        ("item_label", N_("the item's name")),
        ("county_class", N_("the county's class")),
        ("city_class", N_("the city's class")),
        ("county_index", N_("the county's index")),
        ("city_index", N_("the city's index")),
        ("index_diff", N_("city − county")),
        ("agrees", N_("1 when the item agrees within the tolerances")),
        ("inputs", N_("the differing inputs: county → city (difference)")),
    ),
)

ANNUAL_REPORT = actions_spec(
    id="annual_report",
    name=N_("Annual monitoring and warning report (年度监测预警报告)"),
    summary=N_(
        "Writes the annual 监测预警报告 of a period as HTML, PDF and Word: the summary "
        "(units and area by warning level and overload type, changes), the warning map "
        "and the level-change map on the print layout (legend, scale bar, north arrow), "
        "the units with causes, measures, rewards and penalties, the reminders and the "
        "remediation plan (overdue tasks highlighted), the targets attained and missed "
        "with charts, the monitoring network's tables when given, the county–city "
        "cross-check, what is unverified, and the provenance of every part. Optionally "
        "also the public edition for the government website: a self-contained folder "
        "of static pages (index with a clickable SVG map, one page per unit), without "
        "anything the method profile marks as internal."
    ),
    params=(
        RESULT.but(label=N_("Warning result (2016 method, unit polygons)"), geometry="polygon"),
        PERIOD,
        HISTORY,
        EARLIER,
        Param(
            "PLAN",
            "file",
            N_("Remediation plan (xlsx or csv, optional)"),
            N_(
                "The plan written by warning_reminders and kept up to date; without it the "
                "report shows the plan proposed by the profile's tasks."
            ),
            optional=True,
        ),
        TARGETS.but(optional=True),
        OBSERVATIONS.but(optional=True),
        Param(
            "COUNTY_RESULT",
            "vector",
            N_("County self-assessment for the cross-check (optional)"),
            N_(
                "A county's own result of the same period: compared with this result on the "
                "county's units."
            ),
            optional=True,
            fields=("unit_code",),
        ),
        Param(
            "CONSULTATION",
            "file",
            N_("Consultation record (xlsx or csv, optional)"),
            N_("The filled-in consultation record of the cross-check."),
            optional=True,
        ),
        _shown_table(
            "QC_TABLE",
            N_("Station quality control (table, optional)"),
            N_(
                "Findings of the station quality control from the monitoring database; shown "
                "as a table."
            ),
        ),
        _shown_table(
            "ALERTS_TABLE",
            N_("Exceedance alerts (table, optional)"),
            N_("Exceedance alerts from the monitoring database; shown as a table."),
        ),
        _shown_table(
            "COVERAGE_TABLE",
            N_("Station-coverage gaps (table, optional)"),
            N_("Units without the stations they need; shown as a table."),
        ),
        _shown_table(
            "DUE_TABLE",
            N_("Evaluations due (table, optional)"),
            N_("The due list of the evaluation cadence; shown as a table."),
        ),
        COUNTY_BOUNDARIES,
        Param(
            "TEMPLATE",
            "enum",
            N_("Map page"),
            N_("The layout the two maps are drawn on."),
            default=2,
            options=TEMPLATE_LABELS,
            option_values=TEMPLATE_KEYS,
        ),
        Param(
            "MAP_DPI",
            "integer",
            N_("Map resolution (dpi)"),
            N_("Resolution of the map images in the report."),
            default=150,
            minimum=72,
            maximum=600,
            advanced=True,
        ),
        Param(
            "CITY",
            "string",
            N_("City (report title)"),
            N_("The name of the city or region the report is about (示范市)."),
            optional=True,
        ),
        Param(
            "CITY_CODE",
            "string",
            N_("Code of the city in the targets table"),
            N_(
                "The region code of targets set for the whole city, named by the city's name "
                "in the report."
            ),
            optional=True,
        ),
        ORG,
        ISSUE_DATE,
        REGION_NAMES,
        PROFILE,
        INVALID_GEOMETRY,
    )
    + _report_files(N_("Report (HTML)"), N_("Report (PDF)"))
    + (
        Param(
            "OUTPUT_DOCX",
            "file_out",
            N_("Report (Word .docx, optional)"),
            N_(
                "Needs python-docx (Debian: python3-docx); asked for without it, the run "
                "stops before anything is written."
            ),
            file_filter=N_("Word document (*.docx)"),
            optional=True,
            create_by_default=False,
        ),
        Param(
            "PUBLIC",
            "folder_out",
            N_("Public edition (folder, optional)"),
            N_(
                "index.html, style.css and units/<code>.html; no script, no web font, nothing "
                "fetched from anywhere. A folder holding other files is refused."
            ),
            optional=True,
            create_by_default=False,
        ),
    ),
    outputs=(PROVENANCE,),
    rules=report_rules,
    notes=(
        N_(
            "The maps are laid out on the chosen page with the result styled by the "
            "profile's colours; the level-change map needs an earlier period (history or "
            "earlier results). Areas come from the unit polygons: planar in a projected CRS, "
            "ellipsoidal in a geographic one."
        ),
        N_(
            "Every input is checked before anything is written: a bad row of the history, "
            "the targets, the observations, the plan or the consultation record stops the "
            "run naming the row."
        ),
    ),
)
