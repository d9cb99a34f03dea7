"""``ReportTexts``: every word of the reports, in the language of the report.

A report is often printed in another language than the one on screen (a Russian-speaking
family, a Kazakh-language school), and printing it must not switch the app. So the words are
not translated with the translators installed in the application: ``texts(lang)`` loads
``resources/i18n/bagdar_<lang>.qm`` into a private ``QTranslator`` (kept for the next report)
and ``tr`` — overridden here — asks only that one. The UI's language is never touched.

Qt's ``lupdate`` extracts only literal ``self.tr("…")`` calls, so each text is written out once
below, in the context "ReportTexts". ``texts`` calls the list twice, once without a translator
(giving the English keys) and once with it, and pairs them: the English text is the key, and a
missing translation falls back to it. Placeholders are ``{name}`` fields for ``str.format``.
Chart words come the same way: ``CLASS_CHART_TEXTS`` here, and the shared ``CHART_TEXTS`` from
the translations of ``ChartTexts``; source kinds from those of ``SourceBadge`` (as
``ui.badges.kind_label`` has them, but in the report's language).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTranslator

from guidance import paths

_TRANSLATORS: dict[str, QTranslator | None] = {}


def report_translator(lang: str) -> QTranslator | None:
    """The private translator of ``lang`` (None for English or a missing file)."""
    if lang == "en":
        return None
    if lang not in _TRANSLATORS:
        translator = QTranslator()
        loaded = translator.load(f"bagdar_{lang}", str(paths.translations_dir()))
        _TRANSLATORS[lang] = translator if loaded else None
    return _TRANSLATORS[lang]


def translate_in(lang: str, context: str, source: str) -> str:
    translator = report_translator(lang)
    return (translator.translate(context, source) if translator else "") or source


class Words:
    """``words("Holland code: {code}", code="RIC")``: a report text, formatted. A key that is
    not in ``ReportTexts`` raises ``KeyError`` (a typo must not pass silently); a translation
    with broken placeholders falls back to the English text."""

    def __init__(self, texts: dict[str, str]):
        self.texts = texts

    def __call__(self, key: str, **values: object) -> str:
        text = self.texts[key]
        if not values:
            return text
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return key.format(**values)


class ReportTexts(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._active: QTranslator | None = None

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """Translate with the report's private translator only (see the module docstring)."""
        if self._active is None:
            return source
        return self._active.translate("ReportTexts", source, disambiguation, n) or source

    def _paired(self, lang: str, strings: Callable[[], list[str]]) -> dict[str, str]:
        keys = strings()
        self._active = report_translator(lang)
        try:
            values = strings()
        finally:
            self._active = None
        return dict(zip(keys, values, strict=True))

    def texts(self, lang: str) -> dict[str, str]:
        """The report texts in ``lang``, keyed by their English text."""
        return self._paired(lang, self._strings)

    def chart_texts(self, lang: str) -> dict[str, str]:
        """The ``CLASS_CHART_TEXTS`` in ``lang`` (a test checks the keys are the same)."""
        return self._paired(lang, self._chart_strings)

    def all_chart_texts(self, lang: str) -> dict[str, str]:
        """Everything a chart builder may ask for: ``CHART_TEXTS`` and ``CLASS_CHART_TEXTS``."""
        from guidance.charts import CHART_TEXTS  # matplotlib: only when a chart is drawn

        shared = {key: translate_in(lang, "ChartTexts", key) for key in CHART_TEXTS}
        return {**shared, **self.chart_texts(lang)}

    def kind_label(self, kind: str, lang: str) -> str:
        """"official", "press", "estimate", "sample" in ``lang``, as the source badges say."""
        return translate_in(lang, "SourceBadge", kind)

    def _chart_strings(self) -> list[str]:
        return [
            self.tr("Interests in the class ({n} students)"),
            self.tr("First letter of the Holland code"),
            self.tr("Most common Holland codes"),
            self.tr("Students"),
            self.tr("Types of work the class chose most ({n} students)"),
            self.tr("A student with a tie counts once for each tied type."),
            self.tr("The class's interests and the region's new jobs"),
            self.tr("Class: students whose code starts with this letter"),
            self.tr("Region: new jobs {first}–{last} in professions of this type"),
            self.tr("Region: new jobs of {year} in professions of this type"),
            self.tr("Share, %"),
            self.tr("No clear type yet"),
        ]

    def _strings(self) -> list[str]:
        return [
            # shared
            self.tr("Date: {date}"),
            self.tr("Page {page} of {pages}"),
            self.tr("Class {class_name}"),
            self.tr("Source status of the figures: {kinds}"),
            # the student's report
            self.tr("Career guidance results"),
            self.tr("Student: {name}"),
            self.tr("Class: {class_name}"),
            self.tr("Interests: the Holland questionnaire"),
            self.tr("Holland code: {code}"),
            self.tr("The code is made of the three types your child chose most. What they "
                    "mean:"),
            self.tr("Some types scored the same ({types}); their order in the code is by "
                    "convention."),
            self.tr("Types of work: Klimov's questionnaire"),
            self.tr("{name}: {count} of 8 choices, {band}."),
            self.tr("no interest"),
            self.tr("moderate interest"),
            self.tr("pronounced interest"),
            self.tr("About the answers"),
            self.tr("The answers were very similar to each other, so they do not point to one "
                    "kind of work yet. This is common at this age; a talk with the counsellor "
                    "will help."),
            self.tr("Your child often chose “unsure”. Finding out more about those activities "
                    "— at home, in a club or on a college open day — can help."),
            self.tr("The questionnaire was answered very quickly. If the result does not seem "
                    "to fit, it can be taken again another time."),
            self.tr("Some choices in the second half of the types-of-work questionnaire "
                    "differed from the first half; the counsellor can talk them through."),
            self.tr("Some questions were left without an answer, so the picture is not "
                    "complete."),
            self.tr("Professions to look at"),
            self.tr("These professions fit the interests and are needed in the region. For "
                    "each: a college speciality that leads there and the nearest colleges "
                    "that teach it."),
            self.tr("The answers do not point to one kind of work yet, so professions are not "
                    "ranked by interest. These professions are much needed in the region:"),
            self.tr("Profession"),
            self.tr("New jobs in the region"),
            self.tr("Where to study"),
            self.tr("{jobs} by {year}"),
            self.tr("new profession"),
            self.tr("in the home district"),
            self.tr("about {km} km"),
            self.tr("No college group is open to this student yet (grade, language or "
                    "distance); ask the counsellor."),
            self.tr("Which colleges of the region teach this speciality is not published in "
                    "the atlas yet: check with the colleges or the regional education "
                    "department."),
            self.tr("Counsellor's comment"),
            self.tr("What these results are based on"),
            self.tr("Questionnaires: {instruments}, taken on {date}."),
            self.tr("Professions, new jobs and colleges: the Bagdar atlas of the Zhambyl "
                    "region, edition {edition}."),
            self.tr("Each figure shows the kind of its source: official, press, estimate "
                    "(worked out by the Bagdar team from published totals, not official) or "
                    "sample (an illustrative entry that no source confirms yet)."),
            self.tr("The questionnaires show interests, not abilities: the results are a "
                    "starting point for a conversation with your child, not a verdict."),
            self.tr("No completed questionnaire yet."),
            self.tr("Your child's interest profile"),
            self.tr("The interests are evenly spread: the code is not clear-cut."),
            self.tr("not published"),
            # career pages of the student's report
            self.tr("The professions up close"),
            self.tr("More about the first professions on the list, to talk over with your "
                    "child."),
            self.tr("Holland code of the profession: {code}"),
            self.tr("your child's code: {code}"),
            self.tr("What the work is"),
            self.tr("Skills it asks for"),
            self.tr("How to get there"),
            self.tr("college speciality"),
            self.tr("study {length} {after}"),
            self.tr("after grade 9"),
            self.tr("after grade 11"),
            self.tr("{years} yr"),
            self.tr("{months} mo"),
            self.tr("{years} yr {months} mo"),
            self.tr("Address: {address}"),
            self.tr("State-funded places: {places}"),
            # the class report
            self.tr("Class report"),
            self.tr("{done} of {total} students have completed the questionnaire."),
            self.tr("Conclusions for the parents' meeting"),
            self.tr("Most of the class ({k} of {n}) are drawn to {work} ({letter})."),
            self.tr("The largest group ({k} of {n}) are drawn to {work} ({letter})."),
            self.tr("The region's new jobs are mostly of this type too ({share}% of them)."),
            self.tr("The region needs this type of work too: {share}% of its new jobs."),
            self.tr("Most of the region's new jobs ({share}%) are in {work} ({letter})."),
            self.tr("Few students ({k} of {n}) chose {work} ({letter}), while {share}% of the "
                    "region's new jobs are of this type."),
            self.tr("{k} of {n} students lean to {work} ({letter}), but only {share}% of the "
                    "region's new jobs are of this type: it is worth showing them where these "
                    "interests are useful in other professions too."),
            self.tr("Answers that do not point to one kind of work yet: {k} of {n} students. "
                    "A talk with the counsellor will help them."),
            self.tr("In the types-of-work questionnaire the most chosen type is {type} "
                    "({k} of {n} students)."),
            self.tr("Results to talk through before drawing conclusions (very fast answers, "
                    "questions left out or inconsistent choices): {k} of {n} students."),
            self.tr("No student of this class has completed the questionnaire yet."),
            self.tr("practical, hands-on work"),
            self.tr("research and analysis"),
            self.tr("creative work"),
            self.tr("working with and helping people"),
            self.tr("leading, selling and organising"),
            self.tr("office, accounting and orderly work with data"),
            self.tr("Students"),
            self.tr("No."),
            self.tr("Name"),
            self.tr("Holland code"),
            self.tr("Types of work"),
            self.tr("Notes"),
            self.tr("not completed"),
            self.tr("incomplete"),
            self.tr("evenly spread"),
            self.tr("mostly unsure"),
            self.tr("very fast"),
            self.tr("inconsistent"),
            self.tr("The charts count students, never one student's answers."),
            self.tr("No name is printed in this report. A figure written “x” is hidden: it "
                    "counts one or two students, or it would let one work out such a figure "
                    "from the total."),
            self.tr("This chart is left out: some of its groups are so small that a child "
                    "could be recognised, and its other figures would give their size away."),
            self.tr("Fewer than 3 students have completed the questionnaire, so the class's "
                    "figures are not shown: no child should be recognisable in them."),
            # the named class list
            self.tr("Class list for the counsellor"),
            self.tr("For the counsellor only"),
            self.tr("This list names students and notes on their answers. It is not for a "
                    "parents' meeting: use the class report there."),
            # blank answer sheets
            self.tr("Name: {line}"),
            self.tr("Class: {line}"),
            self.tr("Date: {line}"),
            self.tr("For each activity, put a cross in one box: {scale}."),
            self.tr("In each pair, put a cross in the box of the activity you would choose."),
            self.tr("Activity"),
            self.tr("Answer sheet"),
        ]
