"""The school records store: migrations, answers saved at once, resume codes, real deletion."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from guidance.records import RecordsStore, StudentInput, codes
from guidance.records.migrations import LATEST, MIGRATIONS, SchemaTooNew, migrate, version_of
from tests.conftest import ROOT


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "records.sqlite")
    yield opened
    opened.close()


def kid(name="Әйгерім Сәрсенбаева", cls="9 Ә", grade=9):
    return StudentInput(name, cls, grade, "talas", "kk", "kk")


def test_migration_1_creates_the_schema(tmp_path):
    conn = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    assert version_of(conn) == 0
    assert migrate(conn, {1: MIGRATIONS[1]}) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"students", "consents", "sessions", "answers", "results"} <= tables
    assert "settings" not in tables
    assert migrate(conn, {1: MIGRATIONS[1]}) == 1  # idempotent


def test_migration_2_adds_settings_and_keeps_version_1_data(tmp_path):
    conn = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    migrate(conn, {1: MIGRATIONS[1]})
    conn.execute("INSERT INTO students (display_name, grade, created_at) VALUES ('A', 9, 'now')")
    assert migrate(conn, {n: MIGRATIONS[n] for n in (1, 2)}) == 2
    conn.execute("INSERT INTO settings (key, value) VALUES ('programme', 'full')")
    assert conn.execute("SELECT display_name FROM students").fetchone() == ("A",)


def test_migration_3_adds_comments_and_audit_log(tmp_path):
    conn = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    migrate(conn, {n: MIGRATIONS[n] for n in (1, 2)})
    conn.execute("INSERT INTO students (display_name, grade, created_at) VALUES ('A', 9, 'now')")
    assert migrate(conn, {n: MIGRATIONS[n] for n in (1, 2, 3)}) == 3
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO comments (student_id, text, updated_at) VALUES (1, 'ok', 'now')")
    conn.execute("INSERT INTO audit_log (at, action) VALUES ('now', 'login')")
    conn.execute("DELETE FROM students")
    assert conn.execute("SELECT COUNT(*) FROM comments").fetchone() == (0,)


def test_a_failing_migration_leaves_the_old_version_and_data(tmp_path):
    conn = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    migrate(conn)
    conn.execute("INSERT INTO students (display_name, grade, created_at) VALUES ('A', 9, 'now')")
    broken = {**MIGRATIONS, LATEST + 1: ["ALTER TABLE students ADD COLUMN note TEXT",
                                         "THIS IS NOT SQL"]}
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert version_of(conn) == LATEST
    columns = [r[1] for r in conn.execute("PRAGMA table_info(students)")]
    assert "note" not in columns
    assert conn.execute("SELECT COUNT(*) FROM students").fetchone()[0] == 1


def test_a_newer_file_is_refused(tmp_path):
    conn = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None)
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SchemaTooNew):
        migrate(conn)


def test_answers_are_saved_and_changed_answers_replace(store):
    student = store.add_student(kid())
    session = store.start_session(student.id, "full+ddo", "riasec 2025.1; ddo 2025.1")
    store.save_answer(session.id, "r01", 4, 2100)
    store.save_answer(session.id, "i01", 1, 1800)
    store.save_answer(session.id, "r01", 3, 900)
    answers = {a.item_id: (a.value, a.response_ms) for a in store.answers(session.id)}
    assert answers == {"r01": (3, 900), "i01": (1, 1800)}


def test_resume_code_finds_only_open_sessions(store):
    student = store.add_student(kid())
    session = store.start_session(student.id, "short", "riasec 2025.1")
    typed = codes.display(session.resume_code).lower().replace("-", " ")
    assert store.find_resumable(typed).id == session.id
    store.set_status(session.id, "paused")
    assert store.find_resumable(session.resume_code).status == "paused"
    assert store.find_resumable("AAAAAA") is None
    assert store.find_resumable("") is None
    store.set_status(session.id, "completed")
    assert store.find_resumable(session.resume_code) is None
    assert store.session(session.id).resume_code is None


def test_codes_use_an_unambiguous_alphabet():
    drawn = {codes.new_code() for _ in range(500)}
    assert len(drawn) > 490
    # No letter with a Cyrillic twin, no digit (the Kazakh layout has letters on that row).
    assert all(len(c) == 6 and not set(c) & set("ABCEHKMOPTXY0123456789") for c in drawn)


def test_deleting_a_student_leaves_no_row_and_no_bytes(tmp_path):
    path = tmp_path / "records.sqlite"
    store = RecordsStore(path)
    name = "Zhanseit Unikalnyiuly"
    keep = store.add_student(kid("Other Student", "9 Ә"))
    gone = store.add_student(kid(name, "9 Ә"))
    store.record_consent(gone.id, "2025-09-01", "parent: Mother " + name)
    session = store.start_session(gone.id, "full", "riasec 2025.1")
    for n in range(1, 11):
        store.save_answer(session.id, f"r{n:02d}", 4, 1500)
    store.save_result(session.id, {"note": name}, json.dumps({"student": name}))
    store.delete_student(gone.id)
    for table in ("students", "consents", "sessions", "answers", "results"):
        rows = store._conn.execute(f"SELECT * FROM {table}").fetchall()
        assert all(name not in repr(tuple(r)) for r in rows), table
    assert store.student_ids() == [keep.id]
    store.close()
    data = b"".join(p.read_bytes() for p in tmp_path.glob("records.sqlite*"))
    assert name.encode() not in data
    assert b"Other Student" in data  # the search is real: a kept name is found


def test_delete_class_removes_only_that_class(store):
    a = store.add_student(kid("A", "9 Ә"))
    store.add_student(kid("B", "9 Б"))
    assert store.delete_class("9 Б") == 1
    assert store.student_ids() == [a.id]


WRITER = """
import sys
from guidance.records import RecordsStore, StudentInput
store = RecordsStore(sys.argv[1])
student = store.add_student(StudentInput("Killed Midway", "9 А", 9))
session = store.start_session(student.id, "full", "riasec 2025.1")
print(session.id, flush=True)
n = 0
while True:
    n += 1
    store.save_answer(session.id, f"item{n:05d}", n % 5, 1000)
    print(n, flush=True)
"""


def test_no_answer_is_lost_when_the_process_is_killed(tmp_path):
    path = tmp_path / "records.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    session_id = int(proc.stdout.readline())
    confirmed = 0
    deadline = time.monotonic() + 30
    while confirmed < 40 and time.monotonic() < deadline:
        confirmed = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert confirmed >= 40
    store = RecordsStore(path)
    saved = {a.item_id for a in store.answers(session_id)}
    assert {f"item{n:05d}" for n in range(1, confirmed + 1)} <= saved
    assert store.find_resumable(store.session(session_id).resume_code).id == session_id
    store.close()


def test_counsellor_password_is_stored_only_as_a_salted_hash(store):
    assert not store.has_counsellor_password()
    store.set_counsellor_password("Mektep-2025")
    stored = store.setting("counsellor_password")
    assert stored.startswith("scrypt$") and "Mektep" not in stored
    assert store.check_counsellor_password("Mektep-2025")
    assert not store.check_counsellor_password("mektep-2025")
    store.set_counsellor_password("Mektep-2025")
    assert store.setting("counsellor_password") != stored  # a new salt every time


def test_settings_round_trip(store):
    assert store.setting("programme", "full") == "full"
    store.set_setting("programme", "short+ddo")
    assert store.setting("programme") == "short+ddo"
