"""``RecordsStore``: the school records database on the shared PC.

Why it is built this way:
- every answer is committed the moment it is given (WAL journal, ``synchronous=FULL``), so a
  crash, a power cut or a closed lesson loses nothing already answered;
- ``secure_delete`` is on and deletion checkpoints the journal, so a deleted student's name does
  not linger in the file's free pages (the personal-data law asks for real deletion);
- no national ID is stored: a display name, class, grade and district are enough;
- the file lives where the UI says (the user data folder), readable only by its user; the
  core knows nothing of Qt;
- deleting a student also removes them from every copy Bagdar knows (daily backups, USB
  backups still plugged in, before-restore copies), so "deleted" means deleted;
- password checks and resume codes are throttled with delays that survive a restart
  (``guidance.records.guard``); resume codes expire after the period the counsellor sets.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from guidance import paths
from guidance.language_hint import write_language_hint
from guidance.records import auth, backup, codes
from guidance.records.guard import LOCK_AFTER, Backoff, GuardedAccess
from guidance.records.migrations import migrate
from guidance.records.scrubber import CopyScrubber, change_pending, read_pending
from guidance.scoring import Answer

RESUMABLE = ("active", "paused")


class RestoreFailed(Exception):
    """The restore could not finish; the records in use are the ones from before it.
    ``disk_full`` says whether the disk ran out of space."""

    def __init__(self, disk_full: bool):
        super().__init__("disk full" if disk_full else "restore failed")
        self.disk_full = disk_full


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class StudentInput:
    display_name: str
    class_name: str
    grade: int
    district_id: str | None = None
    interface_language: str = "kk"
    study_language: str = "any"
    needs_dormitory: bool = False
    max_distance_km: float | None = None


@dataclass(frozen=True)
class Student(StudentInput):
    id: int = 0
    created_at: str = ""


@dataclass(frozen=True)
class Session:
    id: int
    student_id: int
    programme: str
    instrument_versions: str
    atlas_edition: str
    started_at: str
    ended_at: str | None
    status: str
    resume_code: str | None


class RecordsStore(GuardedAccess):
    def __init__(self, path: Path, backups_folder: Path | None = None):
        self.path = Path(path)
        self.backups_folder = Path(backups_folder or self.path.parent / "backups")
        paths.make_private_folder(self.path.parent)
        self._deferred: list[tuple[int, str]] | None = None
        self._open()
        self.password_guard = Backoff(self, "password")
        self.resume_guard = Backoff(self, "resume", free=2, lock_after=LOCK_AFTER)
        self.scrubber = CopyScrubber(self.path, self.backups_folder)
        # Deletions a closed or killed run had not yet carried into every copy.
        self.scrubber.submit(read_pending(self._conn), self.external_backups())

    def _open(self) -> None:
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        for pragma in ("foreign_keys = ON", "secure_delete = ON", "journal_mode = WAL",
                       "synchronous = FULL", "busy_timeout = 5000"):
            self._conn.execute(f"PRAGMA {pragma}")
        migrate(self._conn)
        for suffix in ("", "-wal", "-shm"):
            paths.make_private_file(Path(str(self.path) + suffix))

    def close(self) -> None:
        self.scrubber.wait()  # a deletion reaches every copy before Bagdar closes
        self._conn.close()

    # --- backups -------------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        """A copy to a file (a USB stick): remembered, so a later deletion reaches it too."""
        made = backup.backup_to(self._conn, target)
        known = self.external_backups()
        known = [str(Path(made).resolve())] + [p for p in known if p != str(Path(made).resolve())]
        self.set_setting("external_backups", json.dumps(known[:backup.EXTERNAL_KEEP]))
        return made

    def external_backups(self) -> list[str]:
        try:
            return [str(p) for p in json.loads(self.setting("external_backups", "[]") or "[]")]
        except ValueError:
            return []

    def daily_backup(self, folder: Path | None = None, today=None) -> Path | None:
        return backup.daily_backup(self._conn, Path(folder or self.backups_folder), today)

    def restore_from(self, candidate: Path) -> Path:
        """Replace this store's data with a checked backup; the store stays open and usable.

        What comes back is the backup's: students, answers, settings, the counsellor password
        and recovery key. What stays: the audit log (entries merged, the restore itself is
        logged by the caller), the delays and lock-outs of the guards, the list of USB copies.
        If the swap fails (a full disk), the current records are reopened untouched and
        ``RestoreFailed`` says so. Returns the path where the previous data was kept."""
        check = backup.check_backup(candidate)
        if not check.ok:
            raise ValueError(check.problem)
        self.scrubber.wait()  # no copy is being rewritten while the files are swapped
        entries = [tuple(r) for r in self._conn.execute("SELECT at, action, detail FROM audit_log")]
        carried = self.password_guard.keys() + self.resume_guard.keys() + ["external_backups"]
        kept_settings = {k: self.setting(k) for k in carried if self.setting(k) is not None}
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        try:
            kept = backup.replace_with(self.path, candidate)
        except (OSError, sqlite3.Error) as err:
            self._open()
            raise RestoreFailed(backup.is_disk_full(err)) from err
        self._open()  # reopen, migrating an older backup forward
        backup.merge_audit(self._conn, entries)
        for key, value in kept_settings.items():
            self.set_setting(key, value)
        backup.prune_before_restore(self.path)
        return kept

    def _one(self, sql: str, *params):
        return self._conn.execute(sql, params).fetchone()

    def _write(self, sql: str, *params) -> sqlite3.Cursor:
        """One statement, committed at once (autocommit mode)."""
        return self._conn.execute(sql, params)

    # --- students ------------------------------------------------------------------------
    def add_student(self, data: StudentInput) -> Student:
        cur = self._write(
            "INSERT INTO students (display_name, class_name, grade, district_id, "
            "interface_language, study_language, needs_dormitory, max_distance_km, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            data.display_name.strip(), data.class_name.strip(), data.grade, data.district_id,
            data.interface_language, data.study_language, int(data.needs_dormitory),
            data.max_distance_km, now())
        return self.student(cur.lastrowid)

    def update_student(self, student_id: int, data: StudentInput) -> Student:
        self._write(
            "UPDATE students SET display_name = ?, class_name = ?, grade = ?, district_id = ?, "
            "interface_language = ?, study_language = ?, needs_dormitory = ?, "
            "max_distance_km = ? WHERE id = ?",
            data.display_name.strip(), data.class_name.strip(), data.grade, data.district_id,
            data.interface_language, data.study_language, int(data.needs_dormitory),
            data.max_distance_km, student_id)
        return self.student(student_id)

    def student(self, student_id: int) -> Student:
        r = self._one("SELECT * FROM students WHERE id = ?", student_id)
        if r is None:
            raise KeyError(student_id)
        return Student(r["display_name"], r["class_name"], r["grade"], r["district_id"],
                       r["interface_language"], r["study_language"], bool(r["needs_dormitory"]),
                       r["max_distance_km"], r["id"], r["created_at"])

    def student_ids(self, class_name: str | None = None) -> list[int]:
        if class_name is None:
            rows = self._conn.execute("SELECT id FROM students ORDER BY id")
        else:
            rows = self._conn.execute("SELECT id FROM students WHERE class_name = ? ORDER BY id",
                                      (class_name,))
        return [r["id"] for r in rows]

    def record_consent(self, student_id: int, given_on: str, given_by: str, form: str = "") -> None:
        self._write("INSERT INTO consents (student_id, given_on, given_by, form, recorded_at) "
                    "VALUES (?, ?, ?, ?, ?)", student_id, given_on, given_by, form, now())

    def consents(self, student_id: int) -> list[dict]:
        return [dict(r) for r in self._conn.execute(
            "SELECT given_on, given_by, form, recorded_at FROM consents WHERE student_id = ? "
            "ORDER BY id", (student_id,))]

    def delete_student(self, student_id: int) -> None:
        """Remove every row about the student, scrub the journal and every known copy."""
        gone = self._identities("id = ?", student_id)
        change_pending(self._conn, add=gone)  # remembered before the deletion itself
        self._write("DELETE FROM students WHERE id = ?", student_id)
        self._scrub(gone)

    def delete_class(self, class_name: str) -> int:
        gone = self._identities("class_name = ?", class_name)
        change_pending(self._conn, add=gone)
        count = self._write("DELETE FROM students WHERE class_name = ?", class_name).rowcount
        self._scrub(gone)
        return count

    def _identities(self, where: str, *params) -> list[tuple[int, str]]:
        """(id, created_at): a student in a copy is the same one only if both match (an id
        can be reused after the highest one is deleted)."""
        return [(r[0], r[1]) for r in self._conn.execute(
            f"SELECT id, created_at FROM students WHERE {where}", params)]

    @contextmanager
    def deleting_many(self):
        """Delete many students (retention) and rewrite the copies once, at the end."""
        self._deferred = []
        try:
            yield
        finally:
            gone, self._deferred = self._deferred, None
            self.scrub_copies(gone)

    def _scrub(self, gone: list[tuple[int, str]]) -> None:
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if self._deferred is not None:
            self._deferred.extend(gone)
        else:
            self.scrub_copies(gone)

    def scrub_copies(self, gone: list[tuple[int, str]]) -> None:
        """Remove these students from every copy Bagdar knows, off this thread (see
        ``guidance.records.scrubber``); ``wait_for_copies`` waits for it."""
        self.scrubber.submit(gone, self.external_backups())

    def wait_for_copies(self) -> None:
        self.scrubber.wait()

    # --- sessions and answers ------------------------------------------------------------
    def start_session(self, student_id: int, programme: str, instrument_versions: str,
                      atlas_edition: str = "") -> Session:
        for _attempt in range(20):
            code = codes.new_code()
            try:
                cur = self._write(
                    "INSERT INTO sessions (student_id, programme, instrument_versions, "
                    "atlas_edition, started_at, status, resume_code) "
                    "VALUES (?, ?, ?, ?, ?, 'active', ?)", student_id, programme,
                    instrument_versions, atlas_edition, now(), code)
                return self.session(cur.lastrowid)
            except sqlite3.IntegrityError:
                continue  # the code is taken: draw another
        raise RuntimeError("could not draw a free resume code")

    def session(self, session_id: int) -> Session:
        r = self._one("SELECT * FROM sessions WHERE id = ?", session_id)
        if r is None:
            raise KeyError(session_id)
        return Session(r["id"], r["student_id"], r["programme"], r["instrument_versions"],
                       r["atlas_edition"], r["started_at"], r["ended_at"], r["status"],
                       r["resume_code"])

    def sessions_of(self, student_id: int) -> list[Session]:
        return [self.session(r["id"]) for r in self._conn.execute(
            "SELECT id FROM sessions WHERE student_id = ? ORDER BY id", (student_id,))]

    def set_status(self, session_id: int, status: str) -> None:
        ended = now() if status in ("completed", "abandoned") else None
        # A finished session's code is released, so it can never reopen the student's data.
        self._write("UPDATE sessions SET status = ?, ended_at = ?, resume_code = "
                    "CASE WHEN ? IN ('completed', 'abandoned') THEN NULL ELSE resume_code END "
                    "WHERE id = ?", status, ended, status, session_id)

    def save_answer(self, session_id: int, item_id: str, value: int,
                    response_ms: int | None = None) -> None:
        """Committed before it returns: a crash right after loses nothing."""
        self._write("INSERT INTO answers (session_id, item_id, value, answered_at, response_ms) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, item_id) DO UPDATE SET "
                    "value = excluded.value, answered_at = excluded.answered_at, "
                    "response_ms = excluded.response_ms",
                    session_id, item_id, value, now(), response_ms)

    def answers(self, session_id: int) -> list[Answer]:
        return [Answer(r["item_id"], r["value"], r["response_ms"]) for r in self._conn.execute(
            "SELECT item_id, value, response_ms FROM answers WHERE session_id = ? "
            "ORDER BY answered_at, item_id", (session_id,))]

    # --- school settings -----------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        r = self._one("SELECT value FROM settings WHERE key = ?", key)
        return r["value"] if r else default

    def set_setting(self, key: str, value: str) -> None:
        self._write("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                    "DO UPDATE SET value = excluded.value", key, value)
        if key == "interface_language":  # the copy the next start reads without sqlite3
            write_language_hint(self.path.parent, value)

    def set_counsellor_password(self, password: str) -> None:
        self.set_setting("counsellor_password", auth.hash_password(password))

    # --- the counsellor's comment and the audit log ------------------------------------
    def set_comment(self, student_id: int, text: str) -> None:
        self._write("INSERT INTO comments (student_id, text, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (student_id) DO UPDATE SET text = excluded.text, "
                    "updated_at = excluded.updated_at", student_id, text.strip(), now())

    def comment(self, student_id: int) -> str:
        r = self._one("SELECT text FROM comments WHERE student_id = ?", student_id)
        return r["text"] if r else ""

    def audit(self, action: str, detail: str = "") -> None:
        """Record a counsellor action (login, export, delete, restore, settings)."""
        self._write("INSERT INTO audit_log (at, action, detail) VALUES (?, ?, ?)",
                    now(), action, detail)

    def audit_entries(self, limit: int = 500) -> list[tuple[str, str, str]]:
        return [(r["at"], r["action"], r["detail"]) for r in self._conn.execute(
            "SELECT at, action, detail FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))]

    # --- results -------------------------------------------------------------------------
    def save_result(self, session_id: int, scores: dict, recommendations_json: str | None) -> None:
        self._write("INSERT INTO results (session_id, scores_json, recommendations_json, "
                    "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
                    "scores_json = excluded.scores_json, "
                    "recommendations_json = excluded.recommendations_json, "
                    "created_at = excluded.created_at",
                    session_id, json.dumps(scores, ensure_ascii=False, sort_keys=True),
                    recommendations_json, now())

    def result(self, session_id: int) -> tuple[dict, str | None] | None:
        r = self._one("SELECT scores_json, recommendations_json FROM results "
                      "WHERE session_id = ?", session_id)
        return (json.loads(r["scores_json"]), r["recommendations_json"]) if r else None
