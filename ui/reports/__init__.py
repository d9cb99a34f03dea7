"""Printed reports: the student's report for parents, the anonymous class report for a parents'
meeting, the named class list for the counsellor only, and blank answer sheets for paper mode.

Each builder returns a ``QTextDocument`` (so a dialog can preview it); ``write_pdf`` saves it as
an A4 PDF and ``print_document`` sends it to a printer, both with a footer on every page. The
language of a report is its own (``ReportTexts``): printing a Russian report from a Kazakh
screen leaves the screen Kazakh. Importing this package does not import matplotlib: the
builders do, when a report with charts is built, so the counsellor's room opens fast.
"""

from __future__ import annotations

from ui.reports.answer_sheets import answer_sheet_document
from ui.reports.class_list import class_list_document
from ui.reports.class_report import class_report_document
from ui.reports.document import print_document, write_batch_pdf, write_pdf
from ui.reports.student_report import student_report_document

__all__ = [
    "answer_sheet_document",
    "class_list_document",
    "class_report_document",
    "print_document",
    "student_report_document",
    "write_batch_pdf",
    "write_pdf",
]
