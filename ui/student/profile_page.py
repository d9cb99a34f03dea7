"""Your profile: the RIASEC chart and Holland code with what the top types mean, the DDO chart
with its bands, and any quality note in kind words.

Charts are built only when this page is shown, so matplotlib is imported on the first chart and
the questionnaire never waits for it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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


class ProfilePage(StudentPage):
    next_requested = Signal()

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self._riasec: RiasecScores | None = None
        self._ddo: DdoScores | None = None
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
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.quality)
        body_layout.addLayout(self.riasec_slot)
        body_layout.addWidget(self.summary)
        body_layout.addLayout(self.ddo_slot)
        body_layout.addWidget(self.ddo_summary)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def show_result(self, riasec: RiasecScores | None, ddo: DdoScores | None,
                    language: str) -> None:
        self._riasec, self._ddo, self._language = riasec, ddo, language
        self._rebuild_charts()
        self.retranslate()

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
            chart = ChartWidget(lambda: riasec_profile_figure(
                riasec, texts.texts(), self._type_names("riasec")), "interest_profile", self)
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

    def _type_names(self, instrument: str) -> dict[str, str]:
        return {code: t.name.get(self._language)
                for code, t in self.atlas.interest_types(instrument).items()}

    def _clear_charts(self) -> None:
        for chart in self.charts:
            chart.setParent(None)
            chart.deleteLater()
        self.charts = []

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your profile"))
        self.next_button.setText(self.tr("See professions that fit you →"))
        self.summary.setText(self._summary_html())
        self.ddo_summary.setText(self._ddo_html())
        self.quality.setText(self._quality_text())

    def _summary_html(self) -> str:
        lang, e = self._language, html.escape
        parts: list[str] = []
        riasec = self._riasec
        if riasec is not None and not riasec.is_flat:
            types = self.atlas.interest_types("riasec")
            parts.append("<p style='font-size:16pt'>" + e(self.tr("Your Holland code:"))
                         + f" <b>{e(riasec.code)}</b></p>")
            for letter in riasec.code:
                t = types[letter]
                parts.append(f"<p><b>{letter} — {e(t.name.get(lang))}</b> "
                             f"({riasec.percentages[letter]:.0f}%): {e(t.summary.get(lang))} "
                             f"{e(t.enjoy.get(lang))}</p>")
            for tie in riasec.ties:
                parts.append("<p><i>" + e(self.tr("These types scored the same: %1. Their order "
                                                  "in the code is by convention.")
                                          .replace("%1", ", ".join(tie))) + "</i></p>")
        return "".join(parts)

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
        if "flat" in flags:
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
        self._clear_charts()
        self.summary.clear()
        self.ddo_summary.clear()
        self.quality.clear()
