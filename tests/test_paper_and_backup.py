"""Paper mode scores like the screen; backups are consistent, checked and restorable."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from guidance import paper
from guidance.questionnaire import QuestionnaireRun
from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.records import RecordsStore, StudentInput
from guidance.records.backup import check_backup, daily_backups, latest_good_backup

VALUES = {"R": 4, "I": 3, "C": 2, "S": 1, "A": 0, "E": 0}


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "records.sqlite")
    yield opened
    opened.close()


def student(store, name="Сәуле"):
    return store.add_student(StudentInput(name, "9 Ә", 9, "talas", "kk", "kk"))


def test_paper_sheet_scores_the_same_as_the_screen(atlas, store):
    recommender = Recommender(RecommendationIndex(atlas))
    screen = QuestionnaireRun.start(atlas, store, student(store, "Screen"), "full+ddo")
    digits = {"riasec": "", "ddo": ""}
    for step in list(screen.steps):
        if step.is_ddo:
            value = 0 if step.item.a_type in ("technology", "signs") else 1
            digits["ddo"] += "ab"[value]
        else:
            value = VALUES[step.item.type]
            digits["riasec"] += str(value + 1)
        screen.answer(value, 2000)
    on_screen = screen.finish(recommender)

    run = QuestionnaireRun.start(atlas, store, student(store, "Paper"), "full+ddo")
    grouped = {k: " ".join(v[i:i + 10] for i in range(0, len(v), 10)) for k, v in digits.items()}
    values, problems = paper.parse(run.steps, grouped)
    assert problems == []
    paper.enter(run, values)
    on_paper = run.finish(recommender)
    assert on_paper.riasec.sums == on_screen.riasec.sums
    assert on_paper.riasec.code == on_screen.riasec.code
    assert on_paper.ddo.counts == on_screen.ddo.counts
    assert [m.profession_id for m in on_paper.recommendations.professions] == \
        [m.profession_id for m in on_screen.recommendations.professions]


def test_paper_problems_name_the_item(atlas, store):
    run = QuestionnaireRun.start(atlas, store, student(store), "short+ddo")
    values, problems = paper.parse(run.steps, {"riasec_short": "1234567" + "1" * 22,
                                         "ddo": "ab" * 10 + "a"})
    codes = {(p.instrument, p.item_number, p.code) for p in problems}
    assert ("riasec_short", 6, "out_of_range") in codes
    assert ("riasec_short", 7, "out_of_range") in codes
    assert ("riasec_short", 30, "missing") in codes
    assert ("ddo", 21, "too_many") in codes
    assert len(values) == 27 + 20


def test_ddo_letters_read_the_same_on_any_keyboard():
    # Latin, Cyrillic (а/б), Kazakh (а/ә), look-alikes (в, ь) and the a/b keys on a Russian
    # layout (ф/и) — upper case too — all read as the sheet's a and b.
    for first, second in (("a", "b"), ("а", "б"), ("а", "ә"), ("A", "B"), ("А", "Б"),
                          ("a", "в"), ("a", "ь"), ("ф", "и"), ("Ф", "И"), ("1", "2")):
        assert paper.clean(f"{first}{second} {first}-{second}") == "1212", (first, second)
    assert paper.clean("в г") == "2г"  # anything else stays, to be named as a problem


def test_backup_check_and_restore(tmp_path, store):
    keep = student(store, "Kept Before Backup")
    backup = store.backup_to(tmp_path / "usb" / "bagdar-backup.sqlite")
    check = check_backup(backup)
    assert check.ok and check.students == 1
    later = student(store, "Added After Backup")
    assert set(store.student_ids()) == {keep.id, later.id}
    kept = store.restore_from(backup)
    assert store.student_ids() == [keep.id]
    assert kept.exists() and check_backup(kept).students == 2
    student(store, "Still Writable")
    assert len(store.student_ids()) == 2


def test_restore_refuses_a_bad_file_and_keeps_data(tmp_path, store):
    student(store)
    bad = tmp_path / "not-a-backup.sqlite"
    bad.write_bytes(b"PK\x03\x04 this is a zip")
    assert check_backup(bad).problem == "not_sqlite"
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)")
    assert check_backup(other).problem == "not_bagdar"
    with pytest.raises(ValueError):
        store.restore_from(bad)
    assert len(store.student_ids()) == 1


def test_daily_backups_keep_the_last_seven(tmp_path, store):
    student(store)
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, tzinfo=UTC)
    for day in range(10):
        store.daily_backup(folder, start + timedelta(days=day))
    assert store.daily_backup(folder, start + timedelta(days=9)) is None  # once a day
    names = [p.name for p in daily_backups(folder)]
    assert len(names) == 7 and names[0] == "records-2026-11-10.sqlite"
    assert latest_good_backup(folder).name == "records-2026-11-10.sqlite"


def test_restore_keeps_the_audit_log_and_brings_back_the_backups_password(tmp_path, store):
    store.set_counsellor_password("Old-password-1")
    store.audit("export", "before the backup")
    backup = store.backup_to(tmp_path / "usb" / "copy.sqlite")
    store.set_counsellor_password("New-password-2")
    store.audit("password_changed")
    store.audit("delete_student", "7")
    store.restore_from(backup)
    actions = [e[1] for e in reversed(store.audit_entries())]
    assert actions == ["export", "password_changed", "delete_student"]  # none rewound
    assert store.check_counsellor_password("Old-password-1")  # as the question says


def test_a_restore_that_fails_keeps_the_current_records_open(tmp_path, store, monkeypatch):
    from guidance.records import backup as backup_module
    from guidance.records.store import RestoreFailed

    student(store, "Before The Full Disk")
    copy = store.backup_to(tmp_path / "copy.sqlite")
    student(store, "Added Later")

    def disk_full(src, dst, *args, **kwargs):
        Path(dst).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.shutil, "copy2", disk_full)
    with pytest.raises(RestoreFailed) as failure:
        store.restore_from(copy)
    assert failure.value.disk_full
    assert len(store.student_ids()) == 2  # the current records, open and whole
    student(store, "Still Writable")
    assert not list(tmp_path.glob("*.before-restore-*")) and not list(tmp_path.glob("*.restoring"))


def test_checking_a_backup_writes_nothing_beside_it(tmp_path, store):
    student(store)
    usb = tmp_path / "usb"
    copy = store.backup_to(usb / "copy.sqlite")
    assert check_backup(copy).ok
    store.restore_from(copy)
    assert sorted(p.name for p in usb.iterdir()) == ["copy.sqlite"]


def test_deleting_reaches_every_copy_byte_for_byte(tmp_path):
    from guidance.records.backup import BEFORE_RESTORE_KEEP

    data = tmp_path / "data"
    store = RecordsStore(data / "records.sqlite")
    gone_name, class_name, kept_name = "Zhanseit Unikalnyiuly", "Ainur Klassovna", "Kept Student"
    gone = student(store, gone_name)
    store.add_student(StudentInput(class_name, "11 Z", 11, "talas", "kk", "kk"))
    student(store, kept_name)
    store.set_comment(gone.id, "talk to " + gone_name)
    store.daily_backup()
    usb = store.backup_to(tmp_path / "usb" / "stick.sqlite")
    for _ in range(BEFORE_RESTORE_KEEP + 2):
        store.restore_from(usb)  # each leaves a before-restore copy
    store.delete_student(gone.id)
    assert store.delete_class("11 Z") == 1
    store.close()
    files = [p for p in list(data.rglob("*")) + [usb] if p.is_file()]
    assert len([p for p in files if ".before-restore-" in p.name]) <= BEFORE_RESTORE_KEEP
    raw = {p: p.read_bytes() for p in files}
    for name in (gone_name, class_name):
        assert not [p.name for p, b in raw.items() if name.encode() in b], name
    # the search is real: the kept student is in the live file, the daily copy and the stick
    assert {p.name for p, b in raw.items() if kept_name.encode() in b} >= {
        "records.sqlite", usb.name, daily_backups(data / "backups")[0].name}


def test_leftovers_of_killed_runs_are_cleaned_at_start(tmp_path, store):
    from guidance.records.backup import clean_leftovers

    data = tmp_path
    (data / "backups").mkdir()
    (data / "atlas").mkdir()
    made = [data / "backups" / "records-2026-11-01.sqlite.part", data / "atlas" / ".atlas-x.tmp",
            data / "records.sqlite.restoring"]
    copy = store.daily_backup(data / "backups")
    made += [Path(str(copy) + "-wal"), Path(str(copy) + "-shm")]
    for p in made:
        p.write_bytes(b"left over")
    removed = clean_leftovers(data, data / "records.sqlite")
    assert set(removed) == set(made) and copy.exists()


def test_safety_tab_says_a_failed_restore_truthfully_and_unlocks_codes(tmp_path, store, qapp,
                                                                       monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from guidance.records import backup as backup_module
    from ui.counsellor.safety_tab import SafetyTab

    student(store)
    copy = store.backup_to(tmp_path / "copy.sqlite")
    tab = SafetyTab(store, tmp_path / "backups")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module.shutil, "copy2", disk_full)
    assert not tab.restore_from(copy, ask=False)
    assert "disk is full" in said[0] and "Nothing has changed" in said[0]
    assert store.student_ids()  # still open
    for _ in range(10):
        store.resume_guard.clock = lambda: 10**10 + len(said) * 1000
        store.find_resumable("QQQ-QQQ")
        said.append("")
    tab.refresh()
    assert store.resume_locked() and tab.unlock_button.isEnabled()
    tab.unlock_button.click()
    assert not store.resume_locked() and store.audit_entries()[0][1] == "resume_unlocked"


def test_a_deletion_cut_off_before_the_copies_is_finished_at_the_next_start(tmp_path,
                                                                            monkeypatch):
    from guidance.records.scrubber import CopyScrubber, read_pending

    data = tmp_path / "data"
    store = RecordsStore(data / "records.sqlite")
    gone = student(store, "Unfinished Deletion")
    copy = store.daily_backup()
    monkeypatch.setattr(CopyScrubber, "submit", lambda *a: None)  # as if killed right away
    store.delete_student(gone.id)
    store._conn.close()
    assert b"Unfinished Deletion" in copy.read_bytes()
    monkeypatch.undo()
    reopened = RecordsStore(data / "records.sqlite")
    reopened.wait_for_copies()
    assert b"Unfinished Deletion" not in copy.read_bytes()
    assert read_pending(reopened._conn) == []
    reopened.close()


def test_safety_tab_restore_is_logged_after_the_merged_log(tmp_path, store, qapp):
    from ui.counsellor.safety_tab import SafetyTab

    student(store)
    store.audit("export", "class report")
    copy = store.backup_to(tmp_path / "copy.sqlite")
    store.audit("delete_student", "3")
    tab = SafetyTab(store, tmp_path / "backups")
    assert tab.restore_from(copy, ask=False)
    actions = [e[1] for e in store.audit_entries()]
    assert actions[0] == "restore" and {"export", "delete_student"} <= set(actions)
