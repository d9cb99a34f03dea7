"""A records database of a large school district for benchmarks: N sessions with results.

Rows are written with plain SQL in one transaction (the store's one-by-one commits are right
for real answers, far too slow for making 100,000 sessions).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from guidance.records import RecordsStore

CODES = ["RIC", "SAE", "IAS", "ECS", "RCI", "AES", "CRE", "SEC", "IRA", "ASI"]


def build_records(path: Path, sessions: int, per_class: int = 25, seed: int = 7) -> Path:
    rnd = random.Random(seed)
    store = RecordsStore(path)
    conn = store._conn
    conn.execute("BEGIN")
    students = []
    for n in range(sessions):
        grade = rnd.choice((8, 9, 10, 11))
        cls = f"{grade} «{'АӘБВГ'[(n // per_class) % 5]}» #{n // (per_class * 5)}"
        students.append((f"Student {n:06d}", cls, grade, "taraz", "kk", "any", 0, None,
                         f"2026-{1 + n % 11:02d}-{1 + n % 27:02d}T10:00:00Z"))
    conn.executemany(
        "INSERT INTO students (display_name, class_name, grade, district_id, interface_language,"
        " study_language, needs_dormitory, max_distance_km, created_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?)", students)
    conn.executemany(
        "INSERT INTO sessions (student_id, programme, instrument_versions, atlas_edition, "
        "started_at, ended_at, status, resume_code) VALUES (?, 'full', 'riasec 2025.1', "
        "'2026.1', ?, ?, 'completed', NULL)",
        [(i + 1, s[-1], s[-1]) for i, s in enumerate(students)])
    results = []
    for i in range(sessions):
        code = rnd.choice(CODES)
        flags = ["too_fast"] if rnd.random() < 0.1 else []
        scores = {"riasec": {"code": code, "flags": flags, "is_flat": False,
                             "percentages": {t: rnd.randint(0, 100) for t in "RIASEC"}},
                  "ddo": {"counts": {t: rnd.randint(0, 8) for t in
                                     ("nature", "technology", "people", "signs", "art")},
                          "leading": ["technology"], "flags": []}}
        results.append((i + 1, json.dumps(scores), None, "2026-01-01T00:00:00Z"))
    conn.executemany("INSERT INTO results (session_id, scores_json, recommendations_json, "
                     "created_at) VALUES (?, ?, ?, ?)", results)
    conn.execute("COMMIT")
    store.close()
    return path
