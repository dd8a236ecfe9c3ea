"""Charts of the annual report with matplotlib (object API, no pyplot):
units and area per warning level, target progress bars, a target's time
series with its target line and projection, and a map image with its
legend drawn beside it. Chinese text uses the first font of the profile's
``maps.fonts`` that matplotlib finds. Pure Python."""

import io
from typing import List, Optional, Sequence, Tuple

from matplotlib.patches import Patch

from ..core.actions.targets import TargetStatus, status_label
from ..core.i18n import tr
from ..core.profile import Profile
from .charts import _fit_title, _renderer, _style, font_family, new_figure, png_bytes

#: colours of the target statuses (fixed: a chart convention, not a rule)
STATUS_COLORS = {
    "attained": "#1a9641",
    "on_track": "#a6d96a",
    "off_track": "#fdae61",
    "missed": "#d7191c",
    "no_data": "#bdbdbd",
}


def _fonts(fig, family):
    if not family:
        return
    for text in fig.findobj(match=lambda o: hasattr(o, "set_fontfamily")):
        text.set_fontfamily(family)


def _lay_out(fig, ax, family) -> None:
    """The chart's axes styled, its texts in ``family`` and the figure fitted."""
    _style(ax, family)
    _fonts(fig, family)
    fig.tight_layout()


def target_name(st: TargetStatus, profile: Profile, region_names: dict) -> str:
    t = st.target
    region = region_names.get(t.region, t.region)
    return tr("{indicator} ({region}, {year})").format(
        indicator=t.name(profile), region=region, year=t.target_year
    )


def progress_chart(
    statuses: Sequence[TargetStatus], profile: Profile, region_names: Optional[dict] = None
) -> Optional[bytes]:
    """Horizontal bars: progress from the baseline as a share of the way to
    the target (%), coloured by status; the 100 % line is the target."""
    items = [s for s in statuses if s.latest is not None and s.latest.progress is not None]
    if not items:
        return None
    names = region_names or {}
    fig = new_figure(profile, 7.2, 1.2 + 0.34 * len(items))
    family = font_family(profile)
    ax = fig.add_subplot(111)
    values = [max(-50.0, min(150.0, 100.0 * s.latest.progress)) for s in items]
    y = list(range(len(items)))
    ax.barh(
        y,
        values,
        color=[STATUS_COLORS[s.status] for s in items],
        edgecolor="#595959",
        linewidth=0.5,
    )
    ax.axvline(100, color="#333333", linewidth=1.0, linestyle="--")
    ax.axvline(0, color="#333333", linewidth=0.6)
    ax.set_yticks(y)
    ax.set_yticklabels([target_name(s, profile, names) for s in items], fontsize=7.5)
    ax.invert_yaxis()
    for yi, v, s in zip(y, values, items):
        ax.text(
            max(v, 0) + 1,
            yi,
            f"{100 * s.latest.progress:.0f}% ({s.latest.year})",
            va="center",
            fontsize=7,
        )
    ax.set_xlim(min(0, min(values)) - 5, 165)
    ax.set_xlabel(tr("Progress from the baseline to the target (%)"))
    ax.set_title(tr("Progress towards the targets"))
    present = [k for k in STATUS_COLORS if any(s.status == k for s in items)]
    ax.legend(
        handles=[Patch(color=STATUS_COLORS[k], label=status_label(k)) for k in present],
        fontsize=7,
        loc="lower right",
        prop={"family": family, "size": 7} if family else None,
    )
    _lay_out(fig, ax, family)
    return png_bytes(fig)


def series_chart(st: TargetStatus, profile: Profile, region_names: Optional[dict] = None) -> bytes:
    """A target's observations over time: the baseline, the observed values,
    the target as a horizontal line up to the target year, and the
    least-squares projection (dashed)."""
    fig = new_figure(profile, 5.4, 2.8)
    draw_series(fig, st, profile, region_names)
    return png_bytes(fig)


def draw_series(
    fig,
    st: TargetStatus,
    profile: Profile,
    region_names: Optional[dict] = None,
    narrow: bool = False,
) -> None:
    """The drawing of :func:`series_chart` on a given figure (the dock's
    canvas; ``narrow``: smaller texts and a title that is broken or shrunk
    to fit the figure)."""
    t = st.target
    family = font_family(profile)
    ax = fig.add_subplot(111)
    xs = [t.baseline_year] + [p.year for p in st.points]
    ys = [t.baseline_value] + [p.value for p in st.points]
    ax.plot(xs, ys, marker="o", color="#2c7fb8", linewidth=1.5, label=tr("Observed"))
    ax.plot(
        [t.baseline_year],
        [t.baseline_value],
        marker="s",
        color="#555555",
        linestyle="none",
        label=tr("Baseline"),
    )
    ax.hlines(
        t.target_value,
        t.baseline_year,
        t.target_year,
        colors="#d7191c",
        linestyles="-",
        linewidth=1.2,
        label=tr("Target"),
    )
    ax.plot(
        [t.target_year],
        [t.target_value],
        marker="*",
        color="#d7191c",
        markersize=10,
        linestyle="none",
    )
    if st.slope is not None and st.latest is not None and st.latest.year < t.target_year:
        x0 = st.latest.year
        ax.plot(
            [x0, t.target_year],
            [st.intercept + st.slope * x0, st.projected],
            color="#2c7fb8",
            linestyle="--",
            linewidth=1,
            label=tr("Projection"),
        )
    ax.set_title(target_name(st, profile, region_names or {}), fontsize=9)
    ax.set_ylabel(t.unit(profile))
    ax.legend(fontsize=7, loc="best", prop={"family": family, "size": 7} if family else None)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if narrow:
        ax.tick_params(labelsize=7)
    _lay_out(fig, ax, family)
    if narrow:
        _fit_title(fig, ax, _renderer(fig))
        fig.tight_layout()


