"""Backups of the school records: daily automatic copies, manual copies to a USB stick, and a
restore that checks the file first.

Copies are made with SQLite's online backup API, so a backup taken while a student is
answering is still a consistent database. A restore never overwrites the live file with
something unreadable: the candidate is checked (integrity, Bagdar's tables, schema version)
and the current file is kept beside it as ``records.before-restore-<time>.sqlite``.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from guidance.records.migrations import LATEST

DAILY_PREFIX = "records-"
DAILY_KEEP = 7
REQUIRED_TABLES = {"students", "sessions", "answers", "results"}


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    problem: str = ""  # code: not_sqlite | damaged | not_bagdar | too_new
    students: int = 0
    sessions: int = 0
    version: int = 0


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the open records database to ``target`` (written beside, then moved in place)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    partial.replace(target)
    return target


def check_backup(path: Path) -> BackupCheck:
    """Is this file a whole, readable Bagdar records database this version can open?"""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return BackupCheck(False, "not_sqlite")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return BackupCheck(False, "not_sqlite")
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return BackupCheck(False, "damaged")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables >= REQUIRED_TABLES:
            return BackupCheck(False, "not_bagdar")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST:
            return BackupCheck(False, "too_new", version=version)
        students = conn.execute("SELECT COUNT(*) FROM students").fetchone()[0]
        sessions = conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        return BackupCheck(True, "", students, sessions, version)
    except sqlite3.DatabaseError:
        return BackupCheck(False, "damaged")
    finally:
        conn.close()


def daily_backup(conn: sqlite3.Connection, folder: Path, today: datetime | None = None,
                 keep: int = DAILY_KEEP) -> Path | None:
    """Today's copy if there is none yet; the oldest beyond ``keep`` are removed."""
    folder = Path(folder)
    stamp = (today or datetime.now(UTC)).strftime("%Y-%m-%d")
    target = folder / f"{DAILY_PREFIX}{stamp}.sqlite"
    made = None
    if not target.exists():
        made = backup_to(conn, target)
    for old in daily_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    return made


def daily_backups(folder: Path) -> list[Path]:
    """Existing daily copies, newest first."""
    return sorted(Path(folder).glob(f"{DAILY_PREFIX}????-??-??.sqlite"), reverse=True)


def latest_good_backup(folder: Path) -> Path | None:
    for candidate in daily_backups(folder):
        if check_backup(candidate).ok:
            return candidate
    return None


def replace_with(live: Path, candidate: Path) -> Path:
    """Swap a checked backup in for the (closed) live file; returns where the old one went."""
    live, candidate = Path(live), Path(candidate)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.stem}.before-restore-{stamp}{live.suffix}")
    if live.exists():
        shutil.copy2(live, kept)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    staging = live.with_name(live.name + ".restoring")
    shutil.copy2(candidate, staging)
    staging.replace(live)
    return kept
