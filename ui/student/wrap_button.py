"""A push button whose text wraps onto several lines.

QPushButton never wraps, so a long DDO activity in large type would widen the window past
1024 pixels. This button draws its text with a word-wrapping label and reports a height for
its width, so layouts give it the lines it needs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WrapButton(QPushButton):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._restyle)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def _restyle(self, checked: bool) -> None:
        self.label.setStyleSheet("color: white;" if checked else "")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(240, self.heightForWidth(240))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(90, 70)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self.label.heightForWidth(max(40, width - 24)) + 24
