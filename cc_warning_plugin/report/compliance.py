"""The report of the 符合性分析 of one project site (生态环境分区管控符合性分析
报告) as a :class:`~.docmodel.Document`: the conclusion and the clauses that
gave it, a map of the site over the control units and the 三区三线, the units
touched, the 三区三线 overlaps, the warning result of the counties, every
applicable clause with its verdict and reason, the notes, the list's name,
version and date, and the provenance. Without a list there is no verdict and
the report says so. Rendered by :func:`docmodel.write_html` and
:func:`pdf.write_pdf`. Pure Python."""

import re
from typing import List, Optional, Sequence, Tuple

from ..core.i18n import label, tr
from ..core.zoning.compliance import THREE_LINES, ComplianceResult, SiteResult
from .docmodel import Bullets, Document, Heading, Image, Para, TableBlock


def report_stem(site_id: str) -> str:
    """The file name (without extension) of a site's report: its id with
    characters a file name cannot hold replaced."""
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", str(site_id)).strip("._")
    return stem or "site"


def report_title(site: SiteResult) -> str:
    name = site.name or site.fid
    return tr(
        "{name}: conformity with the environmental zoning control (生态环境分区管控符合性分析)"
    ).format(name=name)


def conclusion_text(site: SiteResult, result: ComplianceResult) -> str:
    """The overall conclusion of a site in one sentence."""
    cfg = result.config
    if result.access_list is None:
        return tr("No access list was given: no verdict is given (缺少官方清单时不判断符合性).")
    if site.overall is None:
        return tr("No clause of the list applies to the site: no verdict.")
    return tr("Overall conclusion: {verdict}, given by clause(s) {causes}.").format(
        verdict=cfg.verdict_label(site.overall, None), causes=", ".join(site.causes)
    )


def _pct(share: Optional[float]) -> str:
    return "" if share is None else f"{100 * share:.1f} %"


def units_table(site: SiteResult, result: ComplianceResult) -> TableBlock:
    cfg = result.config
    rows, swatches = [], []
    for p in site.pieces:
        u = p.unit
        rows.append(
            [
                cfg.class_label(u.cls, None) if u.cls else "",
                u.code,
                u.name,
                u.county,
                round(p.area_m2, 1),
                _pct(p.share),
            ]
        )
        swatches.append(cfg.class_color(u.cls) if u.cls else "")
    if site.outside_m2 > 0:
        rows.append(
            [
                tr("outside every unit"),
                "",
                "",
                "",
                round(site.outside_m2, 1),
                _pct(site.outside_m2 / site.area_m2 if site.area_m2 else None),
            ]
        )
        swatches.append("")
    return TableBlock(
        tr("Control units touched by the site"),
        [
            tr("Unit class"),
            tr("Control unit code"),
            tr("Unit name"),
            tr("County"),
            tr("Area (m²)"),
            tr("Share of the site"),
        ],
        rows,
        swatches=swatches,
        digits={4: 1},
    )


def lines_table(site: SiteResult, result: ComplianceResult) -> TableBlock:
    cfg = result.config
    rows = []
    for key in THREE_LINES:
        ov = site.lines.get(key)
        if ov is None:
            rows.append([cfg.layer_label(key), None, tr("layer not given")])
        else:
            rows.append([cfg.layer_label(key), round(ov[0], 1), _pct(ov[1])])
    return TableBlock(
        tr("三区三线: the site's area in each layer"),
        [tr("Layer"), tr("Area (m²)"), tr("Share of the site")],
        rows,
        digits={1: 1},
    )


def counties_table(site: SiteResult) -> TableBlock:
    rows = [
        [
            c["county"],
            _pct(c["share"]),
            c["warning_level"] or tr("not given"),
            c["load_type"] or tr("not given"),
        ]
        for c in site.counties
    ]
    return TableBlock(
        tr("Warning result of the counties"),
        [tr("County"), tr("Share of the site"), tr("Warning level"), tr("Overload type")],
        rows,
    )


def clauses_table(site: SiteResult, result: ComplianceResult) -> TableBlock:
    cfg = result.config
    rows, swatches = [], []
    for v in site.verdicts:
        c = v.clause
        rows.append(
            [
                cfg.verdict_label(v.verdict, None),
                c.id,
                _scope(c, cfg),
                cfg.dimension_label(c.dimension, None),
                c.text,
                c.condition_text or tr("(text only)"),
                v.reason,
            ]
        )
        swatches.append(cfg.data["verdicts"][v.verdict]["color"])
    return TableBlock(
        tr("Clauses of the access list that apply to the site"),
        [
            tr("Verdict"),
            tr("Clause"),
            tr("Scope"),
            tr("Dimension"),
            tr("Requirement"),
            tr("Condition"),
            tr("Reason"),
        ],
        rows,
        swatches=swatches,
        wrap_width=20,
    )


