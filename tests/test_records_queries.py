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


def test_class_scores_read_what_the_whole_results_say(store):
    """The class report's lean query agrees with decoding every latest result in Python, for
    the kinds of result a class has: flags in both parts, no DDO, no interests, a retake."""
    student, _ = add(store, "Әлия", "9 Ә", code="SAE")
    retake = store.start_session(student.id, "full", "riasec 2025.1")
    store.save_result(retake.id, {"riasec": {"code": "RIC", "flags": ["flat", "too_fast"]},
                                  "ddo": {"leading": ["people", "art"], "flags": ["too_fast",
                                                                                  "tie"]}}, None)
    store.set_status(retake.id, "completed")
    add(store, "Бекзат", "9 Ә", code="")
    only_ddo = store.add_student(StudentInput("Сәуле", "9 Ә", 9, "taraz"))
    session = store.start_session(only_ddo.id, "ddo", "ddo 2025.1")
    store.save_result(session.id, {"riasec": None, "ddo": {"leading": ["signs"]}}, None)
    store.set_status(session.id, "completed")
    add(store, "Other class", "9 Б")
    add(store, "Paused", "9 Ә", status="paused")

    def from_whole(result) -> q.ClassScore:
        riasec, ddo = result.scores.get("riasec") or {}, result.scores.get("ddo") or {}
        return q.ClassScore(result.student.id, result.student.display_name,
                            riasec.get("code") or "",
                            tuple(dict.fromkeys([*riasec.get("flags", ()),
                                                 *ddo.get("flags", ())])),
                            tuple(ddo.get("leading", ())), result.scores.get("riasec") is not None)

    lean = sorted(q.class_scores(store, "9 Ә"), key=lambda s: s.student_id)
    whole = sorted((from_whole(r) for r in q.latest_results(store, "9 Ә")),
                   key=lambda s: s.student_id)
    assert lean == whole and len(lean) == 3
    first = next(s for s in lean if s.display_name == "Әлия")
    assert first.code == "RIC" and first.flags == ("flat", "too_fast", "tie")
    assert first.leading == ("people", "art")
    assert not next(s for s in lean if s.display_name == "Сәуле").interests


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


def test_name_search_folds_case_and_kazakh_letters(store):
    add(store, "Әйгерім Сәрсенбаева", "9 Ә")
    add(store, "Бекзат Нұрланов", "9 Б")
    for typed in ("Әйгерім", "әйгерім", "АЙГЕРІМ", "айгерим", "сарсенбаева айгерим"):
        assert [r.display_name for r in q.session_rows(store, name=typed)] == [
            "Әйгерім Сәрсенбаева"], typed
    assert q.count_sessions(store, name="нурланов") == 1
    assert q.session_rows(store, name="Дана") == []


def test_rows_sort_by_any_column_and_filter_by_flag(store):
    add(store, "Бекзат", "10 А", grade=10, code="SAE")
    add(store, "Әлия", "9 Ә", code="RIC")
    add(store, "Аян", "9 Б", status="paused")
    names = [r.display_name for r in q.session_rows(store, sort="name", descending=False)]
    assert names == ["Аян", "Әлия", "Бекзат"]  # the Kazakh alphabet: Ә after А
    by_class = [r.class_name for r in q.session_rows(store, sort="class", descending=False)]
    assert by_class == ["9 Ә", "9 Б", "10 А"]
    codes = [r.holland_code for r in q.session_rows(store, sort="code", descending=True)]
    assert codes == ["SAE", "RIC", ""]
    for column in q.SORT_COLUMNS:
        assert len(q.session_rows(store, sort=column)) == 3
    flagged = q.session_rows(store, flag="too_fast")
    assert sorted(r.display_name for r in flagged) == ["Бекзат", "Әлия"]
    assert q.count_sessions(store, flag="too_fast") == 2
    assert q.count_sessions(store, flag="flat") == 0


