"""The counsellor's room: students and sessions, reports and exports, paper mode, the safety of
the records and the school's settings — behind the counsellor password.

The room logs the counsellor out by itself after a few idle minutes (with a one-minute warning),
so a student who finds the PC open later meets the Welcome screen, not the records: at logout
every window the room opened — a student's card, a question, a save or print dialog — closes
with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.records import RecordsStore
from ui.counsellor.dashboard import Dashboard
from ui.counsellor.paper_tab import PaperTab
from ui.counsellor.reports_tab import ReportsTab
from ui.counsellor.safety_tab import SafetyTab
from ui.counsellor.settings_tab import SettingsTab
from ui.counsellor.student_dialog import StudentDialog
from ui.counsellor.students_tab import StudentsTab
from ui.counsellor.transfer_tab import TransferTab
from ui.counsellor.update_tab import UpdateTab

LOGOUT_AFTER_MS = 10 * 60 * 1000


def scrolling(page: QWidget) -> QScrollArea:
    """A tab that scrolls instead of stretching the window past 1024×768."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class CounsellorRoom(QWidget):
    logout_requested = Signal()
    leave_kiosk_requested = Signal()
    quit_requested = Signal()
    resume_requested = Signal(int)  # session id

    atlas_installed = Signal(str)

    def __init__(self, atlas: Atlas, store: RecordsStore, recommender: Callable,
                 language: Callable[[], str], kiosk: bool, install,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CounsellorRoom")
        self.atlas, self.store, self._language = atlas, store, language
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        # An official school name is long: the title wraps instead of widening the window.
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.logout_warning = QLabel()
        self.logout_warning.setObjectName("logoutWarning")
        self.logout_warning.setWordWrap(True)
        self.logout_warning.setStyleSheet("background:#fff3cd; color:#5c4400; padding:6px;")
        self.logout_warning.hide()
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setObjectName("logoutButton")
        self.logout_button.clicked.connect(self.logout_requested)
        self.kiosk_button = QPushButton(self.tr("Leave kiosk mode"))
        self.kiosk_button.setObjectName("leaveKiosk")
        self.kiosk_button.setVisible(kiosk)
        self.kiosk_button.clicked.connect(self.leave_kiosk_requested)
        self.quit_button = QPushButton(self.tr("Close Bagdar"))
        self.quit_button.setObjectName("quitButton")
        self.quit_button.clicked.connect(self.quit_requested)
        self.dashboard = Dashboard(atlas, store, language)
        self.students = StudentsTab(store)
        self.reports = ReportsTab(atlas, store, language)
        self.paper = PaperTab(atlas, store, recommender, language)
        self.safety = SafetyTab(store, store.path.parent / "backups")
        self.settings = SettingsTab(store, atlas.districts(), language())
        self.transfer = TransferTab(store)
        self.transfer.imported.connect(self.reload)
        self.update = UpdateTab(atlas, install, store)
        self.update.installed.connect(self.atlas_installed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("roomTabs")
        self.tabs.addTab(scrolling(self.dashboard), self.tr("Overview"))
        self.tabs.addTab(self.students, self.tr("Students"))
        self.tabs.addTab(scrolling(self.reports), self.tr("Reports and exports"))
        self.tabs.addTab(scrolling(self.paper), self.tr("Paper mode"))
        self.tabs.addTab(scrolling(self.safety), self.tr("Records safety"))
        self.tabs.addTab(scrolling(self.update), self.tr("Atlas update"))
        self.tabs.addTab(scrolling(self.transfer), self.tr("Several PCs"))
        self.tabs.addTab(scrolling(self.settings), self.tr("Settings"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.kiosk_button)
        header.addWidget(self.quit_button)
        header.addWidget(self.logout_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.logout_warning)
        layout.addWidget(self.tabs, 1)
        self.dashboard.open_student.connect(self.open_student)
        self.dashboard.setup_classes.connect(self.students.manage_classes)
        self.students.changed.connect(self.dashboard.refresh)
        self.students.open_student.connect(self.open_student)
        self.students.student_report.connect(self.student_report)
        self.students.class_report.connect(self._class_report)
        self.students.changed.connect(self.reports.reload)
        self.paper.scored.connect(lambda _id: self.reload())
        self.safety.restored.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self._school = self.store.setting("school_name", "") or ""
        self._fit_title()
        self.dashboard.refresh()
        self.students.reload()
        self.reports.reload()
        self.paper.reload()
        self.safety.refresh()

    def show_tab(self, page: QWidget) -> None:
        """Bring ``page`` (a tab's page, maybe inside its scroll area) to the front."""
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def show_safety(self) -> None:
        self.show_tab(self.safety)

    def set_kiosk(self, kiosk: bool) -> None:
        self.kiosk_button.setVisible(kiosk)

    def open_student(self, student_id: int) -> StudentDialog:
        dialog = StudentDialog(self.atlas, self.store, student_id, self._language(), self)
        dialog.resume_requested.connect(self.resume_requested)
        dialog.finished.connect(lambda _r: (self.students.refresh(), self.dashboard.refresh()))
        dialog.open()
        return dialog

    def student_report(self, student_id: int, path: Path | None = None) -> Path | None:
        from ui.reports.document import print_document, write_pdf
        from ui.reports.student_report import student_report_document

        student = self.store.student(student_id)
        school = self.store.setting("school_name", "") or ""
        lang = student.interface_language or self._language()
        if path is None:
            lang = self.ask_report_language(lang)
            if lang is None:
                return None
        doc = student_report_document(self.atlas, self.store, student_id, lang, school)
        if path is None:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Student report"),
                              self.tr("Report for %1.").replace("%1", student.display_name),
                              parent=self)
            save = box.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
            printing = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is printing:
                print_document(doc, self)
                self.store.audit("print", f"student report {student_id}")
                return None
            if box.clickedButton() is not save:
                return None
            from ui.counsellor.save_paths import ask_save_path, file_name

            path = ask_save_path(self, self.tr("Save the student report"), file_name(
                student.display_name, student.class_name, f"({lang})", suffix="pdf"),
                self.tr("PDF (*.pdf)"))
            if path is None:
                return None
        write_pdf(doc, str(path))
        self.store.audit("export", f"student report {student_id}")
        return path

    def ask_report_language(self, default: str) -> str | None:
        """The family's language: the student's by default, any of the three on request."""
        from PySide6.QtWidgets import QInputDialog

        from ui.i18n import LANGUAGE_NAMES

        codes = list(LANGUAGE_NAMES)
        names = [LANGUAGE_NAMES[c] for c in codes]
        chosen, ok = QInputDialog.getItem(self, self.tr("Student report"),
                                          self.tr("Language of the report:"), names,
                                          codes.index(default) if default in codes else 0,
                                          False)
        return codes[names.index(chosen)] if ok else None

    def _class_report(self, class_name: str) -> None:
        self.reports.class_combo.setCurrentIndex(self.reports.class_combo.findData(class_name))
        self.show_tab(self.reports)

    def _fit_title(self) -> None:
        """Room name and school, on at most two lines: an official school name ("… КММ",
        150 letters) is shortened with "…" (whole in the tooltip) rather than push the tabs
        down at A+."""
        from PySide6.QtGui import QFontMetrics

        room = self.tr("Counsellor's room")
        school = getattr(self, "_school", "")  # read in ``reload``: resizing never asks SQLite
        if not school:
            self.title.setText(room)
            return
        metrics = QFontMetrics(self.title.font())
        budget = int(1.7 * max(self.title.width(), 200)) - metrics.horizontalAdvance(room + " — ")
        shown = metrics.elidedText(school, Qt.TextElideMode.ElideRight, max(budget, 80))
        self.title.setText(f"{room} — {shown}")
        self.title.setToolTip(school if shown != school else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_title()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_title()

    def warn_logout(self, seconds: int) -> None:
        """The idle watch's warning: the counsellor may still be at the PC."""
        self.logout_warning.setText(self.tr(
            "No activity for a while: you will be logged out in %1 seconds. Move the mouse or "
            "press a key to stay.").replace("%1", str(seconds)))
        self.logout_warning.show()

    def hide_logout_warning(self) -> None:
        self.logout_warning.hide()

    def open_windows(self) -> list[QWidget]:
        """Every visible window (dialog, card, message) the room or its tabs opened."""
        found = []
        for window in QApplication.topLevelWidgets():
            if window is self.window() or not window.isVisible():
                continue
            parent = window.parentWidget()
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            if parent is self:
                found.append(window)
        return found

    def close_windows(self) -> None:
        """Close what the room opened, innermost first (a question over a student's card), so
        that a modal ``exec()`` returns "cancelled" and nothing stays on screen."""
        for _round in range(5):  # a closed dialog's caller may briefly open nothing else
            windows = self.open_windows()
            if not windows:
                return
            for window in reversed(windows):
                if isinstance(window, QDialog):
                    window.reject()
                window.close()
            QApplication.processEvents()

    def reset(self) -> None:
        """Forget what was on screen (called at logout): every window the room opened closes."""
        self.hide_logout_warning()
        self.close_windows()
        self.students.name_search.clear()
        self.students.model.set_rows([])
        self.tabs.setCurrentIndex(0)
