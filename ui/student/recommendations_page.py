"""Recommendations, honestly split: "Fits you" holds only professions above the fit threshold
(fewer than ten when fewer fit — never padded), "Worth a look" the weaker matches listed for a
stated reason (needed in the region, taught near you). A flat profile gets "Jobs our region
needs" instead, with no fit at all. The chosen profession's card (``MatchCard``) says what the
work is, what put it on the list, how to get there and what to do next, and links to its
explorer card. Changing a filter re-ranks at once (the flow recomputes; the page only shows).
"""

from __future__ import annotations

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
from ui.badges import SourceBrowser
from ui.student.context_fields import ContextFields
from ui.student.match_card import MatchCard
from ui.student.page import StudentPage

ID_ROLE = Qt.ItemDataRole.UserRole


class RecommendationsPage(StudentPage):
    context_changed = Signal(object)  # StudentContext
    back_requested = Signal()
    finish_requested = Signal()
    explorer_requested = Signal(str, str)  # kind, id

    def __init__(self, atlas: Atlas, districts: list[District], parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.card = MatchCard(atlas, self)
        self._result: Recommendations | None = None
        self._language = "kk"
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("recommendationStatus")
        self.status.setWordWrap(True)
        self.fields = ContextFields(districts, self)
        self.fields.changed.connect(lambda: self.context_changed.emit(self.fields.context()))
        self.fit_label = QLabel()
        self.fit_label.setObjectName("fitsLabel")
        self.fit_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recommendationList")
        self.list.setWordWrap(True)
        self.also_label = QLabel()
        self.also_label.setObjectName("alsoLabel")
        self.also_label.setWordWrap(True)
        self.also_list = QListWidget()
        self.also_list.setObjectName("alsoConsiderList")
        self.also_list.setWordWrap(True)
        self.detail = SourceBrowser(atlas.source)
        self.detail.setObjectName("recommendationDetail")
        self.detail.link_activated.connect(self.explorer_requested)
        for widget in (self.list, self.also_list):
            widget.currentItemChanged.connect(self._show_selected)
        self.explore_button = QPushButton()
        self.explore_button.setObjectName("openInExplorer")
        self.explore_button.clicked.connect(self._explore_selected)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setProperty("big", True)
        self.finish_button.clicked.connect(self.finish_requested)

        filters = QGridLayout()
        grade, district, language, dormitory, distance = self.fields.widgets()
        filters.addWidget(grade, 0, 0)  # two rows: at A+ one row would not fit 1024 px
        filters.addWidget(district, 0, 1)
        filters.addWidget(language, 0, 2)
        filters.addWidget(dormitory, 1, 0, 1, 2)
        filters.addWidget(distance, 1, 2)
        for column in (1, 2):
            filters.setColumnStretch(column, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.fit_label)
        left_layout.addWidget(self.list, 3)
        left_layout.addWidget(self.also_label)
        left_layout.addWidget(self.also_list, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.explore_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 640])
        splitter.setChildrenCollapsible(False)
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

    @property
    def is_flat(self) -> bool:
        return self._result is not None and self._result.status == "flat_profile"

    def retranslate(self) -> None:
        if self.is_flat:
            self.title.setText(self.tr("Jobs our region needs"))
        else:
            self.title.setText(self.tr("Professions that fit you"))
        self.back_button.setText(self.tr("← Your profile"))
        self.finish_button.setText(self.tr("&Finish"))
        self.explore_button.setText(self.tr("More about this profession →"))
        self.fields.retranslate(self._language)
        self._fill_lists()

    def _item_text(self, match: ProfessionMatch, rank: int | None) -> str:
        parts = [match.name.get(self._language)]
        if getattr(match, "band", "fit") == "worth_a_look":
            if not self.is_flat:
                parts.append(self.card.worth_a_look_reason(match))
        elif match.interest_fit is not None:
            parts.append(self.tr("fit %1%").replace("%1", f"{match.interest_fit * 100:.0f}"))
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
            self.fit_label.clear()
            self.also_label.clear()
            self.detail.clear()
            for widget in (self.list, self.also_list):
                widget.blockSignals(False)
            return
        self._set_headings(result)
        for rank, match in enumerate(result.professions, start=1):
            self._add(self.list, match, rank)
        for match in result.also_consider:
            self._add(self.also_list, match, None)
        self.list.setVisible(self.list.count() > 0)
        self.also_list.setVisible(self.also_list.count() > 0)
        self.also_label.setVisible(self.also_list.count() > 0)
        for widget in (self.list, self.also_list):
            widget.blockSignals(False)
        target = self._find(current) or (self.list.item(0) if self.list.count() else
                                         self.also_list.item(0))
        if target is not None:
            target.listWidget().setCurrentItem(target)
        self._show_selected()

    def _set_headings(self, result: Recommendations) -> None:
        fits = len(result.professions)
        if self.is_flat:
            self.status.setText(self.tr(
                "Your answers do not point to one kind of work yet, so these are not matched "
                "to you: they are jobs the region needs, from different fields. Talk them "
                "through with your counsellor."))
            self.fit_label.hide()
            self.also_label.setText(self.tr("Needed in the region:"))
            return
        self.fit_label.show()
        self.status.setText(self.tr("Choose a profession to see what the work is and where "
                                    "to study for it."))
        if fits:
            self.fit_label.setText(self.tr("Fits you (%n):", "", fits))
        else:
            self.fit_label.setText(self.tr(
                "No profession fits your answers clearly yet. Look at the ones worth a look "
                "below and talk them through with your counsellor."))
        self.also_label.setText(self.tr("Worth a look — a weaker fit, but needed in the region "
                                        "or taught near you:"))

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
        match = self._match(self.selected_id())
        self.explore_button.setEnabled(match is not None)
        if match is None:
            self.detail.clear()
            return
        grade = self._result.context.grade
        self.detail.setHtml(self.card.html(match, self._language, grade))

    def _explore_selected(self) -> None:
        profession_id = self.selected_id()
        if profession_id:
            self.explorer_requested.emit("profession", profession_id)

    def _match(self, profession_id: str | None) -> ProfessionMatch | None:
        if self._result is None:
            return None
        for match in self._result.professions + self._result.also_consider:
            if match.profession_id == profession_id:
                return match
        return None

    def match_html(self, match: ProfessionMatch) -> str:
        grade = self._result.context.grade if self._result else 9
        return self.card.html(match, self._language, grade)

    def reset(self) -> None:
        self._result = None
        self.fields.clear()
        self._fill_lists()
