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
