"""The report a student takes home: one or two A4 pages for the parents.

Built only from what was stored when the questionnaire ended — the scores and the
recommendations snapshot (``Recommendations.from_json``) — so the report printed a month later
shows what the student saw, even if the atlas has been updated since. Professions, colleges and
type descriptions are read in the report's language from the atlas or from the snapshot's
three-language names.

Parents are not counsellors: the quality flags are told in kind words, every figure carries the
kind of its source (an estimate must not read as an official promise of jobs), and the report
ends by saying what the results are based on and that they describe interests, not abilities.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QTextDocument

from guidance.atlas import Atlas
from guidance.recommend_models import CollegeOption, Pathway, ProfessionMatch, Recommendations
from guidance.records import RecordsStore
from guidance.records.queries import StudentResult, student_latest
from guidance.scoring import DdoScores, RiasecScores
from ui.reports.document import (
    LIST_TABLE,
    add_figure,
    badge,
    date_text,
    header_html,
    new_document,
    set_body,
)
from ui.reports.report_texts import ReportTexts, Words

TOP_PROFESSIONS = 5
COLLEGES_PER_PATHWAY = 2
CHART_WIDTH_MM = 140
BANDS = {"none": "no interest", "moderate": "moderate interest",
         "pronounced": "pronounced interest"}
QUALITY_NOTES = {  # in the order a parent should read them
    "flat": "The answers were very similar to each other, so they do not point to one kind of "
            "work yet. This is common at this age; a talk with the counsellor will help.",
    "mostly_unsure": "Your child often chose “unsure”. Finding out more about those "
                     "activities — at home, in a club or on a college open day — can help.",
    "too_fast": "The questionnaire was answered very quickly. If the result does not seem to "
                "fit, it can be taken again another time.",
    "inconsistent": "Some choices in the second half of the types-of-work questionnaire "
                    "differed from the first half; the counsellor can talk them through.",
    "incomplete": "Some questions were left without an answer, so the picture is not complete.",
}
# Said instead of a college list when only sample rows (or none) say where a speciality is taught.
COLLEGES_NOT_PUBLISHED = ("Which colleges of the region teach this speciality is not published "
                          "in the atlas yet: check with the colleges or the regional education "
                          "department.")
e = html.escape


def heading(text: str) -> str:
    return f"<h2>{e(text)}</h2>"


def riasec_scores(stored: dict | None) -> RiasecScores | None:
    """The stored ``asdict`` of the scores back as a ``RiasecScores`` (None if not taken or
    not in the current shape)."""
    if not stored:
        return None
    try:
        return RiasecScores(**{**stored, "ranking": tuple(stored["ranking"]),
                               "ties": tuple(stored.get("ties", ())),
                               "flags": tuple(stored.get("flags", ()))})
    except (KeyError, TypeError):
        return None


def ddo_scores(stored: dict | None) -> DdoScores | None:
    if not stored:
        return None
    try:
        return DdoScores(**{**stored, "leading": tuple(stored["leading"]),
                            "flags": tuple(stored.get("flags", ()))})
    except (KeyError, TypeError):
        return None


def confirmed(options) -> list[CollegeOption]:
    """The college groups a source confirms. A ``sample`` row is illustrative: the parents'
    report never names its college (the project's rule for sample figures)."""
    return [option for option in options if option.source_kind != "sample"]


def best_pathway(match: ProfessionMatch, confirmed_only: bool = False) -> Pathway | None:
    """The speciality whose nearest open college is nearest (own district first); the first
    speciality when no group is open to the student. With ``confirmed_only`` (the parents'
    report) ``sample`` college rows count for nothing: a speciality with a confirmed row comes
    before one that only has sample rows."""
    def open_rows(pathway: Pathway) -> list[CollegeOption]:
        return confirmed(pathway.available) if confirmed_only else list(pathway.available)

    def reach(pathway: Pathway) -> tuple[bool, float]:
        option = open_rows(pathway)[0]
        return (not option.same_district,
                option.distance_km if option.distance_km is not None else 1e9)

    open_ones = [p for p in match.pathways if open_rows(p)]
    if open_ones:
        return min(open_ones, key=reach)
    if confirmed_only:
        known = [p for p in match.pathways if confirmed(p.colleges)]
        if known:
            return known[0]
    return match.pathways[0] if match.pathways else None


class StudentReport:
    def __init__(self, atlas: Atlas, result: StudentResult | None, lang: str):
        self.atlas, self.lang = atlas, lang
        self.texts = ReportTexts()
        self.t = Words(self.texts.texts(lang))
        self.result = result

    def chart_texts(self) -> dict[str, str]:
        """The chart's words, told to the parent like the rest of the report (the screen's
        chart speaks to the student: "Your interest profile")."""
        t = self.t
        return {**self.texts.all_chart_texts(self.lang),
                "Your interest profile": t("Your child's interest profile"),
                "Your Holland code: {code}": t("Holland code: {code}"),
                "Your interests are evenly spread: the code is not clear-cut.":
                    t("The interests are evenly spread: the code is not clear-cut.")}

    def kind(self, kind: str | None) -> str:
        return badge(kind, self.texts.kind_label(kind, self.lang)) if kind else ""

    # --- interests ---------------------------------------------------------------------
    def riasec_html(self, doc: QTextDocument, riasec: RiasecScores) -> str:
        from guidance.charts import riasec_profile_figure

        t, lang = self.t, self.lang
        types = self.atlas.interest_types("riasec")
        names = {code: kind.name.get(lang) for code, kind in types.items()}
        fig = riasec_profile_figure(riasec, self.chart_texts(), names)
        parts = [heading(t("Interests: the Holland questionnaire")),
                 add_figure(doc, fig, "riasec", CHART_WIDTH_MM)]
        if riasec.is_flat:
            return "".join(parts)
        code_line = e(t("Holland code: {code}", code="\x00")).replace(
            "\x00", f"<b>{e(riasec.code)}</b>")
        meaning = t("The code is made of the three types your child chose most. What they "
                    "mean:")
        parts.append(f'<p style="font-size:12pt;">{code_line}</p><p>{e(meaning)}</p>')
        for letter in riasec.code:
            kind = types.get(letter)
            if kind is None:
                continue
            parts.append(f"<p><b>{letter} — {e(kind.name.get(lang))} "
                         f"({riasec.percentages.get(letter, 0):.0f}%).</b> "
                         f"{e(kind.summary.get(lang))} {e(kind.enjoy.get(lang))}</p>")
        for tie in riasec.ties:
            note = t("Some types scored the same ({types}); their order in the code is by "
                     "convention.", types=", ".join(tie))
            parts.append(f'<p class="muted"><i>{e(note)}</i></p>')
        return "".join(parts)

    def ddo_html(self, ddo: DdoScores) -> str:
        if not ddo.leading:
            return ""
        t, lang = self.t, self.lang
        types = self.atlas.interest_types("klimov")
        parts = [heading(t("Types of work: Klimov's questionnaire"))]
        for code in ddo.leading:
            kind = types.get(code)
            if kind is None:
                continue
            line = t("{name}: {count} of 8 choices, {band}.", name=kind.name.get(lang),
                     count=ddo.counts.get(code, 0), band=t(BANDS[ddo.bands.get(code, "none")]))
            parts.append(f"<p><b>{e(line)}</b> {e(kind.summary.get(lang))}</p>")
        return "".join(parts)

    def quality_html(self, flags: set[str]) -> str:
        notes = [self.t(QUALITY_NOTES[flag]) for flag in QUALITY_NOTES if flag in flags]
        if not notes:
            return ""
        return (heading(self.t("About the answers"))
                + "".join(f"<p>{e(note)}</p>" for note in notes))

    # --- professions -------------------------------------------------------------------
    def college_html(self, option: CollegeOption) -> str:
        lang, t = self.lang, self.t
        where = t("in the home district") if option.same_district else (
            t("about {km} km", km=f"{option.distance_km:.0f}")
            if option.distance_km is not None else "")
        text = f"{option.name.get(lang)}, {option.town.get(lang)}"
        return f"{e(text)}{' — ' + e(where) if where else ''} {self.kind(option.source_kind)}"

    def pathway_html(self, match: ProfessionMatch) -> str:
        pathway = best_pathway(match, confirmed_only=True)
        if pathway is None:
            return ""
        lines = [f"<b>{e(pathway.speciality_code)}</b> "
                 f"{e(pathway.speciality_name.get(self.lang))} {self.kind(pathway.source_kind)}"]
        seen: set[str] = set()
        for option in confirmed(pathway.available):
            if option.college_id in seen:
                continue
            seen.add(option.college_id)
            lines.append("• " + self.college_html(option))
            if len(seen) == COLLEGES_PER_PATHWAY:
                break
        if not confirmed(pathway.colleges):
            lines.append(f"<i>{e(self.t(COLLEGES_NOT_PUBLISHED))}</i>")
        elif not seen:
            closed = self.t("No college group is open to this student yet (grade, language or "
                            "distance); ask the counsellor.")
            lines.append(f"<i>{e(closed)}</i>")
        return "<br>".join(lines)

    def demand_html(self, match: ProfessionMatch) -> str:
        if not match.demand_jobs or match.demand_source_kind == "sample":
            return e(self.t("not published"))  # a sample figure is never shown to parents
        year = next((r.params.get("year") for r in match.reasons if r.code == "new_jobs"), None)
        jobs = str(match.demand_jobs)
        text = self.t("{jobs} by {year}", jobs=jobs, year=year) if year else jobs
        return f"{e(text)}<br>{self.kind(match.demand_source_kind)}"

    def professions_html(self, rec: Recommendations) -> str:
        t, lang = self.t, self.lang
        flat = rec.status == "flat_profile"
        matches = (rec.also_consider if flat else rec.professions)[:TOP_PROFESSIONS]
        if not matches:
            return ""
        intro = ("The answers do not point to one kind of work yet, so professions are not "
                 "ranked by interest. These professions are much needed in the region:") if flat \
            else ("These professions fit the interests and are needed in the region. For each: "
                  "a college speciality that leads there and the nearest colleges that teach it.")
        header = (f'<thead><tr><th width="30%">{e(t("Profession"))}</th>'
                  f'<th width="17%">{e(t("New jobs in the region"))}</th>'
                  f'<th width="53%">{e(t("Where to study"))}</th></tr></thead>')
        rows = []
        for rank, match in enumerate(matches, start=1):
            new = f'<br><span class="small">★ {e(t("new profession"))}</span>' \
                if match.is_new else ""
            name = f"<b>{rank}. {e(match.name.get(lang))}</b>{new}"
            rows.append(f'<tr><td class="line" width="30%">{name}</td>'
                        f'<td class="line" width="17%">{self.demand_html(match)}</td>'
                        f'<td class="line" width="53%">{self.pathway_html(match)}</td></tr>')
        # One table with a <thead>: Qt repeats the header at the top of every page it spans.
        return (heading(t("Professions to look at")) + f"<p>{e(t(intro))}</p>"
                + LIST_TABLE + header + "".join(rows) + "</table>")

    def career_html(self, rec: Recommendations, child_code: str, grade: int) -> str:
        from ui.reports.career_pages import CareerPages

        matches = rec.also_consider if rec.status == "flat_profile" else rec.professions
        return CareerPages(self.atlas, self.t, self.lang, self.kind).html(
            list(matches), child_code, grade)

    # --- the notes at the end ----------------------------------------------------------
    def basis_html(self) -> str:
        t, lang = self.t, self.lang
        parts = []
        session = self.result.session if self.result else None
        if session is not None:
            names = []
            for entry in session.instrument_versions.split(";"):
                instrument_id, _, version = entry.strip().partition(" ")
                try:
                    names.append(f"{self.atlas.instrument(instrument_id).name.get(lang)} "
                                 f"({version})")
                except KeyError:
                    names.append(entry.strip())
            taken = date.fromisoformat((session.ended_at or session.started_at)[:10])
            parts.append(t("Questionnaires: {instruments}, taken on {date}.",
                           instruments="; ".join(names), date=date_text(taken)))
        parts.append(t("Professions, new jobs and colleges: the Bagdar atlas of the Zhambyl "
                       "region, edition {edition}.", edition=self.atlas.info().edition))
        parts.append(t("Each figure shows the kind of its source: official, press, estimate "
                       "(worked out by the Bagdar team from published totals, not official) or "
                       "sample (an illustrative entry that no source confirms yet)."))
        parts.append(t("The questionnaires show interests, not abilities: the results are a "
                       "starting point for a conversation with your child, not a verdict."))
        return (heading(t("What these results are based on"))
                + "".join(f'<p class="small muted">{e(p)}</p>' for p in parts))


def student_report_document(atlas: Atlas, store: RecordsStore, student_id: int,
                            lang: str | None = None, school_name: str = "",
                            on: date | None = None) -> QTextDocument:
    """The parents' report of one student, in ``lang`` (default: the student's interface
    language), dated ``on`` (default: today)."""
    student = store.student(student_id)
    lang = lang or student.interface_language
    result = student_latest(store, student_id)
    report = StudentReport(atlas, result, lang)
    t = report.t
    footer = " · ".join(p for p in (school_name, student.display_name,
                                    t("Page {page} of {pages}")) if p)
    doc = new_document(f"{t('Career guidance results')}: {student.display_name}", footer)
    parts = [header_html(t("Career guidance results"), school_name,
                         t("Date: {date}", date=date_text(on or date.today()))),
             f'<p style="font-size:12pt;"><b>{e(t("Student: {name}", name=student.display_name))}'
             f"</b> &nbsp;&nbsp; {e(t('Class: {class_name}', class_name=student.class_name))}</p>"]
    if result is None:
        parts.append(f"<p>{e(t('No completed questionnaire yet.'))}</p>")
    else:
        riasec = riasec_scores(result.scores.get("riasec"))
        ddo = ddo_scores(result.scores.get("ddo"))
        if riasec is not None:
            parts.append(report.riasec_html(doc, riasec))
        if ddo is not None:
            parts.append(report.ddo_html(ddo))
        flags = set(riasec.flags if riasec else ()) | set(ddo.flags if ddo else ())
        parts.append(report.quality_html(flags))
        if result.recommendations_json:
            rec = Recommendations.from_json(result.recommendations_json)
            parts.append(report.professions_html(rec))
            child_code = riasec.code if riasec is not None and not riasec.is_flat else ""
            parts.append(report.career_html(rec, child_code, student.grade))
    comment = store.comment(student_id)
    if comment:
        body = e(comment).replace("\n", "<br>")
        parts.append(heading(t("Counsellor's comment")) + f"<p>{body}</p>")
    parts.append(report.basis_html())
    set_body(doc, parts)
    return doc
