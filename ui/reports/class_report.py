"""The class report for a parents' meeting: what a class's results say as a whole.

It is anonymous: counts, never one student's profile and never a name — three charts (the
class's Holland codes, its DDO types, and the gap chart setting the class's interests against
the region's new jobs) and conclusions in plain words worked out from those numbers. A count of
one or two students could point at a child ("the one who likes art"), so it is written "x"
and a sentence resting on it is left out; a class with fewer than three completed
questionnaires shows no figures at all. The named list (codes and notes per student) is a
separate report for the counsellor only (``ui.reports.class_list``).

Hiding a count of one or two is not enough when the total is printed beside it (the charts'
titles, "24 of 25"): ``guidance.disclosure`` hides one more count with it when the small one
could be worked out by subtraction, and the charts, the gap chart's percentages and the
conclusions all hide the same cells. The interest figures count every student who answered the
interest questionnaire, those whose answers point to no type yet in a row of their own: left
out, their number would be the completed total minus the chart's.

A school class has 25 students, a whole-school report a thousand: every number comes from the
stored results in one query (``class_scores``) and the charts are three whatever the size.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QTextDocument

from guidance.atlas import Atlas
from guidance.atlas.demand_types import demand_share_by_riasec_letter, demand_years
from guidance.disclosure import SMALLEST, hidden_cells, withheld
from guidance.records import RecordsStore
from guidance.records.queries import class_scores
from guidance.scoring import HEXAGON
from guidance.textnorm import sort_key
from ui.reports.chart_cache import PictureCache, frozen
from ui.reports.document import (
    badge,
    date_text,
    header_html,
    new_document,
    set_body,
)
from ui.reports.report_texts import ReportTexts, Words

CHART_WIDTH_MM = 150
SMALL_CHART_WIDTH_MM = 125  # five bars need less room
FIRST_YEAR, LAST_YEAR = 2025, 2027
NOT_FOR_PARENTS = ("sample",)  # source kinds whose figures a parents' report never uses
MAJORITY = 0.5  # "most of the class" above this share
GAP_POINTS = 0.15  # a difference of 15 percentage points is worth a sentence
REGION_MANY = 0.10  # a type with at least 10 % of the new jobs is "needed"
WORK = {"R": "practical, hands-on work", "I": "research and analysis", "A": "creative work",
        "S": "working with and helping people", "E": "leading, selling and organising",
        "C": "office, accounting and orderly work with data"}
FLAG_WORDS = {"incomplete": "incomplete", "flat": "evenly spread",
              "mostly_unsure": "mostly unsure", "too_fast": "very fast",
              "inconsistent": "inconsistent"}
CHECK_FLAGS = ("incomplete", "too_fast", "inconsistent")
UNCLEAR = "unclear"  # same key as the interest chart's row (guidance.charts.class_charts)
WITHHELD = ("This chart is left out: some of its groups are so small that a child could be "
            "recognised, and its other figures would give their size away.")
e = html.escape
PICTURES = PictureCache()  # the charts of the last few class reports (``chart_cache``)


def heading(text: str) -> str:
    return f"<h2>{e(text)}</h2>"


@dataclass(frozen=True)
class Row:
    name: str
    code: str  # "" without a (clear) RIASEC result
    flat: bool
    leading: tuple[str, ...]
    flags: tuple[str, ...]
    completed: bool
    interests: bool = True  # answered the interest (Holland) questionnaire


def interest_counts(rows: list[Row]) -> dict[str, int]:
    """Completed students who answered the interest questionnaire, by their code's first
    letter, and ``UNCLEAR``: flat answers or no clear code."""
    took = [r for r in rows if r.completed and r.interests]
    firsts = Counter(r.code[0] for r in took if r.code and not r.flat)
    counts = {letter: firsts.get(letter, 0) for letter in HEXAGON}
    return {**counts, UNCLEAR: len(took) - sum(counts.values())}


def class_rows(store: RecordsStore, class_name: str) -> list[Row]:
    """One row per student of the class, those without a completed result included."""
    rows, done = [], set()
    for score in class_scores(store, class_name):
        rows.append(Row(score.display_name, score.code, "flat" in score.flags, score.leading,
                        score.flags, True, score.interests))
        done.add(score.student_id)
    for student_id in store.student_ids(class_name):
        if student_id not in done:
            rows.append(Row(store.student(student_id).display_name, "", False, (), (), False))
    return sorted(rows, key=lambda r: sort_key(r.name))


def first_letter_shares(interests: dict[str, int]) -> dict[str, float]:
    """Each letter's share of every student counted in ``interests`` (``UNCLEAR`` included)."""
    total = sum(interests.values())
    return {letter: interests.get(letter, 0) / total if total else 0.0 for letter in HEXAGON}


