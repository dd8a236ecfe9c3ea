"""Codes (unit codes, section codes) looked up and checked for repeats by
their hash, kept in sorted numpy arrays: 12 to 16 bytes a code, where a set
or a dict takes a hash-table entry and often a string of its own a code (over
100 bytes). A match of hashes is always confirmed by comparing the texts, so
two codes whose hashes collide are still told apart."""

from typing import Callable, Dict, Optional, Sequence

import numpy as np


def _hashes(codes: Sequence[str]) -> np.ndarray:
    return np.fromiter(map(hash, codes), dtype=np.int64, count=len(codes))


class CodeIndex:
    """The position of each of ``codes`` (texts, unique), found by hash.
    ``codes`` is kept (not copied) to confirm a match."""

    __slots__ = ("codes", "_hashes", "_positions")

    def __init__(self, codes: Sequence[str]):
        self.codes = codes
        h = _hashes(codes)
        order = np.argsort(h, kind="stable")
        self._hashes = h[order]
        self._positions = order.astype(np.int32 if len(codes) < 2**31 else np.int64)

    def __len__(self) -> int:
        return len(self.codes)

    def positions(self, codes: Sequence[str]) -> np.ndarray:
        """The position of each of ``codes`` among the indexed codes, -1 for
        a code that is not one of them (an int64 array)."""
        h = _hashes(codes)
        at = np.searchsorted(self._hashes, h)
        n = len(self._hashes)
        hit = at < n
        hit[hit] = self._hashes[at[hit]] == h[hit]
        out = np.full(len(codes), -1, dtype=np.int64)
        out[hit] = self._positions[at[hit]]
        mine = self.codes
        for j in np.flatnonzero(hit).tolist():
            if mine[out[j]] != codes[j]:
                out[j] = self._colliding(codes[j], int(at[j]))
        return out

    def position(self, code: str) -> Optional[int]:
        """The position of ``code``, None when it is not one of the codes."""
        p = int(self.positions([code])[0])
        return None if p < 0 else p

    def __contains__(self, code) -> bool:
        return isinstance(code, str) and self.position(code) is not None

    def _colliding(self, code: str, at: int) -> int:
        """The position of ``code`` among the codes whose hash equals that
        of the code at sorted place ``at`` (another code shares its hash)."""
        h = self._hashes[at]
        while at < len(self._hashes) and self._hashes[at] == h:
            p = int(self._positions[at])
            if self.codes[p] == code:
                return p
            at += 1
        return -1


class RepeatedCodes:
    """Finds codes given before, a part of the rows at a time (the rows of a
    large table are read in parts). Keeps the hash and row of every code
    seen so far, sorted by hash (each part is sorted and merged in, not the
    whole sorted again); ``text_of(row)`` gives the code of an earlier row,
    read only to confirm a match of hashes."""

    __slots__ = ("_hashes", "_rows", "_text_of")

    def __init__(self, text_of: Callable[[int], str]):
        self._hashes = np.empty(0, dtype=np.int64)
        self._rows = np.empty(0, dtype=np.int64)
        self._text_of = text_of

    def add(self, codes: Sequence[str], first_row: int) -> Dict[int, int]:
        """Add ``codes``, those of rows ``first_row``, ``first_row + 1`` …;
        returns {row: the earliest row with the same code} for each of these
        rows whose code was given in an earlier row (this part's or an
        earlier part's)."""
        hashes = _hashes(codes)
        order = np.argsort(hashes, kind="stable")
        h = hashes[order]
        rows = np.arange(first_row, first_row + len(codes))[order]
        stored = self._hashes
        # hashes given twice in this part, or given in an earlier part
        twice = np.zeros(len(h), dtype=bool)
        same = h[1:] == h[:-1]
        twice[1:] |= same
        twice[:-1] |= same
        at = np.searchsorted(stored, h)
        before = at < len(stored)
        before[before] = stored[at[before]] == h[before]
        repeats: Dict[int, int] = {}
        for value in np.unique(h[twice | before]).tolist():
            lo = int(np.searchsorted(stored, value, side="left"))
            hi = int(np.searchsorted(stored, value, side="right"))
            run = sorted(self._rows[lo:hi].tolist() + rows[h == value].tolist())
            first_of: Dict[str, int] = {}
            for r in run:
                text = codes[r - first_row] if r >= first_row else self._text_of(r)
                if text in first_of and r >= first_row:
                    repeats[r] = first_of[text]
                first_of.setdefault(text, r)
        # merged in, still sorted by hash (a run of one hash in row order)
        where = np.searchsorted(stored, h, side="right")
        self._hashes = np.insert(stored, where, h)
        self._rows = np.insert(self._rows, where, rows)
        return repeats
