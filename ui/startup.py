"""Start-up safeguards: one instance per user, a rotating log, a friendly dialog for unexpected
errors, and a records database checked before it is used.

A damaged records file is never replaced silently by an empty one: it is kept aside, the latest
good daily backup is offered, and if the counsellor declines, Bagdar does not start.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QWidget

LOG_BYTES = 1_000_000
LOG_COUNT = 3
log = logging.getLogger("bagdar")


def single_instance(folder: Path) -> QLockFile | None:
    """The lock that keeps a second Bagdar of the same user from opening the databases.

    Also where the data folder is made private (0700, new files 0600 on Linux). A folder
    Bagdar cannot write to is said plainly and Bagdar stops — it is not "already open"."""
    import os

    from guidance.paths import make_private_folder

    if os.name == "posix":
        os.umask(0o077)  # records, backups and logs readable only by this user
    try:
        make_private_folder(folder)
    except OSError:
        _cannot_write(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        _cannot_write(folder)
    lock = QLockFile(str(folder / "bagdar.lock"))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.PermissionError:
        _cannot_write(folder)
    lock.removeStaleLockFile()
    return lock if lock.tryLock(200) else None


def _cannot_write(folder: Path) -> None:
    _tell(QCoreApplication.translate(
        "Startup", "Bagdar cannot write to its data folder %1 (it is read-only or belongs to "
                   "another user). Ask the person who looks after the computer to give this "
                   "user write access to it.").replace("%1", str(folder)))
    raise SystemExit(1)


def _tell(message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # loaded when a message is shown, not at start

    from guidance import APP_NAME

    QMessageBox.warning(None, APP_NAME, message)


def setup_logging(folder: Path) -> Path:
    import logging.handlers

    target = folder / "logs" / "bagdar.log"
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=LOG_BYTES,
                                                   backupCount=LOG_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return target


def disk_full_message() -> str:
    return QCoreApplication.translate(
        "Startup", "The disk is full: Bagdar could not save. Everything saved before this "
                   "moment is kept. Free some space on the disk (or ask the person who looks "
                   "after the computer), then try again.")


def install_excepthook(parent: Callable[[], QWidget | None], log_file: Path) -> None:
    """Unexpected errors: logged, then a calm message. Answers are saved as they are given,
    so the student's work is already safe when this appears. A full disk is named as such."""
    from PySide6.QtWidgets import QMessageBox

    from guidance.records.backup import is_disk_full

    def hook(kind, value, trace) -> None:
        log.error("unexpected error", exc_info=(kind, value, trace))
        try:
            title = QCoreApplication.translate("Startup", "Something went wrong")
            if is_disk_full(value):
                QMessageBox.warning(parent(), title, disk_full_message())
                return
            QMessageBox.warning(parent(), title, QCoreApplication.translate(
                "Startup",
                "Bagdar met an unexpected problem. Every answer given so far is saved. If it "
                "happens again, show this file to the person who looks after the computer:\n%1")
                .replace("%1", str(log_file)))
        except Exception:  # the dialog itself must never take the app down
            sys.__excepthook__(kind, value, trace)

    sys.excepthook = hook


def records_ok(path: Path) -> bool:
    return records_state(path) in ("ok", "missing", "empty")


def records_state(path: Path) -> str:
    """ok | missing | empty (no file content, no Bagdar tables, or no student and no sign of
    a set-up school) | damaged. (``sqlite3`` is imported here, after the first paint.)"""
    import sqlite3

    if not path.exists():
        return "missing"
    if path.stat().st_size == 0:
        return "empty"
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return "damaged"
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "students" not in tables:
                return "empty"
            students = conn.execute("SELECT COUNT(*) FROM students").fetchone()[0]
            set_up = "settings" in tables and conn.execute(
                "SELECT COUNT(*) FROM settings WHERE key IN "
                "('counsellor_password', 'recovery_key', 'setup_done')").fetchone()[0]
            return "ok" if students or set_up else "empty"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return "damaged"


def check_records(path: Path, backups: Path, ask: Callable[[str], bool],
                  tell: Callable[[str], None] = _tell) -> bool:
    """True when the records file may be opened: it is whole and writable, or a backup was
    restored, or this is a new PC. Never an empty start over a school whose backups hold
    students: a missing or empty records file next to such backups is damage."""
    from guidance.records.backup import clean_leftovers, is_disk_full

    try:
        for removed in clean_leftovers(path.parent, path):
            log.info("removed a leftover of an interrupted run: %s", removed.name)
    except OSError:
        log.exception("could not clean leftovers")
    state = records_state(path)
    try:
        if state == "ok":
            return _writable(path, tell)
        if state in ("missing", "empty"):
            return _empty_records(path, backups, state, ask, tell)
        return _damaged_records(path, backups, ask)
    except OSError as err:
        if not is_disk_full(err):
            raise
        tell(disk_full_message())
        return False


def _writable(path: Path, tell: Callable[[str], None]) -> bool:
    import os

    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return True
    tell(QCoreApplication.translate(
        "Startup", "The students' records file %1 is read-only, so no answer could be saved. "
                   "Ask the person who looks after the computer to make it writable for this "
                   "user; nothing has been changed.").replace("%1", str(path)))
    return False


def _kept_name(path: Path, why: str) -> Path:
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{why}-{stamp}{path.suffix}")


def _empty_records(path: Path, backups: Path, state: str, ask: Callable[[str], bool],
                   tell: Callable[[str], None]) -> bool:
    from guidance.records.backup import check_backup, latest_good_backup, replace_with

    candidate = latest_good_backup(backups, with_students=True)
    if candidate is None:
        return True  # a new PC (or a school with no student yet): nothing to lose
    students = check_backup(candidate).students
    log.error("records database %s but the backup %s holds %s students", state,
              candidate.name, students)
    if not ask(QCoreApplication.translate(
            "Startup", "The students' records file is missing or empty, but the backup of %1 "
                       "holds %2 students. Restore that backup now?")
            .replace("%1", candidate.stem[-10:]).replace("%2", str(students))):
        tell(QCoreApplication.translate(
            "Startup", "Bagdar does not start with empty records while its backups hold "
                       "students. To really start afresh, the person who looks after the "
                       "computer moves the folder %1 away first.").replace("%1", str(backups)))
        return False
    if path.exists():
        path.replace(_kept_name(path, "damaged"))
    replace_with(path, candidate)
    log.info("records restored from %s", candidate)
    return True


def _damaged_records(path: Path, backups: Path, ask: Callable[[str], bool]) -> bool:
    from guidance.records.backup import latest_good_backup, replace_with

    kept = _kept_name(path, "damaged")
    log.error("records database damaged: %s (kept as %s)", path, kept.name)
    candidate = latest_good_backup(backups)
    if candidate is None:
        if not ask(QCoreApplication.translate(
                "Startup",
                "The students' records file is damaged and no good backup was found. "
                       "Start with empty records? The damaged file is kept as %1 for the "
                       "person who looks after the computer.").replace("%1", kept.name)):
            return False
        path.replace(kept)
        return True
    question = QCoreApplication.translate(
        "Startup", "The students' records file is damaged. Restore the backup of %1? The "
                   "damaged file is kept as %2.").replace("%1", candidate.stem[-10:]) \
        .replace("%2", kept.name)
    if not ask(question):
        return False
    path.replace(kept)
    replace_with(path, candidate)
    log.info("records restored from %s", candidate)
    return True
