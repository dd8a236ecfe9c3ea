"""Translation hook and language choice for the pure core.

The core never imports Qt. Messages are written in English and passed
through :func:`tr`; the plugin installs a translator (Qt's
``QCoreApplication.translate`` with the plugin's .qm file) with
:func:`set_translator`. Labels that live in method profiles come in both
languages; :func:`language` says which one to show.

The extraction script ``scripts/i18n.py`` collects every literal passed to
``tr(...)`` in the package into ``i18n/cc_warning_plugin_zh_CN.ts`` under the
context :data:`CONTEXT`.
"""

from typing import Callable, Optional

CONTEXT = "cc_warning"

_translator: Optional[Callable[[str], str]] = None
_language = "en"


def set_translator(func: Optional[Callable[[str], str]]) -> None:
    """Install (or with ``None`` remove) the function translating messages."""
    global _translator
    _translator = func


def set_language(lang: str) -> None:
    """Set the language of profile labels: ``"zh"`` or ``"en"``."""
    global _language
    _language = "zh" if str(lang).lower().startswith("zh") else "en"


def language() -> str:
    """The current label language, ``"zh"`` or ``"en"``."""
    return _language


def tr(text: str) -> str:
    """Translate ``text`` (an English source string) if a translator is set."""
    if _translator is None:
        return text
    translated = _translator(text)
    return translated or text


def label(entry: dict, key: str = "label") -> str:
    """Pick ``<key>_zh`` or ``<key>_en`` of a profile entry by language."""
    primary = f"{key}_{_language}"
    if primary in entry:
        return entry[primary]
    other = f"{key}_{'en' if _language == 'zh' else 'zh'}"
    return entry.get(other, "")


def translated(text: str) -> str:
    """Translate a text that was marked with ``N_("…")`` where it was written
    (specs are built at import time, before the translator is installed)."""
    return tr(text) if text else text
