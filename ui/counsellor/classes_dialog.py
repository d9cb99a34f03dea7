"""The school's classes: set up once (grade + letter), merged when students typed them in
several ways, and a student's name and class corrected.

Students then pick their class from this list (``ui.class_picker``), so «9А», «9 а» and «9-А»
no longer become three classes. Classes typed before the list existed are offered for merging:
every spelling that reads as the same grade and letter is listed under the class it means.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from guidance.records import RecordsStore
from guidance.records import classes as c


class ClassesDialog(QDialog):
    """Set up, take off and merge the school's classes."""

    def __init__(self, store: RecordsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ClassesDialog")
        self.store = store
        self.setWindowTitle(self.tr("The school's classes"))
        self.resize(720, 560)
        intro = QLabel(self.tr("Students choose their class from this list. Set up every class "
                               "of the school once: a grade and a letter."))
        intro.setWordWrap(True)
        self.classes = QListWidget()
        self.classes.setObjectName("schoolClasses")
        self.grade = QSpinBox()
        self.grade.setObjectName("newClassGrade")
        self.grade.setRange(1, 12)
        self.grade.setValue(9)
        self.letter = QLineEdit()
        self.letter.setObjectName("newClassLetter")
        self.letter.setMaxLength(1)
        self.letter.setPlaceholderText(self.tr("e.g. Ә"))
        add = QPushButton(self.tr("Add class"))
        add.setObjectName("addClass")
        add.clicked.connect(self.add_class)
        remove = QPushButton(self.tr("Take off the list"))
        remove.setObjectName("removeClass")
        remove.clicked.connect(self.remove_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("mergeSuggestions")
        merge = QPushButton(self.tr("Merge the ticked spellings into their class"))
        merge.setObjectName("mergeSuggested")
        merge.clicked.connect(self.merge_ticked)
        self.source = QComboBox()
        self.source.setObjectName("mergeSource")
        self.target = QComboBox()
        self.target.setObjectName("mergeTarget")
        move = QPushButton(self.tr("Move the students"))
        move.setObjectName("moveClass")
        move.clicked.connect(self.move_class)

        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("Grade:")))
        adding.addWidget(self.grade)
        adding.addWidget(QLabel(self.tr("Letter:")))
        adding.addWidget(self.letter)
        adding.addWidget(add)
        adding.addStretch(1)
        adding.addWidget(remove)
        setup = QGroupBox(self.tr("Classes of the school"))
        s = QVBoxLayout(setup)
        s.addWidget(intro)
        s.addWidget(self.classes, 1)
        s.addLayout(adding)
        merging = QGroupBox(self.tr("Classes typed in different ways"))
        m = QVBoxLayout(merging)
        hint = QLabel(self.tr("Students typed these class names themselves. Tick the ones that "
                              "mean the class shown and merge them."))
        hint.setWordWrap(True)
        m.addWidget(hint)
        m.addWidget(self.suggestions, 1)
        m.addWidget(merge)
        by_hand = QFormLayout()
        by_hand.addRow(self.tr("Students of class:"), self.source)
        by_hand.addRow(self.tr("move to class:"), self.target)
        m.addLayout(by_hand)
        m.addWidget(move)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(setup, 1)
        layout.addWidget(merging, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.changed = False
        self.refresh()

    def refresh(self) -> None:
        counts = c.students_per_class(self.store)
        self.classes.clear()
        for school_class in c.school_classes(self.store):
            n = counts.get(school_class.name, 0)
            item = QListWidgetItem(self.tr("%1 — %n student(s)", "", n).replace(
                "%1", school_class.name))
            item.setData(Qt.ItemDataRole.UserRole, school_class.name)
            self.classes.addItem(item)
        self.suggestions.clear()
        for name, spellings in c.merge_suggestions(self.store).items():
            for spelling in spellings:
                item = QListWidgetItem(self.tr("«%1» (%n student(s)) → %2", "",
                                               counts.get(spelling, 0))
                                       .replace("%1", spelling).replace("%2", name))
                item.setData(Qt.ItemDataRole.UserRole, (spelling, name))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.suggestions.addItem(item)
        from guidance.records.queries import class_names

        self.source.clear()
        for name in class_names(self.store):
            self.source.addItem(self.tr("%1 (%n student(s))", "", counts.get(name, 0))
                                .replace("%1", name), name)
        self.target.clear()
        for school_class in c.school_classes(self.store):
            self.target.addItem(school_class.name, school_class.name)

    def add_class(self) -> None:
        try:
            added = c.add_class(self.store, self.grade.value(), self.letter.text())
        except ValueError:
            self.message.setText(self.tr("A class letter is one letter, such as А or Ә."))
            return
        self.store.audit("class_added", added.name)
        self.letter.clear()
        self.message.setText(self.tr("Added: %1").replace("%1", added.name))
        self.changed = True
        self.refresh()

    def remove_selected(self) -> None:
        item = self.classes.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        c.remove_class(self.store, name)
        self.store.audit("class_removed", name)
        self.message.setText(self.tr("%1 is off the students' list; its students and results "
                                     "stay.").replace("%1", name))
        self.changed = True
        self.refresh()

    def merge_ticked(self) -> None:
        groups: dict[str, list[str]] = {}
        for row in range(self.suggestions.count()):
            item = self.suggestions.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                spelling, name = item.data(Qt.ItemDataRole.UserRole)
                groups.setdefault(name, []).append(spelling)
        moved = 0
        for name, spellings in groups.items():
            target = c.parse_class(name)
            c.add_class(self.store, target.grade, target.letter)
            moved += c.move_students(self.store, spellings, target)
            self.store.audit("classes_merged", f"{', '.join(spellings)} → {name}")
        self.message.setText(self.tr("%n student(s) moved.", "", moved))
        self.changed = self.changed or moved > 0
        self.refresh()

    def move_class(self) -> None:
        source, target = self.source.currentData(), self.target.currentData()
        if not source or not target or source == target:
            self.message.setText(self.tr("Choose two different classes."))
            return
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Move every student of %1 to %2?").replace("%1", source).replace("%2", target))
        if answer != QMessageBox.StandardButton.Yes:
            return
        moved = c.move_students(self.store, [source], c.parse_class(target))
        self.store.audit("classes_merged", f"{source} → {target}")
        self.message.setText(self.tr("%n student(s) moved.", "", moved))
        self.changed = True
        self.refresh()


class EditStudentDialog(QDialog):
    """Correct a student's name and class (a typo, a student who changed class)."""

    def __init__(self, store: RecordsStore, student_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EditStudentDialog")
        self.store, self.student_id = store, student_id
        student = store.student(student_id)
        self.setWindowTitle(self.tr("Edit student"))
        self.name = QLineEdit(student.display_name)
        self.name.setObjectName("editName")
        self.name.setMaxLength(80)
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("editClass")
        names = [k.name for k in c.school_classes(store)]
        if student.class_name not in names:
            names.insert(0, student.class_name)
        for name in names:
            self.class_combo.addItem(name, name)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(student.class_name)))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Class:"), self.class_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> bool:
        chosen = c.parse_class(self.class_combo.currentData() or "")
        if chosen is None:
            self.message.setText(self.tr("Choose one of the school's classes (set them up with "
                                         "“Classes…”)."))
            return False
        try:
            c.set_student(self.store, self.student_id, self.name.text(), chosen)
        except ValueError:
            self.message.setText(self.tr("Type the student's name."))
            self.name.setFocus()
            return False
        self.store.audit("student_edited", str(self.student_id))
        self.accept()
        return True
