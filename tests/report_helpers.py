"""Fixtures and helpers shared by the report tests (``test_reports*.py``): a throw-away records
database, a student who answered everything, and poppler read-backs of a PDF."""

from __future__ import annotations

import re
import subprocess

import pytest

from guidance.questionnaire import QuestionnaireRun
from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.records import RecordsStore, StudentInput
from guidance.scoring import HEXAGON

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
