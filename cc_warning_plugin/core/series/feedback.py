"""Progress and cancel for the table methods of the pure core, through any
object with ``setProgress``, ``isCanceled``, ``pushInfo`` and ``pushWarning``
(a ``QgsProcessingFeedback`` or anything alike; ``None`` for silence)."""

from ..errors import CCError
from ..i18n import tr


class Cancelled(CCError):
    """The user cancelled the run (nothing has been written)."""


def progress(feedback, fraction: float) -> None:
    """Report ``fraction`` (0–1) as a percentage and stop on cancel."""
    if feedback is None:
        return
    if feedback.isCanceled():
        raise Cancelled(tr("Cancelled."))
    feedback.setProgress(100.0 * min(1.0, max(0.0, fraction)))


def warn(feedback, text: str) -> None:
    if feedback is None:
        return
    push = getattr(feedback, "pushWarning", None) or feedback.pushInfo
    push(text)


def info(feedback, text: str) -> None:
    if feedback is not None:
        feedback.pushInfo(text)
