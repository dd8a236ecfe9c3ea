"""Rows of a large input table kept compactly, column by column.

A unit layer or an indicator table of 38,000 townships read as one dict per
row holds some 1.4 million Python strings and 38,000 dicts (about 3.5 KB a
row); :class:`PackedRows` keeps the same values in blocks of
:data:`BLOCK` rows per column — text as one string with offsets, numbers in
typed arrays — about a tenth of that. It is a read-only sequence whose items
are mappings (header → value) behaving like the dicts they replace:
``rows[i].get(header)``, ``rows[i][header]``, ``dict(rows[i])``, iteration
over the headers. Every value comes back equal to, and of the same type as,
the value given.
"""

import pickle
import tempfile
import threading
import weakref
from array import array
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate, islice, repeat
from typing import Iterable, List, Optional

from ..errors import InputError
from ..i18n import tr

SHIFT = 12
BLOCK = 1 << SHIFT  # rows per block
MASK = BLOCK - 1
_INT_MIN, _INT_MAX = -(1 << 63), (1 << 63) - 1


NOT_PLAIN = object()
_INF = float("inf")


def plain_number(value):
    """The number ``core.indicators.parse_number`` reads from a float, an
    int or a text that Python reads as a number (None for NaN, and for an
    infinite text), without the row label that function needs only for its
    error message; :data:`NOT_PLAIN` for any other value, which must go
    through ``parse_number``."""
    kind = type(value)
    if kind is float:
        return None if value != value else value
    if kind is int:
        return float(value)
    if kind is str:
        try:
            v = float(value)
        except ValueError:
            return NOT_PLAIN
        return None if v != v or v == _INF or v == -_INF else v
    return NOT_PLAIN


def _nulls_set(values: list, nulls) -> list:
    """``values`` with None where ``nulls`` (a bytearray, or None for no
    null) is set."""
    if nulls is not None:
        for i, null in enumerate(nulls):
            if null:
                values[i] = None
    return values


class _Text:
    """A block of str (or None) values: one string and the offsets."""

    __slots__ = ("text", "offsets", "nulls")

    def __init__(self, values: list):
        nulls = None
        if None in values:
            nulls = bytearray(v is None for v in values)
            values = ["" if v is None else v for v in values]
        self.text = "".join(values)
        # the offsets in 2 bytes each where the block's text allows
        self.offsets = array("H" if len(self.text) <= 0xFFFF else "I", [0])
        self.offsets.extend(accumulate(map(len, values)))
        self.nulls = nulls

    def get(self, i: int):
        if self.nulls is not None and self.nulls[i]:
            return None
        return self.text[self.offsets[i] : self.offsets[i + 1]]

    def values_list(self) -> list:
        """Every value of the block, in order."""
        offsets, text = self.offsets, self.text
        out = [text[a:b] for a, b in zip(offsets, islice(offsets, 1, None))]
        return _nulls_set(out, self.nulls)


class _Numbers:
    """A block of float (or int) values with None marked apart."""

    __slots__ = ("values", "nulls")

    def __init__(self, values: list, code: str):
        nulls = None
        data = array(code)
        for i, v in enumerate(values):
            if v is None:
                if nulls is None:
                    nulls = bytearray(len(values))
                nulls[i] = 1
                data.append(0)
            else:
                data.append(v)
        self.values = data
        self.nulls = nulls

    def get(self, i: int):
        if self.nulls is not None and self.nulls[i]:
            return None
        return self.values[i]

    def values_list(self) -> list:
        """Every value of the block, in order."""
        return _nulls_set(self.values.tolist(), self.nulls)


class _Objects:
    """A block of values of mixed or other types, kept as they are."""

    __slots__ = ("values",)

    def __init__(self, values: list):
        self.values = values

    def get(self, i: int):
        return self.values[i]

    def values_list(self) -> list:
        """Every value of the block, in order."""
        return list(self.values)


def _block(values: list):
    kinds = set(map(type, values))
    kinds.discard(type(None))
    if kinds == {str}:
        return _Text(values)
    if kinds == {float}:
        return _Numbers(values, "d")
    if kinds == {int} and all(v is None or _INT_MIN <= v <= _INT_MAX for v in values):
        return _Numbers(values, "q")
    if not kinds:
        return _Text(values)
    return _Objects(list(values))


def _no_room(exc: OSError) -> InputError:
    return InputError(
        tr(
            "The tables of this run are kept in a temporary file in {folder}, which cannot be "
            "written ({reason}). Free some space there, or set the TMPDIR environment variable "
            "to a folder with room and start QGIS again."
        ).format(folder=tempfile.gettempdir(), reason=exc.strerror or exc)
    )


