"""Counsellor access: creating the password once, and logging in with growing delays.

The password is stored only as a salted scrypt hash (``guidance.records.auth``). Each failed
attempt doubles the wait before the next one (1, 2, 4 … up to 60 s); the wait is kept in the
records, so closing Bagdar does not reset it, and every failure is in the audit log. A new
password must pass the policy of ``auth.password_problem``. A recovery key, once used, is
replaced by a new one shown to the counsellor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guidance.records.auth import MIN_LENGTH, password_problem
from ui.counsellor.throttle import LoginThrottle

if TYPE_CHECKING:
    from guidance.records import RecordsStore

__all__ = ["LoginDialog", "LoginThrottle", "SetPasswordDialog"]


class LoginDialog(QDialog):
    def __init__(self, store: RecordsStore, throttle: LoginThrottle,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.store = store
        self.throttle = throttle
        throttle.bind(store.password_guard)
        self.setWindowTitle(self.tr("Counsellor"))
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Counsellor password"))
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._update_wait)
        self.forgot = QPushButton(self.tr("Forgot the password? Use the recovery key…"))
        self.forgot.setObjectName("forgotPassword")
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self._recover)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Counsellor password:")))
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        layout.addWidget(self.forgot)
        if store.password_missing():
            # The password row is gone (the file was edited): only the recovery key helps.
            self.password.setEnabled(False)
            self._ok().setEnabled(False)
            self.error.setText(self.tr(
                "The counsellor password is missing from the records: the file was changed "
                "outside Bagdar. Set a new password with the recovery key."))
        else:
            self._update_wait()

    def _recover(self) -> None:
        if SetPasswordDialog(self.store, self, needs_recovery_key=True).exec():
            self.throttle.succeeded()
            self.store.audit("password_reset", "recovery key")
            show_new_recovery_key(self, self.store.replace_recovery_key())
            self.accept()

    def _ok(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_wait(self) -> None:
        if self.store.password_missing():
            return
        wait = self.throttle.seconds_to_wait()
        self._ok().setEnabled(wait == 0)
        if wait:
            self.error.setText(self.tr("Wrong password. Try again in %1 s.")
                               .replace("%1", str(wait)))
            self._tick.start()
        else:
            self._tick.stop()

    def try_login(self) -> None:
        if self.throttle.seconds_to_wait():
            return
        if self.store.check_counsellor_password(self.password.text()):
            self.throttle.succeeded()
            self.accept()
            return
        self.throttle.failed()
        self.password.clear()
        self._update_wait()


class SetPasswordDialog(QDialog):
    """First use: the counsellor chooses the password that guards their area and kiosk exit."""

    def __init__(self, store: RecordsStore, parent: QWidget | None = None,
                 needs_recovery_key: bool = False):
        super().__init__(parent)
        self.setObjectName("SetPasswordDialog")
        self.store = store
        self.setWindowTitle(self.tr("Counsellor password"))
        intro = QLabel(self.tr("Choose the counsellor password. Students must not know it: it "
                               "opens the students' records and closes the kiosk mode."))
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyEdit")
        self.key.setVisible(needs_recovery_key)
        self.first = QLineEdit()
        self.first.setObjectName("newPassword")
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassword")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        form = QFormLayout()
        if needs_recovery_key:
            form.addRow(self.tr("Recovery key:"), self.key)
        form.addRow(self.tr("New password:"), self.first)
        form.addRow(self.tr("Repeat it:"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        password = self.first.text()
        problem = password_problem(password)
        wait = self.store.password_wait_seconds()
        if self.key.isVisibleTo(self) and wait:
            self.error.setText(self.tr("Too many wrong tries. Try again in %1 s.")
                               .replace("%1", str(wait)))
        elif self.key.isVisibleTo(self) and not self.store.check_recovery_key(self.key.text()):
            self.error.setText(self.tr("The recovery key is not right."))
        elif problem == "too_short":
            self.error.setText(self.tr("Use at least %n characters.", "", MIN_LENGTH))
        elif problem == "common":
            self.error.setText(self.tr("This password is too easy to guess (a common password "
                                       "or a run of keys). Choose another one."))
        elif password != self.second.text():
            self.error.setText(self.tr("The two passwords are not the same."))
        else:
            self.store.set_counsellor_password(password)
            self.accept()


def show_new_recovery_key(parent: QWidget, key: str) -> None:
    """A used recovery key is spent: the counsellor writes down the new one now."""
    box = QMessageBox(parent)
    box.setObjectName("NewRecoveryKey")
    # Written out in full: lupdate files a call through an alias under no context at all.
    box.setWindowTitle(QCoreApplication.translate("LoginDialog", "New recovery key"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(QCoreApplication.translate(
        "LoginDialog", "The recovery key you used is now spent. Write down the new one and keep "
        "it away from students:") + f"<h2>{key}</h2>")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
