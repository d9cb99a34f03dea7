"""Which counts of a printed distribution must be hidden so that no small group can be worked out.

A parents' meeting must not learn that "one child of 9 «А» likes art": a count of one or two
students is hidden (primary suppression). Hiding it is not enough when the total is printed
too — a chart title says "25 students", a sentence "24 of 25" — because a single hidden count
is then the total minus the shown ones, and two hidden ones of 1 each are their sum split in
the only possible way. So, as statistics offices do (complementary or secondary
suppression), more cells are hidden until the hidden ones cannot be told apart:

1. every count in ``1 .. smallest - 1`` is hidden;
2. while fewer than two cells are hidden, or all hidden counts are equal (two hidden 1s are
   their sum split the only way; two hidden 2s are too, for a reader who knows the rule), the
   smallest shown count is hidden as well, together with every shown count equal to it (were
   only the first of them hidden, the order would tell which cell the small one is) — so at
   least two cells of different sizes, together at least ``smallest`` students, are hidden;
3. if no shown count is left to add, the whole distribution is withheld (every cell, zeros
   included, is hidden), because then nothing about it can be printed safely.

Every hidden cell is written with the same mark, whether it is small or was hidden in its
company: a reader who could tell the two kinds apart could work the small one out again.

What the rule guarantees (tests/test_disclosure.py checks it by brute force): a reader who
knows the total, every shown count, which cells are hidden, that a hidden cell is not zero
(zeros are printed) and that it is at most the smallest shown count — and who re-runs this
rule on every guess — still finds more than one value possible for every hidden cell
(swapping a small hidden count with a larger one prints the same page). Zeros are never
hidden while the distribution is shown: an empty group identifies nobody.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)

SMALLEST = 3  # counts of one or two students are never printed for parents or the district
MARK = "x"  # a hidden count, small or hidden in its company (as in the statistics yearbooks)


def hidden_cells(counts: Mapping[Key, int], smallest: int = SMALLEST) -> frozenset[Key]:
    """The keys of ``counts`` whose counts must not be printed (see the module docstring)."""
    hidden = [key for key, count in counts.items() if 0 < count < smallest]
    if not hidden:
        return frozenset()
    shown = sorted(count for count in counts.values() if count >= smallest)
    while len(hidden) < 2 or len({counts[key] for key in hidden}) == 1:
        if not shown:
            return frozenset(counts)
        next_smallest = shown[0]
        hidden += [key for key, count in counts.items() if count == next_smallest]
        shown = [count for count in shown if count != next_smallest]
    return frozenset(hidden)


def withheld(counts: Mapping[Key, int], hidden: frozenset[Key]) -> bool:
    """True when ``hidden`` withholds the whole distribution (step 3): nothing of it is shown."""
    return bool(counts) and hidden == frozenset(counts) and any(counts.values())
