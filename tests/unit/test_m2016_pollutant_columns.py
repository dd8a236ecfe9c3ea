"""A table of the 环境 element without any pollutant column — daily station
rows, section observations, the sections layer — is refused with one
message naming the table and the columns expected."""

import pytest

from cc_warning_plugin.core import exceedance
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.m2016 import stations
from cc_warning_plugin.core.m2016.units import Source
from cc_warning_plugin.core.profile import load_profile

P = load_profile()
WATER = P.get("elements.environment.water_pollutants")


def refusal(call) -> str:
    with pytest.raises(InputError) as err:
        call()
    return str(err.value)


def test_each_table_without_a_pollutant_column_is_refused_naming_it():
    daily = Source("air_daily", [{"站点编码": "A1", "日期": "2025-01-01", "备注": "x"}])
    monthly = Source("monthly", [{"断面编码": "W1", "月份": 1, "备注": "x"}])
    sections = [{"断面编码": "W1", "行政区划代码": "A", "水体类型": "河流", "备注": "x"}]
    texts = [
        refusal(lambda: stations.air_statistics(daily, {"A1": "A"}, ["A"], P, "gb3095_2012")),
        refusal(lambda: stations.section_means(monthly, ["W1"], WATER)),
        refusal(lambda: exceedance.read_sections(sections, "sections", P, ["A"])),
    ]
    for text, layer in zip(texts, ("air_daily", "monthly", "sections")):
        assert text.startswith(f"{layer}: no pollutant columns found. Expected columns such as: ")
    # the columns expected: the profile's pollutants, by their titles
    assert texts[1].split(": ", 2)[2] == texts[2].split(": ", 2)[2]
