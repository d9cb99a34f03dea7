"""The school records: students, consent, sessions, every answer and results, on this PC only."""

from guidance.records.store import RecordsStore, Session, Student, StudentInput

__all__ = ["RecordsStore", "Session", "Student", "StudentInput"]
