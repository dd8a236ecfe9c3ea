"""The monitoring database (监测预警数据库): one schema on GeoPackage and on
PostgreSQL/PostGIS, numbered SQL migrations, imports with versions and
conflicts, station records with their quality control, evaluation runs and
their results, history, backup. Qt-free; see docs/database.md.

Modules (import them directly; this package imports nothing on its own so
that loading a method profile stays light):

- :mod:`.db` — :func:`~.db.open_store`, :func:`~.db.create_geopackage`,
  :func:`~.db.create_postgis`, the :class:`~.db.Store` layer;
- :mod:`.migrations` — schema versions and upgrades;
- :mod:`.connection` — PostgreSQL parameters, QGIS connection URIs, no
  passwords in any text;
- :mod:`.catalog` — departments, indicators, periods;
- :mod:`.units` — evaluation units and their codes;
- :mod:`.importer` — indicator workbooks (dry run, versions, conflicts);
- :mod:`.stations` — stations and their records with the QC hook;
- :mod:`.evaluation` — the evaluation table of a period, runs and results,
  history, the inputs of the cadence;
- :mod:`.backup` — copies, export to and from GeoPackage;
- :mod:`.sample` — the sample city's database.
"""
