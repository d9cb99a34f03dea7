"""From a scored profile and the student's situation to professions, specialities and colleges.

Formula (all parts 0–1; the weights are ``WEIGHTS``, in this one place)::

    interest = W_PROFILE · profile_fit + W_CODE · C / C_MAX                   ("interests")
        profile_fit = Σ w_i · rel(letter_i of the profession's code) / Σ w_i, w = 3, 2, 1,
                      rel(t) = where t lies between the student's lowest (0) and highest (1)
                      percentage;
                      a missing letter of a short code counts as the mean over the types
                      not in the code (no bonus and no penalty for a short code)
        C           = Brown & Gore C index, missing letters filled the same way, and the
                      best over every reading of the student's code that a tie allows
    klimov   = DDO points of the profession's Klimov type / 8     ("kind_of_work", if taken)
    demand   = log(1 + new jobs) / log(1 + the largest such figure)          ("regional_need")
    reach    = exp(-km / REACH_KM) to the nearest open group, 1 in one's district ("near_you")
    new      = 1 for a new or changing profession                                     ("new")
    score    = Σ weight · part / (sum of the weights used)

Only figures whose source kind is in ``TRUSTED_KINDS`` count: a ``sample`` (illustrative) demand
row, college group, graduate-employment rate or number of state places never moves a score or
becomes a reason shown to a student (see ``recommend_index``).

Honest lists: ``professions`` holds only matches whose ``interest_fit`` reaches
``FIT_THRESHOLD`` (at most ``TOP_N``, never padded). Below it a profession may appear only in
``also_consider`` ("worth a look", ``band="worth_a_look"``) when it is needed in the region
(trusted demand in the top quarter) or taught near the student, with that reason among its
reasons. Every match carries its ``contributions``: the share of its score each term gave.

Ties: the scorer lists tied types in hexagon order only for a stable display. The match is made
against every reading of the code the tie allows (``scoring.code_readings``), taking the best,
so each tied type leads professions.

Variety: at most ``MAX_PER_INDUSTRY`` professions of one industry in the top ``TOP_N`` while a
profession of another industry scores within ``VARIETY_MARGIN``.

A flat profile (see ``scoring``) gets no interest ranking at all: the result says so and lists
only the region's most needed professions as information, without any "fit".

Colleges are ordered by reachability: the student's own district first, then by distance
(straight line between approximate coordinates × ``ROAD_FACTOR``). Groups the student cannot
enter (wrong entry grade, no group in their language, beyond their travel limit, no dormitory
when one is needed) are kept but marked ``available=False`` with their ``blockers``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, replace

from guidance.congruence import C_MAX, c_index, c_index_filled
from guidance.recommend_index import TRUSTED_KINDS, RecommendationIndex
from guidance.recommend_models import (
    CollegeOption,
    Contribution,
    Pathway,
    ProfessionMatch,
    Reason,
    Recommendations,
    StudentContext,
)
from guidance.scoring import HEXAGON, DdoScores, RiasecScores, code_readings

WEIGHTS = {  # the ranking's terms and their weights; ``contributions`` use the same numbers
    "interests": 0.55,
    "kind_of_work": 0.15,
    "regional_need": 0.15,
    "near_you": 0.10,
    "new": 0.05,
}
W_PROFILE = 0.7
W_CODE = 0.3
LETTER_WEIGHTS = (3, 2, 1)
# A profession "fits" when its interest fit is at least this. On a clear profile (own type high,
# both hexagon neighbours medium) a profession starting with the student's type scores about
# 0.7–0.85; one starting with a neighbour about 0.6; an alternate or opposite first letter under
# 0.5 (tools/validity.py prints the lists).
FIT_THRESHOLD = 0.6
TOP_N = 10
MAX_PER_INDUSTRY = 3
VARIETY_MARGIN = 0.08
FLAT_NEEDS_N = 6  # a flat profile's list of regional needs, one per industry
ALSO_CONSIDER_N = 5
ALSO_MIN_INTEREST = 0.4
ROAD_FACTOR = 1.25
REACH_KM = 150.0  # reach = exp(-km / REACH_KM) for the nearest open group; 1 in one's district
EARTH_RADIUS_KM = 6371.0


def distance_km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    if a is None or b is None or not all(map(math.isfinite, (*a, *b))):
        return None  # an unknown place (the atlas check refuses such coordinates anyway)
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return round(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h)) * ROAD_FACTOR, 1)


def profile_fit(percentages: dict[str, float], code: str) -> float:
    """How strongly the student likes the letters of ``code``, weighted 3-2-1 by position (0–1).

    Each type counts by where it lies between the student's own lowest and highest type, so a
    student who rates everything high still gets a clear order instead of "everything fits".
    Symmetric in tied types.
    """
    top = max(percentages.get(t, 0.0) for t in HEXAGON)
    low = min(percentages.get(t, 0.0) for t in HEXAGON)
    if top <= low or not code:
        return 0.0
    rel = {t: (percentages.get(t, 0.0) - low) / (top - low) for t in HEXAGON}
    unused = [t for t in HEXAGON if t not in code]
    total = 0.0
    for i, weight in enumerate(LETTER_WEIGHTS):
        if i < len(code):
            total += weight * rel[code[i]]
        elif unused:
            total += weight * sum(rel[t] for t in unused) / len(unused)
    return total / sum(LETTER_WEIGHTS)


def interest_fit(percentages: dict[str, float], readings: tuple[str, ...], code: str
                 ) -> tuple[float, int]:
    """(interest 0–1, the standard C index of the best reading) for a profession's ``code``."""
    best = max(readings, key=lambda r: (c_index_filled(r, code), -readings.index(r)))
    congruence = c_index_filled(best, code) / C_MAX
    return W_PROFILE * profile_fit(percentages, code) + W_CODE * congruence, c_index(best, code)


