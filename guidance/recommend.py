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
from typing import TypeVar

from guidance.recommend_colleges import CollegeTables, SpecialityColleges, distance_km
from guidance.recommend_index import TRUSTED_KINDS, RecommendationIndex
from guidance.recommend_interest import (
    LETTER_WEIGHTS,
    W_CODE,
    W_PROFILE,
    interest_fit,
    profile_fit,
    relative_levels,
)
from guidance.recommend_models import (
    CollegeOption,
    Contribution,
    Pathway,
    ProfessionMatch,
    Reason,
    Recommendations,
    StudentContext,
)
from guidance.scoring import DdoScores, RiasecScores, code_readings

__all__ = ["LETTER_WEIGHTS", "TRUSTED_KINDS", "W_CODE", "W_PROFILE", "Recommender", "distance_km",
           "interest_fit", "pick_with_variety", "profile_fit", "varied_needs"]

WEIGHTS = {  # the ranking's terms and their weights; ``contributions`` use the same numbers
    "interests": 0.55,
    "kind_of_work": 0.15,
    "regional_need": 0.15,
    "near_you": 0.10,
    "new": 0.05,
}
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
REACH_KM = 150.0  # reach = exp(-km / REACH_KM) for the nearest open group; 1 in one's district
W_INTERESTS, W_KIND, W_NEED, W_NEAR, W_NEW = WEIGHTS.values()


class _Ranked:
    """One profession's score and what its full ``ProfessionMatch`` is made from. Every
    profession is ranked; only the few a student is shown become full matches (with their
    colleges and reasons), so a recommendation's cost grows slowly with the catalogue."""

    __slots__ = ("profession_id", "industry_id", "score", "interest_fit", "demand_jobs",
                 "near", "fit", "c_value", "parts", "interest_reasons", "colleges", "nearest")

    def __init__(self, profession_id, industry_id, score, fit, c_value, jobs, parts,
                 interest_reasons, colleges, nearest):
        self.profession_id, self.industry_id = profession_id, industry_id
        self.score = round(score, 4)
        self.fit, self.c_value = fit, c_value
        self.interest_fit = None if fit is None else round(fit, 3)
        self.demand_jobs, self.parts = jobs, parts
        self.interest_reasons, self.colleges, self.nearest = interest_reasons, colleges, nearest
        # "taught near the student": the nearest trusted open group is in their district or 0 km
        self.near = nearest is not None and (nearest[3] or not nearest[2])


