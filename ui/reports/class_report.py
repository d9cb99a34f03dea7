"""The class report: what a class's results say as a whole, for the counsellor and a parents'
meeting.

It shows counts, never one student's profile: three charts (the class's Holland codes, its DDO
types, and the gap chart setting the class's interests against the region's new jobs), then
conclusions in plain words worked out from those numbers, then one table row per student with
the code and the notes a counsellor should follow up. A school class has 25 students, a
whole-school report a thousand: every number comes from the stored results in one query
(``latest_results``), the charts are three whatever the size, and the table is a single HTML
table, so a thousand rows still take seconds, not minutes.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QTextDocument

from guidance.atlas import Atlas
from guidance.atlas.demand_types import demand_share_by_riasec_letter
from guidance.records import RecordsStore
from guidance.records.queries import latest_results
from guidance.scoring import HEXAGON
from guidance.textnorm import sort_key
from ui.reports.document import (
    LIST_TABLE,
    add_figure,
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
e = html.escape


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


def class_rows(store: RecordsStore, class_name: str) -> list[Row]:
    """One row per student of the class, those without a completed result included."""
    rows, done = [], set()
    for result in latest_results(store, class_name):
        riasec = result.scores.get("riasec") or {}
        ddo = result.scores.get("ddo") or {}
        flags = tuple(dict.fromkeys([*riasec.get("flags", ()), *ddo.get("flags", ())]))
        rows.append(Row(result.student.display_name, riasec.get("code", ""), "flat" in flags,
                        tuple(ddo.get("leading", ())), flags, True))
        done.add(result.student.id)
    for student_id in store.student_ids(class_name):
        if student_id not in done:
            rows.append(Row(store.student(student_id).display_name, "", False, (), (), False))
    return sorted(rows, key=lambda r: sort_key(r.name))


def first_letter_shares(codes: list[str]) -> dict[str, float]:
    return {letter: (sum(c[0] == letter for c in codes) / len(codes) if codes else 0.0)
            for letter in HEXAGON}


def conclusions(t: Words, rows: list[Row], region: dict[str, float],
                type_names: dict[str, str]) -> list[str]:
    """Sentences for the parents' meeting, each resting on numbers shown in the charts."""
    done = [r for r in rows if r.completed]
    if not done:
        return [t("No student of this class has completed the questionnaire yet.")]
    codes = [r.code for r in done if r.code and not r.flat]
    n = len(codes)
    said: list[str] = []
    counts = Counter(code[0] for code in codes)
    region_top = max(HEXAGON, key=lambda letter: region.get(letter, 0.0))
    pct = {letter: round(100 * region.get(letter, 0.0)) for letter in HEXAGON}
    if codes:
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
        said.append(sentence)
        shares = first_letter_shares(codes)
        for other in HEXAGON:
            gap = region.get(other, 0.0) - shares[other]
            if other != letter and region.get(other, 0.0) >= REGION_MANY and gap >= GAP_POINTS:
                said.append(t("Few students ({k} of {n}) chose {work} ({letter}), while {share}% "
                              "of the region's new jobs are of this type.", k=counts[other], n=n,
                              work=t(WORK[other]), letter=other, share=pct[other]))
        for other in HEXAGON:
            if shares[other] - region.get(other, 0.0) >= GAP_POINTS and \
                    region.get(other, 0.0) < REGION_MANY:
                said.append(t("{k} of {n} students lean to {work} ({letter}), but only {share}% "
                              "of the region's new jobs are of this type: it is worth showing "
                              "them where these interests are useful in other professions too.",
                              k=counts[other], n=n, work=t(WORK[other]), letter=other,
                              share=pct[other]))
    flat = sum(r.flat for r in done)
    if flat:
        said.append(t("Answers that do not point to one kind of work yet: {k} of {n} students. "
                      "A talk with the counsellor will help them.", k=flat, n=len(done)))
    leading = Counter(kind for r in done if r.leading for kind in r.leading)
    with_ddo = sum(1 for r in done if r.leading)
    if leading:
        kind, k = leading.most_common(1)[0]
        said.append(t("In the types-of-work questionnaire the most chosen type is {type} ({k} of "
                      "{n} students).", type=type_names.get(kind, kind), k=k, n=with_ddo))
    check = sum(1 for r in done if any(f in CHECK_FLAGS for f in r.flags))
    if check:
        said.append(t("Results to talk through before drawing conclusions (very fast answers, "
                      "questions left out or inconsistent choices): {k} of {n} students.",
                      k=check, n=len(done)))
    return said


