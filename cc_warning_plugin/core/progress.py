"""Progress, cancel and messages of long work through an optional
feedback-like object (``setProgress``, ``isCanceled``, ``pushInfo``,
``pushWarning``: a ``QgsProcessingFeedback`` or anything alike; ``None`` for
silence). One helper for the raster engine, the monitoring rules, the zoning
methods, the table methods and the monitoring database. No qgis / Qt import.
"""

from typing import Tuple

from .errors import CCError
from .i18n import tr


class Cancelled(CCError):
    """The user cancelled the run (nothing has been written)."""


class Progress:
    """Forwards progress of a sub-task into ``span`` (percent) of a feedback
    object with ``setProgress``, ``isCanceled`` and ``pushInfo`` (and, if it
    has it, ``pushWarning``); ``None`` for silence."""

    def __init__(self, feedback=None, span: Tuple[float, float] = (0.0, 100.0)):
        self.feedback = feedback
        self.span = span

    def sub(self, start: float, end: float) -> "Progress":
        """A part [start, end] (fractions 0–1) of this span."""
        a, b = self.span
        return Progress(self.feedback, (a + (b - a) * start, a + (b - a) * end))

    def set(self, fraction: float) -> None:
        if self.feedback is not None:
            a, b = self.span
            self.feedback.setProgress(a + (b - a) * min(1.0, max(0.0, fraction)))

    def cancelled(self) -> bool:
        return self.feedback is not None and bool(self.feedback.isCanceled())

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user cancelled."""
        if self.cancelled():
            raise Cancelled(tr("Cancelled."))

    def info(self, text: str) -> None:
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    def warn(self, text: str) -> None:
        if self.feedback is not None:
            push = getattr(self.feedback, "pushWarning", None) or self.feedback.pushInfo
            push(text)


def as_progress(feedback) -> Progress:
    """``feedback`` itself if it is a :class:`Progress`, else one around it."""
    return feedback if isinstance(feedback, Progress) else Progress(feedback)
