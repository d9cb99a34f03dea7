"""Records files written by hand for start-up tests: only what the first window reads, before
the records store (and its migrations) is ever opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def school_records(folder: Path, language: str) -> None:
    """A records file holding only the school's interface language, as the settings tab
    saves it."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "records.sqlite")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('interface_language', ?)", (language,))
    conn.commit()
    conn.close()
