"""What the evaluation report shows a reader: element names instead of the
internal codes in the 致警要素 column, short columns at their natural width
while long cause text wraps, areas rounded as the profile says (km² to
0.01)."""

import re

import pytest

from cc_warning_plugin.core.i18n import set_language
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.report import tables
from cc_warning_plugin.report.html import Table, table_html
from cc_warning_plugin.report.results import ClassEntry, ClassSet, detect_views
from cc_warning_plugin.report.stats import class_statistics


@pytest.fixture(autouse=True)
def chinese():
    set_language("zh")
    yield
    set_language("en")


ROW = {
    "行政区划代码": "990102",
    "名称": "城关区",
    "load_type": "overload",
    "warning_level": "red",
    "special_type": "black_grey",
    "cause": "超载：土地资源（土地资源压力指数 0.120）；"
    "环境（污染物浓度超标指数 0.486，最差：断面 S03，总磷）；"
    "水气环境黑灰指数（大气 重度，水 重度）。",
    "cause_elements": "land,water,env,special",
}


def test_elements_column_names_the_elements():
    p = load_profile()
    df = tables.composite_frame([ROW, dict(ROW, cause_elements="")], detect_views(list(ROW), p), p)
    col = df["Elements causing the class"].tolist()
    assert col == ["土地资源, 水资源, 环境, 水气环境黑灰指数", ""]
    assert "land" not in col[0] and "special" not in col[0]


def test_short_columns_keep_their_width_and_the_cause_wraps():
    p = load_profile()
    df = tables.composite_frame([ROW], detect_views(list(ROW), p), p)
    text = table_html(Table("", df, wrap_width=p.get("report.wrap_width")))
    cells = re.findall(r'<td class="(\w+)">([^<]*)', text)
    by_text = {t: c for c, t in cells}
    assert by_text["990102"] == "nw" and by_text["城关区"] == "nw"
    assert by_text["超载"] == "nw" and by_text["红色预警（极重警）"] == "nw"
    assert by_text[ROW["cause"]] == "wrap"


def test_areas_are_rounded_as_the_profile_says():
    p = load_profile()
    assert p.get("report.area_km2_digits") == 2
    cset = ClassSet(
        "x",
        [ClassEntry("red", "red", "红", "#ff0000"), ClassEntry("green", "green", "绿", "#00ff00")],
    )
    st = class_statistics([("red", 475.0649e6), ("green", 1894.8351e6)], cset, "#999999")
    df = tables.stats_frame(st, p.get("report.area_km2_digits"), p.get("report.share_digits"))
    area = df["Area (km²)"].tolist()
    assert area == [475.06, 1894.84, 2369.9]
    html = table_html(Table("", df, digits=tables.stats_digits(st, 2, 2)))
    assert ">475.06<" in html and ">2369.90<" in html and "475.065" not in html
    assert ">20.05<" in html  # 475.0649 / 2369.9 = 20.045… %
