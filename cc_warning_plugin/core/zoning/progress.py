"""The names the zoning algorithms import for progress and cancel; the one
implementation is :mod:`core.progress`."""

from ..progress import Cancelled as ZoningCancelled  # noqa: F401
from ..progress import Progress as Steps  # noqa: F401
