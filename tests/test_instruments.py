"""The questionnaires as built into the atlas: structure, languages, type descriptions."""

from __future__ import annotations

from collections import Counter

import pytest

from guidance import paths
from guidance.atlas import load_source
from guidance.atlas.instrument_rules import check_ddo, check_riasec
from guidance.textnorm import has_kazakh_letters
from tests.csvedit import read_rows, set_cell, write_rows


def test_riasec_items_are_balanced_and_interleaved(atlas):
    items = atlas.riasec_items()
    assert len(items) == 60
    assert Counter(i.type for i in items) == dict.fromkeys("RIASEC", 10)
    short = atlas.riasec_items(short_form=True)
    assert len(short) == 30 and Counter(i.type for i in short) == dict.fromkeys("RIASEC", 5)
    assert [i.position for i in items] == list(range(1, 61))
    for sequence in (items, short):
        assert all(a.type != b.type for a, b in zip(sequence, sequence[1:], strict=False))
    assert check_riasec([{"type": i.type, "position": i.position,
                          "short_form": int(i.short_form)} for i in items]) == []


def test_ddo_key_structure(atlas):
    items = atlas.ddo_items()
    assert len(items) == 20
    pairs = Counter(frozenset((i.a_type, i.b_type)) for i in items)
    assert len(pairs) == 10 and set(pairs.values()) == {2}
    for k in range(10):
        assert {items[k].a_type, items[k].b_type} == {items[k + 10].a_type, items[k + 10].b_type}
    options = Counter(t for i in items for t in (i.a_type, i.b_type))
    assert options == dict.fromkeys(("nature", "technology", "people", "signs", "art"), 8)


def test_every_text_is_in_three_languages_and_kazakh_is_kazakh(atlas):
    items = atlas.riasec_items()
    texts = [i.text for i in items] + [t for d in atlas.ddo_items() for t in (d.a_text, d.b_text)]
    for text in texts:
        assert text.kk and text.ru and text.en and text.kk != text.ru
    assert sum(has_kazakh_letters(t.kk) for t in texts) >= 0.8 * len(texts)
    assert [v for v, _label in atlas.answer_scale()] == [0, 1, 2, 3, 4]


def test_type_descriptions_and_examples_from_the_atlas(atlas):
    riasec = atlas.interest_types("riasec")
    klimov = atlas.interest_types("klimov")
    assert list(riasec) == list("RIASEC")
    assert set(klimov) == {"nature", "technology", "people", "signs", "art"}
    for kind, types in (("riasec", riasec), ("klimov", klimov)):
        for code, t in types.items():
            assert t.summary.kk and t.enjoy.ru and t.activities.en
            examples = atlas.example_professions(kind, code)
            assert examples, (kind, code)
            for pid in examples:
                p = atlas.profession(pid)
                assert (p.riasec[0] == code) if kind == "riasec" else (p.klimov == code)


def test_versions_are_recorded(atlas):
    for instrument in ("riasec", "riasec_short", "ddo"):
        assert atlas.instrument(instrument).version


def test_a_content_edit_that_breaks_the_ddo_key_fails_the_build(atlas_copy):
    set_cell(atlas_copy, "instruments/ddo_items", 12, "b_type", "nature")
    problems = [p for p in load_source(atlas_copy).problems if p.code == "instrument_structure"]
    assert problems and all(p.file == "instruments/ddo_items.csv" for p in problems)


@pytest.mark.parametrize("change", ["drop_item", "short_form"])
def test_a_content_edit_that_unbalances_riasec_fails_the_build(atlas_copy, change):
    header, rows = read_rows(atlas_copy, "instruments/riasec_items")
    if change == "drop_item":
        rows = rows[:-1]
    else:
        first = next(r for r in rows if r["short_form"] == "0")
        first["short_form"] = "1"
    write_rows(atlas_copy, "instruments/riasec_items", header, rows)
    problems = [p for p in load_source(atlas_copy).problems if p.code == "instrument_structure"]
    assert problems


