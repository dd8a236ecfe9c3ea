"""Statistics, tables, charts and the evaluation report of cc_warning results.

The modules ``results``, ``stats``, ``tables``, ``charts``, ``html`` and
``raster_stats`` are pure (no qgis/Qt import): they work on rows of
attributes, class codes and areas. ``layers`` reads those from QGIS layers.
"""
