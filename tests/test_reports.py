"""Printed reports: the student's report for parents, the blank answer sheets and printing (the
class report: ``test_reports_class.py``).

The PDFs are read back with poppler's ``pdftotext`` (and ``pdfinfo``/``pdffonts``): a report
passes only if the words really are in the file — Kazakh letters included, in the bundled font
— not merely in the HTML we fed to Qt. Charts are pictures, so their titles are checked where
the report writes them as text, above each chart.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from guidance import paths
from guidance.records import StudentInput
from tests import report_helpers
from tests.report_helpers import (
    CARING,
    FLAT,
    NAME,
    PRACTICAL,
    SCHOOL,
    complete,
    needs_poppler,
    pdf_fonts,
    pdf_pages,
    pdf_text,
)
from ui.badges import kind_label
from ui.reports import (
    answer_sheet_document,
    student_report_document,
    write_pdf,
)
from ui.reports.report_texts import ReportTexts, Words

# The shared fixtures, under the names the tests ask for.
store, recommender = report_helpers.store, report_helpers.recommender


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_student_report_pdf(qapp, atlas, store, recommender, tmp_path, lang):
    student, result = complete(atlas, store, recommender, NAME, PRACTICAL)
    store.set_comment(student.id, "Қаратаудағы колледждің ашық есік күніне барсын.")
    pdf = tmp_path / f"student_{lang}.pdf"
    pages = write_pdf(student_report_document(atlas, store, student.id, lang, SCHOOL), pdf)
    text = pdf_text(pdf)
    assert NAME in text and SCHOOL in text
    assert result.riasec.code in text
    assert "Қаратаудағы колледждің ашық есік күніне барсын." in text
    top = result.recommendations.professions[0]
    assert top.name.get(lang) in text  # atlas names in the report's language
    assert atlas.interest_types("riasec")[result.riasec.code[0]].name.get(lang) in text
    assert 1 <= pdf_pages(pdf) == pages <= 4
    assert pdf_fonts(pdf) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
                              "DejaVuSans-BoldOblique"}


@needs_poppler
def test_student_report_without_a_result_and_with_a_flat_profile(qapp, atlas, store,
                                                                 recommender, tmp_path):
    waiting = store.add_student(StudentInput("Бекзат Омаров", "9 Ә", 9, "taraz"))
    write_pdf(student_report_document(atlas, store, waiting.id, "kk", SCHOOL),
              tmp_path / "none.pdf")
    assert "Бекзат Омаров" in pdf_text(tmp_path / "none.pdf")
    flat, result = complete(atlas, store, recommender, "Сәуле Жақсылық", FLAT)
    assert result.recommendations.status == "flat_profile"
    pages = write_pdf(student_report_document(atlas, store, flat.id, None, SCHOOL),
                      tmp_path / "flat.pdf")
    text = pdf_text(tmp_path / "flat.pdf")
    assert "Сәуле Жақсылық" in text and 1 <= pages <= 4
    assert result.recommendations.also_consider[0].name.get("kk") in text


@needs_poppler
def test_parents_report_speaks_to_the_parent_with_career_pages(qapp, atlas, store, recommender,
                                                               tmp_path):
    student, result = complete(atlas, store, recommender, NAME, PRACTICAL)
    pdf = tmp_path / "en.pdf"
    write_pdf(student_report_document(atlas, store, student.id, "en", SCHOOL), pdf)
    text = unicodedata.normalize("NFKC", pdf_text(pdf))  # "ﬁ" ligatures back to "fi"
    assert "Your child's interest profile" in text and "Your interest profile" not in text
    assert "The professions up close" in text
    top = result.recommendations.professions[0]
    profession = atlas.profession(top.profession_id)
    assert f"Holland code of the profession: {profession.riasec}" in text
    assert f"your child's code: {result.riasec.code}" in text
    assert " ".join(profession.description.get("en").split()[:6]) in text
    assert profession.skill_list("en")[0] in text
    assert "after grade 9" in text
    # Every page of the professions table starts with its header row.
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout.split("\f")
    table_pages = [page for page in raw if "Where to study" in page or "technician" in page]
    assert table_pages and all("Where to study" in page for page in raw
                               if "New jobs in the" in page)
    # A sample figure never reaches the parents: its cell says "not published".
    sample = [m for m in result.recommendations.professions[:5]
              if m.demand_source_kind == "sample"]
    for match in sample:
        assert f"{match.demand_jobs} by" not in text.split(match.name.get("en"))[1][:80]


def test_study_length_in_words(qapp):
    from ui.reports.career_pages import study_length

    t = Words(ReportTexts().texts("en"))
    assert study_length(t, 46) == "3 yr 10 mo"
    assert study_length(t, 24) == "2 yr" and study_length(t, 10) == "10 mo"
    assert study_length(t, None) == "not published"


@needs_poppler
def test_a_whole_class_in_one_pdf(qapp, atlas, store, recommender, tmp_path):
    from ui.reports.document import write_batch_pdf

    students = [complete(atlas, store, recommender, name, values)[0] for name, values in
                ((NAME, PRACTICAL), ("Бекзат Омаров", CARING))]
    docs = [student_report_document(atlas, store, s.id, "kk", SCHOOL) for s in students]
    single = [write_pdf(doc, tmp_path / f"{i}.pdf") for i, doc in enumerate(docs)]
    pages = write_batch_pdf(docs, tmp_path / "class.pdf", "9 Ә")
    assert pages == sum(single) == pdf_pages(tmp_path / "class.pdf")
    text = pdf_text(tmp_path / "class.pdf")
    assert text.index(NAME) < text.index("Бекзат Омаров")


def test_report_language_leaves_the_ui_translators_alone(qapp, atlas, store, recommender,
                                                        tmp_path):
    ui_translator = QTranslator()
    assert ui_translator.load("bagdar_ru", str(paths.translations_dir()))
    QCoreApplication.installTranslator(ui_translator)
    try:
        before = (QCoreApplication.translate("ChartTexts", "New jobs"), kind_label("estimate"))
        assert before[0] != "New jobs"  # the UI is in Russian now
        student, _ = complete(atlas, store, recommender, NAME, PRACTICAL)
        write_pdf(student_report_document(atlas, store, student.id, "kk", SCHOOL),
                  tmp_path / "kk.pdf")
        texts = ReportTexts()
        kazakh = texts.all_chart_texts("kk")["New jobs"]
        assert kazakh not in ("New jobs", before[0])
        assert texts.all_chart_texts("en")["New jobs"] == "New jobs"
        assert texts.kind_label("estimate", "kk") != before[1]
        assert (QCoreApplication.translate("ChartTexts", "New jobs"),
                kind_label("estimate")) == before
    finally:
        QCoreApplication.removeTranslator(ui_translator)


@needs_poppler
@pytest.mark.parametrize(("instrument", "count", "pages"),
                         [("riasec", 60, 2), ("riasec_short", 30, 1), ("ddo", 20, 1)])
def test_answer_sheets(qapp, atlas, tmp_path, instrument, count, pages):
    pdf = tmp_path / f"{instrument}.pdf"
    assert write_pdf(answer_sheet_document(atlas, instrument, "kk", SCHOOL), pdf) == pages
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    numbers = [int(m) for m in re.findall(r"(?m)^(\d+) \S", raw)]
    assert [n for n in numbers if n <= count] == list(range(1, count + 1))
    if instrument == "ddo":
        first = atlas.ddo_items()[0].a_text.get("kk")
    else:
        first = atlas.riasec_items(instrument == "riasec_short")[0].text.get("kk")
    assert first in pdf_text(pdf)
    assert SCHOOL in pdf_text(pdf)


@needs_poppler
def test_print_button_paints_the_pages_with_footers(qapp, atlas, tmp_path, monkeypatch):
    """Bagdar's print dialog, accepted with pages 2–2, its printer then pointed at a PDF
    file: the same pages come out as from ``write_pdf``, page range honoured."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from ui import print_dialog
    from ui.reports import print_document

    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_dialog.QPrinterInfo, "availablePrinterNames",
                        staticmethod(lambda: ["Office printer"]))
    applied = print_dialog.PrintDialog.apply_to

    def apply_to(dialog, printer):
        applied(dialog, printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))

    def choose(dialog):
        dialog.some_pages.setChecked(True)
        dialog.last_page.setValue(2)
        dialog.first_page.setValue(2)
        dialog.accept()

    monkeypatch.setattr(print_dialog.PrintDialog, "apply_to", apply_to)
    QTimer.singleShot(50, lambda: choose(QApplication.activeModalWidget()))
    assert print_document(answer_sheet_document(atlas, "riasec", "ru", SCHOOL))
    assert pdf_pages(target) == 1
    text = pdf_text(target)
    assert "60" in text and atlas.riasec_items()[0].text.get("ru") not in text


