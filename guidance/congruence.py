"""Congruence between a person's Holland code and an occupation's code.

Brown & Gore C index: C = 3·c1 + 2·c2 + c3, where ci compares the i-th letters of the two codes
(3 same, 2 adjacent on the hexagon, 1 alternate, 0 opposite); range 0–18. An occupation code
shorter than three letters contributes nothing for the missing positions in ``c_index`` (the
published definition). The recommender uses ``c_index_filled`` instead: a missing position
counts as the *average* agreement over the letters the code could still have, so a short code
is neither rewarded nor punished for saying less about the work.

Iachan M index: for every letter the two codes share, a weight by its position in the
occupation's code (row) and in the person's code (column); maximum 28.
"""

from __future__ import annotations

from guidance.scoring import HEXAGON, hexagon_distance

C_WEIGHTS = (3, 2, 1)
C_MAX = 18
LETTER_AGREEMENT = {0: 3, 1: 2, 2: 1, 3: 0}
M_WEIGHTS = ((22, 10, 4), (10, 5, 2), (4, 2, 1))
M_MAX = 28


def c_index(person: str, occupation: str) -> int:
    total = 0
    for weight, a, b in zip(C_WEIGHTS, person, occupation, strict=False):
        total += weight * LETTER_AGREEMENT[hexagon_distance(a, b)]
    return total


def c_index_filled(person: str, occupation: str) -> float:
    """C index with each missing occupation letter replaced by its expected agreement.

    The expected agreement at position i is the mean over the types not already in the
    occupation's code, so a two-letter code never beats the best three-letter code that starts
    the same way, and never loses to the worst.
    """
    total = float(c_index(person, occupation))
    unused = [t for t in HEXAGON if t not in occupation]
    for i in range(len(occupation), min(3, len(person))):
        if unused:
            agreement = sum(LETTER_AGREEMENT[hexagon_distance(person[i], t)] for t in unused)
            total += C_WEIGHTS[i] * agreement / len(unused)
    return total


def m_index(person: str, occupation: str) -> int:
    total = 0
    for i, letter in enumerate(occupation[:3]):
        j = person.find(letter)
        if 0 <= j < 3:
            total += M_WEIGHTS[i][j]
    return total
