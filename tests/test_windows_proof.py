"""What a Windows school PC does to Bagdar's files, tried where it can be tried here.

- The records live in ``%APPDATA%\\Bagdar\\Bagdar`` of a user whose folder may be named in
  Kazakh with spaces (``C:\\Users\\Әйгерім Сәрсенбаева\\…``): records, backups, the log and the
  single-instance lock must all work there.
- A profile nested deep (redirected folders, a network home) gives paths past Windows' old
  260-character limit; the bundle's manifest declares long paths (checked by
  tools/windows/build.sh), and the records code must not shorten or mangle them.
- A PC switched off mid-lesson leaves the lock file behind: the next start must not believe
  Bagdar is still open.
- The daily backup runs while a student keeps answering: the copy must be whole and no answer
  may be refused because the file is busy.
Windows' own file-sharing rules, printing and display scaling are in the README's manual check
list (wine cannot show them).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from guidance.records import RecordsStore, StudentInput
from guidance.records.backup import check_backup, daily_backups, latest_good_backup

ROOT = Path(__file__).resolve().parent.parent
USER_DATA = ("Users", "Әйгерім Сәрсенбаева", "AppData", "Roaming", "Bagdar", "Bagdar")
LOCK_HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ui.startup import single_instance
app = QCoreApplication([])
lock = single_instance(Path(sys.argv[1]))
print("locked" if lock is not None else "refused", flush=True)
time.sleep(120)
"""


def a_student_with_answers(store: RecordsStore, name: str = "Әйгерім Сәрсенбаева") -> int:
    student = store.add_student(StudentInput(name, "9 Ә", 9, "talas", "kk", "kk"))
    session = store.start_session(student.id, "grade9", "riasec:1")
    for number in range(1, 11):
        store.save_answer(session.id, f"R{number}", number % 5, 2000)
    return session.id


def records_round_trip(folder: Path) -> None:
    """Records, a daily backup, a check and a restore, all in ``folder``."""
    store = RecordsStore(folder / "records.sqlite")
    try:
        session_id = a_student_with_answers(store)
        made = store.daily_backup(folder / "backups")
        assert made is not None and made.parent == folder / "backups"
        check = check_backup(made)
        assert check.ok and check.students == 1 and check.sessions == 1
        assert latest_good_backup(folder / "backups") == made
        store.add_student(StudentInput("Later", "9 Ә", 9))
        store.restore_from(made)
        assert [store.student(i).display_name for i in store.student_ids()] == \
            ["Әйгерім Сәрсенбаева"]
        assert len(store.answers(session_id)) == 10
    finally:
        store.close()


def test_records_in_a_user_folder_with_kazakh_letters_and_spaces(tmp_path):
    folder = tmp_path.joinpath(*USER_DATA)
    records_round_trip(folder)
    assert (folder / "records.sqlite").is_file()
    assert daily_backups(folder / "backups")


def test_lock_and_log_in_a_user_folder_with_kazakh_letters_and_spaces(qapp, tmp_path):
    import logging

    from ui.startup import log, setup_logging, single_instance

    folder = tmp_path.joinpath(*USER_DATA)
    lock = single_instance(folder)
    assert lock is not None and (folder / "bagdar.lock").exists()
    assert single_instance(folder) is None  # a second Bagdar of the same user is refused
    target = setup_logging(folder)
    try:
        log.info("started in %s", folder)
        for handler in log.handlers:
            handler.flush()
        assert "Әйгерім Сәрсенбаева" in target.read_text(encoding="utf-8")
    finally:
        for handler in list(log.handlers):
            if isinstance(handler, logging.FileHandler):
                log.removeHandler(handler)
                handler.close()
        lock.unlock()
    assert not (folder / "bagdar.lock").exists()


def test_records_past_the_old_260_character_path_limit(tmp_path):
    # Past 260 characters, yet under SQLite's 512-byte limit on Linux (the Windows build's
    # limit is 32,767 characters); Kazakh letters take two bytes each in UTF-8.
    deep = tmp_path.joinpath(*USER_DATA[:3], *["school documents, long folder"] * 7, "Bagdar")
    path = deep / "backups" / "records-2026-11-27.sqlite"
    assert len(str(path)) > 260 and len(str(path).encode()) < 512
    records_round_trip(deep)


def start_lock_holder(folder: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(folder)], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


@pytest.mark.skipif(sys.platform == "win32", reason="kills the holder with SIGKILL")
def test_the_lock_left_by_a_crashed_bagdar_does_not_block_the_next_start(qapp, tmp_path):
    from ui.startup import single_instance

    folder = tmp_path.joinpath(*USER_DATA)
    holder = start_lock_holder(folder)
    try:
        assert single_instance(folder) is None  # it is alive: Bagdar is really open
    finally:
        holder.send_signal(signal.SIGKILL)  # a power cut: no clean-up at all
        holder.wait()
        holder.stdout.close()
    assert (folder / "bagdar.lock").exists()
    lock = single_instance(folder)
    assert lock is not None
    lock.unlock()


def test_an_empty_lock_file_from_a_power_cut_does_not_block_the_next_start(qapp, tmp_path):
    from ui.startup import single_instance

    folder = tmp_path.joinpath(*USER_DATA)
    folder.mkdir(parents=True)
    (folder / "bagdar.lock").write_bytes(b"")  # created, never written: the power went
    lock = single_instance(folder)
    assert lock is not None
    lock.unlock()


def test_backups_while_answers_keep_coming_are_whole_and_refuse_no_answer(tmp_path):
    folder = tmp_path.joinpath(*USER_DATA)
    app_store = RecordsStore(folder / "records.sqlite")
    session_id = a_student_with_answers(app_store)
    writer_store = RecordsStore(folder / "records.sqlite")  # a second connection, own thread
    errors: list[BaseException] = []
    saved = 0
    done = threading.Event()

    def keep_answering() -> None:
        nonlocal saved
        try:
            while not done.is_set() or saved < 200:
                writer_store.save_answer(session_id, f"X{saved}", saved % 5, 1500)
                saved += 1
        except BaseException as err:  # noqa: BLE001 - reported by the assertion below
            errors.append(err)

    writer = threading.Thread(target=keep_answering)
    writer.start()
    copies = []
    try:
        for number in range(6):
            copies.append(app_store.backup_to(folder / "usb" / f"copy-{number}.sqlite"))
    finally:
        done.set()
        writer.join()
    try:
        assert errors == []
        for copy in copies:
            check = check_backup(copy)
            assert check.ok and check.students == 1, (copy, check)
        assert len(app_store.answers(session_id)) == 10 + saved
    finally:
        writer_store.close()
        app_store.close()
