"""Finish: something to take away — "My plan" as a QR code to photograph, a PDF to save or a
page to print — then hand the PC back clean with Done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.student.page import StudentPage, unique_mnemonics


class FinishPage(StudentPage):
    done = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._plan = None  # (MyPlan, PlanData) of the student on screen
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QLabel()
        self.qr.setObjectName("planQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_hint = QLabel()
        self.qr_hint.setObjectName("hint")
        self.qr_hint.setWordWrap(True)
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePlanButton")
        self.save_button.clicked.connect(self.save_with_dialog)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPlanButton")
        self.print_button.clicked.connect(self.print_plan)
        self.done_button = QPushButton()
        self.done_button.setObjectName("doneButton")
        self.done_button.setProperty("big", True)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.done)
        plan_buttons = QHBoxLayout()
        plan_buttons.addStretch(1)
        plan_buttons.addWidget(self.save_button)
        plan_buttons.addWidget(self.print_button)
        plan_buttons.addStretch(1)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.message)
        column.addWidget(self.qr)
        column.addWidget(self.qr_hint)
        column.addLayout(plan_buttons)
        column.addWidget(self.status)
        column.addStretch(2)
        self.scroll = QScrollArea()  # at A+ the page scrolls; the QR code is never squeezed
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignCenter)
        QWidget.setTabOrder(self.done_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.print_button)
        self.retranslate()

    def set_plan(self, plan, data) -> None:
        """The student's plan (``ui.reports.my_plan``): the QR code now, the PDF on demand."""
        from ui.reports.my_plan import qr_png

        self._plan = (plan, data)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(plan.summary_text(data), scale=3), "PNG")
        self.qr.setPixmap(pixmap)
        self.qr.setMinimumSize(pixmap.size())
        self.status.clear()
        self.retranslate()

    def retranslate(self) -> None:
        has_plan = self._plan is not None
        self.title.setText(self.tr("Thank you!"))
        self.message.setText(self.tr(
            "Your answers and results are saved. Take your plan with you: photograph the code "
            "with your phone, or save or print the page. When you press Done, this computer "
            "is ready for the next student.") if has_plan else self.tr(
            "Your answers and results are saved. When you press Done, this computer is ready "
            "for the next student."))
        self.qr_hint.setText(self.tr("The code holds a short summary of your plan as text; "
                                     "no internet is needed.") if has_plan else "")
        done, save, print_ = unique_mnemonics([
            self.tr("&Done"), self.tr("&Save my plan as PDF…"), self.tr("&Print my plan")])
        self.done_button.setText(done)
        self.save_button.setText(save)
        self.print_button.setText(print_)
        for widget in (self.qr, self.qr_hint, self.save_button, self.print_button):
            widget.setVisible(has_plan)

    def plan_document(self):
        plan, data = self._plan
        return plan.document(data)

    def save_to(self, path: Path) -> int:
        from ui.reports.document import write_pdf

        return write_pdf(self.plan_document(), path)

    def save_with_dialog(self) -> None:
        if self._plan is None:
            return
        from ui.counsellor.save_paths import ask_save_path, file_name

        _plan, data = self._plan
        name = file_name(self.tr("my plan"), data.name, suffix="pdf")
        chosen = ask_save_path(self, self.tr("Save my plan"), name,
                               self.tr("PDF files (*.pdf)"))
        if chosen is None or self._plan is None:  # cancelled, or timed out meanwhile
            return
        path = str(chosen)
        try:
            self.save_to(Path(path))
        except OSError as err:
            self.status.setText(self.tr("The plan could not be saved there: %1").replace(
                "%1", str(err)))
            return
        self.status.setText(self.tr("Saved: %1").replace("%1", path))

    def print_plan(self) -> None:
        if self._plan is None:
            return
        from ui.reports.document import print_document

        if print_document(self.plan_document(), self):
            self.status.setText(self.tr("Your plan was sent to the printer."))

    def reset(self) -> None:
        self._plan = None
        self.qr.clear()
        self.qr.setMinimumSize(0, 0)
        self.status.clear()
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.done_button.setFocus()
