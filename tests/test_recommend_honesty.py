"""Honest lists, explained order, ties, short codes, old snapshots, and no ``sample`` figure
behind a score or a reason (issue 12; issue 13 point 1 for the ranking)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guidance.atlas import Atlas, build
from guidance.congruence import c_index_filled
from guidance.recommend import FIT_THRESHOLD, WEIGHTS, Recommender, profile_fit
from guidance.recommend_index import TRUSTED_KINDS, RecommendationIndex
from guidance.recommend_models import CONTRIBUTION_TERMS, Recommendations, StudentContext
from guidance.scoring import HEXAGON, Answer, code_readings, score_riasec
from tests.csvedit import read_rows, write_rows
from tools.validity import clear_profile  # the profile the validity table uses

SNAPSHOT = Path(__file__).parent / "snapshots" / "recommendations_v1.json"
TAINTED_BY_SAMPLE = {"new_jobs", "graduate_employment", "state_places"}


@pytest.fixture(scope="module")
def recommender(atlas):
    return Recommender(RecommendationIndex(atlas))


def answers(atlas, values: dict[str, int]):
    items = atlas.riasec_items()
    return score_riasec(items, [Answer(i.id, values[i.type], 2500) for i in items])


def all_reasons(result: Recommendations):
    for m in result.professions + result.also_consider:
        yield from m.reasons
        for pathway in m.pathways:
            for option in pathway.colleges:
                yield from option.reasons


@pytest.mark.parametrize("t", list(HEXAGON))
def test_clear_profile_gets_mostly_its_own_type(recommender, atlas, t):
    result = recommender.recommend(answers(atlas, clear_profile(t)), StudentContext(9, "taraz"))
    top = result.professions[:10]
    assert sum(m.riasec[0] == t for m in top) >= 6, [m.riasec for m in top]


@pytest.mark.parametrize("pair", ["RS", "AC", "IE"])
def test_two_tied_types_each_lead_professions(recommender, atlas, pair):
    values = dict.fromkeys(HEXAGON, 0)
    values[pair[0]] = values[pair[1]] = 4
    result = recommender.recommend(answers(atlas, values), StudentContext(9, "taraz"))
    assert pair in result.tied_types
    for t in pair:
        assert sum(m.riasec[0] == t for m in result.professions[:10]) >= 3, t


def test_code_readings_cover_every_order_a_tie_allows(atlas):
    scores = answers(atlas, {"R": 4, "S": 4, "I": 0, "A": 0, "E": 0, "C": 0})
    readings = code_readings(scores)
    assert readings[0] == scores.code
    assert {r[:2] for r in readings} == {"RS", "SR"}
    assert {r[2] for r in readings} == set("IAEC")
    assert len(readings) == 8
    untied = answers(atlas, {"R": 4, "I": 3, "A": 0, "S": 1, "E": 0, "C": 2})
    assert code_readings(untied) == (untied.code,)


def test_short_codes_get_no_bonus():
    pct = {"R": 100.0, "I": 50.0, "A": 0.0, "S": 0.0, "E": 10.0, "C": 50.0}
    for short in ("R", "RC", "RI"):
        longs = [c for c in (short + a + b for a in HEXAGON for b in HEXAGON)
                 if len(set(c[:3])) == 3]
        assert profile_fit(pct, short) <= max(profile_fit(pct, c[:3]) for c in longs)
        assert c_index_filled("RIC", short) <= max(c_index_filled("RIC", c[:3]) for c in longs)
    # a one-letter code no longer reaches a perfect fit
    assert profile_fit(pct, "R") < 1.0 and profile_fit(pct, "RIC") > profile_fit(pct, "R")


def test_lists_are_honest_and_the_order_is_explained(recommender, atlas):
    scores = answers(atlas, {"R": 0, "I": 0, "A": 1, "S": 1, "E": 4, "C": 1})
    result = recommender.recommend(scores, StudentContext(9, "taraz"))
    assert result.fit_threshold == FIT_THRESHOLD
    assert all(m.interest_fit >= FIT_THRESHOLD and m.band == "fit" for m in result.professions)
    for m in result.also_consider:
        assert m.band == "worth_a_look" and m.interest_fit < FIT_THRESHOLD
        assert {r.code for r in m.reasons} & {"new_jobs", "nearest_college"}
    for m in result.professions + result.also_consider:
        terms = [c.term for c in m.contributions]
        assert set(terms) <= set(CONTRIBUTION_TERMS) and "interests" in terms
        assert sum(c.value for c in m.contributions) == pytest.approx(m.score, abs=1e-3)
        used = sum(WEIGHTS[t] for t in terms)
        interest = next(c.value for c in m.contributions if c.term == "interests")
        assert interest == pytest.approx(WEIGHTS["interests"] * m.interest_fit / used, abs=2e-3)


def test_a_snapshot_saved_before_the_change_still_reads(atlas):
    text = SNAPSHOT.read_text(encoding="utf-8")
    assert "contributions" not in text and "fit_threshold" not in text
    old = Recommendations.from_json(text)
    assert old.status == "ok" and old.person_code == "RCI"
    assert old.tied_types == () and old.fit_threshold == 0.0
    assert [m.band for m in old.professions] == ["fit", "fit"]
    assert [m.band for m in old.also_consider] == ["worth_a_look"]
    assert old.professions[0].name.kk and old.professions[0].contributions == ()
    assert Recommendations.from_json(old.to_json()) == old
    newer = json.loads(old.to_json())
    newer["professions"][0]["added_later"] = 1
    assert Recommendations.from_json(json.dumps(newer)) == old


def test_no_sample_figure_behind_a_reason_on_the_shipped_atlas(recommender, atlas):
    index = recommender.index
    sample_only = [pid for pid in index.professions
                   if pid not in index.demand and atlas.demand_for_profession(pid)]
    for pid, (jobs, _year, kinds) in index.demand.items():
        trusted = [d for d in atlas.demand_for_profession(pid) if d.source.kind in TRUSTED_KINDS]
        assert jobs == sum(d.jobs for d in trusted) and "sample" not in kinds
    for t in HEXAGON:
        result = recommender.recommend(answers(atlas, clear_profile(t)),
                                       StudentContext(9, "shu", "any", True))
        for reason in all_reasons(result):
            if reason.code in TAINTED_BY_SAMPLE:
                assert reason.params["kind"] != "sample", reason
    for pid in sample_only:
        assert recommender._match(pid, None, None, StudentContext(9, "taraz"), {}).demand_jobs == 0


def test_a_sample_update_cannot_move_the_ranking(atlas_copy, tmp_path):
    """Re-mark one profession's demand as ``sample`` in a copy: it loses its demand term and its
    "new jobs" reason; marking every college group ``sample`` removes "near you"."""
    header, rows = read_rows(atlas_copy, "demand")
    target = max({r["profession_id"] for r in rows},
                 key=lambda p: sum(int(r["jobs"]) for r in rows if r["profession_id"] == p))
    for r in rows:
        if r["profession_id"] == target:
            r["source_id"] = "src_bagdar_sample"
    write_rows(atlas_copy, "demand", header, rows)
    header, offers = read_rows(atlas_copy, "college_specialities")
    for r in offers:
        r["source_id"] = "src_bagdar_sample"
    write_rows(atlas_copy, "college_specialities", header, offers)
    build(atlas_copy, tmp_path / "copy.sqlite")
    copy = Atlas(tmp_path / "copy.sqlite")
    try:
        recommender = Recommender(RecommendationIndex(copy))
        assert target not in recommender.index.demand
        match = recommender._match(target, answers(copy, clear_profile("R")), None,
                                   StudentContext(9, "taraz"), {}, ("RIC",))
        assert match.demand_jobs == 0 and not any(r.code == "new_jobs" for r in match.reasons)
        values = {c.term: c.value for c in match.contributions}
        assert values["regional_need"] == 0 and values["near_you"] == 0
        result = recommender.recommend(answers(copy, clear_profile("R")),
                                       StudentContext(9, "taraz"))
        for reason in all_reasons(result):
            assert reason.code not in ("state_places", "nearest_college"), reason
            if reason.code in TAINTED_BY_SAMPLE:
                assert reason.params["kind"] != "sample"
    finally:
        copy.close()
