"""The explorer's search finds what students type: parts of words, everyday names kept as atlas
data (``synonyms.csv``), Kazakh typed in Latin letters, typos; and no noise from fragments."""

from __future__ import annotations

import sqlite3

import pytest

from guidance.atlas import Atlas, build
from guidance.atlas.builder import load_source
from guidance.atlas.search import AtlasSearch
from tests.csvedit import read_rows, write_rows


def append_row(folder, table: str, row: dict[str, str]) -> None:
    header, rows = read_rows(folder, table)
    write_rows(folder, table, header, [*rows, row])


def professions(atlas, query: str) -> list[str]:
    return [h.ref_id for h in atlas.search(query, kinds=("profession",), limit=100)]


@pytest.mark.parametrize(("query", "expected"), [
    ("сварщик", "steel_structure_welder"),  # a part of «Электрогазосварщик»
    ("электрик", "construction_electrician"),
    ("шахтёр", "mining_excavator_operator"),
    ("шахтер", "mine_blaster"),
    ("горняк", "mining_truck_driver"),
    ("медбике", "nurse"),
    ("музыка", "music_teacher_accompanist"),
    ("есепші", "accountant"),
    ("есепши", "accountant"),
    ("weldr", "steel_structure_welder"),  # a typo
    ("сварщиу", "steel_structure_welder"),
    ("mugalim", "primary_school_teacher"),  # Kazakh in Latin letters
    ("ДӘНЕКЕР", "steel_structure_welder"),
])
def test_what_students_type_finds_the_profession(atlas, query, expected):
    assert expected in professions(atlas, query)[:8]


def test_programmer_finds_the_software_developer_first(atlas):
    """A synonym equal to the whole query ranks first: «программист» is a software developer
    before it is an embroidery-machine programmer."""
    found = professions(atlas, "программист")
    assert found[0] == "software_developer"
    assert "textile_machine_programmer" in found


def test_a_name_typed_in_kazakh_latin_finds_the_employer(atlas):
    employers = [h.ref_id for h in atlas.search("qazfosfat", kinds=("enterprise",))]
    assert employers[0] == "kazphosphate"
    assert len(employers) >= 4  # its plants and mines too


def test_short_words_match_whole_words_only(atlas):
    found = professions(atlas, "IT")
    assert "software_developer" in found
    assert "baker" not in found and "felt_craft_maker" not in found
    assert len(found) <= 10
    assert atlas.search("ит") == atlas.search("то") == []  # fragments bring nothing
    assert "construction_3d_printer_operator" in professions(atlas, "3D")


def test_every_word_of_the_query_must_match(atlas):
    assert professions(atlas, "оператор склада") == ["warehouse_operator"]
    assert professions(atlas, "сварщик кондитер") == []


def test_a_typo_is_forgiven_only_when_nothing_matches_as_typed(atlas):
    assert professions(atlas, "токарь")[0] == "lathe_operator"
    assert professions(atlas, "токарб")[0] == "lathe_operator"
    assert professions(atlas, "zzzzzz") == []


def test_groups_come_from_one_ranking_per_query(atlas):
    index = atlas.search_index
    index.ranked.cache_clear()
    for kind in ("profession", "speciality", "college", "enterprise"):
        atlas.search("Karatau", kinds=(kind,))
    assert index.ranked.cache_info().misses == 1


def test_a_synonym_of_a_missing_profession_is_a_validation_problem(atlas_copy):
    append_row(atlas_copy, "synonyms", {"kind": "profession", "ref_id": "astronaut",
                                              "term": "космонавт", "lang": "ru"})
    data = load_source(atlas_copy)
    assert [(p.file, p.column, p.code) for p in data.problems] == [
        ("synonyms.csv", "ref_id", "dangling_ref")]


def test_a_new_synonym_is_found_after_a_rebuild(atlas_copy, tmp_path):
    append_row(atlas_copy, "synonyms", {"kind": "profession", "ref_id": "cook",
                                              "term": "бешбармак", "lang": "ru"})
    out = tmp_path / "atlas.sqlite"
    build(atlas_copy, out)
    atlas = Atlas(out)
    try:
        assert professions(atlas, "бешбарм") == ["cook"]
    finally:
        atlas.close()


def test_an_atlas_built_without_the_search_tables_is_indexed_on_opening(atlas_path, tmp_path):
    """An atlas installed by an older Bagdar has no ``search_docs``: the search still works."""
    old = tmp_path / "old.sqlite"
    old.write_bytes(atlas_path.read_bytes())
    conn = sqlite3.connect(old)
    conn.execute("DROP TABLE search_docs")
    conn.execute("DROP TABLE search_fts")
    conn.commit()
    conn.close()
    readonly = sqlite3.connect(f"file:{old}?mode=ro", uri=True)
    try:
        search = AtlasSearch(readonly)
        assert search.search("сварщик", ("profession",))[0].ref_id == "steel_structure_welder"
    finally:
        readonly.close()
