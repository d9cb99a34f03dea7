"""Several PCs in one school: export this PC's sessions to one file, import other PCs' files.

The work is in ``guidance.records.transfer``: stable session ids (importing twice adds
nothing), a checksum (a half-copied file imports nothing), one transaction per file. This page
says what came in, file by file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSysInfo, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from guidance.records import RecordsStore
from ui.counsellor.save_paths import ask_open_paths, ask_save_path, file_name

SUFFIX = "bagdar-sessions"


class TransferTab(QWidget):
    imported = Signal()

    def __init__(self, store: RecordsStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        export_box = QGroupBox(self.tr("On a PC of the computer class"))
        e = QVBoxLayout(export_box)
        about = QLabel(self.tr(
            "When students answered on several PCs, export each PC's sessions to one file (a "
            "USB stick) and import the files on the counsellor's PC. The file holds names and "
            "answers: carry it only between the school's own computers and delete it after "
            "the import."))
        about.setWordWrap(True)
        e.addWidget(about)
        self.export_button = QPushButton(self.tr("Export this PC's sessions to a file…"))
        self.export_button.setObjectName("exportSessions")
        self.export_button.clicked.connect(lambda: self.export_file())
        e.addWidget(self.export_button)
        import_box = QGroupBox(self.tr("On the counsellor's PC"))
        i = QVBoxLayout(import_box)
        how = QLabel(self.tr(
            "Importing a file twice adds nothing; a file that was not copied whole is refused "
            "and nothing of it is imported. A student with the same name and class is kept "
            "as one student."))
        how.setWordWrap(True)
        i.addWidget(how)
        self.import_button = QPushButton(self.tr("Import sessions from files…"))
        self.import_button.setObjectName("importSessions")
        self.import_button.clicked.connect(lambda: self.import_files())
        i.addWidget(self.import_button)
        self.report = QLabel()
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(export_box)
        layout.addWidget(import_box)
        layout.addWidget(self.report)
        layout.addStretch(1)

    def export_file(self, path: Path | None = None) -> Path | None:
        from guidance.records.transfer import export_sessions

        pc = QSysInfo.machineHostName()
        path = path or ask_save_path(self, self.tr("Export sessions"), file_name(
            self.tr("sessions"), pc, suffix=SUFFIX), self.tr("Bagdar sessions (*.%1)")
            .replace("%1", SUFFIX))
        if path is None:
            return None
        try:
            count = export_sessions(self.store, path, pc)
        except OSError as problem:
            self.report.setText(self.tr("The file could not be written: %1").replace(
                "%1", problem.strerror or str(problem)))
            return None
        self.store.audit("sessions_exported", str(count))
        self.report.setText(self.tr("%n session(s) written to %1.", "", count).replace(
            "%1", str(path)))
        return path

    def import_files(self, files: list[Path] | None = None) -> list[str]:
        from guidance.records.transfer import TransferError, import_sessions

        files = files or ask_open_paths(self, self.tr("Import sessions"), self.tr(
            "Bagdar sessions (*.%1)").replace("%1", SUFFIX))
        lines = []
        reasons = {"damaged": self.tr("the file is damaged or was not copied whole; copy it "
                                      "again from the PC"),
                   "not_a_sessions_file": self.tr("this is not a Bagdar sessions file"),
                   "newer_version": self.tr("the file comes from a newer Bagdar; update this "
                                            "PC first")}
        for path in files:
            try:
                got = import_sessions(self.store, path)
            except TransferError as problem:
                lines.append(self.tr("%1: nothing imported — %2").replace(
                    "%1", path.name).replace("%2", reasons[problem.reason]))
                continue
            except OSError as problem:
                lines.append(self.tr("%1: nothing imported — %2").replace(
                    "%1", path.name).replace("%2", problem.strerror or str(problem)))
                continue
            self.store.audit("sessions_imported",
                             f"{path.name}: +{got.sessions_added}, ={got.sessions_already_here}")
            lines.append(self.tr("%1: %2 new session(s), %3 already here; %4 new student(s), "
                                 "%5 matched to students already here.")
                         .replace("%1", path.name).replace("%2", str(got.sessions_added))
                         .replace("%3", str(got.sessions_already_here))
                         .replace("%4", str(got.students_added))
                         .replace("%5", str(got.students_matched)))
        if files:
            self.report.setText("\n".join(lines))
            self.imported.emit()
        return lines
