"""Career pages of the parents' report: for each of the child's top professions, what a family
needs at the kitchen table — what the work is, the skills it asks for, the profession's own
Holland code next to the child's, and the way there: the college speciality, how long it takes
after the child's grade, the state-funded places and the college's address.

Written to the parent, like the rest of the report. A figure is printed only with its source
kind, and a ``sample`` figure (illustrative, no source confirms it) is never printed: the page
says "not published" instead, as it does for anything the atlas does not know. Nor is a college
whose only row is ``sample``: the page says the atlas does not publish where it is taught yet.
"""

from __future__ import annotations

import html

from guidance.atlas import Atlas
from guidance.recommend_models import CollegeOption, ProfessionMatch
from guidance.running_list import running_list
from ui.reports.report_texts import Words
from ui.reports.student_report import COLLEGES_NOT_PUBLISHED, best_pathway, confirmed

CAREER_PAGES = 3
COLLEGES_PER_PAGE = 2
e = html.escape


def study_length(t: Words, months: int | None) -> str:
    """``46`` → "3 yr 10 mo" in the report's words; None → "not published"."""
    if not months:
        return t("not published")
    years, rest = divmod(months, 12)
    if not rest:
        return t("{years} yr", years=years)
    if not years:
        return t("{months} mo", months=rest)
    return t("{years} yr {months} mo", years=years, months=rest)


def places_text(t: Words, option: CollegeOption) -> str:
    if option.state_places is None or option.source_kind == "sample":
        return t("not published")
    return str(option.state_places)


class CareerPages:
    def __init__(self, atlas: Atlas, t: Words, lang: str, kind_badge):
        self.atlas, self.t, self.lang, self.kind = atlas, t, lang, kind_badge

    def html(self, matches: list[ProfessionMatch], child_code: str, grade: int) -> str:
        pages = [self.page(rank, match, child_code, grade)
                 for rank, match in enumerate(matches[:CAREER_PAGES], start=1)]
        pages = [p for p in pages if p]
        if not pages:
            return ""
        intro = self.t("More about the first professions on the list, to talk over with your "
                       "child.")
        return (f"<h2>{e(self.t('The professions up close'))}</h2><p>{e(intro)}</p>"
                + "".join(pages))

    def page(self, rank: int, match: ProfessionMatch, child_code: str, grade: int) -> str:
        t, lang = self.t, self.lang
        try:
            profession = self.atlas.profession(match.profession_id)
        except KeyError:  # removed by an atlas update since the questionnaire
            return ""
        codes = t("Holland code of the profession: {code}", code=profession.riasec)
        if child_code:
            codes += " · " + t("your child's code: {code}", code=child_code)
        parts = [f"<h3>{rank}. {e(profession.name.get(lang))}</h3>",
                 f'<p class="muted">{e(codes)}</p>']
        description = profession.description.get(lang)
        if description:
            parts.append(f"<p><b>{e(t('What the work is'))}:</b> {e(description)}</p>")
        skills = profession.skill_list(lang)
        if skills:
            parts.append(f"<p><b>{e(t('Skills it asks for'))}:</b> "
                         f"{e(running_list(skills, lang))}</p>")
        parts.append(self.study_html(match, grade))
        return "".join(parts)

    def study_html(self, match: ProfessionMatch, grade: int) -> str:
        t, lang = self.t, self.lang
        pathway = best_pathway(match, confirmed_only=True)
        if pathway is None:
            return f"<p><b>{e(t('How to get there'))}:</b> {e(t('not published'))}</p>"
        try:
            speciality = self.atlas.speciality(pathway.speciality_code)
            months = speciality.months_after_11 if grade >= 11 else speciality.months_after_9
        except KeyError:
            months = None
        after = t("after grade 11") if grade >= 11 else t("after grade 9")
        lines = [f"<b>{e(t('How to get there'))}:</b> {e(t('college speciality'))} "
                 f"<b>{e(pathway.speciality_code)}</b> {e(pathway.speciality_name.get(lang))} "
                 f"— {e(t('study {length} {after}', length=study_length(t, months), after=after))}"]
        seen: set[str] = set()
        for option in confirmed(pathway.available) or confirmed(pathway.colleges):
            if option.college_id in seen:
                continue
            seen.add(option.college_id)
            lines.append("• " + self.college_line(option))
            if len(seen) == COLLEGES_PER_PAGE:
                break
        if not seen:
            lines.append(f"<i>{e(t(COLLEGES_NOT_PUBLISHED))}</i>")
        return "<p>" + "<br>".join(lines) + "</p>"

    def college_line(self, option: CollegeOption) -> str:
        t, lang = self.t, self.lang
        try:
            address = self.atlas.college(option.college_id).address or t("not published")
        except KeyError:
            address = t("not published")
        places = places_text(t, option)
        badge = self.kind(option.source_kind) if places != t("not published") else ""
        return (f"{e(option.name.get(lang))}, {e(option.town.get(lang))}. "
                f"{e(t('Address: {address}', address=address))}. "
                f"{e(t('State-funded places: {places}', places=places))} {badge}")
