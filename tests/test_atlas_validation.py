"""Each kind of mistake in the atlas source is reported with its file, line and column, all
of them at once, and nothing is built."""

from __future__ import annotations

import pytest

from guidance.atlas import AtlasInvalid, build, load_source
from tests.csvedit import read_rows, set_cell, write_rows


def problems_of(folder):
    return load_source(folder).problems


def test_shipped_source_is_valid(atlas_copy):
    assert [str(p) for p in problems_of(atlas_copy)] == []


def test_missing_column_is_reported(atlas_copy):
    header, rows = read_rows(atlas_copy, "professions")
    header.remove("isco")
    for row in rows:
        del row["isco"]
    write_rows(atlas_copy, "professions", header, rows)
    found = [p for p in problems_of(atlas_copy) if p.code == "missing_column"]
    assert [(p.file, p.line, p.column) for p in found] == [("professions.csv", 1, "isco")]


def test_unknown_column_is_reported(atlas_copy):
    header, rows = read_rows(atlas_copy, "colleges")
    header.append("adress")
    write_rows(atlas_copy, "colleges", header, rows)
    found = [p for p in problems_of(atlas_copy) if p.code == "unknown_column"]
    assert [(p.file, p.column) for p in found] == [("colleges.csv", "adress")]


def test_duplicate_id_names_both_lines(atlas_copy):
    header, rows = read_rows(atlas_copy, "professions")
    first_id = rows[0]["id"]
    line = set_cell(atlas_copy, "professions", 3, "id", first_id)
    found = [p for p in problems_of(atlas_copy) if p.code == "duplicate_id"]
    assert len(found) == 1
    assert (found[0].file, found[0].line) == ("professions.csv", line)
    assert first_id in found[0].message and "line 2" in found[0].message


def test_dangling_reference(atlas_copy):
    line = set_cell(atlas_copy, "college_specialities", 0, "college_id", "no_such_college")
    found = [p for p in problems_of(atlas_copy) if p.code == "dangling_ref"]
    assert [(p.file, p.line, p.column) for p in found] == [
        ("college_specialities.csv", line, "college_id")]
    assert "no_such_college" in str(found[0]) and "colleges.csv" in str(found[0])


def test_dangling_reference_inside_a_list(atlas_copy):
    line = set_cell(atlas_copy, "professions", 0, "subjects", "math;astrology")
    found = [p for p in problems_of(atlas_copy) if p.code == "dangling_ref"]
    assert [(p.line, p.column) for p in found] == [(line, "subjects")]
    assert "astrology" in found[0].message


@pytest.mark.parametrize(("table", "column", "bad"), [
    ("specialities", "code", "0715050"),
    ("qualifications", "code", "5X07150501"),
    ("professions", "isco", "72A2"),
])
def test_malformed_codes(atlas_copy, table, column, bad):
    line = set_cell(atlas_copy, table, 0, column, bad)
    found = [p for p in problems_of(atlas_copy) if p.code == "bad_code"]
    assert (found[0].file, found[0].line, found[0].column) == (f"{table}.csv", line, column)


@pytest.mark.parametrize("bad", ["RX", "RRI", "RIAS", "7"])
def test_bad_riasec_letters(atlas_copy, bad):
    line = set_cell(atlas_copy, "professions", 1, "riasec", bad)
    found = [p for p in problems_of(atlas_copy) if p.code == "bad_riasec"]
    assert [(p.line, p.column) for p in found] == [(line, "riasec")]


@pytest.mark.parametrize("column", ["name_kk", "description_ru", "skills_en"])
def test_empty_required_text_in_any_language(atlas_copy, column):
    line = set_cell(atlas_copy, "professions", 2, column, "   ")
    found = [p for p in problems_of(atlas_copy) if p.code == "required"]
    assert [(p.file, p.line, p.column) for p in found] == [("professions.csv", line, column)]


def test_cp1251_file_is_refused_with_a_hint(atlas_copy):
    path = atlas_copy / "industries.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251", errors="replace"))
    found = [p for p in problems_of(atlas_copy) if p.code == "not_utf8"]
    assert [(p.file, p.line) for p in found] == [("industries.csv", 0)]
    assert "cp1251" in found[0].message and "UTF-8" in found[0].message


def test_every_problem_is_collected_and_nothing_built(atlas_copy, tmp_path):
    set_cell(atlas_copy, "professions", 0, "isco", "12")
    set_cell(atlas_copy, "professions", 1, "riasec", "XYZ")
    set_cell(atlas_copy, "colleges", 0, "district_id", "atlantis")
    out = tmp_path / "atlas.sqlite"
    with pytest.raises(AtlasInvalid) as caught:
        build(atlas_copy, out)
    codes = sorted(p.code for p in caught.value.problems)
    assert codes == ["bad_code", "bad_riasec", "dangling_ref"]
    assert not out.exists()
    assert list(tmp_path.glob(".atlas-*")) == []


def test_semicolon_separated_and_bom_files_are_read(atlas_copy):
    path = atlas_copy / "subjects.csv"
    text = path.read_text(encoding="utf-8").replace(",", ";")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert problems_of(atlas_copy) == []
