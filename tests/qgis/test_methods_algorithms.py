"""The algorithms of the methods evaluators also use, where one algorithm
feeds another: the construction-suitability screen gives L0 to land_pressure
and to the whole 2016 chain, which also takes the ecological process from a
yearly series; and cancelling a long run writes nothing. Answers worked by
hand in the comments (the single-algorithm cases are in tests/cases/)."""

import os

import numpy as np
import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tests.helpers import X0, Y0, write_csv, write_raster
from tests.qgis.test_cases import write_layer as write_case_layer

CELL = 10.0


def box(x0, y0, x1, y1):
    """A rectangle in metres from the grid's top-left corner (y downwards)."""
    return (
        f"POLYGON(({X0 + x0} {Y0 - y0}, {X0 + x1} {Y0 - y0}, {X0 + x1} {Y0 - y1}, "
        f"{X0 + x0} {Y0 - y1}, {X0 + x0} {Y0 - y0}))"
    )


@pytest.fixture
def land(tmp_path):
    """A plane DEM of 8 × 4 cells of 10 m rising 0.1 m per m (slope atan 0.1 = 5.71° →
    score 3 → 适宜 everywhere), units A (columns 0–3) and B (columns 4–7), a red line
    over the four top-left cells of A."""
    y, x = np.mgrid[0:4, 0:8].astype(float)
    dem = write_raster(tmp_path / "dem.tif", 100.0 + 0.1 * CELL * x, cell=CELL)
    gpkg = str(tmp_path / "layers.gpkg")
    units = write_case_layer(
        gpkg,
        "units",
        {
            "geometry": "Polygon",
            "crs": "EPSG:4527",
            "fields": {
                "unit_code": "string",
                "constr_land_area": "double",
                "eval_land_area": "double",
                "year": "int",
            },
            "features": [
                {
                    "wkt": box(0, 0, 40, 40),
                    "unit_code": "A",
                    "constr_land_area": 0.3,
                    "eval_land_area": 0.5,
                    "year": 2020,
                },
                {
                    "wkt": box(40, 0, 80, 40),
                    "unit_code": "B",
                    "constr_land_area": 0.2,
                    "eval_land_area": 0.5,
                    "year": 2020,
                },
            ],
        },
    )
    redline = write_case_layer(
        gpkg,
        "redline",
        {
            "geometry": "Polygon",
            "crs": "EPSG:4527",
            "fields": {"name": "string"},
            "features": [{"wkt": box(0, 0, 20, 20), "name": "红线"}],
        },
    )
    return {"dem": dem, "units": units, "redline": redline, "dir": tmp_path}


def features(path, *names):
    layer = QgsVectorLayer(path, "r", "ogr")
    assert layer.isValid(), path
    out = {f["unit_code"]: tuple(f[n] for n in names) for f in layer.getFeatures()}
    del layer
    return out


def test_screen_gives_l0_to_land_pressure(run_alg, land):
    screen = run_alg(
        "construction_screen",
        {
            "DEM": land["dem"],
            "ECO_REDLINE": land["redline"],
            "OUTPUT": str(land["dir"] / "screen.tif"),
        },
    )
    # 4 of 32 cells in the red line: 28/32 适宜 over the whole grid
    assert screen["SUITABLE_SHARE"] == pytest.approx(28 / 32)
    res = run_alg(
        "land_pressure",
        {
            "INPUT": land["units"],
            "SUITABILITY": screen["OUTPUT"],
            "OUTPUT": str(land["dir"] / "land.gpkg"),
        },
    )
    got = features(res["OUTPUT"], "land_l0", "land_index", "land_class")
    # A: 12 of its 16 cells 适宜 → L0 = 0.75; L = 0.3/0.5 = 0.6; D = (0.6 − 0.75)/0.75 = −0.2
    #    ≥ −0.3 → 临界超载.  B: L0 = 16/16 = 1; L = 0.4; D = −0.6 → 不超载.
    assert got["A"][0] == pytest.approx(0.75) and got["A"][1] == pytest.approx(-0.2)
    assert got["A"][2] == "critical"
    assert got["B"][0] == pytest.approx(1.0) and got["B"][1] == pytest.approx(-0.6)
    assert got["B"][2] == "none"


