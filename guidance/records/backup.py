"""Backups of the school records: daily automatic copies, manual copies to a USB stick, a
restore that checks the file first, and deletion that reaches every copy.

Copies are made with SQLite's online backup API, so a backup taken while a student is
answering is still a consistent database; each copy is switched to a rollback journal and
checked read-only as an immutable file, so checking a USB backup leaves no ``-wal``/``-shm``
beside it. A restore never overwrites the live file with something unreadable: the candidate
is checked (integrity, Bagdar's tables, schema version) and the current file is kept beside
it as ``records.before-restore-<time>.sqlite`` (the newest ``BEFORE_RESTORE_KEEP`` only).

A deleted student is removed from every copy Bagdar knows (``scrub_copy``): the copy is
rewritten without them and vacuumed; a copy that cannot be rewritten is removed, because the
personal-data law asks for deletion, not for a best effort.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from guidance import paths
from guidance.records.migrations import LATEST

DAILY_PREFIX = "records-"
DAILY_KEEP = 7
BEFORE_RESTORE_KEEP = 3
DAMAGED_KEEP = 2
EXTERNAL_KEEP = 20
REQUIRED_TABLES = {"students", "sessions", "answers", "results"}


@dataclass(frozen=True)
class BackupCheck:
    ok: bool
    problem: str = ""  # code: not_sqlite | damaged | not_bagdar | too_new | disk_full | unreadable
    students: int = 0
    sessions: int = 0
    version: int = 0


def is_disk_full(err: BaseException) -> bool:
    if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    return isinstance(err, sqlite3.Error) and "full" in str(err).lower()


def _read_only(path: Path) -> sqlite3.Connection:
    """Open a copy without writing anything beside it (no -wal, -shm or journal)."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the open records database to ``target`` (written beside, then moved in place)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            dest.close()
        paths.make_private_file(partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        Path(str(partial) + "-journal").unlink(missing_ok=True)
        raise
    return target


def check_backup(path: Path) -> BackupCheck:
    """Is this file a whole, readable Bagdar records database this version can open?"""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return BackupCheck(False, "not_sqlite")
        conn = _read_only(path)
    except OSError as err:
        return BackupCheck(False, "disk_full" if is_disk_full(err) else "unreadable")
    except sqlite3.Error:
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
    except sqlite3.DatabaseError as err:
        return BackupCheck(False, "disk_full" if is_disk_full(err) else "damaged")
    finally:
        conn.close()


def daily_backup(conn: sqlite3.Connection, folder: Path, today: datetime | None = None,
                 keep: int = DAILY_KEEP) -> Path | None:
    """Today's copy if there is none yet; the oldest beyond ``keep`` are removed."""
    folder = Path(folder)
    paths.make_private_folder(folder)
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


def latest_good_backup(folder: Path, with_students: bool = False) -> Path | None:
    for candidate in daily_backups(folder):
        check = check_backup(candidate)
        if check.ok and (check.students or not with_students):
            return candidate
    return None


def most_students_in_backups(folder: Path) -> int:
    return max((check_backup(p).students for p in daily_backups(folder)), default=0)


def _before_restore(live: Path) -> list[Path]:
    return sorted(live.parent.glob(f"{live.stem}.before-restore-*{live.suffix}"), reverse=True)


def _damaged(live: Path) -> list[Path]:
    return sorted(live.parent.glob(f"{live.stem}.damaged-*{live.suffix}"), reverse=True)


def replace_with(live: Path, candidate: Path) -> Path:
    """Swap a checked backup in for the (closed) live file; returns where the old one went.
    On any failure (a full disk) the live file is left as it was and nothing half-written
    stays behind."""
    live, candidate = Path(live), Path(candidate)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.stem}.before-restore-{stamp}{live.suffix}")
    staging = live.with_name(live.name + ".restoring")
    try:
        if live.exists():
            shutil.copy2(live, kept)
        shutil.copy2(candidate, staging)
        paths.make_private_file(staging)
    except BaseException:
        kept.unlink(missing_ok=True)
        staging.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)
    staging.replace(live)
    return kept


def merge_audit(conn: sqlite3.Connection, entries: list[tuple[str, str, str]]) -> None:
    """Put back audit entries a restore would lose; the whole log stays in time order."""
    have = {tuple(r) for r in conn.execute("SELECT at, action, detail FROM audit_log")}
    missing = sorted(e for e in set(entries) - have)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO audit_log (at, action, detail) VALUES (?, ?, ?)",
                           missing)
    # Keep the log in time order, whatever order the two files held it in.
    rows = conn.execute("SELECT at, action, detail FROM audit_log ORDER BY at, id"
                              ).fetchall()
    conn.execute("DELETE FROM audit_log")
    conn.executemany("INSERT INTO audit_log (at, action, detail) VALUES (?, ?, ?)",
                           [tuple(r) for r in rows])
    conn.execute("COMMIT")


def prune_before_restore(live: Path) -> None:
    for old in _before_restore(Path(live))[BEFORE_RESTORE_KEEP:]:
        old.unlink(missing_ok=True)


def known_copies(live: Path, backups_folder: Path, external: list[str]) -> list[Path]:
    """Every copy of the records Bagdar made or kept that is reachable now."""
    live = Path(live)
    found = daily_backups(backups_folder) + _before_restore(live) + _damaged(live)
    found += [Path(p) for p in external if Path(p).is_file()]
    return list(dict.fromkeys(found))


def scrub_copy(path: Path, gone: list[tuple[int, str]]) -> bool:
    """Remove these students (id, created_at) from one copy and vacuum it, so no byte of
    them is left in the file. False when the copy could not be rewritten and was removed."""
    path = Path(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            for pragma in ("foreign_keys = ON", "secure_delete = ON", "journal_mode = DELETE"):
                conn.execute(f"PRAGMA {pragma}")
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("DELETE FROM students WHERE id = ? AND created_at = ?", gone)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
        finally:
            conn.close()
        return True
    except (sqlite3.Error, OSError):
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(path) + suffix).unlink(missing_ok=True)
        return False


def clean_leftovers(data_folder: Path, live: Path) -> list[Path]:
    """What killed or failed runs left behind, removed at start (nothing is open yet):
    half-written backups, a half-copied restore, atlas builds, -wal/-shm beside copies;
    before-restore and damaged copies beyond the newest few. Returns what was removed."""
    data_folder, live = Path(data_folder), Path(live)
    removed: list[Path] = []
    backups = data_folder / "backups"
    doomed = list(backups.glob("*.part")) + list(backups.glob("*.part-journal"))
    doomed += [live.with_name(live.name + ".restoring")]
    doomed += list((data_folder / "atlas").glob(".atlas-*.tmp"))
    for copy in daily_backups(backups) + _before_restore(live) + _damaged(live):
        doomed += [Path(str(copy) + s) for s in ("-wal", "-shm")]
        if Path(str(copy) + "-journal").exists():
            # A deletion was cut off while rewriting this copy: its journal still holds the
            # deleted rows, and rolling back would bring them back. The copy goes.
            doomed += [Path(str(copy) + "-journal"), copy]
    doomed += _before_restore(live)[BEFORE_RESTORE_KEEP:] + _damaged(live)[DAMAGED_KEEP:]
    for path in doomed:
        try:
            if path.is_file():
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed
