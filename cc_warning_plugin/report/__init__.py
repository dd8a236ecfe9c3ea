"""Statistics, tables, charts and the reports of cc_warning results.

The modules ``results``, ``stats``, ``tables``, ``charts``, ``html``,
``raster_stats``, ``docmodel``, ``annual``, ``action_charts``, ``public`` and
``outputs`` are pure (no qgis/Qt import at module level): they work on rows of
attributes, class codes and areas. ``layers`` reads those from QGIS layers;
``pdf`` prints a document with Qt's text engine (``outputs`` imports it only
when a PDF is asked for).
"""
