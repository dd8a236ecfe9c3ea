"""What the dialogs of the 2016-method algorithms offer and refuse before a
run: the seven single national rates sit under Advanced parameters (the
rates table stays a main input), a unit layer without a unit-code column is
refused before any work with the layer and the accepted column names, and
the help never points to the repository's docs."""

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProject,
)

ALGS = (
    "land_pressure",
    "water_load",
    "pollutant_exceedance",
    "ecosystem_health",
    "urban_black_grey",
    "cropland_quality",
    "grassland_balance",
    "eco_function",
    "special_evaluation",
    "process_trend",
    "integrated_warning",
    "carrying_capacity_2016",
)
NATIONAL = (
    "NATIONAL_LAND",
    "NATIONAL_WATER",
    "NATIONAL_COD",
    "NATIONAL_NH3N",
    "NATIONAL_SO2",
    "NATIONAL_NOX",
    "NATIONAL_COVER",
)


def algorithm(alg_id):
    return QgsApplication.processingRegistry().algorithmById(f"cc_warning:{alg_id}")


@pytest.mark.parametrize("alg_id", ["process_trend", "carrying_capacity_2016"])
def test_single_national_rates_are_advanced(plugin, alg_id):
    alg = algorithm(alg_id)
    flag = QgsProcessingParameterDefinition.FlagAdvanced
    for name in NATIONAL:
        assert alg.parameterDefinition(name).flags() & flag, name
    assert not alg.parameterDefinition("NATIONAL_RATES").flags() & flag
    assert not alg.parameterDefinition("INPUT").flags() & flag


@pytest.fixture
def no_code_table(tmp_path):
    path = tmp_path / "县名单.csv"
    path.write_text("名称,用水总量,用水总量控制指标\n城关区,1.2,1.5\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("alg_id", ALGS)
def test_a_unit_layer_without_unit_code_is_refused_before_the_run(
    plugin, alg_id, no_code_table, tmp_path
):
    alg = algorithm(alg_id)
    out = tmp_path / "out.gpkg"
    params = {"INPUT": no_code_table, "INDICATORS": [no_code_table], "OUTPUT": str(out)}
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    ok, message = alg.checkParameterValues(params, context)
    assert not ok
    assert "县名单" in message
    assert "行政区划代码" in message and "adcode" in message and "xzqdm" in message
    assert not out.exists()


def test_the_refusal_reaches_a_processing_run(run_alg, no_code_table, tmp_path):
    out = tmp_path / "water.gpkg"
    with pytest.raises(QgsProcessingException, match="行政区划代码"):
        run_alg("water_load", {"INPUT": no_code_table, "OUTPUT": str(out)})
    assert not out.exists()


@pytest.mark.parametrize("alg_id", ALGS)
def test_help_does_not_point_to_the_repository_docs(plugin, alg_id):
    alg = algorithm(alg_id)
    assert "docs/" not in alg.shortHelpString()
    for param in alg.parameterDefinitions():
        assert "docs/" not in param.help(), param.name()
    url = alg.helpUrl()
    assert url == "" or url.endswith(f"/help/{alg_id}.html")