class SpillFile:
    """A temporary file (deleted when closed or left) holding blocks of
    tables that are read back on demand (:meth:`PackedRows.spill`): a table
    of 38,000 rows need not be held in memory while it is read unit by unit
    in the order of the units."""

    def __init__(self):
        try:
            self._file = tempfile.TemporaryFile(prefix="cc_warning_rows_")
        except OSError as exc:
            raise _no_room(exc) from exc
        self._end = 0
        self._lock = threading.Lock()
        # closed (and so removed) once no table needs it any more
        weakref.finalize(self, self._file.close)

    # seek and read/write under the lock (os.pread/pwrite do not exist on
    # Windows, where most users run QGIS)
    def write(self, block) -> tuple:
        data = pickle.dumps(block, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            offset = self._end
            try:
                self._file.seek(offset)
                self._file.write(data)
            except OSError as exc:
                raise _no_room(exc) from exc
            self._end += len(data)
        return offset, len(data)

    def read(self, entry: tuple):
        offset, size = entry
        with self._lock:
            self._file.seek(offset)
            data = self._file.read(size)
        if len(data) != size:
            raise OSError(f"{self._file.name}: {size} bytes expected at {offset}, {len(data)} read")
        return pickle.loads(data)

    def close(self) -> None:
        self._file.close()


class _SpilledBlocks(Sequence):
    """The blocks of one column of a :class:`PackedRows` kept in a
    :class:`SpillFile`; the two read last are kept in memory (reading the
    rows in their order, or a chunk of them, reads each block once)."""

    __slots__ = ("_spill", "_entries", "_loaded")

    #: blocks of a column kept in memory
    KEEP = 2

    def __init__(self, spill: SpillFile, blocks: list):
        self._spill = spill
        self._entries = [spill.write(b) for b in blocks]
        self._loaded: dict = {}

    def append(self, block) -> None:
        self._entries.append(self._spill.write(block))

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, b):
        block = self._loaded.get(b)
        if block is None:
            if isinstance(b, slice):
                return [self[k] for k in range(*b.indices(len(self._entries)))]
            block = self._spill.read(self._entries[b])
            loaded = self._loaded
            if len(loaded) >= self.KEEP:
                del loaded[next(iter(loaded))]  # the one read first
            loaded[b] = block
        return block


#: rows of an input table of the 2016 chain past which its blocks go to a
#: spill file as they are read (``PackedRows(..., spill_rows=SPILL_ROWS)``):
#: the tables of a run over tens of thousands of units then take a few
#: blocks of memory per column, however many units there are
SPILL_ROWS = 2 * BLOCK


class Row(Mapping):
    """Row ``index`` of the :class:`PackedRows` ``packed`` (header → value)."""

    __slots__ = ("packed", "index")

    def __init__(self, packed: "PackedRows", index: int):
        self.packed = packed
        self.index = index

    def get(self, key, default=None):
        col = self.packed._columns.get(key)
        if col is None:
            return default
        i = self.index
        return col[i >> SHIFT].get(i & MASK)

    def __getitem__(self, key):
        col = self.packed._columns.get(key)
        if col is None:
            raise KeyError(key)
        i = self.index
        return col[i >> SHIFT].get(i & MASK)

    def __contains__(self, key) -> bool:
        return key in self.packed._columns

    def __iter__(self):
        return iter(self.packed.headers)

    def __len__(self) -> int:
        return len(self.packed.headers)

    def __repr__(self) -> str:
        return repr(dict(self))