def test_every_report_text_used_is_in_report_texts(qapp):
    """Builders look their words up by the English text; each one they use (a literal in a
    ``t(…)`` call or in a table of words) must be one lupdate can find in ``ReportTexts``."""
    import ast
    import inspect

    from ui.reports import answer_sheets, class_report, student_report

    keys = set(ReportTexts().texts("en"))
    used = set(student_report.QUALITY_NOTES.values()) | set(student_report.BANDS.values()) | \
        set(class_report.WORK.values()) | set(class_report.FLAG_WORDS.values())
    for module in (answer_sheets, class_report, student_report):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.Call) and node.args and \
                    isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str) \
                    and getattr(node.func, "id", getattr(node.func, "attr", "")) == "t":
                used.add(node.args[0].value)
    assert len(used) > 40
    assert used - keys == set()


def test_report_texts_use_their_own_translation_file(qapp, tmp_path, monkeypatch):
    """A report in language "zz" reads ``bagdar_zz.qm`` through its private translator: the
    report's own words and the shared chart words are translated, nothing is installed."""
    import sys
    from pathlib import Path

    from ui.reports import report_texts

    ts = tmp_path / "bagdar_zz.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="kk_KZ">'
        "<context><name>ReportTexts</name><message><source>Class report</source>"
        "<translation>Сынып есебі</translation></message><message><source>Share, %</source>"
        "<translation>Үлес, %</translation></message></context>"
        "<context><name>ChartTexts</name><message><source>New jobs</source>"
        "<translation>Жаңа жұмыс орындары</translation></message></context></TS>",
        encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True)
    monkeypatch.setattr(report_texts.paths, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(report_texts, "_TRANSLATORS", {})
    texts = ReportTexts()
    assert texts.texts("zz")["Class report"] == "Сынып есебі"
    assert texts.texts("zz")["Students"] == "Students"  # untranslated: the English text
    assert texts.chart_texts("zz")["Share, %"] == "Үлес, %"
    assert texts.all_chart_texts("zz")["New jobs"] == "Жаңа жұмыс орындары"
    assert texts.texts("en")["Class report"] == "Class report"
    assert QCoreApplication.translate("ReportTexts", "Class report") == "Class report"
