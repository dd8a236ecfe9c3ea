"""The evaluation report assembled from what the QGIS side gathered (rows,
views, statistics, rendered maps): the workbook sheets and the HTML
sections — overview, composite warning, each element, the process (trend),
双评价 rasters, period changes, the cause analysis per unit, provenance.
Pure Python."""

import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import pandas as pd

from ..core.i18n import tr
from ..core.profile import Profile
from . import action_charts, charts, tables
from .docmodel import meta_lines
from .html import Section, Table, render
from .results import View, class_set, unit_summary
from .stats import Change, ClassStats


@dataclass
class RasterPart:
    """A 双评价 class raster in the report."""

    name: str
    view: View
    stats: ClassStats
    map_png: Optional[bytes] = None


@dataclass
class ReportInput:
    title: str
    profile: Profile
    result_name: str = ""
    rows: List[dict] = field(default_factory=list)
    views: List[View] = field(default_factory=list)
    stats: Dict[str, ClassStats] = field(default_factory=dict)  # view key → stats
    maps: Dict[str, bytes] = field(default_factory=dict)  # view key → PNG
    # view key (or "change", or "raster-<i>") → the print layout's PNG of that map
    layout_maps: Dict[str, bytes] = field(default_factory=dict)
    rasters: List[RasterPart] = field(default_factory=list)
    changes: Optional[List[Change]] = None
    change_layers: Tuple[str, str] = ("", "")
    change_set_key: str = "warning_levels"
    change_stats: Optional[ClassStats] = None
    change_map: Optional[bytes] = None
    organisation: str = ""
    year: Optional[int] = None
    provenance: List[Tuple[str, Optional[dict]]] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    date: Optional[datetime.date] = None


def _digits(profile: Profile) -> Tuple[int, int]:
    """(area km², share %) decimals of the report (``report`` section)."""
    return profile.get("report.area_km2_digits"), profile.get("report.share_digits")


def _table(caption: str, df: pd.DataFrame, profile: Profile, colours=None, digits=None) -> Table:
    return Table(caption, df, colours, digits, profile.get("report.wrap_width"))


def _stats_table(caption: str, stats: ClassStats, profile: Profile) -> Table:
    area, share = _digits(profile)
    return _table(
        caption,
        tables.stats_frame(stats, area, share),
        profile,
        [r.color for r in stats.rows] + [""],
        tables.stats_digits(stats, area, share),
    )


def _map(
    inp: "ReportInput",
    key: str,
    png: bytes,
    set_key: str,
    title: str,
    stats: Optional[ClassStats] = None,
) -> bytes:
    """The layout's map image of a view when the caller gave one (legend,
    scale bar, north arrow); else the plain render with its legend and a
    north arrow drawn beside it."""
    if key in inp.layout_maps:
        return inp.layout_maps[key]
    if stats is not None:
        entries = [(r.label, r.color) for r in stats.rows if r.count]
    else:
        cset = class_set(inp.profile, set_key)
        entries = [(e.label, e.color) for e in cset.entries]
    return action_charts.map_with_legend(png, entries, title, inp.profile)


def _chart(fig) -> Optional[bytes]:
    return charts.png_bytes(fig) if fig is not None else None


def _names(rows: Sequence[dict]) -> Dict[str, str]:
    code, name = tables._unit_fields(rows)
    if not code:
        return {}
    return {tables._text(r.get(code)): tables._text(r.get(name)) if name else "" for r in rows}


def workbook_sheets(inp: ReportInput) -> List[Tuple[str, pd.DataFrame]]:
    """The workbook: the composite, one sheet per element, the trend, the
    class statistics, 双评价 rasters, changes and provenance."""
    p = inp.profile
    sheets = []
    if inp.rows and inp.views:
        if any(v.key in ("warning", "load") for v in inp.views):
            sheets.append(
                (tr("Composite evaluation"), tables.composite_frame(inp.rows, inp.views, p))
            )
        for v in inp.views:
            if v.key in ("land", "water", "env", "eco", "special"):
                sheets.append((v.title, tables.element_frame(inp.rows, v, p)))
        trend = tables.trend_frame(inp.rows, inp.views, p)
        if trend is not None:
            sheets.append((tr("Process evaluation"), trend))
        stat_frames = []
        for v in inp.views:
            if v.key in inp.stats:
                df = tables.stats_frame(inp.stats[v.key], *_digits(p))
                df.insert(0, tr("Classification"), v.title)
                stat_frames.append(df)
        if stat_frames:
            sheets.append((tr("Class statistics"), pd.concat(stat_frames, ignore_index=True)))
    for part in inp.rasters:
        df = tables.stats_frame(part.stats, *_digits(p))
        sheets.append((part.name, df))
    if inp.changes is not None:
        cset = class_set(p, inp.change_set_key)
        sheets.append(
            (
                tr("Period changes"),
                tables.changes_frame(
                    inp.changes,
                    cset,
                    class_set(p, "maps.change_classes"),
                    _names(inp.rows),
                    *inp.change_layers,
                ),
            )
        )
    sheets.append((tr("Provenance"), tables.provenance_frame(inp.provenance)))
    return sheets


