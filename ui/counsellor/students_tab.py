"""Students and sessions: a filterable, sortable table, and the actions on a student or a class.

The table is a model over ``queries.session_rows`` (one SQL query), so tens of thousands of
sessions open at once; filters and a click on a column header re-run the query (sorting in SQL,
names in the Kazakh alphabet, so the order holds over every page, not only the loaded one).
The name search folds case and Kazakh letters: «айгерим» finds «Әйгерім».
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guidance.records import RecordsStore
from guidance.records import queries as q
from ui.dates import shown_date

PAGE = 500


class SessionsModel(QAbstractTableModel):
    """Rows arrive a page at a time as the table scrolls (``canFetchMore``/``fetchMore``), so
    a school with 100,000 sessions opens the table as fast as one with fifty."""

    COLUMNS = ("name", "class", "grade", "status", "date", "answered", "code", "flags")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[q.SessionRow] = []
        self.total = 0
        self._fetch = None  # (offset, limit) -> rows
        self.headers: dict[str, str] = {}
        self.status_names: dict[str, str] = {}
        self.flag_names: dict[str, str] = {}
        self.sort_column, self.descending = "date", True

    def set_rows(self, rows: list[q.SessionRow]) -> None:
        self.beginResetModel()
        self.rows, self.total, self._fetch = rows, len(rows), None
        self.endResetModel()

    sort_changed = Signal()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # Qt API
        """A header click: sort in SQL (see the module docstring)."""
        self.sort_column = self.COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_changed.emit()

    def set_source(self, fetch, total: int) -> None:
        self.beginResetModel()
        self._fetch, self.total = fetch, total
        self.rows = fetch(0, PAGE)
        self.endResetModel()

    def canFetchMore(self, parent=None) -> bool:  # noqa: N802 (Qt API)
        return self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent=None) -> None:  # noqa: N802 (Qt API)
        more = self._fetch(len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers.get(self.COLUMNS[section], self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        return {
            "name": r.display_name, "class": r.class_name, "grade": r.grade,
            "status": self.status_names.get(r.status, r.status), "date": shown_date(r.started_at),
            "answered": r.answered, "code": r.holland_code,
            "flags": ", ".join(self.flag_names.get(f, f) for f in r.flags),
        }[column]


class StudentsTab(QWidget):
    open_student = Signal(int)  # student id
    student_report = Signal(int)
    class_report = Signal(str)
    changed = Signal()

    def __init__(self, store: RecordsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.model = SessionsModel(self)
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("classFilter")
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeFilter")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.flag_combo = QComboBox()
        self.flag_combo.setObjectName("flagFilter")
        self.use_dates = QCheckBox()
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-1))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")  # as every date the app shows
        self.name_search = QLineEdit()
        self.name_search.setObjectName("nameSearch")
        self.name_search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setObjectName("sessionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Names whole (the counsellor reads them); the flags column takes what is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSortIndicator(SessionsModel.COLUMNS.index("date"),
                                Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.model.sort_changed.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _i: self._emit_student(self.open_student))
        self.open_button = QPushButton()
        self.open_button.setObjectName("openStudent")
        self.open_button.clicked.connect(lambda: self._emit_student(self.open_student))
        self.report_button = QPushButton()
        self.report_button.clicked.connect(lambda: self._emit_student(self.student_report))
        self.class_report_button = QPushButton()
        self.class_report_button.clicked.connect(self._emit_class_report)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteStudent")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_class_button = QPushButton()
        self.delete_class_button.setObjectName("deleteClass")
        self.delete_class_button.clicked.connect(self.delete_class)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editStudent")
        self.edit_button.clicked.connect(self.edit_selected)
        self.classes_button = QPushButton()
        self.classes_button.setObjectName("manageClasses")
        self.classes_button.clicked.connect(self.manage_classes)

        # Two rows of filters and two of actions: at A+ in Russian one row is wider than 1024.
        filters = QHBoxLayout()
        for widget in (self.class_combo, self.grade_combo, self.status_combo, self.flag_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        search = QHBoxLayout()
        for widget in (self.use_dates, self.date_from, self.date_to):
            search.addWidget(widget)
        search.addWidget(self.name_search, 1)
        student_actions = QHBoxLayout()
        for widget in (self.open_button, self.report_button, self.edit_button):
            student_actions.addWidget(widget)
        student_actions.addStretch(1)
        class_actions = QHBoxLayout()
        for widget in (self.class_report_button, self.classes_button):
            class_actions.addWidget(widget)
        class_actions.addStretch(1)
        class_actions.addWidget(self.delete_button)
        class_actions.addWidget(self.delete_class_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(student_actions)
        layout.addLayout(class_actions)
        for combo in (self.class_combo, self.grade_combo, self.status_combo, self.flag_combo):
            combo.currentIndexChanged.connect(self.refresh)
            # A long flag or class name must not widen the window past 1024 at A+.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.use_dates.toggled.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        self.name_search.textChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = {
            "name": self.tr("Name"), "class": self.tr("Class"), "grade": self.tr("Grade"),
            "status": self.tr("Status"), "date": self.tr("Date"),
            "answered": self.tr("Answers"), "code": self.tr("Code"), "flags": self.tr("Flags")}
        self.model.status_names = {
            "active": self.tr("in progress"), "paused": self.tr("paused"),
            "completed": self.tr("completed"), "abandoned": self.tr("abandoned")}
        self.model.flag_names = {
            "flat": self.tr("flat profile"), "mostly_unsure": self.tr("mostly unsure"),
            "too_fast": self.tr("too fast"), "incomplete": self.tr("incomplete"),
            "inconsistent": self.tr("inconsistent halves")}
        self.use_dates.setText(self.tr("Dates:"))
        self.name_search.setPlaceholderText(self.tr("Search by name…"))
        self.open_button.setText(self.tr("Open student…"))
        self.report_button.setText(self.tr("Student report…"))
        self.class_report_button.setText(self.tr("Class report…"))
        self.delete_button.setText(self.tr("Delete student…"))
        self.delete_class_button.setText(self.tr("Delete class…"))
        self.edit_button.setText(self.tr("Edit name and class…"))
        self.classes_button.setText(self.tr("Classes…"))
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        combos = (self.class_combo, self.grade_combo, self.status_combo, self.flag_combo)
        for combo in combos:
            combo.blockSignals(True)
        current = tuple(combo.currentData() for combo in combos)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("All classes"), None)
        for name in q.class_names(self.store):
            self.class_combo.addItem(name, name)
        self.grade_combo.clear()
        self.grade_combo.addItem(self.tr("All grades"), None)
        for grade in (8, 9, 10, 11):
            self.grade_combo.addItem(str(grade), grade)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in q.STATUSES:
            self.status_combo.addItem(self.model.status_names[status], status)
        self.flag_combo.clear()
        self.flag_combo.addItem(self.tr("Any flag"), None)
        for flag in q.FLAGS:
            self.flag_combo.addItem(self.model.flag_names[flag], flag)
        for combo, value in zip(combos, current, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def filters(self) -> dict:
        dates = self.use_dates.isChecked()
        return {"class_name": self.class_combo.currentData(),
                "grade": self.grade_combo.currentData(),
                "status": self.status_combo.currentData(),
                "date_from": self.date_from.date().toString("yyyy-MM-dd") if dates else None,
                "date_to": self.date_to.date().toString("yyyy-MM-dd") if dates else None,
                "name": self.name_search.text().strip() or None,
                "flag": self.flag_combo.currentData()}

    def refresh(self, *_args) -> None:
        filters = self.filters()
        total = q.count_sessions(self.store, **filters)
        sort, descending = self.model.sort_column, self.model.descending
        self.model.set_source(lambda offset, limit: q.session_rows(
            self.store, limit=limit, offset=offset, sort=sort, descending=descending,
            **filters), total)
        self.count_label.setText(self.tr("%1 sessions").replace("%1", str(total)))

    def reload(self) -> None:
        self._fill_filters()
        self.refresh()

    def selected_row(self) -> q.SessionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def _emit_student(self, signal) -> None:
        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Students"),
                                    self.tr("Choose a student in the table first."))
            return
        signal.emit(row.student_id)

    def _emit_class_report(self) -> None:
        name = self.class_combo.currentData()
        if not name:
            QMessageBox.information(self, self.tr("Class report"),
                                    self.tr("Choose a class in the filter first."))
            return
        self.class_report.emit(name)

    def edit_selected(self) -> None:
        from ui.counsellor.classes_dialog import EditStudentDialog

        row = self.selected_row()
        if row is None:
            QMessageBox.information(self, self.tr("Students"),
                                    self.tr("Choose a student in the table first."))
            return
        dialog = EditStudentDialog(self.store, row.student_id, self)
        dialog.accepted.connect(self._after_change)
        dialog.open()

    def manage_classes(self) -> None:
        from ui.counsellor.classes_dialog import ClassesDialog

        dialog = ClassesDialog(self.store, self)
        dialog.finished.connect(lambda _r: self._after_change())
        dialog.open()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not self.confirm(self.tr("Delete student"), self.tr(
                "Delete %1 and every answer, result and comment about them? This cannot be "
                "undone.").replace("%1", row.display_name)):
            return
        self.store.delete_student(row.student_id)
        self.store.audit("delete_student", str(row.student_id))
        self.reload()
        self.changed.emit()

    def delete_class(self) -> None:
        name = self.class_combo.currentData()
        if not name:
            QMessageBox.information(self, self.tr("Delete class"),
                                    self.tr("Choose a class in the filter first."))
            return
        if not self.confirm(self.tr("Delete class"), self.tr(
                "Delete every student of class %1 with all their answers and results? This "
                "cannot be undone.").replace("%1", name)):
            return
        count = self.store.delete_class(name)
        self.store.audit("delete_class", f"{name}: {count}")
        self.class_combo.setCurrentIndex(0)
        self.reload()
        self.changed.emit()