def test_chain_takes_l0_from_the_screen_and_ecology_from_a_series(run_alg, land):
    screen = run_alg(
        "construction_screen",
        {
            "DEM": land["dem"],
            "ECO_REDLINE": land["redline"],
            "OUTPUT": str(land["dir"] / "screen.tif"),
        },
    )
    d = land["dir"]
    header = [
        "unit_code",
        "year",
        "gdp",
        "constr_land_area",
        "water_use",
        "cod_emission",
        "nh3n_emission",
        "so2_emission",
        "nox_emission",
        "forest_grass_cover",
    ]
    base = write_csv(
        d / "base.csv",
        [
            dict(zip(header, [c, 2015, 100, 0.3 if c == "A" else 0.2, 50, 5, 1, 3, 4, 50]))
            for c in ("A", "B")
        ],
        header,
        encoding="utf-8-sig",
    )
    # the evaluation year also holds the air statistics (the environment element needs
    # some input; its class does not matter here)
    air = ["so2_annual", "no2_annual", "pm10_annual", "pm25_annual", "co_p95", "o3_8h_p90"]
    ev = write_csv(
        d / "eval.csv",
        [
            dict(
                zip(
                    header + air,
                    [
                        c,
                        2020,
                        100,
                        0.3 if c == "A" else 0.2,
                        50,
                        5,
                        1,
                        3,
                        4,
                        50,
                        10,
                        20,
                        40,
                        20,
                        1,
                        100,
                    ],
                )
            )
            for c in ("A", "B")
        ],
        header + air,
        encoding="utf-8-sig",
    )
    # wide series of 林草覆盖率: A falls 1 point a year (rate (46/50)^(1/4) − 1 = −2.0630 %/a,
    # below the national −1 %/a → worse); B is flat (0 %/a, not worse)
    series = write_csv(
        d / "series.csv",
        [
            {
                "行政区划代码": "A",
                "2016年": 50,
                "2017年": 49,
                "2018年": 48,
                "2019年": 47,
                "2020年": 46,
            },
            {
                "行政区划代码": "B",
                "2016年": 50,
                "2017年": 50,
                "2018年": 50,
                "2019年": 50,
                "2020年": 50,
            },
        ],
        ["行政区划代码", "2016年", "2017年", "2018年", "2019年", "2020年"],
        encoding="utf-8-sig",
    )
    res = run_alg(
        "carrying_capacity_2016",
        {
            "INPUT": land["units"],
            "INDICATORS": [ev],
            "BASE_INDICATORS": [base],
            "NATIONAL_LAND": 1.0,
            "NATIONAL_WATER": 1.0,
            "NATIONAL_COD": 1.0,
            "NATIONAL_NH3N": 1.0,
            "NATIONAL_SO2": 1.0,
            "NATIONAL_NOX": 1.0,
            "NATIONAL_COVER": -1.0,
            "SUITABILITY": screen["OUTPUT"],
            "ECOLOGY_SERIES": series,
            "OUTPUT": str(d / "chain.gpkg"),
        },
    )
    got = features(
        res["OUTPUT"], "land_l0", "land_class", "trend_r_cover", "trend_type", "trend_note"
    )
    assert got["A"][0] == pytest.approx(0.75) and got["A"][1] == "critical"
    assert got["B"][0] == pytest.approx(1.0) and got["B"][1] == "none"
    # efficiency rates 0 < 1 → worse; intensities 0 > 1 false; with the series A's ecology
    # is worse too → 2 of 3 → 加剧型; B's flat series keeps it 趋缓型
    assert got["A"][2] == pytest.approx(((46 / 50) ** 0.25 - 1) * 100)
    assert got["A"][3] == "worsening" and "2016–2020" in got["A"][4]
    assert got["B"][2] == pytest.approx(0.0) and got["B"][3] == "easing"


class CancelAfter(QgsProcessingFeedback):
    """Cancels once the run reports progress past ``percent``."""

    def __init__(self, percent):
        super().__init__()
        self.percent = percent

    def setProgress(self, value):  # noqa: N802 (QGIS API)
        super().setProgress(value)
        if value > self.percent:
            self.cancel()


@pytest.mark.parametrize("alg_id", ["construction_screen", "dual_eco_soil_conservation"])
def test_cancel_writes_nothing(plugin, land, alg_id):
    import processing

    d = land["dir"]
    params = {"DEM": land["dem"], "OUTPUT": str(d / "out.tif")}
    if alg_id == "dual_eco_soil_conservation":
        ones = write_raster(d / "ones.tif", np.full((4, 8), 0.5), cell=CELL)
        params.update(R_FACTOR=ones, K_FACTOR=ones, VEG_COVER=ones, LS_METHOD=1, BLOCK_SIZE=64)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    with pytest.raises(QgsProcessingException) as err:
        processing.run(f"cc_warning:{alg_id}", params, context=context, feedback=CancelAfter(1))
    assert "Cancelled" in str(err.value) or "取消" in str(err.value)
    left = [f for f in os.listdir(d) if f.startswith("out") or f.startswith(".out")]
    assert not left, left


