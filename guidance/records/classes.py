"""The school's classes: set up once by the counsellor, picked from a list by the students.

Why: when students typed their class, «9 «А»», «9А», «9 а» and «9-А» became four classes in
the filters, reports and exports, and the 9 «А» report silently left three students out. So a
class is a grade and a letter written one way (``9 «А»``); ``parse_class`` reads what students
used to type, so the counsellor is offered to merge the old spellings into the set-up class.

Letters are Cyrillic capitals: a Latin look-alike typed on an English layout (A, B, E, K …)
becomes its Cyrillic twin, so «9A» and «9А» are the same class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guidance.records.store import RecordsStore

LATIN_LOOKALIKES = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")
_CLASS = re.compile(r"^\s*(\d{1,2})\s*[-–—_.,/]?\s*[«\"'“„(]*\s*([^\W\d_]?)\s*[»\"'”)]*\s*$")


@dataclass(frozen=True)
class SchoolClass:
    grade: int
    letter: str  # "" for a school with one class per grade

    @property
    def name(self) -> str:
        return class_name(self.grade, self.letter)


def class_name(grade: int, letter: str) -> str:
    """How a class is written everywhere: ``9 «Ә»`` (or ``9`` without a letter)."""
    return f"{grade} «{letter}»" if letter else str(grade)


def parse_class(text: str) -> SchoolClass | None:
    """``9А``, ``9 а``, ``9-А``, ``9 «А»``, ``9"A"`` → ``SchoolClass(9, "А")``; None when
    the text is not a grade (1–12) and at most one letter."""
    match = _CLASS.match(text or "")
    if not match:
        return None
    grade = int(match.group(1))
    if not 1 <= grade <= 12:
        return None
    return SchoolClass(grade, match.group(2).upper().translate(LATIN_LOOKALIKES))


def school_classes(store: RecordsStore) -> list[SchoolClass]:
    """The set-up classes, in school order (grade, then the Kazakh alphabet)."""
    from guidance.textnorm import sort_key

    rows = store._conn.execute("SELECT grade, letter FROM school_classes")
    found = [SchoolClass(r[0], r[1]) for r in rows]
    return sorted(found, key=lambda c: (c.grade, sort_key(c.letter)))


def add_class(store: RecordsStore, grade: int, letter: str) -> SchoolClass:
    """Set up a class (adding one that exists changes nothing)."""
    if not 1 <= int(grade) <= 12:
        raise ValueError(f"grade {grade} is not between 1 and 12")
    letter = letter.strip().upper().translate(LATIN_LOOKALIKES)
    if len(letter) > 1 or (letter and not letter.isalpha()):
        raise ValueError(f"class letter {letter!r} is not one letter")
    chosen = SchoolClass(int(grade), letter)
    store._conn.execute("INSERT OR IGNORE INTO school_classes (grade, letter, name) "
                        "VALUES (?, ?, ?)", (chosen.grade, chosen.letter, chosen.name))
    return chosen


def remove_class(store: RecordsStore, name: str) -> None:
    """Take a class off the students' list; its students and results stay."""
    store._conn.execute("DELETE FROM school_classes WHERE name = ?", (name,))


def students_per_class(store: RecordsStore) -> dict[str, int]:
    """Every class name students are recorded under, with how many students."""
    return {r[0]: r[1] for r in store._conn.execute(
        "SELECT class_name, COUNT(*) FROM students GROUP BY class_name")}


def move_students(store: RecordsStore, sources: list[str], target: SchoolClass) -> int:
    """Merge: every student of the ``sources`` classes now belongs to ``target`` (its grade
    too). One transaction: a merge is never half done. Returns the number of students moved."""
    conn = store._conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        moved = 0
        for source in sources:
            moved += conn.execute("UPDATE students SET class_name = ?, grade = ? "
                                  "WHERE class_name = ?",
                                  (target.name, target.grade, source)).rowcount
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return moved


def merge_suggestions(store: RecordsStore) -> dict[str, list[str]]:
    """Free-text class names that read as the same class: ``{"9 «А»": ["9А", "9-а"]}``.

    The key is the class as it is written (``class_name``); a group appears when at least one
    student's class is spelt differently from it. Names that do not read as a class (``9 A1``)
    are left for the counsellor to move by hand.
    """
    groups: dict[str, list[str]] = {}
    for name in students_per_class(store):
        parsed = parse_class(name)
        if parsed is not None and parsed.name != name:
            groups.setdefault(parsed.name, []).append(name)
    return {name: sorted(groups[name]) for name in sorted(groups)}


def set_student(store: RecordsStore, student_id: int, display_name: str,
                chosen: SchoolClass) -> None:
    """The counsellor's correction of a student's name and class."""
    name = " ".join(display_name.split())
    if not name:
        raise ValueError("a student's name cannot be empty")
    store._conn.execute("UPDATE students SET display_name = ?, class_name = ?, grade = ? "
                        "WHERE id = ?", (name, chosen.name, chosen.grade, student_id))
