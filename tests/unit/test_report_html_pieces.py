"""The pieces both HTML reports are made of (report/docmodel.py and
report/html.py): the page around the body, an embedded figure, the display
width of a text, and the UTF-8 text file written in one step."""

import os

import pytest

from cc_warning_plugin.core import i18n
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.report.docmodel import figure_html, html_page, text_width
from cc_warning_plugin.report.files import write_text


@pytest.fixture
def chinese():
    before = i18n.language()
    i18n.set_language("zh")
    yield
    i18n.set_language(before)


def test_page_has_the_title_twice_the_style_and_the_body_lines_in_order():
    text = html_page("A & B", "p { }", ["<p>one</p>", "", "<p>two</p>"])
    assert text.split("\n") == [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>A &amp; B</title><style>p { }</style></head><body>",
        "<h1>A &amp; B</h1>",
        "<p>one</p>",
        "",
        "<p>two</p>",
        "</body></html>",
    ]


def test_page_language_follows_the_interface(chinese):
    second = html_page("t", "", []).split("\n")[1]
    assert second == '<html lang="zh-CN"><head><meta charset="utf-8">'


def test_figure_embeds_the_png_as_base64_with_its_caption_escaped():
    # base64 of b"PNG!" is "UE5HIQ=="
    assert figure_html("<map>", b"PNG!") == (
        '<figure><img alt="&lt;map&gt;" src="data:image/png;base64,UE5HIQ==">'
        "<figcaption>&lt;map&gt;</figcaption></figure>"
    )


@pytest.mark.parametrize(
    "value, width", [(None, 0), ("", 0), ("ab1", 3), ("县区", 4), ("A县", 3), (12.5, 4)]
)
def test_text_width_counts_a_cjk_character_twice(value, width):
    assert text_width(value) == width


def test_write_text_writes_utf8_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "sub" / "report.html"
    assert write_text(str(path), "预警 ✓", ".html") == str(path)
    assert path.read_bytes() == "预警 ✓".encode("utf-8")
    assert os.listdir(tmp_path / "sub") == ["report.html"]


def test_write_text_refuses_a_folder_and_keeps_it(tmp_path):
    with pytest.raises(InputError):
        write_text(str(tmp_path), "x", ".html")
    assert os.listdir(tmp_path) == []
