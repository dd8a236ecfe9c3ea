"""Runs that used to hang for ever in GDAL 3.6 end, with a watchdog: each
runs in a child process with GDAL's block cache capped very low (the
deadlock needs a GeoTIFF written with multi-threaded compression whose blocks
are evicted and read back), and fails — instead of hanging the suite — when
it does not end within a generous limit."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIMIT_S = 180

pytestmark = pytest.mark.slow


def run_with_watchdog(args, cache, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GDAL_CACHEMAX=cache)
    try:
        proc = subprocess.run(
            args, env=env, capture_output=True, text=True, timeout=LIMIT_S, cwd=cwd
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the run did not end within {LIMIT_S} s (GDAL_CACHEMAX={cache}): it hangs")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_zonal_summary_of_100_units_ends_under_a_tiny_block_cache(tmp_path):
    """cc_warning:dual_zonal_summary burnt the units into a temporary GeoTIFF
    with NUM_THREADS compression: with a 1 MB block cache it hung at 2000²
    cells as it did at 10⁸ cells with the plugin's 64 MB cap."""
    result = run_with_watchdog(
        [
            sys.executable,
            os.path.join(ROOT, "scripts", "benchmark_zonal.py"),
            "--child",
            "plugin",
            "--n",
            "2000",
            "--work",
            str(tmp_path),
        ],
        "1",
        ROOT,
    )
    counts = result["counts"]
    assert len(counts) == 100
    # 200 × 200 cells per unit; in row band j the first 20·(j + 1) columns of
    # every row are 适宜区 (1): 200 · 20 · (j + 1) = 4000 · (j + 1) cells
    for j in range(10):
        for k in range(10):
            assert counts[f"U{j}{k}"] == {"1": 4000 * (j + 1), "3": 40000 - 4000 * (j + 1)}
    # the units were burnt in memory: no raster was written beside the output
    assert sorted(os.listdir(tmp_path / "n2000")) == [
        "classes.tif",
        "out_plugin.gpkg",
        "units.gpkg",
    ]


ENGINE_RUN = textwrap.dedent("""
    import json, sys
    import numpy as np
    from osgeo import gdal, osr
    from cc_warning_plugin.raster import Grid, OutputSet, RasterOutput, run_blocks
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    n = 3000
    grid = Grid(srs.ExportToWkt(), 39500000.0, 4000000.0, 30.0, 30.0, n, n)

    def func(block):
        rows, cols = np.indices(block.shape)
        rows += block.window.yoff
        cols += block.window.xoff
        return {"ids": rows * n + cols + 1, "val": (rows % 7).astype(np.float32)}

    found = []
    for run in range(3):
        folder = f"{sys.argv[1]}/{run}"
        with OutputSet() as outs:
            ids = outs.add(RasterOutput(folder + "/ids.tif", grid, "UInt32", 0,
                                        overviews=True))
            val = outs.add(RasterOutput(folder + "/val.tif", grid, "Float32", -1.0,
                                        overviews=True))
            run_blocks(grid, {}, {"ids": ids, "val": val}, func, block_size=500)
            outs.commit()
        ds = gdal.Open(folder + "/ids.tif")
        a = ds.GetRasterBand(1).ReadAsArray(2990, 2990, 10, 10)
        ds2 = gdal.Open(folder + "/val.tif")
        found.append({"corner": int(a[9, 9]), "first": int(a[0, 0]),
                      "val_mean": ds2.GetRasterBand(1).ComputeStatistics(False)[2]})
    print(json.dumps(found))
""")


def test_blockwise_outputs_end_under_a_tiny_block_cache(tmp_path):
    """Final outputs are written block by block from the engine's writer
    thread; with windows that are not whole tiles (a block size of 500 and
    256-cell tiles) the tiles on window edges are read back and rewritten.
    Written with NUM_THREADS under a 0.5 MB cache, one such run of two
    3000² outputs with overviews hung about once in five; the pair is
    written three times."""
    found = run_with_watchdog([sys.executable, "-c", ENGINE_RUN, str(tmp_path)], "524288", ROOT)
    for result in found:
        assert result["corner"] == 2999 * 3000 + 2999 + 1  # row 2999, column 2999
        assert result["first"] == 2990 * 3000 + 2990 + 1
        # every column holds row % 7: 3000 rows = 428 cycles 0…6 (sum 21) + 0, 1, 2, 3
        assert result["val_mean"] == pytest.approx((428 * 21 + 0 + 1 + 2 + 3) / 3000)
