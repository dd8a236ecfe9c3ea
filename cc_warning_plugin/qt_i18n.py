"""Connects the core's translation hook to Qt and loads the .qm file that
matches the QGIS user interface locale."""

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import i18n

I18N_DIR = os.path.join(os.path.dirname(__file__), "i18n")
_translators = []
#: translations looked up so far (source → text), for the translators
#: installed now: a run over tens of thousands of units translates the same
#: few hundred messages again and again
_done = {}


def qgis_locale() -> str:
    """Locale of the QGIS interface, e.g. ``"zh_CN"`` or ``"en_US"``."""
    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    user = settings.value("locale/userLocale", "", type=str)
    if override and user:
        return user
    return user or QLocale.system().name()


def _translate(text: str) -> str:
    try:
        return _done[text]
    except KeyError:
        if len(_done) > 20000:  # texts that are not fixed messages
            _done.clear()
        out = _done[text] = QCoreApplication.translate(i18n.CONTEXT, text)
        return out


def install(locale: str = None) -> str:
    """Install the plugin translation for ``locale`` (default: the QGIS
    locale). Returns the locale used. Safe to call again (replaces the
    previous translator)."""
    remove()
    locale = locale or qgis_locale()
    i18n.set_language(locale)
    i18n.set_translator(_translate)
    for name in (locale, locale.split("_")[0]):
        path = os.path.join(I18N_DIR, f"cc_warning_plugin_{name}.qm")
        if os.path.exists(path):
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                _translators.append(translator)
                break
    _done.clear()
    return locale


def remove() -> None:
    """Remove the plugin translator (on unload)."""
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())
    _done.clear()
