"""A chart's key (which colour is which series) as plain texts: a square in the series' colour
and its name, one row per series, above the plot or beside it.

matplotlib's legend is a tree of boxes measured and packed again at every draw, a sixth of a
chart's drawing time on a school PC. Here each row is two figure texts whose places ``layout``
computes with the rest of the chart, from the same estimated text sizes (``metrics``): the room
above the plot, or beside it, where the text gets smaller (down to the smallest label size)
until every row fits the plot's height.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.text import Text

from guidance.charts import metrics

SQUARE = "\u25a0"  # ■, in DejaVu Sans
ROW_GAP = 0.35  # em between rows
MARK_GAP = 0.4  # em between the square and the name
EDGE_GAP = 6.0  # points between the plot and the key


@dataclass
class Key:
    where: str  # "above" or "beside"
    base: float  # text size at full size (before a small canvas shrinks every text)
    title: Text | None
    marks: list[Text] = field(default_factory=list)
    names: list[Text] = field(default_factory=list)
    size: float = 0.0  # as drawn


def make_key(ax: Axes, entries: list[tuple[str, str]], where: str = "beside",
             title: str = "", size: float | None = None) -> Key:
    """Rows of ``(name, colour)`` above the plot (``where="above"``, left-aligned) or beside
    it on the right, under an optional ``title`` (``style.add_key`` hands it to the layout)."""
    rc = mpl.rcParams
    base = size if size is not None else rc["legend.fontsize"]
    fig = ax.figure
    family = rc["font.sans-serif"][0]
    common = {"fontsize": base, "fontfamily": family, "va": "top", "ha": "left"}
    key = Key(where, base, fig.text(0, 0, title, color=rc["text.color"], **common)
              if title else None)
    for name, colour in entries:
        key.marks.append(fig.text(0, 0, SQUARE, color=colour, **common))
        key.names.append(fig.text(0, 0, name, color=rc["text.color"], **common))
    return key


def _rows(key: Key) -> list[Text]:
    return ([key.title] if key.title is not None else []) + key.names


def _row_height(text: Text, size: float, dpi: float) -> float:
    return metrics.text_height(text.get_text().count("\n") + 1, size, dpi)


def height(key: Key, size: float, dpi: float) -> float:
    """Pixels the rows take at ``size``, gaps included."""
    rows = _rows(key)
    return sum(_row_height(t, size, dpi) for t in rows) + \
        metrics.px(size * ROW_GAP, dpi) * max(len(rows) - 1, 0)


def width(key: Key, size: float, dpi: float) -> float:
    """Pixels of the widest row at ``size``."""
    indent = metrics.text_width(SQUARE, size, dpi) + metrics.px(size * MARK_GAP, dpi)
    widest = max((indent + metrics.text_width(line, size, dpi)
                  for t in key.names for line in t.get_text().split("\n")), default=0.0)
    if key.title is not None:
        widest = max(widest, metrics.text_width(key.title.get_text(), size, dpi))
    return widest


def set_size(key: Key, size: float) -> None:
    key.size = size
    for text in _rows(key) + key.marks:
        text.set_fontsize(size)


def fit_beside(key: Key, room: float, dpi: float, smallest: float, shrink: float) -> None:
    """The largest size, from the key's own down to ``smallest``, at which the rows fit
    ``room`` pixels of height."""
    size = key.base * shrink
    smallest = min(smallest, size)
    while size - 0.5 >= smallest and height(key, size, dpi) > room:
        size -= 0.5
    set_size(key, size)


def room_above(key: Key | None, dpi: float) -> float:
    if key is None or key.where != "above":
        return 0.0
    return height(key, key.size or key.base, dpi) + metrics.px(EDGE_GAP, dpi)


def room_beside(key: Key | None, dpi: float) -> float:
    if key is None or key.where != "beside":
        return 0.0
    return width(key, key.size or key.base, dpi) + metrics.px(EDGE_GAP, dpi)


def place(key: Key | None, ax: Axes) -> None:
    """Put the rows in their place now that the plot's is known."""
    if key is None:
        return
    fig = ax.figure
    dpi, fig_w, fig_h = fig.dpi, fig.bbox.width, fig.bbox.height
    box = ax.get_position()
    size = key.size or key.base
    gap = metrics.px(EDGE_GAP, dpi)
    if key.where == "above":
        x, y = box.x0 * fig_w, box.y1 * fig_h + gap + height(key, size, dpi)
    else:
        x, y = box.x1 * fig_w + gap, box.y1 * fig_h
    indent = metrics.text_width(SQUARE, size, dpi) + metrics.px(size * MARK_GAP, dpi)
    row_gap = metrics.px(size * ROW_GAP, dpi)
    if key.title is not None:
        key.title.set_position((x / fig_w, y / fig_h))
        y -= _row_height(key.title, size, dpi) + row_gap
    for mark, name in zip(key.marks, key.names, strict=True):
        mark.set_position((x / fig_w, y / fig_h))
        name.set_position(((x + indent) / fig_w, y / fig_h))
        y -= _row_height(name, size, dpi) + row_gap
