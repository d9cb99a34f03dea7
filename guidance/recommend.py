"""From a scored profile and the student's situation to professions, specialities and colleges.

Formula (all parts 0–1, weights are the named constants below)::

    interest = W_PROFILE · profile_fit + W_CODE · C / C_MAX
        profile_fit = Σ w_i · pct(letter_i of the profession's code) / 100 / Σ w_i, w = 3, 2, 1
        C           = Brown & Gore C index of the student's code against the profession's
    klimov   = DDO points of the profession's Klimov type / 8          (only if the DDO was taken)
    demand   = log(1 + new jobs 2025–2027) / log(1 + the largest such figure in the atlas)
    new      = 1 for a new or changing profession
    reach    = exp(-km / REACH_KM) for the nearest group open to the student (0 km in the
               student's own district); 0 if no group is open
    score    = (W_INTEREST·interest + W_KLIMOV·klimov + W_DEMAND·demand + W_NEW·new
                + W_REACH·reach) / (sum of the weights used)

Variety: at most ``MAX_PER_INDUSTRY`` professions of one industry in the top ``TOP_N`` while a
profession of another industry scores within ``VARIETY_MARGIN``. "Also consider": in-demand
professions with a moderate interest fit that did not make the top list.

A flat profile (see ``scoring``) gets no interest ranking at all: the result says so, and lists
only the region's most needed professions as information, without any "fit".

Colleges are ordered by reachability: the student's own district first, then by distance
(straight line between approximate coordinates × ``ROAD_FACTOR``). Groups the student cannot
enter (wrong entry grade, no group in their language, beyond their travel limit, no dormitory
when one is needed) are kept but marked ``available=False`` with their ``blockers``.
"""

from __future__ import annotations

import math
from dataclasses import asdict

from guidance.congruence import C_MAX, c_index
from guidance.recommend_index import RecommendationIndex
from guidance.recommend_models import (
    CollegeOption,
    Pathway,
    ProfessionMatch,
    Reason,
    Recommendations,
    StudentContext,
)
from guidance.scoring import DdoScores, RiasecScores

W_PROFILE = 0.7
W_CODE = 0.3
LETTER_WEIGHTS = (3, 2, 1)
W_INTEREST = 0.55
W_KLIMOV = 0.15
W_DEMAND = 0.15
W_NEW = 0.05
W_REACH = 0.10
TOP_N = 10
MAX_PER_INDUSTRY = 3
VARIETY_MARGIN = 0.08
ALSO_CONSIDER_N = 5
ALSO_MIN_INTEREST = 0.35
ALSO_MAX_INTEREST = 0.6
ROAD_FACTOR = 1.25
REACH_KM = 150.0  # reach = exp(-km / REACH_KM) for the nearest open group; 1 in one's district
EARTH_RADIUS_KM = 6371.0


def distance_km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float | None:
    if a is None or b is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return round(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h)) * ROAD_FACTOR, 1)


