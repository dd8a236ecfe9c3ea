"""The analysis grid: one CRS, one cell size, one extent for a whole
evaluation. Every input is aligned to it (see :mod:`.inputs`), every output
is written on it (see :mod:`.output`), and work is cut into windows of it
(see :meth:`Grid.windows`)."""

import math
import dataclasses
from dataclasses import dataclass, field
from typing import Iterator, Optional, Tuple

from osgeo import gdal, osr

from ..core.errors import InputError
from ..core.i18n import tr


#: relative tolerance when comparing geotransforms (fraction of a cell)
ALIGN_TOL = 1e-6


@dataclass(frozen=True)
class Window:
    """A rectangle of grid cells: column/row offset and size."""

    xoff: int
    yoff: int
    xsize: int
    ysize: int

    @property
    def cells(self) -> int:
        return self.xsize * self.ysize

    def expand(self, halo: int) -> "Window":
        return Window(
            self.xoff - halo, self.yoff - halo, self.xsize + 2 * halo, self.ysize + 2 * halo
        )


def srs_from_wkt(wkt: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def crs_name(wkt: str) -> str:
    """A short readable name of a CRS: ``EPSG:4527 (CGCS2000 / ...)``."""
    if not wkt:
        return tr("no CRS")
    srs = srs_from_wkt(wkt)
    name = srs.GetName() or ""
    try:
        srs.AutoIdentifyEPSG()
    except RuntimeError:
        return name  # a CRS without an EPSG code: its name says what it is
    code = srs.GetAuthorityCode(None)
    auth = srs.GetAuthorityName(None)
    return f"{auth}:{code} ({name})" if code and auth else name


def suggest_projected_crs(lon: float) -> str:
    """The CGCS2000 3-degree Gauss-Krüger CRS (zone prefix in the easting)
    covering longitude ``lon`` (China: EPSG:4513-4533), as text for a fix
    hint."""
    zone = int(round(lon / 3.0))
    if 25 <= zone <= 45:
        return f"EPSG:{4513 + zone - 25}"
    utm = int((lon + 180) // 6) + 1
    return f"EPSG:{32600 + utm}"


@dataclass(frozen=True)
class Grid:
    """A north-up grid of square or rectangular cells.

    ``x0, y0`` is the top-left corner, ``cell_x`` the cell width and
    ``cell_y`` the cell height (both positive, in CRS units).
    """

    crs_wkt: str
    x0: float
    y0: float
    cell_x: float
    cell_y: float
    width: int
    height: int
    #: the analysis area on the grid (a polygon input read like a raster,
    #: cells valid and not 0), or None for the whole grid; not part of the
    #: grid's identity
    area: object = field(default=None, compare=False, repr=False)

    # -- construction ------------------------------------------------------
    @classmethod
    def from_raster(cls, path: str, name: str = "") -> "Grid":
        """The grid of an existing raster (its CRS, cells and extent)."""
        ds = open_raster(path, name)
        return cls.from_dataset(ds, name or path)

    @classmethod
    def from_dataset(cls, ds: gdal.Dataset, name: str) -> "Grid":
        gt = ds.GetGeoTransform(can_return_null=True)
        if gt is None:
            raise InputError(
                tr(
                    "Layer {layer} has no georeferencing (no geotransform). Georeference it "
                    "(e.g. with the Georeferencer or gdal_translate -a_ullr) before using it."
                ).format(layer=name)
            )
        if gt[2] != 0 or gt[4] != 0:
            raise InputError(
                tr(
                    "Layer {layer} is a rotated grid, which the evaluations cannot use as the "
                    "analysis grid. Warp it to a north-up grid first (Raster ▸ Projections ▸ "
                    "Warp)."
                ).format(layer=name)
            )
        wkt = ds.GetProjection()
        if not wkt:
            raise InputError(no_crs_message(name))
        cell_x, cell_y = gt[1], -gt[5]
        if cell_y < 0:  # south-up: describe it as north-up from the top row
            raise InputError(
                tr(
                    "Layer {layer} is stored south-up (positive row step). Convert it with "
                    "gdal_translate or Raster ▸ Projections ▸ Warp first."
                ).format(layer=name)
            )
        return cls(wkt, gt[0], gt[3], cell_x, cell_y, ds.RasterXSize, ds.RasterYSize)

    @classmethod
    def from_extent(
        cls,
        crs_wkt: str,
        cell_size: float,
        xmin: float,
        ymin: float,
        xmax: float,
        ymax: float,
        snap: bool = True,
    ) -> "Grid":
        """A grid of ``cell_size`` covering an extent. With ``snap`` the
        corners are moved outwards to multiples of the cell size, so grids of
        separate runs with the same cell size line up."""
        if not crs_wkt:
            raise InputError(
                tr("The analysis grid needs a CRS. Choose one in the 'Analysis CRS' parameter.")
            )
        if not (cell_size > 0 and math.isfinite(cell_size)):
            raise InputError(
                tr("The cell size must be a positive number of CRS units, found {value}.").format(
                    value=cell_size
                )
            )
        if not (xmax > xmin and ymax > ymin):
            raise InputError(
                tr(
                    "The analysis extent is empty ({xmin}, {ymin}, {xmax}, "
                    "{ymax}). Choose a layer or an extent that covers the "
                    "study area."
                ).format(xmin=xmin, ymin=ymin, xmax=xmax, ymax=ymax)
            )
        if snap:
            xmin = math.floor(xmin / cell_size + ALIGN_TOL) * cell_size
            ymax = math.ceil(ymax / cell_size - ALIGN_TOL) * cell_size
            xmax = math.ceil(xmax / cell_size - ALIGN_TOL) * cell_size
            ymin = math.floor(ymin / cell_size + ALIGN_TOL) * cell_size
        width = max(1, int(math.ceil((xmax - xmin) / cell_size - ALIGN_TOL)))
        height = max(1, int(math.ceil((ymax - ymin) / cell_size - ALIGN_TOL)))
        return cls(crs_wkt, xmin, ymax, cell_size, cell_size, width, height)

    def with_area(self, area) -> "Grid":
        """The same grid with an analysis area (the inputs' cover of the
        study area is measured inside it: :func:`~.inputs.check_coverage`)."""
        return dataclasses.replace(self, area=area)

    def with_cell_size(self, cell_size: float) -> "Grid":
        """The same extent (snapped outwards) at another cell size."""
        xmin, ymin, xmax, ymax = self.bounds
        return Grid.from_extent(self.crs_wkt, cell_size, xmin, ymin, xmax, ymax)

    # -- properties --------------------------------------------------------
    @property
    def geotransform(self) -> Tuple[float, float, float, float, float, float]:
        return (self.x0, self.cell_x, 0.0, self.y0, 0.0, -self.cell_y)

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax)."""
        return (
            self.x0,
            self.y0 - self.height * self.cell_y,
            self.x0 + self.width * self.cell_x,
            self.y0,
        )

    @property
    def cells(self) -> int:
        return self.width * self.height

    @property
    def srs(self) -> osr.SpatialReference:
        return srs_from_wkt(self.crs_wkt)

    @property
    def is_projected(self) -> bool:
        return bool(self.srs.IsProjected())

    @property
    def metres_per_unit(self) -> float:
        return float(self.srs.GetLinearUnits()) if self.is_projected else float("nan")

    @property
    def cell_size_m(self) -> Tuple[float, float]:
        """Cell width and height in metres (projected grids only)."""
        k = self.metres_per_unit
        return self.cell_x * k, self.cell_y * k

    @property
    def cell_area_m2(self) -> float:
        """Area of one cell in square metres (projected grids only).

        Exact for the projected plane; the evaluations report areas in the
        projected CRS, as the planning practice does."""
        w, h = self.cell_size_m
        return w * h

    def describe(self) -> str:
        return tr(
            "{crs}, cell {cx:g} × {cy:g}, {w} × {h} cells ({n:,} cells), extent "
            "{xmin:.2f}, {ymin:.2f} : {xmax:.2f}, {ymax:.2f}"
        ).format(
            crs=crs_name(self.crs_wkt),
            cx=self.cell_x,
            cy=self.cell_y,
            w=self.width,
            h=self.height,
            n=self.cells,
            xmin=self.bounds[0],
            ymin=self.bounds[1],
            xmax=self.bounds[2],
            ymax=self.bounds[3],
        )

    def require_projected(self, why: str) -> None:
        """Refuse a geographic grid where ``why`` (slope, areas) needs metres."""
        if self.is_projected:
            return
        xmin, ymin, xmax, ymax = self.bounds
        lon = (xmin + xmax) / 2.0
        raise InputError(
            tr(
                "The analysis grid is in a geographic CRS ({crs}), but {why} needs metres. "
                "Degrees are never used as metres: choose a projected analysis CRS in the "
                "'Analysis CRS' parameter (for this area e.g. {suggest}, CGCS2000 / 3-degree "
                "Gauss-Kruger) and the inputs are reprojected to it."
            ).format(crs=crs_name(self.crs_wkt), why=why, suggest=suggest_projected_crs(lon))
        )

    def same_as(self, other: "Grid") -> bool:
        tol = ALIGN_TOL * min(self.cell_x, self.cell_y)
        return (
            self.width == other.width
            and self.height == other.height
            and abs(self.x0 - other.x0) <= tol
            and abs(self.y0 - other.y0) <= tol
            and abs(self.cell_x - other.cell_x) <= tol
            and abs(self.cell_y - other.cell_y) <= tol
            and same_crs(self.crs_wkt, other.crs_wkt)
        )

    # -- windows -----------------------------------------------------------
    def windows(self, block_size: int) -> Iterator[Window]:
        """Square windows of ``block_size`` cells (the last row and column of
        windows are smaller), row by row from the top-left corner."""
        bs = max(16, int(block_size))
        for yoff in range(0, self.height, bs):
            for xoff in range(0, self.width, bs):
                yield Window(xoff, yoff, min(bs, self.width - xoff), min(bs, self.height - yoff))

    def window_count(self, block_size: int) -> int:
        bs = max(16, int(block_size))
        return (-(-self.width // bs)) * (-(-self.height // bs))

    def strips(self, rows: int) -> Iterator[Window]:
        """Full-width windows of ``rows`` rows, from the top."""
        rows = max(1, int(rows))
        for yoff in range(0, self.height, rows):
            yield Window(0, yoff, self.width, min(rows, self.height - yoff))

    def cell_centres(self, win: Window):
        """x (1-D, columns) and y (1-D, rows) of the cell centres of ``win``."""
        import numpy as np

        xs = self.x0 + (np.arange(win.xoff, win.xoff + win.xsize) + 0.5) * self.cell_x
        ys = self.y0 - (np.arange(win.yoff, win.yoff + win.ysize) + 0.5) * self.cell_y
        return xs, ys


def same_crs(wkt_a: str, wkt_b: str) -> bool:
    if not wkt_a or not wkt_b:
        return False
    if wkt_a == wkt_b:
        return True
    return bool(srs_from_wkt(wkt_a).IsSame(srs_from_wkt(wkt_b)))


def no_crs_message(name: str) -> str:
    return tr(
        "Layer {layer} has no CRS, so it cannot be placed on the analysis grid. Set "
        "its CRS (Layer Properties ▸ Source ▸ Assigned Coordinate Reference System, "
        "or gdal_edit.py -a_srs EPSG:xxxx) and run again."
    ).format(layer=name)


def open_raster(path: str, name: str = "", update: bool = False) -> gdal.Dataset:
    """Open a raster read-only with a message naming the layer on failure."""
    flags = gdal.OF_RASTER | (gdal.OF_UPDATE if update else gdal.OF_READONLY)
    try:
        ds = gdal.OpenEx(path, flags)
    except RuntimeError as exc:
        ds = None
        detail = str(exc)
    else:
        detail = ""
    if ds is None:
        raise InputError(
            tr(
                "Layer {layer} ({path}) cannot be read as a raster: {detail} "
                "Check that the file exists and is a GDAL-readable raster."
            ).format(layer=name or path, path=path, detail=detail)
        )
    return ds


def transform_bounds(bounds, src_wkt: str, dst_wkt: str) -> Optional[Tuple[float, ...]]:
    """``bounds`` (xmin, ymin, xmax, ymax) of ``src_wkt`` in ``dst_wkt``,
    densified along the edges; ``None`` when it cannot be transformed."""
    if same_crs(src_wkt, dst_wkt):
        return tuple(bounds)
    try:
        ct = osr.CoordinateTransformation(srs_from_wkt(src_wkt), srs_from_wkt(dst_wkt))
        out = ct.TransformBounds(bounds[0], bounds[1], bounds[2], bounds[3], 21)
    except (RuntimeError, TypeError):
        return None
    if not all(math.isfinite(v) for v in out):
        return None
    return tuple(out)


def intersects(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
