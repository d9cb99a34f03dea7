"""Numbered schema upgrades of the records database, on ``PRAGMA user_version``.

Each step is a list of SQL statements. ``migrate`` runs every step above the file's current
version inside one transaction and sets the new version in the same transaction, so a power cut
or an error leaves the file at its old version with its old data, never half-upgraded.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL,
            class_name TEXT NOT NULL DEFAULT '',
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
            district_id TEXT,
            interface_language TEXT NOT NULL DEFAULT 'kk',
            study_language TEXT NOT NULL DEFAULT 'any',
            needs_dormitory INTEGER NOT NULL DEFAULT 0,
            max_distance_km REAL,
            created_at TEXT NOT NULL)""",
        "CREATE INDEX students_by_class ON students (class_name, grade)",
        """CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
            given_on TEXT NOT NULL,
            given_by TEXT NOT NULL,
            form TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL)""",
        "CREATE INDEX consents_by_student ON consents (student_id)",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students (id) ON DELETE CASCADE,
            programme TEXT NOT NULL,
            instrument_versions TEXT NOT NULL,
            atlas_edition TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'completed', 'abandoned')),
            resume_code TEXT UNIQUE)""",
        "CREATE INDEX sessions_by_student ON sessions (student_id)",
        """CREATE TABLE answers (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            response_ms INTEGER,
            PRIMARY KEY (session_id, item_id))""",
        """CREATE TABLE results (
            session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            scores_json TEXT NOT NULL,
            recommendations_json TEXT,
            created_at TEXT NOT NULL)""",
    ],
    # School settings (school name, default district and programme, counsellor password hash…)
    2: [
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL)""",
    ],
    # The counsellor's room: comments on a student, an audit log of counsellor actions, and
    # indexes for the students table and class reports.
    3: [
        """CREATE TABLE comments (
            student_id INTEGER PRIMARY KEY REFERENCES students (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX sessions_by_status ON sessions (status, started_at)",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        "CREATE INDEX students_by_created ON students (created_at)",
    ],
    # The school's classes set up once by the counsellor (students pick theirs from a list),
    # the counsellor's follow-ups from the dashboard ("retest", "talk to"), and a stable id for
    # every session so that sessions carried over from another PC of the school are recognised
    # when imported twice. The trigger gives the id to sessions created by any code path.
    4: [
        """CREATE TABLE school_classes (
            id INTEGER PRIMARY KEY,
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 12),
            letter TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL UNIQUE)""",
        """CREATE TABLE follow_ups (
            student_id INTEGER PRIMARY KEY REFERENCES students (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('retest', 'talk')),
            updated_at TEXT NOT NULL)""",
        "ALTER TABLE sessions ADD COLUMN uid TEXT",
        "UPDATE sessions SET uid = lower(hex(randomblob(16)))",
        "CREATE UNIQUE INDEX sessions_by_uid ON sessions (uid)",
        """CREATE TRIGGER sessions_get_uid AFTER INSERT ON sessions WHEN NEW.uid IS NULL
           BEGIN UPDATE sessions SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END""",
    ],
}

LATEST = max(MIGRATIONS)


class SchemaTooNew(Exception):
    """The file was written by a newer Bagdar; opening it could damage it."""


def version_of(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, steps: dict[int, list[str]] | None = None) -> int:
    """Upgrade to the latest version; returns the version reached."""
    steps = MIGRATIONS if steps is None else steps
    latest = max(steps)
    current = version_of(conn)
    if current > latest:
        raise SchemaTooNew(f"records schema {current}, this Bagdar knows up to {latest}")
    if current == latest:
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in sorted(n for n in steps if n > current):
            for statement in steps[number]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {latest}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return latest
