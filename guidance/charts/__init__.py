"""Chart builders: plain functions from data to a matplotlib ``Figure``.

They never use pyplot (no global figure manager, no GUI backend), so they run the same in the
app, in tests and headless, and the UI only has to put the figure on a canvas. Every word a
chart shows is either an atlas name in the chosen language or a key of ``texts``; ``CHART_TEXTS``
lists every such key so the UI can offer a translation for each (``ui/chart_texts.py``, checked
by a test).
"""

from __future__ import annotations

from guidance.charts.overview import (
    college_places_figure,
    footnote_text,
    graduate_employment_figure,
    jobs_by_district_figure,
    jobs_by_industry_figure,
    profession_demand_figure,
    top_professions_figure,
    working_share_figure,
)
from guidance.charts.profile import ddo_figure, riasec_profile_figure
from guidance.charts.style import add_footnote

CHART_TEXTS: tuple[str, ...] = (
    # questionnaire profiles
    "Your interest profile",
    "% of the maximum score",
    "Your Holland code: {code}",
    "Your interests are evenly spread: the code is not clear-cut.",
    "What you prefer to work with",
    "Choices (out of 8)",
    "No interest",
    "Moderate interest",
    "Pronounced interest",
    # regional overview
    "New jobs",
    "New jobs by industry, {year}",
    "Other industries",
    "New jobs by district, {year}",
    "Other districts",
    "Working professions and specialists among new jobs, {year}",
    "Working professions",
    "Mid-level specialists",
    "Published figure: {share}% working professions",
    "Share of new jobs ({total} in all)",
    "Professions with the most new jobs, {first}–{last}",
    "Year",
    "Graduates employed by speciality",
    "Graduates employed by speciality, {period}",
    "Graduates employed, %",
    "The {n} specialities with the most graduates",
    "Region: {share}%",
    "{profession}: new jobs by year",
    "District",
    "{college}: state-funded places by speciality",
    "State-funded places",
    "Kazakh groups",
    "Russian groups",
    "English groups",
    "No data",
    # source footnote and kinds of source
    "Sources: {sources}.",
    "Sources: {sources}. {share}% of the figures are estimates or samples.",
    "{count} more",
    "official",
    "press",
    "estimate",
    "sample",
)

__all__ = [
    "CHART_TEXTS",
    "add_footnote",
    "college_places_figure",
    "ddo_figure",
    "footnote_text",
    "graduate_employment_figure",
    "jobs_by_district_figure",
    "jobs_by_industry_figure",
    "profession_demand_figure",
    "riasec_profile_figure",
    "top_professions_figure",
    "working_share_figure",
]
