"""Every hostile update of ``tests.hostile`` is refused with its own translated problem —
never a traceback, never "no problems" — and what spreadsheets really do still imports."""

from __future__ import annotations

import codecs

import pytest

from guidance.atlas import Atlas, xlsx_parts
from guidance.atlas.builder import build_database, content_hash
from guidance.atlas.problems import TEMPLATES
from guidance.atlas.update import load_update
from guidance.atlas.workbook import export_workbook
from tests.hostile import CASES, source_files, write_zip


@pytest.fixture(autouse=True)
def small_limits(monkeypatch):
    """The same checks with smaller byte and element limits, so the cases stay small; the
    real limits are measured on full-size files in tools/bench.py."""
    monkeypatch.setattr(xlsx_parts, "MAX_PART_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(xlsx_parts, "MAX_ELEMENTS", 300_000)
    monkeypatch.setattr(xlsx_parts, "MAX_ROWS", 5_000)


@pytest.fixture(scope="module")
def book(atlas_path, tmp_path_factory):
    return export_workbook(atlas_path, tmp_path_factory.mktemp("book") / "atlas.xlsx")


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file_is_refused_with_its_problem(name, book, tmp_path):
    build, expected = CASES[name]
    data, _notices = load_update(build(book, tmp_path, "small"))
    found = {p.code for p in data.problems}
    assert not data.ok and found & expected, (found, [str(p) for p in data.problems][:3])
    assert all(p.code in TEMPLATES for p in data.problems)
    for problem in data.problems:
        assert problem.message  # renders: every parameter its template needs is there


def test_a_bad_cell_is_named(book, tmp_path):
    build, _ = CASES["far_cell"]
    data, _ = load_update(build(book, tmp_path, "small"))
    assert "XFD1048576" in str(data.problems[0]) and "[colleges]" in data.problems[0].file
    build, _ = CASES["control_character"]
    data, _ = load_update(build(book, tmp_path, "small"))
    bad = [p for p in data.problems if p.code == "control_char"][0]
    assert (bad.file, bad.line, bad.column) == ("industries.csv", 2, "name_ru")
    assert dict(bad.params)["char"] == "U+0000"


def test_utf16_text_and_a_bom_inside_a_header_import(tmp_path):
    files = source_files()
    files["professions.csv"] = codecs.BOM_UTF16_LE + files["professions.csv"].decode(
        "utf-8").encode("utf-16-le")
    header, rest = files["demand.csv"].split(b"\n", 1)
    files["demand.csv"] = header.replace(b"jobs", "\ufeffjobs".encode(), 1) + b"\n" + rest
    data, notices = load_update(write_zip(tmp_path / "u.zip", files))
    assert data.ok, [str(p) for p in data.problems][:3]
    assert notices == []  # not "converted from cp1251"


def test_export_then_import_keeps_every_text_byte_for_byte(atlas_path, tmp_path):
    data, _ = load_update(export_workbook(atlas_path, tmp_path / "a.xlsx"))
    long_text = "Ұзын мәтін. " * 1500 + "соңы"  # 18,000 characters
    row = data.tables["professions"][0]
    row["description_kk"] = "=SUM(A1:A2) is how a spreadsheet adds; " + long_text
    row["description_ru"] = "+7 (7262) 43-00-00"
    build_database(data, tmp_path / "edited.sqlite")
    again, _ = load_update(export_workbook(tmp_path / "edited.sqlite", tmp_path / "b.xlsx"))
    assert again.ok, [str(p) for p in again.problems][:3]
    first = again.tables["professions"][0]
    assert first["description_kk"] == row["description_kk"]
    assert first["description_ru"] == row["description_ru"]
    assert content_hash(again) == Atlas(tmp_path / "edited.sqlite").info().content_hash
