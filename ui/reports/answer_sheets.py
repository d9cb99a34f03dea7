"""Blank answer sheets for paper mode, when a class has fewer PCs than students.

The sheet must map one to one onto what the counsellor later types in (``guidance.paper``):
items are numbered 1… in the instrument's display order, a RIASEC answer is a digit 1–5 (the
screen's 0–4 plus one, so "1" is the left end of the scale as on screen) and a DDO answer is a
or b. Every row carries the item's words, so the student answers the same question as on
screen, in the language chosen for the sheet.

Layout: one row per item in a ruled grid, the boxes in fixed columns so a pencil cross is easy
to read back; rows are shaded in blocks of five, which helps the counsellor keep their place
when typing the answers in groups. The full RIASEC form takes two pages, the short form and the
DDO one. The footer repeats the name line, so a second page separated from the first still
says whose it is.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QTextDocument

from guidance.atlas import Atlas
from ui.reports.document import GRID_TABLE, header_html, new_document, set_body
from ui.reports.report_texts import ReportTexts, Words

INSTRUMENTS = ("riasec", "riasec_short", "ddo")
BOX = "&nbsp;"
BLOCK = 5  # rows shaded in blocks of five
PER_PAGE = 30  # RIASEC items per page: the full form on two even pages
SHADE = "#f1f4f7"
e = html.escape


def _row_style(number: int) -> str:
    return f' bgcolor="{SHADE}"' if (number - 1) // BLOCK % 2 else ""


def _riasec_rows(atlas: Atlas, lang: str, short: bool, t: Words) -> str:
    """The items in tables of ``PER_PAGE`` rows, each table on its own page: the pages are
    even, and no row is cut at the foot of a page."""
    head = (f'<thead><tr><th width="7%">{e(t("No."))}</th><th width="63%">{e(t("Activity"))}'
            "</th>" + "".join(f'<th width="6%" align="center">{d}</th>' for d in range(1, 6))
            + "</tr></thead>")
    items = atlas.riasec_items(short)
    tables = []
    for start in range(0, len(items), PER_PAGE):
        rows = []
        for number, item in enumerate(items[start:start + PER_PAGE], start=start + 1):
            rows.append(f"<tr{_row_style(number)}><td>{number}</td>"
                        f"<td>{e(item.text.get(lang))}</td>" + f"<td>{BOX}</td>" * 5 + "</tr>")
        table = GRID_TABLE if not start else GRID_TABLE.replace(
            'style="', 'style="page-break-before:always; ')
        tables.append(table + head + "".join(rows) + "</table>")
    return "".join(tables)


def _ddo_rows(atlas: Atlas, lang: str, t: Words) -> str:
    head = (f'<thead><tr><th width="7%">{e(t("No."))}</th>'
            f'<th width="40%">{e(t("Activity"))}</th><th width="6.5%" align="center">a</th>'
            f'<th width="40%">{e(t("Activity"))}</th><th width="6.5%" align="center">b</th>'
            "</tr></thead>")
    rows = []
    for number, item in enumerate(atlas.ddo_items(), start=1):
        shade = _row_style(number)
        rows.append(f"<tr{shade}><td>{number}</td><td>a) {e(item.a_text.get(lang))}</td>"
                    f"<td>{BOX}</td><td>b) {e(item.b_text.get(lang))}</td><td>{BOX}</td></tr>")
    return GRID_TABLE + head + "".join(rows) + "</table>"


def answer_sheet_document(atlas: Atlas, instrument: str, lang: str = "kk",
                          school_name: str = "") -> QTextDocument:
    """A blank sheet for ``instrument`` ("riasec", "riasec_short" or "ddo") in ``lang``."""
    if instrument not in INSTRUMENTS:
        raise ValueError(instrument)
    t = Words(ReportTexts().texts(lang))
    info = atlas.instrument(instrument)
    line = "_" * 34
    footer = " · ".join(p for p in (school_name, t("Name: {line}", line="_" * 24),
                                    t("Class: {line}", line="_" * 8),
                                    t("Page {page} of {pages}")) if p)
    doc = new_document(f"{t('Answer sheet')}: {info.name.get(lang)}", footer)
    parts = [header_html(t("Answer sheet"), school_name),
             f"<h3>{e(info.name.get(lang))}</h3>",
             f'<p style="font-size:11pt; margin-top:8px; margin-bottom:8px;">'
             f"{e(t('Name: {line}', line=line))} &nbsp; "
             f"{e(t('Class: {line}', line='_' * 8))} &nbsp; "
             f"{e(t('Date: {line}', line='_' * 12))}</p>",
             f"<p>{e(info.instructions.get(lang))}</p>"]
    if instrument == "ddo":
        how = t("In each pair, put a cross in the box of the activity you would choose.")
        parts.append(f"<p><b>{e(how)}</b></p>")
        parts.append(_ddo_rows(atlas, lang, t))
    else:
        scale = ", ".join(f"{value + 1} — {label.get(lang)}"
                          for value, label in atlas.answer_scale())
        how = t("For each activity, put a cross in one box: {scale}.", scale=scale)
        parts.append(f"<p><b>{e(how)}</b></p>")
        parts.append(_riasec_rows(atlas, lang, instrument == "riasec_short", t))
    set_body(doc, parts)
    return doc
