"""The counsellor password: stored only as a salted scrypt hash, checked in constant time.

Format: ``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>``, so the cost can be raised later without
breaking stored hashes. n = 2**14 keeps a check near 50 ms on an old PC: slow enough to make
guessing expensive, fast enough for a login.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

N, R, P = 2**14, 8, 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 6


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


def new_recovery_key() -> str:
    """A printed key that resets a forgotten password: 4 groups of 4 unambiguous characters."""
    alphabet = "ACDEFGHJKMNPQRTUVWXY3479"
    raw = "".join(secrets.choice(alphabet) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))
