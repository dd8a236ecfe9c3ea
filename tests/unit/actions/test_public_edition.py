"""The public edition of the sample city's 2025 warning: a folder of static
pages opened in headless Chromium (DevTools protocol over a pipe): every
link of every page leads to a file inside the folder, no page makes a
request outside it, the SVG map links each published unit; nothing the
profile marks internal appears (indices, cause text, consultation
comments, draft results)."""

import json
import os
import re
import urllib.parse

import pytest

from cc_warning_plugin.core.actions.measures import evaluate_actions
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.i18n import set_language
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.report.public import MARKER, read_units, write_public_edition

import sample_case as sc
from cdp import Browser

TITLE = "示范市资源环境承载能力监测预警信息公开"


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    set_language("zh")
    p = load_profile()
    rows = sc.city_rows()
    rows[6]["status"] = "草稿"  # 北岭县 990125: a draft result
    acts = evaluate_actions(rows, p, sc.history())
    shapes = read_units(os.path.join(sc.SAMPLE, "shifan.gpkg"), "county")
    folder = tmp_path_factory.mktemp("pub") / "public"
    files = write_public_edition(
        str(folder), acts, shapes, p, TITLE, 2025, "示范市自然资源和规划局", rows
    )
    set_language("en")
    return str(folder), files, rows


def read_all(folder):
    out = {}
    for base, _, names in os.walk(folder):
        for n in names:
            path = os.path.join(base, n)
            with open(path, encoding="utf-8") as fh:
                out[os.path.relpath(path, folder)] = fh.read()
    return out


def test_files_and_nothing_internal(edition):
    folder, files, rows = edition
    assert files == ["index.html", "style.css"] + [
        f"units/{c}.html"
        for c in ("990102", "990103", "990121", "990122", "990123", "990124", "990126")
    ]  # no page for the draft
    pages = read_all(folder)
    text = "\n".join(pages.values())
    # numbers may appear only as map geometry: leave out coordinates and the style sheet
    words = re.sub(
        r'\s(d|viewBox|x|y)="[^"]*"',
        "",
        "\n".join(v for k, v in pages.items() if k.endswith(".html")),
    )
    for r in rows:
        assert r["cause"] not in text  # cause text (indices)
        for k in ("land_index", "water_index", "env_index"):
            assert f"{r[k]:.3f}" not in words and f"{r[k]:g}" not in words, (r["名称"], k)
    assert (
        "<script" not in text.lower()
        and "http://" not in text.replace("http://www.w3.org/2000/svg", "")
        and "https://" not in text
    )
    assert "@font-face" not in text and "@import" not in text
    index = read_all(folder)["index.html"]
    assert "北岭县: not yet published" in index or "北岭县：" in index
    assert 'href="units/990125.html"' not in index


def test_in_headless_chromium_links_stay_inside_and_nothing_leaves(edition):
    folder, files, _ = edition
    root = "file://" + urllib.parse.quote(folder) + "/"
    browser = Browser()
    try:
        seen, queue, svg_links = set(), [root + "index.html"], None
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            requests = browser.load(url)
            assert requests and requests[0] == url
            for req in requests:
                assert req.startswith(root), f"{url} requested {req}"
            links = browser.evaluate(
                "JSON.stringify(Array.from(document.querySelectorAll('a')).map(a => "
                "new URL(a.getAttribute('href') || a.getAttribute('xlink:href'), "
                "document.baseURI).href))"
            )
            for link in json.loads(links):
                assert link.startswith(root), f"{url} links to {link}"
                path = urllib.parse.unquote(link[len("file://") :].split("#")[0])
                assert os.path.isfile(path), f"{url}: broken link {link}"
                if link.endswith(".html"):
                    queue.append(link.split("#")[0])
            assert browser.evaluate("document.querySelectorAll('script').length") == 0
            if url.endswith("index.html"):
                svg_links = browser.evaluate(
                    "Array.from(document.querySelectorAll('svg a')).map(a => "
                    "a.getAttribute('href')).sort().join(',')"
                )
                assert browser.evaluate("document.styleSheets.length") == 1
                assert browser.evaluate("document.title") == TITLE
            else:
                assert browser.evaluate("document.querySelector('h1').textContent") in (
                    "城关区",
                    "东港区",
                    "湖滨县",
                    "南川县",
                    "平原县",
                    "河湾县",
                    "西山县",
                )
    finally:
        browser.close()
    assert svg_links == ",".join(
        f"units/{c}.html"
        for c in ("990102", "990103", "990121", "990122", "990123", "990124", "990126")
    )
    assert {u[len(root) :] for u in seen} == {f for f in files if f.endswith(".html")}


def test_county_page_shows_level_causes_and_measures(edition):
    folder, _, _ = edition
    page = read_all(folder)["units/990124.html"]
    # 河湾县: red (critical → overload treated as red); land, eco and the special critical
    assert "红色预警（极重警）" in page and "超载" in page
    assert "土地资源" in page and "生态" in page and "草原草畜平衡指数" in page
    assert "对超载因素实施最严格的区域限批" in page


def test_an_unrelated_folder_is_not_overwritten(tmp_path):
    p = load_profile()
    acts = evaluate_actions(sc.city_rows(), p, sc.history())
    shapes = read_units(os.path.join(sc.SAMPLE, "shifan.gpkg"), "county")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep")
    with pytest.raises(InputError):
        write_public_edition(str(tmp_path / "mine"), acts, shapes, p, TITLE, 2025)
    assert os.listdir(tmp_path / "mine") == ["notes.txt"]
    out = tmp_path / "pub"
    write_public_edition(str(out), acts, shapes, p, TITLE, 2025)
    write_public_edition(str(out), acts, shapes, p, TITLE, 2025)  # replaces its own
    assert (out / MARKER).exists() and sorted(os.listdir(tmp_path)) == ["mine", "pub"]


def test_a_unit_file_ogr_cannot_open_is_named(tmp_path, gdal_exceptions_either_way):
    path = tmp_path / "units.txt"
    path.write_text("not a layer\n", encoding="utf-8")
    with pytest.raises(InputError, match="Cannot open the unit layer"):
        read_units(str(path))
