"""RIASEC and DDO scoring on hand-computed cases, ties, flat and fast profiles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guidance.atlas.models import DdoItem, LocalText, RiasecItem
from guidance.congruence import c_index, m_index
from guidance.scoring import Answer, ddo_band, hexagon_distance, score_ddo, score_riasec

T = LocalText("x", "x", "x")
ITEMS = [RiasecItem(f"{t.lower()}{n:02d}", t, 0, n <= 5, T) for n in range(1, 11) for t in "RIASEC"]


def answers_by_type(values: dict[str, list[int]], ms: int = 3000) -> list[Answer]:
    out = []
    for t, vals in values.items():
        out += [Answer(f"{t.lower()}{n:02d}", v, ms) for n, v in enumerate(vals, start=1)]
    return out


def test_hand_computed_riasec_sums_and_code():
    answers = answers_by_type({
        "R": [4] * 10,                       # 40
        "I": [3] * 10,                       # 30
        "A": [0] * 10,                       # 0
        "S": [1] * 10,                       # 10
        "E": [2, 2, 2, 2, 2, 3, 3, 3, 3, 3],  # 25
        "C": [2] * 10,                       # 20
    })
    s = score_riasec(ITEMS, answers)
    assert s.sums == {"R": 40, "I": 30, "A": 0, "S": 10, "E": 25, "C": 20}
    assert s.percentages["R"] == 100.0 and s.percentages["E"] == 62.5
    assert s.code == "RIE"
    assert s.ties == () and not s.code_cut_is_tied
    assert s.differentiation == 100.0
    assert s.consistency == "high"  # R and I are neighbours on the hexagon
    assert s.flags == ()


def test_ties_are_reported_and_ordered_by_hexagon():
    answers = answers_by_type({"R": [1] * 10, "I": [1] * 10, "A": [4] * 10, "S": [4] * 10,
                               "E": [1] * 10, "C": [0] * 10})
    s = score_riasec(ITEMS, answers)
    assert s.code == "ASR"  # A and S tie for first; R, I, E tie for third: hexagon order
    assert s.ties == ("AS", "RIE")
    assert s.code_cut_is_tied


def test_flat_profile_is_flagged():
    s = score_riasec(ITEMS, answers_by_type({t: [3] * 10 for t in "RIASEC"}))
    assert "flat" in s.flags and s.is_flat


def test_mostly_unsure_and_too_fast_and_incomplete():
    answers = answers_by_type({"R": [4] * 10, "I": [2] * 10, "A": [2] * 10, "S": [2] * 10,
                               "E": [2] * 10}, ms=400)
    s = score_riasec(ITEMS, answers)
    assert set(s.flags) == {"incomplete", "mostly_unsure", "too_fast"}
    assert s.answered == 50 and s.expected == 60


def test_short_form_percentages_are_comparable():
    short = [i for i in ITEMS if i.short_form]
    s = score_riasec(short, answers_by_type({t: [4, 4, 0, 0, 2] for t in "R"} |
                                            {t: [1] * 5 for t in "IASEC"}))
    assert s.sums["R"] == 10 and s.percentages["R"] == 50.0 and s.expected == 30


def test_hexagon_distances():
    assert [hexagon_distance("R", t) for t in "RIASEC"] == [0, 1, 2, 3, 2, 1]


@pytest.mark.parametrize(("person", "job", "c"), [
    ("RIA", "RIA", 18), ("RIA", "SEC", 0), ("RIA", "IRA", 3 * 2 + 2 * 2 + 3),
    ("SEC", "S", 9), ("RIA", "AIR", 3 * 1 + 2 * 3 + 1 * 1),
])
def test_brown_gore_c_index(person, job, c):
    assert c_index(person, job) == c


def test_iachan_m_index():
    assert m_index("RIA", "RIA") == 28
    assert m_index("RIA", "SEC") == 0


@given(st.text(alphabet="RIASEC", min_size=3, max_size=3, ),
       st.text(alphabet="RIASEC", min_size=1, max_size=3))
def test_c_index_range(person, job):
    assert 0 <= c_index(person, job) <= 18


@given(st.lists(st.integers(min_value=0, max_value=4), min_size=60, max_size=60))
def test_riasec_scores_stay_in_range(values):
    answers = [Answer(item.id, v, 2500) for item, v in zip(ITEMS, values, strict=True)]
    s = score_riasec(ITEMS, answers)
    assert sum(s.sums.values()) == sum(values)
    assert all(0 <= s.sums[t] <= 40 and 0 <= s.percentages[t] <= 100 for t in "RIASEC")
    assert len(s.code) == 3 and len(set(s.code)) == 3
    assert s.ranking[0] == s.code[0]


PAIRS = [("nature", "technology"), ("people", "signs"), ("art", "nature"), ("technology", "people"),
         ("signs", "art"), ("nature", "people"), ("technology", "art"), ("people", "art"),
         ("signs", "nature"), ("technology", "signs")]
DDO = [DdoItem(n, a, T, b, T) for n, (a, b) in enumerate(PAIRS + PAIRS, start=1)]


def test_ddo_counts_bands_and_agreement():
    # always choose "technology" when offered, otherwise option a
    answers = [Answer(item.id, 1 if item.b_type == "technology" else 0) for item in DDO]
    s = score_ddo(DDO, answers)
    assert s.counts["technology"] == 8 and sum(s.counts.values()) == 20
    assert s.bands["technology"] == "pronounced"
    assert s.leading == ("technology",)
    assert s.half_agreement == 1.0 and s.flags == ()


def test_ddo_inconsistent_halves_are_flagged():
    answers = [Answer(item.id, 0 if item.number <= 10 else 1) for item in DDO]
    s = score_ddo(DDO, answers)
    assert s.half_agreement == 0.0 and "inconsistent" in s.flags


@pytest.mark.parametrize(("count", "band"), [(0, "none"), (2, "none"), (3, "moderate"),
                                             (6, "moderate"), (7, "pronounced"), (8, "pronounced")])
def test_ddo_bands(count, band):
    assert ddo_band(count) == band


def test_code_readings_list_every_order_of_tied_types():
    from guidance.scoring import code_readings
    answers = answers_by_type({"R": [1] * 10, "I": [1] * 10, "A": [4] * 10, "S": [4] * 10,
                               "E": [1] * 10, "C": [0] * 10})
    s = score_riasec(ITEMS, answers)
    readings = code_readings(s)
    assert readings[0] == s.code == "ASR"
    assert set(readings) == {a + b + c for a, b in ("AS", "SA") for c in "RIE"}


def test_random_riasec_answers_are_flagged_inconsistent_and_clear_ones_are_not():
    import random
    rng = random.Random(3)
    clear = answers_by_type({t: [4 if t == "R" else 3 if t in "IC" else 1 if t in "AE" else 0]
                             * 10 for t in "RIASEC"})
    assert "inconsistent" not in score_riasec(ITEMS, clear).flags
    flagged = sum("inconsistent" in score_riasec(ITEMS, [Answer(i.id, rng.randint(0, 4), 3000)
                                                         for i in ITEMS]).flags
                  for _ in range(200))
    assert flagged >= 140


def test_split_half_reads_odd_and_even_items_of_each_type():
    from guidance.scoring import split_half_agreement
    # odd items say R > I > A..., even items say the opposite: perfectly inconsistent halves
    answers = []
    for t, (odd, even) in zip("RIASEC", [(4, 0), (3, 1), (2, 2), (2, 2), (1, 3), (0, 4)],
                              strict=True):
        answers += [Answer(f"{t.lower()}{n:02d}", odd if n % 2 else even, 3000)
                    for n in range(1, 11)]
    assert split_half_agreement(ITEMS, answers) == pytest.approx(-1.0)
    assert "inconsistent" in score_riasec(ITEMS, answers).flags


def test_filled_c_index_gives_short_codes_no_bonus():
    from guidance.congruence import c_index_filled
    assert c_index_filled("RIC", "RIC") == 18
    assert c_index_filled("RIC", "RI") < 18
    longs = [c_index_filled("RIC", "RI" + t) for t in "ASEC"]
    assert min(longs) <= c_index_filled("RIC", "RI") <= max(longs)
    assert c_index_filled("RIC", "R") < c_index("RIC", "R") + 9
