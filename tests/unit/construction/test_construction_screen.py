"""The construction-suitability screen for L₀: slope bands on tilted planes
whose slope is worked out by hand (which side of 2°, 8°, 15°, 25° holds the
break), exclusion layers, class factors, the minimum and product rules, the
cause, nodata, and a block-wise run through the raster engine whose output
is what land_pressure counts."""

import math
import textwrap

import numpy as np
import pytest
from osgeo import gdal, osr

from cc_warning_plugin.core.construction import screen as cs
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.raster import (
    CATEGORICAL,
    CONTINUOUS,
    Grid,
    OutputSet,
    RasterOutput,
    open_input,
    run_blocks,
)

P = load_profile()
CELL = 10.0
N = 5  # core cells a side; arrays carry a halo of 1


def plane(dz, n=N):
    """A plane rising ``dz`` metres per 10 m cell eastwards, with a halo.
    Horn's method on a plane: dz/dx = [(c + 2f + i) − (a + 2d + g)]/(8·10) =
    (4·2·dz)/80 = dz/10 exactly, dz/dy = 0 → slope = atan(dz/10)."""
    cols = np.arange(n + 2, dtype=np.float64)
    return np.tile(100.0 + dz * cols, (n + 2, 1))


def run(dem, others=None, profile=P):
    others = others or {}
    given = ["dem"] + list(others)
    scr = cs.make_screen(profile, given)
    values = {"dem": dem}
    valid = {"dem": ~np.isnan(dem)}
    for name, arr in others.items():
        values[name] = arr
        valid[name] = arr != 0
    return scr, cs.screen_arrays(scr, values, valid, (CELL, CELL), 1)


def slope_index(scr):
    return [f.key for f in scr.factors].index("slope") + 1


@pytest.mark.parametrize(
    "degrees,score,cls",
    [
        (2.0, 4, 1),  # ≤ 2°: 4 — exactly 2° stays in the first band (closed right)
        (2.01, 3, 1),  # (2°, 8°]: 3 → combined 3 ≥ 3 适宜
        (8.0, 3, 1),  # 8° exactly: still (2°, 8°]
        (8.01, 2, 2),  # (8°, 15°]: 2 → [2, 3) 一般适宜
        (15.0, 2, 2),
        (15.01, 1, 3),  # (15°, 25°]: 1 → < 2 不适宜
        (25.0, 1, 3),
        (25.5, 0, 3),  # > 25°: 0, excluded
    ],
)
def test_slope_bands_on_tilted_planes(degrees, score, cls):
    # dz = 10·tan θ per cell gives the plane of slope θ (see plane())
    scr, out = run(plane(CELL * math.tan(math.radians(degrees))))
    assert np.all(out["score"] == score)
    assert np.all(out["class"] == cls)
    # the slope is the cause unless it does not limit (score 4 = max_score)
    assert np.all(out["cause"] == (0 if score == 4 else slope_index(scr)))


def test_plane_of_one_in_ten():
    # dz = 1 m per 10 m: tan θ = 0.1, θ = 5.7106° → (2°, 8°] → score 3 → 适宜
    _, out = run(plane(1.0))
    assert np.all(out["score"] == 3) and np.all(out["class"] == 1)


def test_exclusion_class_factor_minimum_and_cause():
    dem = plane(1.0)  # slope score 3 everywhere
    redline = np.zeros_like(dem)
    redline[2, 2] = 1  # core cell (1, 1) inside 红线
    hazard = np.zeros_like(dem)
    hazard[:, 4] = 2  # core column 3: 中易发 → 2
    hazard[:, 5] = 4  # core column 4: 不易发 → 4
    scr, out = run(dem, {"eco_redline": redline, "geohazard": hazard})
    keys = [f.key for f in scr.factors]
    # inside the red line: 0 → 不适宜, cause 红线
    assert out["score"][1, 1] == 0 and out["class"][1, 1] == 3
    assert out["cause"][1, 1] == keys.index("eco_redline") + 1
    # hazard 2 with slope 3: min 2 → 一般适宜, cause the hazard
    assert np.all(out["score"][:, 3] == 2) and np.all(out["class"][:, 3] == 2)
    assert np.all(out["cause"][:, 3] == keys.index("geohazard") + 1)
    # hazard 4 does not lower slope's 3; cells without a hazard code are not limited
    assert np.all(out["score"][:, 4] == 3) and out["score"][0, 0] == 3
    assert out["cause"][0, 4] == keys.index("slope") + 1


