"""Atlas updates from a file: formats, real-world spreadsheets, every rejection, atomic install."""

from __future__ import annotations

import io
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from guidance import paths
from guidance.atlas import Atlas
from guidance.atlas import packages as pk
from guidance.atlas.builder import content_hash
from guidance.atlas.update import AtlasInstall, load_update, preview
from guidance.atlas.workbook import export_workbook
from tests.conftest import ROOT


def source_files() -> dict[str, bytes]:
    """The shipped atlas source as {name inside a ZIP: bytes}."""
    root = paths.atlas_source_dir()
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.csv"))
            if "parts" not in p.parts}


def make_zip(path: Path, files: dict[str, bytes], folder: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(folder + name, data)
    return path


def codes(data) -> set[str]:
    return {p.code for p in data.problems}


def test_export_then_import_gives_the_same_content_hash(atlas_path, tmp_path):
    book = export_workbook(atlas_path, tmp_path / "atlas.xlsx")
    data, _notices = load_update(book)
    assert data.ok, [str(p) for p in data.problems][:5]
    assert content_hash(data) == Atlas(atlas_path).info().content_hash


def test_zip_with_a_top_folder_imports(tmp_path, atlas_path):
    data, _ = load_update(make_zip(tmp_path / "u.zip", source_files(), "atlas_data/"))
    assert data.ok and content_hash(data) == Atlas(atlas_path).info().content_hash


def test_real_world_csv_habits_are_accepted(tmp_path):
    files = source_files()
    # Windows Cyrillic cannot hold ә, ғ, қ…: such a file loses them, and the notice says so.
    files["industries.csv"] = files["industries.csv"].decode().encode("cp1251", "replace")
    subjects = files["subjects.csv"].decode().replace(",", ";").replace("\n", "  \n")
    files["subjects.csv"] = b"\xef\xbb\xbf" + (subjects + "\n;;;\n\n").encode()
    data, notices = load_update(make_zip(tmp_path / "u.zip", files))
    assert data.ok, [str(p) for p in data.problems][:5]
    assert [n.code for n in notices] == ["converted_cp1251"]
    assert notices[0].file == "industries.csv"


def _patch_sheet(book: Path, sheet_index: int, old: str, new: str) -> None:
    raw = io.BytesIO(book.read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == f"xl/worksheets/sheet{sheet_index}.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            dst.writestr(info, data)
    book.write_bytes(out.getvalue())


def test_workbook_formulas_merged_cells_and_numbers_as_text(atlas_path, tmp_path):
    from openpyxl import load_workbook

    book = export_workbook(atlas_path, tmp_path / "atlas.xlsx")
    wb = load_workbook(book)
    places = wb["college_specialities"]
    header = [c.value for c in places[1]]
    col = header.index("year") + 1
    places.cell(2, col).value = str(places.cell(2, col).value)  # a number stored as text
    src_col = header.index("source_id") + 1
    assert places.cell(3, src_col).value == places.cell(4, src_col).value
    places.cell(4, src_col).value = None
    places.merge_cells(start_row=3, start_column=src_col, end_row=4, end_column=src_col)
    value = places.cell(5, col).value
    wb.save(book)
    sheet_index = wb.sheetnames.index("college_specialities") + 1
    cell = f"{chr(64 + col)}5"
    _patch_sheet(book, sheet_index, f'<c r="{cell}" t="n"><v>{value}</v></c>',
                 f'<c r="{cell}"><f>{value}-1+1</f><v>{value}</v></c>')
    data, _ = load_update(book)
    assert data.ok, [str(p) for p in data.problems][:5]
    assert content_hash(data) == Atlas(atlas_path).info().content_hash


@pytest.mark.parametrize(("mutate", "code", "where"), [
    (lambda f: f.update({"colleges.csv": f["colleges.csv"].replace(b"district_id", b"district",
                                                                   1)}),
     "missing_column", "colleges.csv"),
    (lambda f: f.update({"professions.csv": f["professions.csv"] + f["professions.csv"]
                         .split(b"\n")[1] + b"\n"}), "duplicate_id", "professions.csv"),
    (lambda f: f.update({"demand.csv": f["demand.csv"].replace(b",taraz,", b",atlantis,", 1)}),
     "dangling_ref", "demand.csv"),
    (lambda f: f.pop("memoranda.csv"), "missing_file", "memoranda.csv"),
])
def test_bad_content_is_rejected_naming_the_place(tmp_path, mutate, code, where):
    files = source_files()
    mutate(files)
    data, _ = load_update(make_zip(tmp_path / "u.zip", files))
    found = [p for p in data.problems if p.code == code]
    assert found and found[0].file == where
    if code != "missing_file":
        assert found[0].line > 0 and found[0].column


def _zip_with_member(path: Path, name: str, data: bytes = b"x", mode: int | None = None):
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        archive.writestr(info, data)
    return path


def test_zip_slip_links_and_bombs_are_refused(tmp_path, monkeypatch):
    outside = _zip_with_member(tmp_path / "a.zip", "../../etc/evil.csv")
    assert codes(load_update(outside)[0]) == {"zip_outside"}
    absolute = _zip_with_member(tmp_path / "b.zip", "/tmp/evil.csv")
    assert codes(load_update(absolute)[0]) == {"zip_outside"}
    link = _zip_with_member(tmp_path / "c.zip", "professions.csv", b"/etc/passwd",
                            stat.S_IFLNK | 0o777)
    assert codes(load_update(link)[0]) == {"zip_link"}
    bomb = tmp_path / "d.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("professions.csv", b"0" * (2 * 1024 * 1024))
    assert codes(load_update(bomb)[0]) == {"zip_too_large"}
    many = tmp_path / "e.zip"
    with zipfile.ZipFile(many, "w") as archive:
        for i in range(pk.MAX_MEMBERS + 1):
            archive.writestr(f"f{i}.csv", b"a")
    assert codes(load_update(many)[0]) == {"zip_too_many"}
    monkeypatch.setattr(pk, "MAX_FILE_BYTES", 1000)
    big = make_zip(tmp_path / "f.zip", source_files())
    problems = load_update(big)[0].problems
    assert [p.code for p in problems] == ["file_too_large"] and problems[0].file == "f.zip"


def test_not_an_update_is_refused(tmp_path):
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not an atlas")
    assert codes(load_update(junk)[0]) == {"unknown_package"}
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 broken")
    assert codes(load_update(broken)[0]) == {"bad_workbook"}


def test_preview_lists_added_changed_removed(atlas_path, tmp_path):
    files = source_files()
    lines = files["professions.csv"].decode().split("\n")
    removed_id = lines[1].split(",")[0]
    files["professions.csv"] = "\n".join([lines[0]] + lines[2:]).encode()
    links = [ln for ln in files["profession_specialities.csv"].decode().split("\n")
             if not ln.startswith(removed_id + ",")]
    files["profession_specialities.csv"] = "\n".join(links).encode()
    demand = [ln for ln in files["demand.csv"].decode().split("\n")
              if f",{removed_id}," not in ln]
    files["demand.csv"] = "\n".join(demand).encode()
    places = files["college_specialities.csv"].decode().split("\n")
    row = next(i for i, line in enumerate(places) if ",,2025," in line)
    places[row] = places[row].replace(",,2025,", ",30,2025,", 1)  # places now published
    files["college_specialities.csv"] = "\n".join(places).encode()
    data, _ = load_update(make_zip(tmp_path / "u.zip", files))
    assert data.ok, [str(p) for p in data.problems][:5]
    changes = {c.table: c for c in preview(atlas_path, data)}
    assert changes["professions"].removed == [removed_id]
    assert len(changes["college_specialities"].changed) == 1
    assert changes["specialities"].added == changes["specialities"].removed == []


def test_install_switches_editions_and_rolls_back(atlas_path, tmp_path):
    install = AtlasInstall(tmp_path / "atlas", atlas_path)
    assert install.current() == atlas_path and install.previous() is None
    files = source_files()
    files["edition.csv"] = files["edition.csv"].replace(b"2026.1", b"2026.2")
    data, _ = load_update(make_zip(tmp_path / "u.zip", files))
    new = install.install(data)
    assert install.current() == new and Atlas(new).info().edition == "2026.2"
    assert Atlas(install.previous()).info().edition == "2026.1"
    assert install.rollback() == install.current()
    assert Atlas(install.current()).info().edition == "2026.1"


def test_cli_check_prints_every_problem(tmp_path):
    files = source_files()
    files["colleges.csv"] = files["colleges.csv"].replace(b",taraz,", b",atlantis,", 1)
    files["professions.csv"] = files["professions.csv"].replace(b",7212,", b",72X2,", 1)
    bad = make_zip(tmp_path / "u.zip", files)
    result = subprocess.run([sys.executable, "-m", "guidance.atlas", "check", str(bad)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "colleges.csv:" in result.stderr and "professions.csv:" in result.stderr
    assert "2 problem(s)" in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_installed_atlas_is_readable_by_every_user(atlas_path, tmp_path):
    import os

    old = os.umask(0o077)  # as Bagdar runs: its own records private
    try:
        data, _ = load_update(make_zip(tmp_path / "u.zip", source_files()))
        data.edition["edition"] = "2099.1"
        target = AtlasInstall(tmp_path / "atlas", atlas_path).install(data)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
