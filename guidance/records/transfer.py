"""Several PCs in one school: carrying sessions from the computer class to the counsellor's PC.

In a computer class every PC runs Bagdar with its own records. Each PC exports its sessions to
one file (a USB stick); the counsellor's PC imports them. Why it is built this way:

- every session has a stable id (``sessions.uid``, migration 4), so importing the same file
  twice, or two files that overlap, adds nothing the second time (idempotent);
- the file ends with a SHA-256 of its content: a file cut short while copying (the stick pulled
  out too early) fails the check and nothing at all is imported, never half a class;
- the import is one transaction: an error half-way leaves the records as they were;
- a student is matched by name (folded: case and Kazakh letters) and class, so Әлия of 9 «А»
  who answered on two PCs stays one student; otherwise a new student is added;
- what came in is reported: new sessions, sessions already there, new and matched students.

The file holds names and answers (personal data): it is for carrying between the school's own
PCs, and the room says so. Comments and consents stay on the counsellor's PC and do not travel.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from guidance.records.store import RecordsStore, now
from guidance.textnorm import fold

FORMAT = "bagdar-sessions"
VERSION = 1


class TransferError(ValueError):
    """The file is not a Bagdar sessions file, or it is damaged or cut short."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "not_a_sessions_file" | "damaged" | "newer_version"


@dataclass(frozen=True)
class ImportReport:
    sessions_added: int
    sessions_already_here: int
    students_added: int
    students_matched: int


def _rows(store: RecordsStore, sql: str, *params) -> list[dict]:
    return [dict(r) for r in store._conn.execute(sql, params)]


def export_sessions(store: RecordsStore, path: Path, pc_name: str = "") -> int:
    """Write every session of this PC (with its student, answers and result) to ``path``;
    returns the number of sessions. Written to a temporary file and renamed, so a crash never
    leaves a half file under the real name."""
    students = {r["id"]: r for r in _rows(
        store, "SELECT id, display_name, class_name, grade, district_id, interface_language, "
        "study_language, needs_dormitory, max_distance_km, created_at FROM students")}
    sessions = []
    for s in _rows(store, "SELECT * FROM sessions ORDER BY id"):
        result = store._conn.execute("SELECT scores_json, recommendations_json, created_at "
                                     "FROM results WHERE session_id = ?", (s["id"],)).fetchone()
        sessions.append({
            "uid": s["uid"], "student": {k: v for k, v in students[s["student_id"]].items()
                                         if k != "id"},
            "programme": s["programme"], "instrument_versions": s["instrument_versions"],
            "atlas_edition": s["atlas_edition"], "started_at": s["started_at"],
            "ended_at": s["ended_at"], "status": s["status"],
            "answers": _rows(store, "SELECT item_id, value, answered_at, response_ms "
                                    "FROM answers WHERE session_id = ?", s["id"]),
            "result": dict(result) if result else None})
    body = json.dumps({"format": FORMAT, "version": VERSION, "pc": pc_name,
                       "exported_at": now(), "sessions": sessions},
                      ensure_ascii=False, sort_keys=True)
    digest = hashlib.sha256(body.encode()).hexdigest()
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8") as out:
        out.write(body + "\n" + digest + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
    return len(sessions)


def read_sessions_file(path: Path) -> dict:
    """The file's content, checked whole; raises ``TransferError``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        raise TransferError("not_a_sessions_file") from None
    ours = text.startswith("{") and FORMAT in text[:200]
    body, newline, digest = text.rstrip("\n").rpartition("\n")
    if not ours:
        raise TransferError("not_a_sessions_file")
    if not newline or hashlib.sha256(body.encode()).hexdigest() != digest.strip():
        raise TransferError("damaged")  # cut short while copying, or changed
    data = json.loads(body)
    if data.get("format") != FORMAT:
        raise TransferError("not_a_sessions_file")
    if data.get("version", 0) > VERSION:
        raise TransferError("newer_version")
    return data


def _student_key(name: str, class_name: str) -> tuple[str, str]:
    return (" ".join(fold(name).split()), " ".join(fold(class_name).split()))


def import_sessions(store: RecordsStore, path: Path) -> ImportReport:
    """Bring in the sessions of ``path`` that are not here yet (see the module docstring)."""
    data = read_sessions_file(path)
    conn = store._conn
    known_students = {_student_key(r[1], r[2]): r[0] for r in conn.execute(
        "SELECT id, display_name, class_name FROM students ORDER BY id")}
    added = already = new_students = matched = 0
    seen_students: set[int] = set()
    conn.execute("BEGIN IMMEDIATE")
    try:
        for s in data["sessions"]:
            if conn.execute("SELECT 1 FROM sessions WHERE uid = ?", (s["uid"],)).fetchone():
                already += 1
                continue
            st = s["student"]
            key = _student_key(st["display_name"], st["class_name"])
            student_id = known_students.get(key)
            if student_id is None:
                student_id = conn.execute(
                    "INSERT INTO students (display_name, class_name, grade, district_id, "
                    "interface_language, study_language, needs_dormitory, max_distance_km, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (st["display_name"], st["class_name"], st["grade"], st["district_id"],
                     st["interface_language"], st["study_language"], st["needs_dormitory"],
                     st["max_distance_km"], st["created_at"])).lastrowid
                known_students[key] = student_id
                new_students += 1
                seen_students.add(student_id)
            elif student_id not in seen_students:
                matched += 1
                seen_students.add(student_id)
            # The resume code belongs to the other PC: a paused session is resumed there.
            session_id = conn.execute(
                "INSERT INTO sessions (student_id, programme, instrument_versions, "
                "atlas_edition, started_at, ended_at, status, resume_code, uid) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                (student_id, s["programme"], s["instrument_versions"], s["atlas_edition"],
                 s["started_at"], s["ended_at"], s["status"], s["uid"])).lastrowid
            conn.executemany(
                "INSERT INTO answers (session_id, item_id, value, answered_at, response_ms) "
                "VALUES (?, ?, ?, ?, ?)",
                [(session_id, a["item_id"], a["value"], a["answered_at"], a["response_ms"])
                 for a in s["answers"]])
            if s["result"]:
                r = s["result"]
                conn.execute("INSERT INTO results (session_id, scores_json, "
                             "recommendations_json, created_at) VALUES (?, ?, ?, ?)",
                             (session_id, r["scores_json"], r["recommendations_json"],
                              r["created_at"]))
            added += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return ImportReport(added, already, new_students, matched)
