"""Charts fit their canvas: no title, footnote, axis label or category name overlaps another or
leaves the canvas, in kk, ru and en and at every text size (A−…A+); A+ enlarges chart text;
one size rule for labels; the card charts in Kazakh and Russian look like their baselines."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from guidance import charts
from guidance.charts.layout import category_texts, parts
from tests import test_charts
from tests.test_charts import assert_matches_baseline, overview_builders

# the chart tests' fixtures, shared
places_atlas = test_charts.places_atlas
riasec_scores = test_charts.riasec_scores
ddo_scores = test_charts.ddo_scores


def translated_texts(lang: str) -> dict[str, str]:
    """The chart words as the app shows them in ``lang`` (from the shipped translations)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(Path(__file__).resolve().parent.parent / "resources" / "i18n"
                    / f"bagdar_{lang}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") == "ChartTexts":
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text and \
                        translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                    found[message.findtext("source")] = translation.text
    return found


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("name", ["profession_demand", "college_places"])
def test_card_chart_matches_its_baseline(atlas, places_atlas, name, lang, tmp_path):
    fig = overview_builders(atlas, places_atlas)[name](lang, translated_texts(lang))
    assert_matches_baseline(fig, f"{name}_{lang}", tmp_path)


CARD_CANVAS = (6.8, 3.0)  # inches at 100 dpi: the chart under a card at 1024×768
OVERVIEW_CANVAS = (9.9, 5.4)


def overlap(a, b, slack: float = 1.0) -> bool:
    return (a.x0 < b.x1 - slack and b.x0 < a.x1 - slack and a.y0 < b.y1 - slack
            and b.y0 < a.y1 - slack)


