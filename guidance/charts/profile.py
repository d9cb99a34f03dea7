"""A student's questionnaire results as charts: the RIASEC profile and the Klimov DDO counts.

The counsellor discusses these with the student, often on a projector, so the reading must be
obvious without a legend: the three letters of the Holland code stand out by colour *and* by a
bold label, and the DDO bands (no interest / moderate / pronounced) are shaded zones named on
the chart. Type names come from the atlas (``type_names``), every other word from ``texts``.
"""

from __future__ import annotations

from collections.abc import Mapping

from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator
from matplotlib.transforms import blended_transform_factory

from guidance.charts.bars import bars
from guidance.charts.style import (
    FOOTNOTE_COLOUR,
    MUTED,
    category_axis,
    finish_axes,
    new_figure,
    palette,
    pt,
    set_title,
    styled,
    tr,
    values_on_bars,
    wrap_label,
)
from guidance.scoring import DDO_BANDS, HEXAGON, DdoScores, RiasecScores

KLIMOV_ORDER = ("nature", "technology", "people", "signs", "art")
BAND_NAMES = {"none": "No interest", "moderate": "Moderate interest",
              "pronounced": "Pronounced interest"}
BAND_SHADES = {"none": "#F4F4F4", "moderate": "#E9F1F7", "pronounced": "#D3E5F2"}
DDO_MAX = 8


def _klimov_label(name: str) -> str:
    """"Человек–Художественный образ" → "Человек–" / "Художественный" / "образ": the dash of
    the Klimov type names is the natural place to break them."""
    head, dash, tail = name.partition("–")
    if not dash:
        return wrap_label(name, 14, 3)
    return f"{head}–\n{wrap_label(tail, 14, 2)}"


def riasec_profile_figure(scores: RiasecScores, texts: Mapping[str, str],
                          type_names: Mapping[str, str]) -> Figure:
    """Bars of the six RIASEC percentages in hexagon order (R at the top), the three code
    letters highlighted. The bars lie horizontally so that long type names ("Исследовательский",
    "Шығармашылық") stay on one line in a projector-sized font."""
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        accent = palette()[0]
        code = scores.code
        values = [scores.percentages.get(letter, 0.0) for letter in HEXAGON]
        colours = [accent if letter in code else MUTED for letter in HEXAGON]
        positions = range(len(HEXAGON))
        bars(ax, positions, values, colours=colours, thickness=0.65)
        for y, letter, value in zip(positions, HEXAGON, values, strict=True):
            ax.annotate(f"{value:.0f}%", (value, y), xytext=(4, 0), textcoords="offset points",
                        ha="left", va="center",
                        fontweight="bold" if letter in code else "normal")
        labels = [f"{wrap_label(type_names.get(letter, letter), 24)} ({letter})"
                  for letter in HEXAGON]
        category_axis(ax, "y", labels, size=pt(13), bold=[c in code for c in HEXAGON],
                      colours=[accent if c in code else None for c in HEXAGON])
        values_on_bars(ax, "x")
        ax.invert_yaxis()
        ax.set_xlim(0, 100)
        ax.set_xlabel(tr(texts, "% of the maximum score"))
        set_title(fig, tr(texts, "Your interest profile"))
        note = tr(texts, "Your Holland code: {code}", code=code)
        if scores.is_flat:
            note += "\n" + tr(texts, "Your interests are evenly spread: the code is not clear-cut.")
        ax.set_title(note, loc="left", fontsize=pt(13), color=accent)
    return fig


def ddo_figure(scores: DdoScores, texts: Mapping[str, str],
               type_names: Mapping[str, str]) -> Figure:
    """Bars 0–8 per Klimov type over the shaded, named bands of the DDO."""
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        colours = palette()
        band_colour = {"none": MUTED, "moderate": colours[4], "pronounced": colours[0]}
        label_at = blended_transform_factory(ax.transAxes, ax.transData)
        for low, high, band in DDO_BANDS:
            bottom, top = max(low - 0.5, 0), min(high + 0.5, DDO_MAX + 0.5)
            ax.axhspan(bottom, top, color=BAND_SHADES[band], zorder=0, linewidth=0)
            ax.text(1.01, (bottom + top) / 2, wrap_label(tr(texts, BAND_NAMES[band]), 12, 3),
                    transform=label_at, ha="left", va="center", fontsize=pt(11),
                    color=FOOTNOTE_COLOUR)
        counts = [scores.counts.get(kind, 0) for kind in KLIMOV_ORDER]
        bands = [scores.bands.get(kind, "none") for kind in KLIMOV_ORDER]
        bars(ax, range(len(KLIMOV_ORDER)), counts, thickness=0.6, horizontal=False,
             colours=[band_colour.get(band, MUTED) for band in bands]).set_zorder(2)
        for x, kind, count in zip(range(len(KLIMOV_ORDER)), KLIMOV_ORDER, counts, strict=True):
            ax.annotate(str(count), (x, count),
                        xytext=(0, 3), textcoords="offset points", ha="center", va="bottom",
                        fontweight="bold" if kind in scores.leading else "normal")
        category_axis(ax, "x", [_klimov_label(type_names.get(kind, kind))
                                for kind in KLIMOV_ORDER],
                      bold=[kind in scores.leading for kind in KLIMOV_ORDER])
        ax.set_xlim(-0.6, len(KLIMOV_ORDER) - 0.4)
        ax.set_ylim(0, DDO_MAX + 0.5)
        ax.yaxis.set_major_locator(MultipleLocator(1))
        ax.set_ylabel(tr(texts, "Choices (out of 8)"))
        set_title(fig, tr(texts, "What you prefer to work with"))
        finish_axes(ax, grid_axis=None)
    return fig