def test_check_ddo_rejects_a_pair_compared_three_times():
    pairs = [("nature", "technology")] * 3 + [("people", "signs")] * 17
    items = [{"number": n, "a_type": a, "b_type": b} for n, (a, b) in enumerate(pairs, 1)]
    assert check_ddo(items)



def test_check_ddo_reports_a_missing_item_number_instead_of_crashing():
    """Found by the update fuzzer: an emptied number cell reached the sort as None."""
    pairs = [("nature", "technology")] * 20
    items = [{"number": n, "a_type": a, "b_type": b} for n, (a, b) in enumerate(pairs, 1)]
    items[4]["number"] = None
    problems = check_ddo(items)
    assert [p.column for p in problems] == ["number"]


INDUSTRY = ("fertili", "phosph", "gypsum")  # the region's chemical and gypsum plants


def test_no_duplicate_activities_in_any_language(atlas):
    items = atlas.riasec_items()
    options = [t for d in atlas.ddo_items() for t in (d.a_text, d.b_text)]
    for lang in ("kk", "ru", "en"):
        for texts in ([i.text.get(lang) for i in items], [t.get(lang) for t in options]):
            normalised = [t.lower().strip(" .") for t in texts]
            assert len(set(normalised)) == len(normalised), lang


def test_few_items_lean_on_one_industry(atlas):
    """An attitude to one plant must not move several types together: at most one RIASEC item
    and one DDO option name the chemical or gypsum industry."""
    riasec = [i for i in atlas.riasec_items() if any(w in i.text.en.lower() for w in INDUSTRY)]
    ddo = [t for d in atlas.ddo_items() for t in (d.a_text, d.b_text)
           if any(w in t.en.lower() for w in INDUSTRY)]
    assert len(riasec) <= 1 and len(ddo) <= 1, ([i.id for i in riasec], ddo)


def test_item_ids_name_their_type():
    items = [{"id": "i12", "type": "I", "position": 1}, {"id": "e05", "type": "C", "position": 2}]
    problems = check_riasec(items)
    assert [p.column for p in problems if p.column == "id"] == ["id"]
    assert "e05" in str([p for p in problems if p.column == "id"][0])


@pytest.mark.parametrize("kind", ["*", "", None, "(", "r+"])
def test_a_type_that_is_no_letter_is_reported_not_a_crash(kind):
    """An update's type column is text, never a pattern (the fuzzing test found "*")."""
    problems = check_riasec([{"id": "r01", "type": kind, "position": 1}])
    assert any(p.column == "id" and "r01" in str(p) for p in problems)


def test_a_wording_change_comes_with_a_new_version_and_the_old_one_stays_readable(atlas):
    from guidance.instrument_archive import (
        DDO_VERSIONS,
        RIASEC_VERSIONS,
        archived_ddo_items,
        archived_riasec_items,
    )

    version = atlas.instrument("riasec").version
    assert version == atlas.instrument("riasec_short").version == atlas.instrument("ddo").version
    assert version not in RIASEC_VERSIONS and version not in DDO_VERSIONS
    latest = max(RIASEC_VERSIONS)
    old, new = archived_riasec_items(latest), atlas.riasec_items()
    assert [i.text for i in old] != [i.text for i in new]  # the bump was needed...
    assert [(i.type, i.position, i.short_form) for i in old] == \
        [(i.type, i.position, i.short_form) for i in new]  # ...and kept the key and order
    changed = {o.id for o, n in zip(old, new, strict=True) if o.id != n.id}
    assert changed and not changed & {i.id for i in new}  # an id never comes back
    old_ddo = archived_ddo_items(latest)
    assert [(d.a_type, d.b_type) for d in old_ddo] == \
        [(d.a_type, d.b_type) for d in atlas.ddo_items()]


def test_the_readme_shows_every_item_in_three_languages_side_by_side(atlas):
    readme = (paths.atlas_source_dir() / "instruments" / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("|")]
    for item in atlas.riasec_items():
        assert any(f"`{item.id}`" in row and all(t in row for t in (
            item.text.kk, item.text.ru, item.text.en)) for row in rows), item.id
    for pair in atlas.ddo_items():
        for text in (pair.a_text, pair.b_text):
            assert any(text.kk in row and text.ru in row and text.en in row for row in rows)
