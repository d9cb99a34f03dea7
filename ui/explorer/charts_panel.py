"""Charts of the explorer: the chart under a card (a profession's demand, a college's places)
and the regional overview page. matplotlib is imported on the first chart shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from guidance.atlas import Atlas, explore
from ui.i18n import LanguageManager

MIN_CHART_HEIGHT = 280
MAX_CHART_HEIGHT = 900


def _texts(parent) -> dict[str, str]:
    from ui.chart_texts import ChartTexts

    return ChartTexts(parent).texts()


class CardChart(QWidget):
    """Holds one ChartWidget, created when a card first has a chart."""

    def __init__(self, atlas: Atlas, languages: LanguageManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas, self.languages = atlas, languages
        self.chart = None
        self._rows = 4
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()
        languages.language_changed.connect(self._redraw)

    def _build_for(self, kind: str, ref: str):
        from guidance.atlas.stats import college_places
        from guidance.charts import college_places_figure, profession_demand_figure

        if kind == "profession" and self.atlas.demand_for_profession(ref):
            return lambda: profession_demand_figure(self.atlas, ref, self.languages.language,
                                                    _texts(self))
        if kind == "college" and college_places(self.atlas, ref):  # only published places
            return lambda: college_places_figure(self.atlas, ref, self.languages.language,
                                                 _texts(self))
        return None

    def show_for(self, kind: str, ref: str) -> None:
        build = self._build_for(kind, ref) if kind else None
        if build is None:
            self.hide()
            return
        self._rows = len(explore.specialities_taught_by(self.atlas, ref)) \
            if kind == "college" else 4
        self._fit_height()
        if self.chart is None:
            from ui.chart_widget import ChartWidget

            self.chart = ChartWidget(build, f"{kind}_{ref}", self)
            self._layout.addWidget(self.chart)
        else:
            self.chart.set_build(build)
        self.show()
        self.chart.redraw()

    def _fit_height(self) -> None:
        """Room for the chart's rows; A+ makes its text larger, so it gets more height."""
        from ui.chart_widget import app_text_scale

        base = max(MIN_CHART_HEIGHT, 140 + 40 * self._rows)
        self.setMinimumHeight(round(min(MAX_CHART_HEIGHT, base * app_text_scale())))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FontChange and self.chart is not None:
            self._fit_height()
        super().changeEvent(event)

    def _redraw(self, _lang: str) -> None:
        if self.chart is not None and self.isVisible():
            self.chart.redraw()


class OverviewPanel(QWidget):
    """The region at a glance, one chart per tab so each gets the whole pane on a projector:
    new jobs by industry and district, working vs specialist, the professions most in demand,
    graduate employment against the regional 86%."""

    def __init__(self, atlas: Atlas, languages: LanguageManager, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OverviewPanel")
        self.atlas, self.languages = atlas, languages
        self.charts: list = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("overviewTabs")
        from ui.badges import SourceBrowser

        self.facts = SourceBrowser(atlas.source)  # the seed article's figures, first tab
        self.facts.setObjectName("regionalFacts")
        self.tabs.addTab(self.facts, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        languages.language_changed.connect(self._on_language)

    def tab_titles(self) -> list[str]:
        """Titles of the chart tabs (after the key facts tab)."""
        return [self.tr("Industries"), self.tr("Working professions"), self.tr("Districts"),
                self.tr("Most needed"), self.tr("Graduates")]

    def retranslate(self) -> None:
        self.title.setText("<h2>" + self.tr("The region at a glance") + "</h2>")
        self.tabs.setTabText(0, self.tr("Key facts"))
        for index, title in enumerate(self.tab_titles()[: self.tabs.count() - 1], start=1):
            self.tabs.setTabText(index, title)
        self.facts.setHtml(self.facts_html())

    def facts_html(self) -> str:
        """The regional article's figures, each with its source badge, and what the atlas
        adds to them; the same sentences as "About the data"."""
        from guidance.atlas.stats import regional_facts
        from ui.about_data import regional_fact_text
        from ui.badges import badge_html

        facts = regional_facts(self.atlas)
        if not facts:
            return ""
        badge = badge_html(self.atlas.source(facts[0].source_id))
        items = "".join(f"<li>{regional_fact_text(f)}</li>" for f in facts)
        return (f"<ul>{items}</ul><p>{badge}</p><p><i>"
                + self.tr("The charts in the next tabs split these published totals; each says "
                          "how much of it is an estimate or an example.") + "</i></p>")

    def _on_language(self, _lang: str) -> None:
        self.retranslate()
        for chart in self.charts:
            chart.redraw()

    def show_charts(self) -> None:
        if self.charts:
            return
        from guidance.charts import (
            graduate_employment_figure,
            jobs_by_district_figure,
            jobs_by_industry_figure,
            top_professions_figure,
            working_share_figure,
        )
        from ui.chart_widget import ChartWidget

        builders = (("jobs_by_industry", jobs_by_industry_figure),
                    ("working_share", working_share_figure),
                    ("jobs_by_district", jobs_by_district_figure),
                    ("top_professions", top_professions_figure),
                    ("graduate_employment", graduate_employment_figure))
        for (name, builder), title in zip(builders, self.tab_titles(), strict=True):
            chart = ChartWidget(lambda b=builder: b(self.atlas, self.languages.language,
                                                    _texts(self)), name, self)
            chart.setObjectName(name)
            self.tabs.addTab(chart, title)
            self.charts.append(chart)
