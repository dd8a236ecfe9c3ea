"""Rainfall erosivity from daily rainfall: the daily model by hand (threshold,
warm and cold season, half-months), station tables with complete and
incomplete years, IDW by hand, and daily rasters through the raster
engine."""

import datetime as dt
import textwrap

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, osr

from cc_warning_plugin.core.erosivity import daily, idw
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.raster import Grid, OutputSet, RasterOutput, run_blocks
from cc_warning_plugin.raster import erosivity as rast

P = load_profile()
S = daily.Settings.from_profile(P)
B = 1.7265
# by hand (β = 1.7265):
#   12^β = e^(1.7265·ln 12) = e^(1.7265·2.484907) = 72.98043 → warm 0.3937·72.98 = 28.73240
#   20^β = 176.29025 → cold 0.3101·176.29 = 54.66761
#   25^β = 259.14535 → warm 102.02553
#   30^β = 355.01757 → cold 110.09095
#   50^β = 857.57421 → warm 337.62697
R_2001 = 0.3101 * 20**B + 0.3937 * 12**B + 0.3937 * 50**B + 0.3101 * 30**B  # 531.11792
R_2002 = 0.3937 * 25**B  # 102.02553


def test_daily_model_by_hand():
    p = np.array([20.0, 12.0, 11.9, 50.0, 30.0, np.nan, 0.0])
    m = np.array([1, 5, 7, 7, 10, 7, 7])
    r = daily.daily_erosivity(p, m, S)
    assert r[0] == pytest.approx(0.3101 * 20**B) and 54.66 < r[0] < 54.67  # January: cold
    assert r[1] == pytest.approx(0.3937 * 12**B) and 28.73 < r[1] < 28.74  # 12 mm counts
    assert r[2] == 0.0  # 11.9 mm does not
    assert r[3] == pytest.approx(337.62697, abs=1e-5)  # July: warm
    assert r[4] == pytest.approx(0.3101 * 30**B)  # October: cold
    assert np.isnan(r[5]) and r[6] == 0.0


def year_rows(station, year, wet, skip=()):
    """Every day of ``year`` with 0 mm except ``wet`` {(month, day): mm}; days in
    ``skip`` have no value."""
    rows = []
    d = dt.date(year, 1, 1)
    while d.year == year:
        key = (d.month, d.day)
        value = None if key in skip else wet.get(key, 0.0)
        rows.append({"站号": station, "日期": d.isoformat(), "降水量": value})
        d += dt.timedelta(days=1)
    return rows


def station_frame():
    rows = []
    rows += year_rows(
        "57494", 2001, {(1, 10): 20.0, (5, 1): 12.0, (7, 20): 50.0, (7, 21): 11.9, (10, 5): 30.0}
    )
    rows += year_rows("57494", 2002, {(8, 16): 25.0})
    rows += year_rows("57494", 2003, {(6, 1): 80.0}, skip={(2, 2)})  # one day missing
    return pd.DataFrame(rows)


def profile_with(tmp_path, body):
    path = tmp_path / "p.toml"
    path.write_text('[profile]\nextends = "default"\n' + textwrap.dedent(body), encoding="utf-8")
    return load_profile(str(path))


def test_station_table_by_hand(tmp_path):
    s = daily.Settings.from_profile(profile_with(tmp_path, "[erosivity]\nmin_years = 2\n"))
    rec = daily.station_erosivity(station_frame(), "站号", "降水量", s, date_column="日期")[0]
    # 2003 has a day without a value → left out; R = (531.11792 + 102.02553)/2 = 316.57172
    assert rec["years_used"] == [2001, 2002] and rec["years_left_out"] == {2003: 1}
    assert rec["r_by_year"][2001] == pytest.approx(R_2001)
    assert rec["r"] == pytest.approx((R_2001 + R_2002) / 2) and 316.57 < rec["r"] < 316.58
    assert "2003 (1)" in rec["note"]
    # half-months (mean over 2 years): 10 Jan → 0; 1 May → 8; 20 Jul → 13; 5 Oct → 18;
    # 16 Aug (day > 15) → 15
    hm = rec["half_month"]
    assert hm[0] == pytest.approx(0.3101 * 20**B / 2)
    assert hm[8] == pytest.approx(0.3937 * 12**B / 2)
    assert hm[13] == pytest.approx(0.3937 * 50**B / 2)
    assert hm[15] == pytest.approx(R_2002 / 2) and hm[18] == pytest.approx(0.3101 * 30**B / 2)
    assert sum(hm) == pytest.approx(rec["r"])
    assert rec["erosive_days"] == pytest.approx(5 / 2)  # 4 days in 2001, 1 in 2002


