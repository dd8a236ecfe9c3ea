"""The QGIS releases the plugin supports — ``qgisMinimumVersion`` of
metadata.txt — and what QGIS gets on an older one: a plugin object that loads
nothing and says why, instead of a Python traceback half-way through loading.

Imports only what every QGIS 3 has, so that it runs before anything an old
release may lack.
"""

import configparser
import os
import re
import sys
from typing import Optional, Tuple

from .core.i18n import tr

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def metadata_path() -> str:
    """metadata.txt: inside the package of an installed plugin, beside the
    package in a source checkout."""
    inside = os.path.join(PACKAGE_DIR, "metadata.txt")
    if os.path.exists(inside):
        return inside
    return os.path.join(os.path.dirname(PACKAGE_DIR), "metadata.txt")


def version_int(text: str) -> int:
    """``"3.22"`` → 32200, ``"3.40.6-Bratislava"`` → 34006 (the form of
    ``Qgis.QGIS_VERSION_INT``)."""
    m = re.match(r"\s*(\d+)\.(\d+)(?:\.(\d+))?", text)
    if m is None:
        raise ValueError(f"not a QGIS version: {text!r}")
    major, minor, patch = (int(g or 0) for g in m.groups())
    return major * 10000 + minor * 100 + patch


def minimum_version() -> str:
    """``qgisMinimumVersion`` of metadata.txt."""
    path = metadata_path()
    cfg = configparser.ConfigParser(interpolation=None)
    if not cfg.read(path, encoding="utf-8") or not cfg.has_option("general", "qgisMinimumVersion"):
        raise RuntimeError(
            f"{path} is missing or has no qgisMinimumVersion; reinstall the "
            "plugin from its zip file."
        )
    return cfg.get("general", "qgisMinimumVersion").strip()


def running_version() -> Tuple[int, str]:
    """The running QGIS as (``QGIS_VERSION_INT``, ``QGIS_VERSION``)."""
    from qgis.core import Qgis

    return Qgis.QGIS_VERSION_INT, Qgis.QGIS_VERSION


def refusal(running_int: int, running_text: str) -> Optional[str]:
    """Why the plugin does not load on QGIS ``running_text``, or None when
    that release is supported."""
    minimum = minimum_version()
    if running_int >= version_int(minimum):
        return None
    return tr(
        "The Carrying Capacity Warning plugin needs QGIS {minimum} or newer; this is "
        "QGIS {running}, so the plugin is not loaded. Install QGIS {minimum} LTR or a "
        "later release, then restart QGIS."
    ).format(minimum=minimum, running=running_text)


class UnsupportedQgis:
    """The plugin object on a QGIS older than the minimum: no provider, no
    toolbar; the reason in the message bar, the message log and (under
    qgis_process, which has no window) on stderr."""

    def __init__(self, iface, running: Tuple[int, str]):
        from . import qt_i18n

        qt_i18n.install()
        self.iface = iface
        self.provider = None
        self.message = refusal(*running)

    def _log(self):
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage(self.message, "cc_warning", Qgis.MessageLevel.Critical)

    def initProcessing(self):  # noqa: N802 (QGIS API)
        self._log()
        if self.iface is None:
            print(self.message, file=sys.stderr)

    def initGui(self):  # noqa: N802 (QGIS API)
        from qgis.core import Qgis

        self._log()
        if self.iface is not None:
            self.iface.messageBar().pushMessage(
                tr("Carrying capacity warning"),
                self.message,
                level=Qgis.MessageLevel.Critical,
                duration=0,
            )

    def unload(self):
        from . import qt_i18n

        qt_i18n.remove()
