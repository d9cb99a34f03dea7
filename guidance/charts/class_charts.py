"""Charts of a whole class for the counsellor's class report and the parents' meeting.

They show counts of students, never one student's answers, so a class report can be printed
and discussed without singling anyone out. The gap chart sets the class's interests against the
region's new jobs by type of work: the question parents ask is "will there be work for what our
children like?", and bars side by side answer it at a glance.

Same conventions as ``overview``: a fresh ``Figure`` built inside the shared style, type names
from the atlas (``type_names``), every other word from ``texts`` (keys in ``CLASS_CHART_TEXTS``,
plus "No data" of ``CHART_TEXTS``). The report pastes them as images into an A4 page, so labels
are kept short and values are written on the bars (a printed chart has no tooltips).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from matplotlib.figure import Figure

from guidance.charts.bars import bars
from guidance.charts.profile import KLIMOV_ORDER, _klimov_label
from guidance.charts.style import (
    add_footnote,
    add_key,
    category_axis,
    new_figure,
    palette,
    set_title,
    show_no_data,
    styled,
    tr,
    values_on_bars,
    wrap_label,
)
from guidance.disclosure import MARK, hidden_cells
from guidance.scoring import HEXAGON

CLASS_CHART_TEXTS: tuple[str, ...] = (
    "Interests in the class ({n} students)",
    "First letter of the Holland code",
    "Most common Holland codes",
    "Students",
    "Types of work the class chose most ({n} students)",
    "A student with a tie counts once for each tied type.",
    "The class's interests and the region's new jobs",
    "Class: students whose code starts with this letter",
    "Region: new jobs {first}–{last} in professions of this type",
    "Region: new jobs of {year} in professions of this type",
    "Share, %",
    "No clear type yet",
)
UNCLEAR = "unclear"  # the interest chart's row of students whose answers point to no type yet
TOP_CODES = 6


def _type_label(type_names: Mapping[str, str], letter: str, width: int = 22) -> str:
    return f"{wrap_label(type_names.get(letter, letter), width)} ({letter})"


def interest_counts(codes: list[str], unclear: int | None = None) -> dict[str, int]:
    """Students per first letter of their code (hexagon order), plus the ``UNCLEAR`` row when
    ``unclear`` is given: the distribution whose small cells the parents' report hides."""
    firsts = Counter(code[0] for code in codes if code and code[0] in HEXAGON)
    counts = {letter: firsts.get(letter, 0) for letter in HEXAGON}
    return counts if unclear is None else {**counts, UNCLEAR: unclear}


def hidden_in(counts: dict[str, int], min_count: int) -> frozenset[str]:
    """The cells not printed (``guidance.disclosure``); none when ``min_count`` is 1."""
    return hidden_cells(counts, min_count) if min_count > 1 else frozenset()


def _count_bars(ax, labels: list[str], counts: list[int], colour: str,
                bold: set[int] | None = None, hidden: set[int] | frozenset[int] = frozenset(),
                ) -> None:
    """Horizontal bars, first label on top, each with its count written at its end; a bar
    whose position is in ``hidden`` is not drawn and its count is written ``MARK``."""
    positions = range(len(labels))
    shown = [0 if y in hidden else c for y, c in zip(positions, counts, strict=True)]
    bars(ax, positions, shown, thickness=0.65, colours=colour)
    for y, count in zip(positions, shown, strict=True):
        label = MARK if y in hidden else str(count)
        ax.annotate(label, (count, y), xytext=(4, 0), textcoords="offset points",
                    ha="left", va="center", fontsize=11,
                    fontweight="bold" if bold and y in bold else "normal")
    category_axis(ax, "y", labels)
    values_on_bars(ax, "x")
    ax.invert_yaxis()
    ax.margins(x=0.15)


def listed_codes(codes: list[str], hidden: frozenset[str], min_count: int,
                 top: int = TOP_CODES) -> list[tuple[str, int]]:
    """The most common codes to print beside the letters: at least ``min_count`` students
    each, none of a hidden letter (it would bound the letter's hidden count), and for each
    shown letter the students of its unlisted codes are 0 or at least ``min_count`` — else
    "S: 5, SAE: 4" would say one student has another S code — so its rarest listed code goes."""
    tally = Counter(code for code in codes if code and code[0] not in hidden)
    common = sorted(((code, n) for code, n in tally.items() if n >= min_count),
                    key=lambda kv: (-kv[1], kv[0]))[:top]
    if min_count > 1:
        firsts = Counter(code[0] for code in codes if code)
        for letter in dict.fromkeys(code[0] for code, _ in common):
            rest = firsts[letter] - sum(n for code, n in common if code[0] == letter)
            if 0 < rest < min_count:
                rarest = min((kv for kv in common if kv[0][0] == letter), key=lambda kv: kv[1])
                common.remove(rarest)
    return common


