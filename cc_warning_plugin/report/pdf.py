"""PDF of a :class:`~.docmodel.Document` with Qt's own text engine
(QTextDocument printed on a QPdfWriter): part of every QGIS installation on
every platform, no browser or extra package. The Chinese font is the first
of the profile's ``maps.fonts`` installed; it is embedded in the PDF.
Qt's rich text knows a subset of HTML/CSS, so this module writes its own
HTML for it (images as document resources, tables with explicit borders).
Needs a running Qt application (QGIS, or QGuiApplication in tests)."""

import html

from qgis.PyQt.QtCore import QMarginsF, QSizeF, QUrl
from qgis.PyQt.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.profile import Profile
from ..styles.fonts import cjk_family
from .docmodel import (
    Bullets,
    Document,
    Heading,
    Image,
    PageBreak,
    Para,
    TableBlock,
    cell_text,
    is_number,
    wrapping_columns,
)
from .files import atomic_write

_PAGES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
_HEADING_PT = {1: 18, 2: 14, 3: 12, 4: 11}
#: width of the text block in document pixels (A4 minus margins at 96 dpi ≈ 640)
_TEXT_PX = 640


def _table(t: TableBlock) -> str:
    esc = html.escape
    wraps = wrapping_columns(t)
    out = []
    if t.caption:
        out.append(f'<p style="margin-top:6px; margin-bottom:2px"><b>{esc(t.caption)}</b></p>')
    out.append(
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse: collapse; border-color: #999999; font-size: 8.5pt">'
    )
    nowrap = ' style="white-space: nowrap"'
    out.append(
        "<tr>"
        + "".join(
            f'<th bgcolor="#eeeeee"{"" if w else nowrap} align="left">{esc(h)}</th>'
            for h, w in zip(t.headers, wraps)
        )
        + "</tr>"
    )
    for i, row in enumerate(t.rows):
        bg = t.highlight[i] if t.highlight and i < len(t.highlight) else ""
        cells = []
        for j, v in enumerate(row):
            text = esc(cell_text(v, (t.digits or {}).get(j)))
            if j == 0 and t.swatches and i < len(t.swatches) and t.swatches[i]:
                text = (
                    f'<span style="background-color:{esc(t.swatches[i])}">'
                    f"&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;" + text
                )
            attrs = ' align="right"' if is_number(v) else ""
            if bg:
                attrs += f' bgcolor="{esc(bg)}"'
            style = "" if wraps[j] and not is_number(v) else ' style="white-space: nowrap"'
            cells.append(f"<td{attrs}{style}>{text}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def qt_html(doc: Document, images: dict) -> str:
    """Qt rich text of the document; ``images`` is filled with name → PNG."""
    esc = html.escape
    out = [f'<h1 style="font-size:{_HEADING_PT[1]}pt">{esc(doc.title)}</h1>']
    out += [f'<p style="color:#555555">{esc(m)}</p>' for m in doc.meta]
    for b in doc.blocks:
        if isinstance(b, Heading):
            size = _HEADING_PT.get(b.level, 11)
            out.append(
                f'<h{b.level} style="font-size:{size}pt; margin-top:12px">'
                f"{esc(b.text)}</h{b.level}>"
            )
        elif isinstance(b, Para):
            style = {
                "note": "color:#7a5a00",
                "meta": "color:#555555",
                "small": "font-size:8pt; color:#555555",
                "right": "",
            }.get(b.style, "")
            align = ' align="right"' if b.style == "right" else ""
            out.append(f'<p{align} style="{style}">{esc(b.text)}</p>')
        elif isinstance(b, Bullets):
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b.items) + "</ul>")
        elif isinstance(b, TableBlock):
            out.append(_table(b))
        elif isinstance(b, Image):
            name = f"img{len(images)}"
            images[name] = b.png
            width = int(_TEXT_PX * min(1.0, b.width_mm / 170.0))
            out.append(
                f'<p align="center"><img src="{name}" width="{width}"></p>'
                f'<p align="center" style="font-size:8pt; color:#555555">'
                f"{esc(b.caption)}</p>"
            )
        elif isinstance(b, PageBreak):
            out.append('<p style="page-break-before: always"></p>')
    return "\n".join(out)


def write_pdf(path: str, doc: Document, profile: Profile) -> str:
    """Write the document as PDF (A4 or A3 by ``report.page_size``)."""
    family = cjk_family(profile)
    if family is None:
        raise InputError(
            tr(
                "No font for Chinese text is installed (the method profile's "
                "maps.fonts: {fonts}); the PDF would show empty boxes. Install "
                "one of them (Debian: fonts-wqy-microhei)."
            ).format(fonts=", ".join(profile.get("maps.fonts")))
        )
    images: dict = {}
    text = qt_html(doc, images)
    qdoc = QTextDocument()
    qdoc.setDefaultFont(QFont(family, 10))
    qdoc.setDocumentMargin(0)
    for name, png in images.items():
        img = QImage()
        img.loadFromData(png, "PNG")
        qdoc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), img)
    qdoc.setHtml(text)
    qdoc.setTextWidth(_TEXT_PX)
    page = _PAGES.get(
        profile.data.get("report", {}).get("page_size", "A4"), QPageSize.PageSizeId.A4
    )

    def write(tmp):
        writer = QPdfWriter(tmp)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(page),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        writer.setTitle(doc.title)
        writer.setCreator("cc_warning_plugin")
        # unpaginated: print() paginates with 2 cm margins and numbers the pages
        qdoc.setPageSize(QSizeF())
        qdoc.print_(writer)
        del writer  # closes the file

    return atomic_write(path, write, ".pdf")
