"""The look shared by every Bagdar chart, applied without touching matplotlib's global state.

All styling lives in one file, ``resources/charts/bagdar.mplstyle`` (large fonts for a classroom
projector, DejaVu Sans for the Kazakh letters, the colour-blind-safe Okabe–Ito palette). Builders
wrap their work in ``styled()`` so the app, the tests and any other matplotlib user keep their
own settings. Tick labels and grid lines that matplotlib creates later, when the canvas is
resized outside the style context, would fall back to the global settings; ``finish_axes``
pins them to the style.

Also here: the text helpers every builder shares (translation look-up with fallback, label
wrapping), the fitting of category labels to the canvas size (``CategoryLabels``: long Kazakh
and Russian names must never overlap, whatever the window size) and the source footnote.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import matplotlib as mpl
from matplotlib import style as mpl_style
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from guidance import paths

STYLE_PATH = paths.resource("charts", "bagdar.mplstyle")
FOOTNOTE_SIZE = 9
FOOTNOTE_COLOUR = "#666666"
MIN_LABEL_SIZE = 8.0
MUTED = "#B8B8B8"  # bars that are not highlighted
SAVE_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None},
                 "pdf": {"CreationDate": None, "Creator": None, "Producer": None}}


@contextmanager
def styled() -> Iterator[None]:
    """Apply the Bagdar style for the duration of a build; the previous rc is restored."""
    with mpl_style.context(str(STYLE_PATH)):
        yield


def new_figure() -> Figure:
    """A figure sized by the style (call inside ``styled()``); constrained layout keeps titles,
    labels and the footnote from overlapping."""
    return Figure(layout="constrained")


def palette() -> list[str]:
    """The colour cycle of the current style, as ``#rrggbb`` strings."""
    return [c if c.startswith("#") else f"#{c}"
            for c in mpl.rcParams["axes.prop_cycle"].by_key()["color"]]


def tr(texts: Mapping[str, str], key: str, **values: object) -> str:
    """The translation of ``key`` (the key itself when missing), formatted with ``values``."""
    text = texts.get(key) or key
    if not values:
        return text
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
        return key.format(**values)


def wrap_label(text: str, width: int = 28, max_lines: int = 2) -> str:
    """Wrap a long name on at most ``max_lines`` lines, ending with "…" when cut."""
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=True)
    if len(lines) <= max_lines:
        return "\n".join(lines)
    kept = lines[:max_lines]
    last = kept[-1]
    kept[-1] = (last[: width - 1].rstrip(" ,;:-–") + "…") if len(last) >= width else last + "…"
    return "\n".join(kept)


class CategoryLabels:
    """Keeps the category labels of one axis (names of industries, types…) legible at any
    canvas size: the largest font up to the style's size at which no two neighbours overlap,
    and one line per label when even the smallest font is too big.

    It fits once when the figure is built (the 9 × 5 inch design size, also used for saved
    images and baselines) and again, shortly after the user stops resizing, on a GUI canvas.
    """

    def __init__(self, fig: Figure, ax: Axes, axis: str, smallest: float = MIN_LABEL_SIZE):
        self.fig, self.ax, self.axis, self.smallest = fig, ax, axis, smallest
        labels = self._labels()
        self.texts = [label.get_text() for label in labels]
        self.start = labels[0].get_fontsize() if labels else smallest
        self._shown = list(self.texts)
        self._timer = None

    def _labels(self) -> list:
        return list(self.ax.get_xticklabels() if self.axis == "x" else self.ax.get_yticklabels())

    def _set(self, texts: list[str], size: float) -> None:
        if texts != self._shown:
            getattr(self.ax, f"set_{self.axis}ticklabels")(texts)
            self._shown = list(texts)
        self.ax.tick_params(axis=self.axis, labelsize=size)

    def _room(self) -> float:
        """Smallest ratio of the distance between neighbouring labels to the room they need
        (≥ 1: nothing overlaps)."""
        # Lay the figure out and place the ticks, without drawing every artist: a third of
        # the cost of ``draw_without_rendering``, which matters on old school PCs.
        renderer = self.fig._get_renderer()
        engine = self.fig.get_layout_engine()
        if engine is not None:
            engine.execute(self.fig)
        self.ax.get_tightbbox(renderer)
        boxes = [label.get_window_extent(renderer) for label in self._labels()
                 if label.get_text()]
        along = 1 if self.axis == "y" else 0
        ratio = float("inf")
        for a, b in zip(boxes, boxes[1:], strict=False):
            need = (a.size[along] + b.size[along]) / 2 + 1.0
            ratio = min(ratio, abs(a.get_points().mean(0)[along] - b.get_points().mean(0)[along])
                        / need)
        return ratio

    def fit(self) -> None:
        if len(self.texts) < 2:
            return
        one_line = [t.split("\n")[0].rstrip(" ,;:-–…") + "…" if "\n" in t else t
                    for t in self.texts]
        variants = [self.texts] + ([one_line] if one_line != self.texts else [])
        for texts in variants:
            if self._fit_size(texts):
                return
        self._set(variants[-1], self.smallest)

    def _fit_size(self, texts: list[str]) -> bool:
        """Try sizes from the style's down to the smallest; True if one fits."""
        size = self.start
        self._set(texts, size)
        for _ in range(6):
            room = self._room()
            if room >= 1.0:
                return True
            size = min(size - 0.5, math.floor(size * room * 2) / 2)
            if size < self.smallest:
                return False
            self._set(texts, size)
        return False

    def on_resize(self, event) -> None:
        """Refit once the resizing has settled (fitting lays the figure out 2–3 times)."""
        if self._timer is None:
            self._timer = event.canvas.new_timer(interval=250)
            self._timer.single_shot = True
            self._timer.add_callback(self._refit)
        self._timer.stop()
        self._timer.start()

    def _refit(self) -> None:
        with styled():
            self.fit()
        self.fig.canvas.draw_idle()


