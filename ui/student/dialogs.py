"""Small dialogs of the shared PC: type a resume code, see the code when pausing, the
inactivity warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guidance.records.codes import display


class ResumeCodeDialog(QDialog):
    """Asks for the code; the caller checks it and calls ``show_not_found`` if it is wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResumeCodeDialog")
        self.setWindowTitle(self.tr("Continue with my code"))
        self.prompt = QLabel(self.tr("Type the code you were shown when you paused, e.g. "
                                     "KMP-479:"))
        self.prompt.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setMaxLength(9)
        self.code_edit.setAccessibleName(self.tr("Resume code"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def code(self) -> str:
        return self.code_edit.text()

    def show_not_found(self) -> None:
        # Deliberately the same message for every wrong code: it reveals nothing.
        self.error.setText(self.tr("This code does not open any unfinished questionnaire. "
                                   "Check it, or ask your counsellor."))
        self.code_edit.selectAll()
        self.code_edit.setFocus()


class PauseCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("PauseCodeDialog")
        self.setWindowTitle(self.tr("Paused"))
        text = QLabel(self.tr("Your answers are saved. To continue later on this computer, "
                              "choose “Continue with my code” and type:"))
        text.setWordWrap(True)
        self.code_label = QLabel(display(code))
        self.code_label.setObjectName("resumeCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("font-size: 28pt; font-weight: bold; letter-spacing: 4px;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I wrote it down"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.code_label)
        layout.addWidget(buttons)
