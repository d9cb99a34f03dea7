"""Recommendations: professions with fit, demand, new-profession tag and source status; the chosen
one's pathways (specialities, colleges by reachability, with reasons) and "also consider".
Changing a filter re-ranks at once (the flow recomputes; the page only shows)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.atlas.models import District
from guidance.recommend_models import ProfessionMatch, Recommendations
from ui.badges import SourceBrowser, kind_label
from ui.student.context_fields import ContextFields
from ui.student.page import StudentPage
from ui.student.reasons import ReasonTexts, kind_badge

ID_ROLE = Qt.ItemDataRole.UserRole
e = html.escape


class RecommendationsPage(StudentPage):
    context_changed = Signal(object)  # StudentContext
    back_requested = Signal()
    finish_requested = Signal()

    def __init__(self, atlas: Atlas, districts: list[District], parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.reasons = ReasonTexts(self)
        self._result: Recommendations | None = None
        self._language = "kk"
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setObjectName("recommendationStatus")
        self.status.setWordWrap(True)
        self.fields = ContextFields(districts, self)
        self.fields.changed.connect(lambda: self.context_changed.emit(self.fields.context()))
        self.list = QListWidget()
        self.list.setObjectName("recommendationList")
        self.list.setWordWrap(True)
        self.also_label = QLabel()
        self.also_list = QListWidget()
        self.also_list.setObjectName("alsoConsiderList")
        self.also_list.setWordWrap(True)
        self.detail = SourceBrowser(atlas.source)
        self.detail.setObjectName("recommendationDetail")
        for widget in (self.list, self.also_list):
            widget.currentItemChanged.connect(self._show_selected)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setProperty("big", True)
        self.finish_button.clicked.connect(self.finish_requested)

        filters = QGridLayout()
        grade, district, language, dormitory, distance = self.fields.widgets()
        filters.addWidget(grade, 0, 0)
        filters.addWidget(district, 0, 1)
        filters.addWidget(language, 0, 2)
        filters.addWidget(distance, 1, 1, 1, 2)
        filters.addWidget(dormitory, 1, 0)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(2, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 3)
        left_layout.addWidget(self.also_label)
        left_layout.addWidget(self.also_list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 620])
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # --- showing -------------------------------------------------------------------------
    def show_recommendations(self, result: Recommendations, language: str) -> None:
        self._result, self._language = result, language
        self.fields.set_context(result.context)
        self.retranslate()

    def set_language(self, language: str) -> None:
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Professions that fit you"))
        self.also_label.setText(self.tr("Also consider — needed in the region:"))
        self.back_button.setText(self.tr("← Your profile"))
        self.finish_button.setText(self.tr("&Finish"))
        self.fields.retranslate(self._language)
        self._fill_lists()

    def _item_text(self, match: ProfessionMatch, rank: int | None) -> str:
        parts = [match.name.get(self._language)]
        if match.interest_fit is not None:
            parts.append(self.tr("fit %1%").replace("%1", f"{match.interest_fit * 100:.0f}"))
        if match.demand_jobs:
            parts.append(self.tr("%1 new jobs").replace("%1", str(match.demand_jobs))
                         + f" ({kind_label(match.demand_source_kind or '')})")
        if match.is_new:
            parts.append("★ " + self.tr("new"))
        prefix = f"{rank}. " if rank else ""
        return prefix + " · ".join(parts)

    def _fill_lists(self) -> None:
        result = self._result
        current = self.selected_id()
        for widget in (self.list, self.also_list):
            widget.blockSignals(True)
            widget.clear()
        if result is None:
            self.status.clear()
            self.detail.clear()
            return
        if result.status == "flat_profile":
            self.status.setText(self.tr(
                "Your answers do not point to one kind of work yet, so we do not rank "
                "professions by interest. Talk it through with your counsellor. Meanwhile, "
                "these professions are much needed in the region:"))
        else:
            self.status.setText(self.tr("Your code %1. Choose a profession to see where to "
                                        "study it.").replace("%1", result.person_code))
        for rank, match in enumerate(result.professions, start=1):
            self._add(self.list, match, rank)
        for match in result.also_consider:
            self._add(self.also_list, match, None)
        for widget in (self.list, self.also_list):
            widget.blockSignals(False)
        target = self._find(current) or (self.list.item(0) if self.list.count() else
                                         self.also_list.item(0))
        if target is not None:
            target.listWidget().setCurrentItem(target)
        self._show_selected()

    def _add(self, widget: QListWidget, match: ProfessionMatch, rank: int | None) -> None:
        item = QListWidgetItem(self._item_text(match, rank))
        item.setData(ID_ROLE, match.profession_id)
        widget.addItem(item)

    def _find(self, profession_id: str | None) -> QListWidgetItem | None:
        for widget in (self.list, self.also_list):
            for i in range(widget.count()):
                if widget.item(i).data(ID_ROLE) == profession_id:
                    return widget.item(i)
        return None

    def selected_id(self) -> str | None:
        for widget in (self.list, self.also_list):
            item = widget.currentItem()
            if item is not None and widget.hasFocus():
                return item.data(ID_ROLE)
        item = self.list.currentItem() or self.also_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show_selected(self, *_args) -> None:
        sender = self.sender()
        if isinstance(sender, QListWidget) and sender.currentItem() is not None:
            other = self.also_list if sender is self.list else self.list
            other.blockSignals(True)
            other.setCurrentItem(None)
            other.blockSignals(False)
        profession_id = self.selected_id()
        match = self._match(profession_id)
        self.detail.setHtml(self.match_html(match) if match else "")

    def _match(self, profession_id: str | None) -> ProfessionMatch | None:
        if self._result is None:
            return None
        for match in self._result.professions + self._result.also_consider:
            if match.profession_id == profession_id:
                return match
        return None

    def match_html(self, match: ProfessionMatch) -> str:
        lang = self._language
        out = [f"<h2>{e(match.name.get(lang))}</h2><ul>"]
        out += [f"<li>{self.reasons.reason_html(r, lang)}</li>" for r in match.reasons]
        out.append("</ul><h3>" + e(self.tr("Where to study")) + "</h3>")
        for pathway in match.pathways:
            out.append(f"<p><b>{pathway.speciality_code} {e(pathway.speciality_name.get(lang))}"
                       f"</b>{kind_badge(pathway.source_kind)}</p>")
            open_ = [o for o in pathway.colleges if o.available]
            closed = [o for o in pathway.colleges if not o.available]
            if open_:
                out.append("<ol>")
                for option in open_:
                    reasons = "; ".join(self.reasons.reason_html(r, lang) for r in option.reasons
                                        if r.code != "taught_in")
                    out.append(f"<li><b>{e(option.name.get(lang))}</b>, "
                               f"{e(option.town.get(lang))} — {reasons}</li>")
                out.append("</ol>")
            else:
                out.append("<p><i>" + e(self.tr("No group of this speciality is open to you."))
                           + "</i></p>")
            if closed:
                items = "; ".join(self._closed_text(option) for option in closed)
                out.append("<p style='color:#555555;'>" + e(self.tr("Not open to you:")) + " "
                           + items + "</p>")
        return "".join(out)

    def _closed_text(self, option) -> str:
        why = ", ".join(self.reasons.blocker_text(b) for b in option.blockers)
        return f"{e(option.name.get(self._language))} ({e(why)})"

    def reset(self) -> None:
        self._result = None
        self.fields.clear()
        self._fill_lists()
