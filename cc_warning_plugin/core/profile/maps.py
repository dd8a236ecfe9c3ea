"""Profile schema of the warning maps, layouts and report: base-map symbols,
change classes, land-use classes, fonts and resolution."""

from .vocab import bool_, class_set, color, list_of, num, one_of, one_of_color_or_empty, str_, table


def _maps():
    """Warning maps, layouts and report: base-map symbols, change classes."""

    def vector_symbol(extra=None):
        req = {
            "label_zh": str_(),
            "label_en": str_(),
            "fill": one_of_color_or_empty(),
            "fill_opacity": num(0, 1),
            "stroke": one_of_color_or_empty(),
            "stroke_width": num(0, 10),
            "stroke_style": one_of("solid", "dash", "dot", "dash_dot"),
            "above_result": bool_(),
            "label_fields": list_of(str_()),
            "label_size": num(0, 72),
            "label_color": color(),
        }
        req.update(extra or {})
        return table(req)

    basemap = table(
        {
            "county": vector_symbol(),
            "township": vector_symbol(),
            "eco_redline": vector_symbol(),
            "farmland": vector_symbol(),
            "urban_boundary": vector_symbol(),
            "landuse": vector_symbol({"code_fields": list_of(str_(), 1)}),
            "raster": table({"label_zh": str_(), "label_en": str_(), "opacity": num(0, 1)}),
        },
        {"tag": str_()},
    )
    return table(
        {
            "result_opacity": num(0, 1),
            "fonts": list_of(str_(), 1),
            "dpi": num(72, 1200, integer=True),
            "unclassified_color": color(),
            "unranked": list_of(str_()),
            "change_classes": class_set(),
            "basemap": basemap,
            "landuse_classes": class_set(),
        },
        {"tag": str_(), "fallback_classes": str_()},
    )


def sections():
    return {"maps": _maps()}