def test_too_few_years_and_scale(tmp_path):
    rec = daily.station_erosivity(station_frame(), "站号", "降水量", S, date_column="日期")[0]
    # the default needs 10 complete years: no R, a note saying so
    assert rec["r"] is None and "10" in rec["note"]
    # data in 0.1 mm: 200 × 0.1 = 20 mm
    frame = pd.DataFrame(year_rows("1", 2001, {(1, 10): 200.0}))
    s1 = daily.Settings.from_profile(profile_with(tmp_path, "[erosivity]\nmin_years = 1\n"))
    r = daily.station_erosivity(frame, "站号", "降水量", s1, date_column="日期", scale=0.1)[0]
    assert r["r"] == pytest.approx(0.3101 * 20**B)


def test_year_month_day_columns_and_errors():
    frame = pd.DataFrame([{"站": "A", "年": 2001, "月": 2, "日": 30, "P": 1.0}])
    with pytest.raises(InputError, match="row 1.*not a date"):
        daily.station_erosivity(frame, "站", "P", S, ymd_columns=["年", "月", "日"])
    frame = pd.DataFrame([{"站": "A", "日期": "2001-01-01", "P": -3}])
    with pytest.raises(InputError, match="negative"):
        daily.station_erosivity(frame, "站", "P", S, date_column="日期")
    frame = pd.DataFrame(
        [{"站": "A", "日期": "20010101", "P": 1}, {"站": "A", "日期": "2001/01/01", "P": 2}]
    )
    with pytest.raises(InputError, match="given twice"):
        daily.station_erosivity(frame, "站", "P", S, date_column="日期")
    frame = pd.DataFrame([{"站": "A", "日期": "2001-01-01", "P": "微量"}])
    with pytest.raises(InputError, match="微量"):
        daily.station_erosivity(frame, "站", "P", S, date_column="日期")


# -- IDW ---------------------------------------------------------------------------------


def test_idw_by_hand():
    # stations (0, 0) R = 1000 and (100, 0) R = 3000, power 2:
    # cell (25, 0): w = 1/625 = 0.0016 and 1/5625 = 0.000177778
    #   R = (1000·0.0016 + 3000·0.000177778)/(0.0016 + 0.000177778) = 2.133333/0.001777778 = 1200
    # cell (50, 0): equal weights → 2000; cell on a station → its value
    x = np.array([25.0, 50.0, 0.0, 100.0])
    y = np.zeros(4)
    r = idw.idw(x, y, [0.0, 100.0], [0.0, 0.0], [1000.0, 3000.0], 2.0)
    assert r == pytest.approx([1200.0, 2000.0, 1000.0, 3000.0])
    # power 1 at (25, 0): w = 1/25, 1/75 → (40 + 40)/(0.04 + 0.013333) = 1500
    assert idw.idw(x[:1], y[:1], [0.0, 100.0], [0.0, 0.0], [1000.0, 3000.0], 1.0)[
        0
    ] == pytest.approx(1500.0)
    # nearest 1 station only; a radius of 30 leaves (50, 0) without a station
    assert idw.idw(x, y, [0.0, 100.0], [0.0, 0.0], [1000.0, 3000.0], 2.0, max_points=1)[
        0
    ] == pytest.approx(1000.0)
    far = idw.idw(x, y, [0.0, 100.0], [0.0, 0.0], [1000.0, 3000.0], 2.0, radius=30.0)
    assert far[0] == pytest.approx(1000.0) and np.isnan(far[1])


def test_idw_on_grid_axes_equals_the_general_form():
    # the separable form (column and row centres) gives the general form's values,
    # including a cell on a station and a radius that leaves cells without a station
    rng = np.random.default_rng(2)
    xs, ys = np.arange(0, 1000, 50.0), np.arange(0, 800, 40.0)
    px, py, pv = rng.uniform(0, 1000, 5), rng.uniform(0, 800, 5), rng.uniform(500, 5000, 5)
    px[0], py[0] = xs[3], ys[4]  # station on a cell centre
    gx, gy = np.meshgrid(xs, ys)
    for power, radius in ((2.0, 0.0), (1.5, 0.0), (2.0, 150.0)):
        a = idw.idw_grid(xs, ys, px, py, pv, power, radius)
        b = idw.idw(gx, gy, px, py, pv, power, radius=radius)
        assert np.allclose(a, b, equal_nan=True, rtol=1e-12)
    assert idw.idw_grid(xs, ys, px, py, pv, 2.0)[4, 3] == pv[0]


def test_idw_chunks_give_the_same_answer(monkeypatch):
    rng = np.random.default_rng(1)
    px, py, pv = rng.uniform(0, 1000, 7), rng.uniform(0, 1000, 7), rng.uniform(500, 5000, 7)
    gx, gy = np.meshgrid(np.arange(0, 1000, 37.0), np.arange(0, 1000, 41.0))
    whole = idw.idw(gx, gy, px, py, pv, 2.0, max_points=4)
    monkeypatch.setattr(idw, "CHUNK", 20)
    assert np.allclose(idw.idw(gx, gy, px, py, pv, 2.0, max_points=4), whole)


# -- through the raster engine --------------------------------------------------------


