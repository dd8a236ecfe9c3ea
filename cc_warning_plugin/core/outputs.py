"""Output files of a run: where they may go, and how they are put in place.

* :func:`same_path`, :func:`inside` — whether two names are one file, or a
  file lies in a folder;
* :func:`folder_problem` — why an output folder cannot be written (read-only,
  a file in the way), found by trying, before any work;
* :class:`FileStage` / :class:`FolderStage` — an output written under a
  temporary name beside its destination (``name~partial-…``, on the same
  disk), moved into place by :func:`commit` only when
  the whole run succeeded, or removed by :func:`discard`. :func:`commit`
  moves every output of the run or none: destinations it replaces are set
  aside first and put back if a move fails.

Pure Python (no qgis, no Qt)."""

import os
import shutil
import tempfile
import uuid
from typing import Dict, List, Optional, Sequence, Tuple

from .errors import CCError
from .i18n import tr

#: files that belong to a data file of the same name and go stale with it
#: (suffix appended to the full name, or replacing the extension)
_SIDECARS_FULL = (".aux.xml", ".ovr", "-wal", "-shm", "-journal")
_SHAPEFILE_PARTS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


class OutputError(CCError):
    """An output could not be put in place (the destinations are unchanged)."""


def _norm(path: str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def same_path(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name the same file (links and case on
    case-insensitive systems followed)."""
    if not a or not b:
        return False
    if os.path.exists(a) and os.path.exists(b):
        try:
            return os.path.samefile(a, b)
        except OSError:  # not stat-able (a vanished file, no permission): compare the names
            return _norm(a) == _norm(b)
    return _norm(a) == _norm(b)


def inside(path: str, folder: str) -> bool:
    """Whether ``path`` lies in ``folder`` (at any depth)."""
    p, f = _norm(path), _norm(folder)
    try:
        return p != f and os.path.commonpath([p, f]) == f
    except ValueError:  # different drives
        return False


def nearest_existing(path: str) -> str:
    """``path`` or its nearest ancestor that exists."""
    probe = os.path.abspath(path)
    while not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    return probe


def folder_problem(folder: str) -> Optional[Tuple[str, str]]:
    """Why files cannot be written in ``folder`` (created if missing), or
    None: ``(place, reason)`` — the folder (or the existing ancestor it would
    be created in, or the file standing in its way) and the reason. Found by
    creating and removing a probe file, so read-only disks, permissions and
    immutable folders are all caught."""
    place = nearest_existing(folder)
    if not os.path.isdir(place):
        return place, tr("it is a file, not a folder")
    try:
        fd, probe = tempfile.mkstemp(prefix=".cc_warning_probe_", dir=place)
    except OSError as exc:
        return place, exc.strerror or str(exc)
    os.close(fd)
    os.remove(probe)
    return None


def make_folders(folder: str) -> List[str]:
    """Create ``folder`` and its missing parents; the folders created,
    outermost first."""
    missing = []
    probe = os.path.abspath(folder)
    while not os.path.exists(probe):
        missing.append(probe)
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    missing.reverse()
    for f in missing:
        try:
            os.mkdir(f)
        except OSError as exc:
            remove_empty_folders(missing[: missing.index(f)])
            raise OutputError(
                tr("The output folder {folder} cannot be created: {reason}").format(
                    folder=f, reason=exc.strerror or exc
                )
            ) from exc
    return missing


def remove_empty_folders(folders: Sequence[str]) -> None:
    """Remove the folders (innermost first) that are empty."""
    for f in reversed(list(folders)):
        if os.path.isdir(f) and not os.listdir(f):
            os.rmdir(f)


def _tag() -> str:
    return uuid.uuid4().hex[:8]


class FileStage:
    """A file output written under a temporary name beside ``final``:
    ``{stem}~partial-{tag}{ext}`` (no other dot, no leading dot: QGIS picks a
    vector format by everything after the first dot of a name). Files a
    writer adds beside it with the same prefix (``.qml``, ``.aux.xml``, the
    parts of a shapefile, an extension the writer appended) are moved with
    it, renamed alike."""

    def __init__(self, final: str):
        self.final = os.path.abspath(final)
        folder, name = os.path.split(self.final)
        stem, ext = os.path.splitext(name)
        self.folder = folder
        self.stem = stem
        self.prefix = f"{stem.replace('.', '_')}~partial-{_tag()}"
        self.temp = os.path.join(folder, self.prefix + ext)

    def members(self) -> List[Tuple[str, str]]:
        """(temporary file, destination) of every file written."""
        if not os.path.isdir(self.folder):
            return []
        out = []
        for name in sorted(os.listdir(self.folder)):
            rest = name[len(self.prefix) :]
            if name.startswith(self.prefix) and (rest == "" or rest[0] in ".-"):
                out.append(
                    (os.path.join(self.folder, name), os.path.join(self.folder, self.stem + rest))
                )
        return out

    def stale(self, members: List[Tuple[str, str]]) -> List[str]:
        """Existing files beside the destination that belong to the file
        being replaced and that the run did not write again."""
        new = {_norm(dest) for _, dest in members}
        out = []
        for _, dest in members:
            candidates = [dest + s for s in _SIDECARS_FULL]
            root, ext = os.path.splitext(dest)
            if ext.lower() == ".shp":
                candidates += [root + s for s in _SHAPEFILE_PARTS]
            out += [c for c in candidates if os.path.exists(c) and _norm(c) not in new]
        return out

    def discard(self) -> None:
        for tmp, _ in self.members():
            _remove(tmp)


class FolderStage:
    """A folder output written as a temporary folder beside ``final``
    (``.{name}.partial-{tag}``); its entries are moved into ``final``,
    replacing entries of the same name and leaving the others."""

    def __init__(self, final: str):
        self.final = os.path.abspath(final)
        parent, name = os.path.split(self.final)
        self.temp = os.path.join(parent, f".{name}.partial-{_tag()}")

    def create(self) -> None:
        os.mkdir(self.temp)

    def members(self) -> List[Tuple[str, str]]:
        if not os.path.isdir(self.temp):
            return []
        return [
            (os.path.join(self.temp, n), os.path.join(self.final, n))
            for n in sorted(os.listdir(self.temp))
        ]

    def stale(self, members: List[Tuple[str, str]]) -> List[str]:
        helper = FileStage(os.path.join(self.final, "x"))
        return helper.stale(members)

    def discard(self) -> None:
        if os.path.isdir(self.temp):
            shutil.rmtree(self.temp)


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


def _aside(path: str) -> str:
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.replaced-{_tag()}")


def commit(stages: Sequence) -> Dict[str, str]:
    """Move the files of every stage into place, all or none. Existing
    destinations (and their stale sidecars) are set aside first, then the new
    files are moved in; if anything fails, what was moved in is removed, what
    was set aside is put back, and :class:`OutputError` says which file and
    why. Returns {temporary path: final path} of every file moved (folder
    stages also map their folder)."""
    plan: List[Tuple[str, str]] = []
    stale: List[str] = []
    folders: List[str] = []
    for stage in stages:
        members = stage.members()
        plan += members
        stale += stage.stale(members)
        if isinstance(stage, FolderStage):
            folders.append(stage.final)
    aside: List[Tuple[str, str]] = []  # (original, set-aside name)
    moved: List[str] = []
    created: List[str] = []
    current = ""
    try:
        for f in folders:
            current = f
            created += make_folders(f)
        for path in [dest for _, dest in plan] + stale:
            current = path
            if os.path.lexists(path) and path not in [a for a, _ in aside]:
                tmp = _aside(path)
                os.rename(path, tmp)
                aside.append((path, tmp))
        for src, dest in plan:
            current = dest
            os.rename(src, dest)
            moved.append(dest)
    except OSError as exc:
        for dest in moved:
            _remove(dest)
        for original, tmp in reversed(aside):
            os.rename(tmp, original)
        remove_empty_folders(created)
        raise OutputError(
            tr(
                "The results could not be moved into place ({path}: {reason}); "
                "every output is left as it was."
            ).format(path=current, reason=exc.strerror or exc)
        ) from exc
    for _, tmp in aside:
        _remove(tmp)
    mapping = {src: dest for src, dest in plan}
    for stage in stages:
        if isinstance(stage, FolderStage):
            mapping[stage.temp] = stage.final
            stage.discard()
    return mapping


def discard(stages: Sequence) -> List[str]:
    """Remove every temporary file and folder of the stages; returns what
    could not be removed (``"path: reason"``), for a warning — a failed run
    is reported by its own error, not by the clean-up's."""
    left = []
    for stage in stages:
        try:
            stage.discard()
        except OSError as exc:
            left.append(f"{exc.filename or stage.temp}: {exc.strerror or exc}")
    return left
