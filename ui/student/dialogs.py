"""Small dialogs of the shared PC: type a resume code, see the code when pausing, the
inactivity warning.

On a shared PC the next student sits down while a dialog is still open. So the pause code
closes itself after ``PAUSE_CODE_SECONDS`` or ``PAUSE_IDLE_SECONDS`` without a touch, and the
resume dialog shows the growing wait and the lock-out of ``RecordsStore.find_resumable``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from guidance.records.codes import EXAMPLE, display

PAUSE_CODE_SECONDS = 90
PAUSE_IDLE_SECONDS = 30


class ResumeCodeDialog(QDialog):
    """Asks for the code; the caller checks it and calls ``show_not_found`` if it is wrong."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ResumeCodeDialog")
        self.setWindowTitle(self.tr("Continue with my code"))
        self.setMinimumWidth(420)
        self.store = getattr(parent, "store", None)
        self.prompt = QLabel(self.tr("Type the code you were shown when you paused, e.g. "
                                     "%1:").replace("%1", EXAMPLE))
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._show_wait)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_wait()

    def code(self) -> str:
        return self.code_edit.text()

    def show_not_found(self) -> None:
        # Deliberately the same message for every wrong code: it reveals nothing.
        self.error.setText(self.tr("This code does not open any unfinished questionnaire. "
                                   "Check it, or ask your counsellor."))
        self.code_edit.selectAll()
        self.code_edit.setFocus()
        self._show_wait()

    def _show_wait(self) -> None:
        """While the store makes guessers wait (or is locked), say so and hold the button."""
        store = self.store
        locked = bool(store is not None and store.resume_locked())
        wait = store.resume_wait_seconds() if store is not None and not locked else 0
        self.ok_button.setEnabled(not locked and not wait)
        self.code_edit.setEnabled(not locked)
        if locked:
            self.error.setText(self.tr("Too many wrong codes were typed on this computer. "
                                       "Ask your counsellor to unlock continuing with a code."))
        elif wait:
            self.error.setText(self.tr("This code does not open any unfinished questionnaire. "
                                       "Try again in %1 s.").replace("%1", str(wait)))
        if wait:
            self._tick.start()
        else:
            self._tick.stop()
        self.adjustSize()  # the message wraps: the dialog grows to show all of it


class PauseCodeDialog(QDialog):
    """The code, shown once; closes itself after a short time and when nobody touches it, so
    the next student at this PC never reads it."""

    def __init__(self, code: str, parent: QWidget | None = None,
                 seconds: int = PAUSE_CODE_SECONDS, idle_seconds: int = PAUSE_IDLE_SECONDS):
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
        self.countdown = QLabel()
        self.countdown.setObjectName("closesIn")
        self.countdown.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.code_label)
        layout.addWidget(self.countdown)
        layout.addWidget(buttons)
        self.left = seconds
        self.idle_seconds = idle_seconds
        self.idle = 0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._tick_once)
        self._tick.start()
        self._show_left()
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.MouseMove):
            self.idle = 0
        return super().eventFilter(watched, event)

    def _tick_once(self) -> None:
        self.left -= 1
        self.idle += 1
        if self.left <= 0 or self.idle >= self.idle_seconds:
            self._tick.stop()
            self.accept()
            return
        self._show_left()

    def _show_left(self) -> None:
        shown = min(self.left, self.idle_seconds - self.idle)
        self.countdown.setText(self.tr("This window closes by itself in %n s.", "", shown))
