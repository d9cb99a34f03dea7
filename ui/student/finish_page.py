"""Finish: tell the student how to get a printed copy, then hand the PC back clean."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.student.page import StudentPage


class FinishPage(StudentPage):
    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton()
        self.done_button.setObjectName("doneButton")
        self.done_button.setProperty("big", True)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addSpacing(24)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you!"))
        self.message.setText(self.tr(
            "Your answers and results are saved. Ask your counsellor for a printed copy to show "
            "at home. When you press Done, this computer is ready for the next student."))
        self.done_button.setText(self.tr("&Done"))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.done_button.setFocus()