def test_retention_counts_from_the_last_session(store):
    student, _ = add(store, "Returned", "9 А")
    add(store, "Gone", "9 А")
    later = datetime.now(UTC) + timedelta(days=400)
    store._conn.execute("UPDATE students SET created_at = '2000-01-01T00:00:00Z'")
    store._conn.execute("UPDATE sessions SET started_at = ? WHERE student_id = ?",
                        (later.strftime("%Y-%m-%dT%H:%M:%SZ"), student.id))
    assert [s.display_name for s in q.students_older_than(store, 365, later)] == ["Gone"]


def test_class_spellings_read_as_one_class():
    from guidance.records.classes import SchoolClass, parse_class

    for typed in ("9 «А»", "9А", "9 а", "9-А", "9A", '9 "а"', " 9а "):
        assert parse_class(typed) == SchoolClass(9, "А"), typed
    assert parse_class("11") == SchoolClass(11, "")
    assert parse_class("9 «Ә»").name == "9 «Ә»"
    for wrong in ("", "А", "13 А", "9 AB", "9 А1", "0 А"):
        assert parse_class(wrong) is None, wrong


def test_classes_set_up_merged_and_students_corrected(store):
    from guidance.records import classes as c

    c.add_class(store, 9, "а")
    c.add_class(store, 9, "Ә")
    c.add_class(store, 9, "A")  # Latin: the same class as the Cyrillic one
    assert [k.name for k in c.school_classes(store)] == ["9 «А»", "9 «Ә»"]
    with pytest.raises(ValueError):
        c.add_class(store, 9, "АБ")
    for name, cls in (("Әлия", "9А"), ("Бекзат", "9 а"), ("Сәуле", "9-А"), ("Аян", "9 «А»"),
                      ("Дана", "9 A1")):
        add(store, name, cls)
    assert c.merge_suggestions(store) == {"9 «А»": sorted(["9 а", "9-А", "9А"])}
    assert c.move_students(store, ["9А", "9 а", "9-А"], c.SchoolClass(9, "А")) == 3
    assert c.merge_suggestions(store) == {}
    assert len(q.latest_results(store, "9 «А»")) == 4
    assert q.class_names(store) == ["9 «А»", "9 A1"]
    dana = store.student_ids("9 A1")[0]
    c.set_student(store, dana, "  Дана   Оспанова ", c.SchoolClass(9, "Ә"))
    assert store.student(dana).display_name == "Дана Оспанова"
    assert store.student(dana).class_name == "9 «Ә»"
    with pytest.raises(ValueError):
        c.set_student(store, dana, "   ", c.SchoolClass(9, "Ә"))
    c.remove_class(store, "9 «Ә»")
    assert [k.name for k in c.school_classes(store)] == ["9 «А»"]
    assert store.student(dana).class_name == "9 «Ә»"  # the students stay


def test_sessions_get_a_stable_unique_id(store):
    _, first = add(store, "Әлия", "9 Ә")
    _, second = add(store, "Бекзат", "9 Б")
    uids = [r[0] for r in store._conn.execute("SELECT uid FROM sessions ORDER BY id")]
    assert len(set(uids)) == 2 and all(len(u) == 32 for u in uids)


