"""Reading the tables departments send, chunk by chunk (memory does not grow
with the number of rows): CSV in UTF-8, UTF-8 with BOM or GBK/GB18030
(detected and said), and xlsx (openpyxl, read-only streaming). Every cell
comes as text, with the row number a user sees in the file (the header is
row 1 of a CSV; an xlsx keeps its sheet's row numbers)."""

import codecs
import csv
import datetime
import os
from dataclasses import dataclass, field
from typing import Iterator, List, Optional, Tuple

from ..core.errors import InputError
from ..core.i18n import tr

_BLOCK = 1 << 20


def detect_encoding(path: str) -> Tuple[str, str]:
    """(Python codec, label for the report) of a text file: UTF-8 with BOM,
    UTF-8, or GB18030 (which reads GBK and GB2312). A file that is none of
    them is refused naming the byte offset."""
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        codec, label = "utf-8-sig", "UTF-8 (BOM)"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(
            tr(
                "{file} is saved as UTF-16 (Excel's 'Unicode text'). Save it as 'CSV UTF-8 "
                "(comma delimited)' and import it again."
            ).format(file=path)
        )
    else:
        codec, label = "utf-8", "UTF-8"
    if _decodes(path, codec) is None:
        return codec, label
    offset = _decodes(path, "gb18030")
    if offset is None:
        return "gb18030", "GBK/GB18030"
    raise InputError(
        tr(
            "{file}: the text is neither UTF-8 nor GBK/GB18030 (undecodable bytes near byte "
            "{offset}). Open it in Excel or WPS and save it as 'CSV UTF-8 (comma "
            "delimited)'."
        ).format(file=path, offset=offset)
    )


def _decodes(path: str, codec: str) -> Optional[int]:
    """None if the whole file decodes, else the offset of the first bad byte."""
    dec = codecs.getincrementaldecoder(codec)(errors="strict")
    pos = 0
    with open(path, "rb") as fh:
        while True:
            block = fh.read(_BLOCK)
            try:
                dec.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                return pos + exc.start
            if not block:
                return None
            pos += len(block)


def column_letter(i: int) -> str:
    """Excel column letter of the 0-based column i (0 → A, 26 → AA)."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        # a whole number keeps no ".0" (codes and years typed as numbers)
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    return str(v)


@dataclass
class TableFile:
    """An opened table: headers, encoding, and its rows in chunks."""

    path: str
    kind: str  # "csv" or "xlsx"
    headers: List[str]
    encoding: str = ""  # label, CSV only
    sheet: str = ""
    header_row: int = 1
    delimiter: str = ","
    _codec: str = ""
    col_refs: List[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        base = os.path.basename(self.path)
        return f"{base} [{self.sheet}]" if self.sheet else base

    def chunks(self, size: int = 5000) -> Iterator[Tuple[List[List[str]], List[int]]]:
        """(rows, row numbers); rows padded/cut to the header's width is
        NOT done: a row longer than the header is an error naming it."""
        n = len(self.headers)
        rows: List[List[str]] = []
        numbers: List[int] = []
        for number, row in self._rows():
            if not any(c.strip() for c in row):
                continue
            if len(row) > n and any(c.strip() for c in row[n:]):
                raise InputError(
                    tr(
                        "{file}, row {row}: {k} cells, but the header has {n} columns. Remove the "
                        "extra cells or add a header for them."
                    ).format(file=self.name, row=number, k=len(row), n=n)
                )
            if len(row) < n:
                row = row + [""] * (n - len(row))
            rows.append(row[:n])
            numbers.append(number)
            if len(rows) >= size:
                yield rows, numbers
                rows, numbers = [], []
        if rows:
            yield rows, numbers

    def estimate_rows(self) -> int:
        """About how many data rows (for progress): lines of a CSV, the
        sheet's dimension of an xlsx."""
        if self.kind == "csv":
            n = 0
            with open(self.path, "rb") as fh:
                for block in iter(lambda: fh.read(_BLOCK), b""):
                    n += block.count(b"\n")
            return max(n - 1, 0)
        wb = _load_workbook(self.path)
        try:
            return max((wb[self.sheet].max_row or 0) - self.header_row, 0)
        finally:
            wb.close()

    def _rows(self):
        if self.kind == "csv":
            with open(self.path, encoding=self._codec, newline="") as fh:
                reader = csv.reader(fh, delimiter=self.delimiter)
                next(reader, None)
                last = reader.line_num
                for row in reader:
                    yield last + 1, row
                    last = reader.line_num
        else:
            wb = _load_workbook(self.path)
            try:
                ws = wb[self.sheet]
                for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
                    if r <= self.header_row:
                        continue
                    yield r, [_text(v) for v in values]
            finally:
                wb.close()


def _load_workbook(path: str):
    import zipfile
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise InputError(
            tr(
                "{file} cannot be read as an xlsx workbook ({error}). Save it as .xlsx (Excel "
                "2007 or later) or as CSV UTF-8."
            ).format(file=path, error=exc)
        ) from None


def open_table(path: str, sheet: Optional[str] = None) -> TableFile:
    """Open a CSV or xlsx file and read its header row."""
    if not os.path.isfile(path):
        raise InputError(tr("{file} does not exist.").format(file=path))
    ext = os.path.splitext(path)[1].lower()
    if ext in (".xlsx", ".xlsm"):
        wb = _load_workbook(path)
        try:
            names = wb.sheetnames
            name = sheet or names[0]
            if name not in names:
                raise InputError(
                    tr("{file}: there is no sheet {sheet!r} (sheets: {sheets}).").format(
                        file=path, sheet=name, sheets=", ".join(names)
                    )
                )
            ws = wb[name]
            for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
                headers = [_text(v).strip() for v in values]
                if any(headers):
                    while headers and not headers[-1]:
                        headers.pop()
                    t = TableFile(path, "xlsx", headers, sheet=name, header_row=r)
                    t.col_refs = [column_letter(i) for i in range(len(headers))]
                    return t
        finally:
            wb.close()
        raise InputError(tr("{file}: sheet {sheet} is empty.").format(file=path, sheet=name))
    if ext in (".xls", ".et"):
        raise InputError(
            tr(
                "{file} is an old Excel/WPS workbook. Save it as .xlsx or as CSV UTF-8 and import "
                "that."
            ).format(file=path)
        )
    codec, label = detect_encoding(path)
    with open(path, encoding=codec, newline="") as fh:
        first = fh.readline()
    if not first.strip():
        raise InputError(tr("{file}: the first line (the header) is empty.").format(file=path))
    delimiter = max((",", "\t", ";"), key=first.count)
    headers = [h.strip() for h in next(csv.reader([first], delimiter=delimiter))]
    while headers and not headers[-1]:
        headers.pop()
    t = TableFile(path, "csv", headers, encoding=label, delimiter=delimiter, _codec=codec)
    t.col_refs = [str(i + 1) for i in range(len(headers))]
    return t
