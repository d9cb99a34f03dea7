"""Placing a chart's parts in one pass, from estimated text sizes (``metrics``).

A Bagdar chart is one axes with a title on top, a source footnote at the bottom, axis labels,
the names of its bars beside the axes (texts, not ticks: ``category_labels``), numeric ticks
only where no value is written on the bars, sometimes a key (``key``) or notes beside the axes.
``EstimatedLayout`` is a matplotlib layout engine: on every draw (so also after the canvas is
resized) it wraps the title and footnote to the canvas width, picks the largest label size at
which neighbouring category labels do not overlap (two lines at most, cut with "…"), gives the
other axis's ticks the same size (one size rule), and reserves exactly the room each part needs
around the axes. Nothing is drawn to measure it, and the figure is never laid out twice; with
the texts laid out once (``text_cache``) this keeps a chart under 100 ms on an old school PC.

Figures with several axes are left to matplotlib's constrained layout, with the title and
footnote wrapped here first (no Bagdar chart has several today).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine, LayoutEngine
from matplotlib.text import Text

from guidance.charts import key, metrics
from guidance.charts.category_labels import (
    GAP,
    MAX_CATEGORY_SHARE,
    Category,
    bold_flags,
    category_pitch,
    fit_labels,
    label_artists,
    show_labels,
)
from guidance.charts.key import Key

PAD = 7.0  # points around the canvas edge and between the parts
TICK_SPACE = 7.0  # points: tick length and the gap to its label
LABEL_PAD = 4.0  # points between the tick labels and the axis label
SHRINK_STEPS = (1.0, 0.85, 0.72, 0.6)
MIN_PLOT = 40.0  # points: the smallest height of the plot worth showing


@dataclass
class ChartParts:
    scale: float = 1.0
    smallest: float = 8.0
    title: Text | None = None
    title_text: str = ""
    footnote: Text | None = None
    footnote_text: str = ""
    categories: list[Category] = field(default_factory=list)
    tick_sizes: dict[str, float] = field(default_factory=dict)
    shrink: float = 1.0  # all texts at this share of their size (a canvas too small)
    crowded: bool = False  # category labels overlap even at the smallest size
    key: Key | None = None  # which colour is which series (``key``)


def parts(fig: Figure) -> ChartParts:
    found = getattr(fig, "_bagdar_parts", None)
    if found is None:
        found = ChartParts()
        fig._bagdar_parts = found
    return found


class EstimatedLayout(LayoutEngine):
    _adjust_compatible = False
    _colorbar_gridspec = False

    def execute(self, fig: Figure) -> None:
        lay_out(fig)


def _pt(points: float, dpi: float) -> float:
    return metrics.px(points, dpi)


def _wrap_figure_text(text: Text | None, raw: str, width: float, dpi: float,
                      bold: bool = False) -> int:
    if text is None or not raw:
        return 0
    lines = metrics.wrap(raw, text.get_fontsize(), dpi, width, bold=bold)
    text.set_text("\n".join(lines))
    return len(lines)


def lay_out(fig: Figure) -> None:
    """Place everything; on a canvas too small for the text (a short pane at A+), every text
    gets smaller in steps until the plot keeps a usable height."""
    chart = parts(fig)
    steps = (1.0,) if len(fig.axes) != 1 else SHRINK_STEPS
    for factor in steps:
        if factor != chart.shrink:
            _shrink_texts(fig, chart, factor)
        _lay_out_once(fig, chart)
        if len(fig.axes) != 1 or not chart.crowded and \
                fig.axes[0].get_position().height * fig.bbox.height >= _pt(MIN_PLOT, fig.dpi):
            return


def _shrink_texts(fig: Figure, chart: ChartParts, factor: float) -> None:
    for text in fig.findobj(Text):
        base = getattr(text, "_bagdar_base", None)
        if base is None:
            base = text._bagdar_base = text.get_fontsize() / chart.shrink
        text.set_fontsize(base * factor)
    for category in chart.categories:
        category.shown = None
    chart.shrink = factor


def _lay_out_once(fig: Figure, chart: ChartParts) -> None:
    width, dpi = fig.bbox.width, fig.dpi
    pad = _pt(PAD * chart.scale, dpi)
    title_lines = _wrap_figure_text(chart.title, chart.title_text, width - 2 * pad, dpi, True)
    foot_lines = _wrap_figure_text(chart.footnote, chart.footnote_text, width - 2 * pad, dpi)
    if len(fig.axes) != 1:
        ConstrainedLayoutEngine().execute(fig)
        return
    ax = fig.axes[0]
    # Axes titles and the x label are wrapped to the axes' width, the y label to its height,
    # known after a first pass.
    wrapped = [t for t in (ax.title, ax._left_title, ax._right_title, ax.xaxis.label)
               if t.get_text()]
    for _ in range(3):
        changed = False
        for text in wrapped:
            raw = getattr(text, "_bagdar_raw", None) or text.get_text()
            text._bagdar_raw = raw
            lines = "\n".join(metrics.wrap(raw, text.get_fontsize(), dpi,
                                           ax.get_position().width * width,
                                           bold=text.get_fontweight() in ("bold", 700)))
            if lines != text.get_text():
                text.set_text(lines)
                changed = True
        _place(fig, ax, chart, title_lines, foot_lines)
        before = ax.yaxis.label.get_text()
        _fit_y_label(ax, ax.get_position().height * fig.bbox.height, dpi)
        changed = changed or ax.yaxis.label.get_text() != before
        if not changed:
            break


def _place(fig: Figure, ax: Axes, chart: ChartParts, title_lines: int, foot_lines: int) -> None:
    width, height, dpi = fig.bbox.width, fig.bbox.height, fig.dpi
    pad = _pt(PAD * chart.scale, dpi)
    top = pad
    if chart.title is not None and title_lines:
        chart.title.set_position((pad / width, 1 - pad / height))
        chart.title.set_verticalalignment("top")
        top += metrics.text_height(title_lines, chart.title.get_fontsize(), dpi) + pad
    bottom = pad
    if chart.footnote is not None and foot_lines:
        chart.footnote.set_position((pad / width, pad / height))
        chart.footnote.set_verticalalignment("bottom")
        bottom += metrics.text_height(foot_lines, chart.footnote.get_fontsize(), dpi) + pad
    if chart.key is not None and chart.key.where == "above":
        key.set_size(chart.key, chart.key.base * chart.shrink)
    top += _axes_title_height(ax, dpi) + key.room_above(chart.key, dpi)
    bottom += _axis_label_size(ax.xaxis.label, dpi)
    if chart.key is not None and chart.key.where == "beside":
        key.fit_beside(chart.key, height - top - bottom, dpi, chart.smallest * chart.scale,
                       chart.shrink)
    right = pad + max(_right_extras(ax, dpi), key.room_beside(chart.key, dpi))
    by_axis = {c.axis: c for c in chart.categories}
    left = pad + _axis_label_size(ax.yaxis.label, dpi)
    tick_space = _pt(TICK_SPACE, dpi)
    x_ticks = _numeric_labels(ax, "x") if "x" not in by_axis else []
    if x_ticks:
        bottom += tick_space + metrics.text_height(
            max(t.count("\n") + 1 for t in x_ticks), _tick_size(ax, "x"), dpi)
        right = max(right, pad + metrics.text_width(x_ticks[-1], _tick_size(ax, "x"), dpi) / 2)
    if "y" in by_axis:
        axes_height = height - top - bottom
        size, labels = fit_labels(by_axis["y"], category_pitch(ax, "y", axes_height), chart,
                                  width * MAX_CATEGORY_SHARE, dpi, along=False)
        show_labels(by_axis["y"], labels, size)
        left += _pt(GAP, dpi) + max((metrics.text_width(t, size, dpi, b) for t, b in
                                  zip(labels, bold_flags(by_axis["y"]), strict=True)), default=0)
        _set_tick_size(ax, "x", min(chart.tick_sizes.get("x", size) * chart.shrink, size))
        _fit_value_labels(ax, size)
    else:
        y_ticks = _numeric_labels(ax, "y")
        y_size = _tick_size(ax, "y")
        left += tick_space + max((metrics.text_width(t, y_size, dpi) for t in y_ticks),
                                 default=0)
    if "x" in by_axis:
        axes_width = width - left - right
        size, labels = fit_labels(by_axis["x"], category_pitch(ax, "x", axes_width), chart,
                                  None, dpi, along=True)
        show_labels(by_axis["x"], labels, size)
        bottom += _pt(GAP, dpi) + metrics.text_height(max(t.count("\n") + 1 for t in labels),
                                                   size, dpi)
        _set_tick_size(ax, "y", min(chart.tick_sizes.get("y", size) * chart.shrink, size))
    right = max(right, pad + _annotation_overhang(ax, width - left - right, dpi))
    ax.set_position([left / width, bottom / height, max(width - left - right, 1) / width,
                     max(height - top - bottom, 1) / height])
    key.place(chart.key, ax)


# --- the parts around the axes -----------------------------------------------------------
def _axes_title_height(ax: Axes, dpi: float) -> float:
    heights = [metrics.text_height(t.get_text().count("\n") + 1, t.get_fontsize(), dpi)
               for t in (ax.title, ax._left_title, ax._right_title) if t.get_text()]
    if not heights:
        return 0.0
    return max(heights) + _pt(10, dpi)  # axes.titlepad


def _right_extras(ax: Axes, dpi: float) -> float:
    """Room for notes placed right of the axes (x ≥ 1 in axes units)."""
    extra = 0.0
    for text in ax.texts:
        transform = text.get_transform()
        x_transform = getattr(transform, "_x", transform)
        if x_transform is ax.transAxes and text.get_position()[0] >= 1:
            extra = max(extra, metrics.text_width(text.get_text(), text.get_fontsize(), dpi)
                        + _pt(6, dpi))
    return extra


def _fit_value_labels(ax: Axes, size: float) -> None:
    """The values written after horizontal bars are no larger than the bars' names (they share
    the row)."""
    for text in ax.texts:
        if hasattr(text, "xy") and text.xycoords == "data" and text.get_ha() == "left":
            own = getattr(text, "_bagdar_value_size", None) or text.get_fontsize()
            text._bagdar_value_size = own
            text.set_fontsize(min(own, size))


def _annotation_overhang(ax: Axes, axes_width: float, dpi: float) -> float:
    """How far value labels written after the end of a bar (``annotate`` at a data point with
    an offset to the right) reach beyond the axes' right edge."""
    lo, hi = ax.get_xlim()
    span = (hi - lo) or 1.0
    reach = 0.0
    for text in ax.texts:
        if not hasattr(text, "xy") or text.xycoords != "data" or text.get_ha() != "left":
            continue
        offset = text.get_position()[0] if text.get_anncoords() == "offset points" else 0.0
        at = (text.xy[0] - lo) / span * axes_width + _pt(offset, dpi)
        reach = max(reach, at + metrics.text_width(text.get_text(), text.get_fontsize(), dpi,
                                                   text.get_fontweight() in ("bold", 700))
                    - axes_width)
    return reach


