"""Updating the atlas from the district's file: choose the file → every problem listed, or a
preview of what changes → apply → the new edition (Bagdar restarts onto it). One click goes
back to the previous edition. Reading and building run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from ui.background import run_in_background
from ui.counsellor.problem_texts import ProblemTexts
from ui.dates import shown_date

MAX_EXAMPLES = 4
MAX_PROBLEM_ROWS = 300  # a broken file can have 200,000 problems: the first ones say enough
DISK_FULL_SIGNS = ("[Errno 28]", "No space left on device", "database or disk is full")


class UpdateTab(QWidget):
    installed = Signal(str)  # path of the edition to use from now on

    def __init__(self, atlas: Atlas, install, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas, self.install, self.store = atlas, install, store
        self.problem_texts = ProblemTexts(self)
        self._pending = None  # validated update awaiting "Apply"
        self.edition = QLabel()
        self.edition.setObjectName("editionInUse")
        self.edition.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export the atlas as a workbook (template)…"))
        self.export_button.clicked.connect(self.export_with_dialog)
        self.choose_button = QPushButton(self.tr("Check an update file…"))
        self.choose_button.setObjectName("chooseUpdate")
        self.choose_button.clicked.connect(self.choose_file)
        self.apply_button = QPushButton(self.tr("Apply the update"))
        self.apply_button.setObjectName("applyUpdate")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.rollback_button = QPushButton(self.tr("Return to the previous edition"))
        self.rollback_button.setObjectName("rollback")
        self.rollback_button.clicked.connect(self.rollback)
        self.status = QLabel()
        self.status.setObjectName("updateStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("updateTable")
        row = QHBoxLayout()
        for button in (self.export_button, self.choose_button):
            row.addWidget(button)
        row.addStretch(1)
        bottom = QHBoxLayout()  # three buttons in one row were wider than 1024 at A+ (H5)
        bottom.addWidget(self.apply_button, 1)
        bottom.addWidget(self.rollback_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edition)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        info = self.atlas.info()
        self.edition.setText(self.tr("Atlas in use: edition %1 of %2 (%3).")
                             .replace("%1", info.edition).replace("%2", shown_date(info.date))
                             .replace("%3", self.tr("embedded") if self.install.current() ==
                                      self.install.embedded else self.tr("installed update")))
        self.rollback_button.setEnabled(self.install.previous() is not None)

    # --- export -------------------------------------------------------------------------
    def export_with_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the atlas"),
                                              f"bagdar-atlas-{self.atlas.info().edition}.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path:
        from guidance.atlas.workbook import export_workbook

        made = export_workbook(self.atlas.path, path)
        self.store.audit("atlas_export", str(path))
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return made

    # --- check --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Atlas update"), "",
            self.tr("Atlas updates (*.zip *.xlsx)"))
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """Validate off the UI thread; ``checked`` shows the result."""
        from guidance.atlas.update import load_update, preview

        self._pending = None
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Checking %1…").replace("%1", path.name))
        current = self.atlas.path

        def work():
            data, notices = load_update(path)
            return data, notices, (preview(current, data) if data.ok else [])

        run_in_background(work, self.checked, self.failed)

    def checked(self, result) -> None:
        data, notices, changes = result
        if not data.ok:
            self._show_problems(data.problems + notices)
            self.status.setText(self.tr("The update was refused: %1 problems. Nothing has been "
                                        "changed.").replace("%1", str(len(data.problems))))
            return
        self._pending = data
        self._show_preview(changes, notices)
        self.status.setText(self.tr("The update is valid: edition %1. Check the changes, then "
                                    "apply.").replace("%1", data.edition.get("edition", "")))
        self.apply_button.setEnabled(True)

    def failed(self, details: str) -> None:
        if any(sign in details for sign in DISK_FULL_SIGNS):
            self.status.setText(self.tr("The disk is full. Nothing has been changed: free some "
                                        "space on the disk, then try again."))
        else:
            self.status.setText(self.tr("The file could not be read. Nothing has been "
                                        "changed."))
        import logging

        logging.getLogger("bagdar").error("atlas update check failed:\n%s", details)

    def install_failed(self, details: str) -> None:
        if any(sign in details for sign in DISK_FULL_SIGNS):
            self.failed(details)
        else:
            self.status.setText(self.tr("The new edition could not be installed. Nothing has "
                                        "been changed: the current edition stays in use."))
            import logging

            logging.getLogger("bagdar").error("atlas install failed:\n%s", details)
        self.apply_button.setEnabled(self._pending is not None)

    def _fill(self, headers: list[str], rows: list[list[str]]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, header.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()

    def _show_problems(self, problems) -> None:
        """The first ``MAX_PROBLEM_ROWS`` problems and a count of the rest: filling a table
        with every one of 200,000 would freeze the room for half a minute."""
        texts = self.problem_texts
        rows = [[texts.where(p), texts.message(p)] for p in problems[:MAX_PROBLEM_ROWS]]
        hidden = len(problems) - len(rows)
        if hidden > 0:
            rows.append(["…", self.tr("%n more problems are not shown: fix these first, then "
                                      "check the file again.", "", hidden)])
        self._fill([self.tr("Where"), self.tr("Problem")], rows)

    def _show_preview(self, changes, notices) -> None:
        names = {"professions": self.tr("Professions"), "specialities": self.tr("Specialities"),
                 "colleges": self.tr("Colleges"),
                 "college_specialities": self.tr("College groups and places"),
                 "demand": self.tr("Demand (new jobs)")}
        rows = []
        for change in changes:
            for label, items in ((self.tr("added"), change.added),
                                 (self.tr("changed"), change.changed),
                                 (self.tr("removed"), change.removed)):
                if items:
                    shown = ", ".join(items[:MAX_EXAMPLES]) + (" …" if len(items) > MAX_EXAMPLES
                                                               else "")
                    rows.append([names[change.table], label, str(len(items)), shown])
        if not rows:
            rows.append(["", self.tr("no changes"), "0", ""])
        rows += [[self.problem_texts.where(n), self.tr("notice"), "",
                  self.problem_texts.message(n)] for n in notices]
        self._fill([self.tr("Table"), self.tr("Change"), self.tr("Count"), self.tr("Examples")],
                   rows)

    # --- apply and roll back ------------------------------------------------------------
    def apply(self) -> None:
        data = self._pending
        if data is None:
            return
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Installing the new edition…"))
        run_in_background(lambda: self.install.install(data), self.applied,
                          self.install_failed)

    def applied(self, path) -> None:
        edition = self._pending.edition.get("edition", "") if self._pending else ""
        self._pending = None
        self.store.audit("atlas_update", f"edition {edition}")
        self.status.setText(self.tr("Edition %1 is installed. Bagdar restarts onto it.")
                            .replace("%1", edition))
        self.installed.emit(str(path))

    def rollback(self) -> None:
        path = self.install.rollback()
        self.store.audit("atlas_rollback", path.name)
        self.installed.emit(str(path))
