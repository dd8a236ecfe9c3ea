"""Print layouts: the shipped templates, filling them, PDF/PNG export (page
size, Chinese text in the PDF, warning colours in the PNG), and the bad
inputs (template without an item id, missing font, unwritable output,
failed export). Expected colours are the profile's; the page sizes are ISO
216 (A3 = 420 × 297 mm = 1190.55 × 841.89 pt, A4 = 297 × 210 mm)."""

import os
import re
import subprocess

import numpy as np
import pytest
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage

import maps_testdata as td
from cc_warning_plugin import qt_i18n
from cc_warning_plugin.core.errors import InputError
from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.layouts import builder
from cc_warning_plugin.layouts.mapping import base_copies, styled_copy
from cc_warning_plugin.report import layers as rl

WARNING_COLOURS = ["#ff0000", "#ffa500", "#ffff00", "#28bdfa", "#006400"]


@pytest.fixture(scope="module")
def chinese():
    qt_i18n.install("zh_CN")
    yield
    qt_i18n.install("en_US")


@pytest.fixture(scope="module")
def content(qgis_app, tmp_path_factory, chinese):
    d = tmp_path_factory.mktemp("layout")
    profile = load_profile()
    result = QgsVectorLayer(td.write_result(str(d / "r.gpkg")), "结果", "ogr")
    base_path = td.write_base(str(d / "b.gpkg"))
    base = {
        role: QgsVectorLayer(f"{base_path}|layername={name}", name, "ogr")
        for role, name in (
            ("county", "county"),
            ("township", "township"),
            ("eco_redline", "eco_redline"),
            ("farmland", "farmland_protection"),
            ("urban_boundary", "urban_boundary"),
            ("landuse", "landuse"),
        )
    }
    view = rl.layer_views(result, profile)[0]
    copy = styled_copy(result, view, profile)
    copies, _ = base_copies(base, profile, result.crs())
    stats = rl.layer_statistics(result, view, profile)
    # the projects own every layer, and are cleared before QGIS exits
    inputs = QgsProject()
    inputs.addMapLayers([result] + list(base.values()), False)
    project = QgsProject()
    project.addMapLayers([copy] + list(copies.values()), False)
    c = builder.MapContent(
        copy, view, "示范市资源环境承载能力预警图", "评价年份 2025", stats, copies
    )
    yield {"dir": d, "profile": profile, "project": project, "content": c, "result": result}
    project.layoutManager().clear()
    project.clear()
    inputs.clear()


def page_size_pt(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out)
    return float(m.group(1)), float(m.group(2))


def pixels(png):
    img = QImage(str(png)).convertToFormat(QImage.Format_RGB32)
    ptr = img.constBits()
    ptr.setsize(img.height() * img.bytesPerLine())
    arr = np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return arr[:, : img.width(), 2::-1].astype(int)  # BGRA → RGB


def count_colour(rgb, colour, tol=2):
    c = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return int((np.abs(rgb - c).max(axis=2) <= tol).sum())


@pytest.mark.parametrize("key,size_mm", list(builder.PAGE_MM.items()))
def test_shipped_templates_have_every_item_and_page_size(qgis_app, key, size_mm):
    layout = builder.load_template(QgsProject(), builder.template_path(key), key)
    assert builder.check_items(layout, key) == []
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == size_mm
    labels = [i for i in layout.items() if isinstance(i, QgsLayoutItemLabel)]
    # the templates name the first CJK font of the profile
    from cc_warning_plugin.compat import label_font

    assert {label_font(i).family() for i in labels} == {load_profile().get("maps.fonts")[0]}


def test_a3_pdf_has_the_page_size_and_chinese_text(content):
    c = content
    layout, messages = builder.build_layout(
        c["project"], "A3_landscape", c["content"], c["profile"], "预警图", add=True
    )
    assert messages == []
    assert c["project"].layoutManager().layoutByName("预警图") is layout
    pdf = c["dir"] / "a3.pdf"
    builder.export_pdf(layout, str(pdf), 150)
    w, h = page_size_pt(pdf)
    assert (w, h) == pytest.approx((1190.55, 841.89), abs=1.0)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in (
        "示范市资源环境承载能力预警图",
        "评价年份 2025",
        "图例",
        "预警等级",
        "红色预警（极重警）",
        "绿色（无警）",
        "县级行政区界",
        "生态保护红线",
        "城关区",
        "编制单位",
        "审图号",
    ):
        assert expected in text, expected
    assert re.search(r"\d+ 千米", text)  # scale bar in kilometres, label translated
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts


def test_png_is_not_blank_and_shows_the_warning_colours(content):
    c = content
    layout, _ = builder.build_layout(
        c["project"], "A4_portrait", c["content"], c["profile"], "预警图 A4", add=False
    )
    png = c["dir"] / "a4.png"
    builder.export_png(layout, str(png), 100)
    rgb = pixels(png)
    # A4 portrait at 100 dpi: 297 mm / 25.4 × 100 = 1169.3 px, 210 mm → 826.8 px
    assert rgb.shape[0] == pytest.approx(1169.3, abs=1)
    assert rgb.shape[1] == pytest.approx(826.8, abs=1)
    white = (rgb.min(axis=2) >= 250).mean()
    assert white < 0.85  # a map, not an empty page
    assert rgb.std() > 20
    for colour in WARNING_COLOURS:  # the statistics table's swatches
        assert count_colour(rgb, colour) > 100, colour


