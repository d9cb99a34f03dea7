"""What the counsellor's room asks of the records: the students-and-sessions table with filters,
class lists, results for reports and exports, and retention.

Reads only (retention deletes through the store so deletion stays in one place). Codes and
flags come straight out of the stored JSON with SQLite's ``json_extract``, so the table of a
school with 100,000 sessions still opens in a blink.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from guidance.records.store import RecordsStore, Session, Student
from guidance.textnorm import fold, query_terms, sort_key

STATUSES = ("active", "paused", "completed", "abandoned")
FLAGS = ("too_fast", "inconsistent", "incomplete", "flat", "mostly_unsure")
# The students table sorts by any column: the SQL of each (names in the Kazakh alphabet).
SORT_COLUMNS = {
    "name": ("st.display_name COLLATE kazakh",),
    "class": ("st.grade", "st.class_name COLLATE kazakh"), "grade": ("st.grade",),
    "status": ("s.status",), "date": ("s.started_at",), "answered": ("answered",),
    "code": ("holland_code",), "flags": ("COALESCE(riasec_flags, '') || COALESCE(ddo_flags, '')",),
}


@dataclass(frozen=True)
class SessionRow:
    session_id: int
    student_id: int
    display_name: str
    class_name: str
    grade: int
    district_id: str | None
    programme: str
    status: str
    started_at: str
    ended_at: str | None
    answered: int
    holland_code: str
    flags: tuple[str, ...]


@dataclass(frozen=True)
class StudentResult:
    student: Student
    session: Session
    scores: dict
    recommendations_json: str | None


_ROWS_SQL = """
SELECT s.id AS session_id, st.id AS student_id, st.display_name, st.class_name, st.grade,
       st.district_id, s.programme, s.status, s.started_at, s.ended_at,
       (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id) AS answered,
       COALESCE(json_extract(r.scores_json, '$.riasec.code'), '') AS holland_code,
       json_extract(r.scores_json, '$.riasec.flags') AS riasec_flags,
       json_extract(r.scores_json, '$.ddo.flags') AS ddo_flags,
       json_extract(r.scores_json, '$.riasec.is_flat') AS is_flat
FROM sessions s JOIN students st ON st.id = s.student_id
LEFT JOIN results r ON r.session_id = s.id
"""


def _kazakh_order(a: str, b: str) -> int:
    ka, kb = sort_key(a), sort_key(b)
    return (ka > kb) - (ka < kb)


def prepare(store: RecordsStore) -> None:
    """Teach the store's connection the project's folding and alphabet (SQLite's ``LIKE``
    folds only Latin: «айгерим» would not find «Әйгерім»). Cheap; done before each query
    because a restore reopens the connection."""
    store._conn.create_function("bagdar_fold", 1, lambda t: fold(t or ""), deterministic=True)
    store._conn.create_collation("kazakh", _kazakh_order)


def _filters(class_name, grade, status, date_from, date_to, name,
             flag=None) -> tuple[str, list]:
    where, params = [], []
    if class_name:
        where.append("st.class_name = ?")
        params.append(class_name)
    if grade:
        where.append("st.grade = ?")
        params.append(grade)
    if status:
        where.append("s.status = ?")
        params.append(status)
    if date_from:
        where.append("s.started_at >= ?")
        params.append(date_from)
    if date_to:
        where.append("s.started_at < ?")
        params.append(date_to + "T99")  # the whole last day
    for term in query_terms(name or ""):
        where.append("instr(bagdar_fold(st.display_name), ?) > 0")
        params.append(term)
    if name and not query_terms(name):  # punctuation only: look for it as typed
        where.append("instr(st.display_name, ?) > 0")
        params.append(name)
    if flag:
        where.append("(EXISTS (SELECT 1 FROM json_each(r.scores_json, '$.riasec.flags') "
                     "WHERE value = ?) OR EXISTS (SELECT 1 FROM json_each(r.scores_json, "
                     "'$.ddo.flags') WHERE value = ?))")
        params += [flag, flag]
    return (" WHERE " + " AND ".join(where) if where else ""), params


def session_rows(store: RecordsStore, class_name: str | None = None, grade: int | None = None,
                 status: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, name: str | None = None,
                 limit: int | None = None, offset: int = 0, flag: str | None = None,
                 sort: str = "date", descending: bool = True) -> list[SessionRow]:
    """Sessions with their students, filtered as the counsellor chose and sorted by the
    ``sort`` column (newest first by default); a page of ``limit`` rows from ``offset`` so the
    table of a big school opens at once."""
    prepare(store)
    where, params = _filters(class_name, grade, status, date_from, date_to, name, flag)
    direction = " DESC" if descending else ""
    order = ", ".join(part + direction for part in SORT_COLUMNS[sort])
    sql = _ROWS_SQL + where + f" ORDER BY {order}, s.id{direction}"
    if limit:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = []
    for r in store._conn.execute(sql, params):
        flags = tuple(json.loads(r["riasec_flags"] or "[]") + json.loads(r["ddo_flags"] or "[]"))
        rows.append(SessionRow(r["session_id"], r["student_id"], r["display_name"],
                               r["class_name"], r["grade"], r["district_id"], r["programme"],
                               r["status"], r["started_at"], r["ended_at"], r["answered"],
                               r["holland_code"], tuple(dict.fromkeys(flags))))
    return rows


def count_sessions(store: RecordsStore, class_name: str | None = None, grade: int | None = None,
                   status: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, name: str | None = None,
                   flag: str | None = None) -> int:
    prepare(store)
    where, params = _filters(class_name, grade, status, date_from, date_to, name, flag)
    return store._conn.execute("SELECT COUNT(*) FROM sessions s JOIN students st "
                               "ON st.id = s.student_id LEFT JOIN results r "
                               "ON r.session_id = s.id" + where, params).fetchone()[0]


def class_sort_key(name: str) -> tuple:
    """9 «Ә» before 9 «Б» before 10 «А»: grade as a number, then the Kazakh letter order."""
    match = re.match(r"\s*(\d+)\s*(.*)", name)
    if not match:
        return (10**6, sort_key(name))
    return (int(match.group(1)), sort_key(match.group(2)))


def class_names(store: RecordsStore) -> list[str]:
    names = [r[0] for r in store._conn.execute(
        "SELECT DISTINCT class_name FROM students WHERE class_name != ''")]
    return sorted(names, key=class_sort_key)


def latest_results(store: RecordsStore, class_name: str | None = None) -> list[StudentResult]:
    """Each student's latest completed result (for class reports and exports), in one query:
    a class of 1,000 students costs one pass, not two thousand look-ups."""
    sql = ("SELECT st.id AS sid, st.display_name, st.class_name, st.grade, st.district_id, "
           "st.interface_language, st.study_language, st.needs_dormitory, st.max_distance_km, "
           "st.created_at, s.id AS session_id, s.programme, s.instrument_versions, "
           "s.atlas_edition, s.started_at, s.ended_at, s.status, s.resume_code, "
           "r.scores_json, r.recommendations_json "
           # CROSS JOIN keeps SQLite's loop order: the class's students (index), then their
           # sessions (index), never a scan of every session of the school.
           "FROM students st CROSS JOIN sessions s ON s.student_id = st.id "
           "JOIN results r ON r.session_id = s.id WHERE s.status = 'completed'")
    params: list = []
    if class_name:
        sql += " AND st.class_name = ?"
        params.append(class_name)
    sql += " ORDER BY s.started_at, s.id"
    latest: dict[int, StudentResult] = {}
    for r in store._conn.execute(sql, params):
        student = Student(r["display_name"], r["class_name"], r["grade"], r["district_id"],
                          r["interface_language"], r["study_language"],
                          bool(r["needs_dormitory"]), r["max_distance_km"], r["sid"],
                          r["created_at"])
        session = Session(r["session_id"], r["sid"], r["programme"], r["instrument_versions"],
                          r["atlas_edition"], r["started_at"], r["ended_at"], r["status"],
                          r["resume_code"])
        latest[r["sid"]] = StudentResult(student, session, json.loads(r["scores_json"]),
                                         r["recommendations_json"])
    return sorted(latest.values(),
                  key=lambda x: (class_sort_key(x.student.class_name),
                                 sort_key(x.student.display_name)))


@dataclass(frozen=True)
class ClassScore:
    """What a class report counts of one student's latest completed result."""

    student_id: int
    display_name: str
    code: str  # "" without one
    flags: tuple[str, ...]  # the interest questionnaire's, then the DDO's, each once
    leading: tuple[str, ...]  # the DDO's leading types
    interests: bool  # the interest questionnaire was answered