def _scope(c, cfg) -> str:
    if c.scope_kind == "overall":
        return cfg.overall_scope_words[0]
    if c.scope_kind == "class":
        return cfg.class_label(c.scope, None)
    return c.scope


def site_document(
    site: SiteResult,
    result: ComplianceResult,
    profile,
    map_png: Optional[bytes],
    date: str,
    attributes: Sequence[Tuple[str, str]] = (),
    provenance: Optional[dict] = None,
) -> Document:
    """The report of one site. ``attributes``: (name, value) of the project
    shown under its title; ``provenance``: the run's record."""
    cfg = result.config
    doc = Document(report_title(site))
    al = result.access_list
    doc.meta.append(
        tr("Project {id}").format(id=site.fid) + (f" · {site.name}" if site.name else "")
    )
    if al is not None:
        doc.meta.append(
            tr("Access list: {name}; version {version}; date {date}").format(
                name=al.name or al.source,
                version=al.version or tr("not given"),
                date=al.date or tr("not given"),
            )
        )
    else:
        doc.meta.append(tr("Access list: none given"))
    doc.meta.append(
        tr("Method profile {id} {version} · report of {date}").format(
            id=profile.id, version=profile.version, date=date
        )
    )

    doc.add(Heading(tr("Conclusion"), 2, "conclusion"))
    style = "note" if al is None or site.overall in (None, "mismatch", "undetermined") else "normal"
    doc.add(Para(conclusion_text(site, result), style))
    if al is not None and site.overall is not None:
        doc.add(
            TableBlock(
                "",
                [tr("Conclusion"), tr("Clauses")],
                [[cfg.verdict_label(site.overall, None), ", ".join(site.causes)]],
                swatches=[cfg.data["verdicts"][site.overall]["color"]],
            )
        )
    if attributes:
        doc.add(
            TableBlock(
                tr("Project attributes"),
                [tr("Attribute"), tr("Value")],
                [[k, v] for k, v in attributes],
            )
        )
    doc.add(
        Para(
            tr("Site area {area:.1f} m² ({ha:.4f} ha).").format(
                area=site.area_m2, ha=site.area_m2 / 10000.0
            )
        )
    )

    if map_png:
        doc.add(Heading(tr("Map of the site"), 2, "map"))
        doc.add(
            Image(tr("The site (black outline) over the control units and the 三区三线"), map_png)
        )
        entries = [(cfg.class_label(c, None), cfg.class_color(c)) for c in cfg.classes]
        for key in THREE_LINES:
            style_ = profile.get(f"maps.basemap.{key}")
            entries.append((label(style_), style_["fill"] or style_["stroke"]))
        doc.add(
            TableBlock(
                tr("Legend"),
                [tr("Unit class or layer")],
                [[name] for name, _ in entries],
                swatches=[colour for _, colour in entries],
            )
        )

    doc.add(Heading(tr("Control units"), 2, "units"))
    if site.pieces:
        doc.add(units_table(site, result))
    else:
        doc.add(Para(tr("The site lies outside every control unit given."), "note"))
    doc.add(Heading(tr("三区三线"), 2, "lines"))
    doc.add(lines_table(site, result))
    doc.add(Heading(tr("Warning result of the counties"), 2, "counties"))
    if site.counties:
        doc.add(counties_table(site))
    else:
        doc.add(Para(tr("The site lies in no county of the units."), "note"))

    doc.add(Heading(tr("Clauses"), 2, "clauses"))
    if al is None:
        doc.add(
            Para(
                tr(
                    "No access list was given, so no clause is judged: a conformity "
                    "verdict needs the official list (缺少官方清单时不判断符合性)."
                ),
                "note",
            )
        )
    elif site.verdicts:
        doc.add(clauses_table(site, result))
        doc.add(
            Para(
                tr(
                    "Verdicts, worst first: {order}. A clause without a machine condition, "
                    "or whose project attribute or layer is missing, is {undetermined}: a "
                    "person must judge it."
                ).format(
                    order=" > ".join(cfg.verdict_label(v, None) for v in cfg.verdicts),
                    undetermined=cfg.verdict_label("undetermined", None),
                ),
                "small",
            )
        )
    else:
        doc.add(Para(tr("No clause of the list applies to the site."), "note"))

    notes: List[str] = list(site.notes)
    if notes:
        doc.add(Heading(tr("Notes"), 2, "notes"))
        doc.add(Bullets(notes))
    doc.add(Heading(tr("Provenance"), 2, "provenance"))
    lines = [
        tr(
            "Algorithm cc_warning:zoning_compliance, method profile {id} {version} ({source})."
        ).format(id=profile.id, version=profile.version, source=profile.source)
    ]
    if provenance:
        lines.append(
            tr("Run of {time}; inputs: {inputs}.").format(
                time=provenance.get("time", ""),
                inputs="; ".join(f"{k}: {v}" for k, v in (provenance.get("inputs") or {}).items()),
            )
        )
    doc.add(Para(" ".join(lines), "small"))
    return doc