def _cause_section(inp: ReportInput) -> Optional[Section]:
    if not inp.rows or not inp.views:
        return None
    sec = Section(tr("Cause analysis per unit"), "causes")
    for row in inp.rows:
        s = unit_summary(row, inp.views, inp.profile)
        sub = Section(
            " ".join(x for x in (s.name, s.code) if x) or tr("Unit"), f"unit-{s.code or id(row)}"
        )
        if s.cause:
            sub.paragraphs.append(tr("Cause: {cause}").format(cause=s.cause))
        data = {tr("Item"): [], tr("Class"): [], tr("Index"): [], tr("Note"): []}
        colours = []
        for line in s.lines:
            data[tr("Item")].append(line.title)
            data[tr("Class")].append(line.class_label)
            data[tr("Index")].append(line.index)
            data[tr("Note")].append(line.note)
            colours.append(line.color)
        sub.tables.append(_table("", pd.DataFrame(data), inp.profile, colours))
        if s.trend_components:
            sub.tables.append(
                Table(
                    tr("Trend components (annual change rates, %)"),
                    pd.DataFrame(
                        {
                            tr("Item"): [t for t, _ in s.trend_components],
                            tr("Value"): [v for _, v in s.trend_components],
                        }
                    ),
                )
            )
        sec.subsections.append(sub)
    return sec


def html_report(inp: ReportInput) -> str:
    p = inp.profile
    year = [tr("Evaluation year: {year}").format(year=inp.year)] if inp.year else []
    meta = meta_lines(p, inp.organisation, inp.date or datetime.date.today(), *year)
    sections = []

    if inp.rows and inp.views:
        overview = Section(tr("Overview"), "overview")
        overview.paragraphs.append(
            tr("{n} evaluation units in '{layer}'.").format(n=len(inp.rows), layer=inp.result_name)
        )
        overview.notes += inp.notes
        sections.append(overview)
        for v in inp.views:
            sec = Section(v.title, f"view-{v.key}")
            st = inp.stats.get(v.key)
            if v.key in inp.maps:
                sec.images.append(
                    (
                        tr("Map: {title}").format(title=v.title),
                        _map(inp, v.key, inp.maps[v.key], v.set_key, v.title, st),
                    )
                )
            if st is not None:
                if st.unknown:
                    sec.notes.append(
                        tr(
                            "{n} unit(s) hold class codes the method profile does not know "
                            "({codes}); they are drawn grey and counted as unclassified."
                        ).format(n=st.unclassified_count, codes=", ".join(sorted(st.unknown)))
                    )
                png = _chart(
                    charts.class_chart(
                        st, tr("Class distribution: {title}").format(title=v.title), p, "bar"
                    )
                )
                sec.images.append((tr("Class distribution: {title}").format(title=v.title), png))
                sec.tables.append(_stats_table(tr("Units and area per class"), st, p))
            if v.key in ("land", "water", "env", "eco", "special"):
                sec.tables.append(
                    _table(
                        tr("Index, class and note per unit"),
                        tables.element_frame(inp.rows, v, p),
                        p,
                    )
                )
            if v.key == "trend":
                tf = tables.trend_frame(inp.rows, inp.views, p)
                png = _chart(charts.trend_chart(inp.rows, p))
                if png:
                    sec.images.append((tr("Trend components"), png))
                if tf is not None:
                    sec.tables.append(_table(tr("Trend components per unit"), tf, p))
            if v.key == "warning":
                sec.tables.append(
                    _table(
                        tr("Composite result per unit"),
                        tables.composite_frame(inp.rows, inp.views, p),
                        p,
                    )
                )
            sections.append(sec)
        idx_png = _chart(charts.index_chart(inp.rows, inp.views, p))
        if idx_png:
            sec = Section(tr("Element indices per unit"), "indices")
            sec.images.append((tr("Element indices per unit"), idx_png))
            sections.append(sec)

    for i, part in enumerate(inp.rasters):
        sec = Section(part.name, f"raster-{i + 1}")
        if part.map_png:
            sec.images.append(
                (
                    tr("Map: {title}").format(title=part.name),
                    _map(
                        inp,
                        f"raster-{i + 1}",
                        part.map_png,
                        part.view.set_key,
                        part.name,
                        part.stats,
                    ),
                )
            )
        if part.stats.unknown:
            sec.notes.append(
                tr(
                    "{n} cell(s) hold values the class set does not know ({codes}); "
                    "they are counted as unclassified."
                ).format(
                    n=part.stats.unclassified_count, codes=", ".join(sorted(part.stats.unknown))
                )
            )
        sec.images.append(
            (
                tr("Class distribution: {title}").format(title=part.name),
                _chart(charts.class_chart(part.stats, part.name, p, "bar")),
            )
        )
        sec.tables.append(_stats_table(tr("Cells and area per class"), part.stats, p))
        sections.append(sec)

    if inp.changes is not None:
        sec = Section(tr("Change between periods"), "changes")
        if inp.change_map:
            sec.images.append(
                (
                    tr("Map: change of the warning level"),
                    _map(
                        inp,
                        "change",
                        inp.change_map,
                        "maps.change_classes",
                        tr("Change of the warning level"),
                        inp.change_stats,
                    ),
                )
            )
        if inp.change_stats is not None:
            sec.tables.append(_stats_table(tr("Units per change"), inp.change_stats, p))
        sec.tables.append(
            _table(
                tr("Change per unit"),
                tables.changes_frame(
                    inp.changes,
                    class_set(p, inp.change_set_key),
                    class_set(p, "maps.change_classes"),
                    _names(inp.rows),
                    *inp.change_layers,
                ),
                p,
            )
        )
        sections.append(sec)

    causes = _cause_section(inp)
    if causes is not None:
        sections.append(causes)

    prov = Section(tr("Provenance"), "provenance")
    prov.paragraphs.append(
        tr("Method profile {id} {version} ({source}).").format(
            id=p.id, version=p.version, source=p.source
        )
    )
    prov.tables.append(_table("", tables.provenance_frame(inp.provenance), p))
    sections.append(prov)
    return render(inp.title, meta, sections, tr("Contents"))
