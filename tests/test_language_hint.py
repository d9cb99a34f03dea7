"""The language hint file: written with the school's setting, and only ever a hint — a missing,
damaged or stale file never changes which language the records say the school chose."""

from __future__ import annotations

import pytest

from guidance.language_hint import HINT_FILE, read_language_hint, write_language_hint
from tests.records_files import school_records

KNOWN = ("kk", "ru", "en")


def test_saving_the_language_setting_writes_the_hint(tmp_path):
    from guidance.records import RecordsStore

    store = RecordsStore(tmp_path / "records.sqlite")
    try:
        assert read_language_hint(tmp_path, KNOWN) is None
        store.set_setting("interface_language", "ru")
        assert read_language_hint(tmp_path, KNOWN) == "ru"
        store.set_setting("interface_language", "en")
        assert (tmp_path / HINT_FILE).read_text("ascii").strip() == "en"
        store.set_setting("school_name", "kk")  # another setting leaves the hint alone
        assert read_language_hint(tmp_path, KNOWN) == "en"
    finally:
        store.close()
    assert not (tmp_path / (HINT_FILE + ".new")).exists()


@pytest.mark.parametrize("content", [b"", b"xx\n", b"\xff\xfe\x00k", b"kk" * 100, b"ru ru"])
def test_an_odd_hint_file_is_no_hint(tmp_path, content):
    (tmp_path / HINT_FILE).write_bytes(content)
    assert read_language_hint(tmp_path, KNOWN) is None


def test_a_hint_that_cannot_be_read_or_written_is_no_hint_and_no_error(tmp_path):
    (tmp_path / HINT_FILE).mkdir()  # a folder where the file should be
    assert read_language_hint(tmp_path, KNOWN) is None
    write_language_hint(tmp_path, "ru")  # must not raise
    assert read_language_hint(tmp_path / "missing", KNOWN) is None


@pytest.mark.parametrize("hint, expected", [
    (None, "ru"),          # no hint (a school updated from an older Bagdar): the records
    (b"garbage", "ru"),    # a damaged hint: the records
    (b"en\n", "en"),       # the hint, read without sqlite3
])
def test_the_language_before_the_first_window(tmp_path, hint, expected):
    import ui.app

    school_records(tmp_path, "ru")
    if hint is not None:
        (tmp_path / HINT_FILE).write_bytes(hint)
    assert ui.app._school_language(tmp_path / "records.sqlite") == expected


def test_a_hint_without_records_is_ignored(tmp_path):
    import ui.app

    (tmp_path / HINT_FILE).write_text("ru\n")
    assert ui.app._school_language(tmp_path / "records.sqlite") is None


@pytest.mark.parametrize("requested, expected", [(None, "ru"), ("en", "en")])
def test_a_stale_hint_gives_way_to_the_records_once_they_are_checked(qapp, tmp_path, requested,
                                                                     expected):
    """The records are the truth: once checked (after the first paint) their language is set,
    unless --lang asked for another, and the hint is corrected either way."""
    import ui.app
    from ui.i18n import LanguageManager

    school_records(tmp_path, "ru")
    (tmp_path / HINT_FILE).write_text("kk\n")
    languages = LanguageManager(qapp)
    try:
        languages.set_language(requested or "kk")
        ui.app.follow_records_language(tmp_path / "records.sqlite", languages, requested)
        assert languages.language == expected
    finally:
        languages.set_language("en")
    assert read_language_hint(tmp_path, KNOWN) == "ru"
