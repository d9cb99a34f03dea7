"""Where the main window sits: inside the screen's available area, or full screen in kiosk mode.

The window opens inside the screen's available area (title bar and taskbar taken): on a
1024×768 monitor that leaves about 1024×700, and every page fits in it at every text size.
Split from ``ui.shell`` (``ScreenPlacement`` is one of ``AppShell``'s bases).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

PREFERRED_SIZE = QSize(1024, 700)  # the client area wanted; less if the screen is smaller
GUESSED_FRAME = QSize(16, 40)  # title bar and borders before the window manager has told us


def fitted_geometry(available: QRect, frame_extra: QSize,
                    preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The client geometry that puts the whole frame (client + ``frame_extra``) inside
    ``available``, centred, as large as ``preferred`` allows."""
    width = min(preferred.width(), available.width() - frame_extra.width())
    height = min(preferred.height(), available.height() - frame_extra.height())
    left = available.left() + (available.width() - width - frame_extra.width()) // 2
    top = available.top() + (available.height() - height - frame_extra.height()) // 2
    return QRect(left, top, width, height)


class ScreenPlacement:
    """For a ``QMainWindow`` with ``kiosk`` and ``room`` attributes (``AppShell``)."""

    def fit_to_screen(self) -> None:
        """Size and centre the window so that its whole frame lies in the screen's available
        area (without the taskbar). Called before showing (guessing the title bar) and again
        after the first paint, when the window manager has told us the real frame."""
        if self.isFullScreen() or self.isMaximized():
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        frame, inner = self.frameGeometry(), self.geometry()
        extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
        if extra.height() <= 0:
            extra = GUESSED_FRAME
        target = fitted_geometry(screen.availableGeometry(), extra)
        self.resize(target.size())
        self.move(target.left(), target.top())

    def enter_kiosk(self) -> None:
        from PySide6.QtCore import Qt

        self.kiosk = True
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.showFullScreen()

    def leave_kiosk(self) -> None:
        from PySide6.QtCore import Qt

        self.kiosk = False
        if self.room is not None:
            self.room.set_kiosk(False)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
        self.showNormal()
