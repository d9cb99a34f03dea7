"""The interest part of a recommendation (formula in ``recommend``'s docstring): how well a
profession's Holland code suits the student's scores.

Split from ``recommend`` with the caches that keep it cheap: the C indices are pure functions
of two short codes, asked for the same few hundred pairs by every student, and the student's
relative levels are worked out once per recommendation, not once per profession.
"""

from __future__ import annotations

from functools import lru_cache

from guidance.congruence import C_MAX, c_index, c_index_filled
from guidance.scoring import HEXAGON

W_PROFILE = 0.7
W_CODE = 0.3
LETTER_WEIGHTS = (3, 2, 1)


def profile_fit(percentages: dict[str, float], code: str) -> float:
    """How strongly the student likes the letters of ``code``, weighted 3-2-1 by position (0–1).

    Each type counts by where it lies between the student's own lowest and highest type, so a
    student who rates everything high still gets a clear order instead of "everything fits".
    Symmetric in tied types.
    """
    rel = relative_levels(percentages)
    return 0.0 if rel is None else _profile_fit(rel, code)


def relative_levels(percentages: dict[str, float]) -> dict[str, float] | None:
    """Where each type lies between the student's lowest (0) and highest (1) type; None for a
    profile without any spread."""
    top = max(percentages.get(t, 0.0) for t in HEXAGON)
    low = min(percentages.get(t, 0.0) for t in HEXAGON)
    if top <= low:
        return None
    return {t: (percentages.get(t, 0.0) - low) / (top - low) for t in HEXAGON}


def _profile_fit(rel: dict[str, float], code: str) -> float:
    if not code:
        return 0.0
    unused = [t for t in HEXAGON if t not in code]
    total = 0.0
    for i, weight in enumerate(LETTER_WEIGHTS):
        if i < len(code):
            total += weight * rel[code[i]]
        elif unused:
            total += weight * sum(rel[t] for t in unused) / len(unused)
    return total / sum(LETTER_WEIGHTS)


_c_index = lru_cache(maxsize=16384)(c_index)
_c_index_filled = lru_cache(maxsize=16384)(c_index_filled)


def interest_fit(percentages: dict[str, float], readings: tuple[str, ...], code: str,
                 rel: dict[str, float] | None = None) -> tuple[float, int]:
    """(interest 0–1, the standard C index of the best reading) for a profession's ``code``;
    ``rel``: the student's ``relative_levels`` when already known."""
    best = max(readings, key=lambda r: (_c_index_filled(r, code), -readings.index(r)))
    congruence = _c_index_filled(best, code) / C_MAX
    fit = profile_fit(percentages, code) if rel is None else _profile_fit(rel, code)
    return W_PROFILE * fit + W_CODE * congruence, _c_index(best, code)
