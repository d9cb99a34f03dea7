"""The class report for a parents' meeting: anonymous figures, conclusions, the charts' words,
and a whole school of 1,000 students (the student's report, answer sheets and printing:
``test_reports.py``). PDFs are read back with poppler's ``pdftotext``."""

from __future__ import annotations

import pytest

from guidance.atlas.demand_types import demand_share_by_riasec_letter
from guidance.charts.class_charts import (
    CLASS_CHART_TEXTS,
    ddo_distribution_figure,
    gap_figure,
    holland_distribution_figure,
)
from guidance.records import StudentInput
from guidance.scoring import HEXAGON
from tests import report_helpers
from tests.report_helpers import (
    CARING,
    FLAT,
    NAME,
    PRACTICAL,
    SCHOOL,
    complete,
    needs_poppler,
    pdf_text,
)
from ui.reports import (
    class_report_document,
    write_pdf,
)
from ui.reports.class_list import class_list_document
from ui.reports.report_texts import ReportTexts, Words

# The shared fixtures, under the names the tests ask for.
store, recommender = report_helpers.store, report_helpers.recommender


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
    # The sources of the region's figures are text under the chart, not pixels in it.
    sources = texts.all_chart_texts("ru")["Sources: {sources}."].split("{")[0].strip()
    assert sources and sources in text
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
    assert "Оқушы 0" not in pdf_text(pdf)  # no name ("Оқушылар" is the word "students")
    pages = write_pdf(class_list_document(atlas, store, "11 А", "kk", SCHOOL), pdf)
    text = pdf_text(pdf)
    assert "Оқушы 000" in text and "Оқушы 998" in text and NAME in text
    assert 20 < pages < 80


def test_region_demand_by_type_of_work(atlas):
    shares, source_ids = demand_share_by_riasec_letter(atlas)
    assert set(shares) == set(HEXAGON)
    assert sum(shares.values()) == pytest.approx(1.0)
    assert max(shares, key=shares.get) == "R"  # the region's new jobs are mostly hands-on
    assert source_ids and all(atlas.source(s) for s in source_ids)
    empty, none = demand_share_by_riasec_letter(atlas, 1990, 1991)
    assert set(empty.values()) == {0.0} and none == []


def test_the_parents_class_report_uses_no_sample_demand(atlas):
    """A sample figure never drives a parents' report: the class report's region figure
    leaves the illustrative rows out and names only the years its other rows cover."""
    from guidance.atlas.demand_types import demand_years
    from ui.reports.class_report import FIRST_YEAR, LAST_YEAR, NOT_FOR_PARENTS

    every, every_ids = demand_share_by_riasec_letter(atlas, FIRST_YEAR, LAST_YEAR)
    assert "sample" in {atlas.source(s).kind for s in every_ids}  # the atlas has some
    confirmed, ids = demand_share_by_riasec_letter(atlas, FIRST_YEAR, LAST_YEAR,
                                                   NOT_FOR_PARENTS)
    assert ids and "sample" not in {atlas.source(s).kind for s in ids}
    assert confirmed != every and sum(confirmed.values()) == pytest.approx(1.0)
    first, last = demand_years(atlas, FIRST_YEAR, LAST_YEAR, NOT_FOR_PARENTS)
    assert FIRST_YEAR <= first <= last < LAST_YEAR  # 2026-2027 are samples only today
    assert demand_years(atlas, FIRST_YEAR, LAST_YEAR) == (FIRST_YEAR, LAST_YEAR)
    assert demand_years(atlas, 1990, 1991) is None


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


def test_a_rebuilt_class_report_reuses_its_chart_pictures(qapp, atlas, store, recommender):
    """Shown, saved and printed, the same report is built three times: its charts are drawn
    once. A new result changes the counts, and the charts are drawn again."""
    from ui.reports.class_report import PICTURES

    for name, values in ((NAME, PRACTICAL), ("Бекзат", PRACTICAL), ("Алина", CARING)):
        complete(atlas, store, recommender, name, values)
    PICTURES.clear()
    drawn = PICTURES.drawn
    class_report_document(atlas, store, "9 Ә", "kk", SCHOOL)
    assert PICTURES.drawn - drawn == 3
    class_report_document(atlas, store, "9 Ә", "kk", SCHOOL)
    assert PICTURES.drawn - drawn == 3
    class_report_document(atlas, store, "9 Ә", "ru", SCHOOL)  # other words: other pictures
    assert PICTURES.drawn - drawn == 6
    complete(atlas, store, recommender, "Ілияс", PRACTICAL)
    class_report_document(atlas, store, "9 Ә", "kk", SCHOOL)
    assert PICTURES.drawn - drawn == 9
