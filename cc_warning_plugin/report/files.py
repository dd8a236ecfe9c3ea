"""Writing output files safely: check the path before any work, write to a
temporary file beside the output, then rename it (nothing half-written,
nothing overwritten by a failed run). Pure Python."""

import os
import uuid
from typing import Callable

from ..core.errors import InputError
from ..core.i18n import tr
from ..core.outputs import folder_problem


def check_writable(path: str, extensions=()) -> None:
    """Raise :class:`InputError` when ``path`` cannot be written (or has
    another extension than ``extensions``), before any work is done. A
    missing folder is fine when it can be created (it is, when written)."""
    if not path:
        raise InputError(tr("No output path given."))
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise InputError(tr("Output {path} is a folder. Give a file name.").format(path=path))
    if extensions and not path.lower().endswith(tuple(extensions)):
        raise InputError(
            tr("Output {path} must end in {ext}.").format(path=path, ext=" / ".join(extensions))
        )
    problem = folder_problem(folder)
    if problem is not None:
        raise InputError(
            tr(
                "Cannot write {path}: {place} cannot be written to ({reason}). "
                "Choose another output path."
            ).format(path=path, place=problem[0], reason=problem[1])
        )
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise InputError(
            tr(
                "Cannot write {path}: no permission to write there. Choose another output path."
            ).format(path=path)
        )


def temp_beside(path: str, suffix: str = "") -> str:
    """A unique temporary name in the output's folder (same file system, so
    the final rename is atomic). ``suffix`` keeps the extension writers
    choose their format by."""
    folder = os.path.dirname(os.path.abspath(path))
    return os.path.join(folder, f".{os.path.basename(path)}.{uuid.uuid4().hex[:8]}.tmp{suffix}")


def atomic_write(path: str, write: Callable[[str], None], suffix: str = "") -> str:
    """Call ``write(tmp)`` and rename ``tmp`` to ``path``; on any error the
    temporary file is removed and ``path`` is left as it was."""
    check_writable(path)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = temp_beside(path, suffix or os.path.splitext(path)[1])
    try:
        write(tmp)
        if not os.path.exists(tmp):
            raise InputError(tr("Writing {path} failed: nothing was written.").format(path=path))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def write_text(path: str, text: str, suffix: str = "") -> str:
    """Write ``text`` (UTF-8) to ``path`` through :func:`atomic_write`."""

    def write(tmp):
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)

    return atomic_write(path, write, suffix)
