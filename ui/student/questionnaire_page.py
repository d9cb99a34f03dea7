"""The questionnaire: one statement at a time in large type.

RIASEC items get five answer buttons (keys 1–5); DDO items show their two activities side by
side (← / → or 1 / 2, or a click). The page only displays the run's current step and reports
the student's choice with its response time; the flow saves it at once through the core.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas.models import LocalText
from guidance.questionnaire import QuestionnaireRun
from ui.student.page import StudentPage
from ui.student.wrap_button import WrapButton

ANSWER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3,
               Qt.Key.Key_5: 4}
DDO_KEYS = {Qt.Key.Key_Left: 0, Qt.Key.Key_1: 0, Qt.Key.Key_Right: 1, Qt.Key.Key_2: 1}


class QuestionnairePage(StudentPage):
    answered = Signal(int, int)  # value, response time in ms
    back_requested = Signal()
    pause_requested = Signal()

    def __init__(self, scale: list[tuple[int, LocalText]], parent: QWidget | None = None):
        super().__init__(parent)
        self._scale = scale
        self._run: QuestionnaireRun | None = None
        self._language = "kk"
        self._clock = QElapsedTimer()
        self.instrument_label = QLabel()
        self.instrument_label.setObjectName("hint")
        self.instrument_label.setWordWrap(True)
        self.instructions = QLabel()
        self.instructions.setObjectName("hint")
        self.instructions.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(False)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.time_left = QLabel()
        self.time_left.setObjectName("hint")
        self.statement = QLabel()
        self.statement.setObjectName("statement")
        self.statement.setWordWrap(True)
        self.statement.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statement.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.answer_group, self.answer_buttons, answers_box = self._button_row(
            [f"answer{n}" for n in range(1, 6)], "answer")
        self.choice_group, self.choice_buttons, choices_box = self._button_row(
            ["choiceA", "choiceB"], "choice")
        self.answer_stack = QStackedLayout()
        self.answer_stack.addWidget(answers_box)
        self.answer_stack.addWidget(choices_box)

        self.back_button = QPushButton()
        self.back_button.setObjectName("questionBack")
        self.back_button.clicked.connect(self.back_requested)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.clicked.connect(self.pause_requested)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("hint")

        top = QHBoxLayout()
        top.addWidget(self.instrument_label, 1)
        top.addWidget(self.counter)
        top.addWidget(self.time_left)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.keys_hint, 1, Qt.AlignmentFlag.AlignCenter)
        bottom.addWidget(self.pause_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.instructions)
        layout.addWidget(self.statement, 2)
        layout.addLayout(self.answer_stack, 1)
        layout.addLayout(bottom)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _button_row(self, names: list[str], kind: str
                    ) -> tuple[QButtonGroup, list[WrapButton], QWidget]:
        """Checkable answer buttons side by side; clicking one reports its index."""
        group, buttons, box = QButtonGroup(self), [], QWidget()
        row = QHBoxLayout(box)
        vertical = QSizePolicy.Policy.Expanding if kind == "choice" else \
            QSizePolicy.Policy.Preferred
        for value, name in enumerate(names):
            button = WrapButton()
            button.setObjectName(name)
            button.setProperty(kind, True)
            button.setCheckable(True)
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, vertical)
            policy.setHeightForWidth(True)
            button.setSizePolicy(policy)
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            group.addButton(button, value)
            row.addWidget(button)
            buttons.append(button)
        return group, buttons, box

    # --- showing -------------------------------------------------------------------------
    def show_run(self, run: QuestionnaireRun, language: str) -> None:
        self._run = run
        self._language = language
        self.refresh()

    def set_language(self, language: str) -> None:
        self._language = language
        self.refresh()

    def refresh(self) -> None:
        """Show the run's current step; called after every move and on language change."""
        self.retranslate()
        run = self._run
        if run is None or run.current is None:
            return
        step, lang = run.current, self._language
        info = run.atlas.instrument(step.instrument)
        self.instrument_label.setText(info.name.get(lang))
        self.instructions.setText(info.instructions.get(lang))
        self.progress.setMaximum(run.total)
        self.progress.setValue(run.answered)
        self.counter.setText(f"{run.position + 1} / {run.total}")
        minutes = max(1, round(run.seconds_left() / 60))
        self.time_left.setText(self.tr("about %1 min left").replace("%1", str(minutes)))
        chosen = run.current_answer()
        if step.is_ddo:
            self.answer_stack.setCurrentIndex(1)
            self.statement.setText(self.tr("Which would you choose?"))
            self.choice_buttons[0].setText("← " + step.item.a_text.get(lang))
            self.choice_buttons[1].setText(step.item.b_text.get(lang) + " →")
            self._check(self.choice_group, self.choice_buttons, chosen)
            self.keys_hint.setText(self.tr("Keys: ← or → to choose"))
        else:
            self.answer_stack.setCurrentIndex(0)
            self.statement.setText(step.item.text.get(lang))
            for value, label in self._scale:
                self.answer_buttons[value].setText(f"{value + 1}\n{label.get(lang)}")
                self.answer_buttons[value].setAccessibleName(label.get(lang))
            self._check(self.answer_group, self.answer_buttons, chosen)
            self.keys_hint.setText(self.tr("Keys: 1–5 to answer"))
        self.back_button.setEnabled(run.position > 0)
        self._clock.restart()
        self.setFocus()

    @staticmethod
    def _check(group: QButtonGroup, buttons: list[QPushButton], chosen: int | None) -> None:
        group.setExclusive(False)
        for value, button in enumerate(buttons):
            button.setChecked(value == chosen)
        group.setExclusive(True)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &Back"))
        self.pause_button.setText(self.tr("&Pause"))

    # --- answering -----------------------------------------------------------------------
    def _choose(self, value: int) -> None:
        if self._run is None or self._run.current is None:
            return
        elapsed = self._clock.elapsed() if self._clock.isValid() else 0
        self.answered.emit(value, int(elapsed))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        step = self._run.current if self._run else None
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            keys = DDO_KEYS if step.is_ddo else ANSWER_KEYS
            if event.key() in keys:
                self._choose(keys[event.key()])
                return
            if event.key() == Qt.Key.Key_Backspace:
                self.back_requested.emit()
                return
        super().keyPressEvent(event)

    def reset(self) -> None:
        self._run = None
        for widget in (self.statement, self.counter, self.time_left, self.instructions,
                       self.instrument_label):
            widget.clear()
        for button in self.choice_buttons:
            button.setText("")
        self._check(self.answer_group, self.answer_buttons, None)
        self._check(self.choice_group, self.choice_buttons, None)
        self.progress.setValue(0)
