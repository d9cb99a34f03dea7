"""The colleges of a speciality as one student sees them: reachable or not, nearest first.

Split from ``recommend`` so that a recommendation does the least work per profession: what
depends only on the atlas (the distance from each district to each college, a college's town
as a reason's parameter) is worked out once per ``CollegeTables`` (one per recommender, i.e.
per atlas: an update builds a new index and with it a new recommender); what depends on the
student (entry grade, language, travel limit, dormitory) runs once per speciality and call
(``SpecialityColleges``); and the full ``CollegeOption``s with their reasons are built only
for the professions a student is actually shown (``SpecialityColleges.options``).

Distances are straight lines between approximate coordinates × ``ROAD_FACTOR``.
"""

from __future__ import annotations

import math
from dataclasses import asdict

from guidance.recommend_index import (
    TRUSTED_KINDS,
    IndexedCollege,
    IndexedOffer,
    RecommendationIndex,
)
from guidance.recommend_models import CollegeOption, Reason, StudentContext

ROAD_FACTOR = 1.25
EARTH_RADIUS_KM = 6371.0
FAR_AWAY = 1e9  # an unknown distance sorts after every known one


def distance_km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    if a is None or b is None or not all(map(math.isfinite, (*a, *b))):
        return None  # an unknown place (the atlas check refuses such coordinates anyway)
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return round(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h)) * ROAD_FACTOR, 1)


class CollegeTables:
    """What one atlas's colleges look like from each district, computed on first use."""

    def __init__(self, index: RecommendationIndex):
        self.index = index
        self._km: dict[str, dict[str, float | None]] = {}
        self._groups: dict[str, list[tuple[IndexedOffer, IndexedCollege, bool]]] = {}
        self._towns = {cid: asdict(c.town) for cid, c in index.colleges.items()}

    def km_from(self, district_id: str) -> dict[str, float | None]:
        """{college id: road distance in km, None when a place is unknown}."""
        table = self._km.get(district_id)
        if table is None:
            home = self.index.district_coords.get(district_id)
            table = {cid: distance_km(home, c.coords) for cid, c in self.index.colleges.items()}
            self._km[district_id] = table
        return table

    def town(self, college_id: str) -> dict:
        """The college's town as a reason parameter (a fresh dict: a caller may keep it)."""
        return dict(self._towns[college_id])

    def groups(self, code: str) -> list[tuple[IndexedOffer, IndexedCollege, bool]]:
        """The speciality's groups with their college and whether their source is trusted."""
        found = self._groups.get(code)
        if found is None:
            found = self._groups[code] = [
                (offer, self.index.colleges[offer.college_id], offer.source_kind in TRUSTED_KINDS)
                for offer in self.index.offers.get(code, ())]
        return found

    def for_speciality(self, code: str, ctx: StudentContext) -> SpecialityColleges:
        return SpecialityColleges(self, code, ctx)


class SpecialityColleges:
    """The groups of one speciality for one student, sorted: open ones first, then the
    student's own district, then by distance, then by college id."""

    def __init__(self, tables: CollegeTables, code: str, ctx: StudentContext):
        self.tables, self.code = tables, code
        km_of = tables.km_from(ctx.district_id)
        home = ctx.district_id
        rows = []
        for offer, college, trusted in tables.groups(code):
            km = km_of[offer.college_id]
            same = college.district_id == home
            blockers = _blockers(offer, college, ctx, km, same)
            rows.append(((bool(blockers), not same, km if km is not None else FAR_AWAY,
                          offer.college_id), offer, college, km, same, blockers, trusted))
        rows.sort(key=lambda row: row[0])
        self.rows = rows
        self.any_open = any(not row[5] for row in rows)
        # the first open group from a trusted source with the least (other district, km): the
        # "near you" term and its reason
        self.nearest: tuple[tuple[bool, float], IndexedCollege, float | None, bool] | None = None
        for _key, _offer, college, km, same, blockers, trusted in rows:
            if blockers or not trusted:
                continue
            key = (not same, km or 0.0)
            if self.nearest is None or key < self.nearest[0]:
                self.nearest = (key, college, km, same)
        self._options: tuple[CollegeOption, ...] | None = None

    def options(self) -> tuple[CollegeOption, ...]:
        if self._options is None:
            self._options = tuple(self._option(*row[1:6]) for row in self.rows)
        return self._options

    def _option(self, offer: IndexedOffer, college: IndexedCollege, km: float | None,
                same: bool, blockers: tuple[str, ...]) -> CollegeOption:
        index, code = self.tables.index, self.code
        reasons = [Reason("same_district") if same else
                   Reason("distance", {"km": km} if km is not None else {})]
        reasons.append(Reason("taught_in", {"town": self.tables.town(college.id),
                                            "km": km or 0.0}))
        reasons.append(Reason("group_language", {"language": offer.language}))
        if college.dormitory:
            reasons.append(Reason("dormitory_available"))
        if offer.state_places and offer.source_kind in TRUSTED_KINDS:
            reasons.append(Reason("state_places", {"places": offer.state_places,
                                                   "kind": offer.source_kind}))
        employment = index.employment.get((offer.college_id, code)) or \
            index.employment.get((None, code))
        if employment:
            reasons.append(Reason("graduate_employment", {"percent": round(employment[0] * 100),
                                                          "kind": employment[1]}))
        return CollegeOption(
            college_id=offer.college_id, name=college.name, town=college.town,
            district_id=college.district_id, speciality_code=code,
            language=offer.language, entry_grades=offer.entry_grades, distance_km=km,
            same_district=same, dormitory=college.dormitory,
            state_places=offer.state_places, source_kind=offer.source_kind,
            available=not blockers, blockers=blockers, reasons=tuple(reasons))


def _blockers(offer: IndexedOffer, college: IndexedCollege, ctx: StudentContext,
              km: float | None, same: bool) -> tuple[str, ...]:
    """Why the student cannot enter this group; None (not published) is never a blocker."""
    blockers = []
    if (ctx.grade <= 9 and offer.after_9 is False) or \
            (ctx.grade >= 10 and offer.after_11 is False):
        blockers.append("wrong_grade")
    if offer.language is not None and ctx.study_language not in ("any", offer.language):
        blockers.append("wrong_language")
    if ctx.max_distance_km is not None and km is not None and km > ctx.max_distance_km \
            and not same:
        blockers.append("too_far")
    if ctx.needs_dormitory and not same and college.dormitory is False:
        blockers.append("no_dormitory")
    return tuple(blockers)
