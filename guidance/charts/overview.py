"""Charts of the regional atlas: where the new jobs are, who trains for them, who finds work.

Each builder reads aggregates from ``guidance.atlas.stats`` and returns a fresh ``Figure``; the
UI rebuilds it when the language changes. Every chart ends with a footnote naming its sources and
the share of figures that are estimates or samples, because most of the atlas's splits are the
Bagdar team's estimates and a class must not read them as official statistics.

Names of industries, districts, professions and colleges come from the atlas in ``lang``; all
other words come from ``texts`` (see ``CHART_TEXTS``). Long names are wrapped on two lines and
cut with "…", and crowded axes get smaller labels, so nothing overlaps on a 9 × 5 inch canvas.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from guidance.atlas import stats
from guidance.atlas.models import LocalText
from guidance.atlas.reader import Atlas
from guidance.charts.bars import bars
from guidance.charts.style import (
    FOOTNOTE_COLOUR,
    add_footnote,
    add_key,
    category_axis,
    new_figure,
    palette,
    pt,
    set_title,
    show_no_data,
    styled,
    tr,
    values_on_bars,
    wrap_label,
)

LANGUAGE_GROUPS = {"kk": "Kazakh groups", "ru": "Russian groups", "en": "English groups"}
KIND_NAMES = ("official", "press", "estimate", "sample")
MAX_FOOTNOTE_SOURCES = 3
MAX_STACKS = 3  # districts shown one by one in a stacked bar (a key that fits beside a card's
# chart at any text size); the rest are "Other districts"


def _num(value: float, lang: str) -> str:
    """A whole number with the thousands separator of the language (1,310 / 1 310)."""
    text = f"{round(value):,}"
    return text if lang == "en" else text.replace(",", "\u00a0")


def footnote_text(atlas: Atlas, texts: Mapping[str, str], source_ids: Sequence[str],
                  lang: str = "en") -> str:
    """"Sources: A (press); B (estimate). 85% of the figures are estimates or samples." """
    summary = stats.source_summary(atlas, source_ids, lang)
    named = [f"{title} ({tr(texts, kind)})"
             for title, kind in summary.titles[:MAX_FOOTNOTE_SOURCES]]
    hidden = len(summary.titles) - len(named)
    if hidden > 0:
        named.append(tr(texts, "{count} more", count=hidden))
    sources = "; ".join(named)
    share = round(summary.estimated_percent)
    if share == 0:
        return tr(texts, "Sources: {sources}.", sources=sources)
    return tr(texts, "Sources: {sources}. {share}% of the figures are estimates or samples.",
              sources=sources, share=share)


def _finish(fig: Figure, atlas: Atlas, texts: Mapping[str, str], ids: Sequence[str],
            lang: str) -> Figure:
    """Add the source footnote (the layout fits everything else at draw time)."""
    if ids:
        add_footnote(fig, footnote_text(atlas, texts, ids, lang))
    return fig


def _hbars(ax: Axes, names: list[str], stacks: list[tuple[str, list[float]]], lang: str,
           width: int = 30, percent: bool = False) -> list[tuple[str, str]]:
    """Horizontal bars, first name on top, stacked when ``stacks`` has several series, with
    the total written at the end of each bar (so no scale under them; ``percent``: values
    in per cent, on a white ground, as a reference line may cross them). Returns the key's
    rows: each series' name and colour."""
    labels = [wrap_label(name, width) for name in names]
    positions = range(len(names))
    left = [0.0] * len(names)
    colours = palette()
    entries = []
    for i, (series, values) in enumerate(stacks):
        colour = colours[i % len(colours)]
        bars(ax, positions, values, starts=left, thickness=0.7, colours=colour)
        entries.append((series, colour))
        left = [a + b for a, b in zip(left, values, strict=True)]
    for y, total in zip(positions, left, strict=True):
        text = f"{total:.0f}%" if percent else _num(total, lang)
        # a white ground where a reference line may cross the value (the regional rate)
        ax.annotate(text, (total, y), xytext=(4, 0), textcoords="offset points",
                    va="center", ha="left", fontsize=pt(11), zorder=3,
                    bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"}
                    if percent else None)
    category_axis(ax, "y", labels)
    values_on_bars(ax, "x")
    ax.invert_yaxis()
    ax.margins(x=0.12)
    return entries


def _top_with_other(amounts: list[stats.Amount], limit: int, other: str
                    ) -> list[stats.Amount]:
    """The ``limit`` largest amounts, the rest summed into one "other" bar."""
    if len(amounts) <= limit + 1:
        return amounts
    rest = amounts[limit:]
    ids = tuple(sorted({s for a in rest for s in a.source_ids}))
    return amounts[:limit] + [stats.Amount("", LocalText(other, other, other),
                                           sum(a.value for a in rest), ids,
                                           tuple(sorted({k for a in rest for k in a.kinds})))]


