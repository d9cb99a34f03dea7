""""About the data": how far each part of the atlas can be trusted, in plain words and numbers.

A counsellor showing the atlas to a class must be able to say which figures are official, which
come from the press and which are the Bagdar team's estimates. This dialog lists the edition,
the rows of every table by kind of source, and every source with its kind, publisher, date and
address.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
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
from guidance.atlas.stats import RegionalFact, regional_facts
from ui.badges import KIND_COLOURS, badge_tooltip, kind_label, kind_sentence
from ui.dates import shown_date


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def regional_fact_text(fact: RegionalFact) -> str:
    """The seed article's figure in words (the overview shows the same sentences)."""
    years = {"year", "since", "from", "to"}
    v = {k: str(x) if k in years else _number(x) for k, x in fact.values.items()}
    texts = {  # literal QCoreApplication.translate calls: lupdate does not follow an alias
        "year_of_working_professions": QCoreApplication.translate(
            "RegionalFacts", "%1 is the Year of Working Professions in Kazakhstan."),
        "colleges_and_students": QCoreApplication.translate(
            "RegionalFacts", "More than %2 young people study in the region's %1 colleges."),
        "new_jobs": QCoreApplication.translate(
            "RegionalFacts", "%1 investment projects in 2025: more than %2 new jobs expected, "
            "%3% of them in working professions."),
        "graduates_employed": QCoreApplication.translate(
            "RegionalFacts", "More than %1 state-funded graduates in the last three years; "
            "%2% of them found work."),
        "targeted_training": QCoreApplication.translate(
            "RegionalFacts", "Since %1 colleges train students to employers' orders "
            "(targeted training)."),
        "plans": QCoreApplication.translate(
            "RegionalFacts", "Planned for %1–%2: an IT hub, new specialities and career-guidance "
            "rooms in secondary schools."),
        "memoranda": QCoreApplication.translate(
            "RegionalFacts", "%1 memoranda signed between colleges and employers; which "
            "colleges and employers signed them is not published."),
    }
    order = {"year_of_working_professions": ("year",), "colleges_and_students": ("colleges",
             "students"), "new_jobs": ("projects", "jobs", "working_percent"),
             "graduates_employed": ("graduates", "percent"), "targeted_training": ("since",),
             "plans": ("from", "to"), "memoranda": ("signed",)}
    text = texts.get(fact.key, fact.key)
    for index, name in enumerate(order.get(fact.key, ()), start=1):
        text = text.replace(f"%{index}", v[name])
    return text


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
        kinds = "".join(f"<li>{kind_sentence(k)}</li>" for k in SOURCE_KINDS)
        totals = self.kind_totals()
        counts = self.tr("In this edition: %1 official, %2 press, %3 estimated and %4 example "
                         "entries.")
        for index, kind in enumerate(SOURCE_KINDS, start=1):
            counts = counts.replace(f"%{index}", str(totals[kind]))
        facts = regional_facts(self.atlas)
        seed = ""
        if facts:
            source = self.atlas.source(facts[0].source_id)
            seed = ("<p>" + self.tr("What the regional press published (%1, %2):")
                    .replace("%1", source.publisher).replace("%2", shown_date(source.date))
                    + "</p><ul>"
                    + "".join(f"<li>{regional_fact_text(f)}</li>" for f in facts) + "</ul>")
        self.summary.setText(
            f"<h3>{info.title.get(self.language)}</h3>"
            + "<p>" + self.tr("Edition %1 of %2, built %3.").replace("%1", info.edition)
            .replace("%2", shown_date(info.date)).replace("%3", shown_date(info.built_at)) + "</p>"
            + "<p>" + self.tr(
                "The official regional atlas of new professions is not public. This edition "
                "combines published figures, official classifiers, the Bagdar team's splits of "
                "published totals and examples. Where a source does not publish a value "
                "(places, study language, dormitory, entry grade), the atlas shows \"not "
                "published\". Every figure shows the kind of its source:") + "</p>"
            + f"<ul>{kinds}</ul><p><b>{counts}</b></p>" + seed)
        self._fill_counts()
        self._fill_sources()

    def kind_totals(self) -> dict[str, int]:
        """Rows of all tables by kind of source (the README's data section gives the same)."""
        totals = dict.fromkeys(SOURCE_KINDS, 0)
        for per_kind in self.atlas.source_kind_counts().values():
            for kind, n in per_kind.items():
                totals[kind] += n
        return totals

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
                     QTableWidgetItem(shown_date(source.date)), QTableWidgetItem(source.url)]
            for col, item in enumerate(cells):
                item.setToolTip(badge_tooltip(source) + ("\n" + source.note if source.note
                                                         else ""))
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        table.setWordWrap(True)
        table.resizeRowsToContents()
