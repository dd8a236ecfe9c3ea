"""Writing a :class:`~.docmodel.Document` as HTML, PDF and Word, and the
letters of a period into a folder. Every output path is checked (and Word's
python-docx looked for) before anything is written."""

import os
from typing import Dict, List, Optional, Sequence

from ..core.actions.reminders import Letter
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.profile import Profile
from .annual import letter_document, letter_file_stem
from .docmodel import Document, docx_available, docx_missing_message, write_docx, write_html
from .files import check_writable

FORMATS = ("html", "pdf", "docx")


def _font(profile: Profile) -> str:
    return profile.get("maps.fonts")[0]


def write_document(
    doc: Document,
    profile: Profile,
    html: Optional[str] = None,
    pdf: Optional[str] = None,
    docx: Optional[str] = None,
) -> Dict[str, str]:
    """Write the outputs given (format → path written). The PDF needs a
    running Qt application (QGIS)."""
    if not (html or pdf or docx):
        raise InputError(tr("Nothing to do: give an HTML, PDF or Word output."))
    for path, ext in ((html, (".html", ".htm")), (pdf, (".pdf",)), (docx, (".docx",))):
        if path:
            check_writable(path, ext)
    if docx and not docx_available():
        raise InputError(docx_missing_message())
    out = {}
    if html:
        out["html"] = write_html(html, doc)
    if pdf:
        from .pdf import write_pdf

        out["pdf"] = write_pdf(pdf, doc, profile)
    if docx:
        out["docx"] = write_docx(docx, doc, _font(profile))
    return out


def write_letters(
    folder: str,
    letters: Sequence[Letter],
    profile: Profile,
    formats: Sequence[str] = ("html", "pdf"),
) -> List[str]:
    """One file per letter and format in ``folder`` (created if missing):
    ``<county code>_<county name>.<ext>``."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InputError(
            tr("Unknown letter format(s) {names}: use {known}.").format(
                names=", ".join(unknown), known=", ".join(FORMATS)
            )
        )
    if "docx" in formats and not docx_available():
        raise InputError(docx_missing_message())
    parent = os.path.dirname(os.path.abspath(folder))
    if not os.path.isdir(parent):
        raise InputError(
            tr("Cannot write {path}: the folder {folder} does not exist.").format(
                path=folder, folder=parent
            )
        )
    os.makedirs(folder, exist_ok=True)
    written = []
    for letter in letters:
        stem = os.path.join(folder, letter_file_stem(letter))
        paths = {f: f"{stem}.{f}" for f in formats}
        res = write_document(
            letter_document(letter, profile),
            profile,
            paths.get("html"),
            paths.get("pdf"),
            paths.get("docx"),
        )
        written += list(res.values())
    return written