def profile_fit(percentages: dict[str, float], code: str) -> float:
    weights = LETTER_WEIGHTS[: len(code)]
    return sum(w * percentages[letter] / 100 for w, letter in zip(weights, code, strict=False)) \
        / sum(weights)


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
            if (ctx.grade <= 9 and not offer.after_9) or (ctx.grade >= 10 and not offer.after_11):
                blockers.append("wrong_grade")
            if ctx.study_language not in ("any", offer.language):
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
            if offer.state_places:
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
    def _match(self, profession_id: str, riasec: RiasecScores | None, ddo: DdoScores | None,
               ctx: StudentContext, cache: dict[str, tuple[CollegeOption, ...]]
               ) -> ProfessionMatch:
        p = self.index.professions[profession_id]
        reasons: list[Reason] = []
        parts: list[tuple[float, float]] = []
        fit = c_value = None
        if riasec is not None:
            fit = profile_fit(riasec.percentages, p.riasec)
            c_value = c_index(riasec.code, p.riasec)
            parts.append((W_INTEREST, W_PROFILE * fit + W_CODE * c_value / C_MAX))
            if p.riasec[0] == riasec.code[0]:
                reasons.append(Reason("matches_top_interest", {"type": riasec.code[0]}))
            shared = "".join(letter for letter in p.riasec if letter in riasec.code[:3])
            if shared and p.riasec[0] != riasec.code[0]:
                reasons.append(Reason("matches_interests", {"types": shared}))
        if ddo is not None:
            points = ddo.counts.get(p.klimov, 0)
            parts.append((W_KLIMOV, points / 8))
            if ddo.bands.get(p.klimov) == "pronounced":
                reasons.append(Reason("klimov_match", {"type": p.klimov, "points": points}))
        jobs, last_year, kinds = self.index.demand.get(profession_id, (0, None, ()))
        parts.append((W_DEMAND, self.index.demand_scale(jobs)))
        if jobs:
            reasons.append(Reason("new_jobs", {"jobs": jobs, "year": last_year,
                                               "kind": weakest_kind(kinds)}))
        parts.append((W_NEW, 1.0 if p.is_new else 0.0))
        if p.is_new:
            reasons.append(Reason("new_profession", {"horizon": p.horizon}))
        pathways = self.pathways(profession_id, ctx, cache)
        open_options = [o for pw in pathways for o in pw.colleges if o.available]
        if open_options:
            best = min(open_options, key=lambda o: (not o.same_district, o.distance_km or 0.0))
            km = 0.0 if best.same_district else (best.distance_km or 0.0)
            parts.append((W_REACH, math.exp(-km / REACH_KM)))
            reasons.append(Reason("nearest_college", {"town": asdict(best.town), "km": km}))
        else:
            parts.append((W_REACH, 0.0))
            reasons.append(Reason("no_open_group"))
        score = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
        return ProfessionMatch(
            profession_id=p.id, name=p.name, industry_id=p.industry_id, riasec=p.riasec,
            klimov=p.klimov, level=p.level, is_new=p.is_new, horizon=p.horizon,
            score=round(score, 4), interest_fit=None if fit is None else round(fit, 3),
            c_index=c_value, demand_jobs=jobs, demand_source_kind=weakest_kind(kinds),
            reachable=bool(open_options), reasons=tuple(reasons), pathways=pathways)

    def recommend(self, riasec: RiasecScores | None, ctx: StudentContext,
                  ddo: DdoScores | None = None) -> Recommendations:
        cache: dict[str, tuple[CollegeOption, ...]] = {}
        if riasec is not None and riasec.is_flat:
            info = sorted((self._match(pid, None, None, ctx, cache)
                           for pid in self.index.professions),
                          key=lambda m: (-m.demand_jobs, m.profession_id))
            return Recommendations("flat_profile", riasec.code, (), tuple(info[:ALSO_CONSIDER_N]),
                                   ctx, self.index.edition)
        matches = sorted((self._match(pid, riasec, ddo, ctx, cache)
                          for pid in self.index.professions),
                         key=lambda m: (-m.score, m.profession_id))
        top = pick_with_variety(matches)
        chosen = {m.profession_id for m in top}
        demand_cut = sorted((m.demand_jobs for m in matches), reverse=True)[
            max(0, len(matches) // 4 - 1)] if matches else 0
        also = [m for m in matches
                if m.profession_id not in chosen and m.demand_jobs >= demand_cut > 0
                and (m.interest_fit is None
                     or ALSO_MIN_INTEREST <= m.interest_fit <= ALSO_MAX_INTEREST)]
        also.sort(key=lambda m: (-m.demand_jobs, m.profession_id))
        status = "ok" if riasec is not None else "no_profile"
        return Recommendations(status, riasec.code if riasec else "", tuple(top),
                               tuple(also[:ALSO_CONSIDER_N]), ctx, self.index.edition)


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
