"""Small evaluation results and planning base layers for the map, layout and
report tests, written with OGR/GDAL (EPSG:4527, metres).

Eight counties of 10 km × 10 km (100 km² each) in two rows of four; the
2025 result holds all five warning colours: red ×2, orange, yellow ×2,
blue, green ×2. The 2020 result differs so that every kind of change occurs
(see EARLIER below).
"""

import os

import numpy as np
from osgeo import gdal, ogr, osr

X0, Y0, SIDE = 39_480_000.0, 3_300_000.0, 10_000.0

# code, name, warning, load, trend, land (index, class), env (index, class), cause
COUNTIES = [
    (
        "990101",
        "城关区",
        "red",
        "overload",
        "worsening",
        0.12,
        "overload",
        -0.10,
        "critical",
        "土地资源超载（土地资源压力指数 0.12）",
    ),
    (
        "990102",
        "东港区",
        "orange",
        "overload",
        "easing",
        0.05,
        "overload",
        -0.30,
        "none",
        "土地资源超载",
    ),
    (
        "990103",
        "北山县",
        "yellow",
        "critical",
        "worsening",
        -0.10,
        "critical",
        -0.40,
        "none",
        "土地资源临界超载",
    ),
    (
        "990104",
        "南湖县",
        "blue",
        "critical",
        "easing",
        -0.50,
        "none",
        -0.05,
        "critical",
        "环境临界超载",
    ),
    ("990105", "西岭县", "green", "none", "easing", -0.45, "none", -0.35, "none", ""),
    ("990106", "河口县", "green", "none", "worsening", -0.40, "none", -0.30, "none", ""),
    (
        "990107",
        "平原县",
        "red",
        "overload",
        "worsening",
        0.20,
        "overload",
        0.10,
        "overload",
        "土地资源、环境超载",
    ),
    (
        "990108",
        "丘陵县",
        "yellow",
        "critical",
        "worsening",
        -0.35,
        "none",
        -0.15,
        "critical",
        "环境临界超载",
    ),
]

#: 2020 warning level per county code (990108 is missing in 2020).
EARLIER = {
    "990101": "orange",
    "990102": "orange",
    "990103": "green",
    "990104": "red",
    "990105": "green",
    "990106": "yellow",
    "990107": "red",
}

LABELS_ZH = {
    "red": "红色预警（极重警）",
    "orange": "橙色预警（重警）",
    "yellow": "黄色预警（中警）",
    "blue": "蓝色预警（轻警）",
    "green": "绿色（无警）",
    "overload": "超载",
    "critical": "临界超载",
    "none": "不超载",
    "worsening": "资源环境耗损加剧型",
    "easing": "资源环境耗损趋缓型",
}


def srs(epsg=4527):
    s = osr.SpatialReference()
    s.ImportFromEPSG(epsg)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


def square(i, shrink=0.0, part=None):
    col, row = i % 4, i // 4
    x0, y0 = X0 + col * SIDE, Y0 + row * SIDE
    x1, y1 = x0 + SIDE, y0 + SIDE
    if part == "left":
        x1 = x0 + SIDE / 2
    elif part == "right":
        x0 = x0 + SIDE / 2
    x0, y0, x1, y1 = x0 + shrink, y0 + shrink, x1 - shrink, y1 - shrink
    return ogr.CreateGeometryFromWkt(
        f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
    )


def _layer(path, name, fields, epsg=4527):
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(path, 1) if os.path.exists(path) else driver.CreateDataSource(path)
    lyr = ds.CreateLayer(name, srs(epsg), ogr.wkbPolygon)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    return ds, lyr


def _add(lyr, geom, values):
    f = ogr.Feature(lyr.GetLayerDefn())
    for k, v in values.items():
        f.SetField(k, v)
    f.SetGeometry(geom)
    lyr.CreateFeature(f)


S, R, INT = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger


