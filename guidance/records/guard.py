"""Growing delays and lock-outs that survive a restart: counsellor passwords and resume codes.

Kept in the records' ``settings`` table, so closing Bagdar (or pulling the plug) does not give
a guesser a fresh start. Times are wall-clock seconds; a wait is never longer than the
largest delay, so a clock set back cannot lock anyone out for good.

- ``password``: every check of the counsellor password or the recovery key (login, Settings'
  current password) doubles the wait after each failure: 1, 2, 4 … 60 s.
- ``resume``: wrong resume codes — the first two are free, then 1, 2, 4 … 60 s; ``LOCK_AFTER``
  wrong codes within a day lock resuming with a code until the counsellor unlocks it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from guidance.records import auth, codes

if TYPE_CHECKING:
    from guidance.records.store import Session

MAX_DELAY_S = 60
LOCK_AFTER = 10
LOCK_WINDOW_S = 24 * 3600
DEFAULT_RESUME_DAYS = 14
RESUMABLE = ("active", "paused")
SETUP_EVIDENCE = ("counsellor_password", "recovery_key", "setup_done")


class Backoff:
    def __init__(self, store, kind: str, free: int = 0, lock_after: int | None = None,
                 clock: Callable[[], float] = time.time):
        self.store, self.kind = store, kind
        self.free, self.lock_after, self.clock = free, lock_after, clock

    def keys(self) -> list[str]:
        return [self._key(k) for k in ("failures", "blocked_until", "recent", "locked")]

    def _key(self, name: str) -> str:
        return f"guard_{self.kind}_{name}"

    def _get(self, name: str, default: str) -> str:
        return self.store.setting(self._key(name), default) or default

    def _set(self, name: str, value: str) -> None:
        self.store.set_setting(self._key(name), value)

    @property
    def failures(self) -> int:
        return int(self._get("failures", "0"))

    def seconds_to_wait(self) -> int:
        left = float(self._get("blocked_until", "0")) - self.clock()
        return max(0, min(MAX_DELAY_S, round(left + 0.49)))

    def locked(self) -> bool:
        return self._get("locked", "0") == "1"

    def recent_failures(self) -> int:
        return len(self._recent())

    def _recent(self) -> list[float]:
        try:
            stamps = [float(s) for s in json.loads(self._get("recent", "[]"))]
        except (ValueError, TypeError):
            stamps = []
        now = self.clock()
        return [s for s in stamps if now - LOCK_WINDOW_S < s <= now + 1]

    def failed(self) -> int:
        """Count one failure; returns the seconds to wait before the next attempt."""
        failures = self.failures + 1
        delay = 0 if failures <= self.free else min(2 ** (failures - self.free - 1), MAX_DELAY_S)
        self._set("failures", str(failures))
        self._set("blocked_until", repr(self.clock() + delay))
        if self.lock_after:
            recent = (self._recent() + [self.clock()])[-self.lock_after:]
            self._set("recent", json.dumps(recent))
            if len(recent) >= self.lock_after:
                self._set("locked", "1")
        return delay

    def succeeded(self) -> None:
        """A right answer ends the growing delay (not a lock-out: only the counsellor does)."""
        if self.failures:
            self._set("failures", "0")
            self._set("blocked_until", "0")

    def unlock(self) -> None:
        for name, value in (("failures", "0"), ("blocked_until", "0"), ("recent", "[]"),
                            ("locked", "0")):
            self._set(name, value)


class GuardedAccess:
    """The checks of ``RecordsStore`` that a guesser would attack: the counsellor password, the
    recovery key and resume codes. Mixed into the store (needs ``setting``, ``set_setting``,
    ``audit``, ``session``, ``_one`` and the two guards)."""

    password_guard: Backoff
    resume_guard: Backoff

    def has_counsellor_password(self) -> bool:
        """False only on a school never set up. A set-up school whose password row is gone
        (the file was edited) counts as having one: the way in is then the recovery key,
        never a fresh first setup over existing records."""
        return any(self.setting(key) is not None for key in SETUP_EVIDENCE) or bool(
            self._one("SELECT 1 FROM audit_log WHERE action = 'setup' LIMIT 1"))

    def password_missing(self) -> bool:
        """Set up, but the password row is gone: only the recovery key can set a new one."""
        return self.has_counsellor_password() and self.setting("counsellor_password") is None

    def password_wait_seconds(self) -> int:
        return self.password_guard.seconds_to_wait()

    def check_counsellor_password(self, password: str) -> bool:
        """Every password check (login, Settings' current password) shares one growing,
        persisted delay; while it runs every check fails. Failures are audited."""
        if self.password_guard.seconds_to_wait():
            return False
        stored = self.setting("counsellor_password")
        if stored is not None and auth.verify_password(password, stored):
            self.password_guard.succeeded()
            return True
        self.password_guard.failed()
        self.audit("login_failed", "password")
        return False

    def check_recovery_key(self, typed: str) -> bool:
        if self.password_guard.seconds_to_wait():
            return False
        stored = self.setting("recovery_key")
        key = "-".join(typed.upper().replace("-", "").replace(" ", "")[i:i + 4]
                       for i in range(0, 16, 4))
        if stored is not None and auth.verify_password(key, stored):
            self.password_guard.succeeded()
            return True
        self.password_guard.failed()
        self.audit("login_failed", "recovery key")
        return False

    def replace_recovery_key(self) -> str:
        """A used recovery key is spent: a new one is drawn (shown once, stored hashed)."""
        key = auth.new_recovery_key()
        self.set_setting("recovery_key", auth.hash_password(key))
        return key

    def find_resumable(self, typed_code: str) -> Session | None:
        """The active or paused session with this code; None for any wrong, used or expired
        code — and while resuming is throttled or locked (see ``resume_wait_seconds``)."""
        forms = codes.candidates(typed_code)
        if not forms or self.resume_guard.locked() or self.resume_guard.seconds_to_wait():
            return None
        cutoff = (datetime.now(UTC) - timedelta(days=self.resume_days())
                  ).strftime("%Y-%m-%dT%H:%M:%S")
        marks = ", ".join("?" * len(forms))
        r = self._one(
            f"SELECT s.id FROM sessions s WHERE s.resume_code IN ({marks}) "
            "AND s.status IN (?, ?) AND COALESCE((SELECT MAX(a.answered_at) FROM answers a "
            "WHERE a.session_id = s.id), s.started_at) >= ?", *forms, *RESUMABLE, cutoff)
        if r is None:
            self.resume_guard.failed()
            return None
        self.resume_guard.succeeded()
        return self.session(r["id"])

    def resume_wait_seconds(self) -> int:
        return self.resume_guard.seconds_to_wait()

    def resume_locked(self) -> bool:
        return self.resume_guard.locked()

    def unlock_resume(self) -> None:
        self.resume_guard.unlock()

    def resume_days(self) -> int:
        """How long a paused questionnaire can be continued with its code (the counsellor
        sets it; the counsellor can still open an older one)."""
        try:
            return max(1, int(self.setting("resume_days", str(DEFAULT_RESUME_DAYS)) or 0))
        except ValueError:
            return DEFAULT_RESUME_DAYS
