"""Growing delays after failed counsellor logins (1, 2, 4 … up to 60 s). Kept apart from the
login dialog so the shell can hold one from the start without loading the password code.

Once the records are open the login dialog binds it to the store's persisted guard
(``guidance.records.guard``): from then on the delay lives in the records, survives a restart
and is shared by every password check. Unbound, it remembers failures for as long as the app
runs."""

from __future__ import annotations

import time

MAX_DELAY_S = 60


class LoginThrottle:
    """Shared by every login dialog of the shell."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._failures = 0
        self._blocked_until = 0.0
        self._guard = None

    def bind(self, guard) -> None:
        """Use the records' persisted back-off (a ``guidance.records.guard.Backoff``)."""
        self._guard = guard

    @property
    def failures(self) -> int:
        return self._guard.failures if self._guard is not None else self._failures

    def seconds_to_wait(self) -> int:
        if self._guard is not None:
            return self._guard.seconds_to_wait()
        return max(0, round(self._blocked_until - self._clock()))

    def failed(self) -> int:
        """Count a failure (unbound only: the bound store counts its own checks)."""
        if self._guard is not None:
            return self._guard.seconds_to_wait()
        self._failures += 1
        delay = min(2 ** (self._failures - 1), MAX_DELAY_S)
        self._blocked_until = self._clock() + delay
        return delay

    def succeeded(self) -> None:
        if self._guard is not None:
            self._guard.succeeded()
        self._failures = 0
        self._blocked_until = 0.0
