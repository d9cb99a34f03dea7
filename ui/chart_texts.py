"""``ChartTexts``: the translations of every word the chart builders may show.

The builders in ``guidance.charts`` are Qt-free, so they take their words as a ``texts``
mapping keyed by the English text (``guidance.charts.CHART_TEXTS``). Qt's ``lupdate`` only
extracts *literal* strings, so each key is written out here once, inside its own
``self.tr(...)`` call; a test checks that the keys here and ``CHART_TEXTS`` are the same set.
Call ``texts()`` again after a language switch: it translates with the installed translator.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class ChartTexts(QObject):
    def texts(self) -> dict[str, str]:
        return {
            "Your interest profile": self.tr("Your interest profile"),
            "% of the maximum score": self.tr("% of the maximum score"),
            "Your Holland code: {code}": self.tr("Your Holland code: {code}"),
            "Your interests are evenly spread: the code is not clear-cut.":
                self.tr("Your interests are evenly spread: the code is not clear-cut."),
            "What you prefer to work with": self.tr("What you prefer to work with"),
            "Choices (out of 8)": self.tr("Choices (out of 8)"),
            "No interest": self.tr("No interest"),
            "Moderate interest": self.tr("Moderate interest"),
            "Pronounced interest": self.tr("Pronounced interest"),
            "New jobs": self.tr("New jobs"),
            "New jobs by industry, {year}": self.tr("New jobs by industry, {year}"),
            "Other industries": self.tr("Other industries"),
            "New jobs by district, {year}": self.tr("New jobs by district, {year}"),
            "Other districts": self.tr("Other districts"),
            "Working professions and specialists among new jobs, {year}":
                self.tr("Working professions and specialists among new jobs, {year}"),
            "Working professions": self.tr("Working professions"),
            "Mid-level specialists": self.tr("Mid-level specialists"),
            "Published figure: {share}% working professions":
                self.tr("Published figure: {share}% working professions"),
            "Share of new jobs ({total} in all)": self.tr("Share of new jobs ({total} in all)"),
            "Professions with the most new jobs, {first}–{last}":
                self.tr("Professions with the most new jobs, {first}–{last}"),
            "Year": self.tr("Year"),
            "Graduates employed by speciality": self.tr("Graduates employed by speciality"),
            "Graduates employed by speciality, {period}":
                self.tr("Graduates employed by speciality, {period}"),
            "Graduates employed, %": self.tr("Graduates employed, %"),
            "The {n} specialities with the most graduates":
                self.tr("The {n} specialities with the most graduates"),
            "Region: {share}%": self.tr("Region: {share}%"),
            "{profession}: new jobs by year": self.tr("{profession}: new jobs by year"),
            "District": self.tr("District"),
            "{college}: state-funded places by speciality":
                self.tr("{college}: state-funded places by speciality"),
            "State-funded places": self.tr("State-funded places"),
            "Kazakh groups": self.tr("Kazakh groups"),
            "Russian groups": self.tr("Russian groups"),
            "English groups": self.tr("English groups"),
            "No data": self.tr("No data"),
            "Sources: {sources}.": self.tr("Sources: {sources}."),
            "Sources: {sources}. {share}% of the figures are estimates or samples.":
                self.tr("Sources: {sources}. {share}% of the figures are estimates or samples."),
            "{count} more": self.tr("{count} more"),
            "official": self.tr("official"),
            "press": self.tr("press"),
            "estimate": self.tr("estimate"),
            "sample": self.tr("sample"),
        }
