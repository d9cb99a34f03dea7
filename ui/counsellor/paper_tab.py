"""Paper mode for schools with one PC: print blank sheets, then type a student's answers from
the sheet (digits, keyboard only) and score them exactly as if taken on screen.

The sheet's student gets the same details as on screen — class from the school's list, study
language and dormitory (they change which colleges are recommended). A sheet typed twice, or a
student who already has records, is caught before saving: the counsellor adds the sheet to that
student, records a new student, or stops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guidance import paper
from guidance.atlas import Atlas
from guidance.questionnaire import PROGRAMMES, QuestionnaireRun, build_steps
from guidance.records import RecordsStore, StudentInput
from ui.class_picker import ClassPicker
from ui.counsellor.setup import fill_programmes


class PaperTab(QWidget):
    scored = Signal(int)  # student id

    def __init__(self, atlas: Atlas, store: RecordsStore, recommender: Callable,
                 language: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas, self.store = atlas, store
        self._recommender, self._language = recommender, language
        self.name = QLineEdit()
        self.name.setObjectName("paperName")
        self.class_name = ClassPicker()
        self.class_name.setObjectName("paperClass")
        self.study_language = QComboBox()
        self.study_language.setObjectName("paperStudyLanguage")
        for code, text in (("any", self.tr("Either is fine")), ("kk", self.tr("Kazakh")),
                           ("ru", self.tr("Russian"))):
            self.study_language.addItem(text, code)
        self.dormitory = QCheckBox(self.tr("Needs a dormitory"))
        self.dormitory.setObjectName("paperDormitory")
        self.grade = QComboBox()
        for grade in (8, 9, 10, 11):
            self.grade.addItem(str(grade), grade)
        self.grade.setCurrentIndex(1)
        self.district = QComboBox()
        for d in atlas.districts():
            self.district.addItem(d.name.get(language()), d.id)
        self.district.setCurrentIndex(max(0, self.district.findData(
            store.setting("district_id"))))
        self.programme = QComboBox()
        self.programme.setObjectName("paperProgramme")
        fill_programmes(self, self.programme, store.setting("programme"))
        self.riasec = QPlainTextEdit()
        self.riasec.setObjectName("paperRiasec")
        self.ddo = QPlainTextEdit()
        self.ddo.setObjectName("paperDdo")
        mono = QFont("DejaVu Sans Mono")
        for edit in (self.riasec, self.ddo):
            edit.setFont(mono)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(90)
            edit.textChanged.connect(self._update_counts)
        self.riasec_count = QLabel()
        self.ddo_count = QLabel()
        self.problems = QLabel()
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("paperResult")
        self.result.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Save blank answer sheets as PDF…"))
        self.print_button.clicked.connect(self.save_blank_sheets)
        self.score_button = QPushButton(self.tr("Check, score and save"))
        self.score_button.setObjectName("scorePaper")
        self.score_button.clicked.connect(self.score)
        form = QFormLayout()
        form.addRow(self.tr("Student's name:"), self.name)
        form.addRow(self.tr("Class:"), self.class_name)
        form.addRow(self.tr("Grade:"), self.grade)
        form.addRow(self.tr("Home district:"), self.district)
        form.addRow(self.tr("Language of study:"), self.study_language)
        form.addRow("", self.dormitory)
        form.addRow(self.tr("Questionnaires on the sheet:"), self.programme)
        form.addRow(self.tr("Interests, 1–5 per item:"), self.riasec)
        form.addRow("", self.riasec_count)
        form.addRow(self.tr("DDO, a or b per pair:"), self.ddo)
        form.addRow("", self.ddo_count)
        hint = QLabel(self.tr("Type the answers in the sheet's order. Spaces and new lines are "
                              "ignored, so you can type in groups of ten."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.score_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.programme.currentIndexChanged.connect(self._update_counts)
        self._update_counts()
        self.reload()

    def reload(self) -> None:
        """The school's classes may have changed (set up, merged)."""
        from guidance.records.classes import school_classes

        typed = self.class_name.text()
        self.class_name.set_classes([c.name for c in school_classes(self.store)])
        self.class_name.setText(typed)

    def duplicate_of(self, name: str, class_name: str) -> int | None:
        """A student already recorded under this name (case and Kazakh letters folded) and
        class: the same sheet typed twice, or a student who also answered on screen."""
        from guidance.textnorm import fold

        wanted = (" ".join(fold(name).split()), " ".join(fold(class_name).split()))
        for student_id in self.store.student_ids():
            student = self.store.student(student_id)
            if (" ".join(fold(student.display_name).split()),
                    " ".join(fold(student.class_name).split())) == wanted:
                return student_id
        return None

    def ask_duplicate(self, name: str) -> str:
        """"existing", "new" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Paper mode"), self.tr(
            "%1 of this class already has records. Add this sheet to them, or record a new "
            "student with the same name?").replace("%1", name), parent=self)
        existing = box.addButton(self.tr("Add to this student"),
                                 QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("A new student"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {existing: "existing", new: "new"}.get(box.clickedButton(), "cancel")

    def _instruments(self) -> tuple[str, ...]:
        return PROGRAMMES[self.programme.currentData()]

    def _update_counts(self, *_args) -> None:
        instruments = self._instruments()
        riasec = next((i for i in instruments if i != "ddo"), None)
        self.riasec.setEnabled(riasec is not None)
        self.ddo.setEnabled("ddo" in instruments)
        needed = {"riasec": 60, "riasec_short": 30}.get(riasec or "", 0)
        self.riasec_count.setText(f"{len(paper.clean(self.riasec.toPlainText()))} / {needed}")
        self.ddo_count.setText(f"{len(paper.clean(self.ddo.toPlainText()))} / "
                               f"{20 if 'ddo' in instruments else 0}")

    def problem_text(self, problem: paper.PaperProblem) -> str:
        name = self.tr("DDO") if problem.instrument == "ddo" else self.tr("Interests")
        text = {
            "out_of_range": self.tr("%1, item %2: “%3” is not a possible answer"),
            "missing": self.tr("%1, item %2: no answer typed"),
            "too_many": self.tr("%1: more answers than items, from item %2 (“%3”)"),
        }[problem.code]
        return (text.replace("%1", name).replace("%2", str(problem.item_number))
                .replace("%3", problem.typed[:10]))

    def score(self, on_duplicate: Callable[[str], str] | None = None) -> bool:
        if not self.name.text().strip() or not self.class_name.text().strip():
            self.problems.setText(self.tr("Type the student's name and class."))
            return False
        riasec = next((i for i in self._instruments() if i != "ddo"), None)
        typed = {"ddo": self.ddo.toPlainText()}
        if riasec:
            typed[riasec] = self.riasec.toPlainText()
        # Check against the sheet before anything is saved.
        values, problems = paper.parse(build_steps(self.atlas, self.programme.currentData()),
                                       typed)
        self.problems.setText("\n".join(self.problem_text(p) for p in problems[:12]))
        if problems:
            return False
        name, class_name = " ".join(self.name.text().split()), \
            " ".join(self.class_name.text().split())
        duplicate = self.duplicate_of(name, class_name)
        choice = (on_duplicate or self.ask_duplicate)(name) if duplicate else "new"
        if choice == "cancel":
            self.problems.setText(self.tr("Not saved."))
            return False
        if choice == "existing":
            student = self.store.student(duplicate)
        else:
            student = self.store.add_student(StudentInput(
                name, class_name, self.grade.currentData(), self.district.currentData(),
                self._language(), self.study_language.currentData(),
                self.dormitory.isChecked()))
        run = QuestionnaireRun.start(self.atlas, self.store, student,
                                     self.programme.currentData())
        paper.enter(run, values)
        result = run.finish(self._recommender())
        self.store.audit("paper_entry", str(student.id))
        code = result.riasec.code if result.riasec else "—"
        self.result.setText(self.tr("Saved for %1. Holland code: %2.")
                            .replace("%1", student.display_name).replace("%2", code))
        for edit in (self.name, self.riasec, self.ddo):
            edit.clear()
        self.scored.emit(student.id)
        return True

    def save_blank_sheets(self) -> None:
        from ui.counsellor.save_paths import documents_folder
        from ui.reports.answer_sheets import answer_sheet_document
        from ui.reports.document import write_pdf

        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the answer sheets"),
                                                  str(documents_folder()))
        if not folder:
            return
        school = self.store.setting("school_name", "") or ""
        for instrument in self._instruments():
            doc = answer_sheet_document(self.atlas, instrument, self._language(), school)
            write_pdf(doc, f"{folder}/bagdar-{instrument}-{self._language()}.pdf")
        self.result.setText(self.tr("Answer sheets saved in %1.").replace("%1", folder))
