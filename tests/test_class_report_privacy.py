"""The parents' class report prints no count that ``guidance.disclosure`` hides.

For many random classes (1–40 students, flat profiles, unfinished questionnaires, DDO ties and
"to talk through" flags) every "k of n" the conclusions print is checked against the cells the
charts hide: a count hidden in a chart never reappears in a sentence, and the interest total
the sentences use is the one the chart's title prints (every student who answered the interest
questionnaire, the unclear ones included), so no hidden cell is the difference of two printed
figures.
"""

from __future__ import annotations

import random
import re

from guidance.disclosure import hidden_cells
from guidance.scoring import HEXAGON
from ui.reports.class_report import UNCLEAR, Row, conclusions, interest_counts
from ui.reports.report_texts import ReportTexts, Words

KINDS = ("nature", "technology", "people", "signs", "art")
REGION = {"R": 0.40, "I": 0.05, "A": 0.02, "S": 0.15, "E": 0.08, "C": 0.30}


def random_rows(rng: random.Random) -> list[Row]:
    rows = []
    weights = [rng.choice((0, 0.3, 1, 4)) or 0.1 for _ in HEXAGON]
    for i in range(rng.randint(1, 40)):
        completed = rng.random() > 0.1
        flat = rng.random() < 0.08
        code = rng.choices(HEXAGON, weights)[0] + "IA" if rng.random() > 0.05 else ""
        leading = tuple(rng.sample(KINDS, rng.choice((1, 1, 1, 2))))
        flags = ("too_fast",) if rng.random() < 0.1 else ()
        rows.append(Row(f"s{i}", code, flat, leading if completed else (), flags, completed,
                        rng.random() > 0.05))
    return rows


def test_no_sentence_prints_a_hidden_count(qapp):
    words = Words(ReportTexts().texts("en"))
    rng = random.Random(19)
    checked = 0
    for _ in range(400):
        rows = random_rows(rng)
        interests = interest_counts(rows)
        hidden = hidden_cells(interests)
        shown = {count for cell, count in interests.items() if cell not in hidden}
        total = sum(interests.values())
        for sentence in conclusions(words, rows, REGION, {}, smallest=3):
            for k, n in re.findall(r"(\d+) of (\d+)", sentence):
                if int(n) == total and "types-of-work" not in sentence \
                        and "talk through" not in sentence:
                    checked += 1
                    assert int(k) in shown, (interests, sorted(hidden), sentence)
                    assert not 0 < int(k) < 3
    assert checked > 100


def test_interest_counts_hold_every_student_who_answered(qapp):
    rows = [Row("a", "RIC", False, (), (), True), Row("b", "SIA", True, (), ("flat",), True),
            Row("c", "", False, (), (), True), Row("d", "", False, (), (), False),
            Row("e", "", False, ("people",), (), True, interests=False)]
    counts = interest_counts(rows)
    assert counts["R"] == 1 and counts[UNCLEAR] == 2 and sum(counts.values()) == 3


def test_listed_codes_leave_no_small_remainder_of_a_letter():
    from guidance.charts.class_charts import listed_codes

    codes = ["SAE"] * 4 + ["SIA"] + ["RIC"] * 6 + ["AIS"] * 3
    # "S: 5" is printed beside the letters; "SAE: 4" would tell one student has another S code.
    assert listed_codes(codes, frozenset(), 3) == [("RIC", 6), ("AIS", 3)]
    # A hidden letter lists no code: "ASE: 3" would bound its hidden count.
    assert listed_codes(codes, frozenset({"A"}), 3) == [("RIC", 6)]
    assert listed_codes(codes, frozenset(), 1)[:2] == [("RIC", 6), ("SAE", 4)]