def conclusions(t: Words, rows: list[Row], region: dict[str, float],
                type_names: dict[str, str], smallest: int = 1) -> list[str]:
    """Sentences for the parents' meeting, each resting on numbers shown in the charts; with
    ``smallest`` 3 a sentence that would print a count ``guidance.disclosure`` hides (in the
    interest, DDO or "to talk through" distribution) is left out."""
    done = [r for r in rows if r.completed]
    distributions = {
        "interest": interest_counts(rows),
        "ddo": dict(Counter(kind for r in done for kind in r.leading)),
        "check": {"check": sum(1 for r in done if any(f in CHECK_FLAGS for f in r.flags)),
                  "rest": sum(1 for r in done if not any(f in CHECK_FLAGS for f in r.flags))},
    }
    hidden = {(name, cell) for name, counts in distributions.items() if smallest > 1
              for cell in hidden_cells(counts, smallest)}
    return [text for text, cells in _conclusions(t, rows, region, type_names)
            if not hidden.intersection(cells)]


def _conclusions(t: Words, rows: list[Row], region: dict[str, float],
                 type_names: dict[str, str]) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """The sentences, each with the cells (distribution, cell) whose counts it prints."""
    done = [r for r in rows if r.completed]
    if not done:
        return [(t("No student of this class has completed the questionnaire yet."), ())]
    interests = interest_counts(rows)
    n = sum(interests.values())
    counts = {letter: interests[letter] for letter in HEXAGON}
    said: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    region_top = max(HEXAGON, key=lambda letter: region.get(letter, 0.0))
    pct = {letter: round(100 * region.get(letter, 0.0)) for letter in HEXAGON}
    if any(counts.values()):
        letter, k = max(counts.items(), key=lambda kv: (kv[1], -HEXAGON.index(kv[0])))
        key = ("Most of the class ({k} of {n}) are drawn to {work} ({letter})." if k / n >
               MAJORITY else "The largest group ({k} of {n}) are drawn to {work} ({letter}).")
        sentence = t(key, k=k, n=n, work=t(WORK[letter]), letter=letter)
        if letter == region_top:
            sentence += " " + t("The region's new jobs are mostly of this type too ({share}% "
                                "of them).", share=pct[letter])
        elif region.get(letter, 0.0) >= REGION_MANY:
            sentence += " " + t("The region needs this type of work too: {share}% of its new "
                                "jobs.", share=pct[letter])
        else:
            sentence += " " + t("Most of the region's new jobs ({share}%) are in {work} "
                                "({letter}).", share=pct[region_top], work=t(WORK[region_top]),
                                letter=region_top)
        said.append((sentence, (("interest", letter),)))
        shares = first_letter_shares(interests)
        for other in HEXAGON:
            gap = region.get(other, 0.0) - shares[other]
            if other != letter and region.get(other, 0.0) >= REGION_MANY and gap >= GAP_POINTS:
                said.append((t("Few students ({k} of {n}) chose {work} ({letter}), while "
                               "{share}% of the region's new jobs are of this type.",
                               k=counts[other], n=n, work=t(WORK[other]), letter=other,
                               share=pct[other]), (("interest", other),)))
        for other in HEXAGON:
            if shares[other] - region.get(other, 0.0) >= GAP_POINTS and \
                    region.get(other, 0.0) < REGION_MANY:
                said.append((t("{k} of {n} students lean to {work} ({letter}), but only "
                               "{share}% of the region's new jobs are of this type: it is worth "
                               "showing them where these interests are useful in other "
                               "professions too.", k=counts[other], n=n, work=t(WORK[other]),
                               letter=other, share=pct[other]), (("interest", other),)))
    if interests[UNCLEAR]:
        said.append((t("Answers that do not point to one kind of work yet: {k} of {n} "
                       "students. A talk with the counsellor will help them.",
                       k=interests[UNCLEAR], n=n), (("interest", UNCLEAR),)))
    leading = Counter(kind for r in done if r.leading for kind in r.leading)
    with_ddo = sum(1 for r in done if r.leading)
    if leading:
        kind, k = leading.most_common(1)[0]
        said.append((t("In the types-of-work questionnaire the most chosen type is {type} "
                       "({k} of {n} students).", type=type_names.get(kind, kind), k=k,
                       n=with_ddo), (("ddo", kind),)))
    check = sum(1 for r in done if any(f in CHECK_FLAGS for f in r.flags))
    if check:
        said.append((t("Results to talk through before drawing conclusions (very fast "
                       "answers, questions left out or inconsistent choices): {k} of {n} "
                       "students.", k=check, n=len(done)), (("check", "check"),)))
    return said


def common_codes_table(t: Words, chart_texts: dict[str, str],
                       common: list[tuple[str, int]]) -> str:
    """The most common three-letter codes under the interest chart, as text: a code is a
    word parents may look up, so it is printed, not drawn."""
    if not common:
        return ""
    cells = "".join(f"<th>{e(code)}</th>" for code, _ in common)
    counts = "".join(f"<td>{n}</td>" for _, n in common)
    return (f'<h3>{e(chart_texts["Most common Holland codes"])}</h3>'
            f'<table cellspacing="0" cellpadding="3" border="1" style="border-style:solid; '
            f'border-color:#999999;"><tr><th>{e(t("Holland code"))}</th>{cells}</tr>'
            f'<tr><td>{e(t("Students"))}</td>{counts}</tr></table>')