def test_daily_rain_without_stations_is_refused(run_alg, land):
    d = land["dir"]
    table = write_csv(
        d / "daily.csv",
        [{"站号": "A", "日期": "2001-01-10", "日降水量": 20}],
        ["站号", "日期", "日降水量"],
        encoding="utf-8-sig",
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "rainfall_erosivity",
            {"DAILY_RAIN": table, "REFERENCE": land["dem"], "OUTPUT": str(d / "r.tif")},
        )
    assert "stations" in str(err.value)
    assert not (d / "r.tif").exists()


def test_unknown_screen_input_in_a_profile_is_named(run_alg, land):
    d = land["dir"]
    profile = d / "screen.toml"
    profile.write_text(
        '[profile]\nextends = "default"\nid = "x"\nversion = "1"\n'
        '[construction_screen]\nfactors = [{ key = "flood", name_zh = "洪涝", '
        'name_en = "Flood", kind = "mask", input = "flood_zone", '
        'missing = "ignore" }, { key = "slope", name_zh = "坡度", '
        'name_en = "Slope", kind = "slope", input = "dem", missing = "nodata", '
        'breaks = [8], closed = "right", scores = [4, 1] }]\n',
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg(
            "construction_screen",
            {"DEM": land["dem"], "PROFILE": str(profile), "OUTPUT": str(d / "s.tif")},
        )
    assert "flood" in str(err.value) and "flood_zone" in str(err.value)


def test_eco_index_result_is_styled_by_grade(run_alg, land):
    from qgis.core import QgsCategorizedSymbolRenderer

    d = land["dir"]
    gpkg = str(d / "ei_units.gpkg")
    units = write_case_layer(
        gpkg,
        "units",
        {
            "geometry": "Polygon",
            "crs": "EPSG:4527",
            "fields": {
                "code": "string",
                "生物丰度指数": "double",
                "植被覆盖指数": "double",
                "水网密度指数": "double",
                "土地胁迫指数": "double",
                "污染负荷指数": "double",
            },
            "features": [
                {
                    "wkt": box(0, 0, 40, 40),
                    "code": "N",
                    "生物丰度指数": 30.59,
                    "植被覆盖指数": 76.93,
                    "水网密度指数": 93.94,
                    "土地胁迫指数": 6.08,
                    "污染负荷指数": 1.48,
                }
            ],
        },
    )
    context = QgsProcessingContext()
    project = QgsProject.instance()
    context.setProject(project)
    from qgis.core import QgsProcessingContext as Ctx

    out = str(d / "ei.gpkg")
    context.addLayerToLoadOnCompletion(out, Ctx.LayerDetails("ei", project, "OUTPUT"))
    res = run_alg(
        "eco_index", {"INPUT": units, "UNIT_FIELD": "code", "OUTPUT": out}, context=context
    )
    layer = QgsVectorLayer(res["OUTPUT"], "ei", "ogr")
    feat = next(layer.getFeatures())
    # 0.35·30.59 + 0.25·76.93 + 0.15·93.94 + 0.15·93.92 + 0.1·98.52 = 67.97 → 良
    assert feat["ei"] == pytest.approx(67.97) and feat["ei_grade"] == "good"
    from cc_warning_plugin.core.profile import load_profile
    from cc_warning_plugin.processing.methods.eco_index import apply_grade_style

    apply_grade_style(layer, load_profile())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "ei_grade"
    assert [c.value() for c in renderer.categories()] == [
        "excellent",
        "good",
        "fair",
        "fairly_poor",
        "poor",
    ]
    del layer


def test_new_parameters_keep_the_0_1_defaults(plugin):
    """The options are new optional parameters whose defaults are today's methods."""
    from qgis.core import QgsApplication

    reg = QgsApplication.processingRegistry()
    soil = reg.algorithmById("cc_warning:dual_eco_soil_conservation")
    assert soil.parameterDefinition("LS_METHOD").defaultValue() == 0
    assert (
        soil.parameterDefinition("DAILY_RAIN").flags()
        & soil.parameterDefinition("DAILY_RAIN").FlagOptional
    )
    water = reg.algorithmById("cc_warning:dual_eco_water_conservation")
    assert water.parameterDefinition("WATER_METHOD").defaultValue() == 0
    chain = reg.algorithmById("cc_warning:carrying_capacity_2016")
    assert chain.parameterDefinition("ECOLOGY_SERIES") is not None
    assert (
        chain.parameterDefinition("ECOLOGY_SERIES_FIELD").parentLayerParameterName()
        == "ECOLOGY_SERIES"
    )
