"""The atlas explorer: one search over professions, specialities, colleges and employers, browse
by industry and by district, linked cards with back/forward history, and the regional
overview with charts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.atlas import explore as ex
from ui.badges import SourceBrowser, kind_label
from ui.dates import shown_date
from ui.explorer.cards import CardRenderer
from ui.explorer.charts_panel import CardChart, OverviewPanel
from ui.i18n import LanguageManager

REF_ROLE = Qt.ItemDataRole.UserRole
KINDS = ("profession", "speciality", "college", "enterprise")
PER_KIND = 40


class Explorer(QWidget):
    back_requested = Signal()

    def __init__(self, atlas: Atlas, languages: LanguageManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Explorer")
        self.atlas, self.languages = atlas, languages
        self.cards = CardRenderer(atlas, self)
        self.history: list[tuple[str, str]] = []
        self.position = -1
        self._back_to_results = False
        self.home_button = QPushButton()
        self.home_button.setObjectName("backToStart")
        self.home_button.clicked.connect(self.back_requested)
        self.back_button = QPushButton("◀")
        self.back_button.setObjectName("historyBack")
        self.back_button.clicked.connect(self.go_back)
        self.forward_button = QPushButton("▶")
        self.forward_button.setObjectName("historyForward")
        self.forward_button.clicked.connect(self.go_forward)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.overview_button = QPushButton()
        self.overview_button.setObjectName("overviewButton")
        self.overview_button.clicked.connect(lambda: self.open_card("overview", "region"))
        self.about_data_button = QPushButton()
        self.about_data_button.setObjectName("aboutDataButton")
        self.about_data_button.clicked.connect(self.show_about_data)
        self.status_label = QLabel()
        self.status_label.setObjectName("dataStatusLabel")
        self.status_label.setWordWrap(True)
        self.search_hint = QLabel()  # "nothing found": wrapped, never cut like a tree row
        self.search_hint.setObjectName("searchHint")
        self.search_hint.setWordWrap(True)
        self.search_hint.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("explorerTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._open_item)
        self.tree.itemClicked.connect(self._open_item)
        self.card = SourceBrowser(atlas.source)
        self.card.setObjectName("explorerCard")
        self.card.link_activated.connect(self.open_card)
        self.card_chart = CardChart(atlas, languages, self)
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setWidget(self.card_chart)
        card_page = QSplitter(Qt.Orientation.Vertical)
        card_page.addWidget(self.card)
        card_page.addWidget(self.chart_scroll)
        card_page.setSizes([360, 300])
        self.overview = OverviewPanel(atlas, languages, self)
        self.pages = QStackedWidget()
        self.pages.addWidget(card_page)
        self.pages.addWidget(self.overview)

        top = QHBoxLayout()
        for widget in (self.home_button, self.back_button, self.forward_button):
            top.addWidget(widget)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.overview_button)
        top.addWidget(self.about_data_button)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 690])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_hint)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Back, self, self.go_back)
        QShortcut(QKeySequence.StandardKey.Forward, self, self.go_forward)
        self.search_box.textChanged.connect(self.refresh_tree)
        languages.language_changed.connect(self._on_language_changed)
        self.retranslate()
        self.refresh_tree()
        self._update_history_buttons()

    # --- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # The edition read once: an explorer left over after its atlas closed (a restart onto
        # a new edition) must not fail on a late language change.
        info = self._info = getattr(self, "_info", None) or self.atlas.info()
        self.home_button.setText(self.tr("← Back to my professions") if self._back_to_results
                                 else self.tr("← Back to start"))
        self.back_button.setToolTip(self.tr("Back (Alt+←)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.forward_button.setToolTip(self.tr("Forward (Alt+→)"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self.search_box.setPlaceholderText(self.tr(
            "Search professions, specialities, colleges, employers…"))
        self.search_box.setAccessibleName(self.tr("Search the atlas"))
        self.overview_button.setText(self.tr("Regional overview"))
        self.about_data_button.setText(self.tr("About the data…"))
        counts = self.atlas.source_kind_counts()
        totals = {k: sum(t[k] for t in counts.values())
                  for k in ("official", "press", "estimate", "sample")}
        self.status_label.setText(
            info.title.get(self.languages.language) + " — "
            + self.tr("edition %1 of %2").replace("%1", info.edition)
            .replace("%2", shown_date(info.date))
            + ". " + self.tr("Data status (rows by kind of source): %1").replace(
                "%1", ", ".join(f"{kind_label(k)}: {n}" for k, n in totals.items())))

    def set_return_to_results(self, to_results: bool) -> None:
        """Opened from a student's recommendations: the way back says so and leads there."""
        self._back_to_results = to_results
        self.retranslate()

    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate()
        self.refresh_tree()
        self._render()

    # --- navigation tree -----------------------------------------------------------------
    def group_titles(self) -> dict[str, str]:
        return {"profession": self.tr("Professions"), "speciality": self.tr("Specialities"),
                "college": self.tr("Colleges"), "enterprise": self.tr("Employers")}

    def _leaf(self, parent, kind: str, ref: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        item.setData(0, REF_ROLE, (kind, ref))
        return item

    def refresh_tree(self) -> None:
        self.tree.clear()
        self.search_hint.hide()
        query = self.search_box.text().strip()
        if query:
            self._fill_search(query)
        else:
            self._fill_browse()

    def _fill_search(self, query: str) -> None:
        lang = self.languages.language
        groups = {kind: self.atlas.search(query, kinds=(kind,), limit=PER_KIND) for kind in KINDS}
        titles = self.group_titles()
        # Smaller groups first: a place name finds a few colleges and employers and many
        # professions that merely mention it; the few are what the user is after.
        for kind in sorted(KINDS, key=lambda k: (len(groups[k]), KINDS.index(k))):
            if not groups[kind]:
                continue
            group = QTreeWidgetItem(self.tree, [f"{titles[kind]} ({len(groups[kind])})"])
            group.setData(0, REF_ROLE, None)
            for hit in groups[kind]:
                label = hit.name.get(lang)
                if kind == "speciality":
                    label = f"{hit.ref_id} {label}"
                self._leaf(group, kind, hit.ref_id, label)
            group.setExpanded(True)
        if not self.tree.topLevelItemCount():
            self.search_hint.setText(self.tr(
                "Nothing found for «%1». Try a shorter part of the word or another name for "
                "it; Kazakh without its special letters, Latin letters and small typos are "
                "fine.").replace("%1", query))
            self.search_hint.show()

    def _fill_browse(self) -> None:
        lang = self.languages.language
        by_industry = QTreeWidgetItem(self.tree, [self.tr("By industry")])
        for industry in self.atlas.industries():
            node = QTreeWidgetItem(by_industry, [industry.name.get(lang)])
            node.setToolTip(0, industry.name.get(lang))
            for p in self.atlas.professions(lang, industry.id):
                self._leaf(node, "profession", p.id, p.name.get(lang))
            for x in ex.enterprises(self.atlas, industry_id=industry.id):
                self._leaf(node, "enterprise", x.id, "⚙ " + x.name.get(lang))
        by_district = QTreeWidgetItem(self.tree, [self.tr("By district")])
        for district in self.atlas.districts():
            node = QTreeWidgetItem(by_district, [district.name.get(lang)])
            for c in ex.colleges_in(self.atlas, district.id):
                self._leaf(node, "college", c.id, "⌂ " + c.name.get(lang))
            for x in ex.enterprises(self.atlas, district_id=district.id):
                self._leaf(node, "enterprise", x.id, "⚙ " + x.name.get(lang))
        by_industry.setExpanded(True)
        by_district.setExpanded(True)

    def result_groups(self) -> dict[str, list[str]]:
        """Search results as {kind: [ref ids]} (what the tree shows)."""
        found: dict[str, list[str]] = {}
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                data = group.child(j).data(0, REF_ROLE)
                if data:
                    found.setdefault(data[0], []).append(data[1])
        return found

    def list_texts(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, REF_ROLE)
        if data:
            self.open_card(*data)

    # --- cards and history ---------------------------------------------------------------
    def open_card(self, kind: str, ref: str) -> None:
        if self.position >= 0 and self.history[self.position] == (kind, ref):
            return
        del self.history[self.position + 1:]
        self.history.append((kind, ref))
        self.position = len(self.history) - 1
        self._render()

    def current(self) -> tuple[str, str] | None:
        return self.history[self.position] if self.position >= 0 else None

    def go_back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._render()

    def go_forward(self) -> None:
        if self.position < len(self.history) - 1:
            self.position += 1
            self._render()

    def _update_history_buttons(self) -> None:
        self.back_button.setEnabled(self.position > 0)
        self.forward_button.setEnabled(self.position < len(self.history) - 1)

    def _render(self) -> None:
        self._update_history_buttons()
        current = self.current()
        if current is None:
            return
        kind, ref = current
        if kind == "overview":
            self.pages.setCurrentWidget(self.overview)
            self.overview.show_charts()
            return
        self.pages.setCurrentIndex(0)
        self.card.setHtml(self.cards.html(kind, ref, self.languages.language))
        self._show_chart(kind, ref)

    def _show_chart(self, kind: str, ref: str) -> None:
        """The card's chart below it; a card without one (an employer) gets the whole pane
        rather than an empty box."""
        self.card_chart.show_for(kind, ref)
        self.chart_scroll.setVisible(not self.card_chart.isHidden())

    def card_text(self) -> str:
        return self.card.toPlainText()

    def show_about_data(self):
        from ui.about_data import AboutDataDialog

        dialog = AboutDataDialog(self.atlas, self.languages.language, self)
        self.languages.language_changed.connect(dialog.set_language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def reset(self) -> None:
        """Back to a fresh explorer (the shared PC's next user sees no one's browsing)."""
        self.search_box.clear()
        self.history.clear()
        self.position = -1
        self.card.clear()
        self._show_chart("", "")
        self._update_history_buttons()
