"""Welcome: the home of the shared PC. Language, Start, Continue with my code, Explore
professions, and a discreet Counsellor entry; all reachable with the keyboard alone.

The promise is exact: how many questions the school's programme has and about how long they
take (``set_programme_size``, computed from the instrument once the atlas is open)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.student.page import StudentPage, unique_mnemonics


class WelcomePage(StudentPage):
    start_requested = Signal()
    continue_requested = Signal()
    explore_requested = Signal()
    counsellor_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._questions = 0
        self._minutes = 0
        self.title = QLabel()
        self.title.setObjectName("pageTitle")  # centred by ui.style (no Qt enum at start)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)
        self.start_button = self._big("startButton", self.start_requested)
        self.continue_button = self._big("continueButton", self.continue_requested)
        self.explore_button = self._big("exploreButton", self.explore_requested)
        self.counsellor_button = QPushButton()
        self.counsellor_button.setObjectName("counsellorButton")
        self.counsellor_button.clicked.connect(self.counsellor_requested)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(24)
        for button in (self.start_button, self.continue_button, self.explore_button):
            column.addWidget(button)
        column.addStretch(2)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.counsellor_button)
        column.addLayout(corner)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.retranslate()

    def _big(self, name: str, signal) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setProperty("big", True)
        button.clicked.connect(signal)
        return button

    def retranslate(self) -> None:
        self.title.setText(self.tr("Bagdar — find your direction"))
        if self._questions:
            self.subtitle.setText(self.tr(
                "Answer %1 short questions about what you like to do (about %2 minutes; you "
                "can pause). Then see the professions of our region that fit you and where to "
                "study them.").replace("%1", str(self._questions))
                .replace("%2", str(self._minutes)))
        else:
            self.subtitle.setText(self.tr(
                "Answer questions about what you like to do, and see the professions of our "
                "region that fit you and where to study them."))
        start, resume, explore = unique_mnemonics([
            self.tr("&Start"), self.tr("&Continue with my code"),
            self.tr("&Explore professions")])
        self.start_button.setText(start)
        self.continue_button.setText(resume)
        self.explore_button.setText(explore)
        self.counsellor_button.setText(self.tr("Counsellor"))
        self.counsellor_button.setAccessibleName(self.tr("Counsellor area"))

    def set_programme_size(self, questions: int, minutes: int) -> None:
        self._questions, self._minutes = questions, minutes
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.start_button.setFocus()
