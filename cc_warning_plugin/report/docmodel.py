"""A small document model shared by the letters and the annual report, and
its renderers that need no Qt: standalone HTML (images embedded, styles
inline, opens offline) and Word .docx through python-docx (Debian's
``python3-docx``; optional: a clear message where it is missing). The PDF
renderer (Qt) is in :mod:`.pdf`. Pure Python."""

import base64
import datetime
import html
import io
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple, Union

from ..core.errors import InputError
from ..core.i18n import language, tr
from .files import atomic_write, write_text


@dataclass
class Heading:
    text: str
    level: int = 2
    anchor: str = ""


@dataclass
class Para:
    text: str
    style: str = "normal"  # normal | note | meta | small | right


@dataclass
class Bullets:
    items: List[str]


@dataclass
class TableBlock:
    """A table: headers, rows of cell values, and how to show them."""

    caption: str
    headers: List[str]
    rows: List[List[object]]
    swatches: Optional[List[str]] = None  # a colour swatch in the first cell of each row
    highlight: Optional[List[str]] = None  # a background colour per row ("" = none)
    digits: Optional[dict] = None  # column index → decimals
    wrap_width: int = 24  # columns wider than this wrap, others do not


@dataclass
class Image:
    caption: str
    png: bytes
    width_mm: float = 165.0


@dataclass
class PageBreak:
    pass


Block = Union[Heading, Para, Bullets, TableBlock, Image, PageBreak]


@dataclass
class Document:
    title: str
    meta: List[str] = field(default_factory=list)
    blocks: List[Block] = field(default_factory=list)
    contents: bool = False  # a table of contents from the level-2 headings

    def add(self, *blocks: Block) -> "Document":
        self.blocks.extend(blocks)
        return self


def meta_lines(profile, organisation: str, when: datetime.date, *period: str) -> List[str]:
    """The lines under a report's title: who prepared it, the date, the
    ``period`` lines given, and the method profile."""
    meta = []
    if organisation:
        meta.append(tr("Prepared by: {org}").format(org=organisation))
    meta.append(tr("Date: {date}").format(date=when.isoformat()))
    meta.extend(period)
    meta.append(
        tr("Method profile: {name} ({id} {version})").format(
            name=profile.name, id=profile.id, version=profile.version
        )
    )
    return meta


# ---------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------


def text_width(value) -> int:
    """Display width of a text (a CJK character counts 2)."""
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def cell_text(value, digits: Optional[int] = None) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, float):
        return f"{value:.{digits}f}" if digits is not None else f"{value:.6g}"
    if isinstance(value, int) and digits is not None:
        return f"{value:.{digits}f}"
    return str(value)


def wrapping_columns(t: TableBlock) -> List[bool]:
    """Which columns may wrap: those whose longest text (or header word) is
    wider than the table's ``wrap_width``."""
    out = []
    for j in range(len(t.headers)):
        widths = [text_width(cell_text(r[j], (t.digits or {}).get(j))) for r in t.rows]
        out.append(max(widths + [0]) > t.wrap_width)
    return out


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# ---------------------------------------------------------------------------
# HTML (for a browser; the Qt PDF renderer uses its own subset)
# ---------------------------------------------------------------------------

CSS = """
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei",
       "PingFang SC", "SimHei", sans-serif; margin: 2em auto; max-width: 1100px;
       color: #222; line-height: 1.5; padding: 0 1em; }
h1 { font-size: 1.7em; border-bottom: 2px solid #b2182b; padding-bottom: .3em; }
h2 { font-size: 1.3em; margin-top: 2em; border-left: 5px solid #b2182b; padding-left: .5em; }
h3 { font-size: 1.1em; margin-top: 1.4em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; font-size: .9em; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
th, td { border: 1px solid #bbb; padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nw { white-space: nowrap; }
td.wrap { min-width: 14em; }
span.swatch { display: inline-block; width: 1.1em; height: .9em; margin-right: .4em;
              border: 1px solid #777; vertical-align: middle; }
figure { margin: 1em 0; }
figure img { max-width: 100%; border: 1px solid #ddd; }
figcaption { font-size: .9em; color: #555; }
.meta { color: #555; margin: .2em 0; }
.note { background: #fff8e1; border: 1px solid #f0d58c; padding: .5em .8em; }
.small { font-size: .85em; color: #555; }
.right { text-align: right; }
nav ol { columns: 2; }
@media print { .pagebreak { page-break-before: always; } }
"""


def _table_html(t: TableBlock) -> str:
    esc = html.escape
    wraps = wrapping_columns(t)
    head = "".join(f"<th>{esc(h)}</th>" for h in t.headers)
    body = []
    for i, row in enumerate(t.rows):
        cells = []
        for j, v in enumerate(row):
            text = esc(cell_text(v, (t.digits or {}).get(j)))
            cls = "num" if is_number(v) else ("wrap" if wraps[j] else "nw")
            if j == 0 and t.swatches and i < len(t.swatches) and t.swatches[i]:
                text = (
                    f'<span class="swatch" style="background:{esc(t.swatches[i])}"></span>' + text
                )
            cells.append(f'<td class="{cls}">{text}</td>')
        style = ""
        if t.highlight and i < len(t.highlight) and t.highlight[i]:
            style = f' style="background:{esc(t.highlight[i])}"'
        body.append(f"<tr{style}>" + "".join(cells) + "</tr>")
    cap = f"<caption>{esc(t.caption)}</caption>" if t.caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def html_page(title: str, css: str, body: Sequence[str]) -> str:
    """A standalone HTML page in the interface language: ``title`` (also its
    heading), the style sheet ``css`` inline, then the lines of ``body``."""
    esc = html.escape
    lang = "zh-CN" if language() == "zh" else "en"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{css}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    return "\n".join(head + list(body) + ["</body></html>"])


