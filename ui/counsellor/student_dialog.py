"""One student as the counsellor sees them: profile and flags, recommendations, raw answers with
response times, a comment, parental consent, and resuming a paused session.

Answers are shown with the item's words ("Repair a bicycle", "a) … / b) …"), not its id, and
dates are written dd.mm.yyyy in local time, as everywhere in Kazakhstan."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.recommend_models import Recommendations
from guidance.records import RecordsStore
from guidance.records import queries as q

e = html.escape


def day_text(stamp: str) -> str:
    """A stored UTC time or a YYYY-MM-DD day as dd.mm.yyyy (local date for a time)."""
    from datetime import date, datetime

    try:
        if "T" in stamp:
            return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone() \
                .strftime("%d.%m.%Y")
        return date.fromisoformat(stamp[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return stamp


class StudentDialog(QDialog):
    resume_requested = Signal(int)  # session id

    def __init__(self, atlas: Atlas, store: RecordsStore, student_id: int, language: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StudentDialog")
        self.atlas, self.store, self.student_id, self.lang = atlas, store, student_id, language
        student = store.student(student_id)
        self.setWindowTitle(student.display_name)
        self.resize(900, 640)
        self.summary = QTextBrowser()
        self.summary.setObjectName("studentSummary")
        self.answers = QTableWidget()
        self.answers.setObjectName("answersTable")
        self.comment = QPlainTextEdit(store.comment(student_id))
        self.comment.setObjectName("commentEdit")
        self.save_comment = QPushButton(self.tr("Save comment"))
        self.save_comment.setObjectName("saveComment")
        self.save_comment.clicked.connect(self._save_comment)
        self.consent_list = QLabel()
        self.consent_list.setWordWrap(True)
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd.MM.yyyy")
        self.consent_by = QLineEdit()
        self.consent_by.setObjectName("consentBy")
        self.consent_form = QLineEdit()
        self.consent_form.setPlaceholderText(self.tr("e.g. signed paper form No. 12"))
        add_consent = QPushButton(self.tr("Record consent"))
        add_consent.setObjectName("recordConsent")
        add_consent.clicked.connect(self._add_consent)
        self.resume_button = QPushButton(self.tr("Resume the paused session"))
        self.resume_button.setObjectName("resumeSession")
        self.resume_button.clicked.connect(self._resume)

        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(QLabel(self.tr("Counsellor's comment (printed in the report):")))
        notes_layout.addWidget(self.comment, 1)
        notes_layout.addWidget(self.save_comment)
        notes_layout.addWidget(QLabel("<b>" + self.tr("Parental consent") + "</b>"))
        notes_layout.addWidget(self.consent_list)
        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.consent_date)
        form.addRow(self.tr("Given by (parent or guardian):"), self.consent_by)
        form.addRow(self.tr("Form:"), self.consent_form)
        notes_layout.addLayout(form)
        notes_layout.addWidget(add_consent)
        tabs = QTabWidget()
        tabs.addTab(self.summary, self.tr("Profile and recommendations"))
        tabs.addTab(self.answers, self.tr("Answers"))
        tabs.addTab(notes, self.tr("Comment and consent"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _paused_session(self):
        for session in reversed(self.store.sessions_of(self.student_id)):
            if session.status in ("active", "paused"):
                return session
        return None

    def refresh(self) -> None:
        self.summary.setHtml(self.summary_html())
        self._fill_answers()
        consents = self.store.consents(self.student_id)
        self.consent_list.setText("<br>".join(
            e(f"{day_text(c['given_on'])} — {c['given_by']}"
              + (f" ({c['form']})" if c["form"] else ""))
            for c in consents) or self.tr("No consent recorded yet."))
        self.resume_button.setEnabled(self._paused_session() is not None)

    def summary_html(self) -> str:
        student = self.store.student(self.student_id)
        out = [f"<h2>{e(student.display_name)}</h2><p>{e(student.class_name)}, "
               + e(self.tr("grade %1").replace("%1", str(student.grade))) + "</p>"]
        latest = q.student_latest(self.store, self.student_id)
        if latest is None:
            out.append("<p>" + e(self.tr("No finished questionnaire yet.")) + "</p>")
            return "".join(out)
        riasec = latest.scores.get("riasec")
        names = {c: t.name.get(self.lang) for c, t in self.atlas.interest_types("riasec").items()}
        names |= {c: t.name.get(self.lang) for c, t in self.atlas.interest_types("klimov").items()}
        flags = self.flag_names()
        if riasec:
            percents = ", ".join(f"{names[k]} {riasec['percentages'][k]:.0f}%" for k in "RIASEC")
            label = self.tr("Holland code")
            out.append(f"<p><b>{e(label)}: {e(riasec['code'])}</b> ({e(percents)})</p>")
            if riasec["flags"]:
                label = self.tr("Flags")
                shown = ", ".join(flags.get(f, f) for f in riasec["flags"])
                out.append(f"<p><b>{e(label)}:</b> {e(shown)}</p>")
        ddo = latest.scores.get("ddo")
        if ddo:
            counts = ", ".join(f"{names[k]} {ddo['counts'][k]}/8" for k in
                               ("nature", "technology", "people", "signs", "art"))
            label = self.tr("DDO")
            out.append(f"<p><b>{e(label)}:</b> {e(counts)}</p>")
        if latest.recommendations_json:
            rec = Recommendations.from_json(latest.recommendations_json)
            items = "".join(f"<li>{e(m.name.get(self.lang))}</li>" for m in rec.professions)
            label = self.tr("Recommended professions")
            out.append(f"<h3>{e(label)}</h3><ol>{items}</ol>")
        return "".join(out)

    def flag_names(self) -> dict[str, str]:
        return {"flat": self.tr("flat profile"), "mostly_unsure": self.tr("mostly unsure"),
                "too_fast": self.tr("too fast"), "incomplete": self.tr("incomplete"),
                "inconsistent": self.tr("inconsistent halves")}

    def item_texts(self) -> dict[str, str]:
        """Every item's words in the room's language: RIASEC statements, DDO pairs."""
        texts = {item.id: item.text.get(self.lang) for item in self.atlas.riasec_items()}
        for item in self.atlas.ddo_items():
            texts[item.id] = f"a) {item.a_text.get(self.lang)} / b) {item.b_text.get(self.lang)}"
        return texts

    def _fill_answers(self) -> None:
        rows = []
        texts = self.item_texts()
        for session in self.store.sessions_of(self.student_id):
            for answer in self.store.answers(session.id):
                rows.append((day_text(session.started_at), answer.item_id,
                             texts.get(answer.item_id, answer.item_id), answer.value,
                             answer.response_ms))
        table = self.answers
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Session"), self.tr("Item"), self.tr("Answer"),
                                         self.tr("Response time, s")])
        table.setRowCount(len(rows))
        for i, (date, item, words, value, ms) in enumerate(rows):
            shown = str(value + 1) if not item.startswith("ddo") else "ab"[value]
            cells = (date, words, shown, "" if ms is None else f"{ms / 1000:.1f}")
            for j, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(item if j == 1 else "")
                table.setItem(i, j, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _save_comment(self) -> None:
        self.store.set_comment(self.student_id, self.comment.toPlainText())
        self.store.audit("comment", str(self.student_id))

    def _add_consent(self) -> None:
        if not self.consent_by.text().strip():
            self.consent_by.setFocus()
            return
        self.store.record_consent(self.student_id,
                                  self.consent_date.date().toString("yyyy-MM-dd"),
                                  self.consent_by.text().strip(), self.consent_form.text().strip())
        self.store.audit("consent", str(self.student_id))
        self.consent_by.clear()
        self.consent_form.clear()
        self.refresh()

    def _resume(self) -> None:
        session = self._paused_session()
        if session is not None:
            self.resume_requested.emit(session.id)
            self.accept()
