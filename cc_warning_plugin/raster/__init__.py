"""Block-wise GDAL raster engine of the 双评价 evaluations.

The pieces, in the order an algorithm uses them:

* :class:`~.grid.Grid` — the analysis grid, declared once: from a reference
  raster (:meth:`Grid.from_raster`) or from a CRS, a cell size and an extent
  (:meth:`Grid.from_extent`); :meth:`Grid.require_projected` refuses a
  geographic grid where slope or areas need metres.
* :func:`~.inputs.open_input` — every input aligned to the grid on purpose
  (read as is, or reprojected/resampled through a warped VRT: nearest for
  categorical inputs, bilinear or average for continuous ones), with the
  choice reported; checks CRS, overlap, undeclared nodata, plausible values;
  :meth:`RasterInput.require_codes` refuses unknown class codes.
* :class:`~.vector.BurntInput` — polygons (analysis mask, unit ids, per-unit
  values) burnt onto the grid window by window when read; no raster written.
* :class:`~.output.OutputSet` / :class:`~.output.RasterOutput` — tiled,
  compressed GeoTIFF outputs with nodata, class-set metadata, colour table,
  category names and provenance, written to temporary files and renamed
  together at the end; disk space checked before the work.
* :func:`~.engine.run_blocks` — the block loop: windows with a halo,
  progress per block, cancel within a block, memory bounded by the block.
* :func:`~.engine.reduce_blocks`, :func:`~.stats.cumulative_share_breaks` —
  passes that compute global statistics without loading the raster.
* :func:`~.patches.patch_metric` — connected patches (area, compactness)
  with a documented memory bound.

No qgis import here: the engine is used by the Processing algorithms and can
be used (and is tested) with GDAL alone.
"""

from .engine import (
    DEFAULT_BLOCK,
    Block,
    Cancelled,
    Progress,
    as_progress,  # noqa: F401
    reduce_blocks,
    run_blocks,
)
from .grid import Grid, Window  # noqa: F401
from .inputs import CATEGORICAL, CONTINUOUS, RasterInput, open_input  # noqa: F401
from .output import OutputSet, RasterOutput, check_disk_space  # noqa: F401
from .vector import BurntInput  # noqa: F401
