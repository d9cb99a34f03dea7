"""Noticing that a student walked away from the shared PC.

An application-wide event filter restarts the clock on every key, click, wheel or touch. After
``warn_after_ms`` of silence ``warning`` is emitted; after ``pause_after_ms`` more,
``timed_out``. Any activity in between cancels the countdown (``resumed``).

While the warning is shown, the key press or click that answers "press any key to continue"
is swallowed: it only says "I am here" and never also answers a question or presses a button.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin, QEvent.Type.MouseMove}
# What "press any key to continue" consumes: the press and its release (the release would
# otherwise click a button whose press was swallowed).
SWALLOWED = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
             QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
             QEvent.Type.ShortcutOverride}
WARN_AFTER_MS = 3 * 60 * 1000
PAUSE_AFTER_MS = 60 * 1000


class InactivityWatch(QObject):
    warning = Signal(int)  # seconds left before the pause
    timed_out = Signal()
    resumed = Signal()

    def __init__(self, app: QApplication, warn_after_ms: int = WARN_AFTER_MS,
                 pause_after_ms: int = PAUSE_AFTER_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self.warn_after_ms = warn_after_ms
        self.pause_after_ms = pause_after_ms
        self._warn = QTimer(self, singleShot=True, interval=warn_after_ms)
        self._pause = QTimer(self, singleShot=True, interval=pause_after_ms)
        self._warn.timeout.connect(self._on_warn)
        self._pause.timeout.connect(self._on_pause)
        self._active = False
        self._swallow_release = False
        self._watching = False

    def watch(self) -> None:
        """Install the application-wide filter (once). Not done in the constructor: every
        event then passes through Python, and PySide builds the Python type of each Qt class
        it meets (about 150 ms the first time) — ``ui.shell`` calls this after the first
        paint, and ``start`` calls it anyway."""
        if not self._watching:
            self._watching = True
            self._app.installEventFilter(self)

    @property
    def warning_shown(self) -> bool:
        return self._pause.isActive()

    def start(self) -> None:
        self.watch()
        self._active = True
        self._restart()

    def stop(self) -> None:
        self._active = False
        self._warn.stop()
        self._pause.stop()

    def _restart(self) -> None:
        was_warning = self._pause.isActive()
        self._pause.stop()
        self._warn.start(self.warn_after_ms)
        if was_warning:
            self.resumed.emit()

    def _on_warn(self) -> None:
        self._pause.start(self.pause_after_ms)
        self.warning.emit(self.pause_after_ms // 1000)

    def _on_pause(self) -> None:
        self._active = False
        self.timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if self._swallow_release and kind in (QEvent.Type.KeyRelease,
                                              QEvent.Type.MouseButtonRelease):
            self._swallow_release = False
            return True
        if not self._active or kind not in ACTIVITY | SWALLOWED:
            return False
        if self.warning_shown and kind in SWALLOWED:
            if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
                self._swallow_release = True
                self._restart()
            return True
        if kind in ACTIVITY:
            self._restart()
        return False

    def close(self) -> None:
        self.stop()
        self._watching = False
        self._app.removeEventFilter(self)
