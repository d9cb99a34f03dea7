"""Chart text laid out once, not once per measure and once per draw, and kept between charts.

On a school PC most of a chart's drawing time is FreeType laying out the glyphs of its texts
(tens of microseconds a glyph), and matplotlib's Agg renderer does it twice for every text at
every draw: once to measure it (placing it needs its size) and once to paint it; its measure
cache also dies with the renderer, that is with every new canvas or canvas size. The same
names, values, titles and footnotes come back at every redraw, resize, chart switch and
report, so ``TextCachingRenderer`` lays a text out once, keeps both its size and its rendered
glyphs (keyed by everything FreeType is given: the text, the font files, size, dpi, hinting),
and paints later copies from the picture. The pixels are the ones Agg draws (same calls, same
arithmetic: a test compares them); only the repeated layout is gone.

A canvas gets it through ``TextCachingCanvas`` (``ChartCanvasAgg`` here for pictures and
reports; the app's Qt canvas mixes it in the same way).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from math import cos, radians, sin

import matplotlib as mpl
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.font_manager import fontManager

MAX_TEXTS = 2048  # rendered texts kept: a few MB (a chart has ~30, a report ~100)


class _Kept:
    """A bounded least-recently-used store shared by every chart (a lock: reports are built
    off the UI thread while a chart may be drawn on it)."""

    def __init__(self, limit: int):
        self._items: OrderedDict = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key, value) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._limit:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


TEXTS = _Kept(MAX_TEXTS)


GENERIC_FAMILIES = {"serif": "serif", "sans-serif": "sans-serif", "sans serif": "sans-serif",
                    "sans": "sans-serif", "cursive": "cursive", "fantasy": "fantasy",
                    "monospace": "monospace"}
_FONT_FILES: dict[tuple, tuple[str, ...]] = {}


def _font_files(prop) -> tuple[str, ...]:
    """The font files a text is drawn with (the first, then fallbacks), as ``_prepare_font``
    finds them; remembered per font properties and the style's lists of generic families."""
    rc = mpl.rcParams
    generic = tuple(tuple(rc[f"font.{GENERIC_FAMILIES[name.lower()]}"])
                    for name in prop.get_family() if name.lower() in GENERIC_FAMILIES)
    found = _FONT_FILES.get((prop, generic))
    if found is None:
        found = tuple(fontManager._find_fonts_by_props(prop))
        if len(_FONT_FILES) > 512:  # a few dozen in practice (sizes × weights)
            _FONT_FILES.clear()
        _FONT_FILES[prop.copy(), generic] = found
    return found


def _key(text: str, prop, dpi: float, antialiased: bool) -> tuple:
    rc = mpl.rcParams
    return (text, _font_files(prop), prop.get_size_in_points(), dpi, rc["text.hinting"],
            rc["text.hinting_factor"], rc["text.kerning_factor"], bool(antialiased))


class TextCachingRenderer(RendererAgg):
    """Agg, with each text's layout and glyph picture made once (see the module's docstring).
    Formulas (off in the Bagdar style) and TeX go to Agg unchanged."""

    def _laid_out(self, text: str, prop, antialiased: bool):
        """(width, height, descent, picture, bitmap offset) of ``text``, from the store or
        laid out and painted now."""
        key = _key(text, prop, self.dpi, antialiased)
        found = TEXTS.get(key)
        if found is None:
            font = self._prepare_font(prop)
            font.set_text(text, 0, flags=get_hinting_flag())
            font.draw_glyphs_to_bitmap(antialiased=antialiased)
            width, height = font.get_width_height()
            found = (width / 64.0, height / 64.0, font.get_descent() / 64.0,
                     np.array(font.get_image(), copy=True),
                     tuple(v / 64.0 for v in font.get_bitmap_offset()))
            TEXTS.put(key, found)
        return found

    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        width, height, descent, _picture, _offset = self._laid_out(
            s, prop, mpl.rcParams["text.antialiased"])
        return width, height, descent

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        _w, _h, descent, picture, (xo, yo) = self._laid_out(s, prop, gc.get_antialiased())
        # as RendererAgg.draw_text: the descent follows the angle (the picture is rotated in
        # raster space)
        x = round(x + xo + descent * sin(radians(angle)))
        y = round(y + yo + descent * cos(radians(angle)))
        self._renderer.draw_text_image(picture, x, y + 1, angle, gc)
        return None


class TextCachingCanvas:
    """Mix into an Agg canvas (before it) so that it draws with ``TextCachingRenderer``."""

    def get_renderer(self):
        width, height = self.figure.bbox.size
        key = width, height, self.figure.dpi
        if self._lastKey != key:
            self.renderer = TextCachingRenderer(width, height, self.figure.dpi)
            self._lastKey = key
        return self.renderer


class ChartCanvasAgg(TextCachingCanvas, FigureCanvasAgg):
    """An off-screen canvas for a chart's picture (reports, saved images, the bench)."""
