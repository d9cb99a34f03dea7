"""The named class list, for the counsellor only: one row per student with the Holland code,
the types of work and the notes to follow up ("very fast", "not completed").

It is kept apart from the class report for the parents' meeting, which is anonymous: a list of
names with "inconsistent" or "not completed" next to them must never be projected in front of
the parents. Its title and a line under it say who it is for, so a sheet that falls out of the
counsellor's folder says so too.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QTextDocument

from guidance.atlas import Atlas
from guidance.records import RecordsStore
from ui.reports.class_report import FLAG_WORDS, Row, class_rows
from ui.reports.document import LIST_TABLE, date_text, header_html, new_document, set_body
from ui.reports.report_texts import ReportTexts, Words

e = html.escape


def list_table(t: Words, rows: list[Row], klimov: dict[str, str]) -> str:
    head = (f'<tr><th width="5%">{e(t("No."))}</th><th width="31%">{e(t("Name"))}</th>'
            f'<th width="15%">{e(t("Holland code"))}</th>'
            f'<th width="27%">{e(t("Types of work"))}</th><th width="22%">{e(t("Notes"))}</th>'
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


def class_list_document(atlas: Atlas, store: RecordsStore, class_name: str, lang: str = "kk",
                        school_name: str = "", on: date | None = None) -> QTextDocument:
    """The named list of ``class_name`` in ``lang``, dated ``on`` (default: today)."""
    t = Words(ReportTexts().texts(lang))
    klimov_names = {c: k.name.get(lang) for c, k in atlas.interest_types("klimov").items()}
    rows = class_rows(store, class_name)
    title = t("Class list for the counsellor")
    only = t("For the counsellor only")
    footer = " · ".join(p for p in (only, school_name,
                                    t("Class {class_name}", class_name=class_name),
                                    t("Page {page} of {pages}")) if p)
    doc = new_document(f"{title}: {class_name}", footer)
    warning = t("This list names students and notes on their answers. It is not for a parents' "
                "meeting: use the class report there.")
    done = sum(r.completed for r in rows)
    completed = t("{done} of {total} students have completed the questionnaire.",
                  done=done, total=len(rows))
    parts = [header_html(f"{title}: {class_name}", school_name,
                         t("Date: {date}", date=date_text(on or date.today()))),
             f'<p><b>{e(only)}.</b> {e(warning)}</p>', f"<p>{e(completed)}</p>",
             list_table(t, rows, klimov_names)]
    set_body(doc, parts)
    return doc
