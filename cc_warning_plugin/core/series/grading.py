"""Level and change classes of an indicator, read from a profile table.

A grading has two parts (both optional):

* ``level`` — ``{breaks, closed, classes}``: the level of the indicator
  (e.g. EI ≥ 75 优) cut by ascending ``breaks``; ``closed = "left"`` gives
  intervals (−∞, b₀), [b₀, b₁), …, [bₙ, ∞); ``classes`` has one entry more
  than ``breaks``, from the lowest interval up;
* ``change`` — ``{breaks, closed, stable, better, worse}``: the size of a
  change |Δ| cut by ascending ``breaks``; the first interval is ``stable``
  whatever the sign, the others are ``better[i]`` or ``worse[i]`` by the
  sign of Δ and the indicator's direction (``higher_is_better``).

Every class entry is ``{code, label_zh, label_en, color}``. Values are
rounded to the profile precision before they are compared with a break
(``core.rules.round_sig``), so 75.0000000001 computed in floating point is
75.
"""

import math
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence, Tuple

from ..i18n import language
from ..rules import grade, round_sig


@dataclass(frozen=True)
class ClassEntry:
    code: str
    label_zh: str
    label_en: str
    color: str

    @property
    def label(self) -> str:
        return self.label_zh if language() == "zh" else self.label_en

    @classmethod
    def of(cls, entry: Mapping) -> "ClassEntry":
        return cls(entry["code"], entry["label_zh"], entry["label_en"], entry["color"])


@dataclass(frozen=True)
class Grading:
    """The level and change classes of one indicator."""

    level_breaks: Tuple[float, ...] = ()
    level_closed: str = "left"
    level_classes: Tuple[ClassEntry, ...] = ()
    change_breaks: Tuple[float, ...] = ()
    change_closed: str = "left"
    stable: Optional[ClassEntry] = None
    better: Tuple[ClassEntry, ...] = ()
    worse: Tuple[ClassEntry, ...] = ()
    higher_is_better: bool = True
    precision: int = 10

    @classmethod
    def from_profile(
        cls, section: Mapping, precision: int, higher_is_better: bool = True
    ) -> "Grading":
        """A grading from a profile table holding ``level`` and/or
        ``change`` (shapes in the module text)."""
        kw = {"higher_is_better": higher_is_better, "precision": precision}
        level = section.get("level")
        if level:
            kw.update(
                level_breaks=tuple(level["breaks"]),
                level_closed=level["closed"],
                level_classes=tuple(ClassEntry.of(c) for c in level["classes"]),
            )
        change = section.get("change")
        if change:
            kw.update(
                change_breaks=tuple(change["breaks"]),
                change_closed=change["closed"],
                stable=ClassEntry.of(change["stable"]),
                better=tuple(ClassEntry.of(c) for c in change["better"]),
                worse=tuple(ClassEntry.of(c) for c in change["worse"]),
            )
        return cls(**kw)

    @property
    def has_level(self) -> bool:
        return bool(self.level_classes)

    @property
    def has_change(self) -> bool:
        return self.stable is not None

    def level(self, value: Optional[float]) -> Optional[ClassEntry]:
        """Level class of ``value`` (None for a missing value or without
        level classes)."""
        if not self.has_level or value is None or math.isnan(value):
            return None
        idx = grade(
            value,
            self.level_breaks,
            list(range(len(self.level_classes))),
            self.level_closed,
            self.precision,
        )
        return self.level_classes[idx]

    def change(self, delta: Optional[float]) -> Optional[ClassEntry]:
        """Change class of a change ``delta`` (same unit as the level)."""
        if not self.has_change or delta is None or math.isnan(delta):
            return None
        d = round_sig(delta, self.precision)
        idx = grade(
            abs(d),
            self.change_breaks,
            list(range(len(self.change_breaks) + 1)),
            self.change_closed,
            self.precision,
        )
        if idx == 0:
            return self.stable
        good = (d > 0) == self.higher_is_better
        return (self.better if good else self.worse)[idx - 1]

    def change_codes(self) -> Sequence[str]:
        if not self.has_change:
            return []
        return [self.stable.code] + [c.code for c in self.better] + [c.code for c in self.worse]
