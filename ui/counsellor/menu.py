"""The counsellor's menu on the shared PC: the school's defaults for students (home district,
questionnaire programme) and the way out of kiosk mode or of the app."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas.models import District
from guidance.questionnaire import DEFAULT_PROGRAMME, PROGRAMMES
from guidance.records import RecordsStore

LEAVE_KIOSK, QUIT = 2, 3


class CounsellorMenu(QDialog):
    def __init__(self, store: RecordsStore, districts: list[District], language: str,
                 kiosk: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CounsellorMenu")
        self.store = store
        self.setWindowTitle(self.tr("Counsellor"))
        self.district = QComboBox()
        self.district.setObjectName("schoolDistrict")
        for d in districts:
            self.district.addItem(d.name.get(language), d.id)
        self.district.setCurrentIndex(max(0, self.district.findData(
            store.setting("district_id"))))
        self.programme = QComboBox()
        self.programme.setObjectName("programmeCombo")
        names = {
            "full": self.tr("Interests, full form (60 questions)"),
            "short": self.tr("Interests, short form (30 questions)"),
            "ddo": self.tr("Types of work, DDO (20 pairs)"),
            "full+ddo": self.tr("Both: interests full form and DDO"),
            "short+ddo": self.tr("Both: interests short form and DDO"),
        }
        for key in PROGRAMMES:
            self.programme.addItem(names[key], key)
        self.programme.setCurrentIndex(self.programme.findData(
            store.setting("programme", DEFAULT_PROGRAMME)))
        form = QFormLayout()
        form.addRow(self.tr("Students' home district by default:"), self.district)
        form.addRow(self.tr("Questionnaire programme:"), self.programme)
        self.leave_kiosk = QPushButton(self.tr("Leave kiosk mode"))
        self.leave_kiosk.setVisible(kiosk)
        self.leave_kiosk.clicked.connect(lambda: self._finish(LEAVE_KIOSK))
        self.quit_button = QPushButton(self.tr("Close Bagdar"))
        self.quit_button.setObjectName("quitButton")
        self.quit_button.clicked.connect(lambda: self._finish(QUIT))
        self.save_button = QPushButton(self.tr("Save and return"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self._finish(QDialog.DialogCode.Accepted))
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_kiosk)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def _finish(self, code) -> None:
        self.store.set_setting("district_id", self.district.currentData())
        self.store.set_setting("programme", self.programme.currentData())
        self.done(int(code))
