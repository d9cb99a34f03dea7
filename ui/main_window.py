"""The first window: the atlas edition and its data status, a searchable profession list and a
detail pane, with the interface language switchable from the menu at any time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from ui.about_data import AboutDataDialog
from ui.badges import SourceBrowser, kind_label
from ui.i18n import LANGUAGE_NAMES, LanguageManager
from ui.profession_view import ProfessionView

PROFESSION_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    painted = Signal()

    def __init__(self, atlas: Atlas, languages: LanguageManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.languages = languages
        self._painted_once = False
        self.profession_view = ProfessionView(self)
        self.setObjectName("MainWindow")
        self.resize(1024, 720)

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

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.edition_label)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.about_data_button)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.search_box.textChanged.connect(self.refresh_list)
        self.result_list.currentItemChanged.connect(self._show_current)
        languages.language_changed.connect(self._on_language_changed)
        self.retranslate()
        self.refresh_list()

    # --- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.language_menu = self.menuBar().addMenu("")
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _=False, c=code: self.languages.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.help_menu = self.menuBar().addMenu("")
        self.about_data_action = QAction(self)
        self.about_data_action.setObjectName("aboutDataAction")
        self.about_data_action.triggered.connect(self.show_about_data)
        self.help_menu.addAction(self.about_data_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._show_about)
        self.help_menu.addAction(self.about_action)

    def show_about_data(self) -> AboutDataDialog:
        dialog = AboutDataDialog(self.atlas, self.languages.language, self)
        self.languages.language_changed.connect(dialog.set_language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from guidance import __version__

        QMessageBox.about(self, self.tr("About Bagdar"), self.tr(
            "Bagdar %1 — offline career guidance for the schools of the Zhambyl region."
        ).replace("%1", __version__))

    # --- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = self.languages.language
        info = self.atlas.info()
        self.setWindowTitle(self.tr("Bagdar — atlas of professions"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("About Bagdar"))
        self.about_data_action.setText(self.tr("About the data…"))
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
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)

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

    # --- first paint (for --exit-after-start and start-up timing) ------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()