def test_dashboard_progress_triage_and_follow_ups(store):
    from guidance.records import dashboard as d

    fast, _ = add(store, "Әлия", "9 «А»")  # completed, flagged too_fast by ``add``
    paused, _ = add(store, "Бекзат", "9 «А»", status="paused")
    store.add_student(StudentInput("Аян", "9 «А»", 9))  # not started
    fine, session = add(store, "Сәуле", "10 «Б»", grade=10)
    store._conn.execute("UPDATE results SET scores_json = '{\"riasec\": {\"code\": \"SAE\", "
                        "\"flags\": []}}' WHERE session_id = ?", (session.id,))
    progress = {p.class_name: p for p in d.class_progress(store)}
    assert progress["9 «А»"] == d.ClassProgress("9 «А»", 3, 1, 1, 1)
    assert progress["10 «Б»"].share == 1.0
    rows = d.triage(store)
    assert [(r.display_name, r.reasons) for r in rows] == [  # Kazakh order: Ә before Б
        ("Әлия", ("too_fast",)), ("Бекзат", ("unfinished",))]
    d.set_follow_up(store, fast.id, "retest")
    d.set_follow_up(store, fine.id, "talk")  # a mark keeps a student on the list
    assert {r.display_name: r.follow_up for r in d.triage(store)} == {
        "Бекзат": None, "Әлия": "retest", "Сәуле": "talk"}
    d.set_follow_up(store, fine.id, None)
    assert [r.display_name for r in d.triage(store)] == ["Әлия", "Бекзат"]
    with pytest.raises(ValueError):
        d.set_follow_up(store, fine.id, "expel")
    store.delete_student(fast.id)
    assert d.follow_ups(store) == {}


def test_dashboard_gap_between_a_class_and_the_region(store):
    from guidance.records import dashboard as d

    for name, code in (("A", "RIC"), ("B", "RCI"), ("C", "SAE")):
        add(store, name, "9 «А»", code=code)
    region = {"R": 0.2, "I": 0.05, "A": 0.05, "S": 0.1, "E": 0.1, "C": 0.5}
    [gap] = d.class_gaps(store, region)
    assert (gap.class_top, gap.region_top, gap.gap_letter, gap.students) == ("R", "C", "C", 3)
    assert gap.class_share == 0 and gap.region_share == 0.5


def test_sessions_carried_from_another_pc_once_and_whole(tmp_path, store):
    from guidance.records import transfer as t

    other = RecordsStore(tmp_path / "pc7.sqlite")
    add(other, "Әлия Серікова", "9 «А»")
    add(other, "Бекзат", "9 «А»", status="paused")
    add(store, "әлия  серикова", "9 «А»", code="SAE")  # the same girl, typed another way here
    stick = tmp_path / "pc7.bagdar-sessions"
    assert t.export_sessions(other, stick, "PC 7") == 2
    report = t.import_sessions(store, stick)
    assert report == t.ImportReport(sessions_added=2, sessions_already_here=0,
                                    students_added=1, students_matched=1)
    assert len(store.student_ids()) == 2
    assert t.import_sessions(store, stick) == t.ImportReport(0, 2, 0, 0)  # idempotent
    assert q.count_sessions(store) == 3
    bekzat = next(r for r in q.session_rows(store) if r.display_name == "Бекзат")
    assert bekzat.status == "paused" and bekzat.answered == 1
    codes = sorted(r.holland_code for r in q.session_rows(store) if r.holland_code)
    assert codes == ["RIC", "SAE"]
    # A new session on the other PC comes in next time; the old ones do not come twice.
    add(other, "Дана", "9 «Б»")
    t.export_sessions(other, stick)
    assert t.import_sessions(store, stick).sessions_added == 1
    other.close()


def test_a_half_copied_or_foreign_file_imports_nothing(tmp_path, store):
    from guidance.records import transfer as t

    other = RecordsStore(tmp_path / "pc7.sqlite")
    for name in ("A", "B", "C"):
        add(other, name, "9 «А»")
    stick = tmp_path / "pc7.bagdar-sessions"
    t.export_sessions(other, stick)
    data = stick.read_bytes()
    for cut in (len(data) // 2, len(data) - 70, len(data) - 3):
        half = tmp_path / f"half{cut}"
        half.write_bytes(data[:cut])
        with pytest.raises(t.TransferError) as error:
            t.import_sessions(store, half)
        assert error.value.reason == "damaged"
    (tmp_path / "x.csv").write_text("name,class\nA,9\n")
    with pytest.raises(t.TransferError) as error:
        t.import_sessions(store, tmp_path / "x.csv")
    assert error.value.reason == "not_a_sessions_file"
    assert store.student_ids() == [] and q.count_sessions(store) == 0
    other.close()
