"""Charts of an evaluation result with matplotlib (object API, no pyplot, so
they can be drawn in a worker thread or into the dock's canvas): class
distribution (bar or pie, class colours from the profile), element indices
per county, trend components per county. Chinese text uses the first font
of the profile's ``maps.fonts`` that matplotlib finds. Pure Python."""

import io
from typing import List, Optional, Sequence

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..core.i18n import tr
from ..core.profile import Profile
from .results import TREND_COMPONENTS, View, index_title, trend_component_title, unit_fields
from .stats import ClassStats

_font_cache = {}


def font_family(profile: Profile) -> Optional[str]:
    """The first family of ``maps.fonts`` matplotlib knows, or ``None``."""
    fonts = tuple(profile.get("maps.fonts"))
    if fonts not in _font_cache:
        known = {f.name for f in font_manager.fontManager.ttflist}
        _font_cache[fonts] = next((f for f in fonts if f in known), None)
    return _font_cache[fonts]


def new_figure(
    profile: Profile, width: float = 6.4, height: float = 3.6, figure: Optional[Figure] = None
) -> Figure:
    """A new figure, or ``figure`` cleared for reuse (the dock's canvas)."""
    fig = figure if figure is not None else Figure(figsize=(width, height))
    if figure is not None:
        fig.clear()
    return fig


def _style(ax, family: Optional[str]):
    if family:
        for text in (
            [ax.title, ax.xaxis.label, ax.yaxis.label] + ax.get_xticklabels() + ax.get_yticklabels()
        ):
            text.set_fontfamily(family)
        legend = ax.get_legend()
        if legend is not None:
            for text in legend.get_texts():
                text.set_fontfamily(family)
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)


#: A figure narrower than this (inches) — the dock's chart — gets its class
#: labels on two lines, fewer axis ticks and the pie's labels in a legend.
NARROW_INCHES = 4.5
_OPENING = ("（", " (", "(")


def two_lines(text: str) -> str:
    """``"红色预警（极重警）"`` → ``"红色预警\n（极重警）"``: a label broken before
    its bracket (unchanged without one)."""
    for mark in _OPENING:
        i = text.find(mark)
        if i > 0:
            return text[:i].rstrip() + "\n" + text[i:].lstrip()
    return text


def _renderer(fig: Figure):
    get = getattr(fig.canvas, "get_renderer", None)
    if get is None:
        FigureCanvasAgg(fig)
        get = fig.canvas.get_renderer
    return get()


def _fit_title(fig: Figure, ax, renderer) -> None:
    """A title wider than the figure goes on two lines, then gets smaller."""
    title = ax.title
    width = fig.bbox.width * 0.96
    if title.get_window_extent(renderer).width <= width:
        return
    title.set_text(two_lines(title.get_text()))
    size = title.get_fontsize()
    while title.get_window_extent(renderer).width > width and size > 6:
        size -= 1
        title.set_fontsize(size)


def _fit_value_labels(fig: Figure, ax, texts, values) -> None:
    """Widen the value axis so that the value printed after each bar stays
    inside the axes (the largest bars' values are not clipped)."""
    if not texts:
        return
    for _ in range(2):
        renderer = _renderer(fig)
        axes_px = ax.get_window_extent(renderer).width
        x_max = ax.get_xlim()[1]
        needed = x_max
        for text, value in zip(texts, values):
            room = axes_px - text.get_window_extent(renderer).width
            if room > axes_px * 0.2:
                needed = max(needed, value * axes_px / room * 1.02)
        if needed <= x_max:
            return
        ax.set_xlim(0, needed)
        fig.tight_layout()


