"""The counsellor's questions to the records: table rows, filters, classes, results, retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from guidance.records import RecordsStore, StudentInput
from guidance.records import queries as q


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "records.sqlite")
    yield opened
    opened.close()


def add(store, name, cls, grade=9, status="completed", code="RIC"):
    student = store.add_student(StudentInput(name, cls, grade, "taraz"))
    session = store.start_session(student.id, "full", "riasec 2025.1")
    store.save_answer(session.id, "r01", 4, 1000)
    if status == "completed":
        store.save_result(session.id, {"riasec": {"code": code, "flags": ["too_fast"]},
                                       "ddo": None}, None)
    store.set_status(session.id, status)
    return student, session


def test_rows_carry_code_flags_and_answer_counts(store):
    add(store, "Әлия", "9 Ә")
    add(store, "Бекзат", "9 Б", status="paused")
    rows = q.session_rows(store)
    assert [r.display_name for r in rows] == ["Бекзат", "Әлия"]  # newest first
    done = next(r for r in rows if r.display_name == "Әлия")
    assert done.holland_code == "RIC" and done.flags == ("too_fast",) and done.answered == 1


def test_filters(store):
    add(store, "Әлия", "9 Ә")
    add(store, "Бекзат", "9 Б", status="paused")
    add(store, "Сәуле", "11 А", grade=11)
    assert [r.display_name for r in q.session_rows(store, class_name="9 Б")] == ["Бекзат"]
    assert [r.display_name for r in q.session_rows(store, grade=11)] == ["Сәуле"]
    assert [r.display_name for r in q.session_rows(store, status="paused")] == ["Бекзат"]
    assert [r.display_name for r in q.session_rows(store, name="Әли")] == ["Әлия"]
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    assert len(q.session_rows(store, date_from=today, date_to=today)) == 3
    assert q.session_rows(store, date_to="2000-01-01") == []
    assert q.class_names(store) == ["9 Ә", "9 Б", "11 А"]


def test_name_search_treats_wildcards_literally(store):
    add(store, "100% Ali_", "9 А")
    add(store, "Other", "9 А")
    assert [r.display_name for r in q.session_rows(store, name="0% A")] == ["100% Ali_"]
    assert [r.display_name for r in q.session_rows(store, name="_")] == ["100% Ali_"]


def test_latest_results_per_class(store):
    student, _ = add(store, "Әлия", "9 Ә", code="SAE")
    second = store.start_session(student.id, "full", "riasec 2025.1")
    store.save_result(second.id, {"riasec": {"code": "RIC", "flags": []}}, None)
    store.set_status(second.id, "completed")
    add(store, "Бекзат", "9 Б")
    results = q.latest_results(store, "9 Ә")
    assert len(results) == 1 and results[0].scores["riasec"]["code"] == "RIC"
    assert q.student_latest(store, student.id).session.id == second.id


def test_comments_and_audit(store):
    student, _ = add(store, "Әлия", "9 Ә")
    store.set_comment(student.id, "  Talk about the college in Karatau.  ")
    assert store.comment(student.id) == "Talk about the college in Karatau."
    store.audit("export", "class 9 Ә, csv")
    store.audit("login")
    assert [a for _at, a, _d in store.audit_entries()] == ["login", "export"]


def test_retention_removes_only_old_students(store):
    add(store, "Old", "9 А")
    add(store, "New", "9 А")
    later = datetime.now(UTC) + timedelta(days=400)
    assert [s.display_name for s in q.students_older_than(store, 365, later)] == ["Old", "New"]
    assert q.students_older_than(store, 365) == []
    assert q.delete_older_than(store, 365, later) == 2
    assert store.student_ids() == []
