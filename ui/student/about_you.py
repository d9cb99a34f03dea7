"""About you: the few facts the recommendations need, with a plain notice of what is stored.

Validation is friendly and specific; nothing is saved until the student presses Next (or
Enter anywhere in the form). Tab goes down the form in reading order and then to Next; the
language of study starts as the interface language. ``reset`` leaves no undo history: the next
student's Ctrl+Z cannot bring back the last student's name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas.models import District
from guidance.records import StudentInput
from ui.class_picker import ClassPicker
from ui.student.context_fields import ContextFields
from ui.student.page import StudentPage, unique_mnemonics

NAME_PATTERN = re.compile(r"^[^\W\d_][\w .'’\-]*$")


class AboutYouPage(StudentPage):
    submitted = Signal(object)  # StudentInput
    back_requested = Signal()

    def __init__(self, districts: list[District], parent: QWidget | None = None):
        super().__init__(parent)
        self._districts = districts
        self._language = "kk"
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(60)
        self.class_edit = ClassPicker()  # the school's classes, or typed before set-up
        self.class_edit.setObjectName("classEdit")
        self.class_edit.setMaxLength(10)
        self.fields = ContextFields(districts, self)
        self.notice = QLabel()
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("big", True)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.submit)
        self.class_edit.textEdited.connect(self._guess_grade)
        self._study_language_chosen = False
        self.fields.study_language.activated.connect(self._choose_study_language)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel() for _ in range(7)]
        widgets = (self.name_edit, self.class_edit, *self.fields.widgets())
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain = (*widgets, self.next_button, self.back_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        self._language = lang
        self.retranslate()
        if not self._study_language_chosen:  # still the default: follow the interface
            self.fields.set_study_language(lang)

    def _choose_study_language(self, _index: int) -> None:
        self._study_language_chosen = True

    def set_school_classes(self, names: list[str]) -> None:
        """The classes the counsellor set up (``guidance.records.classes``); none: typed."""
        self.class_edit.set_classes(names)

    def set_default_district(self, district_id: str | None) -> None:
        self.fields.set_district(district_id)

    def _guess_grade(self, text: str) -> None:
        match = re.match(r"\s*(\d{1,2})", text)
        if match:
            self.fields.set_grade(int(match.group(1)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("About you"))
        texts = unique_mnemonics([
            self.tr("&Next"), self.tr("Your &name (as your counsellor knows you)"),
            self.tr("&Class"), self.tr("&Grade"), self.tr("Home &district"),
            self.tr("In which &language do you want to study?"), self.tr("D&ormitory"),
            self.tr("How far would you &travel to study?"), self.tr("Back")])
        for label, text in zip(self.labels, texts[1:-1], strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. Aigerim S."))
        self.class_edit.setPlaceholderText(self.tr("e.g. 9 «Ә»"))
        self.fields.retranslate(self._language)
        self.notice.setText(self.tr(
            "What is kept: the name you type, your class, your answers and your results, on this "
            "computer only. Only your counsellor can open them; no ID number is asked. Your "
            "counsellor deletes them when they are no longer needed."))
        self.back_button.setText(texts[-1])
        self.next_button.setText(texts[0])

    def validate(self) -> list[tuple[QWidget, str]]:
        """Every problem with the widget to fix it in, in form order."""
        problems: list[tuple[QWidget, str]] = []
        name = " ".join(self.name_edit.text().split())
        if len(name) < 2:
            problems.append((self.name_edit,
                             self.tr("Please type your name (at least two letters).")))
        elif not NAME_PATTERN.match(name):
            problems.append((self.name_edit, self.tr(
                "A name starts with a letter and has no digits or symbols.")))
        if not self.class_edit.text().strip():
            problems.append((self.class_edit,
                             self.tr("Please choose your class from the list.")
                             if self.class_edit.has_list() else
                             self.tr("Please type your class, for example 9 «Ә».")))
        return problems

    def submit(self) -> None:
        problems = self.validate()
        self.error.setText("\n".join(message for _widget, message in problems))
        if problems:
            problems[0][0].setFocus()
            return
        self.submitted.emit(self.student_input())

    def student_input(self) -> StudentInput:
        ctx = self.fields.context()
        return StudentInput(
            display_name=" ".join(self.name_edit.text().split()),
            class_name=" ".join(self.class_edit.text().split()),
            grade=ctx.grade, district_id=ctx.district_id, interface_language=self._language,
            study_language=ctx.study_language, needs_dormitory=ctx.needs_dormitory,
            max_distance_km=ctx.max_distance_km)

    def reset(self) -> None:
        # setText, not clear(): clear() is an undoable edit, so Ctrl+Z would bring the last
        # student's name back; setText drops the undo history.
        self.name_edit.setText("")
        self.class_edit.setText("")
        self.fields.clear(default_language=self._language)
        self._study_language_chosen = False
        self.error.clear()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
