"""生态环境分区管控 (environmental zoning control), Qt-free.

- :mod:`.delineate` — control units from priority and key-control layers
  fitted to township boundaries, slivers merged, codes, the gap/overlap check;
- :mod:`.validate` — checks of an official unit layer;
- :mod:`.access_list` and :mod:`.conditions` — the 准入清单 as data and its
  condition grammar;
- :mod:`.compliance` — the 符合性分析 of project sites;
- :mod:`.compare` — two versions of the units;
- :mod:`.features` and :mod:`.geometry` — features, reading and writing
  layers, spatial index and geometry helpers (``osgeo.ogr``/GEOS);
- :mod:`.config` — the profile's ``[zoning]`` section as an object.

See docs/zoning.md.
"""
