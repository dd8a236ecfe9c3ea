"""The plugin speaks Chinese under the zh_CN locale."""

import pytest
from qgis.core import QgsApplication

from cc_warning_plugin import qt_i18n
from cc_warning_plugin.core import i18n


@pytest.fixture
def chinese(plugin):
    qt_i18n.install("zh_CN")
    plugin.provider.refreshAlgorithms()  # descriptions are set when algorithms load
    yield
    qt_i18n.install("en_US")
    plugin.provider.refreshAlgorithms()


def test_algorithm_and_group_names_in_chinese(chinese):
    alg = QgsApplication.processingRegistry().algorithmById("cc_warning:pollutant_exceedance")
    assert alg.displayName() == "污染物浓度超标指数"
    assert alg.group() == "单项评价"
    assert "方法配置" in alg.parameterDefinition("PROFILE").description()


def test_core_messages_and_profile_labels_in_chinese(chinese):
    from cc_warning_plugin.core.errors import InputError
    from cc_warning_plugin.core.indicators import parse_number
    from cc_warning_plugin.core.profile import load_profile

    assert i18n.language() == "zh"
    assert load_profile().class_label("load_classes", "critical") == "临界超载"
    with pytest.raises(InputError) as err:
        parse_number("abc", "water_use", "第 2 行", "指标表")
    assert "不是数字" in str(err.value) and "用水总量" in str(err.value)


def test_english_is_the_source_language(plugin):
    qt_i18n.install("en_US")
    alg = QgsApplication.processingRegistry().algorithmById("cc_warning:pollutant_exceedance")
    assert alg.displayName().startswith("Pollutant concentration exceedance index")
