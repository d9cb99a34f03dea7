"""The parents' report names only colleges a source confirms.

A ``sample`` college row is illustrative (no source says the college teaches the speciality),
and the project's rule is that a sample figure never reaches a parent's report. Built on the
shipped atlas, where nearly every college row is still ``sample`` and the Zhambyl Innovative
Higher College's accounting and software rows are cited (press): the report must name the cited
college, never a sample-only one, and say plainly where the atlas does not know yet.
"""

from __future__ import annotations

import pytest

from tests import report_helpers
from tests.report_helpers import NAME, SCHOOL, complete, needs_poppler, pdf_text
from ui.reports import student_report_document, write_pdf
from ui.reports.report_texts import ReportTexts, Words
from ui.reports.student_report import COLLEGES_NOT_PUBLISHED

store, recommender = report_helpers.store, report_helpers.recommender
OFFICE_WORK = {"C": 4, "E": 3, "I": 2, "S": 1, "A": 0, "R": 0}  # accountant comes up first
CITED_COLLEGE = "zhambyl_innovative_higher_college"


def sample_only_colleges(atlas) -> list:
    """Colleges every one of whose rows in the atlas is ``sample``."""
    kinds: dict[str, set[str]] = {}
    for offer in atlas.all_offers():
        kinds.setdefault(offer.college.id, set()).add(offer.source.kind)
    return [atlas.college(cid) for cid, seen in kinds.items() if seen == {"sample"}]


@needs_poppler
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_parents_report_names_cited_colleges_and_no_sample_one(qapp, atlas, store, recommender,
                                                               tmp_path, lang):
    student, result = complete(atlas, store, recommender, NAME, OFFICE_WORK)
    offered = {o.college_id: o.source_kind
               for m in result.recommendations.professions[:5]
               for p in m.pathways for o in p.colleges}
    assert offered.get(CITED_COLLEGE) == "press"  # the cited row is among the recommendations
    assert "sample" in offered.values()  # and so are sample rows, which must stay out
    pdf = tmp_path / f"parents_{lang}.pdf"
    write_pdf(student_report_document(atlas, store, student.id, lang, SCHOOL), pdf)
    text = pdf_text(pdf)
    assert atlas.college(CITED_COLLEGE).name.get(lang) in text
    sample_only = sample_only_colleges(atlas)
    assert len(sample_only) > 10
    printed = [c.name.get(lang) for c in sample_only if c.name.get(lang) in text]
    assert printed == []
    sentence = Words(ReportTexts().texts(lang))(COLLEGES_NOT_PUBLISHED)
    assert " ".join(sentence.split()) in text  # professions whose colleges are only samples


def test_a_profession_with_only_sample_colleges_says_so_instead_of_listing_them(
        qapp, atlas, store, recommender):
    from tests.report_helpers import PRACTICAL

    student, result = complete(atlas, store, recommender, NAME, PRACTICAL)
    top = result.recommendations.professions[0]
    kinds = {o.source_kind for p in top.pathways for o in p.colleges}
    assert kinds == {"sample"}, "the test needs a top profession with only sample colleges"
    text = student_report_document(atlas, store, student.id, "en", SCHOOL).toPlainText()
    assert " ".join(COLLEGES_NOT_PUBLISHED.split()) in " ".join(text.split())
    for pathway in top.pathways:
        for option in pathway.colleges:
            assert option.name.get("en") not in text
