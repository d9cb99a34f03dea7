"""The room's first page: where the school stands at a glance.

Three boxes: how far each class has got (completed, half-way, not started); the students who
need a second look (answered too fast, inconsistent, unfinished, flat) with the counsellor's
follow-up — "retest" or "talk to"; and each class's interests beside the region's new jobs
(the most common type in the class, the one the region needs most, the biggest gap). The
numbers come from ``guidance.records.dashboard``; this page only shows them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.records import RecordsStore
from guidance.records import dashboard as d

FIRST_YEAR, LAST_YEAR = 2025, 2027  # the years of the class report's gap chart
# an illustrative (sample) figure never steers what the counsellor reads about the region, as in
# the class report for parents: the gap uses published and estimated rows only
NOT_SHOWN = ("sample",)
MAX_VISIBLE_ROWS = 10


def fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.setItem(i, j, QTableWidgetItem(text))
    fit_height(table)


def fit_height(table: QTableWidget) -> None:
    """Tall enough for its rows (up to MAX_VISIBLE_ROWS), so the page scrolls, not each box;
    again after a change of text size."""
    table.resizeRowsToContents()
    rows = table.rowCount()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    height += sum(table.rowHeight(i) for i in range(min(rows, MAX_VISIBLE_ROWS))) if rows \
        else table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)


def new_table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class Dashboard(QWidget):
    open_student = Signal(int)
    setup_classes = Signal()

    def __init__(self, atlas: Atlas, store: RecordsStore, language: Callable[[], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Dashboard")
        self.atlas, self.store, self._lang = atlas, store, language
        self.classes_hint = QLabel()
        self.classes_hint.setWordWrap(True)
        self.classes_hint.setObjectName("classesHint")
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("dashboardClasses")
        self.setup_button.clicked.connect(self.setup_classes)
        self.progress = new_table("classProgress")
        self.triage = new_table("triageTable")
        self.triage.doubleClicked.connect(lambda _i: self._open())
        self.gaps = new_table("classGaps")
        self.triage_rows: list[d.TriageRow] = []
        self.buttons = {}
        for name, slot in (("retest", lambda: self.mark("retest")),
                           ("talk", lambda: self.mark("talk")),
                           ("clear", lambda: self.mark(None)), ("open", self._open)):
            button = QPushButton()
            button.setObjectName(f"triage_{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
        self.progress_box = QGroupBox()
        p = QVBoxLayout(self.progress_box)
        hint = QHBoxLayout()
        hint.addWidget(self.classes_hint, 1)
        hint.addWidget(self.setup_button)
        p.addLayout(hint)
        p.addWidget(self.progress)
        self.triage_box = QGroupBox()
        t = QVBoxLayout(self.triage_box)
        self.triage_note = QLabel()
        self.triage_note.setWordWrap(True)
        t.addWidget(self.triage_note)
        t.addWidget(self.triage)
        actions = QHBoxLayout()
        for name in ("retest", "talk", "clear"):
            actions.addWidget(self.buttons[name])
        actions.addStretch(1)
        actions.addWidget(self.buttons["open"])
        t.addLayout(actions)
        self.gap_box = QGroupBox()
        g = QVBoxLayout(self.gap_box)
        self.gap_note = QLabel()
        self.gap_note.setWordWrap(True)
        g.addWidget(self.gap_note)
        g.addWidget(self.gaps)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.triage_box)
        layout.addWidget(self.gap_box)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.progress_box.setTitle(self.tr("Completion by class"))
        self.triage_box.setTitle(self.tr("Students to look at"))
        self.gap_box.setTitle(self.tr("Classes and the region's new jobs"))
        self.setup_button.setText(self.tr("Classes…"))
        self.triage_note.setText(self.tr(
            "Their latest questionnaire was answered very fast, inconsistently, left unfinished "
            "or came out flat. Mark what to do: take it again, or a talk."))
        self.gap_note.setText(self.tr(
            "The type most students of the class chose, the type of most of the region's new "
            "jobs (%1), and the type the region needs most above the class's share.")
            .replace("%1", self._years()))
        self.buttons["retest"].setText(self.tr("Retest"))
        self.buttons["talk"].setText(self.tr("Talk to"))
        self.buttons["clear"].setText(self.tr("Clear the mark"))
        self.buttons["open"].setText(self.tr("Open student…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            for table in (self.progress, self.triage, self.gaps):
                fit_height(table)
        super().changeEvent(event)

    def reasons(self) -> dict[str, str]:
        return {"unfinished": self.tr("unfinished"), "too_fast": self.tr("too fast"),
                "inconsistent": self.tr("inconsistent halves"), "flat": self.tr("flat profile")}

    def follow_up_names(self) -> dict[str | None, str]:
        return {"retest": self.tr("retest"), "talk": self.tr("talk to"), None: ""}

    def refresh(self) -> None:
        from guidance.records.classes import merge_suggestions, school_classes

        spellings = sum(len(v) for v in merge_suggestions(self.store).values())
        hints = []
        if not school_classes(self.store):
            hints.append(self.tr("Set up the school's classes once, so that students pick "
                                 "theirs from a list."))
        if spellings:
            hints.append(self.tr("%n class name(s) typed in another way can be merged into "
                                 "the class they mean.", "", spellings))
        self.classes_hint.setText(" ".join(hints))
        self.classes_hint.setVisible(bool(hints))
        progress = d.class_progress(self.store)
        fill(self.progress, [self.tr("Class"), self.tr("Students"), self.tr("Completed"),
                             self.tr("Half-way"), self.tr("Not started")],
             [[p.class_name or "—", str(p.students), f"{p.completed} ({p.share:.0%})",
               str(p.in_progress), str(p.not_started)] for p in progress])
        reasons, marks = self.reasons(), self.follow_up_names()
        self.triage_rows = d.triage(self.store)
        fill(self.triage, [self.tr("Name"), self.tr("Class"), self.tr("Why"),
                           self.tr("Follow-up")],
             [[t.display_name, t.class_name, ", ".join(reasons[r] for r in t.reasons),
               marks[t.follow_up]] for t in self.triage_rows])
        self._fill_gaps()

    def _years(self) -> str:
        """The years the region's figure really covers once illustrative rows are left out."""
        from guidance.atlas.demand_types import demand_years

        first, last = demand_years(self.atlas, FIRST_YEAR, LAST_YEAR, NOT_SHOWN) or \
            (FIRST_YEAR, LAST_YEAR)
        return str(first) if first == last else f"{first}–{last}"

    def _fill_gaps(self) -> None:
        from guidance.atlas.demand_types import demand_share_by_riasec_letter

        region, _sources = demand_share_by_riasec_letter(self.atlas, FIRST_YEAR, LAST_YEAR,
                                                         NOT_SHOWN)
        names = {c: t.name.get(self._lang()) for c, t in
                 self.atlas.interest_types("riasec").items()}
        rows = []
        for gap in d.class_gaps(self.store, region):
            biggest = self.tr("%1: %2% of the class, %3% of new jobs").replace(
                "%1", names.get(gap.gap_letter, gap.gap_letter)).replace(
                "%2", f"{100 * gap.class_share:.0f}").replace(
                "%3", f"{100 * gap.region_share:.0f}") if gap.gap_letter else "—"
            rows.append([gap.class_name, str(gap.students),
                         f"{names.get(gap.class_top, '')} ({gap.class_top})",
                         f"{names.get(gap.region_top, '')} ({gap.region_top})", biggest])
        fill(self.gaps, [self.tr("Class"), self.tr("Clear profiles"), self.tr("Class's type"),
                         self.tr("Region's type"), self.tr("Biggest gap")], rows)

    def selected(self) -> d.TriageRow | None:
        indexes = self.triage.selectionModel().selectedRows()
        return self.triage_rows[indexes[0].row()] if indexes else None

    def mark(self, kind: str | None) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("Students to look at"),
                                    self.tr("Choose a student in the list first."))
            return
        d.set_follow_up(self.store, row.student_id, kind)
        self.store.audit("follow_up", f"{row.student_id}: {kind or '-'}")
        current = self.triage.currentRow()
        self.refresh()
        self.triage.selectRow(min(current, self.triage.rowCount() - 1))

    def _open(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_student.emit(row.student_id)
