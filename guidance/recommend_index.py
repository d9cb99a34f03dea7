"""An in-memory index of the atlas for the recommender: read once, then every recommendation
is pure Python over small dicts (well under 10 ms on the shipped atlas).

Only figures whose source kind is in ``TRUSTED_KINDS`` enter the demand totals and the
graduate-employment rates: a ``sample`` row (illustrative, invented) is left out here, so it can
never drive a score or a reason. College groups keep their kind (``IndexedOffer.source_kind``)
because the student still sees them, badged; the recommender decides what they may drive.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from guidance.atlas import Atlas
from guidance.atlas.models import LocalText

TRUSTED_KINDS = ("official", "press", "estimate")


@dataclass(frozen=True)
class IndexedProfession:
    id: str
    name: LocalText
    industry_id: str
    riasec: str
    klimov: str
    level: str
    is_new: bool
    horizon: int | None


@dataclass(frozen=True)
class IndexedCollege:
    id: str
    name: LocalText
    town: LocalText
    district_id: str
    coords: tuple[float, float] | None
    dormitory: bool | None


@dataclass(frozen=True)
class IndexedOffer:
    college_id: str
    language: str | None  # None: not published
    after_9: bool | None
    after_11: bool | None
    state_places: int | None
    source_kind: str

    @property
    def entry_grades(self) -> tuple[int, ...]:
        """Grades known to enter; an unpublished entry grade is left out (not a blocker)."""
        return tuple(g for g, ok in ((9, self.after_9), (11, self.after_11)) if ok)


@dataclass(frozen=True)
class IndexedSpeciality:
    code: str
    name: LocalText
    source_kind: str


class RecommendationIndex:
    def __init__(self, atlas: Atlas):
        self.edition = atlas.info().edition
        districts = {d.id: d for d in atlas.districts()}
        self.district_coords = {d.id: (d.lat, d.lon) for d in districts.values()
                                if d.lat is not None and d.lon is not None}
        self.professions: dict[str, IndexedProfession] = {}
        for pid in atlas.profession_ids():
            p = atlas.profession(pid)
            self.professions[pid] = IndexedProfession(p.id, p.name, p.industry.id, p.riasec,
                                                      p.klimov, p.level, p.is_new, p.horizon)
        self.specialities_of: dict[str, list[str]] = {}
        codes: set[str] = set()
        for pid, code in atlas.profession_speciality_links():
            self.specialities_of.setdefault(pid, []).append(code)
            codes.add(code)
        self.specialities = {}
        for code in sorted(codes):
            s = atlas.speciality(code)
            self.specialities[code] = IndexedSpeciality(code, s.name, s.source.kind)
        self.colleges: dict[str, IndexedCollege] = {}
        for c in atlas.colleges():
            coords = (c.lat, c.lon) if c.lat is not None and c.lon is not None \
                else self.district_coords.get(c.district.id)
            # a college no source confirms has no dormitory figure to close a group with
            dormitory = c.dormitory if c.source.kind in TRUSTED_KINDS else None
            self.colleges[c.id] = IndexedCollege(c.id, c.name, c.town, c.district.id, coords,
                                                 dormitory)
        self.offers: dict[str, list[IndexedOffer]] = {}
        for o in atlas.all_offers():
            # a group no source confirms (``sample``) keeps no figure, even if an update gives
            # it one: its language, entry grade or places never close it or show as a reason
            facts = (o.language, o.after_9, o.after_11, o.state_places) \
                if o.source.kind in TRUSTED_KINDS else (None, None, None, None)
            self.offers.setdefault(o.speciality_code, []).append(IndexedOffer(
                o.college.id, *facts, o.source.kind))
        self.demand = trusted_demand(atlas)
        self.employment = {key: value for key, value in atlas.employment_by_speciality().items()
                           if value[1] in TRUSTED_KINDS}
        self._max_jobs = max((jobs for jobs, _y, _k in self.demand.values()), default=0)

    def demand_scale(self, jobs: int) -> float:
        if not jobs or not self._max_jobs:
            return 0.0
        return math.log1p(jobs) / math.log1p(self._max_jobs)


def trusted_demand(atlas: Atlas) -> dict[str, tuple[int, int, tuple[str, ...]]]:
    """Per profession: (new jobs, last year, kinds of source) from trusted rows only."""
    totals: dict[str, tuple[int, int, tuple[str, ...]]] = {}
    for pid in atlas.profession_ids():
        rows = [d for d in atlas.demand_for_profession(pid) if d.source.kind in TRUSTED_KINDS]
        if rows:
            totals[pid] = (sum(d.jobs for d in rows), max(d.year for d in rows),
                           tuple(sorted({d.source.kind for d in rows})))
    return totals