def _table(t: Words, rows: list[Row], klimov: dict[str, str]) -> str:
    head = (f'<tr><th width="6%">{e(t("No."))}</th><th width="33%">{e(t("Name"))}</th>'
            f'<th width="11%">{e(t("Holland code"))}</th>'
            f'<th width="28%">{e(t("Types of work"))}</th><th width="22%">{e(t("Notes"))}</th>'
            "</tr>")
    body = []
    for number, row in enumerate(rows, start=1):
        notes = ", ".join(t(FLAG_WORDS[f]) for f in row.flags if f in FLAG_WORDS) \
            if row.completed else t("not completed")
        # "Техника", not "Человек–Техника": every type is "Person–…", and a row of one line
        # is never cut by a page break (see ``document.keep_together``).
        types = ", ".join(klimov.get(kind, kind).partition("–")[2] or klimov.get(kind, kind)
                          for kind in row.leading)
        # A flat profile's code is kept for the counsellor, greyed: it does not say much.
        code = f'<span class="muted">{e(row.code)}</span>' if row.flat else f"<b>{e(row.code)}</b>"
        body.append(f'<tr><td class="line">{number}</td><td class="line">{e(row.name)}</td>'
                    f'<td class="line">{code}</td><td class="line">{e(types)}</td>'
                    f'<td class="line">{e(notes)}</td></tr>')
    # <thead>: Qt repeats the header row at the top of every page of a long list.
    return LIST_TABLE + "<thead>" + head + "</thead>" + "".join(body) + "</table>"


def class_report_document(atlas: Atlas, store: RecordsStore, class_name: str, lang: str = "kk",
                          school_name: str = "", on: date | None = None) -> QTextDocument:
    """The report of ``class_name`` in ``lang``, dated ``on`` (default: today)."""
    from guidance.charts.class_charts import (
        ddo_distribution_figure,
        gap_figure,
        holland_distribution_figure,
    )
    from guidance.charts.overview import footnote_text

    texts = ReportTexts()
    t = Words(texts.texts(lang))
    chart_texts = texts.all_chart_texts(lang)
    riasec_names = {c: k.name.get(lang) for c, k in atlas.interest_types("riasec").items()}
    klimov_names = {c: k.name.get(lang) for c, k in atlas.interest_types("klimov").items()}
    rows = class_rows(store, class_name)
    done = [r for r in rows if r.completed]
    codes = [r.code for r in done if r.code and not r.flat]
    region, source_ids = demand_share_by_riasec_letter(atlas, FIRST_YEAR, LAST_YEAR)

    title = t("Class report")
    footer = " · ".join(p for p in (school_name, t("Class {class_name}", class_name=class_name),
                                    t("Page {page} of {pages}")) if p)
    doc = new_document(f"{title}: {class_name}", footer)
    completed = t("{done} of {total} students have completed the questionnaire.",
                  done=len(done), total=len(rows))
    parts = [header_html(f"{title}: {class_name}", school_name,
                         t("Date: {date}", date=date_text(on or date.today()))),
             f"<p>{e(completed)}</p>", heading(t("Conclusions for the parents' meeting"))]
    parts += [f"<p>• {e(line)}</p>" for line in conclusions(t, rows, region, klimov_names)]
    if codes:
        footnote = footnote_text(atlas, chart_texts, source_ids, lang) if source_ids else ""
        gap = gap_figure(first_letter_shares(codes), region, chart_texts, riasec_names, footnote,
                         FIRST_YEAR, LAST_YEAR)
        parts.append(add_figure(doc, gap, "gap", CHART_WIDTH_MM))
        kinds = sorted({atlas.source(s).kind for s in source_ids})
        if kinds:
            badges = " ".join(badge(k, texts.kind_label(k, lang)) for k in kinds)
            status = e(t("Source status of the figures: {kinds}", kinds="\x00"))
            parts.append(f'<p class="small muted">{status.replace(chr(0), badges)}</p>')
        holland = holland_distribution_figure(codes, chart_texts, riasec_names)
        parts.append(add_figure(doc, holland, "holland", CHART_WIDTH_MM))
    leading = [kind for r in done for kind in r.leading]
    if leading:
        with_ddo = sum(1 for r in done if r.leading)
        ddo = ddo_distribution_figure(leading, chart_texts, klimov_names, with_ddo)
        parts.append(add_figure(doc, ddo, "ddo", SMALL_CHART_WIDTH_MM))
    if codes or leading:
        note = t("The charts count students, never one student's answers. Students whose "
                 "answers were evenly spread are left out of the interest charts.")
        parts.append(f'<p class="small muted">{e(note)}</p>')
    parts.append(heading(t("Students")))
    parts.append(_table(t, rows, klimov_names))
    set_body(doc, parts)
    return doc
