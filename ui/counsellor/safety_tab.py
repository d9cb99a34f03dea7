"""Keeping the records safe: backups (daily and to a USB stick), checked restore, the retention
rule that removes old records after a warning, and the audit log of counsellor actions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guidance.records import RecordsStore
from guidance.records import queries as q
from guidance.records.backup import check_backup, daily_backups, is_disk_full
from guidance.records.guard import LOCK_AFTER
from guidance.records.store import RestoreFailed
from ui.dates import shown_date

DEFAULT_RETENTION_MONTHS = 12
DAYS_PER_MONTH = 30


def retention_days(store: RecordsStore) -> int:
    months = int(store.setting("retention_months", str(DEFAULT_RETENTION_MONTHS)) or 12)
    return months * DAYS_PER_MONTH


class SafetyTab(QWidget):
    restored = Signal()

    def __init__(self, store: RecordsStore, backups_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.backups_folder = store, Path(backups_folder)
        self.daily_label = QLabel()
        self.daily_label.setWordWrap(True)
        backup_button = QPushButton(self.tr("Back up to a file (USB stick)…"))
        backup_button.setObjectName("backupButton")
        backup_button.clicked.connect(self.backup_with_dialog)
        restore_button = QPushButton(self.tr("Restore from a file…"))
        restore_button.setObjectName("restoreButton")
        restore_button.clicked.connect(self.restore_with_dialog)
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(1, 60)
        self.months.setValue(retention_days(store) // DAYS_PER_MONTH)
        self.months.setSuffix(self.tr(" months"))
        self.months.valueChanged.connect(self._save_retention)
        # One audit entry per change, not one per click of the spin box's arrows (H5).
        self._retention_audit = QTimer(self, singleShot=True, interval=2000)
        self._retention_audit.timeout.connect(lambda: self.store.audit(
            "settings", f"retention {self.months.value()} months"))
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)
        apply_button = QPushButton(self.tr("Delete the old records now…"))
        apply_button.setObjectName("applyRetention")
        apply_button.clicked.connect(self.apply_retention)
        self.resume_days = QSpinBox()
        self.resume_days.setObjectName("resumeDays")
        self.resume_days.setRange(1, 90)
        self.resume_days.setValue(store.resume_days())
        self.resume_days.setSuffix(self.tr(" days"))
        self.resume_days.valueChanged.connect(self._save_resume_days)
        self.resume_label = QLabel()
        self.resume_label.setObjectName("resumeStatus")
        self.resume_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock continuing with a code"))
        self.unlock_button.setObjectName("unlockResume")
        self.unlock_button.clicked.connect(self.unlock_resume)
        self.audit = QTableWidget()
        self.audit.setObjectName("auditTable")
        self.audit.horizontalHeader().setStretchLastSection(True)  # details take the rest
        self.audit.verticalHeader().hide()

        backups = QGroupBox(self.tr("Backups"))
        b = QVBoxLayout(backups)
        b.addWidget(self.daily_label)
        row = QHBoxLayout()
        row.addWidget(backup_button)
        row.addWidget(restore_button)
        row.addStretch(1)
        b.addLayout(row)
        retention = QGroupBox(self.tr("Keeping records"))
        r = QVBoxLayout(retention)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep students' records for:")))
        row.addWidget(self.months)
        row.addStretch(1)
        row.addWidget(apply_button)
        r.addLayout(row)
        r.addWidget(self.retention_label)
        codes_box = QGroupBox(self.tr("Resume codes"))
        c = QVBoxLayout(codes_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("A paused questionnaire can be continued with its code "
                                     "for:")))
        row.addWidget(self.resume_days)
        row.addStretch(1)
        c.addLayout(row)
        status = QHBoxLayout()  # a row of its own: one row was wider than 1024 at A+ (H5)
        status.addWidget(self.resume_label, 1)
        status.addWidget(self.unlock_button)
        c.addLayout(status)
        log = QGroupBox(self.tr("Audit log of counsellor actions"))
        QVBoxLayout(log).addWidget(self.audit)
        layout = QVBoxLayout(self)
        layout.addWidget(backups)
        layout.addWidget(retention)
        layout.addWidget(codes_box)
        layout.addWidget(log, 1)
        self.refresh()

    def refresh(self) -> None:
        daily = daily_backups(self.backups_folder)
        self.daily_label.setText(self.tr(
            "A copy is made automatically every day when Bagdar starts; the last 7 are kept in "
            "%1. Latest: %2.").replace("%1", str(self.backups_folder))
            .replace("%2", shown_date(daily[0].stem.removeprefix("records-")) if daily else "—"))
        old = q.students_older_than(self.store, retention_days(self.store))
        self.retention_label.setText(self.tr(
            "%n students were recorded before the retention period.", "", len(old)) if old
            else self.tr("No record is older than the retention period."))
        self._show_resume_status()
        from ui.counsellor.audit_texts import AuditTexts, local_time

        words = AuditTexts(self.store, self)  # local times, details in words (H5)
        entries = self.store.audit_entries()
        self.audit.clear()
        self.audit.setColumnCount(3)
        self.audit.setHorizontalHeaderLabels([words.time_header(), self.tr("Action"),
                                              self.tr("Details")])
        self.audit.setRowCount(len(entries))
        names = self.action_names() | words.action_names()
        for i, (at, action, detail) in enumerate(entries):
            shown = (local_time(at), names.get(action, action), words.detail(action, detail))
            for j, text in enumerate(shown):
                self.audit.setItem(i, j, QTableWidgetItem(text))
        self.audit.resizeColumnsToContents()

    def action_names(self) -> dict[str, str]:
        return {
            "setup": self.tr("first setup"), "login": self.tr("login"),
            "logout": self.tr("logout"), "close": self.tr("closed Bagdar"),
            "export": self.tr("export"), "print": self.tr("print"),
            "delete_student": self.tr("student deleted"),
            "delete_class": self.tr("class deleted"), "retention": self.tr("old records deleted"),
            "backup": self.tr("backup"), "restore": self.tr("restore"),
            "settings": self.tr("settings changed"),
            "password_changed": self.tr("password changed"),
            "password_reset": self.tr("password reset with the recovery key"),
            "consent": self.tr("consent recorded"), "comment": self.tr("comment saved"),
            "paper_entry": self.tr("paper answers entered"),
            "atlas_update": self.tr("atlas updated"),
            "atlas_rollback": self.tr("atlas rolled back"),
            "atlas_export": self.tr("atlas exported"),
            "login_failed": self.tr("wrong password or recovery key"),
            "resume_unlocked": self.tr("resume codes unlocked"),
        }

    def _show_resume_status(self) -> None:
        locked = self.store.resume_locked()
        recent = self.store.resume_guard.recent_failures()
        self.unlock_button.setEnabled(locked or recent > 0)
        if locked:
            text = self.tr("Continuing with a code is locked: %1 wrong codes were typed within "
                           "a day. Unlock it when you know why.").replace("%1", str(LOCK_AFTER))
        else:
            text = self.tr("Wrong codes typed in the last day: %1 (locked at %2).").replace(
                "%1", str(recent)).replace("%2", str(LOCK_AFTER))
        self.resume_label.setText(text)

    def _save_resume_days(self, days: int) -> None:
        self.store.set_setting("resume_days", str(days))

    def unlock_resume(self) -> None:
        self.store.unlock_resume()
        self.store.audit("resume_unlocked")
        self.refresh()

    def _save_retention(self, months: int) -> None:
        self.store.set_setting("retention_months", str(months))
        self._retention_audit.start()
        self.refresh()

    def apply_retention(self) -> int:
        old = q.students_older_than(self.store, retention_days(self.store))
        if not old:
            QMessageBox.information(self, self.tr("Keeping records"),
                                    self.tr("No record is older than the retention period."))
            return 0
        answer = QMessageBox.question(self, self.tr("Keeping records"), self.tr(
            "Delete %n students recorded before the retention period, with all their answers "
            "and results?", "", len(old)))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        with self.store.deleting_many():  # the copies are rewritten once, at the end
            count = q.delete_older_than(self.store, retention_days(self.store))
        self.store.audit("retention", f"{count} students deleted")
        self.refresh()
        return count

    def backup_with_dialog(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the records"),
                                              "bagdar-records-backup.sqlite",
                                              self.tr("Bagdar records (*.sqlite)"))
        if not path:
            return None
        try:
            return self.backup_to(Path(path))
        except (OSError, sqlite3.Error) as err:
            QMessageBox.warning(self, self.tr("Backups"), self.tr(
                "The disk is full, so the backup was not made. Free some space or use another "
                "USB stick.") if is_disk_full(err) else self.tr(
                "The backup could not be written there (a removed or read-only USB stick?)."))
            return None

    def backup_to(self, path: Path) -> Path:
        made = self.store.backup_to(path)
        self.store.audit("backup", str(path))
        self.refresh()
        return made

    def check_message(self, problem: str) -> str:
        return {
            "not_sqlite": self.tr("This file is not a Bagdar records backup."),
            "damaged": self.tr("This backup is damaged and cannot be used."),
            "not_bagdar": self.tr("This database is not a Bagdar records backup."),
            "too_new": self.tr("This backup was made by a newer Bagdar; update Bagdar first."),
            "disk_full": self.tr("The disk is full, so the backup could not be checked. Free "
                                 "some space, then try again."),
            "unreadable": self.tr("This file cannot be read (it may be on a removed USB stick "
                                  "or locked by another user)."),
        }.get(problem, problem)

    def restore_with_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore the records"), "",
                                              self.tr("Bagdar records (*.sqlite)"))
        return self.restore_from(Path(path), ask=True) if path else False

    def restore_from(self, path: Path, ask: bool = True) -> bool:
        check = check_backup(path)
        if not check.ok:
            QMessageBox.warning(self, self.tr("Restore"), self.check_message(check.problem))
            return False
        if ask and QMessageBox.question(self, self.tr("Restore"), self.tr(
                "The backup holds %1 students and %2 sessions. Restoring brings back everything "
                "in it: the students, answers and results, the school's settings, and the "
                "counsellor password and recovery key as they were when it was made. The audit "
                "log of this computer is kept. The current records are kept in a separate "
                "file. Replace the current records with the backup?")
                .replace("%1", str(check.students)).replace("%2", str(check.sessions))
                ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            kept = self.store.restore_from(path)
        except RestoreFailed as failure:
            QMessageBox.critical(self, self.tr("Restore"), self.tr(
                "The disk is full, so the backup could not be restored. Nothing has changed: "
                "the current records are still in use.") if failure.disk_full else self.tr(
                "The backup could not be restored. Nothing has changed: the current records "
                "are still in use."))
            return False
        self.store.audit("restore", f"{path} (previous kept in {kept.name})")
        self.refresh()
        self.restored.emit()
        return True
