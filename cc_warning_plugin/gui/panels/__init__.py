"""The tabs of the warning-map dock, one :class:`~.base.Panel` class each.

``PANELS`` is the registration point: the dock shows one tab per class, in
this order. A new tab is a new ``Panel`` subclass in this folder, added
here."""

from .actions import ActionsPanel
from .basemap import MapPanel
from .compare import ComparePanel
from .compliance import CompliancePanel
from .database import DatabasePanel
from .layout import LayoutPanel
from .report import ReportPanel
from .statistics import StatisticsPanel
from .unit import UnitPanel

PANELS = [
    MapPanel,
    StatisticsPanel,
    ComparePanel,
    UnitPanel,
    LayoutPanel,
    ReportPanel,
    CompliancePanel,
    DatabasePanel,
    ActionsPanel,
]
