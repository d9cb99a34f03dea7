"""The atlas explorer's questions: what links professions, specialities, colleges and employers.

Each card of the explorer shows one entity and its neighbours ("which colleges teach this?",
"which professions does this employer need?", "which employers partner this college?"). These
functions answer with the ``models`` dataclasses; the SQL stays here, inside the atlas package.
"""

from __future__ import annotations

from dataclasses import dataclass

from guidance.atlas.models import CollegeOffer, Enterprise, LocalText, Source
from guidance.atlas.reader import Atlas


@dataclass(frozen=True)
class Memorandum:
    id: str
    college_id: str
    enterprise_id: str
    year: int | None
    topic: LocalText
    source: Source


@dataclass(frozen=True)
class EmploymentRow:
    speciality_code: str | None
    year_from: int
    year_to: int
    graduates: int
    employed: int
    source: Source

    @property
    def percent(self) -> int:
        return round(100 * self.employed / self.graduates) if self.graduates else 0


@dataclass(frozen=True)
class JobsAt:
    """New jobs of one profession at one employer (or in one industry) in one year."""

    profession_id: str
    enterprise_id: str | None
    year: int
    jobs: int
    source: Source


def enterprises(atlas: Atlas, industry_id: str | None = None,
                district_id: str | None = None) -> list[Enterprise]:
    sql, params = "SELECT id FROM enterprises WHERE 1 = 1", []
    if industry_id:
        sql += " AND industry_id = ?"
        params.append(industry_id)
    if district_id:
        sql += " AND district_id = ?"
        params.append(district_id)
    return [atlas.enterprise(r["id"]) for r in atlas._all(sql + " ORDER BY rowid", *params)]


def colleges_in(atlas: Atlas, district_id: str) -> list:
    return [c for c in atlas.colleges() if c.district.id == district_id]


def professions_for_speciality(atlas: Atlas, code: str) -> list[str]:
    return [r["profession_id"] for r in atlas._all(
        "SELECT profession_id FROM profession_specialities WHERE speciality_code = ? "
        "ORDER BY rowid", code)]


def offers_of_college(atlas: Atlas, college_id: str) -> list[CollegeOffer]:
    return [o for o in atlas.all_offers() if o.college.id == college_id]


def _employment(atlas: Atlas, where: str, *params) -> list[EmploymentRow]:
    return [EmploymentRow(r["speciality_code"], r["year_from"], r["year_to"], r["graduates"],
                          r["employed"], atlas.source(r["source_id"]))
            for r in atlas._all(f"SELECT * FROM graduate_employment WHERE {where}", *params)]


def employment_of_college(atlas: Atlas, college_id: str) -> list[EmploymentRow]:
    return _employment(atlas, "college_id = ? ORDER BY year_to, speciality_code", college_id)


def employment_of_speciality(atlas: Atlas, code: str) -> list[EmploymentRow]:
    return _employment(atlas, "speciality_code = ? AND college_id IS NULL ORDER BY year_to", code)


def memoranda(atlas: Atlas, college_id: str | None = None,
              enterprise_id: str | None = None) -> list[Memorandum]:
    sql, params = "SELECT * FROM memoranda WHERE 1 = 1", []
    if college_id:
        sql += " AND college_id = ?"
        params.append(college_id)
    if enterprise_id:
        sql += " AND enterprise_id = ?"
        params.append(enterprise_id)
    return [Memorandum(r["id"], r["college_id"], r["enterprise_id"], r["year"],
                       LocalText.from_row(r, "topic"), atlas.source(r["source_id"]))
            for r in atlas._all(sql + " ORDER BY rowid", *params)]


def jobs_at_enterprise(atlas: Atlas, enterprise_id: str) -> list[JobsAt]:
    return [JobsAt(r["profession_id"], r["enterprise_id"], r["year"], r["jobs"],
                   atlas.source(r["source_id"]))
            for r in atlas._all("SELECT * FROM demand WHERE enterprise_id = ? "
                                "ORDER BY profession_id, year", enterprise_id)]


def employers_of_profession(atlas: Atlas, profession_id: str) -> list[tuple[str, int]]:
    """Employers with new jobs in this profession: (enterprise id, jobs in all years)."""
    return [(r["enterprise_id"], r["jobs"]) for r in atlas._all(
        "SELECT enterprise_id, SUM(jobs) AS jobs FROM demand WHERE profession_id = ? AND "
        "enterprise_id IS NOT NULL GROUP BY enterprise_id ORDER BY jobs DESC", profession_id)]


def specialities_taught_by(atlas: Atlas, college_id: str) -> list[str]:
    return [r["speciality_code"] for r in atlas._all(
        "SELECT DISTINCT speciality_code FROM college_specialities WHERE college_id = ? "
        "ORDER BY speciality_code", college_id)]
