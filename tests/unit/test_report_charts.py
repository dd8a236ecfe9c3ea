"""The class chart drawn to its figure's size (no QGIS): in a narrow figure
(the dock's, about 3.3 inches) class labels go on two lines, the pie's labels
into a legend, and nothing — the largest value printed after its bar
included — leaves the figure or the axes."""

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from cc_warning_plugin.core.profile import load_profile
from cc_warning_plugin.report import charts, results, stats


@pytest.fixture(scope="module")
def warning_stats():
    cset = results.class_set(load_profile(), "warning_levels")
    # 12 000 km² red (the largest value, printed "12000.0"), 3 000 km² orange, 1 km² green
    items = [("red", 12_000e6), ("orange", 3_000e6), ("green", 1e6)]
    return stats.class_statistics(items, cset, "#9e9e9e")


def inside_figure(fig):
    canvas = FigureCanvasAgg(fig)
    renderer = canvas.get_renderer()
    box = fig.get_tightbbox(renderer)  # inches, everything drawn
    w, h = fig.get_size_inches()
    return box.x0 >= -0.01 and box.y0 >= -0.01 and box.x1 <= w + 0.01 and box.y1 <= h + 0.01


def test_two_lines_breaks_before_the_bracket():
    assert charts.two_lines("红色预警（极重警）") == "红色预警\n（极重警）"
    assert charts.two_lines("Red (most severe)") == "Red\n(most severe)"
    assert charts.two_lines("无法评价") == "无法评价"


@pytest.mark.parametrize("width", [3.2, 6.4])
def test_bar_chart_keeps_labels_and_values_inside(warning_stats, width):
    fig = Figure(figsize=(width, 2.6))
    charts.class_chart(warning_stats, "预警等级 warning level", load_profile(), "bar", figure=fig)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    narrow = width < charts.NARROW_INCHES
    assert all("\n" in lab for lab in labels if "(" in lab or "（" in lab) == narrow
    assert inside_figure(fig)
    renderer = fig.canvas.get_renderer()
    largest = next(t for t in ax.texts if t.get_text().strip() == "12000.0")
    assert largest.get_window_extent(renderer).x1 <= ax.get_window_extent(renderer).x1


def test_narrow_pie_puts_its_labels_in_a_legend(warning_stats):
    fig = Figure(figsize=(3.2, 3.0))
    charts.class_chart(warning_stats, "预警等级", load_profile(), "pie", figure=fig)
    ax = fig.axes[0]
    legend = ax.get_legend()
    assert legend is not None
    # the three classes with an area, in the profile's order
    assert [t.get_text() for t in legend.get_texts()] == [
        r.label for r in warning_stats.rows if r.area_km2
    ]
    assert len(ax.patches) == 3 and inside_figure(fig)
