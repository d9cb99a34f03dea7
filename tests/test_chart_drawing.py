"""How charts are drawn fast: texts laid out once and kept (``text_cache``), bars as one shape
per series (``bars``), names beside the axes instead of ticks. Each must draw what plain
matplotlib draws, or what the chart means."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from guidance import charts
from guidance.charts import text_cache
from guidance.charts.bars import bar_lengths, bars
from guidance.charts.layout import category_texts
from guidance.charts.text_cache import ChartCanvasAgg


def pixels(canvas) -> np.ndarray:
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_kept_texts_draw_the_pixels_agg_draws(atlas, lang):
    text_cache.TEXTS.clear()
    plain = pixels(FigureCanvasAgg(charts.top_professions_figure(atlas, lang, {})))
    first = pixels(ChartCanvasAgg(charts.top_professions_figure(atlas, lang, {})))
    assert len(text_cache.TEXTS) > 20
    again = pixels(ChartCanvasAgg(charts.top_professions_figure(atlas, lang, {})))
    assert np.array_equal(plain, first)
    assert np.array_equal(plain, again)


def test_a_text_is_laid_out_once_for_its_measure_and_its_picture(atlas, monkeypatch):
    text_cache.TEXTS.clear()
    laid_out = []
    real = text_cache.TextCachingRenderer._prepare_font

    def counting(self, prop):
        laid_out.append(prop.get_size_in_points())
        return real(self, prop)

    monkeypatch.setattr(text_cache.TextCachingRenderer, "_prepare_font", counting)
    fig = charts.jobs_by_district_figure(atlas, "kk", {})
    ChartCanvasAgg(fig).draw()
    once = len(laid_out)
    assert 0 < once <= len(text_cache.TEXTS)
    fig.set_size_inches(6, 4)  # a resize: a new renderer, the same texts
    fig.canvas.draw()
    assert len(laid_out) - once < once / 2  # only texts re-wrapped or re-sized are new


def test_the_store_of_texts_is_bounded():
    kept = text_cache._Kept(3)
    for n in range(5):
        kept.put(n, str(n))
    assert len(kept) == 3 and kept.get(0) is None and kept.get(4) == "4"
    kept.get(2)
    kept.put(5, "5")  # 2 was used last, 3 is the oldest
    assert kept.get(3) is None and kept.get(2) == "2"


def test_a_different_size_or_weight_is_a_different_text():
    fig = Figure(figsize=(3, 1))
    fig.text(0.1, 0.5, "Қазфосфат", fontsize=10)
    fig.text(0.1, 0.2, "Қазфосфат", fontsize=14, fontweight="bold")
    text_cache.TEXTS.clear()
    ChartCanvasAgg(fig).draw()
    kept = [key for key in text_cache.TEXTS._items if key[0] == "Қазфосфат"]
    assert sorted(key[2] for key in kept) == [10, 14]  # (and "lp", the line height probe)


def test_bars_stack_from_their_starts_and_start_the_axis_at_zero():
    fig = Figure()
    ax = fig.add_subplot()
    bars(ax, [0, 1, 2], [5, 0, 3], colours="#0072B2", label="2025")
    bars(ax, [0, 1, 2], [1, 2, 0], starts=[5, 0, 3], colours="#E69F00", label="2026")
    ax.margins(x=0.1)
    assert bar_lengths(ax) == [[5.0, 0.0, 3.0], [1.0, 2.0, 0.0]]
    assert ax.get_xlim()[0] == 0  # no margin left of the bars
    assert ax.get_xlim()[1] > 6
    ax.legend()
    handles = ax.get_legend().legend_handles
    assert [h.get_facecolor()[:3] for h in handles] == [
        pytest.approx((0.0, 0.447, 0.698), abs=0.01), pytest.approx((0.902, 0.624, 0.0), abs=0.01)]


def test_names_beside_the_axes_replace_ticks(atlas):
    fig = charts.jobs_by_industry_figure(atlas, "kk", {})
    ax = fig.axes[0]
    fig.set_size_inches(9.9, 5.4)
    ChartCanvasAgg(fig).draw()
    names = category_texts(fig)
    assert len(names) == len(bar_lengths(ax)[0]) and not len(ax.get_yticks())
    renderer = fig.canvas.get_renderer()
    plot = ax.get_window_extent(renderer)
    tops = [t.get_window_extent(renderer) for t in names]
    assert all(box.x1 < plot.x0 for box in tops)  # left of the plot, none inside it
    assert all(a.y0 > b.y0 for a, b in zip(tops, tops[1:], strict=False))  # first on top


def test_the_font_files_follow_the_style_of_a_generic_family(monkeypatch):
    """A text in "sans-serif" is drawn with the first font of the style's list at draw time:
    a remembered answer must not outlive a change of that list."""
    import matplotlib as mpl
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(family="sans-serif", size=12)
    with mpl.rc_context({"font.sans-serif": ["DejaVu Sans"]}):
        dejavu = text_cache._font_files(prop)
    with mpl.rc_context({"font.sans-serif": ["DejaVu Sans Mono"], "font.family": "sans-serif"}):
        mono = text_cache._font_files(prop)
    assert dejavu[0].endswith("DejaVuSans.ttf") and mono[0].endswith("DejaVuSansMono.ttf")
