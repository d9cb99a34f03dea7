"""The atlas browser: search-as-you-type, the detail pane and the run-time language switch."""

from __future__ import annotations

import pytest

from guidance import paths
from tests.qt_helpers import type_text
from ui.atlas_browser import AtlasBrowser
from ui.i18n import LanguageManager


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.set_language("en")
    yield manager
    manager.set_language("en")


@pytest.fixture
def window(qtbot, atlas, languages):
    win = AtlasBrowser(atlas, languages)
    qtbot.addWidget(win)
    win.show()
    return win


def test_typing_in_the_search_box_filters_the_list(qtbot, window, atlas):
    everything = window.list_texts()
    assert len(everything) == len(atlas.profession_ids())
    qtbot.keyClicks(window.search_box, "weld")
    filtered = window.list_texts()
    assert 0 < len(filtered) < len(everything)
    assert all(name in everything for name in filtered)
    assert any("weld" in name.lower() for name in filtered)
    window.search_box.clear()
    assert window.list_texts() == everything


def test_search_without_kazakh_letters_finds_kazakh_names(qtbot, window, languages):
    languages.set_language("kk")
    type_text(window.search_box, "данекер")
    assert any("дәнекер" in name.lower() for name in window.list_texts())


def test_selecting_a_profession_shows_its_details(qtbot, window, atlas):
    window.result_list.setCurrentRow(1)
    profession = atlas.profession(window.current_profession_id())
    text = window.detail.toPlainText()
    assert profession.name.en in text
    assert profession.description.en[:40] in text


def test_language_switch_changes_visible_text(qtbot, window, languages, atlas):
    assert (paths.translations_dir() / "bagdar_ru.qm").exists(), "run `make i18n` first"
    def visible():
        return (window.back_button.text(), window.search_box.placeholderText(),
                window.list_texts(), window.status_label.text())

    english = visible()
    assert languages.set_language("ru")
    russian = visible()
    assert languages.set_language("kk")
    kazakh = visible()
    for a, b in ((english, russian), (russian, kazakh), (english, kazakh)):
        assert all(x != y for x, y in zip(a, b, strict=True))
    names_kk = {p.id: p.name.kk for p in atlas.professions("kk")}
    for profession_id, text in zip(window.list_ids(), kazakh[2], strict=True):
        assert text.startswith(names_kk[profession_id])
    assert any("★ жаңа" in text for text in kazakh[2])


def test_about_the_data_lists_every_source(qtbot, window, atlas):
    dialog = window.show_about_data()
    qtbot.addWidget(dialog)
    assert dialog.sources_table.rowCount() == len(atlas.sources())
    assert dialog.counts_table.rowCount() == len(atlas.source_kind_counts())
    assert atlas.info().edition in dialog.summary.text()


def test_source_badges_name_their_source(qtbot, window, atlas):
    from PySide6.QtCore import QUrl

    window.result_list.setCurrentRow(0)
    html = window.detail.toHtml()
    profession = atlas.profession(window.current_profession_id())
    assert f"source:{profession.source.id}" in html
    tip = window.detail.source_tooltip(QUrl(f"source:{profession.source.id}"))
    assert profession.source.title in tip
    assert window.detail.source_tooltip(QUrl("source:no_such_source")) == ""
