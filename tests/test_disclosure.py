"""Small-cell suppression: no hidden count can be worked out from what is printed beside it.

The reader of a class report knows the total (chart titles, "24 of 25"), every shown count,
which cells are hidden, that a hidden cell is not zero (zeros are printed) and at most the
smallest shown count. For thousands of random classes of 1–40 students these tests list every
assignment of the hidden cells that agrees with all of that and check that each hidden cell
could hold more than one value — and, stricter still, that this stays true when the reader
also re-runs the rule on each guess and keeps only the guesses that would print the same page.
"""

from __future__ import annotations

import itertools
import random

import pytest

from guidance.disclosure import MARK, SMALLEST, hidden_cells, withheld


def printed(counts: dict[str, int]) -> tuple[int, dict[str, int | str]]:
    """What a report prints of ``counts``: the total and each cell (hidden ones as the mark)."""
    hidden = hidden_cells(counts)
    return sum(counts.values()), {k: MARK if k in hidden else v for k, v in counts.items()}


def possible_values(counts: dict[str, int], rerun: bool) -> dict[str, set[int]]:
    """Every value each hidden cell can hold given what is printed (brute force)."""
    total, page = printed(counts)
    hidden = [k for k, v in page.items() if v == MARK]
    rest = total - sum(v for v in page.values() if v != MARK)
    if withheld(counts, frozenset(hidden)):
        low, high = 0, total  # nothing of it is printed but the total
    else:
        low, high = 1, min([v for v in page.values() if v != MARK and v > 0] or [total])
    values: dict[str, set[int]] = {k: set() for k in hidden}
    for guess in itertools.product(range(low, high + 1), repeat=len(hidden)):
        if sum(guess) != rest:
            continue
        candidate = {**counts, **dict(zip(hidden, guess, strict=True))}
        if rerun and printed(candidate) != (total, page):
            continue
        for key, value in zip(hidden, guess, strict=True):
            values[key].add(value)
    return values


def random_class(rng: random.Random, cells: int) -> dict[str, int]:
    """A class of 1–40 students over ``cells`` groups, some popular, some rare or empty."""
    weights = [rng.choice((0, 0.2, 1, 3, 8)) for _ in range(cells)]
    if not any(weights):
        weights[0] = 1
    size = rng.randint(1, 40)
    drawn = rng.choices(range(cells), weights, k=size)
    return {f"c{i}": drawn.count(i) for i in range(cells)}


@pytest.mark.parametrize("rerun", [False, True], ids=["constraints", "rule-aware reader"])
def test_no_hidden_count_can_be_worked_out(rerun):
    rng = random.Random(16)
    checked = 0
    for _ in range(1500):
        counts = random_class(rng, rng.choice((2, 3, 5, 6, 7)))
        hidden = hidden_cells(counts)
        assert all(counts[k] >= SMALLEST or k in hidden for k in counts if counts[k])
        if not hidden:
            continue
        if sum(counts[k] for k in hidden) > 12 and len(hidden) > 4:
            continue  # too many guesses to list; the smaller cases cover the rule's steps
        checked += 1
        for key, values in possible_values(counts, rerun).items():
            assert len(values) > 1, (counts, sorted(hidden), key, values)
    assert checked > 300


def test_one_small_cell_takes_the_next_smallest_with_it():
    counts = {"R": 9, "I": 4, "A": 1, "S": 7, "E": 0, "C": 5}
    assert hidden_cells(counts) == {"A", "I"}  # 25 − 21 shown = 5 = A + I, not A alone
    assert hidden_cells({"R": 9, "I": 1, "A": 1, "S": 7, "E": 0, "C": 5}) == {"I", "A", "C"}
    assert hidden_cells({"R": 9, "I": 1, "A": 2, "S": 7}) == {"I", "A"}  # 1 + 2: either way
    assert hidden_cells({"R": 9, "S": 7, "E": 0}) == frozenset()


def test_a_distribution_that_cannot_be_protected_is_withheld():
    counts = {"R": 1, "I": 1, "A": 1, "S": 0}
    assert hidden_cells(counts) == set(counts)  # zeros too: 3 = 1 + 1 + 1 otherwise
    assert withheld(counts, hidden_cells(counts))
    assert not withheld({"R": 5, "I": 1, "A": 0}, hidden_cells({"R": 5, "I": 1, "A": 0}))
    assert hidden_cells({"R": 5, "I": 1, "A": 0}) == {"R", "I"}
