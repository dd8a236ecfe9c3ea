#!/usr/bin/python3
"""Compare two folders of demo results, e.g. the demo run on Debian 12 and on
Debian 13 (./scripts/demo.sh and ./scripts/demo.sh --debian 13):

  /usr/bin/python3 scripts/compare_demo.py output/demo output/debian13/demo

- rasters (.tif): size, georeferencing, CRS, data type, nodata, band names,
  class categories, statistics and every cell (integers exactly, floats within
  the tolerance; the nodata masks exactly);
- vector layers (.gpkg): layers, fields, and feature by feature every attribute
  (numbers within the tolerance) and the geometry (symmetric difference below
  the area tolerance); not the style QGIS keeps in the GeoPackage (its own XML);
- tables (.xlsx every sheet, .csv): headers and every cell;
- styles (.qml): the classes (value, label, colour) of the renderer;
- map images: PNG size, PDF page count and size; the HTML report: present;
- Word reports (.docx): the text of every paragraph and table cell, the pixel
  size of every picture (not the XML or the pictures' bytes);

What legitimately differs between two runs is left out: the software versions
and the time in the provenance, fields and columns named ``…_at`` (when a
database row was added, imported or evaluated), and the folders themselves (each root is
replaced by ``<demo>``, its parent by ``<output>``). Prints one line per
difference and exits 1 if there is any.
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import Callable, Dict, List, Optional

import numpy as np
from osgeo import gdal, ogr, osr

PROVENANCE_KEY = "CC_WARNING_PROVENANCE"
#: provenance keys whose values differ from one run to the next by nature
VOLATILE_KEY = re.compile(r"(^|\.)(versions(\..*)?|time)$")
SKIP_SUFFIXES = (".aux.xml", ".log")  # .aux.xml: read through GDAL with its raster
#: fields and columns that hold when the run did something (a database's
#: added_at, imported_at, started_at, finished_at, a due list's evaluated_at)
VOLATILE_FIELD = re.compile(r"_at$")
#: GeoPackage tables QGIS writes for itself (the layer style, in its own XML of each release)
SKIP_LAYERS = {"layer_styles"}


class Comparison:
    def __init__(
        self, a: str, b: str, rtol: float = 1e-6, atol: float = 1e-9, area_tol: float = 1e-3
    ):
        self.a, self.b = os.path.abspath(a), os.path.abspath(b)
        self.rtol, self.atol, self.area_tol = rtol, atol, area_tol
        self.differences: List[str] = []
        self.compared = 0

    # -- helpers -----------------------------------------------------------
    def diff(self, rel: str, what: str) -> None:
        self.differences.append(f"{rel}: {what}")

    @staticmethod
    def show(value) -> str:
        text = repr(value)
        return text if len(text) <= 80 else text[:77] + "…"

    def normalise(self, text: str, root: str) -> str:
        return text.replace(root, "<demo>").replace(os.path.dirname(root), "<output>")

    def same_value(self, x, y, root_x: str, root_y: str) -> bool:
        if isinstance(x, str) and isinstance(y, str):
            return self.normalise(x, root_x) == self.normalise(y, root_y)
        if _is_number(x) and _is_number(y):
            x, y = float(x), float(y)
            if math.isnan(x) or math.isnan(y):
                return math.isnan(x) and math.isnan(y)
            return math.isclose(x, y, rel_tol=self.rtol, abs_tol=self.atol)
        if _is_missing(x) and _is_missing(y):
            return True
        return x == y

    # -- the folders --------------------------------------------------------
    def run(self) -> List[str]:
        files_a, files_b = _files(self.a), _files(self.b)
        for rel in sorted(files_a - files_b):
            self.diff(rel, f"only in {self.a}")
        for rel in sorted(files_b - files_a):
            self.diff(rel, f"only in {self.b}")
        handlers: Dict[str, Callable[[str], None]] = {
            ".tif": self.raster,
            ".gpkg": self.vector,
            ".xlsx": self.workbook,
            ".csv": self.csv,
            ".qml": self.qml,
            ".png": self.png,
            ".pdf": self.pdf,
            ".docx": self.docx,
            ".html": lambda rel: None,
        }
        for rel in sorted(files_a & files_b):
            handler = handlers.get(os.path.splitext(rel)[1].lower(), self.bytes)
            handler(rel)
            self.compared += 1
        return self.differences

    def bytes(self, rel: str) -> None:
        with (
            open(os.path.join(self.a, rel), "rb") as fa,
            open(os.path.join(self.b, rel), "rb") as fb,
        ):
            if fa.read() != fb.read():
                self.diff(rel, "contents differ")

    # -- rasters ---------------------------------------------------------------
    def raster(self, rel: str) -> None:
        da = gdal.Open(os.path.join(self.a, rel))
        db = gdal.Open(os.path.join(self.b, rel))
        if (da.RasterXSize, da.RasterYSize, da.RasterCount) != (
            db.RasterXSize,
            db.RasterYSize,
            db.RasterCount,
        ):
            self.diff(
                rel,
                f"size {da.RasterXSize}×{da.RasterYSize}×{da.RasterCount} vs "
                f"{db.RasterXSize}×{db.RasterYSize}×{db.RasterCount}",
            )
            return
        if not np.allclose(da.GetGeoTransform(), db.GetGeoTransform(), rtol=1e-12, atol=1e-9):
            self.diff(rel, f"geotransform {da.GetGeoTransform()} vs {db.GetGeoTransform()}")
        sa, sb = osr.SpatialReference(), osr.SpatialReference()
        sa.ImportFromWkt(da.GetProjection() or "")
        sb.ImportFromWkt(db.GetProjection() or "")
        if not sa.IsSame(sb):
            self.diff(rel, "CRS differs")
        self.provenance(rel, da.GetMetadataItem(PROVENANCE_KEY), db.GetMetadataItem(PROVENANCE_KEY))
        for i in range(1, da.RasterCount + 1):
            self.band(rel, i, da.GetRasterBand(i), db.GetRasterBand(i))

    def band(self, rel: str, i: int, ba, bb) -> None:
        where = f"band {i}"
        for name, get in (
            ("data type", lambda b: gdal.GetDataTypeName(b.DataType)),
            ("nodata", lambda b: b.GetNoDataValue()),
            ("description", lambda b: b.GetDescription()),
            ("categories", lambda b: b.GetCategoryNames()),
            ("unit", lambda b: b.GetUnitType()),
        ):
            va, vb = get(ba), get(bb)
            if not self.same_value(va, vb, self.a, self.b) and va != vb:
                self.diff(rel, f"{where} {name} {self.show(va)} vs {self.show(vb)}")
        ma, mb = ba.GetMetadata(), bb.GetMetadata()
        for key in sorted(set(ma) | set(mb)):
            if not self.same_value(
                _number_or_text(ma.get(key)), _number_or_text(mb.get(key)), self.a, self.b
            ):
                self.diff(
                    rel,
                    f"{where} metadata {key} {self.show(ma.get(key))} vs {self.show(mb.get(key))}",
                )
        ca, cb = ba.GetColorTable(), bb.GetColorTable()
        if (ca is None) != (cb is None) or (
            ca is not None
            and [ca.GetColorEntry(k) for k in range(ca.GetCount())]
            != [cb.GetColorEntry(k) for k in range(cb.GetCount())]
        ):
            self.diff(rel, f"{where} colour table differs")
        a, b = ba.ReadAsArray(), bb.ReadAsArray()
        nodata = ba.GetNoDataValue()
        miss_a, miss_b = _missing(a, nodata), _missing(b, nodata)
        if (miss_a != miss_b).any():
            self.diff(
                rel, f"{where}: {int((miss_a != miss_b).sum())} cells are nodata in one folder only"
            )
        both = ~miss_a & ~miss_b
        if a.dtype.kind == "f" or b.dtype.kind == "f":
            bad = both & ~np.isclose(a, b, rtol=self.rtol, atol=self.atol)
        else:
            bad = both & (a != b)
        if bad.any():
            worst = float(np.max(np.abs(a[bad].astype(np.float64) - b[bad].astype(np.float64))))
            self.diff(
                rel,
                f"{where}: {int(bad.sum())} of {int(both.sum())} cells differ "
                f"(largest difference {worst:g})",
            )

    def provenance(self, rel: str, pa: Optional[str], pb: Optional[str]) -> None:
        if (pa is None) != (pb is None):
            self.diff(rel, "provenance present in one folder only")
            return
        if pa is None:
            return
        fa, fb = _flatten(json.loads(pa)), _flatten(json.loads(pb))
        for key in sorted(set(fa) | set(fb)):
            if VOLATILE_KEY.search(key):
                continue
            if not self.same_value(fa.get(key), fb.get(key), self.a, self.b):
                self.diff(
                    rel, f"provenance {key} {self.show(fa.get(key))} vs {self.show(fb.get(key))}"
                )

    # -- vector layers ---------------------------------------------------------
    def vector(self, rel: str) -> None:
        da = ogr.Open(os.path.join(self.a, rel))
        db = ogr.Open(os.path.join(self.b, rel))
        names_a = [
            da.GetLayer(i).GetName()
            for i in range(da.GetLayerCount())
            if da.GetLayer(i).GetName() not in SKIP_LAYERS
        ]
        names_b = [
            db.GetLayer(i).GetName()
            for i in range(db.GetLayerCount())
            if db.GetLayer(i).GetName() not in SKIP_LAYERS
        ]
        if names_a != names_b:
            self.diff(rel, f"layers {names_a} vs {names_b}")
            return
        for name in names_a:
            self.layer(f"{rel}|{name}", da.GetLayerByName(name), db.GetLayerByName(name))

    def layer(self, where: str, la, lb) -> None:
        defn_a, defn_b = la.GetLayerDefn(), lb.GetLayerDefn()
        fields_a = [defn_a.GetFieldDefn(i).GetName() for i in range(defn_a.GetFieldCount())]
        fields_b = [defn_b.GetFieldDefn(i).GetName() for i in range(defn_b.GetFieldCount())]
        if fields_a != fields_b:
            self.diff(where, f"fields {fields_a} vs {fields_b}")
            return
        feats_a, feats_b = list(la), list(lb)
        if len(feats_a) != len(feats_b):
            self.diff(where, f"{len(feats_a)} features vs {len(feats_b)}")
            return
        for n, (fa, fb) in enumerate(zip(feats_a, feats_b), start=1):
            for field in fields_a:
                if VOLATILE_FIELD.search(field):
                    continue
                va, vb = fa.GetField(field), fb.GetField(field)
                if not self.same_value(va, vb, self.a, self.b):
                    self.diff(
                        where, f"feature {n} field {field}: {self.show(va)} vs {self.show(vb)}"
                    )
            ga, gb = fa.GetGeometryRef(), fb.GetGeometryRef()
            if (ga is None) != (gb is None):
                self.diff(where, f"feature {n}: geometry in one folder only")
            elif ga is not None and ga.ExportToWkb() != gb.ExportToWkb():
                area = ga.SymDifference(gb).Area() if ga.Area() or gb.Area() else ga.Distance(gb)
                if area > self.area_tol:
                    self.diff(where, f"feature {n}: geometries differ by {area:g}")

    # -- tables ----------------------------------------------------------------
    def workbook(self, rel: str) -> None:
        import pandas as pd

        sa = pd.read_excel(os.path.join(self.a, rel), sheet_name=None, header=None)
        sb = pd.read_excel(os.path.join(self.b, rel), sheet_name=None, header=None)
        if list(sa) != list(sb):
            self.diff(rel, f"sheets {list(sa)} vs {list(sb)}")
            return
        for name in sa:
            self.frame(f"{rel}|{name}", sa[name], sb[name])

    def csv(self, rel: str) -> None:
        import pandas as pd

        read = lambda p: pd.read_csv(p, header=None, dtype=object, keep_default_na=False)  # noqa
        self.frame(rel, read(os.path.join(self.a, rel)), read(os.path.join(self.b, rel)))

    def frame(self, where: str, fa, fb) -> None:
        if fa.shape != fb.shape:
            self.diff(where, f"{fa.shape[0]}×{fa.shape[1]} cells vs {fb.shape[0]}×{fb.shape[1]}")
            return
        header = [str(v) for v in fa.iloc[0].tolist()] if fa.shape[0] else []
        for r in range(fa.shape[0]):
            row_a = [_number_or_text(v) for v in fa.iloc[r].tolist()]
            row_b = [_number_or_text(v) for v in fb.iloc[r].tolist()]
            if any(isinstance(v, str) and VOLATILE_KEY.search(v) for v in row_a):
                continue  # a provenance row: versions, time
            for c, (va, vb) in enumerate(zip(row_a, row_b)):
                if r > 0 and VOLATILE_FIELD.search(header[c]):
                    continue
                if not self.same_value(va, vb, self.a, self.b):
                    self.diff(
                        where, f"row {r + 1} column {c + 1}: {self.show(va)} vs {self.show(vb)}"
                    )

    # -- styles and images -------------------------------------------------------
    def qml(self, rel: str) -> None:
        ca, cb = _qml_classes(os.path.join(self.a, rel)), _qml_classes(os.path.join(self.b, rel))
        if ca != cb:
            self.diff(rel, f"style classes {ca} vs {cb}")

    def png(self, rel: str) -> None:
        da = gdal.Open(os.path.join(self.a, rel))
        db = gdal.Open(os.path.join(self.b, rel))
        if (da.RasterXSize, da.RasterYSize) != (db.RasterXSize, db.RasterYSize):
            self.diff(
                rel, f"image {da.RasterXSize}×{da.RasterYSize} vs {db.RasterXSize}×{db.RasterYSize}"
            )

    def docx(self, rel: str) -> None:
        """Word reports: the text of every paragraph and table cell in order
        (the provenance rows of versions and time left out) and the pixel
        size of every picture; not the XML, which each python-docx release
        writes in its own way, nor the pictures' bytes (matplotlib's)."""
        ca, cb = (_docx_content(os.path.join(root, rel)) for root in (self.a, self.b))
        ta = [self.normalise(t, self.a) for t in ca["text"]]
        tb = [self.normalise(t, self.b) for t in cb["text"]]
        if len(ta) != len(tb):
            self.diff(rel, f"{len(ta)} paragraphs and cells vs {len(tb)}")
        for i, (x, y) in enumerate(zip(ta, tb)):
            if x != y:
                self.diff(rel, f"text {i + 1}: {self.show(x)} vs {self.show(y)}")
                break
        if ca["images"] != cb["images"]:
            self.diff(rel, f"pictures {ca['images']} vs {cb['images']}")

    def pdf(self, rel: str) -> None:
        ia, ib = _pdfinfo(os.path.join(self.a, rel)), _pdfinfo(os.path.join(self.b, rel))
        if ia != ib:
            self.diff(rel, f"PDF {ia} vs {ib}")


def _files(root: str) -> set:
    out = set()
    for dirpath, _, names in os.walk(root):
        for name in names:
            if name.endswith(SKIP_SUFFIXES):
                continue
            out.add(os.path.relpath(os.path.join(dirpath, name), root))
    return out


def _is_number(v) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)


def _is_missing(v) -> bool:
    return v is None or v == "" or (isinstance(v, float) and math.isnan(v))


def _number_or_text(v):
    """Metadata and table cells as numbers where they read as one."""
    if isinstance(v, str):
        try:
            return float(v)
        except ValueError:
            return v
    return v


def _missing(arr: np.ndarray, nodata) -> np.ndarray:
    miss = np.isnan(arr) if arr.dtype.kind == "f" else np.zeros(arr.shape, dtype=bool)
    if nodata is not None and not (isinstance(nodata, float) and math.isnan(nodata)):
        miss |= arr == arr.dtype.type(nodata) if arr.dtype.kind != "f" else arr == nodata
    return miss


def _flatten(obj, prefix: str = "") -> Dict[str, object]:
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    if isinstance(obj, list):
        out = {}
        for i, v in enumerate(obj):
            out.update(_flatten(v, f"{prefix}[{i}]"))
        return out
    return {prefix: obj}


def _qml_classes(path: str) -> List[tuple]:
    root = ET.parse(path).getroot()
    out = []
    for cat in root.iter("category"):
        out.append(("category", cat.get("value"), cat.get("label")))
    for item in root.iter("item"):  # raster palettes
        out.append(("item", item.get("value"), item.get("label"), item.get("color")))
    return out


def _docx_content(path: str) -> Dict[str, list]:
    import zipfile

    import docx

    document = docx.Document(path)
    text: List[str] = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if any(VOLATILE_KEY.search(c) for c in cells):  # versions.gdal, time
                continue
            text.extend(cells)
    images = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if n.startswith("word/media/")):
            local = f"/vsimem/compare_demo_{os.getpid()}_{os.path.basename(name)}"
            gdal.FileFromMemBuffer(local, z.read(name))
            try:
                ds = gdal.Open(local)
                images.append((os.path.basename(name), ds.RasterXSize, ds.RasterYSize))
                ds = None
            finally:
                gdal.Unlink(local)
    return {"text": text, "images": images}


def _pdfinfo(path: str) -> Dict[str, str]:
    proc = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True)
    info = dict(line.split(":", 1) for line in proc.stdout.splitlines() if ":" in line)
    return {k: info.get(k, "").strip() for k in ("Pages", "Page size")}


def main(argv=None) -> int:
    # a script of its own: GDAL's exceptions for the whole process
    gdal.UseExceptions()
    ogr.UseExceptions()
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--rtol", type=float, default=1e-6, help="relative tolerance of numbers")
    parser.add_argument("--atol", type=float, default=1e-9, help="absolute tolerance of numbers")
    parser.add_argument(
        "--area-tol",
        type=float,
        default=1e-3,
        help="largest symmetric difference of two geometries (CRS units²)",
    )
    args = parser.parse_args(argv)
    for folder in (args.a, args.b):
        if not os.path.isdir(folder):
            print(
                f"compare_demo: {folder} is not a folder; run the demo first "
                "(./scripts/demo.sh, ./scripts/demo.sh --debian 13).",
                file=sys.stderr,
            )
            return 2
    cmp = Comparison(args.a, args.b, args.rtol, args.atol, args.area_tol)
    differences = cmp.run()
    for line in differences:
        print(line)
    print(
        f"compare_demo: {cmp.compared} files compared, {len(differences)} difference(s) "
        f"(rtol {args.rtol:g}, atol {args.atol:g})"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
