"""Bagdar's own print dialog: printer, copies, pages and (where a document allows) orientation.

Why not ``QPrintDialog``: on Windows it is the system's native dialog, a modal window Qt cannot
close. The counsellor's room must close every window at logout (a student's name may be on the
report being printed), and a native dialog left open over the Welcome screen would keep the
room's report one click away. This is an ordinary ``QDialog`` parented to the window that asked,
so the room's close-everything path closes it like any other. With no printer installed it says
so and suggests saving the report as a PDF, instead of offering an empty list.
"""

from __future__ import annotations

from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_COPIES = 99
MAX_PAGES = 9999  # the page count is known only once the document is laid out for the printer


class PrintDialog(QDialog):
    """Choices for one print job; ``apply_to`` sets them on a ``QPrinter``."""

    def __init__(self, parent: QWidget | None = None, pages: int | None = None,
                 orientable: bool = False):
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print"))
        self.printers = QPrinterInfo.availablePrinterNames()
        layout = QVBoxLayout(self)
        self.no_printer = QLabel(self.tr(
            "No printer is set up on this computer. Save the report as a PDF instead and print "
            "it from a computer with a printer, or ask for a printer to be installed."))
        self.no_printer.setWordWrap(True)
        self.no_printer.setVisible(not self.printers)
        layout.addWidget(self.no_printer)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.printer_box = QComboBox()
        self.printer_box.addItems(self.printers)
        default = QPrinterInfo.defaultPrinterName()
        if default in self.printers:
            self.printer_box.setCurrentIndex(self.printers.index(default))
        form.addRow(self.tr("Printer:"), self.printer_box)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        form.addRow(self.tr("Copies:"), self.copies)
        last = pages or MAX_PAGES
        self.all_pages = QRadioButton(self.tr("All pages"))
        self.some_pages = QRadioButton(self.tr("Pages from"))
        self.all_pages.setChecked(True)
        self.range_group = QButtonGroup(self)
        self.range_group.addButton(self.all_pages)
        self.range_group.addButton(self.some_pages)
        self.first_page, self.last_page = QSpinBox(), QSpinBox()
        for box, value in ((self.first_page, 1), (self.last_page, pages or 1)):
            box.setRange(1, last)
            box.setValue(value)
            box.valueChanged.connect(self._range_edited)  # methods: lambdas holding self
        self.first_page.valueChanged.connect(self._first_changed)  # crashed PySide at exit
        self.last_page.valueChanged.connect(self._last_changed)
        range_row = QWidget()
        page_row = QHBoxLayout(range_row)
        page_row.setContentsMargins(0, 0, 0, 0)
        page_row.addWidget(self.some_pages)
        page_row.addWidget(self.first_page)
        page_row.addWidget(QLabel(self.tr("to")))
        page_row.addWidget(self.last_page)
        page_row.addStretch()
        form.addRow(self.tr("Pages:"), self.all_pages)
        form.addRow("", range_row)
        self.orientation = QComboBox(self)  # a child even when not shown
        self.orientation.addItem(self.tr("Portrait"), QPageLayout.Orientation.Portrait)
        self.orientation.addItem(self.tr("Landscape"), QPageLayout.Orientation.Landscape)
        if orientable:
            form.addRow(self.tr("Orientation:"), self.orientation)
        else:
            self.orientation.hide()
        self.form_box.setVisible(bool(self.printers))
        layout.addWidget(self.form_box)
        buttons = QDialogButtonBox()
        if self.printers:
            self.print_button = buttons.addButton(self.tr("Print"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.orientable = orientable

    def _range_edited(self, _value: int) -> None:
        self.some_pages.setChecked(True)

    def _first_changed(self, first: int) -> None:
        self.last_page.setValue(max(first, self.last_page.value()))

    def _last_changed(self, last: int) -> None:
        self.first_page.setValue(min(last, self.first_page.value()))

    def apply_to(self, printer: QPrinter) -> None:
        """The chosen printer, copies, page range (0, 0 = all) and orientation."""
        printer.setPrinterName(self.printer_box.currentText())
        printer.setCopyCount(self.copies.value())
        if self.some_pages.isChecked():
            printer.setFromTo(self.first_page.value(), self.last_page.value())
        else:
            printer.setFromTo(0, 0)
        if self.orientable:
            printer.setPageOrientation(self.orientation.currentData())


def ask_printer(printer: QPrinter, parent: QWidget | None = None, pages: int | None = None,
                orientable: bool = False) -> bool:
    """Show the dialog modally; True (and ``printer`` set up) when the user chose "Print"."""
    dialog = PrintDialog(parent, pages, orientable)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.printers:
            return False
        dialog.apply_to(printer)
        return True
    finally:
        dialog.deleteLater()
