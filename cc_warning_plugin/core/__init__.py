"""Pure method logic of cc_warning_plugin: formulas, gradings, combination
rules, profiles and the indicator dictionary.

Nothing in this package imports qgis or Qt, so it can be tested and reused
without QGIS. User-visible messages go through :func:`core.i18n.tr`, which
the plugin connects to Qt's translator.
"""
