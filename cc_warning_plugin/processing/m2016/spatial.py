"""Spatial steps of the 2016-method algorithms: stations and sections
joined to the unit polygons, construction land and degraded land by
overlay (overlaps dissolved), and raster cell counts per unit (block-wise,
bounded memory). Areas are in km² and only computed in a projected CRS."""

from array import array
from operator import methodcaller
from typing import Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.crs import check_projected
from ...core.errors import InputError, first_of
from ...core.gdal_open import read_array, unreadable_rows
from ...core.i18n import tr
from ...core.indicators import field_title, match_headers, normalize_header, text_value
from ...report.geometry import valid_geometry
from ...core.m2016.rows import BLOCK, PackedRows, RowLabels
from ...compat import FieldType
from ...raster.inputs import MOSTLY_NODATA


def check(feedback):
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))


def require_projected(crs, layer: str, purpose: str) -> None:
    """Areas are never computed in degrees (a QGIS CRS)."""
    valid = crs.isValid()
    name = (crs.authid() or crs.description()) if valid else None
    check_projected(layer, purpose, name, valid and crs.isGeographic())


class UnitGeometries:
    """Unit polygons by code with a spatial index, in the units' CRS."""

    def __init__(self, feats, codes: Sequence[str], crs, layer: str):
        self.crs = crs
        self.layer = layer
        self.codes = list(codes)
        self.geoms: Dict[str, QgsGeometry] = {}
        self.index = QgsSpatialIndex()
        self._by_id: Dict[int, str] = {}
        for i, (feat, code) in enumerate(zip(feats, codes)):
            geom = feat.geometry() if feat.hasGeometry() else None
            if (
                geom is None
                or geom.isEmpty()
                or geom.type() != QgsWkbTypes.GeometryType.PolygonGeometry
            ):
                raise InputError(
                    tr(
                        "{layer}: unit {code} has no polygon. Spatial inputs need the unit "
                        "polygons (a county layer), not a plain table."
                    ).format(layer=layer, code=code)
                )
            if not geom.isGeosValid():
                fixed = valid_geometry(geom)  # named before the run (INVALID_GEOMETRY)
                if fixed.isEmpty():
                    raise InputError(
                        tr(
                            "{layer}: the polygon of unit {code} is invalid and cannot be "
                            "repaired. "
                            "Fix it with Vector ▸ Geometry Tools ▸ Fix Geometries."
                        ).format(layer=layer, code=code)
                    )
                geom = fixed
            self.geoms[code] = geom
            self._by_id[i] = code
            self.index.addFeature(i, geom.boundingBox())

    @staticmethod
    def has_polygons(source) -> bool:
        return (
            QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        )

    def candidates(self, rect: QgsRectangle) -> List[str]:
        return [self._by_id[i] for i in sorted(self.index.intersects(rect))]

    def containing(self, point: QgsGeometry) -> Optional[str]:
        for code in self.candidates(point.boundingBox()):
            if self.geoms[code].intersects(point):
                return code
        return None

    def area_km2(self, code: str) -> float:
        return self.geoms[code].area() / 1e6


def transform_to(source_crs, target_crs, context):
    if not source_crs.isValid() or not target_crs.isValid() or source_crs == target_crs:
        return None
    return QgsCoordinateTransform(source_crs, target_crs, context.transformContext())


def layer_rows(source, feedback=None):
    """(rows, row ids, geometries) of a feature source."""
    names = source.fields().names()
    rows, ids, geoms = [], [], []
    for feat in source.getFeatures(QgsFeatureRequest()):
        check(feedback)
        rows.append(
            {
                n: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
                for n, v in zip(names, feat.attributes())
            }
        )
        ids.append(tr("feature {fid}").format(fid=feat.id()))
        geoms.append(feat.geometry() if feat.hasGeometry() else None)
    return rows, ids, geoms


