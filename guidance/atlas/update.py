"""An atlas update from a file: load and validate it, and preview what it changes. Installing
is ``guidance.atlas.install``."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from guidance.atlas.builder import SOURCE_FILES
from guidance.atlas.install import AtlasInstall
from guidance.atlas.packages import read_update
from guidance.atlas.problems import Problem
from guidance.atlas.validate import Validated, validate

__all__ = ["AtlasInstall", "Change", "load_update", "preview"]


def load_update(path: Path) -> tuple[Validated, list[Problem]]:
    """Every problem of the update (in ``Validated.problems``) and its notices."""
    raw = read_update(Path(path), SOURCE_FILES)
    return validate(raw), raw.notices


@dataclass
class Change:
    table: str  # professions | specialities | colleges | college_specialities
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


PREVIEW_TABLES = {"professions": ("id",), "specialities": ("code",), "colleges": ("id",),
                  "college_specialities": ("college_id", "speciality_code", "language"),
                  "demand": ("id",)}


def preview(current_db: Path, new: Validated) -> list[Change]:
    """What the update adds, changes and removes, table by table."""
    conn = sqlite3.connect(f"file:{current_db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    changes = []
    try:
        for table, key in PREVIEW_TABLES.items():
            old = {_key_text(r, key): dict(r) for r in conn.execute(f"SELECT * FROM {table}")}
            fresh = {_key_text(r, key): r for r in new.tables.get(table, [])}
            change = Change(table)
            change.added = sorted(set(fresh) - set(old))
            change.removed = sorted(set(old) - set(fresh))
            change.changed = sorted(k for k in set(old) & set(fresh)
                                    if any(old[k].get(c) != v for c, v in fresh[k].items()))
            changes.append(change)
    finally:
        conn.close()
    return changes


def _key_text(row, key: tuple[str, ...]) -> str:
    """A row's key as the preview lists it; an empty key part (a group's language not
    published) is left empty, not written "None"."""
    return "/".join("" if row[k] is None else str(row[k]) for k in key)
