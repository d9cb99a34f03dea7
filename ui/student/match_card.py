"""One recommended profession as a card a 14-year-old can act on.

In this order: what put it on the list (the ranking's own ``contributions``, most important
first, in plain words); what the work is (the atlas description, working conditions) and where
in the region it is done (employers); how to get there — for each speciality the colleges that
teach it with town, address, after grade 9 or 11, how long, language, state or private,
dormitory and state-funded places; what to do next; and a link to the explorer card.

Honesty: a college row whose source is ``sample`` (illustrative) shows no figure from it — the
card says "check with the college" instead. Unknown figures are "not published". Codes
(speciality codes, ISCO groups, Holland letters) are left to the counsellor's screens.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject

from guidance.atlas import Atlas
from guidance.recommend_models import CollegeOption, Pathway, ProfessionMatch
from guidance.running_list import running_list
from ui.student.next_steps import NextSteps
from ui.student.reasons import ReasonTexts, kind_badge

e = html.escape
TRUSTED = ("official", "press", "estimate")


def contribution_shares(match: ProfessionMatch) -> list[tuple[str, float]]:
    """(term, share of the score) for every term that added something, largest first."""
    parts = [(c.term, c.value) for c in getattr(match, "contributions", ()) if c.value > 0]
    total = sum(value for _term, value in parts)
    if total <= 0:
        return []
    return sorted(((term, value / total) for term, value in parts), key=lambda p: -p[1])


def closed_colleges(pathway: Pathway) -> list[tuple[CollegeOption, tuple[str, ...]]]:
    """The colleges none of whose groups of the speciality is open, each once, with every
    reason met in their groups: a college with one open group is not "not open to you"."""
    open_ids = {o.college_id for o in pathway.colleges if o.available}
    closed: dict[str, tuple[CollegeOption, list[str]]] = {}
    for option in pathway.colleges:
        if option.available or option.college_id in open_ids:
            continue
        _first, blockers = closed.setdefault(option.college_id, (option, []))
        blockers += [b for b in option.blockers if b not in blockers]
    return [(option, tuple(blockers)) for option, blockers in closed.values()]


class MatchCard(QObject):
    def __init__(self, atlas: Atlas, parent: QObject | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.reasons = ReasonTexts(self)
        self.next_steps = NextSteps(self)

    # --- words -----------------------------------------------------------------------------
    def term_text(self, term: str) -> str:
        return {
            "interests": self.tr("it matches what you like to do"),
            "kind_of_work": self.tr("it is the kind of work you chose most often"),
            "regional_need": self.tr("the region needs people for it"),
            "near_you": self.tr("you can study it near home"),
            "new": self.tr("it is a new profession in the region"),
        }.get(term, term)

    def why_texts(self, match: ProfessionMatch) -> list[str]:
        """What put the profession on the list, most important first."""
        return [f"{self.term_text(term)} ({share * 100:.0f}%)"
                for term, share in contribution_shares(match)]

    def worth_a_look_reason(self, match: ProfessionMatch) -> str:
        codes = {r.code for r in match.reasons}
        near = any(r.code == "nearest_college" and r.params.get("km") == 0.0
                   for r in match.reasons)
        if "new_jobs" in codes and near:
            return self.tr("needed in the region and taught near you")
        if near:
            return self.tr("taught near you")
        return self.tr("needed in the region")

    def months_text(self, months: int | None) -> str:
        if not months:
            return self.tr("length not published")
        years, rest = divmod(months, 12)
        if rest == 0:
            return self.tr("%n year(s)", "", years)
        return self.tr("%1 years %2 months").replace("%1", str(years)).replace("%2", str(rest))

    # --- card --------------------------------------------------------------------------------
    def html(self, match: ProfessionMatch, lang: str, grade: int) -> str:
        out = [f"<h2>{e(match.name.get(lang))}</h2>"]
        why = self.why_texts(match)
        if why:
            out.append("<p><b>" + e(self.tr("Why it is on your list (most important first):"))
                       + "</b> " + e("; ".join(why)) + "</p>")
        if match.reasons:
            out.append("<ul>" + "".join(f"<li>{self.reasons.reason_html(r, lang)}</li>"
                                        for r in match.reasons) + "</ul>")
        if getattr(match, "band", "fit") == "worth_a_look" and match.interest_fit is not None:
            out.append("<p><i>" + e(self.tr("Worth a look: it fits your interests less, but "
                                            "it is %1.").replace(
                "%1", self.worth_a_look_reason(match))) + "</i></p>")
        out += self._work(match, lang)
        out.append("<h3>" + e(self.tr("How to get there")) + "</h3>")
        if not match.pathways:
            out.append("<p>" + e(self.tr("No college of the region teaches it yet. Ask your "
                                         "counsellor where to study for it.")) + "</p>")
        for pathway in match.pathways:
            out += self._pathway(pathway, lang, grade)
        out.append("<h3>" + e(self.tr("What to do next")) + "</h3><ol>")
        out += [f"<li>{e(step)}</li>" for step in self.next_steps.steps(grade)]
        out.append("</ol><p style='color:#555555;'>" + e(self.next_steps.source()) + "</p>")
        out.append(f'<p><a href="profession:{e(match.profession_id)}">'
                   + e(self.tr("More about this profession in the explorer →")) + "</a></p>")
        return "".join(out)

    def _work(self, match: ProfessionMatch, lang: str) -> list[str]:
        out = ["<h3>" + e(self.tr("What the work is")) + "</h3>"]
        try:
            profession = self.atlas.profession(match.profession_id)
        except KeyError:  # a saved result whose profession left the atlas
            return out + ["<p>" + e(self.tr("Not in the current atlas.")) + "</p>"]
        out.append(f"<p>{e(profession.description.get(lang))}</p>")
        if profession.conditions:
            conditions = running_list((c.name.get(lang) for c in profession.conditions), lang)
            out.append("<p><b>" + e(self.tr("Working conditions:")) + "</b> "
                       + e(conditions) + "</p>")
        employers = self._employers(match.profession_id, lang)
        if employers:
            out.append("<p><b>" + e(self.tr("Where in the region:")) + "</b> "
                       + e(", ".join(employers)) + "</p>")
        return out

    def _employers(self, profession_id: str, lang: str) -> list[str]:
        from guidance.atlas.explore import employers_of_profession

        names = []
        for enterprise_id, _jobs in employers_of_profession(self.atlas, profession_id)[:5]:
            enterprise = self.atlas.enterprise(enterprise_id)
            town = enterprise.town.get(lang)
            names.append(f"{enterprise.name.get(lang)} ({town})" if town
                         else enterprise.name.get(lang))
        return names

    def _pathway(self, pathway: Pathway, lang: str, grade: int) -> list[str]:
        out = ["<p><b>" + e(self.tr("Speciality: %1").replace(
            "%1", pathway.speciality_name.get(lang))) + "</b></p>"]
        speciality = self._speciality(pathway.speciality_code)
        open_ = [o for o in pathway.colleges if o.available]
        if open_:
            out.append("<ul>" + "".join(f"<li>{self.college_html(o, speciality, lang)}</li>"
                                        for o in open_) + "</ul>")
        else:
            out.append("<p><i>" + e(self.tr("No group of this speciality is open to you."))
                       + "</i></p>")
        closed = closed_colleges(pathway)
        if closed:
            why = "; ".join(f"{o.name.get(lang)} ("
                            + ", ".join(self.reasons.blocker_text(b) for b in blockers) + ")"
                            for o, blockers in closed)
            out.append("<p style='color:#555555;'>" + e(self.tr("Not open to you:")) + " "
                       + e(why) + "</p>")
        return out

    def _speciality(self, code: str):
        try:
            return self.atlas.speciality(code)
        except KeyError:
            return None

    def college_html(self, option: CollegeOption, speciality, lang: str) -> str:
        """One college group as a sentence; figures of a ``sample`` row are not shown."""
        college = self._college(option.college_id)
        name = e(option.name.get(lang))
        private = college is not None and college.ownership == "private"
        head = f"<b>{name}</b>" + (" — <b>" + e(self.tr("private college (fee-paying)"))
                                   + "</b>" if private else "")
        facts = [option.town.get(lang)]
        if college is not None:
            facts.append(self.tr("address: %1").replace("%1", college.address)
                         if college.address else self.tr("address not published"))
        distance = [r for r in option.reasons if r.code in ("same_district", "distance")]
        facts += [self.reasons_text(r, lang) for r in distance]
        grades = [g for g in (9, 11) if g in option.entry_grades]
        if not grades:
            facts.append(self.tr("after which grade: not published"))
        for g in grades:
            months = None if speciality is None else (
                speciality.months_after_9 if g == 9 else speciality.months_after_11)
            facts.append(self.tr("after grade %1: %2").replace("%1", str(g)).replace(
                "%2", self.months_text(months)))
        facts.append(self.tr("taught in %1").replace(
            "%1", self.reasons.language_name(option.language)) if option.language
            else self.tr("language of study: not published"))
        if college is not None and college.ownership == "state":
            facts.append(self.tr("state college"))
        elif not private:
            facts.append(self.tr("state or private: not published"))
        if option.source_kind not in TRUSTED:
            facts.append(self.tr("dormitory and state-funded places: check with the college"))
            return head + ": " + e(", ".join(facts)) + kind_badge(option.source_kind)
        facts.append({True: self.tr("dormitory"), False: self.tr("no dormitory"),
                      None: self.tr("dormitory: not published")}[option.dormitory])
        facts.append(self.tr("%n state-funded places", "", option.state_places)
                     if option.state_places is not None
                     else self.tr("state-funded places: not published"))
        return head + ": " + e(", ".join(facts)) + kind_badge(option.source_kind)

    def reasons_text(self, reason, lang: str) -> str:
        return html.unescape(self.reasons.reason_html(reason, lang).split(" <span")[0])

    def _college(self, college_id: str):
        try:
            return self.atlas.college(college_id)
        except KeyError:
            return None
