""""About the data": how far each part of the atlas can be trusted, in plain words and numbers.

A counsellor showing the atlas to a class must be able to say which figures are official, which
come from the press and which are the Bagdar team's estimates. This dialog lists the edition,
the rows of every table by kind of source, and every source with its kind, publisher, date and
address.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guidance.atlas import Atlas
from guidance.atlas.schema import SOURCE_KINDS
from ui.badges import KIND_COLOURS, badge_tooltip, kind_explanation, kind_label


class AboutDataDialog(QDialog):
    def __init__(self, atlas: Atlas, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AboutDataDialog")
        self.atlas = atlas
        self.language = language
        self.resize(900, 620)
        self.summary = QLabel()
        self.summary.setObjectName("aboutDataSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.counts_table = QTableWidget()
        self.counts_table.setObjectName("sourceKindCounts")
        self.sources_table = QTableWidget()
        self.sources_table.setObjectName("sourcesTable")
        for table in (self.counts_table, self.sources_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.counts_table, "")
        self.tabs.addTab(self.sources_table, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def table_names(self) -> dict[str, str]:
        return {
            "sources": self.tr("Sources"), "districts": self.tr("Districts"),
            "enterprises": self.tr("Employers"), "professions": self.tr("Professions"),
            "specialities": self.tr("Specialities"), "qualifications": self.tr("Qualifications"),
            "colleges": self.tr("Colleges"),
            "college_specialities": self.tr("College groups and places"),
            "investment_projects": self.tr("Investment projects"),
            "demand": self.tr("Demand (new jobs)"),
            "graduate_employment": self.tr("Graduate employment"),
            "memoranda": self.tr("College–employer memoranda"),
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        info = self.atlas.info()
        self.setWindowTitle(self.tr("About the data"))
        self.tabs.setTabText(0, self.tr("Rows by kind of source"))
        self.tabs.setTabText(1, self.tr("Sources"))
        kinds = "".join(f"<li><b>{kind_label(k)}</b> — {kind_explanation(k)}</li>"
                        for k in SOURCE_KINDS)
        self.summary.setText(
            f"<h3>{info.title.get(self.language)}</h3>"
            + "<p>" + self.tr("Edition %1 of %2, built %3.").replace("%1", info.edition)
            .replace("%2", info.date).replace("%3", info.built_at[:10]) + "</p>"
            + "<p>" + self.tr(
                "The official regional atlas of new professions is not public. This edition "
                "combines the published regional figures (the 2025 press report: 37 investment "
                "projects, more than 1,300 new jobs, 91% of them in working professions; 42 "
                "colleges; 86% of state-funded graduates employed), official classifiers, and "
                "estimates by the Bagdar team that split those totals by profession, district "
                "and year. Every figure shows the kind of its source:") + "</p>"
            + f"<ul>{kinds}</ul>")
        self._fill_counts()
        self._fill_sources()

    def _fill_counts(self) -> None:
        counts = self.atlas.source_kind_counts()
        names = self.table_names()
        table = self.counts_table
        table.clear()
        table.setColumnCount(1 + len(SOURCE_KINDS))
        table.setHorizontalHeaderLabels([self.tr("Table")] + [kind_label(k)
                                                              for k in SOURCE_KINDS])
        table.setRowCount(len(counts))
        for row, (name, per_kind) in enumerate(counts.items()):
            table.setItem(row, 0, QTableWidgetItem(names.get(name, name)))
            for col, kind in enumerate(SOURCE_KINDS, start=1):
                item = QTableWidgetItem(str(per_kind[kind]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_sources(self) -> None:
        sources = self.atlas.sources()
        table = self.sources_table
        table.clear()
        headers = [self.tr("Kind"), self.tr("Title"), self.tr("Publisher"), self.tr("Date"),
                   self.tr("Address")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(sources))
        for row, source in enumerate(sources):
            kind = QTableWidgetItem(kind_label(source.kind))
            kind.setForeground(QColor("white"))
            kind.setBackground(QColor(KIND_COLOURS.get(source.kind, "#555555")))
            cells = [kind, QTableWidgetItem(source.name(self.language)),
                     QTableWidgetItem(source.publisher),
                     QTableWidgetItem(source.date), QTableWidgetItem(source.url)]
            for col, item in enumerate(cells):
                item.setToolTip(badge_tooltip(source) + ("\n" + source.note if source.note
                                                         else ""))
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.setWordWrap(True)
        table.resizeRowsToContents()
