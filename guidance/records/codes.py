"""Resume codes: short, easy to read aloud and to type, hard to guess.

Six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown as
``KMP-479``. 24^6 ≈ 190 million codes for a few hundred sessions: guessing one is hopeless,
and a wrong code reveals nothing but "not found".
"""

from __future__ import annotations

import secrets

ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"
LENGTH = 6


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str:
    """What a student typed (any case, spaces, a dash) as the stored form."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def display(code: str) -> str:
    return f"{code[:3]}-{code[3:]}" if len(code) == LENGTH else code
