"""Outputs on the analysis grid: tiled, compressed GeoTIFFs with nodata
declared, written to a temporary file beside the destination and renamed
into place only when the whole run succeeded.

:class:`OutputSet` groups the outputs of one run: if anything fails or the
run is cancelled, every temporary file is removed and no destination is
touched; :meth:`OutputSet.commit` renames them all at the end.

Class rasters carry the class-set contract: band metadata
``CC_WARNING_CLASS_SET=<dotted profile key>``, GDAL category names in the
interface language, and (Byte/UInt16) a colour table from the profile.
Every output records the run's provenance (JSON) in the dataset metadata item
``CC_WARNING_PROVENANCE``.
"""

import json
import math
import os
import shutil
import tempfile
import uuid
from typing import Dict, List, Optional

import numpy as np
from osgeo import gdal

from ..core.dual.classes import CLASS_SET_KEY, ClassSet
from ..core.errors import InputError
from ..core.i18n import tr
from .grid import Grid, Window

PROVENANCE_KEY = "CC_WARNING_PROVENANCE"
TILE = 256
#: GeoTIFF creation options of every raster the plugin writes. No
#: ``NUM_THREADS``: GDAL 3.6 can deadlock when a GeoTIFF written with
#: multi-threaded compression has blocks read back (a partly written tile, a
#: window that is not a whole number of tiles) while its blocks are evicted
#: from a capped block cache — the main thread waits in
#: CPLJobQueue::WaitCompletion, the workers in GDALRasterBlock::Write, for
#: ever. Blocks are compressed by the engine's writer thread instead, beside
#: the threads that compute the next blocks (tests/unit/test_raster_hang.py).
#: DEFLATE level 5, not 6: GDAL's libdeflate compresses a 10⁸-cell class
#: raster in 1.0 s at level 5 and 3.3 s at level 6 (8 and 6 MiB), a Float32
#: raster with the floating-point predictor in 1.2 s and 2.1 s (23 and 22 MiB
#: for 2.5·10⁷ cells) — the largest single cost of a block-wise run.
CREATION_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=5", "BIGTIFF=IF_SAFER"]
#: outputs with more cells than this get internal overviews (fast display)
OVERVIEW_MIN_CELLS = 2048 * 2048

_GDAL_TYPES = {
    "Byte": (gdal.GDT_Byte, np.uint8),
    "UInt16": (gdal.GDT_UInt16, np.uint16),
    "Int16": (gdal.GDT_Int16, np.int16),
    "UInt32": (gdal.GDT_UInt32, np.uint32),
    "Int32": (gdal.GDT_Int32, np.int32),
    "Float32": (gdal.GDT_Float32, np.float32),
    "Float64": (gdal.GDT_Float64, np.float64),
}


def _hex_rgba(color: str):
    c = color.lstrip("#")
    r, g, b = int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
    a = int(c[6:8], 16) if len(c) == 8 else 255
    return r, g, b, a


def byte_counts(arr: np.ndarray) -> np.ndarray:
    """``np.bincount(arr.ravel(), minlength=256)`` of a byte array. A
    contiguous array is counted by pairs of bytes — half the cells to count,
    which is what the count costs (NumPy widens every value to 8 bytes) — and
    the pairs' counts are summed back to bytes."""
    flat = arr.reshape(-1)
    if flat.size < 4096 or not flat.flags.c_contiguous:
        return np.bincount(flat, minlength=256)
    odd = flat.size % 2
    pairs = np.bincount(flat[: flat.size - odd].view(np.uint16), minlength=65536)
    pairs = pairs.reshape(256, 256)  # [second byte, first byte] of a pair
    counts = pairs.sum(axis=0) + pairs.sum(axis=1)
    if odd:
        counts[flat[-1]] += 1
    return counts


