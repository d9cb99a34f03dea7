"""Printed reports: the student's report, the class report and the blank answer sheets.

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
from guidance.atlas.demand_types import demand_share_by_riasec_letter
from guidance.charts.class_charts import (
    CLASS_CHART_TEXTS,
    ddo_distribution_figure,
    gap_figure,
    holland_distribution_figure,
)
from guidance.questionnaire import QuestionnaireRun
from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.records import RecordsStore, StudentInput
from guidance.scoring import HEXAGON
from ui.badges import kind_label
from ui.reports import (
    answer_sheet_document,
    class_report_document,
    student_report_document,
    write_pdf,
)
from ui.reports.class_list import class_list_document
from ui.reports.report_texts import ReportTexts, Words

SCHOOL = "Тараз қаласының №12 мектеп-гимназиясы"
NAME = "Әйгерім Сәрсенбаева"
PRACTICAL = {"R": 4, "I": 3, "C": 2, "S": 1, "A": 0, "E": 0}
CARING = {"S": 4, "A": 3, "E": 2, "I": 1, "R": 0, "C": 0}
FLAT = dict.fromkeys(HEXAGON, 2)
needs_poppler = pytest.mark.needs_tool("pdftotext")  # skips with the apt line


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "records.sqlite")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def recommender(atlas):
    return Recommender(RecommendationIndex(atlas))


def complete(atlas, store, recommender, name, values, cls="9 Ә", programme="full+ddo"):
    """A student who answered every item: RIASEC by ``values`` per type, the DDO choosing
    technology and signs whenever offered."""
    student = store.add_student(StudentInput(name, cls, 9, "talas", "kk", "kk"))
    run = QuestionnaireRun.start(atlas, store, student, programme)
    while run.current is not None:
        step = run.current
        if step.is_ddo:
            run.answer(0 if step.item.a_type in ("technology", "signs") else 1, 2500)
        else:
            run.answer(values[step.item.type], 2500)
    return student, run.finish(recommender)


def pdf_text(path) -> str:
    """The PDF's words in drawing order, whitespace folded (table cells stay together)."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_fonts(path) -> set[str]:
    listing = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                             text=True).stdout.splitlines()[2:]
    return {line.split()[0].split("+")[-1] for line in listing if line.strip()}


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


def test_report_chart_texts_match_the_builders(qapp):
    texts = ReportTexts()
    assert set(texts.chart_texts("en")) == set(CLASS_CHART_TEXTS)
    assert set(texts.chart_texts("kk")) == set(CLASS_CHART_TEXTS)
    report = texts.texts("en")
    assert all(key == value for key, value in report.items())