def draw_progress(
    fig, st: TargetStatus, profile: Profile, region_names: Optional[dict] = None
) -> None:
    """One target's progress as a bar (the share of the way from the baseline
    to the target, %, coloured by its status; the dashed line at 100 % is the
    target), drawn to the given figure (the dock's canvas)."""
    family = font_family(profile)
    ax = fig.add_subplot(111)
    progress = st.latest.progress if st.latest is not None else None
    if progress is None:
        ax.text(
            0.5,
            0.5,
            tr("No progress to show:\nno observation yet,\nor the target equals the baseline."),
            ha="center",
            va="center",
            transform=ax.transAxes,
            fontsize=8,
        )
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        value = max(-50.0, min(150.0, 100.0 * progress))
        ax.barh(
            [0],
            [value],
            color=STATUS_COLORS[st.status],
            edgecolor="#595959",
            linewidth=0.5,
            height=0.5,
        )
        ax.axvline(100, color="#333333", linewidth=1.0, linestyle="--")
        ax.axvline(0, color="#333333", linewidth=0.6)
        ax.text(max(value, 0) + 2, 0, f"{100 * progress:.0f}%", va="center", fontsize=8)
        ax.set_xlim(min(0.0, value) - 5, 160)
        ax.set_ylim(-0.6, 0.6)
        ax.set_yticks([])
        ax.set_xlabel(
            tr("Progress (%), {year}: {status}").format(
                year=st.latest.year, status=status_label(st.status)
            ),
            fontsize=8,
        )
        ax.tick_params(labelsize=7)
    ax.set_title(target_name(st, profile, region_names or {}), fontsize=9)
    _lay_out(fig, ax, family)
    _fit_title(fig, ax, _renderer(fig))
    fig.tight_layout()


def level_chart(
    rows: Sequence[Tuple[str, str, int, Optional[float]]], title: str, profile: Profile
) -> bytes:
    """Bars of units (and area, km², when known) per class: rows of
    (label, colour, count, area)."""
    fig = new_figure(profile, 6.4, 0.9 + 0.36 * len(rows))
    family = font_family(profile)
    ax = fig.add_subplot(111)
    has_area = all(r[3] is not None for r in rows)
    values = [r[3] if has_area else r[2] for r in rows]
    y = list(range(len(rows)))
    ax.barh(y, values, color=[r[1] for r in rows], edgecolor="#595959", linewidth=0.5)
    ax.set_yticks(y)
    ax.set_yticklabels([r[0] for r in rows])
    ax.invert_yaxis()
    for yi, r, v in zip(y, rows, values):
        text = (
            tr("{n} units, {a:.2f} km²").format(n=r[2], a=r[3])
            if has_area
            else tr("{n} units").format(n=r[2])
        )
        ax.text(v, yi, " " + text, va="center", fontsize=8)
    ax.set_xlim(0, max(values + [1]) * 1.45)
    ax.set_xlabel(tr("Area (km²)") if has_area else tr("Units"))
    ax.set_title(title)
    _lay_out(fig, ax, family)
    return png_bytes(fig)


def map_with_legend(
    png: bytes,
    entries: List[Tuple[str, str]],
    title: str,
    profile: Profile,
    north_arrow: bool = True,
) -> bytes:
    """A rendered map (PNG) with its legend beside it and a north arrow
    (the map is north-up): for a map image that has no layout around it."""
    import matplotlib.image as mpimg

    img = mpimg.imread(io.BytesIO(png), format="png")
    h, w = img.shape[0], img.shape[1]
    fig = new_figure(profile, 8.0, 8.0 * h / w * 0.78 + 0.4)
    family = font_family(profile)
    ax = fig.add_axes([0.0, 0.0, 0.78, 1.0])
    ax.imshow(img)
    ax.set_axis_off()
    if north_arrow:
        ax.annotate(
            "",
            xy=(0.94, 0.92),
            xytext=(0.94, 0.80),
            xycoords="axes fraction",
            arrowprops={"arrowstyle": "-|>", "color": "#222222", "lw": 1.5},
        )
        ax.text(
            0.94,
            0.955,
            "N",
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=11,
            fontweight="bold",
        )
    lax = fig.add_axes([0.79, 0.05, 0.2, 0.9])
    lax.set_axis_off()
    lax.legend(
        handles=[Patch(facecolor=c, edgecolor="#595959", label=lab) for lab, c in entries],
        loc="upper left",
        title=title or tr("Legend"),
        fontsize=8,
        title_fontsize=9,
        frameon=False,
        prop={"family": family, "size": 8} if family else None,
    )
    _fonts(fig, family)
    return png_bytes(fig, dpi=120)