def _axis_label_size(label: Text, dpi: float) -> float:
    if not label.get_text() or not label.get_visible():
        return 0.0
    lines = label.get_text().count("\n") + 1
    return metrics.text_height(lines, label.get_fontsize(), dpi) + _pt(LABEL_PAD, dpi)


def _fit_y_label(ax: Axes, axes_height: float, dpi: float) -> None:
    """A rotated y label longer than the axes would run into the title or the footnote: it is
    wrapped to the axes' height (the room for a second line is then taken from the plot)."""
    label = ax.yaxis.label
    raw = getattr(label, "_bagdar_raw", None) or label.get_text()
    if not raw:
        return
    label._bagdar_raw = raw
    lines = metrics.wrap(raw, label.get_fontsize(), dpi, max(axes_height, 1), max_lines=2)
    label.set_text("\n".join(lines))


def _tick_size(ax: Axes, axis: str) -> float:
    """The size of the axis's tick labels, read from its first tick (every tick is made like
    it) without ``get_ticklabels``, which places and formats every tick again."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    if len(target.get_majorticklocs()) and target.majorTicks[0].label1.get_visible():
        return target.majorTicks[0].label1.get_fontsize()
    return 12.0


def _set_tick_size(ax: Axes, axis: str, size: float) -> None:
    target = ax.xaxis if axis == "x" else ax.yaxis
    if len(target.get_majorticklocs()) and _tick_size(ax, axis) != size:
        ax.tick_params(axis=axis, labelsize=size)


def _numeric_labels(ax: Axes, axis: str) -> list[str]:
    """The tick labels matplotlib will draw, formatted now (they are only set at draw time)."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    if not target.get_visible():
        return []
    lo, hi = sorted(ax.get_xlim() if axis == "x" else ax.get_ylim())
    locs = [v for v in target.get_major_locator()() if lo - 1e-9 <= v <= hi + 1e-9]
    if not locs:
        return []
    return [t for t in target.get_major_formatter().format_ticks(locs)]


def add_categories(ax: Axes, axis: str, names: list[str], size: float,
                   bold: list[bool] | None = None, colours: list[str | None] | None = None
                   ) -> list[Text]:
    """Names of categories (one per bar, at positions 0, 1, 2… along ``axis``) beside the
    axes, fitted to the canvas at every draw by this layout; returns their texts."""
    bold = bold or [False] * len(names)
    artists = label_artists(ax, axis, names, size, bold, colours or [None] * len(names))
    chart = parts(ax.figure)
    chart.categories = [c for c in chart.categories if c.axis != axis]
    chart.categories.append(Category(axis, list(names), size, list(bold), artists=artists))
    other = "y" if axis == "x" else "x"
    chart.tick_sizes[other] = _tick_size(ax, other)
    return artists


def category_texts(fig: Figure, axis: str = "y") -> list[Text]:
    """The texts naming the categories along ``axis`` (as fitted at the last draw)."""
    return next((c.artists for c in parts(fig).categories if c.axis == axis), [])
