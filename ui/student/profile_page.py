"""Your profile: the RIASEC chart and Holland code with what the top types mean, the DDO chart
with its bands, and any quality note in kind words.

Charts are built only when this page is shown, so matplotlib is imported on the first chart and
the questionnaire never waits for it.

A flat profile (every type about the same) gets its own screen: a plain title, what to do next
(talk to the counsellor, explore the professions) and no highlighted code. When types tie at
the top, the page names them and the chart highlights them alike. The mouse wheel over a chart
scrolls the page (the chart canvas would otherwise swallow it).
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.scoring import DdoScores, RiasecScores
from ui.student.page import StudentPage


def top_tie(riasec: RiasecScores, tied_types=()) -> str:
    """The letters tied for first place ("" if one type leads). ``tied_types`` is what the
    recommender reports (letters or groups of letters); the scorer's ties are the fallback."""
    top = riasec.ranking[0] if riasec.ranking else ""
    for group in (*tied_types, *riasec.ties):
        if top and top in group and len(group) > 1:
            return "".join(group)
    letters = "".join(t for t in tied_types if len(t) == 1)
    return letters if len(letters) > 1 else ""


class ProfilePage(StudentPage):
    next_requested = Signal()
    explore_requested = Signal()

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self._riasec: RiasecScores | None = None
        self._ddo: DdoScores | None = None
        self._tie = ""
        self._language = "kk"
        self.charts: list[QWidget] = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("profileSummary")
        self.summary.setWordWrap(True)
        self.ddo_summary = QLabel()
        self.ddo_summary.setObjectName("ddoSummary")
        self.ddo_summary.setWordWrap(True)
        self.quality = QLabel()
        self.quality.setObjectName("qualityNote")
        self.quality.setWordWrap(True)
        self.riasec_slot = QVBoxLayout()
        self.ddo_slot = QVBoxLayout()
        self.next_button = QPushButton()
        self.next_button.setObjectName("toRecommendations")
        self.next_button.setProperty("big", True)
        self.next_button.clicked.connect(self.next_requested)
        self.explore_button = QPushButton()
        self.explore_button.setObjectName("profileExplore")
        self.explore_button.clicked.connect(self.explore_requested)
        self.explore_button.hide()
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.quality)
        body_layout.addLayout(self.riasec_slot)
        body_layout.addWidget(self.summary)
        body_layout.addLayout(self.ddo_slot)
        body_layout.addWidget(self.ddo_summary)
        body_layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.explore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_result(self, riasec: RiasecScores | None, ddo: DdoScores | None,
                    language: str, tied_types=()) -> None:
        self._riasec, self._ddo, self._language = riasec, ddo, language
        self._tie = top_tie(riasec, tied_types) if riasec is not None else ""
        self._rebuild_charts()
        self.retranslate()
        self.scroll.verticalScrollBar().setValue(0)

    @property
    def is_flat(self) -> bool:
        return self._riasec is not None and self._riasec.is_flat

    @property
    def is_unsure(self) -> bool:
        """Mostly "unsure" answers but a code: a first picture, said so, with next steps."""
        return self._riasec is not None and not self._riasec.is_flat and \
            "mostly_unsure" in self._riasec.flags

    @staticmethod
    def chart_scores(riasec: RiasecScores, tie: str) -> RiasecScores:
        """What the chart highlights: nothing for a flat profile (no code is clear), and every
        type of a tie at the top alike."""
        if riasec.is_flat:
            return replace(riasec, code="")
        # a letter chosen among equals (tied with a type left out of the code) is not
        # highlighted: the chart must not prefer one of two equal types
        outside = {riasec.percentages[t] for t in riasec.ranking if t not in riasec.code}
        kept = "".join(t for t in riasec.code if riasec.percentages[t] not in outside)
        if tie:
            kept = tie + "".join(t for t in kept if t not in tie)
        return replace(riasec, code=kept)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        QApplication.instance().installEventFilter(self)
        self.next_button.setFocus()  # the next action, right after the last answer

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        QApplication.instance().removeEventFilter(self)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """A wheel turned over a chart scrolls the page instead of vanishing in the canvas."""
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and any(
                chart is watched or chart.isAncestorOf(watched) for chart in self.charts):
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        return False

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()
        for chart in self.charts:
            chart.redraw()

    def _rebuild_charts(self) -> None:
        from guidance.charts import ddo_figure, riasec_profile_figure
        from ui.chart_texts import ChartTexts
        from ui.chart_widget import ChartWidget

        self._clear_charts()
        texts = ChartTexts(self)
        riasec, ddo = self._riasec, self._ddo
        if riasec is not None:
            shown, tie = self.chart_scores(riasec, self._tie), self._tie
            chart = ChartWidget(lambda: riasec_profile_figure(
                shown, self._chart_texts(texts, riasec.is_flat, tie),
                self._type_names("riasec")), "interest_profile", self)
            chart.setObjectName("riasecChart")
            self.riasec_slot.addWidget(chart)
            self.charts.append(chart)
        if ddo is not None:
            chart = ChartWidget(lambda: ddo_figure(ddo, texts.texts(), self._type_names("klimov")),
                                "types_of_work", self)
            chart.setObjectName("ddoChart")
            self.ddo_slot.addWidget(chart)
            self.charts.append(chart)
        for chart in self.charts:
            chart.setMinimumHeight(360)

    def _chart_texts(self, texts, flat: bool, tie: str) -> dict[str, str]:
        words = texts.texts()
        if flat:  # the chart's note names no code: none is clear
            words["Your Holland code: {code}"] = self.tr("No type stands out yet")
        elif tie:
            words["Your Holland code: {code}"] = self.tr("Equally strong: %1").replace(
                "%1", " = ".join(tie))
        return words

    def _type_names(self, instrument: str) -> dict[str, str]:
        return {code: t.name.get(self._language)
                for code, t in self.atlas.interest_types(instrument).items()}

    def _clear_charts(self) -> None:
        for chart in self.charts:
            chart.setParent(None)
            chart.deleteLater()
        self.charts = []

    def retranslate(self) -> None:
        self.explore_button.setText(self.tr("&Explore professions"))
        self.explore_button.setVisible(self.is_flat)
        if self.is_flat:
            self.title.setText(self.tr("Your answers do not point to one direction yet"))
            self.next_button.setText(self.tr("See the jobs our region needs →"))
        else:
            self.title.setText(self.tr("Your profile — a first picture") if self.is_unsure
                               else self.tr("Your profile"))
            self.next_button.setText(self.tr("See professions that fit you →"))
        self.summary.setText(self._summary_html())
        self.ddo_summary.setText(self._ddo_html())
        self.quality.setText(self._quality_text())

    def _summary_html(self) -> str:
        lang, e = self._language, html.escape
        parts: list[str] = []
        riasec = self._riasec
        if riasec is not None and riasec.is_flat:
            return self._flat_html()
        if riasec is not None:
            types = self.atlas.interest_types("riasec")
            if self._tie:
                names = [types[t].name.get(lang) for t in self._tie]
                parts.append("<p style='font-size:x-large'>" + e(self.tr(
                    "Your strongest interests are equally strong: %1. Neither comes first, "
                    "and the professions of each of them are listed.").replace(
                    "%1", ", ".join(names))) + "</p>")
            else:
                parts.append("<p style='font-size:x-large'>" + e(self.tr("Your Holland code:"))
                             + f" <b>{e(riasec.code)}</b></p>")
            for letter in riasec.code:
                t = types[letter]
                parts.append(f"<p><b>{letter} — {e(t.name.get(lang))}</b> "
                             f"({riasec.percentages[letter]:.0f}%): {e(t.summary.get(lang))} "
                             f"{e(t.enjoy.get(lang))}</p>")
            for tie in riasec.ties:
                if tie == self._tie:
                    continue
                parts.append("<p><i>" + e(self.tr("These types scored the same: %1. Their order "
                                                  "in the code is by convention.")
                                          .replace("%1", ", ".join(tie))) + "</i></p>")
            if self.is_unsure:
                parts.append(self._next_steps_html())
        return "".join(parts)

    def _next_steps_html(self) -> str:
        e = html.escape
        steps = [self.tr("Talk with your counsellor: together you can find out what you enjoy "
                         "and what you are good at."),
                 self.tr("Explore the professions of our region: read what people do at work "
                         "and where to study for it."),
                 self.tr("Look at the jobs our region needs most (next screen)."),
                 self.tr("You can take the questionnaire again later — interests become "
                         "clearer with time.")]
        return ("<p><b>" + e(self.tr("What you can do next:")) + "</b></p><ul>"
                + "".join(f"<li>{e(step)}</li>" for step in steps) + "</ul>")

    def _flat_html(self) -> str:
        return ("<p style='font-size:large'>" + html.escape(self.tr(
            "All your interests came out about the same. That is normal at your age: it "
            "means no kind of work stands out for you yet, not that something is wrong."))
            + "</p>" + self._next_steps_html())

    def _ddo_html(self) -> str:
        lang, e = self._language, html.escape
        parts: list[str] = []
        if self._ddo is not None and self._ddo.leading:
            klimov = self.atlas.interest_types("klimov")
            bands = {"none": self.tr("no interest"), "moderate": self.tr("moderate interest"),
                     "pronounced": self.tr("pronounced interest")}
            for code in self._ddo.leading:
                t = klimov[code]
                parts.append(f"<p><b>{e(t.name.get(lang))}</b> — {self._ddo.counts[code]}/8, "
                             f"{e(bands[self._ddo.bands[code]])}. {e(t.summary.get(lang))}</p>")
        return "".join(parts)

    def _quality_text(self) -> str:
        flags = set(self._riasec.flags if self._riasec else ()) | \
            set(self._ddo.flags if self._ddo else ())
        notes = []
        if "flat" in flags and not self.is_flat:  # the flat screen says it already
            notes.append(self.tr("Your answers were very similar to each other, so they do not "
                                 "point to one kind of work yet. That is fine — talk it through "
                                 "with your counsellor."))
        if "mostly_unsure" in flags:
            notes.append(self.tr("You often chose “unsure”. Your counsellor can help you find "
                                 "out more about the activities you were not sure about."))
        if "too_fast" in flags:
            notes.append(self.tr("You answered very quickly. If you like, take the questionnaire "
                                 "again another time, thinking about each activity."))
        if "inconsistent" in flags:
            notes.append(self.tr("Some of your choices in the second part differed from the "
                                 "first part. Your counsellor can talk them through with you."))
        if "incomplete" in flags:
            notes.append(self.tr("Some questions were left without an answer, so the picture "
                                 "is not complete."))
        return "\n\n".join(notes)

    def reset(self) -> None:
        self._riasec = self._ddo = None
        self._tie = ""
        self.explore_button.hide()
        self._clear_charts()
        self.summary.clear()
        self.ddo_summary.clear()
        self.quality.clear()
