"""D8 flow directions and flow accumulation over the analysis grid, with
memory bounded by the block size (core/invest/flow.py has the method and
the memory figures).

    dirs = flow_directions(grid, dem, dirs_output)          # one pass, halo 1
    stats = flow_accumulation(grid, dirs_input, acc_output)  # two passes + edge exchange

The first accumulation pass (:func:`engine.reduce_blocks`) keeps only the
perimeter of every tile; the exchange over the tile edges is solved on
that perimeter graph; the second pass (:func:`engine.run_blocks`) writes
the exact accumulation of every tile.
"""

from typing import Dict, Optional

import numpy as np

from ..core.invest import flow
from .engine import DEFAULT_BLOCK, Block, as_progress, reduce_blocks, run_blocks
from .grid import Grid
from .inputs import RasterInput
from .output import RasterOutput


def flow_directions(
    grid: Grid,
    dem: RasterInput,
    output: RasterOutput,
    block_size: int = DEFAULT_BLOCK,
    feedback=None,
    edge: str = "normal",
) -> None:
    """Write the D8 codes of ``dem`` (Byte, nodata 255) to ``output``;
    ``edge = "outward"`` lets every cell on the raster edge drain off it."""
    if edge not in ("normal", "outward"):
        raise ValueError(edge)
    cw, ch = grid.cell_size_m

    def func(block: Block):
        dem_block = np.where(block.valid["dem"], block.values["dem"], np.nan)
        w = block.window
        outward = (
            flow.raster_edge(w.yoff, w.xoff, w.ysize, w.xsize, grid.width, grid.height)
            if edge == "outward"
            else None
        )
        return {"dirs": flow.d8_directions(dem_block, cw, ch, block.halo, outward)}

    run_blocks(
        grid,
        {"dem": dem},
        {"dirs": output},
        func,
        halo=flow.HALO,
        block_size=block_size,
        feedback=feedback,
    )


def flow_accumulation(
    grid: Grid,
    dirs: RasterInput,
    output: RasterOutput,
    block_size: int = DEFAULT_BLOCK,
    feedback=None,
    weights: Optional[RasterInput] = None,
) -> Dict[str, int]:
    """Write the D8 flow accumulation (cells draining through each cell,
    itself included; with ``weights`` the sum of their weights) to
    ``output``; nodata where the direction is nodata. Returns figures for
    the log: tiles, perimeter cells."""
    progress = as_progress(feedback)
    width, height = grid.width, grid.height
    inputs = {"dirs": dirs}
    if weights is not None:
        inputs["weights"] = weights

    def codes(block: Block) -> np.ndarray:
        d = block.values["dirs"].astype(np.uint8)
        d[~block.valid["dirs"]] = flow.DIR_NODATA
        return d

    def w_of(block: Block):
        if weights is None:
            return None
        return np.where(block.valid["weights"], block.values["weights"], 0.0)

    def summary(block: Block):
        w = block.window
        return flow.tile_summary(
            codes(block), w.xoff, w.yoff, width, height, w_of(block), block.check
        )

    parts = reduce_blocks(
        grid,
        inputs,
        summary,
        lambda acc, s: acc + [s],
        [],
        block_size=block_size,
        feedback=progress.sub(0.0, 0.45),
    )
    cat = {k: np.concatenate([p[k] for p in parts]) for k in ("gid", "local", "link", "exit")}
    del parts
    progress.check()
    gids, inflow = flow.solve_perimeter(
        cat["gid"], cat["local"], cat["link"], cat["exit"], progress.check
    )
    n_perimeter = int(gids.size)
    del cat
    nodata = output.nodata

    def tile(block: Block):
        w = block.window
        acc = flow.tile_accumulation(
            codes(block), w.xoff, w.yoff, width, gids, inflow, w_of(block), block.check
        )
        return {"acc": np.where(np.isnan(acc), nodata, acc)}

    run_blocks(
        grid, inputs, {"acc": output}, tile, block_size=block_size, feedback=progress.sub(0.5, 1.0)
    )
    tiles = -(-width // block_size) * -(-height // block_size)
    return {"tiles": tiles, "perimeter_cells": n_perimeter}
