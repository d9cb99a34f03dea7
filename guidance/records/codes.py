"""Resume codes: short, easy to read aloud and to type on any keyboard of the school, hard to guess.

Six letters from an alphabet chosen for the shared PCs of Kazakhstan, shown as ``DRW-NUF``:
- no letter has a Cyrillic twin (A C E H K M P T X Y B O are left out), so a code read from
  the screen is never typed in the wrong script by mistake;
- no digits, because the Kazakh layout puts Kazakh letters on the digit row, and no letter
  that looks like a digit (I, O);
- a code typed with the keyboard still on a Russian or Kazakh layout (the same physical keys:
  «ВКЦ-ТГА» for DRW-NUF) is read as the Latin letters of those keys.
13^6 ≈ 4.8 million codes for a few hundred open sessions; with the throttling and lock-out of
``RecordsStore.find_resumable`` guessing one is hopeless.

Codes drawn before this alphabet (``KMP-479``, letters and 3 4 7 9) still resolve, typed in
Latin or with their Cyrillic look-alikes («КМР-479»).
"""

from __future__ import annotations

import secrets

ALPHABET = "DFGJLNQRSUVWZ"
LENGTH = 6
EXAMPLE = "DRW-NUF"

# The Cyrillic letter on the same physical key (ЙЦУКЕН, Russian and Kazakh Windows layouts).
_KEYS = dict(zip("ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ", "QWERTYUIOPASDFGHJKLZXCVBNM", strict=True))
# Cyrillic letters that look like a Latin one (codes of the old alphabet used them).
_LOOKALIKES = dict(zip("АВСЕНКМОРТХУЗ", "ABCEHKMOPTXY3", strict=True))
# Digits a student may type for a letter of the new alphabet.
_DIGITS = {"5": "S", "2": "Z", "6": "G", "1": "L", "0": "Q", "O": "Q"}


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed: str) -> str:
    """What a student typed (any case, spaces, a dash) as the stored form, read as Latin."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def candidates(typed: str) -> list[str]:
    """Every stored form the typed text can stand for: as typed, typed on a Cyrillic layout
    (same keys), typed with Cyrillic look-alikes (old codes), digits for look-alike letters.
    Only full-length forms; at most four, so a guess is worth no more than four guesses."""
    plain = normalise(typed)
    forms = [plain,
             "".join(_KEYS.get(ch, ch) for ch in plain),
             "".join(_LOOKALIKES.get(ch, ch) for ch in plain),
             "".join(_DIGITS.get(ch, ch) for ch in plain)]
    unique: list[str] = []
    for form in forms:
        if len(form) == LENGTH and form.isascii() and form not in unique:
            unique.append(form)
    return unique


def display(code: str) -> str:
    return f"{code[:3]}-{code[3:]}" if len(code) == LENGTH else code
