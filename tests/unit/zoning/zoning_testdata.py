"""Small hand-made layers for the zoning tests (EPSG:4527, metres).

Coordinates are given relative to (X0, Y0) so that the numbers in the tests
stay readable; every area in the tests is a hand calculation on these
rectangles.
"""

import os

from osgeo import ogr, osr

from cc_warning_plugin.core.zoning.config import ZoningConfig
from cc_warning_plugin.core.zoning.features import Feature, FeatureSet, make_srs

X0, Y0 = 39_500_000.0, 3_300_000.0
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SAMPLE = os.path.join(ROOT, "cc_warning_plugin", "sample_data")
SHIFAN = os.path.join(SAMPLE, "shifan.gpkg")
ZONING = os.path.join(SAMPLE, "zoning.gpkg")


def srs(epsg: int = 4527) -> osr.SpatialReference:
    return make_srs(epsg)


def ring(*pts):
    """A polygon from relative (x, y) vertices (closed automatically)."""
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in list(pts) + [pts[0]]:
        r.AddPoint_2D(X0 + x, Y0 + y)
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(r)
    return p


def rect(x0, y0, x1, y1):
    return ring((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def multi(*polys):
    m = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polys:
        m.AddGeometry(p)
    return m


def point(x, y):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(X0 + x, Y0 + y)
    return p


def layer(name, items, epsg=4527):
    """FeatureSet from (id, geometry, attrs) tuples."""
    return FeatureSet(name, srs(epsg), [Feature(str(i), g, dict(a)) for i, g, a in items])


def to_epsg(fs: FeatureSet, epsg: int) -> FeatureSet:
    """The same features in another CRS (transformed here with OGR)."""
    target = srs(epsg)
    ct = osr.CoordinateTransformation(fs.srs, target)
    out = []
    for f in fs.features:
        g = f.geom.Clone()
        g.Transform(ct)
        out.append(Feature(f.fid, g, dict(f.attrs)))
    return FeatureSet(fs.name, target, out)


def townships(*specs):
    """Boundary layer from (code, county, geometry)."""
    return layer(
        "township", [(c, g, {"code": c, "name": f"T{c[-3:]}", "county": k}) for c, k, g in specs]
    )


def config(**changes) -> ZoningConfig:
    """The default [zoning] section with some values replaced (dotted keys
    with "__" for ".")."""
    cfg = ZoningConfig.from_profile()
    import copy

    data = copy.deepcopy(cfg.data)
    for key, value in changes.items():
        node = data
        parts = key.split("__")
        for p in parts[:-1]:
            node = node[p]
        node[parts[-1]] = value
    return ZoningConfig(data, cfg.profile_id, cfg.profile_version)


def units_layer(items, epsg=4527, name="units"):
    """Unit layer from (code, class, county, geometry) with the default
    field names."""
    return layer(
        name,
        [
            (
                code,
                g,
                {
                    "HJZHGKDYBM": code,
                    "HJZHGKDYMC": f"单元{code[-4:]}",
                    "ZHGKDYFL": cls,
                    "XZQHDM": county,
                },
            )
            for code, cls, county, g in items
        ],
        epsg,
    )


class Feedback:
    def __init__(self, cancel_after=None):
        self.progress = []
        self.info = []
        self.warnings = []
        self.cancel_after = cancel_after

    def setProgress(self, p):
        self.progress.append(p)

    def isCanceled(self):
        return self.cancel_after is not None and len(self.progress) >= self.cancel_after

    def pushInfo(self, text):
        self.info.append(text)

    def pushWarning(self, text):
        self.warnings.append(text)