class PackedRows(Sequence):
    """The rows of a table (each a mapping header → value), stored by
    column in blocks. Build it with :meth:`append` row by row (a list of
    values in the order of ``headers``) and :meth:`close`, or with
    :func:`pack_rows`."""

    def __init__(self, headers: Sequence[str], spill_rows: Optional[int] = None):
        self.headers: List[str] = list(dict.fromkeys(headers))
        given = list(headers)
        #: per stored header, where its value is in a row given: a header
        #: given twice keeps its last value, as a dict would
        self._source = [max(j for j, g in enumerate(given) if g == h) for h in self.headers]
        self._columns = {h: [] for h in self.headers}
        self._pending: List[list] = []
        self._n = 0
        #: the SpillFile holding the blocks (:meth:`spill`), if any
        self.spilled: Optional["SpillFile"] = None
        #: rows past which the blocks go to a spill file as they are made
        self._spill_rows = spill_rows

    def append(self, values: Sequence) -> None:
        self._pending.append(values)
        self._n += 1
        if len(self._pending) == BLOCK:
            self._flush()

    def extend_columns(self, columns: Sequence[list]) -> None:
        """Append rows given column by column (one list per header, in the
        order of the headers given, all of one length)."""
        n = len(columns[0]) if columns else 0
        start = 0
        if self._pending:  # fill the block begun with rows first
            start = min(n, BLOCK - len(self._pending))
            for row in zip(*(c[:start] for c in columns)):
                self.append(row)
        while n - start >= BLOCK:
            end = start + BLOCK
            for h, j in zip(self.headers, self._source):
                self._columns[h].append(_block(columns[j][start:end]))
            self._n += BLOCK
            start = end
            self._spill_if_many()
        for row in zip(*(c[start:] for c in columns)):
            self.append(row)

    def close(self) -> "PackedRows":
        if self._pending:
            self._flush()
        return self

    def _flush(self) -> None:
        rows, self._pending = self._pending, []
        for h, j in zip(self.headers, self._source):
            self._columns[h].append(_block([r[j] for r in rows]))
        self._spill_if_many()

    def _spill_if_many(self) -> None:
        if self.spilled is None and self._spill_rows is not None and self._n > self._spill_rows:
            self._to_spill(SpillFile())

    def _to_spill(self, spill: SpillFile) -> None:
        for h, blocks in self._columns.items():
            if type(blocks) is list:
                self._columns[h] = _SpilledBlocks(spill, blocks)
        self.spilled = spill

    def spill(self, spill: SpillFile) -> "PackedRows":
        """Keep the blocks in ``spill`` instead of in memory (two blocks of
        each column are kept as they are read); the rows are unchanged.
        (``spill_rows`` does this while the rows are added.)"""
        self.close()
        self._to_spill(spill)
        return self

    def reordered(self, order: Sequence[int]) -> "PackedRows":
        """The rows ``order`` (indices into these rows) as a new table, built
        a column at a time (spilled like these rows are)."""
        out = PackedRows(self.headers)
        spill = self.spilled
        for h in self.headers:
            values = self.column(h)
            blocks = [
                _block([values[i] for i in order[a : a + BLOCK]])
                for a in range(0, len(order), BLOCK)
            ]
            del values
            out._columns[h] = _SpilledBlocks(spill, blocks) if spill is not None else blocks
        out._n = len(order)
        out.spilled = spill
        return out

    def __len__(self) -> int:
        return self._n

    def blocks(self, header: str) -> list:
        """The blocks of column ``header``: the value of row ``i`` is
        ``blocks[i >> SHIFT].get(i & MASK)``."""
        return self._columns[header]

    def column(self, header: str, start: int = 0, stop: Optional[int] = None) -> list:
        """The values of column ``header`` in rows ``start`` to ``stop``
        (every row by default): what ``[row.get(header) for row in
        self[start:stop]]`` gives, made block by block."""
        stop = self._n if stop is None else min(stop, self._n)
        out: list = []
        blocks = self._columns[header]
        for b in range(start >> SHIFT, (stop + MASK) >> SHIFT if stop > start else 0):
            values = blocks[b].values_list()
            lo, hi = max(0, start - (b << SHIFT)), min(len(values), stop - (b << SHIFT))
            out += values if lo == 0 and hi == len(values) else values[lo:hi]
        return out

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [Row(self, j) for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return Row(self, i)

    def __iter__(self):
        # made one by one, not kept: a row object per row of a large table
        # would hold several MiB
        return map(Row, repeat(self, self._n), range(self._n))


def pack_rows(headers: Sequence[str], rows: Iterable[Sequence]) -> PackedRows:
    """:class:`PackedRows` of ``rows`` (value lists in ``headers`` order)."""
    out = PackedRows(headers)
    for r in rows:
        out.append(r)
    return out.close()


class RowLabels(Sequence):
    """Labels of rows made from one template on demand (``"feature 12"``
    for feature id 12), without a string per row kept in memory."""

    def __init__(self, template: str, ids: Iterable[int], key: str = "fid"):
        self.template = template
        self.key = key
        self.ids = array("q", ids)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.template.format(**{self.key: v}) for v in self.ids[i]]
        return self.template.format(**{self.key: self.ids[i]})

    def __iter__(self):
        template, key = self.template, self.key
        return iter([template.format(**{key: v}) for v in self.ids])


