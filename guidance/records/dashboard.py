"""What the counsellor's dashboard asks of the records: how far each class has got, which
students need a second look, and how each class's interests compare with the region's jobs.

The triage list is for the counsellor, never for print: a student whose latest questionnaire
was answered too fast, inconsistently, left unfinished or came out flat is listed with the
reasons, and the counsellor marks a follow-up — "retest" (take it again) or "talk to" — that
stays until they clear it or the student is deleted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from guidance.records.queries import class_sort_key, latest_results
from guidance.records.store import RecordsStore, now
from guidance.scoring import HEXAGON
from guidance.textnorm import sort_key

TRIAGE_FLAGS = ("too_fast", "inconsistent", "flat")
FOLLOW_UPS = ("retest", "talk")


@dataclass(frozen=True)
class ClassProgress:
    class_name: str
    students: int
    completed: int  # students with a completed questionnaire
    in_progress: int  # students whose latest session is paused or active, none completed
    not_started: int

    @property
    def share(self) -> float:
        return self.completed / self.students if self.students else 0.0


@dataclass(frozen=True)
class TriageRow:
    student_id: int
    display_name: str
    class_name: str
    reasons: tuple[str, ...]  # "unfinished" or flags from TRIAGE_FLAGS
    follow_up: str | None


@dataclass(frozen=True)
class ClassGap:
    class_name: str
    students: int  # with a clear (not flat) Holland code
    class_top: str  # the most common first letter in the class
    region_top: str  # the type of most of the region's new jobs
    gap_letter: str  # the type the region needs most above the class's share ("" if none)
    class_share: float
    region_share: float


def class_progress(store: RecordsStore) -> list[ClassProgress]:
    """Per class, how many students completed, are half-way or have not started."""
    rows = store._conn.execute(
        "SELECT st.class_name, st.id, MAX(s.status = 'completed') AS done, "
        "MAX(s.status IN ('active', 'paused')) AS going, COUNT(s.id) AS sessions "
        "FROM students st LEFT JOIN sessions s ON s.student_id = st.id GROUP BY st.id")
    tally: dict[str, list[int]] = {}
    for r in rows:
        counts = tally.setdefault(r["class_name"], [0, 0, 0, 0])
        counts[0] += 1
        if r["done"]:
            counts[1] += 1
        elif r["going"]:
            counts[2] += 1
        else:
            counts[3] += 1
    return [ClassProgress(name, *tally[name]) for name in sorted(tally, key=class_sort_key)]


def follow_ups(store: RecordsStore) -> dict[int, str]:
    return {r[0]: r[1] for r in store._conn.execute("SELECT student_id, kind FROM follow_ups")}


def set_follow_up(store: RecordsStore, student_id: int, kind: str | None) -> None:
    """Mark ("retest", "talk") or clear (None) the counsellor's follow-up of a student."""
    if kind is None:
        store._conn.execute("DELETE FROM follow_ups WHERE student_id = ?", (student_id,))
        return
    if kind not in FOLLOW_UPS:
        raise ValueError(f"unknown follow-up {kind!r}")
    store._conn.execute("INSERT INTO follow_ups (student_id, kind, updated_at) VALUES (?, ?, ?) "
                        "ON CONFLICT (student_id) DO UPDATE SET kind = excluded.kind, "
                        "updated_at = excluded.updated_at", (student_id, kind, now()))


def triage(store: RecordsStore) -> list[TriageRow]:
    """Students whose latest session needs a look, by class and name.

    "unfinished": the latest session is paused, active or abandoned (an earlier completed one
    may exist — the student started again and stopped). Flags come from the latest result.
    """
    marks = follow_ups(store)
    latest: dict[int, tuple] = {}
    for r in store._conn.execute(
            "SELECT st.id, st.display_name, st.class_name, s.status, r.scores_json "
            "FROM students st JOIN sessions s ON s.student_id = st.id "
            "LEFT JOIN results r ON r.session_id = s.id ORDER BY s.started_at, s.id"):
        latest[r[0]] = tuple(r)
    found = []
    for student_id, name, class_name, status, scores_json in latest.values():
        reasons: list[str] = []
        if status != "completed":
            reasons.append("unfinished")
        elif scores_json:
            scores = json.loads(scores_json)
            flags = {f for part in ("riasec", "ddo") for f in
                     (scores.get(part) or {}).get("flags") or ()}
            reasons += [f for f in TRIAGE_FLAGS if f in flags]
        if reasons or student_id in marks:
            found.append(TriageRow(student_id, name, class_name, tuple(reasons),
                                   marks.get(student_id)))
    return sorted(found, key=lambda t: (class_sort_key(t.class_name), sort_key(t.display_name)))


def class_gaps(store: RecordsStore, region: dict[str, float]) -> list[ClassGap]:
    """Per class: its most common first letter, the region's, and the type the region needs
    most above the class's share (``region``: share of new jobs per RIASEC letter, 0–1)."""
    codes: dict[str, list[str]] = {}
    for result in latest_results(store):
        riasec = result.scores.get("riasec") or {}
        code = riasec.get("code") or ""
        if code and "flat" not in (riasec.get("flags") or ()):
            codes.setdefault(result.student.class_name, []).append(code[0])
    region_top = max(HEXAGON, key=lambda letter: region.get(letter, 0.0))
    gaps = []
    for name in sorted(codes, key=class_sort_key):
        letters = codes[name]
        shares = {x: letters.count(x) / len(letters) for x in HEXAGON}
        class_top = max(HEXAGON, key=lambda x: (shares[x], -HEXAGON.index(x)))
        gap = max(HEXAGON, key=lambda x: region.get(x, 0.0) - shares[x])
        if region.get(gap, 0.0) - shares[gap] <= 0:
            gap = ""
        gaps.append(ClassGap(name, len(letters), class_top, region_top, gap,
                             shares.get(gap, 0.0) if gap else 0.0,
                             region.get(gap, 0.0) if gap else 0.0))
    return gaps
