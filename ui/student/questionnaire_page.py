"""The questionnaire: one statement at a time in large type.

RIASEC items get five answer buttons (keys 1–5); DDO items show their two activities side by
side (← / → or 1 / 2, or a click). The page only displays the run's current step and reports
the student's choice with its response time; the flow saves it at once through the core.

Before the first pair of the second part a short screen says what changes (two activities,
choose one, ← or →); no key answers anything while it is shown. The header says "Part 1 of 2"
in plain words — the instruments' scientific names are for the counsellor, not the student.
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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas.models import LocalText
from guidance.questionnaire import PROGRAMMES, QuestionnaireRun
from ui.student.page import StudentPage, unique_mnemonics
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
        self._intros_seen: set[int] = set()
        self.intro_title = QLabel()
        self.intro_title.setObjectName("pageTitle")
        self.intro_title.setWordWrap(True)
        self.intro_text = QLabel()
        self.intro_text.setObjectName("partIntroText")
        self.intro_text.setWordWrap(True)
        self.intro_button = QPushButton()
        self.intro_button.setObjectName("startPartButton")
        self.intro_button.setProperty("big", True)
        self.intro_button.clicked.connect(self._close_intro)

        top = QHBoxLayout()
        top.addWidget(self.instrument_label, 1)
        top.addWidget(self.counter)
        top.addWidget(self.time_left)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.keys_hint, 1, Qt.AlignmentFlag.AlignCenter)
        bottom.addWidget(self.pause_button)
        question = QWidget()
        question_layout = QVBoxLayout(question)
        question_layout.setContentsMargins(0, 0, 0, 0)
        question_layout.addWidget(self.instructions)
        question_layout.addWidget(self.statement, 2)
        question_layout.addLayout(self.answer_stack, 1)
        intro = QWidget()
        intro.setObjectName("partIntro")
        intro_layout = QVBoxLayout(intro)
        intro_layout.addStretch(1)
        intro_layout.addWidget(self.intro_title)
        intro_layout.addWidget(self.intro_text)
        intro_layout.addSpacing(16)
        intro_layout.addWidget(self.intro_button, 0, Qt.AlignmentFlag.AlignCenter)
        intro_layout.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(question)
        self.body.addWidget(intro)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.body, 1)
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
        self._intros_seen = set()
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
        self.instrument_label.setText(self._part_title(run, step.instrument))
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
        if step.is_ddo and self._starts_new_part(run) and \
                run.position not in self._intros_seen:
            self._show_intro(run, step)
            return
        self.body.setCurrentIndex(0)
        self._clock.restart()
        self.setFocus()

    # --- the screen between the parts ----------------------------------------------------
    @staticmethod
    def _starts_new_part(run: QuestionnaireRun) -> bool:
        """The current step opens a part that is not the first (its previous step belongs to
        another instrument)."""
        return 0 < run.position < run.total and \
            run.steps[run.position - 1].instrument != run.current.instrument

    def _part_title(self, run: QuestionnaireRun, instrument: str) -> str:
        parts = PROGRAMMES.get(run.session.programme, (instrument,))
        if instrument == "ddo":
            what = self.tr("which of two activities would you choose?")
        else:
            what = self.tr("how much would you like each activity?")
        if len(parts) < 2 or instrument not in parts:
            return what[:1].upper() + what[1:]
        return self.tr("Part %1 of %2: %3").replace("%1", str(parts.index(instrument) + 1)) \
            .replace("%2", str(len(parts))).replace("%3", what)

    def _show_intro(self, run: QuestionnaireRun, step) -> None:
        count = sum(1 for s in run.steps if s.instrument == step.instrument)
        minutes = max(1, round(count * 8 / 60))
        self.intro_title.setText(self.tr("Well done — part 1 is finished!"))
        self.intro_text.setText(self.tr(
            "In part 2 you will see two activities at a time. Imagine you could do either of "
            "them, and choose the one you would rather do — even if you like both or neither. "
            "Press ← for the left one or → for the right one, or click it. There are %1 "
            "pairs, about %2 minutes.").replace("%1", str(count)).replace("%2", str(minutes)))
        self.intro_button.setText(unique_mnemonics([
            self.back_button.text(), self.pause_button.text(), self.tr("&Start part 2")])[2])
        self.keys_hint.setText(self.tr("Press Enter or Space to start part 2"))
        self.body.setCurrentIndex(1)
        self.intro_button.setFocus()

    def showing_intro(self) -> bool:
        return self.body.currentIndex() == 1

    def _close_intro(self) -> None:
        if self._run is not None:
            self._intros_seen.add(self._run.position)
        self.refresh()

    @staticmethod
    def _check(group: QButtonGroup, buttons: list[QPushButton], chosen: int | None) -> None:
        group.setExclusive(False)
        for value, button in enumerate(buttons):
            button.setChecked(value == chosen)
        group.setExclusive(True)

    def retranslate(self) -> None:
        back, pause = unique_mnemonics([self.tr("← &Back"), self.tr("&Pause")])
        self.back_button.setText(back)
        self.pause_button.setText(pause)

    # --- answering -----------------------------------------------------------------------
    def _choose(self, value: int) -> None:
        if self._run is None or self._run.current is None or self.showing_intro():
            return
        elapsed = self._clock.elapsed() if self._clock.isValid() else 0
        self.answered.emit(value, int(elapsed))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if self.showing_intro():
            if event.key() == Qt.Key.Key_Backspace:
                self.back_requested.emit()
            return  # no answer key counts while the intro is read
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
        self._intros_seen = set()
        self.body.setCurrentIndex(0)
        for widget in (self.statement, self.counter, self.time_left, self.instructions,
                       self.instrument_label):
            widget.clear()
        for button in self.choice_buttons:
            button.setText("")
        self._check(self.answer_group, self.answer_buttons, None)
        self._check(self.choice_group, self.choice_buttons, None)
        self.progress.setValue(0)