def class_report_document(atlas: Atlas, store: RecordsStore, class_name: str, lang: str = "kk",
                          school_name: str = "", on: date | None = None) -> QTextDocument:
    """The report of ``class_name`` in ``lang``, dated ``on`` (default: today)."""
    from guidance.charts.class_charts import (
        ddo_distribution_figure,
        gap_figure,
        holland_distribution_figure,
        listed_codes,
    )
    from guidance.charts.overview import footnote_text

    texts = ReportTexts()
    t = Words(texts.texts(lang))
    chart_texts = texts.all_chart_texts(lang)
    riasec_names = {c: k.name.get(lang) for c, k in atlas.interest_types("riasec").items()}
    klimov_names = {c: k.name.get(lang) for c, k in atlas.interest_types("klimov").items()}
    rows = class_rows(store, class_name)
    done = [r for r in rows if r.completed]
    codes = [r.code for r in done if r.interests and r.code and not r.flat]
    interests = interest_counts(rows)
    hidden = hidden_cells(interests, SMALLEST)
    # Illustrative ("sample") demand never drives what parents are told: the region's figure
    # rests on confirmed and estimated rows only, and names the years those cover.
    first_year, last_year = demand_years(atlas, FIRST_YEAR, LAST_YEAR, NOT_FOR_PARENTS) or \
        (FIRST_YEAR, LAST_YEAR)
    region, source_ids = demand_share_by_riasec_letter(atlas, first_year, last_year,
                                                       NOT_FOR_PARENTS)
    common_key = (frozen(chart_texts), frozen(riasec_names), SMALLEST)  # what every chart reads

    title = t("Class report")
    footer = " · ".join(p for p in (school_name, t("Class {class_name}", class_name=class_name),
                                    t("Page {page} of {pages}")) if p)
    doc = new_document(f"{title}: {class_name}", footer)
    completed = t("{done} of {total} students have completed the questionnaire.",
                  done=len(done), total=len(rows))
    parts = [header_html(f"{title}: {class_name}", school_name,
                         t("Date: {date}", date=date_text(on or date.today()))),
             f"<p>{e(completed)}</p>"]
    if 0 < len(done) < SMALLEST:
        few = t("Fewer than 3 students have completed the questionnaire, so the class's "
                "figures are not shown: no child should be recognisable in them.")
        parts.append(f"<p>{e(few)}</p>")
        set_body(doc, parts)
        return doc
    parts.append(heading(t("Conclusions for the parents' meeting")))
    parts += [f"<p>• {e(line)}</p>"
              for line in conclusions(t, rows, region, klimov_names, SMALLEST)]
    if codes and withheld(interests, hidden):
        parts.append(f"<p>{e(t(WITHHELD))}</p>")
    elif codes:
        footnote = footnote_text(atlas, chart_texts, source_ids, lang) if source_ids else ""
        shares, masked = first_letter_shares(interests), hidden - {UNCLEAR}
        parts.append(PICTURES.add(doc, (
            "gap", lang, frozen(shares), frozen(region), common_key, footnote, masked,
            first_year, last_year),
            lambda: gap_figure(shares, region, chart_texts, riasec_names, footnote, first_year,
                               last_year, masked), "gap", CHART_WIDTH_MM))
        kinds = sorted({atlas.source(s).kind for s in source_ids})
        if kinds:
            badges = " ".join(badge(k, texts.kind_label(k, lang)) for k in kinds)
            status = e(t("Source status of the figures: {kinds}", kinds="\x00"))
            parts.append(f'<p class="small muted">{status.replace(chr(0), badges)}</p>')
        parts.append(PICTURES.add(doc, (
            "holland", lang, frozen(Counter(codes)), interests[UNCLEAR], common_key),
            lambda: holland_distribution_figure(codes, chart_texts, riasec_names, SMALLEST,
                                                interests[UNCLEAR]),
            "holland", CHART_WIDTH_MM))
        parts.append(common_codes_table(t, chart_texts, listed_codes(codes, hidden, SMALLEST)))
    leading = [kind for r in done for kind in r.leading]
    ddo_counts = Counter(leading)
    if leading and withheld(ddo_counts, hidden_cells(ddo_counts, SMALLEST)):
        parts.append(f"<p>{e(t(WITHHELD))}</p>")
    elif leading:
        with_ddo = sum(1 for r in done if r.leading)
        parts.append(PICTURES.add(doc, (
            "ddo", lang, frozen(ddo_counts), with_ddo, common_key, frozen(klimov_names)),
            lambda: ddo_distribution_figure(leading, chart_texts, klimov_names, with_ddo,
                                            SMALLEST), "ddo", SMALL_CHART_WIDTH_MM))
    if codes or leading:
        note = t("The charts count students, never one student's answers.")
        small = t("No name is printed in this report. A figure written “x” is hidden: it "
                  "counts one or two students, or it would let one work out such a figure "
                  "from the total.")
        parts.append(f'<p class="small muted">{e(note)} {e(small)}</p>')
    set_body(doc, parts)
    return doc
