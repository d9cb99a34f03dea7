"""The profession detail pane: one profession as rich text, with every figure's source status."""

from __future__ import annotations

import html
from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QObject

from guidance.atlas import Atlas
from guidance.atlas.models import Profession
from guidance.running_list import running_list
from ui.badges import badge_html, code_status_note, sample_note

e = html.escape


def field(label: str, value_html: str) -> str:
    return f"<b>{e(label)}:</b> {value_html}"


def link(kind: str, ref: str, text_html: str, enabled: bool = True) -> str:
    """An explorer link ``kind:ref`` around already escaped text (plain text if disabled)."""
    return f'<a href="{kind}:{e(ref)}">{text_html}</a>' if enabled else text_html


class ProfessionView(QObject):
    """Renders a profession as HTML; a QObject so that lupdate extracts its ``self.tr`` texts."""

    def riasec_names(self) -> dict[str, str]:
        return {
            "R": self.tr("Realistic"), "I": self.tr("Investigative"), "A": self.tr("Artistic"),
            "S": self.tr("Social"), "E": self.tr("Enterprising"), "C": self.tr("Conventional"),
        }

    def klimov_names(self) -> dict[str, str]:
        return {
            "nature": self.tr("Person – Nature"), "technology": self.tr("Person – Technology"),
            "people": self.tr("Person – Person"), "signs": self.tr("Person – Sign systems"),
            "art": self.tr("Person – Artistic image"),
        }

    def language_names(self) -> dict[str, str]:
        return {"kk": self.tr("Kazakh"), "ru": self.tr("Russian"), "en": self.tr("English")}

    def study_length(self, months: int | None) -> str:
        if not months:
            return "—"
        years, rest = divmod(months, 12)
        return self.tr("%1 y %2 m").replace("%1", str(years)).replace("%2", str(rest))

    def group_language(self, language: str | None) -> str:
        """A group's teaching language, or "language of study: not published" when its source
        does not say (the student card's words, already translated: a bare "not published"
        first in a group's line did not say what is unknown)."""
        if not language:
            return QCoreApplication.translate("MatchCard", "language of study: not published")
        return self.language_names().get(language, language)

    def entry(self, after_9: bool | None, after_11: bool | None) -> str:
        if after_9 is None and after_11 is None:
            return self.tr("entry grade not published")
        grades = [g for g, ok in (("9", after_9), ("11", after_11)) if ok]
        return self.tr("after grade %1").replace("%1", self.tr(" or ").join(grades))

    # --- sections ------------------------------------------------------------------------
    def _header(self, p: Profession, lang: str) -> list[str]:
        level = self.tr("Working profession") if p.level == "working" else self.tr("Specialist")
        facts = [e(p.industry.name.get(lang)), e(level)]
        if p.is_new:
            new = "<b>" + e(self.tr("New profession")) + "</b>"
            if p.horizon:
                new += " (" + e(self.tr("in demand by %1").replace("%1", str(p.horizon))) + ")"
            facts.append(new)
        return [f"<h2>{e(p.name.get(lang))}</h2>", "<p>" + " · ".join(facts) + "</p>",
                f"<p>{e(p.description.get(lang))}</p>"]

    def _traits(self, p: Profession, lang: str) -> list[str]:
        types = self.riasec_names()
        code = ", ".join(f"{letter} ({e(types[letter])})" for letter in p.riasec)
        # Plain words for the students who read these cards; the ISCO group stays in the atlas
        # (exports, the counsellor's workbook), it means nothing to a 14-year-old.
        interests, kind = self.tr("Interest types it suits"), self.tr("Type of work")
        out = ["<p>" + "<br>".join([field(interests, code),
                                    field(kind, e(self.klimov_names()[p.klimov]))]) + "</p>"]
        skills = e(running_list(p.skill_list(lang), lang))
        out.append("<p>" + field(self.tr("Key skills"), skills) + "</p>")
        subjects = e(running_list((s.name.get(lang) for s in p.subjects), lang))
        out.append("<p>" + field(self.tr("School subjects"), subjects) + "</p>")
        if p.conditions:
            conditions = e(running_list((c.name.get(lang) for c in p.conditions), lang))
            out.append("<p>" + field(self.tr("Working conditions"), conditions) + "</p>")
        return out

    def _demand(self, atlas: Atlas, profession_id: str) -> list[str]:
        demand = atlas.demand_for_profession(profession_id)
        if not demand:
            return []
        by_year: dict[int, int] = defaultdict(int)
        sources = {}
        for figure in demand:
            by_year[figure.year] += figure.jobs
            sources.setdefault(figure.source.kind, figure.source)
        years = ", ".join(f"{year}: {jobs}" for year, jobs in sorted(by_year.items()))
        badges = " ".join(badge_html(s, with_title=False) for s in sources.values())
        return ["<p>" + field(self.tr("New jobs in the region"), f"{years} {badges}") + "</p>"]

    def _pathways(self, atlas: Atlas, profession_id: str, lang: str,
                  links: bool = False) -> list[str]:
        out = ["<h3>" + e(self.tr("Where to study")) + "</h3>"]
        after_9, after_11 = self.tr("after grade 9"), self.tr("after grade 11")
        for spec in atlas.specialities_for_profession(profession_id):
            quals = "; ".join(f"{q.code} {e(q.name.get(lang))}" for q in spec.qualifications)
            length = (f"{e(after_9)}: {self.study_length(spec.months_after_9)}; "
                      f"{e(after_11)}: {self.study_length(spec.months_after_11)}")
            title = link("speciality", spec.code, f"{spec.code} {e(spec.name.get(lang))}", links)
            out.append(
                f"<p><b>{title}</b> "
                f"{badge_html(spec.source, False)}{code_status_note(spec.source)}<br>"
                + field(self.tr("Qualifications"), quals) + "<br>"
                + field(self.tr("Study length"), length) + "</p>")
            offers = atlas.offers_for_speciality(spec.code)
            if not offers:
                out.append("<p><i>" + e(self.tr("No college of the region teaches it."))
                           + "</i></p>")
                continue
            items = []
            for offer in offers:
                college = offer.college
                places = (self.tr("%n state-funded places", "", offer.state_places)
                          if offer.state_places is not None else self.tr("places not published"))
                name = link("college", college.id, e(college.name.get(lang)), links)
                items.append(
                    f"<li>{name}, {e(college.town.get(lang))} — "
                    f"{e(self.group_language(offer.language))}, "
                    f"{e(self.entry(offer.after_9, offer.after_11))}, {e(places)} "
                    f"{badge_html(offer.source, False)}{sample_note(offer.source)}</li>")
            out.append("<ul>" + "".join(items) + "</ul>")
        return out

    def _employers(self, atlas: Atlas, profession_id: str, lang: str, links: bool) -> list[str]:
        from guidance.atlas.explore import employers_of_profession

        rows = employers_of_profession(atlas, profession_id)
        if not rows:
            return []
        items = []
        for enterprise_id, jobs in rows:
            enterprise = atlas.enterprise(enterprise_id)
            name = link("enterprise", enterprise_id, e(enterprise.name.get(lang)), links)
            items.append(f"<li>{name} — " + e(self.tr("%n new jobs", "", jobs))
                         + "</li>")
        return ["<h3>" + e(self.tr("Employers")) + "</h3><ul>" + "".join(items) + "</ul>"]

    def profession_html(self, atlas: Atlas, profession_id: str, lang: str,
                        links: bool = False) -> str:
        p = atlas.profession(profession_id)
        parts = self._header(p, lang) + self._traits(p, lang)
        parts += self._demand(atlas, profession_id)
        parts += self._pathways(atlas, profession_id, lang, links)
        parts += self._employers(atlas, profession_id, lang, links)
        parts.append("<p style='color:#555555;'>" + field(self.tr("Source"), badge_html(p.source))
                     + "</p>")
        return "\n".join(parts)