def _simple_bars(atlas: Atlas, lang: str, texts: Mapping[str, str], amounts, title: str,
                 other: str, limit: int) -> Figure:
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        set_title(fig, title)
        if not amounts:
            show_no_data(ax, texts)
            return fig
        amounts = _top_with_other(amounts, limit, tr(texts, other))
        _hbars(ax, [a.name.get(lang) for a in amounts], [("", [a.value for a in amounts])],
               lang)
        ax.set_xlabel(tr(texts, "New jobs"))
        return _finish(fig, atlas, texts, stats.figure_source_ids(amounts), lang)


def jobs_by_industry_figure(atlas: Atlas, lang: str, texts: Mapping[str, str],
                            year: int = 2025, limit: int = 10) -> Figure:
    """New jobs of ``year`` per industry, the smallest industries summed as "other"."""
    return _simple_bars(atlas, lang, texts, stats.jobs_by_industry(atlas, year),
                        tr(texts, "New jobs by industry, {year}", year=year),
                        "Other industries", limit)


def jobs_by_district_figure(atlas: Atlas, lang: str, texts: Mapping[str, str],
                            year: int = 2025) -> Figure:
    """New jobs of ``year`` in Taraz and each district."""
    return _simple_bars(atlas, lang, texts, stats.jobs_by_district(atlas, year),
                        tr(texts, "New jobs by district, {year}", year=year),
                        "Other districts", 12)


def working_share_figure(atlas: Atlas, lang: str, texts: Mapping[str, str],
                         year: int = 2025) -> Figure:
    """One 100 % bar split into working professions and specialists, with the published share
    marked on it, so the atlas's split can be checked against the press figure at a glance."""
    split = stats.jobs_by_level(atlas, year)
    total = split.working + split.specialist
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        set_title(fig, tr(texts, "Working professions and specialists among new jobs, {year}",
                      year=year))
        if not total:
            show_no_data(ax, texts)
            return fig
        colours = palette()
        share = split.working_percent
        bars(ax, [0], [share], thickness=0.5, colours=colours[0])
        bars(ax, [0], [100 - share], starts=[share], thickness=0.5, colours=colours[1])
        ax.text(share / 2, 0, f"{_num(split.working, lang)} ({share:.0f}%)", ha="center",
                va="center", color="white", fontsize=pt(15), fontweight="bold")
        ax.annotate(f"{_num(split.specialist, lang)} ({100 - share:.0f}%)",
                    (100, 0.25), xytext=(0, 8), textcoords="offset points",
                    ha="right", va="bottom", fontsize=pt(13), color=colours[1],
                    fontweight="bold")
        ids = list(split.source_ids)
        if split.published is not None:
            value = split.published.value
            ax.plot([value, value], [-0.4, 0.27], color="black", linestyle="--", linewidth=2)
            ax.annotate(tr(texts, "Published figure: {share}% working professions",
                           share=f"{value:.0f}") + f" ({tr(texts, split.published.kind)})",
                        (value, -0.4), xytext=(0, -6), textcoords="offset points",
                        ha="right", va="top", fontsize=pt(12))
            ids.append(split.published.source_id)
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.75, 0.5)
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        values_on_bars(ax, "x")
        ax.set_xlabel(tr(texts, "Share of new jobs ({total} in all)", total=_num(total, lang)))
        add_key(ax, [(tr(texts, "Working professions"), colours[0]),
                     (tr(texts, "Mid-level specialists"), colours[1])], where="above")
        return _finish(fig, atlas, texts, ids, lang)


def top_professions_figure(atlas: Atlas, lang: str, texts: Mapping[str, str], n: int = 10,
                           first_year: int = 2025, last_year: int = 2027) -> Figure:
    """The ``n`` professions with most new jobs over the years, each bar stacked by year."""
    amounts = stats.top_professions(atlas, n, first_year, last_year)
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        set_title(fig, tr(texts, "Professions with the most new jobs, {first}–{last}",
                      first=first_year, last=last_year))
        if not amounts:
            show_no_data(ax, texts)
            return fig
        years = [str(y) for y in range(first_year, last_year + 1)]
        stacks = [(year, [float(dict(a.parts).get(year, 0)) for a in amounts]) for year in years]
        entries = _hbars(ax, [a.name.get(lang) for a in amounts], stacks, lang, width=34)
        ax.set_xlabel(tr(texts, "New jobs"))
        add_key(ax, entries, title=tr(texts, "Year"))
        return _finish(fig, atlas, texts, stats.figure_source_ids(amounts), lang)


