"""The thresholds ``make validity`` reports, asserted on the shipped atlas (issue 12), with a
smaller seeded simulation of responders than the tool's 10,000 per group."""

from __future__ import annotations

import io

import pytest

from guidance import paths
from guidance.recommend import Recommender
from guidance.recommend_index import RecommendationIndex
from guidance.scoring import HEXAGON
from tools.validity import (
    ONET_CELL,
    THRESHOLDS,
    catalogue,
    onet_agreement,
    own_type_shares,
    report,
    simulate,
    tie_leads,
)


@pytest.fixture(scope="module")
def recommender(atlas):
    return Recommender(RecommendationIndex(atlas))


def test_every_clear_profile_gets_its_own_type_first(recommender, atlas):
    shares = own_type_shares(recommender, atlas)
    assert set(shares) == set(HEXAGON)
    for t, (own, size) in shares.items():
        assert size == 10 and own >= THRESHOLDS["own_type_of_10"], t


def test_tied_types_each_lead_professions(recommender, atlas):
    for pair, leads in tie_leads(recommender, atlas).items():
        assert min(leads.values()) >= THRESHOLDS["tied_type_of_10"], (pair, leads)


def test_catalogue_is_balanced_and_every_code_has_two_or_three_letters():
    firsts, one_letter, rows = catalogue(paths.atlas_source_dir())
    assert all(firsts[t] >= THRESHOLDS["per_first_letter"] for t in HEXAGON), firsts
    assert one_letter == []
    assert all(2 <= len(r["riasec"]) <= 3 for r in rows)


def test_every_code_was_checked_against_the_onet_interest_data():
    _firsts, _one, rows = catalogue(paths.atlas_source_dir())
    agreement = onet_agreement(rows)
    assert agreement["compared"] == agreement["professions"]
    # every O*NET code was read from one release's Interests.txt, none from memory
    assert agreement["checked_on_data"] == agreement["compared"]
    assert agreement["from_memory"] == 0 and len(agreement["versions"]) == 1
    # codes follow O*NET where the work is the same; each kept difference says why
    assert agreement["first_letter"] >= 0.95 * agreement["compared"]
    assert len(agreement["differing"]) == agreement["compared"] - agreement["first_letter"]
    for r in rows:
        match = ONET_CELL.match(r["onet"])
        if match["code"][:1] != r["riasec"][:1]:
            assert "kept:" in (match["note"] or ""), r["id"]


def test_onet_agreement_counts_what_it_says():
    rows = [{"id": "a", "riasec": "RC", "onet": "51-4121.00 Welders (O*NET 29.3): RCI"},
            {"id": "b", "riasec": "IRC", "onet": "19-4031.00 Chemical Technicians (O*NET 29.3): "
                                              "RIC; kept: reason"},
            {"id": "c", "riasec": "SA", "onet": "25-2011.00 Preschool Teachers | SE"},
            {"id": "d", "riasec": "SE", "onet": ""}]
    found = onet_agreement(rows)
    assert (found["compared"], found["first_letter"], found["first_two"]) == (3, 2, 1)
    assert (found["checked_on_data"], found["from_memory"]) == (2, 1)
    assert found["versions"] == {"29.3": 2}
    assert found["differing"] == ["b IRC vs RIC"]


def test_quality_flags_catch_careless_responders_and_spare_consistent_ones(atlas):
    rates = simulate(atlas.riasec_items(), atlas.ddo_items(), n=300, seed=5)
    consistent, random_, straight, unsure = (rates[g] for g in
                                             ("consistent", "random", "straight_line",
                                              "mostly_unsure"))
    limit = THRESHOLDS["consistent_inconsistent_max"]
    assert consistent["riasec:inconsistent"] <= limit and consistent["ddo:inconsistent"] <= limit
    assert random_["riasec:inconsistent"] >= 0.7
    assert random_["ddo:inconsistent"] >= 0.25  # ten repeated pairs cannot do much better
    assert straight["riasec:flat"] == 1.0 and straight["ddo:inconsistent"] == 1.0
    assert unsure["riasec:mostly_unsure"] >= 0.95
    short = simulate(atlas.riasec_items(short_form=True), atlas.ddo_items(), n=300, seed=5,
                     groups=("consistent", "random"))
    assert short["consistent"]["riasec:inconsistent"] <= limit
    assert short["random"]["riasec:inconsistent"] >= 0.6


def test_the_validity_table_prints_every_part():
    out = io.StringIO()
    assert report(paths.atlas_source_dir(), 60, out)
    text = out.getvalue()
    for part in ("Clear profile", "tied at the top", "first letter", "Quality flags", "O*NET"):
        assert part in text
    assert "FAIL" not in text
