"""D8 flow directions and the tiled flow accumulation: small grids whose
flow paths and accumulations are worked out by hand, a snake path that
crosses tile edges back and forth, the same result for every tile size,
and the out-of-core driver through the raster engine."""

import numpy as np
import pytest
from osgeo import gdal, osr

from cc_warning_plugin.core.invest import flow
from cc_warning_plugin.raster import (
    CATEGORICAL,
    CONTINUOUS,
    Grid,
    OutputSet,
    RasterOutput,
    open_input,
)
from cc_warning_plugin.raster.flow import flow_accumulation, flow_directions

E, SE, S, SW, W, NW, N, NE = range(1, 9)


def with_halo(z):
    out = np.full((z.shape[0] + 2, z.shape[1] + 2), np.nan)
    out[1:-1, 1:-1] = z
    return out


def tiled(dirs, side):
    """Flow accumulation of a whole dirs grid computed tile by tile (steps 1–3)."""
    ny, nx = dirs.shape
    tiles = [(x, y) for y in range(0, ny, side) for x in range(0, nx, side)]
    parts = [flow.tile_summary(dirs[y : y + side, x : x + side], x, y, nx, ny) for x, y in tiles]
    cat = {k: np.concatenate([p[k] for p in parts]) for k in ("gid", "local", "link", "exit")}
    gids, inflow = flow.solve_perimeter(cat["gid"], cat["local"], cat["link"], cat["exit"])
    out = np.zeros((ny, nx))
    for x, y in tiles:
        out[y : y + side, x : x + side] = flow.tile_accumulation(
            dirs[y : y + side, x : x + side], x, y, nx, gids, inflow
        )
    return out


# A 3 × 3 DEM, cells 10 m:      9 8 7
#                               8 7 6
#                               7 6 5
# drops (m per m): a side neighbour 1 m lower 0.1; a diagonal 2 m lower 2/14.142 = 0.1414
#   (0,0) 9 → SE 7 (0.1414 beats E/S 0.1)    (0,1) 8 → SE 6     (0,2) 7 → S 6 (SW 6: 0.0707)
#   (1,0) 8 → SE 6                           (1,1) 7 → SE 5     (1,2) 6 → S 5
#   (2,0) 7 → E 6 (NE 7 is not lower)        (2,1) 6 → E 5      (2,2) 5 → no lower: 0
DEM3 = np.array([[9, 8, 7], [8, 7, 6], [7, 6, 5]], dtype=float)
DIRS3 = np.array([[SE, SE, S], [SE, SE, S], [E, E, 0]], dtype=np.uint8)
# accumulation (cells through each cell, itself included):
#   sources 1; (1,1) = 1 + (0,0) = 2; (1,2) = 1 + (0,2) + (0,1) = 3;
#   (2,1) = 1 + (2,0) + (1,0) = 3; (2,2) = 1 + 2 + 3 + 3 = 9 (all nine cells)
ACC3 = np.array([[1, 1, 1], [1, 2, 3], [1, 3, 9]], dtype=float)


def test_d8_directions_by_hand():
    d = flow.d8_directions(with_halo(DEM3), 10.0, 10.0)
    assert np.array_equal(d, DIRS3)


def test_outward_edge_rule():
    # every edge cell drains off the raster; only the centre (1,1) keeps its SE
    # direction, into the edge cell (2,2): accumulation 2 there, 1 elsewhere
    edge = flow.raster_edge(0, 0, 3, 3, 3, 3)
    assert edge.sum() == 8 and not edge[1, 1]
    d = flow.d8_directions(with_halo(DEM3), 10.0, 10.0, outward=edge)
    expected = np.zeros((3, 3), dtype=np.uint8)
    expected[1, 1] = SE
    assert np.array_equal(d, expected)
    recv = flow.tile_receivers(d)
    acc = flow.accumulate(recv, np.ones(9)).reshape(3, 3)
    assert acc[2, 2] == 2 and acc.sum() == 10
    # a window in the middle of a larger raster has no edge cells
    assert not flow.raster_edge(3, 3, 2, 2, 10, 10).any()


def test_accumulation_3x3_by_hand():
    recv = flow.tile_receivers(DIRS3)
    acc = flow.accumulate(recv, np.ones(9)).reshape(3, 3)
    assert np.array_equal(acc, ACC3)
    for side in (1, 2, 3):
        assert np.array_equal(tiled(DIRS3, side), ACC3)


# A snake through a 4 × 4 grid:   E E E S        path (0,0) → (0,3) → (1,3) → (1,0)
#                                 S W W W             → (2,0) → (2,3) → (3,3) → (3,0)
#                                 E E E S        the k-th cell of the path (k = 1 … 16)
#                                 0 W W W        has accumulation k.
SNAKE = np.array([[E, E, E, S], [S, W, W, W], [E, E, E, S], [0, W, W, W]], dtype=np.uint8)
SNAKE_ACC = np.array([[1, 2, 3, 4], [8, 7, 6, 5], [9, 10, 11, 12], [16, 15, 14, 13]], dtype=float)


@pytest.mark.parametrize("side", [1, 2, 3, 4])
def test_snake_crosses_tile_edges(side):
    # with 2 × 2 tiles the path leaves the top-left tile, comes back to it, and does
    # the same in the bottom row: the edge exchange must carry flow in and out twice
    assert np.array_equal(tiled(SNAKE, side), SNAKE_ACC)


