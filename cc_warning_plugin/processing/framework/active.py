"""The active method profile: the one the algorithms' help shows and runs
use when their *Method profile* parameter is empty. It is chosen in the
dock (stored in the QGIS settings, key ``cc_warning/profile``) or, for
``qgis_process`` and scripts, with the environment variable
``CC_WARNING_PROFILE`` (a file path or a built-in name); the built-in
default otherwise."""

import os
from typing import Optional

from qgis.core import QgsMessageLog, QgsSettings, Qgis

from ...core.errors import ProfileError
from ...core.i18n import tr
from ...core.profile import load_profile

ENV = "CC_WARNING_PROFILE"
SETTING = "cc_warning/profile"

_cache = {}


def active_profile_source() -> str:
    """The active profile as set (a path or a built-in name; "" = default)."""
    return os.environ.get(ENV) or str(QgsSettings().value(SETTING, "") or "")


def set_active_profile(source: Optional[str]) -> None:
    QgsSettings().setValue(SETTING, source or "")


def _load(source: str):
    key = source
    if source and os.path.isfile(source):
        key = (source, os.path.getmtime(source))
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_profile(source or None)
    return _cache[key]


def active_profile():
    """The active profile; the built-in default (with a message in the QGIS
    log) when the configured one cannot be loaded, so that help and dialogs
    always open."""
    source = active_profile_source()
    try:
        return _load(source)
    except ProfileError as exc:
        QgsMessageLog.logMessage(
            tr("The active method profile {source} cannot be used: {error}").format(
                source=source, error=exc
            ),
            "cc_warning",
            Qgis.MessageLevel.Warning,
        )
        return _load("")


def load_run_profile(value: str):
    """The profile of a run: the given file or built-in name, else the
    active one. Errors propagate (a run never silently falls back)."""
    return _load(value or active_profile_source())