def holland_distribution_figure(codes: list[str], texts: Mapping[str, str],
                                type_names: Mapping[str, str], min_count: int = 1,
                                unclear: int | None = None) -> Figure:
    """How many students' codes start with each RIASEC letter (hexagon order); the most common
    three-letter codes are text beside it (``listed_codes``: crisp in print, and one axes is
    laid out in one pass — two took the class report half its time). ``codes`` has one
    Holland code per student; the
    caller leaves out flat profiles, whose code means little, and may count them (with the
    codeless) in ``unclear``, a last row, so that the title's total holds every student. With
    ``min_count`` 3 (a report for parents) the cells ``guidance.disclosure`` hides read
    ``MARK``."""
    codes = [code for code in codes if code and code[0] in HEXAGON]
    with styled():
        fig = new_figure()
        set_title(fig, tr(texts, "Interests in the class ({n} students)",
                          n=len(codes) + (unclear or 0)))
        if not codes:
            show_no_data(fig.add_subplot(), texts)
            return fig
        left = fig.add_subplot()
        distribution = interest_counts(codes, unclear)
        hidden = hidden_in(distribution, min_count)
        rows = list(distribution)
        counts = list(distribution.values())
        top = max(c for row, c in distribution.items() if row != UNCLEAR)
        labels = [tr(texts, "No clear type yet") if row == UNCLEAR else
                  _type_label(type_names, row) for row in rows]
        _count_bars(left, labels, counts, palette()[0],
                    {i for i, (row, c) in enumerate(distribution.items())
                     if c == top and row != UNCLEAR and row not in hidden},
                    {i for i, row in enumerate(rows) if row in hidden})
        left.set_title(tr(texts, "First letter of the Holland code"), fontsize=12,
                       fontweight="normal")
        left.set_xlabel(tr(texts, "Students"))
    return fig


def ddo_distribution_figure(leading_types: list[str], texts: Mapping[str, str],
                            type_names: Mapping[str, str], students: int | None = None,
                            min_count: int = 1) -> Figure:
    """How many students have each Klimov type as their leading type. ``leading_types`` holds
    every student's leading types one after another, so a tie counts once for each tied type
    (the footnote then says so); ``students`` is the number of students behind them for the
    title (by default the number of entries, right when there are no ties). With ``min_count``
    3 the cells ``guidance.disclosure`` hides read ``MARK`` (the sum of the counts is treated
    as printed, even with ties, which tells less)."""
    known = [t for t in leading_types if t in KLIMOV_ORDER]
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        set_title(fig, tr(texts, "Types of work the class chose most ({n} students)",
                          n=len(known) if students is None else students))
        if not known:
            show_no_data(ax, texts)
            return fig
        tally = Counter(known)
        counts = [tally.get(kind, 0) for kind in KLIMOV_ORDER]
        colours = palette()
        top = max(counts)
        hidden = hidden_in(dict(zip(KLIMOV_ORDER, counts, strict=True)), min_count)
        shown = [0 if kind in hidden else c for kind, c in zip(KLIMOV_ORDER, counts, strict=True)]
        bars(ax, range(len(KLIMOV_ORDER)), shown, thickness=0.6, horizontal=False,
             colours=[colours[0] if c == top else colours[4] for c in shown])
        for x, count, kind in zip(range(len(KLIMOV_ORDER)), shown, KLIMOV_ORDER, strict=True):
            ax.annotate(MARK if kind in hidden else str(count), (x, count), xytext=(0, 3),
                        textcoords="offset points", ha="center", va="bottom",
                        fontweight="bold" if count == top else "normal")
        category_axis(ax, "x", [_klimov_label(type_names.get(kind, kind))
                                for kind in KLIMOV_ORDER],
                      bold=[count == top for count in shown])
        values_on_bars(ax, "y")
        ax.margins(y=0.15)
        ax.set_ylabel(tr(texts, "Students"))
        if students is not None and len(known) > students:
            add_footnote(fig, tr(texts, "A student with a tie counts once for each tied type."))
    return fig


def gap_figure(class_shares: dict[str, float], region_shares: dict[str, float],
               texts: Mapping[str, str], type_names: Mapping[str, str], footnote: str = "",
               first_year: int = 2025, last_year: int = 2027,
               hidden: frozenset[str] = frozenset()) -> Figure:
    """The class's interests against the region's demand by type of work: per RIASEC letter
    (hexagon order), the share of students whose code starts with it beside the share of the
    new jobs of ``first_year``–``last_year`` in professions whose code starts with it. Shares
    are fractions (0–1); ``footnote`` names the sources of the region's figures. The class's
    bar of a letter in ``hidden`` (``guidance.disclosure``) is not drawn and reads ``MARK``."""
    with styled():
        fig = new_figure()
        ax = fig.add_subplot()
        set_title(fig, tr(texts, "The class's interests and the region's new jobs"))
        if not any(class_shares.values()) and not any(region_shares.values()):
            show_no_data(ax, texts)
            return fig
        colours = palette()
        width = 0.38
        series = (
            (-width / 2, class_shares, colours[0],
             tr(texts, "Class: students whose code starts with this letter")),
            (width / 2, region_shares, colours[1],
             tr(texts, "Region: new jobs of {year} in professions of this type",
                year=first_year) if first_year == last_year else
             tr(texts, "Region: new jobs {first}–{last} in professions of this type",
                first=first_year, last=last_year)),
        )
        for offset, shares, colour, _label in series:
            masked = hidden if shares is class_shares else frozenset()
            values = [0.0 if letter in masked else 100.0 * shares.get(letter, 0.0)
                      for letter in HEXAGON]
            rows = [i + offset for i in range(len(HEXAGON))]
            bars(ax, rows, values, thickness=width, colours=colour)
            for row, value, letter in zip(rows, values, HEXAGON, strict=True):
                text = MARK if letter in masked else f"{value:.0f}%"
                ax.annotate(text, (value, row),
                            xytext=(3, 0), textcoords="offset points", ha="left",
                            va="center", fontsize=10)
        # Lying bars, as in the student's profile chart: long type names fit on the left.
        category_axis(ax, "y", [_type_label(type_names, letter) for letter in HEXAGON])
        values_on_bars(ax, "x")
        ax.invert_yaxis()
        ax.set_xlim(0, 100)
        ax.margins(y=0.02)
        ax.set_xlabel(tr(texts, "Share, %"))
        # Above the bars, so that a long bar (the region's R often is) never hides it.
        add_key(ax, [(label, colour) for _offset, _shares, colour, label in series],
                where="above", size=11)
        if footnote:
            add_footnote(fig, footnote)
    return fig