def read_rows(
    source,
    feedback=None,
    span: Tuple[float, float] = (0, 0),
    null_objects: bool = True,
    layer=None,
    spill_rows: Optional[int] = None,
) -> Tuple[PackedRows, RowLabels, "SourceFeatures"]:
    """(rows, row ids, features) of a feature source, the rows kept compactly
    (:class:`~cc_warning_plugin.core.m2016.rows.PackedRows`) and the features
    read again from the source when they are iterated (``SourceFeatures``):
    a layer of tens of thousands of units is not held as QgsFeature objects.

    A NULL value is None; ``null_objects`` also takes other values whose
    ``isNull()`` is true (a null date) as None, as :func:`layer_rows` does,
    otherwise only NULL QVariants (as ``SpecAlgorithm.rows_of`` does).
    A CSV table is read column by column (:func:`csv_rows`) when ``source``,
    or ``layer`` — the layer ``source`` reads all features of — allows it.
    ``spill_rows``: the rows go to a spill file as they are read past that
    many (:class:`~cc_warning_plugin.core.m2016.rows.PackedRows`).
    """
    check(feedback)
    fast = csv_rows(layer if layer is not None else source, spill_rows)
    if fast is not None:
        rows, fids = fast
        labels = RowLabels(tr("feature {fid}"), fids)
        return rows, labels, SourceFeatures(source, labels.ids)
    names = source.fields().names()
    rows = PackedRows(names, spill_rows)
    fids = array("q")
    total = source.featureCount() or 1
    progress = span[1] > span[0]
    for i, feat in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback is not None:
            check(feedback)
            if progress:
                feedback.setProgress(span[0] + (span[1] - span[0]) * i / total)
        if null_objects:
            rows.append(
                [
                    None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                    for v in feat.attributes()
                ]
            )
        else:
            rows.append(
                [
                    None if v is None or (isinstance(v, QVariant) and v.isNull()) else v
                    for v in feat.attributes()
                ]
            )
        fids.append(feat.id())
    rows.close()
    labels = RowLabels(tr("feature {fid}"), fids)
    return rows, labels, SourceFeatures(source, labels.ids)  # one array of the ids


def csv_rows(layer, spill_rows: Optional[int] = None) -> Optional[Tuple[PackedRows, List[int]]]:
    """(rows, feature ids) of a CSV table read column by column, the values
    QGIS gives for it: text, NULL for a missing cell — about five times
    faster than reading it through QGIS feature by feature. A file without
    quotes is split in Python (:func:`_plain_csv_rows`), others are read by
    GDAL (Arrow). None (read it through QGIS) unless the layer is a plain
    CSV file of the OGR provider, all fields text, UTF-8, without subset or
    open options, and every value is valid UTF-8."""
    if (
        not isinstance(layer, QgsVectorLayer)
        or layer.providerType() != "ogr"
        or layer.subsetString()
    ):
        return None
    provider = layer.dataProvider()
    if provider is None or provider.encoding().replace("-", "").upper() != "UTF8":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path.lower().endswith(".csv") or any(
        parts.get(k) not in (None, "", [], {}, -1) for k in parts if k not in ("path", "layerName")
    ):
        return None
    names = layer.fields().names()
    if any(f.type() != FieldType.String for f in layer.fields()) or "OGC_FID" in names:
        return None
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None
    if ds is None or ds.GetDriver().ShortName != "CSV" or ds.GetLayerCount() != 1:
        return None
    lyr = ds.GetLayer(0)
    defn = lyr.GetLayerDefn()
    ogr_names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if (
        parts.get("layerName") not in (None, "", lyr.GetName())
        or ogr_names != names
        or not all(_utf8(n) for n in names)
        or not hasattr(lyr, "GetArrowStreamAsNumPy")
    ):
        return None  # (GDAL 3.6 crashes on a header that is not UTF-8)
    plain = _plain_csv_rows(path, names, spill_rows)
    if plain is not None:
        return plain
    stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"])
    try:
        return _arrow_rows(stream, names, spill_rows)
    finally:
        stream = None  # the stream before its layer and dataset
        lyr = None
        ds = None


def _arrow_rows(stream, names, spill_rows=None) -> Optional[Tuple[PackedRows, List[int]]]:
    rows = PackedRows(names, spill_rows)
    fids: List[int] = []
    for batch in stream:
        if list(batch) != ["OGC_FID"] + names:
            return None
        values = []
        for name in names:
            arr = batch[name]
            if arr.dtype.kind != "S":
                return None
            try:
                values.append(_decoded(arr.tolist()))
            except UnicodeDecodeError:
                return None
        rows.extend_columns(values)
        fids += batch["OGC_FID"].tolist()
    return rows.close(), fids


_COMMAS = methodcaller("count", ",")


