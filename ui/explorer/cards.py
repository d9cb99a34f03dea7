"""Explorer cards as rich text: speciality, college and employer (the profession card is
``ProfessionView``). Every neighbour is a link, every figure carries its source badge."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject

from guidance.atlas import Atlas
from guidance.atlas import explore as ex
from guidance.running_list import running_list
from ui.badges import badge_html, code_status_note, not_published, sample_note
from ui.profession_view import ProfessionView, field, link

e = html.escape


class CardRenderer(QObject):
    def __init__(self, atlas: Atlas, parent: QObject | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.profession_view = ProfessionView(self)

    def html(self, kind: str, ref: str, lang: str) -> str:
        if kind == "profession":
            return self.profession_view.profession_html(self.atlas, ref, lang, links=True)
        if kind == "speciality":
            return self.speciality_html(ref, lang)
        if kind == "college":
            return self.college_html(ref, lang)
        if kind == "enterprise":
            return self.enterprise_html(ref, lang)
        raise KeyError(kind)

    def _offer_line(self, offer, lang: str, show_college: bool) -> str:
        pv = self.profession_view
        places = (self.tr("%n state-funded places", "", offer.state_places)
                  if offer.state_places is not None else self.tr("places not published"))
        head = (link("college", offer.college.id, e(offer.college.name.get(lang))) + ", "
                + e(offer.college.town.get(lang))) if show_college else \
            link("speciality", offer.speciality_code, e(offer.speciality_code + " " +
                 self.atlas.speciality(offer.speciality_code).name.get(lang)))
        return (f"<li>{head} — {e(pv.group_language(offer.language))}, "
                f"{e(pv.entry(offer.after_9, offer.after_11))}, {e(places)} "
                f"{badge_html(offer.source, False)}{sample_note(offer.source)}</li>")

    def _employment_lines(self, rows, lang: str) -> str:
        items = []
        for row in rows:
            label = (e(row.speciality_code + " " +
                       self.atlas.speciality(row.speciality_code).name.get(lang))
                     if row.speciality_code else e(self.tr("all specialities")))
            items.append(f"<li>{label}, {row.year_from}–{row.year_to}: "
                         + e(self.tr("%1 of %2 graduates employed (%3%)")
                             .replace("%1", str(row.employed)).replace("%2", str(row.graduates))
                             .replace("%3", str(row.percent)))
                         + f" {badge_html(row.source, False)}{sample_note(row.source)}</li>")
        return "<ul>" + "".join(items) + "</ul>"

    def speciality_html(self, code: str, lang: str) -> str:
        pv, s = self.profession_view, self.atlas.speciality(code)
        out = [f"<h2>{e(s.code)} {e(s.name.get(lang))}</h2>",
               "<p>" + field(self.tr("Code status"), badge_html(s.source)
                             + code_status_note(s.source)) + "</p>"]
        quals = "<br>".join(f"{q.code} — {e(q.name.get(lang))}" for q in s.qualifications)
        out.append("<p>" + field(self.tr("Qualifications"), "<br>" + quals) + "</p>")
        length = (f"{e(pv.tr('after grade 9'))}: {pv.study_length(s.months_after_9)}; "
                  f"{e(pv.tr('after grade 11'))}: {pv.study_length(s.months_after_11)}")
        out.append("<p>" + field(self.tr("Study length"), length) + "</p>")
        professions = [self.atlas.profession(pid) for pid in ex.professions_for_speciality(
            self.atlas, code)]
        if professions:
            out.append("<h3>" + e(self.tr("Leads to")) + "</h3><ul>" + "".join(
                f"<li>{link('profession', p.id, e(p.name.get(lang)))}</li>" for p in professions)
                + "</ul>")
        offers = self.atlas.offers_for_speciality(code)
        out.append("<h3>" + e(self.tr("Colleges")) + "</h3>")
        if offers:
            out.append("<ul>" + "".join(self._offer_line(o, lang, True) for o in offers)
                       + "</ul>")
        else:
            out.append("<p><i>" + e(self.tr("No college of the region teaches it.")) + "</i></p>")
        employment = ex.employment_of_speciality(self.atlas, code)
        if employment:
            out.append("<h3>" + e(self.tr("Graduate employment")) + "</h3>")
            out.append(self._employment_lines(employment, lang))
        return "".join(out)

    def college_html(self, college_id: str, lang: str) -> str:
        c, pv = self.atlas.college(college_id), self.profession_view
        langs = running_list((pv.language_names().get(x, x) for x in c.languages), lang) \
            or not_published()
        dorm = {True: self.tr("yes"), False: self.tr("no"), None: not_published()}[c.dormitory]
        owner = {"state": self.tr("state"), "private": self.tr("private")}.get(
            c.ownership or "", not_published())
        facts = [field(self.tr("Town"), e(c.town.get(lang))),
                 field(self.tr("District"), e(c.district.name.get(lang))),
                 field(self.tr("Languages of study"), e(langs)),
                 field(self.tr("Dormitory"), e(dorm)), field(self.tr("Ownership"), e(owner)),
                 field(self.tr("Source"), badge_html(c.source))]
        if c.address:
            facts.insert(1, field(self.tr("Address"), e(c.address)))
        out = [f"<h2>{e(c.name.get(lang))}</h2>", "<p>" + "<br>".join(facts) + "</p>"]
        offers = ex.offers_of_college(self.atlas, college_id)
        out.append("<h3>" + e(self.tr("Specialities and places")) + "</h3>")
        out.append("<ul>" + "".join(self._offer_line(o, lang, False) for o in offers) + "</ul>"
                   if offers else f"<p><i>{e(not_published())}</i></p>")
        employment = ex.employment_of_college(self.atlas, college_id)
        if employment:
            out.append("<h3>" + e(self.tr("Graduate employment")) + "</h3>")
            out.append(self._employment_lines(employment, lang))
        out.append(self._partners_html(ex.memoranda(self.atlas, college_id=college_id),
                                       self.tr("Partner employers (memoranda)"), "enterprise",
                                       lang))
        return "".join(out)

    def enterprise_html(self, enterprise_id: str, lang: str) -> str:
        x = self.atlas.enterprise(enterprise_id)
        facts = [field(self.tr("Industry"),
                       e(x.industry.name.get(lang) if x.industry else not_published())),
                 field(self.tr("District"),
                       e(x.district.name.get(lang) if x.district else not_published())),
                 field(self.tr("Town"), e(x.town.get(lang) or not_published()))]
        if x.employees:
            facts.append(field(self.tr("Employees"), f"{x.employees:,}".replace(",", " ")
                               + " " + badge_html(x.source, False)))
        facts.append(field(self.tr("Source"), badge_html(x.source)))
        out = [f"<h2>{e(x.name.get(lang))}</h2>", f"<p>{e(x.description.get(lang))}</p>",
               "<p>" + "<br>".join(facts) + "</p>"]
        jobs = ex.jobs_at_enterprise(self.atlas, enterprise_id)
        if jobs:
            by_profession: dict[str, list] = {}
            for row in jobs:
                by_profession.setdefault(row.profession_id, []).append(row)
            out.append("<h3>" + e(self.tr("Professions in demand (new jobs)")) + "</h3><ul>")
            for pid, rows in by_profession.items():
                years = ", ".join(f"{r.year}: {r.jobs}" for r in rows)
                name = self.atlas.profession(pid).name.get(lang)
                out.append(f"<li>{link('profession', pid, e(name))} — {years} "
                           f"{badge_html(rows[0].source, False)}</li>")
            out.append("</ul>")
        out.append(self._partners_html(ex.memoranda(self.atlas, enterprise_id=enterprise_id),
                                       self.tr("Partner colleges (memoranda)"), "college", lang))
        return "".join(out)

    def _partners_html(self, partners: list, heading: str, other: str, lang: str) -> str:
        """The memoranda of a college or an employer, each linking to the other side
        (``other`` is "college" or "enterprise")."""
        if not partners:
            return ""
        lines = []
        for m in partners:
            other_id = m.college_id if other == "college" else m.enterprise_id
            entry = (self.atlas.college if other == "college" else self.atlas.enterprise)(other_id)
            lines.append(f"<li>{link(other, other_id, e(entry.name.get(lang)))} — "
                         f"{e(m.topic.get(lang))} {badge_html(m.source, False)}</li>")
        return "<h3>" + e(heading) + "</h3><ul>" + "".join(lines) + "</ul>"
