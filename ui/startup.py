"""Start-up safeguards: one instance per user, a rotating log, a friendly dialog for unexpected
errors, and a records database checked before it is used.

A damaged records file is never replaced silently by an empty one: it is kept aside, the latest
good daily backup is offered, and if the counsellor declines, Bagdar does not start.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

LOG_BYTES = 1_000_000
LOG_COUNT = 3
log = logging.getLogger("bagdar")


def single_instance(folder: Path) -> QLockFile | None:
    """The lock that keeps a second Bagdar of the same user from opening the databases."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / "bagdar.lock"))
    lock.setStaleLockTime(0)
    if lock.tryLock(200):
        return lock
    lock.removeStaleLockFile()
    return lock if lock.tryLock(200) else None


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


def install_excepthook(parent: Callable[[], QWidget | None], log_file: Path) -> None:
    """Unexpected errors: logged, then a calm message. Answers are saved as they are given,
    so the student's work is already safe when this appears."""

    def hook(kind, value, trace) -> None:
        log.error("unexpected error", exc_info=(kind, value, trace))
        try:
            title = QCoreApplication.translate("Startup", "Something went wrong")
            QMessageBox.warning(parent(), title, QCoreApplication.translate(
                "Startup",
                "Bagdar met an unexpected problem. Every answer given so far is saved. If it "
                "happens again, show this file to the person who looks after the computer:\n%1")
                .replace("%1", str(log_file)))
        except Exception:  # the dialog itself must never take the app down
            sys.__excepthook__(kind, value, trace)

    sys.excepthook = hook


def records_ok(path: Path) -> bool:
    if not path.exists():
        return True  # a first start: nothing to lose
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def check_records(path: Path, backups: Path, ask: Callable[[str], bool]) -> bool:
    """True when the records file may be opened (it is whole, or a backup was restored)."""
    if records_ok(path):
        return True
    from guidance.records.backup import latest_good_backup, replace_with

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
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