_NAN = float("nan")


class PackedDicts(Sequence):
    """A list of dicts with the same keys (the values read for every unit:
    areas, volumes, states) kept column by column: floats and None in a
    typed array (None as NaN, which a value read from a table never is),
    dicts of such dicts nested, other values in a list. Items come back as
    new dicts equal to, with values of the same type as, those given; the
    rows can be added a part at a time (:meth:`extend`)."""

    def __init__(self, rows: Iterable[dict] = ()):
        self._keys = None
        self._columns: list = []
        self._n = 0
        self._plain: list = None  # the rows as given, if their keys differ
        self.extend(rows)

    def extend(self, rows: Iterable[dict]) -> "PackedDicts":
        rows = list(rows)
        if not rows:
            return self
        if self._plain is None and self._keys is None:
            self._keys = tuple(rows[0])
            self._columns = [None] * len(self._keys)
        if self._plain is None and any(tuple(r) != self._keys for r in rows):
            self._plain = list(self)
        if self._plain is not None:
            self._plain += rows
            self._n = len(self._plain)
            return self
        for j, key in enumerate(self._keys):
            self._columns[j] = _add(self._columns[j], [r[key] for r in rows], self._n)
        self._n += len(rows)
        return self

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            a, b, step = i.indices(self._n)
            if step != 1:
                return [self[j] for j in range(a, b, step)]
            return self._rows(a, b)
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._rows(i, i + 1)[0]

    def __iter__(self):
        for a in range(0, self._n, BLOCK):
            yield from self._rows(a, min(self._n, a + BLOCK))

    def _rows(self, a: int, b: int) -> List[dict]:
        if self._plain is not None:
            return self._plain[a:b]
        if b <= a:
            return []
        if not self._keys:
            return [{} for _ in range(b - a)]
        values = [_get(c, a, b) for c in self._columns]
        keys = self._keys
        return [dict(zip(keys, v)) for v in zip(*values)]


def _add(column, values: list, n: int):
    """``column`` (None for none yet; ``n`` rows) with ``values`` added."""
    numbers = all(v is None or (type(v) is float and v == v) for v in values)
    if column is None:
        if numbers:
            return array("d", [_NAN if v is None else v for v in values])
        if all(type(v) is dict for v in values):
            return PackedDicts(values)
        return list(values)
    if type(column) is array:
        if numbers:
            column.extend([_NAN if v is None else v for v in values])
            return column
        column = [None if v != v else v for v in column]
    if type(column) is PackedDicts and all(type(v) is dict for v in values):
        return column.extend(values)
    if type(column) is PackedDicts:
        column = list(column)
    column += values
    return column


def _get(column, a: int, b: int) -> list:
    if type(column) is array:
        return [None if v != v else v for v in column[a:b]]
    if type(column) is PackedDicts:
        return column._rows(a, b)
    return column[a:b]


class SpilledDicts(Sequence):
    """A list of dicts given a part at a time (:meth:`extend`, as
    :class:`PackedDicts`), each part kept in a :class:`SpillFile`: the values
    read for 38,000 units are read back a chunk at a time, in their order.
    Items come back as new dicts (read from the file anew) equal to those
    given."""

    def __init__(self, spill: Optional[SpillFile] = None):
        self._spill = spill if spill is not None else SpillFile()
        self._parts: List[tuple] = []  # spill entries
        self._starts = [0]

    def extend(self, rows: Iterable[dict]) -> "SpilledDicts":
        rows = list(rows)
        if rows:
            self._parts.append(self._spill.write(rows))
            self._starts.append(self._starts[-1] + len(rows))
        return self

    def __len__(self) -> int:
        return self._starts[-1]

    def _rows(self, a: int, b: int) -> List[dict]:
        out: List[dict] = []
        k = bisect_right(self._starts, a) - 1
        while a < b and k < len(self._parts):
            start, stop = self._starts[k], min(b, self._starts[k + 1])
            part = self._spill.read(self._parts[k])
            out += (
                part if (a, stop) == (start, start + len(part)) else part[a - start : stop - start]
            )
            a = stop
            k += 1
        return out

    def __getitem__(self, i):
        n = len(self)
        if isinstance(i, slice):
            a, b, step = i.indices(n)
            if step != 1:
                return [self[j] for j in range(a, b, step)]
            return self._rows(a, b)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self._rows(i, i + 1)[0]

    def __iter__(self):
        for entry in self._parts:
            yield from self._spill.read(entry)