def figure_html(caption: str, png: bytes) -> str:
    """An image embedded as a data URI, with its caption."""
    esc = html.escape
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<figure><img alt="{esc(caption)}" src="data:image/png;base64,{data}">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )


def to_html(doc: Document) -> str:
    esc = html.escape
    out = [f'<p class="meta">{esc(m)}</p>' for m in doc.meta]
    if doc.contents:
        toc = [b for b in doc.blocks if isinstance(b, Heading) and b.level == 2 and b.anchor]
        out.append(
            f"<nav><h2>{esc(tr('Contents'))}</h2><ol>"
            + "".join(f'<li><a href="#{esc(b.anchor)}">{esc(b.text)}</a></li>' for b in toc)
            + "</ol></nav>"
        )
    for b in doc.blocks:
        if isinstance(b, Heading):
            anchor = f' id="{esc(b.anchor)}"' if b.anchor else ""
            out.append(f"<h{b.level}{anchor}>{esc(b.text)}</h{b.level}>")
        elif isinstance(b, Para):
            cls = "" if b.style == "normal" else f' class="{b.style}"'
            out.append(f"<p{cls}>{esc(b.text)}</p>")
        elif isinstance(b, Bullets):
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b.items) + "</ul>")
        elif isinstance(b, TableBlock):
            out.append(_table_html(b))
        elif isinstance(b, Image):
            out.append(figure_html(b.caption, b.png))
        elif isinstance(b, PageBreak):
            out.append('<div class="pagebreak"></div>')
    return html_page(doc.title, CSS, out)


def write_html(path: str, doc: Document) -> str:
    return write_text(path, to_html(doc), ".html")


# ---------------------------------------------------------------------------
# Word .docx (optional python-docx)
# ---------------------------------------------------------------------------


def docx_available() -> bool:
    try:
        import docx  # noqa: F401
    except ImportError:
        return False
    return True


def docx_missing_message() -> str:
    return tr(
        "Word output needs the python-docx package, which is not installed here. On "
        "Debian/Ubuntu install python3-docx (apt install python3-docx); elsewhere run "
        "'pip install python-docx' in the Python that QGIS uses. The HTML and PDF "
        "outputs do not need it."
    )


def write_docx(path: str, doc: Document, font: str = "") -> str:
    """The document as Word .docx; :class:`InputError` with an install hint
    when python-docx is missing (checked before anything is written)."""
    if not docx_available():
        raise InputError(docx_missing_message())
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for m in ("left_margin", "right_margin"):
        setattr(section, m, Mm(20))
    normal = d.styles["Normal"]
    normal.font.size = Pt(10.5)
    if font:
        for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
            st = d.styles[name]
            st.font.name = font
            rpr = st.element.get_or_add_rPr()
            rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    d.add_heading(doc.title, level=0)
    for m in doc.meta:
        p = d.add_paragraph(m)
        p.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for b in doc.blocks:
        if isinstance(b, Heading):
            d.add_heading(b.text, level=min(b.level - 1, 4) or 1)
        elif isinstance(b, Para):
            p = d.add_paragraph(b.text)
            if b.style in ("small", "meta", "note") and p.runs:
                p.runs[0].font.size = Pt(9)
            if b.style == "right":
                p.alignment = 2
        elif isinstance(b, Bullets):
            for x in b.items:
                d.add_paragraph(x, style="List Bullet")
        elif isinstance(b, TableBlock):
            if b.caption:
                cap = d.add_paragraph(b.caption)
                cap.runs[0].bold = True
            table = d.add_table(rows=1, cols=len(b.headers))
            table.style = "Table Grid"
            for j, h in enumerate(b.headers):
                table.rows[0].cells[j].text = h
                for r in table.rows[0].cells[j].paragraphs[0].runs:
                    r.bold = True
            for i, row in enumerate(b.rows):
                cells = table.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = cell_text(v, (b.digits or {}).get(j))
                    colour = (b.highlight[i] if b.highlight and i < len(b.highlight) else "") or (
                        b.swatches[i] if j == 0 and b.swatches and i < len(b.swatches) else ""
                    )
                    if colour:
                        _shade(cells[j], colour, qn)
        elif isinstance(b, Image):
            d.add_picture(io.BytesIO(b.png), width=Mm(min(b.width_mm, 170)))
            cap = d.add_paragraph(b.caption)
            cap.runs[0].font.size = Pt(9)
        elif isinstance(b, PageBreak):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return atomic_write(path, lambda tmp: d.save(tmp), ".docx")


def _shade(cell, colour: str, qn) -> None:
    from docx.oxml import OxmlElement

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour.lstrip("#")[:6])
    cell._tc.get_or_add_tcPr().append(shd)


def legend_rows(entries: Sequence[Tuple[str, str]]) -> TableBlock:
    """A legend as a table of swatches: [(label, colour)]."""
    return TableBlock(
        tr("Legend"), [tr("Class")], [[lab] for lab, _ in entries], swatches=[c for _, c in entries]
    )
