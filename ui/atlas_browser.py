"""The atlas browser: the edition and its data status, a searchable profession list and a
detail pane. It follows the interface language at run time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from ui.about_data import AboutDataDialog
from ui.badges import SourceBrowser, kind_label
from ui.i18n import LanguageManager
from ui.profession_view import ProfessionView

PROFESSION_ROLE = Qt.ItemDataRole.UserRole


class AtlasBrowser(QWidget):
    back_requested = Signal()

    def __init__(self, atlas: Atlas, languages: LanguageManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.languages = languages
        self.profession_view = ProfessionView(self)
        self.setObjectName("AtlasBrowser")
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToStart")
        self.back_button.clicked.connect(self.back_requested)

        self.edition_label = QLabel()
        self.edition_label.setObjectName("editionLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("dataStatusLabel")
        self.status_label.setWordWrap(True)
        self.about_data_button = QPushButton()
        self.about_data_button.setObjectName("aboutDataButton")
        self.about_data_button.clicked.connect(self.show_about_data)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.result_list = QListWidget()
        self.result_list.setObjectName("professionList")
        self.result_list.setWordWrap(True)
        self.result_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail = SourceBrowser(atlas.source)
        self.detail.setObjectName("professionDetail")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.result_list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 660])

        layout = QVBoxLayout(self)
        top_row = QHBoxLayout()
        top_row.addWidget(self.back_button)
        top_row.addWidget(self.edition_label, 1)
        layout.addLayout(top_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.about_data_button)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)

        self.search_box.textChanged.connect(self.refresh_list)
        self.result_list.currentItemChanged.connect(self._show_current)
        languages.language_changed.connect(self._on_language_changed)
        self.retranslate()
        self.refresh_list()

    def show_about_data(self) -> AboutDataDialog:
        dialog = AboutDataDialog(self.atlas, self.languages.language, self)
        self.languages.language_changed.connect(dialog.set_language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = self.languages.language
        info = self.atlas.info()
        self.back_button.setText(self.tr("← Back to start"))
        self.about_data_button.setText(self.tr("About the data…"))
        self.search_box.setPlaceholderText(self.tr("Search professions…"))
        self.search_box.setAccessibleName(self.tr("Search professions"))
        self.result_list.setAccessibleName(self.tr("Professions"))
        self.edition_label.setText(
            "<b>" + info.title.get(lang) + "</b> — "
            + self.tr("edition %1 of %2").replace("%1", info.edition).replace("%2", info.date))
        counts = self.atlas.source_kind_counts()
        totals = {kind: sum(per_table[kind] for per_table in counts.values())
                  for kind in ("official", "press", "estimate", "sample")}
        parts = [f"{kind_label(kind)}: {n}" for kind, n in totals.items()]
        self.status_label.setText(self.tr("Data status (rows by kind of source): %1")
                                  .replace("%1", ", ".join(parts)))

    def _on_language_changed(self, _lang: str) -> None:
        self.retranslate()
        self.refresh_list()

    # --- list and detail -----------------------------------------------------------------
    def refresh_list(self) -> None:
        lang = self.languages.language
        current = self.current_profession_id()
        query = self.search_box.text().strip()
        summaries = {p.id: p for p in self.atlas.professions(lang)}
        if query:
            ids = [hit.ref_id for hit in self.atlas.search(query, kinds=("profession",))]
        else:
            ids = list(summaries)
        new_tag = self.tr("new")
        self.result_list.blockSignals(True)
        self.result_list.clear()
        for profession_id in ids:
            summary = summaries[profession_id]
            text = summary.name.get(lang)
            if summary.is_new:
                text += f"  ★ {new_tag}"
            item = QListWidgetItem(text)
            item.setData(PROFESSION_ROLE, profession_id)
            self.result_list.addItem(item)
            if profession_id == current:
                self.result_list.setCurrentItem(item)
        self.result_list.blockSignals(False)
        if self.result_list.currentItem() is None and self.result_list.count():
            self.result_list.setCurrentRow(0)
        else:
            self._show_current()
        if not ids:
            self.detail.setHtml("<p>" + self.tr("Nothing found. Try the first letters of a "
                                                "word, without Kazakh letters if you like.")
                                + "</p>")

    def current_profession_id(self) -> str | None:
        item = self.result_list.currentItem()
        return item.data(PROFESSION_ROLE) if item is not None else None

    def _show_current(self, *_args) -> None:
        profession_id = self.current_profession_id()
        if profession_id:
            self.detail.setHtml(self.profession_view.profession_html(
                self.atlas, profession_id, self.languages.language))

    def list_ids(self) -> list[str]:
        return [self.result_list.item(i).data(PROFESSION_ROLE)
                for i in range(self.result_list.count())]

    def list_texts(self) -> list[str]:
        return [self.result_list.item(i).text() for i in range(self.result_list.count())]
