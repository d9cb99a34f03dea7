"""A student's run through the programme: order, saving, back, pause/resume, finishing."""

from __future__ import annotations

import pytest

from guidance.questionnaire import PROGRAMMES, QuestionnaireRun
from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.recommend_models import Recommendations
from guidance.records import RecordsStore, StudentInput


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "records.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def student(store):
    return store.add_student(StudentInput("Айдана", "9 Ә", 9, "talas", "kk", "kk"))


@pytest.mark.parametrize(("programme", "total"), [("full", 60), ("short", 30), ("ddo", 20),
                                                  ("full+ddo", 80), ("short+ddo", 50)])
def test_programmes_have_the_right_steps(atlas, store, student, programme, total):
    run = QuestionnaireRun.start(atlas, store, student, programme)
    assert run.total == total
    assert [s.instrument for s in run.steps][0] == PROGRAMMES[programme][0]
    assert run.session.instrument_versions.startswith(PROGRAMMES[programme][0] + " ")


def test_answers_are_saved_at_once_and_resume_continues(atlas, store, student):
    run = QuestionnaireRun.start(atlas, store, student, "short+ddo")
    for _ in range(12):
        run.answer(3, 2000)
    code = run.pause()
    assert store.session(run.session.id).status == "paused"
    found = store.find_resumable(code)
    resumed = QuestionnaireRun(atlas, store, found)
    assert resumed.position == 12 and resumed.answered == 12
    assert resumed.current.item_id == run.steps[12].item_id


def test_back_shows_the_previous_answer_and_changing_it_keeps_one_answer(atlas, store, student):
    run = QuestionnaireRun.start(atlas, store, student, "full")
    run.answer(4, 1500)
    run.answer(1, 1500)
    assert run.back() and run.current_answer() == 1
    run.answer(2, 900)
    assert run.answered == 2 and run.position == 2
    assert {a.item_id: a.value for a in store.answers(run.session.id)}[run.steps[1].item_id] == 2


def test_out_of_range_answers_are_refused(atlas, store, student):
    run = QuestionnaireRun.start(atlas, store, student, "ddo")
    with pytest.raises(ValueError):
        run.answer(2)
    assert run.answered == 0


def test_time_left_follows_the_students_pace(atlas, store, student):
    run = QuestionnaireRun.start(atlas, store, student, "full")
    assert run.seconds_left() == 60 * 8
    for _ in range(10):
        run.answer(2, 4000)
    assert run.seconds_left() == 50 * 4


def test_finishing_scores_and_stores_a_snapshot(atlas, store, student):
    run = QuestionnaireRun.start(atlas, store, student, "full+ddo")
    for step in run.steps:
        if step.is_ddo:
            run.answer(0 if step.item.a_type == "technology" else 1, 2500)
        else:
            run.answer(4 if step.item.type == "R" else 1, 2500)
    assert run.is_complete() and run.current is None
    result = run.finish(Recommender(RecommendationIndex(atlas)))
    assert result.riasec.code[0] == "R"
    assert result.ddo.counts["technology"] == 8
    scores, snapshot = store.result(run.session.id)
    assert scores["riasec"]["code"] == result.riasec.code
    assert Recommendations.from_json(snapshot) == result.recommendations
    assert store.session(run.session.id).status == "completed"
    assert store.find_resumable(run.session.resume_code or "XXXXXX") is None


OLD_VERSIONS = "riasec 2025.1; ddo 2025.1"
VALUE_BY_TYPE = {"R": 4, "I": 3, "A": 2, "S": 1, "E": 0, "C": 2}


def test_a_session_of_the_previous_wording_reads_back_and_scores_with_its_own_items(
        atlas, store, student):
    """Sessions taken before the 2026.1 wording keep their items: the replaced activities
    (e05 «fertiliser deal», i04, i08, r10 …) are still what the stored answers refer to."""
    assert atlas.instrument("riasec").version != "2025.1"
    session = store.start_session(student.id, "full+ddo", OLD_VERSIONS, atlas.info().edition)
    old = QuestionnaireRun(atlas, store, session)
    by_id = {step.item_id: step.item for step in old.steps}
    assert by_id["e05"].text.en == "Make a deal with a buyer of fertiliser"
    assert by_id["ddo02"].b_text.ru == "Составлять таблицы и диаграммы по цифрам"
    assert "e12" not in by_id and len(old.steps) == 80
    for step in old.steps:
        value = (0 if step.item.a_type == "people" else 1) if step.is_ddo else \
            VALUE_BY_TYPE[step.item.type]
        store.save_answer(session.id, step.item_id, value, 2500)

    stored = QuestionnaireRun(atlas, store, store.session(session.id))
    assert stored.is_complete() and stored.current is None
    riasec, ddo = stored.scores()
    assert riasec.sums == {t: 10 * v for t, v in VALUE_BY_TYPE.items()}
    assert riasec.answered == riasec.expected == 60 and ddo.counts["people"] == 8
    # the same answers read against the current wording would lose the replaced items
    current_ids = {item.id for item in atlas.riasec_items()}
    assert {step.item_id for step in stored.steps if not step.is_ddo} - current_ids


def test_a_paused_session_of_the_previous_wording_resumes_with_the_old_items(
        atlas, store, student):
    session = store.start_session(student.id, "short", "riasec_short 2025.1",
                                  atlas.info().edition)
    run = QuestionnaireRun(atlas, store, session)
    for _ in range(29):
        run.answer(2, 2000)
    code = run.pause()
    resumed = QuestionnaireRun(atlas, store, store.find_resumable(code))
    assert resumed.position == 29 and resumed.current.item_id == run.steps[29].item_id
    assert [s.item_id for s in resumed.steps] == [s.item_id for s in run.steps]
    assert "e05" in [s.item_id for s in resumed.steps]  # short-form item of 2025.1


def test_a_new_session_records_and_uses_the_current_wording(atlas, store, student):
    run = QuestionnaireRun.start(atlas, store, student, "full+ddo")
    version = atlas.instrument("riasec").version
    assert run.session.instrument_versions == f"riasec {version}; ddo {version}"
    assert [s.item_id for s in run.steps if not s.is_ddo] == \
        [i.id for i in atlas.riasec_items()]
