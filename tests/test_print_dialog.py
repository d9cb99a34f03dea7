"""Bagdar's own print dialog (``ui.print_dialog``), which a logout can close.

The printers are the system's (``QPrinterInfo``); here they are replaced by names, since a test
machine has none, and the choices are read back from the ``QPrinter`` they are applied to.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from ui import print_dialog
from ui.print_dialog import PrintDialog, ask_printer


@pytest.fixture
def printers(monkeypatch):
    names = ["Canon LBP2900", "HP LaserJet 1020"]
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: names))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: names[1]))
    return names


def buttons(dialog) -> list[str]:
    return [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]


def test_default_printer_copies_and_a_page_range(qtbot, printers):
    dialog = PrintDialog(None, pages=4)
    qtbot.addWidget(dialog)
    assert dialog.printer_box.currentText() == "HP LaserJet 1020"
    assert dialog.all_pages.isChecked() and buttons(dialog) == ["Print", "Cancel"]
    printer = QPrinter()
    dialog.apply_to(printer)
    assert (printer.copyCount(), printer.fromPage(), printer.toPage()) == (1, 0, 0)
    dialog.copies.setValue(3)
    dialog.last_page.setValue(3)
    dialog.first_page.setValue(2)
    assert dialog.some_pages.isChecked()
    dialog.first_page.setValue(4)  # the range stays a range: "to" follows
    assert dialog.last_page.value() == 4 and dialog.last_page.maximum() == 4
    dialog.first_page.setValue(2)
    dialog.apply_to(printer)
    assert (printer.copyCount(), printer.fromPage(), printer.toPage()) == (3, 2, 4)
    assert not dialog.orientation.isVisibleTo(dialog)


def test_orientation_only_where_the_document_allows_it(qtbot, printers):
    dialog = PrintDialog(None, pages=1, orientable=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.orientation.isVisible()
    dialog.orientation.setCurrentIndex(1)
    printer = QPrinter()
    dialog.apply_to(printer)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape


def test_without_a_printer_it_suggests_a_pdf(qtbot, monkeypatch):
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(list))
    dialog = PrintDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_printer.isVisible() and "PDF" in dialog.no_printer.text()
    assert not dialog.form_box.isVisible() and buttons(dialog) == ["Close"]
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().accept())
    assert not ask_printer(QPrinter())  # even "accepted", there is nothing to print on


def test_ask_printer_returns_the_choice(qtbot, printers):
    def choose(dialog):
        dialog.copies.setValue(2)
        dialog.accept()

    QTimer.singleShot(50, lambda: choose(QApplication.activeModalWidget()))
    printer = QPrinter()
    assert ask_printer(printer)
    assert printer.copyCount() == 2
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    assert not ask_printer(QPrinter())


def test_every_label_wraps_or_is_short(qtbot, printers):
    dialog = PrintDialog(None, orientable=True)
    qtbot.addWidget(dialog)
    assert dialog.no_printer.wordWrap()
    assert all(len(label.text()) < 30 for label in dialog.findChildren(QLabel)
               if label is not dialog.no_printer)
    assert print_dialog.MAX_COPIES >= 10