class _Call:
    """What one recommendation computes once and shares between professions: the interest
    part of each distinct Holland code, each speciality's colleges for this student."""

    def __init__(self, recommender: Recommender, riasec: RiasecScores | None,
                 ddo: DdoScores | None, ctx: StudentContext, readings: tuple[str, ...]):
        self.recommender, self.riasec, self.ddo, self.ctx = recommender, riasec, ddo, ctx
        self.readings = readings or ((riasec.code,) if riasec is not None else ())
        self.interests: dict[str, tuple[float, int, tuple[Reason, ...]]] = {}
        self.colleges: dict[str, SpecialityColleges] = {}
        self.reaches: dict[tuple[str, ...], tuple] = {}
        self.rel = None if riasec is None else relative_levels(riasec.percentages)
        terms = (("interests",) if riasec is not None else ()) + \
            (("kind_of_work",) if ddo is not None else ()) + ("regional_need", "near_you", "new")
        self.used = sum(WEIGHTS[term] for term in terms)

    def interest(self, code: str) -> tuple[float, int, tuple[Reason, ...]]:
        known = self.interests.get(code)
        if known is None:
            reasons: list[Reason] = []
            fit, c_value = self.recommender._interest_part(code, self.riasec, self.readings,
                                                           reasons, self.rel)
            known = self.interests[code] = (fit, c_value, tuple(reasons))
        return known

    def speciality(self, code: str) -> SpecialityColleges:
        found = self.colleges.get(code)
        if found is None:
            found = self.colleges[code] = self.recommender.tables.for_speciality(code, self.ctx)
        return found

    def reach(self, codes: tuple[str, ...]) -> tuple[list[SpecialityColleges], tuple | None,
                                                     float]:
        """The colleges of these specialities, the nearest trusted open group among them and
        the "near you" part it gives (professions often share their specialities)."""
        known = self.reaches.get(codes)
        if known is None:
            colleges = [self.speciality(code) for code in codes]
            nearest = None
            for found in colleges:
                if found.nearest is not None and (nearest is None or
                                                  found.nearest[0] < nearest[0]):
                    nearest = found.nearest
            near_you = 0.0 if nearest is None else \
                math.exp(-(0.0 if nearest[3] else (nearest[2] or 0.0)) / REACH_KM)
            known = self.reaches[codes] = (colleges, nearest, near_you)
        return known

    def rank(self, profession_id: str) -> _Ranked:
        """The score as ``sum(WEIGHTS[term] * part) / used`` over the terms in ``WEIGHTS``
        order, written out term by term (the same additions in the same order)."""
        pid, industry_id, code, klimov, is_new, jobs, need, codes = \
            self.recommender.static[profession_id]
        parts: dict[str, float] = {}
        score = 0
        fit = c_value = None
        interest_reasons: tuple[Reason, ...] = ()
        if self.riasec is not None:
            fit, c_value, interest_reasons = self.interest(code)
            parts["interests"] = fit
            score += W_INTERESTS * fit
        if self.ddo is not None:
            parts["kind_of_work"] = kind = self.ddo.counts.get(klimov, 0) / 8
            score += W_KIND * kind
        colleges, nearest, near_you = self.reach(codes)
        parts["regional_need"], parts["near_you"] = need, near_you
        parts["new"] = new = 1.0 if is_new else 0.0
        score = (score + W_NEED * need + W_NEAR * near_you + W_NEW * new) / self.used
        return _Ranked(pid, industry_id, score, fit, c_value, jobs, parts, interest_reasons,
                       colleges, nearest)

    def match(self, ranked: _Ranked, band: str = "fit") -> ProfessionMatch:
        """The full match of a ranked profession, with its colleges and every reason."""
        r = self.recommender
        p = r.index.professions[ranked.profession_id]
        reasons = list(ranked.interest_reasons)
        if self.ddo is not None and self.ddo.bands.get(p.klimov) == "pronounced":
            reasons.append(Reason("klimov_match", {"type": p.klimov,
                                                   "points": self.ddo.counts.get(p.klimov, 0)}))
        jobs, last_year, kinds = r.index.demand.get(p.id, (0, None, ()))
        if jobs:
            reasons.append(Reason("new_jobs", {"jobs": jobs, "year": last_year,
                                               "kind": weakest_kind(kinds)}))
        nearest = ranked.nearest
        if nearest is not None:
            _key, college, km, same = nearest
            reasons.append(Reason("nearest_college", {"town": r.tables.town(college.id),
                                                      "km": 0.0 if same else (km or 0.0)}))
        elif not any(found.any_open for found in ranked.colleges):
            reasons.append(Reason("no_open_group"))
        if p.is_new:
            reasons.append(Reason("new_profession", {"horizon": p.horizon}))
        parts, used = ranked.parts, self.used
        contributions = tuple(Contribution(term, round(WEIGHTS[term] * parts[term] / used, 4))
                              for term in WEIGHTS if term in parts)
        pathways = tuple(Pathway(found.code, r.index.specialities[found.code].name,
                                 r.index.specialities[found.code].source_kind, found.options())
                         for found in ranked.colleges)
        return ProfessionMatch(
            profession_id=p.id, name=p.name, industry_id=p.industry_id, riasec=p.riasec,
            klimov=p.klimov, level=p.level, is_new=p.is_new, horizon=p.horizon,
            score=ranked.score, interest_fit=ranked.interest_fit, c_index=ranked.c_value,
            demand_jobs=jobs, demand_source_kind=weakest_kind(kinds),
            reachable=any(found.any_open for found in ranked.colleges), reasons=tuple(reasons),
            pathways=pathways, contributions=contributions, band=band)

    def ranking(self) -> list[_Ranked]:
        return sorted((self.rank(pid) for pid in self.recommender.index.professions),
                      key=lambda m: (-m.score, m.profession_id))


