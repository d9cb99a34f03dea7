""""My plan": one A4 page a student takes away from the Finish screen — their interests, the
professions to look at with the way to each (speciality, college, town, after which grade, how
long, language), the next steps, and how the counsellor finds their results.

The page and the Finish screen carry a QR code (``segno``) holding a short plain-text summary, so
a student can photograph it with a phone: text only, no address, nothing sent anywhere. The plan
is in the language on screen (``self.tr``), as the student saw their results.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QImage, QTextDocument

from guidance.atlas import Atlas
from guidance.recommend_models import CollegeOption, ProfessionMatch, Recommendations
from guidance.scoring import RiasecScores
from ui.reports.document import date_text, header_html, new_document, set_body
from ui.reports.student_report import best_pathway
from ui.student.match_card import MatchCard
from ui.student.next_steps import NextSteps

e = html.escape
PLAN_PROFESSIONS = 4  # what fits on one page with a way to each
QR_TEXT_LIMIT = 600  # characters; a phone reads a code of this size from paper easily


@dataclass(frozen=True)
class PlanData:
    name: str
    class_name: str
    school: str
    language: str
    riasec: RiasecScores | None
    result: Recommendations
    resume_code: str | None = None
    on: date | None = None


def qr_png(text: str, scale: int = 4) -> bytes:
    """The QR code of ``text`` as PNG bytes (error correction M, a quiet zone of 2)."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


class MyPlan(QObject):
    def __init__(self, atlas: Atlas, parent: QObject | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.card = MatchCard(atlas, self)
        self.next_steps = NextSteps(self)

    def professions(self, data: PlanData) -> list[ProfessionMatch]:
        result = data.result
        chosen = list(result.professions) or list(result.also_consider)
        return chosen[:PLAN_PROFESSIONS]

    def interests_text(self, data: PlanData) -> str:
        riasec, lang = data.riasec, data.language
        if riasec is None:
            return ""
        if riasec.is_flat:
            return self.tr("My interests are spread evenly: no kind of work stands out yet.")
        types = self.atlas.interest_types("riasec")
        names = [types[letter].name.get(lang) for letter in riasec.code if letter in types]
        return self.tr("What I like most: %1").replace("%1", ", ".join(names))

    def way_text(self, match: ProfessionMatch, lang: str) -> str:
        pathway = best_pathway(match)
        if pathway is None:
            return self.tr("no college of the region teaches it yet")
        option: CollegeOption | None = pathway.available[0] if pathway.available else None
        if option is None:
            return self.tr("%1 — no group open to me yet").replace(
                "%1", pathway.speciality_name.get(lang))
        grades = [g for g in (9, 11) if g in option.entry_grades]
        speciality = self.card._speciality(pathway.speciality_code)
        if grades:
            months = None if speciality is None else (
                speciality.months_after_9 if grades[0] == 9 else speciality.months_after_11)
            entry = self.tr("after grade %1: %2").replace("%1", str(grades[0])).replace(
                "%2", self.card.months_text(months))
        else:
            entry = self.tr("after which grade: not published")
        parts = [
            pathway.speciality_name.get(lang), option.name.get(lang), option.town.get(lang),
            entry,
            self.tr("taught in %1").replace(
                "%1", self.card.reasons.language_name(option.language))
            if option.language else self.tr("language of study: not published")]
        if option.source_kind == "sample":  # no source confirms the group: the card's badge
            parts.append(QCoreApplication.translate("SourceBadge",
                                                    "example only: check with the college"))
        return ", ".join(parts)

    def summary_text(self, data: PlanData) -> str:
        """The QR code's text: short, plain, readable on any phone."""
        lines = [self.tr("Bagdar — my plan") + f": {data.name}, {data.class_name}"]
        interests = self.interests_text(data)
        if interests:
            lines.append(interests)
        for n, match in enumerate(self.professions(data), start=1):
            lines.append(f"{n}. {match.name.get(data.language)}")
        lines.append(self.tr("Colleges take applications from 20 June to about 20 August."))
        text = "\n".join(lines)
        return text if len(text) <= QR_TEXT_LIMIT else text[:QR_TEXT_LIMIT - 1] + "…"

    def document(self, data: PlanData) -> QTextDocument:
        lang = data.language
        title = self.tr("My plan")
        doc = new_document(f"{title}: {data.name}", data.school)
        qr = QImage.fromData(qr_png(self.summary_text(data), scale=3), "PNG")
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("bagdar-qr:plan"), qr)
        parts = [header_html(title, data.school, date_text(data.on or date.today())),
                 '<table width="100%" cellspacing="0" cellpadding="0"><tr><td valign="top">',
                 f'<p style="font-size:12pt;"><b>{e(data.name)}</b>, {e(data.class_name)}</p>',
                 f"<p>{e(self.interests_text(data))}</p>",
                 "<p class='small muted'>" + e(self.tr(
                     "The code on the right holds a short summary of this plan as text: "
                     "photograph it with your phone.")) + "</p>",
                 '</td><td align="right" valign="top" width="130">'
                 '<img src="bagdar-qr:plan" width="120" height="120"></td></tr></table>']
        flat = data.result.status == "flat_profile"
        parts.append("<h2>" + e(self.tr("Jobs our region needs") if flat else
                                self.tr("Professions to look at")) + "</h2><ol>")
        for match in self.professions(data):
            parts.append(f"<li><b>{e(match.name.get(lang))}</b><br>"
                         f"{e(self.way_text(match, lang))}</li>")
        parts.append("</ol><h2>" + e(self.tr("What to do next")) + "</h2><ol>")
        parts += [f"<li>{e(step)}</li>" for step in self.next_steps.steps(
            data.result.context.grade)]
        parts.append("</ol><p class='small muted'>" + e(self.next_steps.source()) + "</p>")
        if data.resume_code:
            parts.append("<p>" + e(self.tr("My code: %1").replace("%1", data.resume_code))
                         + "</p>")
        else:
            parts.append("<p>" + e(self.tr("My counsellor can find my results under my name "
                                           "and class.")) + "</p>")
        set_body(doc, parts)
        return doc

