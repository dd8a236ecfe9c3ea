"""The generator of the bundled sample data of cc_warning_plugin: the fictional city 示范市
(Shifan).

Run it through ``scripts/make_sample_data.py``. Modules by theme, in the order the data are built:

- :mod:`.frame` — paths, CRS, grids, years, seeds; :mod:`.fields` and :mod:`.shapes` — numeric
  fields and vector shapes;
- :mod:`.counties` — the county-level units; :mod:`.design` — their designed results (the oracle);
- :mod:`.method` — everything taken from the method profile through the plugin's core;
- :mod:`.admin` — outline, counties, townships; :mod:`.terrain` — DEM, rivers, lake, climate;
- :mod:`.degradation`, :mod:`.landcover` (land cover, land use, soil, vegetation), :mod:`.zoning`
  (三区三线), :mod:`.monitoring` (stations, sections, daily and monthly series), :mod:`.tables`
  (county indicator tables, national rates);
- :mod:`.assemble` — builds all of it; :mod:`.check` — the core evaluates it against the design;
  :mod:`.outputs` and :mod:`.writers` — the files; :mod:`.cli` — the command line.

Only numpy, the standard library, GDAL/OGR (osgeo) and the Qt-free core of the plugin are used.
"""
