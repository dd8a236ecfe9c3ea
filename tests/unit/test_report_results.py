"""Result views and class sets read from the method profile (no QGIS)."""

import pytest

from cc_warning_plugin.core import i18n
from cc_warning_plugin.core.errors import InputError, ProfileError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.report import results


@pytest.fixture(scope="module")
def profile():
    return load_profile()


@pytest.fixture
def zh():
    i18n.set_language("zh")
    yield
    i18n.set_language("en")


def test_warning_levels_in_policy_order_with_profile_colours(profile, zh):
    cset = results.class_set(profile, "warning_levels")
    # S2: 红色、橙色、黄色、蓝色、绿色 from high to low; S1 RGB colours
    assert cset.codes[:5] == ["red", "orange", "yellow", "blue", "green"]
    assert [e.color for e in cset.entries][:5] == [
        "#ff0000",
        "#ffa500",
        "#ffff00",
        "#28bdfa",
        "#006400",
    ]
    assert cset.entry("yellow").label == "黄色预警（中警）"
    assert cset.entry("purple") is None and cset.entry(None) is None


def test_list_shaped_class_set_matches_raster_values(profile, zh):
    # dual.classes.levels: values = [1..5], labels_zh = 高 … 低
    cset = results.class_set(profile, "dual.classes.levels")
    assert cset.entry(1).label == "高" and cset.entry(5).label == "低"
    assert cset.entry(2.0) is cset.entry("2") is cset.entry(2)
    assert cset.entry(5).color == "#d73027"


def test_unknown_class_set_is_a_profile_error(profile):
    with pytest.raises(ProfileError) as err:
        results.class_set(profile, "dual.nothing_here")
    assert "dual.nothing_here" in str(err.value)


def test_rank_skips_unranked_codes(profile):
    cset = results.class_set(profile, "load_classes")
    assert cset.rank("overload", ["not_evaluated"]) == 0
    assert cset.rank("none", ["not_evaluated"]) == 2
    assert cset.rank("not_evaluated", ["not_evaluated"]) is None


def test_views_of_a_2016_result(profile, zh):
    fields = [
        "行政区划代码",
        "名称",
        "land_index",
        "land_class",
        "land_label",
        "land_note",
        "env_index",
        "env_class",
        "trend_type",
        "load_type",
        "WARNING_LEVEL",
        "cause",
    ]
    views = results.detect_views(fields, profile)
    assert [v.key for v in views] == ["warning", "load", "trend", "land", "env"]
    assert views[0].field == "WARNING_LEVEL" and views[0].set_key == "warning_levels"
    land = results.find_view(views, "land")
    assert land.title == "土地资源" and land.index_field == "land_index"
    assert land.note_field == "land_note" and land.set_key == "load_classes"


def test_layer_without_class_fields_is_named(profile):
    with pytest.raises(InputError) as err:
        results.require_views(["名称", "area"], profile, "县界")
    assert "县界" in str(err.value) and "warning_level" in str(err.value)


def test_raster_view_needs_class_set_metadata(profile):
    view = results.raster_view({"CC_WARNING_CLASS_SET": "dual.classes.levels"}, profile, "农业")
    assert view.is_raster and view.set_key == "dual.classes.levels"
    with pytest.raises(InputError) as err:
        results.raster_view({}, profile, "dem")
    assert "dem" in str(err.value) and "CC_WARNING_CLASS_SET" in str(err.value)
    with pytest.raises(InputError) as err:
        results.raster_view({"CC_WARNING_CLASS_SET": "dual.missing"}, profile, "x")
    assert "dual.missing" in str(err.value)


def test_unit_summary_explains_a_unit(profile, zh):
    row = {
        "行政区划代码": "990101",
        "名称": "城关区",
        "land_index": 0.12,
        "land_class": "overload",
        "land_note": "",
        "env_index": -0.25,
        "env_class": "none",
        "load_type": "overload",
        "trend_type": "worsening",
        "warning_level": "red",
        "trend_r_land": -0.01,
        "cause": "土地资源超载",
        "cause_elements": "land",
    }
    views = results.detect_views(list(row), profile)
    s = results.unit_summary(row, views, profile)
    assert (s.name, s.code) == ("城关区", "990101")
    titles = {line.title: line for line in s.lines}
    assert titles["Warning level"].class_label == "红色预警（极重警）"
    assert titles["土地资源"].index == pytest.approx(0.12)
    assert titles["土地资源"].index_title == "土地资源压力指数"
    assert titles["环境"].class_label == "不超载"
    assert s.trend_components == [("Land-use efficiency change rate", -0.01)]
    assert s.cause == "土地资源超载" and s.cause_elements == "land"


def test_unknown_code_in_a_unit_is_shown_unclassified(profile):
    row = {"warning_level": "purple"}
    s = results.unit_summary(row, results.detect_views(list(row), profile), profile)
    assert "purple" in s.lines[0].class_label
    assert s.lines[0].color == profile.get("maps.unclassified_color")


def test_joined_layer_with_two_name_columns_is_not_an_error(profile):
    # a county layer joined with the indicator table has 名称 and 评价单元名称
    headers = ["行政区划代码", "名称", "评价单元名称", "年份"]
    assert results.find_field(headers, "unit_name") == "评价单元名称"
    assert results.find_field(headers, "unit_code") == "行政区划代码"
    assert results.find_field(headers, "year") == "年份"
    assert results.find_field(["a", "b"], "unit_code") is None
    row = {"行政区划代码": "990102", "名称": "城关区", "评价单元名称": "城关区"}
    assert results.unit_identity(row) == ("城关区", "990102")


def test_raster_view_title_is_the_band_description(profile, zh):
    md = {"CC_WARNING_CLASS_SET": "dual.classes.importance"}
    # a per-service importance raster is named by its band (the factor), not by the
    # shared class set 生态保护重要性
    assert results.raster_view(md, profile, "wc.tif", 1, "水源涵养重要性").title == "水源涵养重要性"
    assert results.raster_view(md, profile, "wc.tif").title == "生态保护重要性"


def test_trend_not_evaluated_borrows_the_load_class(profile, zh):
    # trend_types has worsening/easing; a unit whose trend cannot be evaluated is
    # not_evaluated, shown with load_classes' 无法评价 (maps.fallback_classes)
    cset = results.class_set(profile, "trend_types")
    e = cset.entry("not_evaluated")
    assert e is not None and e.label == "无法评价" and cset.is_extra(e)
    assert e.color == profile.class_color("load_classes", "not_evaluated")
    assert cset.codes == ["worsening", "easing"]  # its own order is unchanged
    assert cset.rank("not_evaluated") is None  # never ranked
