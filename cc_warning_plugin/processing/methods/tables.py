"""Tables of a Processing input as pandas frames for the table methods of the
core (series trend, EI, daily rainfall): dates as ISO text, nulls as None."""

from typing import Tuple

from qgis.core import QgsFeatureRequest, QgsProcessingException
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ...core.i18n import tr
from ...core.series import trend


def _plain(value):
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, QVariant) and value.isNull():
        return None
    if isinstance(value, QDateTime):
        return value.date().toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value


def frame_of(
    alg,
    parameters,
    name: str,
    context,
    feedback=None,
    span: Tuple[float, float] = (0, 0),
    required: bool = True,
):
    """(feature source, pandas DataFrame of its attributes in feature order,
    readable layer name) of the table parameter ``name``; (None, None, "")
    for an optional table that was not given."""
    import pandas as pd

    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        if required:
            raise QgsProcessingException(alg.invalidSourceError(parameters, name))
        return None, None, ""
    layer = source.sourceName() or name
    names = source.fields().names()
    total = source.featureCount() or 1
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows = []
    for i, feat in enumerate(source.getFeatures(request)):
        if i % 10000 == 0 and feedback is not None:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            if span[1] > span[0]:
                feedback.setProgress(span[0] + (span[1] - span[0]) * i / total)
        rows.append(feat.attributes())
    frame = pd.DataFrame(rows, columns=names)
    plain = {str, int, float, bool, type(None)}
    for c in frame.columns:  # nulls and dates, column by column
        if frame[c].dtype == object and set(map(type, frame[c].values)) - plain:
            frame[c] = frame[c].map(_plain)
    if frame.empty:
        raise QgsProcessingException(
            tr("{layer} has no rows: nothing to evaluate.").format(layer=layer)
        )
    return source, frame, layer


class Span:
    """A feedback for a core function that reports 0–100 %, mapped into
    [start, end] of the run's progress (cancel and messages pass through)."""

    def __init__(self, feedback, start: float, end: float):
        self.feedback, self.start, self.end = feedback, start, end

    def setProgress(self, value):  # noqa: N802 (feedback API)
        self.feedback.setProgress(self.start + (self.end - self.start) * value / 100.0)

    def isCanceled(self):  # noqa: N802 (feedback API)
        return self.feedback.isCanceled()

    def pushInfo(self, text):  # noqa: N802 (feedback API)
        self.feedback.pushInfo(text)

    def pushWarning(self, text):  # noqa: N802 (feedback API)
        self.feedback.pushWarning(text)


def warn_unread_years(frame, layer: str, feedback, skip=()) -> None:
    """Name every column of a wide series table (but ``skip``) headed like a
    year that is not read as one: its values are left out of the series."""
    columns = [str(c) for c in frame.columns if c not in skip]
    read = ", ".join(map(str, sorted(trend.year_columns(columns).values())))
    for col in trend.unread_year_columns(columns):
        feedback.pushWarning(
            tr(
                "{layer}: column '{column}' is headed like a year but is not read as one, so "
                "its values are left out. Years read: {years}. Head it with the year as "
                "four digits (2015, 2015年 or Y2015)."
            ).format(layer=layer, column=col, years=read)
        )
