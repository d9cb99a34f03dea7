"""The school records: students, consent, sessions, every answer and results, on this PC only.

The store is imported on first use (``from guidance.records import RecordsStore`` still
works), so light helpers such as the backup check do not pull it in at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guidance.records.store import RecordsStore, Session, Student, StudentInput

_STORE_NAMES = {"RecordsStore", "Session", "Student", "StudentInput"}


def __getattr__(name: str):
    if name in _STORE_NAMES:
        from guidance.records import store

        return getattr(store, name)
    raise AttributeError(name)


__all__ = ["RecordsStore", "Session", "Student", "StudentInput"]
