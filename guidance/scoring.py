"""Scoring the two questionnaires, with quality flags a counsellor can act on.

RIASEC profiler (full form 60 items, short form 30): each answer scores 0–4 (strongly
dislike … strongly like). Per type: the sum, and the percentage of the maximum for the items of
that type that were answered (so a short form and an unfinished form stay comparable).

- **Holland code**: the three highest types. Ties are *reported* (``ties``), and for a stable
  order tied types are listed in hexagon order R-I-A-S-E-C. ``code_cut_is_tied`` says whether the
  third letter was chosen among equals.
- **Differentiation**: highest minus lowest percentage (0–100). Below ``FLAT_DIFFERENTIATION``
  the profile is *flat*: it gets no interest ranking (see ``recommend``).
- **Consistency**: hexagon distance of the first two letters — adjacent *high*, alternate
  *medium*, opposite *low*.

Klimov DDO (20 forced-choice pairs): each choice gives one point to its type (0–8). Bands: 0–2
none, 3–6 moderate, 7–8 pronounced. *Half agreement*: items k and k+10 compare the same two
types; the share of those ten pairings answered with the same type in both halves.

Quality flags: ``incomplete``, ``flat``, ``mostly_unsure`` (at least ``UNSURE_SHARE`` of the
answers are "unsure"), ``too_fast`` (median response under ``FAST_MEDIAN_MS`` or at least
``FAST_SHARE`` of answers under ``FAST_ANSWER_MS``), and ``inconsistent``: for the DDO, half
agreement under ``DDO_MIN_AGREEMENT``; for the RIASEC profiler, the six type scores of the odd
and the even items of each type correlate (Pearson) under ``RIASEC_MIN_SPLIT_HALF`` — a person
answering by their interests gives the same profile in both halves, a random responder does not.

The thresholds are calibrated by a seeded simulation (``make validity``, tools/validity.py) of
10,000 responders each: consistent responders with a clear profile, random responders,
straight-liners and mostly-unsure responders. With them, consistent responders are flagged
``inconsistent`` at most 5 % of the time on either questionnaire, and random responders are
caught as often as each method allows (the DDO's ten repeated pairs cannot tell a random
responder from a consistent one more than about a third of the time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import permutations
from statistics import median

from guidance.atlas.models import DdoItem, RiasecItem

HEXAGON = "RIASEC"
SCALE_MAX = 4
UNSURE_VALUE = 2

FLAT_DIFFERENTIATION = 15.0  # percentage points between the highest and lowest type
UNSURE_SHARE = 0.5
FAST_MEDIAN_MS = 1200
FAST_ANSWER_MS = 700
FAST_SHARE = 0.4
FAST_MIN_ANSWERS = 10
DDO_MIN_AGREEMENT = 0.5  # flag 4 or fewer agreeing pairs of 10 (5 of 10 would flag ~7 %
#                          of consistent responders in the simulation)
# Split-half correlation under which RIASEC answers are "inconsistent" (tools/validity.py):
# full form (10 items a type) 0.5 — consistent clear-profile responders ~0.1 %, random ~84 %;
# short form (5 a type, halves of 3 and 2 items are noisier) 0.3 — ~1 % and ~72 %.
RIASEC_MIN_SPLIT_HALF = 0.5
RIASEC_MIN_SPLIT_HALF_SHORT = 0.3
SHORT_FORM_MAX_PER_TYPE = 6
DDO_BANDS = ((0, 2, "none"), (3, 6, "moderate"), (7, 8, "pronounced"))


@dataclass(frozen=True)
class Answer:
    item_id: str
    value: int  # RIASEC: 0–4; DDO: 0 = option a, 1 = option b
    response_ms: int | None = None


@dataclass(frozen=True)
class RiasecScores:
    sums: dict[str, int]
    percentages: dict[str, float]
    ranking: tuple[str, ...]
    code: str
    ties: tuple[str, ...]  # groups of equal types among the first three places, e.g. ("IA",)
    code_cut_is_tied: bool
    differentiation: float
    consistency: str  # high | medium | low
    answered: int
    expected: int
    flags: tuple[str, ...] = field(default=())

    @property
    def is_flat(self) -> bool:
        return "flat" in self.flags


@dataclass(frozen=True)
class DdoScores:
    counts: dict[str, int]
    bands: dict[str, str]
    leading: tuple[str, ...]
    half_agreement: float | None
    answered: int
    expected: int
    flags: tuple[str, ...] = field(default=())


def hexagon_distance(a: str, b: str) -> int:
    """0 same, 1 adjacent, 2 alternate, 3 opposite on the R-I-A-S-E-C hexagon."""
    steps = abs(HEXAGON.index(a) - HEXAGON.index(b))
    return min(steps, 6 - steps)


def _timing_flags(answers: list[Answer]) -> list[str]:
    times = [a.response_ms for a in answers if a.response_ms is not None]
    if len(times) < FAST_MIN_ANSWERS:
        return []
    fast_share = sum(t < FAST_ANSWER_MS for t in times) / len(times)
    return ["too_fast"] if median(times) < FAST_MEDIAN_MS or fast_share >= FAST_SHARE else []


def _ties(ranking: list[str], score: dict[str, float]) -> tuple[tuple[str, ...], bool]:
    groups: list[str] = []
    for letter in ranking:
        if groups and score[groups[-1][0]] == score[letter]:
            groups[-1] += letter
        else:
            groups.append(letter)
    top_ties = []
    covered = 0
    for group in groups:
        if covered >= 3:
            break
        if len(group) > 1:
            top_ties.append(group)
        covered += len(group)
    cut_tied = score[ranking[2]] == score[ranking[3]]
    return tuple(top_ties), cut_tied


def code_readings(scores: RiasecScores) -> tuple[str, ...]:
    """Every three-letter code the scores allow when ties are not broken.

    ``scores.code`` puts tied types in hexagon order only so that it reads the same every time;
    a match against professions must not depend on that arbitrary order. With R = S on top and
    I, A, E, C tied below, the readings are RSI, RSA, …, SRC (eight codes). The first reading is
    always ``scores.code``.
    """
    pct = scores.percentages
    groups: list[list[str]] = []
    for letter in scores.ranking:
        if groups and pct[groups[-1][0]] == pct[letter]:
            groups[-1].append(letter)
        else:
            groups.append([letter])
    readings = [""]
    for group in groups:
        if len(readings[0]) >= 3:
            break
        readings = [r + "".join(p) for r in readings for p in permutations(group)]
    codes = dict.fromkeys([scores.code] + [r[:3] for r in readings])
    return tuple(codes)


def split_half_agreement(items: list[RiasecItem], answers: list[Answer]) -> float | None:
    """Pearson correlation of the six type means of odd-position and even-position items.

    None when it cannot be computed (a type without items in a half, or a half whose type
    means are all equal, as in a flat profile, which is flagged on its own).
    """
    value_of = {a.item_id: a.value for a in answers}
    halves: list[list[float]] = [[], []]
    for letter in HEXAGON:
        own = sorted((i for i in items if i.type == letter and i.id in value_of),
                     key=lambda i: (i.position, i.id))
        parts = [[value_of[i.id] for i in own[k::2]] for k in (0, 1)]
        if not parts[0] or not parts[1]:
            continue
        for k in (0, 1):
            halves[k].append(sum(parts[k]) / len(parts[k]))
    if len(halves[0]) < 4:
        return None
    a, b = halves
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in a)
    var_b = sum((y - mean_b) ** 2 for y in b)
    if var_a == 0 or var_b == 0:
        return None
    return cov / (var_a * var_b) ** 0.5


def score_riasec(items: list[RiasecItem], answers: list[Answer]) -> RiasecScores:
    """Score the answers to ``items`` (the full or the short form)."""
    type_of = {item.id: item.type for item in items}
    given = [a for a in answers if a.item_id in type_of and 0 <= a.value <= SCALE_MAX]
    sums = dict.fromkeys(HEXAGON, 0)
    counts = dict.fromkeys(HEXAGON, 0)
    for answer in given:
        sums[type_of[answer.item_id]] += answer.value
        counts[type_of[answer.item_id]] += 1
    percentages = {t: round(100.0 * sums[t] / (counts[t] * SCALE_MAX), 1) if counts[t] else 0.0
                   for t in HEXAGON}
    ranking = sorted(HEXAGON, key=lambda t: (-percentages[t], HEXAGON.index(t)))
    ties, cut_tied = _ties(ranking, percentages)
    differentiation = round(max(percentages.values()) - min(percentages.values()), 1)
    consistency = {1: "high", 2: "medium", 3: "low"}.get(
        hexagon_distance(ranking[0], ranking[1]), "high")

    flags = []
    if len(given) < len(items):
        flags.append("incomplete")
    if differentiation < FLAT_DIFFERENTIATION or len({a.value for a in given}) <= 1:
        flags.append("flat")
    if given and sum(a.value == UNSURE_VALUE for a in given) / len(given) >= UNSURE_SHARE:
        flags.append("mostly_unsure")
    agreement = split_half_agreement(items, given)
    per_type = len(items) / len(HEXAGON)
    cut = RIASEC_MIN_SPLIT_HALF_SHORT if per_type <= SHORT_FORM_MAX_PER_TYPE \
        else RIASEC_MIN_SPLIT_HALF
    if agreement is not None and agreement < cut:
        flags.append("inconsistent")
    flags += _timing_flags(given)
    return RiasecScores(sums, percentages, tuple(ranking), "".join(ranking[:3]), ties, cut_tied,
                        differentiation, consistency, len(given), len(items), tuple(flags))


def ddo_band(count: int) -> str:
    for low, high, name in DDO_BANDS:
        if low <= count <= high:
            return name
    raise ValueError(count)


def score_ddo(items: list[DdoItem], answers: list[Answer]) -> DdoScores:
    by_id = {item.id: item for item in items}
    chosen: dict[int, str] = {}
    for answer in answers:
        item = by_id.get(answer.item_id)
        if item is not None and answer.value in (0, 1):
            chosen[item.number] = item.a_type if answer.value == 0 else item.b_type
    types = ("nature", "technology", "people", "signs", "art")
    counts = {t: sum(1 for c in chosen.values() if c == t) for t in types}
    half = len(items) // 2
    both = [k for k in range(1, half + 1) if k in chosen and k + half in chosen]
    agreement = (sum(chosen[k] == chosen[k + half] for k in both) / len(both)) if both else None
    top = max(counts.values())
    leading = tuple(t for t in types if counts[t] == top) if chosen else ()
    flags = []
    if len(chosen) < len(items):
        flags.append("incomplete")
    if agreement is not None and len(both) >= half // 2 and agreement < DDO_MIN_AGREEMENT:
        flags.append("inconsistent")
    flags += _timing_flags([a for a in answers if a.item_id in by_id])
    return DdoScores(counts, {t: ddo_band(c) for t, c in counts.items()}, leading,
                     None if agreement is None else round(agreement, 2), len(chosen),
                     len(items), tuple(flags))
