"""The counsellor password: stored only as a salted scrypt hash, checked in constant time.

Format: ``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``, so the cost can be raised later without
breaking stored hashes. n = 2**14 keeps a check near 50 ms on an old PC: slow enough to make
guessing expensive, fast enough for a login.

A new password must be at least ``MIN_LENGTH`` characters and not one everybody tries first
(``password_problem``): a student who guesses «123456» or «qwerty123» must not open the room.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 8

# What people type first, in the keyboards and words of the region (compared case-folded,
# with spaces removed); plus any password of one repeated character or a plain run of keys.
_COMMON_WORDS = """
password password1 password123 passw0rd qwerty qwerty123 qwertyuiop qwerty12 qwerty1234
asdfghjkl zxcvbnm 1q2w3e4r 1q2w3e4r5t 1qaz2wsx qazwsx qazwsxedc abc12345 abcd1234
iloveyou welcome admin admin123 administrator letmein monkey dragon football baseball
princess sunshine master superman starwars trustno1 whatever computer internet
12345678 123456789 1234567890 0987654321 87654321 11111111 12341234 12121212 11223344
123123123 123321123 147258369 159753456 66666666 88888888 99999999 00000000 55555555
йцукен йцукенгш йцукенгшщз фывапролд ячсмить пароль пароль123 парольпароль привет123
мектеп мектеп123 мұғалім мугалим учитель учитель123 школа школа123 директор
qazaqstan kazakhstan kazakhstan1 казахстан қазақстан taraz тараз zhambyl жамбыл astana
almaty алматы астана bagdar bagdar123 багдар бағдар counsellor psychology психолог
"""
COMMON = frozenset(_COMMON_WORDS.split())


def hash_password(password: str, *, n: int = N, r: int = R, p: int = P) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES)
    return f"scrypt${n}${r}${p}${salt.hex()}${key.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(key)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                                r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def password_problem(password: str) -> str | None:
    """Why a new password is not good enough: ``too_short`` or ``common``; None if it is."""
    if len(password) < MIN_LENGTH:
        return "too_short"
    folded = "".join(password.split()).casefold()
    if folded in COMMON or len(set(folded)) <= 2 or _is_run(folded):
        return "common"
    stem = folded.rstrip("0123456789!.-_ ")
    if stem in COMMON and len(stem) >= 4:
        return "common"
    return None


def _is_run(text: str) -> bool:
    """abcdefgh, 23456789, 98765432: each character one step from the last."""
    steps = {ord(b) - ord(a) for a, b in zip(text, text[1:], strict=False)}
    return len(steps) == 1 and steps <= {1, -1}


def new_recovery_key() -> str:
    """A printed key that resets a forgotten password: 4 groups of 4 unambiguous characters."""
    alphabet = "ACDEFGHJKMNPQRTUVWXY3479"
    raw = "".join(secrets.choice(alphabet) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))