def write(path, arr, nodata=-9999.0):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4527)
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), arr.shape[1], arr.shape[0], 1, gdal.GDT_Float32
    )
    ds.SetGeoTransform((39500000.0, 100.0, 0, 4000000.0, 0, -100.0))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(arr)
    ds = None
    return str(path)


def read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def test_idw_block_function_on_the_grid(tmp_path):
    grid = Grid.from_raster(write(tmp_path / "g.tif", np.zeros((6, 8), dtype=np.float32)))
    # two stations on the centres of cells (row 0, col 0) and (row 0, col 4)
    x0, y0 = grid.x0 + 50.0, grid.y0 - 50.0
    func = idw.block_function([x0, x0 + 400.0], [y0, y0], [1000.0, 3000.0], 2.0)
    with OutputSet() as outs:
        out = outs.add(RasterOutput(str(tmp_path / "r.tif"), grid, "Float32", -9999.0))
        run_blocks(grid, {}, {"r": out}, func, block_size=4)
        outs.commit()
    r = read(tmp_path / "r.tif")
    # cell (0, 1) lies 100 m from the first station and 300 m from the second:
    # (1000/100² + 3000/300²)/(1/100² + 1/300²) = (0.1 + 0.033333)/(0.0001 + 0.0000111) = 1200
    assert r[0, 0] == pytest.approx(1000.0) and r[0, 4] == pytest.approx(3000.0)
    assert r[0, 1] == pytest.approx(1200.0) and r[0, 2] == pytest.approx(2000.0)


def test_daily_rasters(tmp_path):
    p = profile_with(tmp_path, "[erosivity]\nmin_years = 1\nmax_missing_days = 366\n")
    s = daily.Settings.from_profile(p)
    jan = np.full((4, 4), 20.0, dtype=np.float32)
    jan[0, 0] = 5.0  # below the threshold
    jan[3, 3] = -9999.0  # missing that day
    jul = np.full((4, 4), 50.0, dtype=np.float32)
    paths = [
        write(tmp_path / "rain_20010110.tif", jan),
        write(tmp_path / "rain_2001-07-20.tif", jul),
    ]
    files = rast.dates_from_names(paths)
    assert [d.isoformat() for d, _ in files] == ["2001-01-10", "2001-07-20"]
    grid = Grid.from_raster(paths[0])
    rast.check_daily_rasters(grid, files)
    with OutputSet() as outs:
        o_r = outs.add(RasterOutput(str(tmp_path / "r.tif"), grid, "Float32", -9999.0))
        o_y = outs.add(RasterOutput(str(tmp_path / "y.tif"), grid, "Int16", -1))
        run_blocks(grid, {}, {"r": o_r, "years": o_y}, rast.block_function(files, s), block_size=2)
        outs.commit()
    r = read(tmp_path / "r.tif")
    # 0.3101·20^β + 0.3937·50^β = 54.66761 + 337.62697 = 392.29457
    assert r[1, 1] == pytest.approx(0.3101 * 20**B + 0.3937 * 50**B, rel=1e-6)
    assert r[0, 0] == pytest.approx(0.3937 * 50**B, rel=1e-6)  # 5 mm: not erosive
    assert r[3, 3] == pytest.approx(0.3937 * 50**B, rel=1e-6)  # missing day allowed
    assert np.all(read(tmp_path / "y.tif") == 1)
    # the default rule (no missing day) leaves every cell-year out → nodata
    with OutputSet() as outs:
        o_r = outs.add(RasterOutput(str(tmp_path / "r0.tif"), grid, "Float32", -9999.0))
        o_y = outs.add(RasterOutput(str(tmp_path / "y0.tif"), grid, "Int16", -1))
        run_blocks(grid, {}, {"r": o_r, "years": o_y}, rast.block_function(files, S))
        outs.commit()
    assert np.all(read(tmp_path / "r0.tif") == -9999.0)


def test_daily_raster_names_and_grid(tmp_path):
    with pytest.raises(InputError, match="no date"):
        rast.dates_from_names([str(tmp_path / "rain.tif")])
    with pytest.raises(InputError, match="same day"):
        rast.dates_from_names(["a_20010101.tif", "b_2001-01-01.tif"])
    a = write(tmp_path / "a_20010101.tif", np.zeros((4, 4), dtype=np.float32))
    b = write(tmp_path / "b_20010102.tif", np.zeros((5, 4), dtype=np.float32))
    with pytest.raises(InputError, match="b_20010102"):
        rast.check_daily_rasters(Grid.from_raster(a), rast.dates_from_names([a, b]))


def test_a_daily_raster_gdal_cannot_open_is_named(tmp_path):
    a = write(tmp_path / "a_20010101.tif", np.zeros((4, 4), dtype=np.float32))
    broken = tmp_path / "b_20010102.tif"
    broken.write_bytes(b"II*\x00 not a GeoTIFF")  # a download cut short
    with pytest.raises(InputError, match="b_20010102.tif cannot be opened"):
        rast.check_daily_rasters(Grid.from_raster(a), rast.dates_from_names([a, str(broken)]))