def class_chart(
    stats: ClassStats,
    title: str,
    profile: Profile,
    kind: str = "bar",
    figure: Optional[Figure] = None,
) -> Figure:
    """Class distribution: bars of area (or count without areas) per class in
    the profile's order, or a pie of the shares (classes with none left out).
    Drawn to the figure's size: in a narrow figure the class labels go on two
    lines and the pie's labels into a legend below it."""
    fig = new_figure(profile, figure=figure)
    narrow = fig.get_figwidth() < NARROW_INCHES
    family = font_family(profile)
    ax = fig.add_subplot(111)
    labels = [r.label for r in stats.rows]
    colours = [r.color for r in stats.rows]
    values = [r.area_km2 if stats.has_area else r.count for r in stats.rows]
    value_texts, shown = [], []
    if kind == "pie":
        parts = [(lab, v, c) for lab, v, c in zip(labels, values, colours) if v]
        if parts:
            wedges, texts, autotexts = ax.pie(
                [p[1] for p in parts],
                labels=None if narrow else [p[0] for p in parts],
                colors=[p[2] for p in parts],
                autopct="%1.1f%%",
                startangle=90,
                counterclock=False,
                wedgeprops={"edgecolor": "white"},
                pctdistance=0.7 if narrow else 0.6,
            )
            for t in list(texts) + list(autotexts):
                if family:
                    t.set_fontfamily(family)
                t.set_fontsize(8)
            if narrow:
                ax.legend(
                    wedges,
                    [p[0] for p in parts],
                    loc="upper center",
                    bbox_to_anchor=(0.5, 0.0),
                    ncol=2,
                    frameon=False,
                    prop={"family": family, "size": 8} if family else {"size": 8},
                )
        ax.axis("equal")
    else:
        y = list(range(len(labels)))
        ax.barh(y, values, color=colours, edgecolor="#595959", linewidth=0.5)
        ax.set_yticks(y)
        if narrow:
            ax.set_yticklabels([two_lines(lab) for lab in labels], fontsize=8)
        else:
            ax.set_yticklabels(labels)
        ax.invert_yaxis()
        ax.set_xlabel(tr("Area (km²)") if stats.has_area else stats.count_title())
        if narrow:
            ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
            ax.tick_params(axis="x", labelsize=8)
        for yi, v in zip(y, values):
            if v:
                value_texts.append(
                    ax.text(
                        v, yi, f" {v:.1f}" if stats.has_area else f" {v}", va="center", fontsize=8
                    )
                )
                shown.append(v)
    if narrow:
        ax.set_title(title, fontsize=10)
    else:
        ax.set_title(title)
    _style(ax, family)
    if narrow:
        _fit_title(fig, ax, _renderer(fig))
    fig.tight_layout()
    _fit_value_labels(fig, ax, value_texts, shown)
    return fig


def _unit_labels(rows: Sequence[dict]) -> List[str]:
    if not rows:
        return []
    code, name = unit_fields(list(rows[0].keys()))
    key = name or code
    return [str(r.get(key) or i + 1) if key else str(i + 1) for i, r in enumerate(rows)]


def index_chart(
    rows: Sequence[dict], views: Sequence[View], profile: Profile, figure: Optional[Figure] = None
) -> Optional[Figure]:
    """Element indices per unit, one panel per element, bars coloured by the
    unit's class of that element; the zero line is the overload break."""
    elements = [v for v in views if v.index_field]
    if not elements or not rows:
        return None
    n = len(elements)
    fig = new_figure(profile, 6.4, 1.0 + 0.32 * len(rows) * n, figure=figure)
    family = font_family(profile)
    labels = _unit_labels(rows)
    from .results import class_set

    for i, view in enumerate(elements):
        ax = fig.add_subplot(n, 1, i + 1)
        cset = class_set(profile, view.set_key)
        values, colours = [], []
        for r in rows:
            v = r.get(view.index_field)
            values.append(float(v) if isinstance(v, (int, float)) else 0.0)
            e = cset.entry(r.get(view.field))
            colours.append(e.color if e else profile.get("maps.unclassified_color"))
        y = list(range(len(rows)))
        ax.barh(y, values, color=colours, edgecolor="#595959", linewidth=0.5)
        ax.axvline(0, color="#333333", linewidth=0.8)
        ax.set_yticks(y)
        ax.set_yticklabels(labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_title(f"{view.title} — {index_title(profile, view.key)}", fontsize=10)
        _style(ax, family)
    fig.tight_layout()
    return fig


def trend_chart(
    rows: Sequence[dict], profile: Profile, figure: Optional[Figure] = None
) -> Optional[Figure]:
    """Trend components (annual change rates, % per year) per unit as
    grouped bars."""
    if not rows:
        return None
    names = {k.lower(): k for k in rows[0].keys()}
    comps = [c for c in TREND_COMPONENTS if c in names]
    if not comps:
        return None
    labels = _unit_labels(rows)
    fig = new_figure(profile, 6.4, 1.6 + 0.45 * len(rows), figure=figure)
    family = font_family(profile)
    ax = fig.add_subplot(111)
    height = 0.8 / len(comps)
    palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"]
    for j, c in enumerate(comps):
        vals = []
        for r in rows:
            v = r.get(names[c])
            vals.append(float(v) if isinstance(v, (int, float)) else 0.0)
        ys = [i - 0.4 + height * (j + 0.5) for i in range(len(rows))]
        ax.barh(
            ys, vals, height=height, color=palette[j % len(palette)], label=trend_component_title(c)
        )
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_yticks(list(range(len(rows))))
    ax.set_yticklabels(labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(tr("Annual change rate (%)"))
    ax.set_title(tr("Trend components"))
    ax.legend(fontsize=7, loc="best", prop={"family": family, "size": 7} if family else None)
    _style(ax, family)
    fig.tight_layout()
    return fig


def png_bytes(fig: Figure, dpi: int = 110) -> bytes:
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()