def write_result(path, year=2025, warnings=None, name="result", extra_codes=None):
    """A 2016-method result layer (all field names of the interface)."""
    fields = [
        ("行政区划代码", S),
        ("名称", S),
        ("year", INT),
        ("land_index", R),
        ("land_class", S),
        ("land_label", S),
        ("land_note", S),
        ("env_index", R),
        ("env_class", S),
        ("env_label", S),
        ("env_note", S),
        ("trend_type", S),
        ("trend_label", S),
        ("trend_r_land", R),
        ("trend_r_cod", R),
        ("load_type", S),
        ("load_label", S),
        ("warning_level", S),
        ("warning_label", S),
        ("cause", S),
        ("cause_elements", S),
    ]
    ds, lyr = _layer(path, name, fields)
    for i, c in enumerate(COUNTIES):
        code, cname, warn, load, trend, li, lc, ei, ec, cause = c
        if warnings is not None:
            if code not in warnings:
                continue
            warn = warnings[code]
        if extra_codes and code in extra_codes:
            warn = extra_codes[code]
        _add(
            lyr,
            square(i),
            {
                "行政区划代码": code,
                "名称": cname,
                "year": year,
                "land_index": li,
                "land_class": lc,
                "land_label": LABELS_ZH[lc],
                "land_note": "",
                "env_index": ei,
                "env_class": ec,
                "env_label": LABELS_ZH[ec],
                "env_note": "",
                "trend_type": trend,
                "trend_label": LABELS_ZH[trend],
                "trend_r_land": 0.01 * (i - 3),
                "trend_r_cod": -0.02 * i,
                "load_type": load,
                "load_label": LABELS_ZH[load],
                "warning_level": warn,
                "warning_label": LABELS_ZH.get(warn, warn),
                "cause": cause,
                "cause_elements": "land" if "土地" in cause else ("env" if cause else ""),
            },
        )
    del ds
    return f"{path}|layername={name}"


def write_base(path):
    """county, township, eco_redline, farmland_protection, urban_boundary,
    landuse (EPSG:4527) and county_4490 (the counties in EPSG:4490)."""
    ds, lyr = _layer(path, "county", [("行政区划代码", S), ("名称", S)])
    for i, c in enumerate(COUNTIES):
        _add(lyr, square(i), {"行政区划代码": c[0], "名称": c[1]})
    ds = None
    ds, lyr = _layer(path, "township", [("乡镇代码", S), ("乡镇名称", S)])
    for i, c in enumerate(COUNTIES):
        for part in ("left", "right"):
            side = "东" if part == "right" else "西"
            _add(
                lyr,
                square(i, part=part),
                {"乡镇代码": f"{c[0]}{part[0]}", "乡镇名称": f"{c[1][:2]}{side}镇"},
            )
    ds = None
    ds, lyr = _layer(path, "eco_redline", [("红线编码", S)])
    _add(lyr, square(5, shrink=2500), {"红线编码": "HX01"})
    ds = None
    ds, lyr = _layer(path, "farmland_protection", [("图斑编号", S)])
    _add(lyr, square(6, shrink=3000), {"图斑编号": "NT01"})
    ds = None
    ds, lyr = _layer(path, "urban_boundary", [("边界编码", S), ("名称", S)])
    _add(lyr, square(0, shrink=3000), {"边界编码": "KB01", "名称": "城关城镇开发边界"})
    ds = None
    ds, lyr = _layer(path, "landuse", [("图斑编号", S), ("地类编码", S)])
    for i, code in enumerate(["0101", "0301", "0702", "1101", "0404", "1207", "0101", "0301"]):
        _add(lyr, square(i, shrink=500), {"图斑编号": f"T{i}", "地类编码": code})
    ds = None
    ds, lyr = _layer(path, "county_4490", [("行政区划代码", S), ("名称", S)], epsg=4490)
    tr = osr.CoordinateTransformation(srs(4527), srs(4490))
    for i, c in enumerate(COUNTIES):
        g = square(i)
        g.Transform(tr)
        _add(lyr, g, {"行政区划代码": c[0], "名称": c[1]})
    del ds
    return path


def write_class_raster(path, set_key="dual.classes.levels", with_metadata=True):
    """40 × 40 cells of 500 m (0.25 km²) over the western counties.

    Values by row band of 8 rows: 1, 2, 3, 5, then the last 8 rows hold
    4 rows of 9 (a value the class set does not know) and 4 rows of nodata
    (0): 320 cells each of 1, 2, 3 and 5 (80 km² each), 160 cells of 9
    (40 km²), 160 nodata cells.
    """
    drv = gdal.GetDriverByName("GTiff")
    ds = drv.Create(path, 40, 40, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, 500.0, 0, Y0 + 2 * SIDE, 0, -500.0))
    ds.SetProjection(srs().ExportToWkt())
    data = np.zeros((40, 40), dtype=np.uint8)
    data[0:8] = 1
    data[8:16] = 2
    data[16:24] = 3
    data[24:32] = 5
    data[32:36] = 9
    data[36:40] = 0
    band = ds.GetRasterBand(1)
    band.WriteArray(data)
    band.SetNoDataValue(0)
    if with_metadata:
        band.SetMetadataItem("CC_WARNING_CLASS_SET", set_key)
        band.SetDescription("农业耕作条件（测试）")
    ds.FlushCache()
    ds = None
    return path
