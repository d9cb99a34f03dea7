"""``ClassPicker``: where a student says which class they are in.

When the counsellor has set up the school's classes (``guidance.records.classes``), the student
picks one from the list, so «9А», «9 а» and «9-А» can no longer become three classes. Before
that (a school that has not set them up yet) it is a text box as before, so nobody is stuck.

It answers to ``text()``, ``setText()``, ``clear()`` and ``setPlaceholderText()`` like the
``QLineEdit`` it replaces, and emits ``textEdited`` when the student picks or types.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget


class ClassPicker(QComboBox):
    textEdited = Signal(str)  # noqa: N815 (the QLineEdit signal it stands in for)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._names: list[str] = []
        self._placeholder = ""
        self._max_length = 10
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter submits, adds nothing
        self.setMinimumContentsLength(8)
        self.set_classes([])
        self.activated.connect(lambda _i: self.textEdited.emit(self.text()))

    def set_classes(self, names: list[str]) -> None:
        """The school's classes in school order; an empty list means "type it"."""
        self._names = list(names)
        self.blockSignals(True)
        QComboBox.clear(self)
        self.setEditable(not self._names)
        if self._names:
            self.addItems(self._names)
            self.setCurrentIndex(-1)
        else:
            self.lineEdit().setMaxLength(self._max_length)
            self.lineEdit().textEdited.connect(self.textEdited)
        self.setPlaceholderText(self._placeholder)
        self.blockSignals(False)

    def setMaxLength(self, length: int) -> None:  # noqa: N802 (the QLineEdit API)
        self._max_length = length
        if self.isEditable():
            self.lineEdit().setMaxLength(length)

    def has_list(self) -> bool:
        return bool(self._names)

    def text(self) -> str:
        return self.currentText().strip() if self.isEditable() or self.currentIndex() >= 0 \
            else ""

    def setText(self, text: str) -> None:  # noqa: N802 (the QLineEdit API)
        if self.isEditable():
            self.setEditText(text)
        else:
            self.setCurrentIndex(self.findText(text))

    def clear(self) -> None:
        if self.isEditable():
            self.setEditText("")
        elif self.count():
            self.setCurrentIndex(-1)
        else:
            super().clear()

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 (Qt API)
        self._placeholder = text
        if self.isEditable():
            self.lineEdit().setPlaceholderText(text)
        super().setPlaceholderText(text)