def layout_problems(fig: Figure) -> list[str]:
    """Texts that leave the canvas, and title, footnote, axis labels and category labels that
    run into each other."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    page = fig.bbox
    problems = []
    ax = fig.axes[0]
    tick_texts, shown_ticks = set(), []
    for axis, (lo, hi) in ((ax.xaxis, sorted(ax.get_xlim())), (ax.yaxis, sorted(ax.get_ylim()))):
        for tick in axis.get_major_ticks():
            tick_texts.add(id(tick.label1))
            if lo - 1e-9 <= tick.get_loc() <= hi + 1e-9 and tick.label1.get_text():
                shown_ticks.append(tick.label1)  # only ticks in the view are drawn
    texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()
             and id(t) not in tick_texts] + shown_ticks
    for text in texts:
        box = text.get_window_extent(renderer)
        if box.x0 < page.x0 - 1 or box.x1 > page.x1 + 1 or box.y0 < page.y0 - 1 or \
                box.y1 > page.y1 + 1:
            problems.append(f"outside the canvas: {text.get_text()!r}")
    framed = [fig._suptitle, fig._supxlabel, ax.yaxis.label, ax.xaxis.label]
    framed = [t for t in framed if t is not None and t.get_text()]
    for i, a in enumerate(framed):
        for b in framed[i + 1:]:
            if overlap(a.get_window_extent(renderer), b.get_window_extent(renderer)):
                problems.append(f"{a.get_text()!r} runs into {b.get_text()!r}")
    names = {axis: [t for t in category_texts(fig, axis) if t.get_text()] for axis in "xy"}
    ticks = shown_ticks + names["x"] + names["y"]
    for outer in (fig._suptitle, fig._supxlabel):
        if outer is not None and outer.get_text():
            box = outer.get_window_extent(renderer)
            if overlap(box, ax.get_window_extent(renderer)) or any(
                    overlap(box, t.get_window_extent(renderer)) for t in ticks):
                problems.append(f"{outer.get_text()!r} runs into the plot")
    for axis in (ax.xaxis, ax.yaxis):
        boxes = [t.get_window_extent(renderer) for t in shown_ticks if t.axes is ax
                 and t in axis.get_ticklabels()]
        problems += [f"tick labels overlap: {a} {b}"
                     for a, b in zip(boxes, boxes[1:], strict=False) if overlap(a, b)]
    key = parts(fig).key
    if key is not None:  # the key's rows: beside or above the plot, clear of titles and names
        others = [("the plot", ax.get_window_extent(renderer))] + [
            (what, t.get_window_extent(renderer)) for what, t in
            (("the title", fig._suptitle), ("the footnote", fig._supxlabel))
            if t is not None and t.get_text()]
        for row in [t for t in [key.title, *key.names, *key.marks] if t is not None]:
            box = row.get_window_extent(renderer)
            problems += [f"the key runs into {what}: {row.get_text()!r}"
                         for what, other in others if overlap(box, other)]
        boxes = sorted((t.get_window_extent(renderer) for t in [key.title, *key.names]
                        if t is not None), key=lambda b: -b.y1)
        problems += [f"key rows overlap: {a} {b}"
                     for a, b in zip(boxes, boxes[1:], strict=False) if overlap(a, b)]
    for axis in "xy":  # names of neighbouring bars
        boxes = [t.get_window_extent(renderer) for t in names[axis]]
        problems += [f"category names overlap: {a} {b}"
                     for a, b in zip(boxes, boxes[1:], strict=False) if overlap(a, b)]
        problems += [f"a category name runs into the plot: {t.get_text()!r}"
                     for t in names[axis]
                     if overlap(t.get_window_extent(renderer), ax.get_window_extent(renderer))]
    return problems


@pytest.mark.parametrize("name", ["jobs_by_industry", "working_share", "jobs_by_district",
                                  "top_professions", "graduate_employment",
                                  "profession_demand", "college_places"])
def test_no_text_overlaps_or_leaves_the_canvas(atlas, places_atlas, name):
    from guidance.charts.style import text_scale

    build = overview_builders(atlas, places_atlas)[name]
    canvas = CARD_CANVAS if name in ("profession_demand", "college_places") else OVERVIEW_CANVAS
    for lang, scale in (("kk", 1.0), ("ru", 1.5), ("kk", 1.5), ("en", 0.9)):
        with text_scale(scale):
            fig = build(lang, translated_texts(lang) if lang != "en" else {})
        # the explorer gives a chart more height at a larger text size (CardChart)
        fig.set_size_inches(canvas[0], canvas[1] * max(scale, 1.0))
        assert layout_problems(fig) == [], (lang, scale)


def test_the_profile_charts_fit_at_every_text_size(atlas, riasec_scores, ddo_scores):
    from guidance.charts.style import text_scale

    for scale in (0.9, 1.5):
        for lang in ("kk", "ru"):
            names = {code: t.name.get(lang) for code, t in atlas.interest_types("riasec").items()}
            klimov = {code: t.name.get(lang) for code, t in atlas.interest_types("klimov").items()}
            with text_scale(scale):
                figures = [charts.riasec_profile_figure(riasec_scores, {}, names),
                           charts.ddo_figure(ddo_scores, {}, klimov)]
            for fig in figures:
                fig.set_size_inches(7.5, 4.2)
                assert layout_problems(fig) == [], (lang, scale)


def test_a_larger_text_size_makes_every_chart_text_larger(atlas):
    from guidance.charts.style import text_scale

    def sizes(fig: Figure) -> list[float]:
        fig.draw_without_rendering()
        return [fig._suptitle.get_fontsize(), fig._supxlabel.get_fontsize(),
                fig.axes[0].xaxis.label.get_fontsize()]

    normal = sizes(charts.profession_demand_figure(atlas, "nurse", "kk", {}))
    with text_scale(1.3):
        larger = sizes(charts.profession_demand_figure(atlas, "nurse", "kk", {}))
    assert all(b == pytest.approx(a * 1.3) for a, b in zip(normal, larger, strict=True))


def test_category_labels_are_never_smaller_than_the_tick_labels(atlas, ddo_scores):
    klimov = {code: t.name.get("kk") for code, t in atlas.interest_types("klimov").items()}
    fig = charts.ddo_figure(ddo_scores, {}, klimov)
    fig.set_size_inches(*CARD_CANVAS)
    fig.draw_without_rendering()
    ax = fig.axes[0]
    category = category_texts(fig, "x")[0].get_fontsize()
    assert ax.get_yticklabels()[0].get_fontsize() <= category