def _json_list(text: str | None) -> list:
    return [] if not text or text == "[]" else json.loads(text)


def class_scores(store: RecordsStore, class_name: str) -> list[ClassScore]:
    """``latest_results`` of a class reduced to what its report counts. SQLite reads those few
    fields out of each stored result: decoding 1,000 whole results in Python was most of the
    time of a class report's data."""
    sql = ("SELECT st.id, st.display_name, "
           "json_extract(r.scores_json, '$.riasec.code'), "
           "json_extract(r.scores_json, '$.riasec.flags'), "
           "json_extract(r.scores_json, '$.ddo.flags'), "
           "json_extract(r.scores_json, '$.ddo.leading'), "
           "json_type(r.scores_json, '$.riasec') "
           "FROM students st CROSS JOIN sessions s ON s.student_id = st.id "  # as latest_results
           "JOIN results r ON r.session_id = s.id "
           "WHERE s.status = 'completed' AND st.class_name = ? ORDER BY s.started_at, s.id")
    latest: dict[int, ClassScore] = {}
    for sid, name, code, riasec_flags, ddo_flags, leading, riasec in store._conn.execute(
            sql, (class_name,)):
        flags = tuple(dict.fromkeys([*_json_list(riasec_flags), *_json_list(ddo_flags)]))
        latest[sid] = ClassScore(sid, name, code or "", flags, tuple(_json_list(leading)),
                                 riasec not in (None, "null"))
    return list(latest.values())


def student_latest(store: RecordsStore, student_id: int) -> StudentResult | None:
    for session in reversed(store.sessions_of(student_id)):
        stored = store.result(session.id)
        if stored is not None:
            return StudentResult(store.student(student_id), session, stored[0], stored[1])
    return None


def students_older_than(store: RecordsStore, days: int,
                        today: datetime | None = None) -> list[Student]:
    """Students whose last activity (their latest session, else their record) is more than
    ``days`` old: a student who retook the questionnaire this year is not "old"."""
    cutoff = ((today or datetime.now(UTC)) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S")
    return [store.student(r[0]) for r in store._conn.execute(
        "SELECT st.id, MAX(st.created_at, COALESCE(MAX(s.started_at), ''), "
        "COALESCE(MAX(s.ended_at), '')) AS last FROM students st "
        "LEFT JOIN sessions s ON s.student_id = st.id GROUP BY st.id "
        "HAVING last < ? ORDER BY last", (cutoff,))]


def delete_older_than(store: RecordsStore, days: int, today: datetime | None = None) -> int:
    """The retention rule: remove every student last active more than ``days`` ago."""
    old = students_older_than(store, days, today)
    for student in old:
        store.delete_student(student.id)
    return len(old)
