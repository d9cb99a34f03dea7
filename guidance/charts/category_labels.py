"""Category labels (names of industries, professions, types) fitted to their room.

Across the axis (names beside horizontal bars) a name may take two lines of the row's height;
along it (names under vertical bars) it wraps at whole words to the bar's width. The size goes
down from the style's until the names fit, and below a readable size a name is cut with "…"
instead, so neighbours never overlap. ``layout`` calls this at every draw.

The names are plain texts beside the axis, not matplotlib tick labels: a tick is a bundle of
three lines and two texts set up from the style one property at a time, and ticks were half of
a chart's cost on a school PC. A name is placed at its bar's position along the axis and a
fixed gap from the axes' edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.text import Text
from matplotlib.transforms import blended_transform_factory, offset_copy

from guidance.charts import metrics

if TYPE_CHECKING:
    from guidance.charts.layout import ChartParts

MAX_CATEGORY_SHARE = 0.42  # of the canvas width, for the names beside horizontal bars
READABLE = 10.0  # points: below this, category names go on one line (cut with "…")
GAP = 6.0  # points between the axes' edge and the names


@dataclass
class Category:
    """The category labels of one axis, as the builder wrote them, and their largest size."""

    axis: str
    texts: list[str]
    size: float
    bold: list[bool] = field(default_factory=list)
    shown: tuple[list[str], float] | None = None
    artists: list[Text] = field(default_factory=list)


def label_artists(ax: Axes, axis: str, names: list[str], size: float, bold: list[bool],
                  colours: list[str | None]) -> list[Text]:
    """One text per name at positions 0, 1, 2… along ``axis``, beside the axes (left of
    it for "y", under it for "x"); that axis gets no ticks."""
    if axis == "y":
        ax.set_yticks([])
        base = blended_transform_factory(ax.transAxes, ax.transData)
        place = offset_copy(base, fig=ax.figure, x=-GAP, units="points")
        options = {"ha": "right", "va": "center", "multialignment": "right"}
    else:
        ax.set_xticks([])
        base = blended_transform_factory(ax.transData, ax.transAxes)
        place = offset_copy(base, fig=ax.figure, y=-GAP, units="points")
        options = {"ha": "center", "va": "top", "multialignment": "center"}
    rc = mpl.rcParams
    options["fontfamily"] = rc["font.sans-serif"][0]  # resolved now, inside the chart style
    artists = []
    for i, (name, heavy, colour) in enumerate(zip(names, bold, colours, strict=True)):
        xy = (0, i) if axis == "y" else (i, 0)
        artists.append(ax.text(*xy, name, transform=place, fontsize=size, clip_on=False,
                               fontweight="bold" if heavy else "normal",
                               color=colour or rc[f"{axis}tick.color"], **options))
    return artists


def category_pitch(ax: Axes, axis: str, length: float) -> float:
    """Pixels between neighbouring categories along ``axis``."""
    lo, hi = ax.get_xlim() if axis == "x" else ax.get_ylim()
    span = abs(hi - lo) or 1.0
    return length / span


def bold_flags(category: Category) -> list[bool]:
    return category.bold or [False] * len(category.texts)


def fit_labels(category: Category, pitch: float, chart: ChartParts, width: float | None, dpi: float,
         along: bool) -> tuple[float, list[str]]:
    """The largest size (from the style's down to the smallest) at which every label fits its
    room: across the axis (horizontal bars) the lines must fit the pitch; along it (vertical
    bars) the label must fit the pitch's width. At the smallest size, one line with "…"."""
    raw = [" ".join(t.split()) for t in category.texts]
    bold = bold_flags(category)
    size = category.size * chart.shrink
    smallest = chart.smallest * chart.scale * chart.shrink
    chart.crowded = False
    while True:
        room = pitch * 0.96 if along else (width or pitch)
        if along:  # names under vertical bars: whole words, smaller until they fit
            labels = ["\n".join(metrics.wrap(t, size, dpi, room, 3, b, break_words=False))
                      for t, b in zip(raw, bold, strict=True)]
            if size - 0.5 < smallest or size <= _readable(chart) or all(
                    metrics.words_fit(t, size, dpi, room, b) for t, b in zip(raw, bold,
                                                                               strict=True)):
                return size, labels
            size -= 0.5
            continue
        labels = ["\n".join(metrics.wrap(t, size, dpi, room, 2, b))
                  for t, b in zip(raw, bold, strict=True)]
        lines = max(label.count("\n") + 1 for label in labels)
        if metrics.text_height(lines, size, dpi) + metrics.px(1, dpi) <= pitch:
            return size, labels
        if size <= _readable(chart) or size - 0.5 < smallest:
            # rather one line at a readable size than two lines too small to read
            one_line = ["\n".join(metrics.wrap(t, size, dpi, room, 1, b))
                        for t, b in zip(raw, bold, strict=True)]
            fits = metrics.text_height(1, size, dpi) + metrics.px(1, dpi) <= pitch
            if fits or size - 0.5 < smallest:
                chart.crowded = not fits
                return size, one_line
        size -= 0.5


def _readable(chart: ChartParts) -> float:
    """Below this size a name is cut with "…" rather than made smaller; at A+ a little larger
    (a name cut short at a large size says less than a whole one a bit smaller)."""
    return READABLE * min(chart.scale, 1.15) * chart.shrink


def show_labels(category: Category, labels: list[str], size: float) -> None:
    if category.shown == (labels, size):
        return
    for artist, label in zip(category.artists, labels, strict=True):
        artist.set_text(label)
        artist.set_fontsize(size)
    category.shown = (labels, size)