class Recommender:
    """Holds the in-memory index of one atlas and what follows from it alone (each
    profession's demand term, the colleges' distances from each district); ``recommend`` is
    then pure computation. An atlas update builds a new index, so a new recommender."""

    def __init__(self, index: RecommendationIndex):
        self.index = index
        self.tables = CollegeTables(index)
        # per profession: (id, industry, Holland code, Klimov type, new?, trusted new jobs,
        # their "regional need" part, its specialities)
        self.static = {}
        for pid, p in index.professions.items():
            jobs = index.demand.get(pid, (0, None, ()))[0]
            self.static[pid] = (pid, p.industry_id, p.riasec, p.klimov, p.is_new, jobs,
                                index.demand_scale(jobs),
                                tuple(index.specialities_of.get(pid, ())))

    # --- colleges ------------------------------------------------------------------------
    def college_options(self, speciality_code: str, ctx: StudentContext) -> tuple[CollegeOption,
                                                                                  ...]:
        return self.tables.for_speciality(speciality_code, ctx).options()

    def pathways(self, profession_id: str, ctx: StudentContext,
                 cache: dict[str, tuple[CollegeOption, ...]] | None = None
                 ) -> tuple[Pathway, ...]:
        """Specialities of a profession with their colleges; ``cache`` shares the college
        options of a speciality between professions."""
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
                       reasons: list[Reason], rel: dict[str, float] | None = None
                       ) -> tuple[float, int]:
        fit, c_value = interest_fit(riasec.percentages, readings, code, rel)
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
               ctx: StudentContext, cache: dict | None = None,
               readings: tuple[str, ...] = ()) -> ProfessionMatch:
        """One profession's full match on its own (``cache`` is accepted and unused: kept for
        callers of the former signature)."""
        call = _Call(self, riasec, ddo, ctx, readings)
        return call.match(call.rank(profession_id))

    def _worth_a_look(self, ranked: list[_Ranked], chosen: set[str]) -> list[_Ranked]:
        """Below the fit threshold but needed in the region or taught near the student."""
        jobs = sorted((m.demand_jobs for m in ranked if m.demand_jobs), reverse=True)
        demand_cut = jobs[min(len(jobs), max(1, len(ranked) // 4)) - 1] if jobs else 0
        found = []
        for m in ranked:
            if m.profession_id in chosen or m.interest_fit is None:
                continue
            if not ALSO_MIN_INTEREST <= m.interest_fit < FIT_THRESHOLD:
                continue
            if m.demand_jobs >= demand_cut > 0 or m.near:
                found.append(m)
        found.sort(key=lambda m: (-m.score, m.profession_id))
        return found[:ALSO_CONSIDER_N]

    def recommend(self, riasec: RiasecScores | None, ctx: StudentContext,
                  ddo: DdoScores | None = None) -> Recommendations:
        if riasec is not None and riasec.is_flat:
            call = _Call(self, None, None, ctx, ())
            info = sorted((call.rank(pid) for pid in self.index.professions),
                          key=lambda m: (-m.demand_jobs, m.profession_id))
            needs = tuple(call.match(m, "worth_a_look") for m in varied_needs(info))
            return Recommendations("flat_profile", riasec.code, (), needs, ctx,
                                   self.index.edition, riasec.ties, FIT_THRESHOLD)
        call = _Call(self, riasec, ddo, ctx, code_readings(riasec) if riasec is not None else ())
        ranked = call.ranking()
        if riasec is None:  # DDO only: no interest fit to hold the list to
            top = tuple(call.match(m) for m in pick_with_variety(ranked))
            return Recommendations("no_profile", "", top, (), ctx, self.index.edition)
        fitting = [m for m in ranked if m.interest_fit >= FIT_THRESHOLD]
        top = pick_with_variety(fitting)
        also = self._worth_a_look(ranked, {m.profession_id for m in top})
        return Recommendations("ok", riasec.code, tuple(call.match(m) for m in top),
                               tuple(call.match(m, "worth_a_look") for m in also), ctx,
                               self.index.edition, riasec.ties, FIT_THRESHOLD)


def varied_needs(by_demand: list[Ranked]) -> list[Ranked]:
    """What a flat profile is shown (as "worth a look"): the region's needs, one profession per
    industry (the most needed jobs alone are often five jobs of one plant). ``demand_jobs``
    counts no ``sample`` row, so only professions with a trusted demand figure are listed."""
    fields: set[str] = set()
    picked = []
    for match in by_demand:
        if match.demand_jobs and match.industry_id not in fields:
            fields.add(match.industry_id)
            picked.append(match)
    return picked[:FLAT_NEEDS_N]


KIND_TRUST = ("official", "press", "estimate", "sample")


def weakest_kind(kinds) -> str | None:
    present = [k for k in KIND_TRUST if k in kinds]
    return present[-1] if present else None


Ranked = TypeVar("Ranked", ProfessionMatch, "_Ranked")  # anything with a score and an industry


def pick_with_variety(ranked: list[Ranked], top_n: int = TOP_N) -> list[Ranked]:
    picked: list[Ranked] = []
    deferred: list[Ranked] = []
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