def test_diagonal_exit_through_a_tile_corner():
    # 4 × 4: SE everywhere, S in the last column, E in the last row, (3,3) the outlet.
    # With 2 × 2 tiles the top-left tile drains through its corner (1,1) into the corner
    # (2,2) of the bottom-right tile, diagonally across two tile edges at once.
    dirs = np.array(
        [[SE, SE, SE, S], [SE, SE, SE, S], [SE, SE, SE, S], [E, E, E, 0]], dtype=np.uint8
    )
    # receivers: (r,c) → (r+1,c+1) inside; last column → S; last row → E.
    # (1,1) ← (0,0): 2;  (1,2) ← (0,1): 2;  (1,3) ← (0,2), (0,3): 3
    # (2,1) ← (1,0): 2;  (2,2) ← (1,1) 2: 3;  (2,3) ← (1,2) 2, (1,3) 3: 6
    # (3,1) ← (2,0), (3,0): 3;  (3,2) ← (2,1) 2, (3,1) 3: 6
    # (3,3) ← (2,2) 3, (2,3) 6, (3,2) 6: 16
    expected = np.array([[1, 1, 1, 1], [1, 2, 2, 3], [1, 2, 3, 6], [1, 3, 6, 16]], dtype=float)
    recv = flow.tile_receivers(dirs)
    assert np.array_equal(flow.accumulate(recv, np.ones(16)).reshape(4, 4), expected)
    assert np.array_equal(tiled(dirs, 2), expected)
    assert np.array_equal(tiled(dirs, 3), expected)


def test_random_dem_every_tile_size_gives_the_whole_result():
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:37, 0:53]
    dem = 200 + 30 * np.sin(x / 7.0) * np.cos(y / 9.0) - 0.8 * x + rng.normal(0, 0.3, x.shape)
    dem[10:13, 20:24] = np.nan
    dirs = flow.d8_directions(with_halo(dem), 30.0, 30.0)
    whole = tiled(dirs, 64)
    # every valid cell counted exactly once at its outlet: Σ of the sinks = valid cells
    sinks = dirs == 0
    assert whole[sinks].sum() == np.count_nonzero(~np.isnan(dem))
    for side in (5, 8, 16, 20):
        assert np.array_equal(tiled(dirs, side), whole, equal_nan=True)


def test_perimeter_links():
    # SNAKE in one 4 × 4 tile: perimeter cells (flat) 0,1,2,3,4,7,8,11,12,13,14,15;
    # (1,3) = 7 flows W through interior (1,2), (1,1) to the perimeter (1,0) = 4
    recv = flow.tile_receivers(SNAKE)
    per = flow.perimeter_cells(4, 4)
    link = dict(zip(per.tolist(), flow.perimeter_links(recv, per).tolist()))
    assert link[7] == 4 and link[0] == 1 and link[15] == 14 and link[12] == -1
    assert link[11] == 15  # (2,3) → S (3,3)


# -- through the raster engine ---------------------------------------------------------


def write(path, arr, dtype=gdal.GDT_Float32, nodata=-9999.0, cell=10.0):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, dtype)
    ds.SetGeoTransform((39500000.0, cell, 0, 4000000.0, 0, -cell))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def test_out_of_core_driver(tmp_path):
    # a 9 × 9 grid of the 3 × 3 DEM pattern scaled up: a plane falling 1 m per cell to the
    # south-east (z = 100 − row − col); blocks of 2 cells
    n = 9
    r, c = np.mgrid[0:n, 0:n]
    dem = (100.0 - r - c).astype(np.float32)
    dem_p = write(tmp_path / "dem.tif", dem)
    grid = Grid.from_raster(dem_p)
    with OutputSet() as outs:
        d_out = outs.add(RasterOutput(str(tmp_path / "dirs.tif"), grid, "Byte", 255))
        flow_directions(grid, open_input(dem_p, grid, CONTINUOUS, "dem"), d_out, block_size=2)
        outs.commit()
    dirs = read(tmp_path / "dirs.tif")
    # every cell has its lowest neighbour to the SE (drop 2/14.14 beats 1/10), except the
    # last row (E) and the last column (S); the corner (8,8) drains nowhere
    assert np.all(dirs[:-1, :-1] == SE) and np.all(dirs[-1, :-1] == E)
    assert np.all(dirs[:-1, -1] == S) and dirs[-1, -1] == 0
    with OutputSet() as outs:
        a_out = outs.add(RasterOutput(str(tmp_path / "acc.tif"), grid, "Float64", -1.0))
        stats = flow_accumulation(
            grid,
            open_input(str(tmp_path / "dirs.tif"), grid, CATEGORICAL, "dirs"),
            a_out,
            block_size=2,
        )
        outs.commit()
    acc = read(tmp_path / "acc.tif")
    recv = flow.tile_receivers(dirs)
    assert np.array_equal(acc, flow.accumulate(recv, np.ones(n * n)).reshape(n, n))
    assert acc[-1, -1] == n * n and stats["tiles"] == 25
    # diagonal cells (k, k) gather the k × k square above-left plus their edges:
    # (1,1) ← (0,0): 2; the cell (r, c) off the last row/column receives only from
    # (r−1, c−1), so acc(r, c) = min(r, c) + 1 there
    assert acc[1, 1] == 2 and acc[4, 2] == 3 and acc[0, 5] == 1