class RasterOutput:
    """One output raster of a run.

    ``data_type`` is a GDAL type name ("Byte", "Float32", ...); ``nodata`` is
    declared on the band; cells a block function leaves invalid must hold it.
    """

    def __init__(
        self,
        path: str,
        grid: Grid,
        data_type: str = "Byte",
        nodata: float = 0,
        name: str = "",
        class_set: Optional[ClassSet] = None,
        description: str = "",
        unit: str = "",
        provenance: Optional[dict] = None,
        overviews: Optional[bool] = None,
        temporary: bool = False,
    ):
        if data_type not in _GDAL_TYPES:
            raise ValueError(f"unsupported data type {data_type}")
        self.path = os.path.abspath(path)
        self.grid = grid
        self.data_type = data_type
        self.gdal_type, self.np_type = _GDAL_TYPES[data_type]
        self.nodata = nodata
        self.name = name or os.path.basename(path)
        self.class_set = class_set
        self.description = description
        self.unit = unit
        self.provenance = provenance
        self.overviews = grid.cells > OVERVIEW_MIN_CELLS if overviews is None else overviews
        self.temporary = temporary  # an intermediate: written in place, no rename
        self.extra_metadata: Dict[str, str] = {}  # more dataset metadata items
        self._check_type()
        self.tmp_path = (
            self.path
            if temporary
            else os.path.join(
                os.path.dirname(self.path),
                f".{os.path.basename(self.path)}.partial-{uuid.uuid4().hex[:8]}.tif",
            )
        )
        self._ds = None
        self._band = None
        self._ov_levels: List[int] = []
        self._ov_stale = False
        self.closed = False
        # statistics of the valid cells, gathered while writing
        self.count = 0
        self.minimum = math.inf
        self.maximum = -math.inf
        self._sum = 0.0
        self._sumsq = 0.0
        self.value_counts: Dict[int, int] = {}

    # -- checks ------------------------------------------------------------
    def _check_type(self):
        if self.np_type().dtype.kind in "iu":
            info = np.iinfo(self.np_type)
            vals = list(self.class_set.values) if self.class_set else []
            for v in vals + [self.nodata]:
                if not (info.min <= v <= info.max):
                    raise InputError(
                        tr(
                            "Output {name}: value {value} does not fit the {type} raster type "
                            "(range {lo} … {hi}). Use class values inside that range in the "
                            "method profile."
                        ).format(
                            name=self.name, value=v, type=self.data_type, lo=info.min, hi=info.max
                        )
                    )
            if self.class_set and self.nodata in self.class_set.values:
                raise InputError(
                    tr(
                        "Output {name}: the nodata value {value} is also a class value of "
                        "{key}. Choose class values that differ from the nodata value."
                    ).format(name=self.name, value=self.nodata, key=self.class_set.key)
                )

    @property
    def raw_bytes(self) -> int:
        """Uncompressed size (an upper bound of the file size)."""
        return self.grid.cells * np.dtype(self.np_type).itemsize

    # -- writing -----------------------------------------------------------
    def open(self):
        d = os.path.dirname(self.path)
        if not os.path.isdir(d):
            try:
                os.makedirs(d, exist_ok=True)
            except OSError as exc:
                raise InputError(
                    tr("Output folder {path} cannot be created: {detail}").format(
                        path=d, detail=exc
                    )
                ) from exc
        opts = CREATION_OPTIONS + [f"BLOCKXSIZE={TILE}", f"BLOCKYSIZE={TILE}"]
        if self.class_set is None:
            opts.append("PREDICTOR=3" if self.np_type().dtype.kind == "f" else "PREDICTOR=2")
        drv = gdal.GetDriverByName("GTiff")
        try:
            ds = drv.Create(
                self.tmp_path, self.grid.width, self.grid.height, 1, self.gdal_type, options=opts
            )
        except RuntimeError as exc:
            raise InputError(
                tr(
                    "Output {name} cannot be created in {path}: {detail}. "
                    "Check that the folder is writable."
                ).format(name=self.name, path=os.path.dirname(self.path), detail=exc)
            ) from exc
        ds.SetGeoTransform(self.grid.geotransform)
        ds.SetProjection(self.grid.crs_wkt)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(self.nodata)
        # the colour table changes the TIFF photometric tag: set it (and the
        # rest of the class-set contract) before any block is written
        if self.description:
            band.SetDescription(self.description)
        if self.unit:
            band.SetUnitType(self.unit)
        if self.class_set is not None:
            band.SetMetadataItem(CLASS_SET_KEY, self.class_set.key)
            band.SetCategoryNames(self.class_set.category_names())
            if self.gdal_type in (gdal.GDT_Byte, gdal.GDT_UInt16):
                ct = gdal.ColorTable()
                for v, colour in zip(self.class_set.values, self.class_set.colors):
                    ct.SetColorEntry(int(v), _hex_rgba(colour))
                if 0 <= self.nodata <= 65535:
                    ct.SetColorEntry(int(self.nodata), (0, 0, 0, 0))
                band.SetRasterColorTable(ct)
                band.SetRasterColorInterpretation(gdal.GCI_PaletteIndex)
        # overviews are filled while the blocks are written (every f-th cell,
        # as nearest-neighbour decimation would), not by a pass at the end
        self._ov_levels = self._overview_levels() if self.overviews and not self.temporary else []
        self._ov_stale = False
        if self._ov_levels:
            ds.BuildOverviews("NONE", self._ov_levels)
        self._ds, self._band = ds, band

    def write(self, win: Window, array: np.ndarray) -> None:
        if self._band is None:
            self.open()
        arr = np.asarray(array)
        if arr.shape != (win.ysize, win.xsize):
            raise ValueError(f"block of shape {arr.shape} for window {win}")
        arr = arr.astype(self.np_type, copy=False)
        self._band.WriteArray(arr, win.xoff, win.yoff)
        if self._whole_tiles(win):
            # compress the window's tiles here, in the writer, now: left in
            # GDAL's shared block cache they would be compressed by whichever
            # thread next needs cache room — a thread reading an input
            self._band.FlushCache()
        for i, f in enumerate(self._ov_levels):
            if win.xoff % f or win.yoff % f:
                self._ov_stale = True  # not on the overview's lattice: redo at the end
                continue
            ov = self._band.GetOverview(i)
            part = np.ascontiguousarray(arr[::f, ::f])
            ov.WriteArray(part, win.xoff // f, win.yoff // f)
            ov_win = Window(win.xoff // f, win.yoff // f, part.shape[1], part.shape[0])
            if self._whole_tiles(ov_win, ov.XSize, ov.YSize):
                ov.FlushCache()  # as above: compressed here, not at the end
        self._accumulate(arr)

    def _whole_tiles(
        self, win: Window, width: Optional[int] = None, height: Optional[int] = None
    ) -> bool:
        """Whether ``win`` covers whole tiles of the output, or of an overview
        of ``width`` × ``height`` cells (tiles at the right and bottom edge
        count whole)."""
        width = self.grid.width if width is None else width
        height = self.grid.height if height is None else height
        return (
            win.xoff % TILE == 0
            and win.yoff % TILE == 0
            and (win.xsize % TILE == 0 or win.xoff + win.xsize == width)
            and (win.ysize % TILE == 0 or win.yoff + win.ysize == height)
        )

    def _overview_levels(self) -> List[int]:
        levels, n = [], 2
        while min(self.grid.width, self.grid.height) / n >= TILE:
            levels.append(n)
            n *= 2
        return levels

    def _accumulate(self, arr: np.ndarray) -> None:
        if arr.dtype.itemsize == 1 and arr.dtype.kind == "u":
            bc = byte_counts(arr)
            if 0 <= self.nodata <= 255:
                bc[int(self.nodata)] = 0
            present = np.nonzero(bc)[0]
            if present.size == 0:
                return
            vals = np.arange(256, dtype=np.float64)
            self.count += int(bc.sum())
            self.minimum = min(self.minimum, float(present[0]))
            self.maximum = max(self.maximum, float(present[-1]))
            self._sum += float(np.dot(bc, vals))
            self._sumsq += float(np.dot(bc, vals * vals))
            if self.class_set is not None:
                for val in present:
                    self.value_counts[int(val)] = self.value_counts.get(int(val), 0) + int(bc[val])
            return
        if arr.dtype.kind == "f":
            ok = np.isfinite(arr)
            if not (isinstance(self.nodata, float) and math.isnan(self.nodata)):
                ok &= arr != self.nodata
        else:
            ok = arr != self.nodata
        v = arr[ok]
        if v.size == 0:
            return
        self.count += int(v.size)
        self.minimum = min(self.minimum, float(v.min()))
        self.maximum = max(self.maximum, float(v.max()))
        v64 = v.astype(np.float64)
        self._sum += float(v64.sum())
        self._sumsq += float(np.dot(v64, v64))
        if self.class_set is not None:
            bc = np.bincount(v.astype(np.int64).ravel())
            for val in np.nonzero(bc)[0]:
                self.value_counts[int(val)] = self.value_counts.get(int(val), 0) + int(bc[val])

    def finish(self) -> None:
        """Write metadata, statistics, overviews; close the temporary file."""
        if self.closed:
            return
        if self._band is None:
            self.open()
        band, ds = self._band, self._ds
        if self.count:
            mean = self._sum / self.count
            var = max(0.0, self._sumsq / self.count - mean * mean)
            band.SetStatistics(self.minimum, self.maximum, mean, math.sqrt(var))
        for key, value in self.extra_metadata.items():
            ds.SetMetadataItem(key, value)
        if self.provenance is not None:
            ds.SetMetadataItem(PROVENANCE_KEY, json.dumps(self.provenance, ensure_ascii=False))
        band.FlushCache()
        if self._ov_levels and self._ov_stale:
            ds.BuildOverviews("NEAREST", self._ov_levels)
        self._band = None
        self._ds = None
        ds = None
        self.closed = True

    def commit(self) -> None:
        """Move the finished temporary file (and its .aux.xml) into place."""
        self.finish()
        if self.temporary:
            return
        aux_tmp, aux = self.tmp_path + ".aux.xml", self.path + ".aux.xml"
        for stale in (self.path + ".ovr",):
            if os.path.exists(stale):
                os.remove(stale)
        if os.path.exists(aux_tmp):
            os.replace(aux_tmp, aux)
        elif os.path.exists(aux):
            os.remove(aux)  # a stale one would carry old labels
        os.replace(self.tmp_path, self.path)

    def abort(self) -> None:
        """Close and delete the temporary file; the destination is untouched."""
        self._band = None
        self._ds = None
        self.closed = True
        for p in (self.tmp_path, self.tmp_path + ".aux.xml", self.tmp_path + ".ovr"):
            if os.path.exists(p):
                os.remove(p)

    def percentages(self) -> Dict[int, float]:
        total = sum(self.value_counts.values())
        return {v: 100.0 * n / total for v, n in sorted(self.value_counts.items())} if total else {}


def check_disk_space(
    outputs: List[RasterOutput], extra_bytes: int = 0, extra_dir: Optional[str] = None
) -> None:
    """Refuse to start when a destination folder cannot hold the outputs at
    their uncompressed size (the compressed files are usually far smaller,
    but nothing guarantees it)."""
    need: Dict[str, int] = {}
    where: Dict[str, str] = {}
    for out in outputs:
        d = os.path.dirname(out.path)
        probe = d
        while probe and not os.path.exists(probe):
            probe = os.path.dirname(probe)
        dev = str(os.stat(probe).st_dev) if probe else d
        need[dev] = need.get(dev, 0) + out.raw_bytes
        where.setdefault(dev, probe or d)
    if extra_bytes and extra_dir:
        dev = str(os.stat(extra_dir).st_dev)
        need[dev] = need.get(dev, 0) + extra_bytes
        where.setdefault(dev, extra_dir)
    for dev, n in need.items():
        free = shutil.disk_usage(where[dev]).free
        if n > free:
            raise InputError(
                tr(
                    "Not enough free disk space in {path}: the outputs of this run need up to "
                    "{need} (their uncompressed size), {free} is free. Free some space, choose "
                    "an output folder on another disk, or use a coarser cell size or a smaller "
                    "extent."
                ).format(path=where[dev], need=human_bytes(n), free=human_bytes(free))
            )


def human_bytes(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{int(n)} B"
        n /= 1024.0
    return f"{n:.1f} TiB"


def same_file(a: str, b: str) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b)
    except (OSError, ValueError):
        return False


class OutputSet:
    """The outputs of one run, committed together or not at all.

    ::

        with OutputSet(inputs=[dem.path]) as outs:
            level = outs.add(RasterOutput(path, grid, "Byte", 0, class_set=levels))
            outs.check_space()
            run_blocks(grid, {...}, {"level": level}, func, feedback=fb)
            outs.commit()
    """

    def __init__(self, inputs: Optional[List[str]] = None, work_near: Optional[str] = None):
        self.outputs: List[RasterOutput] = []
        self.inputs = [p for p in (inputs or []) if p]
        self._work_near = work_near
        self._work_dir: Optional[str] = None
        self.committed = False

    def add(self, out: RasterOutput) -> RasterOutput:
        if not out.temporary:
            problem = self._file_problem(out)
            if problem:
                raise InputError(problem.format(name=out.name, path=out.path))
        self.outputs.append(out)
        return out

    def _file_problem(self, out: RasterOutput) -> str:
        """Why the file of a kept output cannot be written ("" when it can)."""
        if not out.path.lower().endswith((".tif", ".tiff")):
            return tr(
                "Output {name}: {path} is not a GeoTIFF file name. The evaluations "
                "write GeoTIFF; give a file name ending in .tif."
            )
        if any(same_file(src.split("|")[0], out.path) for src in self.inputs):
            return tr(
                "Output {name} would overwrite the input {path}. Inputs are never "
                "modified: choose another output file."
            )
        if any(not o.temporary and same_file(o.path, out.path) for o in self.outputs):
            return tr(
                "Two outputs of this run would be written to the "
                "same file {path}. Give them different names."
            )
        return ""

    def work_dir(self) -> str:
        """A private folder for intermediates (beside the first output, so
        on the disk the space check covered); removed with the set."""
        if self._work_dir is None:
            base = self._work_near or (
                os.path.dirname(self.outputs[0].path) if self.outputs else tempfile.gettempdir()
            )
            os.makedirs(base, exist_ok=True)
            self._work_dir = tempfile.mkdtemp(prefix=".cc_warning_work_", dir=base)
        return self._work_dir

    def temp(
        self,
        name: str,
        grid: Grid,
        data_type: str,
        nodata: float,
        class_set: Optional[ClassSet] = None,
    ) -> RasterOutput:
        """An intermediate raster in the work folder (deleted at the end)."""
        out = RasterOutput(
            os.path.join(self.work_dir(), name),
            grid,
            data_type,
            nodata,
            name=name,
            class_set=class_set,
            temporary=True,
            overviews=False,
        )
        return self.add(out)

    def check_space(self, extra_bytes: int = 0) -> None:
        finals = [o for o in self.outputs if not o.temporary]
        temps = sum(o.raw_bytes for o in self.outputs if o.temporary) + extra_bytes
        check_disk_space(finals, temps, self.work_dir() if temps else None)

    def commit(self, provenance: Optional[dict] = None) -> None:
        """Finish the outputs (not the intermediates), recording
        ``provenance`` in each if given, and move them all into place."""
        for out in self.outputs:
            if not out.temporary:
                if provenance is not None:
                    out.provenance = provenance
                out.finish()
        for out in self.outputs:
            if not out.temporary:
                out.commit()
        self.committed = True

    def abort(self) -> None:
        for out in self.outputs:
            if not out.temporary:
                out.abort()

    def cleanup(self) -> None:
        for out in self.outputs:
            if out.temporary:
                out.abort()
        if self._work_dir is not None:
            shutil.rmtree(self._work_dir, ignore_errors=True)
            self._work_dir = None

    def __enter__(self):
        from .engine import gdal_cache

        self._cache = gdal_cache()  # GDAL's cache capped for the whole run
        self._cache.__enter__()
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            if not self.committed:
                self.abort()
            self.cleanup()
        finally:
            self._cache.__exit__(None, None, None)
        return False