def _plain_csv_rows(
    path: str, names: List[str], spill_rows: Optional[int] = None
) -> Optional[Tuple[PackedRows, List[int]]]:
    """(rows, feature ids) of a CSV file without quotes, split at its commas
    in Python — the values GDAL's CSV driver gives for it (a value as
    written, spaces kept; NULL for a cell missing at the end of a line, the
    cells past the last field left out, empty lines skipped; feature ids
    1, 2, … in the order of the lines), about four times faster. None
    (read it through GDAL) for a file holding a quote or a NUL, not valid
    UTF-8, or whose first line is not ``names`` joined by commas (GDAL's
    header) or could have GDAL take another separator (a semicolon or tab
    in it, or a space and no comma). The file is read :data:`CSV_PIECE`
    bytes (whole lines) at a time, not all at once."""
    try:
        with open(path, "rb") as f:
            return _plain_split(f, names, spill_rows)
    except OSError:
        return None


#: bytes of a CSV file read at a time by :func:`_plain_csv_rows`
CSV_PIECE = 1 << 22


def _plain_split(
    f, names: List[str], spill_rows: Optional[int] = None
) -> Optional[Tuple[PackedRows, List[int]]]:
    n = len(names)
    rows = PackedRows(names, spill_rows)
    header = None
    pending: List[bytes] = []  # lines not yet packed
    count = 0
    while True:
        lines = f.readlines(CSV_PIECE)  # ends at a line's end: \r\n is never cut
        if not lines:
            break
        data = b"".join(lines)
        del lines
        if header is None and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if b'"' in data or b"\0" in data:
            return None
        if b"\r" in data:  # \r\n, \r and \n all end a line
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        parts = data.split(b"\n")
        del data
        if header is None:
            try:
                header = parts[0].decode("utf-8")
            except UnicodeDecodeError:
                return None
            if (
                header.split(",") != names
                or ";" in header
                or "\t" in header
                or ("," not in header and " " in header)
            ):
                return None
            parts = parts[1:]
        pending += [line for line in parts if line]
        del parts
        while len(pending) >= BLOCK:
            if not _pack_lines(rows, pending[:BLOCK], n):
                return None
            count += BLOCK
            pending = pending[BLOCK:]
    if header is None:
        return None  # an empty file: GDAL's header is not there
    if pending:
        if not _pack_lines(rows, pending, n):
            return None
        count += len(pending)
    return rows.close(), list(range(1, count + 1))


def _pack_lines(rows: PackedRows, block: List[bytes], n: int) -> bool:
    """The lines ``block`` (at most a block of rows) split into ``n`` cells
    and added to ``rows``; False if they are not valid UTF-8."""
    try:
        text = b"\n".join(block).decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = text.split("\n")
    if set(map(_COMMAS, lines)) == {n - 1}:  # every line of n cells: one split
        flat = text.replace("\n", ",").split(",")
        rows.extend_columns([flat[k::n] for k in range(n)])
        return True
    cells = [line.split(",") for line in lines]
    cells = [c[:n] if len(c) >= n else c + [None] * (n - len(c)) for c in cells]
    rows.extend_columns([list(col) for col in zip(*cells)])
    return True


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _decoded(values: List[Optional[bytes]]) -> List[Optional[str]]:
    """UTF-8 texts of ``values`` (None stays None), decoded as one string
    where no value holds a NUL byte (the separator); UnicodeDecodeError if a
    value is not valid UTF-8."""
    present = [v for v in values if v is not None]
    joined = b"\0".join(present)
    if joined.count(b"\0") != max(0, len(present) - 1):
        return [None if v is None else v.decode("utf-8") for v in values]
    texts = joined.decode("utf-8").split("\0") if present else []
    if len(present) == len(values):
        return texts
    it = iter(texts)
    return [None if v is None else next(it) for v in values]


class SourceFeatures:
    """The features of a source in the order they were first read, read
    again from the source each time they are iterated."""

    def __init__(self, source, fids: Sequence[int]):
        self.source = source
        self.fids = fids

    def __len__(self) -> int:
        return len(self.fids)

    def __iter__(self):
        n = 0
        same = True
        for feat in self.source.getFeatures(QgsFeatureRequest()):
            if n >= len(self.fids) or feat.id() != self.fids[n]:
                same = False
                break
            n += 1
            yield feat
        if not same or n != len(self.fids):
            raise QgsProcessingException(
                tr(
                    "{layer} changed while the algorithm was running (its features are not the "
                    "same when read again). Run the algorithm again."
                ).format(layer=self.source.sourceName())
            )