def test_product_rule(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(
        '[profile]\nextends = "default"\n[construction_screen]\ncombine = "product"\n',
        encoding="utf-8",
    )
    p = load_profile(str(path))
    hazard = np.full((N + 2, N + 2), 2.0)
    _, out = run(plane(1.0), {"geohazard": hazard}, p)
    # 4 · (3/4) · (2/4) = 1.5 → < 2 不适宜 (the minimum rule gives 2 → 一般适宜)
    assert np.allclose(out["score"], 1.5) and np.all(out["class"] == 3)


def test_nodata_in_the_dem_and_unknown_codes():
    dem = plane(1.0)
    dem[3, 3] = np.nan  # core cell (2, 2)
    seismic = np.full_like(dem, 12.0)  # a code the table lacks
    _, out = run(dem, {"seismic_intensity": seismic})
    assert out["class"][2, 2] == cs.CLASS_NODATA and out["score"][2, 2] == cs.SCORE_NODATA
    assert out["cause"][2, 2] == cs.CAUSE_NODATA
    # neighbours keep their slope (missing neighbour mirrored) and the unknown code
    # (missing = "ignore") does not limit
    assert out["score"][2, 1] == 3 and out["class"][2, 1] == 1
    f = [x for x in cs.all_factors(P) if x.key == "seismic"][0]
    assert cs.unknown_codes(f, [6, 7, 12, 13]) == [12, 13]


def test_required_factor_and_no_factor():
    with pytest.raises(InputError, match="dem"):
        cs.make_screen(P, ["geohazard"])
    path_none = cs.make_screen(P, ["dem"])
    assert [f.key for f in path_none.factors] == ["slope"]


def test_profile_rejects_scores_above_max(tmp_path):
    from cc_warning_plugin.core.errors import ProfileError

    path = tmp_path / "p.toml"
    path.write_text(
        textwrap.dedent("""\
        [profile]
        extends = "default"
        [construction_screen]
        max_score = 3
        """),
        encoding="utf-8",
    )
    with pytest.raises(ProfileError, match="construction_screen.factors"):
        load_profile(str(path))


# -- block-wise through the engine ------------------------------------------------------


def write(path, arr, dtype=gdal.GDT_Float32, nodata=None):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), arr.shape[1], arr.shape[0], 1, dtype)
    ds.SetGeoTransform((39500000.0, CELL, 0, 4000000.0, 0, -CELL))
    ds.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def test_engine_run_feeds_land_pressure(tmp_path):
    # 12 × 12 cells: columns 0–5 rise 1 m per cell, columns 6–11 rise 2 m per cell
    # (z = 0, 1, …, 5, 6, 8, 10, …). Horn's dz/dx of column c is (z[c+1] − z[c−1])/20:
    # column 5: (6 − 4)/20 = 0.1 → 5.7106° → 3 → 适宜; column 6: (8 − 5)/20 = 0.15 →
    # 8.5308° → (8°, 15°] → 2 → 一般适宜; columns 7–11: 0.2 → 11.3099° → 2; the edge
    # columns mirror their missing neighbour and keep the plane's slope.
    # A 红线 block of 2 × 3 cells in the west. Blocks of 4 cells: every seam is
    # read through the halo.
    n = 12
    cols = np.arange(n, dtype=np.float64)
    z = np.where(cols < 6, cols * 1.0, 6 * 1.0 + (cols - 6) * 2.0)
    dem = np.tile(100 + z, (n, 1))
    red = np.zeros((n, n), dtype=np.uint8)
    red[2:4, 1:4] = 1
    dem_p = write(tmp_path / "dem.tif", dem.astype(np.float32), nodata=-9999)
    red_p = write(tmp_path / "red.tif", red, gdal.GDT_Byte, nodata=255)
    grid = Grid.from_raster(dem_p)
    inputs = {
        "dem": open_input(dem_p, grid, CONTINUOUS, "dem"),
        "eco_redline": open_input(red_p, grid, CATEGORICAL, "red"),
    }
    scr = cs.make_screen(P, inputs)
    with OutputSet() as outs:
        o_cls = outs.add(RasterOutput(str(tmp_path / "cls.tif"), grid, "Byte", 0))
        o_score = outs.add(
            RasterOutput(str(tmp_path / "score.tif"), grid, "Float32", cs.SCORE_NODATA)
        )
        o_cause = outs.add(RasterOutput(str(tmp_path / "cause.tif"), grid, "Byte", 255))
        run_blocks(
            grid,
            inputs,
            {"class": o_cls, "score": o_score, "cause": o_cause},
            cs.block_function(scr, grid.cell_size_m),
            halo=cs.HALO,
            block_size=4,
        )
        outs.commit()
    ds = gdal.Open(str(tmp_path / "cls.tif"))
    cls = ds.GetRasterBand(1).ReadAsArray()
    expected = np.ones((n, n), dtype=np.uint8)
    expected[:, 6:] = 2
    expected[2:4, 1:4] = 3
    assert np.array_equal(cls, expected)
    # L0 as land_pressure counts it: cells with a value in suitable_values ([1])
    suitable = P.get("elements.land.overlay.suitable_values")
    share = np.isin(cls, suitable).sum() / cls.size
    assert share == pytest.approx((6 * 12 - 6) / 144)