@needs_poppler
def test_class_report(qapp, atlas, store, recommender, tmp_path):
    names = [NAME, "Бекзат Омаров", "Алина Петрова", "Ілияс Қуанышев"]
    for name, values in zip(names, (PRACTICAL, PRACTICAL, CARING, FLAT), strict=True):
        complete(atlas, store, recommender, name, values)
    store.add_student(StudentInput("Тимур Ли", "9 Ә", 9, "taraz"))  # has not started
    complete(atlas, store, recommender, "Other Class", CARING, cls="10 Б")
    pdf = tmp_path / "class.pdf"
    write_pdf(class_report_document(atlas, store, "9 Ә", "ru", SCHOOL), pdf)
    text = pdf_text(pdf)
    # For the parents' meeting: anonymous — no name, no note about one child.
    assert SCHOOL in text
    for name in [*names, "Тимур Ли", "Other Class"]:
        assert name.split()[0] not in text
    listed = tmp_path / "list.pdf"
    write_pdf(class_list_document(atlas, store, "9 Ә", "ru", SCHOOL), listed)
    named = pdf_text(listed)
    for name in [*names, "Тимур Ли", SCHOOL]:
        assert name in named
    assert "Other Class" not in named
    texts = ReportTexts()
    assert texts.all_chart_texts("ru")["The class's interests and the region's new jobs"] in text
    # The conclusions speak of the class's largest group in the report's words; the flat
    # profile is not counted among the codes.
    words = Words(texts.texts("ru"))
    majority = words("Most of the class ({k} of {n}) are drawn to {work} ({letter}).", k=2,
                     n=3, work=words("practical, hands-on work"), letter="R")
    assert majority not in text  # 2 students: a count under 3 is never printed for parents
    # 4 R, 1 S, 1 unclear: the S and the unclear student (1 each) would be told apart by
    # their sum, so R is hidden with them and no sentence counts the interests.
    write_pdf(class_report_document(atlas, store, "9 Ә", "ru", SCHOOL), pdf)
    assert "из 6)" not in pdf_text(pdf)
    for i in range(3):
        complete(atlas, store, recommender, f"R {i}", PRACTICAL)
        complete(atlas, store, recommender, f"S {i}", CARING)
    write_pdf(class_report_document(atlas, store, "9 Ә", "ru", SCHOOL), pdf)
    largest = words("The largest group ({k} of {n}) are drawn to {work} ({letter}).", k=5,
                    n=10, work=words("practical, hands-on work"), letter="R")
    text = " ".join(pdf_text(pdf).split())
    assert " ".join(largest.split()) in text
    assert "4 из 10" not in text and "1 из 10" not in text  # S hidden with the unclear one


@needs_poppler
def test_class_report_of_fewer_than_three_shows_no_figures(qapp, atlas, store, recommender,
                                                           tmp_path):
    complete(atlas, store, recommender, NAME, PRACTICAL)
    complete(atlas, store, recommender, "Бекзат Омаров", CARING)
    pdf = tmp_path / "class.pdf"
    write_pdf(class_report_document(atlas, store, "9 Ә", "kk", SCHOOL), pdf)
    text = " ".join(pdf_text(pdf).split())
    words = Words(ReportTexts().texts("kk"))
    assert " ".join(words("Fewer than 3 students have completed the questionnaire, so the "
                          "class's figures are not shown: no child should be recognisable "
                          "in them.").split()) in text
    assert "Сәрсенбаева" not in text and "RIA" not in text


@needs_poppler
def test_class_report_of_a_thousand_students(qapp, atlas, store, recommender, tmp_path):
    """A whole school in one report: built from the stored results, three charts and one
    table whatever the size (no timing asserted; it takes seconds)."""
    _, result = complete(atlas, store, recommender, NAME, PRACTICAL, cls="11 А")
    scores = {"riasec": {"code": "", "flags": []}, "ddo": {"leading": ["people"],
                                                           "flags": []}}
    snapshot = result.recommendations.to_json()
    for i in range(999):
        student = store.add_student(StudentInput(f"Оқушы {i:03d}", "11 А", 11, "taraz"))
        session = store.start_session(student.id, "full+ddo", "riasec 2025.1; ddo 2025.1")
        code = HEXAGON[i % 6] + HEXAGON[(i + 1) % 6] + HEXAGON[(i + 3) % 6]
        store.save_result(session.id, {**scores, "riasec": {"code": code, "flags": []}},
                          snapshot)
        store.set_status(session.id, "completed")
    pdf = tmp_path / "school.pdf"
    assert write_pdf(class_report_document(atlas, store, "11 А", "kk", SCHOOL), pdf) <= 4
    assert "Оқушы" not in pdf_text(pdf)
    pages = write_pdf(class_list_document(atlas, store, "11 А", "kk", SCHOOL), pdf)
    text = pdf_text(pdf)
    assert "Оқушы 000" in text and "Оқушы 998" in text and NAME in text
    assert 20 < pages < 80


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


