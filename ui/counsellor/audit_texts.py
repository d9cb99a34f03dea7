"""The audit log as the counsellor reads it: times in this PC's local time (the records keep
UTC — five hours off for the region), details in the interface language.

The log stores short English details ("student report 12", "retention 12 months"), because it
must stay readable whatever language the room is in later and must not keep a deleted student's
name. Here they are told in words: a student still on record is named, a deleted one is a
number.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QObject

from guidance.records import RecordsStore

STUDENT_ACTIONS = {"comment", "consent", "paper_entry", "delete_student", "student_edited"}


def local_time(stamp: str) -> str:
    """``2026-11-27T09:05:00.123Z`` → ``27.11.2026 14:05`` on a PC in UTC+5."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def utc_offset_text() -> str:
    """``UTC+5`` for this PC (what "local" means in the column header)."""
    offset = datetime.now().astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


class AuditTexts(QObject):
    def __init__(self, store: RecordsStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store

    def action_names(self) -> dict[str, str]:
        """Names of the actions the room's newer pages log."""
        return {"class_added": self.tr("class set up"),
                "class_removed": self.tr("class taken off the list"),
                "classes_merged": self.tr("classes merged"),
                "student_edited": self.tr("student's name or class corrected"),
                "follow_up": self.tr("follow-up marked"),
                "sessions_exported": self.tr("sessions exported for another PC"),
                "sessions_imported": self.tr("sessions imported from another PC")}

    def time_header(self) -> str:
        return self.tr("When (local time, %1)").replace("%1", utc_offset_text())

    def student(self, text: str) -> str:
        try:
            return self.store.student(int(text)).display_name
        except (KeyError, ValueError):
            return self.tr("student No. %1").replace("%1", text)

    def detail(self, action: str, detail: str) -> str:
        """``detail`` of an ``action`` in the interface language (unknown ones as stored)."""
        if action in STUDENT_ACTIONS and detail.isdigit():
            return self.student(detail)
        patterns = [
            (r"student report (\d+)", lambda m: self.tr("student report: %1").replace(
                "%1", self.student(m[1]))),
            (r"class report (.+)", lambda m: self.tr("class report: %1").replace("%1", m[1])),
            (r"class list (.+)", lambda m: self.tr("named class list: %1").replace("%1", m[1])),
            (r"student reports (.+): (\d+)", lambda m: self.tr(
                "students' reports of %1: %2").replace("%1", m[1]).replace("%2", m[2])),
            (r"(xlsx|csv) (.+)", lambda m: self.tr("results of %1 (%2)").replace(
                "%1", self.tr("whole school") if m[2] == "school" else m[2])
                .replace("%2", m[1].upper())),
            (r"district summary (.+)", lambda m: self.tr("district summary, %1").replace(
                "%1", m[1])),
            (r"merged summaries: (\d+) files", lambda m: self.tr(
                "%1 summaries merged").replace("%1", m[1])),
            (r"retention (\d+) months", lambda m: self.tr(
                "records kept for %1 months").replace("%1", m[1])),
            (r"(\d+) students deleted", lambda m: self.tr("%1 students deleted").replace(
                "%1", m[1])),
            (r"(\d+): (retest|talk|-)", lambda m: f"{self.student(m[1])}: " + {
                "retest": self.tr("retest"), "talk": self.tr("talk to"),
                "-": self.tr("mark cleared")}[m[2]]),
            (r"(.+): (\d+)", lambda m: self.tr("%1: %2 students").replace(
                "%1", m[1]).replace("%2", m[2]) if action == "delete_class" else m[0]),
            (r"password", lambda m: self.tr("password")),
            (r"recovery key", lambda m: self.tr("recovery key")),
            (r"edition (.+)", lambda m: self.tr("edition %1").replace("%1", m[1])),
        ]
        for pattern, words in patterns:
            match = re.fullmatch(pattern, detail)
            if match:
                return words(match)
        return detail
