"""The fast recommendation (each speciality's colleges worked out once per call, only the
professions shown built in full) gives exactly what matching every profession on its own gives,
and the interest formula keeps its published values."""

from __future__ import annotations

import random

import pytest

from guidance.recommend import (
    ALSO_MIN_INTEREST,
    FIT_THRESHOLD,
    Recommender,
    interest_fit,
    pick_with_variety,
    profile_fit,
)
from guidance.recommend_index import TRUSTED_KINDS, RecommendationIndex
from guidance.recommend_models import StudentContext
from guidance.scoring import HEXAGON, Answer, code_readings, score_ddo, score_riasec
from tools.validity import TIED_PAIRS, clear_profile, tied_profile

CONTEXTS = (StudentContext(9, "taraz"), StudentContext(9, "talas", "kk", True, 150),
            StudentContext(11, "moiynkum", "ru", False, 60), StudentContext(10, "shu", "en", True))


@pytest.fixture(scope="module")
def recommender(atlas):
    return Recommender(RecommendationIndex(atlas))


def scores(atlas, values):
    items = atlas.riasec_items()
    return score_riasec(items, [Answer(i.id, values[i.type], 2500) for i in items])


def profiles(atlas):
    rng = random.Random(19)
    yield from (scores(atlas, clear_profile(t)) for t in HEXAGON)
    yield from (scores(atlas, tied_profile(pair)) for pair in TIED_PAIRS)
    for _ in range(4):
        yield scores(atlas, {t: rng.randint(0, 4) for t in HEXAGON})


def test_shown_professions_equal_each_profession_matched_on_its_own(recommender, atlas):
    rng = random.Random(7)
    ddo_items = atlas.ddo_items()
    for n, riasec in enumerate(profiles(atlas)):
        if riasec.is_flat:
            continue
        ctx = CONTEXTS[n % len(CONTEXTS)]
        ddo = score_ddo(ddo_items, [Answer(i.id, rng.randint(0, 1)) for i in ddo_items]) \
            if n % 2 else None
        readings = code_readings(riasec)
        alone = sorted((recommender._match(pid, riasec, ddo, ctx, {}, readings)
                        for pid in recommender.index.professions),
                       key=lambda m: (-m.score, m.profession_id))
        result = recommender.recommend(riasec, ctx, ddo)
        expected = pick_with_variety([m for m in alone if m.interest_fit >= FIT_THRESHOLD])
        assert result.professions == tuple(expected)
        by_id = {m.profession_id: m for m in alone}
        for match in result.also_consider:
            assert match.band == "worth_a_look"
            assert ALSO_MIN_INTEREST <= match.interest_fit < FIT_THRESHOLD
            assert match.reasons == by_id[match.profession_id].reasons
            assert match.pathways == by_id[match.profession_id].pathways


def test_nearest_college_reason_is_the_nearest_open_trusted_group_shown(recommender, atlas):
    for n, riasec in enumerate(profiles(atlas)):
        result = recommender.recommend(riasec, CONTEXTS[n % len(CONTEXTS)])
        for match in result.professions + result.also_consider:
            groups = [o for p in match.pathways for o in p.colleges
                      if o.available and o.source_kind in TRUSTED_KINDS]
            nearest = [r for r in match.reasons if r.code == "nearest_college"]
            assert bool(groups) == bool(nearest)
            assert match.reachable == any(o.available for p in match.pathways for o in p.colleges)
            if groups:
                best = min(groups, key=lambda o: (not o.same_district, o.distance_km or 0.0))
                km = 0.0 if best.same_district else (best.distance_km or 0.0)
                assert nearest[0].params == {"town": {"kk": best.town.kk, "ru": best.town.ru,
                                                      "en": best.town.en}, "km": km}


def test_interest_formula_keeps_its_values():
    """0.7 × profile fit + 0.3 × C/18 of the best reading (worked by hand for RIA: letters at
    1, 0.75, 0.125 of the student's range → 4.625/6; C(RIC, RIA) = 9 + 6 + 0)."""
    pct = {"R": 80.0, "I": 60.0, "A": 10.0, "S": 20.0, "E": 0.0, "C": 40.0}
    assert profile_fit(pct, "RIA") == pytest.approx(4.625 / 6)
    fit, c_value = interest_fit(pct, ("RIC",), "RIA")
    assert c_value == 15 and fit == pytest.approx(0.7 * 4.625 / 6 + 0.3 * 15 / 18)
    assert interest_fit(pct, ("RIC", "IRC"), "IR") == (pytest.approx(0.7963541666666665), 15)
    assert interest_fit(pct, ("RIC",), "SEC") == (pytest.approx(0.19583333333333333), 3)
    assert interest_fit(pct, ("CRI", "RCI"), "C") == (pytest.approx(0.5470833333333334), 9)
    assert profile_fit(dict.fromkeys(HEXAGON, 50.0), "RIA") == 0.0