def fit_category_labels(fig: Figure, ax: Axes, axis: str) -> None:
    """Fit the labels of ``axis`` now and after every resize of a GUI canvas."""
    fitter = CategoryLabels(fig, ax, axis)
    fitter.fit()
    fig.canvas.mpl_connect("resize_event", fitter.on_resize)
    # matplotlib keeps only a weak reference to a connected method: the figure holds the fitter.
    fig._bagdar_label_fitters = [*getattr(fig, "_bagdar_label_fitters", []), fitter]


def finish_axes(ax: Axes, grid_axis: str | None = "x") -> None:
    """Pin tick and grid settings of the current style onto ``ax`` (see module docstring)."""
    rc = mpl.rcParams
    for axis in ("x", "y"):
        ax.tick_params(axis=axis, which="both", colors=rc[f"{axis}tick.color"],
                       labelcolor=rc[f"{axis}tick.color"],
                       labelsize=rc[f"{axis}tick.labelsize"],
                       labelfontfamily=rc["font.sans-serif"][0])
    if grid_axis:
        ax.grid(True, axis=grid_axis, color=rc["grid.color"], linewidth=rc["grid.linewidth"],
                linestyle=rc["grid.linestyle"])
    ax.set_axisbelow(True)


def set_title(fig: Figure, text: str) -> None:
    """The chart title, at the figure's top left and wrapped to its width, so that a long title
    (Kazakh ones often are) never runs off the canvas, whatever the axes' labels take."""
    rc = mpl.rcParams
    title = fig.suptitle(text, x=0.01, ha="left", fontsize=rc["axes.titlesize"],
                         fontweight=rc["axes.titleweight"],
                         fontfamily=rc["font.sans-serif"][0])
    title.set_wrap(can_wrap(text))


def add_footnote(fig: Figure, text: str) -> None:
    """A small grey note at the bottom left (the sources and the share of estimates).

    It is the figure's ``supxlabel``, so constrained layout makes room for it, and it wraps to
    the figure's width when the canvas is resized.
    """
    note = fig.supxlabel(text, x=0.01, ha="left", fontsize=FOOTNOTE_SIZE, color=FOOTNOTE_COLOUR,
                         fontfamily=mpl.rcParams["font.sans-serif"][0])
    note.set_wrap(can_wrap(text))


def can_wrap(text: str) -> bool:
    """Whether matplotlib can wrap ``text``: its wrapping measures a text with two "$" as a
    formula even when formulas are off (matplotlib 3.11), and fails on one that is not a
    formula. Such a text (a rare edit of a translation) is drawn on one line instead."""
    from matplotlib import cbook

    return not cbook.is_math_text(text)


def show_no_data(ax: Axes, texts: Mapping[str, str]) -> None:
    """An empty chart says so instead of showing bare axes."""
    ax.text(0.5, 0.5, tr(texts, "No data"), ha="center", va="center",
            transform=ax.transAxes, color=FOOTNOTE_COLOUR, fontsize=14)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
