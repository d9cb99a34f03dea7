"""Reports and exports: the class report (PDF and print), results as Excel or CSV for a class or
the whole school, and the anonymous summary the district education department collects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
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
from ui.i18n import LANGUAGE_NAMES


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
            "exportXlsx": (self.tr("Export results to Excel (XLSX)…"), self.export_xlsx),
            "exportCsv": (self.tr("Export results to CSV…"), self.export_csv),
            "districtSummary": (self.tr("Anonymous summary for the district (CSV)…"),
                                self.district_summary),
        }
        self.buttons = {}
        for name, (text, slot) in buttons.items():
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
        choose = QGroupBox(self.tr("Which students"))
        form = QFormLayout(choose)
        form.addRow(self.tr("Class:"), self.class_combo)
        form.addRow(self.tr("Language of the report:"), self.report_language)
        reports = QGroupBox(self.tr("Class report for a parents' meeting"))
        r = QVBoxLayout(reports)
        r.addWidget(self.buttons["classPdf"])
        r.addWidget(self.buttons["classPrint"])
        exports = QGroupBox(self.tr("Exports"))
        x = QVBoxLayout(exports)
        for name in ("exportXlsx", "exportCsv", "districtSummary"):
            x.addWidget(self.buttons[name])
        note = QLabel(self.tr("The district summary holds no names and no classes: only counts "
                              "by grade, Holland code, type of work and recommended industry, "
                              "with counts below 3 hidden."))
        note.setWordWrap(True)
        x.addWidget(note)
        layout = QVBoxLayout(self)
        layout.addWidget(choose)
        layout.addWidget(reports)
        layout.addWidget(exports)
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

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return Path(path) if path else None

    def _class_document(self):
        from ui.reports.class_report import class_report_document

        name = self.class_combo.currentData()
        if name is None:
            self.message.setText(self.tr("Choose a class for the class report."))
            return None
        return class_report_document(self.atlas, self.store, name,
                                     self.report_language.currentData(), self.school())

    def class_report_pdf(self, path: Path | None = None) -> Path | None:
        from ui.reports.document import write_pdf

        doc = self._class_document()
        if doc is None:
            return None
        path = path or self._save_path(self.tr("Save the class report"),
                                       f"bagdar-class-{self.class_combo.currentData()}.pdf",
                                       self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        write_pdf(doc, str(path))
        self.store.audit("export", f"class report {self.class_combo.currentData()}")
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return path

    def class_report_print(self) -> None:
        from ui.reports.document import print_document

        doc = self._class_document()
        if doc is not None:
            print_document(doc, self)
            self.store.audit("print", f"class report {self.class_combo.currentData()}")

    def _rows(self):
        from guidance.exports import result_rows

        return result_rows(self.store, self.atlas, self.report_language.currentData(),
                           self.class_combo.currentData())

    def _headers(self) -> dict[str, str]:
        from ui.counsellor.export_texts import ExportTexts

        return ExportTexts(self).texts()

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        from guidance.exports import write_xlsx

        path = path or self._save_path(self.tr("Export results"), "bagdar-results.xlsx",
                                       self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return None
        write_xlsx(self._rows(), path, self._headers(), self.tr("Results"))
        self.store.audit("export", f"xlsx {self.class_combo.currentData() or 'school'}")
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return path

    def export_csv(self, path: Path | None = None) -> Path | None:
        from guidance.exports import write_csv

        path = path or self._save_path(self.tr("Export results"), "bagdar-results.csv",
                                       self.tr("CSV (*.csv)"))
        if path is None:
            return None
        write_csv(self._rows(), path, self._headers())
        self.store.audit("export", f"csv {self.class_combo.currentData() or 'school'}")
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return path

    def district_summary(self, path: Path | None = None) -> Path | None:
        from guidance.exports import anonymous_summary, write_summary_csv

        period = f"{date.today().year}"
        district = self.store.setting("district_id")
        if not district:
            self.message.setText(self.tr("Choose the school's district in Settings first."))
            return None
        path = path or self._save_path(self.tr("Anonymous summary"),
                                       f"bagdar-summary-{period}.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return None
        rows = anonymous_summary(self.store, self.atlas, self.school(),
                                 district, period)
        write_summary_csv(rows, path)
        self.store.audit("export", "district summary")
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        return path
