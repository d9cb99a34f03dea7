"""Small things a reader notices: lists that read as sentences, dates written as in Kazakhstan,
no "0 students" sentence where a plain "none" reads better."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from guidance.records import RecordsStore, StudentInput
from ui.dates import shown_date
from ui.profession_view import ProfessionView


def test_profession_card_lists_read_as_sentences(qapp, atlas):
    html = ProfessionView().profession_html(atlas, "ammophos_line_operator", "ru")
    assert "Химия, физика, математика" in html
    assert "Чтение показаний приборов, соблюдение технологического режима" in html
    assert "Сменная работа, ночные смены" in html
    assert "R (Realistic), C (Conventional)" in html  # types separated by a comma


def test_explorer_header_writes_the_edition_date_as_a_reader_does(qtbot, atlas, qapp):
    from ui.explorer.explorer import Explorer
    from ui.i18n import LanguageManager

    info = atlas.info()
    assert "-" in info.date  # stored as ISO
    widget = Explorer(atlas, LanguageManager(qapp))
    try:
        text = widget.status_label.text()
        assert shown_date(info.date) in text and info.date not in text
    finally:
        widget.close()
        widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def store(tmp_path):
    opened = RecordsStore(tmp_path / "records.sqlite")
    yield opened
    opened.close()


def test_safety_tab_says_no_old_records_instead_of_zero_students(qapp, store, tmp_path):
    from ui.counsellor.safety_tab import SafetyTab

    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "records-2026-11-26.sqlite").write_bytes(b"")
    store.add_student(StudentInput("Сәуле", "9 Ә", 9, "talas", "kk", "kk"))
    tab = SafetyTab(store, backups)
    assert tab.retention_label.text() == "No record is older than the retention period."
    assert "26.11.2026" in tab.daily_label.text() and "2026-11-26" not in tab.daily_label.text()
    store._conn.execute("UPDATE students SET created_at = '2015-01-01T00:00:00'")
    tab.refresh()
    said = tab.retention_label.text()
    assert "1" in said and "recorded before the retention period" in said
