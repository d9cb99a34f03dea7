"""Text sizes estimated from the font's own metrics, without laying a figure out.

matplotlib measures a text by rendering its glyphs into a layout, and fitting long Kazakh
and Russian labels that way meant laying a figure out several times per chart. Here the width
of a text is the sum of its glyphs' advance widths (read once per character from the font
file, cached), scaled to the size: exact to a few per cent for DejaVu Sans (no kerning), which
the margins in ``layout`` absorb. Wrapping uses the same measure, so a title is wrapped to the
canvas in microseconds.
"""

from __future__ import annotations

from functools import lru_cache

FALLBACK_ADVANCE = 0.62  # em, for a character the font does not have
LINE_SPACING = 1.2  # matplotlib's default line spacing
LINE_HEIGHT = 1.17  # em: DejaVu Sans' ascent plus descent
SAFETY = 1.03  # rendered widths run up to 3 % over the sum of advances (bold, hinting)


@lru_cache(maxsize=4)
def _font(bold: bool):
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    props = font_manager.FontProperties(family="DejaVu Sans",
                                        weight="bold" if bold else "normal")
    # A private instance: matplotlib's shared one changes size with every text it draws.
    font = FT2Font(font_manager.findfont(props))
    font.set_size(100, 72)  # 100 pixels per em: advances read in hundredths of an em
    return font


_ADVANCES: dict[tuple[str, bool], float] = {}


def _advance(char: str, bold: bool) -> float:
    """The advance width of one character in em."""
    key = (char, bold)
    width = _ADVANCES.get(key)
    if width is None:
        font = _font(bold)
        try:
            glyph = font.load_char(ord(char))
            width = glyph.linearHoriAdvance / 65536 / 100 if font.get_char_index(ord(char)) \
                else FALLBACK_ADVANCE
        except (RuntimeError, ValueError):
            width = FALLBACK_ADVANCE
        _ADVANCES[key] = width
    return width


def px(points: float, dpi: float) -> float:
    return points * dpi / 72


@lru_cache(maxsize=16384)
def _em_width(line: str, bold: bool) -> float:
    """A line's width in em. Cached: the layout measures the same names and the same growing
    lines of a title at every draw and at every size it tries."""
    return sum(_advance(c, bold) for c in line)


def text_width(text: str, points: float, dpi: float, bold: bool = False) -> float:
    """Width in pixels of the longest line of ``text``."""
    return max((_em_width(line, bold) for line in text.split("\n")),
               default=0.0) * px(points, dpi) * SAFETY


def text_height(lines: int, points: float, dpi: float) -> float:
    """Height in pixels of ``lines`` lines of text."""
    if lines <= 0:
        return 0.0
    return (LINE_HEIGHT + (lines - 1) * LINE_SPACING) * px(points, dpi)


def words_fit(text: str, points: float, dpi: float, width: float, bold: bool = False) -> bool:
    """Whether every word of ``text`` fits a line ``width`` pixels wide."""
    return all(text_width(word, points, dpi, bold) <= width for word in text.split())


def wrap(text: str, points: float, dpi: float, width: float, max_lines: int | None = None,
         bold: bool = False, break_words: bool = True) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels, at spaces; a word longer
    than a line is cut between letters, or (``break_words=False``, for names under a bar) cut
    with "…"; with ``max_lines``, the last line kept ends in "…"."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, points, dpi, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while break_words and text_width(word, points, dpi, bold) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], points, dpi, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    if not break_words:
        lines = [_cut(line, points, dpi, width, bold) for line in lines]
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1].rstrip(" ,;:-–") + "…"
        while len(last) > 1 and text_width(last, points, dpi, bold) > width:
            last = last[:-2].rstrip(" ,;:-–") + "…"
        kept[-1] = last
        return kept
    return lines


def _cut(line: str, points: float, dpi: float, width: float, bold: bool) -> str:
    if text_width(line, points, dpi, bold) <= width:
        return line
    while len(line) > 1 and text_width(line + "…", points, dpi, bold) > width:
        line = line[:-1]
    return line.rstrip(" ,;:-–") + "…"