class Recommender:
    """Holds the in-memory index of one atlas; ``recommend`` is then pure computation."""

    def __init__(self, index: RecommendationIndex):
        self.index = index

    # --- colleges ------------------------------------------------------------------------
    def college_options(self, speciality_code: str, ctx: StudentContext) -> tuple[CollegeOption,
                                                                                  ...]:
        home = self.index.district_coords.get(ctx.district_id)
        options = []
        for offer in self.index.offers.get(speciality_code, ()):
            college = self.index.colleges[offer.college_id]
            km = distance_km(home, college.coords)
            same = college.district_id == ctx.district_id
            blockers = []
            # None = not published: "check with the college", never a blocker
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
            reasons = [Reason("same_district") if same else
                       Reason("distance", {"km": km} if km is not None else {})]
            reasons.append(Reason("taught_in", {"town": asdict(college.town), "km": km or 0.0}))
            reasons.append(Reason("group_language", {"language": offer.language}))
            if college.dormitory:
                reasons.append(Reason("dormitory_available"))
            if offer.state_places and offer.source_kind in TRUSTED_KINDS:
                reasons.append(Reason("state_places", {"places": offer.state_places,
                                                       "kind": offer.source_kind}))
            employment = self.index.employment.get((offer.college_id, speciality_code)) or \
                self.index.employment.get((None, speciality_code))
            if employment:
                reasons.append(Reason("graduate_employment", {"percent": round(employment[0] * 100),
                                                              "kind": employment[1]}))
            options.append(CollegeOption(
                college_id=offer.college_id, name=college.name, town=college.town,
                district_id=college.district_id, speciality_code=speciality_code,
                language=offer.language, entry_grades=offer.entry_grades, distance_km=km,
                same_district=same, dormitory=college.dormitory,
                state_places=offer.state_places, source_kind=offer.source_kind,
                available=not blockers, blockers=tuple(blockers), reasons=tuple(reasons)))
        options.sort(key=lambda o: (not o.available, not o.same_district,
                                    o.distance_km if o.distance_km is not None else 1e9,
                                    o.college_id))
        return tuple(options)

    def pathways(self, profession_id: str, ctx: StudentContext,
                 cache: dict[str, tuple[CollegeOption, ...]] | None = None
                 ) -> tuple[Pathway, ...]:
        """Specialities of a profession with their colleges; ``cache`` shares the college
        options of a speciality between professions within one recommendation."""
        cache = {} if cache is None else cache
        result = []
        for code in self.index.specialities_of.get(profession_id, ()):
            if code not in cache:
                cache[code] = self.college_options(code, ctx)
            speciality = self.index.specialities[code]
            result.append(Pathway(code, speciality.name, speciality.source_kind, cache[code]))
        return tuple(result)

    # --- professions ---------------------------------------------------------------------
    def _interest_part(self, code: str, riasec: RiasecScores, readings: tuple[str, ...],
                       reasons: list[Reason]) -> tuple[float, int]:
        fit, c_value = interest_fit(riasec.percentages, readings, code)
        leaders = dict.fromkeys(r[0] for r in readings)
        wanted = dict.fromkeys(letter for r in readings for letter in r)
        if code[0] in leaders:
            reasons.append(Reason("matches_top_interest", {"type": code[0]}))
        else:
            shared = "".join(letter for letter in code if letter in wanted)
            if shared:
                reasons.append(Reason("matches_interests", {"types": shared}))
        return fit, c_value

    def _match(self, profession_id: str, riasec: RiasecScores | None, ddo: DdoScores | None,
               ctx: StudentContext, cache: dict[str, tuple[CollegeOption, ...]],
               readings: tuple[str, ...] = ()) -> ProfessionMatch:
        p = self.index.professions[profession_id]
        reasons: list[Reason] = []
        parts: dict[str, float] = {}
        fit = c_value = None
        if riasec is not None:
            fit, c_value = self._interest_part(p.riasec, riasec, readings or (riasec.code,),
                                               reasons)
            parts["interests"] = fit
        if ddo is not None:
            points = ddo.counts.get(p.klimov, 0)
            parts["kind_of_work"] = points / 8
            if ddo.bands.get(p.klimov) == "pronounced":
                reasons.append(Reason("klimov_match", {"type": p.klimov, "points": points}))
        jobs, last_year, kinds = self.index.demand.get(profession_id, (0, None, ()))
        parts["regional_need"] = self.index.demand_scale(jobs)
        if jobs:
            reasons.append(Reason("new_jobs", {"jobs": jobs, "year": last_year,
                                               "kind": weakest_kind(kinds)}))
        pathways = self.pathways(profession_id, ctx, cache)
        open_options = [o for pw in pathways for o in pw.colleges if o.available]
        trusted = [o for o in open_options if o.source_kind in TRUSTED_KINDS]
        parts["near_you"] = 0.0
        if trusted:
            best = min(trusted, key=lambda o: (not o.same_district, o.distance_km or 0.0))
            km = 0.0 if best.same_district else (best.distance_km or 0.0)
            parts["near_you"] = math.exp(-km / REACH_KM)
            reasons.append(Reason("nearest_college", {"town": asdict(best.town), "km": km}))
        elif not open_options:
            reasons.append(Reason("no_open_group"))
        parts["new"] = 1.0 if p.is_new else 0.0
        if p.is_new:
            reasons.append(Reason("new_profession", {"horizon": p.horizon}))
        used = sum(WEIGHTS[term] for term in parts)
        contributions = tuple(Contribution(term, round(WEIGHTS[term] * parts[term] / used, 4))
                              for term in WEIGHTS if term in parts)
        score = sum(WEIGHTS[term] * value for term, value in parts.items()) / used
        return ProfessionMatch(
            profession_id=p.id, name=p.name, industry_id=p.industry_id, riasec=p.riasec,
            klimov=p.klimov, level=p.level, is_new=p.is_new, horizon=p.horizon,
            score=round(score, 4), interest_fit=None if fit is None else round(fit, 3),
            c_index=c_value, demand_jobs=jobs, demand_source_kind=weakest_kind(kinds),
            reachable=bool(open_options), reasons=tuple(reasons), pathways=pathways,
            contributions=contributions)

    def _worth_a_look(self, matches: list[ProfessionMatch], chosen: set[str]
                      ) -> list[ProfessionMatch]:
        """Below the fit threshold but needed in the region or taught near the student."""
        jobs = sorted((m.demand_jobs for m in matches if m.demand_jobs), reverse=True)
        demand_cut = jobs[min(len(jobs), max(1, len(matches) // 4)) - 1] if jobs else 0
        found = []
        for m in matches:
            if m.profession_id in chosen or m.interest_fit is None:
                continue
            if not ALSO_MIN_INTEREST <= m.interest_fit < FIT_THRESHOLD:
                continue
            needed = m.demand_jobs >= demand_cut > 0
            near = any(r.code == "nearest_college" and r.params.get("km") == 0.0
                       for r in m.reasons)
            if needed or near:
                found.append(replace(m, band="worth_a_look"))
        found.sort(key=lambda m: (-m.score, m.profession_id))
        return found[:ALSO_CONSIDER_N]

    def recommend(self, riasec: RiasecScores | None, ctx: StudentContext,
                  ddo: DdoScores | None = None) -> Recommendations:
        cache: dict[str, tuple[CollegeOption, ...]] = {}
        if riasec is not None and riasec.is_flat:
            info = sorted((self._match(pid, None, None, ctx, cache)
                           for pid in self.index.professions),
                          key=lambda m: (-m.demand_jobs, m.profession_id))
            return Recommendations("flat_profile", riasec.code, (), varied_needs(info), ctx,
                                   self.index.edition, riasec.ties, FIT_THRESHOLD)
        readings = code_readings(riasec) if riasec is not None else ()
        matches = sorted((self._match(pid, riasec, ddo, ctx, cache, readings)
                          for pid in self.index.professions),
                         key=lambda m: (-m.score, m.profession_id))
        if riasec is None:  # DDO only: no interest fit to hold the list to
            top = pick_with_variety(matches)
            return Recommendations("no_profile", "", tuple(top), (), ctx, self.index.edition)
        fitting = [m for m in matches if m.interest_fit >= FIT_THRESHOLD]
        top = pick_with_variety(fitting)
        also = self._worth_a_look(matches, {m.profession_id for m in top})
        return Recommendations("ok", riasec.code, tuple(top), tuple(also), ctx,
                               self.index.edition, riasec.ties, FIT_THRESHOLD)


def varied_needs(by_demand: list[ProfessionMatch]) -> tuple[ProfessionMatch, ...]:
    """What a flat profile is shown: the region's needs, one profession per industry (the most
    needed jobs alone are often five jobs of one plant). ``demand_jobs`` counts no ``sample``
    row, so only professions with a trusted demand figure are listed."""
    fields: set[str] = set()
    picked = []
    for match in by_demand:
        if match.demand_jobs and match.industry_id not in fields:
            fields.add(match.industry_id)
            picked.append(replace(match, band="worth_a_look"))
    return tuple(picked[:FLAT_NEEDS_N])


KIND_TRUST = ("official", "press", "estimate", "sample")


def weakest_kind(kinds) -> str | None:
    present = [k for k in KIND_TRUST if k in kinds]
    return present[-1] if present else None


def pick_with_variety(ranked: list[ProfessionMatch], top_n: int = TOP_N) -> list[ProfessionMatch]:
    picked: list[ProfessionMatch] = []
    deferred: list[ProfessionMatch] = []
    per_industry: dict[str, int] = {}
    for i, match in enumerate(ranked):
        if len(picked) == top_n:
            break
        crowded = per_industry.get(match.industry_id, 0) >= MAX_PER_INDUSTRY
        alternative = any(other.score >= match.score - VARIETY_MARGIN and
                          per_industry.get(other.industry_id, 0) < MAX_PER_INDUSTRY and
                          other.industry_id != match.industry_id for other in ranked[i + 1:])
        if crowded and alternative:
            deferred.append(match)
            continue
        picked.append(match)
        per_industry[match.industry_id] = per_industry.get(match.industry_id, 0) + 1
    for match in deferred:
        if len(picked) == top_n:
            break
        picked.append(match)
    return sorted(picked, key=lambda m: (-m.score, m.profession_id))
