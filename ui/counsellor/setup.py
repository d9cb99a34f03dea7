"""First run: the counsellor sets the school up once.

School name, district, the default questionnaire programme, the interface language and the
counsellor password (kept only as a salted scrypt hash), then a recovery key to print and keep
in a safe place: it is the only way back in if the password is forgotten (its hash is stored
too).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas.models import District
from guidance.questionnaire import DEFAULT_PROGRAMME, PROGRAMMES
from guidance.records import RecordsStore
from guidance.records.auth import MIN_LENGTH, hash_password, new_recovery_key, password_problem
from ui.i18n import LANGUAGE_NAMES


class ProgrammeNames(QObject):
    """The questionnaire programmes' names, shared by setup, settings and paper mode."""

    def names(self) -> dict[str, str]:
        return {
            "full": self.tr("Interests, full form (60 questions)"),
            "short": self.tr("Interests, short form (30 questions)"),
            "ddo": self.tr("Types of work, DDO (20 pairs)"),
            "full+ddo": self.tr("Both: interests full form and DDO"),
            "short+ddo": self.tr("Both: interests short form and DDO"),
        }


def fill_programmes(owner, combo: QComboBox, current: str | None) -> None:
    names = ProgrammeNames(owner).names()
    # The long names ("Both: interests, full form, and DDO") must not widen the room at A+.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    combo.clear()
    for key in PROGRAMMES:
        combo.addItem(names[key], key)
    combo.setCurrentIndex(max(0, combo.findData(current or DEFAULT_PROGRAMME)))


class SetupWizard(QDialog):
    def __init__(self, store: RecordsStore, districts: list[District], language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SetupWizard")
        self.store = store
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Bagdar — first setup"))
        self.setMinimumWidth(640)
        self.school = QLineEdit()
        self.school.setObjectName("schoolName")
        self.district = QComboBox()
        self.district.setObjectName("schoolDistrict")
        for d in districts:
            self.district.addItem(d.name.get(language), d.id)
        self.programme = QComboBox()
        self.programme.setObjectName("programmeCombo")
        fill_programmes(self, self.programme, DEFAULT_PROGRAMME)
        self.language = QComboBox()
        self.language.setObjectName("interfaceLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatPassword")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("School name:"), self.school)
        form.addRow(self.tr("School district:"), self.district)
        form.addRow(self.tr("Questionnaire programme:"), self.programme)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Counsellor password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.repeat)
        first = QWidget()
        first_layout = QVBoxLayout(first)
        intro = QLabel(self.tr("Set Bagdar up for your school. Students never see this; the "
                               "password protects the students' records."))
        intro.setWordWrap(True)
        first_layout.addWidget(intro)
        first_layout.addLayout(form)
        first_layout.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveSetup")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        first_layout.addWidget(self.save_button)

        second = QWidget()
        second_layout = QVBoxLayout(second)
        note = QLabel(self.tr("Your recovery key. Print it or write it down and keep it locked "
                              "away: it resets the password if you forget it. It is shown only "
                              "now."))
        note.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        print_button = QPushButton(self.tr("Print the key…"))
        print_button.clicked.connect(self.print_key)
        done = QPushButton(self.tr("I have kept the key"))
        done.setObjectName("keyKept")
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        buttons.addWidget(done)
        second_layout.addWidget(note)
        second_layout.addWidget(self.key_label)
        second_layout.addLayout(buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(first)
        self.pages.addWidget(second)
        QVBoxLayout(self).addWidget(self.pages)

    def save(self) -> None:
        problems = []
        if not self.school.text().strip():
            problems.append(self.tr("Type the school's name."))
        if len(self.password.text()) < MIN_LENGTH:
            problems.append(self.tr("Use at least %n characters.", "", MIN_LENGTH))
        elif password_problem(self.password.text()) == "common":
            problems.append(self.tr("This password is too easy to guess (a common password "
                                    "or a run of keys). Choose another one."))
        elif self.password.text() != self.repeat.text():
            problems.append(self.tr("The two passwords are not the same."))
        self.error.setText("\n".join(problems))
        if problems:
            return
        store = self.store
        store.set_setting("school_name", " ".join(self.school.text().split()))
        store.set_setting("district_id", self.district.currentData())
        store.set_setting("programme", self.programme.currentData())
        store.set_setting("interface_language", self.language.currentData())
        store.set_counsellor_password(self.password.text())
        self.recovery_key = new_recovery_key()
        store.set_setting("recovery_key", hash_password(self.recovery_key))
        store.set_setting("setup_done", "1")
        store.audit("setup", store.setting("school_name") or "")
        self.key_label.setText(self.recovery_key)
        self.pages.setCurrentIndex(1)

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        from ui.print_dialog import ask_printer

        printer = QPrinter()
        if ask_printer(printer, self, pages=1, orientable=True):
            doc = QTextDocument()
            doc.setHtml("<h2>Bagdar</h2><p>" + self.tr("Counsellor recovery key") + ":</p>"
                        f"<h1>{self.recovery_key}</h1>")
            doc.print_(printer)
