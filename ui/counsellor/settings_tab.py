"""The school's settings and the counsellor password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas.models import District
from guidance.records import RecordsStore
from guidance.records.auth import MIN_LENGTH, password_problem
from ui.counsellor.setup import fill_programmes
from ui.i18n import LANGUAGE_NAMES


class SettingsTab(QWidget):
    def __init__(self, store: RecordsStore, districts: list[District], language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.school = QLineEdit(store.setting("school_name", "") or "")
        self.school.setObjectName("schoolName")
        self.district = QComboBox()
        self.district.setObjectName("schoolDistrict")
        for d in districts:
            self.district.addItem(d.name.get(language), d.id)
        self.district.setCurrentIndex(max(0, self.district.findData(store.setting("district_id"))))
        self.programme = QComboBox()
        self.programme.setObjectName("programmeCombo")
        fill_programmes(self, self.programme, store.setting("programme"))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            store.setting("interface_language", "kk"))))
        save = QPushButton(self.tr("Save settings"))
        save.setObjectName("saveSettings")
        save.clicked.connect(self.save)
        self.saved = QLabel()
        school = QGroupBox(self.tr("School"))
        form = QFormLayout(school)
        form.addRow(self.tr("School name:"), self.school)
        form.addRow(self.tr("Students' home district by default:"), self.district)
        form.addRow(self.tr("Questionnaire programme:"), self.programme)
        form.addRow(self.tr("Interface language at start:"), self.language)
        form.addRow(save, self.saved)

        self.current = QLineEdit()
        self.current.setObjectName("currentPassword")
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        change = QPushButton(self.tr("Change password"))
        change.setObjectName("changePassword")
        change.clicked.connect(self.change_password)
        self.password_message = QLabel()
        self.password_message.setWordWrap(True)
        password = QGroupBox(self.tr("Counsellor password"))
        pform = QFormLayout(password)
        pform.addRow(self.tr("Current password:"), self.current)
        pform.addRow(self.tr("New password:"), self.new)
        pform.addRow(self.tr("Repeat it:"), self.repeat)
        pform.addRow(change, self.password_message)
        layout = QVBoxLayout(self)
        layout.addWidget(school)
        layout.addWidget(password)
        layout.addStretch(1)

    def save(self) -> None:
        store = self.store
        store.set_setting("school_name", " ".join(self.school.text().split()))
        store.set_setting("district_id", self.district.currentData())
        store.set_setting("programme", self.programme.currentData())
        store.set_setting("interface_language", self.language.currentData())
        store.audit("settings", f"{self.programme.currentData()}, {self.district.currentData()}")
        self.saved.setText(self.tr("Saved."))

    def change_password(self) -> bool:
        wait = self.store.password_wait_seconds()  # the login's back-off guards this check too
        if wait:
            message, ok = self.tr("Too many wrong tries. Try again in %1 s.").replace(
                "%1", str(wait)), False
        elif not self.store.check_counsellor_password(self.current.text()):
            message, ok = self.tr("The current password is not right."), False
        elif password_problem(self.new.text()) == "common":
            message, ok = self.tr("This password is too easy to guess (a common password "
                                  "or a run of keys). Choose another one."), False
        elif len(self.new.text()) < MIN_LENGTH:
            message, ok = self.tr("Use at least %n characters.", "",
                                            MIN_LENGTH), False
        elif self.new.text() != self.repeat.text():
            message, ok = self.tr("The two passwords are not the same."), False
        else:
            self.store.set_counsellor_password(self.new.text())
            self.store.audit("password_changed")
            message, ok = self.tr("The password has been changed."), True
        for edit in (self.current, self.new, self.repeat):
            edit.clear()
        self.password_message.setText(message)
        return ok