def test_region_demand_by_type_of_work(atlas):
    shares, source_ids = demand_share_by_riasec_letter(atlas)
    assert set(shares) == set(HEXAGON)
    assert sum(shares.values()) == pytest.approx(1.0)
    assert max(shares, key=shares.get) == "R"  # the region's new jobs are mostly hands-on
    assert source_ids and all(atlas.source(s) for s in source_ids)
    empty, none = demand_share_by_riasec_letter(atlas, 1990, 1991)
    assert set(empty.values()) == {0.0} and none == []


def test_class_charts_take_every_word_from_texts(atlas):
    marked = {key: f"«{key}»" for key in CLASS_CHART_TEXTS}
    names = {code: code for code in HEXAGON}
    figures = [
        holland_distribution_figure(["RIC", "RIE", "SAE", "CRE"], marked, names),
        ddo_distribution_figure(["technology", "people", "technology"], marked, {}, 2),
        gap_figure({"R": 0.5, "S": 0.5}, demand_share_by_riasec_letter(atlas)[0], marked,
                   names, "Sources: test."),
        holland_distribution_figure([], marked, names),
    ]
    for fig in figures:
        fig.draw_without_rendering()
        words = [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text"))]
        assert any("«" in w for w in words)
        for key in CLASS_CHART_TEXTS:
            if "{" not in key:
                assert not any(key in w and f"«{key}»" not in w for w in words), key


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


def test_class_conclusions_follow_the_numbers(qapp):
    from ui.reports.class_report import Row, conclusions

    words = Words(ReportTexts().texts("en"))

    def row(code, flat=False, leading=(), flags=()):
        return Row("x", code, flat, leading, flags, True)

    rows = [row("SAE"), row("SEC"), row("AIS"), row("RIC"), row("SIA", flat=True, flags=("flat",)),
            row("CSE", leading=("signs",), flags=("too_fast",)), Row("y", "", False, (), (), False)]
    region = {"R": 0.55, "I": 0.05, "A": 0.02, "S": 0.08, "E": 0.05, "C": 0.25}
    said = conclusions(words, rows, region, {"signs": "Human–Sign system"})
    assert said[0] == ("The largest group (2 of 6) are drawn to working with and helping "
                       "people (S). Most of the region's new jobs (55%) are in practical, "
                       "hands-on work (R).")
    assert any(s.startswith("Few students (1 of 6) chose practical, hands-on work (R), while "
                            "55%") for s in said)
    assert any(s.startswith("2 of 6 students lean to working with and helping people (S)")
               for s in said)
    assert any("Human–Sign system (1 of 1 students)" in s for s in said)
    assert any(s.startswith("Answers that do not point to one kind of work yet: 1 of 6")
               for s in said)
    assert any(s.startswith("Results to talk through") and s.endswith("1 of 6 students.")
               for s in said)
    assert conclusions(words, [Row("y", "", False, (), (), False)], region, {}) == \
        ["No student of this class has completed the questionnaire yet."]


def test_conclusions_for_parents_leave_out_every_hidden_count(qapp):
    """A count hidden in the charts is never printed in a sentence either — the small one and
    the one hidden with it (here 10 R, 4 S, 1 A: A hides S too, so "4 of 15" is not said)."""
    from ui.reports.class_report import Row, conclusions

    words = Words(ReportTexts().texts("en"))
    rows = [Row("x", code, False, ("signs",), (), True)
            for code in ["RIC"] * 10 + ["SAE"] * 4 + ["AIS"]]
    region = {"R": 0.10, "I": 0.05, "A": 0.02, "S": 0.03, "E": 0.05, "C": 0.75}
    everything = conclusions(words, rows, region, {})
    assert any("4 of 15 students lean to working with" in s for s in everything)
    said = conclusions(words, rows, region, {}, smallest=3)
    assert said[0].startswith("Most of the class (10 of 15)")
    assert not any(" 4 of 15" in s or "1 of 15" in s for s in said)
    assert any("(15 of 15 students)" in s for s in said)  # the DDO type: one cell, shown


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
