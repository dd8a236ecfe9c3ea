"""The HTML evaluation report: one self-contained file (images embedded as
data URIs, styles inline) that opens offline in any browser. Pure Python."""

import html
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import pandas as pd

from .docmodel import figure_html, html_page, text_width
from .files import write_text

CSS = """
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei",
       "PingFang SC", "SimHei", sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; line-height: 1.5; }
h1 { font-size: 1.7em; border-bottom: 2px solid #b2182b; padding-bottom: .3em; }
h2 { font-size: 1.3em; margin-top: 2em; border-left: 5px solid #b2182b;
     padding-left: .5em; }
h3 { font-size: 1.1em; margin-top: 1.4em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; font-size: .9em; }
th, td { border: 1px solid #bbb; padding: .25em .6em; text-align: left;
         vertical-align: top; }
th { background: #f0f0f0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nw, th.nw { white-space: nowrap; }
td.wrap { min-width: 16em; }
span.swatch { display: inline-block; width: 1.1em; height: .9em; margin-right: .4em;
              border: 1px solid #777; vertical-align: middle; }
figure { margin: 1em 0; }
figure img { max-width: 100%; border: 1px solid #ddd; }
figcaption { font-size: .9em; color: #555; }
.meta { color: #555; }
.note { background: #fff8e1; border: 1px solid #f0d58c; padding: .5em .8em; }
nav ol { columns: 2; }
"""


@dataclass
class Table:
    caption: str
    frame: pd.DataFrame
    colours: Optional[List[str]] = None  # one swatch colour per row (first column)
    digits: Optional[Dict[str, int]] = None  # column → decimals printed
    wrap_width: int = 24  # columns whose text is wider may wrap


def wrapping(t: Table) -> List[bool]:
    """Per column: may its text wrap? Only columns with a text wider than
    ``wrap_width`` (a CJK character counts 2) — codes, names, classes and
    numbers keep their natural width, long cause texts wrap."""
    return [
        max([text_width(v) for v in t.frame[c].tolist()] + [0]) > t.wrap_width
        for c in t.frame.columns
    ]


@dataclass
class Section:
    title: str
    anchor: str
    paragraphs: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    images: List[Tuple[str, bytes]] = field(default_factory=list)  # (caption, PNG)
    tables: List[Table] = field(default_factory=list)
    subsections: List["Section"] = field(default_factory=list)


def _cell(value, digits: Optional[int] = None, wrap: bool = False) -> str:
    cls = "wrap" if wrap else "nw"
    if value is None or (isinstance(value, float) and value != value):
        return "<td></td>"
    if isinstance(value, bool):
        return f'<td class="{cls}">{html.escape(str(value))}</td>'
    if isinstance(value, int) and digits is None:
        return f'<td class="num">{value}</td>'
    if isinstance(value, (int, float)):
        text = f"{value:.{digits}f}" if digits is not None else f"{value:.6g}"
        return f'<td class="num">{text}</td>'
    return f'<td class="{cls}">{html.escape(str(value))}</td>'


def table_html(t: Table) -> str:
    df = t.frame
    wraps = wrapping(t)
    digits = [(t.digits or {}).get(c) for c in df.columns]
    head = "".join(
        f"<th{'' if w else ' class=nw'}>{html.escape(str(c))}</th>"
        for c, w in zip(df.columns, wraps)
    )
    body = []
    for i, row in enumerate(df.itertuples(index=False)):
        cells = [
            _cell(v.item() if hasattr(v, "item") else v, d, w)
            for v, d, w in zip(row, digits, wraps)
        ]
        if t.colours and i < len(t.colours) and t.colours[i] and cells:
            swatch = f'<span class="swatch" style="background:{html.escape(t.colours[i])}"></span>'
            cells[0] = cells[0].replace(">", ">" + swatch, 1)
        body.append("<tr>" + "".join(cells) + "</tr>")
    cap = f"<caption>{html.escape(t.caption)}</caption>" if t.caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _section(s: Section, level: int = 2) -> str:
    out = [f'<section id="{html.escape(s.anchor)}"><h{level}>{html.escape(s.title)}</h{level}>']
    out += [f"<p>{html.escape(p)}</p>" for p in s.paragraphs]
    out += [f'<p class="note">{html.escape(n)}</p>' for n in s.notes]
    out += [figure_html(c, png) for c, png in s.images]
    out += [table_html(t) for t in s.tables]
    out += [_section(sub, min(6, level + 1)) for sub in s.subsections]
    out.append("</section>")
    return "\n".join(out)


def render(
    title: str, meta: Sequence[str], sections: Sequence[Section], contents_title: str
) -> str:
    toc = "".join(
        f'<li><a href="#{html.escape(s.anchor)}">{html.escape(s.title)}</a></li>' for s in sections
    )
    parts = [
        "".join(f'<p class="meta">{html.escape(m)}</p>' for m in meta),
        f"<nav><h2>{html.escape(contents_title)}</h2><ol>{toc}</ol></nav>",
    ]
    parts += [_section(s) for s in sections]
    return html_page(title, CSS, parts)


def write_html(path: str, text: str) -> str:
    return write_text(path, text, ".html")


def unit_summary_html(summary, heading: str, cause_title: str, components_title: str) -> str:
    """The identify panel's text for one unit (a :class:`UnitSummary`)."""
    esc = html.escape
    out = [f"<h3>{esc(heading)}</h3>", "<table>"]
    for line in summary.lines:
        swatch = (
            (f'<span style="background:{esc(line.color)}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;')
            if line.color
            else ""
        )
        index = ""
        if line.index is not None:
            index = f"<br><small>{esc(line.index_title)} = {line.index:.4g}</small>"
        note = f"<br><small>{esc(line.note)}</small>" if line.note else ""
        out.append(
            f"<tr><td><b>{esc(line.title)}</b></td><td>{swatch}"
            f"{esc(line.class_label)}{index}{note}</td></tr>"
        )
    out.append("</table>")
    if summary.trend_components:
        out.append(f"<p><b>{esc(components_title)}</b></p><table>")
        for title, value in summary.trend_components:
            v = "" if value is None else f"{value:.4g}"
            out.append(f"<tr><td>{esc(title)}</td><td>{v}</td></tr>")
        out.append("</table>")
    if summary.cause:
        out.append(f"<p><b>{esc(cause_title)}</b> {esc(summary.cause)}</p>")
    return "\n".join(out)
