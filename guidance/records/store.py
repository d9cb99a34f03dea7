"""``RecordsStore``: the school records database on the shared PC.

Why it is built this way:
- every answer is committed the moment it is given (WAL journal, ``synchronous=FULL``), so a
  crash, a power cut or a closed lesson loses nothing already answered;
- ``secure_delete`` is on and deletion checkpoints the journal, so a deleted student's name does
  not linger in the file's free pages (the personal-data law asks for real deletion);
- no national ID is stored: a display name, class, grade and district are enough;
- the file lives where the UI says (the user data folder); the core knows nothing of Qt.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from guidance.records import auth, codes
from guidance.records.migrations import migrate
from guidance.scoring import Answer

RESUMABLE = ("active", "paused")


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


class RecordsStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._open()

    def _open(self) -> None:
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        for pragma in ("foreign_keys = ON", "secure_delete = ON", "journal_mode = WAL",
                       "synchronous = FULL", "busy_timeout = 5000"):
            self._conn.execute(f"PRAGMA {pragma}")
        migrate(self._conn)

    def close(self) -> None:
        self._conn.close()

    # --- backups -------------------------------------------------------------------------
    def backup_to(self, target: Path) -> Path:
        from guidance.records.backup import backup_to

        return backup_to(self._conn, target)

    def daily_backup(self, folder: Path, today=None) -> Path | None:
        from guidance.records.backup import daily_backup

        return daily_backup(self._conn, folder, today)

    def restore_from(self, candidate: Path) -> Path:
        """Replace this store's data with a checked backup; the store stays open and usable.
        Returns the path where the previous data was kept."""
        from guidance.records.backup import check_backup, replace_with

        check = check_backup(candidate)
        if not check.ok:
            raise ValueError(check.problem)
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        kept = replace_with(self.path, candidate)
        self._open()  # reopen, migrating an older backup forward
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
        """Remove every row about the student and scrub the journal."""
        self._write("DELETE FROM students WHERE id = ?", student_id)
        self._scrub()

    def delete_class(self, class_name: str) -> int:
        count = self._write("DELETE FROM students WHERE class_name = ?", class_name).rowcount
        self._scrub()
        return count

    def _scrub(self) -> None:
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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

    def find_resumable(self, typed_code: str) -> Session | None:
        """The active or paused session with this code; None for any wrong or used code."""
        code = codes.normalise(typed_code)
        if len(code) != codes.LENGTH:
            return None
        r = self._one("SELECT id FROM sessions WHERE resume_code = ? AND status IN (?, ?)",
                      code, *RESUMABLE)
        return self.session(r["id"]) if r else None

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

    def set_counsellor_password(self, password: str) -> None:
        self.set_setting("counsellor_password", auth.hash_password(password))

    def has_counsellor_password(self) -> bool:
        return self.setting("counsellor_password") is not None

    def check_counsellor_password(self, password: str) -> bool:
        stored = self.setting("counsellor_password")
        return stored is not None and auth.verify_password(password, stored)

    def check_recovery_key(self, typed: str) -> bool:
        stored = self.setting("recovery_key")
        key = "-".join(typed.upper().replace("-", "").replace(" ", "")[i:i + 4]
                       for i in range(0, 16, 4))
        return stored is not None and auth.verify_password(key, stored)

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