def points_to_units(
    source,
    layer: str,
    id_field: str,
    units: UnitGeometries,
    context,
    feedback=None,
    unique: bool = True,
) -> Tuple[Dict[str, str], List[dict], List[str]]:
    """Join points (stations or sections) to the unit containing them.

    Returns ({point id: unit code}, rows, row ids). Points outside every unit
    stop the run (a wrong CRS is the usual cause), naming them. With
    ``unique=False`` a code may recur (observation points: one per station and
    day); its first location is used.
    """
    rows, ids, geoms = layer_rows(source, feedback)
    hmap = match_headers(list(source.fields().names()), [id_field], [id_field], layer)
    xform = transform_to(source.sourceCrs(), units.crs, context)
    out: Dict[str, str] = {}
    outside = []
    seen: Dict[str, str] = {}
    for row, rid, geom in zip(rows, ids, geoms):
        check(feedback)
        pid = text_value(row.get(hmap[id_field]))
        if not pid:
            raise InputError(
                tr("{layer}, {row}: the code ({field}) is empty.").format(
                    layer=layer, row=rid, field=field_title(id_field)
                )
            )
        if pid in seen and not unique:
            continue
        if pid in seen:
            raise InputError(
                tr(
                    "{layer}: code {code!r} appears twice ({first} and {second}). Give every "
                    "station or section a unique code."
                ).format(layer=layer, code=pid, first=seen[pid], second=rid)
            )
        seen[pid] = rid
        if geom is None or geom.isEmpty():
            raise InputError(
                tr("{layer}, {row} ({code}): the feature has no location.").format(
                    layer=layer, row=rid, code=pid
                )
            )
        g = QgsGeometry(geom)
        if xform is not None:
            g.transform(xform)
        code = units.containing(
            g if g.type() == QgsWkbTypes.GeometryType.PointGeometry else g.pointOnSurface()
        )
        if code is None:
            p = (
                g.asPoint()
                if g.type() == QgsWkbTypes.GeometryType.PointGeometry
                else g.centroid().asPoint()
            )
            outside.append(f"{pid} ({p.x():.1f}, {p.y():.1f})")
        else:
            out[pid] = code
    if outside:
        raise InputError(
            tr(
                "{layer}: {n} point(s) lie outside every evaluation unit of {units}: {points}. "
                "Check that both layers have the right CRS, or remove the points of other areas "
                "(e.g. Select by Location) and run again."
            ).format(
                layer=layer,
                n=len(outside),
                units=units.layer,
                points=first_of(outside, 5),
            )
        )
    return out, rows, ids


def _matching_code(code: str, prefixes: Sequence[str]) -> bool:
    return any(code.startswith(p) for p in prefixes)


def _pieces_in_units(source, units: UnitGeometries, keep, context, feedback, span, every: int):
    """(feature, unit code, the feature's part in the unit, not empty) for
    each feature with a geometry that ``keep`` accepts, in the units' CRS;
    the progress moves over ``span`` every ``every`` features."""
    xform = transform_to(source.sourceCrs(), units.crs, context)
    total = source.featureCount() or 1
    for i, feat in enumerate(source.getFeatures(QgsFeatureRequest())):
        check(feedback)
        if feedback is not None and i % every == 0:
            feedback.setProgress(100 * (span[0] + (span[1] - span[0]) * i / total))
        if not feat.hasGeometry() or not keep(feat):
            continue
        geom = valid_geometry(feat.geometry())
        if xform is not None:
            geom.transform(xform)
        for unit in units.candidates(geom.boundingBox()):
            piece = geom.intersection(units.geoms[unit])
            if not piece.isEmpty():
                yield feat, unit, piece


def construction_areas(
    source,
    layer: str,
    units: UnitGeometries,
    prefixes: Sequence[str],
    context,
    feedback=None,
    span=(0.0, 1.0),
) -> Dict[str, float]:
    """Construction-land area (km²) per unit: land-use polygons whose code
    starts with one of ``prefixes``, intersected with each unit. Land-use
    polygons form a partition, so the pieces are summed."""
    require_projected(units.crs, units.layer, tr("the construction land area"))
    hmap = match_headers(list(source.fields().names()), ["landuse_code"], ["landuse_code"], layer)

    def construction(feat) -> bool:
        code = text_value(feat[hmap["landuse_code"]])
        return bool(code) and _matching_code(code, prefixes)

    areas = {c: 0.0 for c in units.codes}
    for _, unit, piece in _pieces_in_units(
        source, units, construction, context, feedback, span, every=200
    ):
        areas[unit] += piece.area() / 1e6
    return areas