def graduate_employment_figure(atlas: Atlas, lang: str, texts: Mapping[str, str],
                               limit: int = 10) -> Figure:
    """Employed graduates per speciality (the ``limit`` with most graduates) against the
    regional rate as a reference line."""
    employment = stats.graduate_employment(atlas)
    rates = list(employment.specialities)
    if len(rates) > limit:
        largest = sorted(rates, key=lambda r: (-r.graduates, r.key))[:limit]
        rates = [r for r in rates if r in largest]
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        items = rates + ([employment.regional] if employment.regional else [])
        if not rates:
            set_title(fig, tr(texts, "Graduates employed by speciality"))
            show_no_data(ax, texts)
            return fig
        first, last = min(r.year_from for r in rates), max(r.year_to for r in rates)
        period = str(last) if first == last else f"{first}–{last}"
        set_title(fig, tr(texts, "Graduates employed by speciality, {period}", period=period))
        _hbars(ax, [r.name.get(lang) for r in rates], [("", [r.percent for r in rates])],
               lang, width=34, percent=True)
        ax.set_xlim(0, 100)
        ax.set_xlabel(tr(texts, "Graduates employed, %"))
        if len(rates) < len(employment.specialities):
            ax.set_title(tr(texts, "The {n} specialities with the most graduates",
                            n=len(rates)), color=FOOTNOTE_COLOUR, fontsize=pt(12),
                         fontweight="normal")
        if employment.regional:
            region = employment.regional
            ax.set_ylim(len(rates) - 0.5, -1.4)  # a free row on top for the line's label
            ax.plot([region.percent] * 2, [len(rates) - 0.5, -1.0], color="black",
                    linestyle="--", linewidth=2, zorder=0.5)
            label = tr(texts, "Region: {share}%", share=f"{region.percent:.0f}")
            ax.annotate(f"{label} ({tr(texts, region.kinds[0])})" if region.kinds else label,
                        (region.percent, -1.0), xytext=(-4, 0), textcoords="offset points",
                        ha="right", va="center", fontsize=pt(12), fontweight="bold")
        return _finish(fig, atlas, texts, stats.figure_source_ids(items), lang)


def profession_demand_figure(atlas: Atlas, profession_id: str, lang: str,
                             texts: Mapping[str, str]) -> Figure:
    """New jobs of one profession per year, each bar stacked by district."""
    amounts = stats.profession_demand(atlas, profession_id)
    name = atlas.profession(profession_id).name.get(lang)
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        set_title(fig, tr(texts, "{profession}: new jobs by year", profession=name))
        if not amounts:
            show_no_data(ax, texts)
            return fig
        totals: dict[str, int] = {}
        for amount in amounts:
            for district, jobs in amount.parts:
                totals[district] = totals.get(district, 0) + jobs
        ranked = sorted(totals, key=lambda d: (-totals[d], d))
        shown = ranked if len(ranked) <= MAX_STACKS + 1 else ranked[:MAX_STACKS]
        series = [(atlas.district(d).name.get(lang), [dict(a.parts).get(d, 0) for a in amounts])
                  for d in shown]
        if len(shown) < len(ranked):
            series.append((tr(texts, "Other districts"),
                           [sum(j for d, j in a.parts if d not in shown) for a in amounts]))
        colours = palette()
        bottom = [0] * len(amounts)
        x = range(len(amounts))
        entries = []
        for i, (label, values) in enumerate(series):
            colour = colours[i % len(colours)]
            bars(ax, x, values, starts=bottom, thickness=0.6, horizontal=False, colours=colour)
            entries.append((wrap_label(label, 22), colour))
            bottom = [a + b for a, b in zip(bottom, values, strict=True)]
        for xi, total in zip(x, bottom, strict=True):
            ax.annotate(_num(total, lang), (xi, total), xytext=(0, 3),
                        textcoords="offset points", ha="center", va="bottom",
                        fontweight="bold")
        category_axis(ax, "x", [a.key for a in amounts])
        values_on_bars(ax, "y")
        ax.margins(y=0.12)
        ax.set_ylabel(tr(texts, "New jobs"))
        add_key(ax, entries, title=tr(texts, "District"))
        return _finish(fig, atlas, texts, stats.figure_source_ids(amounts), lang)


def college_places_figure(atlas: Atlas, college_id: str, lang: str,
                          texts: Mapping[str, str]) -> Figure:
    """State-funded places per speciality of one college, stacked by teaching language."""
    amounts = stats.college_places(atlas, college_id)
    name = atlas.college(college_id).name.get(lang)
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        set_title(fig, tr(texts, "{college}: state-funded places by speciality", college=name))
        if not amounts:
            show_no_data(ax, texts)
            return fig
        languages = [lang_ for lang_ in LANGUAGE_GROUPS
                     if any(dict(a.parts).get(lang_) for a in amounts)]
        stacks = [(tr(texts, LANGUAGE_GROUPS[lang_]),
                   [float(dict(a.parts).get(lang_, 0)) for a in amounts]) for lang_ in languages]
        entries = _hbars(ax, [a.name.get(lang) for a in amounts], stacks, lang, width=40)
        ax.set_xlabel(tr(texts, "State-funded places"))
        if len(stacks) > 1:  # beside the bars: a college may have a single speciality
            add_key(ax, entries)
        return _finish(fig, atlas, texts, stats.figure_source_ids(amounts), lang)
