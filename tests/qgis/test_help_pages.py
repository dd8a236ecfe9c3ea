"""The offline help bundled in the plugin: scripts/build.sh writes a page per
algorithm in English and Chinese from the specs, and every algorithm dialog's
help link opens the page of the interface language — no network, no docs/
folder needed inside QGIS."""

import os
import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl

from cc_warning_plugin.core import i18n
from cc_warning_plugin.processing.framework.algorithm import HELP_DIR

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import make_docs  # noqa: E402  (scripts/make_docs.py)


def test_every_algorithm_links_its_offline_page_in_the_interface_language(plugin):
    provider = QgsApplication.processingRegistry().providerById("cc_warning")
    algorithms = provider.algorithms()
    assert len(algorithms) >= 40
    before = i18n.language()
    try:
        for lang, folder in (("en", HELP_DIR), ("zh", os.path.join(HELP_DIR, "zh_CN"))):
            i18n.set_language(lang)
            for alg in algorithms:
                url = QUrl(alg.helpUrl())
                assert url.isLocalFile(), alg.id()
                path = url.toLocalFile()
                assert os.path.dirname(path) == folder, (alg.id(), path)
                with open(path, encoding="utf-8") as fh:
                    page = fh.read()
                assert f"cc_warning:{alg.name()}" in page
                assert "http://" not in page and "https://" not in page
    finally:
        i18n.set_language(before)


def test_the_chinese_pages_are_translated(tmp_path):
    folder = str(tmp_path / "help")
    n = make_docs.write_help_pages(folder)
    names = [f for f in os.listdir(folder) if f.endswith(".html")]
    assert n == 2 * len(names) + 1  # English, Chinese, the stylesheet
    with open(os.path.join(folder, "zh_CN", "water_load.html"), encoding="utf-8") as fh:
        zh = fh.read()
    with open(os.path.join(folder, "water_load.html"), encoding="utf-8") as fh:
        en = fh.read()
    assert "Water resources use against quotas" in en
    assert "水资源开发利用量" in zh and "Water resources use against quotas" not in zh
    assert 'href="../help.css"' in zh and os.path.exists(os.path.join(folder, "help.css"))
