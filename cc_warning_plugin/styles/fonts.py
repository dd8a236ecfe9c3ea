"""The font for Chinese text: the first family of the profile's
``maps.fonts`` list installed on this machine."""

from typing import Optional

from qgis.PyQt.QtGui import QFont, QFontDatabase

from ..core.profile import Profile


def installed_families() -> set:
    return set(QFontDatabase().families())


def cjk_family(profile: Profile) -> Optional[str]:
    """The first font of ``maps.fonts`` that is installed, or ``None``."""
    have = installed_families()
    lower = {f.lower(): f for f in have}
    for name in profile.get("maps.fonts"):
        if name in have:
            return name
        if name.lower() in lower:
            return lower[name.lower()]
    return None


def cjk_font(profile: Profile, size: float = 10.0, bold: bool = False) -> QFont:
    """A QFont for Chinese text (the system default when no listed font is
    installed; the caller warns with :func:`missing_font_message`)."""
    family = cjk_family(profile)
    font = QFont(family) if family else QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font
