"""The atlas explorer: tolerant grouped search, browsing, linked cards with history, charts."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from guidance import paths
from guidance.atlas import explore as ex
from tests.qt_helpers import type_text
from ui.explorer.explorer import Explorer


@pytest.fixture
def explorer(qtbot, atlas, languages):
    languages.set_language("en")  # the tests below read English unless they switch
    widget = Explorer(atlas, languages)
    widget.resize(1024, 700)
    widget.show()
    yield widget
    # Deleted now, not at the end of the run: a language change posted later would make a
    # leftover explorer retranslate from an atlas that is closed by then.
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_typing_filters_and_groups_results_by_kind(qtbot, explorer):
    browse = explorer.list_texts()
    qtbot.keyClicks(explorer.search_box, "weld")
    groups = explorer.result_groups()
    assert explorer.list_texts() != browse
    assert "profession" in groups and "speciality" in groups
    assert "07150500" in groups["speciality"]
    explorer.search_box.clear()
    assert explorer.list_texts() == browse


def test_search_without_kazakh_letters_finds_kazakh_names(explorer, languages, atlas):
    languages.set_language("kk")
    type_text(explorer.search_box, "данекер")
    found = explorer.result_groups()["profession"]
    assert any("дәнекер" in atlas.profession(pid).name.kk.lower() for pid in found)


def test_search_finds_colleges_and_employers_of_a_town(explorer):
    type_text(explorer.search_box, "Karatau")
    groups = explorer.result_groups()
    assert "college" in groups and "enterprise" in groups


def test_browse_by_industry_and_district(explorer, atlas):
    by_industry, by_district = (explorer.tree.topLevelItem(i) for i in range(2))
    assert by_industry.childCount() == len(atlas.industries())
    assert by_district.childCount() == len(atlas.districts())
    talas = next(by_district.child(i) for i in range(by_district.childCount())
                 if by_district.child(i).text(0) == atlas.district("talas").name.en)
    kinds = {talas.child(j).data(0, 0x0100)[0] for j in range(talas.childCount())}
    assert {"college", "enterprise"} <= kinds


def test_profession_to_college_then_back_and_forward(qtbot, explorer, atlas):
    qtbot.keyClicks(explorer.search_box, "welder")
    profession_id = explorer.result_groups()["profession"][0]
    item = explorer.tree.topLevelItem(0).child(0)
    explorer.tree.itemActivated.emit(item, 0)
    assert explorer.current() == ("profession", profession_id)
    assert atlas.profession(profession_id).name.en in explorer.card_text()
    html = explorer.card.toHtml()
    college_id = re.search(r'href="college:(\w+)"', html).group(1)
    explorer.card.link_activated.emit("college", college_id)
    assert explorer.current() == ("college", college_id)
    assert atlas.college(college_id).name.en in explorer.card_text()
    assert explorer.back_button.isEnabled() and not explorer.forward_button.isEnabled()
    explorer.go_back()
    assert explorer.current() == ("profession", profession_id)
    assert atlas.profession(profession_id).name.en in explorer.card_text()
    explorer.go_forward()
    assert explorer.current() == ("college", college_id)


@pytest.mark.parametrize("kind", ["profession", "speciality", "college", "enterprise"])
def test_every_card_shows_source_status(explorer, atlas, kind):
    ref = {"profession": atlas.profession_ids()[0], "speciality": "07150500",
           "college": atlas.colleges()[0].id, "enterprise": "kazphosphate"}[kind]
    explorer.open_card(kind, ref)
    assert "source:" in explorer.card.toHtml()


@pytest.fixture
def memo_atlas(atlas_copy, tmp_path):
    """The shipped atlas names no memorandum's parties (none are published), so the cards'
    memoranda links are tested on a copy with one memorandum, as a department update would add."""
    from guidance.atlas import Atlas, build

    with (atlas_copy / "memoranda.csv").open("a", encoding="utf-8") as f:
        f.write("memo_test,zhambyl_polytechnic_college,kazphosphate,2025,Тәжірибе,Практика,"
                "Placements,src_bagdar_sample\n")
    build(atlas_copy, tmp_path / "memo.sqlite")
    opened = Atlas(tmp_path / "memo.sqlite")
    yield opened
    opened.close()


def test_employer_card_lists_professions_and_partner_colleges(qapp, memo_atlas):
    from ui.explorer.cards import CardRenderer

    memo = ex.memoranda(memo_atlas)[0]
    html = CardRenderer(memo_atlas).html("enterprise", memo.enterprise_id, "en")
    assert f"college:{memo.college_id}" in html
    if ex.jobs_at_enterprise(memo_atlas, memo.enterprise_id):
        assert "profession:" in html


def test_college_card_links_its_partner_employers(qapp, memo_atlas):
    from ui.explorer.cards import CardRenderer

    memo = ex.memoranda(memo_atlas)[0]
    html = CardRenderer(memo_atlas).html("college", memo.college_id, "ru")
    assert f"enterprise:{memo.enterprise_id}" in html
    assert memo_atlas.enterprise(memo.enterprise_id).name.ru in html


def test_profession_card_has_a_translated_demand_chart(qtbot, explorer, atlas, languages):
    profession_id = next(p for p in atlas.profession_ids() if atlas.demand_for_profession(p))
    explorer.open_card("profession", profession_id)
    chart = explorer.card_chart.chart
    assert chart is not None and explorer.card_chart.isVisible()
    languages.set_language("ru")
    texts = [t.get_text() for t in chart.figure().findobj(
        lambda a: hasattr(a, "get_text"))]
    assert any(atlas.profession(profession_id).name.ru in t for t in texts)


def test_language_switch_changes_visible_text(explorer, languages, atlas):
    assert (paths.translations_dir() / "bagdar_ru.qm").exists(), "run `make i18n` first"

    def visible():
        return (explorer.home_button.text(), explorer.search_box.placeholderText(),
                explorer.list_texts(), explorer.status_label.text())

    english = visible()
    assert languages.set_language("ru")
    russian = visible()
    assert languages.set_language("kk")
    kazakh = visible()
    for a, b in ((english, russian), (russian, kazakh), (english, kazakh)):
        assert all(x != y for x, y in zip(a, b, strict=True))


def test_about_the_data_lists_every_source(qtbot, explorer, atlas):
    dialog = explorer.show_about_data()
    qtbot.addWidget(dialog)
    assert dialog.sources_table.rowCount() == len(atlas.sources())
    assert dialog.counts_table.rowCount() == len(atlas.source_kind_counts())
    assert atlas.info().edition in dialog.summary.text()


def test_source_badges_name_their_source(explorer, atlas):
    from PySide6.QtCore import QUrl

    profession = atlas.profession(atlas.profession_ids()[0])
    explorer.open_card("profession", profession.id)
    assert f"source:{profession.source.id}" in explorer.card.toHtml()
    tip = explorer.card.source_tooltip(QUrl(f"source:{profession.source.id}"))
    assert profession.source.title in tip
    assert explorer.card.source_tooltip(QUrl("source:no_such_source")) == ""


def test_overview_draws_five_charts(qtbot, explorer):
    explorer.open_card("overview", "region")
    assert len(explorer.overview.charts) == 5
    for chart in explorer.overview.charts:
        assert chart.figure().axes


def test_employment_rows_are_per_college_or_regional_per_speciality(atlas):
    college = ex.employment_of_college(atlas, "zhambyl_polytechnic_college")
    assert college and all(row.graduates >= row.employed for row in college)
    regional = ex.employment_of_speciality(atlas, "07150500")
    assert [row.speciality_code for row in regional] == ["07150500"]
    assert regional[0].source.kind in {"official", "press", "estimate", "sample"}


def test_a_card_without_a_chart_leaves_no_empty_chart_pane(explorer, atlas):
    explorer.open_card("enterprise", "kazphosphate")
    assert not explorer.chart_scroll.isVisible()
    explorer.open_card("college", atlas.colleges()[0].id)
    assert not explorer.chart_scroll.isVisible()  # no published places: no chart of zeros
    profession = next(p for p in atlas.profession_ids() if atlas.demand_for_profession(p))
    explorer.open_card("profession", profession)
    assert explorer.chart_scroll.isVisible()


def test_nothing_found_says_what_to_try_in_full(explorer):
    type_text(explorer.search_box, "zzzqx")
    assert explorer.result_groups() == {}
    hint = explorer.search_hint
    assert hint.isVisible() and "zzzqx" in hint.text()
    assert hint.wordWrap() and hint.width() <= explorer.width()  # wrapped, never cut
    explorer.search_box.clear()
    type_text(explorer.search_box, "сварщик")
    assert not explorer.search_hint.isVisible()


def test_search_finds_everyday_names_and_no_fragments(explorer):
    type_text(explorer.search_box, "сварщик")
    assert "steel_structure_welder" in explorer.result_groups()["profession"]
    explorer.search_box.clear()
    type_text(explorer.search_box, "IT")
    professions = explorer.result_groups()["profession"]
    assert "software_developer" in professions and "baker" not in professions
