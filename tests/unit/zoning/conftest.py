"""Fixtures of the zoning tests: the sample city's layers and their
delineation (computed once per session)."""

import pytest

from cc_warning_plugin.core.zoning.config import ZoningConfig
from cc_warning_plugin.core.zoning.delineate import BoundaryFields, ZoneLayer, delineate
from cc_warning_plugin.core.zoning.features import read_layer

from zoning_testdata import SHIFAN, ZONING


@pytest.fixture(scope="session")
def sample_zoning():
    towns = read_layer(SHIFAN, "township")
    zones = [
        ZoneLayer("生态保护红线", "1", read_layer(SHIFAN, "eco_redline")),
        ZoneLayer("一般生态空间", "1", read_layer(ZONING, "general_eco_space")),
        ZoneLayer("饮用水水源保护区", "1", read_layer(ZONING, "drinking_water")),
        ZoneLayer("城镇开发边界", "2", read_layer(SHIFAN, "urban_boundary")),
        ZoneLayer("工业园区", "2", read_layer(ZONING, "industrial_park")),
        ZoneLayer("环境重点管控区", "2", read_layer(ZONING, "env_key_area")),
    ]
    d = delineate(
        towns,
        BoundaryFields("乡镇代码", "乡镇名称", "行政区划代码"),
        zones,
        ZoningConfig.from_profile(),
    )
    return {"delineation": d, "townships": towns}
