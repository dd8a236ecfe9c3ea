"""The frame every theme builds on: paths, CRS, the raster grids, the years and the random seeds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import osr

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "cc_warning_plugin" / "sample_data"
INDICATORS_TOML = REPO / "cc_warning_plugin" / "data" / "indicators.toml"

EPSG = 4527  # CGCS2000 / 3-degree Gauss-Kruger zone 39 (false easting 39.5e6)
X0, Y1 = 39_475_000.0, 4_049_000.0  # upper-left corner of the raster grid
CELL = 200.0  # raster cell size (m)
NCOLS, NROWS = 300, 240  # 60 km x 48 km
COARSE = 2  # land-use grid = 2 x 2 raster cells (400 m)
WIDTH_KM, HEIGHT_KM = NCOLS * CELL / 1000.0, NROWS * CELL / 1000.0
F_NODATA = -9999.0
B_NODATA = 255
BASE_YEAR, EVAL_YEAR = 2020, 2025
DT = EVAL_YEAR - BASE_YEAR

# Fixed seeds, one per independent random stream, so changing one part does not shift the others.
SEED = {
    "outline": 11,
    "township": 12,
    "terrain": 13,
    "climate": 14,
    "soil": 15,
    "cover": 16,
    "landuse": 17,
    "degradation": 18,
    "air": 19,
    "water": 20,
    "zones": 21,
    "settle": 22,
}


def to_abs(xk: float, yk: float) -> tuple[float, float]:
    """Local kilometres (origin = lower-left corner of the grid) -> EPSG:4527 metres."""
    return X0 + xk * 1000.0, (Y1 - HEIGHT_KM * 1000.0) + yk * 1000.0


def srs_4527() -> osr.SpatialReference:
    s = osr.SpatialReference()
    s.ImportFromEPSG(EPSG)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


class Grid:
    """Cell-centre coordinates (local km) of the 200 m grid and of the 400 m land-use grid."""

    def __init__(self, factor: int = 1):
        self.cell = CELL * factor
        self.ncols, self.nrows = NCOLS // factor, NROWS // factor
        ck = self.cell / 1000.0
        self.xk = (np.arange(self.ncols) + 0.5) * ck
        self.yk = HEIGHT_KM - (np.arange(self.nrows) + 0.5) * ck
        self.X, self.Y = np.meshgrid(self.xk, self.yk)
        self.gt = (X0, self.cell, 0.0, Y1, 0.0, -self.cell)
