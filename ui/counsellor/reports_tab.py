"""Reports and exports: the anonymous class report for a parents' meeting (PDF and print), the
named class list for the counsellor only, every student's report of a class in one PDF,
results as Excel (the default) or a CSV a Kazakh/Russian Excel opens, the anonymous summary for
the district for a chosen period, and merging several schools' summaries.

Every file is written in the report's language (headers and rows alike) and suggested under a
name that says what it is, in Documents (``save_paths``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.records import RecordsStore
from guidance.records import queries as q
from ui.counsellor.save_paths import ask_open_paths, ask_save_path, file_name
from ui.i18n import LANGUAGE_NAMES


def school_year_start(today: date) -> date:
    """1 September of the current school year."""
    return date(today.year if today.month >= 9 else today.year - 1, 9, 1)


class PeriodDialog(QDialog):
    """The period of the district summary: this school year up to today, unless changed."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Period of the summary"))
        today = today or date.today()
        self.date_from = QDateEdit(QDate(school_year_start(today)))
        self.date_to = QDateEdit(QDate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        note = QLabel(self.tr("Each student counts once, by their latest completed "
                              "questionnaire within the period."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.date_from)
        form.addRow(self.tr("To:"), self.date_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def period(self) -> tuple[str, str]:
        first = self.date_from.date().toString("yyyy-MM-dd")
        last = self.date_to.date().toString("yyyy-MM-dd")
        return (first, last) if first <= last else (last, first)


class ReportsTab(QWidget):
    def __init__(self, atlas: Atlas, store: RecordsStore, language: Callable[[], str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas, self.store, self._language = atlas, store, language
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("reportClass")
        self.report_language = QComboBox()
        self.report_language.setObjectName("reportLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.report_language.addItem(name, code)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = {
            "classPdf": (self.tr("Class report as PDF…"), self.class_report_pdf),
            "classPrint": (self.tr("Print the class report…"), self.class_report_print),
            "classList": (self.tr("Named class list as PDF (for the counsellor only)…"),
                          self.class_list_pdf),
            "classBatch": (self.tr("Every student's report of the class in one PDF…"),
                           self.batch_pdf),
            "exportXlsx": (self.tr("Export results to Excel (XLSX)…"), self.export_xlsx),
            "exportCsv": (self.tr("Export results to CSV for Excel…"), self.export_csv),
            "districtSummary": (self.tr("Anonymous summary for the district (CSV)…"),
                                self.district_summary),
            "mergeSummaries": (self.tr("Merge schools' summaries into one (CSV)…"),
                               self.merge_summaries),
        }
        self.buttons = {}
        for name, (text, slot) in buttons.items():
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[name] = button
        choose = QGroupBox(self.tr("Which students"))
        form = QFormLayout(choose)
        form.addRow(self.tr("Class:"), self.class_combo)
        form.addRow(self.tr("Language of the report:"), self.report_language)
        reports = QGroupBox(self.tr("Class report for a parents' meeting"))
        r = QVBoxLayout(reports)
        anonymous = QLabel(self.tr("The class report holds no names: class figures only, with "
                                   "counts below 3 hidden."))
        anonymous.setWordWrap(True)
        r.addWidget(anonymous)
        for name in ("classPdf", "classPrint"):
            r.addWidget(self.buttons[name])
        counsellor = QGroupBox(self.tr("For the counsellor and the families"))
        c = QVBoxLayout(counsellor)
        for name in ("classList", "classBatch"):
            c.addWidget(self.buttons[name])
        exports = QGroupBox(self.tr("Exports"))
        x = QVBoxLayout(exports)
        for name in ("exportXlsx", "exportCsv", "districtSummary", "mergeSummaries"):
            x.addWidget(self.buttons[name])
        note = QLabel(self.tr("The district summary holds no names and no classes: only counts "
                              "by grade, Holland code, type of work and recommended industry. "
                              "Values of fewer than 3 students are pooled into “other”, with one "
                              "more value when needed so that none can be worked out."))
        note.setWordWrap(True)
        x.addWidget(note)
        layout = QVBoxLayout(self)
        for box in (choose, reports, counsellor, exports):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        current = self.class_combo.currentData()
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("Whole school"), None)
        for name in q.class_names(self.store):
            self.class_combo.addItem(name, name)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(current)))
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(
            self._language())))

    def school(self) -> str:
        return self.store.setting("school_name", "") or ""

    def lang(self) -> str:
        return self.report_language.currentData()

    def _saved(self, path: Path, audit: str) -> Path:
        self.store.audit("export", audit)
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return path

    def _chosen_class(self) -> str | None:
        name = self.class_combo.currentData()
        if name is None:
            self.message.setText(self.tr("Choose a class for the class report."))
        return name

    def _class_document(self):
        from ui.reports.class_report import class_report_document

        name = self._chosen_class()
        if name is None:
            return None
        return class_report_document(self.atlas, self.store, name, self.lang(), self.school())

    def class_report_pdf(self, path: Path | None = None) -> Path | None:
        from ui.reports.document import write_pdf

        doc = self._class_document()
        if doc is None:
            return None
        name = self.class_combo.currentData()
        path = path or ask_save_path(self, self.tr("Save the class report"), file_name(
            name, self.tr("class report"), f"({self.lang()})", suffix="pdf"),
            self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        write_pdf(doc, str(path))
        return self._saved(path, f"class report {name}")

    def class_report_print(self) -> None:
        from ui.reports.document import print_document

        doc = self._class_document()
        if doc is not None and print_document(doc, self):
            self.store.audit("print", f"class report {self.class_combo.currentData()}")

    def class_list_pdf(self, path: Path | None = None) -> Path | None:
        from ui.reports.class_list import class_list_document
        from ui.reports.document import write_pdf

        name = self._chosen_class()
        if name is None:
            return None
        path = path or ask_save_path(self, self.tr("Save the class list"), file_name(
            name, self.tr("class list, counsellor only"), suffix="pdf"), self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        write_pdf(class_list_document(self.atlas, self.store, name, self.lang(), self.school()),
                  str(path))
        return self._saved(path, f"class list {name}")

    def batch_pdf(self, path: Path | None = None) -> Path | None:
        """Every student's report of the class, one after another, in one PDF to print."""
        from ui.reports.document import write_batch_pdf
        from ui.reports.student_report import student_report_document

        name = self._chosen_class()
        if name is None:
            return None
        ids = self.store.student_ids(name)
        if not ids:
            self.message.setText(self.tr("This class has no students."))
            return None
        path = path or ask_save_path(self, self.tr("Save the students' reports"), file_name(
            name, self.tr("students' reports"), f"({self.lang()})", suffix="pdf"),
            self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        from guidance.textnorm import sort_key

        ids.sort(key=lambda i: sort_key(self.store.student(i).display_name))
        docs = [student_report_document(self.atlas, self.store, i, self.lang(), self.school())
                for i in ids]
        write_batch_pdf(docs, str(path), name)
        return self._saved(path, f"student reports {name}: {len(ids)}")

    def _rows(self):
        from guidance.exports import result_rows

        return result_rows(self.store, self.atlas, self.lang(), self.class_combo.currentData(),
                           self._headers())

    def _headers(self) -> dict[str, str]:
        from ui.counsellor.export_texts import export_texts

        return export_texts(self.lang())

    def _export_name(self, suffix: str) -> str:
        return file_name(self.class_combo.currentData() or self.tr("whole school"),
                         self.tr("results"), f"({self.lang()})", suffix=suffix)

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        from guidance.exports import write_xlsx

        path = path or ask_save_path(self, self.tr("Export results"), self._export_name("xlsx"),
                                     self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        write_xlsx(self._rows(), path, self._headers(),
                   self.class_combo.currentData() or "Bagdar")
        return self._saved(path, f"xlsx {self.class_combo.currentData() or 'school'}")

    def export_csv(self, path: Path | None = None) -> Path | None:
        from guidance.exports import write_csv

        path = path or ask_save_path(self, self.tr("Export results"), self._export_name("csv"),
                                     self.tr("CSV (*.csv)"))
        if path is None:
            return None
        write_csv(self._rows(), path, self._headers(), spreadsheet=True)
        return self._saved(path, f"csv {self.class_combo.currentData() or 'school'}")

    def district_summary(self, path: Path | None = None,
                         period: tuple[str, str] | None = None) -> Path | None:
        from guidance.exports import anonymous_summary, write_summary_csv

        district = self.store.setting("district_id")
        if not district:
            self.message.setText(self.tr("Choose the school's district in Settings first."))
            return None
        if period is None:
            dialog = PeriodDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            period = dialog.period()
        label = f"{period[0]}..{period[1]}"
        path = path or ask_save_path(self, self.tr("Anonymous summary"), file_name(
            self.school()[:60], self.tr("district summary"), label, suffix="csv"),
            self.tr("CSV (*.csv)"))
        if path is None:
            return None
        rows = anonymous_summary(self.store, self.atlas, self.school(), district, label,
                                 period[0], period[1])
        write_summary_csv(rows, path)
        return self._saved(path, f"district summary {label}")

    def merge_summaries(self, files: list[Path] | None = None,
                        path: Path | None = None) -> Path | None:
        from guidance.summary import merge_files

        files = files or ask_open_paths(self, self.tr("The schools' summaries"),
                                        self.tr("CSV (*.csv)"))
        if not files:
            return None
        path = path or ask_save_path(self, self.tr("Save the merged summary"), file_name(
            self.tr("district summary, merged"), suffix="csv"), self.tr("CSV (*.csv)"))
        if path is None:
            return None
        try:
            rows = merge_files(files, path)
        except (ValueError, UnicodeDecodeError) as problem:
            self.message.setText(self.tr("These files could not be merged: %1").replace(
                "%1", str(problem)))
            return None
        self.store.audit("export", f"merged summaries: {len(files)} files")
        self.message.setText(self.tr("%n file(s) merged: %1", "", len(files)).replace(
            "%1", str(path)) + f" ({rows})")
        return path
