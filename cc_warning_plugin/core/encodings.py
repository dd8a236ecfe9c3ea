"""Text encodings of input files: is the text of a shapefile's DBF or of a
CSV table valid in the encoding it is read with, and if not, does it read
cleanly as GBK or GB18030 (the usual case: a shapefile written by ArcGIS on
a Chinese Windows without a ``.cpg``, a CSV saved by Excel as ANSI)?

Pure (GDAL/OGR only): :func:`shapefile_text` and :func:`csv_text` give the
raw bytes, :func:`judge` the verdict. The Processing frame
(``processing/framework/inputs.py``) reads the layer with the encoding found
and says so, or refuses with the fix.
"""

import codecs
import locale
import os
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Tuple

from osgeo import gdal, ogr

from .errors import InputError
from .gdal_open import open_vector
from .i18n import tr

#: encodings tried, in order, when the declared one does not fit
CANDIDATES = ("GBK", "GB18030")
#: bytes of a CSV file read at a time
_CHUNK = 1 << 20


@dataclass
class Verdict:
    """``encoding`` None: the text is valid in the declared encoding (or has
    no text beyond ASCII). Otherwise the encoding to read it with (one of
    :data:`CANDIDATES`), or ``""`` when none fits. ``sample`` is the first
    offending text (``where`` names it), decoded with ``encoding`` if any."""

    encoding: Optional[str] = None
    sample: str = ""
    where: str = ""

    @property
    def fine(self) -> bool:
        return self.encoding is None


def codec_name(declared: str) -> Optional[str]:
    """Python's codec for an encoding name as QGIS/GDAL write it ("UTF-8",
    "System", "GBK", "CP936", "windows-1252" …); None if Python does not
    know it."""
    name = (declared or "").strip()
    if not name or name.casefold() == "system":
        name = locale.getpreferredencoding(False)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def judge(texts: Iterable[Tuple[str, bytes]], declared: str) -> Verdict:
    """The verdict on ``texts`` — (where, raw bytes) pairs — read with
    ``declared``: fine, or the first of :data:`CANDIDATES` that decodes every
    text, or none."""
    codec = codec_name(declared)
    if codec is None:
        return Verdict()  # an encoding Python cannot judge
    candidates = {c: True for c in CANDIDATES}
    first: Optional[Tuple[str, bytes]] = None
    for where, data in texts:
        if data.isascii() or _decodes(data, codec):
            continue
        if first is None:
            first = (where, data)
        for c in candidates:
            if candidates[c] and not _decodes(data, c):
                candidates[c] = False
    if first is None:
        return Verdict()
    for c, ok in candidates.items():
        if ok:
            return Verdict(c, _short(first[1].decode(c)), first[0])
    return Verdict("", _short(first[1].decode(codec, errors="replace")), first[0])


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _raw(text: str) -> bytes:
    """Bytes of a string OGR returned without recoding (invalid UTF-8 comes
    back as surrogate escapes)."""
    return text.encode("utf-8", "surrogateescape")


def shapefile_text(path: str, layer_name: Optional[str] = None) -> Iterator[Tuple[str, bytes]]:
    """(where, raw bytes) of every field name and text value of a shapefile
    (its DBF), as stored: no recoding by GDAL. InputError for a file OGR
    cannot open (damaged, or its .shx or .dbf missing)."""
    gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", "")
    try:
        ds = open_vector(path)
        if ds is None:
            raise InputError(
                tr("{path} cannot be opened as a vector data source.").format(path=path)
            )
        layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
        defn = layer.GetLayerDefn()
        strings = []
        for i in range(defn.GetFieldCount()):
            fd = defn.GetFieldDefn(i)
            name = fd.GetNameRef()
            yield tr("field {name}").format(name=name), _raw(name)
            if fd.GetType() == ogr.OFTString:
                strings.append((i, name))
        if not strings:
            return
        keep = {name for _, name in strings}
        layer.SetIgnoredFields(
            [
                defn.GetFieldDefn(i).GetNameRef()
                for i in range(defn.GetFieldCount())
                if defn.GetFieldDefn(i).GetNameRef() not in keep
            ]
            + ["OGR_GEOMETRY", "OGR_STYLE"]
        )
        for feat in layer:
            for i, name in strings:
                if feat.IsFieldSetAndNotNull(i):
                    data = bytes(feat.GetFieldAsBinary(i))
                    if not data.isascii():
                        yield (
                            tr("feature {fid}, field {name}").format(fid=feat.GetFID(), name=name),
                            data,
                        )
    finally:
        gdal.SetThreadLocalConfigOption("SHAPE_ENCODING", None)


def csv_text(path: str) -> Iterator[Tuple[str, bytes]]:
    """(where, raw bytes) of every non-ASCII line of a text table (a UTF-8
    byte-order mark is left out: such a file declares its encoding)."""
    with open(path, "rb") as fh:
        head = fh.read(3)
        if head != codecs.BOM_UTF8:
            fh.seek(0)
        for number, line in enumerate(fh, start=1):
            if not line.isascii():
                yield tr("line {n}").format(n=number), line.rstrip(b"\r\n")


def csv_delimiter(path: str) -> str:
    """The delimiter of a text table's header line: comma, semicolon or tab
    (the most frequent; a comma when there is none, a one-column table)."""
    with open(path, "rb") as fh:
        line = fh.readline()
    counts = {d: line.count(d.encode("ascii")) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def has_bom(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(3) == codecs.BOM_UTF8


def is_text_table(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in (".csv", ".txt", ".tsv")


def is_dbf_file(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in (".shp", ".dbf")


def ogr_opens(path: str) -> bool:
    """Whether GDAL/OGR recognises ``path`` as a vector file. A table of a
    single column has no separator to find: GDAL 3.6 recognises none, GDAL
    3.10 a ``.csv`` one but no ``.txt``."""
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError:
        return False
    return ds is not None
