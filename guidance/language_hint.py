"""The school's interface language, copied into a small plain file next to the records.

Why: the first window must speak the school's language, and reading it from the records
database means loading ``sqlite3`` (about 10 ms) before that window. The database stays the
one source of truth — this file is only a hint, rewritten whenever the setting is saved and
whenever the records are opened. A missing, unreadable or odd file is simply no hint: the caller
then reads the database as before. No SQL here and no Qt, so it loads in no time.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Container
from pathlib import Path

HINT_FILE = "interface-language.txt"
_LONGEST = 16  # a language code; anything longer is not one of ours


def read_language_hint(folder: Path, known: Container[str]) -> str | None:
    """The language the hint file in ``folder`` names, if it is one of ``known``; else None."""
    try:
        with open(Path(folder) / HINT_FILE, "rb") as hint:
            text = hint.read(_LONGEST + 1).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text in known else None


def write_language_hint(folder: Path, language: str) -> None:
    """Rewrite the hint (whole or not at all: a new file moved over the old). Never raises: a
    full disk or a read-only folder only costs the next start the database read."""
    target = Path(folder) / HINT_FILE
    partial = target.with_name(HINT_FILE + ".new")
    with contextlib.suppress(OSError, UnicodeDecodeError):
        if target.read_text("ascii").strip() == language:
            return
    try:
        partial.write_text(language + "\n", encoding="ascii")
        os.replace(partial, target)
    except (OSError, UnicodeEncodeError):
        with contextlib.suppress(OSError):
            partial.unlink()
