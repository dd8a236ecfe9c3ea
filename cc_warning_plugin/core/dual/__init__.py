"""双评价 method logic on numpy arrays: single-factor gradings, terrain
(slope, relief), climate indices, integration matrices and downgrade chains,
suitability classes, carrying scale and area tables.

Every function works on one block of cells (numpy arrays) and takes its
numbers from the method profile; the block-wise raster engine
(:mod:`cc_warning_plugin.raster`) feeds it. No GDAL, qgis or Qt import here.
"""
