"""Progress, cancel and messages through an optional feedback-like object
(``setProgress``, ``isCanceled``, ``pushInfo``, ``pushWarning``: a
``QgsProcessingFeedback`` or anything alike; ``None`` for silence)."""

from typing import List, Optional, Tuple

from ..errors import CCError
from ..i18n import tr


class ZoningCancelled(CCError):
    """The user cancelled the run; nothing has been written."""


class Steps:
    """Forwards progress of a part ``span`` (percent) of a run to the
    feedback, and keeps every message (for the run log of the caller)."""

    def __init__(self, feedback=None, span: Tuple[float, float] = (0.0, 100.0),
                 log: Optional[List[str]] = None):
        self.feedback = feedback
        self.span = span
        self.log: List[str] = log if log is not None else []

    def sub(self, start: float, end: float) -> "Steps":
        a, b = self.span
        return Steps(self.feedback, (a + (b - a) * start, a + (b - a) * end), self.log)

    def set(self, fraction: float) -> None:
        if self.feedback is not None:
            a, b = self.span
            self.feedback.setProgress(a + (b - a) * min(1.0, max(0.0, fraction)))

    def check(self) -> None:
        if self.feedback is not None and self.feedback.isCanceled():
            raise ZoningCancelled(tr("Cancelled."))

    def info(self, text: str) -> None:
        self.log.append(text)
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    def warn(self, text: str) -> None:
        self.log.append(text)
        if self.feedback is not None:
            push = getattr(self.feedback, "pushWarning", None) or self.feedback.pushInfo
            push(text)


def steps(feedback) -> Steps:
    return feedback if isinstance(feedback, Steps) else Steps(feedback)
