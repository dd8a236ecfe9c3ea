"""Print layouts of the warning map: the shipped .qpt templates and the code
that fills them (map, legend, scale bar, north arrow, titles, statistics)."""