def degraded_areas(
    source,
    layer: str,
    units: UnitGeometries,
    counted: Iterable[str],
    context,
    feedback=None,
    span=(0.0, 1.0),
) -> Tuple[Dict[str, Dict], List[str]]:
    """Moderate-or-worse degraded area per unit with overlaps dissolved.

    Returns ({code: {"degraded_area", "by_type", "land_area", "source"}},
    warnings). A polygon counts when its severity (退化程度) is one of
    ``counted``; without a severity field every polygon counts.
    """
    require_projected(units.crs, units.layer, tr("the degraded land area"))
    names = list(source.fields().names())
    hmap = match_headers(names, ["degradation_type", "degradation_severity"], [], layer)
    warnings = []
    if "degradation_severity" not in hmap:
        warnings.append(
            tr(
                "{layer} has no severity field ({field}): every polygon is counted as moderate or "
                "worse."
            ).format(layer=layer, field=field_title("degradation_severity"))
        )
    counted_norm = {normalize_header(c) for c in counted}

    def severe(feat) -> bool:
        if "degradation_severity" not in hmap:
            return True
        return normalize_header(text_value(feat[hmap["degradation_severity"]])) in counted_norm

    pieces: Dict[str, List[QgsGeometry]] = {c: [] for c in units.codes}
    by_type: Dict[str, Dict[str, float]] = {c: {} for c in units.codes}
    # the features take the first 70 % of the span, the dissolving the rest
    features_span = (span[0], span[0] + 0.7 * (span[1] - span[0]))
    for feat, unit, piece in _pieces_in_units(
        source, units, severe, context, feedback, features_span, every=50
    ):
        piece.convertGeometryCollectionToSubclass(QgsWkbTypes.GeometryType.PolygonGeometry)
        if piece.isEmpty():
            continue
        pieces[unit].append(piece)
        kind = text_value(feat[hmap["degradation_type"]]) if "degradation_type" in hmap else ""
        if kind:
            by_type[unit][kind] = by_type[unit].get(kind, 0.0) + piece.area() / 1e6
    out = {}
    for n, code in enumerate(units.codes):
        check(feedback)
        if feedback is not None:
            feedback.setProgress(
                100 * (span[0] + (span[1] - span[0]) * (0.7 + 0.3 * n / max(1, len(units.codes))))
            )
        union = QgsGeometry.unaryUnion(pieces[code]) if pieces[code] else None
        out[code] = {
            "degraded_area": union.area() / 1e6 if union is not None else 0.0,
            "by_type": by_type[code],
            "land_area": units.area_km2(code),
            "source": "polygons",
        }
    return out, warnings


# ---------------------------------------------------------------------------
# Rasters
# ---------------------------------------------------------------------------


def _open_raster(layer) -> Tuple[gdal.Dataset, str]:
    path = layer.source().split("|")[0]
    try:
        ds = gdal.Open(path)
    except RuntimeError as exc:
        raise InputError(
            tr("Raster {layer} cannot be read ({detail}).").format(layer=layer.name(), detail=exc)
        ) from exc
    return ds, path


def _grid(ds) -> tuple:
    return (ds.RasterXSize, ds.RasterYSize) + tuple(round(v, 9) for v in ds.GetGeoTransform())


def _units_in_crs(units: UnitGeometries, crs, context) -> List[Tuple[int, bytes]]:
    xform = transform_to(units.crs, crs, context)
    out = []
    for i, code in enumerate(units.codes):
        g = QgsGeometry(units.geoms[code])
        if xform is not None:
            g.transform(xform)
        out.append((i + 1, bytes(g.asWkb())))
    return out


class RasterCounts(NamedTuple):
    """Cells per unit code (cell centre inside the unit's polygon)."""

    #: cells that hold data in any of the rasters
    valid: Dict[str, int]
    #: cells that hold one of the values in any of the rasters
    match: Dict[str, int]
    #: every cell of the unit, with data or not
    cells: Dict[str, int]
    #: the area of one cell in the raster's CRS units²
    cell_area: float


