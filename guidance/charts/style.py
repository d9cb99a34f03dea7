"""The look shared by every Bagdar chart, applied without touching matplotlib's global state.

All styling lives in one file, ``resources/charts/bagdar.mplstyle`` (large fonts for a classroom
projector, DejaVu Sans for the Kazakh letters, the colour-blind-safe Okabe–Ito palette). Builders
wrap their work in ``styled()`` so the app, the tests and any other matplotlib user keep their
own settings. Tick labels and grid lines that matplotlib creates later, when the canvas is
resized outside the style context, would fall back to the global settings; ``finish_axes``
pins them to the style.

Also here: the text helpers every builder shares (translation look-up with fallback, label
wrapping) and the source footnote.
"""

from __future__ import annotations

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
    return text.format(**values) if values else text


def wrap_label(text: str, width: int = 28, max_lines: int = 2) -> str:
    """Wrap a long name on at most ``max_lines`` lines, ending with "…" when cut."""
    lines = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=True)
    if len(lines) <= max_lines:
        return "\n".join(lines)
    kept = lines[:max_lines]
    last = kept[-1]
    kept[-1] = (last[: width - 1].rstrip(" ,;:-–") + "…") if len(last) >= width else last + "…"
    return "\n".join(kept)


def label_size(count: int, lines: int = 1) -> float:
    """Tick label size for ``count`` category labels of up to ``lines`` lines each, so that
    they fit a 5-inch-high chart without overlapping."""
    base = float(mpl.rcParams["ytick.labelsize"])
    budget = 270.0  # points of height the category axis gets on a 9 x 5 inch canvas
    fitting = budget / max(1, count * (lines * 1.2))
    return max(8.0, min(base, fitting))


def fit_tick_labels(fig: Figure, ax: Axes, axis: str = "x", smallest: float = 8.0) -> None:
    """Shrink the tick labels of ``axis`` step by step until no two neighbours overlap at the
    figure's design size (long Kazakh and Russian type names are wider than their slot)."""
    labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    if len(labels) < 2:
        return
    size = labels[0].get_fontsize()
    while size > smallest:
        fig.draw_without_rendering()
        boxes = [label.get_window_extent().padded(1.0)
                 for label in labels if label.get_text()]
        if not any(a.overlaps(b) for a, b in zip(boxes, boxes[1:], strict=False)):
            return
        size -= 0.5
        ax.tick_params(axis=axis, labelsize=size)


def finish_axes(ax: Axes, grid_axis: str | None = "x", labelsize: float | None = None) -> None:
    """Pin tick and grid settings of the current style onto ``ax`` (see module docstring)."""
    rc = mpl.rcParams
    for axis in ("x", "y"):
        ax.tick_params(axis=axis, which="both", colors=rc[f"{axis}tick.color"],
                       labelcolor=rc[f"{axis}tick.color"],
                       labelsize=rc[f"{axis}tick.labelsize"],
                       labelfontfamily=rc["font.sans-serif"][0])
    if labelsize is not None:
        ax.tick_params(axis="y" if grid_axis == "x" else "x", labelsize=labelsize)
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
    title.set_wrap(True)


def add_footnote(fig: Figure, text: str) -> None:
    """A small grey note at the bottom left (the sources and the share of estimates).

    It is the figure's ``supxlabel``, so constrained layout makes room for it, and it wraps to
    the figure's width when the canvas is resized.
    """
    note = fig.supxlabel(text, x=0.01, ha="left", fontsize=FOOTNOTE_SIZE, color=FOOTNOTE_COLOUR,
                         fontfamily=mpl.rcParams["font.sans-serif"][0])
    note.set_wrap(True)


def show_no_data(ax: Axes, texts: Mapping[str, str]) -> None:
    """An empty chart says so instead of showing bare axes."""
    ax.text(0.5, 0.5, tr(texts, "No data"), ha="center", va="center",
            transform=ax.transAxes, color=FOOTNOTE_COLOUR, fontsize=14)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
