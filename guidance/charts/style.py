"""The look shared by every Bagdar chart, applied without touching matplotlib's global state.

All styling lives in one file, ``resources/charts/bagdar.mplstyle`` (large fonts for a classroom
projector, DejaVu Sans for the Kazakh letters, the colour-blind-safe Okabe–Ito palette). Builders
wrap their work in ``styled()`` so the app, the tests and any other matplotlib user keep their
own settings. Tick labels and grid lines that matplotlib creates later, when the canvas is
resized outside the style context, would fall back to the global settings; ``finish_axes``
pins them to the style.

Also here: the text helpers every builder shares (translation look-up with fallback, label
wrapping), the text scale that follows the app's A+/A− (``text_scale``, ``pt``), the title, the
source footnote and the category axes that ``layout`` fits to the canvas at every draw (long
Kazakh and Russian names must never overlap, whatever the window size).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import matplotlib as mpl
from matplotlib import style as mpl_style
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text

from guidance import paths
from guidance.charts.key import Key, make_key
from guidance.charts.layout import EstimatedLayout, add_categories, parts

STYLE_PATH = paths.resource("charts", "bagdar.mplstyle")
FOOTNOTE_SIZE = 9
FOOTNOTE_COLOUR = "#666666"
MIN_LABEL_SIZE = 8.0
MUTED = "#B8B8B8"  # bars that are not highlighted
SAVE_METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None},
                 "pdf": {"CreationDate": None, "Creator": None, "Producer": None}}


_TEXT_SCALE: ContextVar[float] = ContextVar("chart_text_scale", default=1.0)
_SCALED_SIZES = ("font.size", "axes.titlesize", "axes.labelsize", "xtick.labelsize",
                 "ytick.labelsize", "legend.fontsize", "legend.title_fontsize")


@contextmanager
def text_scale(scale: float) -> Iterator[None]:
    """Charts built inside get every text ``scale`` times the style's size (the app's A+/A−)."""
    token = _TEXT_SCALE.set(scale)
    try:
        yield
    finally:
        _TEXT_SCALE.reset(token)


def pt(size: float) -> float:
    """A text size of the design, in points, at the current text scale."""
    return size * _TEXT_SCALE.get()


@lru_cache(maxsize=1)
def _style_params() -> dict:
    """The style file's settings, read and checked once (not at every chart)."""
    return dict(mpl.rc_params_from_file(str(STYLE_PATH), use_default_template=False))


@contextmanager
def styled() -> Iterator[None]:
    """Apply the Bagdar style for the duration of a build; the previous rc is restored."""
    with mpl_style.context(_style_params()):
        scale = _TEXT_SCALE.get()
        if scale != 1.0:
            for key in _SCALED_SIZES:
                if isinstance(mpl.rcParams[key], int | float):
                    mpl.rcParams[key] = mpl.rcParams[key] * scale
        yield


def new_figure() -> Figure:
    """A figure sized by the style (call inside ``styled()``), placed by ``EstimatedLayout``:
    titles, labels and the footnote never overlap, in one pass (see ``layout``)."""
    fig = Figure(layout=EstimatedLayout())
    chart = parts(fig)
    chart.scale, chart.smallest = _TEXT_SCALE.get(), MIN_LABEL_SIZE
    return fig


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


def category_axis(ax: Axes, axis: str, names: list[str], size: float | None = None,
                  bold: list[bool] | None = None, colours: list[str | None] | None = None
                  ) -> list[Text]:
    """Names of the bars (industries, types…) along ``axis``, at positions 0, 1, 2…, fitted to
    the canvas at every draw: the largest size up to the style's (or ``size``) at which no two
    neighbours overlap, one line with "…" when even the smallest is too big (see ``layout``)."""
    size = mpl.rcParams[f"{axis}tick.labelsize"] if size is None else size
    return add_categories(ax, axis, names, size, bold, colours)


def add_key(ax: Axes, entries: list[tuple[str, str]], where: str = "beside", title: str = "",
            size: float | None = None) -> Key:
    """Which colour is which series, as rows of ``(name, colour)`` above or beside the plot,
    placed and fitted by the layout at every draw (see ``key``)."""
    key = make_key(ax, entries, where, title, size)
    parts(ax.figure).key = key
    return key


def values_on_bars(ax: Axes, axis: str) -> None:
    """No scale along ``axis``: every bar has its value written at its end, so ticks, grid and
    the axis line would only repeat it (and ticks are the dearest part of a chart to draw)."""
    if axis == "x":
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
    else:
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)


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
    """The chart title, at the figure's top left and wrapped to its width at every draw, so
    that a long title (Kazakh ones often are) never runs off the canvas."""
    rc = mpl.rcParams
    title = fig.suptitle(text, x=0.01, ha="left", va="top", fontsize=rc["axes.titlesize"],
                         fontweight=rc["axes.titleweight"],
                         fontfamily=rc["font.sans-serif"][0])
    chart = parts(fig)
    chart.title, chart.title_text = title, text


def add_footnote(fig: Figure, text: str) -> None:
    """A small grey note at the bottom left (the sources and the share of estimates).

    It is the figure's ``supxlabel`` (so a multi-axes figure's constrained layout makes room
    for it), wrapped to the figure's width at every draw.
    """
    note = fig.supxlabel(text, x=0.01, ha="left", fontsize=pt(FOOTNOTE_SIZE),
                         color=FOOTNOTE_COLOUR, fontfamily=mpl.rcParams["font.sans-serif"][0])
    chart = parts(fig)
    chart.footnote, chart.footnote_text = note, text


def show_no_data(ax: Axes, texts: Mapping[str, str]) -> None:
    """An empty chart says so instead of showing bare axes."""
    ax.text(0.5, 0.5, tr(texts, "No data"), ha="center", va="center",
            transform=ax.transAxes, color=FOOTNOTE_COLOUR, fontsize=pt(14))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