def check_raster_cover(counts: RasterCounts, layers: str, consequence: str, feedback) -> None:
    """Refuse rasters (``layers``, their names) without a cell of data in any
    unit; warn, with ``consequence``, naming the units more than
    ``MOSTLY_NODATA`` (raster/inputs.py) of whose cells are without data."""
    if not any(counts.valid.values()):
        raise InputError(
            tr(
                "Raster(s) {layers} have no data inside the units: every cell there is "
                "nodata, or the rasters lie elsewhere. Check their extent, CRS and nodata "
                "value."
            ).format(layers=layers)
        )
    sparse = [
        f"{code} ({100 * (1 - counts.valid[code] / cells):.0f} %)"
        for code, cells in counts.cells.items()
        if cells and counts.valid[code] and 1 - counts.valid[code] / cells > MOSTLY_NODATA
    ]
    if sparse and feedback is not None:
        feedback.pushWarning(
            tr(
                "Raster(s) {layers}: most cells of {n} unit(s) are without data: {units}. "
                "{consequence}"
            ).format(
                layers=layers, n=len(sparse), units=", ".join(sparse[:20]), consequence=consequence
            )
        )


def raster_counts(
    layers: Sequence,
    units: UnitGeometries,
    values: Sequence[float],
    context,
    feedback=None,
    span=(0.0, 1.0),
    block_rows: int = 512,
) -> RasterCounts:
    """Cells per unit that hold data, that hold one of ``values`` in any of
    ``layers`` (rasters on one grid), and all cells of each unit. Reads block
    by block: memory stays bounded."""
    first = layers[0]
    datasets = [_open_raster(lyr) for lyr in layers]
    grid = _grid(datasets[0][0])
    for lyr, (ds, _) in zip(layers[1:], datasets[1:]):
        if _grid(ds) != grid or lyr.crs() != first.crs():
            raise InputError(
                tr(
                    "Rasters {a} and {b} are not on the same grid (size, origin, cell size and CRS "
                    "must match). Align them first (Raster ▸ Align Rasters, or gdalwarp with the "
                    "same -te and -tr)."
                ).format(a=first.name(), b=lyr.name())
            )
    ds0 = datasets[0][0]
    if not first.crs().isValid():
        raise InputError(
            tr("Raster {layer} has no CRS. Set it and run again.").format(layer=first.name())
        )
    xsize, ysize = ds0.RasterXSize, ds0.RasterYSize
    gt = ds0.GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromWkt(first.crs().toWkt())
    mem = ogr.GetDriverByName("Memory").CreateDataSource("units")
    lyr = mem.CreateLayer("units", srs, ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("uid", ogr.OFTInteger))
    for uid, wkb in _units_in_crs(units, first.crs(), context):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        f.SetField("uid", uid)
        lyr.CreateFeature(f)
    n = len(units.codes)
    valid = np.zeros(n + 1, dtype=np.int64)
    match = np.zeros(n + 1, dtype=np.int64)
    cells = np.zeros(n + 1, dtype=np.int64)
    wanted = np.asarray(values, dtype=np.float64)
    for y0 in range(0, ysize, block_rows):
        check(feedback)
        rows = min(block_rows, ysize - y0)
        target = gdal.GetDriverByName("MEM").Create("", xsize, rows, 1, gdal.GDT_Int32)
        target.SetGeoTransform((gt[0], gt[1], gt[2], gt[3] + y0 * gt[5], gt[4], gt[5]))
        gdal.RasterizeLayer(target, [1], lyr, options=["ATTRIBUTE=uid"])
        zone = target.GetRasterBand(1).ReadAsArray()
        any_valid = np.zeros(zone.shape, dtype=bool)
        any_match = np.zeros(zone.shape, dtype=bool)
        for src_layer, (ds, path) in zip(layers, datasets):
            band = ds.GetRasterBand(1)
            data = read_array(band, 0, y0, xsize, rows)
            if data is None:
                raise unreadable_rows(src_layer.name(), path, y0, y0 + rows)
            data = data.astype(np.float64)
            ok = np.isfinite(data)
            nodata = band.GetNoDataValue()
            if nodata is not None:
                ok &= data != nodata
            any_valid |= ok
            any_match |= ok & np.isin(data, wanted)
        cells += np.bincount(zone.ravel(), minlength=n + 1)[: n + 1]
        valid += np.bincount(zone[any_valid].ravel(), minlength=n + 1)[: n + 1]
        match += np.bincount(zone[any_match].ravel(), minlength=n + 1)[: n + 1]
        if feedback is not None:
            feedback.setProgress(100 * (span[0] + (span[1] - span[0]) * (y0 + rows) / ysize))

    def by_code(counts):
        return {c: int(counts[i + 1]) for i, c in enumerate(units.codes)}

    return RasterCounts(
        by_code(valid), by_code(match), by_code(cells), abs(gt[1] * gt[5] - gt[2] * gt[4])
    )
