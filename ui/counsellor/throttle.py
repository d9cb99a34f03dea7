"""Growing delays after failed counsellor logins (1, 2, 4 … up to 60 s), remembered for as long
as the app runs. Kept apart from the login dialog so the shell can hold one from the start
without loading the password code."""

from __future__ import annotations

import time

MAX_DELAY_S = 60


class LoginThrottle:
    """Remembers failures for as long as the app runs (shared by every login dialog)."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self.failures = 0
        self._blocked_until = 0.0

    def seconds_to_wait(self) -> int:
        return max(0, round(self._blocked_until - self._clock()))

    def failed(self) -> int:
        self.failures += 1
        delay = min(2 ** (self.failures - 1), MAX_DELAY_S)
        self._blocked_until = self._clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self._blocked_until = 0.0
