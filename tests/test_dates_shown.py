"""Stored ISO dates as the reader writes them (ui.dates.shown_date)."""

from ui.dates import shown_date


def test_a_day_a_month_and_a_year_as_written_in_kazakhstan():
    assert shown_date("2026-11-26") == "26.11.2026"
    assert shown_date("2025-04") == "04.2025"
    assert shown_date("2025") == "2025"


def test_a_utc_time_is_the_local_day_and_odd_text_is_left_alone():
    assert shown_date("2026-11-26T12:00:00Z").endswith(".11.2026")
    assert shown_date("2026-11-26T12:00:00Z")[:2] in ("26", "27", "25")
    for odd in ("", None, "2025-13", "late 2024", "2026-02-30"):
        assert shown_date(odd) == (odd or "")