def test_class_raster_map_with_band_legend_dropped(content):
    c = content
    raster = QgsRasterLayer(td.write_class_raster(str(c["dir"] / "cls.tif")), "农业生产适宜性")
    profile = c["profile"]
    view = rl.layer_views(raster, profile)[0]
    stats, counts = rl.raster_statistics(raster.source(), raster.name(), view, profile)
    copy = styled_copy(raster, view, profile, counts)
    project = QgsProject()
    project.addMapLayers([copy], False)
    layout, _ = builder.build_layout(
        project,
        "A4_landscape",
        builder.MapContent(copy, view, "农业生产适宜性", "", stats),
        profile,
        "r",
        add=False,
    )
    pdf = c["dir"] / "raster.pdf"
    builder.export_pdf(layout, str(pdf), 96)
    assert page_size_pt(pdf) == pytest.approx((841.89, 595.28), abs=1.0)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "较高" in text and "Band 1" not in text


def template_without(tmp_path, item_id):
    text = open(builder.template_path("A4_landscape"), encoding="utf-8").read()
    out = tmp_path / f"no_{item_id}.qpt"
    out.write_text(text.replace(f'id="{item_id}"', 'id="something_else"'), encoding="utf-8")
    return str(out)


def test_template_without_the_map_id_is_refused_by_name(content, tmp_path):
    path = template_without(tmp_path, "cc_map")
    with pytest.raises(InputError) as err:
        builder.load_template(QgsProject(), path, "x")
    assert "'cc_map'" in str(err.value) and path in str(err.value)


def test_template_without_an_optional_item_says_what_is_left_out(content, tmp_path):
    c = content
    path = template_without(tmp_path, "cc_overview")
    layout, messages = builder.build_layout(
        QgsProject(), path, c["content"], c["profile"], "x", add=False
    )
    assert any("cc_overview" in m for m in messages)


def test_not_a_template_and_missing_template(tmp_path, qgis_app, chinese):
    bad = tmp_path / "bad.qpt"
    bad.write_text("this is not xml <", encoding="utf-8")
    with pytest.raises(InputError, match="qpt"):
        builder.load_template(QgsProject(), str(bad), "x")
    with pytest.raises(InputError) as err:
        builder.load_template(QgsProject(), str(tmp_path / "none.qpt"), "x")
    assert "none.qpt" in str(err.value) and "不存在" in str(err.value)


def test_missing_font_is_replaced_by_an_installed_cjk_font(content):
    # labels and legend styles through compat: their font API differs
    # between QGIS 3.22 and 3.40 (QFont, then QgsTextFormat)
    from qgis.core import QgsLayoutItemLegend, QgsLegendStyle

    from cc_warning_plugin.compat import label_font, legend_font, set_label_font, set_legend_font

    c = content
    layout = builder.load_template(QgsProject(), builder.template_path("A4_portrait"), "f")
    title = layout.itemById("cc_title")
    size = label_font(title).pointSizeF()
    font = label_font(title)
    font.setFamily("No Such Font 2049")
    set_label_font(title, font)
    assert label_font(title).family() == "No Such Font 2049"
    [legend] = [i for i in layout.items() if isinstance(i, QgsLayoutItemLegend)]
    heading = QgsLegendStyle.Style.Title
    font = legend_font(legend, heading)
    font.setFamily("No Such Font 2050")
    set_legend_font(legend, heading, font)
    assert legend_font(legend, heading).family() == "No Such Font 2050"
    messages = builder.ensure_cjk_fonts(layout, c["profile"])
    assert label_font(layout.itemById("cc_title")).family() == "WenQuanYi Micro Hei"
    assert label_font(layout.itemById("cc_title")).pointSizeF() == size
    assert legend_font(legend, heading).family() == "WenQuanYi Micro Hei"
    assert any("No Such Font 2049" in m and "No Such Font 2050" in m for m in messages)


def test_unwritable_output_is_refused_before_work(content, tmp_path, read_only_dir):
    c = content
    project = QgsProject()
    layout, _ = builder.build_layout(
        project, "A4_portrait", c["content"], c["profile"], "w", add=False
    )
    with pytest.raises(InputError) as err:
        builder.export_pdf(layout, str(read_only_dir / "m.pdf"), 72)
    assert str(read_only_dir) in str(err.value)
    with pytest.raises(InputError) as err:
        builder.export_png(layout, str(tmp_path), 72)
    assert "文件夹" in str(err.value)
    assert os.listdir(read_only_dir) == ["kept.txt"]
    assert sorted(os.listdir(tmp_path)) == ["read_only"]


def test_missing_output_folder_is_created(content, tmp_path):
    c = content
    project = QgsProject()
    layout, _ = builder.build_layout(
        project, "A4_portrait", c["content"], c["profile"], "w", add=False
    )
    missing = tmp_path / "no" / "such" / "dir"
    builder.export_pdf(layout, str(missing / "m.pdf"), 72)
    assert os.listdir(missing) == ["m.pdf"]
    assert (missing / "m.pdf").read_bytes()[:5] == b"%PDF-"


def test_failed_export_leaves_the_old_file_and_no_temp(content, tmp_path, monkeypatch):
    c = content
    layout, _ = builder.build_layout(
        QgsProject(), "A4_portrait", c["content"], c["profile"], "f", add=False
    )
    target = tmp_path / "map.pdf"
    target.write_bytes(b"previous map")

    class Failing(QgsLayoutExporter):
        def exportToPdf(self, path, settings):  # noqa: N802
            with open(path, "wb") as fh:
                fh.write(b"%PDF-1.4 half")
            return QgsLayoutExporter.FileError

    monkeypatch.setattr(builder, "QgsLayoutExporter", Failing)
    with pytest.raises(InputError) as err:
        builder.export_pdf(layout, str(target), 72)
    assert str(target) in str(err.value)
    assert target.read_bytes() == b"previous map"
    assert os.listdir(tmp_path) == ["map.pdf"]
