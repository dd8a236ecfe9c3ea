"""The monitoring rules (Qt-free): quality control of station and
pollution-source records, HJ 663-2013 daily values and validity, exceedance
alerts and outlet alarms, the Spearman trend, station coverage and the
evaluation cadence. Every number comes from the profile's ``[monitoring]``
section (docs/monitoring.md).

Inputs are pandas frames; results are frames of plain records; bad input
raises :class:`~cc_warning_plugin.core.errors.InputError` naming the table,
column and row; long work takes an optional ``feedback`` (``setProgress``,
``isCanceled``) and raises :class:`Cancelled` when cancelled.
"""

from ..progress import Cancelled
from .alerts import alarm_summary, alert_summary, daily_values, exceedance_alerts, outlet_alarms
from .cadence import due_list
from .coverage import station_coverage
from .qc import CODES, QCResult, quality_control
from .trend import (
    annual_statistics,
    average_ranks,
    critical_values,
    spearman_rs,
    spearman_test,
    spearman_trends,
)

__all__ = [
    "CODES",
    "Cancelled",
    "QCResult",
    "alarm_summary",
    "alert_summary",
    "annual_statistics",
    "average_ranks",
    "critical_values",
    "daily_values",
    "due_list",
    "exceedance_alerts",
    "outlet_alarms",
    "quality_control",
    "spearman_rs",
    "spearman_test",
    "spearman_trends",
    "station_coverage",
]
