"""The finishing step the annual report's charts share (report/
action_charts._lay_out): every text of the figure in the chart font, the
top and right spines gone, and the figure fitted around its texts."""

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from cc_warning_plugin.report.action_charts import _lay_out


def _chart():
    fig = Figure(figsize=(3.0, 2.0))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(111)
    ax.bar(["a", "b"], [1, 2])
    ax.set_title("title")
    ax.set_xlabel("x")
    fig.suptitle("figure title")
    return fig, ax


def test_texts_take_the_family_and_the_top_and_right_spines_go():
    fig, ax = _chart()
    _lay_out(fig, ax, "DejaVu Serif")
    assert ax.title.get_fontfamily() == ["DejaVu Serif"]
    assert ax.xaxis.label.get_fontfamily() == ["DejaVu Serif"]
    assert fig._suptitle.get_fontfamily() == ["DejaVu Serif"]
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    assert ax.spines["left"].get_visible() and ax.spines["bottom"].get_visible()


def test_without_a_family_the_fonts_stay_and_the_layout_is_fitted():
    fig, ax = _chart()
    before = ax.get_position().bounds
    _lay_out(fig, ax, None)
    assert ax.title.get_fontfamily() != ["DejaVu Serif"]
    assert ax.title.get_fontfamily() == fig._suptitle.get_fontfamily()
    # tight_layout moved the axes to make room for the titles and labels
    assert ax.get_position().bounds != before
