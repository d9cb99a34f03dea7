"""Dates as a reader in Kazakhstan writes them, wherever a stored ISO date reaches the screen.

The atlas and the records keep dates as ISO text (``2026-11-26``, a source's ``2025-04`` or just
``2025``, a UTC time ``2026-11-27T09:05:00Z``): right for sorting and files, wrong inside a
sentence («издание 2026.1 от 2026-11-26»). Everything the app prints uses dd.mm.yyyy in all three
languages (``ui.reports.document.date_text``); this turns the stored forms into it, without
importing the report machinery into every screen that shows a date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def date_text(day: date) -> str:
    return day.strftime("%d.%m.%Y")  # the format of ui.reports.document.date_text


def shown_date(stamp: str | None) -> str:
    """``2026-11-26`` → ``26.11.2026``; ``2025-04`` → ``04.2025``; ``2025`` stays; a UTC time →
    the local day; anything else is returned as it is (never an exception for odd data)."""
    stamp = (stamp or "").strip()
    month = _YEAR_MONTH.match(stamp)
    if month:
        return f"{month[2]}.{month[1]}" if 1 <= int(month[2]) <= 12 else stamp
    try:
        if "T" in stamp:
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)
            return date_text(moment.astimezone().date())
        if len(stamp) == 10:
            return date_text(date.fromisoformat(stamp))
    except ValueError:
        pass
    return stamp
